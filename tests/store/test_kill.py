"""Edits survive a kill -9: a child process edits as fast as it can and is SIGKILLed mid-stream."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import open_catalog

CHILD = r"""
import sys
from pathlib import Path
from app.store import CatalogStore, catalog_for_profile, open_catalog

store = open_catalog(Path(sys.argv[1]))
label = store.drafts.create_label(name="Kill Test")
product = store.drafts.create_product(label, name="Album")
print("product", product, flush=True)
i = 0
while True:
    store.drafts.edit("product", product, {"subtitle": f"v{i}"})
    track = store.drafts.create_track(product, title=f"Track {i}", track_number=i + 1)
    store.drafts.edit("track", track, {"isrc_code": f"GBAYE23{i:05d}"})
    print("committed", i, track, flush=True)
    i += 1
"""


@pytest.mark.parametrize("kill_after", [1, 37, 180])
def test_every_committed_edit_survives_a_kill_9(tmp_path: Path, kill_after: int):
    path = tmp_path / "catalog.sqlite3"
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    assert proc.stdout is not None
    product = proc.stdout.readline().split()[1]
    committed: list[tuple[int, str]] = []
    for line in proc.stdout:
        _, number, track = line.split()
        committed.append((int(number), track))
        if len(committed) >= kill_after:
            break
    proc.send_signal(signal.SIGKILL)  # mid-stream: it is still editing
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    store = open_catalog(path)
    try:
        assert store.db.integrity_ok()
        last = committed[-1][0]
        subtitle = store.catalog.product(product).subtitle or ""
        assert int(subtitle[1:]) >= last  # nothing reported committed was lost
        tracks = {t.local_id: t for t in store.catalog.tracks(product)}
        for number, track in committed:
            assert track in tracks
            assert tracks[track].isrc == f"GBAYE23{number:05d}"
        # every surviving draft still has its create queued, so nothing is silently dropped
        creates = {o.local_id for o in store.outbox.operations() if o.op == "create"}
        assert set(tracks) <= creates
    finally:
        store.close()
