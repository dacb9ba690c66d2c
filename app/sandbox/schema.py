"""What each resource type looks like on the wire: attributes (in the documented order), relationships,
filters and sortable fields. The server is generic over these specs; the rules live in ``rules.py``.

Choices made where the documents are silent (a careful JSON:API server's defaults):
- ``filter[name]`` is an exact, case-insensitive match (the natural-key lookups clients do need exactness).
- An unknown filter or sort field is a 400 naming the parameter, rather than being ignored silently.
- Every relationship carries ``links`` and ``data`` linkage in both dialects, to-many ones too (a
  label's products: computed by one indexed query per page of labels).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.resources import CREDIT_ROLES, TRACK_CREDIT_ROLES, full_usage
from app.sandbox.store import attr_expr, fk_expr, table

Clause = tuple[str, list[Any]]
FilterFn = Callable[[str], Clause]


@dataclass(frozen=True)
class RelSpec:
    name: str
    target: str
    many: bool = False
    # "stored": linkage kept on this row; "reverse": rows of `target` whose stored rel `fk` points here;
    # "reverse_list": rows of `target` whose stored to-many rel `fk` contains this row.
    kind: str = "stored"
    fk: str | None = None
    poly: tuple[str, ...] = ()  # allowed types of a polymorphic stored relationship
    required: bool = False
    writable: bool = True
    path: str | None = None  # the URL segment when it differs from the name (limbo's dspUploadIdentification)

    @property
    def segment(self) -> str:
        return self.path or self.name


@dataclass
class TypeSpec:
    rtype: str
    attrs: dict[str, Any]
    rels: list[RelSpec] = field(default_factory=list)
    camel_timestamps: bool = False  # limbo products/tracks/records
    filters: dict[str, FilterFn] = field(default_factory=dict)
    sorts: tuple[str, ...] = ()
    read_only_attrs: frozenset[str] = frozenset()
    writable: bool = True
    string_ids: bool = False
    paginated: bool = True
    extra_attr_keys: bool = False  # accepts artist-role keys as credit attributes (products, tracks)

    def rel(self, name: str) -> RelSpec | None:
        for spec in self.rels:
            if name in (spec.name, spec.path):
                return spec
        return None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(f"expected true or false, got {value!r}")


def f_ids(value: str) -> Clause:
    ids = _split(value)
    if not ids:
        return "0", []
    return f"CAST(t.id AS TEXT) IN ({','.join('?' * len(ids))})", ids


def f_attr(name: str) -> FilterFn:
    def build(value: str) -> Clause:
        values = _split(value) if "," in value and name not in ("name", "title") else [value]
        marks = ",".join("?" * len(values))
        return (f"lower(CAST({attr_expr(name, 't')} AS TEXT)) IN ({marks})", [v.lower() for v in values])

    return build


def f_exact(name: str) -> FilterFn:
    """Exact match that can use the attribute's expression index (upc-code)."""

    def build(value: str) -> Clause:
        values = _split(value)
        return f"{attr_expr(name, 't')} IN ({','.join('?' * len(values))})", values

    return build


def f_attr_bool(name: str) -> FilterFn:
    def build(value: str) -> Clause:
        return f"coalesce({attr_expr(name, 't')}, 0) = ?", [1 if _bool(value) else 0]

    return build


def f_rel(rel: str) -> FilterFn:
    def build(value: str) -> Clause:
        ids = _split(value)
        if not ids:
            return "0", []
        return f"{fk_expr(rel, 't')} IN ({','.join('?' * len(ids))})", ids

    return build


def f_rel_list(rel: str) -> FilterFn:
    def build(value: str) -> Clause:
        ids = _split(value)
        marks = ",".join("?" * len(ids))
        return (
            f"EXISTS (SELECT 1 FROM json_each(t.rels, '$.\"{rel}\"') j "
            f"WHERE json_extract(j.value, '$.id') IN ({marks}))",
            ids,
        )

    return build


def f_created(op: str) -> FilterFn:
    def build(value: str) -> Clause:
        bound = value.strip()
        if len(bound) == 10 and op == "<=":
            bound += "T23:59:59.999999Z"  # a bare date includes that whole day
        return f"t.created_at {op} ?", [bound]

    return build


def f_exists(
    child: str, fk: str, extra: str = "", extra_params: list[Any] | None = None, expect: bool | None = None
) -> FilterFn:
    def build(value: str) -> Clause:
        positive = _bool(value) if expect is None else expect
        clause = (
            f"EXISTS (SELECT 1 FROM {table(child)} c WHERE {fk_expr(fk, 'c')} = CAST(t.id AS TEXT){extra})"
        )
        return (clause if positive else f"NOT {clause}"), list(extra_params or [])

    return build


def f_child_attr(child: str, fk: str, name: str) -> FilterFn:
    def build(value: str) -> Clause:
        return (
            f"EXISTS (SELECT 1 FROM {table(child)} c WHERE {fk_expr(fk, 'c')} = CAST(t.id AS TEXT) "
            f"AND lower({attr_expr(name, 'c')}) = ?)",
            [value.lower()],
        )

    return build


def f_has_rel(rel: str) -> FilterFn:
    def build(value: str) -> Clause:
        clause = f"{fk_expr(rel, 't')} IS NOT NULL"
        return (clause if _bool(value) else f"NOT ({clause})"), []

    return build


def f_dui_dsp(value: str) -> Clause:
    ids = _split(value)
    marks = ",".join("?" * len(ids))
    return (
        f"({fk_expr('dsp', 't')} IN ({marks}) OR EXISTS (SELECT 1 FROM json_each(t.extra, '$.feeds') j "
        f"WHERE j.value IN ({marks})))",
        ids + ids,
    )


def _ref(attrs: dict[str, Any], *, extra_filters: dict[str, FilterFn] | None = None) -> dict[str, FilterFn]:
    filters: dict[str, FilterFn] = {"id": f_ids}
    for name in attrs:
        if name in ("name", "key", "code-alpha-2", "dsp-name"):
            filters[name] = f_attr(name)
    filters.update(extra_filters or {})
    return filters


_PRODUCT_ATTRS: dict[str, Any] = {
    "name": None,
    "is-compilation": False,
    "upc-code": None,
    "copyright-line": None,
    "production-line": None,
    "production-year": None,
    "status": "draft",
    "cover-url": None,
    "release-date": None,
    "original-release-date": None,
    "mastered-by": None,
    "label-internal-reference": None,
    "subtitle": None,
    "front-cover-md5": None,
    **{role: None for role in CREDIT_ROLES},
    "custom-data": None,
    "tags": [],
}

_TRACK_ATTRS: dict[str, Any] = {
    "title": None,
    "subtitle": None,
    "track-number": None,
    "volume-number": 1,
    "isrc-code": None,
    "length": None,
    "production-line": None,
    "clean": False,
    "parental-advisory": False,
    "production-date": None,
    "preview-start": None,
    "preview-end": None,
    "lyrics": None,
    "explicit-content": None,
    **{role: None for role in TRACK_CREDIT_ROLES},
    "audio16bits": False,
    "audio24bits": False,
}

_RECORD_ATTRS: dict[str, Any] = {
    "new-file": None,
    "md5": None,
    "original-url": None,
    "precision": None,
    "master-type": None,
    "profile": None,
    "file-size": None,
    "filename": None,
    "file": None,
}

# Videos, track videos, asset attachments and import tasks (docs/API.md, "Videos and Motion Art").
_VIDEO_ATTRS: dict[str, Any] = {
    "name": None,
    "isrc-audio": None,
    "isrc-video": None,
    "upc-code": None,
    "crop": None,
    "length": None,
    "resolution": None,
    "cover-url": None,
    "movie-size": None,
    "is-youtube": False,
    "new-file": None,
    "filename": None,
    "md5": None,
}

_ATTACHMENT_ATTRS: dict[str, Any] = {
    "kind": None,
    "new-file": None,
    "file": None,
    "file-md5": None,
    "file-url": None,
    "filename": None,
    "file-size": None,
}

_IMPORT_TASK_ATTRS: dict[str, Any] = {
    "url": None,
    "md5": None,
    "status": "uploaded",
    "message": None,
    "precision": None,
    "master-type": None,
    "support-number": None,
    "cover-url": None,
    "new-file": None,
    "filename": None,
}

_OFFER_ATTRS: dict[str, Any] = {
    "release-date": None,
    "release-type": "normal",
    "preorder-date": None,
    "pitch-date": None,
    "is-default": False,
    "active": False,
    "status": "draft",
    "options": None,
    "usage": None,
    "is-validated": False,
    "track-price-code": None,
}

_SEND_TASK_ATTRS: dict[str, Any] = {
    "deliverable": True,
    "delivery-type": None,
    "status": "pending",
    "priority": "normal",
    "send-date": None,
    "batch-id": None,
    "ack-status-message": None,
    "error-message": None,
    "sent-at": None,
    "packaged-by": None,
    "sent-by": None,
    "message-id": None,
    "sent-on": None,
    "created-by": "robot",
    "sent-on-behalf-of-name": None,
    "sent-on-behalf-of-dpid": None,
}


def build_specs() -> dict[str, TypeSpec]:
    specs = [
        TypeSpec(
            "distributors",
            {"name": None, "is-strict": False},
            [RelSpec("companies", "companies", many=True, kind="reverse", fk="distributor")],
            filters=_ref({"name": None}),
            sorts=("name",),
            writable=False,
        ),
        TypeSpec(
            "companies",
            {"name": None, "label-manager": None, "is-tva-applicable": False},
            [
                RelSpec("distributor", "distributors"),
                RelSpec("labels", "labels", many=True, kind="reverse", fk="company"),
            ],
            filters=_ref({"name": None}, extra_filters={"distributor-id": f_rel("distributor")}),
            sorts=("name",),
            writable=False,
        ),
        TypeSpec(
            "users",
            {"email": None, "name": None},
            [RelSpec("distributor", "distributors"), RelSpec("company", "companies")],
            filters={"id": f_ids},
            writable=False,
        ),
        TypeSpec(
            "labels",
            {"name": None, "usage": full_usage(), "description": None, "logo": None},
            [
                RelSpec("company", "companies", required=True),
                RelSpec("products", "products", many=True, kind="reverse", fk="label"),
            ],
            filters={
                "name": f_attr("name"),
                "id": f_ids,
                "label-ids": f_ids,
                "products.name": f_child_attr("products", "label", "name"),
                "products.status": f_child_attr("products", "label", "status"),
                "has-products": f_exists("products", "label"),
                "has-company": f_has_rel("company"),
                "company-id": f_rel("company"),
            },
            sorts=("name",),
        ),
        TypeSpec(
            "products",
            dict(_PRODUCT_ATTRS),
            [
                RelSpec("company", "companies", writable=False),
                RelSpec("label", "labels", required=True),
                RelSpec("product-type", "product-types"),
                RelSpec("language", "languages", required=True),
                RelSpec("offers", "offers", many=True, kind="reverse", fk="product"),
                RelSpec("tracks", "tracks", many=True, kind="reverse", fk="product"),
                RelSpec("rights", "rights", many=True, kind="reverse", fk="distributed"),
                RelSpec("send-tasks", "send-tasks", many=True, kind="reverse", fk="product"),
                RelSpec("artists", "artists", many=True, writable=False),
                RelSpec("videos", "videos", many=True, kind="reverse", fk="product"),
                RelSpec("asset-attachments", "asset-attachments", many=True, kind="reverse", fk="attachable"),
            ],
            camel_timestamps=True,
            filters={
                "name": f_attr("name"),
                "status": f_attr("status"),
                "id": f_ids,
                "label-id": f_rel("label"),
                "upc-code": f_exact("upc-code"),
                "created-at-gte": f_created(">="),
                "created-at-lte": f_created("<="),
                "has-send-tasks": f_exists("send-tasks", "product"),
                "tag-id": f_rel_list("tag-links"),
                "tag": f_tag_name,
            },
            sorts=("name", "status", "upc-code", "release-date", "production-year"),
            read_only_attrs=frozenset({"cover-url", "front-cover-md5"}),
            extra_attr_keys=True,
        ),
        TypeSpec(
            "tracks",
            dict(_TRACK_ATTRS),
            [
                RelSpec("product", "products", required=True),
                RelSpec("audio-language", "languages"),
                RelSpec("records", "records", many=True, kind="reverse", fk="creator"),
                RelSpec("track-offers", "track-offers", many=True, kind="reverse", fk="track"),
                RelSpec("artists", "artists", many=True, writable=False),
                RelSpec("track-videos", "track-videos", many=True, kind="reverse", fk="track"),
            ],
            camel_timestamps=True,
            filters={
                "id": f_ids,
                "product-id": f_rel("product"),
                "isrc-code": f_attr("isrc-code"),
                "title": f_attr("title"),
            },
            sorts=("title", "track-number", "volume-number", "isrc-code"),
            read_only_attrs=frozenset({"audio16bits", "audio24bits"}),
            extra_attr_keys=True,
        ),
        TypeSpec(
            "records",
            dict(_RECORD_ATTRS),
            [RelSpec("creator", "tracks", required=True)],
            camel_timestamps=True,
            filters={"id": f_ids, "track-id": f_rel("creator")},
            read_only_attrs=frozenset({"md5", "profile", "file-size", "file"}),
        ),
        TypeSpec(
            "offers",
            dict(_OFFER_ATTRS),
            [
                RelSpec("product", "products", required=True),
                RelSpec("subgenre", "distributor-product-subgenres"),
                RelSpec("subgenre2", "distributor-product-subgenres"),
                RelSpec("dsp-upload-identifications", "dsp-upload-identifications", many=True),
                RelSpec("track-offers", "track-offers", many=True, kind="reverse", fk="offer"),
            ],
            filters={
                "id": f_ids,
                "product-id": f_rel("product"),
                "is-default": f_attr_bool("is-default"),
                "status": f_attr("status"),
            },
            sorts=("release-date", "status", "is-default"),
            read_only_attrs=frozenset({"active", "is-validated"}),
        ),
        TypeSpec(
            "track-offers",
            {"usage": None, "options": None, "release-date": None, "download": None, "stream": None},
            [
                RelSpec("track", "tracks", required=True),
                RelSpec("offer", "offers", required=True),
                RelSpec("price-code", "distributor-price-codes"),
                RelSpec("genre", "distributor-product-subgenres"),
            ],
            filters={"id": f_ids, "track-id": f_rel("track"), "offer-id": f_rel("offer")},
        ),
        TypeSpec(
            "rights",
            {
                "action": "add",
                "user-email": None,
                "comments": None,
                "created-by": None,
                "updated-by": None,
                "computed-dsps": None,
                "computed-territories": None,
            },
            [
                RelSpec("distributor", "distributors"),
                RelSpec("distributed", "products", poly=("products", "labels", "companies"), required=True),
                RelSpec("dsps", "dsps", many=True),
                RelSpec("minus-dsps", "dsps", many=True),
                RelSpec("continents", "continents", many=True),
                RelSpec("territories", "territories", many=True),
            ],
            filters={
                "id": f_ids,
                "product-id": f_rel("distributed"),
                "distributed-id": f_rel("distributed"),
                "action": f_attr("action"),
            },
            read_only_attrs=frozenset({"computed-dsps", "computed-territories", "created-by", "updated-by"}),
        ),
        TypeSpec(
            "send-tasks",
            dict(_SEND_TASK_ATTRS),
            [
                RelSpec("product", "products", required=True),
                RelSpec("dsp-upload-identification", "dsp-upload-identifications", required=True),
                RelSpec("send-task-factory", "send-task-factories", writable=False),
            ],
            filters={
                "id": f_ids,
                "product-id": f_rel("product"),
                "send-task-factory-id": f_rel("send-task-factory"),
                "status": f_attr("status"),
                "delivery-type": f_attr("delivery-type"),
                "priority": f_attr("priority"),
                "dsp-upload-identification-id": f_rel("dsp-upload-identification"),
            },
            sorts=("status", "send-date", "delivery-type", "priority"),
            read_only_attrs=frozenset(
                {
                    "status",
                    "batch-id",
                    "ack-status-message",
                    "error-message",
                    "sent-at",
                    "packaged-by",
                    "sent-by",
                    "message-id",
                    "sent-on",
                    "created-by",
                }
            ),
        ),
        TypeSpec(
            "videos",
            dict(_VIDEO_ATTRS),
            [
                RelSpec("label", "labels"),
                RelSpec("product", "products"),
                RelSpec("track-videos", "track-videos", many=True, kind="reverse", fk="video"),
            ],
            filters={
                "id": f_ids,
                "label-id": f_rel("label"),
                "product-id": f_rel("product"),
                "name": f_attr("name"),
                "isrc-video": f_attr("isrc-video"),
                "md5": f_attr("md5"),
            },
            sorts=("name", "isrc-video"),
            read_only_attrs=frozenset({"length", "resolution", "cover-url", "movie-size", "md5"}),
        ),
        TypeSpec(
            "track-videos",
            {},
            [RelSpec("track", "tracks", required=True), RelSpec("video", "videos", required=True)],
            filters={"id": f_ids, "track-id": f_rel("track"), "video-id": f_rel("video")},
        ),
        TypeSpec(
            "asset-attachments",
            dict(_ATTACHMENT_ATTRS),
            [RelSpec("attachable", "products", poly=("products",), required=True)],
            filters={
                "id": f_ids,
                "attachable-id": f_rel("attachable"),
                "product-id": f_rel("attachable"),
                "kind": f_attr("kind"),
            },
            sorts=("kind",),
            read_only_attrs=frozenset({"file", "file-md5", "file-url", "file-size"}),
        ),
        TypeSpec(
            "import-tasks",
            dict(_IMPORT_TASK_ATTRS),
            [
                RelSpec("attachable", "tracks", poly=("tracks",), required=True),
                RelSpec("record", "records", writable=False),
            ],
            filters={
                "id": f_ids,
                "attachable-id": f_rel("attachable"),
                "track-id": f_rel("attachable"),
                "status": f_attr("status"),
            },
            sorts=("status",),
            read_only_attrs=frozenset({"status", "message", "precision", "master-type", "cover-url"}),
        ),
        TypeSpec(
            "artists",
            {"name": None, "priority": 1, "external-user-id": None, "apple-id": None, "cover-url": None},
            [
                RelSpec("distributor", "distributors"),
                RelSpec("products", "products", many=True, kind="reverse_list", fk="artists"),
                RelSpec("availabilities", "availabilities", many=True, kind="reverse", fk="artist"),
                RelSpec(
                    "dsp-identifications",
                    "artist-dsp-identifications",
                    many=True,
                    kind="reverse",
                    fk="artist",
                ),
            ],
            filters={
                "id": f_ids,
                "name": f_attr("name"),
                "external-user-id": f_attr("external-user-id"),
                "distributor-id": f_rel("distributor"),
                "distributorId": f_rel("distributor"),
                "product-id": f_exists_artist_product,
                "productId": f_exists_artist_product,
            },
            sorts=("name", "priority"),
            read_only_attrs=frozenset({"cover-url"}),
        ),
        # Where an artist, a product or a track is on a DSP (exactly one of the three; docs/API.md live-2).
        TypeSpec(
            "availabilities",
            {"dsp-artist-id": None, "external-id": None, "url": None, "territories": None},
            [
                RelSpec("artist", "artists"),
                RelSpec("product", "products"),
                RelSpec("track", "tracks"),
                RelSpec("dsp", "dsps", required=True),
                RelSpec("dsp-state", "dsp-states", writable=False),
            ],
            filters={
                "id": f_ids,
                "artist-id": f_rel("artist"),
                "dsp-id": f_rel("dsp"),
                "product-id": f_rel("product"),
                "track-id": f_rel("track"),
                "dsp-state-id": f_rel("dsp-state"),
            },
        ),
        # limbo: an artist's id at one DSP upload channel (used to build the DDEX XML).
        TypeSpec(
            "artist-dsp-identifications",
            {"dsp-artist-id": None, "dsp-artist-url": None},
            [
                RelSpec("artist", "artists", required=True),
                RelSpec(
                    "dspUploadIdentification",
                    "dsp-upload-identifications",
                    required=True,
                    path="dsp-upload-identification",
                ),
            ],
            filters={
                "id": f_ids,
                "artist-id": f_rel("artist"),
                "dsp-upload-identification-id": f_rel("dspUploadIdentification"),
            },
        ),
        TypeSpec(
            "artist-roles",
            {"key": None, "name": None},
            [],
            filters=_ref({"key": None, "name": None}),
            sorts=("key", "name"),
            writable=False,
            string_ids=True,
        ),
        TypeSpec(
            "dsps",
            {"name": None, "image-url": None},
            [],
            filters=_ref({"name": None}),
            sorts=("name",),
            writable=False,
        ),
        TypeSpec(
            "dsp-upload-identifications",
            {"dsp-name": None, "options": []},
            [RelSpec("dsp", "dsps")],
            filters=_ref({"dsp-name": None}, extra_filters={"dsp-id": f_dui_dsp}),
            sorts=("dsp-name",),
            writable=False,
        ),
        TypeSpec(
            "product-types",
            {"name": None},
            [],
            filters=_ref({"name": None}),
            sorts=("name",),
            writable=False,
            paginated=False,
        ),
        TypeSpec(
            "languages", {"name": None}, [], filters=_ref({"name": None}), sorts=("name",), writable=False
        ),
        TypeSpec(
            "territories",
            {"name": None, "code-alpha-2": None},
            [RelSpec("continents", "continents", many=True)],
            filters=_ref(
                {"name": None, "code-alpha-2": None}, extra_filters={"continent-id": f_rel_list("continents")}
            ),
            sorts=("name", "code-alpha-2"),
            writable=False,
        ),
        TypeSpec(
            "continents",
            {"name": None},
            [RelSpec("territories", "territories", many=True)],
            filters=_ref({"name": None}),
            sorts=("name",),
            writable=False,
        ),
        TypeSpec(
            "distributor-product-subgenres",
            {"name": None, "key": None},
            [RelSpec("distributor", "distributors")],
            filters=_ref({"name": None, "key": None}),
            sorts=("name", "key"),
            writable=False,
        ),
        TypeSpec(
            "distributor-price-codes",
            {"name": None, "is-track-price": False},
            [RelSpec("distributor", "distributors")],
            filters=_ref({"name": None}, extra_filters={"is-track-price": f_attr_bool("is-track-price")}),
            sorts=("name",),
            writable=False,
        ),
        *_live_specs(),
    ]
    return {spec.rtype: spec for spec in specs}


def _live_specs() -> list[TypeSpec]:
    """After delivery: live states, factories, tags, playlists, DSP artists, quotas
    (docs/API.md#live-states-factories-and-tags)."""
    counts = (
        "total-count", "completed-count", "waiting-count", "sending-count", "error-count", "stuck-count"
    )
    return [
        TypeSpec(
            "dsp-states",
            {"state": None, "since": None, "url": None, "territories": None},
            [
                RelSpec("product", "products", required=True),
                RelSpec("dsp", "dsps", required=True),
                RelSpec("availabilities", "availabilities", many=True, kind="reverse", fk="dsp-state"),
            ],
            filters={
                "id": f_ids,
                "product-id": f_rel("product"),
                "dsp-id": f_rel("dsp"),
                "state": f_attr("state"),
            },
            sorts=("state", "since"),
            writable=False,
        ),
        TypeSpec(
            "send-task-factories",
            {
                "delivery-type": None,
                "priority": "normal",
                "send-date": None,
                "release-date": None,
                "upcs": None,
                "comments": None,
                **{name: 0 for name in counts},
            },
            [
                RelSpec("products", "products", many=True),
                RelSpec("dsp-upload-identifications", "dsp-upload-identifications", many=True),
                RelSpec("send-tasks", "send-tasks", many=True, kind="reverse", fk="send-task-factory"),
            ],
            filters={"id": f_ids, "delivery-type": f_attr("delivery-type"), "priority": f_attr("priority")},
            sorts=("delivery-type", "priority"),
            read_only_attrs=frozenset(counts),
        ),
        TypeSpec(
            "tags",
            {"name": None, "color": None},
            [RelSpec("products", "products", many=True, kind="reverse_list", fk="tag-links")],
            filters=_ref({"name": None}),
            sorts=("name",),
        ),
        TypeSpec(
            "playlists",
            {"name": None, "url": None, "followers": None, "position": None, "added-on": None},
            [
                RelSpec("dsp", "dsps", required=True),
                RelSpec("track", "tracks", required=True),
                RelSpec("product", "products"),
            ],
            filters={
                "id": f_ids,
                "dsp-id": f_rel("dsp"),
                "track-id": f_rel("track"),
                "product-id": f_rel("product"),
            },
            sorts=("name", "followers", "added-on"),
            writable=False,
        ),
        TypeSpec(
            "spotify-artists",
            {"spotify-id": None, "name": None, "url": None},
            [RelSpec("artist", "artists", required=True)],
            filters={"id": f_ids, "artist-id": f_rel("artist"), "spotify-id": f_attr("spotify-id")},
            read_only_attrs=frozenset({"url"}),
        ),
        TypeSpec(
            "apple-artists",
            {"apple-id": None, "name": None, "url": None, "genre": None, "locale": None},
            [RelSpec("artist", "artists", required=True)],
            filters={"id": f_ids, "artist-id": f_rel("artist"), "apple-id": f_attr("apple-id")},
            read_only_attrs=frozenset({"url"}),
        ),
        TypeSpec(
            "quotas",
            {"name": None, "limit": None, "used": None, "remaining": None, "period": None, "resets-at": None},
            [],
            filters=_ref({"name": None}),
            writable=False,
        ),
    ]


def f_tag_name(value: str) -> Clause:
    """Products carrying a tag of this name (case-insensitive), by the tag rows they link."""
    names = [v.lower() for v in _split(value)] or [""]
    marks = ",".join("?" * len(names))
    return (
        f"EXISTS (SELECT 1 FROM json_each(t.rels, '$.\"tag-links\"') j, {table('tags')} g "
        f"WHERE g.id = CAST(json_extract(j.value, '$.id') AS INTEGER) "
        f"AND lower({attr_expr('name', 'g')}) IN ({marks}))",
        names,
    )


def f_exists_artist_product(value: str) -> Clause:
    ids = _split(value)
    marks = ",".join("?" * len(ids))
    return (
        f"EXISTS (SELECT 1 FROM {table('products')} p, json_each(p.rels, '$.\"artists\"') j "
        f"WHERE CAST(p.id AS TEXT) IN ({marks}) AND json_extract(j.value, '$.id') = CAST(t.id AS TEXT))",
        ids,
    )


# Expression indexes: every stored to-one relationship that others look rows up by, and hot filters.
INDEXES: list[tuple[str, str]] = [
    ("products", fk_expr("label")),
    ("products", attr_expr("upc-code")),
    ("products", "created_at"),
    ("tracks", fk_expr("product")),
    ("records", fk_expr("creator")),
    ("offers", fk_expr("product")),
    ("rights", fk_expr("distributed")),
    ("send-tasks", fk_expr("product")),
    ("send-tasks", attr_expr("status")),
    ("track-offers", fk_expr("track")),
    ("track-offers", fk_expr("offer")),
    ("labels", fk_expr("company")),
    ("artists", attr_expr("name")),
    ("artist-dsp-identifications", fk_expr("artist")),
    ("availabilities", fk_expr("artist")),
    ("companies", fk_expr("distributor")),
    ("videos", fk_expr("product")),
    ("track-videos", fk_expr("track")),
    ("track-videos", fk_expr("video")),
    ("asset-attachments", fk_expr("attachable")),
    ("import-tasks", fk_expr("attachable")),
    ("availabilities", fk_expr("product")),
    ("availabilities", fk_expr("track")),
    ("availabilities", fk_expr("dsp-state")),
    ("dsp-states", fk_expr("product")),
    ("send-tasks", fk_expr("send-task-factory")),
    ("playlists", fk_expr("track")),
    ("playlists", fk_expr("product")),
]

SPECS = build_specs()
