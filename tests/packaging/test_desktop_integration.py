"""The Linux .desktop entry and the drawn icon set in resources/."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in the Desktop Entry spec
    parser.read(ROOT / "resources" / "releasedesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_offers_open_with_for_masters_and_covers(entry):
    assert entry["MimeType"].endswith(";")
    mime_types = set(filter(None, entry["MimeType"].split(";")))
    assert mime_types == {"audio/flac", "audio/x-flac", "audio/wav", "audio/x-wav", "image/jpeg", "image/png"}
    # Files from "Open with" reach the command line: %F passes several local paths.
    assert entry["Exec"].split()[0] == "releasedesk" and "%F" in entry["Exec"].split()


def test_desktop_entry_is_a_valid_application_entry(entry):
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Releasedesk"
    assert entry["Terminal"] == "false"
    categories = set(filter(None, entry["Categories"].split(";")))
    assert "AudioVideo" in categories  # a registered main category, so menus can place it
    assert entry["Icon"] == "releasedesk"  # a theme name, not a path: installed into hicolor
    for key in ("Comment[fr]", "Comment[es]", "Comment[de]", "GenericName[fr]"):
        assert entry[key].strip(), key


def test_icon_exists_at_every_size_as_a_square_rgba_png():
    for size in SIZES:
        with Image.open(ICONS / f"releasedesk-{size}.png") as image:
            assert image.format == "PNG"
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            # Transparent corners (a rounded tile), opaque centre.
            assert image.getpixel((0, 0))[3] < 16
            assert image.getpixel((size // 2, size // 2))[3] == 255


def test_windows_and_macos_icons_hold_every_size_they_need():
    with Image.open(ICONS / "releasedesk.ico") as ico:
        assert {(n, n) for n in (16, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "releasedesk.icns") as icns:
        sizes = {(w, h, scale) for w, h, scale in icns.info["sizes"]}
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 1), (512, 512, 2)} <= sizes


def test_icon_drawing_is_reproducible_from_the_script(make_icon):
    # The shipped PNGs are exactly what packaging/make_icon.py draws (regenerate, never hand-edit).
    from PIL import ImageChops, ImageStat

    for size in (16, 48):
        drawn = make_icon.draw(size)
        with Image.open(ICONS / f"releasedesk-{size}.png") as shipped:
            difference = ImageChops.difference(drawn, shipped.convert("RGBA"))
        # Tolerance for resampling changes between Pillow versions, not for a different drawing.
        assert max(ImageStat.Stat(difference).mean) < 1.0


def test_command_line_takes_the_files_open_with_passes(entry):
    from app.cli import _top_parser

    args = _top_parser().parse_args(["/music/01 Intro.flac", "/music/cover.jpg"])
    assert args.files == ["/music/01 Intro.flac", "/music/cover.jpg"]
    assert _top_parser().parse_args([]).files == []
