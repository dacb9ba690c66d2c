"""Time-synced lyrics kept with the catalog: the API's ``lyrics`` attribute carries plain text only,
so the timed lines (as LRC text) stay in this table, keyed by the track's local id."""

from __future__ import annotations

import time

from app.store.database import Database


class SyncedLyricsStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def synced(self, local_id: str) -> str | None:
        row = self._database.read_one("SELECT lrc FROM synced_lyrics WHERE local_id = ?", (local_id,))
        return None if row is None else str(row[0])

    def synced_many(self, local_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for local_id in local_ids:
            text = self.synced(local_id)
            if text is not None:
                out[local_id] = text
        return out

    def set_synced(self, local_id: str, lrc: str | None) -> None:
        """Keep ``lrc`` for the track (inside the caller's transaction when there is one)."""
        with self._database.tx() as db:
            if lrc is None or not lrc.strip():
                db.execute("DELETE FROM synced_lyrics WHERE local_id = ?", (local_id,))
            else:
                db.execute("INSERT OR REPLACE INTO synced_lyrics (local_id, lrc, modified) VALUES (?, ?, ?)",
                           (local_id, lrc, time.time()))
