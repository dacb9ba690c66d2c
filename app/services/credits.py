"""Credits, splits and label-owned codes: what both faces run (docs/CREDITS.md).

- :class:`CreditsService` reads a track's credits (the artist roles the API carries, overlaid with
  the writers, shares, PRO, IPI and ISWC kept here), saves them (roles through the drafts and the
  outbox, the rest locally, one commit), lists their findings and builds split sheets.
- :class:`CodesService` keeps a label's ISRC registrant code and GS1 prefix and issues the next free
  ISRC or UPC from them, remembering every code it issued so none is issued twice.

The findings are pure functions of :mod:`app.domain.credits` and :mod:`app.domain.labelcodes`; a
review registers :meth:`CreditsService.findings_for_product` as one more source.
"""

from __future__ import annotations

import csv
import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from app.domain.credits import TrackCredits, Writer, credit_findings
from app.domain.errors import UsageError, UserError
from app.domain.findings import Finding
from app.domain.labelcodes import (
    AudioPrint,
    LabelCodes,
    Similar,
    duplicate_audio_findings,
    isrc_range_findings,
    label_codes_problems,
    next_isrc,
    next_upc,
)
from app.domain.messages import Message, msg
from app.store.catalog import CatalogCache
from app.store.credits import CreditStore
from app.store.drafts import Drafts


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value if v)
    return (str(value),) if value else ()


class CreditsService:
    def __init__(self, catalog: CatalogCache, drafts: Drafts, store: CreditStore) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.store = store

    def credits(self, track_local_id: str) -> TrackCredits:
        """The track's credits: the roles as the API has them, the writers as kept here."""
        values = self.catalog.values(track_local_id)
        composers = _names(values.get("composer"))
        lyricists = _names(values.get("lyricist"))
        iswc, instrumental, writers = self.store.local_credits(track_local_id) or ("", False, ())
        if not writers:
            # no writers kept yet: each credited composer and lyricist is a writer without a share
            names = list(dict.fromkeys(composers + lyricists))
            writers = tuple(Writer(n, composer=n in composers, lyricist=n in lyricists) for n in names)
        known = {w.name.casefold() for w in writers}
        return TrackCredits(
            writers=writers, producers=_names(values.get("producer")),
            publishers=_names(values.get("publisher")), iswc=iswc, instrumental=instrumental,
            extra_composers=tuple(n for n in composers if n.casefold() not in known),
            extra_lyricists=tuple(n for n in lyricists if n.casefold() not in known))

    def save(self, track_local_id: str, credits: TrackCredits) -> None:
        """Roles go to the track (a draft edit, queued for the server); the rest stays here."""
        if self.catalog.kind_of(track_local_id) != "track":
            raise UsageError(msg("credits.not_a_track", id=track_local_id))
        # the extra names were on the track before; dropping a writer drops them from the roles too
        clean = replace(credits, writers=tuple(replace(w, name=w.name.strip()) for w in credits.writers),
                        extra_composers=(), extra_lyricists=())
        roles = clean.api_roles()
        current = self.catalog.values(track_local_id)
        changed = {k: v for k, v in roles.items() if (current.get(k) or None) != v}
        with self.drafts.transaction():
            if changed:
                self.drafts.edit("track", track_local_id, changed)
            self.store.save_local(track_local_id, clean)

    def findings(self, track_local_id: str, *, has_lyrics: bool | None = None) -> list[Finding]:
        values = self.catalog.values(track_local_id)
        if has_lyrics is None and values.get("lyrics"):
            has_lyrics = True
        ref = values.get("id") or track_local_id
        return credit_findings(self.credits(track_local_id), ref=str(ref),
                               title=str(values.get("title") or ""), has_lyrics=has_lyrics)

    def findings_for_product(self, product_local_id: str) -> list[Finding]:
        """Every credits finding of the product's tracks (a source for a review)."""
        out: list[Finding] = []
        for row in self.catalog.tracks(product_local_id):
            out.extend(self.findings(row.local_id))
        return out

    # ----------------------------------------------------------------------------- split sheets
    def split_sheet(self, local_id: str) -> SplitSheet:
        """The split sheet of a track, or of every track of a product."""
        kind = self.catalog.kind_of(local_id)
        if kind == "track":
            track_ids = [local_id]
            product_id = self.catalog.parent_of(local_id)
        elif kind == "product":
            track_ids = [t.local_id for t in self.catalog.tracks(local_id)]
            product_id = local_id
        else:
            raise UsageError(msg("credits.not_a_track", id=local_id))
        product = self.catalog.values(product_id) if product_id else {}
        tracks = []
        for tid in track_ids:
            values = self.catalog.values(tid)
            tracks.append(SplitSheetTrack(
                title=str(values.get("title") or ""), isrc=str(values.get("isrc_code") or ""),
                credits=self.credits(tid)))
        return SplitSheet(release=str(product.get("name") or ""), upc=str(product.get("upc_code") or ""),
                          tracks=tuple(tracks))


@dataclass(frozen=True)
class SplitSheetTrack:
    title: str
    isrc: str
    credits: TrackCredits


@dataclass(frozen=True)
class SplitSheet:
    """What a split sheet shows; the face renders the headings in the UI language."""

    release: str
    upc: str
    tracks: tuple[SplitSheetTrack, ...]

    HEADINGS: ClassVar[tuple[str, ...]] = ("credits.sheet.track", "credits.sheet.isrc", "credits.sheet.iswc",
                                 "credits.sheet.writer", "credits.sheet.roles", "credits.sheet.share",
                                 "credits.sheet.pro", "credits.sheet.ipi", "credits.sheet.publisher")

    def headings(self) -> list[Message]:
        return [msg(code) for code in self.HEADINGS]

    def rows(self, render: Callable[[Message], str]) -> list[list[str]]:
        """One row per writer (a track without writers has one row), cells as text."""
        out: list[list[str]] = []
        for track in self.tracks:
            c = track.credits
            publishers = "; ".join(c.publishers)
            writers = c.writers or (Writer("", composer=False),)
            for w in writers:
                roles = [render(msg("credits.role.composer"))] if w.composer else []
                if w.lyricist:
                    roles.append(render(msg("credits.role.lyricist")))
                share = "" if w.share is None else format(w.share.normalize(), "f")
                out.append([track.title, track.isrc, c.iswc, w.name, ", ".join(roles), share, w.pro, w.ipi,
                            publishers])
            if any(w.share is not None for w in c.writers):
                total = format(c.split_total.normalize(), "f")
                out.append([track.title, "", "", render(msg("credits.sheet.total")), "", total, "", "", ""])
        return out

    def write_csv(self, path: Path, render: Callable[[Message], str]) -> None:
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow([render(h) for h in self.headings()])
                writer.writerows(self.rows(render))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(msg("credits.write_failed", path=str(path), reason=reason)) from None


# ------------------------------------------------------------------------------------ label codes
class CodesService:
    def __init__(self, catalog: CatalogCache, drafts: Drafts, store: CreditStore,
                 today: Callable[[], _dt.date] = _dt.date.today) -> None:
        self.catalog = catalog
        self.drafts = drafts
        self.store = store
        self._today = today

    def label_codes(self, label_local_id: str) -> LabelCodes:
        return self.store.label_codes(label_local_id)

    def set_label_codes(self, label_local_id: str, codes: LabelCodes) -> None:
        if not self.catalog.exists(label_local_id) or self.catalog.kind_of(label_local_id) != "label":
            raise UsageError(msg("codes.no_label", id=label_local_id))
        problems = label_codes_problems(codes)
        if problems:
            raise UsageError(problems[0][1])
        self.store.set_label_codes(label_local_id, codes)

    def _label_of(self, local_id: str) -> str:
        current: str | None = local_id
        while current is not None and self.catalog.kind_of(current) != "label":
            current = self.catalog.parent_of(current)
        if current is None:
            raise UsageError(msg("codes.no_label", id=local_id))
        return current

    def issue_isrc(self, track_local_id: str) -> str:
        """Give the track the next free ISRC of its label's range for this year (a draft edit)."""
        label = self._label_of(track_local_id)
        codes = self.store.label_codes(label)
        year = self._today().year
        stem = f"{codes.registrant}{year % 100:02d}"
        with self.drafts.transaction():
            taken = self.store.issued("isrc", stem) | self.store.codes_in_catalog("isrc", stem)
            code = next_isrc(codes, year, taken)
            self.store.record_issued("isrc", code, label, track_local_id)
            self.drafts.edit("track", track_local_id, {"isrc_code": code})
        return code

    def issue_upc(self, product_local_id: str) -> str:
        """Give the product the next free UPC of its label's GS1 prefix (a draft edit)."""
        label = self._label_of(product_local_id)
        codes = self.store.label_codes(label)
        prefix = codes.gs1_prefix.strip()
        with self.drafts.transaction():
            taken = self.store.issued("upc", prefix) | self.store.codes_in_catalog("upc", prefix)
            code = next_upc(codes, taken)
            self.store.record_issued("upc", code, label, product_local_id)
            self.drafts.edit("product", product_local_id, {"upc_code": code})
        return code

    def codes_for_new(self, local_id: str) -> str | None:
        """A new track or product gets the next free code of its label's range when the label has
        one and the object has no code yet; returns the code, or None when nothing was issued."""
        kind = self.catalog.kind_of(local_id)
        codes = self.store.label_codes(self._label_of(local_id))
        values = self.catalog.values(local_id)
        if kind == "track" and codes.registrant and not values.get("isrc_code"):
            return self.issue_isrc(local_id)
        if kind == "product" and codes.gs1_prefix and not values.get("upc_code"):
            return self.issue_upc(local_id)
        return None

    def findings_for_product(self, product_local_id: str) -> list[Finding]:
        """``codes.isrc_range`` for the product's tracks (a source for a review)."""
        codes = self.store.label_codes(self._label_of(product_local_id))
        tracks = [(t.server_id or t.local_id, t.title, t.isrc or "")
                  for t in self.catalog.tracks(product_local_id)]
        return isrc_range_findings(codes, tracks)

    @staticmethod
    def duplicate_audio(prints: Sequence[AudioPrint], similar: Similar) -> list[Finding]:
        """``codes.duplicate_audio`` / ``codes.isrc_reused`` over fingerprints the media QC made."""
        return duplicate_audio_findings(prints, similar)
