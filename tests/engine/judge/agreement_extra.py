"""Forty more typed answers labelled by hand, on the fifth question set.

Written from general knowledge before running the judge on them: number words
with typos, rewordings, shares, scale words, two guesses and doubt around them.
True means a fair quizmaster gives the point.
"""

from __future__ import annotations

EXTRA_LABELLED: list[tuple[str, str, bool]] = [
    # number words with a slip, and other numbers
    ("sonnet", "fourtteen", True),
    ("sonnet", "fourty", False),
    ("sonnet", "fourteen or fifteen", False),
    ("baker", "thirten", True),
    ("baker", "thirty", False),
    ("sweet", "sweet sixten", True),
    ("sweet", "sixty", False),
    ("seventeen", "sevnteen", True),
    ("seventeen", "seventy", False),
    ("hands", "fiftteen", True),
    ("hands", "fifty", False),
    ("months_n", "twleve", True),
    ("months_n", "not twelve", False),
    ("war_end", "ninteen eighteen", True),
    ("war_end", "1914", False),
    # rewordings of the same answer
    ("foreign_min", "foreign affairs minister", True),
    ("foreign_min", "foreign minister", True),
    ("home_sec", "secretary of state for war", False),
    ("migration", "away from europe towards africa", True),
    ("migration", "from africa to europe", False),
    ("iberia", "south europe", True),
    ("iberia", "eastern europe", False),
    ("korea", "east asian", True),
    ("korea", "southeast asia", False),
    ("patagonia", "south american", True),
    ("fri", "fri", True),
    ("fri", "sat", False),
    ("xmas", "dec", True),
    ("bonfire", "nov", True),
    ("bonfire", "oct", False),
    ("weekend", "sun", True),
    ("weekend", "sun or sat", False),
    ("moon_orbit", "about a month", True),
    ("moon_orbit", "a week", False),
    # shares and scale words
    ("literacy", "one in five", True),
    ("literacy", "a quarter", False),
    ("majority", "two thirds", True),
    ("majority", "half", False),
    ("budget", "$2.5bn", True),
    ("budget", "25 billion", False),
    ("population", "1.3 million", True),
    ("population", "1.3 billion", False),
    # parts with a slip, doubt and second guesses
    ("seas", "haiti and dominican repubic", True),
    ("seas", "haiti and cuba", False),
    ("peru_bolivia", "peru and bolivya", True),
    ("peru_bolivia", "peru, chile", False),
    ("city", "unsure, moscow", True),
    ("city", "definitely not moscow", False),
]
