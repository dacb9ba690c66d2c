"""``releasedesk --self-test``: in-process for the details, and once as the real command in French."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QLocale

from app.platform import i18n
from app.selftest import run_self_test

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ("qt", "translation", "main window", "flac", "jpeg", "keyring", "sandbox")


class MemoryKeyring(KeyringBackend):
    """The OS edge, faked: a keyring that lives in this process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def self_test(qapp, monkeypatch):
    """Run the self-test in this process; undo the translation it installs."""

    def run(language: str = "en") -> tuple[int, list[str]]:
        monkeypatch.setenv(i18n.ENV_OVERRIDE, language)
        out = io.StringIO()
        code = run_self_test(out)
        return code, out.getvalue().splitlines()

    yield run
    i18n.remove_translation(qapp)
    QLocale.setDefault(QLocale.system())


def _line(lines: list[str], check: str) -> str:
    matches = [line for line in lines if line.split(":", 1)[0].split(maxsplit=1)[-1] == check]
    assert len(matches) == 1, f"expected one line for {check!r} in {lines}"
    return matches[0]


def test_self_test_passes_in_english_with_one_line_per_check(self_test, use_keyring):
    backend = use_keyring(MemoryKeyring())
    code, lines = self_test("en")
    assert code == 0, "\n".join(lines)
    assert len(lines) == len(CHECKS) + 1
    for check in CHECKS:
        assert _line(lines, check).startswith("ok   ")
    assert "English" in _line(lines, "translation")
    assert "MainWindow shown" in _line(lines, "main window")
    assert "stored, read and deleted" in _line(lines, "keyring")
    assert backend.writes == 1 and backend.data == {}  # the throwaway secret is gone again
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"


def test_self_test_loads_the_french_catalogs(self_test, use_keyring):
    use_keyring(MemoryKeyring())
    code, lines = self_test("fr")
    assert code == 0, "\n".join(lines)
    translation = _line(lines, "translation")
    assert "Français" in translation and "releasedesk_fr.qm" in translation and "Annuler" in translation


def test_missing_keyring_backend_is_reported_without_failing(self_test, use_keyring):
    from keyring.backends import fail

    use_keyring(fail.Keyring())
    code, lines = self_test("en")
    assert "no keyring backend" in _line(lines, "keyring")
    assert _line(lines, "keyring").startswith("ok   ")
    assert code == 0, "\n".join(lines)


def test_self_test_fails_when_the_translation_catalog_is_missing(
        self_test, use_keyring, monkeypatch, tmp_path):
    use_keyring(MemoryKeyring())
    monkeypatch.setattr(i18n, "catalogs_dir", lambda: tmp_path)
    code, lines = self_test("de")
    assert code == 1
    line = _line(lines, "translation")
    assert line.startswith("FAIL ") and "releasedesk_de.qm" in line
    assert lines[-1].startswith("self-test FAILED: 1 of")


def test_releasedesk_self_test_command_follows_a_french_system_locale(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != i18n.ENV_OVERRIDE}
    env.update(LANG="fr_FR.UTF-8", LANGUAGE="", RELEASEDESK_HOME=str(tmp_path),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":", 1)[0].split(maxsplit=1)[1] for line in lines[:-1]] == list(CHECKS)
    assert "Français" in _line(lines, "translation") and "locale fr_FR" in _line(lines, "translation")
    assert "Traceback" not in result.stderr
