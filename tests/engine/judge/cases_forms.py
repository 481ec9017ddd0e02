"""Table cases: the forms a name takes in chat, and the words around it."""

from __future__ import annotations

from tests.engine.judge.cases import Case

# "#" and "++" after a letter make another name: C, C# and C++ are three languages.
SIGNED_LETTERS: list[Case] = [
    ("c_lang", "c", "Y", "exact"),
    ("c_lang", "the c language", "Y", None),
    ("c_lang", "c#", "N", None),
    ("c_lang", "c++", "N", None),
    ("c_lang", "c plus plus", "N", None),
    ("cs_lang", "c#", "Y", "exact"),
    ("cs_lang", "C #", "Y", "exact"),
    ("cs_lang", "c sharp", "Y", "exact"),
    ("cs_lang", "c", "N", None),
    ("cs_lang", "c++", "N", None),
    ("cpp_lang", "c++", "Y", "exact"),
    ("cpp_lang", "c plus plus", "Y", "exact"),
    ("cpp_lang", "c", "N", None),
    ("cpp_lang", "c#", "N", None),
    ("cpp_lang", "c++ or c#", "N", None),
    ("cs_lang", "f#", "C", "wrong"),
    ("cs_lang", "c\u266f", "Y", "exact"),
]

# Letters of other alphabets written as their usual Latin ones; one letter struck
# twice in a word of four; drawn out (three or more) in any word.
LETTERS: list[Case] = [
    ("norse_father", "\u00d3\u00f0inn", "Y", "typo"),
    ("norse_father", "O\u00f0in", "Y", "exact"),
    ("norse_father", "odinn", "Y", "typo"),
    ("norse_father", "oddin", "Y", "typo"),
    ("norse_father", "odn", "C", "wrong"),
    ("norse_father", "oden", "C", "wrong"),
    ("african_river", "nille", "Y", "typo"),
    ("african_river", "nile", "Y", "exact"),
]

# Known names that hold the answer's are other names: the Blue Nile is no Nile.
# A company's "Corporation", a title ("Count"), "the younger" for a II.
AROUND_A_NAME: list[Case] = [
    ("african_river", "blue nile", "N", None),
    ("african_river", "the white nile", "N", None),
    ("african_river", "the river nile", "Y", None),
    ("ps_maker", "sony corporation", "Y", "in_sentence"),
    ("ps_maker", "sony corp", "Y", "in_sentence"),
    ("ps_maker", "sony or nintendo", "N", None),
    ("war_and_peace", "count leo tolstoy", "Y", "in_sentence"),
    ("war_and_peace", "count tolstoy", "Y", None),
    ("blue_danube", "johann strauss the younger", "Y", None),
    ("blue_danube", "johann strauss iii", "N", None),
    ("biggest_penguin", "emperor penguin", "Y", "exact"),
    ("biggest_penguin", "emperor or king penguin", "C", "wrong"),
    ("biggest_penguin", "emperor and king penguin", "C", "wrong"),
    ("biggest_penguin", "emperor not penguin", "N", None),
]

# A unit with a slash ("km/h") or a square ("km²", "square miles") is one unit: the
# number typed with it is converted, and a unit of another kind names another quantity.
UNIT_FORMS: list[Case] = [
    ("motorway", "130", "Y", "number"),
    ("motorway", "130 km/h", "Y", "number"),
    ("motorway", "130kmh", "Y", "number"),
    ("motorway", "130 kph", "Y", "number"),
    ("motorway", "81 mph", "Y", "number"),
    ("motorway", "130 mph", "N", "wrong"),
    ("motorway", "36 m/s", "Y", "number"),
    ("motorway", "130 km", "N", "wrong"),
    ("wales_area", "20,779 km²", "Y", "number"),
    ("wales_area", "about 20,800 square kilometres", "Y", "number"),
    ("wales_area", "20779 sq km", "Y", "number"),
    ("wales_area", "8,023 square miles", "Y", "number"),
    ("wales_area", "8000 sq. mi", "Y", "number"),
    ("wales_area", "20779 square miles", "N", "wrong"),
    ("wales_area", "20779 km", "N", "wrong"),
    # "per", "a" and "an" between two units make a speed; "second" there is no rank.
    ("sound_speed", "three hundred and forty metres per second", "Y", "number"),
    ("sound_speed", "343 meters a second", "Y", "number"),
    ("motorway", "81 miles an hour", "Y", "number"),
    ("motorway", "130 km an hour", "Y", "number"),
    ("motorway", "130 km a day", "N", "wrong"),
    # "a billion" is one where the unit carries the scale.
    ("big_deal", "a billion dollars", "Y", "number"),
    ("big_deal", "a billion", "Y", "number"),
    ("big_deal", "a billion and a half", "N", "wrong"),
    ("big_deal", "a million", "N", "wrong"),
    # A converted number may miss by the rounding of its last digit, and no more.
    ("boiling", "373 kelvin", "Y", "number"),
    ("boiling", "373.15 K", "Y", "number"),
    ("boiling", "375 kelvin", "n", "wrong"),
    ("motorway", "80 mph", "n", "wrong"),
    ("motorway", "80.8 mph", "Y", "number"),
    ("motorway", "80.5 mph", "n", "wrong"),
]

# A sign after one or two letters is their polarity, written or spelt out.
POLARITY: list[Case] = [
    ("donor", "O-", "Y", "exact"),
    ("donor", "o neg", "Y", "exact"),
    ("donor", "O negative!", "Y", "exact"),
    ("donor", "O-!", "Y", "exact"),
    ("donor", "O+", "N", None),
    ("donor", "O positive", "N", None),
    ("donor", "A-", "n", None),
    ("recipient", "AB+", "Y", "exact"),
    ("recipient", "ab positive", "Y", "exact"),
    ("recipient", "AB pos", "Y", "exact"),
    ("recipient", "AB-", "N", None),
    ("recipient", "AB negative", "N", None),
    ("recipient", "A+", "n", None),
    ("recipient", "B+", "n", None),  # a pair of letters takes no slip: B is a group
    ("recipient", "B positive", "n", None),
    ("recipient", "AB postive", "Y", "typo"),
    ("sun_vitamin", "vit D", "Y", "exact"),
    ("sun_vitamin", "vitamin C", "n", None),
]

# The statement's words after a verdict say it again only in the statement's order;
# in another, they make another claim: the player's reason.
REASONS: list[Case] = [
    ("sound_light", "no, light is faster", "Y", "in_sentence"),
    ("sound_light", "false, light travels faster", "Y", "in_sentence"),
    ("sound_light", "no light is faster", "Y", "in_sentence"),
    ("sound_light", "no, sound travels faster", "N", "hedge"),
    ("sound_light", "no, it does", "N", "hedge"),
    # Swapped, the two things a comparison compares deny it.
    ("sound_light", "light is faster", "Y", "in_sentence"),
    ("sound_light", "yes, light is faster", "N", "hedge"),
    ("sound_light", "sound is faster", "N", "wrong"),
    # Elsewhere, the statement's words in another order make no echo either way.
    ("bats_blind", "no, blind bats are a myth", "Y", "in_sentence"),
    ("bats_blind", "blind bats", "N", None),
    ("bats_blind", "bats are blind", "N", "wrong"),
]

# Asked for a vitamin, a hurricane or an operation, the kind word may be left out.
KINDS_LEFT_OUT: list[Case] = [
    ("sun_vitamin", "D", "Y", "exact"),
    ("sun_vitamin", "it's vitamin d", "Y", "in_sentence"),
    ("sun_vitamin", "C", "n", None),
    ("sun_vitamin", "vitamin", "n", "partial"),
    ("bone_vitamin", "D", "N", None),
    ("bone_vitamin", "vitamin D", "Y", "exact"),
    # Leading a message, "a" is an article: no reordering of Vitamin A, nor its name.
    ("eye_vitamin", "vitamin a", "Y", "exact"),
    ("eye_vitamin", "a vitamin", "n", "partial"),
    ("eye_vitamin", "it's a vitamin", "n", "partial"),
    ("eye_vitamin", "a vitamin A", "Y", "exact"),
    ("storm", "Katrina", "Y", "exact"),
    ("storm", "katrna", "Y", "typo"),
    ("storm", "Hurricane Rita", "n", None),
    ("storm", "Queen Katrina", "N", None),
    ("d_day", "Overlord", "Y", "exact"),
    ("d_day", "operation overlord", "Y", "exact"),
    ("d_day", "Operation Neptune", "N", None),
    ("d_day", "Op. Overlord", "Y", "exact"),
    ("baghdad", "Irak", "Y", "exact"),
    ("baghdad", "Iran", "N", None),
]

# The US states are a kind the judge knows: another is a second guess, a slip onto
# one is no typo, and a city before one places it, as a city before its country.
STATES: list[Case] = [
    ("golden_state", "California", "Y", "exact"),
    ("golden_state", "Califronia", "Y", "typo"),
    ("golden_state", "California, Nevada", "N", "two_guesses"),
    ("golden_state", "Nevada or California", "N", "hedge"),
    ("golden_state", "Los Angeles, California", "Y", "in_sentence"),
    ("golden_state", "California, USA", "Y", "in_sentence"),
    ("peach_state", "Georgia", "Y", "exact"),
    ("peach_state", "Georgia, USA", "Y", "in_sentence"),
    ("peach_state", "Georgia, Alabama", "N", "two_guesses"),
    ("peach_state", "Florida Georgia", "N", "two_guesses"),
    ("canyon_state", "Flagstaff, Arizona", "Y", "in_sentence"),
    ("canyon_state", "Arizona Utah", "N", "two_guesses"),
    ("canyon_state", "New Mexico", "N", None),
    # A given name before a state's name makes a person of it.
    ("rainy_state", "Washington", "Y", "exact"),
    ("rainy_state", "Washington state", "Y", "in_sentence"),
    ("rainy_state", "George Washington", "N", "wrong"),
    ("rainy_state", "Seattle, Washington", "Y", "in_sentence"),
    # Where the state is also a surname, so does an initial or a word unknown here.
    ("rainy_state", "Seattle Washington", "Y", "in_sentence"),  # the question's city
    ("rainy_state", "Denzel Washington", "N", "wrong"),
    ("rainy_state", "Booker T. Washington", "N", "wrong"),
    ("rainy_state", "the state of Washington", "Y", "in_sentence"),
    ("rainy_state", "prob washington", "Y", "in_sentence"),
    ("rainy_state", "ummm washington", "Y", "in_sentence"),
    ("rainy_state", "no doubt washington", "Y", "in_sentence"),
    ("rainy_state", "Tacoma, Washington", "Y", "in_sentence"),
    ("peach_state", "Savannah, Georgia", "Y", "in_sentence"),
    ("golden_state", "Fresno California", "Y", "in_sentence"),  # no person's name
]

# A Roman numeral is a number: read as one where the answer is a number or a year,
# and never a slip of another numeral.
ROMAN: list[Case] = [
    ("sun_king", "XIV", "Y", "number"),
    ("sun_king", "Louis XIV", "Y", "number"),
    ("sun_king", "louis xiv", "Y", "number"),
    ("sun_king", "I think it was xiv", "Y", "number"),
    ("sun_king", "XV", "N", "wrong"),
    ("sun_king", "XIV or XV", "N", "hedge"),
    ("sun_king", "louis xiiii", "N", None),
    ("takeover", "MMXXII", "Y", "year"),
    ("takeover", "mmxxii", "Y", "year"),
    ("takeover", "MMXXI", "n", "wrong"),
    ("electricity", "25 CM", "N", None),
    ("numerals", "mmxxiv", "Y", "exact"),
    ("numerals", "MMXIV", "n", "wrong"),
    ("numerals", "MMXXVI", "n", "wrong"),
    ("numerals", "2024", "N", "wrong"),
]

# An ordinal in digits or in words is one ordinal; asked "Which century…?", the word
# "century" may go.
ORDINALS: list[Case] = [
    ("bard_century", "sixteenth century", "Y", "exact"),
    ("bard_century", "the 16th cent", "Y", "exact"),
    ("bard_century", "the 16th", "Y", "exact"),
    ("bard_century", "16th", "Y", "exact"),
    ("bard_century", "the sixteenth", "Y", "exact"),
    ("bard_century", "17th century", "N", None),
    ("bard_century", "the seventeenth", "N", None),
    ("bard_century", "16th or 17th", "N", None),
    ("republic", "5th Republic", "Y", "exact"),
    ("republic", "the fifth republic", "Y", "exact"),
    ("republic", "4th republic", "N", None),
]

# A place's name after an epithet is another guess; an epithet of words the judge
# does not know may hide one, so it is no description.
EPITHETS: list[Case] = [
    ("city", "moscow the capital of russia", "Y", "in_sentence"),
    ("city", "Moscow, the city of Kyiv", "N", "two_guesses"),
    ("city", "Moscow, the city of light and Kyiv", "N", "two_guesses"),
    # A country after a feature's kind word names the feature, not where it is.
    ("africa_peak", "Kilimanjaro, Tanzania", "Y", "in_sentence"),
    ("africa_peak", "Mount Kenya, Kilimanjaro", "N", "two_guesses"),
    ("africa_peak", "Kilimanjaro not Mount Kenya", "Y", "in_sentence"),
    # A mountain's own range places it; another range is another place.
    ("roof_of_world", "Everest, in the Himalayas", "Y", "in_sentence"),
    ("roof_of_world", "everest himalayas", "Y", "in_sentence"),
    ("roof_of_world", "Everest, Alps", "N", "two_guesses"),
    # A company's name beside the answer is another guess.
    ("iphone_maker", "Apple, Samsung", "N", None),
]

# A title listed on its own names whoever is called so: another answer of the set.
BARE_TITLES: list[Case] = [
    ("virgin_singer", "Madonna and Prince", "N", "two_guesses"),
    ("virgin_singer", "Prince, Madonna", "N", "two_guesses"),
    ("virgin_singer", "Madonna, the singer", "Y", "in_sentence"),
    ("purple_rain", "Prince", "Y", "exact"),
    ("purple_rain", "Prince and Madonna", "N", "two_guesses"),
    ("minister", "Shoigu, the minister", "Y", "in_sentence"),
]

# Where the question says a name's words itself, the number closing it may stand alone.
NUMBER_ALONE: list[Case] = [
    ("henry_wives", "VIII", "Y", "exact"),
    ("henry_wives", "the eighth", "Y", "exact"),
    ("henry_wives", "8th", "Y", "exact"),
    ("henry_wives", "VII", "n", "wrong"),
    ("henry_wives", "9", "N", "wrong"),
    ("six_wives", "VIII", "n", "partial"),
    ("apollo_landing", "11", "Y", "exact"),
    ("apollo_landing", "XI", "Y", "exact"),
    ("apollo_landing", "eleven", "Y", "exact"),
    ("apollo_landing", "12", "N", "wrong"),
    ("apollo_landing", "11 or 12", "N", None),
]

# Found by review: rules of this stop that fired where they should not.
REVIEWED: list[Case] = [
    ("short_run", "3.5 km", "Y", "number"),
    ("short_run", "4 km", "n", "wrong"),  # no rounding slack in the question's own unit
    ("short_run", "3 km", "n", "wrong"),
    ("short_run", "2.17 miles", "Y", "number"),
    ("tudor_queen", "I", "N", None),  # alone, "I" is the player
    ("tudor_queen", "I think", "N", None),
    ("tudor_queen", "the first", "Y", "exact"),
    ("uffizi", "not Florence Milan", "N", None),
    ("uffizi", "Florence, not Milan", "Y", "in_sentence"),
    ("score", "xx", "N", None),  # kisses, not 20
    ("score", "XX", "N", None),
    ("score", "twenty", "Y", "number"),
    ("killer_queen", "the film Queen", "N", None),
    ("killer_queen", "Queen album", "N", None),
    ("sound_speed", "343 metres a side", "N", None),
    ("city", "Moscow, the city of Kazan", "N", None),
]

# Polar choices (blood groups): a letter with a sign is a group, not a confident pick.
POLAR_CHOICES: list[Case] = [
    ("donor_pick", "a", "Y", "letter"),
    ("donor_pick", "O-", "Y", None),
    ("donor_pick", "o neg", "Y", None),
    ("donor_pick", "a+", "N", None),  # A positive: no option at all
    ("donor_pick", "a positive", "N", None),
    ("donor_pick", "a-", "N", None),  # the fourth option's group
    ("donor_pick", "b", "N", "wrong"),
    ("donor_pick", "O+", "N", None),
    ("donor_pick", "a, I'm positive", "Y", None),
]

# A word of two letters may gain a letter inside a title; never lose or change one.
SHORT_WORDS: list[Case] = [
    ("ben_e_king", "Stand Bye Me", "Y", "typo"),
    ("ben_e_king", "stand by mee", "Y", "typo"),
    ("ben_e_king", "stand bi me", "n", None),
    ("ben_e_king", "stand by you", "n", None),
    ("lennie", "Off Mice and Men", "Y", "typo"),
    ("lennie", "of mice and men", "Y", "exact"),
    ("lennie", "on mice and men", "n", None),
    ("recipient", "ABC positive", "n", None),  # letters stay as typed
    ("recipient", "ABO positive", "n", None),
]

# Two numerals are two numbers, whatever their length: no slip turns one into another.
NUMERAL_SLIPS: list[Case] = [
    ("saints_win", "super bowl xliv", "Y", "exact"),
    ("saints_win", "Super Bowl 44", "Y", None),
    ("saints_win", "XLIV", "Y", None),  # the question says "Super Bowl"
    ("saints_win", "44", "Y", None),
    ("saints_win", "super bowl xlv", "n", None),
    ("saints_win", "super bowl xliii", "n", None),
    ("saints_win", "super bowl xiv", "n", None),
    ("saints_win", "xlv", "n", None),
    ("saints_win", "super bown xliv", "Y", "typo"),
    ("drago", "rocky iv", "Y", "exact"),
    ("drago", "Rocky 4", "Y", None),
    ("drago", "rocky v", "n", None),
    ("drago", "rocky vi", "n", None),
    ("drago", "rocky iii", "n", None),
    ("drago", "rockey iv", "Y", "typo"),
]

# Asked for a title, words that praise or class a work may stand beside it; any
# other word before it may make another title.
ACCLAIMED: list[Case] = [
    ("ahab_novel", "the classic Moby Dick", "Y", "in_sentence"),
    ("ahab_novel", "moby dick, the famous novel", "Y", "in_sentence"),
    ("ahab_novel", "original moby dick", "Y", "in_sentence"),
    ("ahab_novel", "angry moby dick", "N", "two_guesses"),
    ("killer_queen", "the legendary Queen", "Y", "in_sentence"),
    ("killer_queen", "iconic band queen", "Y", "in_sentence"),
    ("killer_queen", "dancing queen", "N", None),
]

# Chat that calls someone ("baby", "bro") is harmless after a title or set off by a
# comma; just before it, it may begin another title.
CALLS_BY_A_TITLE: list[Case] = [
    ("daft_punk", "one more time baby", "Y", "in_sentence"),
    ("daft_punk", "baby one more time", "N", "two_guesses"),
    ("daft_punk", "bro, one more time", "Y", "in_sentence"),
    ("daft_punk", "one more time bro", "Y", "in_sentence"),
    ("daft_punk", "buddy one more time", "N", "two_guesses"),
    ("city", "buddy Moscow", "Y", None),  # no title asked: chat
]

# A title's second title, marked off by punctuation around "or", may be left out.
SECOND_TITLES: list[Case] = [
    ("melville", "moby dick", "Y", "exact"),
    ("melville", "Moby-Dick or The Whale", "Y", "exact"),
    ("melville", "moby dik", "Y", "typo"),
    ("melville", "the whale", "C", "partial"),
    ("melville", "moby dick or jaws", "N", "hedge"),
    ("malvolio", "twelfth night", "Y", "exact"),
    ("malvolio", "12th night", "Y", "exact"),
    ("malvolio", "what you will", "N", None),
    ("spin", "dead", "C", "partial"),  # a bare "or" is part of the name
]

# A title is not placed: a country or a state beside it is another answer; an
# answer of the set with an ordinal is found even where number words are read.
TITLES_NOT_PLACED: list[Case] = [
    ("daft_punk", "one more time california", "N", "two_guesses"),
    ("daft_punk", "One More Time, Fifth Republic", "N", "two_guesses"),
    ("daft_punk", "one more time 5th republic", "N", "two_guesses"),
    ("killer_queen", "queen california", "N", "two_guesses"),
    ("melville", "moby dick, california", "N", "two_guesses"),
    ("republic", "the 5th republic", "Y", "exact"),
    ("republic", "fifth republic, one more time", "N", "two_guesses"),
]

# Commas and dots inside an answer as written belong to it: typed with them, or the
# letters of its initials run together.
OWN_PUNCTUATION: list[Case] = [
    ("melville", "Moby-Dick; or, The Whale, definitely", "Y", "in_sentence"),
    ("melville", "moby dick, or the whale, i think", "Y", "in_sentence"),
    ("seat_of_government", "Washington DC", "Y", "exact"),
    ("seat_of_government", "washington dc, definitely", "Y", "in_sentence"),
    ("seat_of_government", "Washington, D.C.", "Y", "exact"),
    ("hobbit", "JRR Tolkien", "Y", "exact"),
    ("hobbit", "jrr tolkien for sure", "Y", "in_sentence"),
]

# A comparison said back with its opposite, or with its two sides swapped, denies
# it; "K2" is a name like any other.
COMPARISONS_TURNED: list[Case] = [
    ("everest_k2", "K2 is taller", "N", "wrong"),
    ("everest_k2", "Everest is taller", "Y", "in_sentence"),
    ("everest_k2", "K2 is shorter", "Y", "in_sentence"),
    ("everest_k2", "everest is shorter", "N", "wrong"),
    ("everest_k2", "no, K2 is taller", "N", "wrong"),
    ("saturn_size", "Saturn is smaller", "Y", "in_sentence"),
    ("saturn_size", "Jupiter is smaller", "N", "wrong"),
    ("saturn_size", "saturn isn't smaller", "N", "wrong"),
    ("saturn_size", "Jupiter is larger", "Y", "in_sentence"),
    ("saturn_size", "saturn is smaller than jupiter", "Y", "in_sentence"),
    ("saturn_size", "Jupiter is bigger than Saturn", "Y", "in_sentence"),
    ("saturn_size", "saturn is bigger", "N", "wrong"),
    ("saturn_size", "Jupiter", "Y", "exact"),
    ("everest_k2", "K2", "N", "wrong"),
    ("everest_k2", "Everest", "Y", "exact"),
    ("sun_order", "venus is further from the sun", "Y", "in_sentence"),
    ("sun_order", "venus is nearer", "N", "wrong"),
    ("sun_order", "mercury is farther", "N", "wrong"),
]

# Asked for a place, a given name before a one-word answer makes a person of it.
PEOPLE_NAMED_LIKE_TOWNS: list[Case] = [
    ("texas_capital", "Steve Austin", "N", "wrong"),
    ("texas_capital", "downtown Austin", "Y", "in_sentence"),
    ("texas_capital", "it's Austin", "Y", "in_sentence"),
    ("texas_capital", "Austin, Texas", "Y", "in_sentence"),
    ("darwin_city", "Charles Darwin", "N", "wrong"),
    ("darwin_city", "darwin, australia", "Y", "in_sentence"),
    ("mississippi_capital", "Andrew Jackson", "N", "wrong"),
    ("mississippi_capital", "Michael Jackson", "N", "wrong"),
    ("mississippi_capital", "Jackson, Mississippi", "Y", "in_sentence"),
    ("bc_capital", "Queen Victoria", "N", "wrong"),
    ("bc_capital", "Victoria, British Columbia", "Y", "in_sentence"),
    ("nc_city", "Princess Charlotte", "N", "wrong"),
    ("nc_city", "Charlotte NC", "Y", "in_sentence"),
    ("nc_city", "Charlotte", "Y", "exact"),
    ("nebraska_capital", "Abraham Lincoln", "N", "wrong"),
    ("nebraska_capital", "Lincoln NE", "Y", "in_sentence"),
    ("mission_control", "Sam Houston", "N", "wrong"),
    ("mission_control", "Houston, TX", "Y", "in_sentence"),
]

# Beside an answer that is no person, a title word that is another answer is that
# answer: "Prince" the singer.
TITLE_WORDS_ALONE: list[Case] = [
    ("drago", "Rocky IV Prince", "N", "two_guesses"),
    ("drago", "Prince Rocky IV", "N", "two_guesses"),
    ("drago", "the Rocky IV", "Y", "exact"),
]

# A title's words come in its own order: reordered, they name another title.
TITLE_WORD_ORDER: list[Case] = [
    ("hey_ya", "Ya Hey", "N", "wrong"),
    ("hey_ya", "hey ya", "Y", "exact"),
    ("orwell_farm", "Farm Animal", "N", "wrong"),
    ("orwell_farm", "animal farm", "Y", "exact"),
]

# A compass word opening a place's name may be its letter: "N. Carolina".
COMPASS_LETTERS: list[Case] = [
    ("raleigh", "N. Carolina", "Y", "exact"),
    ("raleigh", "n carolina", "Y", "exact"),
    ("raleigh", "S. Carolina", "C", "wrong"),
    ("raleigh", "Carolina", "C", "partial"),
    ("seoul", "S. Korea", "Y", "exact"),
    ("seoul", "N. Korea", "C", "wrong"),
    ("belfast_land", "N. Ireland", "Y", "exact"),
]

# A nickname that is also a common word still names the answer's own given name.
WORDLIKE_NICKNAMES: list[Case] = [
    ("verona_play", "Will Shakespeare", "Y", "exact"),
    ("verona_play", "Bill Shakespeare", "Y", "exact"),
    ("verona_play", "I will say Shakespeare", "C", "partial"),
]

# A US state's postal code after a town places it as the state's name does; a
# town whose state the judge knows is placed by that state only.
STATE_CODES: list[Case] = [
    ("sxsw", "Austin TX", "Y", "in_sentence"),
    ("sxsw", "austin, tx.", "Y", "in_sentence"),
    ("sxsw", "Austin blah", "N", "two_guesses"),
    ("hollywood", "Los Angeles, CA", "Y", "in_sentence"),
    ("hollywood", "Los Angeles, TX", "N", "two_guesses"),
    ("hollywood", "Los Angeles, Texas", "N", "two_guesses"),
    ("hollywood", "Los Angeles, California", "Y", "in_sentence"),
    ("raleigh", "North Carolina TX", "N", "two_guesses"),
    ("sxsw", "Austin MN", "N", "two_guesses"),
    ("sxsw", "Austin, Minnesota", "N", "two_guesses"),
    ("space_needle", "Seattle, Washington", "Y", "in_sentence"),
    ("space_needle", "Seattle WA", "Y", "in_sentence"),
    ("space_needle", "Seattle, Oregon", "N", "two_guesses"),
]

# Review of this stop's rules: what they must leave alone.
REVIEWED_STOP_30: list[Case] = [
    ("seven_samurai", "Kurosawa Akira", "Y", "word_order"),
    ("san_siro_club", "Milan AC", "Y", "word_order"),
    ("elijah_book", "Kings 1", "Y", "word_order"),
    ("when_doves_cry", "When Doves Cry by Prince", "Y", "in_sentence"),
    ("when_doves_cry", "When Doves Cry Prince", "N", "two_guesses"),
    ("when_doves_cry", "Cry When Doves", "N", "wrong"),
    ("uffizi_country", "Florence Italy", "Y", "in_sentence"),
    ("eiffel_city", "Paris TX", "N", "two_guesses"),
    ("eiffel_city", "Paris, Texas", "N", "two_guesses"),
    ("eiffel_city", "Paris, France", "Y", "in_sentence"),
    ("boiling_point", "yes, lower on Everest", "Y", "in_sentence"),
    ("boiling_point", "higher on Everest", "N", "wrong"),
    ("half_water", "less than half", "N", "wrong"),
    ("half_water", "more than half", "Y", "in_sentence"),
    ("half_water", "yes, covered by water", "Y", "in_sentence"),
    ("moonwalkers", "yes people have walked on the moon", "Y", "in_sentence"),
    ("mars_year", "a year on earth is longer", "N", "wrong"),
    ("mars_year", "a year on mars is longer", "Y", "in_sentence"),
    ("texas_paris", "Paris TX", "Y", "in_sentence"),
    ("texas_paris", "Paris, Texas", "Y", "in_sentence"),
    ("cartman_show", "S Park", "C", "partial"),
    ("raleigh", "will North Carolina", "Y", "in_sentence"),
]

FORMS_CASES: list[Case] = [
    *REVIEWED_STOP_30,
    *WORDLIKE_NICKNAMES,
    *STATE_CODES,
    *TITLE_WORD_ORDER,
    *COMPASS_LETTERS,
    *COMPARISONS_TURNED,
    *PEOPLE_NAMED_LIKE_TOWNS,
    *TITLE_WORDS_ALONE,
    *TITLES_NOT_PLACED,
    *OWN_PUNCTUATION,
    *SECOND_TITLES,
    *CALLS_BY_A_TITLE,
    *ACCLAIMED,
    *NUMERAL_SLIPS,
    *POLAR_CHOICES,
    *SHORT_WORDS,
    *REVIEWED,
    *NUMBER_ALONE,
    *BARE_TITLES,
    *EPITHETS,
    *ORDINALS,
    *ROMAN,
    *STATES,
    *KINDS_LEFT_OUT,
    *REASONS,
    *SIGNED_LETTERS,
    *LETTERS,
    *AROUND_A_NAME,
    *UNIT_FORMS,
    *POLARITY,
]
