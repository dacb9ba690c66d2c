"""Offline label profiles: the cached list, local drafts and their outbox, in their own SQLite file.

A label-profiles connection is a separate kind of server, so its data lives beside the distributor
catalog, in ``<profile dir>/label_profiles.sqlite3``, and follows the same rules as ``app/store``
(see the design notes in ``app/store/__init__.py``):

- **Local ids** never change: ``"lp:<server uuid>"`` for a label first seen on the server,
  ``"lp:n-<12 hex>"`` for one made here. The server id is a separate, unique column.
- **Base and changes**: ``base`` is the server's label as last seen (wire JSON, with ``updatedAt``),
  ``changes`` the fields edited here. What is shown and sent is base overlaid with changes. A refresh
  replaces the base only of labels without local changes.
- **Outbox**: the same ``outbox`` and ``conflicts`` tables and state machine as the catalog
  (:mod:`app.store.outbox`), with one operation per label at most, ``create``, ``update`` or
  ``delete``; edits ride on a pending create or update (the values are read when it is sent). A
  delete of a label the server never saw simply forgets it.
- **In flight / exactly once**: the one outbox engine (``app/sync/outbox.py``) marks an operation
  ``inflight`` and counts its ``attempts`` in a committed transaction before sending. A create
  picked up with attempts above zero may already exist on the server; it is looked up by its fields
  before being sent again.
- **Conflicts**: an update first reads the server label; when both sides changed a field
  differently, the operation waits in ``conflict`` until each field is resolved
  (``resolve(local_id, field, "mine"|"theirs")``).
- **Migrations**: the file's schema steps run through :mod:`app.store.migrations`, like the
  catalog's; step 2 moved the outbox of files written by older versions into the shared tables.
- **Rejections** (a 400 from the server) keep the user's values; the next edit queues them again.

Every change is validated locally first (:func:`app.domain.label_profile.validated`): a bad email or
an unknown country never reaches the outbox. One connection guarded by a lock serves the GUI thread
and the sync worker; listeners run after each commit, outside the lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.domain.errors import UserError
from app.domain.label_profile import (
    EDITABLE_FIELDS,
    LabelProfile,
    changed_fields,
    validated,
    validated_changes,
)
from app.domain.messages import Message, from_stored, msg
from app.store import outbox
from app.store.migrations import apply_migrations
from app.store.rows import Conflict, OutboxOp

KIND = "label_profile"
FILENAME = "label_profiles.sqlite3"

# Never edit a released step (app/store/migrations.py): add one.
MIGRATIONS: tuple[str, ...] = (
    # 1: labels, their own outbox and conflicts, links to distributor labels
    """
    CREATE TABLE IF NOT EXISTS label_profiles (
        local_id TEXT PRIMARY KEY,
        server_id TEXT UNIQUE,
        base TEXT,
        changes TEXT NOT NULL DEFAULT '{}',
        deleted INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL,
        modified REAL NOT NULL
    );
    CREATE TABLE IF NOT EXISTS label_profile_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        local_id TEXT NOT NULL UNIQUE,
        op TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        sent TEXT,
        error TEXT,
        field_errors TEXT NOT NULL DEFAULT '{}',
        created REAL NOT NULL,
        modified REAL NOT NULL
    );
    CREATE TABLE IF NOT EXISTS label_profile_conflicts (
        local_id TEXT NOT NULL,
        field TEXT NOT NULL,
        mine TEXT,
        theirs TEXT,
        base TEXT,
        PRIMARY KEY (local_id, field)
    );
    CREATE TABLE IF NOT EXISTS label_profile_links (
        distributor_label TEXT PRIMARY KEY,
        local_id TEXT NOT NULL
    );
    """,
    # 2: the outbox and conflicts move into the tables every store file shares (app/store/outbox.py)
    outbox.TABLES + """
    INSERT INTO outbox (id, kind, local_id, op, fields, payload, state, attempts, error, field_errors,
                        created, modified)
        SELECT id, 'label_profile', local_id, op, '[]', coalesce(sent, '{}'), state, attempts, error,
               field_errors, created, modified FROM label_profile_outbox;
    DROP TABLE label_profile_outbox;
    INSERT INTO conflicts (local_id, field, mine, theirs, base)
        SELECT local_id, field, mine, theirs, base FROM label_profile_conflicts;
    DROP TABLE label_profile_conflicts;
    """,
)

Listener = Callable[[str, list[str]], None]  # (kind, local ids), as app/store calls them


@dataclass(frozen=True)
class LabelProfileRow:
    """What a list shows for one label profile."""

    local_id: str
    server_id: str | None
    name: str
    email: str | None
    country: str | None
    sync_state: str  # synced | local | pending | syncing | rejected | conflict
    error: Message | str | None = None  # the last reason (plain text in rows from before messages)


class LabelProfileGone(UserError):
    def __init__(self, local_id: str) -> None:
        super().__init__("That label profile is no longer here; refresh the list.")
        self.local_id = local_id


def _new_local_id() -> str:
    return f"lp:n-{uuid.uuid4().hex[:12]}"


class LabelProfileStore:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []

    # --- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> LabelProfileStore:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            apply_migrations(conn, MIGRATIONS, lambda version: UserError(
                msg("lp.store_newer", path=str(path))))
        except sqlite3.DatabaseError as exc:
            raise UserError(msg("lp.store_unreadable", path=str(path), reason=str(exc))) from exc
        return cls(conn, path)

    @classmethod
    def for_connection(cls, connection: str) -> LabelProfileStore:
        from app.platform.paths import profile_dir

        return cls.open(profile_dir(connection) / FILENAME)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add_listener(self, callback: Listener) -> None:
        """``callback("label_profile", local_ids)`` after every commit touching those labels (any thread)."""
        self._listeners.append(callback)

    @contextmanager
    def _write(self, touched: list[str]) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        for listener in list(self._listeners):
            listener(KIND, list(touched))

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, args)
            cursor.row_factory = sqlite3.Row
            return list(cursor.fetchall())

    # --- reading ---------------------------------------------------------------------------------

    def rows(self) -> list[LabelProfileRow]:
        """Every label profile not deleted here, by name."""
        found = self._read(
            "SELECT p.local_id, p.server_id, p.base, p.changes, o.op, o.state, o.error "
            "FROM label_profiles p LEFT JOIN outbox o ON o.local_id = p.local_id "
            "WHERE p.deleted = 0 ORDER BY p.name COLLATE NOCASE, p.local_id")
        out = []
        for r in found:
            profile = _overlay(r["base"], r["changes"])
            out.append(LabelProfileRow(r["local_id"], r["server_id"], profile.name, profile.email,
                                       profile.country, _sync_state(r["server_id"], r["op"], r["state"]),
                                       from_stored(r["error"])))
        return out

    def profile(self, local_id: str) -> LabelProfile:
        found = self._read("SELECT base, changes FROM label_profiles WHERE local_id = ?", (local_id,))
        if not found:
            raise LabelProfileGone(local_id)
        return _overlay(found[0]["base"], found[0]["changes"])

    def base(self, local_id: str) -> LabelProfile | None:
        found = self._read("SELECT base FROM label_profiles WHERE local_id = ?", (local_id,))
        if not found or found[0]["base"] is None:
            return None
        return LabelProfile.from_json(json.loads(found[0]["base"]))

    def changes(self, local_id: str) -> dict[str, Any]:
        found = self._read("SELECT changes FROM label_profiles WHERE local_id = ?", (local_id,))
        return dict(json.loads(found[0]["changes"])) if found else {}

    def server_id(self, local_id: str) -> str | None:
        found = self._read("SELECT server_id FROM label_profiles WHERE local_id = ?", (local_id,))
        return str(found[0]["server_id"]) if found and found[0]["server_id"] else None

    def local_id_for(self, server_id: str) -> str | None:
        found = self._read("SELECT local_id FROM label_profiles WHERE server_id = ?", (server_id,))
        return str(found[0]["local_id"]) if found else None

    def pending_count(self) -> int:
        with self._lock:
            return outbox.pending_count(self._conn)

    def operations(self, state: str | None = None) -> list[OutboxOp]:
        with self._lock:
            return [self._described(op) for op in outbox.operations(self._conn, state)]

    def operation(self, op_id: int) -> OutboxOp | None:
        with self._lock:
            op = outbox.operation(self._conn, op_id)
        return None if op is None else self._described(op)

    def _described(self, op: OutboxOp) -> OutboxOp:
        found = self._read("SELECT base, changes FROM label_profiles WHERE local_id = ?", (op.local_id,))
        name = _overlay(found[0]["base"], found[0]["changes"]).name if found else ""
        return replace(op, fields=sorted(op.payload), description=f"{op.op} label profile '{name}'")

    def field_errors(self, local_id: str) -> dict[str, str]:
        with self._lock:
            return outbox.field_errors(self._conn, local_id, KIND)

    def conflicts(self, local_id: str) -> list[Conflict]:
        with self._lock:
            return outbox.conflicts(self._conn, local_id)

    def linked_profile(self, distributor_label: str) -> LabelProfile | None:
        """The label profile linked to ``distributor_label`` ("<profile>/<label local id>"), if any."""
        found = self._read("SELECT l.local_id FROM label_profile_links l JOIN label_profiles p "
                           "ON p.local_id = l.local_id WHERE l.distributor_label = ? AND p.deleted = 0",
                           (distributor_label,))
        return self.profile(found[0]["local_id"]) if found else None

    def linked_local_id(self, distributor_label: str) -> str | None:
        found = self._read("SELECT local_id FROM label_profile_links WHERE distributor_label = ?",
                           (distributor_label,))
        return str(found[0]["local_id"]) if found else None

    def link(self, distributor_label: str, local_id: str | None) -> None:
        """Link a distributor label to a label profile (``None`` unlinks). Stays on this computer."""
        with self._write([] if local_id is None else [local_id]) as conn:
            if local_id is None:
                conn.execute("DELETE FROM label_profile_links WHERE distributor_label = ?",
                             (distributor_label,))
            else:
                conn.execute("INSERT OR REPLACE INTO label_profile_links (distributor_label, local_id) "
                             "VALUES (?, ?)", (distributor_label, local_id))

    # --- editing (each one transaction, validated first) ------------------------------------------

    def create(self, profile: LabelProfile) -> str:
        """A new local draft, queued for creation; :class:`InvalidLabelProfile` when it is not valid."""
        clean = validated(profile)
        local_id = _new_local_id()
        now = time.time()
        changes = {k: v for k, v in clean.editable().items() if v is not None}
        with self._write([local_id]) as conn:
            conn.execute("INSERT INTO label_profiles (local_id, changes, name, created, modified) "
                         "VALUES (?, ?, ?, ?, ?)", (local_id, json.dumps(changes), clean.name, now, now))
            outbox.add(conn, KIND, local_id, "create")
        return local_id

    def edit(self, local_id: str, changes: dict[str, Any]) -> None:
        """Apply field edits over what is shown now; queues an update (or rides on a pending op)."""
        now = time.time()
        with self._write([local_id]) as conn:  # read and write in one transaction: sync may finish meanwhile
            clean = validated(self.profile(local_id).with_changes(changes))
            base = self.base(local_id)
            if base is None:  # never created on the server: every value is a change
                stored = {k: v for k, v in clean.editable().items() if v is not None}
            else:
                stored = changed_fields(base, clean)
                validated_changes(stored)  # what an update may not do (empty the country)
            conn.execute("UPDATE label_profiles SET changes = ?, name = ?, modified = ? WHERE local_id = ?",
                         (json.dumps(stored), clean.name, now, local_id))
            op = conn.execute("SELECT id, op, state FROM outbox WHERE local_id = ?",
                              (local_id,)).fetchone()
            if op is None:
                if stored:
                    outbox.add(conn, KIND, local_id, "update")
            elif op[1] == "update" and not stored and op[2] != "inflight":
                conn.execute("DELETE FROM outbox WHERE id = ?", (op[0],))
                conn.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
            elif op[2] == "rejected":  # an edit after a rejection is a new attempt
                conn.execute("UPDATE outbox SET state = 'pending', error = NULL, "
                             "field_errors = '{}', modified = ? WHERE id = ?", (now, op[0]))

    def delete(self, local_id: str) -> None:
        """Delete here and, once synced, on the server. A draft the server never saw is just dropped."""
        now = time.time()
        with self._write([local_id]) as conn:
            server_id = self.server_id(local_id)
            op = conn.execute("SELECT id, op, state, attempts FROM outbox WHERE local_id = ?",
                              (local_id,)).fetchone()
            never_sent = server_id is None and (op is None or (op[1] == "create" and op[3] == 0))
            conn.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
            if never_sent:
                conn.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
                _forget(conn, local_id)
                return
            conn.execute("UPDATE label_profiles SET deleted = 1, modified = ? WHERE local_id = ?",
                         (now, local_id))
            if op is not None and op[1] == "create":
                # The create may have reached the server (attempts > 0): keep it so the engine can find
                # it by its fields, then delete it; the engine sees deleted = 1.
                conn.execute("UPDATE outbox SET state = 'pending', modified = ? WHERE id = ?",
                             (now, op[0]))
                return
            conn.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
            outbox.add(conn, KIND, local_id, "delete")

    def resolve(self, local_id: str, field: str, choice: str) -> None:
        """Settle one conflicting field with ``"mine"`` or ``"theirs"``; the update resumes after the last."""
        if choice not in ("mine", "theirs"):
            raise ValueError(f"choice must be 'mine' or 'theirs', not {choice!r}")
        found = [c for c in self.conflicts(local_id) if c.field == field]
        if not found:
            return
        conflict = found[0]
        now = time.time()
        with self._write([local_id]) as conn:
            changes = self.changes(local_id)
            if choice == "theirs":
                changes.pop(field, None)
            else:
                changes[field] = conflict.mine
            conn.execute("UPDATE label_profiles SET changes = ?, modified = ? WHERE local_id = ?",
                         (json.dumps(changes), now, local_id))
            conn.execute("DELETE FROM conflicts WHERE local_id = ? AND field = ?",
                         (local_id, field))
            left = conn.execute("SELECT COUNT(*) FROM conflicts WHERE local_id = ?",
                                (local_id,)).fetchone()[0]
            if not left:
                if changes:
                    conn.execute("UPDATE outbox SET state = 'pending', error = NULL, "
                                 "modified = ? WHERE local_id = ?", (now, local_id))
                else:
                    conn.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))

    # --- the server's side: refresh and the sync engine's bookkeeping ------------------------------

    def apply_server_labels(self, labels: list[LabelProfile], *, complete: bool) -> None:
        """Take labels read from the server into the cache.

        Labels without local changes get the server's values; labels with changes keep their base
        (the version the user edited) so a later update can detect a conflict. When ``complete`` (the
        whole list was read), synced labels the server no longer has are forgotten.
        """
        now = time.time()
        touched: list[str] = []
        with self._write(touched) as conn:
            seen: set[str] = set()
            for label in labels:
                if not label.id:
                    continue
                seen.add(label.id)
                wire = json.dumps(label.to_json())
                row = conn.execute("SELECT local_id, changes, deleted FROM label_profiles "
                                   "WHERE server_id = ?", (label.id,)).fetchone()
                if row is None:
                    local_id = f"lp:{label.id}"
                    conn.execute("INSERT INTO label_profiles (local_id, server_id, base, name, created, "
                                 "modified) VALUES (?, ?, ?, ?, ?, ?)",
                                 (local_id, label.id, wire, label.name, now, now))
                    touched.append(local_id)
                    continue
                busy = conn.execute("SELECT 1 FROM outbox WHERE local_id = ?",
                                    (row[0],)).fetchone()
                if row[1] == "{}" and not row[2] and busy is None:
                    conn.execute("UPDATE label_profiles SET base = ?, name = ?, modified = ? "
                                 "WHERE local_id = ?", (wire, label.name, now, row[0]))
                    touched.append(row[0])
            if complete:
                for (local_id, server_id) in conn.execute(
                        "SELECT local_id, server_id FROM label_profiles p WHERE server_id IS NOT NULL "
                        "AND changes = '{}' AND deleted = 0 AND NOT EXISTS "
                        "(SELECT 1 FROM outbox o WHERE o.local_id = p.local_id)").fetchall():
                    if server_id not in seen:
                        _forget(conn, local_id)
                        touched.append(local_id)

    def is_deleted(self, local_id: str) -> bool:
        found = self._read("SELECT deleted FROM label_profiles WHERE local_id = ?", (local_id,))
        return bool(found and found[0]["deleted"])

    # The outbox engine's side (app/sync/outbox.py): the same names as the catalog store's.

    def ready_operations(self) -> list[OutboxOp]:
        """Operations that may be sent now, oldest first: pending, or in flight after a crash."""
        return [op for op in self.operations() if op.state in outbox.READY_STATES]

    def waiting_reason(self, op: OutboxOp) -> str | None:
        return None  # a label profile waits for nothing else

    def mark_inflight(self, op_id: int, payload: dict[str, Any] | None = None) -> None:
        """Committed before the request goes out, so a crash leaves a trace (``attempts`` > 0)."""
        with self._write([]) as conn:
            outbox.mark_inflight(conn, op_id, payload)

    def release_inflight(self) -> int:
        touched: list[str] = []
        with self._write(touched) as conn:
            touched.extend(outbox.release_inflight(conn))
        return len(touched)

    def mark_pending(self, op_id: int, error: Message | str | None = None) -> None:
        """A failure that may pass: back to pending, to be sent again on the next sync."""
        touched: list[str] = []
        with self._write(touched) as conn:
            touched.extend(outbox.set_state(conn, op_id, "pending", error))

    def mark_rejected(self, op_id: int, message: Message | str, field_errors: dict[str, str]) -> None:
        """The server refused the operation; the user's values stay, the next edit queues them again."""
        touched: list[str] = []
        with self._write(touched) as conn:
            touched.extend(outbox.set_state(conn, op_id, "rejected", message, field_errors))

    def mark_conflict(self, op_id: int, found: list[Conflict], server: LabelProfile) -> None:
        """Park the operation until the user picks a side for every field in ``found``; the server's
        label becomes the base the user's choices are made against."""
        op = self.operation(op_id)
        if op is None:
            return
        with self._write([op.local_id]) as conn:
            conn.execute("UPDATE label_profiles SET base = ?, modified = ? WHERE local_id = ?",
                         (json.dumps(server.to_json()), time.time(), op.local_id))
            outbox.hold_conflicts(conn, op_id, found, server.updated_at,
                                  msg("outbox.conflict.choose"))

    def rebase(self, local_id: str, server: LabelProfile) -> None:
        """The server moved on in fields we did not touch: its values become our base."""
        changes = {k: v for k, v in self.changes(local_id).items() if getattr(server, k) != v}
        with self._write([local_id]) as conn:
            conn.execute("UPDATE label_profiles SET base = ?, changes = ?, modified = ? WHERE local_id = ?",
                         (json.dumps(server.to_json()), json.dumps(changes), time.time(), local_id))

    def complete(self, op_id: int, server: LabelProfile | None, sent: dict[str, Any]) -> None:
        """The server acted on the operation: record the label's id and values (``server``), or, for
        a delete (``server`` None), forget the label. Edits made meanwhile stay queued."""
        op = self.operation(op_id)
        if op is None:
            return
        now = time.time()
        with self._write([op.local_id]) as conn:
            outbox.remove(conn, op_id)
            if server is None:
                _forget(conn, op.local_id)
                return
            changes = self.changes(op.local_id)
            left = {k: v for k, v in changes.items() if k not in sent or sent[k] != v}
            conn.execute("UPDATE label_profiles SET server_id = ?, base = ?, changes = ?, name = ?, "
                         "modified = ? WHERE local_id = ?",
                         (server.id, json.dumps(server.to_json()), json.dumps(left),
                          left.get("name", server.name), now, op.local_id))
            deleted = conn.execute("SELECT deleted FROM label_profiles WHERE local_id = ?",
                                   (op.local_id,)).fetchone()[0]
            if deleted:
                outbox.add(conn, KIND, op.local_id, "delete")
            elif left:
                outbox.add(conn, KIND, op.local_id, "update")


def _forget(conn: sqlite3.Connection, local_id: str) -> None:
    """Remove every trace of a label profile (its row, conflicts and links)."""
    for table in ("conflicts", "label_profile_links", "label_profiles"):
        conn.execute(f"DELETE FROM {table} WHERE local_id = ?", (local_id,))


def _overlay(base: str | None, changes: str) -> LabelProfile:
    profile = LabelProfile.from_json(json.loads(base)) if base else LabelProfile(country=None)
    edits = {k: v for k, v in json.loads(changes).items() if k in EDITABLE_FIELDS}
    return profile.with_changes(edits) if edits else profile


def _sync_state(server_id: str | None, op: str | None, state: str | None) -> str:
    if op is None:
        return "synced" if server_id else "local"
    if state == "inflight":
        return "syncing"
    if state in ("rejected", "conflict"):
        return state
    return "pending"
