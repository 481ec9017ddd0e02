"""Table cases for the edges that probing players' messages found: places and dates
beside an answer, units and sums, true/false said against the statement, chat beside
a choice, and answers of kinds the judge knows whole (set: `quizsets_chat`)."""

from __future__ import annotations

from tests.engine.judge.cases import Case

# A place or a year beside an answer of another kind says where or when.
PLACED_AND_DATED: list[Case] = [
    ("ali", "muhammad ali, usa", "Y", "in_sentence"),
    ("ali", "muhammad ali 1964", "Y", "in_sentence"),
    ("ali", "muhammad ali, joe frazier", "N", None),
    ("dallas", "kennedy, australia", "N", "two_guesses"),
    ("bulb", "thomas edison 1879", "Y", "in_sentence"),
    ("opera_house", "sydney 1973", "Y", "in_sentence"),
    ("australia", "australia, canberra", "Y", "in_sentence"),
    ("australia", "canberra australia", "Y", "in_sentence"),
    ("australia", "australia, paris", "N", "two_guesses"),
    ("australia", "australia nz", "N", "two_guesses"),
]

# Units: "m" in a question is metres; a unit of another quantity names another number.
MEASURES: list[Case] = [
    ("everest_m", "8849 m", "Y", "number"),
    ("everest_m", "8.849 km", "Y", "number"),
    ("everest_m", "29032 ft", "Y", "number"),
    ("everest_m", "8849 ft", "N", "wrong"),
    ("everest_m", "8849 km", "N", "wrong"),
    ("everest_m", "8849 minutes", "N", "wrong"),
    # Without a `unit`, "How many days...?" asks in days.
    ("leap_days", "366 days", "Y", "number"),
    ("leap_days", "366", "Y", "number"),
    ("everest_m", "8849 kg", "N", "wrong"),
    ("everest_m", "8849 m (29032 ft)", "Y", "number"),
    ("everest_m", "8849 or 8845", "N", "hedge"),
    ("everest_m", "(8849 ft)", "N", "wrong"),
    ("boiling", "100 degrees (212 F)", "Y", "number"),
    ("boiling", "100 (100 F)", "N", "hedge"),
    ("dead_sea", "430 m below sea level", "Y", "number"),
    # A measure beside an answer that is no number says how big, not which.
    ("african_river", "the nile (6650 km)", "Y", "in_sentence"),
    ("african_river", "nile, about 6,650 km long", "Y", "in_sentence"),
    ("african_river", "nile 6650km", "Y", "in_sentence"),
    ("african_river", "nile (6650 km) or the congo", "N", "hedge"),
    ("african_river", "nile congo 6650 km", "N", "two_guesses"),
    ("colonies", "13 (1776 km)", "N", None),
    ("most_cups", "brazil, 5 times", "Y", "in_sentence"),
    ("most_cups", "brazil 5 times, italy 4", "N", "two_guesses"),
    ("african_river", "nile 90%", "Y", "in_sentence"),  # how sure
    ("african_river", "nile 60% congo 40%", "N", "two_guesses"),
    ("african_river", "nile 6.65", "N", "two_guesses"),  # a version? ("Vista 8.1")
    ("nostromo", "alien, 117 minutes", "N", "two_guesses"),  # beside a title, a title?
    # "Mostly" says how much of it, before or after.
    ("african_river", "the nile mostly", "Y", "in_sentence"),
    ("african_river", "mainly the nile", "Y", "in_sentence"),
    ("african_river", "mostly congo", "N", None),
    ("dead_sea", "-430", "Y", "number"),
    ("dead_sea", "430", "N", None),
    ("match_length", "1 hour 30 minutes", "Y", "number"),
    ("match_length", "1h30", "Y", "number"),
    ("match_length", "1 hr and 30 min", "Y", "number"),
    ("match_length", "1 hour 20 minutes", "N", None),
    ("eggs", "two baker's dozens", "N", None),
    ("thirteen", "a baker's dozen", "Y", "number"),
    ("first_landing", "1969 at the latest", "N", "hedge"),
    ("first_landing", "1969, at the earliest", "N", "hedge"),
]

# True/false: a bare verb is read against the statement's own negation; chat verdicts.
STATEMENT_POLARITY: list[Case] = [
    ("lightning", "it does", "Y", "in_sentence"),
    ("lightning", "it can", "Y", "in_sentence"),
    ("lightning", "it can strike twice", "Y", "in_sentence"),
    ("lightning", "it never does", "N", "wrong"),
    ("lightning", "it doesn't", "N", "wrong"),
    ("lightning", "I doubt it", "Y", "in_sentence"),
    ("penguins", "they can't", "Y", "in_sentence"),
    ("penguins", "true, they can't", "Y", "in_sentence"),
    ("penguins", "yep they can't", "Y", "in_sentence"),
    ("penguins", "they can", "N", "wrong"),
    ("penguins", "absolutely not", "N", "wrong"),
    ("bats", "they aren't", "Y", "in_sentence"),
    ("bats", "they are", "N", "wrong"),
    ("tomato_fruit", "tomatoes are fruits", "Y", "in_sentence"),
    ("tomato_fruit", "facts", "Y", "exact"),
    ("tomato_fruit", "no cap", "Y", None),
    ("tomato_fruit", "cap", "N", "wrong"),
    ("lightning", "cap", "Y", "exact"),
    ("lightning", "that's cap", "Y", "in_sentence"),
    ("lightning", "\U0001f9e2", "Y", "exact"),
]

# Choices: chat beside part of an option, and the option's letter after its text.
CHOICE_CHAT: list[Case] = [
    # A formula's digit is no option's number; "a" before a number is the letter.
    ("greenhouse_pick", "co2", "N", None),
    ("greenhouse_pick", "CO2", "N", None),
    ("greenhouse_pick", "co 2", "N", None),
    ("greenhouse_pick", "3", "Y", "letter"),
    ("greenhouse_pick", "c", "Y", "letter"),
    ("greenhouse_pick", "carbon dioxide", "Y", "exact"),
    ("greenhouse_pick", "ans: c", "Y", "letter"),
    ("greenhouse_pick", "\U0001f172", "Y", "letter"),
    ("greenhouse_pick", "\U0001f171\ufe0f", "N", "wrong"),
    ("first_flight_year", "a 1903", "N", "two_guesses"),
    ("first_flight_year", "c 1903", "Y", "letter"),
    ("first_flight_year", "1903", "Y", "exact"),
    ("first_flight_year", "a 1899", "N", "wrong"),
    ("mona_lisa_pick", "da vinci obv", "Y", "distinctive"),
    ("mona_lisa_pick", "da vinci i think", "Y", "distinctive"),
    ("mona_lisa_pick", "leonardo tbh", "Y", "distinctive"),
    ("mona_lisa_pick", "raphael obv", "N", "wrong"),
    ("mona_lisa_pick", "da vinci or raphael", "N", None),
    ("au_pick", "gold b", "Y", "letter"),
    ("au_pick", "gold (b)", "Y", "letter"),
    ("au_pick", "gold a", "N", "two_guesses"),
    ("au_pick", "gold c", "N", "two_guesses"),
    ("au_pick", "silver a", "N", "wrong"),
    ("au_pick", "gold now", "Y", "in_sentence"),
    # An option's number on screen beside its text; "100%" says how sure.
    ("au_pick", "2) gold", "Y", "letter"),
    ("au_pick", "2. Gold", "Y", "letter"),
    ("au_pick", "gold 2", "Y", "letter"),
    ("au_pick", "1) gold", "N", "two_guesses"),
    ("au_pick", "gold 3", "N", "two_guesses"),
    ("au_pick", "B 100%", "Y", "letter"),
    ("au_pick", "b, 100%", "Y", "letter"),
    ("au_pick", "100% a", "N", "wrong"),
    ("au_pick", "\U0001f1e7", "Y", "letter"),  # Discord's letter emoji B
    ("au_pick", "\U0001f1e8", "N", "wrong"),
    ("au_pick", "\U0001f1e7\U0001f1f7", "N", None),  # two make a flag
    ("au_pick", "\U0001f1e6 gold", "N", "two_guesses"),  # the letter A, not the article
    ("au_pick", "\U0001f1e7 gold", "Y", "letter"),
    ("au_pick", "gold \U0001f1e6", "N", "two_guesses"),
]

# A year the question asks for BC may be typed without its era.
YEARS_BC: list[Case] = [
    ("marathon_bc", "490", "Y", "year"),
    ("marathon_bc", "490 BC", "Y", "year"),
    ("marathon_bc", "490 AD", "N", "wrong"),
    ("marathon_bc", "-490", "Y", "year"),
    # "or so" says "about", for a year as for a number.
    ("moon", "1969 or so", "Y", "year"),
    ("moon", "1969 or thereabouts", "Y", "year"),
    ("moon", "1970 or so", "n", None),
]

# Working shown before a number answer; zero said in words.
WORKING: list[Case] = [
    ("eggs", "12x2 = 24", "Y", "number"),
    ("eggs", "12 + 12 = 24", "Y", "number"),
    ("eggs", "2 times 12, so 24", "Y", "number"),
    ("eggs", "12x2 = 26", "N", None),
    ("eggs", "24 = 12x2", "N", None),
    ("eggs", "24 or 26, so", "N", None),
    ("venus_moons", "none", "Y", "number"),
    ("venus_moons", "no moons", "Y", "number"),
    ("venus_moons", "venus has no moons", "Y", "number"),
    ("venus_moons", "no idea", "N", None),
    ("venus_moons", "not none", "N", None),
    ("legs", "none", "N", None),
]

# A country answer with a kind of place after it names that place instead.
COUNTRY_FEATURES: list[Case] = [
    ("niger_land", "niger river", "N", "wrong"),
    ("niger_land", "the river niger", "N", "wrong"),
    ("niger_land", "the country niger", "Y", "in_sentence"),
    ("african_river", "the nile river", "Y", "in_sentence"),
]

# Found in review of the rules above.
REVIEWED: list[Case] = [
    ("mode", "mode mean", "N", "two_guesses"),
    ("mode", "mode, mean", "N", "two_guesses"),
    ("canberra", "i meant canberra", "Y", "in_sentence"),
    ("venus_moons", "no, venus has moons", "N", None),
    ("venus_moons", "no, many moons", "N", None),
    ("venus_moons", "no moon", "Y", "number"),
    ("olympics_2012", "london 2008", "N", "two_guesses"),
    ("olympics_2012", "london 2012", "Y", "in_sentence"),
    ("opera_house", "sydney, 1973", "Y", "in_sentence"),
    ("dead_sea_depth", "430 m below sea level", "Y", "number"),
    ("dead_sea_depth", "430", "Y", "number"),
    ("dead_sea_depth", "430m BELOW SEA LEVEL", "Y", "number"),
    ("dead_sea_depth", "430 Below Sea Level", "Y", "number"),
    ("dead_sea_depth", "430 m above sea level", "N", None),
    ("president_18", "ulysses grant", "Y", "in_sentence"),
    ("president_18", "ulysses s grant", "Y", "exact"),
    ("first_landing", "1969, after 8 years of work", "Y", "year"),
    ("big_cat", "a bloody lion", "Y", "in_sentence"),
    ("legs", "8? no way", "N", "negation"),
    ("legs", "4x2 = 8? no way", "N", "negation"),
    ("legs", "4x2 = 8", "Y", "number"),
]

# Another thing of the answer's name: a second river, a sea animal.
OTHER_THINGS: list[Case] = [
    ("african_river", "nile congo", "N", "two_guesses"),
    ("african_river", "nile, niger", "N", "two_guesses"),
    ("african_river", "nile egypt", "Y", "in_sentence"),
    ("big_cat", "sea lion", "N", "two_guesses"),
    ("big_cat", "mountain lion", "N", "two_guesses"),
    ("big_cat", "the lion", "Y", "exact"),
]

# "PM" beside a person is their post; where the answer is the post, it is the answer.
PM: list[Case] = [
    ("iron_lady", "pm margaret thatcher", "Y", "in_sentence"),
    ("iron_lady", "margaret thatcher (pm)", "Y", "in_sentence"),
    ("head_of_gov", "pm president", "N", None),
]

# Beside an answer of a kind listed whole, a word that names none of it is no guess;
# before a country it places it, as in an address.
CLOSED_KINDS: list[Case] = [
    ("australia", "perth, australia", "Y", "in_sentence"),
    ("australia", "perth australia", "Y", "in_sentence"),
    ("australia", "australia lost", "N", "two_guesses"),
    ("australia", "austria australia", "N", "two_guesses"),
    ("australia", "new zealnd australia", "N", "two_guesses"),
    ("australia", "greenland australia", "N", "two_guesses"),
    ("weekend_end", "sunday afternoon", "Y", "in_sentence"),
    ("weekend_end", "sunday, late", "Y", "in_sentence"),
    ("weekend_end", "sunday satruday", "N", "two_guesses"),
    ("month", "late september", "Y", "in_sentence"),
    ("month", "september octobre", "N", "two_guesses"),
]

# An answer written with its qualifier ("blue whale", accepting "whale") says which
# one it is: another qualifier names another of its kind.
OWN_QUALIFIER: list[Case] = [
    ("largest_mammal", "whale", "Y", "exact"),
    ("largest_mammal", "the blue whale", "Y", "exact"),
    ("largest_mammal", "bleu whale", "Y", "typo"),
    ("largest_mammal", "its a whale", "Y", "in_sentence"),
    ("largest_mammal", "killer whale", "N", "two_guesses"),
    ("largest_mammal", "humpback whale", "N", "two_guesses"),
    ("largest_mammal", "grey whale", "N", "two_guesses"),
    # A word of size may name the sort too (the large intestine, the big toe).
    ("largest_mammal", "big whale", "N", "two_guesses"),
    ("bears_sport", "football", "Y", "exact"),
    ("bears_sport", "amercan football", "Y", "typo"),
    ("bears_sport", "association football", "N", "two_guesses"),
    ("bears_sport", "rugby football", "N", "two_guesses"),
]

# An ordinal before a name is also said as a number after it, in either notation.
ORDINAL_OR_NUMBER: list[Case] = [
    ("lincoln_number", "the 16th one", "Y", "number"),
    ("lincoln_number", "the sixteenth one", "Y", "number"),
    ("lincoln_number", "16th", "Y", "number"),
    ("lincoln_number", "the 15th one", "N", "wrong"),
    ("lincoln_number", "16 or one", "N", "hedge"),
    ("war_1918", "world war 1", "Y", "exact"),
    ("war_1918", "world war one", "Y", "exact"),
    ("war_1918", "World War I", "Y", "exact"),
    ("war_1918", "WW1", "Y", "exact"),
    ("war_1918", "wwi", "Y", "exact"),
    ("war_1918", "world war 2", "N", None),
    ("war_1918", "WWII", "N", None),
    ("war_1918", "ww3", "N", None),
    ("war_pick", "second world war", "Y", None),
    ("war_pick", "2nd world war", "Y", None),
    ("war_pick", "ww2", "Y", None),
    ("war_pick", "ww1", "N", None),
    ("war_pick", "world war 1", "N", None),
]

# The answer's own plural is no other noun of its kind; a digit is no initial.
OWN_FORMS: list[Case] = [
    ("filter", "kidneys", "Y", "inflection"),
    ("filter", "the kidneys", "Y", "inflection"),
    ("filter", "kidneys liver", "N", "two_guesses"),
    ("filter", "heart", "N", None),
    ("water_formula", "h2o", "Y", "exact"),
    ("water_formula", "H2O2", "N", "two_guesses"),
    # Beside a name holding a number, a year dates it; another number makes another name.
    ("moon_mission", "Apollo 11 1969", "Y", "in_sentence"),
    ("moon_mission", "apollo 11 (1969)", "Y", "in_sentence"),
    ("moon_mission", "apollo 11 12", "N", "two_guesses"),
    ("moon_mission", "apollo 12 1969", "N", None),
]

# True/false: chat after an echo of the statement changes nothing; a bare verb put
# first, before no more than the statement's words, asks back.
STATEMENT_CHAT: list[Case] = [
    ("flat", "not flat lol", "Y", "in_sentence"),
    ("flat", "earth isnt flat ez", "Y", "in_sentence"),
    ("flat", "its flat tbh", "N", "wrong"),
    ("flat", "is it?", "N", "nonanswer"),
    ("flat", "is it flat?", "N", "nonanswer"),
    ("flat", "is it flat? no", "Y", "in_sentence"),
    ("flat", "it isnt", "Y", "in_sentence"),
    ("penguins", "can they?", "N", "nonanswer"),
    ("penguins", "they cant", "Y", "in_sentence"),
]

# A scale word after a number in words or with a part: one number.
SCALED_WORDS: list[Case] = [
    ("spartans", "3 hundred", "Y", "number"),
    ("spartans", "3 hundreds", "Y", "number"),
    ("spartans", "three hundred", "Y", "number"),
    ("spartans", "4 hundred", "N", "wrong"),
    ("paris_people", "2.1 millions", "Y", "number"),
    ("paris_people", "2,1 million", "Y", "number"),
    ("paris_people", "two point one million", "Y", "number"),
    ("paris_people", "two million", "Y", "number"),
    ("paris_people", "two and a quarter million", "n", None),
    ("paris_people", "two million and a quarter", "n", None),
    ("paris_people", "2 and a half million", "N", "wrong"),
    ("paris_people", "2,100 million", "N", "wrong"),
]

# A work's maker after "by" says who made it; a place has no maker.
MADE_BY: list[Case] = [
    ("ahab_novel", "moby dick by melville or hawthorne", "N", "hedge"),
    ("ahab_novel", "moby dick not by melville", "N", "negation"),
    ("ahab_novel", "moby dick melville", "N", "two_guesses"),
    ("canberra", "canberra by sydney", "N", "two_guesses"),
    # A number the question says in words, repeated in digits, is no guess.
    ("eight_titles", "federer 8", "Y", "in_sentence"),
    ("eight_titles", "federer, eight", "Y", "in_sentence"),
    ("eight_titles", "federer 9", "N", "two_guesses"),
]

# Letters drawn out in chat inside a word, as at its end: "Caaanberra".
DRAWN_OUT: list[Case] = [
    ("canberra", "caaanberra", "Y", "exact"),
    ("canberra", "caaaaaaanberra", "Y", "exact"),
    ("canberra", "i think caaanberra", "Y", "in_sentence"),
    ("canberra", "not caaanberra", "N", "negation"),
    ("canberra", "caaanberra or sydney", "N", None),
    ("city", "mooooscow", "Y", "exact"),
    ("city", "moooscow?", "Y", "exact"),
    ("city", "mosssss", "N", None),
    ("beheaded", "charles iii", "C", "wrong"),
]
