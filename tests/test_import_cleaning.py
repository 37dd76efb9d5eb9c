"""Cleaning scraped text: debris goes, the story and its paragraphs stay."""

from __future__ import annotations

from annotator.importers.cleaning import clean_text, title_of


def test_shortcodes_are_removed_but_editorial_brackets_stay() -> None:
    raw = (
        "Rebels shell Doro\n\n[fvplayer src=”″]\n\n"
        '[caption id="attachment_9" align="alignnone"]A photo of the market[/caption]\n'
        "The mayor said “[the rebels] fired at the market” [sic] on Monday.\n"
        "[embed]https://video.example/clip[/embed]\n[vc_row][vc_column]Reporters[/vc_column][/vc_row]\n"
        '[gallery ids="1,2,3"]\nLast line.'
    )
    text = clean_text(raw)
    assert "[fvplayer" not in text and "[caption" not in text and "[embed" not in text
    assert "A photo of the market" not in text  # the caption block's body is debris too
    assert "video.example" not in text and "[vc_" not in text and "[gallery" not in text
    assert "“[the rebels] fired at the market” [sic]" in text
    assert "Reporters" in text  # builder tags go, the words between them stay
    assert text.startswith("Rebels shell Doro\n\nThe mayor said")


def test_navigation_lines_and_trailing_link_blocks_are_removed() -> None:
    raw = (
        "Skip to main content\n\nArmy retakes Doro\n\nAdvertisement\n\n"
        "Troops retook the town on Thursday, officials said.\n\n"
        "Related articles\n\nFighting spreads to the north\nTalks stall again\n\nShare this\nFacebook\nTwitter\n"
    )
    text = clean_text(raw)
    assert text == "Army retakes Doro\n\nTroops retook the town on Thursday, officials said."
    assert title_of(text) == "Army retakes Doro"


def test_you_may_also_like_at_the_end_is_cut() -> None:
    text = clean_text("Headline\n\nThe story.\n\nYou may also like...\n")
    assert text == "Headline\n\nThe story."


def test_a_marker_followed_by_real_paragraphs_is_not_a_trailer() -> None:
    long_paragraph = "The second half of the story continues here with many more words. " * 4
    raw = f"Headline\n\nFirst part.\n\nRelated\n\n{long_paragraph}\n"
    text = clean_text(raw)
    assert "Related" in text and long_paragraph.strip() in text


def test_whitespace_is_normalised_and_paragraphs_kept() -> None:
    raw = "  Title\u00a0with\u00a0NBSP  \r\n\r\n\r\n\r\nPara\t\tone   has  gaps.   \nsame para line\n\n\n\nPara two.\u200b\n\n\n"
    text = clean_text(raw)
    assert text == "Title with NBSP\n\nPara one has gaps.\nsame para line\n\nPara two."
    assert "\u00a0" not in text and "  " not in text and "\n\n\n" not in text


def test_title_is_the_first_non_empty_line_shortened_when_huge() -> None:
    assert title_of("\n\n  Headline here \nbody") == "Headline here"
    long = "word " * 100
    title = title_of(long)
    assert len(title) <= 200 and title.endswith("…")
    assert title_of("") == ""
