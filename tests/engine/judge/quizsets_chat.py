"""A set for the ways players write in chat: numbered choices, names by their
initials or nicknames, and numbers at the end of a name."""

from __future__ import annotations

from typing import Any

CHAT: list[dict[str, Any]] = [
    {
        "id": "mars_moons",
        "type": "choice",
        "ask": "How many moons has Mars?",
        "choices": ["0", "1", "2", "4"],
        "answer": "2",
    },
    {
        "id": "armistice",
        "type": "choice",
        "ask": "Which war ended with the armistice of 1918?",
        "choices": ["Second World War", "First World War", "Korean War", "Vietnam War"],
        "answer": "First World War",
    },
    {
        "id": "planet_pick",
        "type": "choice",
        "ask": "Which planet is known as the red planet?",
        "choices": ["Venus", "Mars", "Jupiter", "Saturn"],
        "answer": "Mars",
    },
    {"id": "six_wives", "ask": "Which English king had six wives?", "answer": "Henry VIII"},
    {
        "id": "independence",
        "ask": "Which country declared independence in 1776?",
        "answer": "United States",
        "accept": ["United States of America"],
    },
    {
        "id": "dallas",
        "ask": "Which US president was shot in Dallas in 1963?",
        "answer": "John F. Kennedy",
        "accept": ["Kennedy"],
    },
    {"id": "bulb", "ask": "Who made the first practical light bulb?", "answer": "Thomas Edison"},
    {
        "id": "dream",
        "ask": "Who gave the 'I Have a Dream' speech?",
        "answer": "Martin Luther King",
        "accept": ["Martin Luther King Jr."],
    },
    {
        "id": "wet_day",
        "type": "truefalse",
        "ask": "Rain falls more often in London than in Rome.",
        "answer": True,
    },
    {
        "id": "sun_cold",
        "type": "truefalse",
        "ask": "The Sun is colder than the Moon.",
        "answer": False,
    },
    {
        "id": "wealth",
        "type": "number",
        "ask": "How much did the painting sell for, in dollars?",
        "answer": 3000000,
        "tolerance": 0,
    },
    {
        "id": "marathon",
        "type": "number",
        "unit": "m",
        "ask": "How long is a 1500 m race plus a 500 m race, in metres?",
        "answer": 2000,
    },
    {"id": "eggs", "type": "number", "ask": "How many eggs in two dozen?", "answer": 24},
    {"id": "ides", "type": "year", "ask": "When was Caesar killed?", "answer": -44},
    {
        "id": "freezing",
        "type": "number",
        "ask": "At what Celsius temperature do Celsius and Fahrenheit agree?",
        "answer": -40,
    },
    {"id": "sequel", "ask": "Which film came after Rocky III?", "answer": "Rocky IV"},
    {
        "id": "lilies",
        "ask": "Who painted the Water Lilies series?",
        "answer": "Claude Monet",
        "accept": ["Monet"],
    },
    {
        "id": "imagine",
        "ask": "Which Beatle wrote Imagine?",
        "answer": "John Lennon",
        "accept": ["Lennon"],
    },
    {"id": "solstice", "ask": "In which month is the northern summer solstice?", "answer": "June"},
    {"id": "nearest_sun", "ask": "Which planet orbits nearest the Sun?", "answer": "Mercury"},
    {"id": "acdc", "ask": "Which band recorded Highway to Hell?", "answer": "AC/DC"},
    {
        "id": "gnr",
        "ask": "Which band recorded Appetite for Destruction?",
        "answer": "Guns N' Roses",
    },
    {"id": "cloud", "ask": "Which game stars Cloud Strife?", "answer": "Final Fantasy VII"},
    {"id": "frodo", "ask": "Which trilogy follows Frodo?", "answer": "The Lord of the Rings"},
    {"id": "plumbers", "ask": "Which 1985 game has World 1-1?", "answer": "Super Mario Bros."},
    {"id": "freeman", "ask": "Which Valve game is set in City 17?", "answer": "Half-Life 2"},
    {"id": "baracus", "ask": "Who played B.A. Baracus?", "answer": "Mr. T"},
    # Forms the judge derives never beat what the author or the set says.
    {
        "id": "goodfellas",
        "ask": "Which mobster did Ray Liotta play in Goodfellas?",
        "answer": "Henry Hill",
        "reject": ["Harry Hill"],
    },
    {"id": "freetown", "ask": "Freetown is the capital of?", "answer": "Sierra Leone"},
    {"id": "colombo", "ask": "Colombo is the largest city of?", "answer": "Sri Lanka"},
    {
        "id": "tudor_pick",
        "type": "choice",
        "ask": "Which king founded the Church of England?",
        "choices": ["Henry IV", "Henry V", "Henry VI", "Henry VIII"],
        "answer": "Henry VIII",
    },
    {"id": "sugar", "ask": "Who played Sugar in Some Like It Hot?", "answer": "Marilyn Monroe"},
    {"id": "denver", "ask": "Which Super Bowl did Denver win in 2016?", "answer": "Super Bowl 50"},
    {"id": "haley", "ask": "Whose autobiography did Alex Haley write?", "answer": "Malcolm X"},
    {"id": "spin", "ask": "Which band sang You Spin Me Round?", "answer": "Dead or Alive"},
    {
        "id": "eiffel",
        "type": "number",
        "ask": "How tall is the Eiffel Tower, in metres?",
        "answer": 330,
    },
    {
        "id": "oz_rock",
        "type": "all_of",
        "ask": "Name the bands behind Highway to Hell and Kick.",
        "answer": [["AC/DC"], ["INXS"]],
    },
    {"id": "beheaded", "ask": "Which English king was beheaded in 1649?", "answer": "Charles I"},
]
