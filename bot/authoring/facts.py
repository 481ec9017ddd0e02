"""Questions that ask a fact in the article's own clause, without a blank.

"The treaty sets a joint limit of 2.3 million tonnes of anchovy a year" becomes
"According to the article, the treaty sets a joint limit of how many tonnes of
anchovy a year?" (an echo question, as quizmasters write them), and a true or
false pair: the clause as stated, and the clause with the fact swapped for a
plausible one of the same kind (another year, another city, another figure).

Only the clause that holds the fact is kept, so a question stays short; a clause
that cannot stand alone (it starts with "which" or "and", or with a pronoun we
cannot resolve) gives no question here, and the blank builders take over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from bot.authoring import gazetteer as gz
from bot.authoring.cloze import percentage_ask
from bot.authoring.entities import Mention
from bot.authoring.numbers import in_compound
from bot.authoring.questions import Article, Draft, hint_for, make_question, number_answer
from bot.authoring.variants import distractors

MAX_CLAUSE_WORDS = 30
MIN_CLAUSE_WORDS = 3
_BREAK = re.compile(r"[,;:]\s+|\s+[—–]\s+")
_ADVERBIAL = re.compile(
    r"^(?:In|Since|As|After|Before|Under|Over|Following|During|Despite|With|For|At|On|By|"
    r"From|Until|Amid|Along|Among|Across|Without)\b"
)
_RELATIVE = re.compile(r"^(?:who|which|whose|where)\b")
_COORDINATED = re.compile(
    r"^(?:and|but|while)\s+(?!(?:said|says|added|told|is|was|were|has|have|had|will|would|"
    r"can|could|also|then)\b)(?=\w)"
)
# A clause that does not open its sentence must open with its subject.
_SUBJECT_START = re.compile(r"^(?:(?:the|a|an|its|their|both|each)\b|[A-Z])")
# After ", and": a bare plural subject followed by its verb ("boats caught fishing there
# will lose..."): a modal or a finite verb must come within a few words.
_BARE_SUBJECT = re.compile(
    r"^[a-z]+s\b(?:\s+[a-z]+){0,6}?\s+(?:will|would|can|could|must|may|might|are|were|have|had)\b"
)
# A second verb phrase after the fact ("... during 2023 and published its results in
# Nature"): not part of the fact asked, so the question ends before it.
_TRAILING_VERB = re.compile(
    r"\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|said|told|took|won|made|"
    r"went|gave|saw|met|left|ran|came|became|began|found|sold|set|put|kept|held|led|"
    r"is|was|are|were|has|had|have|will)\b.*$"
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|this|these|those|his|her|their|its)\b", re.IGNORECASE)
_PERSONAL = re.compile(r"^(?:He|She)\b")
_POSSESSIVE = re.compile(r"^(?:His|Her)\b")
_PREPOSITION = re.compile(r"(?:\b(?:in|at|to|from|for|by|since|until|on|of|near)\s+)$")


@dataclass(frozen=True, slots=True)
class Clause:
    """The part of a sentence that states one fact, and where the fact sits in it."""

    text: str
    start: int  # of the fact in `text`
    end: int


def clause_of(article: Article, mention: Mention) -> Clause | None:
    """The self-contained clause holding `mention`, or None when there is none."""
    sentence = article.sentences[mention.sentence]
    breaks = list(_BREAK.finditer(sentence))
    cuts = [0, *(m.end() for m in breaks)]
    ends = [m.start() for m in breaks] + [len(sentence)]
    segment = max(i for i, cut in enumerate(cuts) if cut <= mention.start)
    last = next(i for i in range(segment, len(ends)) if ends[i] >= mention.end)
    if _RELATIVE.match(sentence[cuts[segment] :]) and last + 1 < len(ends):
        last += 1  # "X, who joined in 2019, said...": the main verb comes after
    if segment == 0 and _ADVERBIAL.match(sentence) and last + 1 < len(ends):
        last += 1  # "Since taking power in 2022, the junta...": the clause comes after
    # A clause of one or two words ("Norway, a country of..., opened"): read on.
    for end in ends[last:]:
        clause = _clause_ending(article, mention, cuts, segment, end)
        if clause is not None or len(sentence[:end].split()) > MAX_CLAUSE_WORDS:
            return clause
    return None


def _clause_ending(
    article: Article, mention: Mention, cuts: list[int], segment: int, end: int
) -> Clause | None:
    sentence = article.sentences[mention.sentence]
    for start in _starts(sentence, cuts, segment):
        text = sentence[start:end].rstrip(" .!?")
        if len(text.split()) > MAX_CLAUSE_WORDS or _inside_quote(text):
            continue
        if start > 0 and not (_SUBJECT_START.match(text) or _BARE_SUBJECT.match(text)):
            continue  # "which the court settled...", "said she had...": not alone
        resolved = _resolve_pronoun(article, mention, text, start)
        if resolved is None:
            continue
        if _OPEN_ASIDE.search(resolved) and end < len(sentence.rstrip(" .!?")):
            return None  # "Norway, a country of long winters": its verb comes next
        shift = len(resolved) - len(text)
        clause = _without_asides(
            Clause(resolved, mention.start - start + shift, mention.end - start + shift)
        )
        clause = _without_trailing_verb(_relative_stated(clause))
        if len(clause.text.split()) >= MIN_CLAUSE_WORDS and not clause.text.endswith(","):
            return clause
    return None


# "The telescope, which combines 66 antennas ..., can detect ...", with the fact inside
# the relative clause: "The telescope combines 66 antennas ..." states it on its own.
_RELATIVE_FACT = re.compile(
    r"^(?P<head>(?:(?:the|a|an|its|their)\s+|[A-Z])[^,;:“”\"]{0,60}?),\s+(?:which|who)\s+"
    r"(?P<rest>[a-z](?:[^,;:“”\"]|,(?=\d))+),\s+(?:[a-z]+\s+){0,2}[a-z]+\b",
    re.IGNORECASE,
)


def _relative_stated(clause: Clause) -> Clause:
    found = _RELATIVE_FACT.match(clause.text)
    if found is None or not found.start("rest") <= clause.start < clause.end <= found.end("rest"):
        return clause
    shift = found.start("rest") - (found.end("head") + 1)
    text = f"{found['head']} {found['rest']}"
    return Clause(text, clause.start - shift, clause.end - shift)


def _without_trailing_verb(clause: Clause) -> Clause:
    trailing = _TRAILING_VERB.search(clause.text, clause.end)
    if trailing is None:
        return clause
    return Clause(clause.text[: trailing.start()], clause.start, clause.end)


# ", a West African nation plagued by ...," after a name: an aside the fact can do without.
_ASIDE = re.compile(
    r"(?<=[A-Za-z]),\s+(?:a|an|the|who|which|known\s+as|called)\s+[^,“”\"]{3,90},(?=\s+[a-z])"
)


_OPEN_ASIDE = re.compile(r"(?<=[A-Za-z]),\s+(?:a|an|the|who|which)\s+[^,“”\"]{3,90}$")


def _without_asides(clause: Clause) -> Clause:
    text, start, end = clause.text, clause.start, clause.end
    for aside in reversed(list(_ASIDE.finditer(text))):
        if aside.end() <= start:
            cut = aside.end() - aside.start()
            text = text[: aside.start()] + text[aside.end() :]
            start, end = start - cut, end - cut
        elif aside.start() >= end:
            text = text[: aside.start()] + text[aside.end() :]
    return Clause(text, start, end)


def _starts(sentence: str, cuts: list[int], segment: int) -> list[int]:
    """Where the clause may begin: after "and"/"but" in its own segment (shortest),
    then the sentence's start, then earlier segments."""
    starts = []
    own = _COORDINATED.match(sentence[cuts[segment] :])
    if own and segment > 0:
        starts.append(cuts[segment] + own.end())
    return [*starts, 0, *[cuts[i] for i in range(segment, 0, -1)]]


def _inside_quote(text: str) -> bool:
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _resolve_pronoun(article: Article, mention: Mention, text: str, at: int) -> str | None:
    """'She had trained...' names the person meant, the last one met before `at` (where
    the clause starts in the sentence)."""
    if not _PRONOUN.match(text):
        return text
    if not _PERSONAL.match(text) and not _POSSESSIVE.match(text):
        return None
    earlier = next(
        (
            m
            for m in reversed(article.mentions)
            if m.kind == "person" and (m.sentence, m.start) < (mention.sentence, at)
        ),
        None,
    )
    if earlier is None:
        return None
    rest = text[len(text.split(maxsplit=1)[0]) :]
    return f"{earlier.value}’s{rest}" if _POSSESSIVE.match(text) else earlier.value + rest


# First words of country, city and people-of-a-country names ("Chilean", "New").
PROPER_WORDS = frozenset(
    name.split()[0]
    for name in (
        *gz.COUNTRY_BY_NAME,
        *gz.COUNTRY_ALIASES,
        *gz.DEMONYM_TO_COUNTRY,
        *gz.CITY_TO_COUNTRY,
    )
)
_OPENERS = frozenset(["The", "A", "An", "This", "These", "That", "Those", "Its", "Their"])


def opening(article: Article, text: str) -> str:
    """The clause as it reads after "According to the article, ": a name keeps its
    capital ("Chilean", "Peru"), any other first word loses it ("the", "relations")."""
    first = re.sub(r"['’]s$", "", text.split(maxsplit=1)[0].strip(",.;:’'\"“”()"))
    if first not in _OPENERS and (first in article.names or first in PROPER_WORDS):
        return text
    return text[0].lower() + text[1:]


# --- the wh-phrase that takes the fact's place ------------------------------------------


def wh_phrase(mention: Mention, before: str) -> str | None:
    """What replaces the fact in the clause, or None when the kind cannot be asked so."""
    kind = mention.kind
    if kind == "year":
        return "which year"
    if kind == "date":
        return "which month and year"
    if kind == "month":
        return "which month" if re.search(r"\bin\s+$", before) else None
    if kind == "percent":
        return "what percentage"
    if kind == "number":
        unit = mention.value.split()
        if not unit:
            return None
        scale = unit[0] if unit[0] in ("thousand", "million", "billion") else None
        noun = " ".join(unit[1:] if scale else unit)
        return f"how many {noun}"
    if kind in ("city", "country"):
        # A place after a preposition ("in Lima"); a possessive or an adjective is not.
        return f"which {kind}" if _PREPOSITION.search(before) else None
    if kind == "org":
        return "which organisation" if _PREPOSITION.search(before) else None
    if kind == "named" and mention.title:
        return f"which {mention.title}"
    return None


def fact_span(mention: Mention, clause: Clause) -> tuple[int, int]:
    """The fact's span in the clause, widened over its unit or scale for numbers."""
    start, end = clause.start, clause.end
    if mention.kind == "number" and mention.value:
        # "2.3 million tonnes": the unit goes into "how many tonnes".
        rest = clause.text[end:]
        unit_at = rest.find(mention.value.split()[-1])
        if unit_at >= 0:
            end += unit_at + len(mention.value.split()[-1])
    elif mention.kind == "percent":
        tail = re.match(r"\s*(?:%|per\s?cent|percent)", clause.text[end:])
        if tail:
            end += tail.end()
    bound = mention.bound
    if bound and clause.text[:start].lower().rstrip().endswith(bound):
        start = clause.text[:start].lower().rstrip().rfind(bound)
        return start, end
    return start, end


_SUBJECT_WH = {"person": "Who", "country": "Which country", "city": "Which city"}
_SUBJECT_WH["org"] = "Which organisation"
_OWNER = re.compile(r"^[A-Z][\w ]*['’]s\s+$")  # "Kenya's " before a name


def subject_ask(mention: Mention, clause: Clause) -> str | None:
    """'Ecuador has said it may join' -> 'Which country has said it may join?'"""
    before = clause.text[: clause.start]
    rest = clause.text[clause.end :]
    if mention.kind not in _SUBJECT_WH or (before and not _OWNER.match(before)):
        return None
    if not re.match(r"\s+[a-z]", rest) or re.match(r"\s+(?:and|or|of)\b", rest):
        return None
    return f"{_SUBJECT_WH[mention.kind]}{rest}?"


_WHO_CLAUSE = re.compile(r",\s+who\s+(?P<rest>[a-z][^,.;:“”\"]+)")
# "a team led by Dr Ingrid Halvorsen": who led the team.
_LED_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<what>[a-z]+)\s+(?P<verb>led|headed|chaired|coached|founded|run)"
    r"\s+by\s+(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?$"
)


def who_relative(article: Article, mention: Mention) -> str | None:
    """'... ahead of Amane Gobena, who took silver.' -> 'Who took silver?';
    'a team led by Dr Ingrid Halvorsen' -> 'who led the team?'"""
    sentence = article.sentences[mention.sentence]
    led = _LED_BY.search(sentence[: mention.start])
    if led is not None:
        return f"According to the article, who {led['verb']} the {led['what']}?"
    found = _WHO_CLAUSE.match(sentence, mention.end)
    if not found or len(found["rest"].split()) < 2:
        return None
    return f"According to the article, who {found['rest'].strip()}?"


def echo_ask(article: Article, mention: Mention) -> str | None:
    clause = clause_of(article, mention)
    if clause is None:
        return None
    if mention.kind in _SUBJECT_WH and (asked := subject_ask(mention, clause)):
        return asked
    start, end = fact_span(mention, clause)
    phrase = wh_phrase(mention, clause.text[:start])
    if phrase is None:
        return None
    if mention.bound and mention.kind in ("number", "percent"):
        phrase = f"{mention.bound} {phrase}"
    asked = clause.text[:start] + phrase + clause.text[end:]
    if asked.startswith(phrase):  # the fact opens the clause: "Which year ...?"
        return asked[0].upper() + asked[1:] + "?"
    return f"According to the article, {opening(article, _adverbial_last(asked, phrase))}?"


def _adverbial_last(asked: str, phrase: str) -> str:
    """'In which month, Portugal and Spain agreed...' reads as 'Portugal and Spain
    agreed ... in which month': the asked phrase goes to the end, as a question's would."""
    first_break = _BREAK.search(asked)
    if not first_break or not _ADVERBIAL.match(asked) or phrase not in asked[: first_break.start()]:
        return asked
    lead, main = asked[: first_break.start()], asked[first_break.end() :]
    if not _SUBJECT_START.match(main):
        return asked
    return f"{main} {lead[0].lower()}{lead[1:]}"


# --- builders -----------------------------------------------------------------------------

ECHO_KINDS = ("year", "date", "month", "percent", "number", "city", "country", "org", "named")
# Kinds a true/false question can falsify plausibly (another journal's name is no fact).
SWAP_KINDS = tuple(k for k in ECHO_KINDS if k != "named")


def _hidden(article: Article, mention: Mention) -> bool:
    """A part of a larger fact: "21 minutes" of a finishing time, "September" of
    "September 2022"."""
    if in_compound(article.sentences[mention.sentence], mention):
        return True
    return mention.kind in ("month", "year") and any(
        m.kind == "date" and m.sentence == mention.sentence and m.start <= mention.start < m.end
        for m in article.mentions
    )


def called_questions(article: Article) -> Iterator[Draft]:
    """'The star, known as V883 Orionis, ...' -> 'What is the star called?'"""
    for mention in article.unique("called"):
        ask = f"According to the article, what is {mention.title} called?"
        yield make_question(
            "called", "text", mention, article,
            ask=ask, answer=mention.value, hint=hint_for(mention),
        )  # fmt: skip


def echo_questions(article: Article) -> Iterator[Draft]:
    """One echo question per fact: number and year types where the fact is one."""
    for mention in article.mentions:
        if mention.kind == "person" and mention is article.first.get(("person", mention.value)):
            ask = who_relative(article, mention) or echo_ask(article, mention)
            if ask is not None:
                surname = mention.value.rsplit(maxsplit=1)[-1]
                hint = hint_for(mention)
                yield make_question(
                    "person", "text", mention, article,
                    ask=ask, answer=mention.value, accept=[surname], hint=hint,
                )  # fmt: skip
            continue
        if mention.kind not in ECHO_KINDS or _hidden(article, mention):
            continue
        ask = None
        if mention.kind == "percent":  # "Less than what percentage of the population..."
            sentence = article.sentences[mention.sentence]
            ask = percentage_ask(sentence, mention.start, mention.end, mention.bound)
        ask = ask or echo_ask(article, mention)
        if ask is None:
            continue
        if mention.kind == "year":
            hint = hint_for(mention)
            yield make_question(
                "year", "year", mention, article, ask=ask, answer=int(mention.value), hint=hint
            )
        elif mention.kind in ("number", "percent"):
            answer = number_answer(mention)
            if answer is not None:
                yield make_question(mention.kind, "number", mention, article, ask=ask, **answer)
        else:
            fields: dict[str, Any] = {
                "ask": ask,
                "answer": mention.value,
                "hint": hint_for(mention),
            }
            if mention.kind == "date":
                month, year = mention.value.split()
                fields["accept"] = [f"{month} of {year}"]
            yield make_question(mention.kind, "text", mention, article, **fields)


def statements(article: Article) -> Iterator[Draft]:
    """True/false from a real clause, and the same clause with the fact swapped."""
    for mention in article.mentions:
        if mention.kind not in SWAP_KINDS or _hidden(article, mention):
            continue
        clause = clause_of(article, mention)
        if clause is None:
            continue
        swapped = swap(article, mention)
        if swapped is None:
            continue
        stated = clause.text
        changed = stated[: clause.start] + swapped + stated[clause.end :]
        honest = _truefalse(article, mention, stated, True)
        false = _truefalse(article, mention, changed, False)
        false.data["explain"] = (
            f"False: the article says {mention.text}, not {swapped}. " + false.data["explain"]
        )
        # The first one is the one a draft uses: alternate, so "true" is not always right.
        pair = (honest, false) if (mention.sentence + mention.start) % 2 else (false, honest)
        yield from pair


def _truefalse(article: Article, mention: Mention, statement: str, answer: bool) -> Draft:
    ask = f"True or false: according to the article, {opening(article, statement)}."
    draft = make_question(mention.kind, "truefalse", mention, article, ask=ask, answer=answer)
    figure = number_answer(mention) if mention.kind in ("number", "percent") else None
    # Filed under the figure it states, as the number question on it is.
    return replace(draft, subject=str(figure["answer"])) if figure else draft


def swap(article: Article, mention: Mention) -> str | None:
    """A plausible wrong value of the same kind, written as the article writes it."""
    if mention.kind == "year":
        return str(int(mention.value) + (-2 if int(mention.value) % 2 else 3))
    if mention.kind in ("number", "percent") and mention.number is not None:
        return _other_figure(mention.text, mention.number)
    # Another place the article names is tied up with it ("the junta distanced itself
    # from Burkina Faso", of Burkina Faso's own junta): a neighbour it does not name first.
    others = distractors(article, mention, article.sentences[mention.sentence], 1, outside=True)
    return others[0] if others else None


def _other_figure(text: str, value: float) -> str | None:
    """Half again, or a little less for small counts, in the article's own style."""
    if text.isalpha():
        return None  # "twelve": a word, swapped clumsily; leave it to the other questions
    changed = value * 1.5 if value >= 4 else value + 2
    if changed.is_integer() or value >= 10:
        rounded = round(changed)
        return f"{rounded:,}" if "," in text else str(rounded)
    return f"{changed:.1f}"
