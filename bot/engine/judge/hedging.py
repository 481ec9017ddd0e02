"""What may surround an answer in a message, and what turns it into a hedge.

A message is cut into segments at list words (",", "and", "or", ...). The
segment holding the answer may carry filler ("I think it was", titles such
as "Minister") and at most one unknown word (a first name, say). Any other
segment with content, any "or", a second candidate of the same kind, or a
negation makes the message a hedge, even when the right answer is in it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.judge.vocabulary import word_set

logger = logging.getLogger(__name__)

NONANSWERS = frozenset(
    (
        "answer",
        "clue",
        "dk",
        "dont know",
        "dunno",
        "eh",
        "give up",
        "help",
        "hint",
        "huh",
        "i dont know",
        "i dunno",
        "i give up",
        "i have no idea",
        "idc",
        "idk",
        "im not sure",
        "maybe",
        "next",
        "no",
        "no answer",
        "no clue",
        "no idea",
        "none",
        "not sure",
        "nothing",
        "pass",
        "perhaps",
        "skip",
        "unknown",
        "what",
        "who knows",
    )
)

NEGATIONS = word_set(
    """
    aint arent cannot cant didnt doesnt dont except isnt neither never nope nor not wasnt
    werent without
    """
)
# Words that offer a choice between candidates.
ALTERNATIVES = frozenset({"or", "either", "vs", "versus", "otherwise"})
LIST_WORDS = frozenset({",", "and", "plus", "also", "then"}) | ALTERNATIVES

# Filler a fair quizmaster reads past: "I think it was", "the answer is",
# "Minister Shoigu", "maybe France". "maybe" alone is a non-answer, but with
# exactly one candidate it is a mild doubt, not a hedge, so it is filler.
FILLER = word_set(
    """
    a about absolutely ago ah all an answer answers approximately are around as at back be
    been believe both by called capital capt captain certainly chancellor city clearly col
    colonel commander correct could country course day defence defense definitely did do
    doctor does dr during early easy er erm final for foreign from gen general gov governor
    guess guy guys ha had haha has have he her his hm hmm i id im in into is it its ive just
    king lady late leader lol lord lt man maybe me mid might minister miss mister month mr
    mrs ms must my name named nation obviously of oh ok okay on only our perhaps person
    place please pls president pretty prime prince princess probably prof professor queen
    quite really reckon right roughly said saint say secretary senator sgt she should since
    sir so st state suppose sure surely that thats the their then there theres they think
    this thought to together totally town uh um umm very was we well were what which who
    will with woman would yeah year yep yes you
    """
)


# Next to a name these make it another person: "Napoleon III", "Kennedy Jr".
REGNAL = word_set(
    """
    ii iii iv ix jr junior senior sr v vi vii viii x xi xii xiii xiv xv xvi
    """
)


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens [start, end) the judge recognised."""

    start: int
    end: int
    rival: bool  # True: a known-different answer; False: one of the question's own
    compatible: bool = False  # a rival of another kind ("Russia" after "Moscow,")


@dataclass(frozen=True, slots=True)
class Surroundings:
    problem: str | None  # None, "negation", "hedge", "too_long" or "wrong"
    used_initial: bool
    extra_segments: int  # segments with content but no answer (all_of: extra items)
    offers_choice: bool  # an "or" (or "/", "vs") outside the answers


def inspect(
    toks: Sequence[str],
    spans: Sequence[Span],
    initials: frozenset[str],
    unknown_per_answer: int = 1,
) -> Surroundings:
    covered: dict[int, Span] = {}
    for span in spans:
        for i in range(span.start, span.end):
            covered[i] = span
    negated = _negated(toks, covered)
    if negated:
        return Surroundings("negation", False, 0, False)
    segments = _segments(toks, covered)
    problem: str | None = None
    used_initial = False
    extra = 0
    for segment in segments:
        answers = {id(covered[i]) for i in segment if i in covered and not covered[i].rival}
        rivals = [covered[i] for i in segment if i in covered and covered[i].rival]
        loose = [toks[i] for i in segment if i not in covered and toks[i] not in FILLER]
        initials_here = [w for w in loose if w in initials]
        used_initial = used_initial or bool(initials_here and answers)
        unknown = len(loose) - (len(initials_here) if answers else 0)
        if any(not r.compatible for r in rivals):
            problem = "hedge"
        if answers and any(w in REGNAL for w in loose):
            problem = problem or "wrong"
        if not answers and unknown > 0:
            extra += 1
        elif answers and unknown > unknown_per_answer * len(answers):
            problem = problem or "too_long"
    offers_choice = _offers_choice(toks, covered)
    if offers_choice or (extra and problem is None):
        problem = "hedge"
    return Surroundings(problem, used_initial, extra, offers_choice)


def _negated(toks: Sequence[str], covered: dict[int, Span]) -> bool:
    for i, tok in enumerate(toks):
        if i in covered:
            continue
        if tok in NEGATIONS:
            return True
        # "no France" denies; "no, France" is an answer after a sigh.
        nxt = covered.get(i + 1)
        if tok == "no" and nxt is not None and not nxt.rival:
            return True
    return False


def _offers_choice(toks: Sequence[str], covered: dict[int, Span]) -> bool:
    return any(tok in ALTERNATIVES for i, tok in enumerate(toks) if i not in covered)


def _segments(toks: Sequence[str], covered: dict[int, Span]) -> list[list[int]]:
    segments: list[list[int]] = [[]]
    for i, tok in enumerate(toks):
        if i not in covered and tok in LIST_WORDS:
            segments.append([])
        else:
            segments[-1].append(i)
    return [s for s in segments if s]
