"""Tag reading for import: Vorbis comments, ID3 in WAV, RIFF INFO, written by mutagen or byte by byte."""

from __future__ import annotations

import struct

import numpy as np
from mutagen.flac import FLAC
from mutagen.id3 import TALB, TCOP, TDRC, TIT2, TPE1, TPE2, TPOS, TPUB, TRCK, TSRC, TXXX
from mutagen.wave import WAVE

from app.media.tags import AudioTags, read_tags
from tests.fixtures.media import MediaFactory


def test_vorbis_comments_in_flac_fill_every_field(media: MediaFactory):
    path = media.audio("01.flac", seconds=0.5)
    audio = FLAC(path)
    audio["TITLE"] = "Night Drive"
    audio["ARTIST"] = ["Ada Lux", "Bo Kent"]
    audio["ALBUM"] = "Neon"
    audio["ALBUMARTIST"] = "Ada Lux"
    audio["TRACKNUMBER"] = "3/12"
    audio["DISCNUMBER"] = "1"
    audio["DISCTOTAL"] = "2"
    audio["ISRC"] = "gb-aye-23-00001"
    audio["BARCODE"] = "0 602445 123456"
    audio["COPYRIGHT"] = "2024 Neon Records"
    audio["DATE"] = "2024-05-17"
    audio["ITUNESADVISORY"] = "1"
    audio["COMPOSER"] = "A. Lux; B. Kent"
    audio["GENRE"] = "Electronic"
    audio["LABEL"] = "Neon Records"
    audio.save()
    tags = read_tags(path)
    assert tags == AudioTags(
        title="Night Drive", artists=["Ada Lux", "Bo Kent"], album="Neon", album_artists=["Ada Lux"],
        track_number=3, track_total=12, disc_number=1, disc_total=2, isrc="GBAYE2300001",
        barcode="0602445123456", copyright="2024 Neon Records", date="2024-05-17", year=2024, explicit=True,
        composers=["A. Lux", "B. Kent"], genre="Electronic", label="Neon Records",
    )


def test_clean_advisory_and_totals_in_their_own_fields(media: MediaFactory):
    path = media.audio("02.flac", seconds=0.5)
    audio = FLAC(path)
    audio["TRACKNUMBER"] = "7"
    audio["TRACKTOTAL"] = "9"
    audio["ITUNESADVISORY"] = "2"
    audio.save()
    tags = read_tags(path)
    assert (tags.track_number, tags.track_total, tags.explicit) == (7, 9, False)


def test_id3_chunk_in_wav(media: MediaFactory):
    path = media.audio("03.wav", seconds=0.5)
    audio = WAVE(path)
    audio.add_tags()
    assert audio.tags is not None
    audio.tags.add(TIT2(encoding=3, text="Rain"))
    audio.tags.add(TPE1(encoding=3, text=["Cleo", "Dax"]))
    audio.tags.add(TALB(encoding=3, text="Weather"))
    audio.tags.add(TPE2(encoding=3, text="Cleo"))
    audio.tags.add(TRCK(encoding=3, text="2/10"))
    audio.tags.add(TPOS(encoding=3, text="1/1"))
    audio.tags.add(TSRC(encoding=3, text="USRC17607839"))
    audio.tags.add(TCOP(encoding=3, text="2023 Weather Ltd"))
    audio.tags.add(TDRC(encoding=3, text="2023"))
    audio.tags.add(TPUB(encoding=3, text="Weather Ltd"))
    audio.tags.add(TXXX(encoding=3, desc="BARCODE", text="5012345678900"))
    audio.tags.add(TXXX(encoding=3, desc="ITUNESADVISORY", text="1"))
    audio.save()
    tags = read_tags(path)
    assert tags.title == "Rain" and tags.artists == ["Cleo", "Dax"] and tags.album == "Weather"
    assert tags.album_artists == ["Cleo"]
    assert (tags.track_number, tags.track_total, tags.disc_number, tags.disc_total) == (2, 10, 1, 1)
    assert tags.isrc == "USRC17607839" and tags.barcode == "5012345678900"
    assert tags.copyright == "2023 Weather Ltd" and tags.year == 2023 and tags.label == "Weather Ltd"
    assert tags.explicit is True


def test_riff_info_in_wav(media: MediaFactory):
    def sub(cid: bytes, text: str) -> bytes:
        raw = text.encode("utf-8") + b"\x00"
        return cid + struct.pack("<I", len(raw)) + raw + (b"\x00" if len(raw) & 1 else b"")

    fields = [(b"INAM", "Dawn"), (b"IART", "Eli Fox"), (b"IPRD", "Morning EP"), (b"ITRK", "4"),
              (b"ICOP", "2022 Fox Music"), (b"ICRD", "2022-01-02"), (b"IGNR", "Jazz"),
              (b"ISRC", "not an isrc")]
    info = b"INFO" + b"".join(sub(cid, text) for cid, text in fields)
    samples = np.zeros((4410, 2), dtype=np.int64)
    path = media.wav_bytes("04.wav", samples, chunks_after=[(b"LIST", info)])
    tags = read_tags(path)
    assert tags.title == "Dawn" and tags.artists == ["Eli Fox"] and tags.album == "Morning EP"
    assert tags.track_number == 4 and tags.copyright == "2022 Fox Music" and tags.year == 2022
    assert tags.genre == "Jazz"
    assert tags.isrc is None  # INFO "ISRC" officially means "source": kept only when it is an ISRC


def test_id3_wins_over_riff_info_field_by_field(media: MediaFactory):
    info = b"INFO" + b"INAM" + struct.pack("<I", 6) + b"Info \x00"
    info += b"IGNR" + struct.pack("<I", 4) + b"Pop\x00"
    path = media.wav_bytes("05.wav", np.zeros((4410, 2), dtype=np.int64), chunks_after=[(b"LIST", info)])
    audio = WAVE(path)
    audio.add_tags()
    assert audio.tags is not None
    audio.tags.add(TIT2(encoding=3, text="From ID3"))
    audio.save()
    tags = read_tags(path)
    assert tags.title == "From ID3"
    assert tags.genre == "Pop"


def test_bad_files_give_empty_tags_not_errors(media: MediaFactory):
    assert read_tags(media.text("notes.flac")).is_empty()
    assert read_tags(media.empty("empty.wav")).is_empty()
    assert read_tags(media.path("missing.flac")).is_empty()
    truncated = media.audio("cut.flac", seconds=1.0)
    truncated.write_bytes(truncated.read_bytes()[:20])
    assert read_tags(truncated).is_empty()


def test_untagged_flac_gives_empty_tags(media: MediaFactory):
    assert read_tags(media.audio("plain.flac", seconds=0.5)).is_empty()


def test_lyrics_from_id3_uslt_in_wav_and_vorbis_lyrics(media: MediaFactory):
    from mutagen.id3 import USLT

    wav = media.audio("lyrics.wav", seconds=0.5)
    audio = WAVE(wav)
    audio.add_tags()
    assert audio.tags is not None
    audio.tags.add(USLT(encoding=3, lang="eng", desc="", text="First line\nSecond line"))
    audio.save()
    assert read_tags(wav).lyrics == "First line\nSecond line"
    flac = media.audio("lyrics.flac", seconds=0.5)
    tags = FLAC(flac)
    tags["UNSYNCEDLYRICS"] = "Only line"
    tags.save()
    assert read_tags(flac).lyrics == "Only line"
