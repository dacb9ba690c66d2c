"""The catalog file itself: one connection, its lock, write transactions, migrations, listeners.

Every other part of the catalog store (``catalog.py``, ``drafts.py``, ``queue.py``, ``settings.py``)
holds the same :class:`Database`, so edits that must land together (an object and its outbox
operation) share one transaction. See the package docstring for the design and
docs/ARCHITECTURE.md#the-catalog-store for how the parts fit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.domain.errors import UserError
from app.domain.messages import msg
from app.store.schema import migrate

Listener = Callable[[str, list[str]], None]


class Database:
    """One profile's catalog file. Thread-safe; every write is one transaction (:meth:`tx`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._touched: dict[str, set[str]] | None = None
        self._closed = False

    # ----------------------------------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise UserError(msg("store.unreadable", path=str(path), reason=str(exc))) from None
        return cls(conn, path)

    def close(self) -> None:
        with self.lock:
            if not self._closed:
                self._closed = True
                self.conn.close()

    # ---------------------------------------------------------------------------------- transactions
    def add_listener(self, callback: Listener) -> None:
        """``callback(kind, local_ids)`` after every commit that changed objects of that kind."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; listeners hear about it after the commit, outside the lock."""
        with self.lock:
            if self._touched is not None:  # nested: part of the outer transaction
                yield self.conn
                return
            self._touched = {}
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._touched = None
                raise
            touched, self._touched = self._touched, None
        for kind, ids in touched.items():
            for listener in list(self._listeners):
                listener(kind, sorted(ids))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several edits into one commit (an import is all or nothing, even under kill -9)."""
        with self.tx():
            yield

    def touch(self, kind: str, local_id: str) -> None:
        """Tell the listeners about ``local_id`` when the current transaction commits."""
        if self._touched is not None:
            self._touched.setdefault(kind, set()).add(local_id)

    def read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchall()

    def read_one(self, sql: str, params: Iterable[Any] = ()) -> tuple[Any, ...] | None:
        with self.lock:
            row: tuple[Any, ...] | None = self.conn.execute(sql, tuple(params)).fetchone()
            return row

    def integrity_ok(self) -> bool:
        row = self.read_one("PRAGMA integrity_check")
        return bool(row and row[0] == "ok")
