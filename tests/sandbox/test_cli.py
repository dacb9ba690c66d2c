"""``releasedesk sandbox`` as a user runs it: ready line, login, Ctrl-C, and plain refusals."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = {**os.environ, "RELEASEDESK_LANG": "en"}


def run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", *args],
        cwd=ROOT,
        env=ENGLISH,  # the lines read below are the English ones, whatever the caller's locale
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_sandbox_command_prints_ready_and_login_and_stops_cleanly_on_ctrl_c(tmp_path):
    process = run_cli("--port", "0", "--data", str(tmp_path / "data"), "--dialect", "labelcamp")
    try:
        ready = process.stdout.readline().strip()
        assert ready.startswith("Sandbox ready at http://127.0.0.1:")
        base_url = ready.removeprefix("Sandbox ready at ")
        assert process.stdout.readline().strip() == f"API base URL: {base_url}/api/v2"
        assert process.stdout.readline().strip() == "Login: demo@example.com / demo"
        token = httpx.post(
            f"{base_url}/oauth/token",
            data={"grant_type": "password", "username": "demo@example.com", "password": "demo"},
        )
        assert token.status_code == 200
        assert (tmp_path / "data" / "sandbox.sqlite3").is_file()
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Traceback" not in err and "Traceback" not in out
    assert "Sandbox stopped." in out


def test_demo_flag_seeds_the_catalog(tmp_path):
    process = run_cli("--port", "0", "--demo", "--data", str(tmp_path))
    try:
        base_url = process.stdout.readline().strip().removeprefix("Sandbox ready at ")
        token = httpx.post(
            f"{base_url}/oauth/token",
            json={"grant_type": "password", "email": "demo@example.com", "password": "demo"},
        ).json()["access_token"]
        products = httpx.get(
            f"{base_url}/api/v1/products", headers={"Authorization": f"Bearer {token}"}
        ).json()
        assert products["meta"]["page"]["total"] == 20
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def test_non_loopback_host_is_refused_without_allow_remote():
    result = subprocess.run(
        [sys.executable, "-m", "app", "sandbox", "--host", "0.0.0.0", "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_port_in_use_is_one_plain_sentence():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "app", "sandbox", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert f"127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


def test_unusable_data_is_one_plain_sentence(tmp_path):
    (tmp_path / "sandbox.sqlite3").write_bytes(b"this is not a database" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "app", "sandbox", "--port", "0", "--data", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert str(tmp_path) in result.stderr and "--data" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
