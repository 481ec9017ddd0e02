"""Text normalisation shared by every rule.

`tokens` turns a typed message into lower-case, accent-free words. List
separators (commas, semicolons, slashes) survive as the token "," or "or"
because the hedging guard needs them; everything else that is not a letter,
a digit, "%" or a decimal point inside a number is dropped.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from rapidfuzz import process
from rapidfuzz.distance import OSA
from text_to_num import alpha2digit

from bot.engine.judge.vocabulary import ARTICLES, word_set
from bot.engine.judge.words import allowed_edits, one_letter_undoubled

logger = logging.getLogger(__name__)

# Articles of other languages a name may be said with, before a name of two words or
# more; before one word they may make another name ("La Paz", "Los Angeles").
# ("die" is left out: it is an English word, "Die Another Day".)
FOREIGN_ARTICLES = frozenset({"el", "la", "le", "les", "los", "las", "il", "lo", "der", "das"})
LIST_MARK = ","

_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "&": " and ",
        "+": " and ",
        "/": " or ",
        "\\": " or ",
        "|": " or ",
        ";": " , ",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u00f8": "o",
        "\u0142": "l",
        "\u0111": "d",
        "\u00f0": "d",
        "\u00fe": "th",
    }
)
# A letter's name with "#" or "++" names something else: C, C# and C++ are three
# languages, and C# also a note. Spelt out, so that no sign is lost: "csharp".
_SIGNED_LETTER = re.compile(r"(?<![\w#+])([a-z])\s?(\+\+|#|plus plus)(?![\w#+])")
_SIGN_SPELT = {"++": "plusplus", "#": "sharp", "plus plus": "plusplus"}


def _signs_spelt(match: re.Match[str]) -> str:
    return match.group(1) + _SIGN_SPELT[match.group(2)]


# A sign closing a group of one or two letters is its polarity: "O-" is O negative,
# "AB+" AB positive (blood groups, grades, charges). A "-" only where the message or
# its clause ends: "b- Tuesday" picks a choice.
_POLAR_LETTERS = re.compile(r"(?<![\w+#-])([a-z]{1,2})(?:(\+)(?![\w+#-])|-(?=\s*(?:$|[,.!?;)])))")


def _polarity_spelt(match: re.Match[str]) -> str:
    return f"{match.group(1)} {'positive' if match.group(2) else 'negative'}"


# Apostrophes join ("it's" -> "its"); a comma between digits stays for numbers.
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+|%|,")

# Words text2num would turn into digits; checked first because the call is
# only worth making when one of them is present.
NUMBER_WORDS = word_set(
    """
    billion eight eighteen eighty eleven fifteen fifty five forty four fourteen hundred
    million nine nineteen ninety one point seven seventeen seventy six sixteen sixty ten
    thirteen thirty thousand three twelve twenty two zero
    """
)
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b")
_NUMBER_WORD = NUMBER_WORD


def fold(text: str) -> str:
    """NFKC, case-fold, accents off, curly quotes and dashes made plain."""
    if text.isascii():
        folded = text.casefold()
    else:
        folded = accents_off(unicodedata.normalize("NFKC", text.replace("\u266f", "#")).casefold())
    if "#" in folded or "++" in folded or "plus plus" in folded:
        folded = _SIGNED_LETTER.sub(_signs_spelt, folded)  # C\u266f, C#, C++
    if "+" in folded or "-" in folded:
        folded = _POLAR_LETTERS.sub(_polarity_spelt, folded)
    return folded.translate(_PLAIN)


def accents_off(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str, *, numbers: bool = True) -> tuple[str, ...]:
    """The message as words, with "," kept as a list marker."""
    plain = plain_tokens(text, numbers=numbers)
    return plain if plain is not None else read_tokens(text, numbers=numbers)


def plain_tokens(text: str, *, numbers: bool = True) -> tuple[str, ...] | None:
    """`read_tokens(text)` for a message of plain ASCII words and spaces, as most
    are (folding changes nothing, and the token pattern would find exactly the
    space-separated words); None for any other message."""
    if not text.isascii():
        return None
    lowered = text.lower()
    if not lowered.replace(" ", "").isalpha() or "plus plus" in lowered:
        return None  # "c plus plus" is read as C++ (see `fold`)
    words = lowered.split(" ")
    if "" in words:
        words = [w for w in words if w]
    if numbers and not NUMBER_WORDS.isdisjoint(words):
        return None
    return tuple(words)


def read_tokens(text: str, *, numbers: bool = True) -> tuple[str, ...]:
    """The message folded and read with the token pattern, number words as digits."""
    folded = fold(text).replace("'", "").replace("-", " ")
    if "," in folded:
        folded = _COMMA.sub(" , ", folded)
    found = _TOKEN.findall(folded)
    # A number word the pattern can find is always one of the tokens: the cheap
    # set test spares the pattern's search for most messages.
    if numbers and not NUMBER_WORDS.isdisjoint(found) and _NUMBER_WORD.search(folded):
        found = _TOKEN.findall(words_to_digits(folded))
    return tuple(found)


def ordinals_as_digits(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words as a message holding a number word reads them: "fifth republic" is
    read "5 th republic" beside "one" (text2num turns ordinals too, once it runs)."""
    return tuple(_TOKEN.findall(words_to_digits(joined(words))))


def words_to_digits(folded: str) -> str:
    """'toy story three' -> 'toy story 3'; small numbers too."""
    try:
        return str(alpha2digit(folded, "en", threshold=0))
    except (ValueError, RuntimeError):  # pragma: no cover - defensive, text2num is robust
        logger.debug("text2num could not read %r", folded)
        return folded


_ALPHA_WORD = re.compile(r"[a-z]{4,12}")
_NUMBER_WORD_LIST = sorted(NUMBER_WORDS)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_JOINED = {tens + unit: f"{tens} {unit}" for tens in _TENS for unit in _UNITS}
# Real words a letter or two from a number word: never read as a mistyped number.
_NOT_NUMBERS = word_set(
    """
    even ever fiery fight fort forte forth fortieth fours free height here light night
    nigh nine ninth seven sever seventh severe sight sixth teen tent tenth there these
    thirst thirsty those thee threw throw tree twin weight eighth fifth fourth
    """
)


def mend_number_words(folded: str) -> str:
    """ "fourten" -> "fourteen", "thireteen" -> "thirteen": a word within a number
    word's typo allowance (the same as for any word of its length) and nearer to it
    than to any other number word. Only for answers that are numbers: elsewhere
    "forte" is no forty."""
    return _ALPHA_WORD.sub(_mended, folded)


def _mended(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in NUMBER_WORDS or word in _NOT_NUMBERS:
        return word
    joined = _JOINED.get(word)
    if joined is not None:
        return joined  # "eightyeight": the tens and units without their space
    if len(word) == 5:
        # A word of four letters forgives no slip but a letter struck twice ("fourr"),
        # as any word of four does ("Odinn"; see `words.word_kind`).
        struck = next((w for w in one_letter_undoubled(word) if w in NUMBER_WORDS), None)
        if struck is not None:
            return struck
    near = process.extract(word, _NUMBER_WORD_LIST, scorer=OSA.distance, score_cutoff=2, limit=2)
    if not near:
        return word
    best, distance, _ = near[0]
    unique = len(near) == 1 or near[1][1] > distance
    return best if unique and distance <= allowed_edits(len(best)) else word


def words_only(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens without list markers."""
    if LIST_MARK not in toks:
        return toks
    return tuple(t for t in toks if t != LIST_MARK)


def drop_leading_article(words: tuple[str, ...]) -> tuple[str, ...]:
    if len(words) > 1 and words[0] in ARTICLES:
        return words[1:]
    return words


def phrase(text: str) -> tuple[str, ...]:
    """An answer alternative as matching words: no list marks, no leading article."""
    return drop_leading_article(words_only(tokens(text)))


def joined(words: tuple[str, ...]) -> str:
    return " ".join(words)


# Letters drawn out at the end of a word in chat ("Moscowww", "romeeee"): three or
# more of one after two other letters. Not i, x, c or m, which end Roman numerals
# ("VIII") and hesitations ("hmmm"); an answer's own run ("AAA", "Brrr") is too short
# to match, and one inside a word ("goooal") is left to the typo rule.
_DRAWN_OUT = re.compile(r"(?<=[a-z]{2})([abd-hj-ln-wyz])\1{2,}\b", re.IGNORECASE)
# What Discord puts in a message's text for a mention of a user, role or channel
# ("<@123>"), the two that ping everyone, a server's own emoji ("<:pepe:123>",
# "<a:dance:123>"), a timestamp ("<t:1700000000:R>") and a command ("</quiz:123>").
# A typed "@name" is text, but for one that opens the message, which says whom it
# is for ("@bot canberra"). Discord sends an emoji it knows as itself, but another
# server's emoji, used without Nitro, comes as its bare code (":kekw:").
_MENTION = re.compile(
    r"<(?:[@#][!&]?\d+|a?:\w+:\d+|t:\d+(?::[a-zA-Z])?|/[\w -]+:\d+)>|@(?:everyone|here)\b"
    r"|(?<![\w:]):\w*[a-zA-Z]\w*:(?![\w:])"
)


# A face typed after a word ("canberra :D", "moscow <3", "8 ^_^"): its letters and
# digits are no part of an answer. Alone, "<3" may be a bound and ":P" is no answer.
_FACE = re.compile(
    r"(?<=\s)(?:[:;=][-']?[()\[\]dDpPoO3/\\|*]+|</?3+|\^_*\^|[-T>oO0]_+[-T<oO0])(?=\s|$)"
)
# A character any mention, spoiler, strikethrough or face holds.
_CHAT_MARK = re.compile(r"[@<#|~:;=^_]")
_ADDRESSED = re.compile(r"^\s*@[a-zA-Z]\w*[,:]?(?=\s)")
# Discord's spoiler marks around an answer ("||Moscow||"): not a list of choices.
_SPOILER = "||"
# Discord's strikethrough ("~~Sydney~~ Canberra", "~~Tokoy~~ Tokyo"): what is struck
# out is taken back, as if it had not been written.
_STRUCK = re.compile(r"~~(.+?)~~")


def _marks_off(text: str) -> str:
    if "@" in text or "<" in text or ":" in text:
        text = _MENTION.sub(" ", _ADDRESSED.sub(" ", text))
    if _SPOILER in text:
        text = text.replace(_SPOILER, " ")
    if "~~" in text:
        text = _STRUCK.sub(" ", text)
    return _FACE.sub(" ", text)


def chat_marks_off(text: str) -> str:
    """The message without mentions, faces and spoiler marks, with drawn-out letters
    written once and what is struck through taken back: none is part of an answer.
    Letters are looked for where a message drawn out in chat ends with some
    ("moscowww!"): the check runs on every message, and a pattern over the whole of
    it would cost as much as judging a plain answer."""
    if _CHAT_MARK.search(text) is not None:  # most messages have none
        text = _marks_off(text)
    end = text.rstrip(" !?.")
    if len(end) > 4 and end[-1] == end[-2] == end[-3]:
        text = _DRAWN_OUT.sub(r"\1", text)
    return text
