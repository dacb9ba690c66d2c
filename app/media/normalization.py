"""Loudness as the stores play it: the gain each service's loudness normalisation applies to a master.

A pure function of the master's integrated loudness and true peak (both measured in the QC pass). Each
service turns every track toward its own reference level; they differ in whether they also turn quiet
tracks *up*, and how far. The rules and where they come from are in docs/MEDIA.md ("Loudness as the stores
play it").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    key: str  # the name in ``check --json`` (``properties.normalization``)
    name: str  # the service's own name (a proper noun: not translated)
    target_lufs: float
    raises: bool  # turns quiet masters up too (else only down)
    ceiling_dbtp: float | None = None  # positive gain stops where the true peak would pass this


SERVICES: tuple[Service, ...] = (
    Service("spotify", "Spotify", -14.0, raises=True, ceiling_dbtp=-1.0),
    Service("apple_music", "Apple Music", -16.0, raises=True, ceiling_dbtp=-1.0),
    Service("youtube", "YouTube", -14.0, raises=False),
    Service("tidal", "TIDAL", -14.0, raises=False),
    Service("amazon_music", "Amazon Music", -14.0, raises=False),
)


def service_gain(service: Service, lufs: float, true_peak_dbtp: float | None) -> float:
    """The gain in dB ``service`` applies to a master at ``lufs`` (integrated) with ``true_peak_dbtp``
    (None: unknown, then no ceiling applies), unrounded."""
    gain = service.target_lufs - lufs
    if gain <= 0:
        return gain  # every service turns a loud master down all the way to its reference
    if not service.raises:
        return 0.0
    if service.ceiling_dbtp is not None and true_peak_dbtp is not None:
        headroom = service.ceiling_dbtp - true_peak_dbtp
        gain = min(gain, max(0.0, headroom))
    return gain


def normalization_gains(lufs: float | None, true_peak_dbtp: float | None) -> dict[str, float] | None:
    """Service key → gain in dB (rounded to 0.1) for a master at ``lufs`` with ``true_peak_dbtp``;
    None when the loudness is unknown (silence, or nothing decoded)."""
    if lufs is None:
        return None
    # + 0.0: never "-0.0"
    return {s.key: round(service_gain(s, lufs, true_peak_dbtp), 1) + 0.0 for s in SERVICES}
