"""The shared look of every picture: an opaque dark card with light text.

The card carries its own background, so it reads the same in Discord's dark
and light themes; series colours are bright and far apart in hue, so they stay
distinct for most colour-blind readers and on either theme's surroundings.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

Colour = tuple[int, int, int]

WIDTH, HEIGHT = 960, 540
PAD = 28

BACKGROUND: Colour = (30, 33, 41)
PANEL: Colour = (41, 45, 56)
GRID: Colour = (62, 67, 80)
TEXT: Colour = (242, 243, 245)
MUTED: Colour = (170, 177, 190)

POINTS: Colour = (245, 165, 36)  # amber bars
ACCURACY: Colour = (78, 168, 255)  # blue line
MASTERY: Colour = (45, 212, 191)  # teal bars
STREAK: Colour = (255, 112, 67)  # orange numbers
GOLD: Colour = (245, 197, 66)
SILVER: Colour = (192, 199, 209)
BRONZE: Colour = (208, 139, 76)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

# DejaVu covers far more scripts than Pillow's built-in font; use it where installed.
_FACES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=32)
def font(size: int, bold: bool = False) -> Font:
    try:
        return ImageFont.truetype(_FACES[bold], size)
    except OSError:
        return ImageFont.load_default(size)


def new_card() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    return image, ImageDraw.Draw(image)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    # compress_level 1: a flat-colour card compresses well anyway, and level 6
    # (the default) costs several times the drawing itself.
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def fit(text: str, face: Font, width: float) -> str:
    """`text` cut with an ellipsis so it fits `width` pixels."""
    if face.getlength(text) <= width:
        return text
    while text and face.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def panel(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], title: str) -> None:
    draw.rounded_rectangle(box, radius=14, fill=PANEL)
    draw.text((box[0] + 18, box[1] + 14), title, font=font(18, bold=True), fill=TEXT)


def printable(text: str) -> str:
    """Names come from users: drop control characters that would draw as boxes."""
    return "".join(ch for ch in text if ch.isprintable()) or "?"


def fitted_text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    face: Font,
    width: float,
    *,
    fill: Colour = TEXT,
    anchor: str | None = None,
) -> None:
    """Text a user chose (a name, a tag, a title): control characters dropped, cut to fit
    `width` pixels."""
    draw.text(xy, fit(printable(text), face, width), font=face, fill=fill, anchor=anchor)


def centred_note(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], text: str, size: int = 18
) -> None:
    """A muted line in the middle of a panel that has nothing to draw yet."""
    middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    draw.text(middle, text, font=font(size), fill=MUTED, anchor="mm", align="center")
