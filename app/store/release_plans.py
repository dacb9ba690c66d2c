"""Planned send (delivery) dates per product, for the release calendar; local only."""

from __future__ import annotations

import datetime as dt
import time

from app.store.database import Database


class ReleasePlans:
    def __init__(self, database: Database) -> None:
        self._database = database

    def send_date(self, product_local_id: str) -> dt.date | None:
        row = self._database.read_one(
            "SELECT send_date FROM release_plans WHERE product_local_id = ?", (product_local_id,))
        return None if row is None else dt.date.fromisoformat(str(row[0]))

    def send_dates(self) -> dict[str, dt.date]:
        rows = self._database.read("SELECT product_local_id, send_date FROM release_plans")
        return {str(r[0]): dt.date.fromisoformat(str(r[1])) for r in rows}

    def set_send_date(self, product_local_id: str, day: dt.date | None) -> None:
        with self._database.tx() as db:
            if day is None:
                db.execute("DELETE FROM release_plans WHERE product_local_id = ?", (product_local_id,))
            else:
                db.execute("INSERT OR REPLACE INTO release_plans (product_local_id, send_date, modified) "
                           "VALUES (?, ?, ?)", (product_local_id, day.isoformat(), time.time()))
