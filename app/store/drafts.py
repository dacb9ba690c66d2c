"""Drafts: creating, editing, discarding local objects, attaching files and settling conflicts.

Every edit is one transaction that writes the object and its outbox operation together (both in the
profile's :class:`~app.store.database.Database`); see the package docstring for the design.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import UsageError, UserError
from app.domain.messages import msg
from app.domain.resources import MOTION_ART_KINDS
from app.store import kinds, objects
from app.store.database import Database
from app.store.objects import dumps as _dumps
from app.store.objects import norm as _norm
from app.store.objects import now as _now

_SEARCHED = frozenset({"name", "artist", "upc_code", "isrc_code"})


@dataclass(frozen=True)
class CoverBefore:
    """A product's cover before :meth:`Drafts.set_cover`: the queued file (not sent yet), if any."""

    path: str | None
    has_cover: bool


class Drafts:
    """Local objects and their edits; each write also queues (or merges) its outbox operation."""

    def __init__(self, database: Database) -> None:
        self._database = database

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several edits into one commit (an import is all or nothing, even under kill -9)."""
        with self._database.transaction():
            yield

    def drafts(self, *, include_synced: bool = True) -> list[tuple[str, str, str, str]]:
        """Drafts as (kind, local_id, name, sync state), oldest first: every object with something
        unsent and, with ``include_synced``, the objects made here that have since been synced."""
        where = "sync_state != 'synced'"
        if include_synced:
            where += " OR local_id GLOB '*:n-*'"
        rows = self._database.read(
            f"SELECT kind, local_id, name, sync_state FROM objects WHERE {where} ORDER BY id")
        return [(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3])) for r in rows]

    def create_label(self, **fields: Any) -> str:
        return self._create("label", None, fields)

    def create_product(self, label_local_id: str, **fields: Any) -> str:
        objects.checked_row(self._database, "label", label_local_id)
        fields.setdefault("status", "draft")
        return self._create("product", label_local_id, fields)

    def create_track(self, product_local_id: str, **fields: Any) -> str:
        objects.checked_row(self._database, "product", product_local_id)
        return self._create("track", product_local_id, fields)

    def create_offer(self, product_local_id: str, **fields: Any) -> str:
        objects.checked_row(self._database, "product", product_local_id)
        return self._create("offer", product_local_id, fields)

    def create_right(self, product_local_id: str, **fields: Any) -> str:
        objects.checked_row(self._database, "product", product_local_id)
        return self._create("right", product_local_id, fields)

    def _validate_changes(self, kind: str, changes: dict[str, Any]) -> dict[str, Any]:
        allowed = kinds.writable_fields(kind)
        parent = kinds.PARENT.get(kind)
        out: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in allowed:
                raise UsageError(msg("store.not_editable", name=name, kind=kind,
                                     fields=", ".join(sorted(allowed))))
            if parent is not None and name == parent[1]:
                raise UsageError(msg("store.follows_parent", kind=kind, name=name, parent=parent[0]))
            out[name] = _norm(value)
        return out

    def _create(self, kind: str, parent_local_id: str | None, fields: dict[str, Any]) -> str:
        if kind not in kinds.DRAFTABLE:
            raise UsageError(msg("store.not_draftable", kind=kind))
        values = {k: v for k, v in self._validate_changes(kind, fields).items() if v is not None}
        local_id = f"{kind}:n-{uuid.uuid4().hex[:12]}"
        now = _now()
        with self._database.tx() as db:
            cur = db.execute(
                "INSERT INTO objects (local_id, kind, parent_local_id, base, changes, sync_state, "
                "tree_state, created, modified) VALUES (?, ?, ?, NULL, ?, 'local', 'local', ?, ?)",
                (local_id, kind, parent_local_id, _dumps(values), now, now),
            )
            rowid = cur.lastrowid
            assert rowid is not None
            objects.index(db, rowid, local_id, kind, parent_local_id, values)
            objects.add_op(db, kind, local_id, "create", [], {})
            objects.refresh_state(self._database, db, local_id)
            self._database.touch(kind, local_id)
        return local_id

    def edit(self, kind: str, local_id: str, changes: dict[str, Any]) -> None:
        """Commit ``changes`` (domain field -> value) to a draft at once and queue them for sync."""
        if kind not in kinds.DRAFTABLE:
            raise UsageError(msg("store.not_editable_kind", kind=kind))
        clean = self._validate_changes(kind, changes)
        if not clean:
            return
        with self._database.tx() as db:
            row = objects.checked_row(self._database, kind, local_id)
            base = row["base"] or {}
            current = dict(row["changes"])
            for name, value in clean.items():
                if row["base"] is not None and name in base and _norm(base[name]) == value:
                    current.pop(name, None)
                else:
                    current[name] = value
            db.execute(
                "UPDATE objects SET changes = ?, modified = ? WHERE id = ?",
                (_dumps(current), _now(), row["rowid"]),
            )
            merged = dict(base)
            merged.update(current)
            objects.index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged,
                        search=bool(_SEARCHED & set(clean)))
            self._queue_update(db, row, set(clean), current)
            objects.refresh_state(self._database, db, local_id)
            self._database.touch(kind, local_id)

    def _queue_update(
        self, db: sqlite3.Connection, row: dict[str, Any], edited: set[str], current: dict[str, Any]
    ) -> None:
        local_id = row["local_id"]
        ops = db.execute(
            "SELECT id, op, fields, state, field_errors FROM outbox WHERE local_id = ? "
            "AND op IN ('create', 'update') ORDER BY id",
            (local_id,),
        ).fetchall()
        # Edited fields no longer carry the server's complaint about their old value.
        for op_id, _op, _fields, state, errors_json in ops:
            errors = json.loads(errors_json)
            if state == "rejected" or any(f in errors for f in edited):
                for name in edited:
                    errors.pop(name, None)
                new_state = "pending" if state == "rejected" else state
                db.execute(
                    "UPDATE outbox SET field_errors = ?, state = ?, modified = ? WHERE id = ?",
                    (_dumps(errors), new_state, _now(), op_id),
                )
        if row["server_id"] is None:
            if not any(o[1] == "create" and o[3] != "inflight" for o in ops):
                if not any(o[1] == "create" for o in ops):
                    objects.add_op(db, row["kind"], local_id, "create", [], {})
                else:  # the create is in flight: what it did not carry goes in an update after it
                    self._merge_update(db, row["kind"], local_id, edited, current)
            return
        self._merge_update(db, row["kind"], local_id, edited, current)

    def _merge_update(
        self, db: sqlite3.Connection, kind: str, local_id: str, edited: set[str], current: dict[str, Any]
    ) -> None:
        sendable = kinds.sendable_fields(kind)
        op = db.execute(
            "SELECT id, fields FROM outbox WHERE local_id = ? AND op = 'update' AND state != 'inflight' "
            "ORDER BY id DESC LIMIT 1",
            (local_id,),
        ).fetchone()
        fields = set(json.loads(op[1])) if op else set()
        fields |= {f for f in edited if f in sendable}
        # a field edited back to the base value has nothing left to send
        fields = {f for f in fields if f in current}
        if op is not None:
            if fields:
                db.execute("UPDATE outbox SET fields = ?, modified = ? WHERE id = ?",
                           (_dumps(sorted(fields)), _now(), op[0]))
            else:
                db.execute("DELETE FROM outbox WHERE id = ?", (op[0],))
                db.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
        elif fields:
            objects.add_op(db, kind, local_id, "update", sorted(fields), {})

    def set_cover(self, product_local_id: str, path: Path) -> CoverBefore:
        """Queue ``path`` as the product's front cover (the file is read when it is sent); returns
        what it replaced, for :meth:`restore_cover` (undo)."""
        path = Path(path).expanduser().resolve()
        stat = _stat_file(path, "cover")
        payload = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        with self._database.tx() as db:
            row = objects.checked_row(self._database, "product", product_local_id)
            queued = db.execute(
                "SELECT payload FROM outbox WHERE local_id = ? AND op = 'upload_cover' "
                "AND state != 'inflight' "
                "ORDER BY id DESC LIMIT 1", (product_local_id,)).fetchone()
            had = db.execute("SELECT has_cover FROM objects WHERE id = ?", (row["rowid"],)).fetchone()
            before = CoverBefore(str(json.loads(queued[0])["path"]) if queued else None,
                                 bool(had and had[0]))
            db.execute(
                "DELETE FROM outbox WHERE local_id = ? AND op = 'upload_cover' AND state != 'inflight'",
                (product_local_id,),
            )
            objects.add_op(db, "product", product_local_id, "upload_cover", [], payload)
            db.execute("UPDATE objects SET has_cover = 1, modified = ? WHERE id = ?", (_now(), row["rowid"]))
            objects.refresh_state(self._database, db, product_local_id)
            self._database.touch("product", product_local_id)
        return before

    def restore_cover(self, product_local_id: str, before: CoverBefore) -> None:
        """Undo :meth:`set_cover`: take back the queued cover and queue again the one it replaced."""
        with self._database.tx() as db:
            row = objects.checked_row(self._database, "product", product_local_id)
            queued = db.execute(
                "SELECT id FROM outbox WHERE local_id = ? AND op = 'upload_cover' AND state != 'inflight'",
                (product_local_id,)).fetchall()
            if not queued:
                raise UserError(msg("store.cover_sent", id=product_local_id))
            db.execute(
                "DELETE FROM outbox WHERE local_id = ? AND op = 'upload_cover' AND state != 'inflight'",
                (product_local_id,),
            )
            if before.path is not None:
                path = Path(before.path)
                stat = _stat_file(path, "cover")
                payload = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
                objects.add_op(db, "product", product_local_id, "upload_cover", [], payload)
            db.execute("UPDATE objects SET has_cover = ?, modified = ? WHERE id = ?",
                       (1 if before.has_cover or before.path else 0, _now(), row["rowid"]))
            objects.refresh_state(self._database, db, product_local_id)
            self._database.touch("product", product_local_id)

    def attach_master(self, track_local_id: str, path: Path, *, master_type: str | None = None,
                      precision: int | None = None) -> str:
        """Queue ``path`` as the track's audio master; returns the record's local id. ``master_type``
        and ``precision`` are what the file's headers say (``app.media.master_type``), sent with it."""
        facts = {k: v for k, v in (("master_type", master_type), ("precision", precision)) if v is not None}
        return self._attach_master(track_local_id, path, None, facts)

    def _attach_master(self, track_local_id: str, path: Path, record_local_id: str | None,
                       facts: dict[str, Any] | None = None) -> str:
        path = Path(path).expanduser().resolve()
        stat = _stat_file(path, "audio master")
        payload: dict[str, Any] = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        undo: dict[str, Any] = {"replaces": None, "superseded": []}  # what detach_master puts back
        with self._database.tx() as db:
            objects.checked_row(self._database, "track", track_local_id)
            # A master not yet sent is replaced, not stacked. One whose upload was tried (the
            # server may have it) is only checked for at the next sync, never sent again.
            for (rec_id,) in db.execute(
                "SELECT local_id FROM objects WHERE kind = 'record' AND parent_local_id = ? "
                "AND server_id IS NULL",
                (track_local_id,),
            ).fetchall():
                op = db.execute(
                    "SELECT id, state, attempts, payload FROM outbox WHERE local_id = ? "
                    "AND op = 'upload_record'", (rec_id,)
                ).fetchone()
                if op is None or (op[1] != "inflight" and op[2] == 0):
                    source = db.execute("SELECT source_path FROM objects WHERE local_id = ?",
                                        (rec_id,)).fetchone()
                    if source is not None and source[0]:  # re-attached, same id, if this is undone
                        undo["replaces"] = {"path": str(source[0]), "record": rec_id}
                    objects.delete_object(self._database, db, rec_id)
                else:
                    replaced = {**json.loads(op[3]), "superseded": True}
                    db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (_dumps(replaced), op[0]))
                    undo["superseded"].append(op[0])
            local_id = record_local_id or f"record:n-{uuid.uuid4().hex[:12]}"
            values = {"filename": path.name, **(facts or {})}
            now = _now()
            cur = db.execute(
                "INSERT INTO objects (local_id, kind, parent_local_id, base, changes, sync_state, "
                "tree_state, name, source_path, created, modified) "
                "VALUES (?, 'record', ?, NULL, ?, 'local', 'local', ?, ?, ?, ?)",
                (local_id, track_local_id, _dumps(values), path.name, str(path), now, now),
            )
            assert cur.lastrowid is not None
            objects.add_op(db, "record", local_id, "upload_record", [], {**payload, "undo": undo})
            objects.refresh_state(self._database, db, local_id)
            self._database.touch("record", local_id)
            self._database.touch("track", track_local_id)
        return local_id

    def detach_master(self, record_local_id: str) -> str | None:
        """Undo :meth:`attach_master`: forget the record (never tried to upload) and put back the
        master it replaced, under its old id (an earlier undo step names it); returns that id, if any."""
        with self._database.tx() as db:
            row = objects.checked_row(self._database, "record", record_local_id)
            op = db.execute("SELECT state, attempts, payload FROM outbox WHERE local_id = ? "
                            "AND op = 'upload_record'", (record_local_id,)).fetchone()
            if op is None or op[0] == "inflight" or op[1] > 0:
                raise UserError(msg("store.master_sent", id=record_local_id))
            undo = json.loads(op[2]).get("undo") or {}
            track = str(row["parent_local_id"])
            objects.delete_object(self._database, db, record_local_id)
            for op_id in undo.get("superseded", []):
                found = db.execute("SELECT payload FROM outbox WHERE id = ?", (op_id,)).fetchone()
                if found is not None:
                    payload = json.loads(found[0])
                    payload.pop("superseded", None)
                    db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (_dumps(payload), op_id))
            objects.refresh_state(self._database, db, track)
            self._database.touch("track", track)
            replaces = undo.get("replaces")
        if replaces:
            return self._attach_master(track, Path(replaces["path"]), replaces["record"])
        return None

    # -- videos and Motion Art (files sent in their create, like masters) -----------------------------
    def attach_video(self, product_local_id: str, path: Path, *, name: str,
                     track_local_id: str | None = None) -> str:
        """Queue ``path`` as the music video of a (Video) product, or of ``track_local_id`` (a track of
        that product, linked through a track video); returns the video's local id. A video not sent
        yet is replaced in place; one on the server gets the new file; none is stacked twice."""
        with self._database.tx() as db:
            objects.checked_row(self._database, "product", product_local_id)
            if track_local_id is not None:
                track = objects.checked_row(self._database, "track", track_local_id)
                if track["parent_local_id"] != product_local_id:
                    raise UsageError(msg("store.wrong_parent", id=track_local_id, parent=product_local_id))
                existing = self._linked_video(db, track_local_id)
            else:
                existing = self._product_video(db, product_local_id)
            video = self._attach_file(db, "video", product_local_id, existing, path,
                                      {"name": name, "filename": Path(path).name})
            if track_local_id is not None and existing != video:
                link = f"track_video:n-{uuid.uuid4().hex[:12]}"
                self._insert_draft(db, "track_video", link, track_local_id, {"video_local_id": video}, "")
                objects.add_op(db, "track_video", link, "create", [], {"after": video})
                objects.refresh_state(self._database, db, link)
                self._database.touch("track", track_local_id)
        return video

    def attach_motion_art(self, product_local_id: str, kind: str, path: Path) -> str:
        """Queue ``path`` as the product's Apple Motion Art of ``kind`` (one per kind); returns its
        local id."""
        if kind not in MOTION_ART_KINDS:
            raise UsageError(msg("store.motion_art_kind", kind=kind, kinds=", ".join(MOTION_ART_KINDS)))
        with self._database.tx() as db:
            objects.checked_row(self._database, "product", product_local_id)
            existing = None
            for local_id, values in self._children(db, "attachment", product_local_id):
                if values.get("kind") == kind:
                    existing = local_id
            return self._attach_file(db, "attachment", product_local_id, existing, path,
                                     {"kind": kind, "filename": Path(path).name})

    @staticmethod
    def _children(db: sqlite3.Connection, kind: str, parent: str) -> list[tuple[str, dict[str, Any]]]:
        out = []
        for local_id, base, changes in db.execute(
                "SELECT local_id, base, changes FROM objects WHERE kind = ? AND parent_local_id = ? "
                "ORDER BY id",
                (kind, parent)).fetchall():
            values = dict(json.loads(base) if base else {})
            values.update(json.loads(changes))
            out.append((str(local_id), values))
        return out

    def _product_video(self, db: sqlite3.Connection, product_local_id: str) -> str | None:
        """The product's own video: one no track links (a Video product's content)."""
        tracks = [track for track, _ in self._children(db, "track", product_local_id)]
        linked = {self._video_of_link(db, values) for track in tracks
                  for _, values in self._children(db, "track_video", track)}
        for local_id, _ in self._children(db, "video", product_local_id):
            if local_id not in linked:
                return local_id
        return None

    def _linked_video(self, db: sqlite3.Connection, track_local_id: str) -> str | None:
        for _, values in self._children(db, "track_video", track_local_id):
            found = self._video_of_link(db, values)
            if found is not None:
                return found
        return None

    @staticmethod
    def _video_of_link(db: sqlite3.Connection, values: dict[str, Any]) -> str | None:
        if values.get("video_local_id"):
            return str(values["video_local_id"])
        if values.get("video_id"):
            row = db.execute("SELECT local_id FROM objects WHERE kind = 'video' AND server_id = ?",
                             (str(values["video_id"]),)).fetchone()
            return None if row is None else str(row[0])
        return None

    def _insert_draft(self, db: sqlite3.Connection, kind: str, local_id: str, parent: str,
                      values: dict[str, Any], source: str) -> None:
        now = _now()
        cur = db.execute(
            "INSERT INTO objects (local_id, kind, parent_local_id, base, changes, sync_state, tree_state, "
            "name, source_path, created, modified) VALUES (?, ?, ?, NULL, ?, 'local', 'local', ?, ?, ?, ?)",
            (local_id, kind, parent, _dumps(values), kinds.display_name(kind, values), source or None,
             now, now),
        )
        assert cur.lastrowid is not None
        objects.index(db, cur.lastrowid, local_id, kind, parent, values, search=False)

    def _attach_file(self, db: sqlite3.Connection, kind: str, parent: str, existing: str | None, path: Path,
                     values: dict[str, Any]) -> str:
        """The one ``upload_file`` of ``existing`` (replaced when not tried yet, re-sent with the new file
        when on the server) or of a new object."""
        path = Path(path).expanduser().resolve()
        stat = _stat_file(path, "video")
        payload: dict[str, Any] = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        if existing is not None:
            row = objects.object_row(self._database, existing)
            op = db.execute("SELECT id, state, attempts FROM outbox WHERE local_id = ? "
                            "AND op = 'upload_file'", (existing,)).fetchone()
            tried = op is not None and (op[1] == "inflight" or op[2] > 0)
            if not tried:
                queued = db.execute("SELECT payload FROM outbox WHERE local_id = ? AND op = 'upload_file'",
                                    (existing,)).fetchone()
                before = json.loads(queued[0]) if queued else {}
                payload["undo"] = {"created": False, "previous": before.get("path"),
                                   "previous_undo": before.get("undo")}
                db.execute("DELETE FROM outbox WHERE local_id = ? AND op = 'upload_file'", (existing,))
                changes = {**row["changes"], **{k: v for k, v in values.items() if k != "name" or
                                                row["server_id"] is None}}
                db.execute("UPDATE objects SET changes = ?, source_path = ?, modified = ? WHERE local_id = ?",
                           (_dumps(changes), str(path), _now(), existing))
                objects.index(db, row["rowid"], existing, kind, parent, {**(row["base"] or {}), **changes},
                              search=False)
                objects.add_op(db, kind, existing, "upload_file", [], payload)
                objects.refresh_state(self._database, db, existing)
                self._database.touch(kind, existing)
                return existing
        local_id = f"{kind}:n-{uuid.uuid4().hex[:12]}"
        self._insert_draft(db, kind, local_id, parent, values, str(path))
        objects.add_op(db, kind, local_id, "upload_file", [], {**payload, "undo": {"created": True}})
        objects.refresh_state(self._database, db, local_id)
        self._database.touch(kind, local_id)
        self._database.touch("product", parent)
        return local_id

    def detach_file(self, local_id: str) -> None:
        """Undo :meth:`attach_video` or :meth:`attach_motion_art`: forget a video or attachment made
        by it (with the track links to that video), or queue again the file it replaced. Refused once
        the file was sent or is being sent."""
        with self._database.tx() as db:
            row = objects.object_row(self._database, local_id)
            kind = str(row["kind"])
            op = db.execute("SELECT id, state, attempts, payload FROM outbox WHERE local_id = ? "
                            "AND op = 'upload_file'", (local_id,)).fetchone()
            if op is None or op[1] == "inflight" or op[2] > 0:
                raise UserError(msg("store.file_sent", id=local_id))
            undo = json.loads(op[3]).get("undo") or {}
            if undo.get("created"):
                for (link,) in db.execute(
                        "SELECT local_id FROM objects WHERE kind = 'track_video' "
                        "AND json_extract(changes, '$.video_local_id') = ?", (local_id,)).fetchall():
                    objects.delete_object(self._database, db, str(link))
                objects.delete_object(self._database, db, local_id)
                self._database.touch("product", str(row["parent_local_id"]))
                return
            db.execute("DELETE FROM outbox WHERE id = ?", (op[0],))
            previous = undo.get("previous")
            if previous:
                path = Path(str(previous))
                stat = _stat_file(path, "video")
                changes = {**row["changes"], "filename": path.name}
                db.execute("UPDATE objects SET changes = ?, source_path = ?, modified = ? WHERE local_id = ?",
                           (_dumps(changes), str(path), _now(), local_id))
                objects.add_op(db, kind, local_id, "upload_file", [],
                               {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                                "undo": undo.get("previous_undo") or {}})
            objects.refresh_state(self._database, db, local_id)
            self._database.touch(kind, local_id)

    def delete_draft(self, kind: str, local_id: str) -> None:
        """Forget a draft: a new object (and what hangs under it) goes; an existing one loses its
        unsent changes and returns to the server's version. Nothing is deleted on the server."""
        with self._database.tx() as db:
            row = objects.checked_row(self._database, kind, local_id)
            subtree = objects.subtree(db, local_id)
            busy = db.execute(
                f"SELECT 1 FROM outbox WHERE state = 'inflight' AND local_id IN "
                f"({','.join('?' * len(subtree))})",
                subtree,
            ).fetchone()
            if busy is not None:
                raise UserError(msg("store.being_sent", id=local_id))
            parent = row["parent_local_id"]
            if row["server_id"] is None:
                for oid in reversed(subtree):
                    objects.delete_object(self._database, db, oid)
                for (link,) in db.execute(  # a track video of a video that goes would wait forever
                        "SELECT local_id FROM objects WHERE kind = 'track_video' "
                        "AND json_extract(changes, '$.video_local_id') = ? AND server_id IS NULL",
                        (local_id,)).fetchall():
                    objects.delete_object(self._database, db, str(link))
            else:
                db.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
                db.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
                db.execute("UPDATE objects SET changes = '{}', modified = ? WHERE id = ?",
                           (_now(), row["rowid"]))
                objects.index(db, row["rowid"], local_id, kind, parent, row["base"] or {})
                objects.refresh_state(self._database, db, local_id)
            if parent is not None and objects.exists_db(db, parent):
                objects.refresh_state(self._database, db, parent)
            self._database.touch(kind, local_id)

    def resolve(self, kind: str, local_id: str, field: str, choice: str) -> None:
        """Settle one conflicting field: keep ``"mine"`` (sent next sync) or take ``"theirs"``."""
        if choice not in ("mine", "theirs"):
            raise UsageError(msg("store.conflict_choice"))
        with self._database.tx() as db:
            row = objects.checked_row(self._database, kind, local_id)
            found = db.execute(
                "SELECT theirs, server_updated_at FROM conflicts WHERE local_id = ? AND field = ?",
                (local_id, field),
            ).fetchone()
            if found is None:
                raise UsageError(msg("store.not_in_conflict", field=field, id=local_id))
            theirs = json.loads(found[0])
            base = dict(row["base"] or {})
            base[field] = theirs  # the server's value is now what our change is based on
            changes = dict(row["changes"])
            if choice == "theirs":
                changes.pop(field, None)
            db.execute("DELETE FROM conflicts WHERE local_id = ? AND field = ?", (local_id, field))
            left = db.execute("SELECT count(*) FROM conflicts WHERE local_id = ?", (local_id,)).fetchone()
            updated_at = row["base_updated_at"]
            if left[0] == 0 and found[1]:
                updated_at = found[1]
            db.execute(
                "UPDATE objects SET base = ?, changes = ?, base_updated_at = ?, modified = ? WHERE id = ?",
                (_dumps(base), _dumps(changes), updated_at, _now(), row["rowid"]),
            )
            merged = dict(base)
            merged.update(changes)
            objects.index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged)
            for op_id, fields_json in db.execute(
                "SELECT id, fields FROM outbox WHERE local_id = ? AND op = 'update'", (local_id,)
            ).fetchall():
                fields = [f for f in json.loads(fields_json) if f in changes]
                if not fields:
                    db.execute("DELETE FROM outbox WHERE id = ?", (op_id,))
                else:
                    state = "conflict" if left[0] else "pending"
                    db.execute("UPDATE outbox SET fields = ?, state = ?, modified = ? WHERE id = ?",
                               (_dumps(fields), state, _now(), op_id))
            objects.refresh_state(self._database, db, local_id)
            self._database.touch(kind, local_id)


def _stat_file(path: Path, what: str) -> Any:
    """``what``: "cover", "video" or "audio master" (the message codes
    store.file_unreadable.<cover|video|master>)."""
    key = what if what in ("cover", "video") else "master"
    try:
        stat = path.stat()
    except OSError:
        raise UserError(msg(f"store.file_unreadable.{key}", path=str(path))) from None
    if not path.is_file():
        raise UserError(msg(f"store.not_a_file.{key}", path=str(path)))
    return stat
