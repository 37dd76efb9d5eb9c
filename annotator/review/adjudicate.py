"""Adjudication: build one gold event from several annotators' versions, field by field.

The reviewer *takes* each field from one version (``picks``: field -> annotator) or types a value
(``edits``). Fields not picked come from the ``base`` version (the first annotator by default); the
date precision follows the date unless picked on its own. The evidence of a taken field is copied
from the version it was taken from (an edited value has none), and the gold event records the ids
of every version it was adjudicated from (``source_event_ids``, also those nothing was taken from)
and the reviewer's comment; exports write the gold event in their place.

A gold event is stored under the reviewer who adjudicated it *last*: re-adjudicating another
reviewer's gold event updates it (one gold event per adjudicated event) and makes it the new
reviewer's, so the stored, shown and exported ``annotator`` is who took the current decision. The
data model keeps no history of earlier decisions, so the hand-over is never silent: the CLI and the
review dialog say whose gold event is being taken over (:func:`handover_note`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from annotator.db import repo
from annotator.interchange import EventRecord, EvidenceSpan
from annotator.review.align import AlignedGroup
from annotator.review.fields import norm_nominal
from annotator.review.queries import latest_gold_from
from annotator.schema import FieldSpec, Schema
from annotator.status import EventStatus

GOLD = EventStatus.GOLD
EDITED = "(edited)"


class AdjudicationError(ValueError):
    """The picks cannot make a valid event (unknown annotator or field, or invalid values)."""


@dataclass
class Adjudication:
    record: EventRecord
    source_ids: list[int]
    taken: dict[str, str] = field(default_factory=dict)  # field -> annotator, or EDITED

    def summary(self) -> str:
        """Whose version each field came from, in words: "fatalities from bea, the rest from ana".

        Said after every save (CLI and dialog) instead of bare event ids, so the reviewer can
        check at a glance that the gold event holds what they meant to take.
        """
        by_who: dict[str, list[str]] = {}
        for name, who in self.taken.items():
            by_who.setdefault(who, []).append(name)
        typed = by_who.pop(EDITED, [])
        parts: list[str] = []
        if by_who:
            base = max(sorted(by_who), key=lambda who: len(by_who[who]))  # ties: first by name
            parts = [f"{', '.join(by_who[who])} from {who}" for who in sorted(by_who) if who != base]
            parts.append(f"the rest from {base}" if parts else f"everything from {base}")
        text = ", ".join(parts)
        if typed:
            text = f"{text}; typed: {', '.join(typed)}" if text else f"typed: {', '.join(typed)}"
        return text


def pickable_fields(schema: Schema) -> list[str]:
    """Evidence-only fields (the trigger) first, then the schema's fields in form order."""
    return [*(f.name for f in schema.evidence_fields), *schema.field_names]


def _same(a: EventRecord, b: EventRecord, name: str, spec: FieldSpec, *, exact: bool = False) -> bool:
    if not spec.has_value:
        return sorted((s.start, s.end) for s in a.evidence if s.field == name) == sorted(
            (s.start, s.end) for s in b.evidence if s.field == name
        )
    va, vb = a.values.get(name, spec.empty_value), b.values.get(name, spec.empty_value)
    if not exact and (isinstance(va, str) or isinstance(vb, str)):
        return norm_nominal(va) == norm_nominal(vb)
    return va == vb


def differing_fields(group: AlignedGroup, schema: Schema) -> set[str]:
    """Fields on which the versions of a group do not all agree (what the review highlights)."""
    versions = list(group.versions.values())
    out: set[str] = set()
    for name in pickable_fields(schema):
        spec = schema.field(name)
        if any(not _same(versions[0], other, name, spec) for other in versions[1:]):
            out.add(name)
    return out


def coerce_value(spec: FieldSpec, raw: Any) -> Any:
    """A typed value (from a table cell or the command line) as the field's type expects."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return spec.empty_value
    if not isinstance(raw, str):
        return raw
    text = raw.strip()
    wants_int = spec.type == "integer" or any(isinstance(c.value, int) for c in spec.choices)
    try:
        if wants_int:
            return int(text.split(" ")[0])
        if spec.type == "number":
            return float(text)
    except ValueError as exc:
        raise AdjudicationError(f"{spec.name}: {text!r} is not a number") from exc
    return text


def take_field(schema: Schema, picks: dict[str, str], edits: dict[str, Any], name: str, who: str) -> None:
    """The reviewer takes ``name`` from ``who``'s version; taking the date takes its precision too."""
    edits.pop(name, None)
    picks[name] = who
    precision = schema.precision_field
    if name == schema.date_field and precision:
        picks[precision] = who
        edits.pop(precision, None)


def build_gold(
    group: AlignedGroup,
    schema: Schema,
    reviewer: str,
    picks: Mapping[str, str] | None = None,
    *,
    edits: Mapping[str, Any] | None = None,
    comment: str = "",
    base: str | None = None,
) -> Adjudication:
    """The gold event for a group from the reviewer's picks and edits (see the module docstring)."""
    picks = dict(picks or {})
    edits = dict(edits or {})
    if not group.versions:
        raise AdjudicationError("nothing to adjudicate: the group has no versions")
    names = pickable_fields(schema)
    for name in [*picks, *edits]:
        if name not in names:
            raise AdjudicationError(f"unknown field {name!r}; use one of {names}")
    for name, who in picks.items():
        if who not in group.versions:
            raise AdjudicationError(f"{name}: {who!r} has no version of this event; have {group.annotators}")
    base = base or group.annotators[0]
    if base not in group.versions:
        raise AdjudicationError(f"base {base!r} has no version of this event; have {group.annotators}")
    day = schema.date_field
    if day in picks:  # the date brings its precision unless that was picked on its own
        given, picks = picks, {}
        take_field(schema, picks, {}, day, given[day])
        picks.update(given)
    values: dict[str, Any] = {}
    evidence: list[EvidenceSpan] = []
    taken: dict[str, str] = {}
    for name in names:
        spec = schema.field(name)
        if name in edits:
            if spec.has_value:
                values[name] = coerce_value(spec, edits[name])
            taken[name] = EDITED
            continue
        who = picks.get(name, base)
        version = group.versions[who]
        if spec.has_value:
            values[name] = version.values.get(name, spec.empty_value)
        spans = [s for s in version.evidence if s.field == name]
        evidence.extend(EvidenceSpan(s.field, s.start, s.end, s.text) for s in spans)
        taken[name] = who
    problems = schema.confirm_problems(values)
    if problems:
        raise AdjudicationError("; ".join(problems))
    # Every version the reviewer decided between, not only those a value was taken from: the gold
    # event replaces them all, so an export writes the adjudicated event once (a version nothing
    # was taken from is a rejected reading, not a second event).
    source_ids = sorted(v.id for v in group.versions.values() if getattr(v, "id", None))
    record = EventRecord(
        values=values, evidence=evidence, annotator=reviewer, status=GOLD,
        schema=schema.name, comment=comment, sources=list(source_ids),
    )
    return Adjudication(record=record, source_ids=source_ids, taken=taken)


def save_gold(
    session: Session,
    article_id: int,
    adjudication: Adjudication,
    schema: Schema,
    *,
    replace: repo.StoredEvent | None = None,
) -> repo.StoredEvent:
    """Store the gold event, or update ``replace`` (version-checked) when re-adjudicating.

    Updating keeps one gold event per adjudicated event instead of piling up copies; a gold event
    changed elsewhere meanwhile raises ``repo.ConflictError``. The caller commits.
    """
    record = adjudication.record  # build_gold made its values from the schema's fields only
    edit = repo.EventEdit.in_schema(
        schema, article_id=article_id, annotator=record.annotator, values=dict(record.values),
        evidence=record.evidence, status=GOLD, comment=record.comment,
        source_event_ids=adjudication.source_ids,
    )
    if replace is not None:
        edit = dataclasses.replace(edit, event_id=replace.id, version=replace.version)
    return repo.save_edit(session, edit)


def handover_note(previous: repo.StoredEvent | None, reviewer: str) -> str:
    """Whose adjudication ``reviewer`` replaces, or "" when it is their own (or a new one)."""
    if previous is None or previous.annotator == reviewer:
        return ""
    return f"adjudicated before by {previous.annotator}, now by {reviewer}"


def existing_gold(session: Session, article_id: int, group: AlignedGroup) -> repo.StoredEvent | None:
    """The gold event already made from this group's versions, if any."""
    ids = [v.id for v in group.versions.values() if getattr(v, "id", None)]
    return latest_gold_from(session, article_id, ids)


def picks_from_gold(
    group: AlignedGroup, gold: EventRecord, schema: Schema, base: str | None = None
) -> tuple[dict[str, str], dict[str, Any]]:
    """(picks, edits) that rebuild a stored gold event, so a reviewer can change one choice."""
    base = base or group.annotators[0]
    order = [base, *[a for a in group.annotators if a != base]]
    picks: dict[str, str] = {}
    edits: dict[str, Any] = {}
    for name in pickable_fields(schema):
        spec = schema.field(name)
        who = next((a for a in order if _same(group.versions[a], gold, name, spec, exact=True)), None)
        if who is None:
            if spec.has_value:
                edits[name] = gold.values.get(name, spec.empty_value)
        elif who != base:
            picks[name] = who
    return picks, edits


def adjudicated_ids(session: Session, article_id: int) -> set[int]:
    """Ids of the events some gold event of the article was built from."""
    return {
        i for gold in repo.events_for_article(session, article_id, statuses=[GOLD])
        for i in (gold.source_event_ids or [])
    }
