"""How review compares each schema field: its level of measurement and how values are normalised.

The roles come from the schema, so ACLED and PLOVER (or any YAML ontology) are compared the same
way: choice/actor/place fields are nominal, numbers without choices are interval, the date field
is compared at the coarser of two precisions, and free text (notes) is not compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from annotator.schema import Schema

NOMINAL_TYPES = {"choice", "actor", "place"}
INTERVAL_TYPES = {"integer", "number"}


@dataclass(frozen=True)
class FieldRoles:
    """Which fields are compared, and how."""

    nominal: tuple[str, ...]
    interval: tuple[str, ...]
    date_field: str | None
    precision_field: str | None
    type_field: str | None
    subtype_field: str | None
    place_fields: tuple[str, ...]  # most specific first
    actor_fields: tuple[str, ...]

    @property
    def compared(self) -> tuple[str, ...]:
        """Every compared field, in a stable report order (date after the nominal type fields)."""
        out = list(self.nominal)
        if self.date_field:
            insert_at = 2 if len(out) >= 2 else len(out)
            out.insert(insert_at, self.date_field)
        return (*out, *self.interval)

    def level(self, name: str) -> str:
        if name in self.interval:
            return "interval"
        if name == self.date_field:
            return "date"
        return "nominal"


def field_roles(schema: Schema) -> FieldRoles:
    precision = schema.precision_field
    nominal: list[str] = []
    interval: list[str] = []
    for spec in schema.fields:
        if spec.name in (precision, schema.date_field):
            continue
        if spec.type in NOMINAL_TYPES or spec.choices or spec.depends_on:
            nominal.append(spec.name)
        elif spec.type in INTERVAL_TYPES:
            interval.append(spec.name)
    type_field = schema.trigger_label_field
    subtype = next((f.name for f in schema.fields if type_field and f.depends_on == type_field), None)
    places = [f.name for f in schema.fields if f.type == "place"]
    return FieldRoles(
        nominal=tuple(nominal),
        interval=tuple(interval),
        date_field=schema.date_field,
        precision_field=precision,
        type_field=type_field,
        subtype_field=subtype,
        place_fields=tuple(reversed(places)),
        actor_fields=tuple(f.name for f in schema.fields if f.type == "actor"),
    )


def norm_nominal(value: Any) -> str:
    """Case, surrounding and repeated spaces do not make two codings differ; blank is ''."""
    if value is None:
        return ""
    return " ".join(str(value).split()).casefold()


def precision_of(values: dict[str, Any], roles: FieldRoles) -> int:
    """The date precision an annotator gave (1 = day when unset or unusable)."""
    raw = values.get(roles.precision_field) if roles.precision_field else None
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1 else 1


def coarse_date(value: Any, precision: int) -> str | None:
    """A date reduced to a precision: 1 day, 2 ISO week, 3 month, 4+ year; None if no date."""
    if not value:
        return None
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return norm_nominal(value) or None
    if precision <= 1:
        return day.isoformat()
    if precision == 2:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == 3:
        return f"{day.year}-{day.month:02d}"
    return str(day.year)


def interval_value(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
