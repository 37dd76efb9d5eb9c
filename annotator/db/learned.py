"""What the suggester learns from confirmed events, per database: places, trigger words, a model.

Actor aliases have their own table (``actor_alias``, :func:`repo.learn_actor_alias`); this
module adds the rest of issue 11's learning, in tables of its own (migration 0004):

- ``learned_place``: a location an analyst confirmed, under the words the article used for it,
  with country, admin1 and coordinates, so the next article naming it gets all of them even
  when the gazetteer has never heard of the village;
- ``learned_trigger``: the words an analyst marked as an event's trigger, with its sub-event
  type, so the next article using those words gets an event at all;
- ``learned_model``: the event-type classifier trained on confirmed events
  (:mod:`annotator.nlp.event_classifier`), with its held-out accuracy against the rules and
  whether it is used.

Everything is learned from what analysts confirmed, so a database learns its own sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlalchemy.orm import defer
from sqlmodel import Field, Session, SQLModel, func, select

from annotator.db.models import Article, Event, Evidence, utcnow
from annotator.interchange import EvidenceSpan

LEARNED_STATUSES = ("confirmed", "gold")
MAX_TRIGGER_WORDS = 4
EVENT_CLASSIFIER = "event_type_textcat"
MAX_TRAINING_EVENTS = 2000  # the latest ones: a database's recent usage, trained in seconds


class LearnedPlace(SQLModel, table=True):
    """A place an analyst confirmed, under one of the names an article gave it."""

    __tablename__ = "learned_place"
    __table_args__ = (UniqueConstraint("name", "country", "location", name="uq_learned_place"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)  # the words in the article ("El Adde")
    location: str  # the location field's value
    country: str = ""
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    confirmations: int = 1
    updated: datetime = Field(default_factory=utcnow)


class LearnedTrigger(SQLModel, table=True):
    """Words an analyst marked as the trigger of an event of a sub-event type."""

    __tablename__ = "learned_trigger"
    __table_args__ = (UniqueConstraint("phrase", "sub_event_type", name="uq_learned_trigger"),)

    id: int | None = Field(default=None, primary_key=True)
    phrase: str = Field(index=True)  # lower case, spaces collapsed
    sub_event_type: str
    confirmations: int = 1
    updated: datetime = Field(default_factory=utcnow)


class LearnedModel(SQLModel, table=True):
    """A trained component (spaCy bytes) with the held-out evidence for using it or not."""

    __tablename__ = "learned_model"
    __table_args__ = (UniqueConstraint("kind", "schema_name", name="uq_learned_model"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    schema_name: str
    trained_on: int  # confirmed events it was trained on
    held_out: int  # events held out to decide whether it beats the rules
    model_accuracy: float
    rule_accuracy: float
    used: bool
    model: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created: datetime = Field(default_factory=utcnow)


# --- learning from one confirmed event ------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split())


def _float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def learn_from_event(
    session: Session, values: Mapping[str, Any], evidence: Iterable[EvidenceSpan]
) -> None:
    """Remember the place and the trigger of one confirmed event (call it on every confirm)."""
    spans = list(evidence)
    location = _norm(str(values.get("location") or ""))
    if location:
        names = {_norm(s.text) for s in spans if s.field == "location" and s.text.strip()}
        names.add(location)
        for name in names:
            _upsert_place(session, name, location, values)
    sub_type = str(values.get("sub_event_type") or "")
    if sub_type:
        for span in spans:
            phrase = _norm(span.text).lower()
            if span.field == "trigger" and phrase and len(phrase.split()) <= MAX_TRIGGER_WORDS:
                _upsert_trigger(session, phrase, sub_type)
    session.flush()


def _upsert_place(session: Session, name: str, location: str, values: Mapping[str, Any]) -> None:
    country = _norm(str(values.get("country") or ""))
    row = session.exec(
        select(LearnedPlace).where(
            LearnedPlace.name == name, LearnedPlace.country == country, LearnedPlace.location == location
        )
    ).first()
    if row is None:
        row = LearnedPlace(name=name, location=location, country=country, confirmations=0)
    row.admin1 = _norm(str(values.get("admin1") or "")) or row.admin1
    lat, lon = _float(values.get("latitude")), _float(values.get("longitude"))
    if lat is not None and lon is not None:
        row.latitude, row.longitude = lat, lon
    precision = values.get("geo_precision")
    if isinstance(precision, int):
        row.geo_precision = precision
    row.confirmations += 1
    row.updated = utcnow()
    session.add(row)


def _upsert_trigger(session: Session, phrase: str, sub_type: str) -> None:
    row = session.exec(
        select(LearnedTrigger).where(LearnedTrigger.phrase == phrase, LearnedTrigger.sub_event_type == sub_type)
    ).first()
    if row is None:
        row = LearnedTrigger(phrase=phrase, sub_event_type=sub_type, confirmations=0)
    row.confirmations += 1
    row.updated = utcnow()
    session.add(row)


def forget_places_and_triggers(session: Session) -> None:
    """Empty the learned places and triggers (``annotator learn`` then relearns them all)."""
    for table in (LearnedPlace, LearnedTrigger):
        for row in session.exec(select(table)).all():
            session.delete(row)
    session.flush()


# --- reading it back ------------------------------------------------------------------------


def learned_places(session: Session) -> list[LearnedPlace]:
    return list(session.exec(select(LearnedPlace).order_by(LearnedPlace.id)).all())


def learned_triggers(session: Session) -> list[tuple[str, str, int]]:
    """(phrase, sub-event type, confirmations) for every learned trigger."""
    rows = session.exec(select(LearnedTrigger).order_by(LearnedTrigger.id)).all()
    return [(r.phrase, r.sub_event_type, r.confirmations) for r in rows]


@dataclass(frozen=True)
class TrainingEvent:
    """A confirmed event as training data: its article's text, trigger words and labels."""

    event_id: int
    text: str
    trigger_start: int
    trigger_end: int
    sub_event_type: str
    sub_type_origin: str  # "accepted" (the rules were right), "edited", "typed" or ""


def _with_trigger(schema_name: str) -> Any:
    has_trigger = (
        select(Evidence.id).where(Evidence.event_id == Event.id, Evidence.field == "trigger").exists()
    )
    return (Event.schema_name == schema_name, Event.status.in_(LEARNED_STATUSES), has_trigger)  # type: ignore[attr-defined]


def count_training_events(session: Session, schema_name: str) -> int:
    """How many confirmed events could train the classifier (one cheap query)."""
    return int(session.exec(select(func.count()).select_from(Event).where(*_with_trigger(schema_name))).one())


def training_events(session: Session, schema_name: str, limit: int = MAX_TRAINING_EVENTS) -> list[TrainingEvent]:
    """The latest ``limit`` confirmed and gold events of a schema with a trigger span, oldest first."""
    rows = session.exec(
        select(Event, Article.text)
        .join(Article, Article.id == Event.article_id)  # type: ignore[arg-type]
        .where(*_with_trigger(schema_name))
        .order_by(Event.id.desc())  # type: ignore[union-attr]
        .limit(limit)
    ).all()[::-1]
    if not rows:
        return []
    ids = [e.id for e, _ in rows]
    triggers: dict[int, tuple[int, int]] = {}
    for ev in session.exec(
        select(Evidence).where(Evidence.event_id.in_(ids), Evidence.field == "trigger")  # type: ignore[attr-defined]
        .order_by(Evidence.start)
    ).all():
        triggers.setdefault(ev.event_id, (ev.start, ev.end))
    out = []
    for event, text in rows:
        span = triggers.get(event.id or 0)
        sub_type = str(event.values.get("sub_event_type") or "")
        if span is None or not sub_type:
            continue
        origin = str((event.field_origin or {}).get("sub_event_type", ""))
        out.append(TrainingEvent(event.id or 0, text, span[0], span[1], sub_type, origin))
    return out


def stored_model(session: Session, schema_name: str, kind: str = EVENT_CLASSIFIER) -> LearnedModel | None:
    """The stored model's row; its bytes (``.model``) are read only when first used."""
    return session.exec(
        select(LearnedModel)
        .options(defer(LearnedModel.model))  # type: ignore[arg-type]
        .where(LearnedModel.kind == kind, LearnedModel.schema_name == schema_name)
    ).first()


def store_model(session: Session, model: LearnedModel) -> None:
    """Replace the stored model of that kind and schema."""
    old = stored_model(session, model.schema_name, model.kind)
    if old is not None:
        session.delete(old)
        session.flush()
    session.add(model)
    session.flush()
