"""Evidence covers whole words: a selection made with the mouse is widened to the words it cuts.

Dragging across text lands between characters wherever the pointer stops, so a selection meant as
"seized the" easily comes out as "eized t". Stored as evidence, such a fragment is what every
export then carries (brat and JSONL as it is, spaCy widened to tokens behind the analyst's back)
and what review compares, so the window completes it here, once, before it becomes evidence, as
brat's and Prodigy's span selection do.
"""

from __future__ import annotations

import unicodedata

# Scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer; Chinese and
# Japanese are caught as wide characters): letters run on for a whole clause, so a selection
# there is left exactly as made.
UNSPACED_SCRIPTS = ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))


def _word_char(ch: str) -> bool:
    if not ch.isalnum():
        return False
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return False
    return not any(lo <= ord(ch) <= hi for lo, hi in UNSPACED_SCRIPTS)


def _cuts(text: str, i: int) -> bool:
    """Whether offset ``i`` falls between two letters or digits of one word."""
    return 0 < i < len(text) and _word_char(text[i - 1]) and _word_char(text[i])


def whole_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start``..``end`` trimmed of surrounding spaces and widened to whole words; None if empty.

    Only a word the selection cuts through is completed; an edge at a word's boundary or at
    punctuation stays where it is ("Palmyra" of "Palmyra's" is kept as selected).
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    while _cuts(text, start):
        start -= 1
    while _cuts(text, end):
        end += 1
    return start, end
