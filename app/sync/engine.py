"""The distributor catalog's adapter for the outbox engine (``app/sync/outbox.py``).

The engine owns the run, the in-flight marking and what each failure means; this module says how
each operation of the catalog is sent:
- a create picked up with ``attempts > 0`` (a kill, a crash or an ambiguous failure happened after
  an earlier attempt began) is first looked up on the server by natural key and adopted if found;
- an update first reads the server object: fields both sides changed become conflicts (the
  operation waits for the user), fields only the server changed are taken, fields only we changed
  are sent;
- a master or cover upload carries the file's fingerprint, committed with the in-flight mark, so
  an upload whose answer was lost is found again instead of sent twice;
- objects wait for their parent's server id (``CatalogOutbox.ready_operations``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from app.api.errors import Cancelled, ValidationFailed
from app.domain.errors import UserError
from app.domain.messages import msg
from app.domain.resources import (
    AssetAttachment,
    Label,
    Offer,
    Product,
    Record,
    Resource,
    Right,
    Track,
    TrackVideo,
    Video,
)
from app.store import kinds
from app.store.catalog import CatalogCache
from app.store.drafts import Drafts
from app.store.objects import norm as _norm
from app.store.queue import CatalogOutbox
from app.store.rows import Conflict, OutboxOp
from app.sync.outbox import (
    OutboxEngine,
    Outcome,
    Policy,
    Step,
    SyncProgress,
    SyncReport,
    send_exactly_once,
)

__all__ = ["Client", "DistributorAdapter", "SyncEngine", "SyncProgress", "SyncReport", "file_md5"]

log = logging.getLogger(__name__)


class Client(Protocol):
    """What the engine needs of ``app.api.client.ApiClient``."""

    @property
    def request_count(self) -> int: ...

    def list(self, cls: type[Any], *, filters: dict[str, str] | None = None,
             include: Any = None, sort: Any = None, page_size: int = 200,
             prefetch: int = 4) -> Any: ...

    def get(self, cls: type[Any], id: str, include: Any = None) -> Any: ...

    def create(self, obj: Any) -> Any: ...

    def update(self, obj: Any, fields: Any = None) -> Any: ...

    def upload_record(self, track_id: str, path: Path, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: threading.Event | None = None,
                      master_type: str | None = None, precision: int | None = None) -> Record: ...

    def upload_video(self, video: Video, path: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Video: ...

    def upload_attachment(self, attachment: AssetAttachment, path: Path, *,
                          progress: Callable[[int, int], None] | None = None,
                          cancel: threading.Event | None = None) -> AssetAttachment: ...

    def upload_cover(self, product_id: str, path: Path, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> Product: ...

    def whoami(self) -> Any: ...


# Fields a create is found again by (see _lookup), remembered per attempt.
_NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "product": ("upc_code", "name"),
    "track": ("isrc_code", "track_number", "volume_number"),
    "label": ("name",),
    "offer": ("release_type", "dsp_upload_identification_ids"),
    "right": ("action", "dsp_ids", "territory_ids", "continent_ids"),
    "track_video": ("video_id",),
}


def file_md5(path: Path, progress: Callable[[int, int], None] | None = None,
             cancel: threading.Event | None = None) -> str:
    """The file's MD5, read in 1 MiB blocks (a 1 GB master never sits in memory)."""
    digest = hashlib.md5(usedforsecurity=False)
    size = path.stat().st_size
    done = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size)
            if cancel is not None and cancel.is_set():
                raise Cancelled(msg("sync.check_cancelled", file=path.name))
    return digest.hexdigest()


class DistributorAdapter:
    """How the distributor catalog's kinds are sent (the outbox engine does the rest): creates with
    their natural-key lookup, updates with their field-by-field conflict check, uploads of masters
    and covers with their fingerprint lookup."""

    def __init__(self, catalog: CatalogCache, drafts: Drafts, outbox: CatalogOutbox, client: Client) -> None:
        self.catalog = catalog
        self.drafts = drafts  # a superseded master found gone on the server is forgotten here
        self.outbox = outbox
        self.client = client
        self._company_id: str | None = None

    @property
    def request_count(self) -> int:
        return self.client.request_count

    def send(self, op: OutboxOp, step: Step) -> Outcome:
        return self._send(op, step.progress, step.cancel, step.done, step.total)

    def conflict_fields(self, op: OutboxOp) -> list[str]:
        return [c.field for c in self.outbox.conflicts(op.kind, op.local_id)]

    def field_errors(self, error: ValidationFailed | UserError) -> dict[str, str]:
        return _field_errors(error) if isinstance(error, ValidationFailed) else {}

    # ---------------------------------------------------------------------------------- sending
    def _send(self, op: OutboxOp, progress: Callable[[SyncProgress], None] | None,
              cancel: threading.Event | None, done: int, total: int) -> Outcome:
        if op.op == "create":
            return self._create(op)
        if op.op == "update":
            return self._update(op)
        if op.op == "upload_record":
            return self._upload_record(op, progress, cancel, done, total)
        if op.op == "upload_cover":
            return self._upload_cover(op, progress, cancel, done, total)
        if op.op == "upload_file":
            return self._upload_file(op, progress, cancel, done, total)
        raise UserError(msg("sync.unknown_operation", op=op.op))

    def _parent_server_id(self, op: OutboxOp) -> str | None:
        parent = self.catalog.parent_of(op.local_id)
        return None if parent is None else self.catalog.server_id(parent)

    def _outgoing(self, op: OutboxOp) -> tuple[Resource, dict[str, Any]]:
        """The object to send and the sendable field values it carries."""
        values = self.catalog.values(op.local_id)
        if op.kind in kinds.PARENT:
            values[kinds.PARENT[op.kind][1]] = self._parent_server_id(op)
        if op.kind == "label" and not values.get("company_id"):
            values["company_id"] = self._company()
        if op.kind == "track_video" and values.get("video_local_id"):
            values["video_id"] = self.catalog.server_id(str(values["video_local_id"]))
        obj = kinds.from_fields(op.kind, values)
        sendable = kinds.sendable_fields(op.kind)
        sent = {k: v for k, v in values.items() if k in sendable and v is not None}
        return obj, sent

    def _company(self) -> str | None:
        if self._company_id is None:
            who = self.client.whoami()
            company = getattr(who, "company", None)
            self._company_id = None if company is None else company.id
        return self._company_id

    def _create(self, op: OutboxOp) -> Outcome:
        obj, sent = self._outgoing(op)
        # The natural keys each attempt went out with: the user may have edited the UPC or ISRC
        # between a lost answer and this retry, and the server has the object under the old key.
        tried: list[dict[str, Any]] = list(op.payload.get("keys", []))
        if op.attempts > 0:
            for variant in [obj] + [dataclasses.replace(obj, **keys) for keys in reversed(tried)]:
                found = self._lookup(op.kind, variant)
                if found is not None:
                    log.info("%s was already created on the server (id %s); adopting it",
                             op.local_id, found.id)
                    same = {k: v for k, v in sent.items() if _norm(getattr(found, k, None)) == _norm(v)}
                    self.outbox.complete(op.id, found, same)
                    return "sent"
        keys = {k: getattr(obj, k) for k in _NATURAL_KEYS.get(op.kind, ()) if hasattr(obj, k)}
        if keys and keys not in tried:
            tried.append(keys)
        return self._act(op, lambda: self.client.create(obj), sent=sent,
                         payload={**op.payload, "keys": tried} if keys else None)

    def _act(self, op: OutboxOp, request: Callable[[], Resource], *,
             sent: dict[str, Any] | None = None, payload: dict[str, Any] | None = None) -> Outcome:
        return send_exactly_once(self.outbox, op, request, sent=sent, payload=payload)

    def _update(self, op: OutboxOp) -> Outcome:
        sid = self.catalog.server_id(op.local_id)
        assert sid is not None
        cls = kinds.class_of(op.kind)
        server = self.client.get(cls, sid)
        base = self.catalog.base_values(op.local_id)
        mine = self.catalog.values(op.local_id)
        changed_here = self.catalog.changes(op.local_id)
        server_values = kinds.to_fields(server)
        fields = list(op.fields)
        # Field by field against our base, whatever updatedAt says: a server whose clock ticks in
        # whole seconds would hide a change made in the same second as ours.
        conflicts: list[Conflict] = []
        theirs_only: list[str] = []
        for name in sorted(kinds.sendable_fields(op.kind)):
            if name not in base and name not in changed_here:
                continue
            theirs = _norm(server_values.get(name))
            if theirs == _norm(base.get(name)):
                continue
            if name not in changed_here:
                theirs_only.append(name)
            elif name in fields and _norm(mine.get(name)) != theirs:
                conflicts.append(Conflict(name, mine.get(name), theirs, base.get(name)))
        if theirs_only:
            self.outbox.rebase(op.local_id, server_values, theirs_only)
        if conflicts:
            self.outbox.mark_conflict(op.id, conflicts, server.updated_at)
            return "conflict"
        obj, _ = self._outgoing(op)
        obj.id = sid
        sent = {name: mine.get(name) for name in fields}
        return self._act(op, lambda: self.client.update(obj, fields=fields), sent=sent)

    def _checked_path(self, op: OutboxOp, what: str,
                      hashing: Callable[[int, int], None] | None = None,
                      cancel: threading.Event | None = None) -> tuple[Path, dict[str, Any]]:
        payload = dict(op.payload)
        path = Path(str(payload.get("path", "")))
        try:
            stat = path.stat()
        except OSError:
            gone = {"cover image": "sync.file_gone.cover", "video": "sync.file_gone.video"}
            raise UserError(msg(gone.get(what, "sync.file_gone.master"), path=str(path))) from None
        if stat.st_size != payload.get("size") or stat.st_mtime_ns != payload.get("mtime_ns") \
                or "md5" not in payload:
            # the fingerprint is committed with the in-flight mark, before the upload, so a
            # lookup after a kill can use it
            payload.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns,
                           md5=file_md5(path, hashing, cancel))
        return path, payload

    def _hash_progress(self, progress: Callable[[SyncProgress], None] | None, op: OutboxOp,
                       done: int, total: int) -> Callable[[int, int], None] | None:
        """Fingerprinting a big master takes seconds: say so instead of looking stuck."""
        if progress is None:
            return None
        name = Path(str(op.payload.get("path", ""))).name
        last = [0.0]

        def report(read: int, size: int) -> None:
            now = time.monotonic()
            if read >= size or now - last[0] > 0.1:
                last[0] = now
                progress(SyncProgress(done, total, msg("sync.progress.checking", file=name), read, size))

        return report

    def _upload_progress(self, progress: Callable[[SyncProgress], None] | None, op: OutboxOp,
                         done: int, total: int) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        last = [0.0]

        def report(sent: int, size: int) -> None:
            now = time.monotonic()
            if sent >= size or now - last[0] > 0.1:  # at most ~10 updates a second
                last[0] = now
                progress(SyncProgress(done, total, op.description, sent, size))

        return report

    def _upload_record(self, op: OutboxOp, progress: Callable[[SyncProgress], None] | None,
                       cancel: threading.Event | None, done: int, total: int) -> Outcome:
        track_sid = self._parent_server_id(op)
        assert track_sid is not None
        if op.payload.get("superseded"):
            # replaced by another file after an upload whose answer was lost: keep what the
            # server made (so it is known here), send nothing
            payload = op.payload
            found = self._find_record(track_sid, str(payload.get("md5", "")),
                                      Path(str(payload.get("path", ""))).name, int(payload.get("size", -1)))
            if found is not None:
                self.outbox.complete(op.id, found, {})
            else:
                self.drafts.delete_draft("record", op.local_id)
            return "sent"
        path, payload = self._checked_path(op, "audio master",
                                           self._hash_progress(progress, op, done, total), cancel)
        if op.attempts > 0:
            found = self._find_record(track_sid, str(payload["md5"]), path.name, int(payload["size"]))
            if found is not None:
                self.outbox.complete(op.id, found, {})
                return "sent"
        values = self.catalog.values(op.local_id)
        return self._act(op, lambda: self.client.upload_record(
            track_sid, path, progress=self._upload_progress(progress, op, done, total), cancel=cancel,
            master_type=values.get("master_type"), precision=values.get("precision")),
            payload=payload)

    def _upload_file(self, op: OutboxOp, progress: Callable[[SyncProgress], None] | None,
                     cancel: threading.Event | None, done: int, total: int) -> Outcome:
        """A video or Motion Art attachment: created with its file (or, once on the server, its file
        replaced). A create tried before is first looked for among the product's by the file's MD5."""
        path, payload = self._checked_path(op, "video", self._hash_progress(progress, op, done, total),
                                           cancel)
        obj, _ = self._outgoing(op)
        obj.id = self.catalog.server_id(op.local_id)
        if obj.id is None and op.attempts > 0:
            found = self._find_file(op.kind, obj, str(payload["md5"]))
            if found is not None:
                self.outbox.complete(op.id, found, {})
                return "sent"
        send_progress = self._upload_progress(progress, op, done, total)
        if isinstance(obj, Video):
            video = obj
            return self._act(op, lambda: self.client.upload_video(
                video, path, progress=send_progress, cancel=cancel), payload=payload)
        assert isinstance(obj, AssetAttachment)
        attachment = obj
        return self._act(op, lambda: self.client.upload_attachment(
            attachment, path, progress=send_progress, cancel=cancel), payload=payload)

    def _find_file(self, kind: str, obj: Resource, md5: str) -> Resource | None:
        if isinstance(obj, Video) and obj.product_id:
            for video in self.client.list(Video, filters={"product-id": str(obj.product_id)}, prefetch=1):
                if video.md5 and video.md5.lower() == md5.lower():
                    return video  # type: ignore[no-any-return]
        if isinstance(obj, AssetAttachment) and obj.attachable_id:
            for item in self.client.list(AssetAttachment, filters={"product-id": str(obj.attachable_id)},
                                         prefetch=1):
                if item.kind == obj.kind and item.file_md5 and item.file_md5.lower() == md5.lower():
                    return item  # type: ignore[no-any-return]
        return None

    def _upload_cover(self, op: OutboxOp, progress: Callable[[SyncProgress], None] | None,
                      cancel: threading.Event | None, done: int, total: int) -> Outcome:
        path, payload = self._checked_path(op, "cover image",
                                           self._hash_progress(progress, op, done, total), cancel)
        sid = self.catalog.server_id(op.local_id)
        assert sid is not None
        return self._act(op, lambda: self.client.upload_cover(
            sid, path, progress=self._upload_progress(progress, op, done, total), cancel=cancel),
            payload=payload)

    # ------------------------------------------------------------------------- natural keys
    def _lookup(self, kind: str, obj: Resource) -> Resource | None:
        """The server's copy of a draft whose create may have gone through, found by natural key."""
        if isinstance(obj, Product):
            filters = {"label-id": str(obj.label_id)} if obj.label_id else {}
            if obj.upc_code:
                filters["upc-code"] = obj.upc_code
            elif obj.name:
                filters["name"] = obj.name
            else:
                return None
            for product in self.client.list(Product, filters=filters, prefetch=1):
                if (obj.upc_code and product.upc_code == obj.upc_code) or \
                        (not obj.upc_code and product.name == obj.name):
                    if not obj.label_id or product.label_id in (None, obj.label_id):
                        return product  # type: ignore[no-any-return]
            return None
        if isinstance(obj, Track):
            if not obj.product_id:
                return None
            for track in self.client.list(Track, filters={"product-id": str(obj.product_id)}, prefetch=1):
                if obj.isrc_code:
                    if track.isrc_code == obj.isrc_code:
                        return track  # type: ignore[no-any-return]
                elif obj.track_number is not None and track.track_number == obj.track_number \
                        and (track.volume_number or 1) == (obj.volume_number or 1):
                    return track  # type: ignore[no-any-return]
            return None
        if isinstance(obj, Label):
            if not obj.name:
                return None
            for label in self.client.list(Label, filters={"name": obj.name}, prefetch=1):
                if label.name == obj.name:
                    return label  # type: ignore[no-any-return]
            return None
        if isinstance(obj, Offer) and obj.product_id:
            for offer in self.client.list(Offer, filters={"product-id": str(obj.product_id)}, prefetch=1):
                if not offer.is_default and offer.release_type == obj.release_type and \
                        sorted(offer.dsp_upload_identification_ids) == sorted(
                            obj.dsp_upload_identification_ids):
                    return offer  # type: ignore[no-any-return]
            return None
        if isinstance(obj, TrackVideo) and obj.track_id:
            for link in self.client.list(TrackVideo, filters={"track-id": str(obj.track_id)}, prefetch=1):
                if link.video_id == obj.video_id:
                    return link  # type: ignore[no-any-return]
            return None
        if isinstance(obj, Right) and obj.distributed_id:
            found = self.client.list(Right, filters={"product-id": str(obj.distributed_id)}, prefetch=1)
            for right in found:
                if right.action == obj.action and sorted(right.dsp_ids) == sorted(obj.dsp_ids) and \
                        sorted(right.territory_ids) == sorted(obj.territory_ids) and \
                        sorted(right.continent_ids) == sorted(obj.continent_ids):
                    return right  # type: ignore[no-any-return]
            return None
        return None

    def _find_record(self, track_sid: str, md5: str, filename: str, size: int) -> Record | None:
        """The track's record made from this file: same MD5 or, for a server that hashes
        something else (the decoded audio), the same file name and size."""
        records = list(self.client.list(Record, filters={"track-id": track_sid}, prefetch=1))
        for record in records:
            if record.md5 and record.md5.lower() == md5.lower():
                return record  # type: ignore[no-any-return]
        for record in records:
            if record.filename == filename and record.file_size == size:
                return record  # type: ignore[no-any-return]
        return None


def _field_errors(exc: ValidationFailed) -> dict[str, str]:
    out: dict[str, str] = {}
    for err in exc.field_errors:
        key = err.field or ""
        out[key] = f"{out[key]} {err.message}" if key in out else err.message
    return out


class SyncEngine(OutboxEngine):
    """The outbox engine over a catalog store, with the distributor adapter."""

    def __init__(self, catalog: CatalogCache, drafts: Drafts, outbox: CatalogOutbox, client: Client, *,
                 server_retries: int = 3, server_backoff: float = 1.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(outbox, DistributorAdapter(catalog, drafts, outbox, client),
                         Policy(server_retries=server_retries, server_backoff=server_backoff), sleep=sleep)
        self.client = client
