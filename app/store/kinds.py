"""What the store knows about each kind of object: its class, its parent, how it is shown."""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain.errors import UsageError
from app.domain.messages import msg
from app.domain.resources import (
    Artist,
    AssetAttachment,
    Company,
    Continent,
    Dsp,
    DspUploadIdentification,
    ImportTask,
    Label,
    Language,
    Offer,
    PriceCode,
    Product,
    ProductType,
    Record,
    Resource,
    Right,
    SendTask,
    Subgenre,
    Territory,
    Track,
    TrackVideo,
    Video,
)

KIND_CLASSES: dict[str, type[Resource]] = {
    "label": Label,
    "product": Product,
    "track": Track,
    "record": Record,
    "offer": Offer,
    "right": Right,
    "send_task": SendTask,
    "artist": Artist,
    "company": Company,
    "language": Language,
    "product_type": ProductType,
    "dsp": Dsp,
    "dsp_upload_identification": DspUploadIdentification,
    "territory": Territory,
    "continent": Continent,
    "subgenre": Subgenre,
    "price_code": PriceCode,
    "video": Video,
    "track_video": TrackVideo,
    "attachment": AssetAttachment,
    "import_task": ImportTask,
}
KIND_OF_CLASS: dict[type[Resource], str] = {cls: kind for kind, cls in KIND_CLASSES.items()}

# The tree drafts hang in: an object waits for its parent's server id before it is sent.
PARENT: dict[str, tuple[str, str]] = {
    "product": ("label", "label_id"),
    "track": ("product", "product_id"),
    "record": ("track", "track_id"),
    "offer": ("product", "product_id"),
    "right": ("product", "distributed_id"),
    "send_task": ("product", "product_id"),
    "video": ("product", "product_id"),
    "track_video": ("track", "track_id"),
    "attachment": ("product", "attachable_id"),
    "import_task": ("track", "attachable_id"),
}

# Kinds a user may draft here (the others are reference data, only cached).
DRAFTABLE: frozenset[str] = frozenset(
    {"label", "product", "track", "record", "offer", "right", "video", "track_video", "attachment"})

# Kinds whose file goes up in the create itself (``upload_file``), like a record's master.
FILE_KINDS: frozenset[str] = frozenset({"video", "attachment"})

# Never stored: write-only payloads that can be megabytes (the client streams them from files).
NOT_STORED: frozenset[str] = frozenset({"front_cover", "new_file"})


def class_of(kind: str) -> type[Resource]:
    try:
        return KIND_CLASSES[kind]
    except KeyError:
        known = ", ".join(sorted(KIND_CLASSES))
        raise UsageError(msg("store.unknown_kind", kind=kind, kinds=known)) from None


def writable_fields(kind: str) -> dict[str, dataclasses.Field[Any]]:
    """Fields a user may edit: attributes and relationships that are sent, plus local ones."""
    out: dict[str, dataclasses.Field[Any]] = {}
    for f in dataclasses.fields(class_of(kind)):
        meta_kind = f.metadata.get("kind")
        if f.name in ("id", "created_at", "updated_at", "extra"):
            continue
        if meta_kind in ("attr", "rel") and not f.metadata.get("read_only"):
            out[f.name] = f
        elif meta_kind == "local":
            out[f.name] = f
    return out


def sendable_fields(kind: str) -> set[str]:
    """Fields that cross the wire on create/update."""
    return {
        f.name
        for f in dataclasses.fields(class_of(kind))
        if f.metadata.get("kind") in ("attr", "rel") and not f.metadata.get("read_only")
        and f.name != "id"
    }


def to_fields(obj: Resource) -> dict[str, Any]:
    """A resource as a JSON-ready dict of its fields (server id under ``id``)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in NOT_STORED:
            continue
        out[f.name] = getattr(obj, f.name)
    return out


def from_fields(kind: str, values: dict[str, Any]) -> Resource:
    cls = class_of(kind)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names})


def display_name(kind: str, values: dict[str, Any]) -> str:
    for key in ("name", "title", "filename", "dsp_name", "email"):
        value = values.get(key)
        if value:
            return str(value)
    return ""


def artists_text(values: dict[str, Any]) -> str:
    artists = values.get("artist")
    if isinstance(artists, list):
        return ", ".join(str(a) for a in artists if a)
    return str(artists) if artists else ""


def code_of(kind: str, values: dict[str, Any]) -> str | None:
    if kind == "product":
        return values.get("upc_code")
    if kind == "track":
        return values.get("isrc_code")
    if kind == "record":
        return values.get("md5")
    if kind == "video":
        return values.get("isrc_video")
    if kind == "attachment":
        return values.get("kind")
    return None
