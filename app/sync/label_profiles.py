"""Label profiles' adapter for the outbox engine (``app/sync/outbox.py``), and refreshing the cache.

The engine owns the run, the in-flight marking and what each failure means, as for the distributor
catalog; this module says how a label-profile operation is sent: a create found with attempts > 0
(a crash, a lost reply) is first looked up on the server by its fields and adopted, so nothing is
created twice; an update reads the server label first and parks in ``conflict`` when both sides
changed a field; a delete of a label already gone on the server has reached its goal.

The policy differs in two knobs only: an unsure operation waits for the next run instead of being
tried again at once, and a busy server leaves the operation for the next run while the others go on.
"""

from __future__ import annotations

from dataclasses import replace

from app.api.errors import NotFound, ValidationFailed
from app.api.label_profiles import LabelProfilesClient
from app.domain.errors import UserError
from app.domain.label_profile import EDITABLE_FIELDS, InvalidLabelProfile, LabelProfile, validated
from app.domain.messages import msg
from app.store.label_profiles import LabelProfileStore
from app.store.rows import Conflict, OutboxOp
from app.sync.outbox import (
    OutboxEngine,
    Outcome,
    Policy,
    Refused,
    Step,
    SyncReport,
    send_exactly_once,
)

LOOKUP_FIELDS = ("name", "email", "description", "country")
POLICY = Policy(tries_per_run=1, server_retries=0, busy_stops_run=False)

LabelProfileSyncReport = SyncReport  # the one report of the one engine


def refresh_label_profiles(store: LabelProfileStore, client: LabelProfilesClient) -> int:
    """Read every label from the server into the cache; returns how many the server has."""
    labels = list(client.iter_all())
    store.apply_server_labels(labels, complete=True)
    return len(labels)


class LabelProfileAdapter:
    def __init__(self, store: LabelProfileStore, client: LabelProfilesClient) -> None:
        self.store = store
        self.client = client

    @property
    def request_count(self) -> int:
        return self.client.request_count

    def conflict_fields(self, op: OutboxOp) -> list[str]:
        return [c.field for c in self.store.conflicts(op.local_id)]

    def field_errors(self, error: ValidationFailed | UserError) -> dict[str, str]:
        if isinstance(error, ValidationFailed):
            return {e.field: e.message for e in error.field_errors if e.field}
        if isinstance(error, InvalidLabelProfile):  # stored before a rule tightened
            return error.by_field()
        return {}

    def send(self, op: OutboxOp, step: Step) -> Outcome:
        if op.op == "create":
            return self._create(op)
        if op.op == "update":
            return self._update(op)
        if op.op == "delete":
            return self._delete(op)
        raise UserError(msg("sync.unknown_operation", op=op.op))

    def _create(self, op: OutboxOp) -> Outcome:
        profile = validated(self.store.profile(op.local_id))
        body = profile.create_body()
        existing = self._already_created(body) if op.attempts > 0 else None
        if self.store.is_deleted(op.local_id):  # deleted here while its create was uncertain
            if existing is not None and existing.id:
                self._delete_on_server(existing.id)
            self.store.complete(op.id, None, {})
            return "settled"
        if existing is not None:
            self.store.complete(op.id, existing, body)
            return "adopted"
        return send_exactly_once(self.store, replace(op, payload=body),
                                 lambda: self.client.create(profile), sent=body, payload=body)

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

    def _update(self, op: OutboxOp) -> Outcome:
        server_id = self.store.server_id(op.local_id)
        if server_id is None:  # pragma: no cover - an update is only queued for a server label
            raise ValueError(f"update queued for {op.local_id}, which the server never had")
        validated(self.store.profile(op.local_id))
        try:
            server = self.client.get(server_id)
        except NotFound:
            raise Refused(msg("lp.deleted_on_server")) from None
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
                self.store.mark_conflict(op.id, found, server)
                return "conflict"
            self.store.rebase(op.local_id, server)
            changes = self.store.changes(op.local_id)
        if not changes:
            self.store.complete(op.id, server, {})
            return "settled"
        return send_exactly_once(self.store, op, lambda: self.client.update(server_id, changes),
                                 sent=changes, payload=changes)

    def _delete(self, op: OutboxOp) -> Outcome:
        server_id = self.store.server_id(op.local_id)
        if server_id is None:
            self.store.complete(op.id, None, {})
            return "settled"

        def request() -> None:
            self._delete_on_server(server_id)

        return send_exactly_once(self.store, op, request)

    def _delete_on_server(self, server_id: str) -> None:
        try:
            self.client.delete(server_id)
        except NotFound:
            pass  # already gone: the goal is reached


class LabelProfileSync(OutboxEngine):
    """The outbox engine over a label-profile store, with the label-profile adapter."""

    def __init__(self, store: LabelProfileStore, client: LabelProfilesClient) -> None:
        super().__init__(store, LabelProfileAdapter(store, client), POLICY)
        self.store = store
        self.client = client
