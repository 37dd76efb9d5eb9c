"""Python offsets <-> Qt UTF-16 positions: highlights land on the right words, selections map back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor

from annotator.ui.text_view import ArticleTextView, Highlight, OffsetMap

TEXT = "Café 🎉🇲🇱 crowds — naïve Zoë 👩‍👩‍👧 said\r\nMalian troops 🪖 entered Kessa."


@pytest.mark.parametrize("words", ["Malian troops", "Kessa", "naïve Zoë", "said", "🪖"])
def test_highlight_lands_on_the_words_after_emoji_and_accents(qtbot, words: str) -> None:
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text(TEXT)
    start = TEXT.index(words)
    end = start + len(words)
    view.set_evidence([Highlight(start, end, QColor("yellow"))])
    selection = view.extraSelections()[0]
    # What Qt paints is exactly those words...
    assert selection.cursor.selectedText() == words
    # ...and reading the painted range back gives the same Python offsets.
    assert view.extra_ranges() == [(start, end)]


def test_a_qt_selection_maps_back_to_python_offsets(qtbot) -> None:
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text(TEXT)
    doc_text = view.document().toPlainText()
    # Select "Kessa" the way a user would, by Qt positions found in the document itself.
    qt_start = doc_text.encode("utf-16-le").decode("utf-16-le").index("Kessa")
    utf16_start = len(doc_text[:qt_start].encode("utf-16-le")) // 2
    cursor = view.textCursor()
    cursor.setPosition(utf16_start)
    cursor.setPosition(utf16_start + 5, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    start, end = view.selection_offsets()
    assert TEXT[start:end] == "Kessa"
    assert start == TEXT.index("Kessa")


def test_selection_is_trimmed_and_round_trips(qtbot) -> None:
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text(TEXT)
    start = TEXT.index(" naïve")
    view.select_offsets(start, start + len(" naïve Zoë "))
    got = view.selection_offsets()
    assert got is not None
    assert TEXT[got[0] : got[1]] == "naïve Zoë"


def test_a_selection_cutting_words_gives_the_whole_words(qtbot) -> None:
    # A mouse drag stops mid-word ("alian troops 🪖 ent"): the evidence is the words it touches,
    # after emoji, so the completion works on Python offsets, not Qt's.
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text(TEXT)
    start = TEXT.index("alian")
    view.select_offsets(start, TEXT.index("ntered"))
    got = view.selection_offsets()
    assert got is not None and TEXT[got[0] : got[1]] == "Malian troops 🪖 entered"


def test_offset_map_is_identity_for_plain_text_and_monotone_otherwise() -> None:
    plain = OffsetMap("plain ascii and é")
    assert [plain.to_qt(i) for i in range(5)] == list(range(5))
    mapped = OffsetMap(TEXT)
    qt = [mapped.to_qt(i) for i in range(len(TEXT) + 1)]
    assert qt == sorted(qt)
    for i in range(len(TEXT) + 1):
        if TEXT[i - 1 : i] != "\r":  # the \r of \r\n shares its position with the \n
            assert mapped.to_py(mapped.to_qt(i)) == i
    # The end of the document in Qt units is the UTF-16 length minus the collapsed \r.
    assert mapped.to_qt(len(TEXT)) == len(TEXT.encode("utf-16-le")) // 2 - TEXT.count("\r\n")


def test_text_is_plain_never_html(qtbot) -> None:
    view = ArticleTextView()
    qtbot.addWidget(view)
    html = "<b>bold</b> <img src='http://example.invalid/x.png'> **md**"
    view.set_article_text(html)
    assert view.toPlainText() == html
    assert view.isReadOnly()
