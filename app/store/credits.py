"""Credits and codes kept on this machine: each track's writers, shares and ISWC; each label's code
ranges; every code issued from them.

The API carries the credited names (composer, lyricist, producer, publisher) as the track's artist
roles; those go through :class:`~app.store.drafts.Drafts` and the outbox like every edit. What it
does not carry (legal names' shares, PRO, IPI, ISWC, "instrumental") lives in these tables only and
never syncs (docs/CREDITS.md). Writes join the caller's transaction when there is one
(:meth:`Database.tx` nests), so a credits save is one commit with its artist-role edit.
"""

from __future__ import annotations

import json

from app.domain.credits import TrackCredits, Writer
from app.domain.labelcodes import LabelCodes
from app.store.database import Database
from app.store.objects import now as _now


class CreditStore:
    """The ``track_credits``, ``label_codes`` and ``issued_codes`` tables of the catalog file."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # ------------------------------------------------------------------------------- track credits
    def local_credits(self, track_local_id: str) -> tuple[str, bool, tuple[Writer, ...]] | None:
        """(ISWC, instrumental, writers) kept for the track, or None when nothing was kept."""
        row = self._database.read_one(
            "SELECT iswc, instrumental, writers FROM track_credits WHERE track_local_id = ?",
            (track_local_id,))
        if row is None:
            return None
        writers = tuple(Writer.from_json(w) for w in json.loads(row[2]))
        return str(row[0]), bool(row[1]), writers

    def save_local(self, track_local_id: str, credits: TrackCredits) -> None:
        writers = json.dumps([w.to_json() for w in credits.writers], ensure_ascii=False)
        with self._database.tx() as db:
            db.execute(
                "INSERT INTO track_credits (track_local_id, iswc, instrumental, writers, modified) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(track_local_id) DO UPDATE SET iswc = excluded.iswc, "
                "instrumental = excluded.instrumental, writers = excluded.writers, "
                "modified = excluded.modified",
                (track_local_id, credits.iswc, int(credits.instrumental), writers, _now()))
            self._database.touch("track", track_local_id)

    # --------------------------------------------------------------------------------- label codes
    def label_codes(self, label_local_id: str) -> LabelCodes:
        row = self._database.read_one(
            "SELECT isrc_registrant, isrc_first, isrc_last, gs1_prefix FROM label_codes "
            "WHERE label_local_id = ?", (label_local_id,))
        if row is None:
            return LabelCodes()
        return LabelCodes(str(row[0]), int(row[1]), int(row[2]), str(row[3]))

    def set_label_codes(self, label_local_id: str, codes: LabelCodes) -> None:
        with self._database.tx() as db:
            db.execute(
                "INSERT INTO label_codes (label_local_id, isrc_registrant, isrc_first, isrc_last, "
                "gs1_prefix, modified) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(label_local_id) DO UPDATE "
                "SET isrc_registrant = excluded.isrc_registrant, isrc_first = excluded.isrc_first, "
                "isrc_last = excluded.isrc_last, gs1_prefix = excluded.gs1_prefix, "
                "modified = excluded.modified",
                (label_local_id, codes.isrc_registrant, codes.isrc_first, codes.isrc_last,
                 codes.gs1_prefix, _now()))
            self._database.touch("label", label_local_id)

    # -------------------------------------------------------------------------------- issued codes
    def issued(self, kind: str, prefix: str = "") -> set[str]:
        """Codes of ``kind`` ("isrc" | "upc") ever issued here, starting with ``prefix``."""
        rows = self._database.read(
            "SELECT code FROM issued_codes WHERE kind = ? AND substr(code, 1, ?) = ?",
            (kind, len(prefix), prefix))
        return {str(r[0]) for r in rows}

    def codes_in_catalog(self, kind: str, prefix: str = "") -> set[str]:
        """Codes of ``kind`` on any object of the catalog (cached or draft), normalized."""
        obj_kind = "track" if kind == "isrc" else "product"
        rows = self._database.read(
            "SELECT code FROM objects WHERE kind = ? AND code IS NOT NULL", (obj_kind,))
        out = {str(r[0]).replace("-", "").replace(" ", "").upper() for r in rows}
        return {c for c in out if c.startswith(prefix)}

    def record_issued(self, kind: str, code: str, label_local_id: str, object_local_id: str) -> None:
        with self._database.tx() as db:
            db.execute(
                "INSERT INTO issued_codes (kind, code, label_local_id, object_local_id, issued) "
                "VALUES (?, ?, ?, ?, ?)", (kind, code, label_local_id, object_local_id, _now()))
