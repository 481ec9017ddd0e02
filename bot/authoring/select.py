"""Choosing a draft's questions: distinct facts first, spread over the article.

Each fact (a person's identity, a person's post, a year, a figure, a place...)
gets its best question first: a plain question before a true/false, any of them
before a fill-in-the-blank. Then:

- at most two questions per fact, and at most two asking for the same answer
  (a true/false counts by its statement, whether it is the true or false one);
- fill-in-the-blank questions are at most `MAX_CLOZE_SHARE` of the draft;
- with a limit, the most important facts win, and a sentence that already gave
  a question counts against its other facts, so the draft covers the article
  rather than its first lines.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from bot.authoring.cloze import BLANK
from bot.authoring.questions import Draft
from bot.engine.judge.normalise import fold

MAX_CLOZE_SHARE = 0.3
PER_FACT = 2
# Beyond this share of the draft, a question type gives way to the others.
TYPE_SHARE = 0.35
PLAIN_WEIGHT = 10
POST_WEIGHT = 7  # a person's post: after who they are, with the dates and places
PER_ANSWER = 2
# A second question only for facts this important (people, figures, dates).
SECOND_QUESTION_WEIGHT = 7
# How much a sentence's earlier questions count against its other facts.
SENTENCE_PENALTY = 1.0
# The opening sentence (the lede) holds a news story's key facts.
LEDE_BONUS = 2

_KIND_WEIGHT = {
    "person": 10,
    "number": 8,
    "percent": 8,
    "year": 7,
    "date": 7,
    "city": 7,
    "country": 6,
    "org": 6,
    "thing": 5,
    "month": 4,
    "quote": 2,
}
_TYPE_RANK = {"text": 0, "number": 0, "year": 0, "all_of": 1, "choice": 2, "truefalse": 3}


def is_cloze(draft: Draft) -> bool:
    return BLANK in str(draft.data["ask"])


def answer_key(draft: Draft) -> Hashable:
    """What a question asks for. A true/false pair shares its statement's fact."""
    if draft.type == "truefalse":
        return ("statement", draft.kind, fold(draft.subject), draft.sentence)
    answer = draft.data["answer"]
    if isinstance(answer, list):
        return tuple(sorted(fold(str(a[0] if isinstance(a, list) else a)) for a in answer))
    return fold(str(answer))


def fact_key(draft: Draft) -> tuple[str, str, str]:
    """A fact is what it answers: "Kenya" asked as a runner's country or as the
    place in a clause is one fact. A true/false question belongs to the fact it
    states; a person's post is a fact apart from the person."""
    answer = draft.data["answer"]
    if isinstance(answer, list):
        return (draft.kind, fold(draft.subject), "all")
    if draft.type == "truefalse":
        return ("answer", fold(draft.subject), "")
    if draft.kind == "person" and " post " in f" {draft.data['ask']} ":
        return ("person", fold(draft.subject), "post")
    return ("answer", fold(str(answer)), "")


@dataclass(slots=True)
class Fact:
    key: tuple[str, str, str]
    weight: int
    sentence: int
    options: list[Draft] = field(default_factory=list)


def group(candidates: list[Draft]) -> list[Fact]:
    facts: dict[tuple[str, str, str], Fact] = {}
    for draft in candidates:
        key = fact_key(draft)
        fact = facts.get(key)
        if fact is None:
            weight = POST_WEIGHT if key[-1] == "post" else _KIND_WEIGHT.get(draft.kind, 3)
            weight += LEDE_BONUS if draft.sentence == 0 else 0
            fact = facts[key] = Fact(key, weight, draft.sentence)
        fact.options.append(draft)
    for fact in facts.values():
        order = {id(d): n for n, d in enumerate(fact.options)}
        fact.options.sort(key=lambda d: (is_cloze(d), _TYPE_RANK[d.type], order[id(d)]))
    return list(facts.values())


class Picker:
    """The questions chosen so far, and the limits they must keep."""

    def __init__(self) -> None:
        self.chosen: list[tuple[Fact, Draft]] = []
        self.answers: dict[Hashable, int] = {}
        self.per_fact: dict[Hashable, int] = {}
        self.per_sentence: dict[int, int] = {}

    def next_option(self, fact: Fact, *, new_type: bool = False) -> Draft | None:
        taken = [d for f, d in self.chosen if f is fact]
        # The main facts (people) keep their best question; the others give way to variety.
        options = (
            fact.options if fact.weight >= PLAIN_WEIGHT else sorted(fact.options, key=self._variety)
        )
        for draft in options:
            if (
                any(draft is d for d in taken)
                or self.answers.get(answer_key(draft), 0) >= PER_ANSWER
            ):
                continue
            if new_type and any(d.type == draft.type for d in taken):
                continue
            if draft.type == "truefalse" and self._statement_in(draft.sentence):
                continue  # one statement per sentence: they would read alike
            return draft
        return None

    def _statement_in(self, sentence: int) -> bool:
        return any(d.type == "truefalse" and d.sentence == sentence for _, d in self.chosen)

    def _variety(self, draft: Draft) -> tuple[bool, bool]:
        """Plain questions first; among them, a type already over its share waits."""
        used = sum(d.type == draft.type for _, d in self.chosen)
        return is_cloze(draft), used >= max(2, TYPE_SHARE * len(self.chosen))

    def take(self, fact: Fact, draft: Draft) -> None:
        self.chosen.append((fact, draft))
        key = answer_key(draft)
        self.answers[key] = self.answers.get(key, 0) + 1
        self.per_fact[fact.key] = self.per_fact.get(fact.key, 0) + 1
        self.per_sentence[draft.sentence] = self.per_sentence.get(draft.sentence, 0) + 1

    def score(self, fact: Fact) -> float:
        return fact.weight - SENTENCE_PENALTY * self.per_sentence.get(fact.sentence, 0)


def select(candidates: list[Draft], limit: int | None) -> list[Draft]:
    """The draft's questions in article order (see the module's rules)."""
    facts = group(candidates)
    picker = Picker()
    waiting = list(facts)
    while waiting and (limit is None or len(picker.chosen) < limit):
        best = max(waiting, key=lambda f: (picker.score(f), -f.sentence))
        waiting.remove(best)
        draft = picker.next_option(best)
        if draft is not None:
            picker.take(best, draft)
    _second_questions(picker, facts, limit)
    _cap_cloze(picker)
    chosen = [draft for _, draft in picker.chosen]
    chosen.sort(key=lambda d: d.sentence)
    return chosen


def _second_questions(picker: Picker, facts: list[Fact], limit: int | None) -> None:
    covered = [f for f in facts if picker.per_fact.get(f.key)]
    for fact in sorted(covered, key=lambda f: -f.weight):
        if limit is not None and len(picker.chosen) >= limit:
            return
        if limit is None and fact.weight < SECOND_QUESTION_WEIGHT:
            continue
        if picker.per_fact[fact.key] >= PER_FACT:
            continue
        # Asked for a number of questions, fill it; else only a different, plain kind.
        draft = picker.next_option(fact, new_type=limit is None)
        if draft is not None and (limit is not None or not is_cloze(draft)):
            picker.take(fact, draft)


def _cap_cloze(picker: Picker) -> None:
    """Drop the least important fill-in-the-blank questions beyond the share."""
    while True:
        cloze = [(f, d) for f, d in picker.chosen if is_cloze(d)]
        if len(cloze) <= MAX_CLOZE_SHARE * len(picker.chosen):
            return
        fact, draft = min(cloze, key=lambda pair: (pair[0].weight, -pair[1].sentence))
        picker.chosen.remove((fact, draft))
