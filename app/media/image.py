"""Cover QC: square, big enough, not too big, 8-bit sRGB without transparency — as DSPs demand.

The size is read from the file's header first (our own PNG/JPEG header walk), so a 40,000 px image is
refused without decoding a pixel; Pillow's decompression-bomb guard stays on as a second line. Only then
is the image decoded in full, because a truncated JPEG is only caught by decoding it.
"""

from __future__ import annotations

import logging
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

from app.domain.messages import msg
from app.media.report import MediaReport, display_name, format_name, sniff_for

log = logging.getLogger(__name__)

MIN_EDGE = 1400  # below: every DSP refuses it
APPLE_MIN_EDGE = 3000  # Apple Music's minimum
MAX_PIXELS = 50_000_000
MAX_BYTES = 20 * 1024 * 1024
UPLOAD_FORMATS = ("jpeg", "png")

FORMAT_LABELS = {
    "gif": "a GIF",
    "webp": "a WebP image",
    "bmp": "a BMP image",
    "tiff": "a TIFF image",
    "heic": "a HEIC image",
    "avif": "an AVIF image",
    "psd": "a Photoshop file",
    "jpeg2000": "a JPEG 2000 image",
    "ico": "an icon file",
    "tga": "a TGA image",
    "dds": "a DirectDraw Surface (DDS) image",
    "netpbm": "a Netpbm (PPM/PGM/PBM) image",
    "fli": "an FLI/FLC animation",
    "gd": "a GD image",
    "pcx": "a PCX image",
    "sgi": "an SGI image",
    "qoi": "a QOI image",
    "xbm": "an X bitmap",
    "xpm": "an X pixmap",
    "openexr": "an OpenEXR image",
    "jpeg xl": "a JPEG XL image",
    "eps": "an EPS file",
}

_PNG_COLOR_TYPES = {0: "grayscale", 2: "RGB", 3: "palette", 4: "grayscale+alpha", 6: "RGBA"}


@dataclass
class ImageHeader:
    width: int
    height: int
    bits: int | None = None  # per channel, when the header says
    color: str | None = None  # "RGB", "grayscale", "CMYK", "palette", "RGBA", "grayscale+alpha"
    progressive: bool | None = None


def read_png_header(data: bytes) -> ImageHeader | None:
    if len(data) < 33 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width, height, depth, color_type = struct.unpack(">IIBB", data[16:26])
    return ImageHeader(width, height, depth, _PNG_COLOR_TYPES.get(color_type, f"type {color_type}"))


def read_jpeg_header(fh) -> ImageHeader | None:  # type: ignore[no-untyped-def]
    """Walk JPEG markers to the first SOFn; never reads entropy-coded data."""
    fh.seek(0)
    if fh.read(2) != b"\xff\xd8":
        return None
    for _ in range(10000):
        byte = fh.read(1)
        while byte and byte != b"\xff":
            byte = fh.read(1)
        while byte == b"\xff":
            byte = fh.read(1)
        if not byte:
            return None
        marker = byte[0]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        if marker == 0xD9:
            return None
        raw_len = fh.read(2)
        if len(raw_len) < 2:
            return None
        length = struct.unpack(">H", raw_len)[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            body = fh.read(6)
            if len(body) < 6:
                return None
            precision, height, width, components = struct.unpack(">BHHB", body)
            color = {1: "grayscale", 3: "RGB", 4: "CMYK"}.get(components, f"{components} components")
            return ImageHeader(width, height, precision, color, marker in (0xC2, 0xC6, 0xCA, 0xCE))
        fh.seek(length - 2, 1)
    return None


def inspect_image(path: Path) -> MediaReport:
    """QC of one cover image. Never raises for a bad file."""
    path = Path(path)
    report = MediaReport(path=path, kind="image")
    name = display_name(path)
    sniffed = sniff_for(report, "image")
    if sniffed is None:
        return report
    fmt = sniffed.format or "unknown"
    report.properties["format"] = fmt
    try:
        _inspect(path, fmt, sniffed.size, report)
    except Exception as exc:  # noqa: BLE001 - a hostile file must not stop a batch
        log.info("image check failed for %s", path, exc_info=True)
        report.error("image.unreadable", msg("image.unreadable.decode", file=name, reason=type(exc).__name__))
    return report


def _inspect(path: Path, fmt: str, size: int, report: MediaReport) -> None:
    from PIL import Image

    name = display_name(path)
    props = report.properties
    props.update({"width": None, "height": None, "mode": None})
    if fmt not in UPLOAD_FORMATS:
        label = FORMAT_LABELS.get(fmt, f"a {fmt.upper()} image")
        report.error("image.format", msg("image.format.other", file=name, format=format_name(label)))

    header: ImageHeader | None = None
    with open(path, "rb") as fh:
        if fmt == "png":
            header = read_png_header(fh.read(64))
        elif fmt == "jpeg":
            header = read_jpeg_header(fh)
    if header is not None:
        props["width"], props["height"] = header.width, header.height
        if header.bits is not None:
            props["bits_per_channel"] = header.bits
        if header.progressive is not None:
            props["progressive"] = header.progressive

    if size > MAX_BYTES:
        report.error("image.too_large", msg("image.too_large.bytes", file=name,
                                            megabytes=round(size / 1024 / 1024, 1)))
    if header is not None and header.width * header.height > MAX_PIXELS:
        _size_problems(report, header.width, header.height)
        # too big to decode safely: stop before Pillow allocates gigabytes
        return

    opened = False
    try:
        with warnings.catch_warnings():
            # Pillow's own complaints (corrupt EXIF, odd chunks) would print as noise; what matters we
            # report. The bomb warning becomes an error so nothing huge is ever decoded.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                opened = True
                width, height = img.size
                props["width"], props["height"] = width, height
                props["mode"] = img.mode
                if fmt == "png" and header is not None and header.bits == 16:
                    props["mode"] = f"{img.mode};16"
                if width * height > MAX_PIXELS:
                    _size_problems(report, width, height)
                    return
                # Decode first, and let a decode error escape: reading EXIF (or anything else that
                # decodes) before would swallow the error and leave Pillow with no tiles to decode,
                # so a damaged cover would then "load" without complaint.
                img.load()
                if fmt == "png":
                    _verify_png(path)
                icc = img.info.get("icc_profile")
                exif_orientation = _orientation(img)
                transparency = "transparency" in img.info
                alpha = _alpha_state(img, transparency)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        w, h = props.get("width"), props.get("height")
        if w and h:
            _size_problems(report, int(w), int(h))
        else:
            report.error("image.too_large", msg("image.too_large.unsafe", file=name))
        return
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        if fmt not in UPLOAD_FORMATS and not opened:
            # HEIC, AVIF, PSD... that Pillow can't open: image.format already says what to do; one it
            # opens but can't decode is damaged, whatever its format
            return
        report.error("image.unreadable", msg("image.unreadable.damaged", file=name, reason=_short(exc)))
        return

    _size_problems(report, width, height)
    _mode_problems(report, fmt, header, img.mode, alpha)
    if icc:
        profile = icc_description(icc)
        props["icc_profile"] = profile
        if profile is not None and "srgb" not in profile.lower().replace(" ", "").replace("-", ""):
            report.warning("image.color_mode", msg("image.color_mode.profile", file=name, profile=profile))
    if exif_orientation not in (None, 1):
        props["exif_orientation"] = exif_orientation
        # no code of its own in the stable list of problem codes (docs/MEDIA.md): a header quirk of
        # the file, like audio.wav_format
        report.warning("image.format", msg("image.format.rotated", file=name))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120].rstrip(".")


def _verify_png(path: Path) -> None:
    """Every chunk's CRC and the file's end, which decoding the pixels alone does not check: a PNG cut
    inside its last chunk, or with a damaged chunk after the pixel data, decodes without a word.
    Raises what Pillow raises (SyntaxError, OSError, struct.error) for a damaged file."""
    from PIL import Image

    with Image.open(path) as again:
        again.verify()


def _orientation(img) -> int | None:  # type: ignore[no-untyped-def]
    try:
        value = img.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - a broken EXIF block is not our problem to report
        return None
    return int(value) if isinstance(value, int) else None


def _alpha_state(img, transparency: bool) -> str | None:  # type: ignore[no-untyped-def]
    """None (no alpha), "opaque" (an alpha channel with every pixel opaque) or "transparent"."""
    mode = img.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        extrema = img.getchannel("A").getextrema()
        return "transparent" if extrema[0] < 255 else "opaque"
    if transparency:
        if mode == "P":
            # which palette entries are see-through, and whether any pixel uses one: from the palette
            # and a 256-bin histogram, never a converted RGBA copy (200 MB for a 50-megapixel cover)
            value = img.info.get("transparency")
            if isinstance(value, int):
                alphas = [255] * 256
                if 0 <= value < 256:
                    alphas[value] = 0
            else:
                alphas = list(bytes(value or b"")) + [255] * 256
            used = img.histogram()
            see_through = any(count and alphas[index] < 255 for index, count in enumerate(used[:256]))
            return "transparent" if see_through else "opaque"
        return "transparent"
    return None


def _size_problems(report: MediaReport, width: int, height: int) -> None:
    name = display_name(report.path)
    if width * height > MAX_PIXELS:
        report.error("image.too_large", msg("image.too_large.pixels", file=name, width=width, height=height,
                                            megapixels=round(width * height / 1e6)))
    if width != height:
        report.error("image.not_square", msg("image.not_square", file=name, width=width, height=height,
                                             edge=min(width, height)))
    edge = min(width, height)
    if edge < MIN_EDGE:
        report.error("image.too_small", msg("image.too_small.dsp", file=name, width=width, height=height))
    elif edge < APPLE_MIN_EDGE:
        report.warning("image.too_small", msg("image.too_small.apple", file=name, width=width, height=height))


def _mode_problems(
    report: MediaReport, fmt: str, header: ImageHeader | None, mode: str, alpha: str | None
) -> None:
    name = display_name(report.path)
    bits = header.bits if header is not None else None
    if mode == "CMYK" or (header is not None and header.color == "CMYK"):
        report.error("image.color_mode", msg("image.color_mode.cmyk", file=name))
    elif mode in ("L", "LA", "1", "I", "I;16", "I;16B", "I;16L", "F", "La") or (
        header is not None and header.color in ("grayscale", "grayscale+alpha")
    ):
        report.error("image.color_mode", msg("image.color_mode.grayscale", file=name))
    elif bits is not None and bits > 8:
        report.error("image.color_mode", msg("image.color_mode.deep", file=name, bits=bits))
    elif mode in ("P", "PA"):
        report.warning("image.color_mode", msg("image.color_mode.palette", file=name))
    elif mode not in ("RGB", "RGBA", "RGBX"):
        report.error("image.color_mode", msg("image.color_mode.other", file=name, mode=mode))
    if alpha == "transparent":
        report.error("image.alpha", msg("image.alpha.transparent", file=name))
    elif alpha == "opaque":
        report.warning("image.alpha", msg("image.alpha.opaque", file=name))


def icc_description(icc: bytes) -> str | None:
    """The human name of an ICC profile ('sRGB IEC61966-2.1', 'Adobe RGB (1998)', 'Display P3'...)."""
    try:
        import io

        from PIL import ImageCms

        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        text = ImageCms.getProfileDescription(profile).strip()
        if text:
            return text
    except Exception:  # noqa: BLE001 - fall back to reading the desc tag ourselves
        pass
    return _icc_desc_raw(icc)


def _icc_desc_raw(icc: bytes) -> str | None:
    if len(icc) < 132:
        return None
    count = struct.unpack(">I", icc[128:132])[0]
    for i in range(min(count, 200)):
        at = 132 + 12 * i
        if at + 12 > len(icc):
            break
        sig, offset, size = struct.unpack(">4sII", icc[at : at + 12])
        if sig != b"desc":
            continue
        tag = icc[offset : offset + size]
        if tag[:4] == b"desc" and len(tag) >= 12:
            n = struct.unpack(">I", tag[8:12])[0]
            return tag[12 : 12 + n].split(b"\x00", 1)[0].decode("latin-1").strip() or None
        if tag[:4] == b"mluc" and len(tag) >= 28:
            records = struct.unpack(">I", tag[8:12])[0]
            if records:
                length, off = struct.unpack(">II", tag[20:28])
                return tag[off : off + length].decode("utf-16-be", "replace").strip() or None
    return None
