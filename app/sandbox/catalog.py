"""The sandbox's business rules: what a create, update or delete may do, and what it sets in motion
(a product's default offer, artist association on activation, deliveries moving through their states).

Every rule violation is collected first and answered as one 422 with one error per problem, each with
a ``source.pointer`` (``/data/attributes/upc-code``, ``/data/relationships/label``).

Choices where the documents are silent (what a careful server does):
- A UPC is 12-14 digits and unique; its check digit is not validated (the tutorial's is wrong). An ISRC,
  when given, is 12 characters without dashes.
- The default offer starts in draft with no release date of its own (the tutorial sets one on it).
- A label that still has products cannot be deleted; a draft product's deletion takes its tracks,
  records, offers, rights and send tasks with it.
- A delivery's outcome is decided when the task is created: rights on the product, its label or its
  company count; the active default offer covers every DSP the rights allow, a DSP-specific one its
  DSPs; an update or redelivery needs an earlier completed delivery to that DSP (Labelcamp's help).
- Only a pending send task can be changed; one being delivered cannot be deleted.
- An update is checked by the same attribute rules as a create (one function per resource serves both).
- An artist that a product or track links cannot be deleted; an active product's last track cannot be
  deleted or moved to another product (docs/SANDBOX.md).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.resources import (
    CREDIT_ROLES,
    DELIVERY_TYPES,
    PRODUCT_STATUSES,
    SEND_TASK_PRIORITIES,
    TRACK_CREDIT_ROLES,
    USAGE_KEYS,
    full_usage,
)
from app.sandbox.documents import not_found, unprocessable
from app.sandbox.live import STUCK_AFTER, LiveRules, article
from app.sandbox.refdata import ARTIST_ROLE_KEYS, DEMO_EMAIL
from app.sandbox.schema import SPECS, TypeSpec
from app.sandbox.store import Row, Store, attr_expr, fk_expr, now_iso

Problems = list[tuple[str, str]]

OFFER_STATUSES = ("draft", "active")
RIGHT_ACTIONS = ("add", "remove", "clear")
NEXT_QUOTA_PER_DAY = 1000
IN_PROGRESS = ("pending", "waiting", "procesing")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}\d{7}$")
_UPC = re.compile(r"^\d{12,14}$")
# Apple Motion Art kinds and their aspect ratios (width, height); docs/API.md, att-1.
ATTACHMENT_KINDS = {"apple_motion_art_mobile": (3, 4), "apple_motion_art_desktop": (1, 1)}
MASTER_TYPES = ("cd", "hd", "dolby_atmos")


def attr_pointer(name: str) -> str:
    return f"/data/attributes/{name}"


def rel_pointer(name: str) -> str:
    return f"/data/relationships/{name}"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if _DATE.match(text):
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _iso_date(value: str) -> str:
    """Product dates print as the documentation shows them: ``2023-10-01T00:00:00.000000Z``."""
    parsed = _parse_date(value)
    assert parsed is not None
    return parsed.isoformat() + "T00:00:00.000000Z"


def _parse_moment(value: Any) -> float | None:
    """A send-date: ``2023-08-14 18:11:51`` (as the documentation prints it) or ISO 8601; UTC when no zone."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def _send_date(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts))


@dataclass
class Prepared:
    """What the server learnt from big values before the rules run (in a worker thread)."""

    record: dict[str, Any] | None = None  # attributes filled from the audio
    record_path: Path | None = None
    cover_name: str | None = None
    cover_md5: str | None = None
    cleanup: list[Path] = field(default_factory=list)
    upload: dict[str, Any] | None = None  # attributes filled from a video, attachment or import task's file
    upload_path: Path | None = None
    upload_facts: Any = None  # the media facts (VideoFacts, AudioFacts) the rules look at


class Catalog(LiveRules):
    def __init__(
        self,
        store: Store,
        *,
        delivery_seconds: float = 3.0,
        clock: Callable[[], float] = time.time,
        specs: dict[str, TypeSpec] | None = None,
    ) -> None:
        self.store = store
        self.specs = specs or SPECS
        self.delivery_seconds = max(0.0, delivery_seconds)
        self.clock = clock

    # -- helpers ----------------------------------------------------------------------------------
    def _exists(self, rtype: str, rid: str | None) -> bool:
        return rid is not None and self.store.get(rtype, rid) is not None

    def _check_links(self, spec: TypeSpec, rels: dict[str, Any], problems: Problems) -> None:
        for name, data in rels.items():
            rel = spec.rel(name)
            assert rel is not None
            items = data if isinstance(data, list) else [data] if data is not None else []
            for item in items:
                allowed = rel.poly or (rel.target,)
                if item["type"] not in allowed:
                    problems.append(
                        (
                            rel_pointer(name),
                            f"The {name} relationship must link {' or '.join(allowed)}, not {item['type']}.",
                        )
                    )
                elif not self._exists(item["type"], item["id"]):
                    problems.append(
                        (
                            rel_pointer(name),
                            f"The selected {name} is invalid ({item['type']} {item['id']} does not exist).",
                        )
                    )

    @staticmethod
    def _require_attrs(attrs: dict[str, Any], names: tuple[str, ...], problems: Problems) -> None:
        for name in names:
            if _blank(attrs.get(name)):
                problems.append((attr_pointer(name), f"The {name} field is required."))

    @classmethod
    def _require_kept(cls, attrs: dict[str, Any], names: tuple[str, ...], problems: Problems) -> None:
        """An update may leave a required attribute out, but not blank it."""
        cls._require_attrs(attrs, tuple(name for name in names if name in attrs), problems)

    @staticmethod
    def _apply_changes(row: Row, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems) -> None:
        """Refuse an update with every problem found, else merge its attributes and relationships into
        ``row`` (the caller saves it)."""
        if problems:
            raise unprocessable(problems)
        row.attrs.update(attrs)
        row.rels.update(rels)

    @staticmethod
    def _require_rels(rels: dict[str, Any], names: tuple[str, ...], problems: Problems) -> None:
        for name in names:
            if not rels.get(name):
                problems.append((rel_pointer(name), f"The {name} relationship is required."))

    @staticmethod
    def _check_usage(attrs: dict[str, Any], problems: Problems) -> None:
        usage = attrs.get("usage")
        if usage is None:
            return
        if not isinstance(usage, dict):
            problems.append((attr_pointer("usage"), "The usage field must be an object of true/false flags."))
            return
        for key, value in usage.items():
            if key not in USAGE_KEYS:
                problems.append(
                    (
                        attr_pointer("usage"),
                        f"The usage key {key!r} is unknown; use {', '.join(USAGE_KEYS)} (snake_case).",
                    )
                )
            elif not isinstance(value, bool):
                problems.append((attr_pointer("usage"), f"The usage flag {key} must be true or false."))

    @staticmethod
    def _check_credits(attrs: dict[str, Any], roles: tuple[str, ...], problems: Problems) -> None:
        for role in roles + ARTIST_ROLE_KEYS:
            if role not in attrs or attrs[role] is None:
                continue
            value = attrs[role]
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                problems.append((attr_pointer(role), f"The {role} field must be a list of names."))

    @staticmethod
    def _check_text(attrs: dict[str, Any], names: tuple[str, ...], problems: Problems) -> None:
        for name in names:
            if attrs.get(name) is not None and not isinstance(attrs[name], str):
                problems.append((attr_pointer(name), f"The {name} must be text."))

    @staticmethod
    def _check_date(attrs: dict[str, Any], name: str, problems: Problems) -> None:
        value = attrs.get(name)
        if value is not None and _parse_date(value) is None:
            problems.append((attr_pointer(name), f"The {name} must be a date like 2023-10-01."))

    def _fill(self, spec: TypeSpec, attrs: dict[str, Any]) -> dict[str, Any]:
        full = copy.deepcopy(spec.attrs)
        full.update(attrs)
        return full

    def _children(self, rtype: str, rel: str, rid: str, parent_type: str | None = None) -> list[Row]:
        where: list[tuple[str, list[Any]]] = [(f"{fk_expr(rel, 't')} = ?", [rid])]
        if parent_type:
            where.append((f"json_extract(t.rels, '$.\"{rel}\".type') = ?", [parent_type]))
        return self.store.select(rtype, where)

    # -- entry points -----------------------------------------------------------------------------
    def create(self, rtype: str, attrs: dict[str, Any], rels: dict[str, Any], prepared: Prepared) -> Row:
        spec = self.specs[rtype]
        problems: Problems = []
        self._check_links(spec, rels, problems)
        handler = getattr(self, "_create_" + rtype.replace("-", "_"), None)
        with self.store.transaction():
            if handler is not None:
                return handler(spec, attrs, rels, prepared, problems)  # type: ignore[no-any-return]
            self._require_rels(rels, tuple(r.name for r in spec.rels if r.required), problems)
            if problems:
                raise unprocessable(problems)
            return self.store.insert(rtype, self._fill(spec, attrs), rels)

    def update(self, row: Row, attrs: dict[str, Any], rels: dict[str, Any], prepared: Prepared) -> Row:
        spec = self.specs[row.rtype]
        problems: Problems = []
        self._check_links(spec, rels, problems)
        for rel in spec.rels:
            if rel.required and rel.name in rels and not rels[rel.name]:
                problems.append((rel_pointer(rel.name), f"The {rel.name} relationship cannot be removed."))
        handler = getattr(self, "_update_" + row.rtype.replace("-", "_"), None)
        with self.store.transaction():
            if handler is not None:
                return handler(spec, row, attrs, rels, prepared, problems)  # type: ignore[no-any-return]
            self._apply_changes(row, attrs, rels, problems)
            return self.store.save(row)

    def delete(self, row: Row) -> None:
        handler = getattr(self, "_delete_" + row.rtype.replace("-", "_"), None)
        with self.store.transaction():
            if handler is not None:
                handler(row)
            self.store.delete(row.rtype, row.id)

    # -- labels -----------------------------------------------------------------------------------
    def _label_rules(self, attrs: dict[str, Any], problems: Problems) -> None:
        self._check_text(attrs, ("name", "description"), problems)
        self._check_usage(attrs, problems)
        if "usage" in attrs and isinstance(attrs["usage"], dict):
            attrs["usage"] = {**full_usage(), **attrs["usage"]}

    def _create_labels(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, ("name",), problems)
        if not rels.get("company"):
            problems.append((rel_pointer("company"), "A label must be associated with a company."))
        self._label_rules(attrs, problems)
        if problems:
            raise unprocessable(problems)
        return self.store.insert("labels", self._fill(spec, attrs), rels)

    def _update_labels(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_kept(attrs, ("name",), problems)
        self._label_rules(attrs, problems)
        self._apply_changes(row, attrs, rels, problems)
        if "company" in rels:  # the label's products follow it to the new company
            for product in self._children("products", "label", row.id):
                product.rels["company"] = rels["company"]
                self.store.save(product)
        return self.store.save(row)

    def _delete_labels(self, row: Row) -> None:
        # Not documented: refusing keeps products from pointing at a label that no longer exists.
        if self._children("products", "label", row.id):
            raise unprocessable(
                [
                    (
                        rel_pointer("products"),
                        "A label that still has products cannot be deleted; delete or move them first.",
                    )
                ]
            )

    # -- products ---------------------------------------------------------------------------------
    PRODUCT_REQUIRED = (
        "name",
        "upc-code",
        "copyright-line",
        "production-line",
        "production-year",
        "status",
        "artist",
    )

    def _product_rules(self, attrs: dict[str, Any], problems: Problems, *, current: Row | None) -> None:
        upc = attrs.get("upc-code")
        if "upc-code" in attrs and not _blank(upc):
            # The check digit is not validated (the tutorial's UPC has a wrong one): that is the app's job.
            if not isinstance(upc, str) or not _UPC.match(upc):
                problems.append((attr_pointer("upc-code"), "The upc-code must be 12 to 14 digits."))
            else:
                taken = self.store.select("products", [(f"{attr_expr('upc-code', 't')} = ?", [upc])], limit=2)
                if any(current is None or other.id != current.id for other in taken):
                    problems.append((attr_pointer("upc-code"), "The upc-code has already been taken."))
        year = attrs.get("production-year")
        if (
            "production-year" in attrs
            and year is not None
            and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100)
        ):
            problems.append(
                (attr_pointer("production-year"), "The production-year must be a year like 2023.")
            )
        for name in ("release-date", "original-release-date"):
            self._check_date(attrs, name, problems)
        self._check_credits(attrs, CREDIT_ROLES, problems)
        self._check_text(attrs, ("name", "copyright-line", "production-line", "subtitle"), problems)
        self.product_tags(attrs, problems)
        if "is-compilation" in attrs and not isinstance(attrs["is-compilation"], bool | None):
            problems.append(
                (attr_pointer("is-compilation"), "The is-compilation field must be true or false.")
            )

    @staticmethod
    def _normalise_product(attrs: dict[str, Any]) -> None:
        for name in ("release-date", "original-release-date"):
            if attrs.get(name):
                attrs[name] = _iso_date(attrs[name])

    def _apply_cover(self, attrs: dict[str, Any], prepared: Prepared) -> None:
        attrs.pop("front-cover", None)
        if prepared.cover_name:
            # Stored relative: the renderer prefixes the host the client used (ports change between runs).
            attrs["cover-url"] = f"/storage/covers/{prepared.cover_name}"
            attrs["front-cover-md5"] = prepared.cover_md5

    def _create_products(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, self.PRODUCT_REQUIRED, problems)
        self._require_rels(rels, ("label", "language"), problems)
        if not _blank(attrs.get("status")) and attrs.get("status") != "draft":
            problems.append((attr_pointer("status"), "The status must be draft when a product is created."))
        self._product_rules(attrs, problems, current=None)
        if problems:
            raise unprocessable(problems)
        self._normalise_product(attrs)
        self._apply_cover(attrs, prepared)
        label = self.store.get("labels", rels["label"]["id"])
        assert label is not None
        rels = {**rels, "company": label.rels.get("company")}
        rels.setdefault("product-type", None)
        rels["artists"] = []
        self.link_tags(attrs, rels)
        product = self.store.insert("products", self._fill(spec, attrs), rels)
        # Every product gets its default offer, in draft until it has a release date and a subgenre.
        self.store.insert(
            "offers",
            self._fill(
                self.specs["offers"],
                {
                    "is-default": True,
                    "status": "draft",
                    "usage": dict(label.attrs.get("usage") or full_usage()),
                },
            ),
            {
                "product": {"type": "products", "id": product.id},
                "subgenre": None,
                "subgenre2": None,
                "dsp-upload-identifications": [],
            },
        )
        return product

    def _update_products(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        for name in self.PRODUCT_REQUIRED:
            if name != "status" and name in attrs and _blank(attrs[name]):
                problems.append((attr_pointer(name), f"The {name} field cannot be empty."))
        status = attrs.get("status", row.attrs.get("status"))
        if status not in PRODUCT_STATUSES:
            problems.append((attr_pointer("status"), "The status must be draft, active or archived."))
        self._product_rules(attrs, problems, current=row)
        if problems:
            raise unprocessable(problems)
        self._normalise_product(attrs)
        self._apply_cover(attrs, prepared)
        activating = status == "active" and row.attrs.get("status") != "active"
        self.link_tags(attrs, rels)
        row.attrs.update(attrs)
        row.rels.update(rels)
        if "label" in rels:
            label = self.store.get("labels", rels["label"]["id"])
            if label is not None:
                row.rels["company"] = label.rels.get("company")
        if activating:
            missing = self.activation_problems(row)
            if missing:
                raise unprocessable(missing)
            self.associate_artists(row)
        return self.store.save(row)

    def activation_problems(self, product: Row) -> Problems:
        """Why a product cannot go active: each missing piece its own error."""
        problems: Problems = []
        tracks = self._children("tracks", "product", product.id)
        if self.is_video_product(product):
            # A Video product's content is its video; tracks are optional (docs/API.md, vid-4).
            if not self._children("videos", "product", product.id):
                problems.append((rel_pointer("videos"), "The Video product has no video; upload its video."))
        elif not tracks:
            problems.append((rel_pointer("tracks"), "The product has no tracks; add at least one track."))
        for track in tracks:
            if not self._children("records", "creator", track.id):
                title = track.attrs.get("title") or f"track {track.id}"
                problems.append(
                    (
                        rel_pointer("tracks"),
                        f"Track {track.attrs.get('track-number')} ({title}) has no record; "
                        "upload its audio master.",
                    )
                )
        if not product.attrs.get("cover-url"):
            problems.append((attr_pointer("front-cover"), "The product has no cover; send a front-cover."))
        offers = self._children("offers", "product", product.id)
        default = next((o for o in offers if o.attrs.get("is-default")), None)
        if default is None or default.attrs.get("status") != "active":
            problems.append(
                (
                    rel_pointer("offers"),
                    "The default offer is not active; give it a release date and a subgenre, "
                    "then set its status to active.",
                )
            )
        return problems

    def is_video_product(self, product: Row) -> bool:
        kind = product.rel_id("product-type")
        found = self.store.get("product-types", kind) if kind else None
        return found is not None and str(found.attrs.get("name")).lower() == "video"

    def _delete_products(self, row: Row) -> None:
        if row.attrs.get("status") == "active":
            raise unprocessable(
                [
                    (
                        attr_pointer("status"),
                        "An active product cannot be deleted; set it to draft or archived first.",
                    )
                ]
            )
        for track in self._children("tracks", "product", row.id):
            self._delete_tracks(track)
            self.store.delete("tracks", track.id)
        for offer in self._children("offers", "product", row.id):
            for child in self._children("track-offers", "offer", offer.id):
                self.store.delete("track-offers", child.id)
            self.store.delete("offers", offer.id)
        for right in self._children("rights", "distributed", row.id, "products"):
            self.store.delete("rights", right.id)
        for task in self._children("send-tasks", "product", row.id):
            self.store.delete("send-tasks", task.id)
        for video in self._children("videos", "product", row.id):
            self._delete_videos(video)
            self.store.delete("videos", video.id)
        for attachment in self._children("asset-attachments", "attachable", row.id, "products"):
            self._delete_asset_attachments(attachment)
            self.store.delete("asset-attachments", attachment.id)

    # -- artists ----------------------------------------------------------------------------------
    @staticmethod
    def _credit_names(attrs: dict[str, Any], roles: tuple[str, ...]) -> list[str]:
        names: list[str] = []
        for role in roles + ARTIST_ROLE_KEYS:
            for name in attrs.get(role) or []:
                if isinstance(name, str) and name.strip() and name.strip() not in names:
                    names.append(name.strip())
        return names

    def _artist_for(self, name: str) -> str:
        found = self.store.select(
            "artists",
            [(f"{attr_expr('name', 't')} = ?", [name])],
            order=f"coalesce({attr_expr('priority', 't')}, 0) DESC, t.id",
            limit=1,
        )
        if found:
            return found[0].id
        created = self.store.insert(
            "artists",
            self._fill(self.specs["artists"], {"name": name, "priority": 1}),
            {"distributor": {"type": "distributors", "id": "1"}},
        )
        return created.id

    def associate_artists(self, product: Row) -> None:
        """Labelcamp's mechanism on activation: each credited name gets the highest-priority artist of
        that name, or a new artist with priority 1; the product and its tracks link them as ``artists``."""
        product.rels["artists"] = [
            {"type": "artists", "id": self._artist_for(n)}
            for n in self._credit_names(product.attrs, CREDIT_ROLES)
        ]
        for track in self._children("tracks", "product", product.id):
            track.rels["artists"] = [
                {"type": "artists", "id": self._artist_for(n)}
                for n in self._credit_names(track.attrs, TRACK_CREDIT_ROLES)
            ]
            self.store.save(track, touch=False)

    def _create_artists(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, ("name",), problems)
        self._artist_rules(attrs, problems)
        if problems:
            raise unprocessable(problems)
        rels.setdefault("distributor", {"type": "distributors", "id": "1"})
        return self.store.insert("artists", self._fill(spec, attrs), rels)

    def _artist_rules(self, attrs: dict[str, Any], problems: Problems) -> None:
        self._check_text(attrs, ("name", "external-user-id", "apple-id"), problems)
        priority = attrs.get("priority")
        if "priority" in attrs and (
            isinstance(priority, bool) or not isinstance(priority, int) or priority < 0
        ):
            problems.append((attr_pointer("priority"), "The priority must be a whole number, 0 or more."))

    def _update_artists(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_kept(attrs, ("name",), problems)
        self._artist_rules(attrs, problems)
        self._apply_changes(row, attrs, rels, problems)
        return self.store.save(row)

    def _delete_artists(self, row: Row) -> None:
        # An artist linked from a product or a track (Labelcamp links them on activation) stays: deleting
        # it would leave those links pointing at nothing.
        for owner in ("products", "tracks"):
            users = self.store.count(
                owner,
                [
                    (
                        "EXISTS (SELECT 1 FROM json_each(t.rels, '$.\"artists\"') j "
                        "WHERE json_extract(j.value, '$.id') = ?)",
                        [row.id],
                    )
                ],
            )
            if users:
                raise unprocessable(
                    [
                        (
                            rel_pointer("products"),
                            f"The artist is credited on {users} {owner}; an artist in use cannot be deleted.",
                        )
                    ]
                )
        for child_type in ("availabilities", "artist-dsp-identifications"):
            for child in self._children(child_type, "artist", row.id):
                self.store.delete(child_type, child.id)

    # -- tracks and records -----------------------------------------------------------------------
    def _track_rules(self, attrs: dict[str, Any], problems: Problems) -> None:
        self._check_text(attrs, ("title", "subtitle", "lyrics", "production-line"), problems)
        isrc = attrs.get("isrc-code")
        if isrc is not None and (not isinstance(isrc, str) or not _ISRC.match(isrc)):
            problems.append(
                (
                    attr_pointer("isrc-code"),
                    "The isrc-code must be 12 characters like ESA112314511 (no dashes).",
                )
            )
        for name in ("track-number", "volume-number"):
            value = attrs.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                problems.append((attr_pointer(name), f"The {name} must be a whole number from 1."))
        self._check_credits(attrs, TRACK_CREDIT_ROLES, problems)

    def _create_tracks(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, ("title",), problems)
        self._require_rels(rels, ("product",), problems)
        self._track_rules(attrs, problems)
        if problems:
            raise unprocessable(problems)
        if attrs.get("track-number") is None:
            attrs["track-number"] = len(self._children("tracks", "product", rels["product"]["id"])) + 1
        rels.setdefault("audio-language", None)
        rels["artists"] = []
        return self.store.insert("tracks", self._fill(spec, attrs), rels)

    def _update_tracks(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_kept(attrs, ("title",), problems)
        self._track_rules(attrs, problems)
        moving_to = (rels.get("product") or {}).get("id") if "product" in rels else None
        if moving_to is not None and moving_to != row.rel_id("product") and not problems:
            self._keeps_active_product_whole(row.rel_id("product"), row.id, rel_pointer("product"))
        self._apply_changes(row, attrs, rels, problems)
        return self.store.save(row)

    def _keeps_active_product_whole(self, product_id: str | None, leaving: str, pointer: str) -> None:
        """An active product keeps at least one track: its last one cannot be deleted or moved away."""
        product = self.store.get("products", product_id) if product_id else None
        if product is None or product.attrs.get("status") != "active":
            return
        others = [t for t in self._children("tracks", "product", product.id) if t.id != leaving]
        if not others:
            raise unprocessable(
                [
                    (
                        pointer,
                        "This is the only track of an active product; set the product to draft "
                        "or add another track first.",
                    )
                ]
            )

    def _delete_tracks(self, row: Row) -> None:
        self._keeps_active_product_whole(row.rel_id("product"), row.id, rel_pointer("product"))
        for record in self._children("records", "creator", row.id):
            self._delete_records(record)
            self.store.delete("records", record.id)
        for child in self._children("track-offers", "track", row.id):
            self.store.delete("track-offers", child.id)
        for link in self._children("track-videos", "track", row.id):
            self.store.delete("track-videos", link.id)
        for task in self._children("import-tasks", "attachable", row.id, "tracks"):
            self.store.delete("import-tasks", task.id)

    def _refresh_track_audio(self, track_id: str, *, skip: str | None = None) -> None:
        track = self.store.get("tracks", track_id)
        if track is None:
            return
        precisions = {
            r.attrs.get("precision") for r in self._children("records", "creator", track_id) if r.id != skip
        }
        track.attrs["audio16bits"] = 16 in precisions
        track.attrs["audio24bits"] = any(isinstance(p, int) and p >= 24 for p in precisions)
        self.store.save(track)

    def _create_records(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("creator",), problems)
        self._master_type_rule(attrs, problems)
        if prepared.record is None:
            if attrs.get("original-url"):
                problems.append(
                    (
                        attr_pointer("original-url"),
                        "The sandbox does not download original-url; "
                        "send the audio itself, base64-encoded, in new-file.",
                    )
                )
            else:
                problems.append(
                    (
                        attr_pointer("new-file"),
                        "The new-file field is required (the base64 FLAC or WAV master).",
                    )
                )
        if problems:
            raise unprocessable(problems)
        assert prepared.record is not None
        attrs = {**attrs, **prepared.record, "new-file": None}
        row = self.store.insert(
            "records", self._fill(spec, attrs), rels, extra={"path": str(prepared.record_path)}
        )
        self._refresh_track_audio(rels["creator"]["id"])
        return row

    def _update_records(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._master_type_rule(attrs, problems)
        if problems:
            raise unprocessable(problems)
        old_track = row.rel_id("creator")
        if prepared.record is not None:
            old_path = row.extra.get("path")
            if old_path:
                prepared.cleanup.append(Path(old_path))
            attrs = {**attrs, **prepared.record}
            row.extra["path"] = str(prepared.record_path)
        attrs["new-file"] = None
        row.attrs.update(attrs)
        row.rels.update(rels)
        saved = self.store.save(row)
        for track_id in {old_track, row.rel_id("creator")} - {None}:
            assert track_id is not None
            self._refresh_track_audio(track_id)
        return saved

    @staticmethod
    def _master_type_rule(attrs: dict[str, Any], problems: Problems) -> None:
        """The client may say what the master is (docs/API.md, mt-1); else the server tells."""
        kind = attrs.get("master-type")
        if kind is not None and kind not in MASTER_TYPES:
            problems.append(
                (attr_pointer("master-type"), f"The master-type must be one of {', '.join(MASTER_TYPES)}.")
            )
        precision = attrs.get("precision")
        if precision is not None and (isinstance(precision, bool) or precision not in (16, 24, 32)):
            problems.append((attr_pointer("precision"), "The precision must be 16, 24 or 32 (bits)."))

    def _delete_records(self, row: Row) -> None:
        path = row.extra.get("path")
        if path and not row.extra.get("shared"):  # demo masters are shared between tracks
            Path(path).unlink(missing_ok=True)
        track_id = row.rel_id("creator")
        if track_id:
            self._refresh_track_audio(track_id, skip=row.id)

    # -- offers -----------------------------------------------------------------------------------
    def _offer_rules(
        self,
        merged_attrs: dict[str, Any],
        merged_rels: dict[str, Any],
        given: dict[str, Any],
        problems: Problems,
    ) -> None:
        self._check_usage(given, problems)
        for name in ("release-date", "preorder-date", "pitch-date"):
            self._check_date(given, name, problems)
        if "is-default" in given and not isinstance(given["is-default"], bool):
            problems.append((attr_pointer("is-default"), "The is-default field must be true or false."))
        status = merged_attrs.get("status")
        if status not in OFFER_STATUSES:
            problems.append((attr_pointer("status"), "The status of an offer must be draft or active."))
        duis = merged_rels.get("dsp-upload-identifications") or []
        if merged_attrs.get("is-default"):
            if duis:
                problems.append(
                    (
                        rel_pointer("dsp-upload-identifications"),
                        "The default offer must not contain any DSP information; leave "
                        "dsp-upload-identifications empty.",
                    )
                )
            if status == "active":
                if _blank(merged_attrs.get("release-date")):
                    problems.append(
                        (
                            attr_pointer("release-date"),
                            "The default offer needs a release-date before it can be active.",
                        )
                    )
                if not merged_rels.get("subgenre"):
                    problems.append(
                        (
                            rel_pointer("subgenre"),
                            "The default offer needs a subgenre before it can be active.",
                        )
                    )
        elif status == "active" and not duis:
            problems.append(
                (
                    rel_pointer("dsp-upload-identifications"),
                    "An active offer that is not the default needs at least one dsp-upload-identification.",
                )
            )

    def _create_offers(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("product",), problems)
        merged = self._fill(spec, attrs)
        if "usage" in attrs and isinstance(attrs["usage"], dict):
            merged["usage"] = {**full_usage(), **attrs["usage"]}
        elif merged.get("usage") is None:
            merged["usage"] = full_usage()
        full_rels = {"subgenre": None, "subgenre2": None, "dsp-upload-identifications": [], **rels}
        self._offer_rules(merged, full_rels, attrs, problems)
        if merged.get("is-default") and rels.get("product"):
            existing = [
                o
                for o in self._children("offers", "product", rels["product"]["id"])
                if o.attrs.get("is-default")
            ]
            if existing:
                problems.append(
                    (
                        attr_pointer("is-default"),
                        f"The product already has a default offer (offer {existing[0].id}).",
                    )
                )
        if problems:
            raise unprocessable(problems)
        self._offer_flags(merged)
        return self.store.insert("offers", merged, full_rels)

    @staticmethod
    def _offer_flags(attrs: dict[str, Any]) -> None:
        active = attrs.get("status") == "active"
        attrs["active"] = active
        attrs["is-validated"] = active

    def _update_offers(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        if "is-default" in attrs and attrs["is-default"] != row.attrs.get("is-default"):
            problems.append(
                (
                    attr_pointer("is-default"),
                    "An offer cannot change between default and DSP-specific; create another offer instead.",
                )
            )
        if "product" in rels and (rels["product"] or {}).get("id") != row.rel_id("product"):
            problems.append((rel_pointer("product"), "An offer cannot move to another product."))
        merged = {**row.attrs, **attrs}
        if "usage" in attrs and isinstance(attrs["usage"], dict):
            merged["usage"] = {**(row.attrs.get("usage") or full_usage()), **attrs["usage"]}
        merged_rels = {**row.rels, **rels}
        self._offer_rules(merged, merged_rels, attrs, problems)
        if problems:
            raise unprocessable(problems)
        self._offer_flags(merged)
        row.attrs, row.rels = merged, merged_rels
        return self.store.save(row)

    def _delete_offers(self, row: Row) -> None:
        if row.attrs.get("is-default"):
            raise unprocessable([(attr_pointer("is-default"), "The default offer cannot be deleted.")])
        for child in self._children("track-offers", "offer", row.id):
            self.store.delete("track-offers", child.id)

    # -- track-offers -----------------------------------------------------------------------------
    def _track_offer_rules(self, rels: dict[str, Any], attrs: dict[str, Any], problems: Problems) -> None:
        self._check_usage(attrs, problems)
        self._check_date(attrs, "release-date", problems)
        track = self.store.get("tracks", rels["track"]["id"]) if rels.get("track") else None
        offer = self.store.get("offers", rels["offer"]["id"]) if rels.get("offer") else None
        if track and offer and track.rel_id("product") != offer.rel_id("product"):
            problems.append((rel_pointer("track"), "The track belongs to another product than the offer."))

    def _create_track_offers(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("track", "offer"), problems)
        if not problems:
            self._track_offer_rules(rels, attrs, problems)
        if problems:
            raise unprocessable(problems)
        return self.store.insert(
            "track-offers", self._fill(spec, attrs), {"price-code": None, "genre": None, **rels}
        )

    def _update_track_offers(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        if not problems:
            self._track_offer_rules({**row.rels, **rels}, attrs, problems)
        self._apply_changes(row, attrs, rels, problems)
        return self.store.save(row)

    # -- videos, track videos, asset attachments, import tasks (docs/API.md, "Videos and Motion Art") --
    def _video_rules(self, attrs: dict[str, Any], problems: Problems) -> None:
        self._check_text(attrs, ("name", "filename"), problems)
        for name in ("isrc-video", "isrc-audio"):
            value = attrs.get(name)
            if value is not None and (not isinstance(value, str) or not _ISRC.match(value)):
                problems.append((attr_pointer(name), f"The {name} must be 12 characters like FRXXV2400001."))
        upc = attrs.get("upc-code")
        if upc is not None and (not isinstance(upc, str) or not _UPC.match(upc)):
            problems.append((attr_pointer("upc-code"), "The upc-code must be 12 to 14 digits."))
        crop = attrs.get("crop")
        if crop is not None and (
            not isinstance(crop, dict)
            or set(crop) - {"top", "left", "right", "bottom"}
            or not all(isinstance(v, str) and v.isdigit() and len(v) <= 5 for v in crop.values())
        ):
            problems.append(
                (
                    attr_pointer("crop"),
                    "The crop must be an object of top, left, right and bottom pixel strings.",
                )
            )
        if "is-youtube" in attrs and not isinstance(attrs["is-youtube"], bool):
            problems.append((attr_pointer("is-youtube"), "The is-youtube field must be true or false."))

    def _apply_upload(self, row_extra: dict[str, Any], attrs: dict[str, Any], prepared: Prepared) -> None:
        if prepared.upload is not None:
            attrs.update(prepared.upload)
            row_extra["path"] = str(prepared.upload_path)
        attrs.pop("new-file", None)

    def _create_videos(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, ("name",), problems)
        self._video_rules(attrs, problems)
        if not rels.get("product") and not rels.get("label"):
            problems.append((rel_pointer("product"), "A video needs its product or its label."))
        if prepared.upload is None:
            problems.append(
                (attr_pointer("new-file"), "The new-file field is required (the base64 MP4 or MOV).")
            )
        if problems:
            raise unprocessable(problems)
        product = self.store.get("products", rels["product"]["id"]) if rels.get("product") else None
        if product is not None:
            rels["label"] = {"type": "labels", "id": product.rel_id("label")}
        rels.setdefault("product", None)
        extra: dict[str, Any] = {}
        self._apply_upload(extra, attrs, prepared)
        return self.store.insert("videos", self._fill(spec, {**attrs, "new-file": None}), rels, extra=extra)

    def _update_videos(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_kept(attrs, ("name",), problems)
        self._video_rules(attrs, problems)
        return self._save_upload(row, attrs, rels, prepared, problems)

    def _save_upload(self, row: Row, attrs: dict[str, Any], rels: dict[str, Any], prepared: Prepared,
                     problems: Problems) -> Row:
        """The end of an update of a row with a file (a video, an attachment): refuse on any problem,
        else take the new file (the old one is removed once the change is committed) and save."""
        if problems:
            raise unprocessable(problems)
        old = row.extra.get("path")
        self._apply_upload(row.extra, attrs, prepared)
        if prepared.upload is not None and old:
            prepared.cleanup.append(Path(old))
        self._apply_changes(row, attrs, rels, problems)
        return self.store.save(row)

    def _delete_videos(self, row: Row) -> None:
        for link in self._children("track-videos", "video", row.id):
            self.store.delete("track-videos", link.id)
        self._delete_asset_attachments(row)  # the file, as for an attachment

    def _create_track_videos(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("track", "video"), problems)
        if not problems:
            video_id = rels["video"]["id"]
            for link in self._children("track-videos", "track", rels["track"]["id"]):
                if link.rel_id("video") == video_id:
                    problems.append(
                        (
                            rel_pointer("video"),
                            f"This video is already linked to the track (track-videos {link.id}).",
                        )
                    )
        if problems:
            raise unprocessable(problems)
        return self.store.insert("track-videos", {}, rels)

    def _attachment_rules(self, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems) -> None:
        kind = attrs.get("kind")
        if "kind" in attrs and kind not in ATTACHMENT_KINDS:
            problems.append((attr_pointer("kind"), f"The kind must be one of {', '.join(ATTACHMENT_KINDS)}."))
        self._check_text(attrs, ("filename",), problems)

    def _attachment_shape(self, kind: Any, prepared: Prepared, problems: Problems) -> None:
        facts = prepared.upload_facts
        if facts is None or kind not in ATTACHMENT_KINDS:
            return
        want_w, want_h = ATTACHMENT_KINDS[kind]
        if abs(facts.width * want_h - facts.height * want_w) > 0.01 * facts.height * want_w:
            problems.append(
                (
                    attr_pointer("new-file"),
                    f"An {kind} video must be {want_w}:{want_h}; this one is {facts.width}x{facts.height}.",
                )
            )

    def _one_per_kind(self, product_id: str, kind: Any, skip: str | None, problems: Problems) -> None:
        for other in self._children("asset-attachments", "attachable", product_id, "products"):
            if other.id != skip and other.attrs.get("kind") == kind:
                problems.append(
                    (
                        attr_pointer("kind"),
                        f"The product already has an {kind} (asset-attachments {other.id}); update that one.",
                    )
                )

    def _create_asset_attachments(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_attrs(attrs, ("kind",), problems)
        self._require_rels(rels, ("attachable",), problems)
        self._attachment_rules(attrs, rels, problems)
        if prepared.upload is None:
            problems.append(
                (attr_pointer("new-file"), "The new-file field is required (the base64 MP4 or MOV).")
            )
        self._attachment_shape(attrs.get("kind"), prepared, problems)
        if not problems:
            self._one_per_kind(rels["attachable"]["id"], attrs.get("kind"), None, problems)
        if problems:
            raise unprocessable(problems)
        extra: dict[str, Any] = {}
        self._apply_upload(extra, attrs, prepared)
        return self.store.insert("asset-attachments", self._fill(spec, attrs), rels, extra=extra)

    def _update_asset_attachments(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_kept(attrs, ("kind",), problems)
        self._attachment_rules(attrs, rels, problems)
        kind = attrs.get("kind", row.attrs.get("kind"))
        self._attachment_shape(kind, prepared, problems)
        if not problems and ("kind" in attrs or "attachable" in rels):
            product = (rels.get("attachable") or {}).get("id") or row.rel_id("attachable")
            self._one_per_kind(str(product), kind, row.id, problems)
        return self._save_upload(row, attrs, rels, prepared, problems)

    def _delete_asset_attachments(self, row: Row) -> None:
        """The uploaded file of a deleted row (an attachment, a video)."""
        if row.extra.get("path"):
            Path(row.extra["path"]).unlink(missing_ok=True)

    def _create_import_tasks(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("attachable",), problems)
        self._check_text(attrs, ("filename", "support-number"), problems)
        md5 = attrs.get("md5")
        if md5 is not None and (not isinstance(md5, str) or not re.fullmatch(r"[0-9a-fA-F]{32}", md5)):
            problems.append((attr_pointer("md5"), "The md5 must be 32 hexadecimal digits."))
        if prepared.upload is None:
            if attrs.get("url"):
                problems.append(
                    (
                        attr_pointer("url"),
                        "The sandbox does not download url; send the file base64-encoded in new-file.",
                    )
                )
            else:
                problems.append(
                    (attr_pointer("new-file"), "The new-file field is required (the base64 FLAC or WAV).")
                )
        if problems:
            raise unprocessable(problems)
        assert prepared.upload is not None
        extra: dict[str, Any] = {"start": self.clock()}
        upload = dict(prepared.upload)
        block = upload.pop("file")
        extra["file"] = block
        extra["file-size"] = upload.pop("file-size")
        declared = attrs.get("md5")
        attrs = {**attrs, **upload, "status": "uploaded", "url": attrs.get("url")}
        if declared and declared.lower() != upload["md5"]:
            extra["outcome"] = "error"
            extra["reason"] = f"The file's MD5 is {upload['md5']}, not the declared {declared.lower()}."
            attrs["md5"] = declared.lower()
        extra["path"] = str(prepared.upload_path)
        return self.store.insert(
            "import-tasks", self._fill(spec, attrs), {**rels, "record": None}, extra=extra
        )

    def _update_import_tasks(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        if prepared.upload is not None or rels:
            problems.append(
                (
                    attr_pointer("new-file"),
                    "An import task's file and track cannot change; create a new task.",
                )
            )
        self._check_text(attrs, ("filename", "support-number"), problems)
        attrs.pop("md5", None)
        attrs.pop("url", None)
        self._apply_changes(row, attrs, {}, problems)
        return self.store.save(row)

    def advance_imports(self) -> None:
        """Moves import tasks uploaded → processing → completed/error by the time since their upload
        over --delivery-seconds (half each); completion makes the track's record from the file."""
        open_tasks = self.store.select(
            "import-tasks", [(f"{attr_expr('status', 't')} IN ('uploaded', 'processing')", [])]
        )
        now = self.clock()
        for task in open_tasks:
            start = float(task.extra.get("start") or now)
            status = task.attrs.get("status")
            if now >= start + self.delivery_seconds:
                status = task.extra.get("outcome") or "completed"
            elif now >= start + self.delivery_seconds / 2:
                status = "processing"
            if status == task.attrs.get("status"):
                continue
            with self.store.transaction():
                task.attrs["status"] = status
                if status == "error":
                    task.attrs["message"] = task.extra.get("reason")
                    Path(str(task.extra.get("path"))).unlink(missing_ok=True)
                elif status == "completed":
                    track_id = task.rel_id("attachable")
                    if track_id is None or self.store.get("tracks", track_id) is None:
                        task.attrs["status"] = "error"
                        task.attrs["message"] = "The track was deleted before the import finished."
                    else:
                        record = self.store.insert(
                            "records",
                            self._fill(
                                self.specs["records"],
                                {
                                    "md5": task.attrs.get("md5"),
                                    "precision": task.attrs.get("precision"),
                                    "master-type": task.attrs.get("master-type"),
                                    "file-size": task.extra.get("file-size"),
                                    "filename": task.attrs.get("filename"),
                                    "file": task.extra.get("file"),
                                },
                            ),
                            {"creator": {"type": "tracks", "id": track_id}},
                            extra={"path": task.extra.get("path")},
                        )
                        task.rels["record"] = {"type": "records", "id": record.id}
                        task.attrs["message"] = "Imported."
                        self._refresh_track_audio(track_id)
                task.updated_at = now_iso(now)
                self.store.save(task, touch=False)

    # -- rights -----------------------------------------------------------------------------------
    def _right_rules(self, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems) -> None:
        if attrs.get("action") not in RIGHT_ACTIONS:
            problems.append((attr_pointer("action"), "The action must be add, remove or clear."))
        if not rels.get("dsps"):
            problems.append((rel_pointer("dsps"), "A right needs at least one DSP."))
        if not rels.get("continents") and not rels.get("territories"):
            problems.append((rel_pointer("continents"), "A right needs continents or territories."))

    def _computed_right(self, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        def names(rtype: str, key: str, attr: str) -> str:
            ids = [str(x["id"]) for x in rels.get(key) or []]
            found = self.store.get_many(rtype, ids)
            return " + ".join(str(found[i].attrs.get(attr)) for i in ids if i in found)

        attrs["computed-dsps"] = names("dsps", "dsps", "name")
        places = [
            p
            for p in (
                names("continents", "continents", "name"),
                names("territories", "territories", "code-alpha-2"),
            )
            if p
        ]
        attrs["computed-territories"] = " + ".join(places)

    def _create_rights(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        if not rels.get("distributed"):
            problems.append(
                (rel_pointer("distributed"), "The distributed relationship (the product) is required.")
            )
        merged = self._fill(spec, attrs)
        full_rels = {
            "distributor": {"type": "distributors", "id": "1"},
            "dsps": [],
            "minus-dsps": [],
            "continents": [],
            "territories": [],
            **rels,
        }
        self._right_rules(merged, full_rels, problems)
        if problems:
            raise unprocessable(problems)
        merged["created-by"] = merged["updated-by"] = DEMO_EMAIL
        self._computed_right(merged, full_rels)
        return self.store.insert("rights", merged, full_rels)

    def _update_rights(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        merged = {**row.attrs, **attrs}
        merged_rels = {**row.rels, **rels}
        self._right_rules(merged, merged_rels, problems)
        if problems:
            raise unprocessable(problems)
        merged["updated-by"] = DEMO_EMAIL
        self._computed_right(merged, merged_rels)
        row.attrs, row.rels = merged, merged_rels
        return self.store.save(row)

    # -- send tasks -------------------------------------------------------------------------------
    def _create_send_tasks(
        self,
        spec: TypeSpec,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        self._require_rels(rels, ("product", "dsp-upload-identification"), problems)
        delivery_type = attrs.get("delivery-type")
        if _blank(delivery_type):
            problems.append(
                (
                    attr_pointer("delivery-type"),
                    "The delivery-type field is required (delivery, update, redelivery or delete).",
                )
            )
        self._send_task_rules(attrs, problems)
        priority = attrs.get("priority") or "normal"
        now = self.clock()
        send_at = now
        if not _blank(attrs.get("send-date")):
            parsed = _parse_moment(attrs.get("send-date"))
            if parsed is None:
                problems.append(
                    (attr_pointer("send-date"), "The send-date must be like 2023-08-14 18:11:51.")
                )
            else:
                send_at = max(parsed, now)
        product = self.store.get("products", rels["product"]["id"]) if rels.get("product") else None
        dui_id = rels["dsp-upload-identification"]["id"] if rels.get("dsp-upload-identification") else None
        if product is not None and dui_id is not None and not problems:
            if priority == "next":
                since = now_iso(now - 86400)
                used = self.store.count(
                    "send-tasks",
                    [(f"{attr_expr('priority', 't')} = 'next'", []), ("t.created_at >= ?", [since])],
                )
                if used >= NEXT_QUOTA_PER_DAY:
                    problems.append(
                        (
                            attr_pointer("priority"),
                            "The daily quota of 1,000 next-priority send "
                            "tasks is used up; use urgent or try again tomorrow.",
                        )
                    )
            elif delivery_type != "delete" and product.attrs.get("status") != "active":
                problems.append(
                    (
                        rel_pointer("product"),
                        "The product must be active before it can be delivered (except delete).",
                    )
                )
            busy = self.store.select(
                "send-tasks",
                [
                    (f"{fk_expr('product', 't')} = ?", [product.id]),
                    (f"{fk_expr('dsp-upload-identification', 't')} = ?", [dui_id]),
                    (f"{attr_expr('delivery-type', 't')} = ?", [delivery_type]),
                    (f"{attr_expr('status', 't')} IN ('pending', 'waiting', 'procesing')", []),
                ],
                limit=1,
            )
            if busy:
                problems.append(
                    (
                        attr_pointer("delivery-type"),
                        f"{article(delivery_type)} {delivery_type} of this product to this DSP is already in "
                        f"progress (send task {busy[0].id}); wait until it is completed or in error.",
                    )
                )
        if problems:
            raise unprocessable(problems)
        assert product is not None and dui_id is not None and isinstance(delivery_type, str)
        outcome, reason = (
            ("completed", None) if priority == "next" else self.plan_delivery(product, dui_id, delivery_type)
        )
        stall = self.stall_reason(product, dui_id, delivery_type) if outcome == "completed" else None
        if stall and priority != "next":
            outcome, reason = "stuck", stall
        merged = self._fill(
            spec, {**attrs, "priority": priority, "status": "pending", "send-date": _send_date(send_at)}
        )
        deliverable = merged.get("deliverable") is not False
        extra = {"start": send_at if deliverable else None, "outcome": outcome, "reason": reason}
        return self.store.insert("send-tasks", merged, rels, extra=extra, created_at=now_iso(now))

    @staticmethod
    def _send_task_rules(attrs: dict[str, Any], problems: Problems) -> None:
        """What a create and an update both check of the attributes they are given."""
        delivery_type = attrs.get("delivery-type")
        if "delivery-type" in attrs and not _blank(delivery_type) and delivery_type not in DELIVERY_TYPES:
            problems.append(
                (
                    attr_pointer("delivery-type"),
                    "The delivery-type must be delivery, update, redelivery or delete.",
                )
            )
        if "priority" in attrs and (attrs["priority"] or "normal") not in SEND_TASK_PRIORITIES:
            problems.append((attr_pointer("priority"), "The priority must be normal, urgent or next."))
        if "deliverable" in attrs and not isinstance(attrs["deliverable"], bool):
            problems.append((attr_pointer("deliverable"), "The deliverable field must be true or false."))

    def _update_send_tasks(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Prepared,
        problems: Problems,
    ) -> Row:
        if row.attrs.get("status") != "pending":
            problems.append((attr_pointer("status"), "Only a pending send task can be changed."))
        if rels:
            problems.append(
                (
                    rel_pointer(next(iter(rels))),
                    "A send task's product and DSP cannot change; create another send task.",
                )
            )
        if "delivery-type" in attrs and _blank(attrs["delivery-type"]):
            problems.append((attr_pointer("delivery-type"), "The delivery-type field cannot be empty."))
        if "priority" in attrs and attrs["priority"] is None:
            attrs["priority"] = "normal"
        self._send_task_rules(attrs, problems)
        start = row.extra.get("start")
        now = self.clock()
        if "send-date" in attrs and not _blank(attrs["send-date"]):
            parsed = _parse_moment(attrs["send-date"])
            if parsed is None:
                problems.append(
                    (attr_pointer("send-date"), "The send-date must be like 2023-08-14 18:11:51.")
                )
            else:
                start = max(parsed, now)
                attrs["send-date"] = _send_date(start)
        if problems:
            raise unprocessable(problems)
        deliverable = attrs.get("deliverable", row.attrs.get("deliverable"))
        if deliverable is False:
            start = None
        elif start is None:
            start = now
        row.extra["start"] = start
        row.attrs.update({k: v for k, v in attrs.items() if k not in spec.read_only_attrs})
        return self.store.save(row)

    def _delete_send_tasks(self, row: Row) -> None:
        if row.attrs.get("status") in ("waiting", "procesing"):
            raise unprocessable(
                [(attr_pointer("status"), "A send task that is being delivered cannot be deleted.")]
            )

    def _rights_for(self, product: Row) -> list[Row]:
        owners = [("products", product.id)]
        label_id = product.rel_id("label")
        if label_id:
            owners.append(("labels", label_id))
            label = self.store.get("labels", label_id)
            company_id = label.rel_id("company") if label else None
            if company_id:
                owners.append(("companies", company_id))
        rights: list[Row] = []
        for owner_type, owner_id in owners:
            rights.extend(self._children("rights", "distributed", owner_id, owner_type))
        return rights

    def plan_delivery(self, product: Row, dui_id: str, delivery_type: str) -> tuple[str, str | None]:
        """Decides at creation how a delivery will end: the compliance checks a DSP delivery runs."""
        dui = self.store.get("dsp-upload-identifications", dui_id)
        assert dui is not None
        feeds = set(dui.extra.get("feeds") or [dui.rel_id("dsp")])
        dsp_names = ", ".join(
            str(d.attrs.get("name")) for d in self.store.get_many("dsps", sorted(feeds)).values()
        )
        if delivery_type == "delete":
            return "completed", None
        allowed: set[str] = set()
        removed: set[str] = set()
        for right in self._rights_for(product):
            dsps = set(right.rel_ids("dsps")) - set(right.rel_ids("minus-dsps"))
            if right.attrs.get("action") == "add":
                allowed |= dsps
            else:
                removed |= dsps
        if not (feeds & (allowed - removed)):
            return "error", f"No distribution right covers {dsp_names} for this product; add a right for it."
        offers = [
            o for o in self._children("offers", "product", product.id) if o.attrs.get("status") == "active"
        ]
        covered = any(o.attrs.get("is-default") for o in offers)
        for offer in offers:
            if not offer.attrs.get("is-default"):
                for linked in self.store.get_many(
                    "dsp-upload-identifications", offer.rel_ids("dsp-upload-identifications")
                ).values():
                    if feeds & set(linked.extra.get("feeds") or [linked.rel_id("dsp")]):
                        covered = True
        if not covered:
            return "error", f"No active offer covers {dsp_names}; activate the default offer or add one."
        if delivery_type in ("update", "redelivery"):
            earlier = self.store.select(
                "send-tasks",
                [
                    (f"{fk_expr('product', 't')} = ?", [product.id]),
                    (f"{fk_expr('dsp-upload-identification', 't')} = ?", [dui_id]),
                    (f"{attr_expr('delivery-type', 't')} IN ('delivery', 'redelivery')", []),
                    (f"{attr_expr('status', 't')} = 'completed'", []),
                ],
                limit=1,
            )
            if not earlier:
                return "error", (
                    f"This release was never delivered to {dsp_names}; "
                    f"send a delivery before an {delivery_type}."
                )
        return "completed", None

    def advance_deliveries(self) -> None:
        """Moves unfinished send tasks along pending → waiting → procesing → completed/error, by the time
        elapsed since their start over --delivery-seconds (a quarter each for pending and waiting)."""
        open_tasks = self.store.select(
            "send-tasks", [(f"{attr_expr('status', 't')} IN ('pending', 'waiting', 'procesing')", [])]
        )
        now = self.clock()
        for task in open_tasks:
            start = task.extra.get("start")
            if start is None:
                continue
            span = float(task.extra.get("span", self.delivery_seconds))  # demo tasks take longer
            steps = [
                ("pending", start),
                ("waiting", start + span * 0.25),
                ("procesing", start + span * 0.5),
                (task.extra.get("outcome") or "completed", start + span),
            ]
            if task.extra.get("outcome") == "stuck":  # waits until the stuck threshold (docs/API.md live-5)
                steps = [("pending", start), ("waiting", start + span * 0.25),
                         ("stuck", start + span * (0.25 + STUCK_AFTER))]
            status, since = "pending", start
            for name, at in steps:
                if now >= at:
                    status, since = name, at
            if status == task.attrs.get("status"):
                continue
            attrs = task.attrs
            if status != "pending" and not attrs.get("batch-id"):
                sent = start + span * 0.25
                attrs["batch-id"] = str(uuid.uuid4())
                attrs["message-id"] = "PADPIDA" + "".join(random.choice("0123456789") for _ in range(21))
                attrs["sent-on"] = (
                    time.strftime("%Y%m%d%H%M%S", time.gmtime(sent)) + f"{int(sent * 1000) % 1000:03d}"
                )
            if status == "completed":
                attrs["ack-status-message"] = {"FileStatus": ["FileOK"]}
            elif status == "error":
                reason = task.extra.get("reason") or "The DSP rejected the delivery."
                attrs["ack-status-message"] = {"FileStatus": ["FileError"], "Reason": reason}
                attrs["error-message"] = reason
            elif status == "stuck":
                attrs["error-message"] = task.extra.get("reason")
            attrs["status"] = status
            task.updated_at = now_iso(since)
            self.store.save(task, touch=False)
            if status == "completed":
                self.task_completed(task, since)
        self.after_advance()

    def ensure_exists(self, rtype: str, rid: str, dialect: str) -> Row:
        row = self.store.get(rtype, rid)
        if row is None:
            raise not_found(dialect, f"There is no {rtype} with id {rid}.")
        return row

