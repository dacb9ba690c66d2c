"""A record's master type and precision, from its audio file's headers alone.

The distributor's records carry a master type — CD quality, HD, or Dolby Atmos — and a precision
(bit depth and sample rate). Both follow from the file (``docs/MEDIA.md``, "Master type"):

- **Dolby Atmos**: an ADM BWF master, a WAV/RF64/BW64 carrying the Audio Definition Model's ``axml``
  chunk or its ``chna`` channel-allocation chunk (ITU-R BS.2076 / BS.2088);
- **HD**: more than 16 bits or more than 44.1 kHz;
- **CD quality**: 16 bits at 44.1 kHz (and anything at or below that), the CD's own format.

The record's wire values are :func:`master_fields`'s (``docs/API.md``, mt-1).

Only headers are read (FLAC STREAMINFO, the WAV chunk walk), so this is instant on a 10 GB Atmos file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.media.riff import parse_wav
from app.media.sniff import sniff

CD_QUALITY = "cd_quality"
HD = "hd"
DOLBY_ATMOS = "dolby_atmos"
ADM_CHUNKS = frozenset({"axml", "chna"})


@dataclass(frozen=True)
class MasterType:
    master_type: str  # CD_QUALITY, HD or DOLBY_ATMOS
    bit_depth: int
    sample_rate: int
    channels: int

    @property
    def precision(self) -> str:
        """"24/96", "16/44.1": bits per sample / sample rate in kHz."""
        return f"{self.bit_depth}/{self.sample_rate / 1000:g}"


def classify(bit_depth: int, sample_rate: int, channels: int, adm: bool = False) -> MasterType:
    if adm:
        kind = DOLBY_ATMOS
    elif bit_depth > 16 or sample_rate > 44100:
        kind = HD
    else:
        kind = CD_QUALITY
    return MasterType(kind, bit_depth, sample_rate, channels)


def master_type(path: Path) -> MasterType | None:
    """The master type and precision of the FLAC or WAV at ``path``; None when the file is neither, or
    its header does not state its bit depth and rate (its QC report says why). Raises OSError only."""
    path = Path(path)
    sniffed = sniff(path)
    if sniffed.kind != "audio":
        return None
    if sniffed.format == "flac":
        return _flac(path, sniffed.id3_prefix)
    if sniffed.format in ("wav", "rf64"):
        layout = parse_wav(path, sniffed.id3_prefix)
        if layout is None or layout.fmt is None or not layout.fmt.sample_rate or not layout.fmt.bit_depth:
            return None
        adm = any(chunk.id in ADM_CHUNKS for chunk in layout.chunks)
        return classify(layout.fmt.bit_depth, layout.fmt.sample_rate, layout.fmt.channels, adm)
    return None


def _flac(path: Path, start: int) -> MasterType | None:
    with open(path, "rb") as fh:
        fh.seek(start)
        head = fh.read(4 + 4 + 34)
    if len(head) < 42 or head[:4] != b"fLaC" or head[4] & 0x7F != 0:
        return None
    (packed,) = struct.unpack(">Q", head[18:26])
    rate = packed >> 44
    channels = ((packed >> 41) & 0x07) + 1
    bits = ((packed >> 36) & 0x1F) + 1
    if not rate:
        return None
    return classify(bits, rate, channels)


# The record's wire values (docs/API.md, mt-1).
WIRE_TYPES = {CD_QUALITY: "cd", HD: "hd", DOLBY_ATMOS: "dolby_atmos"}


def master_fields(path: Path) -> dict[str, Any]:
    """``master_type`` and ``precision`` (bits per sample) as a record draft sends them; empty when the
    headers say nothing (or the file cannot be read: its QC report says why)."""
    try:
        found = master_type(path)
    except OSError:
        return {}
    if found is None:
        return {}
    return {"master_type": WIRE_TYPES[found.master_type], "precision": found.bit_depth}
