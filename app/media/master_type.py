"""A master's type and precision from its headers alone (docs/API.md, mt-1).

16-bit at 44.1 kHz (or less) is CD quality; more bits or a higher rate is HD; a WAV carrying the ADM
``axml`` or ``chna`` chunks of a Dolby Atmos master (ADM BWF) is Dolby Atmos whatever its depth. Nothing
is decoded: a FLAC's STREAMINFO and a WAV's chunk headers are enough, so this costs a few reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.media.riff import parse_wav

CD = "cd"
HD = "hd"
ATMOS = "dolby_atmos"
MASTER_TYPES = (CD, HD, ATMOS)
ATMOS_CHUNKS = frozenset({"axml", "chna"})


@dataclass(frozen=True)
class MasterType:
    master_type: str  # one of MASTER_TYPES
    precision: int  # bits per sample
    sample_rate: int


def classify(bits: int, sample_rate: int, atmos: bool = False) -> str:
    if atmos:
        return ATMOS
    return CD if bits <= 16 and sample_rate <= 44100 else HD


def _flac(path: Path) -> MasterType | None:
    with path.open("rb") as fh:
        head = fh.read(4 + 4 + 34)
    if len(head) < 42 or head[:4] != b"fLaC" or head[4] & 0x7F != 0:
        return None
    info = head[8:42]
    rate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4)
    bits = (((info[12] & 0x01) << 4) | (info[13] >> 4)) + 1
    if rate <= 0:
        return None
    return MasterType(classify(bits, rate), bits, rate)


def master_type(path: Path) -> MasterType | None:
    """The master's type and precision, or None when the headers are not a FLAC or WAV's."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
        if magic == b"fLaC":
            return _flac(path)
        layout = parse_wav(path)
    except OSError:
        return None
    if layout is None or layout.fmt is None or layout.fmt.sample_rate <= 0:
        return None
    atmos = any(chunk.id in ATMOS_CHUNKS for chunk in layout.chunks)
    bits, rate = layout.fmt.bit_depth, layout.fmt.sample_rate
    return MasterType(classify(bits, rate, atmos), bits, rate)


# The record's wire values (docs/API.md, mt-1), whatever spelling the classification above uses.
WIRE_TYPES = {"cd_quality": CD, CD: CD, HD: HD, ATMOS: ATMOS}


def master_fields(path: Path) -> dict[str, Any]:
    """``master_type`` and ``precision`` (bits per sample) as a record draft sends them; empty when the
    headers say nothing."""
    found = master_type(path)
    if found is None:
        return {}
    bits = getattr(found, "bit_depth", None) or found.precision
    return {"master_type": WIRE_TYPES.get(found.master_type, found.master_type), "precision": int(bits)}
