"""Inter-annotator agreement over aligned events: Krippendorff's alpha, Cohen's kappa, F1.

Units are the aligned event groups of ``align.py``. The *coders of an article* are the annotators
with at least one coded (draft or confirmed) event in it; an article with one coder adds nothing
to any coefficient (it is listed as single-coded).

* Per field, Krippendorff's alpha (the ``krippendorff`` package) on a coders × events reliability
  matrix: nominal for choice, actor and place fields (blank is a value: "no actor 2" disagrees with
  "Civilians"), interval for numbers (blank is missing), and the date nominal after reducing every
  value of an event to the coarsest precision any of its coders gave (so 2024-05-12 "day" agrees
  with 2024-05-10 "week" of the same ISO week; no date is a value too). A coder who did not code an event is missing for its
  fields, as the method defines; those misses are counted by the ``event`` row instead, a nominal
  alpha on "coded this event / did not" for the coders of the article.
* Overall alpha: nominal alpha with one unit per (event, field), where a coder of the article who
  missed the event gives the value "no event", so missed events count as disagreements.
* Per pair of annotators, on the articles both coded: Cohen's kappa over the same (event, field)
  units, event-level F1 (aligned events / events each coded), and character F1 of evidence spans
  (characters counted per field and event).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np
from sqlmodel import Session

from annotator.db import repo
from annotator.interchange import EventRecord
from annotator.review.align import AlignedGroup, align_events
from annotator.review.alpha import interval_alpha, nominal_alpha
from annotator.review.fields import (
    FieldRoles,
    coarse_date,
    field_roles,
    interval_value,
    norm_nominal,
    precision_of,
)
from annotator.review.queries import coded_article_ids, coded_events_bulk, events_by_annotator
from annotator.schema import Schema

NO_EVENT = "\u2205 no event"
EVENT_ROW = "event"


# --- coefficients -------------------------------------------------------------------------------


# Above this many cells (units × values²) the package's dense arrays get slow and large.
DENSE_LIMIT = 200_000


def krippendorff_alpha(
    units: Sequence[dict[str, Any]], coders: Sequence[str], level: str
) -> float | None:
    """Alpha for units given as {coder: value}; None when undefined (nothing pairable, no variation).

    Small inputs go to the ``krippendorff`` package; large ones to the sparse computation of
    ``alpha.py`` (same coefficient, O(values) memory). Unpairable units are dropped first: they
    change neither result.
    """
    if len(coders) < 2:
        return None
    rows = [[unit.get(c) for c in coders] for unit in units]
    rows = [r for r in rows if sum(v is not None for v in r) >= 2]
    if not rows:
        return None
    domain = {v for r in rows for v in r if v is not None}
    if len(rows) * len(domain) ** 2 > DENSE_LIMIT:
        return interval_alpha(rows) if level == "interval" else nominal_alpha(rows)
    codes: dict[Any, int] = {}
    matrix = np.full((len(coders), len(rows)), np.nan)
    for u, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                matrix[c, u] = float(value) if level == "interval" else codes.setdefault(value, len(codes))
    try:
        with np.errstate(invalid="ignore", divide="ignore"):  # 0/0 is "undefined", handled below
            value = krippendorff.alpha(reliability_data=matrix, level_of_measurement=level)
    except (ValueError, ZeroDivisionError):
        return None  # one value in the whole domain: expected disagreement is 0
    return None if value is None or math.isnan(value) else float(value)


def cohen_kappa(pairs: Sequence[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa for two coders' labels of the same items; None when undefined."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def f1(matched: int, total_a: int, total_b: int) -> float | None:
    return 2 * matched / (total_a + total_b) if total_a + total_b else None


# --- units from aligned groups ------------------------------------------------------------------


def field_value(group: AlignedGroup, name: str, coder: str, roles: FieldRoles) -> Any:
    """The comparable value one coder gave a field of a group's event (None = missing)."""
    event = group.versions.get(coder)
    if event is None:
        return None
    raw = event.values.get(name)
    level = roles.level(name)
    if level == "interval":
        return interval_value(raw)
    if level == "date":
        coarsest = max(precision_of(v.values, roles) for v in group.versions.values())
        # Blank is a value, as for the other nominal fields: an event left undated disagrees
        # with a dated one instead of dropping out of the comparison (every event has a date).
        return coarse_date(raw, coarsest) or ""
    return norm_nominal(raw)


def pooled_value(group: AlignedGroup, name: str, coder: str, roles: FieldRoles) -> Any:
    """Value of a coder in the pooled (event, field) units: "no event" when the event was missed."""
    if coder not in group.versions:
        return NO_EVENT
    value = field_value(group, name, coder, roles)
    if value is None:
        return None
    return f"{value:g}" if isinstance(value, float) else value


def evidence_chars(event: EventRecord | None) -> set[tuple[str, int]]:
    if event is None:
        return set()
    return {(s.field, i) for s in event.evidence for i in range(s.start, s.end)}


# --- reports ------------------------------------------------------------------------------------


@dataclass
class FieldAgreement:
    field: str
    level: str
    alpha: float | None
    units: int  # events with at least two values for this field
    disagreements: int  # of those, events where the values differ

    @property
    def agreement(self) -> float | None:
        """Share of the compared events on which every value is the same (raw, not chance-corrected).

        Shown beside alpha because alpha alone misleads when one value is nearly everywhere: the
        ``event`` row is 0.00 with 12 of 13 events found by both coders.
        """
        return (self.units - self.disagreements) / self.units if self.units else None


@dataclass
class PairAgreement:
    a: str
    b: str
    articles: int  # coded by both
    kappa: float | None
    event_f1: float | None
    evidence_f1: float | None
    matched: int
    only_a: int
    only_b: int


@dataclass
class ArticleAgreement:
    article_id: int
    title: str
    annotators: list[str]
    events: int  # aligned groups
    matched: int  # groups coded by every coder of the article
    disagreements: int  # pooled (event, field) units whose values differ
    disagreement_rate: float  # share of coder pairs within those units that differ
    alpha: float | None

    @property
    def single_coded(self) -> bool:
        return len(self.annotators) < 2


@dataclass
class TypeAgreement:
    """Agreement on the events of one event type, so a reviewer sees which types coders read alike.

    An aligned event counts under the type most of its versions give (ties: the first by name), so
    an event ana coded as Protests and bea as Riots appears once, and ``type_differs`` counts it.
    """

    event_type: str
    events: int  # aligned events of this type on articles with two or more coders
    matched: int  # of those, coded by every coder of the article
    type_differs: int  # of those, coded with another type by some coder
    units: int  # (event, field) units with two or more values
    disagreements: int  # of those, units whose values differ
    alpha: float | None  # nominal alpha over those units ("no event" for a missed event)

    @property
    def agreement(self) -> float | None:
        return (self.units - self.disagreements) / self.units if self.units else None


@dataclass
class AgreementReport:
    annotators: list[str]
    fields: list[FieldAgreement]
    overall_alpha: float | None
    pairs: list[PairAgreement]
    articles: list[ArticleAgreement] = field(default_factory=list)
    types: list[TypeAgreement] = field(default_factory=list)

    def field(self, name: str) -> FieldAgreement:
        return next(f for f in self.fields if f.field == name)

    def pair(self, a: str, b: str) -> PairAgreement:
        a, b = sorted((a, b))
        return next(p for p in self.pairs if (p.a, p.b) == (a, b))

    def notes(self) -> list[str]:
        """Plain words for what "n/a" means in this report, so an analyst is not left guessing.

        A report on articles that nobody coded twice is all n/a; a field on which every coder
        gave the same single value everywhere is n/a too (alpha is undefined without variation),
        although those coders agree completely.
        """
        notes: list[str] = []
        if not any(not a.single_coded for a in self.articles):
            notes.append(
                "No article is coded by two or more of these annotators, so there is nothing to "
                "compare yet and every alpha and kappa is n/a. Agreement needs the same articles "
                "coded by each annotator: bring a colleague's work in with `annotator attach "
                "OTHER.sqlite3` or by importing their export."
            )
            return notes
        same = [f.field for f in self.fields if f.alpha is None and f.units and not f.disagreements]
        if same:
            notes.append(
                f"n/a without differences ({', '.join(same)}): every coder gave the same single "
                "value, so alpha, which measures agreement beyond chance, is undefined; they agree."
            )
        event = next((f for f in self.fields if f.field == EVENT_ROW), None)
        if event is not None and event.alpha is not None and event.alpha <= 0 and event.units:
            notes.append(
                f"event alpha {event.alpha:.2f} although {event.units - event.disagreements} of "
                f"{event.units} events were coded by every coder: each compared event was coded "
                "by someone, so 'not coded' is rare and a miss weighs as much as chance predicts "
                "(with two coders this alpha is 0 or below once any event is missed). Read the "
                "agree column and each pair's event F1 for how many events were found."
            )
        return notes

    def to_json(self) -> dict[str, Any]:
        return {
            "annotators": self.annotators,
            "overall_alpha": self.overall_alpha,
            "notes": self.notes(),
            "fields": [{**asdict(f), "agreement": f.agreement} for f in self.fields],
            "types": [{**asdict(t), "agreement": t.agreement} for t in self.types],
            "pairs": [asdict(p) for p in self.pairs],
            "articles": [
                {**asdict(a), "single_coded": a.single_coded} for a in self.articles
            ],
        }


@dataclass
class ArticleGroups:
    """One article's aligned events and who coded the article."""

    article_id: int
    title: str
    coders: list[str]
    groups: list[AlignedGroup]


def article_groups(
    session: Session, schema: Schema, article_id: int, annotators: Sequence[str] | None = None
) -> ArticleGroups:
    grouped = events_by_annotator(session, article_id, annotators=annotators)
    article = repo.get_article(session, article_id)
    return ArticleGroups(article_id, article.title, sorted(grouped), align_events(grouped, schema))


def _disagreement(units: Iterable[dict[str, Any]]) -> tuple[int, int, int]:
    """(units that differ, differing coder pairs, coder pairs) over units of non-missing values."""
    differ = pairs = bad = 0
    for unit in units:
        values = [v for v in unit.values() if v is not None]
        unit_bad = sum(1 for x, y in combinations(values, 2) if x != y)
        pairs += len(values) * (len(values) - 1) // 2
        bad += unit_bad
        differ += int(unit_bad > 0)
    return differ, bad, pairs


Table = list[dict[str, dict[str, Any]]]  # per group: field -> coder -> comparable value


def _table(item: ArticleGroups, roles: FieldRoles) -> Table:
    """Every comparable value of an article once, reused by every coefficient."""
    return [
        {name: {c: field_value(g, name, c, roles) for c in item.coders} for name in roles.compared}
        for g in item.groups
    ]


def _group_rows(group: AlignedGroup, values: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One group's pooled (event, field) rows: "no event" for a coder who missed it."""
    return [
        {
            c: NO_EVENT if c not in group.versions else (f"{v:g}" if isinstance(v, float) else v)
            for c, v in by_coder.items()
        }
        for by_coder in values.values()
    ]


def _pooled_rows(item: ArticleGroups, table: Table) -> list[dict[str, Any]]:
    if len(item.coders) < 2:
        return []
    return [row for g, values in zip(item.groups, table, strict=True) for row in _group_rows(g, values)]


def _group_type(group: AlignedGroup, type_field: str) -> tuple[str, bool]:
    """The type most versions give (ties: first by name) and whether any version gives another."""
    spelled = {norm_nominal(v.values.get(type_field)): str(v.values.get(type_field) or "").strip()
               for v in sorted(group.versions.values(), key=lambda v: v.annotator, reverse=True)}
    given = Counter(norm_nominal(v.values.get(type_field)) for v in group.versions.values())
    best = sorted(given.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return spelled[best] or "(no type)", len(given) > 1


def _types(items: Sequence[ArticleGroups], tables: Sequence[Table], roles: FieldRoles) -> list[TypeAgreement]:
    if roles.type_field is None:
        return []
    rows: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, Counter[str]] = {}
    for item, table in zip(items, tables, strict=True):
        if len(item.coders) < 2:
            continue
        for g, values in zip(item.groups, table, strict=True):
            name, differs = _group_type(g, roles.type_field)
            rows.setdefault(name, []).extend(_group_rows(g, values))
            count = counts.setdefault(name, Counter())
            count["events"] += 1
            count["matched"] += int(len(g.versions) == len(item.coders))
            count["type_differs"] += int(differs)
    out = []
    for name, type_rows in rows.items():
        differ, _, _ = _disagreement(type_rows)
        coders = sorted({c for row in type_rows for c in row})
        out.append(TypeAgreement(
            event_type=name, events=counts[name]["events"], matched=counts[name]["matched"],
            type_differs=counts[name]["type_differs"],
            units=sum(1 for row in type_rows if sum(v is not None for v in row.values()) >= 2),
            disagreements=differ, alpha=krippendorff_alpha(type_rows, coders, "nominal"),
        ))
    out.sort(key=lambda t: (-t.events, t.event_type))
    return out


def _event_units(items: Sequence[ArticleGroups]) -> list[dict[str, Any]]:
    return [
        {c: ("yes" if c in g.versions else "no") for c in item.coders}
        for item in items
        if len(item.coders) >= 2
        for g in item.groups
    ]


def _pair(
    items: Sequence[ArticleGroups], pooled: dict[int, list[dict[str, Any]]], a: str, b: str
) -> PairAgreement:
    both = [item for item in items if a in item.coders and b in item.coders]
    labels: list[tuple[Any, Any]] = []
    matched = only_a = only_b = 0
    common = total_a = total_b = 0
    for item in both:
        labels.extend(
            (row[a], row[b]) for row in pooled[item.article_id]
            if row[a] is not None and row[b] is not None and not (row[a] == row[b] == NO_EVENT)
        )
        for g in item.groups:
            has_a, has_b = a in g.versions, b in g.versions
            if not (has_a or has_b):
                continue
            matched += int(has_a and has_b)
            only_a += int(has_a and not has_b)
            only_b += int(has_b and not has_a)
            ca, cb = evidence_chars(g.versions.get(a)), evidence_chars(g.versions.get(b))
            common += len(ca & cb)
            total_a += len(ca)
            total_b += len(cb)
    return PairAgreement(
        a=a, b=b, articles=len(both), kappa=cohen_kappa(labels),
        event_f1=f1(matched, matched + only_a, matched + only_b),
        evidence_f1=f1(common, total_a, total_b),
        matched=matched, only_a=only_a, only_b=only_b,
    )


def report_from_groups(items: Sequence[ArticleGroups], schema: Schema) -> AgreementReport:
    """The agreement report for already aligned articles (a batch, or a single article)."""
    roles = field_roles(schema)
    coders = sorted({c for item in items for c in item.coders})
    tables = [_table(item, roles) for item in items]
    fields: list[FieldAgreement] = []
    for name in roles.compared:
        units = [values[name] for table in tables for values in table]
        level = "interval" if roles.level(name) == "interval" else "nominal"
        differ, _, _ = _disagreement(units)
        pairable = sum(1 for u in units if sum(v is not None for v in u.values()) >= 2)
        fields.append(FieldAgreement(name, roles.level(name), krippendorff_alpha(units, coders, level), pairable, differ))
    events = _event_units(items)
    differ, _, _ = _disagreement(events)
    fields.insert(0, FieldAgreement(EVENT_ROW, "nominal", krippendorff_alpha(events, coders, "nominal"), len(events), differ))
    pooled = {item.article_id: _pooled_rows(item, table) for item, table in zip(items, tables, strict=True)}
    articles = []
    for item in items:
        own = pooled[item.article_id]
        differ, bad, pairs = _disagreement(own)
        articles.append(
            ArticleAgreement(
                article_id=item.article_id, title=item.title, annotators=item.coders,
                events=len(item.groups),
                matched=sum(1 for g in item.groups if len(g.versions) == len(item.coders) >= 2),
                disagreements=differ, disagreement_rate=bad / pairs if pairs else 0.0,
                # Many small alphas only rank articles: the sparse computation, same value.
                alpha=nominal_alpha([[row[c] for c in item.coders] for row in own]),
            )
        )
    articles.sort(key=lambda a: (-a.disagreement_rate, -a.disagreements, a.article_id))
    return AgreementReport(
        annotators=coders,
        fields=fields,
        overall_alpha=krippendorff_alpha([row for rows in pooled.values() for row in rows], coders, "nominal"),
        pairs=[_pair(items, pooled, a, b) for a, b in combinations(coders, 2)],
        articles=articles,
        types=_types(items, tables, roles),
    )


def compute_agreement(
    session: Session,
    schema: Schema,
    *,
    annotators: Sequence[str] | None = None,
    article_ids: Sequence[int] | None = None,
) -> AgreementReport:
    """Agreement over every coded article (or the given ones) between the given annotators (or all)."""
    ids = list(article_ids) if article_ids is not None else coded_article_ids(session, annotators=annotators)
    loaded = coded_events_bulk(session, ids, annotators=annotators)
    items = [
        ArticleGroups(i, loaded[i][0], sorted(loaded[i][1]), align_events(loaded[i][1], schema))
        for i in ids
        if i in loaded and loaded[i][1]
    ]
    return report_from_groups(items, schema)


def article_agreement(session: Session, schema: Schema, article_id: int, annotators: Sequence[str] | None = None) -> AgreementReport:
    """The same report for one article."""
    return compute_agreement(session, schema, annotators=annotators, article_ids=[article_id])
