"""The catalog's outbox as the sync engine and the drafts screens see it: what is queued and why it
waits, each operation described for a user, and the state changes the engine makes while it sends.

The SQL that moves an operation between states is shared with the label-profile files
(``outbox.py``); this class adds what only the catalog needs (object states, descriptions, parents).
Holds the profile's :class:`~app.store.database.Database`; see the package docstring for the design.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.domain.messages import TEXTS, Message, msg
from app.domain.resources import Resource
from app.store import kinds, objects, outbox
from app.store.database import Database
from app.store.objects import dumps as _dumps
from app.store.objects import norm as _norm
from app.store.objects import now as _now
from app.store.rows import Conflict, OutboxOp


class CatalogOutbox:
    """The catalog's queue of operations (implements :class:`app.sync.outbox.OutboxQueue`)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def path(self) -> Path:
        return self._database.path

    def pending_count(self) -> int:
        with self._database.lock:
            return outbox.pending_count(self._database.conn)

    def operations(self, state: str | None = None) -> list[OutboxOp]:
        with self._database.lock:
            return [self._described(op) for op in outbox.operations(self._database.conn, state)]

    def operation(self, op_id: int) -> OutboxOp | None:
        with self._database.lock:
            op = outbox.operation(self._database.conn, op_id)
        return None if op is None else self._described(op)

    def _described(self, op: OutboxOp) -> OutboxOp:
        return dataclasses.replace(op, description=self._describe(op))

    def _describe(self, op: OutboxOp) -> Message:
        """One line naming the operation so a user recognises it: the track of which album."""
        name, parent = self._name_and_parent(op.local_id)
        subject = msg(f"outbox.subject.{op.kind}", name=name or op.local_id or "") \
            if f"outbox.subject.{op.kind}" in TEXTS else msg("outbox.subject.other", kind=op.kind,
                                                             name=name or op.local_id or "")
        if op.kind == "track":
            subject = self._track_label(op.local_id)
        if op.kind == "track_video" and parent:
            track_name, _ = self._name_and_parent(parent)
            subject = msg("outbox.subject.track_video", name=track_name or parent)
        if op.op == "create":
            return msg("outbox.create", subject=subject)
        if op.op == "update":
            return msg("outbox.update", subject=subject, fields=", ".join(op.fields))
        file_name = Path(str(op.payload.get("path", ""))).name
        if op.op == "upload_cover":
            return msg("outbox.upload_cover", file=file_name, product=name)
        if op.op == "upload_file":
            product, _ = self._name_and_parent(parent)
            return msg(f"outbox.upload_{op.kind}", file=file_name, product=product)
        track = self._track_label(parent) if parent else msg("outbox.subject.some_track")
        if op.payload.get("superseded"):
            return msg("outbox.check_replaced", file=file_name, track=track)
        return msg("outbox.upload_master", file=file_name, track=track)

    def _name_and_parent(self, local_id: str | None) -> tuple[str, str | None]:
        row = self._database.read_one("SELECT name, parent_local_id FROM objects WHERE local_id = ?",
                                      (local_id,))
        return ("", None) if row is None else (str(row[0] or ""), row[1])

    def _track_label(self, local_id: str) -> Message:
        row = self._database.read_one(
            "SELECT name, parent_local_id, number, volume FROM objects WHERE local_id = ?", (local_id,))
        if row is None:
            return msg("outbox.subject.track_id", id=local_id)
        product, _ = self._name_and_parent(row[1])
        name = str(row[0] or local_id)
        if isinstance(row[2], int):
            return msg("outbox.subject.track_at", position=f"{row[3] or 1}-{row[2]:02d}", name=name,
                       product=product)
        return msg("outbox.subject.track_of", name=name, product=product)

    def field_errors(self, kind: str, local_id: str) -> dict[str, str]:
        """The server's last complaints about this object, per domain field ('' = the object)."""
        with self._database.lock:
            return outbox.field_errors(self._database.conn, local_id, kind)

    def conflicts(self, kind: str, local_id: str) -> list[Conflict]:
        objects.checked_row(self._database, kind, local_id)
        with self._database.lock:
            return outbox.conflicts(self._database.conn, local_id)

    def ready_operations(self) -> list[OutboxOp]:
        """Operations that may be sent now, in order: not rejected/in conflict, parent created,
        and no earlier open operation on the same object. One query, whatever the queue's size."""
        rows = self._database.read(
            "SELECT o.*, obj.server_id, obj.parent_local_id, p.server_id FROM outbox o "
            "LEFT JOIN objects obj ON obj.local_id = o.local_id "
            "LEFT JOIN objects p ON p.local_id = obj.parent_local_id ORDER BY o.id"
        )
        out: list[OutboxOp] = []
        seen_objects: set[str] = set()
        for r in rows:
            local_id, kind, op, state = str(r[2]), str(r[1]), str(r[3]), str(r[6])
            own_sid, parent, parent_sid = r[-3], r[-2], r[-1]
            if local_id in seen_objects:
                continue
            if state not in ("pending", "inflight"):
                # a rejected or conflicting update holds back nothing else on its object (a cover
                # does not depend on a refused title); a refused create holds back everything
                if op == "create":
                    seen_objects.add(local_id)
                continue
            seen_objects.add(local_id)
            if parent is not None and kind in kinds.PARENT and parent_sid is None:
                continue
            if op not in ("create", "upload_record", "upload_file") and own_sid is None:
                continue
            found = outbox.op_from_row(r)
            after = found.payload.get("after")  # a link waits for the other object it names, too
            if after and objects.server_id(self._database, str(after)) is None:
                continue
            out.append(self._described(found))
        return out

    def waiting_reason(self, op: OutboxOp) -> Message | None:
        """Why an operation cannot go now (its parent is not on the server yet), or None."""
        after = op.payload.get("after")
        if after and objects.server_id(self._database, str(after)) is None:
            name, _ = self._name_and_parent(str(after))
            return msg("outbox.waits_for", subject=msg("outbox.subject.video", name=name or str(after)),
                       state="local")
        parent = objects.parent_of(self._database, op.local_id)
        if (parent is not None and op.kind in kinds.PARENT
                and objects.server_id(self._database, parent) is None):
            pstate = self._database.read_one("SELECT sync_state, name FROM objects WHERE local_id = ?",
                                             (parent,))
            state = pstate[0] if pstate else "missing"
            name = (pstate[1] if pstate else "") or parent
            kind = kinds.PARENT[op.kind][0]
            subject = (msg(f"outbox.subject.{kind}", name=name) if f"outbox.subject.{kind}" in TEXTS
                       else msg("outbox.subject.other", kind=kind, name=name))
            return msg("outbox.waits_for", subject=subject, state=str(state))
        return None

    def mark_inflight(self, op_id: int, payload: dict[str, Any] | None = None) -> None:
        """Committed before the request goes out (with the file fingerprint, for uploads)."""
        with self._database.tx() as db:
            for local_id in outbox.mark_inflight(db, op_id, payload):
                objects.refresh_state(self._database, db, local_id)

    def release_inflight(self) -> int:
        """Operations left in flight by a sync that died go back to the queue (their attempts
        counter stays, so creates are looked up before being sent again). Call only while holding
        the sync lock. Returns how many there were."""
        with self._database.tx() as db:
            released = outbox.release_inflight(db)
            for local_id in released:
                objects.refresh_state(self._database, db, local_id)
        return len(released)

    def mark_pending(self, op_id: int, error: Message | str | None = None) -> None:
        """Back in the queue after a failure that may pass (offline, 5xx, expired login)."""
        self._set_op_state(op_id, "pending", error, None)

    def mark_rejected(self, op_id: int, message: Message | str, field_errors: dict[str, str]) -> None:
        self._set_op_state(op_id, "rejected", message, field_errors)

    def _set_op_state(
        self, op_id: int, state: str, error: Message | str | None, field_errors: dict[str, str] | None
    ) -> None:
        with self._database.tx() as db:
            for local_id in outbox.set_state(db, op_id, state, error, field_errors):
                objects.refresh_state(self._database, db, local_id)

    def mark_conflict(self, op_id: int, conflicts: list[Conflict], server_updated_at: str | None) -> None:
        fields = ", ".join(c.field for c in conflicts)
        with self._database.tx() as db:
            for local_id in outbox.hold_conflicts(db, op_id, conflicts, server_updated_at,
                                                  msg("outbox.conflict.fields", fields=fields)):
                objects.refresh_state(self._database, db, local_id)

    def rebase(self, local_id: str, server: dict[str, Any], fields: Iterable[str]) -> None:
        """Take the server's value of ``fields`` (that only the server changed) into the base."""
        with self._database.tx() as db:
            row = objects.object_row(self._database, local_id)
            base = dict(row["base"] or {})
            for name in fields:
                base[name] = _norm(server.get(name))
            db.execute("UPDATE objects SET base = ?, modified = ? WHERE id = ?",
                       (_dumps(base), _now(), row["rowid"]))
            merged = dict(base)
            merged.update(row["changes"])
            objects.index(db, row["rowid"], local_id, row["kind"], row["parent_local_id"], merged)
            self._database.touch(row["kind"], local_id)

    def complete(self, op_id: int, server: Resource, sent: dict[str, Any]) -> None:
        """The server acted on operation ``op_id`` and answered ``server``: adopt its id and state.

        ``sent`` holds the field values that went out; local changes still equal to them are
        done, changes made while the request was in flight stay (and are queued again)."""
        with self._database.tx() as db:
            op_row = db.execute("SELECT local_id, kind, op FROM outbox WHERE id = ?", (op_id,)).fetchone()
            if op_row is None:
                return
            local_id, kind, op = str(op_row[0]), str(op_row[1]), str(op_row[2])
            db.execute("DELETE FROM outbox WHERE id = ?", (op_id,))
            self._absorb(db, local_id, kind, server, sent, op)

    def _absorb(
        self, db: sqlite3.Connection, local_id: str, kind: str, server: Resource, sent: dict[str, Any],
        op: str,
    ) -> None:
        row = objects.object_row(self._database, local_id)
        server_values = kinds.to_fields(server)
        server_id = server_values.pop("id", None)
        changes = dict(row["changes"])
        for name, value in sent.items():
            if name in changes and _norm(changes[name]) == _norm(value):
                del changes[name]
        old_base = row["base"]
        base = dict(old_base or {})
        for name, value in server_values.items():
            # a field still edited here keeps the base it was edited on (for conflict checks);
            # a brand-new object has no older base: the server's version is it
            if old_base is None or name not in changes:
                base[name] = _norm(value)
        for name in list(changes):
            if name in base and _norm(base[name]) == _norm(changes[name]):
                del changes[name]
        updated_at = server_values.get("updated_at")
        base_updated_at = updated_at if (old_base is None or not changes) else row["base_updated_at"]
        if server_id is not None and row["server_id"] is None:
            other = db.execute("SELECT local_id FROM objects WHERE kind = ? AND server_id = ?",
                               (kind, str(server_id))).fetchone()
            if other is not None and other[0] != local_id:
                objects.delete_object(self._database, db, str(other[0]))
        db.execute(
            "UPDATE objects SET server_id = coalesce(server_id, ?), base = ?, base_updated_at = ?, "
            "changes = ?, modified = ? WHERE id = ?",
            (None if server_id is None else str(server_id), _dumps(base), base_updated_at,
             _dumps(changes), _now(), row["rowid"]),
        )
        merged = dict(base)
        merged.update(changes)
        objects.index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged)
        if changes:
            open_update = db.execute(
                "SELECT 1 FROM outbox WHERE local_id = ? AND op IN ('create', 'update')", (local_id,)
            ).fetchone()
            sendable = kinds.sendable_fields(kind)
            leftover = sorted(f for f in changes if f in sendable)
            if open_update is None and leftover:
                objects.add_op(db, kind, local_id, "update", leftover, {})
        objects.refresh_state(self._database, db, local_id)
        self._database.touch(kind, local_id)
