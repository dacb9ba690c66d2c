"""The command line's own lines (``import``, ``drafts``, ``sync``) speak the locale's language;
``--json`` keeps English and stable keys (``docs/MESSAGES.md``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.sync.release import TrackSpec, isrc, make_release, upc

REPO = Path(__file__).resolve().parents[2]


def _cli(home: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "RELEASEDESK_LANG")}
    env.update(LANG=lang, RELEASEDESK_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          encoding="utf-8", timeout=120, check=False, cwd=REPO)


def test_import_and_drafts_speak_french_and_json_stays_english(tmp_path: Path) -> None:
    home = tmp_path / "home"
    empty = _cli(home, "fr_FR.UTF-8", "drafts")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout.strip() == "Aucun brouillon."

    folder = make_release(tmp_path / "Neon Tide", [TrackSpec("Opening", 1, 1, isrc(1)),
                                                   TrackSpec("Middle", 1, 2, isrc(2))], barcode=upc(7))
    imported = _cli(home, "fr_FR.UTF-8", "import", str(folder), "--label", "7", "--language", "5",
                    "--product-type", "1", "--set", "production-line=2026 Night Shift Records")
    assert imported.returncode == 0, imported.stderr
    assert "« Neon Tide » avec 2 pistes" in imported.stdout
    assert "Rien n’a été envoyé ; lancez « releasedesk sync » pour l’envoyer." in imported.stdout
    assert "Nothing was sent" not in imported.stdout

    document = json.loads(_cli(home, "fr_FR.UTF-8", "drafts", "--json").stdout)
    assert set(document) == {"pending_operations", "drafts"}
    drafts, queued = len(document["drafts"]), document["pending_operations"]
    assert drafts > 1 and queued > 1 and all(d["state"] != "synced" for d in document["drafts"])

    listing = _cli(home, "fr_FR.UTF-8", "drafts")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.strip().splitlines()[-1] == (
        f"{drafts} brouillons, {drafts} pas encore synchronisés, {queued} opérations en attente.")
    assert "draft(s)" not in listing.stdout and "queued" not in listing.stdout

    english = _cli(home, "C.UTF-8", "drafts")
    assert english.stdout.strip().splitlines()[-1] == (
        f"{drafts} drafts, {drafts} not yet synced, {queued} operations queued.")

def test_sandbox_framing_lines_speak_spanish(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "RELEASEDESK_LANG")}
    env.update(LANG="es_ES.UTF-8", PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-m", "app", "sandbox", "--port", "0", "--data",
                                str(tmp_path / "data")], cwd=REPO, env=env, text=True, encoding="utf-8",
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None
        ready = process.stdout.readline().strip()
        assert ready.startswith("Entorno de pruebas listo en http://127.0.0.1:"), ready
        base_url = ready.removeprefix("Entorno de pruebas listo en ")
        assert process.stdout.readline().strip() == f"URL base de la API: {base_url}/api/v1"
        assert process.stdout.readline().strip() == "Acceso: demo@example.com / demo"
        assert process.stdout.readline().strip() == f"Datos: {tmp_path / 'data'}"
        assert process.stdout.readline().strip() == "Pulse Ctrl-C para detener."
    finally:
        # stopping cleanly on Ctrl-C is tests/sandbox/test_cli.py's subject; here only the words matter
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
