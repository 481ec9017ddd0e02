"""Draft a question file from a plain-text article, for an author to review."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from bot.authoring import facts, variants
from bot.authoring import questions as qb
from bot.authoring.entities import Mention, extract, link_people
from bot.authoring.questions import Article, Draft
from bot.authoring.select import select
from bot.authoring.sentences import MAX_CHARS, clean_text, split_sentences
from bot.engine.errors import QuizError
from bot.engine.models import Question, QuizSet

logger = logging.getLogger(__name__)

MAX_QUESTIONS_LIMIT = 500
_QUESTION_ADAPTER: TypeAdapter[Any] = TypeAdapter(Question)
# In order of preference: a fact's first good question comes from the earliest.
_BUILDERS: tuple[Callable[[Article], Iterator[Draft]], ...] = (
    qb.text_people,
    variants.all_of_pairs,
    facts.echo_questions,
    facts.called_questions,
    variants.choice_people,
    variants.truefalse_roles,
    facts.statements,
    qb.numbers,
    qb.years,
    qb.text_cloze,
    variants.choice_cloze,
    qb.text_quotes,
)
HEADER = """\
# DRAFT quiz written by `quizbot draft` from {source}: REVIEW EVERY QUESTION before use.
# The questions were found by simple rules: check each answer against the article,
# reword the asks, and rewrite each `explain` in your own words (it holds the
# article's sentence so you can check the fact).
"""


class DraftError(QuizError):
    """The article cannot be turned into a question file (empty, no facts found...)."""


def draft_quiz(
    text: str,
    *,
    title: str | None = None,
    max_questions: int | None = None,
    source_name: str = "article",
) -> str:
    """Return the YAML text of a draft question set built from `text`.

    Without `max_questions`, every distinct fact found gets a question; with it,
    the most important distinct facts. Raises DraftError when the text holds no
    sentence or no fact to ask about.
    """
    if max_questions is not None and not 1 <= max_questions <= MAX_QUESTIONS_LIMIT:
        raise DraftError(f"the number of questions must be between 1 and {MAX_QUESTIONS_LIMIT}")
    article = analyse(text)
    drafts = select(list(_candidates(article)), max_questions)
    _with_ids(drafts)
    if not drafts:
        raise DraftError(
            "found no facts to ask about (no names, places, dates or numbers) in the article"
        )
    document = {
        "title": _one_line(title or "") or f"Draft quiz: {_one_line(source_name) or 'article'}",
        "description": "Draft generated from an article; review before use.",
        "source": {"title": source_name},
        "tags": ["draft"],
        "questions": [d.data for d in drafts],
    }
    try:
        QuizSet.model_validate(document)
    except ValidationError as error:
        # Each question was validated on its own, so this is a bug of ours; the
        # caller (a Discord command) still gets an error it knows how to show.
        logger.exception("draft from %s does not validate", source_name)
        raise DraftError(
            f"internal error: the draft did not validate ({error.error_count()} errors)"
        ) from error
    body = yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False
    )
    header = HEADER.format(source=_one_line(source_name))
    if len(text) > MAX_CHARS:
        header += f"# Only the first {MAX_CHARS} characters of the article were read.\n"
    return header + body


def analyse(text: str) -> Article:
    if not text.strip():
        raise DraftError("the article is empty")
    sentences = split_sentences(clean_text(text))
    if not sentences:
        raise DraftError("the article has no sentences (no letters or digits were found)")
    mentions = [m for index, sentence in enumerate(sentences) for m in extract(sentence, index)]
    # "September" and "2022" of "September 2022" are part of the date, not facts of their own.
    dates = [m for m in mentions if m.kind == "date"]
    mentions = [m for m in mentions if m.kind not in ("month", "year") or not _within(m, dates)]
    return Article(sentences, link_people(sentences, mentions))


def _within(mention: Mention, spans: list[Mention]) -> bool:
    return any(s.sentence == mention.sentence and s.start <= mention.start < s.end for s in spans)


def _candidates(article: Article) -> Iterator[Draft]:
    seen_asks: set[str] = set()
    for builder in _BUILDERS:
        for draft in builder(article):
            if draft.data["ask"] in seen_asks or not _valid(draft):
                continue
            seen_asks.add(draft.data["ask"])
            yield draft


def _valid(draft: Draft) -> bool:
    try:
        _QUESTION_ADAPTER.validate_python({**draft.data, "id": "probe"})
    except ValidationError as error:
        logger.debug("dropping draft question %r: %s", draft.data.get("ask"), error)
        return False
    return True


def _with_ids(drafts: Iterable[Draft]) -> list[Draft]:
    used: set[str] = set()
    result = []
    for draft in drafts:
        base = f"{draft.kind}-{slug(draft.subject)}-{draft.type}"[:56].strip("-_")
        qid, n = base, 2
        while qid in used:
            qid, n = f"{base}-{n}", n + 1
        used.add(qid)
        draft.data["id"] = qid
        result.append(draft)
    return result


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:32] or "q"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
