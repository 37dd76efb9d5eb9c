"""The first-run tour: shown once beside the window, remembered in the settings, never modal."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from annotator.config import SavedSettings
from annotator.ui.first_run import PAGES, SETTING_KEY, FirstRunHint, show_first_run_hint


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


def test_shown_on_first_run_then_never_again(qtbot) -> None:
    window = _window(qtbot)
    hint = show_first_run_hint(window)
    assert isinstance(hint, FirstRunHint)
    assert hint.isVisible()
    assert not hint.isModal()  # the analyst can try the keys while reading
    assert SavedSettings.load().extra[SETTING_KEY] is True
    hint.done_button.click()
    assert not hint.isVisible()
    # A later start (a new window, settings read again from disk) shows nothing.
    assert show_first_run_hint(_window(qtbot)) is None


def test_marking_done_keeps_other_saved_settings(qtbot) -> None:
    SavedSettings(analyst="ana", extra={"other": 1}).save()
    show_first_run_hint(_window(qtbot))
    saved = SavedSettings.load()
    assert saved.analyst == "ana"
    assert saved.extra == {"other": 1, SETTING_KEY: True}


def test_force_shows_the_tour_again(qtbot) -> None:
    window = _window(qtbot)
    show_first_run_hint(window).close()
    again = show_first_run_hint(window, force=True)
    assert again is not None and again.isVisible()


def test_pages_name_the_three_panes_and_the_main_keys(qtbot) -> None:
    hint = FirstRunHint()
    qtbot.addWidget(hint)
    seen = [hint.page_text()]
    assert not hint.back_button.isEnabled()
    while not hint.next_button.isHidden():
        hint.next_button.click()
        seen.append(hint.page_text())
    assert len(seen) == len(PAGES)
    text = "\n".join(seen)
    for words in ("article list", "text", "event form", "1 – 9", "Ctrl+Enter", "Ctrl+Shift+A",
                  "Ctrl+Z", "Ctrl+Shift+Z", "PgDown", "PgUp", "Alt+→", "Alt+←"):
        assert words in text, words
    hint.back_button.click()
    assert hint.page_text() == seen[-2]
