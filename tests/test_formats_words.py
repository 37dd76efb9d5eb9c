"""A selection that cuts words becomes whole words before it is stored as evidence."""

from __future__ import annotations

import pytest

from annotator.formats.words import whole_words

TEXT = "Rebels overran the garrison at Kessa in June 2019. Kessa's elders fled; al-Amin stayed."


def widened(fragment: str) -> str | None:
    start = TEXT.index(fragment)
    got = whole_words(TEXT, start, start + len(fragment))
    return None if got is None else TEXT[got[0] : got[1]]


@pytest.mark.parametrize(
    ("selected", "stored"),
    [
        ("verran t", "overran the"),  # both edges cut a word: both completed
        ("arrison at Kessa", "garrison at Kessa"),
        ("n June 201", "in June 2019"),
        ("Kessa", "Kessa"),  # already whole: unchanged
        ("Kessa'", "Kessa'"),  # an edge on punctuation stays
        ("Amin", "Amin"),  # a hyphen is a word's edge
        (" at Kessa ", "at Kessa"),  # surrounding spaces trimmed
    ],
)
def test_cut_words_are_completed(selected: str, stored: str) -> None:
    assert widened(selected) == stored


def test_blank_selection_is_nothing() -> None:
    start = TEXT.index(". ") + 1
    assert whole_words(TEXT, start, start + 1) is None


@pytest.mark.parametrize("text", ["叙利亚政府军重新夺回了古城巴尔米拉", "กองทัพซีเรียยึดเมืองปาลไมราคืน"])
def test_text_without_spaces_is_left_as_selected(text: str) -> None:
    # No spaces between words: completing would take the whole clause, so nothing is completed.
    assert whole_words(text, 5, 9) == (5, 9)
