"""Table cases for one guess per answer, doubt and negation, and people's names.

Same shape as `cases`: (question id, typed text, expectation, reason or None).
"""

from __future__ import annotations

from tests.engine.judge.cases import Case

# A second candidate beside the answer, in either order, with or without a list word.
TWO_GUESSES: list[Case] = [
    ("jupiter", "Jupiter Saturn", "N", "two_guesses"),
    ("jupiter", "Jupiter, Saturn", "N", "two_guesses"),
    ("jupiter", "Saturn Jupiter", "N", "two_guesses"),
    ("tokyo", "Tokyo Beijing", "N", "two_guesses"),
    ("tokyo", "Paris and Tokyo", "N", "two_guesses"),
    ("hcmc", "Ho Chi Minh City Hanoi", "N", "two_guesses"),
    ("gold", "gold silver", "N", "two_guesses"),
    ("gold", "gold, silver", "N", "two_guesses"),
    ("gold", "gold and copper", "N", "two_guesses"),
    ("whale", "blue whale shark", "N", "two_guesses"),
    ("brazil", "Brazil Germany", "N", "two_guesses"),
    ("brazil", "Brazil, Germany", "N", "two_guesses"),
    ("amazon", "Amazon Nile", "N", "two_guesses"),
    ("everest", "Everest K2", "N", "two_guesses"),
    ("oxygen", "oxygen and carbon dioxide", "N", "two_guesses"),
    ("oxygen", "oxygen nitrogen", "N", "two_guesses"),
    ("hamlet", "Hamlet Macbeth", "N", "two_guesses"),
    ("violin", "violin cello", "N", "two_guesses"),
    ("violin", "violin and piano", "N", "two_guesses"),
    ("landing_month", "July August", "N", "two_guesses"),
    ("lincoln", "Lincoln Washington", "N", "two_guesses"),
    ("lincoln", "Lincoln and Washington", "N", "two_guesses"),
    ("curie", "Curie Einstein", "N", "two_guesses"),
    ("sinatra", "Sinatra Elvis", "N", "two_guesses"),
    ("minister", "Shoigu Lavrov", "N", "two_guesses"),
    ("minister", "Putin Shoigu", "N", "two_guesses"),
    ("minister", "Shoigu Coulibaly", "N", "two_guesses"),
    ("minister", "Shoigu Moscow", "N", "two_guesses"),
    ("gift", "grain rice", "N", "two_guesses"),
    ("former_ruler", "France UK", "N", "two_guesses"),
    # A place that would place the answer is a second item when listed with "and".
    ("tokyo", "Tokyo and Japan", "N", "two_guesses"),
    ("canberra", "Canberra and Australia", "N", "two_guesses"),
    ("nile", "the Nile and the Congo", "N", "two_guesses"),
    ("nile", "Congo and Nile", "N", "two_guesses"),
    # Where the answer is a role or title, another one is another answer.
    ("bard_job", "playwright poet", "N", "two_guesses"),
    ("bard_job", "poet and playwright", "N", "two_guesses"),
    ("bard_job", "playwright, novelists", "N", "two_guesses"),
    ("head_of_gov", "prime minister president", "N", "two_guesses"),
    ("head_of_gov", "chancellor, prime minister", "N", "two_guesses"),
    ("head_of_gov", "deputy prime minister", "N", "two_guesses"),
    # An "or" offers a choice: a hedge.
    ("jupiter", "Saturn or Jupiter", "N", "hedge"),
    ("amazon", "Amazon or Nile", "N", "hedge"),
    ("weekday", "Saturday or Sunday", "N", "hedge"),
]

# Extra words that cannot be a second guess.
ONE_GUESS: list[Case] = [
    ("jupiter", "planet Jupiter", "Y", "in_sentence"),
    ("jupiter", "the planet Jupiter", "Y", "in_sentence"),
    ("jupiter", "gas giant Jupiter", "Y", "in_sentence"),
    ("jupiter", "definitely Jupiter", "Y", "in_sentence"),
    ("amazon", "the Amazon river", "Y", "in_sentence"),
    ("amazon", "the river Amazon", "Y", "in_sentence"),
    ("everest", "Mount Everest", "Y", "in_sentence"),
    ("tokyo", "Tokyo, Japan", "Y", "in_sentence"),
    ("tokyo", "Tokyo Japan", "Y", "in_sentence"),
    ("tokyo", "Tokyo for sure", "Y", "in_sentence"),
    ("hcmc", "Ho Chi Minh City", "Y", "exact"),
    ("hcmc", "Ho Chi Minh City, Vietnam", "Y", "in_sentence"),
    ("gold", "pure gold", "Y", "in_sentence"),
    ("gold", "solid gold", "Y", "in_sentence"),
    ("oxygen", "oxygen gas", "Y", "in_sentence"),
    ("brazil", "i think it's brazil", "Y", "in_sentence"),
    ("brazil", "Brasil", "Y", "typo"),
    ("whale", "blue whole", "Y", "typo"),
    ("lincoln", "President Lincoln", "Y", "in_sentence"),
    ("lincoln", "Abraham Lincoln, definitely", "Y", "in_sentence"),
    ("minister", "the defence minister Shoigu", "Y", "in_sentence"),
    ("minister", "Shoigu, the defence minister", "Y", "in_sentence"),
    ("minister", "no doubt Shoigu", "Y", "in_sentence"),
    ("minister", "Shoigu, 100%", "Y", "in_sentence"),
    ("city", "Moscow without a doubt", "Y", "in_sentence"),
    ("country", "obviously Burkina Faso", "Y", "in_sentence"),
    ("einstein", "Albert Einstein, the physicist", "Y", "in_sentence"),
    ("curie", "the chemist Curie", "Y", "in_sentence"),
    ("lincoln", "Lincoln the statesman", "Y", "in_sentence"),
    ("bard_job", "a playwright", "Y", "exact"),
    ("bard_job", "he was a playwright", "Y", "in_sentence"),
    ("bard_job", "playwrights", "Y", "inflection"),
    ("head_of_gov", "the prime minister", "Y", "exact"),
    ("head_of_gov", "it's the prime minister", "Y", "in_sentence"),
]

# Doubt and denial anywhere are wrong; uncertainty alone reads like "maybe".
DOUBT: list[Case] = [
    ("jupiter", "Jupiter is wrong", "N", "negation"),
    ("tokyo", "I doubt it was Tokyo", "N", "negation"),
    ("tokyo", "not Tokyo", "N", "negation"),
    ("tokyo", "Tokyo? no", "N", "negation"),
    ("tokyo", "anything but Tokyo", "N", "negation"),
    ("brazil", "Germany not Brazil", "N", "negation"),
    ("hamlet", "Macbeth, not Hamlet", "N", "negation"),
    ("city", "Moscow is wrong", "N", "negation"),
    ("city", "I doubt it's Moscow", "N", "negation"),
    ("city", "surely not Moscow", "N", "negation"),
    ("city", "Moscow is unlikely", "N", "negation"),
    ("teeth", "not 32", "N", "negation"),
    ("teeth", "32 is wrong", "N", "negation"),
    ("takeover", "2022 is incorrect", "N", "negation"),
    ("jupiter", "not sure but jupiter", "Y", "in_sentence"),
    ("city", "I'm not sure, Moscow", "Y", "in_sentence"),
    ("city", "not sure but Moscow", "Y", "in_sentence"),
    ("city", "idk, Moscow?", "Y", "in_sentence"),
    ("city", "Moscow, I could be wrong", "Y", "in_sentence"),
    ("teeth", "I'm not sure, 32", "Y", "number"),
    ("city", "I think Moscow", "Y", "in_sentence"),
    ("city", "it's Moscow", "Y", "in_sentence"),
]

# A person's own given name (or a form of it) is fine; another person's is not.
PEOPLE: list[Case] = [
    ("sinatra", "Frank Sinatra", "Y", "exact"),
    ("sinatra", "Nancy Sinatra", "N", "other_person"),
    ("sinatra", "Frankie Sinatra", "Y", "in_sentence"),
    ("sinatra", "Francis Sinatra", "Y", "in_sentence"),
    ("sinatra", "Sinatra, Frank", "Y", "word_order"),
    ("sinatra", "Mr Sinatra", "Y", "in_sentence"),
    ("sinatra", "singer Frank Sinatra", "Y", "in_sentence"),
    ("lincoln", "Abe Lincoln", "Y", "exact"),
    ("lincoln", "Mary Lincoln", "N", "other_person"),
    ("lincoln", "Lincon", "Y", "typo"),
    ("minister", "Dmitri Shoigu", "N", "other_person"),
    ("minister", "Sergey Shoigu", "Y", None),
    ("minister", "Seryozha Shoigu", "Y", "exact"),
    ("einstein", "Hans Einstein", "N", "other_person"),
    ("curie", "Marie Curie", "Y", "in_sentence"),
    ("curie", "madame curie", "Y", "in_sentence"),
    # A middle initial written out, even as a name that is also a surname.
    ("dallas", "John Fitzgerald Kennedy", "Y", "in_sentence"),
    ("dallas", "john fitzgerald kennedy", "Y", "in_sentence"),
    ("dallas", "John Adams Kennedy", "N", "two_guesses"),
    ("new_deal", "Franklin Delano Roosevelt", "Y", "in_sentence"),
    ("new_deal", "franklin roosevelt", "Y", None),
    ("new_deal", "Theodore Roosevelt", "N", "other_person"),
    ("nine_eleven", "george walker bush", "Y", "in_sentence"),
    ("nine_eleven", "George H. W. Bush", "N", None),
    ("nine_eleven", "george herbert walker bush", "N", None),
    ("nine_eleven", "george hw bush", "C", "wrong"),
    ("nine_eleven", "george x bush", "C", "wrong"),
    ("bulb", "Thomas A. Edison", "Y", "in_sentence"),
    # Of overlapping runs the closest match counts: "finance minister" is a second post.
    ("interior", "finance minister interior minister", "N", "two_guesses"),
    ("interior", "foreign minister, interior minister", "N", "two_guesses"),
]

# Choice questions: a letter and a text must pick the same option.
PICKS: list[Case] = [
    ("weekday", "b Saturday", "Y", "letter"),
    ("weekday", "c Saturday", "N", "two_guesses"),
    ("weekday", "b, c", "N", "two_guesses"),
    ("weekday", "b and c", "N", "two_guesses"),
    ("weekday", "b or c", "N", "hedge"),
    ("weekday", "Saturday Sunday", "N", "two_guesses"),
    ("plant", "nuclear solar", "N", "two_guesses"),
    ("plant", "a, nuclear power plant", "N", "two_guesses"),
]

# One end of a span of years names no year: "by 1969", "1969 or later".
YEAR_SPANS: list[Case] = [
    ("first_landing", "by 1969", "N", "hedge"),
    ("first_landing", "no later than 1969", "N", "hedge"),
    ("first_landing", "1969 or later", "N", "hedge"),
    ("first_landing", "1969 onwards", "N", "hedge"),
    ("first_landing", "at least 1969", "N", "hedge"),
    ("first_landing", "post-1968", "N", "hedge"),
    ("first_landing", "until 1969", "N", "hedge"),
    ("first_landing", "1969, after apollo 10", "Y", "year"),
    ("first_landing", "in the year 1969", "Y", "year"),
    ("first_landing", "1969 by the way", "Y", "year"),
    ("first_landing", "july 1969", "Y", "year"),
]

# Shares said in words or as a ratio are plain values where the answer is fractional.
SHARES_AS_VALUES: list[Case] = [
    ("half_one", "half", "Y", "number"),
    ("half_one", "a half", "Y", "number"),
    ("half_one", "one half", "Y", "number"),
    ("half_one", "1/2", "Y", "number"),
    ("half_one", "a quarter", "N", "wrong"),
    ("half_one", "1/4", "N", "wrong"),
    ("film_hours", "one and a half", "Y", "number"),
    ("film_hours", "1 and a half", "Y", "number"),
    ("film_hours", "an hour and a half", "Y", "number"),
    ("film_hours", "1 1/2", "Y", "number"),
    ("film_hours", "one and three quarters", "N", "wrong"),
    ("film_hours", "1 or 2", "N", "hedge"),
    ("film_hours", "1/2", "N", "wrong"),
    ("legs", "half", "N", None),
    ("legs", "6/8", "N", "hedge"),
]

# A listed city's own state or province places it, as its country does.
REGIONS: list[Case] = [
    ("ottawa", "Ottawa, Ontario", "Y", "in_sentence"),
    ("ottawa", "ottawa ontario canada", "Y", "in_sentence"),
    ("ottawa", "ottawa quebec", "N", "two_guesses"),
    ("ottawa", "ottawa, toronto", "N", "two_guesses"),
    ("opera_house", "sydney, new south wales", "Y", "in_sentence"),
    ("opera_house", "sydney nsw", "Y", "in_sentence"),
    ("opera_house", "sydney wales", "N", "two_guesses"),
    ("opera_house", "sydney victoria", "N", "two_guesses"),
    ("canberra", "canberra, ACT", "Y", "in_sentence"),
]

# Two common nouns of the answer's kind are two guesses; other words may qualify it.
NOUNS_OF_A_KIND: list[Case] = [
    ("darjeeling", "coffee tea", "N", "two_guesses"),
    ("darjeeling", "tea coffee", "N", "two_guesses"),
    ("darjeeling", "black tea", "Y", "in_sentence"),
    ("darjeeling", "a cup of tea", "Y", "in_sentence"),
    ("jaws", "dolphin shark", "N", "two_guesses"),
    ("jaws", "shark, whale", "N", "two_guesses"),
    ("jaws", "a shark!", "Y", "exact"),
    ("chopin", "violin piano", "N", "two_guesses"),
    ("chopin", "grand piano", "Y", "in_sentence"),
    ("chopin", "paino", "Y", "typo"),
    ("hardest", "graphite diamond", "N", "two_guesses"),
    ("hardest", "quartz, diamond", "N", "two_guesses"),
    ("hardest", "natural diamond", "Y", "in_sentence"),
    ("pump", "lungs heart", "N", "two_guesses"),
    ("pump", "the heart", "Y", "exact"),
    ("iphone", "apple inc", "Y", "in_sentence"),
    ("iphone", "apple banana", "N", "two_guesses"),
    # A word of another kind is just a word: "whale" beside a drink is no rival of it.
    ("darjeeling", "whale", "N", "wrong"),
]

# Rivers, mountains, ranges and deserts are kinds of name; some chat words are filler.
PLACES_OF_A_KIND: list[Case] = [
    ("amazon", "zambezi amazon", "N", "two_guesses"),
    ("amazon", "amazon mississippi", "N", "two_guesses"),
    ("amazon", "the amazon river", "Y", "in_sentence"),
    ("everest", "kilimanjaro everest", "N", "two_guesses"),
    ("range", "alps himalayas", "N", "two_guesses"),
    ("range", "the himalayas", "Y", "exact"),
    ("range", "himalaya", "Y", None),
    ("range", "sahara", "N", "wrong"),
    ("australia", "australasia", "N", None),
    ("canberra", "i mean canberra", "Y", "in_sentence"),
    ("canberra", "sorry i meant canberra", "Y", "in_sentence"),
    ("canberra", "sydney i mean canberra", "N", "two_guesses"),
    ("canberra", "canberra easily", "Y", "in_sentence"),
    # Other spellings of the answer's own given name.
    ("ali", "mohammed ali", "Y", "exact"),
    ("ali", "mohamed ali", "Y", "exact"),
    ("jaws_director", "stephen spielberg", "Y", "exact"),
    ("jaws_director", "steve spielberg", "Y", None),
    ("jaws_director", "george spielberg", "N", None),
]

# A word before a one-word answer describes it only if it looks like a describing word;
# a noun there names another thing ("sea lion", "Katie Holmes").
QUALIFIERS: list[Case] = [
    ("big_cat", "african lion", "Y", "in_sentence"),
    ("big_cat", "a male lion", "Y", "in_sentence"),
    ("african_river", "zambezi nile", "N", "two_guesses"),
    ("detective", "katie holmes", "N", "other_person"),
    ("detective", "mycroft holmes", "N", "two_guesses"),
    ("detective", "sherlock holmes", "Y", "exact"),
    ("detective", "detective holmes", "Y", "in_sentence"),
    ("grey_wizard", "gandalf the grey", "Y", "in_sentence"),
    ("grey_wizard", "gandalf grey", "N", "two_guesses"),
    ("iron_lady", "mrs margaret thatcher", "Y", None),
    ("iron_lady", "prime minister margaret thatcher", "Y", None),
    ("iron_lady", "margaret thatcher the prime minister", "Y", None),
    ("iron_lady", "denis thatcher", "N", None),
]
