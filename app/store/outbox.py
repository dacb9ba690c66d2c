"""The outbox and its conflicts: one table pair and one state machine for every kind of object.

Every store file (the distributor catalog, each label-profile file) has the same ``outbox`` and
``conflicts`` tables, and these functions are the only SQL that moves an operation between states:

    pending --mark_inflight--> inflight --(the server answered; the store adopts it)--> row deleted
       ^                          |
       +----- mark_pending -------+   a failure that may pass (offline, 5xx, lost answer, login)
       +----- release_inflight ---+   at the start of a run: left in flight by a run that died
    inflight/pending --mark_rejected--> rejected   (the server refused; the user's values stay)
    inflight/pending --hold_conflicts--> conflict  (changed here and on the server; per field)

``attempts`` counts the times an operation was marked in flight and is never reset, so a create
found with attempts > 0 is looked up on the server before it is sent again (``app/sync/outbox.py``).
The ``error`` column keeps the last reason as a message (JSON ``{"code", "params"}``, see
``docs/MESSAGES.md``) so each face renders it in its language; rows written before that hold plain
English text and read back as that text.

Each function runs inside the caller's transaction and returns the local ids it touched, for the
store to refresh its own states and tell its listeners.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from app.domain.messages import Message, from_stored, to_stored
from app.store.rows import Conflict, OutboxOp

# The tables, as the label-profile migrations create them (the catalog's first migration made the
# same ones); kept here so a new store file gets exactly the shape these functions expect.
TABLES = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    local_id TEXT NOT NULL,
    op TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]',
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    field_errors TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL,
    modified REAL NOT NULL
);
CREATE INDEX outbox_local_id ON outbox(local_id);
CREATE INDEX outbox_state ON outbox(state);

CREATE TABLE conflicts (
    local_id TEXT NOT NULL,
    field TEXT NOT NULL,
    mine TEXT,
    theirs TEXT,
    base TEXT,
    server_updated_at TEXT,
    PRIMARY KEY (local_id, field)
);
"""

COLUMNS = "id, kind, local_id, op, fields, payload, state, attempts, error, field_errors"
READY_STATES = ("pending", "inflight")


def _dumps(value: Any) -> str:
    # default=str: a date or Decimal from an editor is kept as its ISO/text form, as the API wants
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def op_from_row(r: Sequence[Any], description: str = "") -> OutboxOp:
    """An operation from a row whose first columns are :data:`COLUMNS`."""
    return OutboxOp(
        id=int(r[0]), kind=str(r[1]), local_id=str(r[2]), op=str(r[3]), fields=json.loads(r[4]),
        payload=json.loads(r[5]), state=str(r[6]), attempts=int(r[7]), error=from_stored(r[8]),
        field_errors=json.loads(r[9]), description=description,
    )


def operations(db: sqlite3.Connection, state: str | None = None) -> list[OutboxOp]:
    if state is None:
        rows = db.execute(f"SELECT {COLUMNS} FROM outbox ORDER BY id").fetchall()
    else:
        rows = db.execute(f"SELECT {COLUMNS} FROM outbox WHERE state = ? ORDER BY id", (state,)).fetchall()
    return [op_from_row(r) for r in rows]


def operation(db: sqlite3.Connection, op_id: int) -> OutboxOp | None:
    row = db.execute(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (op_id,)).fetchone()
    return None if row is None else op_from_row(row)


def pending_count(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def add(db: sqlite3.Connection, kind: str, local_id: str, op: str, fields: Sequence[str] = (),
        payload: dict[str, Any] | None = None) -> int:
    now = time.time()
    cursor = db.execute(
        "INSERT INTO outbox (kind, local_id, op, fields, payload, created, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, local_id, op, _dumps(list(fields)), _dumps(payload or {}), now, now),
    )
    return int(cursor.lastrowid or 0)


def remove(db: sqlite3.Connection, op_id: int) -> None:
    db.execute("DELETE FROM outbox WHERE id = ?", (op_id,))


def _local_id(db: sqlite3.Connection, op_id: int) -> str | None:
    row = db.execute("SELECT local_id FROM outbox WHERE id = ?", (op_id,)).fetchone()
    return None if row is None else str(row[0])


def mark_inflight(db: sqlite3.Connection, op_id: int, payload: dict[str, Any] | None = None) -> list[str]:
    """Committed before the request goes out (with what is needed to find it again after a kill)."""
    local_id = _local_id(db, op_id)
    db.execute(
        "UPDATE outbox SET state = 'inflight', attempts = attempts + 1, modified = ?, "
        "payload = coalesce(?, payload) WHERE id = ?",
        (time.time(), None if payload is None else _dumps(payload), op_id),
    )
    return [] if local_id is None else [local_id]


def release_inflight(db: sqlite3.Connection) -> list[str]:
    """Operations left in flight by a run that died go back to pending (their attempts stay)."""
    rows = db.execute("SELECT id, local_id FROM outbox WHERE state = 'inflight'").fetchall()
    for op_id, _local in rows:
        db.execute("UPDATE outbox SET state = 'pending', modified = ? WHERE id = ?", (time.time(), op_id))
    return [str(r[1]) for r in rows]


def _error(value: Message | str | None) -> str | None:
    return None if value is None else to_stored(value)


def set_state(db: sqlite3.Connection, op_id: int, state: str, error: Message | str | None,
              field_errors: dict[str, str] | None = None) -> list[str]:
    """``mark_pending`` (state "pending") and ``mark_rejected`` ("rejected") of every store."""
    local_id = _local_id(db, op_id)
    if local_id is None:
        return []
    if field_errors is None:
        db.execute("UPDATE outbox SET state = ?, error = ?, modified = ? WHERE id = ?",
                   (state, _error(error), time.time(), op_id))
    else:
        db.execute("UPDATE outbox SET state = ?, error = ?, field_errors = ?, modified = ? WHERE id = ?",
                   (state, _error(error), _dumps(field_errors), time.time(), op_id))
    return [local_id]


def hold_conflicts(db: sqlite3.Connection, op_id: int, found: Sequence[Conflict],
                   server_updated_at: str | None, message: Message | str) -> list[str]:
    """Park the operation in ``conflict`` until the user picks a side for every field in ``found``."""
    local_id = _local_id(db, op_id)
    if local_id is None:
        return []
    for c in found:
        db.execute(
            "INSERT OR REPLACE INTO conflicts (local_id, field, mine, theirs, base, server_updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (local_id, c.field, _dumps(c.mine), _dumps(c.theirs), _dumps(c.base), server_updated_at),
        )
    db.execute("UPDATE outbox SET state = 'conflict', error = ?, modified = ? WHERE id = ?",
               (_error(message), time.time(), op_id))
    return [local_id]


def conflicts(db: sqlite3.Connection, local_id: str) -> list[Conflict]:
    rows = db.execute("SELECT field, mine, theirs, base FROM conflicts WHERE local_id = ? ORDER BY field",
                      (local_id,)).fetchall()
    return [Conflict(str(r[0]), json.loads(r[1]), json.loads(r[2]), json.loads(r[3])) for r in rows]


def field_errors(db: sqlite3.Connection, local_id: str, kind: str) -> dict[str, str]:
    """The server's last complaints about an object, per field ('' = the object as a whole)."""
    out: dict[str, str] = {}
    for (errors,) in db.execute("SELECT field_errors FROM outbox WHERE local_id = ? AND kind = ? ORDER BY id",
                                (local_id, kind)).fetchall():
        out.update(json.loads(errors))
    return out
