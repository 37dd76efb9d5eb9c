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


def _bound_keys(window) -> set[str]:
    from PySide6.QtGui import QKeySequence

    return {
        seq.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions()
        for seq in action.shortcuts()
    }


def test_the_tour_teaches_the_keys_the_real_window_binds(qtbot, make_window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from annotator.ui.first_run import SHORTCUTS

    window = make_window()
    bound = _bound_keys(window)
    for shortcut in SHORTCUTS:
        if shortcut.keys[0] == "1":
            continue  # digits are handled by the text view itself, checked below
        for key in shortcut.keys:
            assert key in bound, f"the tour teaches {key} ({shortcut.does}) but the window does not bind it"
    view = window.text_view
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    with qtbot.waitSignal(view.assign_requested, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_3)
    assert signal.args == [3]


def test_help_menu_opens_about_and_the_tour(qtbot, make_window, db) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.ui.about import AboutDialog

    window = make_window()
    seen: list[object] = []

    def close_about() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if isinstance(dialog, AboutDialog):
            seen.append(dialog.value_labels["Database"].text())
        if dialog is not None:
            dialog.close()  # never leave the test hanging in exec()

    QTimer.singleShot(0, close_about)
    window.act_about.trigger()
    assert isinstance(seen[0], AboutDialog)
    assert seen[1] == str(db.path)

    SavedSettings(extra={SETTING_KEY: True}).save()  # already seen once: Help still shows it
    window.act_tour.trigger()
    assert any(isinstance(w, FirstRunHint) and w.isVisible() for w in window.findChildren(FirstRunHint))
