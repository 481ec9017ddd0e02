"""`all_of` questions: every part named once, in any order, nothing wrong added."""

from __future__ import annotations

from bot.engine.judge.around import Hit, surroundings
from bot.engine.judge.compiled import Matcher, Prepared
from bot.engine.judge.hedging import NONANSWERS
from bot.engine.judge.normalise import drop_leading_article, joined, tokens, words_only
from bot.engine.judge.text import find_hits
from bot.engine.models import AllOfQuestion
from bot.engine.verdict import AcceptReason, Verdict, refusal

_RANK = {"exact": 0, "word_order": 1, "inflection": 2, "typo": 3}


def judge_all_of(question: AllOfQuestion, prepared: Prepared, text: str) -> Verdict:
    matcher = prepared.matcher
    assert matcher is not None  # prepare() always builds one for all_of
    # "Europe/Asia" lists both parts: asked for all of them, a slash adds, it does not
    # offer. Unless a part is written with one ("AC/DC and INXS").
    if "/" in text and not any("/" in t for part in question.answer for t in part):
        text = text.replace("/", ",")
    toks = _shared_words_spelt_out(matcher, tokens(text))
    words = words_only(toks)
    if not words:
        return refusal("empty")
    if joined(drop_leading_article(words)) in NONANSWERS:
        return refusal("nonanswer")
    if len(words) > prepared.max_words:
        return refusal("too_long")
    hits = find_hits(matcher, toks)
    around = surroundings(matcher, toks, hits)
    if around.problem == "negation":
        return refusal("negation")
    if around.offers_choice:
        return refusal("hedge")
    if around.problem is not None:
        return refusal("extra_part")
    shown = question.answer_texts()[0]
    missing = len(question.answer) - len({h.alt.label for h in hits})
    if missing:
        return Verdict(False, close=missing == 1, matched=shown, reason="missing_part")
    return Verdict(True, matched=shown, reason=_worst(hits))


def _worst(hits: list[Hit]) -> AcceptReason:
    kind = max((h.kind for h in hits), key=_RANK.__getitem__)
    return "exact" if kind == "word_order" else kind


_JOINS = frozenset({"and", ",", "&"})


def _shared_words_spelt_out(matcher: Matcher, toks: tuple[str, ...]) -> tuple[str, ...]:
    """ "North and South Korea", "Lakes Superior and Michigan": parts that share their
    last or first word name it once. Spelt out ("North Korea and South Korea") when
    the word with the shared one is a part and alone it is not."""
    if len(toks) < 3 or _JOINS.isdisjoint(toks):
        return toks
    first, last = toks[0], toks[-1]
    spelt: list[str] = []
    for i, tok in enumerate(toks):
        if tok in _JOINS or tok in matcher.by_key:
            spelt.append(tok)
        elif toks[i + 1 : i + 2] and toks[i + 1] in _JOINS and f"{tok} {last}" in matcher.by_key:
            spelt += [tok, last]
        elif i > 0 and toks[i - 1] in _JOINS and f"{first} {tok}" in matcher.by_key:
            spelt += [first, tok]
        else:
            spelt.append(tok)
    return tuple(spelt)
