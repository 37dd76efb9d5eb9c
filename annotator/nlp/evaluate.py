"""How good are the suggestions? Align them with gold events and count what an analyst must fix.

Alignment: a suggestion may stand for a gold event of the same article when both have the same
sub-event type, or the same event type and overlapping evidence (trigger or any field's words).
Pairs are scored (same sub-event type, overlapping trigger, overlapping evidence, agreeing
fields) and matched greedily, best score first, one to one.

Reported: event precision / recall / F1; per-field accuracy over matched pairs; and the mean
number of fields an analyst would edit per gold event (a matched event: the fields that differ;
an unmatched one: all its non-empty fields, since they must be typed). Free-text fields (notes)
are left out: no suggester writes an analyst's summary. Dates are compared at the coarser of the
two precisions, so "May 2015" coded as the 1st and suggested as the 15th agree; coordinates
agree within 0.05 degrees; text compares case- and space-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from annotator.interchange import ArticleRecord, EventRecord
from annotator.nlp.dates import coarsen
from annotator.schema import FieldSpec, Schema
from annotator.status import EventStatus

COORD_TOLERANCE = 0.05


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class EvalResult:
    articles: int = 0
    gold_events: int = 0
    suggested_events: int = 0
    matched: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    edits: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.suggested_events if self.suggested_events else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_events if self.gold_events else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mean_edits(self) -> float:
        """Fields an analyst edits per gold event (typing every field of a missed event)."""
        return self.edits / self.gold_events if self.gold_events else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "suggested_events": self.suggested_events,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "mean_fields_to_edit": round(self.mean_edits, 4),
            "field_accuracy": {
                name: {"accuracy": round(s.accuracy, 4), "correct": s.correct, "total": s.total}
                for name, s in self.fields.items()
            },
        }


def compared_fields(schema: Schema) -> list[FieldSpec]:
    return [f for f in schema.fields if f.type != "text"]


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def field_agrees(spec: FieldSpec, gold: dict[str, Any], sugg: dict[str, Any], schema: Schema) -> bool:
    """Whether a suggested value is what the gold event says (see the module docstring)."""
    g, s = gold.get(spec.name), sugg.get(spec.name)
    if _empty(g) and _empty(s):
        return True
    if _empty(g) or _empty(s):
        return False
    if spec.type == "date":
        gd, sd = _as_date(g), _as_date(s)
        if gd is None or sd is None:
            return str(g) == str(s)
        pf = spec.precision_field or schema.precision_field
        prec = max(int(gold.get(pf) or 1), int(sugg.get(pf) or 1)) if pf else 1
        return coarsen(gd, prec) == coarsen(sd, prec)
    if spec.type == "number":
        try:
            return abs(float(g) - float(s)) <= COORD_TOLERANCE
        except (TypeError, ValueError):
            return False
    if isinstance(g, str) or isinstance(s, str):
        return " ".join(str(g).lower().split()) == " ".join(str(s).lower().split())
    return g == s


def _overlap(a: EventRecord, b: EventRecord, fields: set[str] | None = None) -> bool:
    for x in a.evidence:
        if fields is not None and x.field not in fields:
            continue
        for y in b.evidence:
            if fields is not None and y.field not in fields:
                continue
            if x.start < y.end and y.start < x.end:
                return True
    return False


def pair_score(gold: EventRecord, sugg: EventRecord, schema: Schema) -> float | None:
    """How well a suggestion stands for a gold event, or None when it cannot."""
    type_field = schema.trigger_label_field or "event_type"
    same_sub = bool(gold.values.get("sub_event_type")) and (
        gold.values.get("sub_event_type") == sugg.values.get("sub_event_type")
    )
    same_type = gold.values.get(type_field) == sugg.values.get(type_field)
    overlap = _overlap(gold, sugg)
    if not (same_sub or (same_type and overlap)):
        return None
    fields = compared_fields(schema)
    agree = sum(field_agrees(f, gold.values, sugg.values, schema) for f in fields) / max(len(fields), 1)
    return 2.0 * same_sub + 1.0 * same_type + 1.0 * _overlap(gold, sugg, {"trigger"}) + 0.5 * overlap + agree


def align(gold: list[EventRecord], suggested: list[EventRecord], schema: Schema) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and suggested events, best pair first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(suggested):
            score = pair_score(g, s, schema)
            if score is not None:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        out.append((i, j))
    return sorted(out)


def evaluate_pairs(
    items: Iterable[tuple[list[EventRecord], list[EventRecord]]], schema: Schema
) -> EvalResult:
    """Score (gold events, suggested events) per article."""
    result = EvalResult()
    fields = compared_fields(schema)
    for spec in fields:
        result.fields[spec.name] = FieldScore()
    for gold, suggested in items:
        result.articles += 1
        result.gold_events += len(gold)
        result.suggested_events += len(suggested)
        matched = align(gold, suggested, schema)
        result.matched += len(matched)
        matched_gold = {i for i, _ in matched}
        for i, j in matched:
            for spec in fields:
                ok = field_agrees(spec, gold[i].values, suggested[j].values, schema)
                score = result.fields[spec.name]
                score.total += 1
                score.correct += ok
                result.edits += not ok
        for i, g in enumerate(gold):
            if i not in matched_gold:
                result.edits += sum(not _empty(g.values.get(f.name)) for f in fields)
    return result


@dataclass(frozen=True)
class EventComparison:
    """One line of the per-event report: a gold event and the suggestion that stands for it (or
    none: every non-empty field is typed), or a suggestion no gold event matched."""

    article: str
    gold: EventRecord | None
    suggestion: EventRecord | None
    differences: tuple[tuple[str, Any, Any], ...] = ()  # (field, gold value, suggested value)

    @property
    def label(self) -> str:
        event = self.gold or self.suggestion
        values = event.values if event is not None else {}
        return " / ".join(str(v) for v in (values.get("event_type"), values.get("sub_event_type")) if v) or "event"

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article, "event": self.label,
            "outcome": "matched" if self.gold and self.suggestion else ("missed" if self.gold else "extra"),
            "differences": [{"field": f, "gold": g, "suggested": s} for f, g, s in self.differences],
        }


def compare_events(
    article: str, gold: list[EventRecord], suggested: list[EventRecord], schema: Schema
) -> list[EventComparison]:
    """Per event, what an analyst would see: which suggestion stands for which gold event, and the
    fields to edit (a missed event lists its non-empty fields; an extra suggestion is deleted)."""
    fields = compared_fields(schema)
    matched = dict(align(gold, suggested, schema))
    out = []
    for i, g in enumerate(gold):
        j = matched.get(i)
        if j is None:
            diffs = tuple((f.name, g.values.get(f.name), None) for f in fields if not _empty(g.values.get(f.name)))
            out.append(EventComparison(article, g, None, diffs))
            continue
        s = suggested[j]
        diffs = tuple(
            (f.name, g.values.get(f.name), s.values.get(f.name))
            for f in fields if not field_agrees(f, g.values, s.values, schema)
        )
        out.append(EventComparison(article, g, s, diffs))
    used = set(matched.values())
    out.extend(EventComparison(article, None, s) for j, s in enumerate(suggested) if j not in used)
    return out


def gold_events(article: ArticleRecord) -> list[EventRecord]:
    """The events of a gold file that count as truth (everything but earlier suggestions)."""
    return [e for e in article.events if e.status != EventStatus.SUGGESTED]


def evaluate_articles(
    articles: Iterable[ArticleRecord],
    loaded_or_nlp: Any,
    schema: Schema,
    *,
    max_events: int = 5,
    aliases: Iterable[tuple[str, str]] | None = None,
    threshold: float | None = None,
    details: list[EventComparison] | None = None,
) -> EvalResult:
    """Run the suggester on each article's text and score it against the article's events;
    ``details``, when given, receives the per-event comparison (:func:`compare_events`)."""
    from annotator.nlp.suggest import suggest_many  # noqa: PLC0415 (spaCy is heavy)

    articles = list(articles)
    suggestions = list(suggest_many(
        loaded_or_nlp, ((a.text, a.published) for a in articles), schema,
        aliases=aliases, max_events=max_events, threshold=threshold,
    ))
    pairs = [(gold_events(a), s) for a, s in zip(articles, suggestions, strict=True)]
    if details is not None:
        for index, (article, (gold, suggested)) in enumerate(zip(articles, pairs, strict=True), start=1):
            details.extend(compare_events(article.id or article.title or str(index), gold, suggested, schema))
    return evaluate_pairs(pairs, schema)
