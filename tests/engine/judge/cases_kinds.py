"""Table cases: what the words beside an answer make of it (another kind of thing,
a feature, a person named like a place), statements said again, and phrasings
found by blind probe sets (see `quizsets_kinds`)."""

from __future__ import annotations

from tests.engine.judge.cases import Case

# A given name before a country's or state's name makes a person; a town's does not.
NAMED_LIKE_A_COUNTRY: list[Case] = [
    ("amman_country", "Michael Jordan", "N", "wrong"),
    ("amman_country", "michael jordan", "N", "wrong"),
    ("amman_country", "Jordan", "Y", "exact"),
    ("amman_country", "the kingdom of Jordan", "Y", "in_sentence"),
    ("amman_country", "I think Jordan", "Y", "in_sentence"),
    ("dutch_country", "Tom Holland", "N", "wrong"),
    ("dutch_country", "holland!", "Y", "exact"),
    ("uffizi_country", "Florence, Italy", "Y", "in_sentence"),
    ("uffizi_country", "Venice Italy", "Y", "in_sentence"),
]

# A natural feature's word before a place's name names the feature, not the place.
NATURAL_FEATURES: list[Case] = [
    ("detroit_state", "Lake Michigan", "N", "wrong"),
    ("detroit_state", "the state of Michigan", "Y", "in_sentence"),
    ("red_cross_city", "Lake Geneva", "N", "wrong"),
    ("red_cross_city", "Geneva, Switzerland", "Y", "in_sentence"),
    ("south_of_texas", "the Gulf of Mexico", "N", "wrong"),
    ("south_of_texas", "Mexico!", "Y", "exact"),
    ("seattle_state", "Mount Washington", "N", "wrong"),
    ("seattle_state", "Lake Washington", "N", "wrong"),
    ("seattle_state", "Washington state", "Y", "in_sentence"),
    ("vegas_state", "Sierra Nevada", "N", "wrong"),
    ("vegas_state", "the state of Nevada", "Y", "in_sentence"),
    # Asked for the country, the lake is another thing, though the question names it.
    ("lake_country", "Lake Chad", "N", "wrong"),
    ("lake_country", "the Republic of Chad", "Y", "in_sentence"),
]

# A verdict letter glued to a number is a name; a pole is named by its direction.
CODES_AND_DIRECTIONS: list[Case] = [
    ("f1_monaco", "true, F1 races there", "Y", "in_sentence"),
    ("f1_monaco", "yes the F1 does", "Y", "in_sentence"),
    ("f1_monaco", "false, F1 races elsewhere", "N", "wrong"),
    ("f1_monaco", "F", "N", "wrong"),
    ("f1_monaco", "t", "Y", "exact"),
    ("amundsen_pole", "south", "Y", "exact"),
    ("amundsen_pole", "the south", "Y", "exact"),
    ("amundsen_pole", "South Pole", "Y", "exact"),
    ("amundsen_pole", "north", "C", "wrong"),
    ("amundsen_pole", "the north pole", "C", "wrong"),
    ("amundsen_pole", "south or north", "N", "hedge"),
    ("australia_half", "southern", "Y", "exact"),
    ("australia_half", "the southern one", "Y", "in_sentence"),
    ("australia_half", "northern", "C", "wrong"),
]

# A known name that is part of one option picks it; a match's "vs" lists both sides;
# a country may carry one of its big cities after it.
KNOWN_NAMES_IN_OPTIONS: list[Case] = [
    ("first_president", "washington", "Y", "distinctive"),
    ("first_president", "it was Washington!", "Y", "distinctive"),
    ("first_president", "washington dc", "N", "wrong"),
    ("first_president", "adams", "N", "wrong"),
    ("first_president", "washington or adams", "N", "two_guesses"),
    ("vienna_country", "Australia", "N", "confusable"),
    ("vienna_country", "austria", "Y", "exact"),
    ("clasico_sides", "Barça vs Real Madrid", "Y", "exact"),
    ("clasico_sides", "real madrid v barcelona", "Y", "exact"),
    ("clasico_sides", "barcelona versus real madrid", "Y", "exact"),
    ("clasico_sides", "barcelona or real madrid", "N", "hedge"),
    ("clasico_sides", "barcelona vs", "N", "hedge"),
    ("paella_country", "spain, valencia", "Y", "in_sentence"),
    ("paella_country", "Valencia, Spain", "Y", "in_sentence"),
    ("paella_country", "spain, lisbon", "N", "two_guesses"),
]

# A kind word of another kind than the question asks names another thing; so does a
# word making a part or a multiple of a common noun. Spellings of one element agree.
OTHER_KINDS_AND_SIZES: list[Case] = [
    ("liquid_metal", "the planet Mercury", "N", "wrong"),
    ("liquid_metal", "mercury the planet", "N", "wrong"),
    ("liquid_metal", "Mercury, the planet", "N", "wrong"),
    ("liquid_metal", "the metal mercury", "Y", "in_sentence"),
    ("liquid_metal", "the element mercury", "Y", "in_sentence"),
    ("messenger_god", "the god Mercury", "Y", "in_sentence"),
    ("messenger_god", "the planet Mercury", "N", "wrong"),
    ("long_race", "half marathon", "N", "wrong"),
    ("long_race", "a half-marathon", "N", "wrong"),
    ("long_race", "ultra marathon", "N", "wrong"),
    ("long_race", "a full marathon", "Y", "in_sentence"),
    ("long_race", "the marathon", "Y", "exact"),
    ("hundred_runs", "a double espresso", "N", "wrong"),
    ("hundred_runs", "half century", "N", "wrong"),
    ("hundred_runs", "a century", "Y", "exact"),
    ("can_metal", "aluminum", "Y", "exact"),
    ("can_metal", "Aluminum!", "Y", "exact"),
    ("can_metal", "the element aluminum", "Y", "in_sentence"),
    ("can_metal", "tin", "N", "wrong"),
    ("can_metal", "magnesium", "N", "wrong"),
]

# A statement said again in another tense, or with another year, number or place.
STATEMENTS_RESTATED: list[Case] = [
    ("wall_fell", "it didn't fall in 1991", "Y", "in_sentence"),
    ("wall_fell", "it did not fall in 1991", "Y", "in_sentence"),
    ("wall_fell", "it fell in 1991", "N", "wrong"),
    ("wall_fell", "it did fall in 1991", "N", "wrong"),
    ("wall_fell", "it fell in 1989", "Y", "in_sentence"),
    ("wall_fell", "in 1989", "Y", "in_sentence"),
    ("kili_kenya", "it's in tanzania", "Y", "in_sentence"),
    ("kili_kenya", "it is in kenya", "N", "wrong"),
    ("kili_kenya", "kenya and tanzania", "N", "wrong"),
    ("spider_legs", "they have eight", "Y", "in_sentence"),
    ("spider_legs", "8 legs", "Y", "in_sentence"),
    ("spider_legs", "they have 6 legs", "N", "wrong"),
    ("spider_legs", "six", "N", "wrong"),
    ("bard_hamlet", "he did write hamlet", "Y", "in_sentence"),
    ("bard_hamlet", "he didn't write hamlet", "N", "wrong"),
    ("bard_hamlet", "he wrote it", "Y", "in_sentence"),
]

# A name of several words written as one takes the slip of a word that long.
WRITTEN_AS_ONE_WORD: list[Case] = [
    ("three_goals", "hattrick", "Y", "exact"),
    ("three_goals", "hatrick", "Y", "typo"),
    ("three_goals", "hatrik", "N", "wrong"),
    ("three_goals", "hat", "C", "partial"),
    ("all_blacks", "newzealand", "Y", "exact"),
    ("all_blacks", "newzeland", "Y", "typo"),
    ("all_blacks", "new zeland", "Y", "typo"),
]

# A town the judge does not know is in the state the question names.
THE_QUESTIONS_STATE: list[Case] = [
    ("ohio_capital", "Columbus GA", "N", "two_guesses"),
    ("ohio_capital", "Columbus, Georgia", "N", "two_guesses"),
    ("ohio_capital", "Columbus, Ohio", "Y", "in_sentence"),
    ("ohio_capital", "columbus OH", "Y", "in_sentence"),
    ("oregon_city", "Portland, Maine", "N", "two_guesses"),
    ("oregon_city", "Portland, Oregon", "Y", "in_sentence"),
    ("chiefs_city", "Kansas City, Missouri", "Y", "in_sentence"),
    ("chiefs_city", "Kansas City", "Y", "exact"),
]

# An attack on this stop's rules: what they must catch, and leave alone.
REVIEWED_KINDS_AND_NAMES: list[Case] = [
    ("amman_capital", "Michael Jordan", "N", "wrong"),
    ("amman_capital", "jordan", "Y", "exact"),
    ("tbilisi_country", "Georgia the country", "Y", "in_sentence"),
    ("olympia_state", "Olympia Washington", "Y", "in_sentence"),
    ("olympia_state", "Denzel Washington", "N", "wrong"),
    ("skye_island", "the Isle of Skye", "Y", "in_sentence"),
    ("pompeii_volcano", "Mount Vesuvius", "Y", "in_sentence"),
    ("pompeii_volcano", "Mt Vesuvius", "Y", "in_sentence"),
    ("planet_metal", "the planet Mercury", "N", "wrong"),
    ("planet_metal", "the metal mercury", "Y", "in_sentence"),
    ("baptism_river", "the country Jordan", "N", "wrong"),
    ("baptism_river", "the river Jordan", "Y", "in_sentence"),
    ("feast_bird", "the country Turkey", "N", "wrong"),
    ("feast_bird", "a turkey", "Y", "exact"),
    ("flying_mammal", "a fruit bat", "Y", "in_sentence"),
    ("pyongyang_korea", "north", "Y", "exact"),
    ("pyongyang_korea", "the north", "Y", "exact"),
    ("pyongyang_korea", "south", "C", "wrong"),
    ("argentina_half", "south", "Y", "exact"),
    ("argentina_half", "southern", "Y", "exact"),
    ("argentina_half", "north", "N", "wrong"),
    ("cup_wins", "five", "Y", "exact"),
    ("cup_wins", "they've won it 5 times", "Y", "in_sentence"),
    ("cup_wins", "only 4", "N", "wrong"),
    ("titanic_not", "it sank in April 1912", "Y", "in_sentence"),
    ("titanic_not", "it didn't sink in 1912", "N", "wrong"),
    ("boils_90", "it boils at 100 degrees", "Y", "in_sentence"),
    ("boils_90", "it boils at 90 degrees", "N", "wrong"),
]

# A state with its own code or country; a city abroad names the country; a name
# drawn out; another given name.
STATES_AND_TEAMS: list[Case] = [
    ("largest_state", "alaska, usa", "Y", "in_sentence"),
    ("largest_state", "Alaska AK", "Y", "in_sentence"),
    ("largest_state", "Alaska TX", "N", "two_guesses"),
    ("peach_state", "georgia GA", "Y", "in_sentence"),
    ("peach_state", "Atlanta, Georgia", "Y", "in_sentence"),
    ("peach_state", "tbilisi georgia", "N", "two_guesses"),
    ("kobe_team", "lakerss", "Y", "typo"),
    ("kobe_team", "lakersss", "Y", "exact"),
    ("messi_name", "Lionel Messi", "Y", "exact"),
    ("messi_name", "Lisa Messi", "N", "other_person"),
]

# Natural phrasings from a blind probe set: "a" before a unit, tenths, "for" and
# "of" in a post; and another person's given name before a full name.
NATURAL_PHRASINGS: list[Case] = [
    ("consul_term", "a year", "Y", "number"),
    ("consul_term", "just a year", "Y", "number"),
    ("consul_term", "a single year", "Y", "number"),
    ("consul_term", "two years", "N", "wrong"),
    ("mot_months", "a year", "Y", "number"),
    ("mot_months", "a month", "N", "wrong"),
    ("water_share", "seven tenths", "Y", "number"),
    ("water_share", "nine tenths", "N", "wrong"),
    ("water_share", "two thirds", "N", "wrong"),
    ("defence_post", "minister for defence", "Y", "exact"),
    ("defence_post", "defence minister", "Y", "exact"),
    ("relativity", "Hans Albert Einstein", "N", "other_person"),
    ("relativity", "Dr Albert Einstein", "Y", "in_sentence"),
]

# A code review of this stop's rules: what they must catch, and leave alone.
REVIEWED_STOP_31: list[Case] = [
    ("furiosa_film", "madman", "N", "wrong"),
    ("furiosa_film", "madmax", "Y", "exact"),
    ("boston_team", "redfox", "N", "wrong"),
    ("boston_team", "redsox", "Y", "exact"),
    ("car_maker", "china cars", "Y", "in_sentence"),
    ("island_nation", "the country japan", "Y", "in_sentence"),
    ("wright_town", "kitty hawk, north carolina", "Y", "in_sentence"),
    ("wright_town", "kitty hawk nc", "Y", "in_sentence"),
    ("uga_state", "athens, georgia", "Y", "in_sentence"),
    ("tbilisi_ga", "georgia ga", "N", "two_guesses"),
    ("split_state", "west", "C", "partial"),
    ("wall_1991", "fell in 91", "N", "wrong"),
    ("wall_1991", "it fell in nineteen ninety one", "N", "wrong"),
    ("wall_1991", "it fell in 1989", "Y", "in_sentence"),
    ("elvis_not", "he died in 1977", "Y", "in_sentence"),
    ("canada_country", "Halifax, Canada", "Y", "in_sentence"),
    ("mot_months", "half a year", "N", "wrong"),
    ("java_language", "the island of Java", "N", "wrong"),
    ("java_language", "the language Java", "Y", "in_sentence"),
    ("big_snake", "the programming language Python", "N", "wrong"),
    ("big_snake", "a python", "Y", "exact"),
    ("americas_cat", "the car Jaguar", "N", "wrong"),
    ("americas_cat", "the jaguar", "Y", "exact"),
    ("fastest_animal", "the car cheetah", "N", "wrong"),
    ("fastest_animal", "the animal cheetah", "Y", "in_sentence"),
    # A book named after its hero is no person; a unit squared as typed.
    ("knight_novel", "Don Quixote by Cervantes", "Y", "in_sentence"),
    ("knight_novel", "it's Don Quixote, by Miguel de Cervantes", "Y", "in_sentence"),
    ("knight_novel", "Don Quixote Cervantes", "N", "two_guesses"),
    ("gravity", "9.81 m/s^2", "Y", "number"),
    ("gravity", "approximately 9.8 m/s2", "Y", "number"),
    ("gravity", "9.81 m/s²", "Y", "number"),
    ("gravity", "9.81 m/s^2 or 10", "N", "hedge"),
    # Chat: a typed mention that opens the message says whom it is for.
    ("canberra", "@bot canberra", "Y", "exact"),
    ("canberra", "@QuizBot: canberra", "Y", "exact"),
    ("canberra", "canberra @sydney", "N", "two_guesses"),
    ("nz_people", "5,1m", "Y", "number"),
    ("nz_people", "5.1m", "Y", "number"),
    ("nz_people", "5,100,000", "Y", "number"),
]


KINDS_CASES: list[Case] = [
    *NAMED_LIKE_A_COUNTRY,
    *NATURAL_FEATURES,
    *CODES_AND_DIRECTIONS,
    *KNOWN_NAMES_IN_OPTIONS,
    *OTHER_KINDS_AND_SIZES,
    *STATEMENTS_RESTATED,
    *WRITTEN_AS_ONE_WORD,
    *THE_QUESTIONS_STATE,
    *REVIEWED_KINDS_AND_NAMES,
    *STATES_AND_TEAMS,
    *NATURAL_PHRASINGS,
    *REVIEWED_STOP_31,
]
