"""The objects table, shared by every part of the catalog store: reading one object's row, keeping
its list columns and search index in step, and recomputing sync states after a write.

These functions run inside the caller's transaction (``Database.tx``); the parts that call them
(``catalog.py``, ``drafts.py``, ``queue.py``) share one :class:`~app.store.database.Database`.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.store import kinds, outbox
from app.store.database import Database

_SEVERITY = {"synced": 0, "pending": 1, "local": 1, "syncing": 2, "rejected": 3, "conflict": 4}


def dumps(value: Any) -> str:
    # default=str: a date or Decimal from an editor is kept as its ISO/text form, as the API wants
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def norm(value: Any) -> Any:
    """The value as it will come back from JSON (tuples become lists), for equality tests."""
    return json.loads(dumps(value))


def now() -> float:
    return time.time()


def server_id(database: Database, local_id: str) -> str | None:
    row = database.read_one("SELECT server_id FROM objects WHERE local_id = ?", (local_id,))
    return None if row is None or row[0] is None else str(row[0])


def parent_of(database: Database, local_id: str) -> str | None:
    row = database.read_one("SELECT parent_local_id FROM objects WHERE local_id = ?", (local_id,))
    return None if row is None or row[0] is None else str(row[0])


def object_row(database: Database, local_id: str) -> dict[str, Any]:
    row = database.read_one(
        "SELECT id, kind, server_id, parent_local_id, base, base_updated_at, changes, sync_state "
        "FROM objects WHERE local_id = ?",
        (local_id,),
    )
    if row is None:
        raise UserError(msg("store.no_object", id=local_id))
    return {
        "rowid": row[0], "kind": row[1], "server_id": row[2], "parent_local_id": row[3],
        "base": json.loads(row[4]) if row[4] else None, "base_updated_at": row[5],
        "changes": json.loads(row[6]), "sync_state": row[7], "local_id": local_id,
    }


def checked_row(database: Database, kind: str, local_id: str) -> dict[str, Any]:
    row = object_row(database, local_id)
    if row["kind"] != kind:
        raise UsageError(msg("store.wrong_kind", id=local_id, actual=str(row["kind"]), expected=kind))
    return row


def merged(row: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = dict(row["base"] or {})
    values.update(row["changes"])
    values["id"] = row["server_id"]
    return values


def subtree(db: sqlite3.Connection, local_id: str) -> list[str]:
    out = [local_id]
    i = 0
    while i < len(out):
        out.extend(str(r[0]) for r in db.execute(
            "SELECT local_id FROM objects WHERE parent_local_id = ?", (out[i],)).fetchall())
        i += 1
    return out


def delete_object(database: Database, db: sqlite3.Connection, local_id: str) -> None:
    row = db.execute("SELECT id, kind FROM objects WHERE local_id = ?", (local_id,)).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM product_search WHERE rowid = ?", (row[0],))
    db.execute("DELETE FROM objects WHERE id = ?", (row[0],))
    db.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
    db.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
    database.touch(str(row[1]), local_id)


def exists_db(db: sqlite3.Connection, local_id: str) -> bool:
    return db.execute("SELECT 1 FROM objects WHERE local_id = ?", (local_id,)).fetchone() is not None


def add_op(
    db: sqlite3.Connection, kind: str, local_id: str, op: str, fields: list[str], payload: dict[str, Any],
) -> int:
    return outbox.add(db, kind, local_id, op, fields, payload)


def index(
    db: sqlite3.Connection, rowid: int, local_id: str, kind: str, parent: str | None,
    values: dict[str, Any], *, search: bool = True,
) -> None:
    """Keep the denormalised list columns (and product search) in step with the object."""
    has_cover = 1 if (values.get("cover_url") or values.get("front_cover_md5")) else None
    db.execute(
        "UPDATE objects SET name = ?, artists = ?, code = ?, status = ?, release_date = ?, "
        "number = ?, volume = ?, has_cover = coalesce(?, has_cover) WHERE id = ?",
        (
            kinds.display_name(kind, values), kinds.artists_text(values),
            kinds.code_of(kind, values), values.get("status"), values.get("release_date"),
            values.get("track_number"), values.get("volume_number"), has_cover, rowid,
        ),
    )
    if not search:
        return
    if kind == "product":
        index_product_search(db, rowid, local_id, parent, values)
    elif kind == "track" and parent is not None:
        prow = db.execute("SELECT id, parent_local_id, base, changes FROM objects WHERE local_id = ?",
                          (parent,)).fetchone()
        if prow is not None:
            pvalues = json.loads(prow[2]) if prow[2] else {}
            pvalues.update(json.loads(prow[3]))
            index_product_search(db, prow[0], parent, prow[1], pvalues)


def index_product_search(
    db: sqlite3.Connection, rowid: int, local_id: str, label: str | None, values: dict[str, Any],
) -> None:
    isrcs = [str(r[0]) for r in db.execute(
        "SELECT code FROM objects WHERE kind = 'track' AND parent_local_id = ? AND code IS NOT NULL",
        (local_id,),
    ).fetchall()]
    body = " ".join(
        part for part in (
            str(values.get("name") or ""), kinds.artists_text(values),
            str(values.get("upc_code") or ""), " ".join(isrcs),
        ) if part
    )
    db.execute("DELETE FROM product_search WHERE rowid = ?", (rowid,))
    db.execute("INSERT INTO product_search (rowid, label_local_id, body) VALUES (?, ?, ?)",
               (rowid, label, body))


def refresh_state(database: Database, db: sqlite3.Connection, local_id: str) -> None:
    """Recompute an object's sync state from its operations, then its parents' tree state."""
    current: str | None = local_id
    first = True
    while current is not None:
        row = db.execute(
            "SELECT id, kind, server_id, parent_local_id, sync_state FROM objects WHERE local_id = ?",
            (current,),
        ).fetchone()
        if row is None:
            return
        rowid, kind, server_id, parent, own = row
        if first:
            states = {r[0] for r in db.execute(
                "SELECT state FROM outbox WHERE local_id = ?", (current,)).fetchall()}
            if "conflict" in states:
                own = "conflict"
            elif "rejected" in states:
                own = "rejected"
            elif "inflight" in states:
                own = "syncing"
            elif states:
                own = "local" if server_id is None else "pending"
            else:
                own = "local" if server_id is None else "synced"
        tree = own
        if kind != "label":  # a label's tree would be its whole catalog; labels show their own
            for (child_state,) in db.execute(
                "SELECT tree_state FROM objects WHERE parent_local_id = ?", (current,)
            ).fetchall():
                tree = combine(tree, str(child_state))
        db.execute("UPDATE objects SET sync_state = ?, tree_state = ? WHERE id = ?",
                   (own, tree, rowid))
        database.touch(str(kind), str(current))
        first = False
        current = parent if kind != "label" else None


def combine(tree: str, child: str) -> str:
    """A parent's tree state given one child's: the worse wins; unsent children make it pending."""
    if child == "synced":
        return tree
    child_for_parent = "pending" if child == "local" else child
    if tree == "local" and _SEVERITY[child_for_parent] <= _SEVERITY["local"]:
        return "local"
    if _SEVERITY[child_for_parent] > _SEVERITY[tree]:
        return child_for_parent
    return tree
