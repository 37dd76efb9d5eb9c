"""What the analyst's keys and clicks do to the open event: the window's command slots.

Each command finds the analyst's own current event and asks the :class:`ArticleEditor` to change
it; messages go to the status bar through ``say``. Nothing here builds widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from annotator.schema import Schema
from annotator.status import EventStatus
from annotator.ui.editor import ArticleEditor
from annotator.ui.event_state import EventState
from annotator.ui.evidence_painter import EvidencePainter
from annotator.ui.text_view import ArticleTextView


class EventCommands:
    """The slots of the event actions, the form's requests and the text view's assignments."""

    def __init__(
        self, editor: ArticleEditor, schema: Schema, text_view: ArticleTextView,
        painter: EvidencePainter, say: Callable[[str, int], None], focus_form: Callable[[], None],
    ) -> None:
        self.editor = editor
        self.schema = schema
        self.text_view = text_view
        self.painter = painter
        self.say = say
        self.focus_form = focus_form
        # Called after words are assigned to the location field (the window fills the place).
        self.location_assigned: Callable[[EventState], None] | None = None
        self._location_field = schema.suggest.place.get("location") if schema.suggest is not None else None

    def _own_current(self) -> EventState | None:
        state = self.editor.current
        return state if state is not None and state.own else None

    def new_event(self) -> None:
        if self.editor.add_event() is not None:
            self.focus_form()

    def duplicate_event(self) -> None:
        if self.editor.current is not None:
            self.editor.add_event(copy_from=self.editor.current)

    def delete_event(self) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.delete_event(state)

    def move(self, delta: int) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.move_event(state, delta)

    def step_event(self, delta: int) -> None:
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
            self.say("Cannot confirm: " + "; ".join(problems), 8000)
            return
        warnings = self.schema.confirm_warnings(state.values)
        if warnings:
            self.say("Event confirmed, with " + "; ".join(warnings)
                     + " (the date key on its words, or Edit > Publication date…).", 10000)
        else:
            self.say("Event confirmed.", 3000)

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
            self.say("No suggested value to accept there.", 3000)

    def reject_suggestion(self) -> None:
        state = self._own_current()
        if state is not None and state.status == EventStatus.SUGGESTED:
            self.editor.delete_event(state)

    def clear_field(self, name: str) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.clear_field(state, name)

    def edit_field(self, name: str, value: Any) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.set_field(state, name, value)

    def assign_shortcut(self, digit: int) -> None:
        spec = self.schema.field_for_shortcut(digit)
        if spec is None:
            self.say(f"No field has the key {digit}.", 3000)
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
            self.painter.focus(state, name)
            if name == self._location_field and self.location_assigned is not None:
                self.location_assigned(state)

    def remove_evidence(self, offset: int) -> None:
        state = self._own_current()
        if state is not None:
            self.editor.remove_span_at(state, offset)

    def focus_field(self, name: str) -> None:
        self.painter.focus(self.editor.current, name)
        spans = self.editor.current.spans(name) if self.editor.current else []
        if spans:
            self.text_view.scroll_to_offset(spans[0].start)

    def show_evidence(self, name: str) -> None:
        self.painter.show_next(self.editor.current, name)
