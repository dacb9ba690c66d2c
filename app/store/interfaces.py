"""Narrow views of the catalog store, one per responsibility: what each caller may use of it.

The catalog store is one file with one connection; these protocols split what it offers by
responsibility so a caller is typed with (and mypy holds it to) only the part it uses:

- :class:`ObjectReads` — the cached catalog and drafts as objects (by local id);
- :class:`DraftEdits` — making, editing and discarding drafts, resolving conflicts;
- :class:`OutboxReads` — what is queued, refused or in conflict, and why it waits;
- :class:`ReferenceData` — cached reference resources (languages, product types…);
- :class:`Settings` — small key/value settings kept with the catalog.

The outbox engine's side is :class:`app.sync.outbox.OutboxQueue`.
"""

from __future__ import annotations

from typing import Protocol

from app.domain.messages import Message
from app.domain.resources import Resource
from app.store.rows import Conflict, OutboxOp


class ObjectReads(Protocol):
    def exists(self, local_id: str) -> bool: ...

    def kind_of(self, local_id: str) -> str: ...

    def server_id(self, local_id: str) -> str | None: ...

    def resource(self, kind: str, local_id: str) -> Resource: ...


class DraftEdits(Protocol):
    def drafts(self, *, include_synced: bool = True) -> list[tuple[str, str, str, str]]: ...

    def delete_draft(self, kind: str, local_id: str) -> None: ...

    def resolve(self, kind: str, local_id: str, field: str, choice: str) -> None: ...


class OutboxReads(Protocol):
    def pending_count(self) -> int: ...

    def operations(self, state: str | None = None) -> list[OutboxOp]: ...

    def conflicts(self, kind: str, local_id: str) -> list[Conflict]: ...

    def waiting_reason(self, op: OutboxOp) -> Message | str | None: ...


class ReferenceData(Protocol):
    def reference(self, kind: str) -> list[Resource]: ...


class Settings(Protocol):
    def setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str | None) -> None: ...


class DraftsStore(ObjectReads, DraftEdits, OutboxReads, Protocol):
    """What the drafts service uses: objects, their edits and their queue."""


class ReferenceStore(ReferenceData, Settings, Protocol):
    """What the reference-data service uses: cached reference resources and settings."""
