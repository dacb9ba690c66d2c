"""What a file is, from its first bytes — never from its name.

Masters arrive renamed by people and tools: an MP3 saved as ``.flac``, a WebP saved as ``.jpg``, a FLAC
with an ID3 tag glued in front. :func:`sniff` looks at the magic numbers (skipping a leading ID3v2 tag)
and says which kind and container the bytes really are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.domain.media import AUDIO_SUFFIXES, IMAGE_SUFFIXES, VIDEO_SUFFIXES

# Brands of ISO base media files that are audio-only by their own declaration.
AUDIO_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})
# First boxes of a QuickTime movie written without an ftyp box (old QuickTime, some cameras).
QT_FIRST_BOXES = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})

HEAD_BYTES = 64  # what the text check looks at
READ_BYTES = 8192  # enough to see a second MPEG audio frame after the first


@dataclass(frozen=True)
class Sniffed:
    kind: str  # "audio" | "image" | "video" | "other"
    format: str | None  # "flac", "wav", "rf64", "aiff", "mp3", "ogg", "mp4", "mov", "jpeg", "png", "gif"...
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


# MPEG audio bitrates (kbit/s) by (MPEG-1?, layer); index 0 is "free format", 15 is invalid.
_MPEG_BITRATES = {
    (True, 3): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 1): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 3): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 1): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame(head: bytes, at: int) -> tuple[int, int] | None:
    """(frame length in bytes, a key that every frame of one stream shares) of the MPEG audio frame
    header at ``head[at]``, or None when there is none (free-format frames are not recognised)."""
    if at + 4 > len(head) or head[at] != 0xFF or (head[at + 1] & 0xE0) != 0xE0:
        return None
    version = (head[at + 1] >> 3) & 0x03
    layer = (head[at + 1] >> 1) & 0x03
    bitrate_index = head[at + 2] >> 4
    rate_index = (head[at + 2] >> 2) & 0x03
    if version == 1 or layer == 0 or bitrate_index in (0, 0x0F) or rate_index == 0x03:
        return None
    mpeg1 = version == 3
    bitrate = _MPEG_BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _MPEG_RATES[version][rate_index]
    padding = (head[at + 2] >> 1) & 0x01
    if layer == 3:  # layer I: 4-byte slots
        length = (12 * bitrate // rate + padding) * 4
    else:
        length = (144 if mpeg1 or layer == 2 else 72) * bitrate // rate + padding
    return length, ((head[at + 1] & 0xFE) << 8) | rate_index


def _mpeg_stream(head: bytes, size: int, prefix: int) -> bool:
    """An MPEG audio frame at the start, followed by a second one exactly where the first ends (or the
    file ends there). One lone sync word is not enough: 0xFFE-0xFFF starts many other files (GD
    images, FLI animations, random data)."""
    first = _mpeg_frame(head, 0)
    if first is None:
        return False
    length, key = first
    if prefix + length >= size:
        return prefix + length == size  # one frame, ending the file
    if length + 4 > len(head):
        return False
    second = _mpeg_frame(head, length)
    return second is not None and second[1] == key


def _adts_stream(head: bytes, size: int, prefix: int) -> bool:
    """An ADTS (AAC) header at the start, and another where its frame length says the next begins."""
    def frame_length(at: int) -> int | None:
        if at + 7 > len(head) or head[at] != 0xFF or (head[at + 1] & 0xF6) != 0xF0:
            return None
        length = ((head[at + 3] & 0x03) << 11) | (head[at + 4] << 3) | (head[at + 5] >> 5)
        return length if length >= 7 else None

    length = frame_length(0)
    if length is None:
        return False
    if prefix + length >= size:
        return prefix + length == size
    return frame_length(length) is not None


# Images Releasedesk never accepts as covers but must recognise as images (so the verdict says "image",
# not "audio", and names the format): magic numbers at the start of the file.
_IMAGE_MAGIC = (
    (b"DDS ", "dds"),
    (b"\x01\xda", "sgi"),
    (b"icns", "icns"),
    (b"qoif", "qoi"),
    (b"\x59\xa6\x6a\x95", "sun raster"),
    (b"\x76\x2f\x31\x01", "openexr"),
    (b"\xff\x0a", "jpeg xl"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "jpeg xl"),
    (b"BLP1", "blp"),
    (b"BLP2", "blp"),
    (b"FTEX", "ftex"),
    (b"\xb1\x68\xde\x3a", "dcx"),
    (b"/* XPM */", "xpm"),
    (b"#?RADIANCE", "radiance hdr"),
    (b"#?RGBE", "radiance hdr"),
    (b"%!PS", "eps"),
    (b"\xc5\xd0\xd3\xc6", "eps"),
    (b"\xd7\xcd\xc6\x9a", "wmf"),
    (b"gd2\x00", "gd"),
    (b"DanM", "msp"),
    (b"LinS", "msp"),
    (b"Image type:", "im"),
)


def _other_image(head: bytes) -> str | None:
    """The format of an image in one of the many formats that are not covers, from its first bytes."""
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return name
    if len(head) >= 3 and head[0:1] == b"P" and head[1:2] in b"1234567fF" and head[2:3] in b" \t\r\n#":
        return "netpbm"
    if len(head) >= 16 and head[4:6] in (b"\x11\xaf", b"\x12\xaf") and head[14:16] in (b"\x00\x00",
                                                                                      b"\x03\x00"):
        return "fli"
    if len(head) >= 3 and head[0] == 0x0A and head[1] in (0, 2, 3, 4, 5) and head[2] == 1:
        return "pcx"
    if head.lstrip()[:7] == b"#define":
        return "xbm"
    if len(head) >= 6 and head[:2] in (b"\xff\xfe", b"\xff\xff"):
        width, height = int.from_bytes(head[2:4], "big"), int.from_bytes(head[4:6], "big")
        if width and height:
            return "gd"
    return None


def sniff_bytes(head: bytes, size: int, id3_prefix: int = 0) -> Sniffed:
    def audio(fmt: str) -> Sniffed:
        return Sniffed("audio", fmt, id3_prefix, size)

    def image(fmt: str) -> Sniffed:
        return Sniffed("image", fmt, 0, size)

    def video(fmt: str) -> Sniffed:
        return Sniffed("video", fmt, 0, size)

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
        if brand in AUDIO_BRANDS:
            return audio("mp4")
        # a video until its tracks say otherwise (sniff() reads them: an M4A written as "isom")
        return video("mov" if brand == b"qt  " else "mp4")
    if looks_like_movie(head):
        return video("mov")
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return video("webm" if b"webm" in head[:64] else "matroska")
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return video("avi")
    if head[:3] == b"FLV" and head[3:4] == b"\x01":
        return video("flv")
    if head[:4] == b"\x06\x0e\x2b\x34":
        return video("mxf")
    if head[:4] == b"\x00\x00\x01\xba":
        return video("mpeg-ps")
    if _transport_stream(head):
        return video("mpeg-ts")
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
    if _mpeg_stream(head, size, id3_prefix):
        layer = (head[1] >> 1) & 0x03
        return audio({3: "mp1", 2: "mp2"}.get(layer, "mp3"))
    if _adts_stream(head, size, id3_prefix):
        return audio("aac")
    if head[:2] == b"\x0b\x77":
        return audio("ac3")
    if id3_prefix:
        # An ID3 tag followed by something we don't recognise: most likely an MP3 with junk after the tag.
        return audio("mp3")
    other_image = _other_image(head)
    if other_image is not None:
        return image(other_image)
    if not head:
        return Sniffed("other", None, 0, size, "empty")
    if _looks_like_text(head[:HEAD_BYTES]):
        return Sniffed("other", None, 0, size, "text")
    return Sniffed("other", None, 0, size, "unknown")


def looks_like_movie(head: bytes) -> bool:
    """Whether ``head`` starts like an ISO base media file or a QuickTime movie."""
    if len(head) < 8:
        return False
    if head[4:8] == b"ftyp":
        return True
    size = int.from_bytes(head[:4], "big")
    return head[4:8] in QT_FIRST_BOXES and (size in (0, 1) or size >= 8)


def _transport_stream(head: bytes) -> bool:
    """MPEG-TS: a sync byte every 188 bytes, as far as ``head`` reaches (at least three packets)."""
    packets = min(len(head) // 188, 16)
    return packets >= 3 and all(head[i * 188] == 0x47 for i in range(packets))


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
        head = fh.read(READ_BYTES)
        prefix = id3v2_size(head)
        if prefix:
            # skip the ID3 tag (and any zero padding some writers add after it) to find the real container
            fh.seek(prefix)
            after = fh.read(READ_BYTES + 4096)
            stripped = after.lstrip(b"\x00")
            prefix += len(after) - len(stripped)
            return sniff_bytes(stripped[:READ_BYTES], size, prefix)
        found = sniff_bytes(head, size)
        if found.kind == "video" and found.format in ("mp4", "mov"):
            return _movie_kind(fh, found, path)
        if found.kind == "other" and found.reason == "unknown":
            if size >= 44:
                fh.seek(size - 26)
                if fh.read(26)[8:] == b"TRUEVISION-XFILE.\x00":
                    return Sniffed("image", "tga", 0, size)
            pillow = _pillow_format(path)
            if pillow is not None:
                return Sniffed("image", pillow, 0, size)
    return found


def _movie_kind(fh: BinaryIO, found: Sniffed, path: Path) -> Sniffed:
    """An MP4/MOV is a video when it has a picture track and audio (an M4A) when it has only sound. A
    file whose tracks can't be read (no movie header: cut short, or broken) stays a video unless its
    name says audio: the bytes can't tell, and its report says it is damaged either way."""
    from app.media.isobmff import read_movie_from  # numpy: only when a movie is met

    try:
        movie = read_movie_from(fh)
    except OSError:
        raise
    except Exception:  # noqa: BLE001 - a broken file: its tracks are unknown
        movie = None
    handlers = {t.handler for t in movie.tracks} if movie is not None else set()
    if "vide" in handlers:
        return found
    if "soun" in handlers or (not handlers and path.suffix.lower() in AUDIO_SUFFIXES):
        return Sniffed("audio", "mp4", 0, found.size)
    return found


def _pillow_format(path: Path) -> str | None:
    """The format Pillow recognises ``path`` as (TGA without a footer, and the rest of its long tail of
    formats), reading headers only; None when it doesn't."""
    try:
        import warnings

        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as img:
                return str(img.format or "unknown").lower()
    except Exception:  # noqa: BLE001 - not an image Pillow knows, or a damaged one: not an image to us
        return None


def extension_kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in AUDIO_SUFFIXES:
        return "audio"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in VIDEO_SUFFIXES:
        return "video"
    return None
