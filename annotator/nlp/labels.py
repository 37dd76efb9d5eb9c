"""Entity labels of the text underlay and the typed span that carries one (no spaCy here).

``entity_spans`` in :mod:`annotator.nlp.suggest` labels what the rules found with these labels
(spaCy's own NER labels, e.g. ``ORG``, pass through as plain strings). The window colours a span
like the schema field it would fill, which :func:`field_for_label` names in one place.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from annotator.schema import Schema


class EntityLabel(StrEnum):
    ACTOR = "ACTOR"
    PLACE = "PLACE"
    DATE = "DATE"
    NUMBER = "NUMBER"  # a fatality count


class EntitySpan(NamedTuple):
    """Character offsets of an entity in the article and its label (an EntityLabel or NER label)."""

    start: int
    end: int
    label: str


# The schema field type each rule-found label would fill.
LABEL_FIELD_TYPES = {
    EntityLabel.ACTOR: "actor",
    EntityLabel.PLACE: "place",
    EntityLabel.DATE: "date",
    EntityLabel.NUMBER: "integer",
}


def field_for_label(schema: Schema, label: str) -> str | None:
    """The evidence field a span with this label belongs to (first of its type), or None."""
    wanted = LABEL_FIELD_TYPES.get(label)  # type: ignore[call-overload]
    if wanted is None:
        return None
    return next((spec.name for spec in schema.span_fields() if spec.type == wanted and spec.has_value), None)
