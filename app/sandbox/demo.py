"""The ``--demo`` catalog: a believable small label business to explore and rehearse on.

Three labels, twenty products in every status (drafts at different stages of completeness, active
releases delivered to a few DSPs, archived ones), tracks with real FLAC masters (short generated tones,
shared between tracks to keep start-up quick), offers, rights, artists with their DSP availabilities,
and deliveries in several states. Seeded once per data folder.
"""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from pathlib import Path
from typing import Any

from app.domain.codes import gs1_check_digit
from app.domain.resources import full_usage
from app.sandbox.live import seed_live
from app.sandbox.refdata import APPLE_DUI_ID, dui_id_for, link
from app.sandbox.schema import SPECS
from app.sandbox.store import Row, Store, now_iso


def _upc(body: int) -> str:
    """A code with a correct GS1 check digit: a believable catalog's codes pass the app's own check."""
    digits = f"{body:011d}" if body < 10**11 else f"{body:012d}"
    return digits + str(gs1_check_digit(digits))


LABELS = (
    ("Nightjar Records", "Electronic and downtempo from Lisbon."),
    ("Costa Brava Sounds", "Latin, flamenco fusion and summer pop."),
    ("Blue Room Jazz", "Small-group jazz recorded live to tape."),
)

ARTISTS: tuple[tuple[str, int, dict[str, str]], ...] = (
    ("Luna Vega", 10, {"1": "4Z8W4fKeB5YxbusRsdQVPb", "2": "1419227"}),
    ("Luna Vega", 1, {}),  # a namesake with lower priority: activation picks the one above
    ("The Marble Coast", 5, {"1": "0OdUWJ0sBjDrqHygGUXeCF"}),
    ("Ines Caldeira", 5, {"2": "982374561"}),
    ("Quartet Obscura", 3, {}),
    ("DJ Farol", 2, {"1": "6qqNVTkY8uBg9cP3Jd7DAH"}),
)

# (name, label index, artist, status, tracks, stage) — stage says how far a draft got.
PRODUCTS = (
    ("Night Swimming", 0, "Luna Vega", "active", 4, "delivered"),
    ("Low Tide", 0, "Luna Vega", "active", 2, "delivered"),
    ("Harbour Lights EP", 0, "DJ Farol", "active", 3, "delivering"),
    ("Fado Electric", 0, "Ines Caldeira", "active", 2, "failed"),
    ("Afterhours Vol. 1", 0, "DJ Farol", "active", 4, "scheduled"),
    ("Saudade Remixes", 0, "Ines Caldeira", "draft", 3, "ready"),
    ("Orbitals", 0, "DJ Farol", "draft", 2, "no-offer"),
    ("Untitled Sketches", 0, "Luna Vega", "draft", 0, "empty"),
    ("Verano Azul", 1, "The Marble Coast", "active", 3, "delivered"),
    ("Sal y Sol", 1, "The Marble Coast", "active", 1, "delivered"),
    ("Rumba Nights", 1, "The Marble Coast", "archived", 2, "delivered"),
    ("Costa Sessions", 1, "The Marble Coast", "draft", 2, "no-records"),
    ("Palmeras", 1, "Ines Caldeira", "draft", 1, "no-cover"),
    ("Flamenco Futuro", 1, "Ines Caldeira", "archived", 2, "none"),
    ("Blue Hour", 2, "Quartet Obscura", "active", 4, "delivered"),
    ("Live at the Blue Room", 2, "Quartet Obscura", "active", 3, "takedown"),
    ("Standards, Vol. 2", 2, "Quartet Obscura", "draft", 3, "ready"),
    ("Midnight Modal", 2, "Quartet Obscura", "archived", 2, "none"),
    ("Ballads for Marta", 2, "Luna Vega", "draft", 2, "no-offer"),
    ("Improvisations", 2, "Quartet Obscura", "draft", 1, "no-records"),
)

# A Video product (its music video linked to its track) and a release with Apple Motion Art. Their
# rows carry what the server would have read from the files; no movie is kept (docs/SANDBOX.md).
VIDEO_PRODUCTS = ("Sal y Sol",)
MOTION_ART_PRODUCTS = ("Night Swimming",)


def _seed_video(
    store: Store, fill: Any, pid: str, label_id: str, track_id: str, title: str, index: int
) -> None:
    digest = hashlib.md5(f"demo-video-{index}".encode()).hexdigest()
    video = store.insert(
        "videos",
        fill(
            "videos",
            {
                "name": f"{title} (Official Video)",
                "isrc-video": f"PTV1{index:02d}000001"[:12],
                "length": 214,
                "resolution": "1920x1080",
                "movie-size": 182_334_112,
                "md5": digest,
                "filename": "sal-y-sol-official-video.mp4",
            },
        ),
        {"label": link("labels", label_id), "product": link("products", pid)},
    )
    store.insert("track-videos", {}, {"track": link("tracks", track_id), "video": link("videos", video.id)})


def _seed_motion_art(store: Store, fill: Any, pid: str, index: int) -> None:
    for kind, size in (("apple_motion_art_mobile", 9_812_004), ("apple_motion_art_desktop", 12_400_551)):
        name = f"night-swimming-{kind.rsplit('_', 1)[-1]}.mp4"
        store.insert(
            "asset-attachments",
            fill(
                "asset-attachments",
                {
                    "kind": kind,
                    "file": name,
                    "file-md5": hashlib.md5(f"{kind}-{index}".encode()).hexdigest(),
                    "file-url": f"/storage/attachments/{name}",
                    "filename": name,
                    "file-size": size,
                },
            ),
            {"attachable": link("products", pid)},
        )


TRACK_WORDS = (
    "Intro",
    "Tide",
    "Lights",
    "Harbour",
    "Night",
    "Drift",
    "Salt",
    "Ember",
    "Glass",
    "Echo",
    "Coast",
    "Signal",
    "Velvet",
    "Bloom",
    "Static",
    "Horizon",
)


def _tone(path: Path, seconds: float, samplerate: int, subtype: str, freq: float) -> None:
    import numpy as np
    import soundfile

    t = np.arange(int(seconds * samplerate)) / samplerate
    wave = 0.3 * np.sin(2 * np.pi * freq * t)
    soundfile.write(
        str(path), np.stack([wave, wave * 0.8], axis=1), samplerate, format="FLAC", subtype=subtype
    )


def _cover(path: Path, color: tuple[int, int, int]) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 600), color)
    draw = ImageDraw.Draw(image)
    for i in range(0, 600, 40):
        draw.line([(0, i), (600, 600 - i)], fill=tuple(min(255, c + 40) for c in color), width=6)
    image.save(path, "JPEG", quality=85)


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _masters(data_dir: Path) -> list[dict[str, Any]]:
    """Two shared masters (16-bit CD, 24-bit HD) and their record attributes."""
    from app.sandbox.media import inspect_audio

    records_dir = data_dir / "records"
    records_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for bits, rate, freq in ((16, 44100, 440.0), (24, 96000, 330.0)):
        path = records_dir / f"demo-master-{bits}.flac"
        if not path.exists():
            _tone(path, 2.0, rate, f"PCM_{bits}", freq)
        facts = inspect_audio(path, path.stat().st_size)
        out.append(
            {
                "path": str(path),
                "attrs": {
                    "md5": _md5(path),
                    "precision": facts.precision,
                    "master-type": "cd" if bits == 16 else "hd",
                    "file-size": path.stat().st_size,
                    "filename": path.name,
                    "file": facts.attributes["file"],
                    "new-file": None,
                },
            }
        )
    return out


def seed_demo(store: Store, data_dir: Path) -> None:
    if store.get_meta("demo") is not None:
        return
    rng = random.Random(20240601)
    masters = _masters(data_dir)
    covers_dir = data_dir / "covers"
    covers_dir.mkdir(parents=True, exist_ok=True)
    palette = [(40, 60, 120), (160, 70, 40), (30, 110, 90), (120, 40, 110), (200, 160, 40)]
    covers = []
    for color in palette:
        name = f"{uuid.UUID(int=rng.getrandbits(128))}.jpg"
        _cover(covers_dir / name, color)
        covers.append((name, _md5(covers_dir / name)))

    def fill(rtype: str, attrs: dict[str, Any]) -> dict[str, Any]:
        full = {k: (dict(v) if isinstance(v, dict) else v) for k, v in SPECS[rtype].attrs.items()}
        full.update(attrs)
        return full

    now = time.time()
    with store.transaction():
        artist_ids: dict[str, str] = {}
        for name, priority, ids in ARTISTS:
            artist_row = store.insert(
                "artists",
                fill("artists", {"name": name, "priority": priority}),
                {"distributor": link("distributors", 1)},
            )
            artist_ids.setdefault(name, artist_row.id)
            for dsp_id, external in ids.items():
                store.insert(
                    "availabilities",
                    fill(
                        "availabilities",
                        {
                            "dsp-artist-id": external,
                            "url": (
                                f"https://open.spotify.com/artist/{external}"
                                if dsp_id == "1"
                                else f"https://music.apple.com/artist/{external}"
                            ),
                        },
                    ),
                    {"artist": link("artists", artist_row.id), "dsp": link("dsps", dsp_id)},
                )
        label_ids = []
        for name, description in LABELS:
            new_label = store.insert(
                "labels",
                fill("labels", {"name": name, "description": description, "usage": full_usage()}),
                {"company": link("companies", 1)},
            )
            label_ids.append(new_label.id)
        for index, (name, label_index, artist, status, track_count, stage) in enumerate(PRODUCTS):
            _seed_product(
                store,
                fill,
                rng,
                now,
                index,
                name,
                label_ids[label_index],
                artist,
                status,
                track_count,
                stage,
                masters,
                covers,
                artist_ids,
            )
        seed_live(store, now)
        store.set_meta("demo", "1")


def _seed_product(
    store: Store,
    fill: Any,
    rng: random.Random,
    now: float,
    index: int,
    name: str,
    label_id: str,
    artist: str,
    status: str,
    track_count: int,
    stage: str,
    masters: list[dict[str, Any]],
    covers: list[tuple[str, str]],
    artist_ids: dict[str, str],
) -> None:
    year = 2019 + index % 6
    release = f"{year}-{1 + index % 12:02d}-{1 + (index * 7) % 28:02d}"
    has_cover = stage not in ("no-cover", "empty")
    cover_name, cover_md5 = covers[index % len(covers)]
    product_attrs = {
        "name": name,
        "upc-code": _upc(86_000_000_000 + index * 137),
        "copyright-line": f"{year} {artist}",
        "production-line": f"{year} {artist}",
        "production-year": year,
        "status": status,
        "release-date": f"{release}T00:00:00.000000Z",
        "artist": [artist],
        "label-internal-reference": f"CAT{100 + index:03d}",
        "cover-url": f"/storage/covers/{cover_name}" if has_cover else None,
        "front-cover-md5": cover_md5 if has_cover else None,
    }
    active_like = status in ("active", "archived")
    product_artists = [link("artists", artist_ids[artist])] if active_like else []
    product = store.insert(
        "products",
        fill("products", product_attrs),
        {
            "company": link("companies", 1),
            "label": link("labels", label_id),
            "product-type": link(
                "product-types",
                4 if name in VIDEO_PRODUCTS else 1 if track_count > 3 else 3 if track_count > 1 else 2,
            ),
            "language": link("languages", rng.choice((4, 5, 7))),
            "artists": product_artists,
        },
    )
    pid = product.id
    for number in range(1, track_count + 1):
        title = f"{rng.choice(TRACK_WORDS)} {rng.choice(TRACK_WORDS)}"
        master = masters[(index + number) % 2]
        with_record = stage not in ("no-records",)
        track = store.insert(
            "tracks",
            fill(
                "tracks",
                {
                    "title": title,
                    "track-number": number,
                    "isrc-code": f"PTA1{year % 100:02d}{index:02d}{number:03d}"[:12].ljust(12, "0"),
                    "artist": [artist],
                    "length": 120 + number * 17,
                    "audio16bits": with_record and master["attrs"]["precision"] == 16,
                    "audio24bits": with_record and master["attrs"]["precision"] == 24,
                },
            ),
            {
                "product": link("products", pid),
                "audio-language": link("languages", 4),
                "artists": product_artists,
            },
        )
        if with_record:
            store.insert(
                "records",
                fill("records", master["attrs"]),
                {"creator": link("tracks", track.id)},
                extra={"path": master["path"], "shared": True},
            )
        if name in VIDEO_PRODUCTS and number == 1:
            _seed_video(store, fill, pid, label_id, track.id, title, index)
    if name in MOTION_ART_PRODUCTS:
        _seed_motion_art(store, fill, pid, index)
    default_active = active_like or stage == "ready"
    offer_attrs = {
        "is-default": True,
        "status": "active" if default_active else "draft",
        "active": default_active,
        "is-validated": default_active,
        "usage": full_usage(),
    }
    offer_rels: dict[str, Any] = {
        "product": link("products", pid),
        "subgenre": None,
        "subgenre2": None,
        "dsp-upload-identifications": [],
    }
    if stage != "no-offer":
        offer_attrs["release-date"] = release
        offer_rels["subgenre"] = link("distributor-product-subgenres", 1 + index % 20)
    store.insert("offers", fill("offers", offer_attrs), offer_rels)
    if not active_like:
        return
    store.insert(
        "offers",
        fill(
            "offers",
            {
                "is-default": False,
                "status": "active",
                "active": True,
                "is-validated": True,
                "release-date": release,
                "usage": full_usage(),
                "options": {"custom_vendor_id": f"CAT{100 + index:03d}"},
            },
        ),
        {
            "product": link("products", pid),
            "subgenre": link("distributor-product-subgenres", 1 + index % 20),
            "subgenre2": None,
            "dsp-upload-identifications": [link("dsp-upload-identifications", APPLE_DUI_ID)],
        },
    )
    store.insert(
        "rights",
        fill(
            "rights",
            {
                "action": "add",
                "user-email": "demo@example.com",
                "created-by": "demo@example.com",
                "updated-by": "demo@example.com",
                "computed-dsps": "Spotify + Apple Music + Amazon Music + Deezer + iTunes",
                "computed-territories": "WW",
            },
        ),
        {
            "distributor": link("distributors", 1),
            "distributed": link("products", pid),
            "dsps": [link("dsps", d) for d in (1, 2, 3, 4, 23)],
            "minus-dsps": [],
            "continents": [link("continents", 1)],
            "territories": [],
        },
    )
    _seed_deliveries(store, fill, now, index, pid, stage)


def _task(
    store: Store,
    fill: Any,
    pid: str,
    dui: int,
    delivery_type: str,
    status: str,
    start: float,
    reason: str | None = None,
    span: float | None = None,
) -> Row:
    attrs: dict[str, Any] = {
        "deliverable": True,
        "delivery-type": delivery_type,
        "priority": "normal",
        "status": status,
        "send-date": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(start)),
    }
    if status in ("completed", "error"):
        attrs.update(
            {
                "batch-id": str(uuid.uuid4()),
                "message-id": "PADPIDA"
                + hashlib.sha1(f"{pid}-{dui}-{start}".encode())
                .hexdigest()[:21]
                .translate(str.maketrans("abcdef", "123456")),
                "sent-on": time.strftime("%Y%m%d%H%M%S", time.gmtime(start)) + "000",
                "ack-status-message": (
                    {"FileStatus": ["FileOK"]}
                    if status == "completed"
                    else {"FileStatus": ["FileError"], "Reason": reason}
                ),
                "error-message": reason,
            }
        )
    outcome = "error" if status == "error" else "completed"
    return store.insert(
        "send-tasks",
        fill("send-tasks", attrs),
        {
            "product": link("products", pid),
            "dsp-upload-identification": link("dsp-upload-identifications", dui),
        },
        extra={"start": start, "outcome": outcome, "reason": reason, **({"span": span} if span else {})},
        created_at=now_iso(start),
    )


def _seed_deliveries(store: Store, fill: Any, now: float, index: int, pid: str, stage: str) -> None:
    past = now - 86400 * (30 + index)
    spotify, deezer = dui_id_for(1), dui_id_for(4)
    if stage in ("delivered", "takedown", "failed", "delivering", "scheduled"):
        _task(store, fill, pid, spotify, "delivery", "completed", past)
        _task(store, fill, pid, APPLE_DUI_ID, "delivery", "completed", past + 60)
    if stage == "delivered":
        _task(store, fill, pid, deezer, "delivery", "completed", past + 120)
    if stage == "takedown":
        _task(store, fill, pid, spotify, "delete", "completed", now - 86400)
    if stage == "failed":
        _task(
            store,
            fill,
            pid,
            dui_id_for(5),
            "delivery",
            "error",
            now - 3600,
            "No distribution right covers Tidal for this product; add a right for it.",
        )
    if stage == "delivering":
        # Slow deliveries (an hour end to end), so the demo shows every in-progress state for a while.
        _task(store, fill, pid, deezer, "delivery", "pending", now - 2400, span=3600)  # procesing
        _task(store, fill, pid, dui_id_for(3), "delivery", "pending", now - 1200, span=3600)  # waiting
        _task(store, fill, pid, spotify, "update", "pending", now, span=3600)  # pending
    if stage == "scheduled":
        _task(store, fill, pid, deezer, "delivery", "pending", now + 86400 * 7)


def seed_bulk_products(
    store: Store, count: int, *, label_id: str | None = None, name_prefix: str = "Bulk product"
) -> str:
    """Adds ``count`` draft products (each with its default offer) under one label in a single
    transaction, for listing benchmarks and large-catalog tests; returns the label id."""
    fill_attrs = SPECS["products"].attrs
    offer_attrs = SPECS["offers"].attrs
    with store.transaction():
        if label_id is None:
            new_label = store.insert(
                "labels",
                {**SPECS["labels"].attrs, "name": f"{name_prefix} label", "usage": full_usage()},
                {"company": link("companies", 1)},
            )
            label_id = new_label.id
        first = int(store.query('SELECT coalesce(max(id), 0) AS m FROM "products"')[0]["m"]) + 1
        rows = []
        for i in range(count):
            n = first + i
            rows.append(
                (
                    {
                        **fill_attrs,
                        "name": f"{name_prefix} {n}",
                        "upc-code": _upc(900_000_000_000 + n),
                        "copyright-line": "Bulk Records",
                        "production-line": "Bulk Records",
                        "production-year": 2024,
                        "status": "draft",
                        "artist": [f"Artist {n % 500}"],
                    },
                    {
                        "company": link("companies", 1),
                        "label": link("labels", label_id),
                        "product-type": link("product-types", 1),
                        "language": link("languages", 4),
                        "artists": [],
                    },
                )
            )
        store.insert_many("products", rows)
        store.insert_many(
            "offers",
            [
                (
                    {**offer_attrs, "is-default": True, "status": "draft", "usage": full_usage()},
                    {
                        "product": link("products", first + i),
                        "subgenre": None,
                        "subgenre2": None,
                        "dsp-upload-identifications": [],
                    },
                )
                for i in range(count)
            ],
        )
    return label_id
