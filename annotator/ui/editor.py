"""What the analyst does to the open article, independent of widgets: the window's controller.

It holds the open article and its :class:`EventState` list, applies every edit through the undo
stack, saves dirty events through the single database thread within a second (debounced), and
reports errors as messages while keeping the edit for a retry. The widgets only display it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from annotator.db import repo
from annotator.db.suggested import store_suggestions
from annotator.interchange import EventRecord, EvidenceSpan
from annotator.nlp.normalise import ValueResolver
from annotator.review.visibility import visible_events
from annotator.schema import Schema
from annotator.status import ArticleStatus, EventStatus
from annotator.ui.event_state import EditCommand, EventState, Snapshot
from annotator.ui.workers import DbThread

AUTOSAVE_MS = 500
RETRY_MS = 5000


@dataclass
class OpenArticle:
    id: int
    title: str
    text: str
    source: str | None
    published: date | None
    status: str


@dataclass
class LoadedArticle:
    article: OpenArticle
    events: list[repo.StoredEvent]


@dataclass
class SaveResult:
    article_id: int
    article_status: str
    done: int
    total: int


def friendly_error(exc: BaseException) -> str:
    """A sentence for the analyst, never a traceback."""
    text = str(exc)
    if isinstance(exc, OperationalError) and "locked" in text.lower():
        return (
            "The database is locked by another program. Your edit is kept and will be saved "
            "as soon as the database is free."
        )
    if isinstance(exc, OperationalError):
        return f"The database could not be written ({getattr(exc, 'orig', exc)}). Your edit is kept."
    if isinstance(exc, repo.ConflictError):
        return str(exc)
    if isinstance(exc, ValueError):
        return f"Not saved: {text}"
    return f"Not saved ({type(exc).__name__}: {text}). Your edit is kept."


class ArticleEditor(QObject):
    """The open article, its events and every edit to them."""

    article_loaded = Signal(object)  # OpenArticle
    article_refreshed = Signal(object)  # OpenArticle whose header was changed elsewhere
    load_failed = Signal(str)
    events_changed = Signal()  # list membership or order changed
    event_changed = Signal(object)  # EventState whose content changed
    current_changed = Signal(object)  # EventState | None
    saved = Signal(object)  # SaveResult
    save_failed = Signal(str)
    conflict = Signal(object, object)  # EventState, ConflictError
    message = Signal(str)

    def __init__(
        self,
        db_thread: DbThread,
        schema: Schema,
        analyst: str,
        resolver: ValueResolver | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_thread = db_thread
        self.schema = schema
        self.analyst = analyst
        self.resolver = resolver or ValueResolver()
        self.blind = False
        self.article: OpenArticle | None = None
        self.states: list[EventState] = []
        self.current: EventState | None = None
        # The event add_event is making current, while it does: the window keeps the analyst's
        # text selection for it (select words, Ctrl+E, then a field key assigns them there).
        self.adding: EventState | None = None
        self.undo_stack = QUndoStack(self)
        self._load_token = 0
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.last_error: str | None = None

    # --- loading ------------------------------------------------------------------------------

    def open_article(self, article_id: int, on_loaded: Callable[[OpenArticle], None] | None = None) -> None:
        """Save what is pending, then load the article in the database thread (in order)."""
        self.flush()
        self._load_token += 1
        token = self._load_token

        viewer, blind = self.analyst, self.blind

        def load(session: Session) -> LoadedArticle:
            a = repo.get_article(session, article_id)
            article = OpenArticle(a.id or 0, a.title, a.text, a.source, a.published, a.status)
            # Blind mode: the review package decides what a viewer may see (one rule everywhere).
            return LoadedArticle(article, visible_events(session, article_id, viewer, blind))

        def done(result: LoadedArticle) -> None:
            if token != self._load_token:
                return  # the analyst has moved on already
            self._show_loaded(result)
            if on_loaded is not None:
                on_loaded(result.article)

        def failed(exc: BaseException) -> None:
            if token == self._load_token:
                self.load_failed.emit(f"Cannot open article {article_id}: {exc}")

        self.db_thread.submit(load, done, failed)

    @property
    def load_token(self) -> int:
        """Changes whenever another article (or the same one again) is being opened."""
        return self._load_token

    def _show_loaded(self, loaded: LoadedArticle) -> None:
        self.article = loaded.article
        self.current = None
        self._take_events(loaded.events)
        self.article_loaded.emit(self.article)
        self.events_changed.emit()
        self.current_changed.emit(self.current)

    def _take_events(self, events: list[repo.StoredEvent]) -> None:
        self.undo_stack.clear()  # undo steps refer to the events being replaced
        was = self.current.id if self.current is not None else None
        self.states = [EventState.from_stored(e, own=e.annotator == self.analyst) for e in events]
        own = self.own_states()
        same = next((s for s in self.states if was and s.id == was), None)
        self.current = same or (own[0] if own else (self.states[0] if self.states else None))

    def show_events(self, events: list[repo.StoredEvent]) -> None:
        """Show the open article's events as stored now (changed elsewhere: ``outside_changes``);
        the event that was current stays current, and the undo history starts again."""
        self._take_events(events)
        self.events_changed.emit()
        self.current_changed.emit(self.current)

    def reload(self) -> None:
        if self.article is not None:
            self.open_article(self.article.id)

    def own_states(self) -> list[EventState]:
        return [s for s in self.states if s.own and not s.deleted]

    def set_blind(self, blind: bool) -> None:
        if blind != self.blind:
            self.blind = blind
            self.reload()

    def select(self, state: EventState | None) -> None:
        if state is not self.current:
            self.current = state
            self.current_changed.emit(state)

    # --- saving -------------------------------------------------------------------------------

    def _touched(self, state: EventState) -> None:
        """An edit happened: show it now, save it within a second."""
        self.event_changed.emit(state)
        if not self._autosave.isActive():
            self._autosave.start()

    def flush(self) -> None:
        """Queue a save of every own event with unsaved edits."""
        self._autosave.stop()
        for state in self.states:
            if state.own and state.dirty and not state.deleted:
                self._queue_save(state)

    def _queue_save(self, state: EventState) -> None:
        schema = self.schema
        analyst = self.analyst
        article_id = self.article.id if self.article else None
        if article_id is None:
            return

        def save(session: Session) -> SaveResult:
            with state.lock:
                if state.deleted:
                    gen = state.edit_gen
                    snap = None
                else:
                    snap, gen, event_id, version = (
                        state.snapshot(), state.edit_gen, state.id, state.version,
                    )
            if snap is None:
                return _counts(session, article_id)
            if gen <= state.saved_gen:
                return _counts(session, article_id)  # a later queued save already did it
            stored = repo.save_edit(session, repo.EventEdit.in_schema(
                schema, article_id=article_id, annotator=analyst, values=snap.values,
                evidence=snap.evidence, status=snap.status, field_origin=snap.field_origin,
                event_id=event_id, version=version, confidence=state.confidence,
            ))
            session.commit()
            with state.lock:
                state.id = stored.id
                state.version = stored.version
                state.saved_gen = max(state.saved_gen, gen)
            return _counts(session, article_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, repo.ConflictError):
                self.conflict.emit(state, exc)
                return
            self.last_error = friendly_error(exc)
            self.save_failed.emit(self.last_error)
            self._retry.start()

        self.db_thread.submit(save, self._on_saved, failed)

    def _on_saved(self, result: SaveResult) -> None:
        if self.last_error and not any(s.dirty for s in self.own_states()):
            self.last_error = None
        self.saved.emit(result)

    def finish(self, timeout: float = 30.0) -> list[EventState]:
        """Save everything now and wait (window closing); returns states that are still unsaved."""
        self.flush()
        self.db_thread.drain(timeout)
        return [s for s in self.own_states() if s.dirty]

    def resolve_conflict(self, state: EventState, chosen: dict[str, Any] | None, theirs: Any) -> None:
        """After a conflict: save the chosen values on top of the stored version.

        ``chosen`` None means the analyst cancelled: the edit stays in the form, unsaved, and
        the next save asks again. ``theirs`` None means the event was deleted elsewhere: the
        chosen values are stored as a new event.
        """
        if chosen is None:
            self.last_error = "Not saved: this event was changed elsewhere. Edit it again to choose."
            self.save_failed.emit(self.last_error)
            return
        with state.lock:
            if theirs is None:
                state.id = None
                state.version = 1
            else:
                state.version = theirs.version
            state.values = dict(chosen)
            state.edit_gen += 1
        self.last_error = None
        self.event_changed.emit(state)
        self.flush()

    # --- event list ---------------------------------------------------------------------------

    def add_event(self, copy_from: EventState | None = None) -> EventState | None:
        if self.article is None:
            return None
        if copy_from is not None:
            state = EventState(
                values=dict(copy_from.values), annotator=self.analyst,
                evidence=list(copy_from.evidence),
                field_origin={k: "typed" for k, v in copy_from.values.items() if v not in (None, "")},
            )
        else:
            state = EventState(values=self.schema.empty_values(), annotator=self.analyst)
        state.edit_gen = 1
        index = self.states.index(self.current) + 1 if self.current in self.states else len(self.states)
        self.states.insert(index, state)
        self._queue_save(state)
        self.events_changed.emit()
        self.adding = state
        try:
            self.select(state)
        finally:
            self.adding = None
        self._queue_reorder()
        return state

    def delete_event(self, state: EventState) -> None:
        if state not in self.states or not state.own:
            return
        index = self.states.index(state)
        self.states.remove(state)
        with state.lock:
            state.deleted = True

        def delete(session: Session) -> SaveResult:
            with state.lock:
                event_id = state.id
            if event_id is not None:
                repo.delete_event(session, event_id)
                session.commit()
            return _counts(session, article_id)

        article_id = self.article.id if self.article else 0
        self.db_thread.submit(delete, self._on_saved, lambda e: self.save_failed.emit(friendly_error(e)))
        self.undo_stack.clear()  # steps that edited the deleted event would undo invisibly
        self.events_changed.emit()
        remaining = self.states
        self.select(remaining[min(index, len(remaining) - 1)] if remaining else None)

    def move_event(self, state: EventState, delta: int) -> None:
        if state not in self.states:
            return
        i = self.states.index(state)
        j = max(0, min(len(self.states) - 1, i + delta))
        if i == j:
            return
        self.states.insert(j, self.states.pop(i))
        self.events_changed.emit()
        self._queue_reorder()

    def _queue_reorder(self) -> None:
        states = list(self.own_states())
        article_id = self.article.id if self.article else 0

        def reorder(session: Session) -> None:
            ids = [s.id for s in states if s.id is not None and not s.deleted]
            repo.reorder_events(session, article_id, ids)
            session.commit()

        self.db_thread.submit(reorder, None, lambda e: self.save_failed.emit(friendly_error(e)))

    # --- edits (all through the undo stack) -------------------------------------------------------

    def _apply(self, state: EventState, snap: Snapshot) -> None:
        state.restore(snap)
        if state is not self.current and state in self.states:
            self.select(state)  # an undo shows the event it changes
        self._touched(state)

    def _push(self, state: EventState, after: Snapshot, text: str, merge_key: str | None = None) -> None:
        before = state.snapshot()
        if before == after:
            return
        self.undo_stack.push(EditCommand(self._apply, state, before, after, text, merge_key))

    def _origin_after_edit(self, state: EventState, name: str) -> str:
        if state.is_pending(name) or state.field_origin.get(name) in ("accepted", "edited"):
            return "edited"
        return "typed"

    def set_field(self, state: EventState, name: str, value: Any, *, merge: bool = True) -> None:
        """The analyst typed or picked a value in the form."""
        if not state.own or state.values.get(name) == value:
            return
        snap = state.snapshot()
        values = {**snap.values, name: value}
        origin = {**snap.field_origin, name: self._origin_after_edit(state, name)}
        spec = self._spec(name)
        if spec is not None and not spec.depends_on:
            # A dependent choice that no longer fits its parent is cleared (sub-type after type).
            for child in self.schema.fields:
                if child.depends_on == name and values.get(child.name) not in (
                    None, "", *[c.value for c in child.choices_for(value)],
                ):
                    values[child.name] = child.empty_value
        label = spec.label if spec else name
        self._push(
            state, replace(snap, values=values, field_origin=origin), f"Edit {label}",
            merge_key=f"{state.key}:{name}" if merge else None,
        )

    def fill_fields(self, state: EventState, filled: dict[str, Any], text: str) -> list[str]:
        """Fill fields that are still empty, as one undo step; returns the names filled.

        For values worked out from what the analyst typed (a place's country and coordinates
        from its name): they count as typed, and anything entered meanwhile is kept.
        """
        if not state.own or state.deleted or state not in self.states:
            return []
        snap = state.snapshot()
        fresh = {k: v for k, v in filled.items() if snap.values.get(k) in (None, "") and v not in (None, "")}
        if not fresh:
            return []
        self._push(
            state,
            replace(snap, values={**snap.values, **fresh},
                    field_origin={**snap.field_origin, **dict.fromkeys(fresh, "typed")}),
            text,
        )
        return list(fresh)

    def set_published(self, published: date | None) -> int:
        """The open article's publication date changed: date the analyst's undated events from
        their date words (``importers.published``, the rule ``annotator published`` applies);
        one undo step each. Returns how many were dated."""
        from annotator.importers.published import (  # noqa: PLC0415
            dated_values,
            dates_from_evidence,
            origin_of_filled,
        )

        if self.article is None:
            return 0
        self.article = replace(self.article, published=published)
        shown = self.current  # an edit selects the event it changes; the analyst stays where they were
        dated = 0
        for state in self.states:
            if not state.own or state.deleted or state.status == EventStatus.GOLD:
                continue
            snap = state.snapshot()
            filled = dates_from_evidence(self.schema, snap.values, snap.evidence, published, self.resolver.read)
            if filled:
                self._push(state, replace(
                    snap, values=dated_values(self.schema, snap.values, filled),
                    field_origin=origin_of_filled(snap.status, snap.field_origin, filled),
                ), "Date from the publication date")
                dated += 1
        if shown is not None and shown is not self.current and shown in self.states:
            self.select(shown)
        return dated

    def assign_span(self, state: EventState, name: str, start: int, end: int) -> bool:
        """Selected words become evidence of a field (and its value, normalised)."""
        if self.article is None or not state.own or start >= end:
            return False
        spec = self._spec(name)
        if spec is None:
            return False
        text = self.article.text[start:end]
        span = EvidenceSpan(name, start, end, text)
        snap = state.snapshot()
        if any((s.field, s.start, s.end) == (name, start, end) for s in snap.evidence):
            return self._read_again(state, spec, text)
        evidence = list(snap.evidence)
        values = dict(snap.values)
        origin = dict(snap.field_origin)
        had_spans = any(s.field == name for s in evidence)
        pending = state.is_pending(name)
        if pending:  # the suggestion was wrong: the analyst's words replace it
            evidence = [s for s in evidence if s.field != name]
        evidence.append(span)
        if spec.has_value and (pending or not had_spans or values.get(name) in (None, "")):
            reading = self.resolver.read(spec, text, self.article.published)
            if reading.note:
                self.message.emit(f"{spec.label}: {reading.note}")
            if reading.value not in (None, ""):
                values[name] = reading.value
                origin[name] = "edited" if pending else "typed"
                if spec.type == "date" and spec.precision_field:
                    if reading.precision is not None:
                        values[spec.precision_field] = reading.precision
                        origin[spec.precision_field] = origin[name]
                    elif values.get(spec.precision_field) in (None, ""):
                        values[spec.precision_field] = 1
        self._push(
            state, replace(snap, values=values, evidence=tuple(evidence), field_origin=origin),
            f"Assign “{text[:30]}” to {spec.label}",
        )
        return True

    def _read_again(self, state: EventState, spec: Any, text: str) -> bool:
        """The key pressed on words that already are the field's evidence: when the field is still
        empty (a suggestion's date before the publication date was known), read them again;
        otherwise say why nothing changes, rather than nothing at all."""
        snap = state.snapshot()
        if not spec.has_value or snap.values.get(spec.name) not in (None, ""):
            self.message.emit(f"“{text[:40]}” is already evidence for {spec.label}.")
            return False
        reading = self.resolver.read(spec, text, self.article.published if self.article else None)
        resolved = reading.value not in (None, "") and (spec.type != "date" or reading.precision is not None)
        if not resolved:
            why = reading.note or "they give no value"
            self.message.emit(f"{spec.label}: “{text[:40]}” is its evidence already; {why}.")
            return False
        values = {**snap.values, spec.name: reading.value}
        origin = {**snap.field_origin, spec.name: "typed"}
        if spec.type == "date" and spec.precision_field:
            values[spec.precision_field] = reading.precision
            origin[spec.precision_field] = "typed"
        self._push(state, replace(snap, values=values, field_origin=origin), f"Read “{text[:30]}” for {spec.label}")
        return True

    def remove_span_at(self, state: EventState, offset: int) -> bool:
        snap = state.snapshot()
        keep = tuple(s for s in snap.evidence if not s.start <= offset < s.end)
        if len(keep) == len(snap.evidence):
            return False
        self._push(state, replace(snap, evidence=keep), "Remove evidence")
        return True

    def accept_field(self, state: EventState, name: str) -> bool:
        if not state.is_pending(name):
            return False
        snap = state.snapshot()
        spec = self._spec(name)
        self._push(
            state, replace(snap, field_origin={**snap.field_origin, name: "accepted"}),
            f"Accept {spec.label if spec else name}",
        )
        return True

    def accept_all(self, state: EventState) -> None:
        """Take every suggested value as it is; the event becomes the analyst's draft."""
        snap = state.snapshot()
        origin = dict(snap.field_origin)
        for name in self.schema.field_names:
            if state.is_pending(name):
                origin[name] = "accepted"
        status = EventStatus.DRAFT if snap.status == EventStatus.SUGGESTED else snap.status
        self._push(state, replace(snap, field_origin=origin, status=status), "Accept suggestion")

    def clear_field(self, state: EventState, name: str) -> None:
        """Reject one value: empty it and drop its evidence."""
        spec = self._spec(name)
        if spec is None:
            return
        snap = state.snapshot()
        values = {**snap.values, name: spec.empty_value} if spec.has_value else dict(snap.values)
        origin = {**snap.field_origin, name: "edited"} if spec.has_value else dict(snap.field_origin)
        evidence = tuple(s for s in snap.evidence if s.field != name)
        self._push(
            state, replace(snap, values=values, evidence=evidence, field_origin=origin),
            f"Clear {spec.label}",
        )

    def confirm(self, state: EventState) -> list[str]:
        """draft -> confirmed; returns the problems that prevent it (empty when confirmed)."""
        if not state.own:
            return ["This is another analyst's event."]
        problems = self.schema.confirm_problems(state.values)
        if problems:
            return problems
        snap = state.snapshot()
        origin = dict(snap.field_origin)
        for name in self.schema.field_names:
            if state.is_pending(name):
                origin[name] = "accepted"
        self._push(state, replace(snap, status=EventStatus.CONFIRMED, field_origin=origin), "Confirm event")
        if state.status == EventStatus.CONFIRMED:
            for spec in self.schema.fields:
                value = state.values.get(spec.name)
                if spec.type == "actor" and isinstance(value, str) and value:
                    for span in state.spans(spec.name):
                        self.resolver.learn(span.text, value)
        self.flush()  # confirmation is a milestone: save it now
        return []

    def reopen(self, state: EventState) -> None:
        if state.own and state.status == EventStatus.CONFIRMED:
            self._push(state, replace(state.snapshot(), status=EventStatus.DRAFT), "Reopen event")

    # --- suggestions --------------------------------------------------------------------------

    def store_suggestions(self, article_id: int, records: list[EventRecord]) -> None:
        """Store suggested events unless the analyst already has events on the article."""
        analyst = self.analyst
        schema = self.schema

        def store(session: Session) -> tuple[list[repo.StoredEvent], SaveResult | None]:
            out = store_suggestions(session, article_id, records, analyst, schema)
            session.commit()
            return out, _counts(session, article_id) if out else None

        def stored(result: tuple[list[repo.StoredEvent], SaveResult | None]) -> None:
            events, counts = result
            if counts is not None:
                self.saved.emit(counts)  # pending suggestions take the article out of "done"
            if not events or self.article is None or self.article.id != article_id:
                return
            if any(s.own for s in self.states):
                return
            new = [EventState.from_stored(e, own=True) for e in events]
            self.states = [*new, *self.states]
            self.events_changed.emit()
            self.select(new[0])
            self.message.emit(f"{len(new)} suggested event{'s' if len(new) != 1 else ''}")

        self.db_thread.submit(store, stored, lambda e: self.message.emit(f"Suggestions not stored: {e}"))

    # --- helpers ------------------------------------------------------------------------------

    def _spec(self, name: str):  # noqa: ANN202
        try:
            return self.schema.field(name)
        except KeyError:
            return None


def _counts(session: Session, article_id: int) -> SaveResult:
    status = repo.get_article(session, article_id).status
    return SaveResult(
        article_id=article_id,
        article_status=status,
        done=repo.count_filtered_articles(session, status=ArticleStatus.DONE),
        total=repo.count_articles(session),
    )
