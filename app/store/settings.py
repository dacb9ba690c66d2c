"""Small key/value settings kept with the catalog (e.g. cached artist roles)."""

from __future__ import annotations

from app.store.database import Database


class Settings:
    """The ``settings`` table of the profile's catalog file."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._database.read_one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self._database.tx() as db:
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))
