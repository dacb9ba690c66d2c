"""Replaying the label-profile outbox against the label-profile service, and refreshing the cache.

The rules are those of ``app/store/label_profiles.py`` (and of the distributor sync): an operation
is marked in flight before its request; a create found in flight again (a crash, a lost reply) is
first looked up on the server by its fields and adopted, so nothing is created twice; an update
reads the server label first and parks in ``conflict`` when both sides changed a field; a 400 is a
rejection that keeps the user's values; an expired token or an unreachable server pauses the run
with the queue intact; a busy server (5xx, 429) leaves the operation for the next run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.api.errors import (
    AmbiguousRequest,
    AuthExpired,
    NotFound,
    NotLoggedIn,
    Offline,
    RateLimited,
    ServerUnavailable,
    ValidationFailed,
)
from app.api.label_profiles import LabelProfilesClient
from app.domain.label_profile import EDITABLE_FIELDS, InvalidLabelProfile, LabelProfile, validated
from app.store.label_profiles import LabelProfileStore
from app.store.rows import Conflict, OutboxOp

LOOKUP_FIELDS = ("name", "email", "description", "country")


@dataclass
class LabelProfileSyncReport:
    sent: int = 0
    failed: int = 0  # left for the next run (busy server)
    rejected: int = 0
    conflicts: int = 0
    adopted: int = 0  # creates found already on the server and taken over instead of sent again
    paused: str | None = None  # why the run stopped early (token, network), in one sentence
    needs_token: bool = False  # paused because the access token is missing, expired or refused
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.failed or self.rejected or self.conflicts or self.paused)


def refresh_label_profiles(store: LabelProfileStore, client: LabelProfilesClient) -> int:
    """Read every label from the server into the cache; returns how many the server has."""
    labels = list(client.iter_all())
    store.apply_server_labels(labels, complete=True)
    return len(labels)


class LabelProfileSync:
    def __init__(self, store: LabelProfileStore, client: LabelProfilesClient) -> None:
        self.store = store
        self.client = client

    def run(self, *, progress: Callable[[int, int], None] | None = None,
            cancel: threading.Event | None = None) -> LabelProfileSyncReport:
        """Send what is pending, oldest first. ``progress(done, total)`` after each operation."""
        report = LabelProfileSyncReport()
        total = len([op for op in self.store.operations() if op.state in ("pending", "inflight")])
        skip: set[int] = set()
        done = 0
        while not (cancel is not None and cancel.is_set()):
            op = self.store.next_operation(skip)
            if op is None:
                break
            skip.add(op.id)
            try:
                self._one(op, report)
            except (AuthExpired, NotLoggedIn, Offline) as exc:
                self.store.release(op, exc.message)
                report.paused = exc.message
                report.needs_token = not isinstance(exc, Offline)
                report.lines.append(exc.message)
                break
            except (ServerUnavailable, RateLimited) as exc:
                self.store.release(op, exc.message)
                report.failed += 1
                report.lines.append(exc.message)
            except AmbiguousRequest as exc:  # left in flight: the next run looks it up first
                self.store.release(op, exc.message)
                report.failed += 1
                report.lines.append(exc.message)
            except ValidationFailed as exc:
                self.store.reject(op, exc.message, {e.field: e.message for e in exc.field_errors if e.field})
                report.rejected += 1
                report.lines.append(exc.message)
            except InvalidLabelProfile as exc:  # stored before a rule tightened: same as a rejection
                self.store.reject(op, exc.message, exc.by_field())
                report.rejected += 1
                report.lines.append(exc.message)
            done += 1
            if progress is not None:
                progress(done, max(total, done))
        return report

    # --- one operation ------------------------------------------------------------------------

    def _one(self, op: OutboxOp, report: LabelProfileSyncReport) -> None:
        if op.op == "create":
            self._create(op, report)
        elif op.op == "update":
            self._update(op, report)
        elif op.op == "delete":
            self._delete(op, report)
        else:  # pragma: no cover - the store writes only these three
            raise ValueError(f"unknown label-profile operation {op.op!r}")

    def _create(self, op: OutboxOp, report: LabelProfileSyncReport) -> None:
        profile = validated(self.store.profile(op.local_id))
        body = profile.create_body()
        existing = self._already_created(body) if op.attempts > 0 else None
        if self.store.is_deleted(op.local_id):  # deleted here while its create was uncertain
            if existing is not None and existing.id:
                self._delete_on_server(existing.id)
            self.store.finish_delete(op)
            return
        if existing is not None:
            self.store.finish_create(replace(op, payload=body), existing)
            report.adopted += 1
            report.lines.append(f"“{profile.name}” was already on the server; kept that one.")
            return
        self.store.mark_inflight(op.id, body)
        created = self.client.create(profile)
        self.store.finish_create(replace(op, payload=body), created)
        report.sent += 1

    def _already_created(self, body: dict[str, object]) -> LabelProfile | None:
        """A server label with exactly these fields that no local label claims yet."""
        wanted = {k: body.get(k) for k in LOOKUP_FIELDS}
        if wanted["country"] is None:
            wanted["country"] = "RW"  # what the server filled in
        for label in self.client.iter_all(filters={"name": str(body["name"])}):
            if label.id and self.store.local_id_for(label.id) is None \
                    and all(getattr(label, k) == v for k, v in wanted.items()):
                return label
        return None

    def _update(self, op: OutboxOp, report: LabelProfileSyncReport) -> None:
        server_id = self.store.server_id(op.local_id)
        if server_id is None:  # pragma: no cover - an update is only queued for a server label
            raise ValueError(f"update queued for {op.local_id}, which the server never had")
        validated(self.store.profile(op.local_id))
        try:
            server = self.client.get(server_id)
        except NotFound:
            message = "This label was deleted on the server; delete it here or make it again."
            self.store.reject(op, message)
            report.rejected += 1
            report.lines.append(message)
            return
        base = self.store.base(op.local_id)
        changes = self.store.changes(op.local_id)
        if base is None or server.updated_at != base.updated_at:
            found = []
            for name, mine in changes.items():
                theirs = getattr(server, name)
                was = getattr(base, name) if base is not None else None
                if name in EDITABLE_FIELDS and (base is None or theirs != was) and theirs != mine:
                    found.append(Conflict(name, mine, theirs, was))
            if found:
                self.store.hold_conflicts(op, server, found)
                report.conflicts += 1
                report.lines.append(f"“{server.name}” was changed here and on the server; "
                                    "choose which to keep.")
                return
            self.store.take_server_base(op.local_id, server)
            changes = self.store.changes(op.local_id)
        if not changes:
            self.store.finish_update(replace(op, payload={}), server)
            return
        self.store.mark_inflight(op.id, changes)
        updated = self.client.update(server_id, changes)
        self.store.finish_update(replace(op, payload=changes), updated)
        report.sent += 1

    def _delete(self, op: OutboxOp, report: LabelProfileSyncReport) -> None:
        server_id = self.store.server_id(op.local_id)
        if server_id is not None:
            self.store.mark_inflight(op.id)
            self._delete_on_server(server_id)
            report.sent += 1
        self.store.finish_delete(op)

    def _delete_on_server(self, server_id: str) -> None:
        try:
            self.client.delete(server_id)
        except NotFound:
            pass  # already gone: the goal is reached
