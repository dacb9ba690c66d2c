"""Importing a release folder as a local draft: tagged audio files + a cover -> product, tracks,
masters and cover in the store. Nothing is sent; ``releasedesk sync`` (or the GUI) sends it later."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.api.jsonapi import wire_name
from app.domain.credits import TrackCredits, format_iswc, iswc_problem
from app.domain.errors import UsageError, UserError
from app.domain.labelcodes import LabelCodes
from app.domain.lyrics import SyncedLyrics, parse_lrc, to_lrc
from app.domain.media import AUDIO_SUFFIXES, COVER_SUFFIXES, MASTER_SUFFIXES
from app.domain.messages import Message, msg
from app.domain.problems import Problem
from app.domain.resources import Product
from app.services.credits import CodesService
from app.store.catalog import CatalogCache
from app.store.credits import CreditStore
from app.store.drafts import Drafts
from app.store.lyrics import SyncedLyricsStore
from app.sync.faults import crash_point

if TYPE_CHECKING:
    from app.store.catalog_store import CatalogStore

log = logging.getLogger(__name__)

COVER_STEMS = ("cover", "folder", "front")

# What the server needs before it accepts a new product / track (the sandbox's 422 rules and the
# seed tutorial), by domain field; the message names the API attribute so --set can fix it.
PRODUCT_REQUIRED = ("name", "upc_code", "copyright_line", "production_line", "production_year",
                    "artist", "language_id", "product_type_id")
TRACK_REQUIRED = ("title", "artist", "isrc_code", "track_number")


@dataclass
class ImportedTrack:
    local_id: str
    path: Path
    title: str | None
    track_number: int | None
    volume_number: int | None
    isrc: str | None


@dataclass
class ImportResult:
    product_local_id: str
    label_local_id: str
    name: str
    tracks: list[ImportedTrack] = field(default_factory=list)
    cover: Path | None = None
    missing: list[Message] = field(default_factory=list)  # one sentence each
    problems: list[tuple[Path, Problem]] = field(default_factory=list)  # media QC findings
    skipped: list[Path] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "draft": self.product_local_id,
            "label": self.label_local_id,
            "name": self.name,
            "tracks": [{"draft": t.local_id, "file": str(t.path), "title": t.title,
                        "volume": t.volume_number, "number": t.track_number, "isrc": t.isrc}
                       for t in self.tracks],
            "cover": None if self.cover is None else str(self.cover),
            "missing": [m.to_json() for m in self.missing],
            "problems": [{"file": str(path), **p.to_json()} for path, p in self.problems],
            "skipped": [str(p) for p in self.skipped],
        }


def product_attribute_fields() -> dict[str, dataclasses.Field[Any]]:
    """Writable product fields by their API name (``production-line``) and, leniently, snake_case."""
    out: dict[str, dataclasses.Field[Any]] = {}
    for f in dataclasses.fields(Product):
        if f.metadata.get("kind") not in ("attr", "rel") or f.metadata.get("read_only"):
            continue
        if f.name in ("id", "label_id", "front_cover"):
            continue
        out[wire_name(f)] = f
        out[f.name] = f
    return out


def parse_assignments(items: Iterable[str]) -> dict[str, Any]:
    """``["production-line=2026 Label", "artist=A, B"]`` -> domain field values, typed."""
    fields = product_attribute_fields()
    out: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(msg("import.bad_set", item=item))
        f = fields.get(name)
        if f is None:
            known = sorted(k for k in fields if "-" in k or k.isalpha())
            raise UsageError(msg("import.unknown_attribute", name=name, known=", ".join(known)))
        out[f.name] = _typed(f, raw.strip(), name)
    return out


def _typed(f: dataclasses.Field[Any], raw: str, name: str) -> Any:
    kind = str(f.type)
    if raw == "" or raw.lower() == "null":
        return None
    if "list[" in kind:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if kind.startswith("int"):
        try:
            return int(raw)
        except ValueError:
            raise UsageError(msg("import.not_a_number", name=name, value=raw)) from None
    if kind.startswith("bool"):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise UsageError(msg("import.not_a_boolean", name=name, value=raw))
    if kind == "Any":  # custom-data: JSON when it parses, else the text itself
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _natural_key(name: str) -> list[Any]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def find_cover(folder: Path) -> Path | None:
    candidates = [p for p in folder.iterdir() if p.is_file() and p.stem.lower() in COVER_STEMS
                  and p.suffix.lower() in COVER_SUFFIXES]
    candidates.sort(key=lambda p: (COVER_STEMS.index(p.stem.lower()), p.name))
    return candidates[0] if candidates else None


class ImportService:
    """Make a draft product from a release folder (used by ``releasedesk import`` and the GUI)."""

    def __init__(self, catalog: CatalogCache, drafts: Drafts, credits: CreditStore | None = None,
                 synced_lyrics: SyncedLyricsStore | None = None) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.credits = credits  # where a tagged ISWC is kept (the API has no field for it)
        self.synced_lyrics = synced_lyrics  # where timed lyrics go; None: only plain lyrics are kept

    @classmethod
    def from_store(cls, store: CatalogStore) -> ImportService:
        """The importer over a whole catalog file: credits and timed lyrics included."""
        return cls(store.catalog, store.drafts, store.credits, SyncedLyricsStore(store.db))

    def resolve_label(self, label: str) -> str:
        """A label's local id from a server id (``12``) or a local id (``label:n-...``)."""
        label = label.strip()
        if ":" in label:
            if not self.catalog.exists(label) or self.catalog.kind_of(label) != "label":
                raise UsageError(msg("import.unknown_local_label", label=label))
            return label
        if not label.isdigit():
            raise UsageError(msg("import.bad_label", label=label))
        # offline import works: an unknown label id is remembered and checked by the server at sync
        return self.catalog.ensure_cached("label", label)

    def import_folder(self, folder: Path, label: str, *, language_id: str | None = None,
                      product_type_id: str | None = None, overrides: Mapping[str, Any] | None = None,
                      qc: bool = True) -> ImportResult:
        from app.media.tags import AudioTags, read_tags

        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise UserError(msg("import.not_folder", folder=str(folder)))
        label_local = self.resolve_label(label)
        files = sorted((p for p in folder.iterdir() if p.is_file()), key=lambda p: _natural_key(p.name))
        audio = [p for p in files if p.suffix.lower() in MASTER_SUFFIXES]
        skipped = [p for p in files if p.suffix.lower() in AUDIO_SUFFIXES - MASTER_SUFFIXES]
        if not audio:
            raise UserError(msg("import.no_audio", folder=str(folder)))
        tagged: list[tuple[Path, AudioTags]] = [(p, read_tags(p)) for p in audio]
        lyrics = {p: read_lyrics(p, t.lyrics) for p, t in tagged}  # a bad .lrc refuses the import here
        # order by disc, then track number tags, then file name (files without numbers go last)
        tagged.sort(key=lambda pt: (pt[1].disc_number or 1,
                                    pt[1].track_number if pt[1].track_number is not None else 10**6,
                                    _natural_key(pt[0].name)))

        def common(values: Iterable[Any]) -> Any:
            present = [v for v in values if v not in (None, "", [])]
            return present[0] if present else None

        tags = [t for _, t in tagged]
        album_artists = common(t.album_artists for t in tags) or common(t.artists for t in tags)
        year = common(t.year for t in tags)
        fields: dict[str, Any] = {
            "name": common(t.album for t in tags) or folder.name,
            "artist": list(album_artists) if album_artists else None,
            "upc_code": common(t.barcode for t in tags),
            "copyright_line": common(t.copyright for t in tags),
            "production_year": year,
            "language_id": language_id,
            "product_type_id": product_type_id,
        }
        fields.update(overrides or {})
        fields = {k: v for k, v in fields.items() if v is not None}

        if fields.get("upc_code"):
            existing = self.catalog.products_with_upc(str(fields["upc_code"]), label_local)
            if existing:
                raise UserError(msg("import.duplicate_upc", upc=str(fields["upc_code"]), draft=existing[0],
                                    folder=folder.name))
        # The media check runs first and the draft is written last, in one transaction: a kill at
        # any point leaves either nothing (run it again) or the whole draft.
        cover = find_cover(folder)
        problems = self._qc([p for p, _ in tagged] + ([cover] if cover else [])) if qc else []
        with self.drafts.transaction():
            result = self._create_draft(folder, label_local, fields, tagged, skipped, language_id, lyrics)
        result.problems = problems
        return result

    def _create_draft(self, folder: Path, label_local: str, fields: dict[str, Any],
                      tagged: list[tuple[Path, Any]], skipped: list[Path],
                      language_id: str | None,
                      lyrics: Mapping[Path, tuple[str | None, SyncedLyrics | None]]) -> ImportResult:
        from app.media.master_type import master_fields

        album_artists = fields.get("artist")
        cover = find_cover(folder)
        product = self.drafts.create_product(label_local, **fields)
        codes = self._label_codes(label_local)
        if codes is not None and codes.gs1_prefix and not fields.get("upc_code"):
            self._codes().issue_upc(product)
        result = ImportResult(product_local_id=product, label_local_id=label_local,
                              name=str(fields.get("name")), cover=cover, skipped=skipped)
        numbers_seen: set[tuple[int, int]] = set()
        per_disc: dict[int, int] = {}
        for path, t in tagged:
            volume = t.disc_number or 1
            per_disc[volume] = position = per_disc.get(volume, 0) + 1  # position on its disc
            number = t.track_number if t.track_number is not None else position
            if (volume, number) in numbers_seen:  # a duplicated tag: fall back to the position
                number = position
            while (volume, number) in numbers_seen:
                number += 1
            numbers_seen.add((volume, number))
            track_fields: dict[str, Any] = {
                "title": t.title or _title_from_name(path),
                "artist": list(t.artists) or (list(album_artists) if album_artists else None),
                "track_number": number,
                "volume_number": volume,
                "isrc_code": t.isrc,
                "explicit_content": t.explicit,
                "composer": list(t.composers) or None,
                "lyricist": list(t.lyricists) or None,
                "producer": list(t.producers) or None,
                "publisher": list(t.publishers) or None,
                "audio_language_id": language_id,
                "lyrics": lyrics.get(path, (None, None))[0],
            }
            if t.copyright:
                track_fields["production_line"] = t.copyright
            track = self.drafts.create_track(product, **{k: v for k, v in track_fields.items()
                                                        if v is not None})
            self.drafts.attach_master(track, path, **master_fields(path))
            self._keep_iswc(track, t.iswc)
            if codes is not None and codes.registrant and not t.isrc:
                track_fields["isrc_code"] = self._codes().issue_isrc(track)
            synced = lyrics.get(path, (None, None))[1]
            if synced is not None and self.synced_lyrics is not None:
                self.synced_lyrics.set_synced(track, to_lrc(synced))
            crash_point("import_track")
            result.tracks.append(ImportedTrack(track, path, track_fields["title"], number, volume,
                                               track_fields["isrc_code"]))
        if cover is not None:
            self.drafts.set_cover(product, cover)
        result.missing = self._missing(product, result, cover)
        return result

    def _label_codes(self, label: str) -> LabelCodes | None:
        """The label's own code ranges, when it has any: new tracks and the product get codes from them."""
        if self.credits is None:
            return None
        codes = self.credits.label_codes(label)
        return codes if codes.registrant or codes.gs1_prefix else None

    def _codes(self) -> CodesService:
        assert self.credits is not None
        return CodesService(self.catalog, self.drafts, self.credits)

    def _keep_iswc(self, track: str, iswc: str | None) -> None:
        """A tagged ISWC, when it is one, kept with the track's local credits."""
        if self.credits is None or not iswc or iswc_problem(iswc) is not None:
            return
        self.credits.save_local(track, TrackCredits(iswc=format_iswc(iswc)))

    def _missing(self, product: str, result: ImportResult, cover: Path | None) -> list[Message]:
        """What the draft still lacks; ``import.missing.field`` names the ``attribute`` and its
        domain ``field`` so each face can say how to fill it in."""
        values = self.catalog.values(product)
        fields = {f.name: f for f in dataclasses.fields(Product)}
        missing: list[Message] = []
        for name in PRODUCT_REQUIRED:
            if values.get(name) in (None, "", []):
                missing.append(msg("import.missing.field", attribute=wire_name(fields[name]), field=name))
        if cover is None:
            missing.append(msg("import.missing.cover"))
        for t in result.tracks:
            tv = self.catalog.values(t.local_id)
            gaps = [n.replace("_", "-") for n in TRACK_REQUIRED if tv.get(n) in (None, "", [])]
            if gaps:
                missing.append(msg("import.missing.track", position=f"{t.volume_number}-{t.track_number}",
                                   file=t.path.name, fields=", ".join(gaps)))
        return missing

    @staticmethod
    def _qc(paths: list[Path]) -> list[tuple[Path, Problem]]:
        from app.media.check import inspect_file
        from app.services.check import remember_master

        out: list[tuple[Path, Problem]] = []
        for path in paths:
            report = inspect_file(path, full=True)
            if report.kind == "audio":
                remember_master(path, report)  # its picture and fingerprint, for the editor and review
            out.extend((path, problem) for problem in report.problems)
        return out


def read_lyrics(audio: Path, tag_text: str | None) -> tuple[str | None, SyncedLyrics | None]:
    """A track's (plain, synced) lyrics: a ``.lrc`` beside the audio file (same name), else the LYRICS
    tag, which may itself hold LRC lines; plain lyrics come from the tag, else from the synced lines."""
    synced: SyncedLyrics | None = None
    candidates = [p for p in audio.parent.iterdir()
                  if p.stem == audio.stem and p.suffix.lower() == ".lrc" and p.is_file()]
    if candidates:
        lrc = candidates[0]
        try:
            text = lrc.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            raise UserError(msg("import.lrc_unreadable", file=lrc.name)) from None
        synced = parse_lrc(text, source=lrc.name)
    plain = (tag_text or "").strip() or None
    if plain and _LRC_LINE.match(plain):
        from_tag = parse_lrc(plain, source=audio.name)
        synced = synced or from_tag
        plain = from_tag.plain()
    if plain is None and synced is not None:
        plain = synced.plain() or None
    return plain, synced


_LRC_LINE = re.compile(r"^\s*\[\d{1,3}:\d{1,2}")


def _title_from_name(path: Path) -> str:
    stem = re.sub(r"^\s*\d+\s*[-._ ]\s*", "", path.stem)
    return stem.replace("_", " ").strip() or path.stem
