"""Table cases for names: a place's name without the kind of place it is, the names
of other places that hold it, and given names spelt another way (set:
`quizsets_names`)."""

from __future__ import annotations

from tests.engine.judge.cases import Case

# "Everest" for Mount Everest; not where what is left only describes ("Red" Sea).
KIND_LEFT_OUT: list[Case] = [
    ("top_peak", "everest", "Y", "exact"),
    ("top_peak", "Everest!", "Y", "exact"),
    ("top_peak", "mt everest", "Y", "exact"),
    ("top_peak", "everst", "Y", "typo"),
    ("top_peak", "everest k2", "N", "two_guesses"),
    ("top_peak", "kilimanjaro", "N", None),
    ("hot_desert", "the sahara", "Y", "exact"),
    ("hot_desert", "gobi", "N", None),
    ("big_ocean", "pacific", "Y", "exact"),
    ("big_ocean", "atlantic ocean", "N", None),
    ("wet_river", "the amazon", "Y", "exact"),
    ("wet_river", "amazn", "Y", "typo"),
    ("wet_river", "amazon nile", "N", "two_guesses"),
    ("baptism", "jordan", "Y", "exact"),
    ("deep_lake", "baikal", "Y", "exact"),
    ("deep_lake", "baykal", "Y", "typo"),
    ("suez", "suez", "Y", "exact"),
    ("suez", "panama", "N", None),
    ("helens", "st helens", "Y", "exact"),
    ("helens", "mount saint helens", "Y", "exact"),
    ("red_sea", "red", "N", None),
    ("red_sea", "dead sea", "N", None),
    ("indian", "indian", "N", None),
    ("windermere", "district", "n", None),
    ("windermere", "the lake district", "Y", None),
    ("great_lakes", "superior", "Y", None),
    ("great_lakes", "michigan", "N", None),
    ("great_lakes", "superior michigan", "N", None),
    ("salty", "dead", "Y", None),
    ("salty", "caspian", "N", None),
    ("inland_water", "caspian", "Y", "exact"),
    # Only where the question asks for that kind of place ("Which ocean…?").
    ("caribbean_queen", "billy", "n", None),
    ("washington_home", "vernon", "n", None),
    ("clooney", "danny", "n", None),
    ("kind_in_a_title", "mystic", "n", None),  # a film named after a river
    ("kind_in_a_title", "mystic river", "Y", "exact"),
    # Beside the name left, another kind word or a name makes another thing.
    ("zambezi_falls", "victoria", "Y", "exact"),
    ("zambezi_falls", "lake victoria", "N", "wrong"),
    ("zambezi_falls", "queen victoria", "N", "wrong"),
    ("zambezi_falls", "victoria waterfall", "Y", "in_sentence"),
    ("baptism", "michael jordan", "N", "wrong"),
    ("suez", "gulf of suez", "N", "wrong"),
    ("titanic_sank", "north atlantic", "Y", "in_sentence"),
    ("titanic_sank", "the north atlantic ocean", "Y", "in_sentence"),
    ("hot_desert", "western sahara", "N", "wrong"),
]

# A compass point before a place's name names another place ("West Virginia"); before a
# city, a continent or a listed country it names a part of it ("east London").
COMPASS_NAMED: list[Case] = [
    ("virgin_queen", "virginia", "Y", "exact"),
    ("virgin_queen", "west virginia", "N", "wrong"),
    ("dublin_land", "northern ireland", "N", "wrong"),
    ("dublin_land", "the republic of ireland", "Y", None),
    ("dublin_land", "southern ireland", "Y", "in_sentence"),
    ("belfast_land", "north ireland", "Y", None),  # a slip of the same part
    ("belfast_land", "ireland", "N", None),
    ("belfast_land", "southern ireland", "C", "wrong"),
    ("virgin_queen", "the state of virginia", "Y", "in_sentence"),
    ("olympics_2012", "east london", "Y", "in_sentence"),
    ("bronte", "west yorkshire", "Y", "in_sentence"),
    ("bronte", "north yorkshire", "Y", "in_sentence"),
    ("wall", "east berlin", "Y", "in_sentence"),
    ("wall", "berlin germany", "Y", "in_sentence"),
    ("where_bf", "west africa", "Y", None),
    ("where_bf", "south africa", "N", None),
    # A name two places share may stand beside either's country.
    ("silicon_valley", "san jose, usa", "Y", "in_sentence"),
    ("silicon_valley", "san jose, costa rica", "Y", "in_sentence"),
    ("silicon_valley", "san jose, mexico", "N", "two_guesses"),
    # "City" after a name that is no city's makes a city of it.
    ("sunflower", "kansas city", "N", "wrong"),
    # A state's name that is a city's too stands for the state where one is asked.
    ("seattle_state", "washington state", "Y", "in_sentence"),
    ("seattle_state", "washington dc", "N", None),
    ("seattle_state", "washington, d.c.", "N", None),
    ("us_capital", "washington dc", "Y", None),
    ("us_capital", "washington, d.c.", "Y", None),
    ("sunflower", "the state of kansas", "Y", "in_sentence"),
    ("aztec", "mexico city", "n", None),
    ("aztec", "mexico", "Y", "exact"),
    ("uncle_ho", "ho chi minh city", "N", "wrong"),
    ("uncle_ho", "president ho chi minh", "Y", "in_sentence"),
    ("olympics_2012", "london city", "Y", "in_sentence"),
    ("wall", "berlin city", "Y", "in_sentence"),
]

# One given name spelt another way ("Raphael" for Rafael) is the same person's.
SPELT_ANOTHER_WAY: list[Case] = [
    ("clay_king", "raphael nadal", "Y", None),
    ("clay_king", "rafa nadal", "Y", None),
    ("clay_king", "carlos nadal", "N", "other_person"),
    ("ballon_dor", "lionel messi", "Y", "exact"),
    ("ballon_dor", "leonardo messi", "N", "other_person"),
    ("faustus", "kit marlowe", "Y", None),
    ("war_and_peace", "leo tolstoy", "Y", "exact"),
    ("war_and_peace", "alexei tolstoy", "N", "other_person"),
    ("venus_born", "sandro botticelli", "Y", None),
    ("venus_born", "botticelli", "Y", None),
    ("venus_born", "sandro titian", "N", None),
    ("faustus", "philip marlowe", "N", "other_person"),
    ("red_viking", "eric the red", "Y", None),
    ("red_viking", "erik", "n", None),
    ("dark_prince", "nicolo machiavelli", "Y", None),
    # A short word of a name spelt as it sounds or with two letters swapped; not
    # another letter, which may spell another word ("Kim Il Sun", "Hey Dude").
    ("short_words", "van gough", "Y", "typo"),
    ("short_words", "van gohg", "Y", "typo"),
    ("short_words", "van dyck", "N", None),
    ("short_words", "van gogg", "n", None),
    ("kim", "kim jogn un", "Y", "typo"),
    ("kim", "kim jong uh", "n", None),
    ("kim", "kim jong il", "n", None),
]

# Another language's article before a name of two words or more ("la Sagrada Familia");
# before one word it may make another name ("la paz").
FOREIGN_ARTICLE: list[Case] = [
    ("gaudi", "la sagrada familia", "Y", "exact"),
    ("gaudi", "La Sagrada Família", "Y", "exact"),
    ("gaudi", "la familia", "N", None),
    ("gaudi", "i think its la sagrada familia", "Y", "in_sentence"),
    ("gaudi", "la sagrada familia, barcelona", "Y", "in_sentence"),
    ("gaudi", "la sagrada familia or park guell", "N", "hedge"),
    ("olympics_1984", "los angeles", "Y", "exact"),
    ("olympics_1984", "las vegas", "N", None),
    ("olympics_1984", "los vegas", "N", None),
    ("another_day", "die another day", "N", None),  # "die" is English too
]

# Asked for a title or a group's name, another form of its words names something else.
TITLES: list[Case] = [
    ("nostromo", "aliens", "n", None),
    ("nostromo", "allien", "Y", "typo"),
    ("light_my_fire", "the door", "n", None),
    ("light_my_fire", "the dorrs", "Y", "typo"),
    ("fab_four", "beetles", "Y", "typo"),
    ("fab_four", "beatle", "n", None),
    # Only a title of one word: "Schindler List" drops a possessive, no title of its own.
    ("best_picture_1994", "schindler list", "Y", None),
    # A year beside a title says when it came out, even another than the question's.
    ("best_picture_1994", "schindler's list 1993", "Y", "in_sentence"),
    ("best_picture_1994", "Schindler's List (1993)", "Y", "in_sentence"),
    ("best_picture_1994", "schindlers list, 1994", "Y", "in_sentence"),
    ("best_picture_1994", "schindlers list 1982", "N", "two_guesses"),
    # "by" and a maker after a title credit it.
    ("best_picture_1994", "schindler's list by spielberg", "Y", "in_sentence"),
    ("best_picture_1994", "schindlers list by steven spielberg", "Y", "in_sentence"),
    ("best_picture_1994", "schindlers list or forrest gump by zemeckis", "N", "hedge"),
    ("instrument_played", "guitar by fender", "N", None),
    ("instrument_played", "guitars", "Y", "inflection"),  # "play" asks for no title
    ("largest_mammal", "whales", "Y", "inflection"),
]

# A nationality before a thing says which sort of it; beside a nationality or a
# language it is a second one.
MADE_WHERE: list[Case] = [
    ("sushi_grain", "japanese rice", "Y", "in_sentence"),
    ("sushi_grain", "japanese wheat", "N", None),
    ("sushi_grain", "rice, japanese wheat", "N", None),
    ("largest_mammal", "japanese whale", "N", "two_guesses"),
    ("napoleon_nation", "italian french", "N", "two_guesses"),
    ("gift", "burkinabe grain", "N", "two_guesses"),  # another answer of the set
]

# A word of a phrase mistyped onto a known different name is no slip.
WORD_ON_A_RIVAL: list[Case] = [
    ("saddam_war", "iran war", "n", None),
    ("saddam_war", "iraq warr", "Y", "typo"),
    ("saddam_war", "war iraq", "Y", None),
    ("clay_king", "rafael nadel", "Y", "typo"),
]

# An initial stands for a person's given name, not for part of a place.
PLACE_INITIALS: list[Case] = [
    ("two_peaks", "everest and kilimanjaro", "Y", None),
    ("two_peaks", "everest, kilimanjaro, k2", "N", None),
    ("two_peaks", "mount everest and mount kilimanjaro, definitely", "Y", None),
    ("two_peaks", "mount everest, mount kilimanjaro, mount k2", "N", None),
    ("top_peak", "everest m", "N", None),
]

# A word of another spelling of the answer beside it is the answer's own: "dromedary
# camel" where "Arabian camel" is accepted too.
OWN_SPELLINGS: list[Case] = [
    ("one_hump", "dromedary camel", "Y", "in_sentence"),
    ("one_hump", "camel dromedary", "Y", "in_sentence"),
    ("one_hump", "arabian dromedary", "Y", "in_sentence"),
    ("one_hump", "dromedary bactrian", "N", "two_guesses"),
    ("one_hump", "bactrian camel", "N", None),
    ("one_hump", "camel", "n", "partial"),
    ("two_humps", "bactrian", "Y", "exact"),
    ("two_humps", "dromedary", "N", None),
    ("two_humps", "camel bactrian", "Y", None),
    ("two_humps", "dromedary camel", "N", None),
]

# Another person or place named after the answer: a surname closing the message
# after the answer's own, a kind of place beside a person's name.
NAMED_AFTER: list[Case] = [
    ("reformer", "martin luther", "Y", "exact"),
    ("reformer", "luther", "Y", "exact"),
    ("reformer", "martin luther king", "N", "wrong"),
    ("reformer", "luther king", "N", "wrong"),
    ("reformer", "martin luther king jr", "N", "wrong"),
    ("reformer", "martin luther in 1517", "Y", "in_sentence"),
    ("landlady", "mrs hudson", "Y", "exact"),
    ("landlady", "hudson", "Y", "exact"),
    ("landlady", "hudson river", "N", None),
    ("landlady", "hudson bay", "N", None),
    ("landlady", "mrs. hudson", "Y", None),
    ("monet_school", "impresionism", "Y", "typo"),
    ("monet_school", "expressionism", "N", None),
    ("monet_school", "post-impressionism", "N", "two_guesses"),
    ("monet_school", "neo impressionism", "N", "two_guesses"),
    ("monet_school", "impressionism and cubism", "N", "two_guesses"),
    ("blue_danube", "strauss", "Y", "exact"),
    ("blue_danube", "johann strauss ii", "Y", "exact"),
    ("blue_danube", "strauss i", "N", "wrong"),
    ("blue_danube", "johann strauss i", "N", None),
    ("blue_danube", "strauss i think", "Y", "in_sentence"),
]

# A possessive closing the message says whose: "it's Van Gogh's".
BARE_POSSESSIVE: list[Case] = [
    ("short_words", "van gogh's", "Y", "exact"),
    ("short_words", "it's van gogh's", "Y", "in_sentence"),
    ("short_words", "van gogh\u2019s!", "Y", "exact"),
    ("short_words", "van gogh's brother", "N", "wrong"),
    ("short_words", "gauguin's", "N", None),
]

# Found by a review of this round's rules: each rule holds only where it should.
REVIEWED_NAMES: list[Case] = [
    ("one_hump", "dromedary, wild camel", "N", "two_guesses"),
    ("best_picture_1994", "schindlers list by spielberg, jaws", "N", None),
    ("best_picture_1994", "schindlers list 1995", "N", "two_guesses"),
    ("kind_in_a_title", "a kind of mystic river", "N", None),
    ("waterloo_loser", "napoleon i", "Y", None),
    ("foxes", "leicester city", "Y", None),
    ("albany_state", "new york city", "N", None),
    ("albany_state", "new york state", "Y", None),
    ("castaway", "crusoe on the island", "Y", None),
    ("castaway", "crusoe island", "N", None),
    ("monet_school", "early impressionism", "Y", None),
    ("monet_school", "post impressionism", "N", "two_guesses"),
    ("monet_school", "abstract impressionism", "N", "two_guesses"),
]

# Another answer of the set that holds this one is another answer: "Martin Luther
# King" names no titled Martin Luther. A "Jr" is the "II" of a name that has one.
LONGER_NAMES: list[Case] = [
    ("reformer", "martin luther king lol", "N", None),
    ("reformer", "i think martin luther king", "N", None),
    ("reformer", "martin luther king, i think", "N", None),
    ("dreamer", "martin luther king", "Y", "exact"),
    ("dreamer", "martin luther", "N", None),
    ("blue_danube", "johann strauss jr", "Y", None),
    ("blue_danube", "johann strauss junior", "Y", None),
    ("blue_danube", "johann strauss jr.", "Y", None),
    ("blue_danube", "johann strauss sr", "N", None),
]

# A place's country after it, then "and": the "and" lists the next part.
PLACED_PARTS: list[Case] = [
    ("two_capitals", "Vienna, Austria and Tokyo, Japan", "Y", "exact"),
    ("two_capitals", "vienna austria and tokyo", "Y", "exact"),
    ("two_capitals", "tokyo, japan & vienna", "Y", "exact"),
    ("two_capitals", "vienna, germany and tokyo", "N", "extra_part"),
    ("two_capitals", "vienna and austria and tokyo", "N", "extra_part"),
    ("two_capitals", "vienna, austria and japan", "N", None),
    ("two_hosts", "london, england and rio", "Y", "exact"),
    ("two_hosts", "london, brazil and rio", "N", "extra_part"),
    ("two_hosts", "london, england and rio, brazil and paris", "N", None),
    ("tokyo", "tokyo, japan and osaka", "N", None),
    ("tokyo", "tokyo, japan and beijing", "N", None),
    ("tokyo", "tokyo, japan and china", "N", None),
]

# "Which of the 50 states…?" and "Which state's…?" ask for a state; "the state
# capital" for a city.
STATE_ASKED: list[Case] = [
    ("of_fifty", "washington", "Y", "exact"),
    ("of_fifty", "washington state", "Y", None),
    ("of_fifty", "washington dc", "N", None),
    ("of_fifty", "washington d.c.", "N", None),
    ("state_flag", "california", "Y", "exact"),
    ("state_flag", "the state of california", "Y", None),
    ("state_capital", "albany", "Y", "exact"),
    ("state_capital", "albany, new york", "Y", None),
]

# Asked for a title or a group's name, an answer that is also a title or kind word
# ("Queen", "The Pianist") is a name: "the band" beside it only says what it is. A
# club's FC is said around it as a company's Inc is.
NAMES_OF_KINDS: list[Case] = [
    ("killer_queen", "king", "N", None),
    ("killer_queen", "king queen", "N", None),
    ("killer_queen", "queen, prince", "N", None),
    ("killer_queen", "queen or prince", "N", None),
    ("killer_queen", "the band Queen", "Y", "in_sentence"),
    ("killer_queen", "queen the band", "Y", "in_sentence"),
    ("killer_queen", "the band King", "N", None),
    ("killer_queen", "Dancing Queen", "N", None),  # another song: a word before a title
    ("brody_film", "the film the pianist", "Y", "in_sentence"),
    ("brody_film", "the pianist film", "Y", "in_sentence"),
    ("brody_film", "the violinist", "N", None),
    ("camp_nou", "fc barcelona", "Y", "in_sentence"),
    ("camp_nou", "barcelona fc", "Y", "in_sentence"),
    ("camp_nou", "espanyol fc", "N", None),
    ("camp_nou", "barcelona or espanyol", "N", None),
]
