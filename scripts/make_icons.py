"""Render resources/icons/checkpoint-desk.svg into the PNG, ICO and ICNS files the platforms need.

    python scripts/make_icons.py            # (re)write resources/icons/*.png, .ico, .icns
    python scripts/make_icons.py --check    # exit 1 if any generated file is missing or has the wrong sizes

The SVG is the only source; the outputs are committed so that a build needs neither Qt's SVG renderer nor this
script. Rendering uses PySide6's QtSvg with the offscreen platform (no display needed); Pillow (already installed
with ReportLab) writes the multi-size .ico and .icns, each size rendered from the SVG rather than scaled down.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SOURCE = ICON_DIR / "checkpoint-desk.svg"
NAME = "checkpoint-desk"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor sizes, and what Qt picks from for the window icon
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows: 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS: 1024 is the 512@2x slot


def png_path(size: int) -> Path:
    return ICON_DIR / f"{NAME}-{size}.png"


def outputs() -> list[Path]:
    return [png_path(s) for s in PNG_SIZES] + [ICON_DIR / f"{NAME}.ico", ICON_DIR / f"{NAME}.icns"]


def render(sizes: set[int]):  # -> dict[int, PIL.Image.Image]
    """Each size drawn from the SVG by Qt, returned as Pillow RGBA images."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    images = {}
    for size in sorted(sizes):
        canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        rgba = canvas.convertToFormat(QImage.Format.Format_RGBA8888)
        data = bytes(rgba.constBits())[: rgba.bytesPerLine() * size]
        images[size] = Image.frombuffer(
            "RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1
        ).copy()
    return images


def write_all() -> None:
    images = render(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    for size in PNG_SIZES:
        images[size].save(png_path(size), optimize=True)
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ICON_DIR / f"{NAME}.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico],
    )
    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        ICON_DIR / f"{NAME}.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != largest_icns],
    )
    for path in outputs():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


def check() -> list[str]:
    """What is missing or wrong among the generated files (empty when all is well)."""
    from PIL import Image

    problems = []
    for size in PNG_SIZES:
        path = png_path(size)
        if not path.exists():
            problems.append(f"missing {path.relative_to(ROOT)}")
            continue
        with Image.open(path) as im:
            if im.size != (size, size) or im.mode != "RGBA":
                problems.append(f"{path.name}: {im.size} {im.mode}, expected ({size}, {size}) RGBA")
    ico = ICON_DIR / f"{NAME}.ico"
    if not ico.exists():
        problems.append(f"missing {ico.relative_to(ROOT)}")
    else:
        with Image.open(ico) as im:
            have = {w for (w, _h) in im.info.get("sizes", set())}
            if have != set(ICO_SIZES):
                problems.append(f"{ico.name}: sizes {sorted(have)}, expected {list(ICO_SIZES)}")
    icns = ICON_DIR / f"{NAME}.icns"
    if not icns.exists():
        problems.append(f"missing {icns.relative_to(ROOT)}")
    elif icns.read_bytes()[:4] != b"icns":
        problems.append(f"{icns.name}: not an icns file")
    if outputs() and SOURCE.exists():
        newest_source = SOURCE.stat().st_mtime
        # A stale output is only a warning: git checkouts do not keep modification times.
        if any(p.exists() and p.stat().st_mtime < newest_source for p in outputs()):
            print("make_icons: some outputs are older than the SVG; rerun without --check", file=sys.stderr)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the generated files")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(f"make_icons: {p}", file=sys.stderr)
        return 1 if problems else 0
    write_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
