"""The sandbox's SQLite store: one table per resource type.

Each row keeps the resource's attributes (``attrs``, JSON keyed by the wire name), its stored
relationship linkage (``rels``, JSON ``{name: {"type", "id"} | [..] | null}``), timestamps, and
``extra`` (server-side bookkeeping that is never rendered: file paths, a send task's planned outcome).
Relationships that other rows point at (a label's products) are not stored twice; they are queried
through expression indexes on ``rels`` (see :func:`fk_expr`).

The store is used from the server's event loop and, for seeding, from other threads; one lock guards
the connection so both are safe. Every call is short: listing uses LIMIT/OFFSET over indexes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.sandbox.jsonbody import parse_whole


def parse_id(text: str | int) -> int | None:
    """The integer an id names, or None when it is not one (then no row has it): ASCII digits only,
    through the sandbox's one strict integer parser (``int()`` would take "+1", " 1", "1_0", "١")."""
    if isinstance(text, int) and not isinstance(text, bool):
        value: int | None = text
    elif isinstance(text, str):
        value = parse_whole(text, max_digits=19)
    else:
        return None
    return value if value is not None and 0 < value < 2**63 else None


def table(rtype: str) -> str:
    return '"' + rtype.replace("-", "_") + '"'


def fk_expr(rel: str, alias: str = "") -> str:
    """The SQL expression for a stored to-one relationship's id; indexes use the very same text."""
    prefix = f"{alias}." if alias else ""
    return f"json_extract({prefix}rels, '$.\"{rel}\".id')"


def attr_expr(name: str, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return f"json_extract({prefix}attrs, '$.\"{name}\"')"


def now_iso(ts: float | None = None) -> str:
    """Timestamps as the documentation prints them: ``2023-08-11T20:44:59.000000Z``."""
    ts = time.time() if ts is None else ts
    seconds = int(ts)
    micros = int(round((ts - seconds) * 1_000_000))
    if micros >= 1_000_000:
        seconds, micros = seconds + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{micros:06d}Z"


@dataclass
class Row:
    rtype: str
    id: str
    attrs: dict[str, Any]
    rels: dict[str, Any]
    created_at: str
    updated_at: str
    extra: dict[str, Any] = field(default_factory=dict)

    def rel_id(self, name: str) -> str | None:
        link = self.rels.get(name)
        if isinstance(link, dict):
            value = link.get("id")
            return None if value is None else str(value)
        return None

    def rel_ids(self, name: str) -> list[str]:
        links = self.rels.get(name) or []
        return [str(link["id"]) for link in links if isinstance(link, dict)]


def _row(rtype: str, record: sqlite3.Row) -> Row:
    return Row(
        rtype=rtype,
        id=str(record["id"]),
        attrs=json.loads(record["attrs"]),
        rels=json.loads(record["rels"]),
        created_at=record["created_at"],
        updated_at=record["updated_at"],
        extra=json.loads(record["extra"]) if record["extra"] else {},
    )


class Store:
    """A thin, typed-by-convention layer over SQLite. Types and indexes come from the schema."""

    def __init__(
        self, path: Path, *, string_id_types: Iterable[str] = (), indexes: Iterable[tuple[str, str]] = ()
    ) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._string_ids = set(string_id_types)
        self._index_specs = list(indexes)
        self._known: set[str] = set()

    # -- schema -----------------------------------------------------------------------------------
    def ensure_tables(self, rtypes: Iterable[str]) -> None:
        with self._lock, self.transaction():
            for rtype in rtypes:
                id_col = (
                    "id TEXT PRIMARY KEY"
                    if rtype in self._string_ids
                    else "id INTEGER PRIMARY KEY AUTOINCREMENT"
                )
                self._conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {table(rtype)} ({id_col}, attrs TEXT NOT NULL, "
                    "rels TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, extra TEXT)"
                )
                self._known.add(rtype)
            for rtype, expr in self._index_specs:
                name = (
                    "ix_"
                    + rtype.replace("-", "_")
                    + "_"
                    + "".join(ch if ch.isalnum() else "_" for ch in expr)[-60:]
                )
                self._conn.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON {table(rtype)} ({expr})')
            self._conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            cur = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,))
            found = cur.fetchone()
            return None if found is None else str(found[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            if self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- rows -------------------------------------------------------------------------------------
    def _id_param(self, rtype: str, rid: str) -> str | int | None:
        if rtype in self._string_ids:
            return rid
        return parse_id(rid)

    def insert(
        self,
        rtype: str,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        *,
        rid: str | int | None = None,
        extra: dict[str, Any] | None = None,
        created_at: str | None = None,
    ) -> Row:
        stamp = created_at or now_iso()
        with self._lock:
            cur = self._conn.execute(
                f"INSERT INTO {table(rtype)} (id, attrs, rels, created_at, updated_at, extra) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    rid,
                    json.dumps(attrs),
                    json.dumps(rels),
                    stamp,
                    stamp,
                    json.dumps(extra) if extra else None,
                ),
            )
            new_id = rid if rid is not None else cur.lastrowid
        return Row(rtype, str(new_id), attrs, rels, stamp, stamp, extra or {})

    def insert_many(
        self,
        rtype: str,
        rows: Sequence[tuple[dict[str, Any], dict[str, Any]]],
        *,
        created_at: str | None = None,
    ) -> None:
        """Bulk insert for seeding (demo data, benchmarks): one transaction, no per-row overhead."""
        stamp = created_at or now_iso()
        with self._lock, self.transaction():
            self._conn.executemany(
                f"INSERT INTO {table(rtype)} (attrs, rels, created_at, updated_at, extra) "
                "VALUES (?, ?, ?, ?, NULL)",
                [(json.dumps(a), json.dumps(r), stamp, stamp) for a, r in rows],
            )

    def get(self, rtype: str, rid: str) -> Row | None:
        param = self._id_param(rtype, rid)
        if param is None:
            return None
        with self._lock:
            cur = self._conn.execute(f"SELECT * FROM {table(rtype)} WHERE id = ?", (param,))
            found = cur.fetchone()
        return None if found is None else _row(rtype, found)

    def get_many(self, rtype: str, ids: Sequence[str]) -> dict[str, Row]:
        params = [p for p in (self._id_param(rtype, i) for i in ids) if p is not None]
        out: dict[str, Row] = {}
        for start in range(0, len(params), 500):
            chunk = params[start : start + 500]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                cur = self._conn.execute(f"SELECT * FROM {table(rtype)} WHERE id IN ({marks})", chunk)
                records = cur.fetchall()
            for record in records:
                row = _row(rtype, record)
                out[row.id] = row
        return out

    def save(self, row: Row, *, touch: bool = True) -> Row:
        if touch:
            row.updated_at = now_iso()
        with self._lock:
            self._conn.execute(
                f"UPDATE {table(row.rtype)} SET attrs = ?, rels = ?, updated_at = ?, extra = ? WHERE id = ?",
                (
                    json.dumps(row.attrs),
                    json.dumps(row.rels),
                    row.updated_at,
                    json.dumps(row.extra) if row.extra else None,
                    self._id_param(row.rtype, row.id),
                ),
            )
        return row

    def delete(self, rtype: str, rid: str) -> None:
        with self._lock:
            self._conn.execute(f"DELETE FROM {table(rtype)} WHERE id = ?", (self._id_param(rtype, rid),))

    def select(
        self,
        rtype: str,
        where: Sequence[tuple[str, Sequence[Any]]] = (),
        *,
        order: str = "id",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Row]:
        sql, params = self._where(where)
        query = f"SELECT * FROM {table(rtype)} AS t{sql} ORDER BY {order}"
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        with self._lock:
            records = self._conn.execute(query, params).fetchall()
        return [_row(rtype, r) for r in records]

    def count(self, rtype: str, where: Sequence[tuple[str, Sequence[Any]]] = ()) -> int:
        sql, params = self._where(where)
        with self._lock:
            found = self._conn.execute(f"SELECT COUNT(*) FROM {table(rtype)} AS t{sql}", params).fetchone()
        return int(found[0])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    @staticmethod
    def _where(where: Sequence[tuple[str, Sequence[Any]]]) -> tuple[str, list[Any]]:
        if not where:
            return "", []
        clauses = [f"({clause})" for clause, _ in where]
        params: list[Any] = []
        for _, values in where:
            params.extend(values)
        return " WHERE " + " AND ".join(clauses), params
