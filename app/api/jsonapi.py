"""JSON:API documents <-> the dataclasses of ``app/domain/resources.py``.

The field metadata in the domain module says how each field crosses the wire (see its docstring).
On read we are lenient: an attribute is found under its wire name, its declared aliases, or the
camelCase spelling of its wire name (limbo writes ``createdAt`` on some resources); anything we do
not model lands in ``extra`` so nothing is lost. On write we are strict: kebab-case wire names,
read-only and local fields never sent.

Dialect difference handled here: ``Track.audio_language_id`` is the ``audio-language``
relationship in limbo and an attribute of the same name in Labelcamp (docs/API.md#choices-tracks).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from app.domain.resources import RESOURCE_CLASSES, Resource, Track

R = TypeVar("R", bound=Resource)

LIMBO = "limbo"
LABELCAMP = "labelcamp"


class DecodeError(ValueError):
    """The server sent something that is not the JSON:API document we expected."""


def kebab(name: str) -> str:
    return name.replace("_", "-")


def camel(wire: str) -> str:
    head, *rest = wire.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(f: dataclasses.Field[Any]) -> str:
    """The attribute key, or the relationship name, of a field on the wire."""
    if f.metadata.get("kind") == "rel":
        return str(f.metadata["rel"])
    wire = f.metadata.get("wire")
    return str(wire) if wire else kebab(f.name)


def _as_attribute(cls: type[Resource], f: dataclasses.Field[Any], dialect: str) -> bool:
    """True when a relationship field travels as a plain attribute in this dialect."""
    return dialect == LABELCAMP and issubclass(cls, Track) and f.name == "audio_language_id"


def _attr_keys(f: dataclasses.Field[Any]) -> list[str]:
    wire = wire_name(f)
    keys = [wire, *f.metadata.get("aliases", ()), camel(wire)]
    return list(dict.fromkeys(keys))


# --- encode ---------------------------------------------------------------------------------


def encode(obj: Resource, fields: Iterable[str] | None = None, dialect: str = LIMBO,
           *, include_id: bool | None = None) -> dict[str, Any]:
    """A ``{"data": ...}`` document for POST (``fields`` None: every non-empty writable field) or
    PATCH (``fields``: exactly those snake_case fields, ``None`` values sent as null)."""
    cls = type(obj)
    wanted: set[str] | None = None
    if fields is not None:
        wanted = set(fields)
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = wanted - known
        if unknown:
            raise ValueError(f"{cls.__name__} has no field(s) {', '.join(sorted(unknown))}")
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        kind = f.metadata.get("kind")
        if kind not in ("attr", "rel") or f.metadata.get("read_only"):
            continue
        value = getattr(obj, f.name)
        if wanted is None:
            if value is None or (kind == "rel" and f.metadata.get("many") and not value):
                continue
        elif f.name not in wanted:
            continue
        if kind == "attr" or _as_attribute(cls, f, dialect):
            attributes[wire_name(f)] = value
            continue
        rtype = str(f.metadata["rtype"])
        type_field = f.metadata.get("type_field")
        if type_field:
            rtype = str(getattr(obj, type_field) or rtype)
        if f.metadata.get("many"):
            relationships[wire_name(f)] = {"data": [{"type": rtype, "id": str(i)} for i in value or []]}
        else:
            relationships[wire_name(f)] = {
                "data": None if value is None else {"type": rtype, "id": str(value)}}
    data: dict[str, Any] = {"type": cls.TYPE}
    if (include_id if include_id is not None else wanted is not None) and obj.id is not None:
        data["id"] = str(obj.id)
    if attributes:
        data["attributes"] = attributes
    if relationships:
        data["relationships"] = relationships
    return {"data": data}


# --- decode ---------------------------------------------------------------------------------


def _linkage_id(linkage: Any) -> str | None:
    if isinstance(linkage, Mapping) and linkage.get("id") is not None:
        return str(linkage["id"])
    return None


def _data_of(rel: Any) -> Any:
    return rel.get("data") if isinstance(rel, Mapping) else None


@dataclasses.dataclass(frozen=True)
class _FieldPlan:
    name: str
    kind: str  # "id" | "attr" | "rel"
    wire: str
    keys: tuple[str, ...]  # attribute spellings accepted on read
    many: bool
    type_field: str | None


_PLANS: dict[type[Resource], tuple[_FieldPlan, ...]] = {}


def _plan(cls: type[Resource]) -> tuple[_FieldPlan, ...]:
    """How to read each field of ``cls``, worked out once per class (decoding is a hot path)."""
    cached = _PLANS.get(cls)
    if cached is not None:
        return cached
    plan = []
    for f in dataclasses.fields(cls):
        kind = "id" if f.name == "id" else str(f.metadata.get("kind"))
        if kind not in ("id", "attr", "rel"):
            continue
        plan.append(_FieldPlan(f.name, kind, wire_name(f), tuple(_attr_keys(f)),
                               bool(f.metadata.get("many")), f.metadata.get("type_field")))
    _PLANS[cls] = tuple(plan)
    return _PLANS[cls]


def decode(doc_or_resource: Mapping[str, Any], cls: type[R]) -> R:
    """One resource object (or a document whose ``data`` is one) into ``cls``."""
    res = doc_or_resource.get("data", doc_or_resource) if "type" not in doc_or_resource \
        else doc_or_resource
    if not isinstance(res, Mapping):
        raise DecodeError(f"expected one {cls.TYPE} resource, got {type(res).__name__}")
    attributes = res.get("attributes") or {}
    relationships = res.get("relationships") or {}
    if not isinstance(attributes, Mapping) or not isinstance(relationships, Mapping):
        raise DecodeError(f"malformed {cls.TYPE} resource")
    values: dict[str, Any] = {}
    used: set[str] = set()
    for fp in _plan(cls):
        if fp.kind == "id":
            values["id"] = None if res.get("id") is None else str(res["id"])
            continue
        rel = relationships.get(fp.wire) if fp.kind == "rel" else None
        if fp.kind == "attr" or (fp.wire in attributes and _linkage_id(_data_of(rel)) is None):
            for key in fp.keys:
                if key in attributes:
                    value = attributes[key]
                    used.add(key)
                    if fp.kind == "rel":
                        value = _linkage_id(value) if isinstance(value, Mapping) else \
                            (None if value is None else str(value))
                    values[fp.name] = value
                    break
            continue
        if not isinstance(rel, Mapping) or "data" not in rel:
            continue  # links only (limbo's documented responses): the id is not known here
        linkage = rel["data"]
        if fp.many:
            values[fp.name] = [i for i in (_linkage_id(x) for x in linkage or []) if i is not None]
        else:
            values[fp.name] = _linkage_id(linkage)
            if fp.type_field and isinstance(linkage, Mapping) and linkage.get("type"):
                values[fp.type_field] = str(linkage["type"])
    obj = cls(**values)
    obj.extra = {k: v for k, v in attributes.items() if k not in used} if len(used) < len(attributes) \
        else {}
    return obj


def decode_any(res: Mapping[str, Any]) -> Resource:
    """A resource of whatever type it says it is (``included`` members, related links)."""
    cls = RESOURCE_CLASSES.get(str(res.get("type")))
    if cls is None:
        generic = Resource(id=None if res.get("id") is None else str(res["id"]))
        generic.extra = {"type": res.get("type"), **dict(res.get("attributes") or {})}
        return generic
    return decode(res, cls)


def decode_many(doc: Mapping[str, Any], cls: type[R]) -> list[R]:
    data = doc.get("data")
    if not isinstance(data, list):
        raise DecodeError(f"expected a list of {cls.TYPE}, got {type(data).__name__}")
    return [decode(item, cls) for item in data]


def decode_included(doc: Mapping[str, Any]) -> list[Resource]:
    return [decode_any(item) for item in doc.get("included") or [] if isinstance(item, Mapping)]


# --- errors -----------------------------------------------------------------------------------


def field_for_pointer(pointer: str, cls: type[Resource] | None) -> str | None:
    """``/data/attributes/upc-code`` -> ``upc_code``; ``/data/relationships/label`` -> ``label_id``."""
    parts = [p for p in pointer.split("/") if p]
    if len(parts) < 3 or parts[0] != "data" or parts[1] not in ("attributes", "relationships"):
        return None
    key = parts[2]
    if cls is None:
        return key.replace("-", "_")
    for f in dataclasses.fields(cls):
        kind = f.metadata.get("kind")
        if kind not in ("attr", "rel"):
            continue
        if parts[1] == "relationships" and kind == "rel" and wire_name(f) == key:
            return f.name
        if parts[1] == "attributes" and key in _attr_keys(f):
            return f.name
    return key.replace("-", "_")
