"""Draw Releasedesk's icon: a record on a blue tile with a green "ready" check, at every size we ship.

    python packaging/make_icon.py          # writes resources/icons/releasedesk-<size>.png, .ico, .icns

Each size is drawn on its own at 8x and scaled down (Lanczos), with less detail at small sizes (no
grooves below 48 px, a relatively larger check below 32 px) so the 16 px icon stays legible in a
taskbar. Original artwork, no third-party assets: regenerate rather than edit the PNGs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
NAME = "releasedesk"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # the ICO format stops at 256
SUPERSAMPLE = 8

TILE_TOP = (37, 99, 235)  # blue
TILE_BOTTOM = (30, 58, 138)  # deep navy
DISC = (17, 19, 24)
GROOVE = (52, 57, 68)
LABEL = (251, 176, 36)  # amber
CHECK_BADGE = (22, 163, 74)  # green
WHITE = (255, 255, 255)


def _gradient(size: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    column = Image.new("RGBA", (1, size))
    for y in range(size):
        t = y / max(size - 1, 1)
        rgb = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        column.putpixel((0, y), (*rgb, 255))
    return column.resize((size, size))


def draw(size: int) -> Image.Image:
    """The icon at ``size`` x ``size`` pixels, RGBA."""
    s = size * max(1, min(SUPERSAMPLE, 4096 // size))  # 8x, capped so 1024 px stays at 64 MB of RGBA
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))

    # Tile: rounded square with a vertical gradient, a little margin so it sits like other app icons.
    margin = round(s * (0.03 if size <= 32 else 0.06))
    mask = Image.new("L", (s, s), 0)
    corners = (margin, margin, s - margin, s - margin)
    ImageDraw.Draw(mask).rounded_rectangle(corners, radius=round(s * 0.2), fill=255)
    image.paste(_gradient(s, TILE_TOP, TILE_BOTTOM), (0, 0), mask)

    d = ImageDraw.Draw(image)
    cx, cy = s * 0.45, s * 0.47
    r = s * (0.33 if size > 32 else 0.36)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=DISC)
    if size >= 48:
        width = max(round(s * 0.008), 1)
        for k in (0.88, 0.76, 0.64):
            g = r * k
            d.ellipse((cx - g, cy - g, cx + g, cy + g), outline=GROOVE, width=width)
        # A highlight arc: the disc catches light from the top left.
        g = r * 0.94
        d.arc((cx - g, cy - g, cx + g, cy + g), start=200, end=250, fill=(120, 128, 145), width=width * 2)
    label = r * (0.40 if size > 32 else 0.45)
    d.ellipse((cx - label, cy - label, cx + label, cy + label), fill=LABEL)
    hole = r * 0.08
    if size >= 32:
        d.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), fill=DISC)

    # Badge: a green disc with a white check, bottom right, ringed in the tile colour to detach it.
    br = s * (0.17 if size > 32 else 0.22)
    bx, by = s * 0.72, s * 0.72
    ring = br + s * 0.035
    d.ellipse((bx - ring, by - ring, bx + ring, by + ring), fill=TILE_BOTTOM)
    d.ellipse((bx - br, by - br, bx + br, by + br), fill=CHECK_BADGE)
    stroke = max(round(br * 0.28), 1)
    points = [
        (bx - br * 0.48, by + br * 0.02),
        (bx - br * 0.12, by + br * 0.38),
        (bx + br * 0.52, by - br * 0.34),
    ]
    d.line(points, fill=WHITE, width=stroke, joint="curve")
    for px, py in (points[0], points[-1]):  # round caps
        d.ellipse((px - stroke / 2, py - stroke / 2, px + stroke / 2, py + stroke / 2), fill=WHITE)

    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_all(folder: Path = ICON_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    written = []
    for size, image in images.items():
        path = folder / f"{NAME}-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = folder / f"{NAME}.ico"
    images[ICO_SIZES[-1]].save(ico, sizes=[(n, n) for n in ICO_SIZES],
                               append_images=[images[n] for n in ICO_SIZES[:-1]])
    icns = folder / f"{NAME}.icns"  # macOS wants up to 1024 px (512@2x); Pillow picks each size from the list
    draw(1024).save(icns, append_images=[images[n] for n in (16, 32, 64, 128, 256, 512)])
    written += [ico, icns]
    return written


def main() -> int:
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
