"""Audio master QC: every problem code from real files, and good masters that pass clean."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.domain.problems import Severity
from app.media.audio import inspect_audio
from app.media.check import inspect_file
from tests.fixtures.media import MediaFactory, music, upsampled_music


@pytest.fixture(params=["libflac", "libsndfile"])
def flac_decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a FLAC test through both decoders: libFLAC directly, and soundfile when libFLAC is absent."""
    from app.media import flacdec

    if request.param == "libflac":
        assert flacdec._library() is not None, "libFLAC (Debian package flac / libflac12) must be installed"
    monkeypatch.setattr(flacdec, "ENABLED", request.param == "libflac")
    return str(request.param)


def severities(report, code: str) -> set[Severity]:
    return {p.severity for p in report.problems if p.code == code}


def message(report, code: str) -> str:
    return " ".join(p.message for p in report.problems if p.code == code)


def int_samples(seconds: float, rate: int, channels: int, bits: int) -> np.ndarray:
    full = (1 << (bits - 1)) - 1
    return np.round(music(seconds, rate, channels) * full).astype(np.int64)


# ------------------------------------------------------------------------------------------ clean files


def test_good_16_bit_flac_passes_clean_with_measurements(good_master: Path, flac_decoder: str):
    report = inspect_audio(good_master)
    assert report.problems == []
    assert report.ok
    props = report.properties
    assert props["format"] == "flac"
    assert (props["sample_rate"], props["bit_depth"], props["channels"]) == (44100, 16, 2)
    assert props["duration_s"] == pytest.approx(31.0, abs=0.001)
    assert props["md5"] == props["pcm_md5"]  # our recomputed MD5 equals STREAMINFO's
    assert -30 < props["lufs"] < -5
    assert props["true_peak_dbtp"] >= props["sample_peak_dbfs"]
    assert props["clipped_samples"] == 0
    assert props["leading_silence_s"] == 0 and props["trailing_silence_s"] < 0.01


def test_good_24_bit_hires_flac_and_wav_pass_clean_and_share_the_pcm_md5(
    media: MediaFactory, flac_decoder: str
):
    # integers, so both files hold exactly the same samples (libsndfile rounds floats per format)
    samples = (int_samples(31.0, 96000, 2, 24) << 8).astype(np.int32)
    flac = media.audio("hires.flac", samples, rate=96000, subtype="PCM_24")
    wav = media.audio("hires.wav", samples, rate=96000, subtype="PCM_24")
    flac_report, wav_report = inspect_audio(flac), inspect_audio(wav)
    assert flac_report.problems == [], flac_report.problems
    assert wav_report.problems == [], wav_report.problems
    assert flac_report.properties["md5"] == wav_report.properties["md5"]
    assert flac_report.properties["hf_drop_db"] < 10  # real content above 22 kHz


def test_header_only_check_reads_format_without_measuring(good_master: Path):
    report = inspect_audio(good_master, full=False)
    assert report.properties["sample_rate"] == 44100
    assert report.properties["md5"] is not None
    assert report.properties["lufs"] is None and report.properties["true_peak_dbtp"] is None
    assert report.problems == []


# ------------------------------------------------------------------------------------- audio.unreadable


@pytest.mark.parametrize("maker", ["empty", "text", "random"])
def test_empty_text_and_random_bytes_are_unreadable(media: MediaFactory, maker: str):
    if maker == "empty":
        path = media.empty("master.wav")
    elif maker == "text":
        path = media.text("master.flac")
    else:
        path = media.path("master.wav")
        path.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    report = inspect_file(path)
    assert report.kind == "other"
    assert severities(report, "audio.unreadable") == {Severity.ERROR}
    assert path.name in report.problems[0].message


def test_missing_file_is_unreadable_not_an_exception(media: MediaFactory):
    report = inspect_file(media.path("gone.flac"))
    assert report.codes() == ["audio.unreadable"]
    assert not report.ok


# ---------------------------------------------------------------------------------------- audio.format


def test_mp3_named_flac_is_wrong_format_by_content(media: MediaFactory):
    path = media.audio("track.flac", seconds=2.0, format="MP3", subtype="MPEG_LAYER_III")
    report = inspect_file(path)
    assert report.kind == "audio"
    assert report.properties["format"] == "mp3"
    assert severities(report, "audio.format") == {Severity.ERROR}
    assert "MP3" in message(report, "audio.format")


def test_aiff_is_wrong_format(media: MediaFactory):
    report = inspect_file(media.audio("track.aiff", format="AIFF"))
    assert report.properties["format"] == "aiff"
    assert severities(report, "audio.format") == {Severity.ERROR}


def test_flac_with_id3_tag_in_front_is_decoded_and_warned(media: MediaFactory, flac_decoder: str):
    flac = media.audio("tagged.flac", seconds=2.0)
    id3 = b"ID3\x03\x00\x00" + bytes([0, 0, 0, 20]) + b"TIT2\x00\x00\x00\x04\x00\x00\x00abc" + b"\x00" * 6
    flac.write_bytes(id3 + flac.read_bytes())
    report = inspect_file(flac)
    assert report.properties["format"] == "flac"
    assert severities(report, "audio.format") == {Severity.WARNING}
    assert "audio.corrupt" not in report.codes()
    assert report.properties["md5"] == report.properties["pcm_md5"]


def test_non_pcm_wav_is_wrong_format(media: MediaFactory):
    path = media.audio("ulaw.wav", subtype="ULAW")
    report = inspect_file(path)
    assert severities(report, "audio.format") == {Severity.ERROR}
    assert "mu-law" in message(report, "audio.format")


# --------------------------------------------------------------------------------------- audio.corrupt


def test_truncated_flac_is_corrupt(media: MediaFactory, flac_decoder: str):
    path = media.audio("cut.flac", seconds=4.0, subtype="PCM_24")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.ERROR}
    assert "truncated" in message(report, "audio.corrupt")
    assert not report.ok


def test_flac_whose_audio_does_not_match_its_md5_is_corrupt(media: MediaFactory, flac_decoder: str):
    path = media.audio("md5.flac", seconds=2.0)
    data = bytearray(path.read_bytes())
    # STREAMINFO is the first block: "fLaC" + 4-byte block header; its MD5 is the last 16 of 34 bytes
    md5_at = 4 + 4 + 18
    data[md5_at] ^= 0xFF
    path.write_bytes(bytes(data))
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.ERROR}
    assert "MD5" in message(report, "audio.corrupt")


def test_flac_without_md5_gets_a_warning(media: MediaFactory, flac_decoder: str):
    path = media.audio("nomd5.flac", seconds=2.0)
    data = bytearray(path.read_bytes())
    data[26:42] = bytes(16)
    path.write_bytes(bytes(data))
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.WARNING}
    assert report.properties["pcm_md5"]
    assert report.properties["md5"] == report.properties["pcm_md5"]  # computed, since the header has none
    assert inspect_audio(path, full=False).properties["md5"] is None


def test_flac_with_damaged_frame_is_corrupt(media: MediaFactory, flac_decoder: str):
    path = media.audio("flip.flac", seconds=3.0)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for i in range(middle, middle + 64):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.ERROR}


def test_truncated_wav_is_corrupt(media: MediaFactory):
    path = media.audio("cut.wav", seconds=3.0)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.ERROR}
    assert "truncated" in message(report, "audio.corrupt")


def test_bytes_after_the_wav_data_are_reported(media: MediaFactory):
    samples = int_samples(1.0, 44100, 2, 16)
    path = media.wav_bytes("junk.wav", samples, trailing=b"\xde\xad\xbe\xef" * 100)
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.WARNING}
    assert "400 bytes" in message(report, "audio.corrupt")


# ----------------------------------------------------------------------------------- audio.sample_rate


def test_sample_rate_below_cd_is_an_error(media: MediaFactory):
    report = inspect_file(media.audio("low.flac", rate=32000))
    assert severities(report, "audio.sample_rate") == {Severity.ERROR}


def test_unusual_sample_rate_is_a_warning(media: MediaFactory):
    report = inspect_file(media.audio("odd.wav", rate=50000))
    assert severities(report, "audio.sample_rate") == {Severity.WARNING}


# ------------------------------------------------------------------------------------- audio.bit_depth


@pytest.mark.parametrize(
    ("name", "subtype"),
    [("eight.wav", "PCM_U8"), ("float.wav", "FLOAT"), ("int32.wav", "PCM_32"), ("eight.flac", "PCM_S8")],
)
def test_bit_depths_other_than_16_or_24_are_errors(media: MediaFactory, name: str, subtype: str):
    report = inspect_file(media.audio(name, subtype=subtype))
    assert severities(report, "audio.bit_depth") == {Severity.ERROR}
    assert report.properties["lufs"] is not None  # still measured


def test_float_wav_message_names_floating_point(media: MediaFactory):
    report = inspect_file(media.audio("float.wav", subtype="FLOAT"))
    assert report.properties["float"] is True
    assert "floating point" in message(report, "audio.bit_depth")


# -------------------------------------------------------------------------------------- audio.channels


def test_mono_is_a_warning(media: MediaFactory):
    report = inspect_file(media.audio("mono.flac", channels=1))
    assert severities(report, "audio.channels") == {Severity.WARNING}
    assert report.properties["lufs"] is not None


def test_surround_is_an_error_outside_atmos(media: MediaFactory):
    path = media.audio("surround.flac", channels=6)
    assert severities(inspect_file(path), "audio.channels") == {Severity.ERROR}
    assert "audio.channels" not in inspect_audio(path, atmos=True).codes()


# -------------------------------------------------------------------------------------- audio.duration


def test_short_track_is_a_duration_warning(media: MediaFactory, good_master: Path):
    report = inspect_file(media.audio("short.flac", seconds=5.0))
    assert severities(report, "audio.duration") == {Severity.WARNING}
    assert "audio.duration" not in inspect_file(good_master).codes()


# --------------------------------------------------------------------------------------- audio.silence


def test_all_silent_master_is_an_error(media: MediaFactory):
    report = inspect_file(media.audio("silent.flac", np.zeros((44100 * 2, 2)), subtype="PCM_24"))
    assert severities(report, "audio.silence") == {Severity.ERROR}
    assert report.properties["lufs"] is None


def test_long_leading_and_trailing_silence_are_warnings(media: MediaFactory):
    rate = 44100
    body = music(3.0, rate)
    samples = np.concatenate([np.zeros((rate * 6, 2)), body, np.zeros((rate * 7, 2))])
    report = inspect_file(media.audio("padded.flac", samples, rate=rate))
    silence = [p for p in report.problems if p.code == "audio.silence"]
    assert {p.severity for p in silence} == {Severity.WARNING} and len(silence) == 2
    assert report.properties["leading_silence_s"] == pytest.approx(6.0, abs=0.01)
    assert report.properties["trailing_silence_s"] == pytest.approx(7.0, abs=0.01)


def test_short_edge_silence_is_fine(media: MediaFactory):
    rate = 44100
    samples = np.concatenate([np.zeros((rate, 2)), music(3.0, rate), np.zeros((rate * 2, 2))])
    assert "audio.silence" not in inspect_file(media.audio("ok.flac", samples)).codes()


# -------------------------------------------------------------------------------------- audio.clipping


def test_clipped_master_is_a_clipping_warning(media: MediaFactory):
    samples = np.clip(music(3.0, 44100) * 5, -1.0, 1.0)
    report = inspect_file(media.audio("hot.flac", samples, subtype="PCM_24"))
    assert severities(report, "audio.clipping") == {Severity.WARNING}
    assert report.properties["clipped_samples"] > 100
    assert report.properties["true_peak_dbtp"] > 0.0  # inter-sample overs beyond full scale


def test_single_full_scale_samples_are_not_clipping(media: MediaFactory):
    samples = music(2.0, 44100) * 0.5
    samples[1000, 0] = 1.0
    samples[5000, 1] = -1.0
    report = inspect_file(media.audio("peaky.wav", samples))
    assert "audio.clipping" not in report.codes()


# ------------------------------------------------------------------------------------- audio.upsampled


def test_cd_master_upsampled_to_96k_is_flagged(media: MediaFactory, flac_decoder: str):
    path = media.audio("up.flac", upsampled_music(4.0, 96000), rate=96000, subtype="PCM_24")
    report = inspect_file(path)
    assert severities(report, "audio.upsampled") == {Severity.WARNING}
    assert report.properties["hf_drop_db"] > 40


def test_genuine_96k_content_is_not_flagged(media: MediaFactory):
    report = inspect_file(media.audio("real.flac", seconds=4.0, rate=96000, subtype="PCM_24"))
    assert "audio.upsampled" not in report.codes()


def test_16_bit_audio_padded_to_24_bit_is_flagged(media: MediaFactory):
    samples = int_samples(2.0, 44100, 2, 16) << 8  # 16-bit values in 24-bit words
    path = media.wav_bytes("padded24.wav", samples, bits=24)
    report = inspect_file(path)
    assert severities(report, "audio.upsampled") == {Severity.WARNING}
    assert "padded" in message(report, "audio.upsampled")


# ------------------------------------------------------------------------------------ audio.wav_format


def test_wave_format_extensible_is_a_wav_format_warning_but_decodes(media: MediaFactory):
    samples = int_samples(1.0, 48000, 2, 24)
    path = media.wav_bytes("ext.wav", samples, rate=48000, bits=24, extensible=True)
    report = inspect_file(path)
    assert severities(report, "audio.wav_format") == {Severity.WARNING}
    assert "WAVE_FORMAT_EXTENSIBLE" in message(report, "audio.wav_format")
    assert report.properties["bit_depth"] == 24 and report.properties["lufs"] is not None


def test_streaming_writer_sizes_are_a_wav_format_warning(media: MediaFactory):
    samples = int_samples(1.0, 44100, 2, 16)
    path = media.wav_bytes("pipe.wav", samples, riff_size=0xFFFFFFFF, data_size=0xFFFFFFFF)
    report = inspect_file(path)
    assert severities(report, "audio.wav_format") == {Severity.WARNING}
    assert "audio.corrupt" not in report.codes()
    assert report.properties["frames_decoded"] == 44100


def test_data_before_fmt_is_a_wav_format_warning(media: MediaFactory):
    samples = int_samples(1.0, 44100, 2, 16)
    path = media.wav_bytes("order.wav", samples, fmt_after_data=True)
    report = inspect_audio(path)
    assert severities(report, "audio.wav_format") == {Severity.WARNING}
    assert "before the format chunk" in message(report, "audio.wav_format")
    assert "audio.corrupt" not in report.codes()  # libsndfile refuses it; our reader decodes it
    assert report.properties["frames_decoded"] == 44100 and report.properties["lufs"] is not None


def test_info_and_id3_chunks_after_data_are_not_problems(media: MediaFactory):
    samples = int_samples(1.0, 44100, 2, 16)
    info = b"INFO" + b"INAM" + struct.pack("<I", 6) + b"Title\x00"
    id3 = b"ID3\x03\x00\x00" + bytes(4)
    path = media.wav_bytes("tagged.wav", samples, chunks_after=[(b"LIST", info), (b"id3 ", id3)])
    report = inspect_file(path)
    assert "audio.wav_format" not in report.codes()
    assert "audio.corrupt" not in report.codes()


def test_plain_wav_from_soundfile_has_no_wav_format_warning(media: MediaFactory):
    report = inspect_file(media.audio("plain.wav", subtype="PCM_24", rate=48000))
    assert "audio.wav_format" not in report.codes()
    assert sf.info(str(report.path)).subtype == "PCM_24"


# ------------------------------------------------------------------------------- third-party quirks


def test_flac_without_length_or_md5_as_streamed_by_ffmpeg_is_read_to_the_end(
    media: MediaFactory, flac_decoder: str
):
    path = media.audio("streamed.flac", seconds=3.0)
    data = bytearray(path.read_bytes())
    # STREAMINFO: the 36-bit total-samples field ends at byte 25, the MD5 follows (bytes 26..41)
    data[21] &= 0xF0
    data[22:26] = bytes(4)
    data[26:42] = bytes(16)
    path.write_bytes(bytes(data))
    report = inspect_file(path)
    assert severities(report, "audio.corrupt") == {Severity.WARNING}  # no MD5: a warning, not damage
    assert report.properties["frames"] == 3 * 44100
    assert report.properties["frames_decoded"] >= 3 * 44100 - 1024


def test_aac_in_mp4_is_only_a_format_error(media: MediaFactory):
    wav = media.audio("source.wav", seconds=2.0)
    m4a = media.path("track.m4a")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-c:a", "aac", str(m4a)],
                   check=True)
    report = inspect_file(m4a)
    assert report.properties["format"] == "mp4"
    assert severities(report, "audio.format") == {Severity.ERROR}
    assert "audio.corrupt" not in report.codes()


def test_ffmpeg_24_bit_wav_is_extensible_and_says_so(media: MediaFactory):
    wav = media.audio("source.wav", seconds=2.0)
    out = media.path("ffmpeg24.wav")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-c:a", "pcm_s24le", str(out)],
                   check=True)
    report = inspect_file(out)
    assert severities(report, "audio.wav_format") == {Severity.WARNING}
    assert report.properties["bit_depth"] == 24


@pytest.mark.parametrize(
    ("subtype", "endian"),
    [("PCM_U8", "FILE"), ("PCM_16", "FILE"), ("PCM_24", "FILE"), ("PCM_32", "FILE"), ("FLOAT", "FILE"),
     ("DOUBLE", "FILE"), ("PCM_24", "BIG"), ("PCM_16", "BIG")],
)
def test_our_wav_reader_decodes_exactly_what_libsndfile_does(media: MediaFactory, subtype: str, endian: str):
    from app.media.riff import WavPcmReader, parse_wav

    path = media.path(f"{subtype}-{endian}.wav")
    sf.write(str(path), music(0.5, 44100, 3), 44100, subtype=subtype, endian=endian)
    layout = parse_wav(path)
    assert layout is not None and layout.fmt is not None
    dtypes = {"FLOAT": "float64", "DOUBLE": "float64", "PCM_U8": "int16", "PCM_16": "int16"}
    dtype = dtypes.get(subtype, "int32")
    with WavPcmReader(path, layout) as reader:
        ours = reader.read(10**6, dtype)
    theirs = sf.read(str(path), dtype=dtype, always_2d=True)[0]
    assert ours.shape == theirs.shape == (22050, 3)
    assert np.array_equal(ours, theirs)
