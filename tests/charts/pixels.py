"""Reading a rendered PNG back: where the pixels of one exact colour are."""

from __future__ import annotations

import io

from PIL import Image

Colour = tuple[int, int, int]


def open_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.convert("RGB")


def columns_with(
    image: Image.Image, colour: Colour, y: int, x_range: tuple[int, int]
) -> list[tuple[int, int]]:
    """Runs [start, end) of `colour` along row `y`."""
    runs: list[tuple[int, int]] = []
    start = None
    for x in range(*x_range):
        hit = image.getpixel((x, y)) == colour
        if hit and start is None:
            start = x
        if not hit and start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, x_range[1]))
    return runs


def count_in_column(image: Image.Image, colour: Colour, x: int, y_range: tuple[int, int]) -> int:
    return sum(image.getpixel((x, y)) == colour for y in range(*y_range))


def ys_in_column(image: Image.Image, colour: Colour, x: int, y_range: tuple[int, int]) -> list[int]:
    return [y for y in range(*y_range) if image.getpixel((x, y)) == colour]


def count_in_box(image: Image.Image, colour: Colour, box: tuple[int, int, int, int]) -> int:
    region = image.crop(box)
    return sum(n for n, c in region.getcolors(region.width * region.height) or [] if c == colour)
