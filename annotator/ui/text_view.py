"""The article text pane, and the ONE place where Python offsets and Qt positions are converted.

Stored evidence offsets count Python characters (code points). Qt's text positions count UTF-16
code units, and a QTextDocument turns "\\r\\n" into a single paragraph separator. Every conversion
in the window goes through :class:`OffsetMap`, so an emoji or a Windows line ending before a span
never shifts a highlight or a selection.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from annotator.formats.words import whole_words


def _qt_width(text: str, i: int) -> int:
    """UTF-16 units the document uses for text[i]: 2 outside the BMP, 0 for the \\r of \\r\\n."""
    ch = text[i]
    if ord(ch) > 0xFFFF:
        return 2
    if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
        return 0
    return 1


class OffsetMap:
    """Convert between Python str indices and QTextDocument positions for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        irregular = "\r" in text or any(ord(c) > 0xFFFF for c in text)
        # qt_at[i] is the document position of Python index i (len(text)+1 entries); None when
        # the two coincide, which is the common case and costs nothing.
        self._qt_at: list[int] | None = (
            [0, *accumulate(_qt_width(text, i) for i in range(len(text)))] if irregular else None
        )

    def to_qt(self, py_index: int) -> int:
        py_index = max(0, min(py_index, len(self.text)))
        return py_index if self._qt_at is None else self._qt_at[py_index]

    def to_py(self, qt_pos: int) -> int:
        """The Python index at a document position: the first index there, so a span ending at a
        line break excludes its "\\r" (Qt cursors never stop inside a surrogate pair)."""
        if self._qt_at is None:
            return max(0, min(qt_pos, len(self.text)))
        return min(bisect_left(self._qt_at, max(qt_pos, 0)), len(self.text))


@dataclass(frozen=True)
class Highlight:
    """A span to paint, in Python offsets."""

    start: int
    end: int
    color: QColor
    strong: bool = False
    underline_only: bool = False


# Field colours: distinct, light enough to read black text over, in span_fields() order.
FIELD_COLORS = [
    "#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8",
    "#ffab91", "#80cbc4", "#e6ee9c", "#b0bec5", "#bcaaa4",
]


# The article list's search words: a pale grey box with an orange rule, unlike any field colour.
SEARCH_HIT_COLOR = "#eeeeee"
SEARCH_HIT_UNDERLINE = "#ff6f00"


def field_color(index: int) -> QColor:
    return QColor(FIELD_COLORS[index % len(FIELD_COLORS)])


class ArticleTextView(QPlainTextEdit):
    """Read-only, wrapped plain text. Digit keys over a selection ask to assign it to a field."""

    assign_requested = Signal(int)  # shortcut digit 1-9
    assign_field_requested = Signal(str)  # field name, from the context menu
    remove_evidence_requested = Signal(int)  # Python offset inside the evidence to remove

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Read-only but selectable with the keyboard as well as the mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setObjectName("articleText")
        self._map = OffsetMap("")
        self._evidence: list[Highlight] = []
        self._underlay: list[Highlight] = []
        self._search: list[tuple[int, int]] = []
        self._menu_fields: list[tuple[str, str, int | None]] = []

    # --- content ---------------------------------------------------------------------------

    def set_article_text(self, text: str) -> None:
        """Show text as plain text only: no HTML, no Markdown, nothing loaded from anywhere."""
        self._map = OffsetMap(text)
        self._evidence = []
        self._underlay = []
        self._search = []
        self.setPlainText(text)
        self._repaint_selections()

    @property
    def offsets(self) -> OffsetMap:
        return self._map

    def set_menu_fields(self, fields: list[tuple[str, str, int | None]]) -> None:
        """(name, label, shortcut) of the fields a selection can be assigned to."""
        self._menu_fields = fields

    # --- selection <-> Python offsets -------------------------------------------------------

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected words as Python offsets: trimmed of surrounding whitespace, a word cut by
        the selection completed (``formats.words.whole_words``); None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_py(cursor.selectionStart())
        end = self._map.to_py(cursor.selectionEnd())
        return whole_words(self._map.text, start, end)

    def select_offsets(self, start: int, end: int) -> None:
        """Select Python offsets start..end (used by tests and by 'show evidence')."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        """Drop the analyst's selection, leaving the cursor (and so the scroll position) where it is."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def scroll_to_offset(self, start: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        # Move the viewport without disturbing the user's selection.
        saved = self.textCursor()
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setTextCursor(saved)

    # --- highlights ---------------------------------------------------------------------------

    def set_evidence(self, highlights: list[Highlight]) -> None:
        self._evidence = highlights
        self._repaint_selections()

    def set_underlay(self, highlights: list[Highlight]) -> None:
        self._underlay = highlights
        self._repaint_selections()

    def set_search_hits(self, ranges: list[tuple[int, int]]) -> None:
        """Mark the words the article list's search matched (boxed in, under the evidence)."""
        self._search = list(ranges)
        self._repaint_selections()

    def search_hits(self) -> list[tuple[int, int]]:
        return list(self._search)

    def _search_selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(SEARCH_HIT_COLOR))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(SEARCH_HIT_UNDERLINE))
        sel.format = fmt
        return sel

    def _selection(self, hl: Highlight) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(hl.start))
        cursor.setPosition(self._map.to_qt(hl.end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        if hl.underline_only:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(hl.color)
            faint = QColor(hl.color)
            faint.setAlpha(45)
            fmt.setBackground(faint)
        else:
            fmt.setBackground(hl.color)
            fmt.setForeground(QColor("#000000"))
            if hl.strong:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        sel.format = fmt
        return sel

    def _repaint_selections(self) -> None:
        self.setExtraSelections([
            *(self._search_selection(a, b) for a, b in self._search),
            *(self._selection(h) for h in (*self._underlay, *self._evidence)),
        ])

    def extra_ranges(self) -> list[tuple[int, int]]:
        """Python offsets of the painted evidence, read back from the Qt selections (for tests)."""
        out = []
        for sel in self.extraSelections()[len(self._search) + len(self._underlay) :]:
            out.append((self._map.to_py(sel.cursor.selectionStart()), self._map.to_py(sel.cursor.selectionEnd())))
        return out

    # --- keys and menu --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and mods == Qt.KeyboardModifier.NoModifier
            and self.textCursor().hasSelection()
        ):
            self.assign_requested.emit(key - Qt.Key.Key_0)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt override)
        menu: QMenu = self.createStandardContextMenu(event.pos())
        selection = self.selection_offsets()
        if selection is not None and self._menu_fields:
            sub = menu.addMenu("Assign selection to")
            for name, label, shortcut in self._menu_fields:
                text = f"{label}\t{shortcut}" if shortcut else label
                action = sub.addAction(text)
                action.triggered.connect(lambda _=False, n=name: self.assign_field_requested.emit(n))
        pos = self._map.to_py(self.cursorForPosition(event.pos()).position())
        if any(h.start <= pos < h.end for h in self._evidence):
            action = menu.addAction("Remove this evidence")
            action.triggered.connect(lambda _=False, p=pos: self.remove_evidence_requested.emit(p))
        menu.exec(event.globalPos())
