"""Small read-only rows the store hands to list views, the CLI and the sync engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.messages import Message

SYNC_STATES: tuple[str, ...] = ("synced", "local", "pending", "syncing", "rejected", "conflict")


@dataclass(frozen=True)
class LabelRow:
    local_id: str
    server_id: str | None
    name: str
    product_count: int
    sync_state: str = "synced"


@dataclass(frozen=True)
class ProductRow:
    local_id: str
    server_id: str | None
    name: str
    artists: str
    upc: str | None
    status: str | None
    sync_state: str
    label_local_id: str | None
    release_date: str | None
    track_count: int
    has_cover: bool
    delivery_state: str | None


@dataclass(frozen=True)
class TrackRow:
    local_id: str
    server_id: str | None
    title: str
    artists: str
    isrc: str | None
    track_number: int | None
    volume_number: int | None
    sync_state: str
    product_local_id: str | None
    has_master: bool
    master_path: str | None


@dataclass(frozen=True)
class OutboxOp:
    id: int
    kind: str
    local_id: str
    op: str  # create | update | upload_record | upload_cover
    fields: list[str]
    payload: dict[str, Any]
    state: str  # pending | inflight | rejected | conflict
    attempts: int
    error: Message | str | None  # the last reason: a message, or plain text from older rows
    field_errors: dict[str, str] = field(default_factory=dict)
    description: Message | str = ""  # what the operation does, as a message (app/domain/messages.py)


@dataclass(frozen=True)
class Conflict:
    field: str
    mine: Any
    theirs: Any
    base: Any


@dataclass(frozen=True)
class AttachedFile:
    """A video or Motion Art attachment as its well shows it: the values, the local file (a draft's,
    until it is sent and after) and the sync state."""

    local_id: str
    kind: str
    values: dict[str, Any]
    path: str | None
    sync_state: str
