"""Table cases for what stands around an answer: corrections, question tags, kinds
of name, chat noise, and true/false said in other words (set: `quizsets_chat`)."""

from __future__ import annotations

from tests.engine.judge.cases import Case

# True/false in other words: "of course (not)", a reaction, the statement echoed.
VERDICT_PHRASES: list[Case] = [
    ("grain_free", "of course", "Y", "in_sentence"),
    ("grain_free", "of course it is", "Y", "in_sentence"),
    ("grain_free", "for sure", "Y", "in_sentence"),
    ("grain_free", "100%", "Y", "exact"),
    ("grain_free", "\U0001f44d", "Y", "exact"),
    ("grain_free", "\u2705", "Y", "exact"),
    ("grain_free", "\U0001f44d\U0001f3fd\U0001f44d", "Y", "exact"),
    ("grain_free", "\U0001f44e", "N", "wrong"),
    ("grain_free", "\U0001f44d\U0001f44e", "N", "empty"),
    ("grain_free", "\U0001f600", "N", "empty"),
    ("grain_free", "of course not", "N", "wrong"),
    ("grain_free", "not at all", "N", "wrong"),
    ("grain_free", "grain was free", "Y", "in_sentence"),
    ("grain_free", "it wasn't free", "N", "wrong"),
    ("flat", "of course not", "Y", "in_sentence"),
    ("flat", "of course it's not", "Y", "in_sentence"),
    ("flat", "not really", "Y", "in_sentence"),
    ("flat", "\u274c", "Y", "exact"),
    ("flat", "it is not flat", "Y", "in_sentence"),
    ("flat", "the earth isn't flat", "Y", "in_sentence"),
    ("flat", "it's flat", "N", "wrong"),
    ("flat", "not sure", "N", "nonanswer"),
    ("round_earth", "i think so", "Y", "in_sentence"),
    ("round_earth", "I'd say so", "Y", "in_sentence"),
    ("round_earth", "it is", "Y", "in_sentence"),
    ("round_earth", "ofc", "Y", "exact"),
    ("round_earth", "probably", "Y", "exact"),
    ("round_earth", "probably false", "N", "wrong"),
    ("round_earth", "i don't think so", "N", "wrong"),
    ("round_earth", "can't be true", "N", "wrong"),
    ("round_earth", "couldn't be true", "N", "wrong"),
    ("round_earth", "i doubt it", "N", "wrong"),
    ("round_earth", "does it?", "N", None),
    ("flat", "i think not", "Y", "in_sentence"),
    ("flat", "it isn't", "Y", "in_sentence"),
    ("flat", "it's not", "Y", "in_sentence"),
    ("flat", "surely not", "Y", "in_sentence"),
    ("flat", "obviously not", "Y", "in_sentence"),
    ("flat", "i hope not", "Y", "in_sentence"),
    ("flat", "wouldn't say so", "Y", "in_sentence"),
    ("flat", "i guess so", "N", "wrong"),
]

# Denials a number or a year may stand beside, as a text answer may.
NUMBER_DENIALS: list[Case] = [
    ("legs", "couldn't be 8", "N", "negation"),
    ("legs", "won't be 8", "N", "negation"),
    ("legs", "anything but 8", "N", "negation"),
    ("legs", "other than 8", "N", "negation"),
    ("legs", "wouldn't it be 8?", "Y", "number"),
    ("takeover", "anything but 2022", "N", "negation"),
    ("takeover", "couldn't have been 2022", "N", "negation"),
    ("canberra", "couldn't be canberra", "N", "negation"),
]

# One candidate named and another denied beside it corrects the guess ("Canberra, not
# Sydney"): one guess, and no denial of the answer. Denying the answer stays wrong,
# and so does changing one's mind ("Sydney, no wait, Canberra": the first answer counts).
CORRECTIONS: list[Case] = [
    ("canberra", "Canberra, not Sydney", "Y", "in_sentence"),
    ("canberra", "canberra not sydney", "Y", "in_sentence"),
    ("canberra", "not Sydney, Canberra", "Y", "in_sentence"),
    ("canberra", "not sydney but canberra", "Y", "in_sentence"),
    ("canberra", "it's Canberra, definitely not Sydney", "Y", "in_sentence"),
    ("canberra", "Sydney, not Canberra", "N", "negation"),
    ("canberra", "not Canberra, Sydney", "N", "negation"),
    ("canberra", "Canberra not", "N", "negation"),
    ("canberra", "Sydney, no wait, Canberra", "N", "two_guesses"),
    ("canberra", "not Sydney", "N", None),
    ("minister", "Shoigu, not Lavrov", "Y", "in_sentence"),
    ("minister", "Lavrov not Shoigu", "N", "negation"),
    ("month", "September not October", "Y", "in_sentence"),
    ("month", "October, not September", "N", "negation"),
    ("plant", "nuclear, not coal", "Y", "distinctive"),
    ("plant", "b not a", "Y", "letter"),
    ("plant", "not the solar farm but the nuclear power plant", "Y", "exact"),
    ("plant", "coal, not nuclear", "N", None),
    ("plant", "not nuclear", "N", None),
    ("ww2", "1945, not 1944", "Y", "year"),
    ("ww2", "not 1946 but 1945", "Y", "year"),
    ("ww2", "1944 not 1945", "N", None),
    ("ww2", "not 1945", "N", "negation"),
    ("legs", "8 not 6", "Y", "number"),
    ("legs", "six, not eight", "N", None),
    ("inner", "Mercury and Venus, not Mars", "Y", None),
]

# A tag that mirrors the message's start asks for agreement, bare as it is: "it was
# Einstein wasn't it". Alone after the answer it may deny it ("Einstein wasn't it").
MIRRORED_TAGS: list[Case] = [
    ("einstein", "it was Einstein wasn't it", "Y", "in_sentence"),
    ("city", "its moscow isnt it", "Y", "in_sentence"),
    ("city", "It is Moscow, isn't it?", "Y", "in_sentence"),
    ("city", "IT WAS MOSCOW WASN'T IT!", "Y", "in_sentence"),
    ("minister", "he's Shoigu isn't he", "Y", "in_sentence"),
    ("city", "moscow no?", "Y", "exact"),
    ("city", "it's not Moscow is it", "N", "negation"),
    ("city", "moscow? no", "N", "negation"),
    ("city", "not moscow, no?", "N", "negation"),
    ("minister", "it was Lavrov wasn't it", "N", None),
]

# Elements, seas and nationalities are kinds of name too: two elements are two
# guesses, a nationality or a description between an article and a role describes a
# person ("the Italian painter"), and a slip in a short linking word ("di" for "da")
# or another spelling of a pet name ("Freddy") is no other person.
KINDS_OF_NAME: list[Case] = [
    ("quicksilver", "mercury", "Y", "exact"),
    ("quicksilver", "liquid mercury", "Y", "in_sentence"),
    ("quicksilver", "lead mercury", "N", "two_guesses"),
    ("quicksilver", "mercury and lead", "N", "two_guesses"),
    ("quicksilver", "mercury, not silver", "Y", "in_sentence"),
    ("fe", "cast iron", "Y", "in_sentence"),
    ("fe", "copper iron", "N", "two_guesses"),
    ("fe", "irn", "n", None),
    ("deepest", "the Pacific Ocean", "Y", None),
    ("deepest", "pacific atlantic", "N", "two_guesses"),
    ("deepest", "the Pacific, not the Atlantic", "Y", "in_sentence"),
    ("mona_lisa", "the Italian painter da Vinci", "Y", "in_sentence"),
    ("mona_lisa", "da Vinci, the great Renaissance painter", "Y", "in_sentence"),
    ("mona_lisa", "da Vinci, the Renaissance painter", "Y", "in_sentence"),
    ("mona_lisa", "Leonardo di Vinci", "Y", "typo"),
    ("mona_lisa", "da Vinci, the Michelangelo painter", "N", None),
    ("mona_lisa", "Leonardo DiCaprio", "N", None),
    ("mona_lisa", "da Vinci in Paris", "N", "two_guesses"),
    ("queen_voice", "freddy mercury", "Y", None),
    ("queen_voice", "Freddi Mercury", "Y", None),
    ("queen_voice", "Bruno Mercury", "N", "other_person"),
    ("einstein", "Einstein, the famous physicist", "Y", "in_sentence"),
    ("einstein", "the German physicist Einstein", "Y", "in_sentence"),
    ("jupiter", "Jupiter, the honest planet", "N", "two_guesses"),
    # A name the question holds, repeated, is no second guess, unless the question
    # offers it as a candidate beside the answer, or it is listed with "and".
    ("tokyo_land", "Tokyo, Japan", "Y", "in_sentence"),
    ("tokyo_land", "tokyo japan", "Y", "in_sentence"),
    ("tokyo_land", "Japan, Tokyo", "Y", "in_sentence"),
    ("tokyo_land", "Japan and Tokyo", "N", "two_guesses"),
    ("tokyo_land", "Japan China", "N", "two_guesses"),
    ("bigger_city", "Lagos", "Y", "exact"),
    ("bigger_city", "Lagos Cairo", "N", "two_guesses"),
    ("bigger_city", "Cairo, Lagos", "N", "two_guesses"),
    # Where a language is asked, a demonym names another language.
    ("speakers", "Mandarin English", "N", "two_guesses"),
    ("speakers", "Mandarin, not English", "Y", "in_sentence"),
    ("canyon", "Arizona, USA", "Y", "in_sentence"),
    ("canyon", "arizona usa", "Y", "in_sentence"),
    ("canyon", "Arizona Nevada", "N", "two_guesses"),
]

# Chat around an answer: mentions, drawn-out letters, "90% sure", forms of address,
# and a sentence that repeats the question's words (they do not count toward its length).
CHAT_NOISE: list[Case] = [
    ("city", "@everyone moscow", "Y", "exact"),
    ("city", "<@!123> <#456> moscow", "Y", "exact"),
    ("takeover", "<@123456789> 2022", "Y", "year"),
    ("plant", "<@123> b", "Y", "letter"),
    ("city", "Moscow @Kazan", "N", None),
    ("city", "<@123456789> Moscow", "Y", "exact"),
    ("city", "moscowww", "Y", "exact"),
    ("city", "MOSCOWWWW!!!", "Y", "exact"),
    ("city", "moscow, 90% sure", "Y", "in_sentence"),
    ("city", "moscow bro", "Y", "in_sentence"),
    ("city", "ez moscow", "Y", "in_sentence"),
    ("city", "i know this one! moscow", "Y", "in_sentence"),
    ("city", "the ministers met in moscow", "Y", "in_sentence"),
    ("city", "i think the ministers met in the city of moscow", "Y", "in_sentence"),
    ("city", "moscow bro or kazan", "N", "hedge"),
    ("six_wives", "HENRY VIII", "Y", "exact"),
    ("six_wives", "Henry VII", "n", None),
    ("canberra", "canberraaa", "Y", None),
    ("canberra", "canberra gg", "Y", "in_sentence"),
    ("canberra", "omg canberra", "Y", "in_sentence"),
    ("canberra", "canberra ngl", "Y", "in_sentence"),
    ("canberra", "canberra fr", "Y", "in_sentence"),
    ("canberra", "tbh canberra", "Y", "in_sentence"),
    ("canberra", "Canberra :D", "Y", None),
    ("canberra", "canberra <3", "Y", None),
    ("canberra", "canberra :P", "Y", None),
    ("canberra", "canberra ;-)", "Y", None),
    ("canberra", "||canberra||", "Y", None),
    ("canberra", "|| Canberra ||", "Y", None),
    ("canberra", "omg sydney", "N", None),
    ("canberra", "||sydney||", "N", None),
    ("canberra", "canberra :D sydney", "N", "two_guesses"),
    ("canberra", "canberra | sydney", "N", "hedge"),
    ("legs", "8 :)", "Y", "number"),
    ("legs", "8 <3", "Y", "number"),
    ("legs", "<3", "N", None),
    ("plant", "b :P", "Y", "letter"),
    ("plant", "||b||", "Y", "letter"),
    # Struck through in Discord: denied, so a correction or a denial.
    ("canberra", "~~sydney~~ canberra", "Y", "in_sentence"),
    ("canberra", "~~canberra~~ sydney", "N", "negation"),
    ("canberra", "~~canberra~~", "N", "negation"),
    ("legs", "~~6~~ 8", "Y", "number"),
    ("plant", "~~a~~ b", "Y", "letter"),
    ("takeover", "~~2021~~ 2022", "Y", "year"),
    # A sigh before the answer brushes something else aside; after it, it denies.
    ("canberra", "no, canberra", "Y", "in_sentence"),
    ("canberra", "nah canberra", "Y", "in_sentence"),
    ("canberra", "nope, it's canberra", "Y", "in_sentence"),
    ("canberra", "no canberra", "N", "negation"),
    ("canberra", "no, not canberra", "N", "negation"),
    ("canberra", "nah sydney", "N", None),
    ("canberra", "canberra? nah", "N", "negation"),
    ("legs", "nah 8", "Y", "number"),
    ("legs", "8 nah", "N", "negation"),
    ("takeover", "nope, 2022", "Y", "year"),
    ("plant", "no, b", "Y", "letter"),
    ("plant", "nah, a", "N", "wrong"),
    ("flat", "nope", "Y", None),
]

# Limits of the rules above: what they must not let through.
ASIDE_LIMITS: list[Case] = [
    ("gump", "Tim Hanks", "n", None),  # a short given name is no particle
    ("gump", "Tom Hanks", "Y", "exact"),
    ("round_earth", "the", "N", "nonanswer"),  # filler echoes nothing
    ("round_earth", "is it?", "N", None),
    ("round_earth", "the earth is flat", "N", None),  # another word changes the claim
    ("round_earth", "the moon is round", "N", None),
    ("round_earth", "round", "Y", None),
    ("round_earth", "yes \u274c", "N", "hedge"),
    ("round_earth", "the earth is round \U0001f44e", "N", "hedge"),
    ("canberra", "Canberra, if not Sydney", "N", None),  # "if not" offers both
    ("ww2", "1945 if not 1944", "N", None),
    ("ww2", "'45 not 1945", "N", None),  # denying the answer corrects nothing
    ("ww2", "1945 not 1945", "N", None),
    ("legs", "eight, not 8", "N", None),
    ("plant", "b if not c", "N", None),
    ("plant", "b, not a, c", "N", None),
    ("plant", "second last", "N", None),
    ("plant", "second from the end", "N", None),
    ("former_ruler", "France, Dutch", "N", "two_guesses"),
    ("tokyo_land", "Japan plus Tokyo", "N", "two_guesses"),
    ("einstein", "Einstein, the Oppenheimer physicist", "N", None),
    # A statement with its own "not": an echo agrees when its "not"s match.
    ("bats", "bats are blind", "N", "wrong"),
    ("bats", "they are not blind", "Y", "in_sentence"),
    ("short_emperor", "he was not short", "Y", "in_sentence"),
    ("short_emperor", "napoleon was short", "N", "wrong"),
    ("canberra", "Canberra if not Sydney", "N", "hedge"),
    ("city", "Moscowww isn't it?", "Y", None),
    ("city", "<#123456789012345678> Moscow", "Y", None),
    ("city", "Moscow, Russia then", "Y", "in_sentence"),
    ("legs", "8, not 90% sure", "Y", "number"),
    ("einstein", "Einstein, German", "Y", "in_sentence"),
    ("city", "Moscow, isn't that right?", "Y", None),
    ("city", "Moscow, isn't it? \U0001f914", "Y", None),
    ("city", "Moscow isn't that right", "N", "negation"),
]

# A place by another of its names: its own language's, an official or short form,
# another spelling. Not a name the question itself names, nor another place.
OTHER_NAMES: list[Case] = [
    ("berlin_land", "Deutschland", "Y", "exact"),
    ("berlin_land", "deutschland!", "Y", "exact"),
    ("berlin_land", "Deutchland", "Y", "typo"),
    ("berlin_land", "it's Deutschland", "Y", "in_sentence"),
    ("berlin_land", "Deutschland or Austria", "N", "hedge"),
    ("berlin_land", "not Deutschland", "N", "negation"),
    ("berlin_land", "Osterreich", "N", None),
    ("kyiv", "Kiev", "Y", "exact"),
    ("kyiv", "kyiv", "Y", "exact"),
    ("kyiv", "Kiev or Moscow", "N", "hedge"),
    ("mozart_city", "Wien", "Y", "exact"),
    ("mozart_city", "Wien, Austria", "Y", "in_sentence"),
    ("mozart_city", "Wein", "n", None),
    ("smallest_state", "Vatican", "Y", "exact"),
    ("smallest_state", "the Holy See", "Y", "exact"),
    ("smallest_state", "Monaco", "N", None),
    ("uae_name", "UAE", "N", None),
    ("uae_name", "United Arab Emirates", "Y", "exact"),
    ("independence", "the United States of America", "Y", "exact"),
]

# Titles shortened as they are written before a name, and a writer's epithet.
SHORT_TITLES: list[Case] = [
    ("lincoln", "Pres. Lincoln", "Y", "in_sentence"),
    ("lincoln", "pres lincoln", "Y", "in_sentence"),
    ("minister", "Hon. Sergei Shoigu", "Y", "in_sentence"),
    ("einstein", "Prof. Einstein", "Y", "in_sentence"),
    ("lincoln", "Pres. Washington", "N", None),
    ("lincoln", "Sen. Douglas Lincoln", "N", None),
]

ASIDE_CASES: list[Case] = [
    *NUMBER_DENIALS,
    *SHORT_TITLES,
    *ASIDE_LIMITS,
    *OTHER_NAMES,
    *VERDICT_PHRASES,
    *CORRECTIONS,
    *MIRRORED_TAGS,
    *KINDS_OF_NAME,
    *CHAT_NOISE,
]
