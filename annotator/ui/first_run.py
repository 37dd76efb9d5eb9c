"""The first-run tour: a small, non-modal dialog that walks through the three panes and the keys.

It appears once, the first time the window opens (after the analyst has given their name), and
is remembered in the saved settings (``extra["first_run_done"]``) as soon as it is shown, so a
crash or a closed window never brings it back. Help can show it again with ``force=True``.
Being non-modal, it never blocks the window it describes: the analyst can try each key while
reading about it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.config import SavedSettings

SETTING_KEY = "first_run_done"


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # in QKeySequence portable text, e.g. "Ctrl+Return"
    label: str  # how the tour shows them
    does: str


#: The main shortcuts the tour teaches; tests check each one is bound in the real window.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(tuple(str(n) for n in range(1, 10)), "1 – 9", "put the selected text into field 1 – 9 of the form"),
    Shortcut(("Ctrl+Return",), "Ctrl+Enter", "confirm the event"),
    Shortcut(("Ctrl+Shift+A",), "Ctrl+Shift+A", "accept all suggestions"),
    Shortcut(("Ctrl+Z", "Ctrl+Shift+Z"), "Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
    Shortcut(("PgDown", "PgUp"), "PgDown / PgUp", "next / previous article"),
    Shortcut(("Alt+Right", "Alt+Left"), "Alt+→ / Alt+←", "next / previous article"),
)


def _keys_table(shortcuts: tuple[Shortcut, ...]) -> str:
    rows = "".join(
        f"<tr><td style='padding-right:12px'><b>{s.label}</b></td><td>{s.does}</td></tr>"
        for s in shortcuts
    )
    return f"<table>{rows}</table>"


#: (title, HTML body) of each page, in order.
PAGES: tuple[tuple[str, str], ...] = (
    (
        "Welcome",
        "<p>This short tour shows the three panes and the keys that make coding fast. "
        "When the database starts empty, a demo corpus of short reports is loaded so you can "
        "try everything right away.</p>"
        "<p>You can reopen the tour from the <b>Help</b> menu.</p>",
    ),
    (
        "1 · The article list",
        "<p>The <b>article list</b> on the left holds every article in the database, with its "
        "status. Filter and search it at the top; click an article to open it.</p>"
        "<p><b>PgDown</b> / <b>PgUp</b> (or <b>Alt+→</b> / <b>Alt+←</b>) move to the next or "
        "previous article.</p>",
    ),
    (
        "2 · The text",
        "<p>The <b>text</b> in the middle is the article. Highlighted spans are suggestions and "
        "evidence. Select words with the mouse or the keyboard, then press <b>1 – 9</b> to put "
        "them into that field of the form: the selection becomes the field's evidence.</p>",
    ),
    (
        "3 · The event form",
        "<p>The <b>event form</b> on the right holds the fields of the event you are coding. "
        "Suggested values are marked until you accept or change them. "
        "<b>Ctrl+Enter</b> confirms the event; <b>Ctrl+Shift+A</b> accepts all suggestions.</p>",
    ),
    ("The keys", "<p>The main shortcuts:</p>" + _keys_table(SHORTCUTS)),
)


class FirstRunHint(QDialog):
    """A few pages with Back / Next / Done; non-modal and always on top of its window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Annotator")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = 0
        self.title = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setMinimumHeight(130)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.counter = QLabel()
        self.back_button = QPushButton("&Back")
        self.next_button = QPushButton("&Next")
        self.done_button = QPushButton("&Done")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.done_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.done_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self._show_page()

    def _show_page(self) -> None:
        title, body = PAGES[self.page]
        self.title.setText(f"<h3>{title}</h3>")
        self.body.setText(body)
        self.counter.setText(f"{self.page + 1} of {len(PAGES)}")
        last = self.page == len(PAGES) - 1
        self.back_button.setEnabled(self.page > 0)
        self.next_button.setVisible(not last)
        self.done_button.setDefault(last)
        self.next_button.setDefault(not last)

    def next(self) -> None:
        if self.page < len(PAGES) - 1:
            self.page += 1
            self._show_page()

    def back(self) -> None:
        if self.page > 0:
            self.page -= 1
            self._show_page()

    def page_text(self) -> str:
        """The current page as plain-ish text (title and body), for tests and accessibility."""
        return f"{PAGES[self.page][0]}\n{PAGES[self.page][1]}"


def first_run_done() -> bool:
    return bool(SavedSettings.load().extra.get(SETTING_KEY))


def mark_first_run_done() -> None:
    # Load-modify-save so settings written meanwhile by others (the analyst's name) are kept.
    settings = SavedSettings.load()
    settings.extra[SETTING_KEY] = True
    settings.save()


def show_first_run_hint(main_window: QWidget, *, force: bool = False) -> FirstRunHint | None:
    """Show the tour beside ``main_window`` unless it was shown before; returns it, or None.

    ``force=True`` shows it again (Help > Show the tour) without touching the setting.
    """
    if not force and first_run_done():
        return None
    hint = FirstRunHint(main_window)
    if not force:
        mark_first_run_done()
    hint.show()
    # Sit in the window's bottom-left corner, over the empty end of the article list, so the text
    # and the form it describes stay visible.
    if main_window.isVisible():
        frame = main_window.frameGeometry()
        hint.adjustSize()
        hint.move(frame.left() + 24, max(frame.top() + 80, frame.bottom() - hint.height() - 48))
    hint.raise_()
    return hint
