"""`releasedesk sandbox --api label-profiles` in a real subprocess: a working token, a clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx

from app.api.label_profiles import check_token


def test_the_command_prints_a_token_the_server_accepts_and_stops_on_ctrl_c() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", "--api", "label-profiles", "--port", "0", "--demo",
         "--token-ttl", "120"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "RELEASEDESK_LANG": "en"})  # the lines read below are the English ones
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 30
        while not any(line.startswith("token: ") for line in lines) and time.monotonic() < deadline:
            lines.append(proc.stdout.readline().strip())
        url = next(line for line in lines if line.startswith("Label-profiles sandbox ready at ")).split()[-1]
        token = next(line for line in lines if line.startswith("token: "))[len("token: "):]
        assert check_token(token) == token  # a well-formed JWT that has not expired
        response = httpx.get(f"{url}/api/labels", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        assert response.json()["message"] == "Labels returned successfully"
        assert len(response.json()["data"]) == 3  # --demo
        assert httpx.get(f"{url}/api/labels").status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Sandbox stopped." in out


def test_a_remote_host_is_refused_in_one_sentence() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "sandbox", "--api", "label-profiles", "--host", "8.8.8.8"],
        capture_output=True, text=True, timeout=60, env={**os.environ})
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr and "Traceback" not in result.stderr
