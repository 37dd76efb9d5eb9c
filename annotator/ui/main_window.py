"""The annotation window: article list | article text | events and event form, in splitters.

The window wires widgets to the :class:`ArticleEditor` (which owns edits, undo and saving) and
to the helpers that each do one job: ``window_layout`` builds the panes and the status bar,
``window_actions`` the actions and menus, ``event_commands`` their slots on the open event,
``evidence_painter`` the highlights, ``import_flow`` imports, ``restore_flow`` the integrity check
and restore, ``window_dialogs`` the other screens. It remembers its geometry, splitter sizes, the
last open article and blind mode in QSettings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from annotator.db import repo
from annotator.db.engine import Database
from annotator.nlp.labels import EntitySpan
from annotator.nlp.normalise import ValueResolver
from annotator.nlp.retrain import DatabaseLearning
from annotator.paths import resource
from annotator.safety.on_open import OpenCheck
from annotator.schema import Schema
from annotator.status import ArticleStatus
from annotator.ui import conflict_dialog
from annotator.ui.article_list import FirstPage
from annotator.ui.editor import ArticleEditor, OpenArticle, SaveResult
from annotator.ui.event_commands import EventCommands
from annotator.ui.event_state import EventState
from annotator.ui.import_flow import ImportRunner, choose_import_files
from annotator.ui.outside_changes import refresh_open_article
from annotator.ui.place_fill import LocationFiller
from annotator.ui.quick_view import header_text
from annotator.ui.restore_flow import SafetyFlow
from annotator.ui.startup import window_settings
from annotator.ui.suggestions import SuggestionService, suggestions_disabled_by_env
from annotator.ui.window_actions import build_actions, update_actions
from annotator.ui.window_dialogs import WindowDialogs
from annotator.ui.window_layout import build_panes, build_status_bar
from annotator.ui.workers import DbThread, run_task

NLP_START_DELAY_MS = 600


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
        first_page: FirstPage | None = None,
        first_article: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.schema = schema
        self.model_name = model_name
        self.settings = window_settings()
        self.analyst = analyst
        self.setWindowTitle(f"Annotator — {db.describe()} — {analyst}")
        self.db_thread = DbThread(db, self)
        self.editor = ArticleEditor(self.db_thread, schema, analyst, ValueResolver(), self)
        self.editor.blind = self.settings.value("blind_mode", False, type=bool)
        if suggestions is None:
            suggestions = not suggestions_disabled_by_env()
        self.suggester = SuggestionService(schema, model_name, enabled=suggestions, parent=self)
        self.closing = False
        self.importer = ImportRunner(db, schema, self)
        self.safety = SafetyFlow(self)
        self.dialogs = WindowDialogs(self)
        self.suggester.learning = DatabaseLearning(db.session, schema)  # learned places, triggers, model

        build_panes(self, first_page)
        self.commands = EventCommands(
            self.editor, schema, self.text_view, self.painter,
            lambda text, ms: self.statusBar().showMessage(text, ms), self.focus_form,
        )
        self.location_filler = LocationFiller(
            self.editor, schema, lambda text, ms: self.statusBar().showMessage(text, ms), self,
        )
        build_actions(self)
        build_status_bar(self)
        self._connect()
        self._restore_window_state()
        self._update_actions()
        self._refresh_done_count()
        self._safety_checks = safety_checks
        self._first_article = first_article  # chosen before the window existed (start-up shell)
        # Who the analyst is on this connection and the learned aliases come from the database
        # thread; its queue runs in order, so the list's first page is in by then too.
        self.db_thread.submit(
            self._identify, lambda found: self._on_identified(*found, load_demo_if_empty, restore_last),
            lambda exc: self._on_identified(analyst, [], load_demo_if_empty, restore_last, str(exc)),
        )

    def _identify(self, session: Any) -> tuple[str, list[tuple[str, str]]]:
        analyst = self.analyst
        if self.db.dialect == "postgresql":
            # A role bound by row-level security owns its events under its own name.
            analyst = repo.analyst_for_session(session, analyst)
        return analyst, repo.actor_aliases(session)

    def _on_identified(
        self, analyst: str, aliases: list[tuple[str, str]], load_demo: bool, restore_last: bool,
        error: str = "",
    ) -> None:
        if error:  # the window still opens: the same database error shows on the first save
            self.show_error(f"Could not read the learned aliases: {error}")
        if analyst != self.analyst:
            self.analyst = self.editor.analyst = analyst
            self.setWindowTitle(f"Annotator — {self.db.describe()} — {analyst}")
            self.analyst_label.setText(f"Analyst: {analyst}")
        for alias, canonical in aliases:
            self.editor.resolver.learn(alias, canonical)
        self.suggester.aliases = list(aliases)
        self._after_show(load_demo, restore_last)

    # --- wiring -----------------------------------------------------------------------------------

    def _connect(self) -> None:
        ed, commands = self.editor, self.commands
        self.list_pane.article_activated.connect(self.open_article)
        self.list_pane.search_changed.connect(lambda _words: self.show_search_hits(scroll=True))
        self.list_pane.model.loaded.connect(self._select_open_article)
        ed.article_loaded.connect(self._on_article_loaded)
        ed.article_refreshed.connect(self._on_article_refreshed)
        ed.load_failed.connect(self.show_error)
        ed.events_changed.connect(self._on_events_changed)
        ed.current_changed.connect(self._on_current_changed)
        ed.event_changed.connect(self._on_event_changed)
        ed.saved.connect(self._on_saved)
        ed.save_failed.connect(self.show_error)
        ed.conflict.connect(self._on_conflict)
        ed.message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        ed.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.events_panel.state_selected.connect(ed.select)
        self.form.field_edited.connect(commands.edit_field)
        self.form.field_focused.connect(commands.focus_field)
        self.form.accept_requested.connect(commands.accept_field)
        self.form.clear_requested.connect(commands.clear_field)
        self.form.evidence_requested.connect(commands.show_evidence)
        self.form.location_entered.connect(self.location_filler.fill)
        commands.location_assigned = self.location_filler.fill
        self.text_view.assign_requested.connect(commands.assign_shortcut)
        self.text_view.assign_field_requested.connect(commands.assign_selection)
        self.text_view.remove_evidence_requested.connect(commands.remove_evidence)
        self.suggester.status.connect(self.model_label.setText)
        self.suggester.ready.connect(self._request_suggestions)
        self.suggester.suggested.connect(self._on_suggested)
        self.suggester.entities.connect(self._on_entities)
        self.suggester.failed.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.db_thread.busy_changed.connect(self._on_busy)
        self.importer.progress.connect(self.statusBar().showMessage)
        self.importer.finished.connect(self._on_imported)
        self.importer.failed.connect(self._on_import_failed)

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
        if self.closing:
            return
        if self.db.warnings:
            self.statusBar().showMessage("Warning: " + "; ".join(self.db.warnings), 15000)
        if self._safety_checks:
            self.safety.run_checks()
        # The spaCy pipeline and the actor dictionary are pure-Python heavy: start them once the
        # window has painted, so they do not compete with the first frames for the GIL.
        QTimer.singleShot(NLP_START_DELAY_MS, self._start_background_nlp)
        if self.list_pane.model.total == 0 and self.list_pane.model.filter.search is None:
            if load_demo:
                self.import_paths([str(resource("demo", "demo.jsonl"))], demo=True)
            return
        if self._first_article is not None:
            self.open_article(self._first_article)
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
        if self.closing:
            return
        self.suggester.start()
        run_task(self.editor.resolver.load_dictionary, self._set_actor_names)
        self._load_completions()

    def run_safety_checks(self) -> None:
        self.safety.run_checks()

    @property
    def safety_result(self) -> OpenCheck | None:
        return self.safety.result

    @property
    def damaged_box(self) -> QMessageBox | None:
        return self.safety.damaged_box

    @property
    def agreement_dialog(self) -> Any:
        return self.dialogs.agreement_dialog

    def _set_actor_names(self, names: list[str]) -> None:
        if not self.closing:
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
            if self.closing:
                return
            actors, places = result
            self.form.set_completions("actor", [*self._actor_names, *actors])
            self.form.set_completions("place", places)

        self.db_thread.submit(read, show)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        unsaved = self.editor.finish()
        if unsaved and not self.closing:
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
        self.closing = True
        self.save_window_state()
        self.db_thread.stop()
        super().closeEvent(event)

    # --- articles ---------------------------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        self.editor.open_article(article_id)

    def show_search_hits(self, *, scroll: bool = False) -> None:
        """Mark in the text the words the list is searched for; on opening, show the first."""
        article = self.editor.article
        words = self.list_pane.model.filter.search or ""
        hits = repo.search_hits(article.text, words) if article is not None and words else []
        self.text_view.set_search_hits(hits)
        if scroll and hits:
            self.text_view.scroll_to_offset(hits[0][0])

    def show_article_header(self, article: OpenArticle) -> None:
        """Title, outlet and publication date above the text (or where to give the date)."""
        self.article_header.setText(header_text(article, self.article_header.fontMetrics(), self.text_view.width()))
        self.article_header.setToolTip(article.title)

    def _on_article_loaded(self, article: OpenArticle) -> None:
        self.text_view.set_article_text(article.text)
        self.show_article_header(article)
        self.show_search_hits(scroll=True)
        self.painter.forget_shown()
        if article.id != self.dialogs.review_offer_for:
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

    def _on_article_refreshed(self, article: OpenArticle) -> None:
        """Its header was changed elsewhere (``annotator published``, another window)."""
        self.show_article_header(article)
        self.list_pane.model.refresh_article(article.id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Back in the window: show what the CLI or another window changed in the open article."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self.closing:
            refresh_open_article(self.editor)

    def _select_open_article(self) -> None:
        """The list was read again (an import, a filter): its row of the open article is current."""
        if self.editor.article is not None:
            self.list_pane.select_article(self.editor.article.id)

    def _open_first_if_none(self) -> None:
        first = self.list_pane.model.article_id(0)
        if self.editor.article is None and first is not None:
            self.open_article(first)

    def step_article(self, step: int, *, unfinished: bool = False) -> None:
        current = self.editor.article.id if self.editor.article else None

        def go(target: int | None) -> None:
            if target is None:
                self.statusBar().showMessage("No more articles in this direction.", 3000)
            else:
                self.open_article(target)

        self.list_pane.neighbour(current, step, go, unfinished=unfinished)

    def _refresh_done_count(self) -> None:
        def count(session: Any) -> tuple[int, int]:
            return repo.count_filtered_articles(session, status=ArticleStatus.DONE), repo.count_articles(session)

        self.db_thread.submit(count, lambda counts: self._show_done_count(*counts))

    def _show_done_count(self, done: int, total: int) -> None:
        self.progress_label.setText(f"{done:,} of {total:,} articles done")

    def _on_saved(self, result: SaveResult) -> None:
        self._completions_stale = True
        self._show_done_count(result.done, result.total)
        self.list_pane.model.refresh_article(result.article_id, result.article_status)
        if self.editor.last_error is None:
            self.banner.hide()
            self.save_label.setText("All changes saved")

    def _on_busy(self, busy: bool) -> None:
        """Show the busy indicator only for work that takes longer than a blink."""
        if not busy and self.importer.running == 0:
            self.busy_timer.stop()
            self.busy.hide()
        elif busy and not self.busy_timer.isActive():
            self.busy_timer.start()

    def update_busy(self) -> None:
        self.busy.setVisible(self.db_thread.pending > 0 or self.importer.running > 0)

    # --- events -----------------------------------------------------------------------------------

    @property
    def current(self) -> EventState | None:
        return self.editor.current

    def _on_events_changed(self) -> None:
        self.events_panel.set_states(self.editor.states, self.editor.current)
        self._update_actions()

    def _on_current_changed(self, state: EventState | None) -> None:
        if state is None or state is not self.editor.adding:
            # Words selected for one event must not look selected for the next one.
            self.text_view.clear_selection()
        self.events_panel.set_current(state)
        self.form.set_state(state)
        self.painter.forget_shown()
        self.painter.paint(state)
        self._update_actions()

    def _on_event_changed(self, state: EventState) -> None:
        self.events_panel.update_state(state)
        if state is self.editor.current:
            self.form.refresh()
            self.painter.paint(state)
        self.save_label.setText("Saving…")
        self._update_actions()

    def _update_actions(self) -> None:
        update_actions(self)

    @property
    def focused_field(self) -> str | None:
        return self.painter.focused_field

    # --- suggestions --------------------------------------------------------------------------------

    def _request_suggestions(self) -> None:
        article = self.editor.article
        if article is None or not self.suggester.is_ready or self.closing:
            return
        if any(s.own for s in self.editor.states):
            return
        if self.act_auto_suggest.isChecked():
            self.suggester.request(article.id, article.text, article.published)
        if self.act_underlay.isChecked():
            self.suggester.request_entities(article.id, article.text)

    def toggle_auto_suggest(self, on: bool) -> None:
        """A reviewer turns this off: looking at colleagues' articles then stores nothing."""
        self.settings.setValue("auto_suggest", on)
        if on:
            self._request_suggestions()

    def _on_suggested(self, article_id: int, records: list[Any]) -> None:
        if records and not self.closing:
            self.editor.store_suggestions(article_id, records)

    def toggle_underlay(self, on: bool) -> None:
        self.settings.setValue("underlay", on)
        article = self.editor.article
        if not on:
            self.painter.clear_underlay()
        elif article is not None and not self.suggester.request_entities(article.id, article.text):
            self.statusBar().showMessage("Entity suggestions need the model: " + self.suggester.description, 5000)

    def _on_entities(self, article_id: int, spans: list[EntitySpan]) -> None:
        if self.editor.article is None or self.editor.article.id != article_id:
            return
        if self.act_underlay.isChecked():
            self.painter.underlay(spans)

    # --- errors ---------------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.banner.show_message(message)
        self.save_label.setText("Not saved")

    def retry_save(self) -> None:
        self.banner.hide()
        self.editor.flush()

    def _on_conflict(self, state: EventState, error: repo.ConflictError) -> None:
        chosen = conflict_dialog.resolve_conflict(self, dict(state.values), error.current)
        self.editor.resolve_conflict(state, chosen, error.current)

    # --- focus and modes -------------------------------------------------------------------------------

    def focus_form(self) -> None:
        editor = self.form.first_editor()
        if editor is not None and self.editor.current is not None:
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.list_pane.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_pane.search.selectAll()

    def toggle_blind(self, on: bool) -> None:
        self.settings.setValue("blind_mode", on)
        self.editor.set_blind(on)
        self.statusBar().showMessage("Blind mode on: only your events are shown." if on else "Blind mode off.", 4000)

    # --- import -------------------------------------------------------------------------------------

    def import_files(self) -> None:
        paths = choose_import_files(self)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str], *, demo: bool = False) -> None:
        """Import in a pool worker, with progress in the status bar."""
        self.busy.show()
        self.statusBar().showMessage("Loading the demo corpus…" if demo else "Importing…")
        self.importer.run(paths, self.analyst, demo=demo)

    def _on_imported(self, report: Any, demo: bool) -> None:
        self.busy.setVisible(self.db_thread.pending > 0)
        what = "Demo corpus loaded" if demo else "Import finished"
        self.statusBar().showMessage(f"{what}: {report.summary()}", 8000)
        if (report.rejected or report.unmapped) and not demo:
            lines = [f"rejected {r}" for r in report.rejected] + [f"not mapped {r}" for r in report.unmapped]
            QMessageBox.information(self, "Import", report.summary() + "\n\n" + "\n".join(lines[:20]))
        self.list_pane.model.reload(then=self._open_first_if_none)
        self.list_pane.refresh_annotators()
        self._refresh_done_count()

    def _on_import_failed(self, message: str) -> None:
        self.busy.hide()
        self.show_error(message)
