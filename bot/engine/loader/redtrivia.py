"""Red-DiscordBot trivia lists: detect them and turn them into our format.

A Red list is a top-level mapping of question text to a list of answers, with
optional uppercase `AUTHOR`, `DESCRIPTION` and `CONFIG` entries. Each entry
becomes a `text` question: the first answer is canonical, the rest are
`accept` alternatives. Ids are derived from the question text alone, so they
stay the same across runs and whatever the order of the entries.
"""

from __future__ import annotations

import hashlib
import logging
import re
import string
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from bot.engine.errors import Problem
from bot.engine.loader.validate import suggest
from bot.engine.loader.yamlsource import Path, Position, YamlDocument
from bot.engine.models import (
    IMAGE_SUFFIXES,
    MAX_ALTERNATIVES,
    MAX_ANSWER_LENGTH,
    QuizSet,
    TextQuestion,
)

logger = logging.getLogger(__name__)

RESERVED_KEYS = ("AUTHOR", "DESCRIPTION", "CONFIG")
# Red's settings; only `delay` (seconds per question) has a counterpart here.
KNOWN_CONFIG = (
    "max_score",
    "timeout",
    "delay",
    "bot_plays",
    "reveal_answer",
    "use_spoilers",
    "payout_multiplier",
)
# Every byte but a-z and 0-9 separates words.
_SLUG_BYTES = bytes(
    c if chr(c) in string.ascii_lowercase + string.digits else 32 for c in range(256)
)
_MAX_SLUG = 40
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
PICTURE_QUESTION = "What does this picture show?"


def looks_like_red_trivia(data: Any) -> bool:
    """True for a mapping of question text to lists of answers, and nothing of ours.

    A Red-only key (`AUTHOR`, `CONFIG`...) or a majority of list entries is enough:
    one broken entry must come back as a problem with that entry, not turn the
    whole file into "`title` is missing".
    """
    if not isinstance(data, dict) or not data.keys().isdisjoint(QuizSet.model_fields):
        return False
    reserved = sum(key in data for key in RESERVED_KEYS)
    entries = len(data) - reserved
    if reserved or not entries:
        return entries > 0
    # An entry left empty (or emptied by a syntax error skipped) is a broken Red entry.
    lists = sum(1 for value in data.values() if value is None or isinstance(value, list))
    return 2 * lists > entries


def question_id(text: str) -> str:
    """A readable, stable id: a slug of the question plus a short hash of its full text.

    The slug is the question's leading ASCII words, lowercased and joined by `-`,
    as many whole words as fit in 40 characters (none if the first word alone is
    40 or longer). Statistics are kept against these ids: never change the result.
    """
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    words = folded.encode("ascii", "ignore").translate(_SLUG_BYTES).split()
    slug = b"-".join(words)
    if len(slug) > _MAX_SLUG:
        cut = slug.rfind(b"-", 0, _MAX_SLUG + 1)
        slug = slug[:cut] if cut > 0 else b""
    if words and len(words[0]) >= _MAX_SLUG:
        slug = b""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{slug.decode()}-{digest}" if slug else f"q-{digest}"


def image_in_question(text: str) -> tuple[str, str] | None:
    """(question text, image URL) when a Red question shows a picture: the whole
    question is a URL, or it holds a URL to an image file. Red's image lists write
    them so, and Red itself shows the link, which Discord then previews."""
    found = _URL.search(text)
    if found is None:
        return None
    url = found.group(0)
    rest = " ".join((text[: found.start()] + text[found.end() :]).split())
    is_picture = url.casefold().split("?")[0].split("#")[0].endswith(IMAGE_SUFFIXES)
    if rest and not is_picture:
        return None  # a question that only mentions a web page
    return rest or PICTURE_QUESTION, url


def title_from_name(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() or "Trivia"


@dataclass(slots=True)
class Converted:
    """Our-format data built from a Red list, with a map back to the source positions."""

    data: dict[str, Any]
    source_paths: dict[Path, tuple[Path, bool]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _metadata(document: YamlDocument, name: str, label: str) -> Converted:
    """The set's title, description, author and defaults, with CONFIG warnings."""
    raw: dict[str, Any] = document.data
    data: dict[str, Any] = {"title": title_from_name(name)}
    result = Converted(data)
    for key, ours in (("DESCRIPTION", "description"), ("AUTHOR", "author")):
        if raw.get(key) is not None:
            data[ours] = raw[key] if isinstance(raw[key], str) else str(raw[key])
            result.source_paths[(ours,)] = ((key,), False)
    _read_config(document, result, label)
    return result


def read_clean(
    document: YamlDocument, name: str, label: str, max_questions: int
) -> tuple[QuizSet, list[Problem]] | None:
    """The set, when every entry is a clean list of answers; None sends the file down the
    full path (`convert`, then validation), which reports whatever is wrong.

    Builds the questions without pydantic's per-field checks, having made the same
    checks here, so a large clean library loads at about the speed it parses.
    """
    questions = _clean_questions(document.data, max_questions)
    if questions is None:
        return None
    result = _metadata(document, name, label)
    if any(problem.severity == "error" for problem in result.problems):
        return None
    return QuizSet.model_validate({**result.data, "questions": questions}), result.problems


def _clean_questions(raw: dict[str, Any], max_questions: int) -> list[TextQuestion] | None:
    questions: list[TextQuestion] = []
    ids: set[str] = set()
    for ask, answers in raw.items():
        if ask in RESERVED_KEYS:
            continue
        if type(answers) is not list or not 0 < len(answers) <= MAX_ALTERNATIVES + 1:
            return None
        try:
            texts = [answer.strip() for answer in answers]
        except AttributeError:  # a list or mapping where an answer should be
            return None
        if "" in texts or max(map(len, texts)) > MAX_ANSWER_LENGTH:
            return None
        qid, text = question_id(ask), ask.strip()
        if not text or qid in ids or ("://" in text and image_in_question(text)):
            return None  # picture questions take the full path, which places their URL
        ids.add(qid)
        questions.append(TextQuestion.from_checked(qid, text, texts))
    return questions if 0 < len(questions) <= max_questions else None


def convert(document: YamlDocument, name: str, label: str) -> Converted:
    raw: dict[str, Any] = document.data
    result = _metadata(document, name, label)
    data = result.data
    questions: list[dict[str, Any]] = []
    for ask, answers in raw.items():
        if ask in RESERVED_KEYS:
            continue
        index = len(questions)
        if not isinstance(answers, list):
            line, column = document.position((ask,), key=True)
            message = (
                "no answers; list them under the question, one `- answer` per line"
                if answers is None
                else "the answers should be a list, one `- answer` per line"
            )
            result.problems.append(Problem(label, line, column, message, question_id(ask)))
            continue
        present = [(i, a) for i, a in enumerate(answers) if _plain(a)]
        for i, a in enumerate(answers):
            if not _plain(a):
                line, column = document.position((ask, i))
                message = (
                    "an empty answer; remove it or write the answer"
                    if a is None
                    else "an answer must be plain text, not a list or mapping"
                )
                result.problems.append(Problem(label, line, column, message, question_id(ask)))
        if not present and answers:
            continue  # every answer is already reported as broken
        question: dict[str, Any] = {"id": question_id(ask), "type": "text", "ask": ask}
        picture = image_in_question(ask) if isinstance(ask, str) else None
        if picture is not None:
            question["ask"], question["image"] = picture
            result.source_paths[("questions", index, "image")] = ((ask,), True)
        if present:
            question["answer"] = present[0][1]
            result.source_paths[("questions", index, "answer")] = ((ask, present[0][0]), False)
        if len(present) > 1:
            question["accept"] = [a for _, a in present[1:]]
            for j, (i, _) in enumerate(present[1:]):
                result.source_paths[("questions", index, "accept", j)] = ((ask, i), False)
        result.source_paths[("questions", index)] = ((ask,), True)
        questions.append(question)
    data["questions"] = questions
    return result


def _plain(answer: Any) -> bool:
    return answer is not None and not isinstance(answer, (list, dict))


def _read_config(document: YamlDocument, result: Converted, label: str) -> None:
    config = document.data.get("CONFIG")
    if config is None:
        return

    def warn(path: Path, message: str) -> None:
        line, column = document.position(path, key=True)
        result.problems.append(
            Problem(label, line, column, message, field="CONFIG", severity="warning")
        )

    if not isinstance(config, dict):
        warn(("CONFIG",), "CONFIG should be a mapping of settings; it is ignored")
        return
    for key, value in config.items():
        if key not in KNOWN_CONFIG:
            guess = suggest(key, KNOWN_CONFIG)
            hint = f"; did you mean `{guess}`?" if guess else ""
            warn(("CONFIG", key), f"unknown CONFIG setting `{key}` is ignored{hint}")
        elif key == "delay":
            _use_delay(value, result, lambda message: warn(("CONFIG", "delay"), message))
        else:
            logger.debug("Red CONFIG %s=%r has no counterpart here; ignored", key, value)


def _use_delay(value: Any, result: Converted, warn: Any) -> None:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        warn(f"CONFIG delay {value!r} is not a number of seconds; it is ignored")
        return
    if not 5 <= seconds <= 600:
        warn(f"CONFIG delay {value} is outside 5-600 seconds; it is ignored")
        return
    result.data["defaults"] = {"time_limit": seconds}
    result.source_paths[("defaults",)] = (("CONFIG", "delay"), False)


def source_position(document: YamlDocument, converted: Converted, path: Path) -> Position:
    """Where in the Red file the converted value at `path` came from."""
    probe = path
    while probe:
        if probe in converted.source_paths:
            source, key = converted.source_paths[probe]
            return document.position(source, key=key)
        probe = probe[:-1]
    return document.position(())
