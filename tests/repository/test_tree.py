"""The repository stands on its own: no tracked link leaves it, and the README's commands are what CI runs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tracked_links() -> list[tuple[str, str]]:
    """(path, target) for every symbolic link git tracks (mode 120000)."""
    listing = subprocess.run(["git", "ls-files", "-s", "-z"], cwd=ROOT, capture_output=True, check=True)
    links = []
    for entry in listing.stdout.split(b"\0"):
        if entry.startswith(b"120000 "):
            path = entry.split(b"\t", 1)[1].decode("utf-8", "surrogateescape")
            blob = entry.split()[1].decode()
            target = subprocess.run(["git", "cat-file", "blob", blob], cwd=ROOT, capture_output=True,
                                    check=True).stdout.decode("utf-8", "surrogateescape")
            links.append((path, target))
    return links


def _leaves_repository(path: str, target: str) -> bool:
    if os.path.isabs(target):
        return True
    resolved = os.path.normpath(os.path.join(ROOT, os.path.dirname(path), target))
    return os.path.commonpath([resolved, str(ROOT)]) != str(ROOT)


def test_no_tracked_link_points_outside_the_repository_or_to_an_absolute_path():
    offenders = [(p, t) for p, t in _tracked_links() if _leaves_repository(p, t)]
    assert offenders == [], f"tracked links that break on another machine: {offenders}"


def test_the_link_rule_catches_absolute_and_escaping_targets():
    assert _leaves_repository(".venv", "/work/venv")
    assert _leaves_repository("docs/x", "../../elsewhere")
    assert not _leaves_repository("docs/x", "../README.md")


def test_venv_is_ignored_as_a_folder_and_as_a_link(tmp_path: Path):
    for name in (".venv", ".venv/"):
        result = subprocess.run(["git", "check-ignore", "--no-index", "-q", name], cwd=ROOT)
        assert result.returncode == 0, f"{name} is not ignored"


def test_readme_has_exactly_the_two_setup_commands_ci_runs():
    from tests.repository.readme import readme_commands

    install_and_open, install_and_test = readme_commands(ROOT / "README.md")
    assert install_and_open.startswith("sh .ci/setup && ") and "--sandbox" in install_and_open
    assert install_and_test.startswith("sh .ci/setup && ") and "pytest" in install_and_test
    ci = (ROOT / ".ci" / "run").read_text()
    assert "readme_commands" in ci or "tests/repository/readme.py" in ci


def test_nothing_cites_material_a_clone_does_not_have():
    """Comments cite docs/ inside the repository, never the shared folder, an issue number or 'the seed'."""
    import re

    pattern = re.compile(r"\.\./shared|\bshared/(seeds|STYLE|API-NOTES)|\bissues? \d+\b|\bthe seeds?\b"
                         r"|STYLE\.md|API-NOTES", re.IGNORECASE)
    listing = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    offenders = []
    for name in listing.stdout.splitlines():
        if not name.endswith((".py", ".md", ".toml", ".cfg", ".spec", ".sh")) and not name.startswith(".ci/"):
            continue
        if name == "tests/repository/test_tree.py":
            continue
        path = ROOT / name
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{name}:{number}: {line.strip()[:100]}")
    assert offenders == [], "\n".join(offenders[:40])
