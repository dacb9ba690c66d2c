"""After delivery, in the sandbox: live states, availabilities, send-task factories, stuck tasks, tags,
DSP artist links, playlists and quotas (docs/API.md#live-states-factories-and-tags, rules live-1 to
live-14).

:class:`LiveRules` is mixed into :class:`app.sandbox.catalog.Catalog`: its ``_create_<type>``,
``_update_<type>`` and ``_delete_<type>`` methods are found by name like the catalog's own. The
module-level functions work on a bare :class:`Store`, so the demo seeding uses them too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.domain.resources import DELIVERY_TYPES, SEND_TASK_PRIORITIES
from app.sandbox.documents import unprocessable
from app.sandbox.store import Row, Store, attr_expr, fk_expr, now_iso, table

if TYPE_CHECKING:
    from app.sandbox.schema import TypeSpec

Problems = list[tuple[str, str]]

LIVE_AFTER = 1.0  # a completed delivery goes live this many --delivery-seconds later (live-3)
STUCK_AFTER = 2.0  # a task still waiting this many --delivery-seconds after it began waiting is stuck
STALLED_DUI = "1808"  # Napster's channel drops the first package of each product (live-5)
NEXT_QUOTA = 1000
MAX_FACTORY_PRODUCTS = 1000
MAX_FACTORY_DUIS = 30
MAX_TAGS = 50
MAX_TAG_LENGTH = 100
_UPC = re.compile(r"^\d{12,14}$")
_SPOTIFY_ID = re.compile(r"^[0-9A-Za-z]{22}$")
_APPLE_ID = re.compile(r"^[1-9][0-9]{0,11}$")
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# DSP name -> how its links look (live-4): (base URL, product path, track path, artist path, id style).
_LINKS: dict[str, tuple[str, str, str, str, str]] = {
    "Spotify": ("https://open.spotify.com", "album", "track", "artist", "base62"),
    "Apple Music": ("https://music.apple.com", "album", "song", "artist", "digits"),
    "iTunes": ("https://itunes.apple.com", "album", "song", "artist", "digits"),
    "Deezer": ("https://www.deezer.com", "album", "track", "artist", "digits"),
    "Tidal": ("https://tidal.com/browse", "album", "track", "artist", "digits"),
    "Amazon Music": ("https://music.amazon.com", "albums", "tracks", "artists", "asin"),
    "YouTube Music": ("https://music.youtube.com", "browse", "watch", "channel", "base62"),
    "SoundCloud": ("https://soundcloud.com", "sets", "tracks", "artists", "digits"),
    "Napster": ("https://web.napster.com", "album", "track", "artist", "digits"),
    "Qobuz": ("https://www.qobuz.com", "album", "track", "interpreter", "base62"),
    "Beatport": ("https://www.beatport.com", "release", "track", "artist", "digits"),
}


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("/".join(map(str, parts)).encode()).digest()[:24], "big")


def external_id(style: str, *parts: object) -> str:
    """A deterministic id in the DSP's own style (22 base62 characters for Spotify, digits for Apple)."""
    number = _digest(*parts)
    if style == "base62":
        out = ""
        for _ in range(22):
            number, rest = divmod(number, 62)
            out += _BASE62[rest]
        return out
    if style == "asin":  # ten characters, like Amazon's: B0 and eight of 0-9A-Z
        out = ""
        for _ in range(8):
            number, rest = divmod(number, 36)
            out += _BASE62[rest]
        return "B0" + out
    return str(1000000000 + number % 8999999999)


def link_for(dsp_name: str, kind: str, ext_id: str) -> str | None:
    """The public page of a product, track or artist on a DSP; None where a DSP has none (TikTok)."""
    if dsp_name in ("TikTok", "Facebook / Instagram"):
        return None
    base, product, track, artist, _style = _LINKS.get(
        dsp_name,
        (f"https://{re.sub(r'[^a-z0-9]', '', dsp_name.lower())}.com", "album", "track", "artist", ""),
    )
    path = {"product": product, "track": track, "artist": artist}[kind]
    return f"{base}/{path}/{ext_id}"


def _style(dsp_name: str) -> str:
    return _LINKS.get(dsp_name, ("", "", "", "", "digits"))[4] or "digits"


def _link(rtype: str, rid: object) -> dict[str, str]:
    return {"type": rtype, "id": str(rid)}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ------------------------------------------------------------------------------------ live states
def dsp_state(store: Store, product_id: str, dsp_id: str) -> Row | None:
    rows = store.select(
        "dsp-states",
        [(f"{fk_expr('product', 't')} = ?", [product_id]), (f"{fk_expr('dsp', 't')} = ?", [dsp_id])],
        limit=1,
    )
    return rows[0] if rows else None


def _feeds(store: Store, dui_id: str | None) -> list[str]:
    dui = store.get("dsp-upload-identifications", dui_id) if dui_id else None
    if dui is None:
        return []
    return [str(d) for d in (dui.extra.get("feeds") or [dui.rel_id("dsp")]) if d]


def task_completed(store: Store, task: Row, at: float, live_delay: float) -> None:
    """What a completed task does to the product's state on each DSP its channel feeds (live-3)."""
    product_id = task.rel_id("product")
    if product_id is None:
        return
    delivery_type = task.attrs.get("delivery-type")
    for dsp_id in _feeds(store, task.rel_id("dsp-upload-identification")):
        state = dsp_state(store, product_id, dsp_id)
        if delivery_type == "delete":
            if state is not None:
                take_down(store, state, at)
            continue
        if state is not None and state.attrs.get("state") in ("live", "processing"):
            continue  # an update or redelivery of a live release leaves it live
        attrs = {"state": "processing", "since": now_iso(at), "url": None, "territories": None}
        extra = {"live_at": at + live_delay}
        if state is None:
            store.insert(
                "dsp-states",
                attrs,
                {"product": _link("products", product_id), "dsp": _link("dsps", dsp_id)},
                extra=extra,
                created_at=now_iso(at),
            )
        else:
            state.attrs.update(attrs)
            state.extra.update(extra)
            store.save(state)


def advance_live(store: Store, now: float) -> None:
    """Processing states whose moment came go live (lazily, like send tasks)."""
    due = store.select(
        "dsp-states",
        [
            (f"{attr_expr('state', 't')} = 'processing'", []),
            ("CAST(json_extract(t.extra, '$.live_at') AS REAL) <= ?", [now]),
        ],
    )
    for state in due:
        go_live(store, state, float(state.extra.get("live_at") or now))


def _territories(store: Store, product: Row, dsp_id: str) -> list[str]:
    """Where the rights put the product on this DSP: alpha-2 codes, or ["WW"] (live-4)."""
    owners = [("products", product.id)]
    label = store.get("labels", product.rel_id("label") or "")
    if label is not None:
        owners.append(("labels", label.id))
        if label.rel_id("company"):
            owners.append(("companies", str(label.rel_id("company"))))
    codes: set[str] = set()
    worldwide = False
    for owner_type, owner_id in owners:
        for right in store.select(
            "rights",
            [
                (f"{fk_expr('distributed', 't')} = ?", [owner_id]),
                ("json_extract(t.rels, '$.\"distributed\".type') = ?", [owner_type]),
            ],
        ):
            if right.attrs.get("action") != "add":
                continue
            dsps = set(right.rel_ids("dsps")) - set(right.rel_ids("minus-dsps"))
            if dsps and dsp_id not in dsps:
                continue
            if right.rel_ids("continents"):
                worldwide = True
            for territory in store.get_many("territories", right.rel_ids("territories")).values():
                if territory.attrs.get("code-alpha-2"):
                    codes.add(str(territory.attrs["code-alpha-2"]))
    return ["WW"] if worldwide or not codes else sorted(codes)


def go_live(store: Store, state: Row, at: float) -> None:
    product = store.get("products", state.rel_id("product") or "")
    dsp = store.get("dsps", state.rel_id("dsp") or "")
    if product is None or dsp is None:
        return
    name = str(dsp.attrs.get("name") or "")
    style = _style(name)
    territories = _territories(store, product, dsp.id)
    product_ext = external_id(style, "product", product.id, dsp.id)
    url = link_for(name, "product", product_ext)
    state.attrs.update({"state": "live", "since": now_iso(at), "url": url, "territories": territories})
    state.extra.pop("live_at", None)
    store.save(state)
    base = {"dsp": _link("dsps", dsp.id), "dsp-state": _link("dsp-states", state.id)}
    store.insert(
        "availabilities",
        {"dsp-artist-id": None, "external-id": product_ext, "url": url, "territories": territories},
        {**base, "product": _link("products", product.id)},
    )
    tracks = store.select("tracks", [(f"{fk_expr('product', 't')} = ?", [product.id])])
    for track in tracks:
        ext = external_id(style, "track", track.id, dsp.id)
        store.insert(
            "availabilities",
            {
                "dsp-artist-id": None,
                "external-id": ext,
                "url": link_for(name, "track", ext),
                "territories": territories,
            },
            {**base, "track": _link("tracks", track.id)},
        )
    artist_ids = set(product.rel_ids("artists"))
    for track in tracks:
        artist_ids |= set(track.rel_ids("artists"))
    for artist_id in sorted(artist_ids):
        known = store.select(
            "availabilities",
            [(f"{fk_expr('artist', 't')} = ?", [artist_id]), (f"{fk_expr('dsp', 't')} = ?", [dsp.id])],
            limit=1,
        )
        if known:
            continue
        ext = external_id(style, "artist", artist_id, dsp.id)
        store.insert(
            "availabilities",
            {
                "dsp-artist-id": ext,
                "external-id": ext,
                "url": link_for(name, "artist", ext),
                "territories": None,
            },
            {"artist": _link("artists", artist_id), "dsp": _link("dsps", dsp.id)},
        )


def take_down(store: Store, state: Row, at: float) -> None:
    """A completed delete: the release leaves the DSP with its product and track availabilities."""
    for availability in store.select("availabilities", [(f"{fk_expr('dsp-state', 't')} = ?", [state.id])]):
        store.delete("availabilities", availability.id)
    state.attrs.update({"state": "taken-down", "since": now_iso(at), "url": None, "territories": None})
    state.extra.pop("live_at", None)
    store.save(state)


# ------------------------------------------------------------------------------------ factories
STATUS_BUCKETS = {
    "pending": "waiting-count",
    "waiting": "waiting-count",
    "procesing": "sending-count",
    "processing": "sending-count",
    "completed": "completed-count",
    "error": "error-count",
    "stuck": "stuck-count",
}


def factory_counts(store: Store, factory_id: str) -> dict[str, int]:
    counts = dict.fromkeys(
        ("total-count", "completed-count", "waiting-count", "sending-count", "error-count", "stuck-count"), 0
    )
    records = store.query(
        f"SELECT {attr_expr('status', 't')} AS status, count(*) AS n FROM {table('send-tasks')} t "
        f"WHERE {fk_expr('send-task-factory', 't')} = ? GROUP BY 1",
        [factory_id],
    )
    for record in records:
        counts["total-count"] += int(record["n"])
        bucket = STATUS_BUCKETS.get(str(record["status"]))
        if bucket:
            counts[bucket] += int(record["n"])
    return counts


def refresh_factories(store: Store) -> None:
    for factory in store.select("send-task-factories", [("json_extract(t.extra, '$.open') = 1", [])]):
        counts = factory_counts(store, factory.id)
        if counts != {k: factory.attrs.get(k) for k in counts}:
            factory.attrs.update(counts)
            if counts["waiting-count"] + counts["sending-count"] == 0:
                factory.extra["open"] = 0
            store.save(factory)


# ------------------------------------------------------------------------------------ quotas
def next_used(store: Store, now: float) -> tuple[int, str | None]:
    """Next-priority tasks created in the last 24 h, and when the oldest of them leaves the window."""
    since = now_iso(now - 86400)
    where = [(f"{attr_expr('priority', 't')} = 'next'", []), ("t.created_at >= ?", [since])]
    used = store.count("send-tasks", where)
    oldest = store.query(
        f"SELECT min(created_at) AS m FROM {table('send-tasks')} t "
        f"WHERE {attr_expr('priority', 't')} = 'next' AND t.created_at >= ?",
        [since],
    )
    first = oldest[0]["m"] if oldest else None
    resets = None
    if first:
        moment = dt.datetime.fromisoformat(str(first).replace("Z", "+00:00")) + dt.timedelta(days=1)
        resets = now_iso(moment.timestamp())
    return used, resets


def refresh_quotas(store: Store, now: float) -> None:
    used, resets = next_used(store, now)
    attrs = {
        "name": "next-send-tasks",
        "limit": NEXT_QUOTA,
        "used": used,
        "remaining": max(0, NEXT_QUOTA - used),
        "period": "day",
        "resets-at": resets,
    }
    rows = store.select("quotas", [(f"{attr_expr('name', 't')} = 'next-send-tasks'", [])], limit=1)
    if not rows:
        store.insert("quotas", attrs, {})
    elif rows[0].attrs != attrs:
        rows[0].attrs = attrs
        store.save(rows[0])


# ------------------------------------------------------------------------------------ tags
def check_tag_names(value: Any, problems: Problems, pointer: str) -> list[str] | None:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append((pointer, "The tags must be a list of names."))
        return None
    names: list[str] = []
    for raw in value:
        name = " ".join(raw.split())
        if not name or len(name) > MAX_TAG_LENGTH:
            problems.append((pointer, f"A tag name is 1 to {MAX_TAG_LENGTH} characters."))
            return None
        if name.lower() not in {n.lower() for n in names}:
            names.append(name)
    if len(names) > MAX_TAGS:
        problems.append((pointer, f"A product carries at most {MAX_TAGS} tags."))
        return None
    return names


def tag_named(store: Store, name: str) -> Row | None:
    rows = store.select("tags", [(f"lower({attr_expr('name', 't')}) = ?", [name.lower()])], limit=1)
    return rows[0] if rows else None


def tag_links(store: Store, names: Iterable[str]) -> tuple[list[str], list[dict[str, str]]]:
    """Each name to its tag (created on first use, live-7); the tag's own spelling is kept."""
    spelled: list[str] = []
    links: list[dict[str, str]] = []
    for name in names:
        tag = tag_named(store, name)
        if tag is None:
            tag = store.insert("tags", {"name": name, "color": None}, {})
        spelled.append(str(tag.attrs.get("name")))
        links.append(_link("tags", tag.id))
    return spelled, links


def _products_tagged(store: Store, tag_id: str) -> list[Row]:
    return store.select(
        "products",
        [
            (
                "EXISTS (SELECT 1 FROM json_each(t.rels, '$.\"tag-links\"') j "
                "WHERE json_extract(j.value, '$.id') = ?)",
                [tag_id],
            )
        ],
    )


class LiveRules:
    """The catalog's rules for the resources of this module (mixed into ``Catalog``)."""

    store: Store
    delivery_seconds: float
    clock: Any

    if TYPE_CHECKING:

        def _fill(self, spec: TypeSpec, attrs: dict[str, Any]) -> dict[str, Any]: ...
        def plan_delivery(self, product: Row, dui_id: str, delivery_type: str) -> tuple[str, str | None]: ...

    # -- hooks the catalog calls ----------------------------------------------------------------
    def task_completed(self, task: Row, at: float) -> None:
        task_completed(self.store, task, at, self.delivery_seconds * LIVE_AFTER)

    def after_advance(self) -> None:
        now = self.clock()
        advance_live(self.store, now)
        refresh_factories(self.store)

    def stall_reason(self, product: Row, dui_id: str, delivery_type: str) -> str | None:
        """live-5: the stalled channel holds a product's first package until it is stuck."""
        if dui_id != STALLED_DUI or delivery_type == "delete":
            return None
        earlier = self.store.select(
            "send-tasks",
            [
                (f"{fk_expr('product', 't')} = ?", [product.id]),
                (f"{fk_expr('dsp-upload-identification', 't')} = ?", [dui_id]),
                (f"{attr_expr('status', 't')} = 'stuck'", []),
            ],
            limit=1,
        )
        if earlier:
            return None
        seconds = self.delivery_seconds * STUCK_AFTER
        return (
            f"Waiting for more than {seconds:g} seconds: Napster's ingestion did not pick the package up. "
            "Redeliver it."
        )

    def product_tags(self, attrs: dict[str, Any], problems: Problems) -> None:
        if "tags" in attrs:
            check_tag_names(attrs["tags"], problems, "/data/attributes/tags")

    def link_tags(self, attrs: dict[str, Any], rels: dict[str, Any]) -> None:
        if "tags" in attrs:
            names = check_tag_names(attrs["tags"], [], "") or []
            attrs["tags"], rels["tag-links"] = tag_links(self.store, names)

    # -- tags -----------------------------------------------------------------------------------
    def _tag_rules(self, attrs: dict[str, Any], problems: Problems, current: Row | None) -> None:
        if "name" in attrs or current is None:
            name = attrs.get("name")
            if not isinstance(name, str) or not " ".join(name.split()):
                problems.append(("/data/attributes/name", "The name field is required (text)."))
            elif len(" ".join(name.split())) > MAX_TAG_LENGTH:
                problems.append(
                    ("/data/attributes/name", f"A tag name is at most {MAX_TAG_LENGTH} characters.")
                )
            else:
                attrs["name"] = " ".join(name.split())
                other = tag_named(self.store, attrs["name"])
                if other is not None and (current is None or other.id != current.id):
                    problems.append(("/data/attributes/name", "The name has already been taken."))
        color = attrs.get("color")
        if color is not None and (not isinstance(color, str) or not _COLOR.match(color)):
            problems.append(("/data/attributes/color", "The color must be like #1db954, or null."))
        if problems:
            raise unprocessable(problems)

    def _create_tags(
        self, spec: TypeSpec, attrs: dict[str, Any], rels: dict[str, Any], prepared: Any, problems: Problems
    ) -> Row:
        self._tag_rules(attrs, problems, None)
        return self.store.insert("tags", self._fill(spec, attrs), {})

    def _update_tags(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Any,
        problems: Problems,
    ) -> Row:
        self._tag_rules(attrs, problems, row)
        old = row.attrs.get("name")
        row.attrs.update(attrs)
        if old != row.attrs.get("name"):
            for product in _products_tagged(self.store, row.id):
                product.attrs["tags"] = [
                    row.attrs["name"] if str(n).lower() == str(old).lower() else n
                    for n in product.attrs.get("tags") or []
                ]
                self.store.save(product)
        return self.store.save(row)

    def _delete_tags(self, row: Row) -> None:
        for product in _products_tagged(self.store, row.id):
            product.rels["tag-links"] = [
                x for x in product.rels.get("tag-links") or [] if x.get("id") != row.id
            ]
            product.attrs["tags"] = [
                n
                for n in product.attrs.get("tags") or []
                if str(n).lower() != str(row.attrs.get("name")).lower()
            ]
            self.store.save(product)

    # -- send-task factories --------------------------------------------------------------------
    def _factory_rules(self, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems) -> list[Row]:
        delivery_type = attrs.get("delivery-type")
        if delivery_type not in DELIVERY_TYPES:
            problems.append(
                (
                    "/data/attributes/delivery-type",
                    "The delivery-type field is required (delivery, update, redelivery or delete).",
                )
            )
        if (attrs.get("priority") or "normal") not in SEND_TASK_PRIORITIES:
            problems.append(("/data/attributes/priority", "The priority must be normal, urgent or next."))
        for name in ("comments",):
            value = attrs.get(name)
            if value is not None and (not isinstance(value, str) or len(value) > 2000):
                problems.append(
                    (f"/data/attributes/{name}", "The comments must be text of at most 2,000 characters.")
                )
        from app.sandbox.catalog import _parse_date, _parse_moment

        if not _blank(attrs.get("send-date")) and _parse_moment(attrs.get("send-date")) is None:
            problems.append(("/data/attributes/send-date", "The send-date must be like 2023-08-14 18:11:51."))
        if attrs.get("release-date") is not None and _parse_date(attrs.get("release-date")) is None:
            problems.append(
                ("/data/attributes/release-date", "The release-date must be a date like 2023-10-01.")
            )
        products = list(
            self.store.get_many("products", [x["id"] for x in rels.get("products") or []]).values()
        )
        upcs = attrs.get("upcs")
        if upcs is not None:
            if not isinstance(upcs, list) or not all(isinstance(u, str) and _UPC.match(u) for u in upcs):
                problems.append(("/data/attributes/upcs", "The upcs must be a list of 12 to 14 digit codes."))
            elif len(upcs) > MAX_FACTORY_PRODUCTS:
                problems.append(
                    ("/data/attributes/upcs", f"A factory takes at most {MAX_FACTORY_PRODUCTS} UPCs.")
                )
            else:
                found = {
                    str(p.attrs.get("upc-code")): p
                    for start in range(0, len(upcs), 500)
                    for p in self.store.select(
                        "products",
                        [
                            (
                                f"{attr_expr('upc-code', 't')} IN "
                                f"({','.join('?' * len(upcs[start : start + 500]))})",
                                upcs[start : start + 500],
                            )
                        ],
                    )
                }
                unknown = [u for u in upcs if u not in found]
                if unknown:
                    problems.append(
                        ("/data/attributes/upcs", f"No product has the UPC {', '.join(unknown[:5])}.")
                    )
                products += [found[u] for u in upcs if u in found]
        seen: set[str] = set()
        products = [p for p in products if not (p.id in seen or seen.add(p.id))]  # type: ignore[func-returns-value]
        if not products and not any(p[0] in ("/data/attributes/upcs",) for p in problems):
            problems.append(
                ("/data/relationships/products", "A factory needs at least one product (or UPC).")
            )
        if len(products) > MAX_FACTORY_PRODUCTS:
            problems.append(
                ("/data/relationships/products", f"A factory takes at most {MAX_FACTORY_PRODUCTS} products.")
            )
        duis = rels.get("dsp-upload-identifications") or []
        if not duis:
            problems.append(
                (
                    "/data/relationships/dsp-upload-identifications",
                    "A factory needs at least one DSP upload identification.",
                )
            )
        elif len(duis) > MAX_FACTORY_DUIS:
            problems.append(
                (
                    "/data/relationships/dsp-upload-identifications",
                    f"A factory takes at most {MAX_FACTORY_DUIS} DSP upload identifications.",
                )
            )
        return products

    def _create_send_task_factories(
        self, spec: TypeSpec, attrs: dict[str, Any], rels: dict[str, Any], prepared: Any, problems: Problems
    ) -> Row:
        from app.sandbox.catalog import _parse_moment, _send_date

        products = self._factory_rules(attrs, rels, problems)
        dui_ids = list(dict.fromkeys(str(x["id"]) for x in rels.get("dsp-upload-identifications") or []))
        priority = attrs.get("priority") or "normal"
        delivery_type = str(attrs.get("delivery-type"))
        now = self.clock()
        if not problems and priority == "next":
            used, _resets = next_used(self.store, now)
            wanted = len(products) * len(dui_ids)
            if used + wanted > NEXT_QUOTA:
                problems.append(
                    (
                        "/data/attributes/priority",
                        f"This factory needs {wanted} next-priority tasks and "
                        f"{max(0, NEXT_QUOTA - used)} of the "
                        "daily 1,000 are left; use urgent or send fewer.",
                    )
                )
        if problems:
            raise unprocessable(problems)
        send_at = now
        if not _blank(attrs.get("send-date")):
            send_at = max(float(_parse_moment(attrs["send-date"]) or now), now)
        stored_rels = {
            "products": [_link("products", p.id) for p in products],
            "dsp-upload-identifications": [_link("dsp-upload-identifications", d) for d in dui_ids],
        }
        factory = self.store.insert(
            "send-task-factories",
            self._fill(spec, {**attrs, "priority": priority, "send-date": _send_date(send_at)}),
            stored_rels,
            extra={"open": 1},
            created_at=now_iso(now),
        )
        busy = {
            (str(r["p"]), str(r["d"]))
            for r in self.store.query(
                f"SELECT {fk_expr('product', 't')} AS p, {fk_expr('dsp-upload-identification', 't')} AS d "
                f"FROM {table('send-tasks')} t WHERE {attr_expr('delivery-type', 't')} = ? "
                f"AND {attr_expr('status', 't')} IN ('pending', 'waiting', 'procesing')",
                [delivery_type],
            )
        }
        task_spec = spec_of("send-tasks")
        rows = []
        for product in products:
            for dui_id in dui_ids:
                status, outcome, reason = "pending", "completed", None
                if (product.id, dui_id) in busy:
                    status, outcome = "error", "error"
                    reason = (
                        f"{article(delivery_type)} {delivery_type} of this product to this DSP is already in "
                        "progress; this one was not sent."
                    )
                elif (
                    priority != "next"
                    and delivery_type != "delete"
                    and product.attrs.get("status") != "active"
                ):
                    status, outcome = "error", "error"
                    reason = "The product must be active before it can be delivered (except delete)."
                elif priority != "next":
                    outcome, reason = self.plan_delivery(product, dui_id, delivery_type)
                    stall = (
                        self.stall_reason(product, dui_id, delivery_type) if outcome == "completed" else None
                    )
                    if stall:
                        outcome, reason = "stuck", stall
                task_attrs = self._fill(
                    task_spec,
                    {
                        "deliverable": True,
                        "delivery-type": delivery_type,
                        "priority": priority,
                        "status": status,
                        "send-date": _send_date(send_at),
                    },
                )
                if status == "error":
                    task_attrs["error-message"] = reason
                    task_attrs["ack-status-message"] = {"FileStatus": ["NotSent"], "Reason": reason}
                rows.append(
                    (
                        task_attrs,
                        {
                            "product": _link("products", product.id),
                            "dsp-upload-identification": _link("dsp-upload-identifications", dui_id),
                            "send-task-factory": _link("send-task-factories", factory.id),
                        },
                        {"start": send_at, "outcome": outcome, "reason": reason},
                    )
                )
        for task_attrs, task_rels, extra in rows:
            self.store.insert("send-tasks", task_attrs, task_rels, extra=extra, created_at=now_iso(now))
        factory.attrs.update(factory_counts(self.store, factory.id))
        return self.store.save(factory)

    def _update_send_task_factories(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Any,
        problems: Problems,
    ) -> Row:
        for name in attrs:
            if name != "comments":
                problems.append((f"/data/attributes/{name}", "Only a factory's comments can change."))
        if rels:
            problems.append(("/data/relationships", "A factory's products and DSPs cannot change."))
        value = attrs.get("comments")
        if value is not None and (not isinstance(value, str) or len(value) > 2000):
            problems.append(
                ("/data/attributes/comments", "The comments must be text of at most 2,000 characters.")
            )
        if problems:
            raise unprocessable(problems)
        row.attrs.update(attrs)
        return self.store.save(row)

    def _delete_send_task_factories(self, row: Row) -> None:
        raise unprocessable(
            [
                (
                    "/data",
                    "A factory cannot be deleted: it is the record of what was sent. "
                    "Delete its tasks instead.",
                )
            ]
        )

    # -- DSP artists ------------------------------------------------------------------------------
    def _dsp_artist(
        self, rtype: str, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems, current: Row | None
    ) -> Row:
        key, pattern, dsp_id, kind = (
            ("spotify-id", _SPOTIFY_ID, "1", "Spotify")
            if rtype == "spotify-artists"
            else ("apple-id", _APPLE_ID, "2", "Apple Music")
        )
        if current is None and not rels.get("artist"):
            problems.append(("/data/relationships/artist", "The artist relationship is required."))
        if current is None or key in attrs:
            value = attrs.get(key)
            if not isinstance(value, str) or not pattern.match(value):
                shape = "22 letters and digits" if kind == "Spotify" else "1 to 12 digits"
                problems.append((f"/data/attributes/{key}", f"The {key} must be {shape}."))
        for name in ("name", "genre"):
            if attrs.get(name) is not None and (not isinstance(attrs[name], str) or len(attrs[name]) > 200):
                problems.append((f"/data/attributes/{name}", f"The {name} must be text."))
        locale = attrs.get("locale")
        if locale is not None and (not isinstance(locale, str) or not _LOCALE.match(locale)):
            problems.append(("/data/attributes/locale", "The locale must be like en or en-US."))
        artist_id = (rels.get("artist") or {}).get("id") if current is None else current.rel_id("artist")
        if (
            current is None
            and artist_id
            and self.store.select(rtype, [(f"{fk_expr('artist', 't')} = ?", [artist_id])], limit=1)
        ):
            problems.append(
                ("/data/relationships/artist", f"This artist is already linked on {kind}; change that link.")
            )
        if current is not None and rels:
            problems.append(
                (
                    "/data/relationships/artist",
                    "The artist of a link cannot change; delete it and link again.",
                )
            )
        if problems:
            raise unprocessable(problems)
        ext = str(attrs.get(key) or (current.attrs.get(key) if current else ""))
        url = link_for(kind, "artist", ext)
        if current is None:
            row = self.store.insert(rtype, self._fill(spec_of(rtype), {**attrs, "url": url}), rels)
        else:
            old = current.attrs.get(key)
            current.attrs.update({**attrs, "url": url})
            row = self.store.save(current)
            self._unlink_availability(str(artist_id), dsp_id, str(old))
        assert artist_id is not None
        self._unlink_availability(str(artist_id), dsp_id, ext)
        self.store.insert(
            "availabilities",
            {"dsp-artist-id": ext, "external-id": ext, "url": url, "territories": None},
            {"artist": _link("artists", artist_id), "dsp": _link("dsps", dsp_id)},
        )
        return row

    def _unlink_availability(self, artist_id: str, dsp_id: str, ext: str) -> None:
        for availability in self.store.select(
            "availabilities",
            [
                (f"{fk_expr('artist', 't')} = ?", [artist_id]),
                (f"{fk_expr('dsp', 't')} = ?", [dsp_id]),
                (f"{attr_expr('dsp-artist-id', 't')} = ?", [ext]),
            ],
        ):
            self.store.delete("availabilities", availability.id)

    def _create_spotify_artists(
        self, spec: TypeSpec, attrs: dict[str, Any], rels: dict[str, Any], prepared: Any, problems: Problems
    ) -> Row:
        return self._dsp_artist("spotify-artists", attrs, rels, problems, None)

    def _update_spotify_artists(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Any,
        problems: Problems,
    ) -> Row:
        return self._dsp_artist("spotify-artists", attrs, rels, problems, row)

    def _delete_spotify_artists(self, row: Row) -> None:
        self._unlink_availability(str(row.rel_id("artist")), "1", str(row.attrs.get("spotify-id")))

    def _create_apple_artists(
        self, spec: TypeSpec, attrs: dict[str, Any], rels: dict[str, Any], prepared: Any, problems: Problems
    ) -> Row:
        return self._dsp_artist("apple-artists", attrs, rels, problems, None)

    def _update_apple_artists(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Any,
        problems: Problems,
    ) -> Row:
        return self._dsp_artist("apple-artists", attrs, rels, problems, row)

    def _delete_apple_artists(self, row: Row) -> None:
        self._unlink_availability(str(row.rel_id("artist")), "2", str(row.attrs.get("apple-id")))

    # -- availabilities ---------------------------------------------------------------------------
    def _availability_rules(
        self, attrs: dict[str, Any], rels: dict[str, Any], problems: Problems, current: Row | None
    ) -> None:
        owners = [
            name
            for name in ("artist", "product", "track")
            if (rels.get(name) if name in rels else (current.rels.get(name) if current else None))
        ]
        if len(owners) != 1:
            problems.append(
                (
                    "/data/relationships/artist",
                    "An availability belongs to exactly one artist, product or track.",
                )
            )
        if current is None and not rels.get("dsp"):
            problems.append(("/data/relationships/dsp", "The dsp relationship is required."))
        for name in ("dsp-artist-id", "external-id", "url"):
            value = attrs.get(name)
            if value is not None and (not isinstance(value, str) or len(value) > 500):
                problems.append((f"/data/attributes/{name}", f"The {name} must be text."))
        territories = attrs.get("territories")
        if territories is not None and (
            not isinstance(territories, list)
            or not all(isinstance(t, str) and re.fullmatch(r"[A-Z]{2}", t) for t in territories)
        ):
            problems.append(
                ("/data/attributes/territories", "The territories must be a list of codes like FR.")
            )
        key = "external-id" if owners in (["product"], ["track"]) else "dsp-artist-id"
        if (current is None or key in attrs) and _blank(attrs.get(key)):
            problems.append((f"/data/attributes/{key}", f"The {key} field is required."))
        if problems:
            raise unprocessable(problems)

    def _create_availabilities(
        self, spec: TypeSpec, attrs: dict[str, Any], rels: dict[str, Any], prepared: Any, problems: Problems
    ) -> Row:
        self._availability_rules(attrs, rels, problems, None)
        return self.store.insert("availabilities", self._fill(spec, attrs), rels)

    def _update_availabilities(
        self,
        spec: TypeSpec,
        row: Row,
        attrs: dict[str, Any],
        rels: dict[str, Any],
        prepared: Any,
        problems: Problems,
    ) -> Row:
        self._availability_rules(attrs, rels, problems, row)
        row.attrs.update(attrs)
        row.rels.update(rels)
        return self.store.save(row)


def spec_of(rtype: str) -> TypeSpec:
    from app.sandbox.schema import SPECS

    return SPECS[rtype]


# ------------------------------------------------------------------------------------ demo
DEMO_TAGS = {"Costa Brava Sounds": ("summer",), "Blue Room Jazz": ("jazz", "catalog")}
PLAYLIST_NAMES = (
    "Late Night Chill",
    "Fresh Finds",
    "Lisbon Nights",
    "Jazz Morning",
    "Summer Heat",
    "Deep Focus",
    "New Music Friday",
    "Café Ambience",
)


def seed_live(store: Store, now: float) -> None:
    """The demo's state after delivery: active products live where a delivery completed (a takedown
    removes them), a stuck task, tags and playlist placements (live-12)."""
    tasks = store.select(
        "send-tasks", [(f"{attr_expr('status', 't')} = 'completed'", [])], order="t.created_at, t.id"
    )
    for task in tasks:
        product = store.get("products", task.rel_id("product") or "")
        if product is None or product.attrs.get("status") != "active":
            continue
        start = float(task.extra.get("start") or now)
        task_completed(store, task, start + 600, 3600)
    advance_live(store, now)
    # A stuck task, with its reason, on a release that is otherwise delivering.
    harbour = store.select("products", [(f"{attr_expr('name', 't')} = 'Harbour Lights EP'", [])], limit=1)
    if harbour:
        reason = (
            "Waiting for more than 6 hours: Napster's ingestion did not pick the package up. Redeliver it."
        )
        store.insert(
            "send-tasks",
            {
                **spec_of("send-tasks").attrs,
                "delivery-type": "delivery",
                "status": "stuck",
                "send-date": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now - 86400)),
                "batch-id": "7f1c2a40-5b7e-4d43-9a53-0c1f7f6de2b1",
                "error-message": reason,
            },
            {
                "product": _link("products", harbour[0].id),
                "dsp-upload-identification": _link("dsp-upload-identifications", STALLED_DUI),
            },
            extra={"start": now - 86400, "outcome": "stuck", "reason": reason},
            created_at=now_iso(now - 86400),
        )
    for label in store.select("labels", []):
        for tag_name in DEMO_TAGS.get(str(label.attrs.get("name")), ()):
            for product in store.select("products", [(f"{fk_expr('label', 't')} = ?", [label.id])]):
                names = [*(product.attrs.get("tags") or []), tag_name]
                product.attrs["tags"], product.rels["tag-links"] = tag_links(store, names)
                store.save(product)
    for state in store.select("dsp-states", [(f"{attr_expr('state', 't')} = 'live'", [])]):
        if state.rel_id("dsp") not in ("1", "4"):
            continue
        for track in store.select("tracks", [(f"{fk_expr('product', 't')} = ?", [state.rel_id("product")])]):
            number = _digest("playlist", track.id, state.rel_id("dsp"))
            if number % 3:
                continue
            name = PLAYLIST_NAMES[number % len(PLAYLIST_NAMES)]
            style = "base62" if state.rel_id("dsp") == "1" else "digits"
            ext = external_id(style, "playlist", name, state.rel_id("dsp"))
            base = (
                "https://open.spotify.com/playlist/"
                if state.rel_id("dsp") == "1"
                else "https://www.deezer.com/playlist/"
            )
            store.insert(
                "playlists",
                {
                    "name": name,
                    "url": base + ext,
                    "followers": 1000 + number % 250000,
                    "position": 1 + number % 60,
                    "added-on": now_iso(now - 86400 * (1 + number % 20))[:10],
                },
                {
                    "dsp": _link("dsps", state.rel_id("dsp")),
                    "track": _link("tracks", track.id),
                    "product": _link("products", state.rel_id("product")),
                },
            )


def article(word: object) -> str:
    """"An update", "a delivery": the sandbox's sentences are English (server text)."""
    return "An" if str(word)[:1] in "aeiou" else "A"
