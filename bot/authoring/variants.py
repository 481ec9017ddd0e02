"""Builders for the closed question types: choice, true/false and all_of.

Distractors come from facts of the same kind in the same article first, then
from the built-in lists, so that a wrong option is always plausible.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.authoring import gazetteer as gz
from bot.authoring.cloze import cloze_ask
from bot.authoring.entities import Mention
from bot.authoring.questions import (
    MEETING,
    Article,
    Draft,
    hint_for,
    make_question,
    role_of,
    surname,
    the_role,
)

MAX_CHOICES = 4


def _fallback(mention: Mention) -> list[str]:
    if mention.kind == "country":
        return gz.same_region_countries(mention.value)
    if mention.kind == "city":
        near = gz.same_region_countries(mention.country) if mention.country else []
        return [gz.COUNTRY_BY_NAME[c].capital for c in near if c in gz.COUNTRY_BY_NAME]
    if mention.kind == "month":
        at = gz.MONTHS.index(mention.value)
        return [gz.MONTHS[(at + step) % 12] for step in (1, -1, 2, -2, 3)]
    if mention.kind == "weekday":
        at = gz.WEEKDAYS.index(mention.value)
        return [gz.WEEKDAYS[(at + step) % 7] for step in (1, -1, 2, -2)]
    return []


def distractors(
    article: Article, mention: Mention, sentence: str, count: int, *, outside: bool = False
) -> list[str]:
    """Other values of the same kind, never one that also appears in the sentence; the
    article's own first, or with `outside` those it does not name at all first."""
    named = article.values(mention.kind)
    if mention.kind == "country":
        named += article.values("demonym")  # "Burkinabe" names Burkina Faso too
    if outside:
        candidates = [*(v for v in _fallback(mention) if v not in named), *named]
    else:
        candidates = [*article.values(mention.kind), *_fallback(mention)]
    found: list[str] = []
    for value in candidates:
        folded = {f.casefold() for f in found}
        if value.casefold() in folded or value == mention.value or value in sentence:
            continue
        found.append(value)
        if len(found) == count:
            break
    return found


def _arrange(answer: str, others: list[str], seed: str) -> list[str]:
    """Put the answer at a position that depends on the question, not always first."""
    options = list(others)
    options.insert(sum(map(ord, seed)) % (len(others) + 1), answer)
    return options


def choice_cloze(article: Article) -> Iterator[Draft]:
    for kind in ("country", "city", "month"):
        for mention in article.unique(kind):
            sentence = article.sentences[mention.sentence]
            others = distractors(article, mention, sentence, MAX_CHOICES - 1)
            ask = cloze_ask(sentence, kind, [mention.text], choose=True)
            if ask and others:
                yield make_question(
                    kind,
                    "choice",
                    mention,
                    article,
                    ask=ask,
                    choices=_arrange(mention.value, others, ask),
                    answer=mention.value,
                    hint=hint_for(mention),
                )


def choice_people(article: Article) -> Iterator[Draft]:
    people = article.unique("person")
    for person in people:
        role = role_of(person)
        others = [
            p.value
            for p in people
            if p.value != person.value and role_of(p) != role and p.value not in (role or "")
        ]  # not "Is Faith Wanjiru Faith Wanjiru's coach?"
        if not role or not others:
            continue
        ask = f"Which of these people is {the_role(person)}?"
        yield make_question(
            "person",
            "choice",
            person,
            article,
            ask=ask,
            choices=_arrange(person.value, others[: MAX_CHOICES - 1], ask),
            answer=person.value,
            hint=hint_for(person),
        )


def truefalse_roles(article: Article) -> Iterator[Draft]:
    people = [p for p in article.unique("person") if role_of(p)]
    for person in people:
        role = role_of(person)
        yield make_question(
            "person",
            "truefalse",
            person,
            article,
            ask=f"True or false: {person.value} is {the_role(person)}.",
            answer=True,
        )
        for other in people:
            other_role = role_of(other)
            if other_role and other_role != role:
                false = make_question(
                    "person",
                    "truefalse",
                    person,
                    article,
                    ask=f"True or false: {person.value} is {the_role(other)}.",
                    answer=False,
                )
                false.data["explain"] = (
                    f"False: {person.value} is {the_role(person)}. " + false.data["explain"]
                )
                yield false
                break


def all_of_pairs(article: Article) -> Iterator[Draft]:
    for index, sentence in enumerate(article.sentences):
        people = list({p.value: p for p in article.in_sentence(index, "person")}.values())
        if len(people) >= 2 and MEETING.search(sentence):
            places = [
                c for c in article.in_sentence(index, "city") if sentence[: c.start].endswith("in ")
            ]
            where = f" in {places[0].value}" if places else ""
            yield make_question(
                "person",
                "all_of",
                people[0],
                article,
                ask=f"Name the {len(people[:4])} people who met{where}.",
                answer=[[p.value, surname(p.value)] for p in people[:4]],
                hint="Surnames beginning with "
                + " and ".join(surname(p.value)[0] for p in people[:4])
                + ".",
            )
