"""A location typed in the form fills the event's other place fields, looked up off the GUI thread.

The lookup is ``nlp.place_lookup.fill_from_location`` (the core's, usable by the CLI and imports
too). Its first call builds the gazetteer (a second or two), so it always runs in the thread
pool; the answer is applied only if the event still has that location, and only to fields that
are still empty, as one undo step. Why nothing was filled (a name several places share, an
unknown one) goes to the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from annotator.schema import Schema
from annotator.ui.editor import ArticleEditor
from annotator.ui.event_state import EventState
from annotator.ui.workers import run_task

MESSAGE_MS = 8000


class LocationFiller(QObject):
    """Fills country, admin1, coordinates and precision from a typed location's gazetteer entry."""

    finished = Signal(object)  # the EventState looked up for (filled or not): for tests and callers

    def __init__(
        self, editor: ArticleEditor, schema: Schema, say: Callable[[str, int], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.schema = schema
        self.say = say
        self.place_fields = dict(schema.suggest.place) if schema.suggest is not None else {}

    def fill(self, state: EventState) -> None:
        location = self.place_fields.get("location")
        name = state.values.get(location) if location else None
        if not state.own or not isinstance(name, str) or not name.strip():
            return
        dependents = [f for meaning, f in self.place_fields.items() if meaning != "location"]
        if all(state.values.get(f) not in (None, "") for f in dependents):
            return  # nothing left to fill: no lookup
        values = dict(state.values)
        article_text = self.editor.article.text if self.editor.article else ""
        country = self.place_fields.get("country")
        others = [s.values.get(country) for s in self.editor.states if s is not state] if country else []
        fields = self.place_fields

        def look_up(_report: Callable[[object], None]) -> Any:
            from annotator.nlp.place_lookup import fill_from_location  # noqa: PLC0415 (the gazetteer, in the pool)

            return fill_from_location(values, fields, article_text=article_text, other_countries=others)

        def apply(result: Any) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed during the lookup (the first builds the gazetteer)
            # Only for the same event with the same place: not one deleted or retyped meanwhile.
            if state in self.editor.states and not state.deleted and state.values.get(location) == name:
                filled = self.editor.fill_fields(state, result.values, f"Fill place fields from “{name.strip()}”")
                if filled:
                    labels = ", ".join(self.schema.field(f).label for f in filled)
                    where = f" ({result.place.country})" if result.place is not None else ""
                    self.say(f"{name.strip()}{where}: {labels} filled from the gazetteer. {result.note}".strip(),
                             MESSAGE_MS)
                elif result.note:
                    self.say(result.note, MESSAGE_MS)
            self.finished.emit(state)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.say(f"The place could not be looked up: {exc}", MESSAGE_MS)
            self.finished.emit(state)

        run_task(look_up, apply, failed)
