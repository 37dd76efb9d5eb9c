"""Annotations from other tools (brat, doccano, Label Studio, Prodigy) onto events and evidence.

Those tools store labelled spans and labelled links between them; Annotator stores events whose
evidence spans each belong to a field. The bridge is the schema, read the way the span exporters
write it (:mod:`annotator.formats.labels`, :mod:`annotator.exporters.brat`):

- a span labelled with an event type (``BATTLES``, ``Battles``), a sub-event type (``ARMED_CLASH``:
  its event type follows) or ``TRIGGER`` is an event's trigger: one event per trigger;
- a link from a trigger to another span, labelled with a field (``actor1``, brat's ``ActorOne``,
  ``ACTOR1``), makes that span evidence for that field of the trigger's event;
- a span labelled with a field needs no link when the document has one event (or none: then the
  spans form one event without a trigger);
- a span labelled with a role (``ACTOR``, ``LOCATION``) becomes evidence through a link, whose label
  says the field; a role held by one field only (``DATE``, ``FATALITIES``) names that field.

Labels are compared without case, spaces or punctuation. Whatever cannot be placed (an unknown
label, a role span no link ties to an event, a link between two non-triggers, a span whose text
does not match the article) is returned as a problem with its line, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from annotator.formats.brat import brat_role
from annotator.formats.labels import TRIGGER, sanitise_label
from annotator.interchange import EventRecord, EvidenceSpan
from annotator.paths import resource
from annotator.schema import Schema

_NOT_KEY = re.compile(r"[^0-9a-z]+")
# brat's MORE_TRIGGER_WORDS: an event's trigger spans after the first, as Annotator writes them.
TRIGGER_LABELS = frozenset({"trigger", "event", "moretriggerwords"})
# Field types whose value is the words themselves.
_TEXT_TYPES = frozenset({"actor", "place", "text"})


def label_key(label: str) -> str:
    return _NOT_KEY.sub("", str(label).lower())


@cache
def import_labels(source: str) -> dict[str, str]:
    """The schema file's ``import_labels``: other tools' names for its fields and event types.

    An additive key of the schema YAML (the schema loader ignores it), read here because only
    imports use it: ``{their label: field name, event type or sub-event type}``.
    """
    try:
        if source.startswith("schemas/"):
            text = resource(*source.split("/")).read_text(encoding="utf-8")
        else:
            text = Path(source).read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError):
        return {}
    found = raw.get("import_labels") if isinstance(raw, dict) else None
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


@dataclass
class ForeignSpan:
    """A labelled span from another tool. ``key`` is its id in the file (T3, an entity id ...)."""

    key: str
    start: int
    end: int
    label: str
    line: int
    text: str | None = None


@dataclass
class ForeignRelation:
    """A labelled link between two spans (by key); ``directed`` False when either end may lead."""

    head: str
    child: str
    label: str
    line: int
    directed: bool = True


@dataclass
class ForeignEvent:
    """An explicit event (brat's ``E`` line): a trigger span and (role, span key) arguments.

    ``trigger`` is None for an event without one (written by the brat export as a note).
    ``values_given`` says the values are complete (from the export's note): none are guessed from
    the words of its spans then.
    """

    key: str
    trigger: str | None
    label: str
    line: int
    arguments: list[tuple[str, str]] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    status: str | None = None
    annotator: str | None = None
    values_given: bool = False


@dataclass
class Problem:
    line: int
    message: str


class LabelMap:
    """Foreign labels -> event types, fields and roles of one schema."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.event_types: dict[str, tuple[str, str | None]] = {}
        self.sub_field: str | None = None
        type_field = schema.trigger_label_field
        if type_field:
            spec = schema.field(type_field)
            for value in spec.all_choice_values():
                for form in (str(value), sanitise_label(str(value))):
                    self.event_types.setdefault(label_key(form), (str(value), None))
            for sub in schema.fields:
                if sub.depends_on == type_field:
                    self.sub_field = sub.name
                    for parent, choices in sub.choices_by.items():
                        for choice in choices:
                            for form in (str(choice.value), sanitise_label(str(choice.value))):
                                self.event_types.setdefault(label_key(form), (str(parent), str(choice.value)))
        self.fields: dict[str, str] = {}
        self.roles: dict[str, list[str]] = {}
        for spec in schema.span_fields():
            if spec.name == TRIGGER:
                continue
            for form in (spec.name, brat_role(spec.name), spec.label):
                self.fields.setdefault(label_key(form), spec.name)
            if spec.role:
                self.roles.setdefault(label_key(spec.role), []).append(spec.name)
        for alias, target in import_labels(schema.source).items():
            if target in schema.field_names and target in {f.name for f in schema.span_fields()}:
                self.fields[label_key(alias)] = target
            elif label_key(target) in self.event_types:
                self.event_types[label_key(alias)] = self.event_types[label_key(target)]
            else:
                raise ValueError(f"{schema.source}: import_labels.{alias}: {target!r} is no span field, "
                                 "event type or sub-event type")

    def event_type(self, label: str) -> tuple[str, str | None] | None:
        return self.event_types.get(label_key(label))

    def is_trigger(self, label: str) -> bool:
        return label_key(label) in TRIGGER_LABELS or self.event_type(label) is not None

    def field(self, label: str) -> str | None:
        """The field a span or link label names: ``actor1``, ``ActorOne``, brat's ``ActorOne2``.

        A label in capitals that is a role (``LOCATION``, as the span exports write roles) is the
        role, even where a field has the same name (``location``): it names a field only when
        the role has one.
        """
        key = label_key(label)
        if str(label).isupper() and key in self.roles:
            fields = self.roles[key]
            return fields[0] if len(fields) == 1 else None
        if key in self.fields:
            return self.fields[key]
        stripped = re.sub(r"\d+$", "", str(label))  # brat's ActorOne2: a second ActorOne argument
        found = self.fields.get(label_key(stripped)) if stripped != label else None
        if found is not None and brat_role(found) == stripped:
            return found
        fields = self.roles.get(key, [])
        return fields[0] if len(fields) == 1 else None

    def role_fields(self, label: str) -> list[str]:
        return self.roles.get(label_key(label), [])

    def knows(self, label: str) -> bool:
        return self.is_trigger(label) or self.field(label) is not None or bool(self.role_fields(label))


_MAPS: dict[int, tuple[Schema, LabelMap]] = {}


def label_map(schema: Schema) -> LabelMap:
    """The schema's LabelMap, built once per schema object (readers ask for it per record)."""
    held = _MAPS.get(id(schema))
    if held is None or held[0] is not schema:
        held = _MAPS[id(schema)] = (schema, LabelMap(schema))
    return held[1]


def _value(schema: Schema, field_name: str, words: str) -> Any:
    """The value a span's words give a field, or None when they cannot be its value as they are."""
    try:
        spec = schema.field(field_name)
    except KeyError:
        return None
    if spec.type in _TEXT_TYPES:
        return " ".join(words.split())
    if spec.type == "integer" and words.strip().isdigit():
        return int(words.strip())
    if spec.type == "date":
        try:
            return date.fromisoformat(words.strip()).isoformat()
        except ValueError:
            return None
    return None


@dataclass
class _Draft:
    trigger: ForeignSpan | None
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    evidence: list[EvidenceSpan] = field(default_factory=list)
    status: str | None = None
    annotator: str | None = None
    guess_values: bool = True

    def add(self, field_name: str, span: ForeignSpan, text: str) -> None:
        evidence = EvidenceSpan(field_name, span.start, span.end, text[span.start:span.end])
        if evidence not in self.evidence:
            self.evidence.append(evidence)


def build_events(
    text: str,
    spans: list[ForeignSpan],
    relations: list[ForeignRelation],
    labels: LabelMap,
    explicit: list[ForeignEvent] | None = None,
    annotator: str | None = None,
) -> tuple[list[EventRecord], list[Problem]]:
    """Events from labelled spans, links and explicit events; and what could not be placed."""
    schema = labels.schema
    problems: list[Problem] = []
    by_key: dict[str, ForeignSpan] = {}
    for span in spans:
        if not (isinstance(span.start, int) and isinstance(span.end, int) and 0 <= span.start < span.end <= len(text)):
            problems.append(Problem(span.line, f"span {span.key} ({span.label}) {span.start}-{span.end} is "
                                    f"outside the text (length {len(text)}) or empty; not imported"))
            continue
        words = text[span.start:span.end]
        if span.text is not None and span.text != words:
            problems.append(Problem(span.line, f"span {span.key} ({span.label}) says {span.text!r} but the text "
                                    f"at {span.start}-{span.end} is {words!r}; not imported"))
            continue
        if not labels.knows(span.label):
            problems.append(Problem(span.line, f"label {span.label!r} of span {span.key} ({words!r}) is not an "
                                    f"event type, field or role of the {schema.name} schema; not imported"))
            continue
        by_key[span.key] = span

    drafts: list[_Draft] = []
    draft_of_trigger: dict[str, _Draft] = {}
    used: set[str] = set()

    def new_draft(trigger: ForeignSpan | None, line: int) -> _Draft:
        draft = _Draft(trigger, line, annotator=annotator)
        if trigger is not None:
            found = labels.event_type(trigger.label)
            if found and schema.trigger_label_field:
                draft.values[schema.trigger_label_field] = found[0]
                if found[1] and labels.sub_field:
                    draft.values[labels.sub_field] = found[1]
            draft.add(TRIGGER, trigger, text)
            used.add(trigger.key)
        drafts.append(draft)
        return draft

    def argument(draft: _Draft, link_label: str | None, span: ForeignSpan, line: int) -> None:
        name = labels.field(link_label) if link_label else None
        if name is None and link_label and labels.is_trigger(span.label) and \
                label_key(re.sub(r"\d+$", "", link_label)) == TRIGGER:
            name = TRIGGER  # more words of the event's trigger (brat: Trigger:T2 on MORE_TRIGGER_WORDS)
        if name is None:
            name = labels.field(span.label)
        if name is None:
            roles = labels.role_fields(span.label)
            problems.append(Problem(line, f"link {link_label!r} to {span.key} ({span.label} "
                                    f"{text[span.start:span.end]!r}) names no field"
                                    + (f" (one of {', '.join(roles)})" if roles else "") + "; not imported"))
            return
        draft.add(name, span, text)
        used.add(span.key)

    for event in explicit or []:
        trigger = by_key.get(event.trigger) if event.trigger is not None else None
        if trigger is None and event.trigger is not None:
            problems.append(Problem(event.line, f"event {event.key}: trigger {event.trigger} was not imported; "
                                    "event not imported"))
            continue
        draft = new_draft(trigger, event.line)
        draft.guess_values = not event.values_given
        found = labels.event_type(event.label)
        if found and schema.trigger_label_field:
            draft.values[schema.trigger_label_field] = found[0]
            if found[1] and labels.sub_field:
                draft.values[labels.sub_field] = found[1]
        draft.values.update(event.values)
        draft.status = event.status
        draft.annotator = event.annotator or annotator
        if trigger is not None:
            draft_of_trigger.setdefault(trigger.key, draft)
        for role, key in event.arguments:
            span = by_key.get(key)
            if span is None:
                problems.append(Problem(event.line, f"event {event.key}: argument {role}:{key} is not a "
                                        "span that was imported; argument not imported"))
                continue
            argument(draft, role, span, event.line)

    for span in by_key.values():
        if labels.is_trigger(span.label) and span.key not in draft_of_trigger and span.key not in used:
            draft_of_trigger[span.key] = new_draft(span, span.line)

    for rel in relations:
        head, child = by_key.get(rel.head), by_key.get(rel.child)
        if head is None or child is None:
            problems.append(Problem(rel.line, f"link {rel.label!r} from {rel.head} to {rel.child}: an end is "
                                    "not a span that was imported; link not imported"))
            continue
        if not labels.is_trigger(head.label) and labels.is_trigger(child.label):
            head, child = child, head  # an argument pointing at its trigger
        if not labels.is_trigger(head.label) or labels.is_trigger(child.label):
            problems.append(Problem(rel.line, f"link {rel.label!r} between {head.label} {text[head.start:head.end]!r} "
                                    f"and {child.label} {text[child.start:child.end]!r}: exactly one end must be an "
                                    "event trigger; link not imported"))
            continue
        argument(draft_of_trigger[head.key], rel.label, child, rel.line)

    loose = [s for s in by_key.values() if s.key not in used]
    for span in loose:
        name = labels.field(span.label)
        if name is not None and len(drafts) <= 1:
            draft = drafts[0] if drafts else new_draft(None, span.line)
            draft.add(name, span, text)
            used.add(span.key)
            continue
        why = ("the document has several events and no link says which one it belongs to" if name
               else "no link from an event trigger says which field it is")
        problems.append(Problem(span.line, f"span {span.key} ({span.label} {text[span.start:span.end]!r}) is not "
                                f"part of any event: {why}; not imported"))

    events = []
    for draft in drafts:
        values = dict(schema.empty_values())
        for evidence in draft.evidence if draft.guess_values else []:
            if evidence.field != TRIGGER and values.get(evidence.field) in (None, ""):
                guessed = _value(schema, evidence.field, evidence.text)
                if guessed is not None:
                    values[evidence.field] = guessed
        values.update({k: v for k, v in draft.values.items() if v not in (None, "")})
        for _ in range(3):  # a value the schema refuses is left empty (and said); dependants next
            refused = schema.validate_values(values)
            for message in refused:
                name = message.split(":", 1)[0]
                values[name] = schema.field(name).empty_value
                problems.append(Problem(draft.line, f"{message}; value not imported"))
            if not refused:
                break
        record = EventRecord(values=values, evidence=draft.evidence)
        unset = set()
        if draft.status:
            record.status = draft.status
        else:
            unset.add("status")
        if draft.annotator:
            record.annotator = draft.annotator
        else:
            unset.add("annotator")
        record.unset = frozenset(unset)
        events.append(record)
    return events, problems
