"""A set of names: places written with the kind of place they are ("Mount Everest",
"Suez Canal"), places whose names hold another's ("West Virginia"), and people whose
given names are spelt more than one way ("Rafael", "Raphael")."""

from __future__ import annotations

from typing import Any

NAMES: list[dict[str, Any]] = [
    {"id": "top_peak", "ask": "What is the highest mountain on Earth?", "answer": "Mount Everest"},
    {"id": "hot_desert", "ask": "What is the largest hot desert?", "answer": "Sahara Desert"},
    {"id": "big_ocean", "ask": "What is the largest ocean?", "answer": "Pacific Ocean"},
    {"id": "wet_river", "ask": "Which river carries the most water?", "answer": "Amazon River"},
    {"id": "baptism", "ask": "In which river was Jesus baptised?", "answer": "River Jordan"},
    {"id": "deep_lake", "ask": "What is the deepest lake in the world?", "answer": "Lake Baikal"},
    {
        "id": "suez",
        "ask": "Which canal joins the Mediterranean to the Red Sea?",
        "answer": "Suez Canal",
    },
    {"id": "red_sea", "ask": "Which sea lies between Africa and Arabia?", "answer": "Red Sea"},
    {"id": "indian", "ask": "Which ocean lies south of India?", "answer": "Indian Ocean"},
    {"id": "windermere", "ask": "Which national park holds Windermere?", "answer": "Lake District"},
    {"id": "helens", "ask": "Which US volcano erupted in 1980?", "answer": "Mount St. Helens"},
    {
        "id": "great_lakes",
        "type": "choice",
        "ask": "Which is the largest of the Great Lakes?",
        "choices": ["Lake Superior", "Lake Michigan", "Lake Huron", "Lake Erie"],
        "answer": "Lake Superior",
    },
    {
        "id": "salty",
        "type": "choice",
        "ask": "Which is the saltiest?",
        "choices": ["Dead Sea", "Red Sea", "Black Sea", "Caspian Sea"],
        "answer": "Dead Sea",
    },
    {
        "id": "virgin_queen",
        "ask": "Which US state is named after Elizabeth I?",
        "answer": "Virginia",
    },
    {"id": "olympics_2012", "ask": "Which city hosted the 2012 Olympics?", "answer": "London"},
    {"id": "where_bf", "ask": "On which continent is Burkina Faso?", "answer": "Africa"},
    {"id": "wall", "ask": "Where did the wall come down in 1989?", "answer": "Berlin"},
    {"id": "dublin_land", "ask": "Which country has Dublin as its capital?", "answer": "Ireland"},
    {"id": "sunflower", "ask": "Which US state is called the Sunflower State?", "answer": "Kansas"},
    {"id": "aztec", "ask": "Where are the Aztec ruins of Tenochtitlan?", "answer": "Mexico"},
    {"id": "uncle_ho", "ask": "Who led North Vietnam until 1969?", "answer": "Ho Chi Minh"},
    {
        "id": "clay_king",
        "ask": "Who has won the French Open men's singles the most times?",
        "answer": "Rafael Nadal",
        "accept": ["Nadal"],
    },
    {"id": "dark_prince", "ask": "Who wrote 'The Prince'?", "answer": "Niccolo Machiavelli"},
    {
        "id": "red_viking",
        "ask": "Which Viking founded the first Norse settlement in Greenland?",
        "answer": "Erik the Red",
    },
    {
        "id": "gaudi",
        "ask": "Which Gaudi basilica in Barcelona is unfinished?",
        "answer": "Sagrada Familia",
    },
    {"id": "olympics_1984", "ask": "Which city hosted the 1984 Olympics?", "answer": "Los Angeles"},
    {
        "id": "short_words",
        "ask": "Who painted The Starry Night?",
        "answer": "Vincent van Gogh",
        "accept": ["van Gogh"],
    },
    {"id": "kim", "ask": "Who has led North Korea since 2011?", "answer": "Kim Jong Un"},
    {
        "id": "caribbean_queen",
        "ask": "Which singer recorded Loverboy in 1984?",
        "answer": "Billy Ocean",
    },
    {
        "id": "washington_home",
        "ask": "What was Washington's Virginia estate?",
        "answer": "Mount Vernon",
    },
    {
        "id": "zambezi_falls",
        "ask": "Which waterfall lies on the Zambezi?",
        "answer": "Victoria Falls",
    },
    {"id": "clooney", "ask": "Who does Clooney play in Ocean's Eleven?", "answer": "Danny Ocean"},
    {
        "id": "titanic_sank",
        "ask": "In which ocean did the Titanic sink?",
        "answer": "Atlantic Ocean",
    },
    {"id": "bronte", "ask": "In which English county is Haworth?", "answer": "Yorkshire"},
    {
        "id": "inland_water",
        "ask": "What is the largest inland body of water?",
        "answer": "Caspian Sea",
    },
    {"id": "most_cups", "ask": "Which country has won the most World Cups?", "answer": "Brazil"},
    {"id": "nostromo", "ask": "Which 1979 film features the Nostromo?", "answer": "Alien"},
    {"id": "light_my_fire", "ask": "Which band recorded Light My Fire?", "answer": "The Doors"},
    {"id": "fab_four", "ask": "Which band was called the Fab Four?", "answer": "The Beatles"},
    {"id": "sushi_grain", "ask": "Which grain is sushi made from?", "answer": "rice"},
    {"id": "napoleon_nation", "ask": "What nationality was Napoleon?", "answer": "French"},
    {
        "id": "another_day",
        "ask": "Which 1971 McCartney song begins 'Every day'?",
        "answer": "Another Day",
    },
    {
        "id": "silicon_valley",
        "ask": "Which is the largest city in Silicon Valley?",
        "answer": "San Jose",
    },
    {"id": "saddam_war", "ask": "Which 2003 war toppled Saddam Hussein?", "answer": "Iraq War"},
    {
        "id": "kind_in_a_title",
        "ask": "Which Eastwood film is named after a river?",
        "answer": "Mystic River",
    },
    {
        "id": "best_picture_1994",
        "ask": "Which film won Best Picture in 1994?",
        "answer": "Schindler's List",
    },
    {"id": "instrument_played", "ask": "What instrument did Hendrix play?", "answer": "guitar"},
    {
        "id": "two_peaks",
        "type": "all_of",
        "ask": "Name the highest mountains of Asia and of Africa.",
        "answer": ["Mount Everest", "Mount Kilimanjaro"],
    },
    {
        "id": "one_hump",
        "ask": "Which animal carries one hump?",
        "answer": "Dromedary",
        "accept": ["Arabian camel"],
    },
    {
        "id": "two_humps",
        "ask": "Which camel carries two humps?",
        "answer": "Bactrian camel",
        "accept": ["Bactrian"],
    },
]
