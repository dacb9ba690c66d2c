"""The SQLite store: cached catalog, drafts and outbox (see the package docstring for the design)."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import UsageError, UserError
from app.domain.messages import TEXTS, Message, msg
from app.domain.resources import Label, Product, Resource, Track
from app.store import kinds, outbox
from app.store.rows import Conflict, LabelRow, OutboxOp, ProductRow, TrackRow
from app.store.schema import migrate

Listener = Callable[[str, list[str]], None]

_SEVERITY = {"synced": 0, "pending": 1, "local": 1, "syncing": 2, "rejected": 3, "conflict": 4}
_SEARCHED = frozenset({"name", "artist", "upc_code", "isrc_code"})

_PRODUCT_COLS = (
    "o.local_id, o.server_id, o.name, o.artists, o.code, o.status, o.tree_state, o.parent_local_id, "
    "o.release_date, (SELECT count(*) FROM objects t WHERE t.kind = 'track' "
    "AND t.parent_local_id = o.local_id), o.has_cover, o.delivery_state"
)


def _dumps(value: Any) -> str:
    # default=str: a date or Decimal from an editor is kept as its ISO/text form, as the API wants
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def _norm(value: Any) -> Any:
    """The value as it will come back from JSON (tuples become lists), for equality tests."""
    return json.loads(_dumps(value))


def _now() -> float:
    return time.time()


@dataclass(frozen=True)
class CoverBefore:
    """A product's cover before :meth:`Store.set_cover`: the queued file (not sent yet), if any."""

    path: str | None
    has_cover: bool


class Store:
    """One profile's catalog file. Thread-safe; every public write is one transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._touched: dict[str, set[str]] | None = None
        self._closed = False

    # ----------------------------------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path) -> Store:
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

    @classmethod
    def for_profile(cls, profile: str = "default") -> Store:
        from app.platform.paths import profile_dir

        return cls.open(profile_dir(profile) / "catalog.sqlite3")

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------------- transactions
    def add_listener(self, callback: Listener) -> None:
        """``callback(kind, local_ids)`` after every commit that changed objects of that kind."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; listeners hear about it after the commit, outside the lock."""
        with self._lock:
            if self._touched is not None:  # nested: part of the outer transaction
                yield self._conn
                return
            self._touched = {}
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._touched = None
                raise
            touched, self._touched = self._touched, None
        for kind, ids in touched.items():
            for listener in list(self._listeners):
                listener(kind, sorted(ids))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several edits into one commit (an import is all or nothing, even under kill -9)."""
        with self._tx():
            yield

    def _touch(self, kind: str, local_id: str) -> None:
        if self._touched is not None:
            self._touched.setdefault(kind, set()).add(local_id)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _read_one(self, sql: str, params: Iterable[Any] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            row: tuple[Any, ...] | None = self._conn.execute(sql, tuple(params)).fetchone()
            return row

    # ------------------------------------------------------------------------------- object access
    def _row(self, local_id: str) -> dict[str, Any]:
        row = self._read_one(
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

    def _checked_row(self, kind: str, local_id: str) -> dict[str, Any]:
        row = self._row(local_id)
        if row["kind"] != kind:
            raise UsageError(msg("store.wrong_kind", id=local_id, actual=str(row["kind"]), expected=kind))
        return row

    @staticmethod
    def _merged(row: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = dict(row["base"] or {})
        values.update(row["changes"])
        values["id"] = row["server_id"]
        return values

    def exists(self, local_id: str) -> bool:
        return self._read_one("SELECT 1 FROM objects WHERE local_id = ?", (local_id,)) is not None

    def kind_of(self, local_id: str) -> str:
        return str(self._row(local_id)["kind"])

    def values(self, local_id: str) -> dict[str, Any]:
        """The object as shown and sent: base overlaid with local changes (``id`` = server id)."""
        return self._merged(self._row(local_id))

    def base_values(self, local_id: str) -> dict[str, Any]:
        return dict(self._row(local_id)["base"] or {})

    def changes(self, local_id: str) -> dict[str, Any]:
        return dict(self._row(local_id)["changes"])

    def base_updated_at(self, local_id: str) -> str | None:
        value = self._row(local_id)["base_updated_at"]
        return str(value) if value is not None else None

    def server_id(self, local_id: str) -> str | None:
        row = self._read_one("SELECT server_id FROM objects WHERE local_id = ?", (local_id,))
        return None if row is None or row[0] is None else str(row[0])

    def parent_of(self, local_id: str) -> str | None:
        row = self._read_one("SELECT parent_local_id FROM objects WHERE local_id = ?", (local_id,))
        return None if row is None or row[0] is None else str(row[0])

    def local_id_for(self, kind: str, server_id: str) -> str | None:
        row = self._read_one(
            "SELECT local_id FROM objects WHERE kind = ? AND server_id = ?", (kind, str(server_id))
        )
        return None if row is None else str(row[0])

    def children(self, local_id: str, kind: str | None = None) -> list[str]:
        if kind is None:
            rows = self._read("SELECT local_id FROM objects WHERE parent_local_id = ? ORDER BY id",
                              (local_id,))
        else:
            rows = self._read(
                "SELECT local_id FROM objects WHERE kind = ? AND parent_local_id = ? ORDER BY id",
                (kind, local_id),
            )
        return [str(r[0]) for r in rows]

    def resource(self, kind: str, local_id: str) -> Resource:
        """Any object as its domain dataclass, with ``id`` = server id (None for a new draft)."""
        return kinds.from_fields(kind, self._merged(self._checked_row(kind, local_id)))

    def label(self, local_id: str) -> Label:
        obj = self.resource("label", local_id)
        assert isinstance(obj, Label)
        return obj

    def product(self, local_id: str) -> Product:
        obj = self.resource("product", local_id)
        assert isinstance(obj, Product)
        return obj

    def track(self, local_id: str) -> Track:
        obj = self.resource("track", local_id)
        assert isinstance(obj, Track)
        return obj

    # ----------------------------------------------------------------------------------- listings
    def labels(self) -> list[LabelRow]:
        rows = self._read(
            "SELECT l.local_id, l.server_id, l.name, (SELECT count(*) FROM objects p "
            "WHERE p.kind = 'product' AND p.parent_local_id = l.local_id), l.tree_state "
            "FROM objects l WHERE l.kind = 'label' ORDER BY l.name COLLATE NOCASE, l.id"
        )
        # a label known only by id (``import --label 12`` before any refresh) shows its id
        return [LabelRow(str(r[0]), r[1], r[2] or f"Label {r[1] or r[0]}", int(r[3]), r[4]) for r in rows]

    @staticmethod
    def _product_row(r: tuple[Any, ...]) -> ProductRow:
        return ProductRow(
            local_id=str(r[0]), server_id=r[1], name=r[2] or "", artists=r[3] or "", upc=r[4],
            status=r[5], sync_state=r[6], label_local_id=r[7], release_date=r[8],
            track_count=int(r[9]), has_cover=bool(r[10]), delivery_state=r[11],
        )

    def products(self, label_local_id: str, *, offset: int = 0, limit: int = 200) -> list[ProductRow]:
        rows = self._read(
            f"SELECT {_PRODUCT_COLS} FROM objects o WHERE o.kind = 'product' AND o.parent_local_id = ? "
            "ORDER BY o.name COLLATE NOCASE, o.id LIMIT ? OFFSET ?",
            (label_local_id, limit, offset),
        )
        return [self._product_row(r) for r in rows]

    def product_row(self, local_id: str) -> ProductRow:
        row = self._read_one(f"SELECT {_PRODUCT_COLS} FROM objects o WHERE o.local_id = ?", (local_id,))
        if row is None:
            raise UserError(msg("store.no_product", id=local_id))
        return self._product_row(row)

    def count_products(self, label_local_id: str) -> int:
        row = self._read_one(
            "SELECT count(*) FROM objects WHERE kind = 'product' AND parent_local_id = ?",
            (label_local_id,),
        )
        return int(row[0]) if row else 0

    def search_products(
        self, text: str, *, label_local_id: str | None = None, limit: int = 200
    ) -> list[ProductRow]:
        """Products whose title, artists, UPC or track ISRCs start with every word typed."""
        words = re.findall(r"\w+", text.lower())
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        sql = (
            f"SELECT {_PRODUCT_COLS} FROM product_search s JOIN objects o ON o.id = s.rowid "
            "WHERE product_search MATCH ?"
        )
        params: list[Any] = [match]
        if label_local_id is not None:
            sql += " AND s.label_local_id = ?"
            params.append(label_local_id)
        sql += " LIMIT ?"
        params.append(limit)
        rows = [self._product_row(r) for r in self._read(sql, params)]
        rows.sort(key=lambda p: (p.name.lower(), p.local_id))
        return rows

    def tracks(self, product_local_id: str) -> list[TrackRow]:
        rows = self._read(
            "SELECT t.local_id, t.server_id, t.name, t.artists, t.code, t.number, t.volume, "
            "t.tree_state, t.parent_local_id, "
            "(SELECT r.source_path FROM objects r WHERE r.kind = 'record' "
            " AND r.parent_local_id = t.local_id ORDER BY r.id DESC LIMIT 1), "
            "(SELECT count(*) FROM objects r WHERE r.kind = 'record' AND r.parent_local_id = t.local_id) "
            "FROM objects t WHERE t.kind = 'track' AND t.parent_local_id = ? "
            "ORDER BY coalesce(t.volume, 1), coalesce(t.number, 1000000), t.id",
            (product_local_id,),
        )
        out: list[TrackRow] = []
        for r in rows:
            path = r[9]
            out.append(TrackRow(
                local_id=str(r[0]), server_id=r[1], title=r[2] or "", artists=r[3] or "", isrc=r[4],
                track_number=r[5], volume_number=r[6], sync_state=r[7], product_local_id=r[8],
                has_master=int(r[10]) > 0, master_path=path,
            ))
        return out

    def records(self, track_local_id: str) -> list[str]:
        return self.children(track_local_id, "record")

    def products_with_upc(self, upc: str, label_local_id: str | None = None) -> list[str]:
        sql = "SELECT local_id FROM objects WHERE kind = 'product' AND code = ?"
        params: list[Any] = [upc]
        if label_local_id is not None:
            sql += " AND parent_local_id = ?"
            params.append(label_local_id)
        return [str(r[0]) for r in self._read(sql + " ORDER BY id", params)]

    def drafts(self, *, include_synced: bool = True) -> list[tuple[str, str, str, str]]:
        """Drafts as (kind, local_id, name, sync state), oldest first: every object with something
        unsent and, with ``include_synced``, the objects made here that have since been synced."""
        where = "sync_state != 'synced'"
        if include_synced:
            where += " OR local_id GLOB '*:n-*'"
        rows = self._read(f"SELECT kind, local_id, name, sync_state FROM objects WHERE {where} ORDER BY id")
        return [(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3])) for r in rows]

    # ------------------------------------------------------------------------------------- editing
    def create_label(self, **fields: Any) -> str:
        return self._create("label", None, fields)

    def create_product(self, label_local_id: str, **fields: Any) -> str:
        self._checked_row("label", label_local_id)
        fields.setdefault("status", "draft")
        return self._create("product", label_local_id, fields)

    def create_track(self, product_local_id: str, **fields: Any) -> str:
        self._checked_row("product", product_local_id)
        return self._create("track", product_local_id, fields)

    def create_offer(self, product_local_id: str, **fields: Any) -> str:
        self._checked_row("product", product_local_id)
        return self._create("offer", product_local_id, fields)

    def create_right(self, product_local_id: str, **fields: Any) -> str:
        self._checked_row("product", product_local_id)
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
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO objects (local_id, kind, parent_local_id, base, changes, sync_state, "
                "tree_state, created, modified) VALUES (?, ?, ?, NULL, ?, 'local', 'local', ?, ?)",
                (local_id, kind, parent_local_id, _dumps(values), now, now),
            )
            rowid = cur.lastrowid
            assert rowid is not None
            self._index(db, rowid, local_id, kind, parent_local_id, values)
            self._add_op(db, kind, local_id, "create", [], {})
            self._refresh_state(db, local_id)
            self._touch(kind, local_id)
        return local_id

    def edit(self, kind: str, local_id: str, changes: dict[str, Any]) -> None:
        """Commit ``changes`` (domain field -> value) to a draft at once and queue them for sync."""
        if kind not in kinds.DRAFTABLE:
            raise UsageError(msg("store.not_editable_kind", kind=kind))
        clean = self._validate_changes(kind, changes)
        if not clean:
            return
        with self._tx() as db:
            row = self._checked_row(kind, local_id)
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
            self._index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged,
                        search=bool(_SEARCHED & set(clean)))
            self._queue_update(db, row, set(clean), current)
            self._refresh_state(db, local_id)
            self._touch(kind, local_id)

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
                    self._add_op(db, row["kind"], local_id, "create", [], {})
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
            self._add_op(db, kind, local_id, "update", sorted(fields), {})

    def _add_op(
        self, db: sqlite3.Connection, kind: str, local_id: str, op: str, fields: list[str],
        payload: dict[str, Any],
    ) -> int:
        return outbox.add(db, kind, local_id, op, fields, payload)

    def set_cover(self, product_local_id: str, path: Path) -> CoverBefore:
        """Queue ``path`` as the product's front cover (the file is read when it is sent); returns
        what it replaced, for :meth:`restore_cover` (undo)."""
        path = Path(path).expanduser().resolve()
        stat = _stat_file(path, "cover")
        payload = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        with self._tx() as db:
            row = self._checked_row("product", product_local_id)
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
            self._add_op(db, "product", product_local_id, "upload_cover", [], payload)
            db.execute("UPDATE objects SET has_cover = 1, modified = ? WHERE id = ?", (_now(), row["rowid"]))
            self._refresh_state(db, product_local_id)
            self._touch("product", product_local_id)
        return before

    def restore_cover(self, product_local_id: str, before: CoverBefore) -> None:
        """Undo :meth:`set_cover`: take back the queued cover and queue again the one it replaced."""
        with self._tx() as db:
            row = self._checked_row("product", product_local_id)
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
                self._add_op(db, "product", product_local_id, "upload_cover", [], payload)
            db.execute("UPDATE objects SET has_cover = ?, modified = ? WHERE id = ?",
                       (1 if before.has_cover or before.path else 0, _now(), row["rowid"]))
            self._refresh_state(db, product_local_id)
            self._touch("product", product_local_id)

    def attach_master(self, track_local_id: str, path: Path) -> str:
        """Queue ``path`` as the track's audio master; returns the record's local id."""
        return self._attach_master(track_local_id, path, None)

    def _attach_master(self, track_local_id: str, path: Path, record_local_id: str | None) -> str:
        path = Path(path).expanduser().resolve()
        stat = _stat_file(path, "audio master")
        payload: dict[str, Any] = {"path": str(path), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        undo: dict[str, Any] = {"replaces": None, "superseded": []}  # what detach_master puts back
        with self._tx() as db:
            self._checked_row("track", track_local_id)
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
                    self._delete_object(db, rec_id)
                else:
                    replaced = {**json.loads(op[3]), "superseded": True}
                    db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (_dumps(replaced), op[0]))
                    undo["superseded"].append(op[0])
            local_id = record_local_id or f"record:n-{uuid.uuid4().hex[:12]}"
            values = {"filename": path.name}
            now = _now()
            cur = db.execute(
                "INSERT INTO objects (local_id, kind, parent_local_id, base, changes, sync_state, "
                "tree_state, name, source_path, created, modified) "
                "VALUES (?, 'record', ?, NULL, ?, 'local', 'local', ?, ?, ?, ?)",
                (local_id, track_local_id, _dumps(values), path.name, str(path), now, now),
            )
            assert cur.lastrowid is not None
            self._add_op(db, "record", local_id, "upload_record", [], {**payload, "undo": undo})
            self._refresh_state(db, local_id)
            self._touch("record", local_id)
            self._touch("track", track_local_id)
        return local_id

    def detach_master(self, record_local_id: str) -> str | None:
        """Undo :meth:`attach_master`: forget the record (never tried to upload) and put back the
        master it replaced, under its old id (an earlier undo step names it); returns that id, if any."""
        with self._tx() as db:
            row = self._checked_row("record", record_local_id)
            op = db.execute("SELECT state, attempts, payload FROM outbox WHERE local_id = ? "
                            "AND op = 'upload_record'", (record_local_id,)).fetchone()
            if op is None or op[0] == "inflight" or op[1] > 0:
                raise UserError(msg("store.master_sent", id=record_local_id))
            undo = json.loads(op[2]).get("undo") or {}
            track = str(row["parent_local_id"])
            self._delete_object(db, record_local_id)
            for op_id in undo.get("superseded", []):
                found = db.execute("SELECT payload FROM outbox WHERE id = ?", (op_id,)).fetchone()
                if found is not None:
                    payload = json.loads(found[0])
                    payload.pop("superseded", None)
                    db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (_dumps(payload), op_id))
            self._refresh_state(db, track)
            self._touch("track", track)
            replaces = undo.get("replaces")
        if replaces:
            return self._attach_master(track, Path(replaces["path"]), replaces["record"])
        return None

    def delete_draft(self, kind: str, local_id: str) -> None:
        """Forget a draft: a new object (and what hangs under it) goes; an existing one loses its
        unsent changes and returns to the server's version. Nothing is deleted on the server."""
        with self._tx() as db:
            row = self._checked_row(kind, local_id)
            subtree = self._subtree(db, local_id)
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
                    self._delete_object(db, oid)
            else:
                db.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
                db.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
                db.execute("UPDATE objects SET changes = '{}', modified = ? WHERE id = ?",
                           (_now(), row["rowid"]))
                self._index(db, row["rowid"], local_id, kind, parent, row["base"] or {})
                self._refresh_state(db, local_id)
            if parent is not None and self._exists_db(db, parent):
                self._refresh_state(db, parent)
            self._touch(kind, local_id)

    def _subtree(self, db: sqlite3.Connection, local_id: str) -> list[str]:
        out = [local_id]
        i = 0
        while i < len(out):
            out.extend(str(r[0]) for r in db.execute(
                "SELECT local_id FROM objects WHERE parent_local_id = ?", (out[i],)).fetchall())
            i += 1
        return out

    def _delete_object(self, db: sqlite3.Connection, local_id: str) -> None:
        row = db.execute("SELECT id, kind FROM objects WHERE local_id = ?", (local_id,)).fetchone()
        if row is None:
            return
        db.execute("DELETE FROM product_search WHERE rowid = ?", (row[0],))
        db.execute("DELETE FROM objects WHERE id = ?", (row[0],))
        db.execute("DELETE FROM outbox WHERE local_id = ?", (local_id,))
        db.execute("DELETE FROM conflicts WHERE local_id = ?", (local_id,))
        self._touch(str(row[1]), local_id)

    @staticmethod
    def _exists_db(db: sqlite3.Connection, local_id: str) -> bool:
        return db.execute("SELECT 1 FROM objects WHERE local_id = ?", (local_id,)).fetchone() is not None

    # ------------------------------------------------------------------------ indexes and states
    def _index(
        self, db: sqlite3.Connection, rowid: int, local_id: str, kind: str, parent: str | None,
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
            self._index_product_search(db, rowid, local_id, parent, values)
        elif kind == "track" and parent is not None:
            prow = db.execute("SELECT id, parent_local_id, base, changes FROM objects WHERE local_id = ?",
                              (parent,)).fetchone()
            if prow is not None:
                pvalues = json.loads(prow[2]) if prow[2] else {}
                pvalues.update(json.loads(prow[3]))
                self._index_product_search(db, prow[0], parent, prow[1], pvalues)

    def _index_product_search(
        self, db: sqlite3.Connection, rowid: int, local_id: str, label: str | None,
        values: dict[str, Any],
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

    def _refresh_state(self, db: sqlite3.Connection, local_id: str) -> None:
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
                    tree = _combine(tree, str(child_state))
            db.execute("UPDATE objects SET sync_state = ?, tree_state = ? WHERE id = ?",
                       (own, tree, rowid))
            self._touch(str(kind), str(current))
            first = False
            current = parent if kind != "label" else None

    # ---------------------------------------------------------------------------- outbox queries
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
        return dataclasses.replace(op, description=self._describe(op))

    def _describe(self, op: OutboxOp) -> Message:
        """One line naming the operation so a user recognises it: the track of which album."""
        name, parent = self._name_and_parent(op.local_id)
        subject = msg(f"outbox.subject.{op.kind}", name=name or op.local_id or "") \
            if f"outbox.subject.{op.kind}" in TEXTS else msg("outbox.subject.other", kind=op.kind,
                                                             name=name or op.local_id or "")
        if op.kind == "track":
            subject = self._track_label(op.local_id)
        if op.op == "create":
            return msg("outbox.create", subject=subject)
        if op.op == "update":
            return msg("outbox.update", subject=subject, fields=", ".join(op.fields))
        file_name = Path(str(op.payload.get("path", ""))).name
        if op.op == "upload_cover":
            return msg("outbox.upload_cover", file=file_name, product=name)
        track = self._track_label(parent) if parent else msg("outbox.subject.some_track")
        if op.payload.get("superseded"):
            return msg("outbox.check_replaced", file=file_name, track=track)
        return msg("outbox.upload_master", file=file_name, track=track)

    def _name_and_parent(self, local_id: str | None) -> tuple[str, str | None]:
        row = self._read_one("SELECT name, parent_local_id FROM objects WHERE local_id = ?", (local_id,))
        return ("", None) if row is None else (str(row[0] or ""), row[1])

    def _track_label(self, local_id: str) -> Message:
        row = self._read_one("SELECT name, parent_local_id, number, volume FROM objects WHERE local_id = ?",
                             (local_id,))
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
        with self._lock:
            return outbox.field_errors(self._conn, local_id, kind)

    def conflicts(self, kind: str, local_id: str) -> list[Conflict]:
        self._checked_row(kind, local_id)
        with self._lock:
            return outbox.conflicts(self._conn, local_id)

    def resolve(self, kind: str, local_id: str, field: str, choice: str) -> None:
        """Settle one conflicting field: keep ``"mine"`` (sent next sync) or take ``"theirs"``."""
        if choice not in ("mine", "theirs"):
            raise UsageError(msg("store.conflict_choice"))
        with self._tx() as db:
            row = self._checked_row(kind, local_id)
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
            self._index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged)
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
            self._refresh_state(db, local_id)
            self._touch(kind, local_id)

    # ------------------------------------------------------------------ used by app/sync (engine)
    def ready_operations(self) -> list[OutboxOp]:
        """Operations that may be sent now, in order: not rejected/in conflict, parent created,
        and no earlier open operation on the same object. One query, whatever the queue's size."""
        rows = self._read(
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
            if op not in ("create", "upload_record") and own_sid is None:
                continue
            out.append(self._described(outbox.op_from_row(r)))
        return out

    def waiting_reason(self, op: OutboxOp) -> Message | None:
        """Why an operation cannot go now (its parent is not on the server yet), or None."""
        parent = self.parent_of(op.local_id)
        if parent is not None and op.kind in kinds.PARENT and self.server_id(parent) is None:
            pstate = self._read_one("SELECT sync_state, name FROM objects WHERE local_id = ?", (parent,))
            state = pstate[0] if pstate else "missing"
            name = (pstate[1] if pstate else "") or parent
            kind = kinds.PARENT[op.kind][0]
            subject = (msg(f"outbox.subject.{kind}", name=name) if f"outbox.subject.{kind}" in TEXTS
                       else msg("outbox.subject.other", kind=kind, name=name))
            return msg("outbox.waits_for", subject=subject, state=str(state))
        return None

    def mark_inflight(self, op_id: int, payload: dict[str, Any] | None = None) -> None:
        """Committed before the request goes out (with the file fingerprint, for uploads)."""
        with self._tx() as db:
            for local_id in outbox.mark_inflight(db, op_id, payload):
                self._refresh_state(db, local_id)

    def release_inflight(self) -> int:
        """Operations left in flight by a sync that died go back to the queue (their attempts
        counter stays, so creates are looked up before being sent again). Call only while holding
        the sync lock. Returns how many there were."""
        with self._tx() as db:
            released = outbox.release_inflight(db)
            for local_id in released:
                self._refresh_state(db, local_id)
        return len(released)

    def mark_pending(self, op_id: int, error: str | None = None) -> None:
        """Back in the queue after a failure that may pass (offline, 5xx, expired login)."""
        self._set_op_state(op_id, "pending", error, None)

    def mark_rejected(self, op_id: int, message: str, field_errors: dict[str, str]) -> None:
        self._set_op_state(op_id, "rejected", message, field_errors)

    def _set_op_state(
        self, op_id: int, state: str, error: str | None, field_errors: dict[str, str] | None
    ) -> None:
        with self._tx() as db:
            for local_id in outbox.set_state(db, op_id, state, error, field_errors):
                self._refresh_state(db, local_id)

    def mark_conflict(self, op_id: int, conflicts: list[Conflict], server_updated_at: str | None) -> None:
        fields = ", ".join(c.field for c in conflicts)
        with self._tx() as db:
            for local_id in outbox.hold_conflicts(db, op_id, conflicts, server_updated_at,
                                                  f"changed on the server too: {fields}"):
                self._refresh_state(db, local_id)

    def rebase(self, local_id: str, server: dict[str, Any], fields: Iterable[str]) -> None:
        """Take the server's value of ``fields`` (that only the server changed) into the base."""
        with self._tx() as db:
            row = self._row(local_id)
            base = dict(row["base"] or {})
            for name in fields:
                base[name] = _norm(server.get(name))
            db.execute("UPDATE objects SET base = ?, modified = ? WHERE id = ?",
                       (_dumps(base), _now(), row["rowid"]))
            merged = dict(base)
            merged.update(row["changes"])
            self._index(db, row["rowid"], local_id, row["kind"], row["parent_local_id"], merged)
            self._touch(row["kind"], local_id)

    def complete(self, op_id: int, server: Resource, sent: dict[str, Any]) -> None:
        """The server acted on operation ``op_id`` and answered ``server``: adopt its id and state.

        ``sent`` holds the field values that went out; local changes still equal to them are
        done, changes made while the request was in flight stay (and are queued again)."""
        with self._tx() as db:
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
        row = self._row(local_id)
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
                self._delete_object(db, str(other[0]))
        db.execute(
            "UPDATE objects SET server_id = coalesce(server_id, ?), base = ?, base_updated_at = ?, "
            "changes = ?, modified = ? WHERE id = ?",
            (None if server_id is None else str(server_id), _dumps(base), base_updated_at,
             _dumps(changes), _now(), row["rowid"]),
        )
        merged = dict(base)
        merged.update(changes)
        self._index(db, row["rowid"], local_id, kind, row["parent_local_id"], merged)
        if changes:
            open_update = db.execute(
                "SELECT 1 FROM outbox WHERE local_id = ? AND op IN ('create', 'update')", (local_id,)
            ).fetchone()
            sendable = kinds.sendable_fields(kind)
            leftover = sorted(f for f in changes if f in sendable)
            if open_update is None and leftover:
                self._add_op(db, kind, local_id, "update", leftover, {})
        self._refresh_state(db, local_id)
        self._touch(kind, local_id)

    # ------------------------------------------------------------------------- catalog cache
    def upsert_cached(self, kind: str, obj: Resource, parent_local_id: str | None = None) -> str:
        return self.upsert_cached_many(kind, [(obj, parent_local_id)])[0]

    def upsert_cached_many(
        self, kind: str, items: Iterable[tuple[Resource, str | None]]
    ) -> list[str]:
        """Store objects read from the server (one transaction). Objects with local changes keep
        their base, so their conflicts are still seen at the next sync."""
        out: list[str] = []
        touched_parents: set[str] = set()
        with self._tx() as db:
            for obj, parent in items:
                if obj.id is None:
                    continue
                values = kinds.to_fields(obj)
                values.pop("id", None)
                values = _norm(values)
                sid = str(obj.id)
                found = db.execute(
                    "SELECT id, local_id, changes, parent_local_id FROM objects "
                    "WHERE kind = ? AND server_id = ?",
                    (kind, sid),
                ).fetchone()
                now = _now()
                if found is None:
                    local_id = f"{kind}:{sid}"
                    if self._exists_db(db, local_id):  # pathological: keep ids unique
                        local_id = f"{kind}:{sid}-{uuid.uuid4().hex[:6]}"
                    cur = db.execute(
                        "INSERT INTO objects (local_id, kind, server_id, parent_local_id, base, "
                        "base_updated_at, changes, created, modified) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                        (local_id, kind, sid, parent, _dumps(values), values.get("updated_at"), now, now),
                    )
                    assert cur.lastrowid is not None
                    self._index(db, cur.lastrowid, local_id, kind, parent, values)
                else:
                    rowid, local_id, changes_json, old_parent = found
                    parent = parent if parent is not None else old_parent
                    if changes_json == "{}" and db.execute(
                        "SELECT 1 FROM outbox WHERE local_id = ?", (local_id,)
                    ).fetchone() is None:
                        db.execute(
                            "UPDATE objects SET base = ?, base_updated_at = ?, parent_local_id = ?, "
                            "modified = ? WHERE id = ?",
                            (_dumps(values), values.get("updated_at"), parent, now, rowid),
                        )
                        self._index(db, rowid, local_id, kind, parent, values)
                if parent is not None:
                    touched_parents.add(parent)
                out.append(local_id)
                self._touch(kind, local_id)
            for parent in touched_parents:
                self._touch(kinds.PARENT.get(kind, ("label", ""))[0], parent)
        return out

    def ensure_cached(self, kind: str, server_id: str, **fields: Any) -> str:
        """A local id for a server object known only by id (e.g. ``import --label 12`` offline)."""
        found = self.local_id_for(kind, server_id)
        if found is not None:
            return found
        obj = kinds.from_fields(kind, {"id": str(server_id), **fields})
        return self.upsert_cached(kind, obj)

    def set_delivery_states(self, states: Mapping[str, str | None]) -> None:
        with self._tx() as db:
            for local_id, state in states.items():
                db.execute("UPDATE objects SET delivery_state = ? WHERE local_id = ?", (state, local_id))
                self._touch("product", local_id)

    def reference(self, kind: str) -> list[Resource]:
        """Cached reference data (languages, product types, ...), by name."""
        rows = self._read(
            "SELECT local_id FROM objects WHERE kind = ? ORDER BY name COLLATE NOCASE, id", (kind,)
        )
        return [self.resource(kind, str(r[0])) for r in rows]

    # ------------------------------------------------------------------------------- settings
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._read_one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self._tx() as db:
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def integrity_ok(self) -> bool:
        row = self._read_one("PRAGMA integrity_check")
        return bool(row and row[0] == "ok")


def _combine(tree: str, child: str) -> str:
    """A parent's tree state given one child's: the worse wins; unsent children make it pending."""
    if child == "synced":
        return tree
    child_for_parent = "pending" if child == "local" else child
    if tree == "local" and _SEVERITY[child_for_parent] <= _SEVERITY["local"]:
        return "local"
    if _SEVERITY[child_for_parent] > _SEVERITY[tree]:
        return child_for_parent
    return tree


def _stat_file(path: Path, what: str) -> Any:
    """``what``: "cover" or "audio master" (the message codes store.file_unreadable.<cover|master>)."""
    key = "cover" if what == "cover" else "master"
    try:
        stat = path.stat()
    except OSError:
        raise UserError(msg(f"store.file_unreadable.{key}", path=str(path))) from None
    if not path.is_file():
        raise UserError(msg(f"store.not_a_file.{key}", path=str(path)))
    return stat
