"""The window's actions: their keys, menus and buttons, and which of them apply right now.

The slots live elsewhere (``window.commands`` for the open event, ``window.dialogs`` for the other
screens); this module only binds keys to them, so the shortcuts dialog and the menus list one set.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from annotator.status import EventStatus
from annotator.ui.published_flow import ask_publication_date
from annotator.ui.window_keys import let_window_keys_win

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def _action(
    window: MainWindow, text: str, slot: Any, shortcuts: list[str] | QKeySequence.StandardKey | None = None,
    *, checkable: bool = False, tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcuts, QKeySequence.StandardKey):
        action.setShortcuts(shortcuts)
    elif shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(checkable)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action

def build_actions(window: MainWindow) -> None:
    """Every action with its keys, in the menus and the events panel's buttons."""
    a = partial(_action, window)
    window.act_import = a("&Import…", window.import_files, ["Ctrl+I"], tip="Import articles from files")
    window.act_export = a("&Export…", window.dialogs.open_export, ["Ctrl+Shift+E"], tip="Export annotations")
    window.act_quit = a("&Quit", window.close, ["Ctrl+Q"])
    window.act_undo = window.editor.undo_stack.createUndoAction(window, "&Undo")
    window.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
    window.act_redo = window.editor.undo_stack.createRedoAction(window, "&Redo")
    window.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for act in (window.act_undo, window.act_redo):
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(act)
    window.act_new = a("&New event", window.commands.new_event, ["Ctrl+E"], tip="Add an event to this article")
    window.act_duplicate = a("&Duplicate event", window.commands.duplicate_event, ["Ctrl+D"])
    window.act_delete = a("De&lete event", window.commands.delete_event, ["Ctrl+Delete"])
    window.act_move_up = a("Move event &up", lambda: window.commands.move(-1), ["Ctrl+Alt+Up"])
    window.act_move_down = a("Move event do&wn", lambda: window.commands.move(1), ["Ctrl+Alt+Down"])
    window.act_prev_event = a("Previous event", lambda: window.commands.step_event(-1), ["Alt+Up"])
    window.act_next_event = a("Next event", lambda: window.commands.step_event(1), ["Alt+Down"])
    window.act_confirm = a(
        "&Confirm event", window.commands.confirm_event, ["Ctrl+Return", "Ctrl+Enter"],
        tip="Mark the event as confirmed",
    )
    window.act_reopen = a("Reopen event as draft", window.commands.reopen_event, [])
    window.act_accept_all = a(
        "&Accept all suggested values", window.commands.accept_all, ["Ctrl+Shift+A"],
    )
    window.act_reject = a("&Reject suggested event", window.commands.reject_suggestion, ["Ctrl+Shift+Delete"])
    window.accept_field_actions = []
    for spec in window.schema.span_fields():
        if spec.shortcut and spec.has_value:
            act = a(
                f"Accept suggested {spec.label}",
                lambda _=False, n=spec.name: window.commands.accept_field(n),
                [f"Ctrl+Shift+{spec.shortcut}"],
            )
            window.accept_field_actions.append(act)
    window.act_next = a("&Next article", lambda: window.step_article(1), ["Alt+Right", "PgDown", "Ctrl+PgDown"])
    window.act_prev = a("&Previous article", lambda: window.step_article(-1), ["Alt+Left", "PgUp", "Ctrl+PgUp"])
    window.act_next_unfinished = a(
        "Next &unfinished article", lambda: window.step_article(1, unfinished=True),
        ["Ctrl+Shift+PgDown", "Alt+Shift+Right"],
    )
    window.act_focus_list = a("Go to article list", lambda: window.list_pane.table.setFocus(), ["Ctrl+1"])
    window.act_focus_text = a("Go to article text", lambda: window.text_view.setFocus(), ["Ctrl+2"])
    window.act_focus_form = a("Go to event form", window.focus_form, ["Ctrl+3"])
    window.act_search = a("Search articles", window.focus_search, ["Ctrl+F"])
    window.act_underlay = a(
        "Show entity &suggestions in the text", window.toggle_underlay, ["Ctrl+U"], checkable=True,
    )
    window.act_underlay.setChecked(window.settings.value("underlay", False, type=bool))
    window.act_auto_suggest = a(
        "Suggest events when an article &opens", window.toggle_auto_suggest, checkable=True,
        tip="Off for reviewing: opening colleagues' articles then adds no suggested events of yours "
        "(which would take a done article out of done)",
    )
    window.act_auto_suggest.setChecked(window.settings.value("auto_suggest", True, type=bool))
    window.act_published = a(
        "&Publication date…", lambda: ask_publication_date(window), ["Ctrl+Shift+P"],
        tip="When the article was published: relative dates such as 'on Sunday' are counted from it",
    )
    window.act_review = a("&Review article…", window.dialogs.open_review, ["Ctrl+R"])
    window.act_agreement = a("&Agreement report…", window.dialogs.open_agreement, ["Ctrl+Shift+R"])
    window.act_blind = a("&Blind mode (only my events)", window.toggle_blind, ["Ctrl+B"], checkable=True)
    window.act_blind.setChecked(window.editor.blind)
    window.act_shortcuts = a("&Keyboard shortcuts", window.dialogs.show_shortcuts, ["F1"])
    window.act_about = a("&About Annotator", window.dialogs.open_about)
    window.act_tour = a("Show the &tour", window.dialogs.show_tour)


    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for act in (window.act_import, window.act_export):
        file_menu.addAction(act)
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    edit = bar.addMenu("&Edit")
    edit.addActions([window.act_undo, window.act_redo])
    edit.addSeparator()
    edit.addActions([window.act_new, window.act_duplicate, window.act_delete, window.act_move_up, window.act_move_down])
    edit.addSeparator()
    edit.addActions([window.act_confirm, window.act_reopen])
    edit.addSeparator()
    edit.addAction(window.act_published)
    suggest = bar.addMenu("&Suggestions")
    suggest.addActions([window.act_accept_all, window.act_reject])
    accept_one = suggest.addMenu("Accept one value")
    accept_one.addActions(window.accept_field_actions)
    suggest.addSeparator()
    suggest.addAction(window.act_underlay)
    suggest.addAction(window.act_auto_suggest)
    go = bar.addMenu("&Go")
    go.addActions([window.act_next, window.act_prev, window.act_next_unfinished])
    go.addSeparator()
    go.addActions([window.act_next_event, window.act_prev_event])
    go.addSeparator()
    go.addActions([window.act_search, window.act_focus_list, window.act_focus_text, window.act_focus_form])
    review = bar.addMenu("&Review")
    review.addActions([window.act_review, window.act_agreement])
    review.addSeparator()
    review.addAction(window.act_blind)
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([window.act_shortcuts, window.act_tour, window.act_about])

    window.events_panel.add_button(window.act_new, "Add")
    window.events_panel.add_button(window.act_duplicate, "Duplicate")
    window.events_panel.add_button(window.act_delete, "Delete")
    window.events_panel.add_button(window.act_move_up, "↑")
    window.events_panel.add_button(window.act_move_down, "↓")
    window.events_panel.add_button(window.act_confirm, "Confirm")
    window.events_panel.finish_buttons()
    # The search box and the form's text fields would otherwise keep Ctrl+E and Ctrl+U to
    # themselves on Linux (see window_keys).
    fields = [*window.findChildren(QLineEdit), *window.form.findChildren(QPlainTextEdit)]
    window.window_keys = let_window_keys_win(window, fields)

def update_actions(window: MainWindow) -> None:
    """Enable what applies to the current event and article."""
    state = window.editor.current
    own = state is not None and state.own
    has_article = window.editor.article is not None
    window.act_new.setEnabled(has_article)
    window.act_published.setEnabled(has_article)
    window.act_duplicate.setEnabled(state is not None and has_article)
    window.act_delete.setEnabled(own)
    window.act_move_up.setEnabled(own)
    window.act_move_down.setEnabled(own)
    window.act_confirm.setEnabled(own)
    window.act_reopen.setEnabled(own and state is not None and state.status == EventStatus.CONFIRMED)
    suggested = own and state is not None and state.status == EventStatus.SUGGESTED
    window.act_accept_all.setEnabled(suggested)
    window.act_reject.setEnabled(suggested)
