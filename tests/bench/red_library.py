"""A generated trivia library shaped like the lists that ship with Red-DiscordBot.

Shared by the loader and judge benchmarks (not collected by pytest). The 54
files have Red's question counts; most questions have one to three answers of
about 12 characters, a few have long answer lists or one long answer, and some
answers are numbers. Answers are names made of syllables, so that, as in Red's
lists, different questions mostly have different answers.
"""

from __future__ import annotations

import random
from pathlib import Path

# Question counts of Red's 54 shipped lists, smallest to largest.
RED_SHAPE = (
    51, 55, 55, 55, 56, 60, 72, 74, 75, 87, 88, 93, 96, 100, 100, 100, 107, 118,
    126, 135, 141, 151, 156, 164, 187, 188, 190, 196, 196, 197, 213, 227, 228, 247,
    249, 249, 251, 266, 286, 299, 299, 388, 434, 534, 535, 539, 558, 654, 670, 709,
    740, 771, 837, 1003,
)  # fmt: skip
WORDS = [
    *("river", "mountain", "king", "queen", "planet", "city", "battle", "song", "album"),
    *("team", "player", "island", "capital", "element", "hero", "dragon", "sword"),
    *("empire", "ocean", "desert", "forest", "castle", "ship", "star"),
]
_SYLLABLES = [
    *("ka", "lo", "mi", "ra", "ten", "vor", "shi", "el", "da", "nu", "bar", "gan"),
    *("tor", "lis", "pe", "quin", "zo", "mar", "ul", "fen", "bro", "sa", "tek", "ri"),
]


def _names(count: int) -> list[str]:
    rng = random.Random(1)
    found: set[str] = set()
    while len(found) < count:
        found.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 5))))
    return sorted(found)


# Made-up names standing for the people, places and titles trivia answers name.
NAMES = _names(4000)


def answer(rng: random.Random) -> str:
    """One answer of about 12 characters: one or two names, or a word and a name."""
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(NAMES).title()
    first = rng.choice(WORDS) if roll < 0.6 else rng.choice(NAMES)
    return f"{first} {rng.choice(NAMES)}".title()


def entry(rng: random.Random, number: int) -> str:
    """One Red question with its answers, as YAML text."""
    ask = f"Which {rng.choice(WORDS)} of the {rng.choice(WORDS)} is number {number}"
    ask += " in this " + " ".join(rng.choice(WORDS) for _ in range(3)) + "?"
    roll = rng.random()
    count = 1 if roll < 0.73 else 2 if roll < 0.91 else 3
    if rng.random() < 0.004:  # a few long answer lists
        count = rng.randint(10, 34)
    answers = [answer(rng) for _ in range(count)]
    if rng.random() < 0.0005:  # and a handful of long answers (Red's longest is ~600)
        answers[0] = " ".join(rng.choice(WORDS) for _ in range(90))[:590]
    if rng.random() < 0.05:
        answers.append(str(rng.randint(1, 2020)))  # numbers and years stay as typed
    key = f'"{ask}"' if rng.random() < 0.3 else ask
    return key + ":\n" + "".join(f"- {a}\n" for a in answers)


def red_library(folder: Path, seed: int = 9) -> list[Path]:
    """Write the 54 lists into `folder`; the same seed gives the same files."""
    rng = random.Random(seed)
    files = []
    for index, count in enumerate(RED_SHAPE):
        head = f"AUTHOR: Bench {index}\nDESCRIPTION: Generated list {index}.\n"
        if index % 9 == 0:
            head += "CONFIG:\n  delay: 20\n  max_score: 10\n"
        body = "".join(entry(rng, n) for n in range(count))
        path = folder / f"list{index:02}.yaml"
        path.write_text(head + body, encoding="utf-8")
        files.append(path)
    return files


# What players type, per 100 messages: their question's own answer (as written
# or in lower case), a typo of it, another question's answer from the same
# list, the answer inside a short sentence, and chatter.
MIX = (("own", 40), ("typo", 15), ("other", 30), ("sentence", 10), ("chatter", 5))
_SENTENCES = ("i think {}", "{}?", "is it {}", "the {}", "{} !", "maybe {}")
_CHATTER = ("idk", "no idea", "lol", "what", "too hard", "pass", "hmm", "next one")


def typo(rng: random.Random, text: str) -> str:
    """One slip of the finger in a word of five letters or more, if there is one."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return text.lower()
    at = rng.choice(long)
    word = words[at]
    i = rng.randrange(1, len(word) - 1)
    slip = rng.randrange(4)
    if slip == 0:
        word = word[:i] + word[i + 1 :]  # a letter dropped
    elif slip == 1:
        word = word[:i] + word[i] + word[i:]  # doubled
    elif slip == 2:
        word = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]  # swapped
    else:
        word = word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]  # replaced
    words[at] = word
    return " ".join(words)


def responses(
    lists: list[list[tuple[str, list[str]]]], count: int, seed: int
) -> list[tuple[int, int, str]]:
    """`count` typed messages as (list index, question index, text), in MIX's shares.

    `lists` holds each list's questions as (id, answers)."""
    rng = random.Random(seed)
    kinds = [kind for kind, share in MIX for _ in range(share)]
    made = []
    for _ in range(count):
        where = rng.randrange(len(lists))
        questions = lists[where]
        index = rng.randrange(len(questions))
        own = rng.choice(questions[index][1])
        kind = rng.choice(kinds)
        if kind == "own":
            text = own if rng.random() < 0.6 else own.lower()
        elif kind == "typo":
            text = typo(rng, own)
        elif kind == "other":
            text = rng.choice(rng.choice(questions)[1])
        elif kind == "sentence":
            text = rng.choice(_SENTENCES).format(own.lower())
        else:
            text = rng.choice(_CHATTER)
        made.append((where, index, text))
    return made
