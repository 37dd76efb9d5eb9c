"""Replaying a gold file as an analyst would code it, to see the suggester learn.

``annotator evaluate --learning-curve --gold FILE`` (and :func:`replay`): for each article in
file order, suggest with what the database has learned so far, score the suggestions against
the article's gold events (:func:`annotator.nlp.evaluate.evaluate_pairs`: the fields an analyst
would edit), then confirm the gold events into the database as the analyst would, recording per
field whether the suggestion was accepted, edited or typed, and let every learner learn from
them (actor aliases, places, trigger words, and the classifier when it is due). Edits per event
of each next article are the curve; with learning off the same replay shows what the rules
alone would cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.db import repo
from annotator.db.event_edits import EventEdit, learn_from_confirmed
from annotator.interchange import ArticleRecord, EventRecord
from annotator.nlp.evaluate import align, compared_fields, evaluate_pairs, field_agrees, gold_events
from annotator.nlp.knowledge import load_knowledge
from annotator.nlp.retrain import retrain_if_due
from annotator.schema import Schema
from annotator.status import EventStatus

ANALYST = "learning-curve"


@dataclass(frozen=True)
class CurvePoint:
    """One article of the replay: its gold events and what the analyst had to edit."""

    index: int
    article: str
    gold_events: int
    suggested: int
    matched: int
    edits: int

    @property
    def edits_per_event(self) -> float:
        return self.edits / self.gold_events if self.gold_events else 0.0


def field_origins(gold: EventRecord, suggestion: EventRecord | None, schema: Schema) -> dict[str, str]:
    """How each field of a confirmed gold event came about, as the window records it."""
    origins = {}
    for spec in compared_fields(schema):
        value = gold.values.get(spec.name)
        if suggestion is None:
            if value not in (None, ""):
                origins[spec.name] = "typed"
        elif field_agrees(spec, gold.values, suggestion.values, schema):
            origins[spec.name] = "accepted"
        else:
            origins[spec.name] = "edited" if suggestion.values.get(spec.name) not in (None, "") else "typed"
    return origins


def learn_confirmed(session: Any, schema: Schema, record: EventRecord) -> None:
    """Everything a confirmation teaches (as saving a confirmed event does), for a stored one."""
    learn_from_confirmed(session, EventEdit.in_schema(
        schema, article_id=0, annotator=record.annotator, values=dict(record.values),
        evidence=tuple(record.evidence), status=EventStatus.CONFIRMED,
    ))


def replay(
    articles: Sequence[ArticleRecord],
    loaded: Any,
    schema: Schema,
    db: Any,
    *,
    learn: bool = True,
    max_events: int = 5,
) -> list[CurvePoint]:
    """Suggest, score, confirm and learn, article by article, into ``db`` (use an empty one)."""
    from annotator.nlp.suggest import suggest_events  # noqa: PLC0415 (spaCy is heavy)

    points = []
    for index, article in enumerate(articles, start=1):
        gold = gold_events(article)
        with db.session() as session:
            knowledge = load_knowledge(session, schema) if learn else None
            aliases = repo.actor_aliases(session) if learn else []
        suggestions = suggest_events(
            loaded, article.text, article.published, schema, aliases=aliases, max_events=max_events,
            learned=knowledge,
        )
        result = evaluate_pairs([(gold, suggestions)], schema)
        points.append(CurvePoint(
            index, article.id or article.title or str(index), len(gold), len(suggestions),
            result.matched, result.edits,
        ))
        matched = dict(align(gold, suggestions, schema))
        with db.session() as session:
            stored, _ = repo.add_article(session, _bare(article))
            for i, event in enumerate(gold):
                suggestion = suggestions[matched[i]] if i in matched else None
                confirmed = EventRecord(
                    values=dict(event.values), evidence=list(event.evidence), annotator=ANALYST,
                    status="confirmed", schema=schema.name,
                )
                repo.add_event(
                    session, stored.id or 0, confirmed, annotator=ANALYST,
                    schema_fields=schema.field_names, field_origin=field_origins(event, suggestion, schema),
                )
                if learn:
                    learn_confirmed(session, schema, confirmed)
            session.commit()
            if learn:
                retrain_if_due(session, schema)
    return points


def _bare(article: ArticleRecord) -> ArticleRecord:
    return ArticleRecord(
        id=article.id, title=article.title, text=article.text, source=article.source, url=article.url,
        published=article.published, events=[],
    )


def summary(points: Sequence[CurvePoint], parts: int = 3) -> list[float]:
    """Edits per gold event over consecutive thirds (or ``parts``) of the replay."""
    size = max(len(points) // parts, 1)
    out = []
    for k in range(parts):
        chunk = points[k * size : (k + 1) * size if k < parts - 1 else len(points)]
        events = sum(p.gold_events for p in chunk)
        out.append(sum(p.edits for p in chunk) / events if events else 0.0)
    return out
