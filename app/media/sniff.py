"""What a file is, from its first bytes — never from its name.

Masters arrive renamed by people and tools: an MP3 saved as ``.flac``, a WebP saved as ``.jpg``, a FLAC
with an ID3 tag glued in front. :func:`sniff` looks at the magic numbers (skipping a leading ID3v2 tag)
and says which kind and container the bytes really are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.media import AUDIO_SUFFIXES, IMAGE_SUFFIXES

HEAD_BYTES = 64


@dataclass(frozen=True)
class Sniffed:
    kind: str  # "audio" | "image" | "other"
    format: str | None  # "flac", "wav", "rf64", "aiff", "mp3", "ogg", "mp4", "jpeg", "png", "gif", "webp"...
    id3_prefix: int = 0  # bytes of ID3v2 tag before the real container (FLAC/MP3 with ID3 in front)
    size: int = 0  # file size in bytes
    reason: str | None = None  # when kind is "other": "empty", "text" or "unknown"


def id3v2_size(head: bytes) -> int:
    """Total size of an ID3v2 tag at the start of ``head`` (header + body + footer), 0 when none."""
    if len(head) < 10 or head[:3] != b"ID3" or head[3] == 0xFF or head[4] == 0xFF:
        return 0
    size_bytes = head[6:10]
    if any(b & 0x80 for b in size_bytes):
        return 0
    size = (size_bytes[0] << 21) | (size_bytes[1] << 14) | (size_bytes[2] << 7) | size_bytes[3]
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


def _mpeg_frame_sync(head: bytes) -> bool:
    if len(head) < 4 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version = (head[1] >> 3) & 0x03
    layer = (head[1] >> 1) & 0x03
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 0x03
    return version != 1 and layer != 0 and bitrate != 0x0F and rate != 0x03


def _adts_sync(head: bytes) -> bool:
    return len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0


def sniff_bytes(head: bytes, size: int, id3_prefix: int = 0) -> Sniffed:
    def audio(fmt: str) -> Sniffed:
        return Sniffed("audio", fmt, id3_prefix, size)

    def image(fmt: str) -> Sniffed:
        return Sniffed("image", fmt, 0, size)

    if head.startswith(b"fLaC"):
        return audio("flac")
    if head[:4] in (b"RIFF", b"RIFX") and head[8:12] == b"WAVE":
        return audio("wav")
    if head[:4] == b"RF64" and head[8:12] == b"WAVE":
        return audio("rf64")
    if head[:4] == b"BW64" and head[8:12] == b"WAVE":
        return audio("rf64")
    if head[:16] == b"riff\x2e\x91\xcf\x11\xa5\xd6\x28\xdb\x04\xc1\x00\x00":
        return audio("w64")
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return audio("aiff")
    if head[:4] == b"OggS":
        return audio("ogg")
    if head[:4] == b"caff":
        return audio("caf")
    if head[:4] == b"MAC ":
        return audio("ape")
    if head[:4] == b"wvpk":
        return audio("wavpack")
    if head[:4] == b"DSD ":
        return audio("dsf")
    if head[:4] == b"FRM8":
        return audio("dff")
    if head[:16] == b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c":
        return audio("wma")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"mif1", b"msf1"):
            return image("heic")
        if brand in (b"avif", b"avis"):
            return image("avif")
        return audio("mp4")
    if head[:3] == b"\xff\xd8\xff":
        return image("jpeg")
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return image("png")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return image("gif")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return image("webp")
    if head[:2] == b"BM" and len(head) >= 14:
        return image("bmp")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return image("tiff")
    if head[:4] == b"8BPS":
        return image("psd")
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n" or head[:4] == b"\xff\x4f\xff\x51":
        return image("jpeg2000")
    if head[:4] == b"\x00\x00\x01\x00":
        return image("ico")
    if _mpeg_frame_sync(head):
        return audio("mp3")
    if _adts_sync(head):
        return audio("aac")
    if head[:2] == b"\x0b\x77":
        return audio("ac3")
    if id3_prefix:
        # An ID3 tag followed by something we don't recognise: most likely an MP3 with junk after the tag.
        return audio("mp3")
    if not head:
        return Sniffed("other", None, 0, size, "empty")
    if _looks_like_text(head):
        return Sniffed("other", None, 0, size, "text")
    return Sniffed("other", None, 0, size, "unknown")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sample is still text
        if exc.start < len(head) - 3:
            return False
    return True


def sniff(path: Path) -> Sniffed:
    """Kind and container of ``path`` by content. Raises OSError when the file can't be opened."""
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        fh.seek(0)
        head = fh.read(HEAD_BYTES)
        prefix = id3v2_size(head)
        if prefix:
            # skip the ID3 tag (and any zero padding some writers add after it) to find the real container
            fh.seek(prefix)
            after = fh.read(HEAD_BYTES + 4096)
            stripped = after.lstrip(b"\x00")
            prefix += len(after) - len(stripped)
            return sniff_bytes(stripped[:HEAD_BYTES], size, prefix)
    return sniff_bytes(head, size)


def extension_kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in AUDIO_SUFFIXES:
        return "audio"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return None
