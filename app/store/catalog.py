"""The cached catalog: reading objects and listings, product search, what a refresh from the server
writes (``upsert_cached``), delivery states and cached reference data.

Holds the profile's :class:`~app.store.database.Database`; see the package docstring for the design.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.resources import Label, Product, Resource, Track
from app.store import kinds, objects
from app.store.database import Database
from app.store.objects import dumps as _dumps
from app.store.objects import norm as _norm
from app.store.objects import now as _now
from app.store.rows import AttachedFile, LabelRow, ProductRow, TrackRow

_TAG_TERM = re.compile(r'tag:(?:"([^"]*)"|(\S+))', re.IGNORECASE)
_PRODUCT_COLS = (
    "o.local_id, o.server_id, o.name, o.artists, o.code, o.status, o.tree_state, o.parent_local_id, "
    "o.release_date, (SELECT count(*) FROM objects t WHERE t.kind = 'track' "
    "AND t.parent_local_id = o.local_id), o.has_cover, o.delivery_state"
)


class CatalogCache:
    """Objects as the server last showed them, overlaid with local changes; reads and cache writes."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def exists(self, local_id: str) -> bool:
        return self._database.read_one("SELECT 1 FROM objects WHERE local_id = ?", (local_id,)) is not None

    def kind_of(self, local_id: str) -> str:
        return str(objects.object_row(self._database, local_id)["kind"])

    def values(self, local_id: str) -> dict[str, Any]:
        """The object as shown and sent: base overlaid with local changes (``id`` = server id)."""
        return objects.merged(objects.object_row(self._database, local_id))

    def base_values(self, local_id: str) -> dict[str, Any]:
        return dict(objects.object_row(self._database, local_id)["base"] or {})

    def changes(self, local_id: str) -> dict[str, Any]:
        return dict(objects.object_row(self._database, local_id)["changes"])

    def base_updated_at(self, local_id: str) -> str | None:
        value = objects.object_row(self._database, local_id)["base_updated_at"]
        return str(value) if value is not None else None

    def server_id(self, local_id: str) -> str | None:
        row = self._database.read_one("SELECT server_id FROM objects WHERE local_id = ?", (local_id,))
        return None if row is None or row[0] is None else str(row[0])

    def parent_of(self, local_id: str) -> str | None:
        row = self._database.read_one("SELECT parent_local_id FROM objects WHERE local_id = ?", (local_id,))
        return None if row is None or row[0] is None else str(row[0])

    def local_id_for(self, kind: str, server_id: str) -> str | None:
        row = self._database.read_one(
            "SELECT local_id FROM objects WHERE kind = ? AND server_id = ?", (kind, str(server_id))
        )
        return None if row is None else str(row[0])

    def children(self, local_id: str, kind: str | None = None) -> list[str]:
        if kind is None:
            rows = self._database.read("SELECT local_id FROM objects WHERE parent_local_id = ? ORDER BY id",
                              (local_id,))
        else:
            rows = self._database.read(
                "SELECT local_id FROM objects WHERE kind = ? AND parent_local_id = ? ORDER BY id",
                (kind, local_id),
            )
        return [str(r[0]) for r in rows]

    def resource(self, kind: str, local_id: str) -> Resource:
        """Any object as its domain dataclass, with ``id`` = server id (None for a new draft)."""
        return kinds.from_fields(kind, objects.merged(objects.checked_row(self._database, kind, local_id)))

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

    def labels(self) -> list[LabelRow]:
        rows = self._database.read(
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
        rows = self._database.read(
            f"SELECT {_PRODUCT_COLS} FROM objects o WHERE o.kind = 'product' AND o.parent_local_id = ? "
            "ORDER BY o.name COLLATE NOCASE, o.id LIMIT ? OFFSET ?",
            (label_local_id, limit, offset),
        )
        return [self._product_row(r) for r in rows]

    def product_row(self, local_id: str) -> ProductRow:
        row = self._database.read_one(f"SELECT {_PRODUCT_COLS} FROM objects o WHERE o.local_id = ?",
                                      (local_id,))
        if row is None:
            raise UserError(msg("store.no_product", id=local_id))
        return self._product_row(row)

    def count_products(self, label_local_id: str) -> int:
        row = self._database.read_one(
            "SELECT count(*) FROM objects WHERE kind = 'product' AND parent_local_id = ?",
            (label_local_id,),
        )
        return int(row[0]) if row else 0

    def search_products(
        self, text: str, *, label_local_id: str | None = None, limit: int = 200
    ) -> list[ProductRow]:
        """Products whose title, artists, UPC or track ISRCs start with every word typed, and that
        carry every ``tag:NAME`` (``tag:"two words"``) typed, whatever its case."""
        tags = [(a or b).strip().lower() for a, b in _TAG_TERM.findall(text)]
        words = re.findall(r"\w+", _TAG_TERM.sub(" ", text).lower())
        tags = [t for t in tags if t]
        if not words and not tags:
            return []
        params: list[Any] = []
        if words:
            match = " ".join('"' + w.replace('"', "") + '"*' for w in words)
            sql = (
                f"SELECT {_PRODUCT_COLS} FROM product_search s JOIN objects o ON o.id = s.rowid "
                "WHERE product_search MATCH ?"
            )
            params.append(match)
        else:
            sql = f"SELECT {_PRODUCT_COLS} FROM objects o WHERE o.kind = 'product'"
        for tag in tags:
            # tags live in the product's fields: its local changes win over the server's base
            sql += (
                " AND EXISTS (SELECT 1 FROM json_each(coalesce(json_extract(o.changes, '$.tags'), "
                "json_extract(o.base, '$.tags'), '[]')) j WHERE lower(j.value) = ?)"
            )
            params.append(tag)
        if label_local_id is not None:
            sql += " AND o.parent_local_id = ?"
            params.append(label_local_id)
        sql += " LIMIT ?"
        params.append(limit)
        rows = [self._product_row(r) for r in self._database.read(sql, params)]
        rows.sort(key=lambda p: (p.name.lower(), p.local_id))
        return rows

    _TRACK_COLUMNS = (
        "SELECT t.local_id, t.server_id, t.name, t.artists, t.code, t.number, t.volume, "
        "t.tree_state, t.parent_local_id, "
        "(SELECT r.source_path FROM objects r WHERE r.kind = 'record' "
        " AND r.parent_local_id = t.local_id ORDER BY r.id DESC LIMIT 1), "
        "(SELECT count(*) FROM objects r WHERE r.kind = 'record' AND r.parent_local_id = t.local_id) "
        "FROM objects t WHERE t.kind = 'track' "
    )

    def tracks(self, product_local_id: str) -> list[TrackRow]:
        return self._track_rows(self._database.read(
            self._TRACK_COLUMNS + "AND t.parent_local_id = ? "
            "ORDER BY coalesce(t.volume, 1), coalesce(t.number, 1000000), t.id",
            (product_local_id,),
        ))

    def tracks_with_masters(self) -> list[TrackRow]:
        """Every track of the catalog whose master is a file on this machine (the duplicate-audio check
        compares their fingerprints)."""
        return [row for row in self._track_rows(self._database.read(
            self._TRACK_COLUMNS + "AND EXISTS (SELECT 1 FROM objects r WHERE r.kind = 'record' "
            "AND r.parent_local_id = t.local_id AND r.source_path IS NOT NULL) ORDER BY t.id", ()))
            if row.master_path]

    @staticmethod
    def _track_rows(rows: Any) -> list[TrackRow]:
        out: list[TrackRow] = []
        for r in rows:
            path = r[9]
            out.append(TrackRow(
                local_id=str(r[0]), server_id=r[1], title=r[2] or "", artists=r[3] or "", isrc=r[4],
                track_number=r[5], volume_number=r[6], sync_state=r[7], product_local_id=r[8],
                has_master=int(r[10]) > 0, master_path=path,
            ))
        return out

    def attached_files(self, parent_local_id: str, kind: str) -> list[AttachedFile]:
        """The videos (``kind`` "video") or Motion Art ("attachment") under a product, oldest first."""
        rows = self._database.read(
            "SELECT local_id, base, changes, server_id, source_path, sync_state FROM objects "
            "WHERE kind = ? AND parent_local_id = ? ORDER BY id", (kind, parent_local_id))
        out: list[AttachedFile] = []
        for r in rows:
            values = dict(json.loads(r[1]) if r[1] else {})
            values.update(json.loads(r[2]))
            values["id"] = r[3]
            out.append(AttachedFile(str(r[0]), kind, values, r[4], str(r[5])))
        return out

    def linked_video(self, track_local_id: str) -> str | None:
        """The local id of the video a track video under this track links, if any."""
        for link in self.children(track_local_id, "track_video"):
            values = self.values(link)
            if values.get("video_local_id"):
                return str(values["video_local_id"])
            if values.get("video_id"):
                found = self.local_id_for("video", str(values["video_id"]))
                if found is not None:
                    return found
        return None

    def records(self, track_local_id: str) -> list[str]:
        return self.children(track_local_id, "record")

    def products_with_upc(self, upc: str, label_local_id: str | None = None) -> list[str]:
        sql = "SELECT local_id FROM objects WHERE kind = 'product' AND code = ?"
        params: list[Any] = [upc]
        if label_local_id is not None:
            sql += " AND parent_local_id = ?"
            params.append(label_local_id)
        return [str(r[0]) for r in self._database.read(sql + " ORDER BY id", params)]

    def upsert_cached(self, kind: str, obj: Resource, parent_local_id: str | None = None) -> str:
        return self.upsert_cached_many(kind, [(obj, parent_local_id)])[0]

    def upsert_cached_many(
        self, kind: str, items: Iterable[tuple[Resource, str | None]]
    ) -> list[str]:
        """Store objects read from the server (one transaction). Objects with local changes keep
        their base, so their conflicts are still seen at the next sync."""
        out: list[str] = []
        touched_parents: set[str] = set()
        with self._database.tx() as db:
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
                    if objects.exists_db(db, local_id):  # pathological: keep ids unique
                        local_id = f"{kind}:{sid}-{uuid.uuid4().hex[:6]}"
                    cur = db.execute(
                        "INSERT INTO objects (local_id, kind, server_id, parent_local_id, base, "
                        "base_updated_at, changes, created, modified) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                        (local_id, kind, sid, parent, _dumps(values), values.get("updated_at"), now, now),
                    )
                    assert cur.lastrowid is not None
                    objects.index(db, cur.lastrowid, local_id, kind, parent, values)
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
                        objects.index(db, rowid, local_id, kind, parent, values)
                if parent is not None:
                    touched_parents.add(parent)
                out.append(local_id)
                self._database.touch(kind, local_id)
            for parent in touched_parents:
                self._database.touch(kinds.PARENT.get(kind, ("label", ""))[0], parent)
        return out

    def ensure_cached(self, kind: str, server_id: str, **fields: Any) -> str:
        """A local id for a server object known only by id (e.g. ``import --label 12`` offline)."""
        found = self.local_id_for(kind, server_id)
        if found is not None:
            return found
        obj = kinds.from_fields(kind, {"id": str(server_id), **fields})
        return self.upsert_cached(kind, obj)

    def set_delivery_states(self, states: Mapping[str, str | None]) -> None:
        with self._database.tx() as db:
            for local_id, state in states.items():
                db.execute("UPDATE objects SET delivery_state = ? WHERE local_id = ?", (state, local_id))
                self._database.touch("product", local_id)

    def reference(self, kind: str) -> list[Resource]:
        """Cached reference data (languages, product types, ...), by name."""
        rows = self._database.read(
            "SELECT local_id FROM objects WHERE kind = ? ORDER BY name COLLATE NOCASE, id", (kind,)
        )
        return [self.resource(kind, str(r[0])) for r in rows]
