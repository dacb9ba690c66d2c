"""Loudness (BS.1770-4) and true peak against figures worked out from the standard, and against ffmpeg."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from app.media.audio import inspect_audio
from app.media.loudness import Meter, gated_loudness, k_weighting_sos, to_db, true_peak_full
from tests.fixtures.media import MediaFactory, music


def measure(samples: np.ndarray, rate: int, block: int = 9600) -> object:
    x = np.asarray(samples, dtype=np.float32)
    if x.ndim == 1:
        x = x[:, None]
    meter = Meter(rate, x.shape[1])
    for start in range(0, x.shape[0], block):
        meter.feed(np.ascontiguousarray(x[start : start + block]))
    return meter.result()


def sine(freq: float, amplitude: float, seconds: float, rate: int, phase: float = 0.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t + phase)


@pytest.mark.parametrize("rate", [44100, 48000, 96000])
def test_997_hz_sine_at_minus_20_dbfs_in_both_channels_reads_minus_20_lufs(rate: int):
    # BS.1770: a 0 dBFS 1 kHz sine in one channel reads -3.01 LKFS (the -0.691 offset cancels the
    # K-filter's gain at 1 kHz). Amplitude 0.1 (-20 dBFS) gives -23.01 per channel; two channels add
    # 10*log10(2) = 3.01 dB, so -20.00 LUFS.
    tone = sine(997, 0.1, 5.0, rate)
    result = measure(np.stack([tone, tone], axis=1), rate)
    assert result.lufs == pytest.approx(-20.0, abs=0.05)


def test_one_channel_full_scale_sine_reads_minus_3_01_lkfs():
    rate = 48000
    tone = sine(997, 1.0, 3.0, rate)
    result = measure(np.stack([tone, np.zeros_like(tone)], axis=1), rate)
    assert result.lufs == pytest.approx(-3.01, abs=0.05)


def test_k_weighting_at_48k_matches_the_coefficients_printed_in_bs1770():
    sos = k_weighting_sos(48000)
    assert sos[0, :3] == pytest.approx([1.53512485958697, -2.69169618940638, 1.19839281085285], abs=1e-6)
    assert sos[0, 4:] == pytest.approx([-1.69065929318241, 0.73248077421585], abs=1e-6)
    assert sos[1, 4:] == pytest.approx([-1.99004745483398, 0.99007225036621], abs=1e-6)


def test_surround_channels_weigh_1_41_and_lfe_is_ignored():
    rate = 48000
    tone = sine(997, 0.1, 3.0, rate)
    silent = np.zeros_like(tone)
    only_lfe = measure(np.stack([silent, silent, silent, tone, silent, silent], axis=1), rate)
    assert only_lfe.lufs is None  # below the absolute gate: nothing
    only_ls = measure(np.stack([silent, silent, silent, silent, tone, silent], axis=1), rate)
    assert only_ls.lufs == pytest.approx(-23.01 + 10 * math.log10(1.41), abs=0.05)


def test_gating_ignores_silence_between_loud_passages():
    rate = 48000
    tone = sine(997, 0.1, 4.0, rate)
    with_gap = np.concatenate([tone, np.zeros(rate * 10), tone])
    stereo = np.stack([with_gap, with_gap], axis=1)
    # ungated, 8 s of tone over 18 s would read -20 + 10*log10(8/18) = -23.5; gated, only the few 400 ms
    # blocks straddling the tone's edges pull it under -20
    assert measure(stereo, rate).lufs == pytest.approx(-20.0, abs=0.25)


def test_relative_gate_drops_passages_10_lu_below():
    # 10 s at -20 LUFS then 10 s at -40 LUFS: the quiet half is under the relative gate (-10 LU)
    rate = 48000
    loud = sine(997, 0.1, 10.0, rate)
    quiet = sine(997, 0.01, 10.0, rate)
    both = np.concatenate([loud, quiet])
    assert measure(np.stack([both, both], axis=1), rate).lufs == pytest.approx(-20.0, abs=0.1)


def test_gated_loudness_of_too_little_audio_is_none():
    assert gated_loudness(np.ones((3, 2)), np.ones(2)) is None


def test_true_peak_finds_the_intersample_peak_of_a_quarter_rate_sine():
    # fs/4 sine at 45 degrees: every sample sits at 0.707 of the real peak, 3 dB under it
    rate = 48000
    tone = sine(rate / 4, 0.5, 1.0, rate, phase=math.pi / 4)
    result = measure(np.stack([tone, tone], axis=1), rate)
    assert to_db(result.sample_peak) == pytest.approx(20 * math.log10(0.5 * math.sqrt(0.5)), abs=0.01)
    assert to_db(result.true_peak) == pytest.approx(20 * math.log10(0.5), abs=0.15)


@pytest.mark.parametrize("seed", [1, 2])
def test_fast_true_peak_equals_full_oversampling(seed: int):
    rate = 44100
    rng = np.random.default_rng(seed)
    samples = np.clip(rng.standard_normal((rate * 2, 2)) * 0.2, -1, 1)  # white noise: the worst case
    samples[: rate // 2] *= 0.1
    fast = measure(samples, rate)
    assert to_db(fast.true_peak) == pytest.approx(to_db(true_peak_full(samples.astype(np.float32))), abs=1e-3)


def test_result_does_not_depend_on_block_size():
    rate = 44100
    samples = music(6.0, rate)
    small, large = measure(samples, rate, block=4410), measure(samples, rate, block=88200)
    assert small.lufs == pytest.approx(large.lufs, abs=1e-4)
    assert small.true_peak == pytest.approx(large.true_peak, rel=1e-6)


def _ffmpeg_ebur128(path: Path) -> tuple[float, float]:
    """ffmpeg's EBU R128 meter (.ci/setup installs ffmpeg for this independent cross-check)."""
    out = subprocess.run(
        ["ffmpeg", "-nostats", "-hide_banner", "-i", str(path), "-af", "ebur128=peak=true",
         "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr
    integrated = float(re.findall(r"I:\s+(-?[\d.]+) LUFS", out)[-1])
    peak = float(re.findall(r"Peak:\s+(-?[\d.]+) dBFS", out)[-1])
    return integrated, peak


@pytest.mark.parametrize("rate", [44100, 48000, 96000])
def test_loudness_of_music_agrees_with_ffmpeg_ebur128(media: MediaFactory, rate: int):
    path = media.audio(f"music{rate}.flac", music(8.0, rate, level=0.6), rate=rate, subtype="PCM_24")
    ours = inspect_audio(path).properties
    lufs, peak = _ffmpeg_ebur128(path)
    assert ours["lufs"] == pytest.approx(lufs, abs=0.1)  # ffmpeg prints one decimal
    # ffmpeg oversamples with its own resampler, not the BS.1770 filter: a few tenths apart is normal
    assert ours["true_peak_dbtp"] == pytest.approx(peak, abs=0.5)


@pytest.mark.parametrize("seed", [3, 4])
def test_fast_true_peak_equals_full_oversampling_on_music(seed: int):
    # music is dominated by low frequencies: the fast path interpolates only around local maxima
    rate = 44100
    samples = music(3.0, rate, level=0.95, seed=seed)
    fade = np.minimum(1.0, np.minimum(np.arange(len(samples)), np.arange(len(samples))[::-1]) / 441)
    samples = (samples * fade[:, None]).astype(np.float32)
    fast = measure(samples, rate)
    assert to_db(fast.true_peak) == pytest.approx(to_db(true_peak_full(samples)), abs=1e-3)
    assert fast.true_peak > fast.sample_peak  # the interpolation did find something between samples


def _exact_iir_lufs(samples: np.ndarray, rate: int) -> float | None:
    """The reference: the two biquads run as an IIR across the whole signal (SciPy, a test-only tool)."""
    from scipy import signal

    from app.media.loudness import channel_weights

    y = signal.sosfilt(k_weighting_sos(rate), np.asarray(samples, dtype=np.float64), axis=0)
    seg = int(round(rate * 0.1))
    count = y.shape[0] // seg
    shaped = y[: count * seg].reshape(count, seg, -1)
    return gated_loudness((shaped * shaped).mean(axis=1), channel_weights(y.shape[1]))


def _signals(rate: int) -> dict[str, np.ndarray]:
    t = np.arange(rate * 12) / rate
    rng = np.random.default_rng(11)
    bass = 0.4 * np.sin(2 * np.pi * 41.0 * t) + 0.01 * rng.standard_normal(t.size)
    bursts = np.where((t % 1.0) < 0.35, 0.3 * np.sin(2 * np.pi * 3000.0 * t), 0.0)  # edges mid-segment
    return {
        "music": music(12.0, rate, level=0.5),
        "white noise": rng.standard_normal((t.size, 2)) * 0.1,
        "bass": np.stack([bass, bass * 0.5], axis=1),
        "tone bursts": np.stack([bursts, bursts], axis=1),
        "loud then quiet": np.concatenate([music(6.0, rate, level=0.5), music(6.0, rate, level=0.01)]),
        "5.1": music(12.0, rate, channels=6, level=0.3),
    }


@pytest.mark.parametrize("rate", [44100, 48000, 96000])
def test_spectral_k_weighting_is_within_0_001_lu_of_the_exact_iir(rate: int):
    for name, samples in _signals(rate).items():
        ours = measure(samples, rate).lufs
        exact = _exact_iir_lufs(samples.astype(np.float32), rate)
        assert ours == pytest.approx(exact, abs=0.001), name


def test_fast_true_peak_equals_full_oversampling_on_many_channels():
    # channels at different levels, one of them with strong content near Nyquist, measured together
    rate = 48000
    rng = np.random.default_rng(9)
    t = np.arange(rate * 2) / rate
    samples = np.stack([
        music(2.0, rate, channels=1, level=0.9, seed=5)[:, 0],
        0.3 * rng.standard_normal(t.size).clip(-3, 3),
        0.7 * np.sin(2 * np.pi * (rate / 4) * t + math.pi / 4),
        music(2.0, rate, channels=1, level=0.2, seed=6)[:, 0],
        np.zeros(t.size),
        music(2.0, rate, channels=1, level=0.85, seed=7)[:, 0],
    ], axis=1).astype(np.float32)
    for block in (4096, 9600):
        fast = measure(samples, rate, block=block)
        assert to_db(fast.true_peak) == pytest.approx(to_db(true_peak_full(samples)), abs=1e-3)


@pytest.mark.parametrize("at_edge", [False, True])
def test_true_peak_of_rare_transients_is_found_scanning_only_their_bins(at_edge: bool):
    # quiet music with a few short loud bursts: only the bins holding them reach the candidate level,
    # so the meter reads those bins alone (with a bin edge inside a burst, and a burst across the
    # boundary of two blocks when at_edge); the peak must equal evaluating every position
    rate = 48000
    samples = music(6.0, rate, level=0.05).astype(np.float32)
    bin_frames = rate // 50  # the waveform's 20 ms bins
    starts = [rate // 3, 2 * rate + 17, 4 * rate - 40] if not at_edge else [
        bin_frames * 37 - 5, 9600 * 20 - 6, 9600 * 25 - 3]
    for i, start in enumerate(starts):
        burst = sine(rate / 4, 0.6 + 0.1 * i, 0.0004, rate, phase=math.pi / 4 + i)[:, None]
        samples[start : start + burst.shape[0]] += burst.astype(np.float32)
    meter = Meter(rate, 2)
    for start in range(0, samples.shape[0], 9600):  # whole 100 ms segments: the binned path
        meter.feed(samples[start : start + 9600])
    assert meter.result().true_peak == pytest.approx(true_peak_full(samples), rel=1e-6)
