"""`all_of` questions: every part named once, in any order, nothing wrong added."""

from __future__ import annotations

from bot.engine.judge.around import surroundings
from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import FILLER, NONANSWERS, soft_words
from bot.engine.judge.normalise import drop_leading_article, joined, tokens, words_only
from bot.engine.judge.prepared import Prepared
from bot.engine.judge.second_guess import Hit
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
    toks = _shared_words_spelt_out(matcher, _chat_and(matcher, tokens(text)))
    if toks is None:
        return refusal("extra_part")  # "north, east and south korea"
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


def _chat_and(matcher: Matcher, toks: tuple[str, ...]) -> tuple[str, ...]:
    """ "mercury n venus": chat's "n" between two items is "and", unless a part has it
    ("Guns N' Roses"). So is a "vs" between two sides ("Barça vs Real Madrid"):
    asked for both, a player naming a match names both, and offers no choice."""
    inner = toks[1:-1]
    if _AND_IN_CHAT.isdisjoint(inner):
        return toks
    joins = {w for w in _AND_IN_CHAT if w not in matcher.alt_words}
    last = len(toks) - 1
    return tuple("and" if t in joins and 0 < i < last else t for i, t in enumerate(toks))


_AND_IN_CHAT = frozenset({"n", "vs", "versus", "v"})


def _shared_words_spelt_out(matcher: Matcher, toks: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "North and South Korea", "Lake Superior and Michigan": parts that share their
    last or first word name it once. Spelt out ("North Korea and South Korea") when
    a listed word with the shared one is a part and alone it is not. None when
    another listed word spells no part with it ("North, East and South Korea")."""
    if len(toks) < 3 or _JOINS.isdisjoint(toks):
        return toks
    items = _items(toks)
    if not items:
        return toks  # only joins: ", , ,"
    for shared_at in (-1, 0):  # the last item's last word, or the first item's first
        full = items[shared_at]
        if len(full) < 2:
            continue
        shared = full[shared_at]
        others = items[:-1] if shared_at == -1 else items[1:]
        # "..., definitely": words said around the list are no item of it.
        spelt = [item if _aside(item) else _with(shared, item, shared_at) for item in others]
        if not any(matcher.by_key.get(" ".join(item)) for item in spelt):
            continue
        if any(
            not matcher.by_key.get(" ".join(item))
            and not matcher.by_key.get(" ".join(bare))
            and not _aside(bare)
            for item, bare in zip(spelt, others, strict=True)
        ):
            return None
        joined_items = [*spelt, full] if shared_at == -1 else [full, *spelt]
        return tuple(word for item in _joined(joined_items) for word in item)
    return toks


def _aside(item: tuple[str, ...]) -> bool:
    """Only says how sure: "definitely", "no doubt"."""
    soft = soft_words(item)
    return all(word in FILLER or i in soft for i, word in enumerate(item))


def _items(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The listed items: the runs of words between joins."""
    items: list[tuple[str, ...]] = [()]
    for tok in toks:
        if tok in _JOINS:
            items.append(())
        else:
            items[-1] = (*items[-1], tok)
    return [item for item in items if item]


def _with(shared: str, item: tuple[str, ...], shared_at: int) -> tuple[str, ...]:
    """The item with the shared word where it belongs, unless it has it already."""
    if item[shared_at] == shared:
        return item
    return (*item, shared) if shared_at == -1 else (shared, *item)


def _joined(items: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for item in items:
        out += [item, ("and",)]
    return out[:-1]
