"""Comparatives on a scale: "bigger" says what "larger" does, "smaller" the
opposite. A true/false comparison echoed with either is agreed with or denied."""

from __future__ import annotations


def compared_in(word: str, content: frozenset[str]) -> tuple[str, bool] | None:
    """The comparative among `content` (a statement's words) that `word` says on the
    same scale, and whether it says the opposite ("smaller" to "larger"); None if
    none."""
    for scale, up in _SCALES.get(word, ()):
        for said in content:
            for other_scale, other_up in _SCALES.get(said, ()):
                if other_scale == scale:
                    return said, up != other_up
    return None


def is_comparative(word: str) -> bool:
    return word in _SCALES


def _scales(lines: str) -> dict[str, tuple[tuple[int, bool], ...]]:
    """Each comparative's scales, and whether it goes up each one."""
    found: dict[str, list[tuple[int, bool]]] = {}
    for scale, line in enumerate(lines.strip().splitlines()):
        up, down = line.split("/")
        for words, upward in ((up, True), (down, False)):
            for word in words.split():
                found.setdefault(word, []).append((scale, upward))
    return {word: tuple(scales) for word, scales in found.items()}


# Comparatives on one scale, either way: "bigger" says what "larger" does, and
# "smaller" the opposite.
_SCALES = _scales(
    """
    bigger larger greater huger / smaller littler lesser tinier
    taller higher / shorter lower
    longer / shorter
    faster quicker speedier / slower
    older elder / younger newer
    heavier / lighter
    hotter warmer / colder cooler
    deeper / shallower
    wider broader / narrower
    thicker / thinner
    stronger / weaker
    richer wealthier / poorer
    farther further / closer nearer
    louder / quieter softer
    brighter / dimmer darker
    earlier sooner / later
    harder tougher / easier
    better / worse
    dearer pricier costlier / cheaper
    more greater / less fewer
    """
)
