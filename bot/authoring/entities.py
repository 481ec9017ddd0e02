"""Rule-based extraction of the facts a quiz needs from one sentence at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.authoring import gazetteer as gz
from bot.authoring.mention import Mention
from bot.authoring.numbers import find_numbers

__all__ = ["Mention", "extract", "link_people"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first ("Niger" after "Nigeria")."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in items)


_COUNTRY_NAMES = [*gz.COUNTRY_BY_NAME, *gz.COUNTRY_ALIASES]
COUNTRY_RE = _alternation(_COUNTRY_NAMES)
DEMONYM_RE = _alternation(gz.DEMONYM_TO_COUNTRY)
CITY_RE = _alternation(gz.CITY_TO_COUNTRY)
TITLE_RE = _alternation(gz.TITLES)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?:['’\-][A-Za-zß-öø-ÿ]+)*[a-zß-öø-ÿ]"
NAME_RE = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}"
_QUAL = rf"(?P<qual>{DEMONYM_RE}|{COUNTRY_RE}|{CITY_RE})"

_COUNTRY = re.compile(rf"\b(?:{COUNTRY_RE})\b(?!-)")
_CITY = re.compile(rf"\b(?:{CITY_RE})\b(?!-)")
_DEMONYM = re.compile(rf"\b(?:{DEMONYM_RE})\b")
_TITLED = re.compile(
    rf"(?:\b{_QUAL}(?:['’]s)?\s+)?\b(?P<title>(?i:{TITLE_RE}))\s*,?\s+(?P<name>{NAME_RE})"
)
_COUNTERPART = re.compile(
    rf"\b(?P<qual>{DEMONYM_RE}|{COUNTRY_RE})(?:['’]s)?\s+counterparts?\s*,?\s+(?P<name>{NAME_RE})"
)
_APPOSITIVE = re.compile(
    rf"(?P<name>{NAME_RE}),\s+(?:the\s+|a\s+)?(?:{_QUAL}(?:['’]s)?\s+)?"
    rf"(?P<title>(?i:{TITLE_RE}))(?:\s+of\s+(?P<of>{COUNTRY_RE}|{CITY_RE}))?\b"
)
# "Kenya's Faith Wanjiru": a person introduced by their country alone.
_NATIONAL = re.compile(rf"\b(?P<qual>{COUNTRY_RE})['’]s\s+(?P<name>{NAME_RE})")
# "Dr Ingrid Halvorsen": a courtesy title names a person without giving a post.
_HONORIFIC = re.compile(rf"\b(?:Dr|Mr|Mrs|Ms)\.?\s+(?P<name>{NAME_RE})")
# "Faith Wanjiru's coach, Peter Mutai, said": a role held for someone named before.
_ROLE_OF = re.compile(
    rf"\b(?:(?P<owner>{NAME_RE}|[A-Z][a-z]+)(?P<s>['’]s)|(?P<pronoun>His|Her|his|her))\s+"
    rf"(?P<role>[a-z]+(?:\s[a-z]+)?),\s+(?P<name>{NAME_RE}),"
)
# A role "held for" a pronoun until link_people names the person it stands for.
PRONOUN_OWNER = "\N{REPLACEMENT CHARACTER}"
_SPEAKER = re.compile(
    rf"\b(?P<name>{NAME_RE})\s+(?:said|says|told|added|noted|announced|explained|stated)\b"
)
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>{'|'.join(gz.MONTHS)})\s+(?:\d{{1,2}},?\s+)?(?P<year>\d{{4}})\b"
)
_MONTH = re.compile(rf"\b(?:{'|'.join(gz.MONTHS)})\b")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(gz.WEEKDAYS)})\b")
_YEAR = re.compile(r"(?<![\d.,$€£])\b(1[5-9]\d\d|20\d\d)\b(?![.,]?\d|\s*%|\s*per\s?cent)")

_ORG = re.compile(
    r"\b(?:(?:[A-Z][\w&'’-]*|of|the|for|and)\s+){0,5}?"
    rf"(?:{'|'.join(gz.ORG_HEADS)})\b(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?"
)
_OWNER_OF = re.compile(rf"^.*\bof\s+(?:the\s+)?(?=(?:{'|'.join(gz.ORG_HEADS)})\b)")
_ORG_LOWER = re.compile(
    r"\b(?:defen[cs]e|foreign|interior|finance|health|energy|justice|education)\s+ministry\b"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_ACRONYMS = frozenset({"US", "UK", "USA", "EU", "I", "II", "III", "IV", "AM", "PM", "OK"})
_QUOTE = re.compile(r"[“\"](?P<body>[^“”\"]{3,300}?)[”\"]")
_THING = re.compile(
    r"\b(?:provide|provides|provided|providing|supply|supplies|supplied|deliver|delivered|"
    r"send|sent|export|exports|exported|import|imports|imported|donate|donated|"
    r"construction\s+of|building\s+of|opening\s+of|opened|unveiled|launched|built)\s+"
    r"(?:(?:a|an|the|free|new|cheap|its|their|more)\s+)*"
    r"(?P<thing>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
)
_THING_STOP = frozenset(
    [
        "to",
        "for",
        "in",
        "on",
        "at",
        "aimed",
        "that",
        "which",
        "and",
        "with",
        "by",
        "from",
        "as",
        "of",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "after",
        "before",
        "since",
        "last",
        "this",
        "next",
    ]
)


def _valid_name(name: str) -> bool:
    words = name.split()
    return all(
        w not in gz.NOT_NAME_WORDS and w not in gz.DEMONYM_TO_COUNTRY for w in words
    ) and not any(w in gz.COUNTRY_BY_NAME or w in gz.CITY_TO_COUNTRY for w in words)


def _country_of(qualifier: str | None) -> str | None:
    if not qualifier:
        return None
    if qualifier in gz.DEMONYM_TO_COUNTRY:
        return gz.DEMONYM_TO_COUNTRY[qualifier]
    return gz.COUNTRY_ALIASES.get(qualifier, qualifier)


def _person(match: re.Match[str], index: int, title: str | None, country: str | None) -> Mention:
    name = match.group("name")
    start = match.start("name")
    return Mention(
        "person", name, name, index, start, start + len(name), title=title, country=country
    )


def find_people(sentence: str, index: int) -> list[Mention]:
    people: dict[str, Mention] = {}
    for match in _TITLED.finditer(sentence):
        if _valid_name(match.group("name")):
            title = match.group("title").lower()
            people[match.group("name")] = _person(
                match, index, title, _country_of(match.group("qual"))
            )
    for match in _APPOSITIVE.finditer(sentence):
        if _valid_name(match.group("name")) and match.group("name") not in people:
            title = match.group("title").lower()
            where = _country_of(match.group("of") or match.group("qual"))
            people[match.group("name")] = _person(match, index, title, where)
    titled = [p for p in people.values() if p.title]
    for match in _COUNTERPART.finditer(sentence):
        if _valid_name(match.group("name")) and match.group("name") not in people:
            # A counterpart holds the same post as the person they meet, in their own country.
            title = titled[0].title if titled else None
            people[match.group("name")] = _person(
                match, index, title, _country_of(match.group("qual"))
            )
    for match in _NATIONAL.finditer(sentence):
        if _valid_name(match.group("name")) and match.group("name") not in people:
            people[match.group("name")] = _person(
                match, index, None, _country_of(match.group("qual"))
            )
    for match in _ROLE_OF.finditer(sentence):
        name, owner = match.group("name"), match.group("owner")
        if _valid_name(name) and name not in people and (owner is None or _valid_name(owner)):
            held = f"{owner}{match.group('s')}" if owner else f"{PRONOUN_OWNER}’s"
            people[name] = _person(match, index, f"{held} {match.group('role')}", None)
    for match in _HONORIFIC.finditer(sentence):
        if _valid_name(match.group("name")) and match.group("name") not in people:
            people[match.group("name")] = _person(match, index, None, None)
    for match in _SPEAKER.finditer(sentence):
        if _valid_name(match.group("name")) and match.group("name") not in people:
            people[match.group("name")] = _person(match, index, None, None)
    return sorted(people.values(), key=lambda m: m.start)


def _simple(kind: str, pattern: re.Pattern[str], sentence: str, index: int) -> list[Mention]:
    found = []
    for match in pattern.finditer(sentence):
        text = match.group(0)
        value = gz.COUNTRY_ALIASES.get(text, text) if kind == "country" else text
        found.append(Mention(kind, value, text, index, match.start(), match.end()))
    return found


def find_places(sentence: str, index: int) -> list[Mention]:
    found = _simple("country", _COUNTRY, sentence, index)
    for match in _DEMONYM.finditer(sentence):
        # "Russian-Burkinabe relations" names both countries without naming them.
        country = gz.DEMONYM_TO_COUNTRY[match.group(0)]
        found.append(Mention("demonym", country, match.group(0), index, match.start(), match.end()))
    for city in _simple("city", _CITY, sentence, index):
        found.append(replace(city, country=gz.CITY_TO_COUNTRY.get(city.value)))
    return found


def find_dates(sentence: str, index: int) -> list[Mention]:
    found = []
    for match in _MONTH_YEAR.finditer(sentence):
        text = match.group(0)
        value = f"{match.group('month')} {match.group('year')}"
        found.append(Mention("date", value, text, index, match.start(), match.end()))
    found += _simple("month", _MONTH, sentence, index)
    found += _simple("weekday", _WEEKDAY, sentence, index)
    for match in _YEAR.finditer(sentence):
        year = match.group(1)
        found.append(
            Mention("year", year, year, index, match.start(1), match.end(1), number=float(year))
        )
    return found


def find_orgs(sentence: str, index: int) -> list[Mention]:
    found = []
    for match in _ORG.finditer(sentence):
        text = re.sub(r"^(?:(?:[Oo]f|[Tt]he|[Ff]or|[Aa]nd)\s+)+", "", match.group(0))
        # "Dr Ingrid Halvorsen of the University of Oslo": the name starts at its head.
        text = _OWNER_OF.sub("", text)
        if text not in gz.ORG_HEADS:
            start = match.end() - len(text)
            found.append(Mention("org", text, text, index, start, match.end()))
    for match in _ORG_LOWER.finditer(sentence):
        found.append(
            Mention("org", match.group(0), match.group(0), index, match.start(), match.end())
        )
    for match in _ACRONYM.finditer(sentence):
        if match.group(0) not in _NOT_ACRONYMS and match.group(0) not in gz.COUNTRY_ALIASES:
            found.append(
                Mention("org", match.group(0), match.group(0), index, match.start(), match.end())
            )
    return found


# "the journal Nature", "the constellation of Orion": a name whose kind the text gives;
# `title` holds that kind, so the question can ask "which journal".
_NAMED = re.compile(
    r"\bthe\s+(?P<noun>journal|magazine|newspaper|constellation|galaxy|planet|province|"
    r"region|river|lake|island|mountain|desert|valley|ship|satellite|mission|telescope|festival|"
    r"tournament|competition|prize|award)\s+(?:of\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})"
)
# "The star, known as V883 Orionis,": what something is called.
_KNOWN_AS = re.compile(
    r"\b(?P<what>[Tt]he\s+[a-z]+),\s+(?:known\s+as|called|named)\s+"
    r"(?P<name>[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}),"
)


def find_named(sentence: str, index: int) -> list[Mention]:
    found = []
    for match in _NAMED.finditer(sentence):
        name = match.group("name")
        if name.split()[0] in gz.NOT_NAME_WORDS:
            continue
        found.append(
            Mention(
                "named", name, match.group(0), index, match.start(), match.end(),
                title=match.group("noun"),
            )
        )  # fmt: skip
    for match in _KNOWN_AS.finditer(sentence):
        start = match.start("name")
        found.append(
            Mention(
                "called", match.group("name"), match.group("name"), index, start,
                match.end("name"), title=match.group("what").lower(),
            )
        )  # fmt: skip
    return found


def find_quotes(sentence: str, index: int) -> list[Mention]:
    found = []
    for match in _QUOTE.finditer(sentence):
        body = match.group("body").strip().rstrip(".,;:")
        if len(body.split()) >= 2:
            start = match.start("body")
            found.append(Mention("quote", body, body, index, start, start + len(body)))
    return found


def find_things(sentence: str, index: int) -> list[Mention]:
    found = []
    for match in _THING.finditer(sentence):
        words = []
        for word in match.group("thing").split():
            if word.lower() in _THING_STOP:
                break
            words.append(word)
        if not words or any(w in gz.COUNTRY_BY_NAME or w in gz.CITY_TO_COUNTRY for w in words):
            continue
        text = " ".join(words)
        start = match.start("thing")
        found.append(
            Mention(
                "thing",
                text.lower() if text.islower() else text,
                text,
                index,
                start,
                start + len(text),
            )
        )
    return found


def extract(sentence: str, index: int) -> list[Mention]:
    """Every mention in one sentence, in order of position."""
    mentions = [
        *find_people(sentence, index),
        *find_places(sentence, index),
        *find_dates(sentence, index),
        *find_numbers(sentence, index),
        *find_orgs(sentence, index),
        *find_quotes(sentence, index),
        *find_named(sentence, index),
        *find_things(sentence, index),
    ]
    return sorted(mentions, key=lambda m: (m.start, m.kind))


def link_people(sentences: list[str], mentions: list[Mention]) -> list[Mention]:
    """Find later mentions of people already introduced ("Shoigu said...").

    A person is introduced once with a title or role; afterwards the article
    names them by full name or surname alone, which no pattern above catches.
    """
    known: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind == "person":
            known.setdefault(mention.value, mention)
    linked = list(mentions)
    for person in known.values():
        names = {person.value, person.value.rsplit(maxsplit=1)[-1]}
        pattern = re.compile(
            r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len)[::-1]) + r")\b"
        )
        for index, sentence in enumerate(sentences):
            taken = [m for m in mentions if m.sentence == index and m.kind == "person"]
            for match in pattern.finditer(sentence):
                if any(m.start <= match.start() < m.end for m in taken):
                    continue
                linked.append(
                    replace(
                        person,
                        text=match.group(0),
                        sentence=index,
                        start=match.start(),
                        end=match.end(),
                    )
                )
    return _name_owners(sorted(linked, key=lambda m: (m.sentence, m.start, m.kind)))


def _name_owners(mentions: list[Mention]) -> list[Mention]:
    """ "Her coach, Peter Mutai": the role is held for the person last named before;
    with nobody named before, the role is dropped."""
    titles: dict[str, str | None] = {}
    last: Mention | None = None
    for mention in mentions:
        if mention.kind != "person":
            continue
        title = mention.title
        if title and PRONOUN_OWNER in title and mention.value not in titles:
            owner = last.value if last is not None and last.value != mention.value else None
            titles[mention.value] = title.replace(PRONOUN_OWNER, owner) if owner else None
        last = mention
    return [
        replace(m, title=titles[m.value]) if m.kind == "person" and m.value in titles else m
        for m in mentions
    ]
