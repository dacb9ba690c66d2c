"""`releasedesk login / whoami / logout` through app.cli.main, and once through a real process."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.platform.profiles import ProfileStore


def login(monkeypatch, sb, *extra: str, password: str | None = None) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO((password or sb.password) + "\n"))
    return main(["login", "--server", sb.base_url, "--email", sb.email, "--password-stdin", *extra])


@pytest.mark.parametrize("dialect", ["limbo", "labelcamp"])
def test_login_detects_the_dialect_then_whoami_and_logout(dialect, sandbox_factory, monkeypatch, capsys):
    sb = sandbox_factory(dialect=dialect)
    assert login(monkeypatch, sb) == 0
    out = capsys.readouterr().out
    assert f"({dialect})" in out and sb.email in out
    assert ProfileStore().load("default").dialect == dialect
    assert main(["whoami"]) == 0
    out = capsys.readouterr().out
    assert "User: " in out and "Distributor: " in out and "(id 1)" in out and "Company: " in out
    assert main(["logout"]) == 0
    assert "Logged out" in capsys.readouterr().out
    assert main(["whoami"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not logged in" in err


def test_api_url_names_the_dialect_and_a_named_profile_is_kept(labelcamp_sandbox, monkeypatch, capsys):
    sb = labelcamp_sandbox
    monkeypatch.setattr(sys, "stdin", io.StringIO(sb.password + "\n"))
    assert main(["login", "--server", sb.api_url, "--email", sb.email, "--password-stdin",
                 "--profile", "lc", "--remember-password"]) == 0
    profile = ProfileStore().load("lc")
    assert profile.dialect == "labelcamp" and profile.server_url == sb.base_url
    assert profile.remember_password
    capsys.readouterr()
    sb.expire_tokens()  # the remembered password renews the session silently
    assert main(["whoami", "--profile", "lc"]) == 0
    assert "Company:" in capsys.readouterr().out


def test_wrong_password_is_one_line_and_exit_1(sandbox, monkeypatch, capsys):
    assert login(monkeypatch, sandbox, "--dialect", "limbo", password="wrong") == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "refused the login" in captured.err
    assert "Traceback" not in captured.err and "wrong" not in captured.err.replace("wrong password", "")


def test_unreachable_server_is_one_line_and_exit_1(monkeypatch, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    assert main(["login", "--server", f"http://127.0.0.1:{port}", "--email", "a@b.c", "--dialect",
                 "limbo", "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"Cannot connect to 127.0.0.1:{port}" in err


def test_expired_token_is_one_line_and_exit_1(sandbox, monkeypatch, capsys):
    assert login(monkeypatch, sandbox) == 0
    sandbox.expire_tokens()
    capsys.readouterr()
    assert main(["whoami"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "expired" in err and "log in again" in err


def test_plain_http_remote_url_is_refused_before_asking_the_password(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["login", "--server", "http://api.example.com/api/v1", "--email", "a@b.c",
                 "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "https://api.example.com" in err


def test_missing_profile_tells_how_to_log_in(capsys):
    assert main(["whoami", "--profile", "nope"]) == 2  # an unknown profile is a usage slip
    assert "releasedesk login" in capsys.readouterr().err


def test_token_in_file_opt_in_is_private_and_survives_a_new_process(sandbox, tmp_path, releasedesk_home):
    """A real subprocess: no keyring backend, the token kept in a 0600 file on request."""
    env = {**os.environ, "RELEASEDESK_HOME": str(releasedesk_home),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    root = Path(__file__).resolve().parents[2]
    cmd = [sys.executable, "-m", "app"]
    done = subprocess.run([*cmd, "login", "--server", sandbox.base_url, "--email", sandbox.email,
                           "--password-stdin", "--store-token-in-file"], input=sandbox.password + "\n",
                          capture_output=True, text=True, env=env, cwd=root, timeout=60)
    assert done.returncode == 0, done.stderr
    secrets_file = releasedesk_home / "config" / "secrets.json"
    assert oct(secrets_file.stat().st_mode & 0o777) == "0o600"
    who = subprocess.run([*cmd, "whoami"], capture_output=True, text=True, env=env, cwd=root, timeout=60)
    assert who.returncode == 0 and "Company:" in who.stdout
    bad = subprocess.run([*cmd, "login", "--server", sandbox.base_url, "--email", sandbox.email,
                          "--password-stdin"], input="wrong\n", capture_output=True, text=True,
                         env=env, cwd=root, timeout=60)
    assert bad.returncode == 1
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert "Traceback" not in bad.stderr
    # one line saying the keyring is missing, one line saying why the login failed
    assert len(lines) == 2 and "No system keyring" in lines[0] and "refused the login" in lines[1]
    stored = json.loads(secrets_file.read_text())["Releasedesk"]["default:token"]
    token = json.loads(stored)["access_token"]
    log_text = "".join(p.read_text() for p in (releasedesk_home / "logs").glob("*.log"))
    assert len(token) >= 16 and token not in log_text and token not in who.stdout + who.stderr
    assert not (releasedesk_home / "config" / "profiles.json").read_text().count(token)
    sandbox.expire_tokens()
    expired = subprocess.run([*cmd, "whoami"], capture_output=True, text=True, env=env, cwd=root, timeout=60)
    lines = [line for line in expired.stderr.splitlines() if line.strip()]
    assert expired.returncode == 1 and len(lines) == 1 and "expired" in lines[0]
    assert "Traceback" not in expired.stderr


def test_logging_in_again_without_the_file_opt_in_removes_the_file_copy(sandbox, monkeypatch, capsys,
                                                                        releasedesk_home):
    assert login(monkeypatch, sandbox, "--store-token-in-file") == 0
    secrets_file = releasedesk_home / "config" / "secrets.json"
    assert "default:token" in secrets_file.read_text()
    assert login(monkeypatch, sandbox) == 0
    assert "default:token" not in secrets_file.read_text()
    assert main(["whoami"]) == 0  # the token now lives in the (test's in-memory) keyring


def test_failures_through_a_real_process_are_one_line_each(sandbox, releasedesk_home):
    env = {**os.environ, "RELEASEDESK_HOME": str(releasedesk_home),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    root = Path(__file__).resolve().parents[2]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    cases = {
        "plain http": (["--server", "http://api.example.com", "--dialect", "limbo"], "https://"),
        "unreachable": (["--server", f"http://127.0.0.1:{dead}", "--dialect", "limbo"], "Cannot connect"),
    }
    for name, (args, expected) in cases.items():
        done = subprocess.run([sys.executable, "-m", "app", "login", "--email", "a@b.c", "--password-stdin",
                               "--store-token-in-file", *args], input="pw\n", capture_output=True,
                              text=True, env=env, cwd=root, timeout=60)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 1, name
        assert len(lines) == 1 and expected in lines[0] and "Traceback" not in done.stderr, name


def test_without_a_keyring_login_says_so_once_and_names_the_flag(sandbox, monkeypatch, capsys):
    """The real choice of store (no keyring here): the notice is translated, said once, and the command
    line adds the flag that keeps the token in a file."""
    from app.platform import secrets as platform_secrets

    monkeypatch.setattr(platform_secrets, "default_secret_store", platform_secrets.detect_secret_store)
    monkeypatch.setattr(platform_secrets, "_fallback", None)
    monkeypatch.setenv("RELEASEDESK_LANG", "fr")
    assert login(monkeypatch, sandbox) == 0
    err = capsys.readouterr().err
    notice = [line for line in err.splitlines() if "trousseau" in line]
    assert len(notice) == 1 and notice[0].endswith("(--store-token-in-file)"), err
