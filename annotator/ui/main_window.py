"""The annotation window: article list | article text | events and event form, in splitters.

The window wires widgets to the :class:`ArticleEditor` (which owns edits, undo and saving), the
database thread, the suggestion service and the other helpers' dialogs. It remembers its
geometry, splitter sizes, the last open article and blind mode in QSettings.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.db import repo
from annotator.db.engine import Database
from annotator.nlp.retrain import DatabaseLearning
from annotator.paths import resource
from annotator.schema import Schema
from annotator.ui.article_list import ArticleListPane
from annotator.ui.editor import ArticleEditor, OpenArticle, SaveResult
from annotator.ui.event_form import EventForm
from annotator.ui.event_state import EventState
from annotator.ui.events_panel import EventsPanel
from annotator.ui.normalise import ValueResolver
from annotator.ui.shortcuts import ShortcutsDialog
from annotator.ui.startup import ask_restore, window_settings
from annotator.ui.suggestions import EntitySpan, SuggestionService, suggestions_disabled_by_env
from annotator.ui.text_view import ArticleTextView, Highlight, field_color
from annotator.ui.workers import DbThread, run_task

ORG = "annotator"
NLP_START_DELAY_MS = 600


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ErrorBanner(QFrame):
    """A clear, non-modal message above the panes (save failures), with a retry button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            "#errorBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
            "QLabel { color: #8e1b10; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry = QPushButton("Retry now", self)
        self.dismiss = QPushButton("Dismiss", self)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    """The annotation window. ``suggestions=False`` (or ANNOTATOR_NO_SUGGEST=1) skips the model."""

    article_shown = Signal(int)  # after an article's text and events are on screen
    # The database was restored from a backup and this window closed: open it again (Launcher).
    reopen_requested = Signal()

    def __init__(
        self,
        db: Database,
        schema: Schema,
        analyst: str,
        *,
        model_name: str = "",
        suggestions: bool | None = None,
        load_demo_if_empty: bool = True,
        restore_last: bool = True,
        safety_checks: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.schema = schema
        self.model_name = model_name
        self.settings = window_settings()
        with db.session() as session:
            aliases = dict(repo.actor_aliases(session))
            if db.dialect == "postgresql":
                # A role bound by row-level security owns its events under its own name.
                analyst = repo.analyst_for_session(session, analyst)
        self.analyst = analyst
        self.setWindowTitle(f"Annotator — {db.describe()} — {analyst}")
        self.db_thread = DbThread(db, self)
        self.editor = ArticleEditor(self.db_thread, schema, analyst, ValueResolver(aliases), self)
        self.editor.blind = self.settings.value("blind_mode", False, type=bool)
        if suggestions is None:
            suggestions = not suggestions_disabled_by_env()
        self.suggester = SuggestionService(schema, model_name, enabled=suggestions, parent=self)
        self.suggester.aliases = list(aliases.items())
        self.suggester.learning = DatabaseLearning(db.session, schema)  # issue 11: learned knowledge
        self.focused_field: str | None = None
        self._evidence_cycle: dict[str, int] = {}
        self._entities: list[EntitySpan] = []
        self._closing = False
        self._span_fields = schema.span_fields()
        self._colour_of = {spec.name: i for i, spec in enumerate(self._span_fields)}

        self._build_panes()
        self._build_actions()
        self._build_status_bar()
        self._connect()
        self._restore_window_state()
        self._update_actions()
        self._refresh_done_count()
        self._safety_checks = safety_checks
        QTimer.singleShot(0, lambda: self._after_show(load_demo_if_empty, restore_last))

    # --- building -------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.list_pane = ArticleListPane(self.db, self)
        self.text_view = ArticleTextView(self)
        self.text_view.set_menu_fields([(s.name, s.label, s.shortcut) for s in self._span_fields])
        self.article_header = QLabel(self)
        self.article_header.setObjectName("articleHeader")
        # One line each for title and source/date, elided: a header that re-wraps on every
        # switch would re-layout the whole window.
        self.article_header.setWordWrap(False)
        self.article_header.setMinimumWidth(10)
        self.article_header.setTextFormat(Qt.TextFormat.PlainText)
        self.article_header.setStyleSheet("font-weight: bold; padding: 6px 4px 0 14px; color: #333;")
        text_host = QWidget(self)
        text_layout = QVBoxLayout(text_host)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.article_header)
        text_layout.addWidget(self.text_view, 1)

        actor_field = next((f.name for f in self.schema.fields if f.type == "actor"), None)
        self.events_panel = EventsPanel(self.schema.field_names, actor_field, self)
        self.form = EventForm(self.schema, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.events_panel)
        self.right_splitter.addWidget(scroll)
        self.right_splitter.setStretchFactor(1, 3)
        self.right_splitter.setSizes([110, 540])

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(text_host)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([450, 530, 460])
        for i in range(3):
            self.splitter.setCollapsible(i, False)

        self.banner = ErrorBanner(self)
        self.banner.retry.clicked.connect(self._retry_save)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(
        self, text: str, slot: Any, shortcuts: list[str] | QKeySequence.StandardKey | None = None,
        *, checkable: bool = False, tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        elif shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_import = a("&Import…", self.import_files, ["Ctrl+I"], tip="Import articles from files")
        self.act_export = a("&Export…", self.open_export, ["Ctrl+Shift+E"], tip="Export annotations")
        self.act_quit = a("&Quit", self.close, ["Ctrl+Q"])
        self.act_undo = self.editor.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = self.editor.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (self.act_undo, self.act_redo):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
        self.act_new = a("&New event", self.new_event, ["Ctrl+E"], tip="Add an event to this article")
        self.act_duplicate = a("&Duplicate event", self.duplicate_event, ["Ctrl+D"])
        self.act_delete = a("De&lete event", self.delete_event, ["Ctrl+Delete"])
        self.act_move_up = a("Move event &up", lambda: self._move(-1), ["Ctrl+Alt+Up"])
        self.act_move_down = a("Move event do&wn", lambda: self._move(1), ["Ctrl+Alt+Down"])
        self.act_prev_event = a("Previous event", lambda: self._step_event(-1), ["Alt+Up"])
        self.act_next_event = a("Next event", lambda: self._step_event(1), ["Alt+Down"])
        self.act_confirm = a(
            "&Confirm event", self.confirm_event, ["Ctrl+Return", "Ctrl+Enter"],
            tip="Mark the event as confirmed",
        )
        self.act_reopen = a("Reopen event as draft", self.reopen_event, [])
        self.act_accept_all = a(
            "&Accept all suggested values", self.accept_all, ["Ctrl+Shift+A"],
        )
        self.act_reject = a("&Reject suggested event", self.reject_suggestion, ["Ctrl+Shift+Delete"])
        self.accept_field_actions = []
        for spec in self._span_fields:
            if spec.shortcut and spec.has_value:
                act = a(
                    f"Accept suggested {spec.label}",
                    lambda _=False, n=spec.name: self.accept_field(n),
                    [f"Ctrl+Shift+{spec.shortcut}"],
                )
                self.accept_field_actions.append(act)
        self.act_next = a("&Next article", lambda: self.step_article(1), ["Alt+Right", "PgDown", "Ctrl+PgDown"])
        self.act_prev = a("&Previous article", lambda: self.step_article(-1), ["Alt+Left", "PgUp", "Ctrl+PgUp"])
        self.act_next_unfinished = a(
            "Next &unfinished article", lambda: self.step_article(1, unfinished=True),
            ["Ctrl+Shift+PgDown", "Alt+Shift+Right"],
        )
        self.act_focus_list = a("Go to article list", lambda: self.list_pane.table.setFocus(), ["Ctrl+1"])
        self.act_focus_text = a("Go to article text", lambda: self.text_view.setFocus(), ["Ctrl+2"])
        self.act_focus_form = a("Go to event form", self._focus_form, ["Ctrl+3"])
        self.act_search = a("Search articles", self._focus_search, ["Ctrl+F"])
        self.act_underlay = a(
            "Show entity &suggestions in the text", self._toggle_underlay, ["Ctrl+U"], checkable=True,
        )
        self.act_underlay.setChecked(self.settings.value("underlay", False, type=bool))
        self.act_review = a("&Review article…", self.open_review, ["Ctrl+R"])
        self.act_agreement = a("&Agreement report…", self.open_agreement, ["Ctrl+Shift+R"])
        self.act_blind = a("&Blind mode (only my events)", self._toggle_blind, ["Ctrl+B"], checkable=True)
        self.act_blind.setChecked(self.editor.blind)
        self.act_shortcuts = a("&Keyboard shortcuts", self.show_shortcuts, ["F1"])
        self.act_about = a("&About Annotator", self.open_about)
        self.act_tour = a("Show the &tour", self.show_tour)

        self.act_export.setEnabled(module_available("annotator.ui.export_dialog"))
        self.act_review.setEnabled(module_available("annotator.ui.review_view"))
        self.act_agreement.setEnabled(module_available("annotator.ui.agreement_view"))
        self.act_about.setEnabled(module_available("annotator.ui.about"))
        self.act_tour.setEnabled(module_available("annotator.ui.first_run"))

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for act in (self.act_import, self.act_export):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_new, self.act_duplicate, self.act_delete, self.act_move_up, self.act_move_down])
        edit.addSeparator()
        edit.addActions([self.act_confirm, self.act_reopen])
        suggest = bar.addMenu("&Suggestions")
        suggest.addActions([self.act_accept_all, self.act_reject])
        accept_one = suggest.addMenu("Accept one value")
        accept_one.addActions(self.accept_field_actions)
        suggest.addSeparator()
        suggest.addAction(self.act_underlay)
        go = bar.addMenu("&Go")
        go.addActions([self.act_next, self.act_prev, self.act_next_unfinished])
        go.addSeparator()
        go.addActions([self.act_next_event, self.act_prev_event])
        go.addSeparator()
        go.addActions([self.act_search, self.act_focus_list, self.act_focus_text, self.act_focus_form])
        review = bar.addMenu("&Review")
        review.addActions([self.act_review, self.act_agreement])
        review.addSeparator()
        review.addAction(self.act_blind)
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.act_shortcuts, self.act_tour, self.act_about])

        self.events_panel.add_button(self.act_new, "Add")
        self.events_panel.add_button(self.act_duplicate, "Duplicate")
        self.events_panel.add_button(self.act_delete, "Delete")
        self.events_panel.add_button(self.act_move_up, "↑")
        self.events_panel.add_button(self.act_move_down, "↓")
        self.events_panel.add_button(self.act_confirm, "Confirm")
        self.events_panel.finish_buttons()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("doneCount")
        self.analyst_label = QLabel(f"Analyst: {self.analyst}", self)
        self.model_label = QLabel(self.suggester.description, self)
        self.model_label.setObjectName("modelStatus")
        self.save_label = QLabel("", self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(110)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(self._update_busy)
        self.review_offer = QPushButton(self)
        self.review_offer.setObjectName("reviewOffer")
        self.review_offer.setFlat(True)
        self.review_offer.setToolTip("Compare the analysts' events on this article (Review > Review article, Ctrl+R)")
        self.review_offer.clicked.connect(self._review_from_offer)
        self.review_offer.hide()
        bar.addWidget(self.progress_label)
        bar.addWidget(self.save_label)
        bar.addWidget(self.review_offer)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.model_label)
        bar.addPermanentWidget(self.analyst_label)

    def _connect(self) -> None:
        ed = self.editor
        self.list_pane.article_activated.connect(self.open_article)
        ed.article_loaded.connect(self._on_article_loaded)
        ed.load_failed.connect(self._show_error)
        ed.events_changed.connect(self._on_events_changed)
        ed.current_changed.connect(self._on_current_changed)
        ed.event_changed.connect(self._on_event_changed)
        ed.saved.connect(self._on_saved)
        ed.save_failed.connect(self._show_error)
        ed.conflict.connect(self._on_conflict)
        ed.message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        ed.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.events_panel.state_selected.connect(ed.select)
        self.form.field_edited.connect(self._on_field_edited)
        self.form.field_focused.connect(self._on_field_focused)
        self.form.accept_requested.connect(self.accept_field)
        self.form.clear_requested.connect(self._clear_field)
        self.form.evidence_requested.connect(self.show_evidence)
        self.text_view.assign_requested.connect(self.assign_shortcut)
        self.text_view.assign_field_requested.connect(self.assign_selection)
        self.text_view.remove_evidence_requested.connect(self._remove_evidence)
        self.suggester.status.connect(self.model_label.setText)
        self.suggester.ready.connect(self._request_suggestions)
        self.suggester.suggested.connect(self._on_suggested)
        self.suggester.entities.connect(self._on_entities)
        self.suggester.failed.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.db_thread.busy_changed.connect(self._on_busy)

    # --- start and stop -------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for name, splitter in (("splitter", self.splitter), ("right_splitter", self.right_splitter)):
            state = self.settings.value(name)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("right_splitter", self.right_splitter.saveState())
        self.settings.setValue("blind_mode", self.editor.blind)
        self.settings.setValue("underlay", self.act_underlay.isChecked())
        if self.editor.article is not None:
            self.settings.setValue("last_article", self.editor.article.id)
        self.settings.sync()

    def _after_show(self, load_demo: bool, restore_last: bool) -> None:
        if self._closing:
            return
        if self.db.warnings:
            self.statusBar().showMessage("Warning: " + "; ".join(self.db.warnings), 15000)
        if self._safety_checks:
            self.run_safety_checks()
        # The spaCy pipeline and the actor dictionary are pure-Python heavy: start them once the
        # window has painted, so they do not compete with the first frames for the GIL.
        QTimer.singleShot(NLP_START_DELAY_MS, self._start_background_nlp)
        if self.list_pane.model.total == 0 and self.list_pane.model.filter.search is None:
            if load_demo:
                self.import_paths([str(resource("demo", "demo.jsonl"))], demo=True)
            return
        last = self.settings.value("last_article", None)
        if restore_last and last is not None:
            try:
                self.open_article(int(last))
                return
            except (TypeError, ValueError):
                pass
        first = self.list_pane.model.article_id(0)
        if first is not None:
            self.open_article(first)

    def _start_background_nlp(self) -> None:
        if self._closing:
            return
        self.suggester.start()
        run_task(self.editor.resolver.load_dictionary, self._set_actor_names)
        self._load_completions()

    def run_safety_checks(self) -> None:
        """Integrity check and the automatic backup, in a worker: on a large database they take
        seconds, and the analyst should not wait for a check that almost always passes."""
        path, url = self.db.path, self.db.url
        if path is None:
            return

        def check(_report: Any) -> tuple[Any, Any, str | None]:
            from annotator.safety.backup import maybe_backup  # noqa: PLC0415
            from annotator.safety.integrity import check_sqlite_file  # noqa: PLC0415

            report = check_sqlite_file(path, url)
            if not report.ok:
                return report, None, None
            try:
                return report, maybe_backup(path), None
            except Exception as exc:  # a failed backup must not stop the analyst
                return report, None, f"Automatic backup failed: {exc}"

        def done(result: tuple[Any, Any, str | None]) -> None:
            report, backup, warning = result
            if self._closing:
                return
            if not report.ok:
                self._show_error(report.message())
                self.offer_restore(report)
            elif warning:
                self.statusBar().showMessage(warning, 10000)
            elif backup is not None:
                self.statusBar().showMessage(f"Database checked; backup saved to {backup}", 6000)
            self.safety_result = result

        run_task(check, done, lambda exc: self.statusBar().showMessage(f"Integrity check failed to run: {exc}", 10000))

    safety_result: tuple[Any, Any, str | None] | None = None
    damaged_box: QMessageBox | None = None

    def offer_restore(self, report: Any) -> QMessageBox:
        """The file failed its integrity check: name it and offer its latest backup (or quit)."""
        self.damaged_box = ask_restore(self, report, lambda: self.restore_latest_backup(report), self.close)
        return self.damaged_box

    def restore_latest_backup(self, report: Any) -> bool:
        """Close the database, replace the file with its latest backup, ask to be reopened."""
        from annotator.safety.backup import BackupError, restore  # noqa: PLC0415

        path = self.db.path
        if path is None or not report.backups:
            return False
        self.editor.finish()
        self._closing = True
        self.db_thread.stop()
        self.db.dispose()
        try:
            restore(path, report.backups[0].path)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(self, "Annotator — restore failed", f"Could not restore {path}: {exc}")
            self.close()
            return False
        # Reopen first, so the application always has a window (closing the last one quits).
        self.reopen_requested.emit()
        self.close()
        return True

    def _set_actor_names(self, names: list[str]) -> None:
        if not self._closing:
            self._actor_names = names
            self._load_completions()

    _actor_names: list[str] = []

    _completions_stale = False  # the first read happens with the background NLP start

    def _load_completions(self) -> None:
        """Actor and place completion: dictionary names plus values already used in this database.

        Re-read after saves only (when the next article opens), not on every switch."""
        self._completions_stale = False
        actor_fields = [f.name for f in self.schema.fields if f.type == "actor"]
        place_fields = [f.name for f in self.schema.fields if f.type == "place"]

        def read(session: Any) -> tuple[list[str], list[str]]:
            return repo.used_values(session, actor_fields), repo.used_values(session, place_fields)

        def show(result: tuple[list[str], list[str]]) -> None:
            if self._closing:
                return
            actors, places = result
            self.form.set_completions("actor", [*self._actor_names, *actors])
            self.form.set_completions("place", places)

        self.db_thread.submit(read, show)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        unsaved = self.editor.finish()
        if unsaved and not self._closing:
            answer = QMessageBox.warning(
                self, "Unsaved edits",
                f"{len(unsaved)} event(s) could not be saved: {self.editor.last_error or 'unknown error'}\n\n"
                "Close anyway and lose these edits?",
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self._closing = True
        self.save_window_state()
        self.db_thread.stop()
        super().closeEvent(event)

    # --- articles ---------------------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        self.editor.open_article(article_id)

    def _on_article_loaded(self, article: OpenArticle) -> None:
        self.text_view.set_article_text(article.text)
        meta = " · ".join(
            p for p in (article.source or "", article.published.isoformat() if article.published else "") if p
        )
        width = max(self.text_view.width() - 30, 200)
        title = self.article_header.fontMetrics().elidedText(article.title, Qt.TextElideMode.ElideRight, width)
        self.article_header.setText(f"{title}\n{meta}")
        self.article_header.setToolTip(article.title)
        self._entities = []
        self._evidence_cycle = {}
        if article.id != self._review_offer_for:
            self.review_offer.hide()
        if not self.list_pane.select_article(article.id):
            self.list_pane.table.clearSelection()
        self.settings.setValue("last_article", article.id)
        if self._completions_stale:
            self._load_completions()
        self._request_suggestions()
        if self.act_underlay.isChecked():
            self.suggester.request_entities(article.id, article.text)
        self.article_shown.emit(article.id)

    def step_article(self, step: int, *, unfinished: bool = False) -> None:
        current = self.editor.article.id if self.editor.article else None
        target = self.list_pane.neighbour(current, step, unfinished=unfinished)
        if target is None:
            self.statusBar().showMessage("No more articles in this direction.", 3000)
            return
        self.open_article(target)

    def _refresh_done_count(self, done: int | None = None, total: int | None = None) -> None:
        if done is None or total is None:
            with self.db.session() as session:
                done = repo.count_filtered_articles(session, status="done")
                total = repo.count_articles(session)
        self.progress_label.setText(f"{done:,} of {total:,} articles done")

    def _on_saved(self, result: SaveResult) -> None:
        self._completions_stale = True
        self._refresh_done_count(result.done, result.total)
        self.list_pane.model.refresh_article(result.article_id, result.article_status)
        if self.editor.last_error is None:
            self.banner.hide()
            self.save_label.setText("All changes saved")

    def _on_busy(self, busy: bool) -> None:
        """Show the busy indicator only for work that takes longer than a blink."""
        if not busy and self._tasks == 0:
            self._busy_timer.stop()
            self.busy.hide()
        elif busy and not self._busy_timer.isActive():
            self._busy_timer.start()

    def _update_busy(self) -> None:
        self.busy.setVisible(self.db_thread.pending > 0 or self._tasks > 0)

    _tasks = 0

    # --- events -----------------------------------------------------------------------------------

    @property
    def current(self) -> EventState | None:
        return self.editor.current

    def _own_current(self) -> EventState | None:
        state = self.editor.current
        return state if state is not None and state.own else None

    def _on_events_changed(self) -> None:
        self.events_panel.set_states(self.editor.states, self.editor.current)
        self._update_actions()

    def _on_current_changed(self, state: EventState | None) -> None:
        self.events_panel.set_current(state)
        self.form.set_state(state)
        self._evidence_cycle = {}
        self._paint_evidence()
        self._update_actions()

    def _on_event_changed(self, state: EventState) -> None:
        self.events_panel.update_state(state)
        if state is self.editor.current:
            self.form.refresh()
            self._paint_evidence()
        self.save_label.setText("Saving…")
        self._update_actions()

    def _update_actions(self) -> None:
        state = self.editor.current
        own = state is not None and state.own
        has_article = self.editor.article is not None
        self.act_new.setEnabled(has_article)
        self.act_duplicate.setEnabled(state is not None and has_article)
        self.act_delete.setEnabled(own)
        self.act_move_up.setEnabled(own)
        self.act_move_down.setEnabled(own)
        self.act_confirm.setEnabled(own)
        self.act_reopen.setEnabled(own and state is not None and state.status == "confirmed")
        suggested = own and state is not None and state.status == "suggested"
        self.act_accept_all.setEnabled(suggested)
        self.act_reject.setEnabled(suggested)

    def new_event(self) -> None:
        if self.editor.add_event() is not None:
            self._focus_form()

    def duplicate_event(self) -> None:
        if self.editor.current is not None:
            self.editor.add_event(copy_from=self.editor.current)

    def delete_event(self) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.delete_event(state)

    def _move(self, delta: int) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.move_event(state, delta)

    def _step_event(self, delta: int) -> None:
        states = self.editor.states
        if not states:
            return
        i = states.index(self.editor.current) if self.editor.current in states else -1
        self.editor.select(states[max(0, min(len(states) - 1, i + delta))])

    def confirm_event(self) -> None:
        state = self._own_current()
        if state is None:
            return
        problems = self.editor.confirm(state)
        if problems:
            self.statusBar().showMessage("Cannot confirm: " + "; ".join(problems), 8000)
        else:
            self.statusBar().showMessage("Event confirmed.", 3000)

    def reopen_event(self) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.reopen(state)

    def accept_all(self) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.accept_all(state)

    def accept_field(self, name: str) -> None:
        state = self._own_current()
        if state is not None and not self.editor.accept_field(state, name):
            self.statusBar().showMessage("No suggested value to accept there.", 3000)

    def reject_suggestion(self) -> None:
        state = self._own_current()
        if state is not None and state.status == "suggested":
            self.editor.delete_event(state)

    def _clear_field(self, name: str) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.clear_field(state, name)

    def _on_field_edited(self, name: str, value: Any) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.set_field(state, name, value)

    # --- text to field ----------------------------------------------------------------------------

    def assign_shortcut(self, digit: int) -> None:
        spec = self.schema.field_for_shortcut(digit)
        if spec is None:
            self.statusBar().showMessage(f"No field has the key {digit}.", 3000)
            return
        self.assign_selection(spec.name)

    def assign_selection(self, name: str) -> None:
        selection = self.text_view.selection_offsets()
        if selection is None or self.editor.article is None:
            return
        state = self._own_current()
        if state is None:
            state = self.editor.add_event()
            if state is None:
                return
        if self.editor.assign_span(state, name, *selection):
            self.focused_field = name
            self._paint_evidence()

    def _remove_evidence(self, offset: int) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.remove_span_at(state, offset)

    def _on_field_focused(self, name: str) -> None:
        self.focused_field = name
        self._paint_evidence()
        spans = self.editor.current.spans(name) if self.editor.current else []
        if spans:
            self.text_view.scroll_to_offset(spans[0].start)

    def show_evidence(self, name: str) -> None:
        """Select the field's next evidence span in the text (cycling through several)."""
        state = self.editor.current
        spans = state.spans(name) if state else []
        if not spans:
            return
        i = self._evidence_cycle.get(name, -1) + 1
        i %= len(spans)
        self._evidence_cycle[name] = i
        self.focused_field = name
        self._paint_evidence()
        self.text_view.select_offsets(spans[i].start, spans[i].end)
        self.text_view.centerCursor()

    def _paint_evidence(self) -> None:
        state = self.editor.current
        if state is None:
            self.text_view.set_evidence([])
            return
        highlights = [
            Highlight(
                span.start, span.end, field_color(self._colour_of.get(span.field, 9)),
                strong=span.field == self.focused_field,
            )
            for span in state.evidence
        ]
        self.text_view.set_evidence(highlights)

    # --- suggestions --------------------------------------------------------------------------------

    def _request_suggestions(self) -> None:
        article = self.editor.article
        if article is None or not self.suggester.is_ready or self._closing:
            return
        if any(s.own for s in self.editor.states):
            return
        self.suggester.request(article.id, article.text, article.published)
        if self.act_underlay.isChecked():
            self.suggester.request_entities(article.id, article.text)

    def _on_suggested(self, article_id: int, records: list[Any]) -> None:
        if records and not self._closing:
            self.editor.store_suggestions(article_id, records)

    def _toggle_underlay(self, on: bool) -> None:
        self.settings.setValue("underlay", on)
        article = self.editor.article
        if not on:
            self.text_view.set_underlay([])
        elif article is not None and not self.suggester.request_entities(article.id, article.text):
            self.statusBar().showMessage("Entity suggestions need the model: " + self.suggester.description, 5000)

    def _on_entities(self, article_id: int, spans: list[EntitySpan]) -> None:
        if self.editor.article is None or self.editor.article.id != article_id:
            return
        self._entities = spans
        if self.act_underlay.isChecked():
            colours = {"ACTOR": 1, "LOCATION": 6, "DATE": 2, "FATALITIES": 3}
            self.text_view.set_underlay(
                [Highlight(s.start, s.end, field_color(colours.get(s.label.upper(), 8)), underline_only=True)
                 for s in spans]
            )

    # --- errors ---------------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.banner.show_message(message)
        self.save_label.setText("Not saved")

    def _retry_save(self) -> None:
        self.banner.hide()
        self.editor.flush()

    def _on_conflict(self, state: EventState, error: repo.ConflictError) -> None:
        theirs = error.current
        mine = dict(state.values)
        chosen: dict[str, Any] | None
        try:
            from annotator.ui.conflict_dialog import resolve_conflict  # noqa: PLC0415
        except ImportError:
            resolve_conflict = None
        if resolve_conflict is not None:
            chosen = resolve_conflict(self, mine, theirs)
        else:
            lines = []
            for spec in self.schema.fields:
                a = mine.get(spec.name)
                b = theirs.values.get(spec.name) if theirs is not None else None
                if a != b:
                    lines.append(f"{spec.label}: yours {a!r} — stored {b!r}")
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("Event changed elsewhere")
            box.setText(str(error))
            box.setInformativeText("\n".join(lines) or "The values are the same.")
            keep = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
            take = box.addButton("Take theirs", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is keep:
                chosen = mine
            elif box.clickedButton() is take and theirs is not None:
                chosen = dict(theirs.values)
            else:
                chosen = None
        self.editor.resolve_conflict(state, chosen, theirs)

    # --- menus: other dialogs --------------------------------------------------------------------------

    def _focus_form(self) -> None:
        editor = self.form.first_editor()
        if editor is not None and self.editor.current is not None:
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.list_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_pane.search.selectAll()

    def _toggle_blind(self, on: bool) -> None:
        self.settings.setValue("blind_mode", on)
        self.editor.set_blind(on)
        self.statusBar().showMessage("Blind mode on: only your events are shown." if on else "Blind mode off.", 4000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions(), self.schema, self).exec()

    def open_about(self) -> None:
        from annotator.ui.about import AboutDialog  # noqa: PLC0415

        AboutDialog(self.db, self.model_name, self).exec()

    def show_tour(self) -> None:
        from annotator.ui.first_run import show_first_run_hint  # noqa: PLC0415

        show_first_run_hint(self, force=True)

    def open_export(self) -> None:
        self.editor.finish()
        from annotator.ui.export_dialog import ExportDialog  # noqa: PLC0415

        ExportDialog(self.db, self.schema, self).exec()

    def open_review(self) -> None:
        if self.editor.article is None:
            return
        self.editor.finish()
        from annotator.ui.review_view import ReviewDialog  # noqa: PLC0415

        ReviewDialog(self.db, self.schema, self.editor.article.id, self.analyst, self).exec()
        self.editor.reload()
        self.list_pane.model.refresh_article(self.editor.article.id)

    def open_agreement(self) -> None:
        self.editor.finish()
        from annotator.ui.agreement_view import AgreementDialog  # noqa: PLC0415

        # Non-modal: jumping to an article from the report must show it in this window, with the
        # report still open beside it for the next one.
        if self.agreement_dialog is not None:
            self.agreement_dialog.close()
        dialog = AgreementDialog(self.db, self.schema, self)
        dialog.setModal(False)
        dialog.open_article.connect(self._open_from_report)
        self.agreement_dialog = dialog
        dialog.show()

    agreement_dialog: Any = None

    def _open_from_report(self, article_id: int) -> None:
        """Show the article the report pointed at, and offer its review (Ctrl+R) in the status bar."""
        article_id = int(article_id)
        self.open_article(article_id)
        self.raise_()
        self.activateWindow()
        self.review_offer.setText(f"Review article #{article_id}…")
        self.review_offer.show()
        self._review_offer_for = article_id

    _review_offer_for: int | None = None

    def _review_from_offer(self) -> None:
        self.review_offer.hide()
        if self.editor.article is not None and self.editor.article.id == self._review_offer_for:
            self.open_review()

    # --- import -------------------------------------------------------------------------------------

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(Path.home()),
            "Articles (*.jsonl *.ndjson *.txt *.csv *.html *.htm);;All files (*)",
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str], *, demo: bool = False) -> None:
        """run_import in a pool worker with progress in the status bar."""
        import time  # noqa: PLC0415

        from annotator.importers import ImportOptions, run_import  # noqa: PLC0415

        db, analyst, schema = self.db, self.analyst, self.schema

        def work(report: Any) -> Any:
            last = [0.0]

            def progress(p: Any) -> None:
                now = time.monotonic()
                if now - last[0] > 0.2:
                    last[0] = now
                    report(p)

            return run_import(db, paths, analyst=analyst, options=ImportOptions(schema=schema), progress=progress)

        def on_progress(p: Any) -> None:
            self.statusBar().showMessage(f"Importing {Path(p.path).name}: {p.report.imported} imported…")

        def done(report: Any) -> None:
            self._tasks -= 1
            self.busy.setVisible(self.db_thread.pending > 0)
            what = "Demo corpus loaded" if demo else "Import finished"
            self.statusBar().showMessage(f"{what}: {report.summary()}", 8000)
            if report.rejected and not demo:
                QMessageBox.information(
                    self, "Import", report.summary() + "\n\n" + "\n".join(str(r) for r in report.rejected[:20])
                )
            self.list_pane.model.reload()
            self.list_pane.refresh_annotators()
            self._refresh_done_count()
            if self.editor.article is None:
                first = self.list_pane.model.article_id(0)
                if first is not None:
                    self.open_article(first)

        def failed(exc: BaseException) -> None:
            self._tasks -= 1
            self.busy.hide()
            self._show_error(f"Import failed: {exc}")

        self._tasks += 1
        self.busy.show()
        self.statusBar().showMessage("Loading the demo corpus…" if demo else "Importing…")
        run_task(work, done, failed, on_progress)
