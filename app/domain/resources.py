"""The distributor's resources as plain dataclasses.

Field names are the API's attribute names in snake_case (``upc-code`` -> ``upc_code``). A field's
``metadata`` tells the JSON:API codec (``app/api/jsonapi.py``) how it crosses the wire:

- attributes: by default the kebab-case of the field name; ``wire=`` overrides it and ``aliases=``
  lists other spellings accepted on read (limbo writes ``createdAt`` on some resources, Labelcamp
  ``created-at``).
- relationships: ``rel=`` names the relationship, ``rtype=`` the resource type of its linkage and
  ``many=True`` makes it to-many (a list of ids). A polymorphic relationship names the field that
  holds the linked type with ``type_field=``.
- ``local=True`` marks a field that never crosses the wire (drafts' own bookkeeping).

Unknown attributes read from the server land in ``extra`` so that a round trip loses nothing.
This module is stdlib only: no Qt, no httpx.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar


def _copier(default: list[Any] | dict[str, Any]) -> Callable[[], Any]:
    """A default factory that hands each instance its own copy of a mutable default."""
    return lambda: copy.copy(default)


def attr(default: Any = None, *, wire: str | None = None, aliases: tuple[str, ...] = (),
         read_only: bool = False) -> Any:
    """An attribute field; ``read_only`` ones are never sent on create/update."""
    meta: dict[str, Any] = {"kind": "attr", "aliases": aliases, "read_only": read_only}
    if wire is not None:
        meta["wire"] = wire
    if isinstance(default, (list, dict)):
        return field(default_factory=_copier(default), metadata=meta)
    return field(default=default, metadata=meta)


def rel(name: str, rtype: str, *, many: bool = False, type_field: str | None = None,
        read_only: bool = False) -> Any:
    """A relationship field holding a server id (or a list of them when ``many``)."""
    meta = {"kind": "rel", "rel": name, "rtype": rtype, "many": many,
            "type_field": type_field, "read_only": read_only}
    if many:
        return field(default_factory=list, metadata=meta)
    return field(default=None, metadata=meta)


def local(default: Any = None) -> Any:
    """A field that stays on this machine."""
    if isinstance(default, (list, dict)):
        return field(default_factory=_copier(default), metadata={"kind": "local"})
    return field(default=default, metadata={"kind": "local"})


CREDIT_ROLES: tuple[str, ...] = (
    "artist", "composer", "producer", "featuring", "remixer", "author", "lyricist",
    "performer", "arranger", "orchestra", "director",
)
TRACK_CREDIT_ROLES: tuple[str, ...] = CREDIT_ROLES + ("publisher", "contributor")
USAGE_KEYS: tuple[str, ...] = ("download", "copy_scan", "on_demand_stream", "non_interactive_stream")
DELIVERY_TYPES: tuple[str, ...] = ("delivery", "update", "redelivery", "delete")
SEND_TASK_PRIORITIES: tuple[str, ...] = ("normal", "urgent", "next")
SEND_TASK_TERMINAL: frozenset[str] = frozenset({"completed", "error", "stuck"})
PRODUCT_STATUSES: tuple[str, ...] = ("draft", "active", "archived")


def full_usage() -> dict[str, bool]:
    return {key: True for key in USAGE_KEYS}


@dataclass
class Resource:
    """Common to every resource: id, timestamps, and what we did not model."""

    TYPE: ClassVar[str] = ""

    id: str | None = attr(read_only=True)
    created_at: str | None = attr(read_only=True, aliases=("createdAt",))
    updated_at: str | None = attr(read_only=True, aliases=("updatedAt",))
    extra: dict[str, Any] = local({})

@dataclass
class Distributor(Resource):
    TYPE: ClassVar[str] = "distributors"
    name: str | None = attr()
    is_strict: bool | None = attr()


@dataclass
class Company(Resource):
    TYPE: ClassVar[str] = "companies"
    name: str | None = attr()
    label_manager: str | None = attr()
    is_tva_applicable: bool | None = attr()
    distributor_id: str | None = rel("distributor", "distributors")


@dataclass
class User(Resource):
    TYPE: ClassVar[str] = "users"
    email: str | None = attr()
    name: str | None = attr()
    distributor_id: str | None = rel("distributor", "distributors")
    company_id: str | None = rel("company", "companies")


@dataclass
class Label(Resource):
    TYPE: ClassVar[str] = "labels"
    name: str | None = attr()
    description: str | None = attr()
    usage: dict[str, bool] | None = attr()
    company_id: str | None = rel("company", "companies")


@dataclass
class Product(Resource):
    TYPE: ClassVar[str] = "products"
    name: str | None = attr()
    subtitle: str | None = attr()
    is_compilation: bool | None = attr()
    upc_code: str | None = attr()
    copyright_line: str | None = attr()
    production_line: str | None = attr()
    production_year: int | None = attr()
    status: str | None = attr()
    release_date: str | None = attr()
    original_release_date: str | None = attr()
    mastered_by: str | None = attr()
    label_internal_reference: str | None = attr()
    front_cover: str | None = attr()  # write-only data URL; the server answers with cover_url
    cover_url: str | None = attr(read_only=True)
    front_cover_md5: str | None = attr(read_only=True)
    artist: list[str] | None = attr()
    composer: list[str] | None = attr()
    producer: list[str] | None = attr()
    featuring: list[str] | None = attr()
    remixer: list[str] | None = attr()
    author: list[str] | None = attr()
    lyricist: list[str] | None = attr()
    performer: list[str] | None = attr()
    arranger: list[str] | None = attr()
    orchestra: list[str] | None = attr()
    director: list[str] | None = attr()
    custom_data: Any = attr()
    tags: list[str] | None = attr()  # tag names (docs/API.md live-7)
    label_id: str | None = rel("label", "labels")
    language_id: str | None = rel("language", "languages")
    product_type_id: str | None = rel("product-type", "product-types")
    company_id: str | None = rel("company", "companies", read_only=True)


@dataclass
class Track(Resource):
    TYPE: ClassVar[str] = "tracks"
    title: str | None = attr()
    subtitle: str | None = attr()
    track_number: int | None = attr()
    volume_number: int | None = attr()
    isrc_code: str | None = attr()
    length: int | None = attr()
    production_line: str | None = attr()
    production_date: str | None = attr()
    clean: bool | None = attr()
    parental_advisory: bool | None = attr()
    explicit_content: bool | None = attr()
    preview_start: int | None = attr()
    preview_end: int | None = attr()
    lyrics: str | None = attr()
    audio16bits: bool | None = attr(read_only=True)
    audio24bits: bool | None = attr(read_only=True)
    artist: list[str] | None = attr()
    author: list[str] | None = attr()
    composer: list[str] | None = attr()
    publisher: list[str] | None = attr()
    contributor: list[str] | None = attr()
    remixer: list[str] | None = attr()
    featuring: list[str] | None = attr()
    performer: list[str] | None = attr()
    producer: list[str] | None = attr()
    orchestra: list[str] | None = attr()
    lyricist: list[str] | None = attr()
    arranger: list[str] | None = attr()
    director: list[str] | None = attr()
    product_id: str | None = rel("product", "products")
    # limbo: a relationship; Labelcamp: an attribute of the same name (the codec handles both).
    audio_language_id: str | None = rel("audio-language", "languages")


@dataclass
class Record(Resource):
    TYPE: ClassVar[str] = "records"
    new_file: str | None = attr()  # write-only base64 audio; streamed by the client, never held whole
    original_url: str | None = attr()
    md5: str | None = attr(read_only=True)
    precision: int | None = attr()
    master_type: str | None = attr()
    profile: str | None = attr(read_only=True)
    file_size: int | None = attr(read_only=True)
    filename: str | None = attr()
    file: dict[str, Any] | None = attr(read_only=True)
    track_id: str | None = rel("creator", "tracks")


# Apple Motion Art kinds of asset attachments and their aspect ratios (width, height).
MOTION_ART_KINDS: dict[str, tuple[int, int]] = {
    "apple_motion_art_mobile": (3, 4),
    "apple_motion_art_desktop": (1, 1),
}
# A record's master types (docs/API.md, mt-1).
MASTER_TYPES: tuple[str, ...] = ("cd", "hd", "dolby_atmos")
IMPORT_TASK_TERMINAL: frozenset[str] = frozenset({"completed", "error"})


@dataclass
class Video(Resource):
    """A music video: its file is sent once in ``new-file`` (streamed, like a record's master)."""

    TYPE: ClassVar[str] = "videos"
    name: str | None = attr()
    isrc_audio: str | None = attr()
    isrc_video: str | None = attr()
    upc_code: str | None = attr()
    crop: dict[str, str] | None = attr()
    length: int | None = attr(read_only=True)
    resolution: str | None = attr(read_only=True)
    cover_url: str | None = attr(read_only=True)
    movie_size: int | None = attr(read_only=True)
    is_youtube: bool | None = attr()
    new_file: str | None = attr()  # write-only base64; streamed by the client, never held whole
    filename: str | None = attr()
    md5: str | None = attr(read_only=True)
    label_id: str | None = rel("label", "labels")
    product_id: str | None = rel("product", "products")


@dataclass
class TrackVideo(Resource):
    """Links a video to a track for distribution."""

    TYPE: ClassVar[str] = "track-videos"
    track_id: str | None = rel("track", "tracks")
    video_id: str | None = rel("video", "videos")
    video_local_id: str | None = local()  # the draft video this link waits for


@dataclass
class AssetAttachment(Resource):
    """A marketing item on a product, such as Apple Motion Art (``kind``); its file goes in ``new-file``."""

    TYPE: ClassVar[str] = "asset-attachments"
    kind: str | None = attr()
    new_file: str | None = attr()
    file: str | None = attr(read_only=True)
    file_md5: str | None = attr(read_only=True)
    file_url: str | None = attr(read_only=True)
    filename: str | None = attr()
    file_size: int | None = attr(read_only=True)
    attachable_type: str = local("products")
    attachable_id: str | None = rel("attachable", "products", type_field="attachable_type")


@dataclass
class ImportTask(Resource):
    """An audio file upload processed asynchronously into a track's record (the route for Atmos masters)."""

    TYPE: ClassVar[str] = "import-tasks"
    url: str | None = attr()
    md5: str | None = attr()
    status: str | None = attr(read_only=True)
    message: str | None = attr(read_only=True)
    precision: int | None = attr(read_only=True)
    master_type: str | None = attr(read_only=True)
    support_number: str | None = attr()
    new_file: str | None = attr()
    filename: str | None = attr()
    attachable_type: str = local("tracks")
    attachable_id: str | None = rel("attachable", "tracks", type_field="attachable_type")
    record_id: str | None = rel("record", "records", read_only=True)


@dataclass
class Offer(Resource):
    TYPE: ClassVar[str] = "offers"
    release_date: str | None = attr()
    release_type: str | None = attr()
    preorder_date: str | None = attr()
    pitch_date: str | None = attr()
    is_default: bool | None = attr()
    active: bool | None = attr(read_only=True)
    status: str | None = attr()
    options: dict[str, Any] | None = attr()
    usage: dict[str, bool] | None = attr()
    is_validated: bool | None = attr(read_only=True)
    track_price_code: str | None = attr()
    product_id: str | None = rel("product", "products")
    subgenre_id: str | None = rel("subgenre", "distributor-product-subgenres")
    subgenre2_id: str | None = rel("subgenre2", "distributor-product-subgenres")
    dsp_upload_identification_ids: list[str] = rel(
        "dsp-upload-identifications", "dsp-upload-identifications", many=True)


@dataclass
class TrackOffer(Resource):
    TYPE: ClassVar[str] = "track-offers"
    usage: dict[str, bool] | None = attr()
    options: dict[str, Any] | None = attr()
    release_date: str | None = attr()
    download: bool | None = attr()
    stream: bool | None = attr()
    track_id: str | None = rel("track", "tracks")
    offer_id: str | None = rel("offer", "offers")


@dataclass
class Right(Resource):
    TYPE: ClassVar[str] = "rights"
    action: str | None = attr()
    user_email: str | None = attr()
    comments: str | None = attr()
    computed_dsps: str | None = attr(read_only=True)
    computed_territories: str | None = attr(read_only=True)
    distributed_type: str = local("products")
    distributor_id: str | None = rel("distributor", "distributors")
    distributed_id: str | None = rel("distributed", "products", type_field="distributed_type")
    dsp_ids: list[str] = rel("dsps", "dsps", many=True)
    continent_ids: list[str] = rel("continents", "continents", many=True)
    territory_ids: list[str] = rel("territories", "territories", many=True)


@dataclass
class SendTask(Resource):
    TYPE: ClassVar[str] = "send-tasks"
    deliverable: bool | None = attr()
    delivery_type: str | None = attr()
    status: str | None = attr(read_only=True)
    priority: str | None = attr()
    send_date: str | None = attr()
    batch_id: str | None = attr(read_only=True)
    ack_status_message: Any = attr(read_only=True)
    error_message: str | None = attr(read_only=True)
    sent_at: str | None = attr(read_only=True)
    packaged_by: str | None = attr(read_only=True)
    sent_by: str | None = attr(read_only=True)
    message_id: str | None = attr(read_only=True)
    sent_on: str | None = attr(read_only=True)
    created_by: str | None = attr(read_only=True)
    product_id: str | None = rel("product", "products")
    dsp_upload_identification_id: str | None = rel(
        "dsp-upload-identification", "dsp-upload-identifications")
    send_task_factory_id: str | None = rel("send-task-factory", "send-task-factories", read_only=True)

    @property
    def is_terminal(self) -> bool:
        return (self.status or "") in SEND_TASK_TERMINAL


@dataclass
class Artist(Resource):
    TYPE: ClassVar[str] = "artists"
    name: str | None = attr()
    priority: int | None = attr()
    external_user_id: str | None = attr()
    apple_id: str | None = attr()
    cover_url: str | None = attr(read_only=True)
    distributor_id: str | None = rel("distributor", "distributors")


@dataclass
class ArtistRole(Resource):
    TYPE: ClassVar[str] = "artist-roles"
    key: str | None = attr()
    name: str | None = attr()


@dataclass
class Availability(Resource):
    """Where an artist, a product or a track is on a DSP (exactly one of the three owners)."""

    TYPE: ClassVar[str] = "availabilities"
    dsp_artist_id: str | None = attr()
    external_id: str | None = attr()
    url: str | None = attr()
    territories: list[str] | None = attr()
    artist_id: str | None = rel("artist", "artists")
    product_id: str | None = rel("product", "products")
    track_id: str | None = rel("track", "tracks")
    dsp_id: str | None = rel("dsp", "dsps")
    dsp_state_id: str | None = rel("dsp-state", "dsp-states", read_only=True)


LIVE_STATES: tuple[str, ...] = ("processing", "live", "taken-down")


@dataclass
class DspState(Resource):
    """A product's state on one DSP: processing after a completed delivery, then live, or taken down."""

    TYPE: ClassVar[str] = "dsp-states"
    state: str | None = attr(read_only=True)
    since: str | None = attr(read_only=True)
    url: str | None = attr(read_only=True)
    territories: list[str] | None = attr(read_only=True)
    product_id: str | None = rel("product", "products", read_only=True)
    dsp_id: str | None = rel("dsp", "dsps", read_only=True)


FACTORY_COUNTS: tuple[str, ...] = ("completed", "waiting", "sending", "error", "stuck")


@dataclass
class SendTaskFactory(Resource):
    """Many send tasks at once: one per product and DSP upload identification."""

    TYPE: ClassVar[str] = "send-task-factories"
    delivery_type: str | None = attr()
    priority: str | None = attr()
    send_date: str | None = attr()
    release_date: str | None = attr()
    upcs: list[str] | None = attr()
    comments: str | None = attr()
    total_count: int | None = attr(read_only=True)
    completed_count: int | None = attr(read_only=True)
    waiting_count: int | None = attr(read_only=True)
    sending_count: int | None = attr(read_only=True)
    error_count: int | None = attr(read_only=True)
    stuck_count: int | None = attr(read_only=True)
    product_ids: list[str] = rel("products", "products", many=True)
    dsp_upload_identification_ids: list[str] = rel(
        "dsp-upload-identifications", "dsp-upload-identifications", many=True)

    def counts(self) -> dict[str, int]:
        return {name: int(getattr(self, f"{name}_count") or 0) for name in FACTORY_COUNTS}


@dataclass
class Tag(Resource):
    TYPE: ClassVar[str] = "tags"
    name: str | None = attr()
    color: str | None = attr()


@dataclass
class Playlist(Resource):
    """A track's placement on a DSP's playlist."""

    TYPE: ClassVar[str] = "playlists"
    name: str | None = attr(read_only=True)
    url: str | None = attr(read_only=True)
    followers: int | None = attr(read_only=True)
    position: int | None = attr(read_only=True)
    added_on: str | None = attr(read_only=True)
    dsp_id: str | None = rel("dsp", "dsps", read_only=True)
    track_id: str | None = rel("track", "tracks", read_only=True)
    product_id: str | None = rel("product", "products", read_only=True)


@dataclass
class SpotifyArtist(Resource):
    TYPE: ClassVar[str] = "spotify-artists"
    spotify_id: str | None = attr()
    name: str | None = attr()
    url: str | None = attr(read_only=True)
    artist_id: str | None = rel("artist", "artists")


@dataclass
class AppleArtist(Resource):
    TYPE: ClassVar[str] = "apple-artists"
    apple_id: str | None = attr()
    name: str | None = attr()
    url: str | None = attr(read_only=True)
    genre: str | None = attr()
    locale: str | None = attr()
    artist_id: str | None = rel("artist", "artists")


@dataclass
class Quota(Resource):
    TYPE: ClassVar[str] = "quotas"
    name: str | None = attr(read_only=True)
    limit: int | None = attr(read_only=True)
    used: int | None = attr(read_only=True)
    remaining: int | None = attr(read_only=True)
    period: str | None = attr(read_only=True)
    resets_at: str | None = attr(read_only=True)


@dataclass
class Dsp(Resource):
    TYPE: ClassVar[str] = "dsps"
    name: str | None = attr()
    image_url: str | None = attr(read_only=True)


@dataclass
class DspUploadIdentification(Resource):
    TYPE: ClassVar[str] = "dsp-upload-identifications"
    dsp_name: str | None = attr()
    options: list[dict[str, Any]] | None = attr()
    dsp_id: str | None = rel("dsp", "dsps")


@dataclass
class ProductType(Resource):
    TYPE: ClassVar[str] = "product-types"
    name: str | None = attr()


@dataclass
class Language(Resource):
    TYPE: ClassVar[str] = "languages"
    name: str | None = attr()


@dataclass
class Territory(Resource):
    TYPE: ClassVar[str] = "territories"
    name: str | None = attr()
    code_alpha_2: str | None = attr()


@dataclass
class Continent(Resource):
    TYPE: ClassVar[str] = "continents"
    name: str | None = attr()
    territory_ids: list[str] = rel("territories", "territories", many=True)


@dataclass
class Subgenre(Resource):
    TYPE: ClassVar[str] = "distributor-product-subgenres"
    name: str | None = attr()
    key: str | None = attr()
    distributor_id: str | None = rel("distributor", "distributors")


@dataclass
class PriceCode(Resource):
    TYPE: ClassVar[str] = "distributor-price-codes"
    name: str | None = attr()
    is_track_price: bool | None = attr()


RESOURCE_CLASSES: dict[str, type[Resource]] = {
    cls.TYPE: cls
    for cls in (
        Distributor, Company, User, Label, Product, Track, Record, Offer, TrackOffer, Right,
        SendTask, Artist, ArtistRole, Availability, Dsp, DspUploadIdentification, ProductType,
        Language, Territory, Continent, Subgenre, PriceCode, Video, TrackVideo, AssetAttachment,
        ImportTask, DspState, SendTaskFactory, Tag, Playlist,
        SpotifyArtist, AppleArtist, Quota,
    )
}
