"""Turning a sentence with a fact in it into a question about that fact."""

from __future__ import annotations

import re

BLANK = "___"
_WINDOW_WORDS = 9  # words kept on each side of the first blank: a short clause
MIN_CONTEXT_WORDS = 4

_WH_WORDS = {
    "person": "Who",
    "country": "Which country",
    "city": "Which city",
    "org": "Which organisation",
    "thing": "What",
}
_PLURALS = {
    "person": "people",
    "country": "countries",
    "city": "cities",
    "weekday": "days",
    "month": "months",
}
_PROMPTS = {
    "person": "Who goes in the blank",
    "country": "Which country goes in the blank",
    "city": "Which city goes in the blank",
    "weekday": "Which day of the week goes in the blank",
    "month": "Which month goes in the blank",
    "date": "Which month and year go in the blank",
    "year": "Which year goes in the blank",
    "number": "What number goes in the blank",
    "percent": "What percentage goes in the blank",
    "org": "Which organisation goes in the blank",
    "thing": "What goes in the blank",
}


def _spans_of(sentence: str, words: list[str]) -> list[tuple[int, int]]:
    spans = []
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence):
            spans.append((match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_out(sentence: str, words: list[str]) -> tuple[str, int]:
    """Replace every occurrence of `words` by a blank; returns the text and the blank count."""
    spans = _spans_of(sentence, [w for w in words if w])
    pieces = []
    last = 0
    for start, end in spans:
        pieces.append(sentence[last:start])
        pieces.append(BLANK)
        last = end
    pieces.append(sentence[last:])
    return "".join(pieces), len(spans)


def _window(text: str) -> str:
    """Keep the words around the first blank so long sentences stay readable."""
    words = text.split()
    first = next((i for i, w in enumerate(words) if BLANK in w), 0)
    start = max(0, first - _WINDOW_WORDS)
    end = min(len(words), first + _WINDOW_WORDS + 1)
    clipped = " ".join(words[start:end])
    if start > 0:
        clipped = "…" + clipped
    if end < len(words):
        clipped += "…"
    return clipped


def cloze_ask(sentence: str, kind: str, words: list[str], *, choose: bool = False) -> str | None:
    """A question built from the sentence with the answer blanked out.

    When the answer opens the sentence, the wh-word takes its place ("Who met
    ...?"); otherwise the player fills a blank in the quoted sentence. With
    `choose`, the wording asks to pick one of the options. None when the answer
    does not occur in the sentence.
    """
    blanked, count = blank_out(sentence, words)
    if count == 0 or len(blanked.split()) < MIN_CONTEXT_WORDS:
        return None  # without context around the blank the question is a guess
    wh_word = _WH_WORDS.get(kind)
    if choose and kind in _PLURALS:
        wh_word = f"Which of these {_PLURALS[kind]}"
    if wh_word and count == 1 and blanked.startswith(BLANK):
        rest = blanked[len(BLANK) :].rstrip(" .!;:")
        # Only when the blank is the subject: "___ has promised", "___, a nation";
        # not a modifier as in "___ Mayor Varela" or "___’s rulers".
        if re.match(r"(?:,|\s+[a-z])", rest) and len(rest.split()) <= 40:
            return f"{wh_word}{rest}?"
    prompt = _PROMPTS.get(kind, "What goes in the blank")
    if choose and kind in _PLURALS:
        prompt = f"Which of these {_PLURALS[kind]} goes in the blank"
    if count > 1:
        prompt = prompt.replace("the blank", "the blanks")
    return f'{prompt}? "{_window(blanked)}"'


def percentage_ask(sentence: str, start: int, end: int, bound: str | None) -> str | None:
    """'less than 25% of the population has power' -> 'Less than what percentage of ...?'"""
    tail = re.match(r"\s*(?:%|per\s?cent|percent)\s+(of\s[^,.;:!?]{3,120})", sentence[end:])
    if not tail:
        return None
    lead = f"{bound} what percentage" if bound else "What percentage"
    return f"{lead[0].upper()}{lead[1:]} {tail.group(1).strip()}?"
