"""Labels for span-based exports (spaCy, Prodigy, brat): one rule, so the formats agree.

Evidence for a field is labelled with the field's ``role`` in the schema (ACTOR, LOCATION, DATE,
FATALITIES; the field name in capitals when it has none). The trigger is labelled with the event's
type (the schema's ``trigger_label_field``). Labels are sanitised to capitals, digits and
underscores (``Explosions/Remote violence`` -> ``EXPLOSIONS_REMOTE_VIOLENCE``): brat type names
cannot hold spaces or slashes, and spaCy labels with them are awkward on the command line and in
config files, so every format uses the sanitised form.
"""

from __future__ import annotations

import re
from typing import Any

from annotator.schema import Schema

TRIGGER = "trigger"
_NOT_LABEL = re.compile(r"[^0-9A-Za-z]+")


def sanitise_label(value: str) -> str:
    return _NOT_LABEL.sub("_", value).strip("_").upper()


def field_role(schema: Schema, field: str) -> str:
    """The role label of a field's evidence (ACTOR, LOCATION ...)."""
    try:
        role = schema.field(field).role
    except KeyError:
        role = None
    return sanitise_label(role or field)


def trigger_label(schema: Schema, values: dict[str, Any]) -> str:
    value = values.get(schema.trigger_label_field or "") if schema.trigger_label_field else None
    return sanitise_label(str(value)) if value else "TRIGGER"


def span_label(schema: Schema, field: str, values: dict[str, Any]) -> str:
    return trigger_label(schema, values) if field == TRIGGER else field_role(schema, field)


def trigger_labels(schema: Schema) -> list[str]:
    """Every label a trigger can get under this schema, in the schema's order."""
    field = schema.trigger_label_field
    if not field:
        return ["TRIGGER"]
    labels = [sanitise_label(str(v)) for v in schema.field(field).all_choice_values()]
    return [*dict.fromkeys([*labels, "TRIGGER"])]


def role_labels(schema: Schema) -> list[str]:
    """Every non-trigger evidence label of the schema, in the schema's order."""
    names = [f.name for f in schema.span_fields() if f.name != TRIGGER]
    return [*dict.fromkeys(field_role(schema, n) for n in names)]
