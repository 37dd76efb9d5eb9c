"""Paint the open event's evidence and the entity underlay on the text, in the fields' colours.

A field's colour is its place in ``schema.span_fields()``; an entity the rules found (an actor, a
place, a date, a fatality count) is underlined in the colour of the field it would fill, which
:func:`annotator.nlp.labels.field_for_label` decides. Other NER labels get a neutral colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from annotator.nlp.labels import EntitySpan, field_for_label
from annotator.schema import Schema
from annotator.ui.event_state import EventState
from annotator.ui.text_view import ArticleTextView, Highlight, field_color

UNKNOWN_FIELD_COLOUR = 9
OTHER_ENTITY_COLOUR = 8


class EvidencePainter:
    """Which field is in focus, which of its spans was shown last, and the highlights on the text."""

    def __init__(self, text_view: ArticleTextView, schema: Schema) -> None:
        self.text_view = text_view
        self.schema = schema
        self.colour_index = {spec.name: i for i, spec in enumerate(schema.span_fields())}
        self.focused_field: str | None = None
        self._shown: dict[str, int] = {}

    def field_colour(self, name: str) -> QColor:
        return field_color(self.colour_index.get(name, UNKNOWN_FIELD_COLOUR))

    def entity_colour(self, label: str) -> QColor:
        name = field_for_label(self.schema, label)
        return self.field_colour(name) if name is not None else field_color(OTHER_ENTITY_COLOUR)

    def forget_shown(self) -> None:
        """A new event or article: the next 'show evidence' starts at its first span."""
        self._shown = {}

    def paint(self, state: EventState | None) -> None:
        if state is None:
            self.text_view.set_evidence([])
            return
        self.text_view.set_evidence([
            Highlight(span.start, span.end, self.field_colour(span.field),
                      strong=span.field == self.focused_field)
            for span in state.evidence
        ])

    def focus(self, state: EventState | None, name: str) -> None:
        self.focused_field = name
        self.paint(state)

    def show_next(self, state: EventState | None, name: str) -> None:
        """Select the field's next evidence span in the text (cycling through several)."""
        spans = state.spans(name) if state else []
        if not spans:
            return
        i = (self._shown.get(name, -1) + 1) % len(spans)
        self._shown[name] = i
        self.focus(state, name)
        self.text_view.select_offsets(spans[i].start, spans[i].end)
        self.text_view.centerCursor()

    def underlay(self, spans: Sequence[EntitySpan]) -> None:
        self.text_view.set_underlay([
            Highlight(s.start, s.end, self.entity_colour(s.label), underline_only=True) for s in spans
        ])

    def clear_underlay(self) -> None:
        self.text_view.set_underlay([])
