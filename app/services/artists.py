"""Which artist resource each credited name will land on when a product goes active.

The documented rule (Labelcamp's matching, docs/API.md#choices-artists): on activation the server looks up
every artist/contributor name, takes the artist with that name and the highest ``priority``, or
creates a new one with priority 1. Same-name artists are allowed, so a release can land on the wrong
profile; :func:`preview_artists` shows the outcome *before* activation, with the chosen artist's DSP
ids (its availabilities), so the user can create or re-prioritise an artist first.

Ties on priority: the docs don't say; we assume the oldest artist (lowest id) wins, as a server
picking ``ORDER BY priority DESC, id`` would, and show every candidate so the user can break the tie.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.resources import (
    CREDIT_ROLES,
    TRACK_CREDIT_ROLES,
    Artist,
    Availability,
    Dsp,
    Product,
    Track,
)


@dataclass
class ArtistMatch:
    name: str
    credits: list[str] = field(default_factory=list)  # "product artist", "track 2 featuring" ...
    candidates: list[Artist] = field(default_factory=list)  # same name, best first
    dsp_ids: dict[str, str] = field(default_factory=dict)  # DSP name -> the artist's id there

    @property
    def chosen(self) -> Artist | None:
        return self.candidates[0] if self.candidates else None

    @property
    def creates_new(self) -> bool:
        return not self.candidates

    @property
    def ambiguous(self) -> bool:
        """Two or more same-name artists: worth a look before activating."""
        return len(self.candidates) > 1


def _rank(artist: Artist) -> tuple[int, int, str]:
    ident = artist.id or ""
    return (-(artist.priority or 0), int(ident) if ident.isdigit() else 1 << 62, ident)


def credited_names(product: Product, tracks: Sequence[Track]) -> dict[str, list[str]]:
    """Every credited name (first spelling kept) with where it is credited, in credit order."""
    names: dict[str, list[str]] = {}
    spelled: dict[str, str] = {}

    def add(name: str, where: str) -> None:
        clean = name.strip()
        if not clean:
            return
        key = spelled.setdefault(clean, clean)
        names.setdefault(key, [])
        if where not in names[key]:
            names[key].append(where)

    for role in CREDIT_ROLES:
        for name in getattr(product, role, None) or []:
            add(name, f"product {role}")
    for i, track in enumerate(tracks):
        number = track.track_number or i + 1
        for role in TRACK_CREDIT_ROLES:
            for name in getattr(track, role, None) or []:
                add(name, f"track {number} {role}")
    return names


def preview_artists(client: Any, product: Product, tracks: Sequence[Track]) -> list[ArtistMatch]:
    """One :class:`ArtistMatch` per credited name: the artist it resolves to, or a new one."""
    matches: list[ArtistMatch] = []
    dsp_names: dict[str, str] | None = None
    for name, where in credited_names(product, tracks).items():
        found = [a for a in client.list(Artist, filters={"name": name}) if (a.name or "") == name]
        match = ArtistMatch(name=name, credits=where, candidates=sorted(found, key=_rank))
        chosen = match.chosen
        if chosen is not None and chosen.id:
            if dsp_names is None:
                dsp_names = {str(d.id): d.name or str(d.id) for d in client.list(Dsp)}
            for availability in client.list(Availability, filters={"artist-id": chosen.id}):
                if availability.dsp_artist_id:
                    label = dsp_names.get(str(availability.dsp_id), f"DSP {availability.dsp_id}")
                    match.dsp_ids[label] = availability.dsp_artist_id
        matches.append(match)
    return matches


def create_artist(client: Any, name: str, *, priority: int = 1,
                  dsp_ids: Iterable[tuple[str, str]] = ()) -> Artist:
    """A new artist (optionally with its DSP ids as availabilities: (dsp id, dsp artist id))."""
    if not name.strip():
        raise ValueError("An artist needs a name.")
    artist: Artist = client.create(Artist(name=name.strip(), priority=priority))
    for dsp_id, dsp_artist_id in dsp_ids:
        client.create(Availability(artist_id=artist.id, dsp_id=dsp_id, dsp_artist_id=dsp_artist_id))
    return artist


def prefer(client: Any, match: ArtistMatch, artist: Artist) -> Artist:
    """Make ``artist`` win for its name: raise its priority above every other same-name artist."""
    top = max((a.priority or 0 for a in match.candidates if a.id != artist.id), default=0)
    if (artist.priority or 0) > top:
        return artist
    artist.priority = top + 1
    updated: Artist = client.update(artist, fields=["priority"])
    return updated
