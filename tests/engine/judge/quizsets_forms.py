"""A question set for the forms answers take: units written several ways, signs, short
forms (see `cases_forms`)."""

from __future__ import annotations

from typing import Any

FORMS: list[dict[str, Any]] = [
    {
        "id": "motorway",
        "type": "number",
        "unit": "km/h",
        "ask": "What is the speed limit on French motorways in dry weather?",
        "answer": 130,
    },
    {
        "id": "wales_area",
        "type": "number",
        "unit": "km²",
        "tolerance": 300,
        "ask": "Roughly how large is Wales?",
        "answer": 20779,
    },
    {
        "id": "donor",
        "ask": "Which blood group can be given to anyone?",
        "answer": "O negative",
        "accept": ["O-"],
    },
    {"id": "recipient", "ask": "Which blood group can take any other?", "answer": "AB+"},
    {
        "id": "sun_vitamin",
        "ask": "Which vitamin does sunlight help us make?",
        "answer": "Vitamin D",
    },
    {
        "id": "sound_light",
        "type": "truefalse",
        "ask": "Sound travels faster than light.",
        "answer": False,
    },
    {
        "id": "storm",
        "ask": "Which hurricane flooded New Orleans in 2005?",
        "answer": "Hurricane Katrina",
    },
    {
        "id": "d_day",
        "ask": "What was the code name of the D-Day landings?",
        "answer": "Operation Overlord",
    },
    {"id": "bone_vitamin", "ask": "What helps the body take up calcium?", "answer": "Vitamin D"},
    {
        "id": "golden_state",
        "ask": "Which US state's capital is Sacramento?",
        "answer": "California",
    },
    {"id": "peach_state", "ask": "Which state has Atlanta as its capital?", "answer": "Georgia"},
    {"id": "canyon_state", "ask": "Which state is the Grand Canyon in?", "answer": "Arizona"},
    {"id": "sun_king", "type": "number", "ask": "Which Louis was the Sun King?", "answer": 14},
    {"id": "numerals", "ask": "How is 2024 written in Roman numerals?", "answer": "MMXXIV"},
    {
        "id": "big_deal",
        "type": "number",
        "unit": "billion dollars",
        "ask": "What did the company pay for the photo app in 2012?",
        "answer": 1,
    },
    {
        "id": "bard_century",
        "ask": "In which century was Shakespeare born?",
        "answer": "16th century",
    },
    {
        "id": "republic",
        "ask": "Which republic did de Gaulle found in 1958?",
        "answer": "Fifth Republic",
    },
    {"id": "bats_blind", "type": "truefalse", "ask": "Bats are blind.", "answer": False},
    {"id": "virgin_singer", "ask": "Who sang Like a Virgin in 1984?", "answer": "Madonna"},
    {"id": "purple_rain", "ask": "Who recorded Purple Rain?", "answer": "Prince"},
    {"id": "rainy_state", "ask": "Which US state is Seattle in?", "answer": "Washington"},
    {"id": "baghdad", "ask": "Baghdad is the capital of which country?", "answer": "Iraq"},
    {"id": "henry_wives", "ask": "Which Henry had six wives?", "answer": "Henry VIII"},
    {
        "id": "apollo_landing",
        "ask": "Which Apollo mission first landed on the Moon?",
        "answer": "Apollo 11",
    },
    {
        "id": "africa_peak",
        "ask": "What is the highest mountain in Africa?",
        "answer": "Kilimanjaro",
    },
    {
        "id": "roof_of_world",
        "ask": "Which mountain is the tallest above sea level?",
        "answer": "Mount Everest",
    },
    {"id": "iphone_maker", "ask": "Which company makes the iPhone?", "answer": "Apple"},
    {"id": "eye_vitamin", "ask": "Which vitamin helps you see in the dark?", "answer": "Vitamin A"},
    {
        "id": "short_run",
        "type": "number",
        "unit": "km",
        "ask": "How long is the park run loop?",
        "answer": 3.5,
    },
    {
        "id": "tudor_queen",
        "ask": "Which Elizabeth was called the Virgin Queen?",
        "answer": "Elizabeth I",
    },
    {"id": "uffizi", "ask": "Which city is the Uffizi gallery in?", "answer": "Florence"},
    {"id": "score", "type": "number", "ask": "How many years are in a score?", "answer": 20},
    {
        "id": "donor_pick",
        "type": "choice",
        "ask": "Which blood group can be given to anyone?",
        "choices": ["O negative", "O positive", "AB positive", "A negative"],
        "answer": "O negative",
    },
    {
        "id": "ben_e_king",
        "ask": "Which Ben E. King song did Lennon cover?",
        "answer": "Stand by Me",
    },
    {"id": "lennie", "ask": "Which Steinbeck book follows Lennie?", "answer": "Of Mice and Men"},
    {
        "id": "saints_win",
        "ask": "Which Super Bowl did the Saints win?",
        "answer": "Super Bowl XLIV",
    },
    {"id": "drago", "ask": "In which Rocky film does he fight Drago?", "answer": "Rocky IV"},
    {"id": "daft_punk", "ask": "Which Daft Punk song opens Discovery?", "answer": "One More Time"},
    {
        "id": "melville",
        "ask": "Which Melville novel hunts a whale?",
        "answer": "Moby-Dick; or, The Whale",
    },
    {
        "id": "malvolio",
        "ask": "Which play has Malvolio?",
        "answer": "Twelfth Night, or What You Will",
    },
    {
        "id": "seat_of_government",
        "ask": "Which city is the seat of the US government?",
        "answer": "Washington, D.C.",
    },
    {
        "id": "everest_k2",
        "type": "truefalse",
        "ask": "Mount Everest is taller than K2.",
        "answer": True,
    },
    {
        "id": "saturn_size",
        "type": "truefalse",
        "ask": "Saturn is larger than Jupiter.",
        "answer": False,
    },
    {"id": "texas_capital", "ask": "What is the capital of Texas?", "answer": "Austin"},
    {
        "id": "darwin_city",
        "ask": "Which city is the capital of the Northern Territory?",
        "answer": "Darwin",
    },
    {
        "id": "mississippi_capital",
        "ask": "What is the capital of Mississippi?",
        "answer": "Jackson",
    },
    {"id": "hey_ya", "ask": "Which OutKast song asks you to shake it?", "answer": "Hey Ya!"},
    {"id": "orwell_farm", "ask": "Which Orwell book is run by pigs?", "answer": "Animal Farm"},
    {"id": "raleigh", "ask": "Which state has Raleigh as its capital?", "answer": "North Carolina"},
    {"id": "seoul", "ask": "Seoul is the capital of which country?", "answer": "South Korea"},
]
