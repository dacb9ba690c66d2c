"""Narrow views of the catalog store's parts: what a service may use of each.

The catalog store is one file with one connection (``database.py``), split by responsibility into
objects that share it (``catalog.py``, ``drafts.py``, ``queue.py``, ``settings.py``; opened together by
``catalog_store.py``). A service that needs only a slice of a part is typed with one of these
protocols, so mypy holds it to that slice:

- :class:`ObjectReads` — the cached catalog and drafts as objects (by local id): ``CatalogCache``;
- :class:`DraftEdits` — listing, discarding drafts and resolving conflicts: ``Drafts``;
- :class:`OutboxReads` — what is queued, refused or in conflict, and why it waits: ``CatalogOutbox``;
- :class:`ReferenceData` — cached reference resources (languages, product types…): ``CatalogCache``;
- :class:`KeyValueSettings` — small key/value settings kept with the catalog: ``Settings``.

The outbox engine's side is :class:`app.sync.outbox.OutboxQueue` (``CatalogOutbox``).
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


class KeyValueSettings(Protocol):
    def setting(self, key: str, default: str | None = None) -> str | None: ...

    def set_setting(self, key: str, value: str | None) -> None: ...

