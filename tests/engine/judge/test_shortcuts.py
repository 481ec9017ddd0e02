"""The judge's shortcuts past the exact table give exactly the full path's verdicts.

Three shortcuts skip the search for an answer inside a message: another answer
of the set typed as written (`another_answer`), a message none of whose words is
near an answer word (`Matcher.may_spell_answer`), and the answer as written after
filler ("I think Paris", `after_lead_in`). Each is checked here against the same
code with `shortcuts=False`, on messages built to sit on their edges: answers of
the same set and of others, typos, squashed and inflected forms, lead-ins mixed
with denials, choices and list words.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.judge import judge, judge_text, prepare
from bot.engine.judge.compiled import Matcher
from bot.engine.judge.hedging import NONANSWERS, without_question_tag
from bot.engine.judge.normalise import chat_marks_off, tokens
from bot.engine.judge.prepared import Prepared
from bot.engine.judge.shortcuts import after_lead_in, another_answer, nonanswer
from bot.engine.judge.text import judge_matcher
from bot.engine.judge.words import may_be_typed_for
from bot.engine.models import ChoiceQuestion, QuestionBase, TextQuestion
from tests.engine.judge.quizsets import make_set, questions
from tests.engine.judge.test_fast_paths import ODD

# Answers made of filler, or that begin a longer answer after a filler word.
EDGE = make_set(
    [
        {"id": "name", "ask": "Which girl's name means light?", "answer": "Lucia"},
        {"id": "isle", "ask": "Which island nation has the Pitons?", "answer": "Saint Lucia"},
        {"id": "band", "ask": "Which band sang My Generation?", "answer": "The Who"},
        {"id": "post", "ask": "What is the head of a cabinet called?", "answer": "Prime Minister"},
        {"id": "box", "ask": "What do you put things in?", "answer": "box", "accept": ["city"]},
        {"id": "void", "ask": "What is left when all is taken?", "answer": "Nothing"},
        {"id": "nine", "ask": "How many planets were there once?", "answer": "nine"},
    ]
)
QUESTIONS = [*questions().values(), *ODD.questions, *EDGE.questions]
TEXT = [q for q in QUESTIONS if isinstance(q, TextQuestion)]
MATCHED = [q for q in QUESTIONS if isinstance(q, TextQuestion | ChoiceQuestion)]
SPELLINGS = sorted({t for q in QUESTIONS for t in q.answer_texts()})
# Words that lead into an answer, and words that change what follows them.
LEAD = ["i", "think", "is", "it", "maybe", "its", "the", "probably", "definitely", "minister"]
LEAD += ["queen", "will", "guy"]  # a title, and chat that is also a given name
LEAD += ["country", "city", "michael", "lake", "half"]  # kinds, a given name, a feature
TURNS = ["not", "no", "or", "and", ",", "anything", "but", "doubt", "nothing", "?", "wrong"]
# What players type instead of an answer (and "nothing" and "none", which may be one).
NONANSWER_CHAT = sorted(NONANSWERS)


def _prepared(question: QuestionBase) -> Prepared:
    prepare(question)
    prepared = question._compiled
    assert isinstance(prepared, Prepared)
    return prepared


def _matcher(question: QuestionBase) -> Matcher:
    matcher = _prepared(question).matcher
    assert matcher is not None
    return matcher


def _right(question: QuestionBase) -> int:
    return question.answer_index if isinstance(question, ChoiceQuestion) else 0


def _typo(draw: st.DrawFn, text: str) -> str:
    """One slip of the finger: a letter dropped, doubled, swapped or replaced."""
    if len(text) < 3:
        return text
    at = draw(st.integers(1, len(text) - 2))
    slip = draw(st.sampled_from(["drop", "double", "swap", "replace", "squash", "plural"]))
    if slip == "drop":
        return text[:at] + text[at + 1 :]
    if slip == "double":
        return text[:at] + text[at] + text[at:]
    if slip == "swap":
        return text[: at - 1] + text[at] + text[at - 1] + text[at + 1 :]
    if slip == "squash":
        return text.replace(" ", "")
    if slip == "plural":
        return text + draw(st.sampled_from(["s", "es", "ies"]))
    return text[:at] + draw(st.sampled_from("aeiouyrstl")) + text[at + 1 :]


@st.composite
def messages(draw: st.DrawFn, question: QuestionBase) -> str:
    own = draw(st.sampled_from(question.answer_texts()))
    other = draw(st.sampled_from(SPELLINGS))
    chat = draw(st.sampled_from(NONANSWER_CHAT))
    core = draw(st.sampled_from([own, other, _typo(draw, own), _typo(draw, other), chat]))
    if isinstance(question, ChoiceQuestion) and draw(st.booleans()):
        core = draw(st.sampled_from(question.choices))
    before = draw(st.lists(st.sampled_from(LEAD + TURNS), max_size=3))
    after = draw(st.lists(st.sampled_from(LEAD + TURNS + [other]), max_size=2))
    text = " ".join([*before, core, *after])
    return draw(st.sampled_from([text, text.lower(), text.upper(), text + "?", " " + text]))


@st.composite
def cases(draw: st.DrawFn, pool: Sequence[QuestionBase]) -> tuple[QuestionBase, str]:
    question = draw(st.sampled_from(pool))
    return question, draw(messages(question))


@settings(max_examples=1500, deadline=None)
@given(cases(TEXT))
def test_text_questions_judge_as_the_full_path_does(case: tuple[QuestionBase, str]) -> None:
    question, text = case
    assert isinstance(question, TextQuestion)
    # judge() reads past chat marks and a question tag first ("..., no?"), then takes
    # the text path: both sides get that same text, so only the shortcuts differ.
    read = chat_marks_off(without_question_tag(text))
    full = judge_text(question, _prepared(question), read, shortcuts=False)
    assert judge(question, text) == full


@settings(max_examples=1500, deadline=None)
@given(cases(MATCHED))
def test_the_search_skips_nothing_the_full_search_finds(case: tuple[QuestionBase, str]) -> None:
    question, text = case
    matcher, toks, right = _matcher(question), tokens(text), _right(question)
    expected = judge_matcher(matcher, toks, right, shortcuts=False)
    assert judge_matcher(matcher, toks, right) == expected


def test_each_shortcut_decides_the_messages_it_is_for() -> None:
    """The properties above are not vacuous: every shortcut fires on its messages."""
    bank = questions()
    city, minister = _matcher(bank["city"]), _matcher(bank["minister"])
    # Another answer of the set, as written: decided without reading the message.
    assert another_answer(city, "Burkina Faso") is not None
    assert another_answer(city, "Kassoum Coulibaly?") is not None
    assert another_answer(city, "Moscw") is None  # near the answer: the full path
    assert another_answer(city, "not Burkina Faso") is None  # no answer of the set
    # Nothing near an answer word: the search is skipped.
    assert not city.may_spell_answer(tokens("no idea at all really"))
    assert city.may_spell_answer(tokens("i think moskow"))  # a typo is near
    assert city.may_spell_answer(tokens("mos cow"))  # squashed, it is the answer
    # Every form the search forgives is "near": inflections, typos, respellings.
    for typed, answer in [
        ("cities", "city"),
        ("boxes", "box"),
        ("whail", "whale"),
        ("moscw", "moscow"),
        ("brazil", "brasil"),
        ("fasso", "faso"),
    ]:
        assert may_be_typed_for(typed, (answer,)), (typed, answer)
    assert not may_be_typed_for("citadel", ("city",))
    # Chat instead of an answer, unless it is the answer.
    assert nonanswer(city, "idk") is not None
    assert nonanswer(city, "No idea!") is not None
    assert nonanswer(_matcher(EDGE.question("void")), "nothing") is None
    assert nonanswer(city, "idk moscow") is None
    # The answer after filler.
    assert after_lead_in(minister, tokens("i think shoigu"), tokens("i think shoigu"))
    assert after_lead_in(city, tokens("maybe moscow"), tokens("maybe moscow"))
    assert not after_lead_in(city, tokens("not moscow"), tokens("not moscow"))
    assert not after_lead_in(city, tokens("i think moscw"), tokens("i think moscw"))


def test_shortcut_verdicts_on_familiar_messages() -> None:
    bank = questions()
    expected = {
        ("city", "Burkina Faso"): (False, "wrong"),
        ("city", "i think Moscow"): (True, "in_sentence"),
        ("city", "is it moscow?"): (True, "in_sentence"),
        ("city", "i think not Moscow"): (False, "negation"),
        ("city", "maybe Moscow or Paris"): (False, "hedge"),
        ("minister", "probably Sergei Shoigu"): (True, "in_sentence"),
        ("minister", "no idea"): (False, "nonanswer"),
        ("minister", "lol no idea"): (False, "wrong"),
        ("partner", "France"): (False, "wrong"),
    }
    bank |= {q.id: q for q in EDGE.questions}
    expected |= {
        ("name", "saint lucia"): (False, "wrong"),  # another answer, not "Lucia" after filler
        ("name", "i think lucia"): (True, "in_sentence"),
        ("band", "i think the who"): (True, "in_sentence"),
        ("box", "maybe boxes"): (True, "inflection"),
        ("box", "i think cities"): (True, "inflection"),
    }
    for (qid, text), (correct, reason) in expected.items():
        verdict = judge(bank[qid], text)
        assert (verdict.correct, verdict.reason) == (correct, reason), (qid, text, verdict)
