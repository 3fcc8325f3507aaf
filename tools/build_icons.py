"""Render resources/icons/faltapp.svg into the PNG sizes menus and installers use.

    .venv/bin/python tools/build_icons.py

Writes resources/icons/hicolor/<N>x<N>/apps/se.faltapp.Faltapp.png for N in SIZES and
resources/icons/faltapp.ico (Windows, several sizes in one file), with Qt's SVG renderer.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "se.faltapp.Faltapp"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size``×``size`` pixels, transparent around the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "faltapp.svg"))
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(target))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(renderer, 256).save(buffer, "ICO")
    (ICONS / "faltapp.ico").write_bytes(bytes(data))
    print(f"icons written under {ICONS}")
    del app


if __name__ == "__main__":
    main()
