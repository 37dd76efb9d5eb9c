"""Event ontologies loaded from YAML, so that the form, validation and exports follow data.

A schema file names its fields in form order, with a type, choices (possibly depending on another
field), whether words of the article can support it (``span``), the key that assigns a selection to
it and the role label span-based exports use. Errors name the file, the key and what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from annotator.paths import resource

if TYPE_CHECKING:
    from annotator.schema_roles import SuggestSpec

FIELD_TYPES = {"choice", "text", "actor", "place", "date", "integer", "number"}


AGENT_KINDS = ("state", "nonstate", "armed", "unarmed", "crowd", "any")


def _check_lemma_overrides(source: str, where: str, rule: Any) -> None:
    """``lemma_agents: {state: [bombing]}`` and ``lemma_targets: {kill: [1, 2]}`` of a trigger
    rule, checked when the schema loads rather than failing later inside the suggester."""
    if not isinstance(rule, Mapping):
        return
    agents = rule.get("lemma_agents")
    if agents is not None and not _is_lists_by(agents, lambda kind: kind in AGENT_KINDS, lambda _word: True):
        raise SchemaError(source, f"{where}.lemma_agents",
                          f"expected {{agent kind: [words]}} with kinds {', '.join(AGENT_KINDS)}")
    targets = rule.get("lemma_targets")
    if targets is not None and not _is_lists_by(
        targets, lambda _word: True, lambda code: isinstance(code, int) and not isinstance(code, bool)
    ):
        raise SchemaError(source, f"{where}.lemma_targets", "expected {word: [inter codes]}, codes as integers")


def _is_lists_by(value: Any, key_ok: Any, item_ok: Any) -> bool:
    return isinstance(value, Mapping) and all(
        key_ok(key) and isinstance(items, list) and all(item_ok(i) for i in items) for key, items in value.items()
    )


class SchemaError(ValueError):
    """A schema file is malformed; the message names the file and the key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class Choice:
    value: Any
    label: str


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: str
    required: bool = False
    choices: tuple[Choice, ...] = ()
    depends_on: str | None = None
    choices_by: Mapping[str, tuple[Choice, ...]] = field(default_factory=dict)
    span: bool = False
    shortcut: int | None = None
    role: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    multiline: bool = False
    precision_field: str | None = None
    has_value: bool = True

    def choices_for(self, parent_value: Any = None) -> tuple[Choice, ...]:
        """Choices available given the value of the field this one depends on."""
        if self.depends_on:
            return self.choices_by.get(parent_value, ()) if parent_value else ()
        return self.choices

    def all_choice_values(self) -> list[Any]:
        if self.depends_on:
            return [c.value for group in self.choices_by.values() for c in group]
        return [c.value for c in self.choices]

    @property
    def empty_value(self) -> Any:
        """What an unfilled field holds in Annotator JSONL: "" for strings, null for numbers."""
        return None if self.type in {"integer", "number"} else ""


@dataclass(frozen=True)
class Schema:
    name: str
    title: str
    version: int
    fields: tuple[FieldSpec, ...]
    evidence_fields: tuple[FieldSpec, ...]
    triggers: Mapping[str, Mapping[str, Any]]
    trigger_label_field: str | None
    date_field: str | None
    precision_field: str | None
    source: str
    suggest: SuggestSpec | None = None  # what the suggester fills (``suggest:``, or inferred)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> FieldSpec:
        for spec in (*self.fields, *self.evidence_fields):
            if spec.name == name:
                return spec
        raise KeyError(name)

    def span_fields(self) -> list[FieldSpec]:
        """Fields that can hold evidence spans, ordered by their shortcut key, then form order."""
        candidates = [*self.evidence_fields, *[f for f in self.fields if f.span]]
        return sorted(candidates, key=lambda f: (f.shortcut is None, f.shortcut or 0))

    def field_for_shortcut(self, key: int) -> FieldSpec | None:
        for spec in self.span_fields():
            if spec.shortcut == key:
                return spec
        return None

    def evidence_field_names(self) -> set[str]:
        return {f.name for f in self.span_fields()}

    def empty_values(self) -> dict[str, Any]:
        return {f.name: f.empty_value for f in self.fields}

    def confirm_problems(self, values: Mapping[str, Any]) -> list[str]:
        """What stops these values from being a confirmed (or gold) event; empty when none.

        On top of :meth:`validate_values`: required fields are filled and dates are ISO dates
        (YYYY-MM-DD). The window's Confirm, ``annotator adjudicate`` and the review dialog all ask
        here, so a gold event passes the same checks as a confirmed one.
        """
        problems = self.validate_values(values)
        for spec in self.fields:
            value = values.get(spec.name)
            if spec.type == "date" and isinstance(value, str) and value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    problems.append(f"{spec.label}: {value!r} is not a date (YYYY-MM-DD)")
        missing = [f.label for f in self.fields if f.required and values.get(f.name) in (None, "")]
        if missing:
            problems.insert(0, f"{', '.join(missing)} missing")
        return problems

    def confirm_warnings(self, values: Mapping[str, Any]) -> list[str]:
        """What a confirmed event may lack but its exports need; it is confirmed all the same.

        The date (``date_field``): without it ACLED's CSV has no event_date and no year. A schema
        that will not have undated events marks the field ``required`` (then it is a problem).
        """
        if not self.date_field:
            return []
        spec = self.field(self.date_field)
        if spec.required or values.get(spec.name) not in (None, ""):
            return []
        return [f"no {spec.label}: exports will have none"]

    def validate_values(self, values: Mapping[str, Any]) -> list[str]:
        """Problems with an event's field values (empty list when valid)."""
        problems: list[str] = []
        for spec in self.fields:
            value = values.get(spec.name, spec.empty_value)
            if value in (None, ""):
                continue
            if spec.type == "integer" and (not isinstance(value, int) or isinstance(value, bool)):
                problems.append(f"{spec.name}: expected a whole number, got {value!r}")
                continue
            if spec.type == "number" and (
                not isinstance(value, (int, float)) or isinstance(value, bool)
            ):
                problems.append(f"{spec.name}: expected a number, got {value!r}")
                continue
            if isinstance(value, (int, float)):
                if spec.minimum is not None and value < spec.minimum:
                    problems.append(f"{spec.name}: {value} is below {spec.minimum}")
                if spec.maximum is not None and value > spec.maximum:
                    problems.append(f"{spec.name}: {value} is above {spec.maximum}")
            if spec.choices or spec.depends_on:
                parent = values.get(spec.depends_on) if spec.depends_on else None
                allowed = [c.value for c in spec.choices_for(parent)]
                if value not in allowed:
                    problems.append(f"{spec.name}: {value!r} is not one of {allowed}")
        return problems


def _choices(source: str, key: str, raw: Any) -> tuple[Choice, ...]:
    if not isinstance(raw, list):
        raise SchemaError(source, key, "expected a list of choices")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, Mapping):
            if "value" not in item:
                raise SchemaError(source, f"{key}[{i}]", "a choice needs a 'value'")
            out.append(Choice(item["value"], str(item.get("label", item["value"]))))
        elif isinstance(item, (str, int, float)):
            out.append(Choice(item, str(item)))
        else:
            raise SchemaError(source, f"{key}[{i}]", f"unexpected choice {item!r}")
    return tuple(out)


def _field(source: str, index: int, raw: Any, *, has_value: bool = True) -> FieldSpec:
    where = f"fields[{index}]" if has_value else f"evidence_fields[{index}]"
    if not isinstance(raw, Mapping):
        raise SchemaError(source, where, "each field must be a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not name.isidentifier():
        raise SchemaError(source, f"{where}.name", f"missing or not an identifier: {name!r}")
    where = f"fields.{name}" if has_value else f"evidence_fields.{name}"
    ftype = raw.get("type", "text" if has_value else "text")
    if ftype not in FIELD_TYPES:
        raise SchemaError(source, f"{where}.type", f"unknown type {ftype!r}; use one of {sorted(FIELD_TYPES)}")
    shortcut = raw.get("shortcut")
    if shortcut is not None and (not isinstance(shortcut, int) or not 1 <= shortcut <= 9):
        raise SchemaError(source, f"{where}.shortcut", "must be a key from 1 to 9")
    choices = _choices(source, f"{where}.choices", raw["choices"]) if "choices" in raw else ()
    choices_by: dict[str, tuple[Choice, ...]] = {}
    depends_on = raw.get("depends_on")
    if depends_on is not None:
        by = raw.get("choices_by")
        if not isinstance(by, Mapping):
            raise SchemaError(source, f"{where}.choices_by", "depends_on needs a choices_by mapping")
        for parent, group in by.items():
            choices_by[str(parent)] = _choices(source, f"{where}.choices_by.{parent}", group)
    known = {
        "name", "label", "type", "required", "choices", "depends_on", "choices_by", "span",
        "shortcut", "role", "minimum", "maximum", "multiline", "precision_field",
    }
    unknown = set(raw) - known
    if unknown:
        raise SchemaError(source, f"{where}.{sorted(unknown)[0]}", "unknown key")
    return FieldSpec(
        name=name,
        label=str(raw.get("label", name)),
        type=ftype,
        required=bool(raw.get("required", False)),
        choices=choices,
        depends_on=depends_on,
        choices_by=choices_by,
        span=bool(raw.get("span", not has_value)),
        shortcut=shortcut,
        role=raw.get("role"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        multiline=bool(raw.get("multiline", False)),
        precision_field=raw.get("precision_field"),
        has_value=has_value,
    )


def parse_schema(text: str, source: str = "<schema>") -> Schema:
    """Build a Schema from YAML text; every problem raises SchemaError naming source and key."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(yaml)"
        raise SchemaError(source, where, f"not valid YAML: {exc}") from exc
    if not isinstance(raw, Mapping):
        raise SchemaError(source, "(top)", "a schema must be a mapping with 'name' and 'fields'")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise SchemaError(source, "name", "missing schema name")
    raw_fields = raw.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise SchemaError(source, "fields", "expected a non-empty list of fields")
    fields = tuple(_field(source, i, f) for i, f in enumerate(raw_fields))
    evidence = tuple(
        _field(source, i, f, has_value=False) for i, f in enumerate(raw.get("evidence_fields") or [])
    )
    names = [f.name for f in (*fields, *evidence)]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SchemaError(source, f"fields.{sorted(dupes)[0]}", "defined twice")
    shortcuts = [f.shortcut for f in (*fields, *evidence) if f.shortcut is not None]
    if len(shortcuts) != len(set(shortcuts)):
        raise SchemaError(source, "shortcut", "two fields share a shortcut key")
    for spec in fields:
        if spec.depends_on and spec.depends_on not in names:
            raise SchemaError(source, f"fields.{spec.name}.depends_on", f"no field {spec.depends_on!r}")
        if spec.depends_on:
            parent = next(f for f in fields if f.name == spec.depends_on)
            parent_values = {c.value for c in parent.choices}
            for key in spec.choices_by:
                if key not in parent_values:
                    raise SchemaError(
                        source, f"fields.{spec.name}.choices_by.{key}", f"not a choice of {parent.name}"
                    )
    triggers = raw.get("triggers") or {}
    if not isinstance(triggers, Mapping):
        raise SchemaError(source, "triggers", "expected a mapping of sub-event type to rules")
    for sub_type, rule in triggers.items():
        _check_lemma_overrides(source, f"triggers.{sub_type}", rule)
    for key in ("trigger_label_field", "date_field", "precision_field"):
        value = raw.get(key)
        if value is not None and value not in names:
            raise SchemaError(source, key, f"no field {value!r}")
    from annotator.schema_roles import parse_suggest_spec  # noqa: PLC0415 (no spaCy there)

    suggest = parse_suggest_spec(raw.get("suggest"), fields, source)
    return Schema(
        name=name,
        title=str(raw.get("title", name)),
        version=int(raw.get("version", 1)),
        fields=fields,
        evidence_fields=evidence,
        triggers=triggers,
        trigger_label_field=raw.get("trigger_label_field"),
        date_field=raw.get("date_field"),
        precision_field=raw.get("precision_field"),
        source=source,
        suggest=suggest,
    )


def load_schema_file(path: str | Path) -> Schema:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(str(path), "(file)", f"cannot read: {exc}") from exc
    return parse_schema(text, str(path))


def available_schemas() -> list[str]:
    return sorted(
        p.name.removesuffix(".yaml")
        for p in resource("schemas").iterdir()
        if p.name.endswith(".yaml")
    )


@cache
def load_schema(name_or_path: str = "acled") -> Schema:
    """A bundled schema by name (``acled``, ``plover``) or a YAML file by path."""
    if name_or_path.endswith((".yaml", ".yml")) or "/" in name_or_path:
        return load_schema_file(name_or_path)
    node = resource("schemas", f"{name_or_path}.yaml")
    if not node.is_file():
        raise SchemaError(name_or_path, "(name)", f"no bundled schema; have {available_schemas()}")
    return parse_schema(node.read_text(encoding="utf-8"), f"schemas/{name_or_path}.yaml")
