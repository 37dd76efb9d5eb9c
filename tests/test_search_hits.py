"""The words a list search matched are found in the article text as the full-text search reads
them (whole words, any case, the last word as a prefix), so the window can mark them."""

from __future__ import annotations

from annotator.db.repo import search_hits

TEXT = "Kessa market: gunmen raided KESSA. Kessary residents and al-Kessa elders fled; Gunmen left."


def marked(query: str) -> list[str]:
    return [TEXT[a:b] for a, b in search_hits(TEXT, query)]


def test_whole_words_any_case_in_text_order() -> None:
    assert marked("gunmen kessa") == ["Kessa", "gunmen", "KESSA", "Kessary", "Kessa", "Gunmen"]
    assert marked("kessa gunmen") == ["Kessa", "gunmen", "KESSA", "Kessa", "Gunmen"]  # only the last is a prefix


def test_the_last_word_is_a_prefix_marked_whole() -> None:
    assert marked("resid") == ["residents"]
    assert marked("arket") == []  # inside a word: no match, as in the search


def test_nothing_to_mark() -> None:
    assert marked("") == [] and marked('"') == [] and marked("Timbuktu") == []
