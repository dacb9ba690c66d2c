"""What the sandbox learns from uploaded files: audio masters (FLAC/WAV) and cover images.

Runs in a worker thread (the server calls it through ``run_in_threadpool``) because reading a big
master's headers and tail takes a moment and must not hold up other requests.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import soundfile


class MediaError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class AudioFacts:
    codec: str
    extension: str
    precision: int
    attributes: dict[str, Any]


def _sniff(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    return None


_BITS = {"PCM_16": 16, "PCM_24": 24, "PCM_32": 32, "PCM_S8": 8, "PCM_U8": 8, "FLOAT": 32, "DOUBLE": 64}


def inspect_audio(path: Path, size: int) -> AudioFacts:
    """The record attributes the server fills from the audio itself; MediaError if it is not FLAC/WAV."""
    kind = _sniff(path)
    if kind is None:
        raise MediaError("The new-file attribute must be a FLAC or WAV file (base64-encoded).")
    try:
        info = soundfile.info(str(path))
        with soundfile.SoundFile(str(path)) as sound:
            # Decode the first and the last frames: a truncated or corrupt master fails here.
            sound.read(min(4096, max(info.frames, 1)), dtype="int32")
            if info.frames > 4096:
                sound.seek(info.frames - 1024)
                sound.read(1024, dtype="int32")
    except Exception as exc:  # an untrusted file through a C decoder: any failure means "unreadable"
        raise MediaError(f"The new-file attribute is not a readable {kind.upper()} file ({exc}).") from None
    if info.frames <= 0 or info.samplerate <= 0:
        raise MediaError("The new-file attribute holds no audio samples.")
    bits = _BITS.get(info.subtype, 16)
    duration = info.frames / info.samplerate
    bitrate = int(size * 8 / duration) if duration > 0 else 0
    raw_rate = info.samplerate * info.channels * bits
    if kind == "flac":
        codec, mime = "flac", "audio/flac"
    else:
        codec = {8: "pcm_u8", 16: "pcm_s16le", 24: "pcm_s24le", 32: "pcm_s32le"}.get(bits, "pcm_s16le")
        if info.subtype == "FLOAT":
            codec = "pcm_f32le"
        mime = "audio/x-wav"
    layout = {1: "mono", 2: "stereo"}.get(info.channels, f"{info.channels} channels")
    file_block = {
        "codec": codec,
        "channels": info.channels,
        "duration": round(duration, 6),
        "codec_type": "audio",
        "mime_type": mime,
        "bitrate": bitrate,
        "lossless": True,
        "compression_ratio": round(bitrate / raw_rate, 4) if raw_rate else None,
        "bitrate_mode": "VBR" if kind == "flac" else "CBR",
        "duration_ts": info.frames,
        "sample_rate": info.samplerate,
        "channel_layout": layout,
        "bits_per_raw_sample": bits,
    }
    return AudioFacts(codec=codec, extension=kind, precision=bits, attributes={"file": file_block})


def master_type(precision: int, sample_rate: int) -> str:
    """ "cd" (seen in both APIs) for 16-bit up to 48 kHz; "hd" otherwise (the HD string was not seen)."""
    return "cd" if precision <= 16 and sample_rate <= 48000 else "hd"


def store_master(source: Path, records_dir: Path, extension: str) -> Path:
    records_dir.mkdir(parents=True, exist_ok=True)
    target = records_dir / f"{uuid.uuid4()}.{extension}"
    shutil.move(str(source), target)
    os.chmod(target, 0o600)  # the data folder is private (docs/SANDBOX.md)
    return target


MAX_COVER_PIXELS = 40_000_000  # decoding is ~3 bytes a pixel: a bound on the memory one cover may take


def store_cover(source: Path, covers_dir: Path) -> tuple[str, str]:
    """Checks the image and keeps it as ``<uuid>.jpg``; returns (file name, md5 of the stored file)."""
    import hashlib

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(source) as image:
            width, height = image.size  # from the header: nothing decoded yet
            if width * height > MAX_COVER_PIXELS:
                raise MediaError(
                    f"The front-cover is {width}x{height} pixels; send at most "
                    f"{MAX_COVER_PIXELS // 1_000_000} megapixels (3000x3000 is plenty)."
                )
            image.verify()
        with Image.open(source) as image:
            fmt = image.format
            if fmt != "JPEG":
                converted = image.convert("RGB")
            else:
                converted = None
    except MediaError:
        raise
    except Image.DecompressionBombError:
        raise MediaError(
            f"The front-cover is too many pixels; send at most {MAX_COVER_PIXELS // 1_000_000} megapixels."
        ) from None
    except UnidentifiedImageError:
        raise MediaError(
            "The front-cover attribute must be a JPEG or PNG image as a base64 data URL."
        ) from None
    except Exception:  # an untrusted file through Pillow's decoders: any failure means "unreadable"
        raise MediaError(
            "The front-cover attribute must be a JPEG or PNG image as a base64 data URL."
        ) from None
    if width < 1 or height < 1:
        raise MediaError("The front-cover attribute holds an empty image.")
    covers_dir.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4()}.jpg"
    target = covers_dir / name
    if converted is not None:
        converted.save(target, "JPEG", quality=92)
    else:
        shutil.copyfile(source, target)
    os.chmod(target, 0o600)  # the data folder is private (docs/SANDBOX.md)
    digest = hashlib.md5()
    with target.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return name, digest.hexdigest()
