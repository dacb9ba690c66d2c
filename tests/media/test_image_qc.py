"""Cover QC: every image problem code from real files, and good covers that pass clean."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PIL import Image

from app.domain.problems import Severity
from app.media.check import inspect_file
from app.media.image import icc_description, inspect_image
from tests.fixtures.media import MediaFactory


def severities(report, code: str) -> set[Severity]:
    return {p.severity for p in report.problems if p.code == code}


def message(report, code: str) -> str:
    return " ".join(p.message for p in report.problems if p.code == code)


def icc_profile(description: str) -> bytes:
    """A minimal ICC v2 RGB display profile carrying only a 'desc' tag."""
    text = description.encode("ascii") + b"\x00"
    desc = b"desc" + bytes(4) + struct.pack(">I", len(text)) + text + bytes(12 + 67)
    tag_table = struct.pack(">I", 1) + struct.pack(">4sII", b"desc", 128 + 4 + 12, len(desc))
    body = tag_table + desc
    size = 128 + len(body)
    header = struct.pack(">I4sI4s4s4s", size, b"none", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
    header += bytes(12) + b"acsp" + bytes(128 - 40)
    return header[:128] + body


# --------------------------------------------------------------------------------------------- clean


@pytest.mark.parametrize(("name", "save"), [("cover.jpg", {"quality": 92}), ("cover.png", {}),
                                            ("progressive.jpg", {"progressive": True, "quality": 90})])
def test_square_3000px_rgb_cover_passes_clean(media: MediaFactory, name: str, save: dict):
    path = media.image(name, **save)
    report = inspect_file(path)
    assert report.kind == "image"
    assert report.problems == [], report.problems
    props = report.properties
    assert (props["width"], props["height"], props["mode"]) == (3000, 3000, "RGB")
    assert props["format"] in ("jpeg", "png") and props["bytes"] == path.stat().st_size


def test_srgb_profile_is_fine(media: MediaFactory):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    report = inspect_file(media.image("srgb.jpg", icc_profile=srgb))
    assert report.problems == []
    assert "sRGB" in report.properties["icc_profile"]


# -------------------------------------------------------------------------------------- image.unreadable


def test_truncated_jpeg_is_only_caught_by_decoding_and_is_unreadable(media: MediaFactory):
    path = media.image("cut.jpg", quality=95)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    report = inspect_file(path)
    assert report.kind == "image"
    assert report.properties["width"] == 3000  # the header alone looks fine
    assert severities(report, "image.unreadable") == {Severity.ERROR}


@pytest.mark.parametrize("maker", ["empty", "text"])
def test_empty_or_text_file_named_jpg_is_an_unreadable_image(media: MediaFactory, maker: str):
    path = media.empty("cover.jpg") if maker == "empty" else media.text("cover.jpg")
    report = inspect_file(path)
    assert report.kind == "other"
    assert severities(report, "image.unreadable") == {Severity.ERROR}
    assert "cover.jpg" in report.problems[0].message


# ----------------------------------------------------------------------------------------- image.format


@pytest.mark.parametrize(("fmt", "label"), [("WEBP", "WebP"), ("GIF", "GIF"), ("BMP", "BMP")])
def test_other_formats_named_jpg_are_format_errors(media: MediaFactory, fmt: str, label: str):
    path = media.image("cover.jpg", (1500, 1500), format=fmt)
    report = inspect_file(path)
    assert report.kind == "image"
    assert severities(report, "image.format") == {Severity.ERROR}
    assert label in message(report, "image.format")


def test_exif_rotated_jpeg_is_a_warning(media: MediaFactory):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW on display
    report = inspect_file(media.image("rotated.jpg", exif=exif.tobytes()))
    assert severities(report, "image.format") == {Severity.WARNING}
    assert report.properties["exif_orientation"] == 6
    assert report.ok


# -------------------------------------------------------------------------------------- image.too_small


def test_under_1400_px_is_an_error(media: MediaFactory):
    report = inspect_file(media.image("small.jpg", (1000, 1000)))
    assert severities(report, "image.too_small") == {Severity.ERROR}


def test_under_3000_px_is_an_apple_warning(media: MediaFactory):
    report = inspect_file(media.image("medium.jpg", (2000, 2000)))
    assert severities(report, "image.too_small") == {Severity.WARNING}
    assert "Apple" in message(report, "image.too_small")


# -------------------------------------------------------------------------------------- image.too_large


def test_huge_dimensions_are_refused_from_the_header_without_decoding(media: MediaFactory):
    path = media.raw_png("huge.png", 40000, 40000, pixels=False)
    report = inspect_image(path)
    assert severities(report, "image.too_large") == {Severity.ERROR}
    assert report.properties["width"] == 40000
    assert report.properties["mode"] is None  # Pillow never opened it


def test_huge_jpeg_dimensions_are_refused_from_the_header(media: MediaFactory):
    path = media.image("huge.jpg", (100, 100))
    data = bytearray(path.read_bytes())
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 9000, 9000)  # height, width: 81 megapixels
    path.write_bytes(bytes(data))
    report = inspect_image(path)
    assert severities(report, "image.too_large") == {Severity.ERROR}
    assert (report.properties["width"], report.properties["height"]) == (9000, 9000)


def test_file_over_20_mb_is_too_large(media: MediaFactory):
    path = media.image("heavy.jpg")
    with path.open("ab") as fh:
        fh.write(bytes(21 * 1024 * 1024))
    report = inspect_image(path)
    assert severities(report, "image.too_large") == {Severity.ERROR}
    assert "MB" in message(report, "image.too_large")


# ------------------------------------------------------------------------------------- image.not_square


def test_rectangular_cover_is_an_error(media: MediaFactory):
    report = inspect_file(media.image("wide.jpg", (3200, 3000)))
    assert severities(report, "image.not_square") == {Severity.ERROR}
    assert "3000×3000" in message(report, "image.not_square")


# ------------------------------------------------------------------------------------ image.color_mode


@pytest.mark.parametrize(
    ("name", "mode", "word"),
    [("cmyk.jpg", "CMYK", "CMYK"), ("gray.jpg", "L", "grayscale"), ("gray.png", "L", "grayscale"),
     ("bw.png", "1", "grayscale")],
)
def test_cmyk_and_grayscale_are_color_mode_errors(media: MediaFactory, name: str, mode: str, word: str):
    report = inspect_file(media.image(name, mode=mode))
    assert severities(report, "image.color_mode") == {Severity.ERROR}
    assert word in message(report, "image.color_mode")


def test_16_bit_rgb_png_is_a_color_mode_error(media: MediaFactory):
    path = media.raw_png("deep.png", 1500, 1500, bit_depth=16, color_type=2)
    report = inspect_file(path)
    assert severities(report, "image.color_mode") == {Severity.ERROR}
    assert "16 bits" in message(report, "image.color_mode")


def test_16_bit_grayscale_png_is_a_color_mode_error(media: MediaFactory):
    report = inspect_file(media.image("deep-gray.png", (1500, 1500), mode="I;16"))
    assert severities(report, "image.color_mode") == {Severity.ERROR}


def test_palette_png_is_a_color_mode_warning(media: MediaFactory):
    report = inspect_file(media.image("palette.png", mode="P"))
    assert severities(report, "image.color_mode") == {Severity.WARNING}


def test_non_srgb_profile_is_a_warning_naming_the_profile(media: MediaFactory):
    icc = icc_profile("Adobe RGB (1998)")
    assert icc_description(icc) == "Adobe RGB (1998)"
    report = inspect_file(media.image("adobe.jpg", icc_profile=icc))
    assert severities(report, "image.color_mode") == {Severity.WARNING}
    assert "Adobe RGB (1998)" in message(report, "image.color_mode")


# ------------------------------------------------------------------------------------------ image.alpha


def test_transparent_png_is_an_alpha_error(media: MediaFactory):
    path = media.path("transparent.png")
    img = Image.new("RGBA", (3000, 3000), (200, 0, 0, 255))
    img.paste((0, 0, 0, 0), (0, 0, 100, 100))
    img.save(path)
    report = inspect_file(path)
    assert severities(report, "image.alpha") == {Severity.ERROR}


def test_opaque_alpha_channel_is_only_a_warning(media: MediaFactory):
    report = inspect_file(media.image("opaque.png", mode="RGBA"))
    assert severities(report, "image.alpha") == {Severity.WARNING}
    assert report.ok


def test_palette_png_with_a_transparent_entry_is_an_alpha_error(media: MediaFactory):
    path = media.path("ptrans.png")
    img = Image.new("P", (3000, 3000), 1)
    img.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    img.paste(0, (0, 0, 50, 50))
    img.save(path, transparency=0)
    report = inspect_file(path)
    assert severities(report, "image.alpha") == {Severity.ERROR}


def test_unused_transparent_palette_entry_is_not_transparency(media: MediaFactory):
    path = media.path("pclean.png")
    img = Image.new("P", (3000, 3000), 1)
    img.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    img.save(path, transparency=0)
    report = inspect_file(path)
    assert severities(report, "image.alpha") != {Severity.ERROR}


@pytest.mark.parametrize("alphas,used,expected", [
    (b"\xff\x80", 1, Severity.ERROR),  # entry 1 half see-through, and painted
    (b"\xff\x80", 0, Severity.WARNING),  # the same table, only the opaque entry painted
])
def test_palette_alpha_table_counts_only_entries_in_use(media: MediaFactory, alphas: bytes, used: int,
                                                        expected: Severity):
    path = media.path("ptable.png")
    img = Image.new("P", (3000, 3000), 0)
    img.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    img.paste(used, (0, 0, 50, 50))
    img.save(path, transparency=alphas)
    report = inspect_file(path)
    assert severities(report, "image.alpha") == {expected}


def test_report_json_has_the_documented_image_keys(media: MediaFactory, tmp_path: Path):
    doc = inspect_file(media.image("cover.png")).to_json()
    assert {"format", "width", "height", "mode", "bytes"} <= set(doc["properties"])
    assert doc["kind"] == "image" and doc["ok"] is True and doc["problems"] == []


def test_pillows_bomb_guard_stops_huge_images_we_have_no_header_reader_for(media: MediaFactory):
    # a GIF claiming 20000x20000 (400 megapixels): Pillow refuses it at open, before any pixel
    width = height = 20000
    gif = (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + bytes(3) + b"\xff" * 3
           + b"," + bytes(4) + struct.pack("<HH", width, height) + b"\x00\x02\x02\x44\x01\x00;")
    path = media.path("huge.gif")
    path.write_bytes(gif)
    report = inspect_image(path)
    assert severities(report, "image.too_large") == {Severity.ERROR}
    assert severities(report, "image.format") == {Severity.ERROR}
