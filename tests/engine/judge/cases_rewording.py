"""More table cases for number-word typos and natural phrasings of a right answer.

Same shape as `cases`: (question id, typed text, expectation, reason or None).
"""

from __future__ import annotations

from tests.engine.judge.cases import Case

# A misspelt number word is a typo under the usual length budget, never another number.
NUMBER_TYPOS: list[Case] = [
    ("sonnet", "fourten", "Y", "typo"),
    ("sonnet", "fourtteen", "Y", "typo"),
    ("sonnet", "14", "Y", None),
    ("sonnet", "fourty", "N", None),  # forty: another number
    ("sonnet", "forty", "N", None),
    ("sonnet", "not fourten", "N", "negation"),
    ("sonnet", "fourten or fifteen", "N", "hedge"),
    ("baker", "thireteen", "Y", "typo"),
    ("baker", "thirten", "Y", "typo"),
    ("baker", "thirty", "N", None),
    ("sweet", "sixten", "Y", "typo"),
    ("sweet", "sixty", "N", None),
    ("sixty_min", "sixtey", "Y", "typo"),
    ("sixty_min", "sixteen", "N", None),
    ("seventeen", "sevnteen", "Y", "typo"),
    ("seventeen", "seventy", "N", None),
    ("apollo", "Apollo elevn", "Y", "typo"),
    ("apollo", "Apollo twelv", "N", None),
    ("hands", "fivteen", "Y", "number"),
    ("hands", "fiftteen", "Y", "number"),
    ("hands", "fifty", "N", None),
    ("months_n", "twelv", "Y", "number"),
    ("months_n", "twleve", "Y", "number"),
    ("months_n", "twenty", "N", None),
    ("war_end", "nineteen eigthteen", "Y", "year"),
    ("war_end", "ninteen eighteen", "Y", "year"),
    ("legs", "eihgt", "Y", "number"),  # eight: one slip in five letters
    ("legs", "eighty", "N", None),
    ("teeth", "thirty twoo", "N", None),  # "two" has no typo budget
    ("july_day", "fourr", "Y", "number"),  # four letters forgive a letter struck twice
    ("july_day", "forr", "N", None),
]

# Word order and prepositions: the same phrase said another way.
WORD_ORDER: list[Case] = [
    ("defmin", "Minister for Defence", "Y", None),
    ("defmin", "the minister for defence", "Y", None),
    ("defmin", "not the minister of defence", "N", "negation"),
    ("home_sec", "secretary of the home department", "N", None),
    ("home_sec", "Home Secretary", "Y", "exact"),
    ("foreign_min", "foreign affairs minister", "Y", None),
    ("foreign_min", "minister of foreign affairs", "Y", "exact"),
    ("migration", "from Europe towards Africa", "Y", None),
    ("migration", "away from Europe towards Africa", "Y", None),
    ("migration", "from Africa to Europe", "n", None),
    ("migration", "from Europe toward Asia", "N", None),
]

# Noun and adjective forms of places.
PLACES: list[Case] = [
    ("sahel", "western africa!", "Y", None),
    ("sahel", "the West African region", "Y", None),
    ("sahel", "western african", "Y", None),
    ("sahel", "North Africa", "n", None),
    ("sahel", "Eastern Africa", "n", None),
    ("iberia", "Southern European", "Y", None),
    ("iberia", "South Europe", "Y", None),
    ("iberia", "Northern Europe", "n", None),
    ("korea", "Eastern Asia", "Y", None),
    ("korea", "East Asian", "Y", None),
    ("korea", "South Asia", "N", None),
    ("patagonia", "southern America", "Y", None),
    ("patagonia", "South American", "Y", None),
    ("patagonia", "North America", "N", None),
    ("sahel", "maybe Western Africa", "Y", None),
    ("sahel", "not Western Africa", "N", "negation"),
    ("sahel", "Western Africa or Eastern Africa", "N", "hedge"),
]

# Standard abbreviations of weekdays and months; another day's stays another day.
CALENDAR: list[Case] = [
    ("fri", "Fri", "Y", None),
    ("fri", "fri.", "Y", None),
    ("fri", "Sat", "N", None),
    ("wed", "Weds", "Y", None),
    ("wed", "wed", "Y", None),
    ("wed", "Thurs", "N", None),
    ("midweek", "Wed", "Y", None),
    ("midweek", "Tues", "N", None),
    ("xmas", "Dec", "Y", None),
    ("xmas", "Dec.", "Y", None),
    ("xmas", "Nov", "N", None),
    ("bonfire", "Nov", "Y", None),
    ("bonfire", "Oct", "N", None),
    ("leap", "Feb", "Y", None),
    ("leap", "feb or mar", "N", "hedge"),
    ("month", "Sept", "Y", None),
    ("month", "Sep", "Y", None),
    ("month", "Oct", "N", None),
    ("landing_month", "jul.", "Y", None),
    ("landing_month", "Aug", "n", None),
    ("weekend", "Sun", "Y", None),
    ("weekend", "Tues", "N", None),
    ("weekend", "Thurs", "N", None),
    ("weekday", "Sat", "Y", None),
    ("weekday", "Fri", "N", None),
]

# "a" for "one" before a unit.
ONE_UNIT: list[Case] = [
    ("moon_orbit", "a month", "Y", None),
    ("moon_orbit", "about a month", "Y", None),
    ("moon_orbit", "one month", "Y", "exact"),
    ("moon_orbit", "a year", "N", None),
    ("moon_orbit", "a week", "N", None),
    ("century", "a hundred years", "Y", None),
    ("century", "a thousand years", "N", None),
    ("decade", "a year", "N", None),
]

# Shares said as fractions, ratios or decimals, judged by the question's tolerance and bound.
SHARES: list[Case] = [
    ("electricity", "1/4", "Y", "number"),
    ("electricity", "one in four", "Y", "number"),
    ("electricity", "1 in 4", "Y", "number"),
    ("electricity", "a fourth", "Y", "number"),
    ("electricity", "0.25", "Y", "number"),
    ("electricity", "one third", "N", None),
    ("electricity", "more than a quarter", "N", "bound"),
    ("literacy", "one in five", "Y", "number"),
    ("literacy", "a fifth", "Y", "number"),
    ("literacy", "1/5", "Y", "number"),
    ("literacy", "0.2", "Y", "number"),
    ("literacy", "one in four", "N", None),
    ("literacy", "1/5 or 1/4", "N", "hedge"),
    ("majority", "two thirds", "Y", "number"),
    ("majority", "2/3", "Y", "number"),
    ("majority", "2 out of 3", "Y", "number"),
    ("majority", "three quarters", "N", None),
    ("majority", "a half", "N", None),
    ("water", "seven in ten", "Y", "number"),
    ("water", "0.71", "Y", "number"),
    ("water", "3/4", "N", None),
    ("share", "a third", "Y", "number"),
    ("share", "one in three", "Y", "number"),
]

# A number followed by the scale word its unit already names.
SCALES: list[Case] = [
    ("budget", "2.5 billion", "Y", "number"),
    ("budget", "2.5 billion dollars", "Y", "number"),
    ("budget", "$2.5bn", "Y", "number"),
    ("budget", "two and a half billion", "Y", "number"),
    ("budget", "two and a half", "Y", "number"),
    ("budget", "2.5", "Y", "number"),
    ("budget", "25 billion", "N", None),
    ("budget", "2.5 million", "N", None),
    ("population", "1.3 million", "Y", "number"),
    ("population", "1.3m", "Y", "number"),
    ("population", "1.3 billion", "N", None),
]

# A part with an allowed typo, joined to another by "and".
PARTS: list[Case] = [
    ("continents", "Europe and Asai", "N", None),  # four letters: no budget
    ("seas", "Haiti and Dominican Repubic", "Y", "typo"),
    ("seas", "Dominican Republik and Haiti", "Y", "typo"),
    ("seas", "Haiti and Dominica", "N", None),
    ("peru_bolivia", "Peru and Bolivya", "Y", "typo"),
    ("peru_bolivia", "Bolivia, Peru", "Y", None),
    ("country", "burkina fasso!", "Y", "typo"),
    ("country", "Burkina Fasso and Mali", "N", None),
]

# Titles and roles, and doubt said as uncertainty rather than denial.
TITLES_AND_DOUBT: list[Case] = [
    ("minister", "defence minister Shoigu", "Y", None),
    ("minister", "Sergei Shoigu, defence minister", "Y", None),
    ("einstein", "the physicist Albert Einstein", "Y", None),
    ("lincoln", "Abraham Lincoln, the president", "Y", None),
    ("lincoln", "Lincoln, the 16th president", "Y", None),  # a rank before a title describes
    ("lincoln", "the 16th president, Lincoln", "Y", None),
    ("city", "unsure, Moscow", "Y", None),
    ("city", "not 100% sure but Moscow", "Y", None),
    ("jupiter", "not really sure, Jupiter?", "Y", None),
    ("city", "not sure, maybe Moscow", "Y", None),
    ("city", "definitely not Moscow", "N", "negation"),
    ("city", "not sure but not Moscow", "N", "negation"),
    ("jupiter", "I'm not sure, Jupiter", "Y", None),
    ("jupiter", "not sure: Jupiter or Saturn", "N", None),
]

# The same sound spelt another common way is a typo; another word's sound is not.
SOUNDS: list[Case] = [
    ("whale", "blue whail", "Y", "typo"),
    ("gift", "grane", "Y", "typo"),
    ("sonnet", "fourtean", "Y", "typo"),
    ("whale", "blue wheel", "n", None),
    ("gift", "green", "n", None),
    ("niger", "nigeria", "N", None),
]

REWORDING_CASES: list[Case] = [
    *SOUNDS,
    *NUMBER_TYPOS,
    *WORD_ORDER,
    *PLACES,
    *CALENDAR,
    *ONE_UNIT,
    *SHARES,
    *SCALES,
    *PARTS,
    *TITLES_AND_DOUBT,
]
