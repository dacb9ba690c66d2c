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


MASTER_TYPES = ("cd", "hd", "dolby_atmos")


def master_type(precision: int, sample_rate: int) -> str:
    """ "cd" (seen in both APIs) for 16-bit up to 44.1 kHz; "hd" otherwise (docs/API.md, mt-1)."""
    return "cd" if precision <= 16 and sample_rate <= 44100 else "hd"


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


# -- videos, Motion Art and Atmos masters (docs/API.md, vid-2, att-3, mt-1) -----------

MAX_MOOV_BYTES = 16 * 1024 * 1024  # a movie's index; a real one is kilobytes to a few megabytes
# A real movie has a handful of top-level boxes and a few dozen in its index: a file of millions of
# empty boxes is refused after these, in milliseconds (docs/SANDBOX.md).
MAX_BOXES = 4096
MAX_CHUNKS = 100_000


@dataclass
class VideoFacts:
    width: int
    height: int
    duration: float
    has_audio: bool
    brand: str


def _boxes(data: bytes, start: int, end: int) -> list[tuple[str, int, int]]:
    """(type, payload start, payload end) of the boxes in ``data[start:end]``, stopping at a bad size."""
    out: list[tuple[str, int, int]] = []
    pos = start
    while pos + 8 <= end and len(out) < MAX_BOXES:
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8].decode("latin-1")
        header = 8
        if size == 1 and pos + 16 <= end:
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            break
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def _find_moov(path: Path) -> tuple[str, bytes]:
    """The major brand and the ``moov`` box's bytes, walking the file's top-level boxes by their sizes."""
    size = path.stat().st_size
    brand = ""
    with path.open("rb") as handle:
        pos = 0
        seen = 0
        while pos + 8 <= size:
            seen += 1
            if seen > MAX_BOXES:
                break
            handle.seek(pos)
            head = handle.read(16)
            box_size = int.from_bytes(head[:4], "big")
            kind = head[4:8]
            header = 8
            if box_size == 1:
                box_size, header = int.from_bytes(head[8:16], "big"), 16
            elif box_size == 0:
                box_size = size - pos
            if box_size < header:
                break
            if kind == b"ftyp":
                brand = head[header : header + 4].decode("latin-1") if len(head) >= 12 else ""
            elif kind == b"moov":
                if box_size > MAX_MOOV_BYTES or pos + box_size > size:
                    raise MediaError(
                        "The new-file attribute is a truncated or oversized MP4/MOV movie index."
                    )
                handle.seek(pos + header)
                return brand, handle.read(box_size - header)
            pos += box_size
    raise MediaError("The new-file attribute must be an MP4 or MOV video with its movie index (moov).")


def inspect_video(path: Path) -> VideoFacts:
    """Width, height, duration and whether a sound track is there, from the MP4/MOV headers (nothing is
    decoded); MediaError when the file is not such a video."""
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[4:8] != b"ftyp":
        raise MediaError("The new-file attribute must be an MP4 or MOV video (base64-encoded).")
    brand, moov = _find_moov(path)
    duration = 0.0
    width = height = 0
    has_audio = False
    for kind, start, end in _boxes(moov, 0, len(moov)):
        if kind == "mvhd" and end - start >= 20:
            version = moov[start]
            if version == 1 and end - start >= 32:
                scale = int.from_bytes(moov[start + 20 : start + 24], "big")
                length = int.from_bytes(moov[start + 24 : start + 32], "big")
            else:
                scale = int.from_bytes(moov[start + 12 : start + 16], "big")
                length = int.from_bytes(moov[start + 16 : start + 20], "big")
            duration = length / scale if scale else 0.0
        elif kind == "trak":
            handler = ""
            dims = (0, 0)
            for sub, s_start, s_end in _boxes(moov, start, end):
                if sub == "tkhd" and s_end - s_start >= 84:
                    offset = s_start + (88 if moov[s_start] == 1 else 76)
                    if offset + 8 <= s_end:
                        dims = (
                            int.from_bytes(moov[offset : offset + 4], "big") >> 16,
                            int.from_bytes(moov[offset + 4 : offset + 8], "big") >> 16,
                        )
                elif sub == "mdia":
                    for leaf, l_start, l_end in _boxes(moov, s_start, s_end):
                        if leaf == "hdlr" and l_end - l_start >= 12:
                            handler = moov[l_start + 8 : l_start + 12].decode("latin-1")
            if handler == "vide" and not width:
                width, height = dims
            elif handler == "soun":
                has_audio = True
    if width <= 0 or height <= 0:
        raise MediaError("The new-file attribute is a movie without a video track.")
    return VideoFacts(
        width=width, height=height, duration=round(duration, 3), has_audio=has_audio, brand=brand
    )


def store_file(source: Path, folder: Path, extension: str) -> Path:
    """Keeps an uploaded video or attachment under a new name (like :func:`store_master`)."""
    return store_master(source, folder, extension)


def file_md5(path: Path) -> str:
    import hashlib

    digest = hashlib.md5()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def is_atmos_wav(path: Path) -> bool:
    """A WAV with the ADM ``axml`` or ``chna`` chunk: a Dolby Atmos master (ADM BWF)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(12)
        if head[:4] not in (b"RIFF", b"RF64", b"BW64") or head[8:12] != b"WAVE":
            return False
        pos, seen = 12, 0
        while pos + 8 <= size and seen < MAX_CHUNKS:
            handle.seek(pos)
            header = handle.read(8)
            if header[:4] in (b"axml", b"chna"):
                return True
            chunk = int.from_bytes(header[4:8], "little")
            if chunk == 0xFFFFFFFF:
                return False  # an RF64 data chunk sized in ds64: the ADM chunks come before it in practice
            pos += 8 + chunk + (chunk & 1)
            seen += 1
    return False
