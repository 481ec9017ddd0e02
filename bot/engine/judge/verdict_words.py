"""The words of a true/false reply: those that say true or false, those that turn
them ("not", "isn't"), those that carry nothing, and a verdict word mistyped."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.engine.judge.vocabulary import word_set
from bot.engine.judge.words import single_letters

TRUE_WORDS = word_set(
    """
    absolutely accurate affirmative aye certainly correct course definitely fact indeed
    right sure t true truth y ya yea yeah yep yes yup
    clearly obviously ofc probably surely
    def deffo defo mhm ye yh
    facts fax yas yass yessir
    """
)
FALSE_WORDS = word_set(
    """
    f fake false fiction inaccurate incorrect lie myth n nah nay negative no nope untrue
    wrong naw nop
    cap
    """
)
FLIP_WORDS = word_set(
    """
    aint arent doesnt dont hardly isnt never not wasnt
    cannot cant couldnt didnt doubt hasnt havent mustnt shouldnt werent wont wouldnt
    """
)
FILLER_WORDS = word_set(
    """
    a an answer be from go i id ill im is it its must of pretty quite say so statement that
    thats the think this to totally very was well with would
    he her hes him his she shes their them they theyre theyve we were weve you youve
    bro bruh dude ez gg haha imho imo lmao lmfao lol ngl smh tbh xd
    """
)
INTENSIFIERS = word_set(
    "absolutely certainly clearly course def definitely deffo defo indeed obviously ofc probably"
    " sure surely"
)
# Whole messages that give a verdict without a verdict word.
VERDICT_PHRASES = {
    ("100%",): "yes",
    ("without", "a", "doubt"): "yes",
    ("no", "doubt"): "yes",
    ("you", "bet"): "yes",
    ("not", "at", "all"): "no",
    ("no", "way"): "no",
    ("not", "really"): "no",
    ("uh", "huh"): "yes",
    ("nuh", "uh"): "no",
    ("no", "cap"): "yes",
}
# A reaction typed as the answer: a thumb, a tick or a cross (any skin tone).
EMOJI_YES = frozenset("\U0001f44d\u2705\u2714\u2611\U0001f44c")
EMOJI_NO = frozenset("\U0001f44e\u274c\u2716\u274e\U0001f6ab\U0001f9e2")  # 🧢: "cap", a lie
EMOJI_MARKS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff ")


# The verdict words with their doubled letters single: "yesss", "nooo", "corect".
_SQUEEZED = {single_letters(w): w for w in sorted(TRUE_WORDS | FALSE_WORDS) if len(w) > 1}
# Real words one edit from "true" or "false": never read as either.
_NEAR_BUT_REAL = word_set("rue tree trues truce truer trug valse")


def mended(word: str) -> str:
    """A verdict word drawn out or mistyped ("yesss", "ture", "flase"): with only
    two answers there is nothing else a slip near "true" or "false" could mean."""
    if word in TRUE_WORDS or word in FALSE_WORDS or word in FILLER_WORDS or not word.isalpha():
        return word
    found = _SQUEEZED.get(single_letters(word))
    if found is not None:
        return found
    if len(word) < 3 or word in _NEAR_BUT_REAL:
        return word
    for target in ("true", "false"):
        if OSA.distance(word, target, score_cutoff=1) <= 1:
            return target
    return word
