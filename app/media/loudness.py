"""Streaming measurements over decoded PCM: loudness (ITU-R BS.1770-4), true peak, silence, clipping.

Everything is fed block by block (:meth:`Meter.feed`), so memory is bounded by the block size whatever
the file's length, and all per-sample work is numpy (no SciPy: docs/MEDIA.md says why and how close).

- Loudness: K-weighting (the two BS.1770 biquads, designed for the file's rate by bilinear transform, as
  libebur128 does), mean square per 100 ms segment, 400 ms gating blocks with 75 % overlap, absolute gate
  at -70 LUFS and relative gate at -10 LU, channel weights 1.0 (L, R, C), 1.41 (surrounds), 0 (LFE).
  The K-weighted energy of each segment comes from one forward FFT of the segment (no SciPy, no
  per-sample Python): :class:`KWeighting` explains how it equals running the biquads across the whole
  file (to ~1e-6 of each segment's energy; tests/media/test_loudness.py checks it against the exact IIR
  and against ffmpeg's ebur128; docs/MEDIA.md gives the derivation).
- True peak: 4x oversampling with the 48-tap interpolator of BS.1770-4 Annex 2. The interpolator is
  evaluated only around samples within ~4.4 dB of the running peak (an inter-sample peak can only beat
  the running peak next to large samples unless the content near Nyquist dominates), which makes it
  cheap enough to run on every file; :func:`true_peak_full` evaluates every position (used by tests).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

SILENCE_DBFS = -60.0
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
SHORT_TERM_SEGMENTS = 30  # EBU R 128 short-term loudness: 3 s windows of 100 ms segments
WAVE_BINS_PER_SEGMENT = 5  # the waveform keeps peaks per 20 ms (when the segment divides by 5)
MAX_CLIP_MARKS = 100_000
# the audio fingerprint's bands (app/media/fingerprint.py): log-spaced, where music keeps its character
# through any codec, gain or format change
FINGERPRINT_BANDS = 33
BAND_LOW_HZ = 300.0
BAND_HIGH_HZ = 3000.0

# ITU-R BS.1770-4 Annex 2: the 4 phases of the 48-tap true-peak interpolating filter.
_TP_PHASES = np.array(
    [
        [0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875,
         0.1373291015625, 0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250,
         0.0148925781250, -0.0083007812500],
        [-0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500,
         0.4650878906250, 0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625,
         0.0330810546875, -0.0189208984375],
        [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625000000, -0.2003173828125,
         0.7797851562500, 0.4650878906250, -0.1665039062500, 0.0891113281250, -0.0517578125000,
         0.0292968750000, -0.0291748046875],
        [-0.0083007812500, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.1022949218750,
         0.9721679687500, 0.1373291015625, -0.0594482421875, 0.0332031250000, -0.0196533203125,
         0.0109863281250, 0.0017089843750],
    ],
    dtype=np.float64,
)
_TAPS = _TP_PHASES.shape[1]
# y_p[m] = sum_k phase_p[k] * x[m - k]: a window x[m-11 .. m] times the reversed phases.
_TP_MATRIX = np.ascontiguousarray(_TP_PHASES[:, ::-1].T).astype(np.float32)  # (12, 4)
# Candidate samples: within this factor of the running peak (-4.4 dB).
_TP_CANDIDATE = 0.6
# No interpolated value can exceed the largest |sample| nearby times the largest phase's L1 norm (~2.02):
# a block whose sample peak times this stays under the running true peak cannot raise it.
_TP_GAIN_BOUND = float(np.abs(_TP_PHASES).sum(axis=1).max())
# A step between neighbours larger than this times the block's peak means content above ~fs/6.
_TP_HF_STEP = 1.0
_TP_LF_CANDIDATE = 0.8
# Rows (segment x channel) of the K-weighting's FFT at a time: ~1.2 MB of float64 samples and spectra
_FFT_ROWS = 16
# Candidates are sought bin by bin when at most this share of the waveform's bins reaches their level
# (gathering bins costs more per sample than one pass over the whole block).
_TP_SPARSE_BINS = 0.35


def k_weighting_sos(rate: float) -> np.ndarray:
    """The BS.1770 K-weighting filter (shelf + high-pass) as second-order sections for ``rate``."""
    f0 = 1681.974450955533
    gain_db = 3.999843853973347
    q = 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = [
        (vh + vb * k / q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
        1.0,
        2 * (k * k - 1) / a0,
        (1 - k / q + k * k) / a0,
    ]
    f0 = 38.13547087602444
    q = 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    highpass = [1.0, -2.0, 1.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return np.array([shelf, highpass], dtype=np.float64)


class KWeighting:
    """K-weighted energy of consecutive ``n``-sample segments, from their spectra.

    Let ``y`` be the two biquads run over the whole signal. On one segment, ``y`` is the filter's
    response to the segment from the state the previous samples left, ``s_prev``. Filtering the segment
    *circularly* instead (its spectrum times the response ``H``, whose energy Parseval gives as
    ``sum |X|^2 |H|^2 / n``) is the response from the state the segment itself leaves at its end,
    ``s_own``, because the filter forgets everything older than 100 ms (its slowest pole, the 38 Hz
    high-pass, decays by ~1e-9 in 100 ms). The two differ by the zero-input response to
    ``d = s_prev - s_own``: ``y = y_circ + Phi d``, so

        energy = sum |X|^2 |H|^2 / n  +  2 (Phi^T y_circ) . d  +  d^T (Phi^T Phi) d

    where ``Phi^T y_circ`` and the state a segment leaves are linear in ``X`` too: one matrix product of
    the spectra gives them all. The state is the direct-form-I one (the last two input, middle and
    output samples), so its values are samples themselves and float32 keeps them accurate.
    """

    STATE = 6  # x[n-1], x[n-2], shelf output u[n-1], u[n-2], y[n-1], y[n-2]
    FAST = 4  # of those, the ones a segment's last few hundred samples decide (x, u)

    def __init__(self, rate: float, n: int) -> None:
        self.n = n
        (b0, b1, b2, _, a1, a2), (c0, c1, c2, _, d1, d2) = k_weighting_sos(rate)

        def step(state: np.ndarray, x: float) -> tuple[np.ndarray, float]:
            x1, x2, u1, u2, y1, y2 = state
            u = b0 * x + b1 * x1 + b2 * x2 - a1 * u1 - a2 * u2
            y = c0 * u + c1 * u1 + c2 * u2 - d1 * y1 - d2 * y2
            return np.array([x, x1, u, u1, y, y1]), y

        # the filter as a state-space system: s' = A s + B x, y = C s + D x
        columns = [step(e, 0.0) for e in np.eye(self.STATE)]
        a_matrix = np.array([c[0] for c in columns]).T
        c_row = np.array([c[1] for c in columns])
        b_col, _ = step(np.zeros(self.STATE), 1.0)
        # leave[i]: how sample i moves the state at the segment's end (A^(n-1-i) B); zir[k]: C A^k
        # A^k for k = j*m + i as A^i A^(jm): m powers by hand, then n/m block steps (a check starts
        # with this; 4,800 single steps in Python took 15 ms)
        m = 64
        powers = np.empty((m, self.STATE, self.STATE))
        powers[0] = np.eye(self.STATE)
        for i in range(1, m):
            powers[i] = a_matrix @ powers[i - 1]
        jump = a_matrix @ powers[m - 1]
        blocks = -(-n // m)
        forward = np.empty((blocks * m, self.STATE))  # A^k B
        backward = np.empty((blocks * m, self.STATE))  # C A^k
        vector, row = b_col, c_row
        for j in range(blocks):
            forward[j * m : (j + 1) * m] = powers @ vector
            backward[j * m : (j + 1) * m] = row @ powers
            vector = jump @ vector
            row = row @ jump
        leave = np.ascontiguousarray(forward[:n][::-1])
        zir = backward[:n]
        z = np.exp(-1j * 2 * np.pi * np.fft.rfftfreq(n))
        response = np.ones_like(z)
        for p0, p1, p2, q0, q1, q2 in k_weighting_sos(rate):
            response *= (p0 + p1 * z + p2 * z * z) / (q0 + q1 * z + q2 * z * z)
        # Parseval over an rfft: bins 1 .. n/2-1 stand for two
        twice = np.full(z.size, 2.0)
        twice[0] = 1.0
        if n % 2 == 0:
            twice[-1] = 1.0
        power = np.abs(response) ** 2 * twice / n
        # sum_t x[t] g[t] = sum_k Re(X_k conj(G_k)) twice_k / n  (for real x and g)
        leave_spectrum = np.fft.rfft(leave, axis=0) * (twice / n)[:, None]
        cross_spectrum = np.conj(np.fft.rfft(zir, axis=0)) * (response * twice / n)[:, None]
        # spectra are fed as interleaved (re, im) pairs
        self._power = np.repeat(power, 2)
        # The state a segment leaves in its input and shelf parts (x, u) depends only on its last few
        # hundred samples (the shelf's poles forget 1e-13 of a sample in ~170 samples at 48 kHz): read
        # those off the samples themselves. Only the output part (y, which the 38 Hz high-pass keeps for
        # the whole segment) goes through the spectra, a third fewer columns in the largest product.
        short = np.abs(leave[:, : self.FAST]).max(axis=1)
        keep = np.flatnonzero(short > 1e-13 * short.max())
        self._tail = n - int(keep[0]) if keep.size else 1
        self._leave_tail = np.ascontiguousarray(leave[n - self._tail :, : self.FAST])
        slow = self.STATE - self.FAST
        project = np.empty((2 * z.size, self.STATE + slow))
        project[0::2, : self.STATE] = cross_spectrum.real
        project[1::2, : self.STATE] = -cross_spectrum.imag
        project[0::2, self.STATE :] = leave_spectrum[:, self.FAST :].real
        project[1::2, self.STATE :] = leave_spectrum[:, self.FAST :].imag
        # The same eight functionals in the time domain (sum_t x[t] w[t]), read off the float32 samples
        # with one single-precision product: half the cost of the double one over the spectra, and a
        # float32 sample of 24 bits or fewer is exact. Functional sum_k Re(X_k) p[2k] + Im(X_k) p[2k+1]
        # = sum_t x[t] Re(sum_k (p[2k] + i p[2k+1]) e^{2 pi i k t / n}): an inverse FFT per column.
        coefficients = np.zeros((n, project.shape[1]), dtype=np.complex128)
        coefficients[: z.size] = project[0::2] + 1j * project[1::2]
        self._project_time = np.ascontiguousarray((np.fft.ifft(coefficients, axis=0) * n).real,
                                                  dtype=np.float32)
        # plain energy by Parseval, off the squared spectra already at hand
        self._parseval = np.repeat(twice / n, 2)
        self._gram = zir.T @ zir
        # Read off the same squared spectra, for nothing but a small matrix product: the energy in
        # FINGERPRINT_BANDS log-spaced bands from 300 Hz to 3 kHz, for the audio fingerprint
        # (app/media/fingerprint.py).
        freqs = np.fft.rfftfreq(n, 1.0 / rate)
        edges = np.geomspace(BAND_LOW_HZ, BAND_HIGH_HZ, FINGERPRINT_BANDS + 1)
        band = np.searchsorted(edges, freqs, side="right") - 1
        inside = np.flatnonzero((band >= 0) & (band < FINGERPRINT_BANDS))
        if inside.size:
            self._band_lo, self._band_hi = int(inside[0]), int(inside[-1]) + 1
            member = np.zeros((self._band_hi - self._band_lo, FINGERPRINT_BANDS))
            member[np.arange(member.shape[0]), band[self._band_lo : self._band_hi]] = 1.0
            self._bands = np.repeat(member, 2, axis=0)  # (re, im) pairs
        else:  # a rate too low to hold the bands: no fingerprint
            self._band_lo = self._band_hi = 0
            self._bands = np.zeros((0, FINGERPRINT_BANDS))

    def energies(self, segments: np.ndarray, before: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``segments``: (channels, count, n). Returns the K-weighted energy of each segment
        (float64, (count, channels)) and the state the last one leaves, to pass as ``before`` (the
        state left by what came before; zeros at the start) with the next segments."""
        energy, state, _, _ = self.measure(segments, before, extras=False)
        return energy, state

    def measure(
        self, segments: np.ndarray, before: np.ndarray, *, extras: bool = True
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
        """:meth:`energies`, plus (``extras``) each segment's plain energy summed over channels (count,)
        and its energy in the fingerprint bands summed over channels (count, FINGERPRINT_BANDS)."""
        channels, count, n = segments.shape
        samples = segments.reshape(channels * count, n)
        if samples.dtype != np.float32:
            samples = samples.astype(np.float32)
        rows = samples.shape[0]
        step = _FFT_ROWS
        circular = np.empty(rows)
        plain_rows = np.empty(rows)
        band_rows = np.empty((rows, FINGERPRINT_BANDS))
        lo_band, hi_band = 2 * self._band_lo, 2 * self._band_hi
        # A few rows at a time, squared in place: the samples, their spectra and what is read off them stay
        # in the core's cache next to the decoder's (one pass over the whole block cost ~5 % more CPU
        # per file in the command line, measured)
        for lo in range(0, rows, step):
            # float64 on purpose: numpy's float32 FFT runs 4x slower than its float64 one
            spectra = np.fft.rfft(samples[lo : lo + step].astype(np.float64), axis=-1).view(np.float64)
            np.square(spectra, out=spectra)
            circular[lo : lo + step] = spectra @ self._power
            if extras:
                plain_rows[lo : lo + step] = spectra @ self._parseval
                band_rows[lo : lo + step] = spectra[:, lo_band:hi_band] @ self._bands
        plain = bands = None
        if extras:
            plain = plain_rows.reshape(channels, count).sum(axis=0)
            bands = band_rows.reshape(channels, count, FINGERPRINT_BANDS).sum(axis=0)
        flat = samples[:, n - self._tail :].astype(np.float64)
        projected = (samples @ self._project_time).astype(np.float64).reshape(channels, count, -1)
        cross = projected[..., : self.STATE]
        own = np.empty((channels, count, self.STATE))
        own[..., : self.FAST] = (flat @ self._leave_tail).reshape(channels, count, -1)
        own[..., self.FAST :] = projected[..., self.STATE :]
        previous = np.concatenate([before[:, None, :], own[:, :-1]], axis=1)
        d = previous - own
        energy = (
            circular.reshape(channels, count)
            + 2 * np.einsum("csj,csj->cs", cross, d)
            + np.einsum("csj,jk,csk->cs", d, self._gram, d)
        )
        return energy.T, own[:, -1], plain, bands


@functools.lru_cache(maxsize=8)
def k_weighting(rate: float, n: int) -> KWeighting:
    """The :class:`KWeighting` for ``rate`` and ``n``-sample segments (built once: ~20 ms)."""
    return KWeighting(rate, n)


def channel_weights(channels: int) -> np.ndarray:
    """BS.1770 weights in WAV/FLAC channel order (L R C LFE Ls Rs ...): LFE ignored, surrounds +1.5 dB."""
    if channels <= 3:
        return np.ones(channels)
    if channels == 4:  # quad: L R Ls Rs
        return np.array([1.0, 1.0, 1.41, 1.41])
    if channels == 5:  # L R C Ls Rs
        return np.array([1.0, 1.0, 1.0, 1.41, 1.41])
    weights = np.full(channels, 1.41)
    weights[:3] = 1.0
    weights[3] = 0.0  # LFE
    return weights


def gated_loudness(segments: np.ndarray, weights: np.ndarray) -> float | None:
    """Integrated loudness (LUFS) from per-channel mean squares of consecutive 100 ms segments."""
    if segments.shape[0] < 4:
        return None
    window = sliding_window_view(segments, 4, axis=0).mean(axis=-1)  # (blocks, channels) 400 ms blocks
    z = window @ weights
    with np.errstate(divide="ignore"):
        block_lufs = -0.691 + 10 * np.log10(z)
    above_abs = z[block_lufs > ABSOLUTE_GATE_LUFS]
    if above_abs.size == 0:
        return None
    relative_gate = -0.691 + 10 * math.log10(float(above_abs.mean())) + RELATIVE_GATE_LU
    gated = z[(block_lufs > ABSOLUTE_GATE_LUFS) & (block_lufs > relative_gate)]
    if gated.size == 0:
        return None
    return -0.691 + 10 * math.log10(float(gated.mean()))


def true_peak_full(samples: np.ndarray) -> float:
    """Linear true peak of float samples (frames, channels), every position oversampled (reference)."""
    x = np.asarray(samples, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    for c in range(x.shape[1]):
        for phase in _TP_PHASES:
            y = np.convolve(x[:, c], phase)
            peak = max(peak, float(np.max(np.abs(y))))
    return peak


def to_db(value: float | None) -> float | None:
    if value is None or value <= 0:
        return None
    return 20 * math.log10(value)


@dataclass
class MeterResult:
    frames: int
    lufs: float | None
    sample_peak: float  # linear, 1.0 = full scale
    true_peak: float  # linear
    clipped_samples: int
    clip_runs: int  # runs of 3+ consecutive full-scale samples in one channel
    leading_silence_s: float
    trailing_silence_s: float
    silent: bool
    trace: Trace | None = None


@dataclass
class Trace:
    """What the picture of a master and its fingerprint are made of, gathered in the measuring pass.

    ``peak_high`` / ``peak_low``: the highest and lowest sample (any channel) per bin of ``bin_frames``;
    ``rms``: the plain RMS (mean over channels) per 100 ms segment; ``short_term``: EBU R 128 short-term
    loudness (LUFS, 3 s window ending at each segment; NaN where under the absolute gate); ``clip_bins``:
    the bins holding a clipped sample; ``bands``: energy per segment in the fingerprint bands."""

    rate: int
    frames: int
    segment_frames: int
    bin_frames: int
    peak_high: np.ndarray
    peak_low: np.ndarray
    rms: np.ndarray
    short_term: np.ndarray
    clip_bins: np.ndarray
    bands: np.ndarray


class Meter:
    """Feed blocks in order; :meth:`result` at the end.

    :meth:`feed_planar` takes float32 ``(channels, frames)`` (what a decoder hands over per channel,
    and the layout every measurement here wants); :meth:`feed` takes interleaved ``(frames,
    channels)``. ``segment`` is the 100 ms segment length in frames; blocks that are whole numbers of
    segments are measured without copying (any size works).
    """

    def __init__(self, rate: int, channels: int, clip_high: float = 1.0, clip_low: float = -1.0,
                 *, trace: bool = True) -> None:
        self.rate = rate
        self._tracing = trace  # gather the picture and fingerprint (Trace) too
        self._clip_high = clip_high
        self._clip_low = clip_low
        self.channels = channels
        self.segment = max(1, int(round(rate * 0.1)))
        self._k_weighting = k_weighting(rate, self.segment)
        self._k_state = np.zeros((channels, KWeighting.STATE))
        self._weights = channel_weights(channels)
        self._segments: list[np.ndarray] = []
        self._pending: np.ndarray | None = None  # a partial segment (channels, frames) carried over
        self._frames = 0
        self._sample_peak = 0.0
        self._true_peak = 0.0
        self._tp_tail = np.zeros((channels, _TAPS - 1), dtype=np.float32)
        self._silence = 10 ** (SILENCE_DBFS / 20)
        self._first_loud: int | None = None
        self._last_loud: int | None = None
        self._clipped = 0
        self._clip_runs = 0
        self._clip_carry = np.zeros(channels, dtype=np.int64)  # full-scale run length at the block end
        sub = WAVE_BINS_PER_SEGMENT if self.segment % WAVE_BINS_PER_SEGMENT == 0 else 1
        self._bin = self.segment // sub
        self._wave_high: list[np.ndarray] = []
        self._wave_low: list[np.ndarray] = []
        self._plain: list[np.ndarray] = []
        self._bands: list[np.ndarray] = []
        self._clip_bins: list[np.ndarray] = []
        self._clip_marks = 0

    def feed(self, block: np.ndarray) -> None:
        """``block``: float32 (frames, channels), full scale = 1.0."""
        self.feed_planar(np.ascontiguousarray(np.asarray(block, dtype=np.float32).T))

    def feed_planar(self, planar: np.ndarray) -> None:
        """``planar``: float32 (channels, frames), each row contiguous, full scale = 1.0. A sample at or
        beyond ``clip_high`` / ``clip_low`` (the format's extreme codes) counts as clipped."""
        n = planar.shape[1]
        if n == 0:
            return
        start = self._frames
        self._frames += n
        binned = self._tracing and self._pending is None and n % self.segment == 0
        bin_tops: np.ndarray | None = None
        if binned:
            # whole segments from a segment boundary (every block but a file's last): the per-channel
            # extremes come from the waveform's per-bin ones, one pass for both
            shaped = planar.reshape(self.channels, n // self._bin, self._bin)
            bin_high, bin_low = shaped.max(axis=2), shaped.min(axis=2)
            highs, lows = bin_high.max(axis=1), bin_low.min(axis=1)
            bin_tops = np.maximum(bin_high, -bin_low)
            self._wave_high.append(bin_high.max(axis=0))
            self._wave_low.append(bin_low.min(axis=0))
        else:
            highs = planar.max(axis=1)
            lows = planar.min(axis=1)
        tops = np.maximum(highs, -lows)
        block_peak = float(tops.max())
        self._sample_peak = max(self._sample_peak, block_peak)
        self._track_silence(planar, block_peak, start)
        self._loudness(planar, binned)
        self._peaks(planar, tops, block_peak, bin_tops)
        if float(highs.max()) >= self._clip_high or float(lows.min()) <= self._clip_low:
            self._clipping((planar >= self._clip_high) | (planar <= self._clip_low), start)
        else:
            self._clip_carry[:] = 0

    def _loud_frames(self, part: np.ndarray) -> np.ndarray:
        """Frame indices in ``part`` (channels, frames) where any channel is above the silence
        threshold."""
        return np.flatnonzero((np.abs(part) > self._silence).any(axis=0))

    def _track_silence(self, planar: np.ndarray, block_peak: float, start: int) -> None:
        if block_peak <= self._silence:
            return
        if self._first_loud is None:
            head = self._loud_frames(planar[:, :4096])
            self._first_loud = start + int(head[0] if head.size else self._loud_frames(planar)[0])
        # the last loud sample is nearly always in the block's tail: look there first
        tail_start = max(0, planar.shape[1] - 4096)
        loud = self._loud_frames(planar[:, tail_start:])
        if loud.size == 0:
            tail_start = 0
            loud = self._loud_frames(planar)
        self._last_loud = start + tail_start + int(loud[-1])

    def _loudness(self, planar: np.ndarray, binned: bool) -> None:
        x = planar
        if self._pending is not None:
            x = np.concatenate([self._pending, x], axis=1)
            self._pending = None
        seg = self.segment
        count = x.shape[1] // seg
        if count:
            whole = x[:, : count * seg]
            shaped = whole.reshape(self.channels, count, seg)  # a view when rows are whole segments
            energy, self._k_state, plain, bands = self._k_weighting.measure(shaped, self._k_state,
                                                                             extras=self._tracing)
            self._segments.append(np.maximum(energy, 0.0) / seg)
            if plain is not None and bands is not None:  # tracing
                self._plain.append(plain)
                self._bands.append(bands.astype(np.float32))
            if self._tracing and not binned:
                bins = whole.reshape(self.channels, -1, self._bin)
                self._wave_high.append(bins.max(axis=(0, 2)))
                self._wave_low.append(bins.min(axis=(0, 2)))
        if count * seg < x.shape[1]:
            self._pending = x[:, count * seg :].copy()

    def _peaks(self, planar: np.ndarray, tops: np.ndarray, block_peak: float,
               bin_tops: np.ndarray | None = None) -> None:
        """Raise the running true peak with this block (all channels at once: a 256-channel file does
        not pay 256 rounds of Python per block). ``bin_tops``: the largest |sample| of each channel per
        waveform bin of this block, when known (only bins reaching the candidate level are scanned).

        Positions are counted on the block preceded by the previous block's last 11 samples (the
        "extended" block, never built whole): y at extended position m needs samples m-11 .. m."""
        running = max(self._true_peak, block_peak)
        self._true_peak = running
        threshold = running * _TP_CANDIDATE
        tail = self._tp_tail
        head = _TAPS - 1
        n = planar.shape[1]
        if n >= head:
            next_tail = planar[:, n - head :].copy()
        else:
            next_tail = np.concatenate([tail, planar], axis=1)[:, -head:].copy()
        self._tp_tail = next_tail
        tail_tops = np.abs(tail).max(axis=1)
        channel_tops = np.maximum(tops, tail_tops)  # the previous block's tail counts
        active = np.flatnonzero(channel_tops * _TP_GAIN_BOUND > running)
        if threshold <= 0 or active.size == 0:
            return
        every = active.size == self.channels
        body = planar if every else np.take(planar, active, axis=0)
        before = tail if every else np.take(tail, active, axis=0)
        if n < 2 * head:  # a short block (a file's end): build the extended block, it is small
            out = np.einsum("ijk,kl->ijl", sliding_window_view(np.concatenate([before, body], axis=1), _TAPS,
                                                                axis=1), _TP_MATRIX)
            self._true_peak = max(self._true_peak, float(np.abs(out).max()))
            return
        # the extended block's first 2 x 11 samples: the windows that reach back into the tail
        start = np.concatenate([before, body[:, :head]], axis=1)
        # steps as large as the peak: strong content near Nyquist, where the peak between two samples
        # can be several dB above both. Those channels get every position of this block evaluated.
        steps = np.diff(body, axis=1)
        step_top = np.maximum(steps.max(axis=1), -steps.min(axis=1))
        edge = np.abs(np.diff(start, axis=1)).max(axis=1)  # the tail's steps and the one into this block
        wild = np.maximum(step_top, edge) > _TP_HF_STEP * channel_tops[active]
        for row in np.flatnonzero(wild):
            extended = np.concatenate([before[row], body[row]])
            out = np.einsum("ij,jk->ik", sliding_window_view(extended, _TAPS), _TP_MATRIX)  # not BLAS:
            # its threads fight the pool
            self._true_peak = max(self._true_peak, float(np.abs(out).max()))
        # Elsewhere, local maxima of |x| near the running peak. With no big steps the content is below
        # ~fs/6, where the signal rises at most 1/cos(30 deg) = +1.25 dB between samples, so a maximum
        # more than -1.9 dB under the running peak cannot beat it.
        level = max(threshold, running * _TP_LF_CANDIDATE)
        rows, at = self._candidates(body, before, level, None if bin_tops is None else bin_tops[active])
        if at.size == 0:
            return
        keep = ~wild[rows]
        rows, at = rows[keep], at[keep]
        if at.size == 0:
            return
        # y[m] for m in at+3 .. at+8 spans the 3 samples around the maximum (the filter delays ~5.5);
        # window w = m - 11 covers extended samples w .. w+11
        windows = (at[:, None] + np.arange(3 - head, 9 - head)).reshape(-1)
        rows = np.repeat(rows, 6)
        inside = (windows >= 0) & (windows <= n - 1)  # later ones are seen with the next block
        rows, windows = rows[inside], windows[inside]
        if windows.size == 0:
            return
        key = np.sort(rows * n + windows)
        key = key[np.concatenate(([True], key[1:] != key[:-1]))]  # np.unique would import numpy.ma
        rows, windows = np.divmod(key, n)
        early = windows < head
        picked = np.empty((windows.size, _TAPS), dtype=np.float32)
        if early.any():
            picked[early] = sliding_window_view(start, _TAPS, axis=1)[rows[early], windows[early]]
        late = ~early
        if late.any():
            picked[late] = sliding_window_view(body, _TAPS, axis=1)[rows[late], windows[late] - head]
        out = np.einsum("ij,jk->ik", picked, _TP_MATRIX)
        self._true_peak = max(self._true_peak, float(np.abs(out).max()))

    def _candidates(self, body: np.ndarray, before: np.ndarray, level: float,
                    bin_tops: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(row, extended position) of every local maximum of |x| at or above ``level``, in the tail and
        the block. With ``bin_tops``, only the bins that reach ``level`` are read (the same maxima:
        a bin under it holds none), unless most of them do."""
        head = _TAPS - 1
        n = body.shape[1]
        bins = None if bin_tops is None else bin_tops >= level
        if bins is not None and bins.size and bins.mean() <= _TP_SPARSE_BINS:
            width = n // bins.shape[1]
            bin_rows, bin_cols = np.divmod(np.flatnonzero(bins), bins.shape[1])
            chunks = body[:, : bins.shape[1] * width].reshape(body.shape[0], -1, width)[bin_rows, bin_cols]
            chunk, offset = np.divmod(np.flatnonzero(np.abs(chunks) >= level), width)
            rows, p = bin_rows[chunk], bin_cols[chunk] * width + offset
        else:
            rows, p = np.divmod(np.flatnonzero(np.abs(body) >= level), n)
        if p.size:  # keep the local maxima (a neighbour across the block's ends: the sample itself)
            here = np.abs(body[rows, p])
            keep = ((here >= np.abs(body[rows, np.maximum(p - 1, 0)]))
                    & (here >= np.abs(body[rows, np.minimum(p + 1, n - 1)])))
            rows, p = rows[keep], p[keep]
        at = p + head
        # the tail: its maxima were looked at with the previous block, but the windows around those at
        # its very end reach into this one
        edge = np.abs(np.concatenate([before, body[:, :1]], axis=1))
        tail_rows, t = np.nonzero(edge[:, :head] >= level)
        if t.size:
            here = edge[tail_rows, t]
            keep = (here >= edge[tail_rows, np.maximum(t - 1, 0)]) & (here >= edge[tail_rows, t + 1])
            rows = np.concatenate([tail_rows[keep], rows])
            at = np.concatenate([t[keep], at])
        return rows, at

    def _clipping(self, mask: np.ndarray, start: int) -> None:
        """``mask``: (channels, frames) from frame ``start``, True where a sample sits at full scale."""
        self._clipped += int(mask.sum())
        if not mask.any():
            self._clip_carry[:] = 0
            return
        if self._tracing and self._clip_marks < MAX_CLIP_MARKS:
            at = (np.flatnonzero(mask.any(axis=0)) + start) // self._bin
            at = at[np.concatenate(([True], at[1:] != at[:-1]))]
            self._clip_bins.append(at)
            self._clip_marks += at.size
        for c in range(self.channels):
            col = mask[c]
            if not col.any():
                self._clip_carry[c] = 0
                continue
            # run lengths of True in col, the first run continuing the previous block's
            padded = np.concatenate([[False], col, [False]])
            edges = np.flatnonzero(padded[1:] != padded[:-1])
            starts, ends = edges[::2], edges[1::2]
            lengths = ends - starts
            runs = int((lengths >= 3).sum())
            if starts[0] == 0 and self._clip_carry[c]:
                if self._clip_carry[c] >= 3:
                    runs -= int(lengths[0] >= 3)  # already counted in the previous block
                else:
                    runs += int(lengths[0] < 3 <= lengths[0] + self._clip_carry[c])
            self._clip_runs += runs
            self._clip_carry[c] = lengths[-1] if ends[-1] == col.size else 0

    def result(self) -> MeterResult:
        segments = (
            np.concatenate(self._segments) if self._segments else np.zeros((0, self.channels))
        )
        lufs = gated_loudness(segments, self._weights)
        silent = self._first_loud is None
        if silent:
            leading = trailing = self._frames / self.rate if self.rate else 0.0
        else:
            assert self._first_loud is not None and self._last_loud is not None
            leading = self._first_loud / self.rate
            trailing = (self._frames - 1 - self._last_loud) / self.rate
        return MeterResult(
            trace=self._trace(segments) if self._tracing else None,
            frames=self._frames,
            lufs=lufs,
            sample_peak=self._sample_peak,
            true_peak=max(self._true_peak, self._sample_peak),
            clipped_samples=self._clipped,
            clip_runs=self._clip_runs,
            leading_silence_s=leading,
            trailing_silence_s=trailing,
            silent=silent,
        )

    def _trace(self, segments: np.ndarray) -> Trace:
        count = segments.shape[0]
        z = segments @ self._weights if count else np.zeros(0)
        if count:
            window = min(SHORT_TERM_SEGMENTS, count)
            running = np.cumsum(np.concatenate(([0.0], z)))
            ends = np.arange(1, count + 1)
            starts = np.maximum(ends - window, 0)
            mean = (running[ends] - running[starts]) / (ends - starts)
            with np.errstate(divide="ignore", invalid="ignore"):
                short_term = -0.691 + 10 * np.log10(mean)
            short_term[~(short_term > ABSOLUTE_GATE_LUFS)] = np.nan
        else:
            short_term = np.zeros(0)
        plain = np.concatenate(self._plain) if self._plain else np.zeros(0)
        rms = np.sqrt(np.maximum(plain, 0.0) / (self.segment * max(1, self.channels)))

        def joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

        return Trace(
            rate=self.rate,
            frames=self._frames,
            segment_frames=self.segment,
            bin_frames=self._bin,
            peak_high=joined(self._wave_high, np.float32),
            peak_low=joined(self._wave_low, np.float32),
            rms=rms.astype(np.float32),
            short_term=short_term.astype(np.float32),
            clip_bins=joined(self._clip_bins, np.int64),
            bands=(np.concatenate(self._bands) if self._bands
                   else np.zeros((0, FINGERPRINT_BANDS), dtype=np.float32)),
        )
