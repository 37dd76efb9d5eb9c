"""Event alignment: which of each annotator's events within one article describe the same event.

Two versions are scored (0-1) on what makes them "the same event": the same or a compatible type
(same sub-type 1, same type only 0.6), overlapping trigger words (or, without triggers, overlapping
evidence), the same place (the most specific place field both filled) and the same date (at the
coarser of the two precisions), and the same first actor. A part neither version fills is left out
of the score instead of counting as agreement. Versions of different type whose words do not
overlap at all are never aligned.

Two annotators: an optimal one-to-one assignment (Hungarian method, ``matching.py``) maximises the
summed score; pairs under ``MIN_SCORE`` stay unmatched, and unmatched events are disagreements.

Three or more annotators: *sequential assignment to clusters*. Annotators are taken in order of
how many events they coded (most first, then by name); the first one's events seed the clusters;
each next annotator's events are assigned optimally (Hungarian again) to the clusters built so far,
scoring an event against a cluster by its mean score with the cluster's members (average linkage),
and events that fit no cluster start a new one. A cluster holds at most one event per annotator,
so it reads as one row of the side-by-side review.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from annotator.interchange import EventRecord
from annotator.review.fields import (
    FieldRoles,
    coarse_date,
    field_roles,
    norm_nominal,
    precision_of,
)
from annotator.review.matching import max_weight_matching
from annotator.schema import Schema

E = TypeVar("E", bound=EventRecord)

MIN_SCORE = 0.5
TRIGGER_FIELD = "trigger"
WEIGHTS = {"type": 3.0, "words": 3.0, "place": 2.0, "date": 2.0, "actor": 1.0}


@dataclass
class AlignedGroup(Generic[E]):
    """One event as coded by several annotators: at most one version per annotator."""

    versions: dict[str, E] = field(default_factory=dict)
    score: float = 1.0  # mean pairwise similarity of the versions (1.0 for a single version)

    @property
    def annotators(self) -> list[str]:
        return sorted(self.versions)

    def anchor(self) -> int:
        """Where the event is told in the text (its earliest trigger, else earliest evidence)."""
        starts = [s.start for v in self.versions.values() for s in v.evidence if s.field == TRIGGER_FIELD]
        if not starts:
            starts = [s.start for v in self.versions.values() for s in v.evidence]
        return min(starts) if starts else 1 << 30


def _chars(event: EventRecord, fields: set[str] | None) -> set[int]:
    out: set[int] = set()
    for span in event.evidence:
        if fields is None or span.field in fields:
            out.update(range(span.start, span.end))
    return out


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similarity(a: EventRecord, b: EventRecord, roles: FieldRoles) -> float:
    """How likely two versions describe the same event (0-1); see the module docstring."""
    parts: dict[str, float] = {}
    va, vb = a.values, b.values
    if roles.type_field:
        same_type = norm_nominal(va.get(roles.type_field)) == norm_nominal(vb.get(roles.type_field))
        same_sub = not roles.subtype_field or norm_nominal(va.get(roles.subtype_field)) == norm_nominal(
            vb.get(roles.subtype_field)
        )
        parts["type"] = 1.0 if same_type and same_sub else 0.6 if same_type else 0.0
    ta, tb = _chars(a, {TRIGGER_FIELD}), _chars(b, {TRIGGER_FIELD})
    if not (ta and tb):
        ta, tb = _chars(a, None), _chars(b, None)
    if ta and tb:
        parts["words"] = _jaccard(ta, tb)
    if parts.get("type", 1.0) == 0.0 and parts.get("words", 0.0) == 0.0:
        return 0.0
    for name in roles.place_fields:
        pa, pb = norm_nominal(va.get(name)), norm_nominal(vb.get(name))
        if pa and pb:
            parts["place"] = float(pa == pb)
            break
    if roles.date_field:
        precision = max(precision_of(va, roles), precision_of(vb, roles))
        da = coarse_date(va.get(roles.date_field), precision)
        db_ = coarse_date(vb.get(roles.date_field), precision)
        if da and db_:
            parts["date"] = float(da == db_)
    if roles.actor_fields:
        first = roles.actor_fields[0]
        xa, xb = norm_nominal(va.get(first)), norm_nominal(vb.get(first))
        if xa and xb:
            parts["actor"] = float(xa == xb)
    if not parts:
        return 0.0
    total = sum(WEIGHTS[k] for k in parts)
    return sum(WEIGHTS[k] * v for k, v in parts.items()) / total


def align_events(
    events_by_annotator: Mapping[str, Sequence[E]],
    schema: Schema,
    *,
    min_score: float = MIN_SCORE,
) -> list[AlignedGroup[E]]:
    """Group one article's events across annotators; groups are ordered as told in the text."""
    roles = field_roles(schema)
    order = sorted(events_by_annotator, key=lambda name: (-len(events_by_annotator[name]), name))
    clusters: list[AlignedGroup[E]] = []
    for name in order:
        events = list(events_by_annotator[name])
        if not events:
            continue
        weights = []
        for event in events:
            row = []
            for cluster in clusters:
                scores = [similarity(event, other, roles) for other in cluster.versions.values()]
                mean = sum(scores) / len(scores)
                row.append(mean if mean >= min_score else 0.0)
            weights.append(row)
        matched: set[int] = set()
        if clusters:
            for i, j in max_weight_matching(weights):
                clusters[j].versions[name] = events[i]
                matched.add(i)
        for i, event in enumerate(events):
            if i not in matched:
                clusters.append(AlignedGroup(versions={name: event}))
    for cluster in clusters:
        cluster.versions = dict(sorted(cluster.versions.items()))
        members = list(cluster.versions.values())
        pairs = [
            similarity(x, y, roles) for i, x in enumerate(members) for y in members[i + 1 :]
        ]
        cluster.score = sum(pairs) / len(pairs) if pairs else 1.0
    indexed = list(enumerate(clusters))
    indexed.sort(key=lambda item: (item[1].anchor(), item[0]))
    return [c for _, c in indexed]
