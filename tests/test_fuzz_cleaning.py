"""Properties of cleaning on random scraped-looking text: stable, and its promises always hold."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.importers.cleaning import clean_text, title_of

pieces = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from([
            "\n", "\n\n\n", "\r\n", "  ", "\t", "\u00a0", "\u200b", "[fvplayer src=”″]", "[caption id=\"x\"]",
            "[/caption]", "[embed]", "[/embed]", "[sic]", "Skip to main content", "Related articles",
            "You may also like...", "Share this", "Advertisement", "[vc_row]", "[ad]",
        ]),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")), deadline=None)
@given(raw=pieces)
def test_cleaning_is_stable_and_tidy(raw: str) -> None:
    text = clean_text(raw)
    assert clean_text(text) == text  # cleaning cleaned text changes nothing (re-imports are stable)
    assert "\n\n\n" not in text and "\u00a0" not in text and "\r" not in text and "\t" not in text
    assert text == text.strip()
    for line in text.split("\n"):
        assert line == line.strip() and "  " not in line
        assert line.lower() != "skip to main content"
    assert "[fvplayer" not in text
    if text:  # the title is the first line (shortened with an ellipsis only when over 200 characters)
        assert text.split("\n", 1)[0].startswith(title_of(text).removesuffix("…"))
