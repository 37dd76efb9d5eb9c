"""Selected words become field values by the core's rules (the window and the CLI share them)."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.nlp.labels import EntityLabel, field_for_label
from annotator.nlp.normalise import ValueResolver, read_count
from annotator.nlp.numbers import find_fatalities
from annotator.schema import Schema


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("a dozen", 12), ("no one", 0), ("none", 0), ("two dozen", 24), ("at least 12 soldiers", 12),
        ("nine civilians", 9), ("twenty-three", 23), ("1,200", 1200), ("one hundred and five", 105),
        ("three thousand two hundred", 3200), ("a soldier", 1),
    ],
)
def test_counts(words: str, count: int) -> None:
    assert read_count(words).value == count


@pytest.mark.parametrize("words", ["dozens", "hundreds of people", "several"])
def test_vague_counts_give_no_number_but_a_note_as_in_the_article_finder(words: str) -> None:
    reading = read_count(words)
    assert reading.value is None
    vague = words.split()[0]
    assert reading.note == f"{vague!r} gives no number"
    # The same words in an article give the same note from the fatality finder.
    found = find_fatalities(f"{words} were killed")
    if found:
        assert found[0].value is None and found[0].note == reading.note


def test_resolver_reads_each_field_type(acled: Schema) -> None:
    resolver = ValueResolver({"the army": "Military Forces of Mali"})
    published = date(2024, 6, 10)
    assert resolver.value(acled.field("actor1"), "The  Army", published) == "Military Forces of Mali"
    assert resolver.value(acled.field("fatalities"), "a dozen", published) == 12
    reading = resolver.read(acled.field("event_date"), "last week", published)
    assert (reading.value, reading.precision) == ("2024-06-03", 2)
    assert resolver.read(acled.field("event_date"), "soon", published).value == "soon"
    assert resolver.value(acled.field("event_type"), "riots", published) == "Riots"
    assert resolver.value(acled.field("location"), "Gao ", published) == "Gao"


def test_entity_labels_name_the_field_they_would_fill(acled: Schema) -> None:
    assert field_for_label(acled, EntityLabel.ACTOR) == "actor1"
    assert field_for_label(acled, EntityLabel.PLACE) == "location"
    assert field_for_label(acled, EntityLabel.DATE) == "event_date"
    assert field_for_label(acled, EntityLabel.NUMBER) == "fatalities"
    assert field_for_label(acled, "ORG") is None
