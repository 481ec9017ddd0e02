"""Real image files for the tests, drawn with Pillow."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

RED = (220, 30, 30)


def image_bytes(kind: str, size: tuple[int, int] = (40, 30), colour=RED) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


def write_image(path: Path, kind: str = "PNG", **options) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(image_bytes(kind, **options))
    return path
