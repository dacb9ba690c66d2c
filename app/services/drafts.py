"""Drafts: what is not yet on the server, why it is stuck when it is, and forgetting one.

The CLI's ``releasedesk drafts`` lists these lines; both faces discard a draft through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.messages import Message, msg

if TYPE_CHECKING:
    from app.store.interfaces import DraftEdits, ObjectReads, OutboxReads
    from app.store.rows import Conflict, OutboxOp


@dataclass(frozen=True)
class DraftLine:
    kind: str
    local_id: str
    server_id: str | None
    name: str
    state: str
    reasons: list[Message | str]  # rejection / conflict / waiting reasons (str: older rows' text)
    fields: dict[str, str]  # the server's message per field (rejected)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "draft": self.local_id, "server_id": self.server_id,
                "name": self.name, "state": self.state, "reasons": [str(r) for r in self.reasons],
                "field_errors": dict(self.fields)}


class DraftsService:
    """Give it the catalog's object reads, its drafts and its outbox (parts of a ``CatalogStore``)."""

    def __init__(self, catalog: ObjectReads, drafts: DraftEdits, outbox: OutboxReads) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.outbox = outbox

    def pending_count(self) -> int:
        return self.outbox.pending_count()

    def problem_count(self) -> int:
        """Operations the server refused or that wait for a conflict to be resolved."""
        return len(self.outbox.operations("rejected")) + len(self.outbox.operations("conflict"))

    def exists(self, local_id: str) -> bool:
        return self.catalog.exists(local_id)

    def discard(self, local_id: str) -> None:
        """Forget a draft: a new one is removed, an existing one loses its unsent changes."""
        self.drafts.delete_draft(self.catalog.kind_of(local_id), local_id)

    def operations(self) -> list[OutboxOp]:
        """Everything queued, oldest first, with a description a user recognises."""
        return self.outbox.operations()

    def conflicts(self, kind: str, local_id: str) -> tuple[str, list[Conflict]]:
        """The object's name and its fields changed here and on the server."""
        obj = self.catalog.resource(kind, local_id)
        name = str(getattr(obj, "name", None) or getattr(obj, "title", None) or local_id)
        return name, self.outbox.conflicts(kind, local_id)

    def resolve(self, kind: str, local_id: str, choices: dict[str, str]) -> None:
        """Settle conflicting fields, each with "mine" (sent next sync) or "theirs"."""
        for field_name, choice in choices.items():
            self.drafts.resolve(kind, local_id, field_name, choice)

    def lines(self) -> list[DraftLine]:
        """Every object with something unsent, with why it is stuck when it is."""
        ops_by_object: dict[str, list[OutboxOp]] = {}
        for op in self.outbox.operations():
            ops_by_object.setdefault(op.local_id, []).append(op)
        out: list[DraftLine] = []
        for kind, local_id, name, state in self.drafts.drafts():
            reasons: list[Message | str] = []
            fields: dict[str, str] = {}
            for op in ops_by_object.get(local_id, []):
                if op.state == "rejected" and op.error:
                    reasons.append(op.error)
                    fields.update(op.field_errors)
                elif op.state == "conflict":
                    for c in self.outbox.conflicts(kind, local_id):
                        reasons.append(msg("drafts.conflict_field", field=c.field, mine=repr(c.mine),
                                           theirs=repr(c.theirs)))
                elif op.state in ("pending", "inflight"):
                    why = self.outbox.waiting_reason(op)
                    if why:
                        reasons.append(why)
                    elif op.error:
                        reasons.append(msg("drafts.last_try", error=op.error))
            out.append(DraftLine(kind, local_id, self.catalog.server_id(local_id), name, state,
                                 list(dict.fromkeys(reasons)), fields))
        return out
