"""Real release folders for the import and sync tests: tagged FLACs (soundfile + mutagen) and a cover."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
from mutagen.flac import FLAC
from PIL import Image

from app.domain.codes import gs1_check_digit


def upc(n: int) -> str:
    body = f"{840000000000 + n:012d}"
    return body + str(gs1_check_digit(body))


def isrc(n: int) -> str:
    return f"GBAYE26{n:05d}"


@dataclass
class TrackSpec:
    title: str
    number: int | None
    disc: int | None = 1
    isrc: str | None = None
    artist: str = "Ada Vale"
    file_name: str | None = None


def write_master(path: Path, *, seconds: float = 1.0, freq: float = 440.0, seed: int = 0) -> Path:
    """A short 44.1 kHz / 16-bit stereo FLAC of a tone with a little noise (not silence)."""
    rate = 44100
    t = np.arange(int(rate * seconds)) / rate
    rng = np.random.default_rng(seed)
    tone = 0.25 * np.sin(2 * np.pi * freq * t) + 0.01 * rng.standard_normal(t.size)
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.05)
    audio = (tone * fade).astype(np.float32)
    sf.write(path, np.column_stack([audio, audio * 0.9]), rate, subtype="PCM_16", format="FLAC")
    return path


def write_cover(path: Path, size: int = 1400) -> Path:
    img = Image.new("RGB", (size, size), (20, 30, 60))
    for i in range(0, size, 50):
        img.paste((200, 80 + i % 150, 40), (i, i, min(size, i + 40), min(size, i + 40)))
    img.save(path, quality=90)
    return path


def make_release(folder: Path, tracks: list[TrackSpec], *, album: str = "Neon Tide",
                 album_artist: str = "Ada Vale", barcode: str | None = None,
                 copyright: str = "2026 Night Shift Records", year: int = 2026,
                 cover: str | None = "cover.jpg", seconds: float = 1.0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, spec in enumerate(tracks):
        name = spec.file_name or f"{i + 1:02d} {spec.title}.flac"
        path = write_master(folder / name, seconds=seconds, freq=330.0 + 40 * i, seed=i)
        tags = FLAC(path)
        tags["TITLE"] = spec.title
        tags["ARTIST"] = spec.artist
        tags["ALBUM"] = album
        tags["ALBUMARTIST"] = album_artist
        if spec.number is not None:
            tags["TRACKNUMBER"] = str(spec.number)
        if spec.disc is not None:
            tags["DISCNUMBER"] = str(spec.disc)
        if spec.isrc:
            tags["ISRC"] = spec.isrc
        if barcode:
            tags["BARCODE"] = barcode
        tags["COPYRIGHT"] = copyright
        tags["DATE"] = str(year)
        tags.save()
    if cover:
        write_cover(folder / cover)
    return folder


def simple_release(folder: Path, n_tracks: int = 3, *, serial: int = 1, seconds: float = 1.0) -> Path:
    specs = [TrackSpec(f"Song {i + 1}", i + 1, 1, isrc(serial * 100 + i)) for i in range(n_tracks)]
    return make_release(folder, specs, album=f"Album {serial}", barcode=upc(serial), seconds=seconds)
