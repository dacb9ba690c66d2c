"""A master's picture, its fingerprint and the stores' normalisation gains, all made in the QC pass, from
real files written by the tests (FLAC and WAV through soundfile)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from app.cli import main
from app.media import fingerprint, picture
from app.media.audio import inspect_audio
from app.media.normalization import SERVICES, normalization_gains, service_gain
from tests.fixtures.media import music

RATE = 48000


def _write(path: Path, samples: np.ndarray, rate: int = RATE, subtype: str = "PCM_24") -> Path:
    sf.write(str(path), samples, rate, subtype=subtype)
    return path


# -------------------------------------------------------------------------------------------- fingerprint


def test_same_audio_as_24_bit_flac_and_16_bit_wav_3_db_down_matches(tmp_path: Path) -> None:
    x = music(40.0, RATE, 2, level=0.5, seed=3)
    flac = inspect_audio(_write(tmp_path / "a.flac", x))
    wav = inspect_audio(_write(tmp_path / "a.wav", x * 10 ** (-3 / 20), subtype="PCM_16"))
    other = inspect_audio(_write(tmp_path / "b.flac", music(40.0, RATE, 2, level=0.5, seed=4)))
    fa, fw, fo = (r.properties["fingerprint"] for r in (flac, wav, other))
    assert isinstance(fa, str) and isinstance(fw, str) and isinstance(fo, str)
    assert fingerprint.similar(fa, fw) >= 0.9
    assert fingerprint.similar(fa, fw) >= fingerprint.MATCH
    assert fingerprint.similar(fa, fo) < fingerprint.MATCH
    assert fingerprint.similar(fa, fa) == 1.0


def test_fingerprint_survives_a_resample_and_a_shift_but_not_a_new_mix(tmp_path: Path) -> None:
    x = music(40.0, 44100, 2, level=0.5, seed=5)
    original = inspect_audio(_write(tmp_path / "cd.flac", x, 44100)).properties["fingerprint"]
    # the same audio at 48 kHz (linear interpolation: a crude converter) with 1.35 s of silence in front
    # (13.5 frames: the worst alignment)
    t_new = np.arange(int(40.0 * RATE)) / RATE
    t_old = np.arange(x.shape[0]) / 44100
    resampled = np.stack([np.interp(t_new, t_old, x[:, c]) for c in range(2)], axis=1)
    padded = np.concatenate([np.zeros((int(1.35 * RATE), 2)), resampled])
    moved = inspect_audio(_write(tmp_path / "hd.flac", padded)).properties["fingerprint"]
    assert fingerprint.similar(original, moved) >= fingerprint.MATCH
    # a new mix: the same parts, one of them much louder and the other channel's tones replaced
    remix = x.copy()
    remix[:, 0] = 0.6 * x[:, 0] + 0.4 * music(40.0, 44100, 1, level=0.5, seed=9)[:, 0]
    remix[:, 1] = music(40.0, 44100, 1, level=0.5, seed=10)[:, 0]
    mixed = inspect_audio(_write(tmp_path / "remix.flac", remix, 44100)).properties["fingerprint"]
    assert fingerprint.similar(original, mixed) < fingerprint.MATCH


def test_fingerprint_text_round_trips_and_refuses_other_text() -> None:
    frames = np.array([0, 1, 0xFFFFFFFF, 123456], dtype=np.uint32)
    assert fingerprint.decode(fingerprint.encode(frames)).tolist() == frames.tolist()
    with pytest.raises(ValueError):
        fingerprint.decode("bm90IGEgZmluZ2VycHJpbnQ=")
    with pytest.raises(ValueError):
        fingerprint.decode("%%%")


def test_silence_has_no_fingerprint(tmp_path: Path) -> None:
    report = inspect_audio(_write(tmp_path / "silent.flac", np.zeros((RATE * 35, 2))))
    assert report.properties["fingerprint"] is None
    assert report.properties["normalization"] is None


# -------------------------------------------------------------------------------------------- normalisation


def test_a_master_at_minus_8_lufs_is_turned_down_about_6_db_by_spotify(tmp_path: Path) -> None:
    x = np.tanh(3 * music(35.0, 44100, 2, level=1.0, seed=7))
    x *= 0.5 / np.abs(x).max()
    first = inspect_audio(_write(tmp_path / "probe.flac", x, 44100)).properties["lufs"]
    x *= 10 ** ((-8.0 - first) / 20)
    report = inspect_audio(_write(tmp_path / "hot.flac", x, 44100))
    props = report.properties
    assert props["lufs"] == pytest.approx(-8.0, abs=0.1)
    gains = props["normalization"]
    assert gains["spotify"] == pytest.approx(-6.0, abs=0.15)
    assert gains["apple_music"] == pytest.approx(-8.0, abs=0.15)
    for key in ("youtube", "tidal", "amazon_music"):
        assert gains[key] == pytest.approx(-6.0, abs=0.15)
    assert set(gains) == {s.key for s in SERVICES}


def test_quiet_masters_are_raised_only_by_services_that_do_and_only_to_the_peak_ceiling() -> None:
    # Spotify's own example: -20 LUFS with a true peak of -5 dBTP is lifted to -16 LUFS only (+4 dB)
    spotify = next(s for s in SERVICES if s.key == "spotify")
    assert service_gain(spotify, -20.0, -5.0) == pytest.approx(4.0)
    assert service_gain(spotify, -20.0, -12.0) == pytest.approx(6.0)  # room enough: all the way
    gains = normalization_gains(-20.0, -5.0)
    assert gains == {"spotify": 4.0, "apple_music": 4.0, "youtube": 0.0, "tidal": 0.0, "amazon_music": 0.0}
    # a peak already above the ceiling: no positive gain at all, never a negative one for a quiet master
    assert normalization_gains(-18.0, 0.5) == {
        "spotify": 0.0, "apple_music": 0.0, "youtube": 0.0, "tidal": 0.0, "amazon_music": 0.0}
    assert normalization_gains(None, None) is None


# -------------------------------------------------------------------------------------------- picture


def _marked_master(tmp_path: Path) -> Path:
    """8 s of silence, 30 s of music with a clipped burst 20 s in (28 s into the file), 7 s of silence."""
    body = music(30.0, RATE, 2, level=0.5, seed=11)
    at = int(20 * RATE)
    body[at : at + 2000] = np.clip(body[at : at + 2000] * 8, -1.0, 1.0)
    silence_in, silence_out = np.zeros((8 * RATE, 2)), np.zeros((7 * RATE, 2))
    return _write(tmp_path / "marked.flac", np.concatenate([silence_in, body, silence_out]))


def test_picture_marks_clipping_silence_and_follows_the_loudness(tmp_path: Path) -> None:
    report = inspect_audio(_marked_master(tmp_path))
    assert "audio.clipping" in report.codes() and "audio.silence" in report.codes()
    pic = report.picture
    assert pic is not None and pic.columns == picture.COLUMNS
    assert pic.duration_s == pytest.approx(45.0)
    assert pic.leading_silence_s == pytest.approx(8.0, abs=0.05)
    assert pic.trailing_silence_s == pytest.approx(7.0, abs=0.05)
    column = np.arange(pic.columns) * pic.duration_s / pic.columns  # each column's start, in seconds
    clipped_at = column[pic.clipped]
    assert clipped_at.size >= 1 and np.all(np.abs(clipped_at - 28.0) < 0.2)
    silent = (column < 7.9) | (column > 38.1)
    assert np.all(np.abs(pic.high[silent]) == 0.0) and np.all(pic.rms[silent] == 0.0)
    assert np.all(pic.high[(column > 9) & (column < 37)] > 0.1)
    assert pic.high.max() == pytest.approx(1.0, abs=1e-6)
    assert pic.low.min() == pytest.approx(-1.0, abs=1e-6)
    # short-term loudness: none over leading silence, the integrated level across the music
    assert np.all(np.isnan(pic.short_term[column < 7.9]))
    music_part = pic.short_term[(column > 12) & (column < 36)]
    assert np.nanmedian(music_part) == pytest.approx(report.properties["lufs"], abs=1.5)
    assert pic.normalization == report.properties["normalization"]


def test_picture_cache_is_keyed_by_the_file_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELEASEDESK_HOME", str(tmp_path / "home"))
    path = _write(tmp_path / "a.flac", music(31.0, RATE, 2, level=0.4, seed=2))
    report = inspect_audio(path)
    assert picture.load_cached(path) is None
    picture.save_cached(path, report.picture)
    again = picture.load_cached(path)
    assert again is not None
    assert np.array_equal(again.high, report.picture.high)
    assert np.array_equal(again.clipped, report.picture.clipped)
    assert again.lufs == report.picture.lufs and again.normalization == report.picture.normalization
    _write(path, music(31.0, RATE, 2, level=0.2, seed=2))  # changed: the old picture must not be shown
    assert picture.load_cached(path) is None
    with pytest.raises(ValueError):
        picture.from_bytes(b"not a picture")


def test_check_png_writes_one_picture_per_master(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    master = _marked_master(tmp_path)
    second = _write(tmp_path / "second.wav", music(31.0, 44100, 2, level=0.3, seed=4), 44100, "PCM_16")
    (tmp_path / "notes.txt").write_text("not audio")
    out = tmp_path / "pictures"
    code = main(["check", "--png", str(out), str(master), str(second), str(tmp_path / "notes.txt")])
    assert code == 1  # the text file is an error; the two masters still get their pictures
    names = sorted(p.name for p in out.iterdir())
    assert names == ["marked.png", "second.png"]
    with Image.open(out / "marked.png") as image:
        assert image.format == "PNG" and image.width >= 800
        pixels = np.asarray(image.convert("RGB"))
    red = (pixels[..., 0] > 180) & (pixels[..., 1] < 40) & (pixels[..., 2] < 40)
    assert red.any()  # the clipping marks
    assert "2 pictures of masters written" in capsys.readouterr().err


def test_check_json_carries_normalization_and_fingerprint_not_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.flac", music(31.0, RATE, 2, level=0.4, seed=2))
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "app", "check", "--json", str(path)], capture_output=True,
                          text=True, cwd=root, check=False)
    props = json.loads(done.stdout)["files"][0]["properties"]
    assert set(props["normalization"]) == {"spotify", "apple_music", "youtube", "tidal", "amazon_music"}
    assert all(isinstance(v, float) and round(v, 1) == v for v in props["normalization"].values())
    assert fingerprint.decode(props["fingerprint"]).size == 310
    text = subprocess.run([sys.executable, "-m", "app", "check", str(path)], capture_output=True, text=True,
                          cwd=root, check=False).stdout
    assert props["fingerprint"][:20] not in text and "spotify" not in text.lower()


def test_png_folder_that_cannot_be_made_is_a_usage_error(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "a.flac", music(31.0, RATE, 2, level=0.4, seed=2))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["check", "--png", str(blocker / "sub"), str(path)])
    assert code == 2
    assert "can't hold the pictures" in capsys.readouterr().err
