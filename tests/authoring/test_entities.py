"""Extraction rules, one sentence of our own at a time."""

from __future__ import annotations

import pytest

from bot.authoring.entities import Mention, extract, link_people
from bot.authoring.sentences import clean_text, split_sentences


def kinds(sentence: str) -> dict[str, list[Mention]]:
    found: dict[str, list[Mention]] = {}
    for mention in extract(sentence, 0):
        found.setdefault(mention.kind, []).append(mention)
    return found


def test_title_with_demonym_and_a_counterpart_from_another_country() -> None:
    people = kinds(
        "Kenyan Foreign Minister, Amina Odhiambo, welcomed her Ghanaian counterpart, "
        "Kwesi Mensah, in Nairobi."
    )["person"]
    posts = {p.value: (p.title, p.country) for p in people}
    assert posts == {
        "Amina Odhiambo": ("foreign minister", "Kenya"),
        "Kwesi Mensah": ("foreign minister", "Ghana"),
    }


def test_appositive_title_of_a_city() -> None:
    [person] = kinds("Ana Costa, the mayor of Porto, cut the ribbon.")["person"]
    assert (person.value, person.title, person.country) == ("Ana Costa", "mayor", "Porto")


def test_place_names_are_not_people() -> None:
    found = kinds("Burkina Faso and South Africa signed a treaty.")
    assert "person" not in found
    assert [c.value for c in found["country"]] == ["Burkina Faso", "South Africa"]


@pytest.mark.parametrize(
    ("word", "country"),
    [("Burkinabe", "Burkina Faso"), ("Russian", "Russia"), ("Swiss", "Switzerland")],
)
def test_demonyms_point_to_their_country(word: str, country: str) -> None:
    [mention] = kinds(f"The {word} delegation arrived late.")["demonym"]
    assert mention.value == country


def test_percentages_keep_their_bound_and_counts_read_number_words() -> None:
    found = kinds("Fewer than 40% of farms had water, and seven wells were dug.")
    [percent] = found["percent"]
    assert (percent.number, percent.bound, percent.text) == (40.0, "fewer than", "40")
    [count] = found["number"]
    assert (count.number, count.value) == (7.0, "wells")


def test_scaled_numbers_blank_only_the_digits() -> None:
    [count] = kinds("The dam cost 2.5 billion dollars.")["number"]
    assert (count.number, count.text, count.value) == (2.5, "2.5", "billion dollars")


def test_back_references_are_not_counted() -> None:
    assert "number" not in kinds("Then the three envoys left the hall.")


def test_dates_months_weekdays_and_years() -> None:
    found = kinds("On Monday, 14 envoys recalled the flood of June 1998.")
    assert [m.value for m in found["date"]] == ["June 1998"]
    assert [m.value for m in found["weekday"]] == ["Monday"]
    assert [m.value for m in found["year"]] == ["1998"]
    assert [m.value for m in found["month"]] == ["June"]


def test_organisations_quotes_and_things() -> None:
    found = kinds(
        "The World Health Organization, backed by the finance ministry, promised to send "
        "clean water filters to Chad, calling it “a fair start”."
    )
    assert {m.value for m in found["org"]} == {"World Health Organization", "finance ministry"}
    assert [m.value for m in found["quote"]] == ["a fair start"]
    assert [m.value for m in found["thing"]] == ["clean water filters"]


def test_later_mentions_by_surname_are_linked_to_the_person() -> None:
    sentences = ["Governor Lena Holt opened the dam.", "Holt thanked the builders."]
    mentions = [m for i, s in enumerate(sentences) for m in extract(s, i)]
    linked = [m for m in link_people(sentences, mentions) if m.sentence == 1]
    assert [(m.kind, m.value, m.text) for m in linked] == [("person", "Lena Holt", "Holt")]


def test_sentences_split_at_end_punctuation_but_not_after_titles() -> None:
    text = clean_text("Dr. Rui Alves spoke first. Then Mr. Lee replied!\n\nIt rained.\x00")
    assert split_sentences(text) == [
        "Dr. Rui Alves spoke first.",
        "Then Mr. Lee replied!",
        "It rained.",
    ]
