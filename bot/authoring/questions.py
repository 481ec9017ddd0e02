"""Question builders: each turns the facts of an article into draft questions.

A draft question is a plain dict in the authoring format plus the kind of fact
it asks about (used to balance the draft). Every builder only asks what the
article states, and carries the source sentence as `explain`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from bot.authoring import gazetteer as gz
from bot.authoring.cloze import blank_out, cloze_ask, percentage_ask
from bot.authoring.entities import Mention
from bot.authoring.numbers import in_compound
from bot.engine.models import format_number

TAGS = MappingProxyType(
    {
        "person": "people",
        "country": "places",
        "city": "places",
        "weekday": "dates",
        "month": "dates",
        "date": "dates",
        "year": "dates",
        "number": "numbers",
        "percent": "numbers",
        "org": "organisations",
        "quote": "quotes",
        "thing": "things",
        "named": "things",
        "called": "things",
    }
)
_LABELS = {
    "person": "post and the country",
    "weekday": "day",
    "year": "year",
    "number": "number",
    "percent": "number",
}
MEETING = re.compile(r"\b(?:met|meet|meets|meeting|talks|hosted|received|visited|welcomed)\b")
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "into",
        "about",
        "than",
        "then",
        "been",
        "being",
        "have",
        "has",
        "had",
        "were",
        "was",
        "are",
        "is",
        "will",
        "would",
    ]
)


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str
    subject: str
    sentence: int
    data: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.data["type"])


@dataclass(slots=True)
class Article:
    sentences: list[str]
    mentions: list[Mention]
    first: dict[tuple[str, str], Mention] = field(default_factory=dict)
    # Words capitalised in mid-sentence: names, as opposed to sentence openers.
    names: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for mention in self.mentions:
            self.first.setdefault((mention.kind, mention.value), mention)
        found: set[str] = set()
        for sentence in self.sentences:
            words = sentence.split()[1:]
            found.update(w.strip(",.;:’'\"“”()") for w in words if w[:1].isupper())
        self.names = frozenset(found)

    def values(self, kind: str) -> list[str]:
        return [value for (k, value) in self.first if k == kind]

    def unique(self, kind: str) -> list[Mention]:
        return [m for (k, _), m in self.first.items() if k == kind]

    def in_sentence(self, index: int, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index and m.kind == kind]


def make_question(
    kind: str, qtype: str, mention: Mention, article: Article, **fields: Any
) -> Draft:
    tags = [TAGS.get(kind, "facts")]
    if kind == "person" and mention.title and not held_for_someone(mention):
        tags.append("politics")
    data: dict[str, Any] = {"id": "", "type": qtype, **fields}
    data.setdefault("hint", f"Look closely at the {_LABELS.get(kind, 'details')}.")
    data["explain"] = article.sentences[mention.sentence]
    data["tags"] = tags
    data.setdefault(
        "difficulty", {"choice": "easy", "truefalse": "easy", "number": "hard"}.get(qtype, "medium")
    )
    subject = mention.text if mention.kind in ("number", "percent") else mention.value
    return Draft(kind, subject, mention.sentence, data)


def surname(name: str) -> str:
    return name.rsplit(maxsplit=1)[-1]


def role_of(person: Mention) -> str | None:
    if not person.title:
        return None
    return f"{person.title} of {person.country}" if person.country else person.title


_HELD_FOR = re.compile(r"['’]s\s")  # "Faith Wanjiru's coach": a role held for someone


def the_role(person: Mention) -> str | None:
    """The role as a sentence names it: "the foreign minister of Chile", "Faith
    Wanjiru's coach" (no article before a possessive)."""
    role = role_of(person)
    if role is None:
        return None
    return role if _HELD_FOR.search(role) else f"the {role}"


def held_for_someone(person: Mention) -> bool:
    return bool(person.title and _HELD_FOR.search(person.title))


def _spellings(title: str) -> list[str]:
    swapped = {"defense": "defence", "defence": "defense"}
    words = title.split()
    if words and words[0] in swapped:
        return [" ".join([swapped[words[0]], *words[1:]])]
    return []


def _first_letter_hint(answer: str) -> str:
    words = len(answer.split())
    shape = f"{words} words" if words > 1 else "one word"
    return f"It begins with {answer[0].upper()!s} ({shape})."


def hint_for(mention: Mention) -> str:
    value = mention.value
    if mention.kind == "person":
        return f"The surname begins with {surname(value)[0]}."
    if mention.kind == "country":
        region = gz.region_of(value)
        article = "An" if region and region[0] in "AEIOU" else "A"
        return f"{article} {region} country." if region else _first_letter_hint(value)
    if mention.kind == "city" and mention.country:
        return f"A city in {mention.country}."
    if mention.kind == "year":
        return f"A year in the {value[:3]}0s."
    if mention.kind in ("number", "percent") and mention.number is not None:
        digits = len(format_number(mention.number).split(".")[0])
        return f"A number with {digits} digit{'s' if digits > 1 else ''}."
    return _first_letter_hint(value)


def _accept(mention: Mention) -> list[str]:
    value = mention.value
    if mention.kind == "person":
        return [surname(value)]
    if mention.kind == "country":
        return [a for a, name in gz.COUNTRY_ALIASES.items() if name == value and len(a) > 3]
    if mention.kind == "date":
        month, year = value.split()
        return [f"{month} of {year}"]
    return []


# --- text ------------------------------------------------------------------------------


def text_cloze(article: Article) -> Iterator[Draft]:
    # No weekday: a dateline's day is not a fact worth a question.
    kinds = ("country", "city", "month", "date", "org", "thing", "person")
    for kind in kinds:
        for mention in article.unique(kind):
            sentence = article.sentences[mention.sentence]
            words = [mention.text, *([surname(mention.value)] if kind == "person" else [])]
            ask = cloze_ask(sentence, kind, words)
            if ask:
                fields: dict[str, Any] = {
                    "ask": ask,
                    "answer": mention.value,
                    "hint": hint_for(mention),
                }
                if accept := _accept(mention):
                    fields["accept"] = accept
                yield make_question(kind, "text", mention, article, **fields)


def text_people(article: Article) -> Iterator[Draft]:
    for person in article.unique("person"):
        role = role_of(person)
        if not role and person.country:
            yield make_question(
                "person",
                "text",
                person,
                article,
                ask=f"According to the article, which country is {person.value} from?",
                answer=person.country,
                hint=hint_for(replace(person, kind="country", value=person.country)),
            )
        if not role or not person.title:
            continue
        yield make_question(
            "person",
            "text",
            person,
            article,
            ask=f"According to the article, who is {the_role(person)}?",
            answer=person.value,
            accept=[surname(person.value)],
            hint=hint_for(person),
        )
        if held_for_someone(person):
            continue  # "What post does Peter Mutai hold?" -> "Faith Wanjiru's coach": no
        accept = [role, *_spellings(person.title)] if role != person.title else _spellings(role)
        yield make_question(
            "person",
            "text",
            person,
            article,
            ask=f"What post does {person.value} hold, according to the article?",
            answer=person.title,
            accept=accept,
            hint=f"It begins with {person.title[0].upper()}.",
        )


def text_quotes(article: Article) -> Iterator[Draft]:
    for quote in article.unique("quote"):
        words = [w.strip(".,;:!?’'") for w in quote.value.split()]
        content = [w for w in words if w.lower() not in _STOPWORDS and w.isalpha() and len(w) > 3]
        if not content or not 5 <= len(words) <= 25:
            continue
        missing = max(content, key=len)
        blanked, _ = blank_out(quote.value, [missing])
        yield make_question(
            "quote",
            "text",
            quote,
            article,
            ask=f'Complete the words quoted in the article: "{blanked}"',
            answer=missing,
            hint=f"A word of {len(missing)} letters beginning with {missing[0]}.",
            difficulty="hard",
        )


# --- number and year -----------------------------------------------------------------


def numbers(article: Article) -> Iterator[Draft]:
    for kind in ("percent", "number"):
        for mention in (m for m in article.mentions if m.kind == kind):
            sentence = article.sentences[mention.sentence]
            fields = number_answer(mention)
            if fields is None or in_compound(sentence, mention):
                continue
            ask = None
            if kind == "percent":
                ask = percentage_ask(sentence, mention.start, mention.end, mention.bound)
            if ask is None:
                # A scaled figure is blanked with its scale: "___ tonnes" wants "2.3 million".
                end = mention.end
                scale = mention.value.split()[0] if mention.value else ""
                if scale in SCALES:
                    end = sentence.find(scale, end) + len(scale)
                blanked = sentence[: mention.start] + "___" + sentence[end:]
                ask = cloze_ask(blanked, kind, ["___"])
            if ask is None:
                continue
            yield make_question(kind, "number", mention, article, ask=ask, **fields)


def years(article: Article) -> Iterator[Draft]:
    for mention in article.unique("year"):
        ask = cloze_ask(article.sentences[mention.sentence], "year", [mention.text])
        if ask:
            yield make_question(
                "year",
                "year",
                mention,
                article,
                ask=ask,
                answer=int(mention.value),
                hint=hint_for(mention),
            )


# Units of measure shown beside a figure ("2300000 tonnes"); "12 people" needs none.
UNITS = frozenset(
    [
        *("tonnes", "tons", "kilograms", "kilometres", "kilometers", "metres", "meters"),
        *("miles", "litres", "liters", "dollars", "euros", "pounds", "yen", "degrees"),
        *("hours", "minutes", "seconds", "years", "days", "months", "weeks", "light-years"),
        *("hectares", "acres", "barrels", "megawatts", "gigawatts", "square kilometres"),
        *("square kilometers", "square miles", "square metres"),
    ]
)
SCALES = MappingProxyType({"thousand": 1e3, "million": 1e6, "billion": 1e9})


def number_answer(mention: Mention) -> dict[str, Any] | None:
    """Answer, unit and a truthful hint of a number fact, its scale applied: "4.5
    billion dollars" is answered 4500000000, so "4.5 billion" is judged right."""
    if mention.number is None:
        return None
    if mention.kind == "percent":
        return {"answer": _plain_number(mention.number), "unit": "%", "hint": hint_for(mention)}
    words = mention.value.split()
    scale = words[0] if words and words[0] in SCALES else None
    unit = " ".join(words[1:] if scale else words)
    value = mention.number * SCALES[scale] if scale else mention.number
    fields: dict[str, Any] = {"answer": _plain_number(value)}
    if unit in UNITS:
        fields["unit"] = unit
    if scale:
        fields["hint"] = f"A figure in {scale}s."
    elif not value.is_integer():
        fields["hint"] = "A number with a decimal point."
    else:
        fields["hint"] = hint_for(mention)
    return fields


def _plain_number(value: float) -> int | float:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
