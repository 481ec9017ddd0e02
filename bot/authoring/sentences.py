"""Cleaning an article's text and cutting it into sentences."""

from __future__ import annotations

import re
import unicodedata

# Bounds on the work done for one article: a draft only needs the first few
# hundred sentences, and a hostile or accidental 1 MB upload must stay cheap.
MAX_CHARS = 60_000
MAX_SENTENCES = 400
MAX_SENTENCE_CHARS = 1_000

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "Prof", "No", "vs")
_ABBREV_GUARD = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
_BOUNDARY = re.compile(
    rf"(?<=[.!?])(?<!\b[A-Z]\.){_ABBREV_GUARD}[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Þ])"
)
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def _keep(char: str) -> bool:
    category = unicodedata.category(char)
    if char in "\n\t":
        return True
    # Controls, lone surrogates, private-use and unassigned code points cannot
    # be carried safely into YAML or shown to players.
    return category not in ("Cc", "Cs", "Co", "Cn", "Cf")


def clean_text(text: str) -> str:
    """Normalise Unicode, drop unprintable characters, collapse spaces."""
    text = text[:MAX_CHARS]
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if _keep(ch))
    return _SPACES.sub(" ", text.replace("\t", " "))


def split_sentences(text: str) -> list[str]:
    """Split cleaned text into sentences: at line breaks and at end punctuation."""
    sentences: list[str] = []
    for line in text.split("\n"):
        paragraph = line.strip()
        if not paragraph:
            continue
        for part in _BOUNDARY.split(paragraph):
            piece = part.strip()
            if piece and any(ch.isalnum() for ch in piece):
                sentences.append(piece[:MAX_SENTENCE_CHARS])
            if len(sentences) >= MAX_SENTENCES:
                return sentences
    return sentences
