"""Question sets the judge tests share: one on the article, one of general knowledge."""

from __future__ import annotations

from typing import Any

from bot.engine.models import QuestionBase, QuizSet
from tests.engine.judge.quizsets_chat import CHAT
from tests.engine.judge.quizsets_forms import FORMS
from tests.engine.judge.quizsets_kinds import KINDS
from tests.engine.judge.quizsets_names import BANDS, NAMES

ARTICLE: list[dict[str, Any]] = [
    {
        "id": "minister",
        "ask": "Which Russian minister hosted the talks?",
        "answer": "Sergei Shoigu",
        "accept": ["Shoigu", "Sergey Shoigu"],
    },
    {
        "id": "counterpart",
        "ask": "Who was the Burkinabe minister at the talks?",
        "answer": "Kassoum Coulibaly",
    },
    {"id": "city", "ask": "In which city did the ministers meet?", "answer": "Moscow"},
    {"id": "partner", "ask": "Which country is courting Burkina Faso?", "answer": "Russia"},
    {"id": "invader", "ask": "Which country invaded Ukraine?", "answer": "Russia"},
    {
        "id": "former_ruler",
        "ask": "Which former colonial ruler did the junta turn from?",
        "answer": "France",
    },
    {
        "id": "people",
        "ask": "What is the word for people from Burkina Faso?",
        "answer": "Burkinabe",
    },
    {"id": "country", "ask": "Which West African country is this about?", "answer": "Burkina Faso"},
    {"id": "coups", "type": "number", "ask": "How many coups happened there in 2022?", "answer": 2},
    {
        "id": "takeover",
        "type": "year",
        "ask": "In what year did the junta take power?",
        "answer": 2022,
    },
    {"id": "month", "ask": "In which month did the junta take power?", "answer": "September"},
    {
        "id": "electricity",
        "type": "number",
        "unit": "%",
        "ask": "Less than what percentage of the population has electricity?",
        "answer": 25,
    },
    {"id": "gift", "ask": "What food did Russia promise for free?", "answer": "grain"},
    {
        "id": "plant",
        "type": "choice",
        "ask": "What will Russia build there?",
        "choices": ["coal power plant", "nuclear power plant", "solar farm", "hydroelectric dam"],
        "answer": "nuclear power plant",
    },
    {
        "id": "grain_free",
        "type": "truefalse",
        "ask": "Russia offered grain for free.",
        "answer": True,
    },
    {
        "id": "british",
        "type": "truefalse",
        "ask": "Burkina Faso was a British colony.",
        "answer": False,
    },
    {
        "id": "ministers",
        "type": "all_of",
        "ask": "Name both ministers who met.",
        "answer": [["Shoigu", "Sergei Shoigu"], ["Coulibaly", "Kassoum Coulibaly"]],
    },
    {"id": "war", "ask": "Which country did Russia invade?", "answer": "Ukraine"},
    {"id": "deal_month", "ask": "In which month was the nuclear deal signed?", "answer": "October"},
    {"id": "event", "ask": "What kind of event brought the junta to power?", "answer": "coup"},
]

GENERAL: list[dict[str, Any]] = [
    {"id": "canberra", "ask": "Capital of Australia?", "answer": "Canberra"},
    {"id": "australia", "ask": "Which country has Canberra as its capital?", "answer": "Australia"},
    {"id": "niger", "ask": "Niamey is the capital of which country?", "answer": "Niger"},
    {"id": "nigeria", "ask": "Abuja is the capital of which country?", "answer": "Nigeria"},
    {
        "id": "film",
        "ask": "Which Pixar film has Andy leave for college?",
        "answer": "Toy Story 3",
        "reject": ["Toy Story 2"],
    },
    {
        "id": "not_found",
        "type": "number",
        "ask": "Which HTTP status code means Not Found?",
        "answer": 404,
    },
    {"id": "iran", "ask": "Tehran is the capital of?", "answer": "Iran"},
    {"id": "slovakia", "ask": "Bratislava is the capital of?", "answer": "Slovakia"},
    {"id": "switzerland", "ask": "Bern is the capital of?", "answer": "Switzerland"},
    {"id": "gambia", "ask": "Banjul is the capital of?", "answer": "Gambia"},
    {"id": "malawi", "ask": "Lilongwe is the capital of?", "answer": "Malawi"},
    {"id": "ghana", "ask": "Accra is the capital of?", "answer": "Ghana"},
    {"id": "pi", "type": "number", "ask": "Pi to two decimals?", "answer": 3.14, "tolerance": 0.01},
    {"id": "thousand", "type": "number", "ask": "How many grams in a kilogram?", "answer": 1000},
    {"id": "ww2", "type": "year", "ask": "When did the Second World War end?", "answer": 1945},
    {"id": "moon", "type": "year", "ask": "First Moon landing?", "answer": 1969},
    {"id": "caesar", "type": "year", "ask": "When was Caesar killed?", "answer": -44},
    {
        "id": "inner",
        "type": "all_of",
        "ask": "The two planets nearer the Sun than Earth?",
        "answer": ["Mercury", "Venus"],
    },
    {
        "id": "rgb",
        "type": "all_of",
        "ask": "The three colours of RGB?",
        "answer": ["red", "green", ["blue", "azure"]],
    },
    {"id": "bones", "type": "number", "ask": "Bones in an adult human body?", "answer": 206},
    {"id": "midweek", "ask": "Which day comes after Tuesday?", "answer": "Wednesday"},
    {
        "id": "napoleon",
        "ask": "Who was crowned emperor of the French in 1804?",
        "answer": "Napoleon Bonaparte",
        "accept": ["Napoleon"],
    },
    {
        "id": "einstein",
        "ask": "Who proposed general relativity?",
        "answer": "Albert Einstein",
        "accept": ["Einstein"],
    },
    {"id": "edison", "ask": "Who patented the phonograph?", "answer": "Thomas Edison"},
    {
        "id": "sky",
        "type": "choice",
        "ask": "Colour of a clear day sky?",
        "choices": ["Red", "Green", "Blue", "Yellow"],
        "answer": "Blue",
    },
    {"id": "flat", "type": "truefalse", "ask": "The Earth is flat.", "answer": False},
    {"id": "nile", "ask": "Longest river in Africa?", "answer": "the Nile"},
    {"id": "salt", "ask": "Common name of sodium chloride?", "answer": "salt"},
    {
        "id": "water",
        "type": "number",
        "unit": "%",
        "tolerance": 1,
        "ask": "Roughly what percentage of Earth's surface is water?",
        "answer": 71,
    },
    {"id": "legs", "type": "number", "ask": "How many legs has a spider?", "answer": 8},
    {"id": "dozen", "type": "number", "ask": "Eggs in a box of a dozen?", "answer": 12},
    {
        "id": "millionaire",
        "type": "number",
        "ask": "A millionaire has at least?",
        "answer": 1000000,
    },
    {"id": "cold", "type": "number", "ask": "Where do Celsius and Fahrenheit meet?", "answer": -40},
    {"id": "trinidad", "ask": "Port of Spain is the capital of?", "answer": "Trinidad and Tobago"},
    {
        "id": "sao_tome",
        "ask": "Which island nation is in the Gulf of Guinea?",
        "answer": "São Tomé and Príncipe",
        "accept": ["São Tomé"],
    },
    {
        "id": "bosnia_letter",
        "type": "choice",
        "ask": "Sarajevo is in?",
        "choices": ["Serbia", "Bosnia and Herzegovina", "Croatia"],
        "answer": "Bosnia and Herzegovina",
    },
    {"id": "berries", "ask": "What fruit grows on a bramble?", "answer": "blackberry"},
]


# A third set, for the one-guess, doubt and phrasing rules.
THIRD: list[dict[str, Any]] = [
    {
        "id": "sinatra",
        "ask": "Who sang 'My Way' in 1969?",
        "answer": "Frank Sinatra",
        "accept": ["Sinatra"],
    },
    {
        "id": "lincoln",
        "ask": "Which president gave the Gettysburg Address?",
        "answer": "Abraham Lincoln",
        "accept": ["Lincoln"],
    },
    {"id": "curie", "ask": "Who discovered radium?", "answer": "Curie"},
    {"id": "jupiter", "ask": "The largest planet of the Solar System?", "answer": "Jupiter"},
    {"id": "tokyo", "ask": "Which city hosted the 2020 Summer Olympics?", "answer": "Tokyo"},
    {"id": "hcmc", "ask": "What is Saigon called today?", "answer": "Ho Chi Minh City"},
    {"id": "gold", "ask": "Which metal has the symbol Au?", "answer": "gold"},
    {"id": "whale", "ask": "The largest animal that ever lived?", "answer": "blue whale"},
    {"id": "brazil", "ask": "Which country won the 2002 football World Cup?", "answer": "Brazil"},
    {"id": "amazon", "ask": "Which river carries the most water?", "answer": "Amazon"},
    {"id": "everest", "ask": "The highest mountain above sea level?", "answer": "Everest"},
    {"id": "oxygen", "ask": "Which gas do plants give off in daylight?", "answer": "oxygen"},
    {
        "id": "hamlet",
        "ask": "Which Shakespeare play has the line 'To be or not to be'?",
        "answer": "Hamlet",
    },
    {"id": "violin", "ask": "Which instrument did Paganini play?", "answer": "violin"},
    {
        "id": "defmin",
        "ask": "What post did Shoigu hold?",
        "answer": "defence minister",
        "accept": ["minister of defence"],
    },
    {"id": "sahel", "ask": "In which region is Mali?", "answer": "West Africa"},
    {
        "id": "weekday",
        "type": "choice",
        "ask": "On which day of the week is the Sabbath in Judaism?",
        "choices": ["Friday", "Saturday", "Sunday", "Monday"],
        "answer": "Saturday",
    },
    {
        "id": "continents",
        "type": "all_of",
        "ask": "Which two continents does Istanbul lie on?",
        "answer": ["Europe", "Asia"],
    },
    {"id": "teeth", "type": "number", "ask": "How many teeth has an adult human?", "answer": 32},
    {"id": "ten", "ask": "How many players in a cricket team, in words?", "answer": "eleven"},
    {
        "id": "landing_month",
        "ask": "In which month did Apollo 11 land on the Moon?",
        "answer": "July",
    },
    {
        "id": "share",
        "type": "number",
        "unit": "%",
        "ask": "Roughly what share of Earth's land is desert, in percent?",
        "answer": 33,
        "tolerance": 1,
    },
    # Answers that are themselves a role or a title: another role beside them competes.
    {"id": "bard_job", "ask": "What was Shakespeare's trade?", "answer": "playwright"},
    {
        "id": "head_of_gov",
        "ask": "What is the head of the British government called?",
        "answer": "prime minister",
    },
]


# Numbers typed in words, and answers a player may phrase in another standard form.
PHRASINGS: list[dict[str, Any]] = [
    {"id": "colonies", "ask": "How many colonies declared independence in 1776?", "answer": "13"},
    {"id": "apostles", "type": "number", "ask": "How many apostles were there?", "answer": 12},
    {"id": "rugby", "type": "number", "ask": "Players in a rugby union side?", "answer": 15},
    {
        "id": "flood",
        "type": "number",
        "ask": "Days of rain on Noah?",
        "answer": 40,
    },
    {"id": "stories", "ask": "How many books are in the Narnia series?", "answer": "seven"},
    {
        "id": "interior",
        "ask": "Which post runs a country's police?",
        "answer": "interior minister",
    },
    {"id": "treasury", "ask": "Who runs a country's budget?", "answer": "finance minister"},
    {
        "id": "stalin",
        "ask": "Who led the Soviet Union through the Second World War?",
        "answer": "Joseph Stalin",
        "accept": ["Stalin"],
    },
    {"id": "party_post", "ask": "Stalin's post in the party?", "answer": "general secretary"},
    {
        "id": "greece",
        "ask": "In which part of Europe is Greece?",
        "answer": "Southern Europe",
    },
    {"id": "japan", "ask": "Where in the world is Japan?", "answer": "East Asia"},
    {"id": "pretoria", "ask": "Pretoria is a capital of which country?", "answer": "South Africa"},
    {"id": "thor", "ask": "Which day is named after Thor?", "answer": "Thursday"},
    {"id": "halloween", "ask": "In which month is Halloween?", "answer": "October"},
    {
        "id": "orbit",
        "ask": "How long is one orbit of the Earth?",
        "answer": "one year",
    },
    {"id": "minute_hand", "ask": "How long for a minute hand to go round?", "answer": "one hour"},
    {
        "id": "flight",
        "ask": "Which way did Alcock and Brown fly in 1919?",
        "answer": "from Newfoundland to Ireland",
    },
    {
        "id": "day_share",
        "type": "number",
        "unit": "%",
        "ask": "What share of a day is six hours, in percent?",
        "answer": 25,
    },
    {
        "id": "pizza_left",
        "type": "number",
        "unit": "%",
        "ask": "What share of a pizza cut in four is left after one slice?",
        "answer": 75,
    },
    {
        "id": "third_share",
        "type": "number",
        "unit": "%",
        "ask": "What share of the vote did the party get, in percent?",
        "answer": 33,
        "tolerance": 1,
    },
    {
        "id": "deal_cost",
        "type": "number",
        "unit": "billion dollars",
        "ask": "What did the deal cost?",
        "answer": 4.5,
    },
    {
        "id": "sound_speed",
        "type": "number",
        "unit": "m/s",
        "ask": "About how fast does sound travel in air?",
        "answer": 343,
        "tolerance": 10,
    },
    {
        "id": "norway",
        "type": "number",
        "unit": "million",
        "ask": "How many people live in Norway?",
        "answer": 5.5,
        "tolerance": 0.1,
    },
    {
        "id": "hispaniola",
        "type": "all_of",
        "ask": "Which two countries share Hispaniola?",
        "answer": ["Haiti", "Dominican Republic"],
    },
    {"id": "ceylon", "ask": "What is Ceylon called today?", "answer": "Sri Lanka"},
]


# A fifth set: more number words, rewordings and shares, from general knowledge.
REWORDINGS: list[dict[str, Any]] = [
    {"id": "sonnet", "ask": "How many lines has a sonnet?", "answer": "fourteen"},
    {
        "id": "apollo",
        "ask": "Which Apollo mission first landed on the Moon?",
        "answer": "Apollo 11",
    },
    {"id": "baker", "ask": "How many in a baker's dozen?", "answer": "13"},
    {"id": "sweet", "ask": "Which birthday is called 'sweet'?", "answer": "sixteen"},
    {"id": "sixty_min", "ask": "Minutes in an hour, in words?", "answer": "sixty"},
    {"id": "seventeen", "ask": "Syllables in a haiku?", "answer": "17"},
    {"id": "hands", "type": "number", "ask": "Players in a rugby union side?", "answer": 15},
    {"id": "months_n", "type": "number", "ask": "Months in a year?", "answer": 12},
    {"id": "war_end", "type": "year", "ask": "When did the First World War end?", "answer": 1918},
    {"id": "home_sec", "ask": "What post did Churchill hold in 1910?", "answer": "home secretary"},
    {"id": "foreign_min", "ask": "Lavrov's post?", "answer": "minister of foreign affairs"},
    {
        "id": "migration",
        "ask": "Where do swallows fly in autumn?",
        "answer": "from Europe to Africa",
    },
    {"id": "iberia", "ask": "In which part of Europe is Portugal?", "answer": "Southern Europe"},
    {"id": "korea", "ask": "In which region is Korea?", "answer": "East Asia"},
    {"id": "patagonia", "ask": "Where is Patagonia?", "answer": "South America"},
    {"id": "fri", "ask": "Which day is Good Friday on?", "answer": "Friday"},
    {"id": "wed", "ask": "Which day is Ash Wednesday on?", "answer": "Wednesday"},
    {"id": "xmas", "ask": "In which month is Christmas?", "answer": "December"},
    {"id": "bonfire", "ask": "In which month is Guy Fawkes Night?", "answer": "November"},
    {"id": "leap", "ask": "Which month gains a day in a leap year?", "answer": "February"},
    {
        "id": "weekend",
        "type": "choice",
        "ask": "Which day is in the weekend?",
        "choices": ["Thursday", "Tuesday", "Sunday"],
        "answer": "Sunday",
    },
    {"id": "leap_cycle", "ask": "How long is a leap cycle?", "answer": "four years"},
    {"id": "century", "ask": "How long is a century?", "answer": "one hundred years"},
    {"id": "decade", "ask": "How long is a decade?", "answer": "ten years"},
    {
        "id": "moon_orbit",
        "ask": "Roughly how long does the Moon take to orbit?",
        "answer": "one month",
    },
    {
        "id": "literacy",
        "type": "number",
        "unit": "%",
        "ask": "Fewer than what share of adults could read?",
        "answer": 20,
    },
    {
        "id": "majority",
        "type": "number",
        "unit": "%",
        "tolerance": 2,
        "ask": "What share of the vote did the winner take?",
        "answer": 66,
    },
    {
        "id": "budget",
        "type": "number",
        "unit": "billion dollars",
        "ask": "How big was the fund, in billions of dollars?",
        "answer": 2.5,
    },
    {
        "id": "population",
        "type": "number",
        "unit": "million",
        "ask": "Population of Estonia, in millions?",
        "answer": 1.3,
        "tolerance": 0.1,
    },
    {
        "id": "seas",
        "type": "all_of",
        "ask": "Which two countries share the island of Hispaniola?",
        "answer": ["Haiti", "Dominican Republic"],
    },
    {
        "id": "peru_bolivia",
        "type": "all_of",
        "ask": "Lake Titicaca lies between which two countries?",
        "answer": ["Peru", "Bolivia"],
    },
]


ALL_SETS = (ARTICLE, GENERAL, THIRD, PHRASINGS, REWORDINGS, CHAT, NAMES, BANDS, FORMS, KINDS)


def make_set(questions: list[dict[str, Any]], title: str = "test set") -> QuizSet:
    typed = [{"type": "text", **q} for q in questions]
    return QuizSet.model_validate({"title": title, "questions": typed})


def questions() -> dict[str, QuestionBase]:
    """Every test question by id, each linked to the peers of its own set."""
    found: dict[str, QuestionBase] = {}
    for spec in ALL_SETS:
        for question in make_set(spec).questions:
            found[question.id] = question
    return found
