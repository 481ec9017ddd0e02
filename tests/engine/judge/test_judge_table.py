"""Table-driven checks of every judging rule, accept and reject cases alike."""

from __future__ import annotations

import pytest

from bot.engine import judge
from bot.engine.models import QuestionBase
from tests.engine.judge.cases import (
    ALL_OF,
    CHOICES,
    DISTINCTIVE,
    EMPTY,
    INFLECTIONS,
    NAMES,
    NORMALISATION,
    NUMBERS,
    SENTENCES,
    TRUEFALSE,
    TYPOS,
    YEARS,
    Case,
)
from tests.engine.judge.cases_asides import ASIDE_CASES
from tests.engine.judge.cases_chat import CHAT_CASES
from tests.engine.judge.cases_edges import (
    CHOICE_CHAT,
    CLOSED_KINDS,
    COUNTRY_FEATURES,
    DRAWN_OUT,
    MADE_BY,
    MEASURES,
    ORDINAL_OR_NUMBER,
    OTHER_THINGS,
    OWN_FORMS,
    OWN_QUALIFIER,
    PLACED_AND_DATED,
    PM,
    REVIEWED,
    SCALED_WORDS,
    STATEMENT_CHAT,
    STATEMENT_POLARITY,
    WORKING,
    YEARS_BC,
)
from tests.engine.judge.cases_forms import FORMS_CASES
from tests.engine.judge.cases_guesses import (
    DOUBT,
    NOUNS_OF_A_KIND,
    ONE_GUESS,
    PEOPLE,
    PICKS,
    PLACES_OF_A_KIND,
    QUALIFIERS,
    REGIONS,
    SHARES_AS_VALUES,
    TWO_GUESSES,
    YEAR_SPANS,
)
from tests.engine.judge.cases_kinds import KINDS_CASES
from tests.engine.judge.cases_names import (
    BARE_POSSESSIVE,
    COMPASS_NAMED,
    FOREIGN_ARTICLE,
    KIND_LEFT_OUT,
    LONGER_NAMES,
    MADE_WHERE,
    NAMED_AFTER,
    NAMES_OF_KINDS,
    OWN_SPELLINGS,
    PLACE_INITIALS,
    PLACED_PARTS,
    REVIEWED_NAMES,
    SPELT_ANOTHER_WAY,
    STATE_ASKED,
    TITLES,
    WORD_ON_A_RIVAL,
)
from tests.engine.judge.cases_phrasings import NUMBER_TYPOS, PHRASINGS
from tests.engine.judge.cases_rewording import REWORDING_CASES
from tests.engine.judge.quizsets import ALL_SETS, questions

QUESTIONS: dict[str, QuestionBase] = questions()
ALL_CASES: list[Case] = [
    *NORMALISATION,
    *EMPTY,
    *TYPOS,
    *INFLECTIONS,
    *SENTENCES,
    *NAMES,
    *NUMBERS,
    *YEARS,
    *CHOICES,
    *DISTINCTIVE,
    *TRUEFALSE,
    *ALL_OF,
    *TWO_GUESSES,
    *ONE_GUESS,
    *DOUBT,
    *PEOPLE,
    *PICKS,
    *YEAR_SPANS,
    *SHARES_AS_VALUES,
    *REGIONS,
    *NOUNS_OF_A_KIND,
    *PLACES_OF_A_KIND,
    *QUALIFIERS,
    *PLACED_AND_DATED,
    *MEASURES,
    *STATEMENT_POLARITY,
    *CHOICE_CHAT,
    *YEARS_BC,
    *WORKING,
    *COUNTRY_FEATURES,
    *REVIEWED,
    *OTHER_THINGS,
    *PM,
    *CLOSED_KINDS,
    *OWN_QUALIFIER,
    *ORDINAL_OR_NUMBER,
    *OWN_FORMS,
    *STATEMENT_CHAT,
    *SCALED_WORDS,
    *MADE_BY,
    *NUMBER_TYPOS,
    *PHRASINGS,
    *REWORDING_CASES,
    *CHAT_CASES,
    *ASIDE_CASES,
    *KIND_LEFT_OUT,
    *REVIEWED_NAMES,
    *LONGER_NAMES,
    *PLACED_PARTS,
    *STATE_ASKED,
    *NAMES_OF_KINDS,
    *DRAWN_OUT,
    *FORMS_CASES,
    *KINDS_CASES,
    *BARE_POSSESSIVE,
    *NAMED_AFTER,
    *OWN_SPELLINGS,
    *COMPASS_NAMED,
    *SPELT_ANOTHER_WAY,
    *FOREIGN_ARTICLE,
    *TITLES,
    *MADE_WHERE,
    *WORD_ON_A_RIVAL,
    *PLACE_INITIALS,
]


def _case_id(case: Case) -> str:
    qid, text, expect, _ = case
    return f"{qid}:{text!r}:{expect}"


def test_question_ids_are_unique_across_the_sets() -> None:
    ids = [q["id"] for spec in ALL_SETS for q in spec]
    assert len(set(ids)) == len(ids), sorted({i for i in ids if ids.count(i) > 1})


def test_the_table_is_big_enough() -> None:
    assert len(ALL_CASES) >= 250
    assert len({_case_id(c) for c in ALL_CASES}) == len(ALL_CASES)


@pytest.mark.parametrize("case", ALL_CASES, ids=[_case_id(c) for c in ALL_CASES])
def test_judge(case: Case) -> None:
    qid, text, expect, reason = case
    verdict = judge(QUESTIONS[qid], text)
    assert verdict.correct is (expect == "Y"), verdict
    if expect == "C":
        assert verdict.close, verdict
    if expect == "N":
        assert not verdict.close, verdict
    if reason is not None:
        assert verdict.reason == reason, verdict
    if verdict.correct:
        assert verdict.matched is not None
    if verdict.reason in ("hedge", "two_guesses", "nonanswer", "empty", "negation"):
        assert not verdict.close
