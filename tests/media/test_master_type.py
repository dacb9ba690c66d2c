"""A record's master type and precision from its file's headers (docs/MEDIA.md, "Master type")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.media.master_type import CD_QUALITY, DOLBY_ATMOS, HD, master_type
from tests.fixtures.media import MediaFactory


@pytest.mark.parametrize(
    ("name", "rate", "subtype", "kind", "precision"),
    [
        ("cd.flac", 44100, "PCM_16", CD_QUALITY, "16/44.1"),
        ("cd48.wav", 48000, "PCM_16", HD, "16/48"),
        ("hd.flac", 96000, "PCM_24", HD, "24/96"),
        ("hd.wav", 44100, "PCM_24", HD, "24/44.1"),
        ("hd16.flac", 88200, "PCM_16", HD, "16/88.2"),
    ],
)
def test_cd_quality_and_hd_from_bits_and_rate(media: MediaFactory, name: str, rate: int, subtype: str,
                                              kind: str, precision: str):
    found = master_type(media.audio(name, seconds=0.5, rate=rate, subtype=subtype))
    assert found is not None
    assert (found.master_type, found.precision, found.channels) == (kind, precision, 2)


@pytest.mark.parametrize("chunk", [b"axml", b"chna"])
def test_an_adm_bwf_is_dolby_atmos(media: MediaFactory, chunk: bytes):
    samples = np.zeros((4800, 10), dtype=np.int32)
    adm = b"<ebuCoreMain/>" if chunk == b"axml" else b"\x00" * 44
    path = media.wav_bytes("atmos.wav", samples, rate=48000, bits=24, chunks_after=[(chunk, adm)])
    found = master_type(path)
    assert found is not None
    assert (found.master_type, found.precision, found.channels) == (DOLBY_ATMOS, "24/48", 10)


def test_a_plain_multichannel_wav_is_not_atmos(media: MediaFactory):
    path = media.wav_bytes("surround.wav", np.zeros((4800, 6), dtype=np.int32), rate=48000, bits=24)
    found = master_type(path)
    assert found is not None and found.master_type == HD


def test_not_a_master_gives_none(media: MediaFactory, tmp_path: Path):
    assert master_type(media.text("notes.wav")) is None
    assert master_type(media.image("cover.png", (10, 10))) is None
    assert master_type(media.audio("x.ogg", seconds=0.2, format="OGG", subtype="VORBIS")) is None
