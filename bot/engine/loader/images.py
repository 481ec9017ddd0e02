"""Checks of a set's `image` values that need the file system: the file is there, small
enough, and really an image of an allowed type (decoded, not judged by its name).

The models check only the shape of the value; this runs where the loader reads
the question file, and so knows the folder that relative paths start from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.engine.errors import Problem
from bot.engine.models import check_image_reference, is_image_url

MAX_IMAGE_BYTES = 8 * 1024 * 1024  # Discord takes 10 MiB per upload; leave room
MAX_IMAGE_PIXELS = 40_000_000  # refuses decompression bombs before they are decoded
ALLOWED_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "GIF", "WEBP": "WebP"}

# (question index, message, severity) -> a located Problem
MakeProblem = Callable[[int, str, str], Problem]


def image_problems(
    questions: Any, image_dir: Path | None, make: MakeProblem
) -> tuple[list[Problem], dict[int, str]]:
    """Problems with the images of a set's raw questions, and the checked file of each
    question (by index) whose image is a file.

    Works on the raw data, so that image problems are reported together with every
    other problem of the file in one run. `image_dir` is the folder of the question
    file, or None for a set held only in memory (a Discord upload), which may use
    URLs but no files. Values of the wrong shape are left to the models' message.
    """
    problems: list[Problem] = []
    files: dict[int, str] = {}
    for index, image in _images(questions):
        if is_image_url(image):
            if image.casefold().startswith("http://"):
                message = (
                    "the image URL uses http://, which Discord does not show inside the "
                    "question; it is given as a link (use https:// to show the picture)"
                )
                problems.append(make(index, message, "warning"))
            continue
        if image_dir is None:
            message = (
                f"an uploaded set cannot use the image file {image!r}; "
                "give the picture as an https:// URL"
            )
            problems.append(make(index, message, "error"))
            continue
        path = image_dir / image
        wrong = _outside(path, image_dir, image) or image_file_problem(path, image)
        if wrong is None:
            files[index] = str(path)
        else:
            problems.append(make(index, wrong, "error"))
    return problems, files


def _images(questions: Any) -> Iterator[tuple[int, str]]:
    if not isinstance(questions, list):
        return
    for index, question in enumerate(questions):
        image = question.get("image") if isinstance(question, dict) else None
        if not isinstance(image, str):
            continue
        try:
            yield index, check_image_reference(image)
        except ValueError:
            continue


def _outside(path: Path, folder: Path, shown: str) -> str | None:
    """A path that climbs out of the set's folder (`..`, or a link leading elsewhere):
    a set shows pictures of its own, never other files on the machine."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return f"image file {shown!r} is outside the folder of this question file"
    except OSError as error:
        return f"cannot read image file {shown!r}: {error.strerror or error}"
    return None


def image_file_problem(path: Path, shown: str) -> str | None:
    """What is wrong with the image file at `path` (named `shown`), or None."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return f"image file {shown!r} not found (looked for {path})"
    except OSError as error:
        return f"cannot read image file {shown!r}: {error.strerror or error}"
    if not path.is_file():
        return f"image {shown!r} is not a file"
    if size > MAX_IMAGE_BYTES:
        return f"image file {shown!r} is {size:,} bytes; the limit is {MAX_IMAGE_BYTES:,}"
    return _decode_problem(path, shown)


def _decode_problem(path: Path, shown: str) -> str | None:
    # Imported here: only sets with image files pay for Pillow at load time.
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(path) as opened:
            kind = opened.format or "unknown"
            if kind not in ALLOWED_FORMATS:
                return f"image file {shown!r} is {kind}, not PNG, JPEG, GIF or WebP"
            width, height = opened.size
            if width * height > MAX_IMAGE_PIXELS:
                return f"image file {shown!r} is {width}x{height} pixels; too large to show"
            opened.verify()  # reads the whole file: truncated or corrupt data fails here
    except UnidentifiedImageError:
        return f"image file {shown!r} is not an image Pillow can read (PNG, JPEG, GIF or WebP)"
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        return f"image file {shown!r} is damaged: {error}"
    return None
