"""Giving an article the publication date its file lacked, and the event dates that settles.

A .txt file carries no publication date, so "on Sunday" or "last December" cannot be resolved:
suggestions arrive with the date empty and its words kept as evidence. Once the analyst says when
the article was published (``annotator published`` or the window's Edit menu), each of their
events whose date is still empty is dated from that evidence, with the same reading as pressing
the date key on those words. A date already there is never changed, nor a colleague's event.

When every event the analyst has on the article is a suggestion nobody has touched, dating them
is not enough (the suggester also left out events it could not date): the window and
``annotator published`` both drop them through :func:`store_publication_date` and suggest the
article again with the date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from annotator.db import repo
from annotator.interchange import EvidenceSpan
from annotator.nlp.normalise import FieldValue, ValueResolver
from annotator.schema import FieldSpec, Schema
from annotator.schema_roles import SUGGESTER_NOTE_PREFIX, suggester_note
from annotator.status import EventStatus

DateReader = Callable[[FieldSpec, str, date | None], FieldValue]


def dates_from_evidence(
    schema: Schema, values: Mapping[str, Any], evidence: Iterable[EvidenceSpan], published: date | None,
    read: DateReader,
) -> dict[str, Any]:
    """The date (and its precision) an event with an empty date gets from its date evidence.

    The first span, in text order, that resolves to a date decides; words that do not (kept as
    they are when pressed with the date key) fill nothing here. Empty when the date is set, when
    no span resolves, or when the schema has no date field.
    """
    if not schema.date_field or values.get(schema.date_field) not in (None, ""):
        return {}
    spec = schema.field(schema.date_field)
    for span in sorted((s for s in evidence if s.field == spec.name), key=lambda s: s.start):
        reading = read(spec, span.text, published)
        if reading.value in (None, "") or reading.precision is None:
            continue
        filled: dict[str, Any] = {spec.name: reading.value}
        if spec.precision_field:
            filled[spec.precision_field] = reading.precision
        return filled
    return {}


# How the suggester says it could not date an event (``nlp/candidates.py``: the notes field ends
# with "[…; date left empty: …]"); once the date is filled that clause is no longer true.
STALE_DATE_NOTE = "date left empty:"


def without_stale_date_note(notes: str) -> str:
    """The notes without the suggester's "date left empty" clause (the rest of its bracket kept)."""
    if not notes.endswith("]") or " [" not in notes:
        return notes
    head, _, bracket = notes.rpartition(" [")
    body = bracket[:-1]
    marked = body.startswith(SUGGESTER_NOTE_PREFIX)  # suggestions made before the marker have none
    if marked:
        body = body[len(SUGGESTER_NOTE_PREFIX):]
    kept = [part for part in body.split("; ") if not part.startswith(STALE_DATE_NOTE)]
    if marked:
        return head + suggester_note(kept)
    return head + (" [" + "; ".join(kept) + "]" if kept else "")


def dated_values(schema: Schema, values: Mapping[str, Any], filled: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the date filled in and the suggester's note that it was missing dropped."""
    out = {**values, **filled}
    notes_field = schema.suggest.notes if schema.suggest is not None else None
    if notes_field and isinstance(out.get(notes_field), str):
        out[notes_field] = without_stale_date_note(out[notes_field])
    return out


def origin_of_filled(status: str, origin: Mapping[str, str], filled: Iterable[str]) -> dict[str, str]:
    """A suggestion's filled date stays a suggestion (to accept or edit); the analyst's own counts as typed."""
    if status == EventStatus.SUGGESTED:
        return dict(origin)
    return {**origin, **dict.fromkeys(filled, "typed")}


def is_untouched_suggestion(event: repo.StoredEvent) -> bool:
    """A suggestion nobody has accepted, edited or typed into (no field has an origin yet)."""
    return event.status == EventStatus.SUGGESTED and not event.field_origin


def _only_untouched_suggestions(session: Session, article_id: int, analyst: str) -> list[repo.StoredEvent]:
    mine = repo.events_for_article(session, article_id, annotator=analyst)
    return mine if mine and all(is_untouched_suggestion(e) for e in mine) else []


def wants_new_suggestions(session: Session, article_id: int, analyst: str) -> bool:
    """True when all the analyst's events on the article are untouched suggestions (and there are
    some): a publication date would have them suggested again. A read, so that a front end loads
    its model only when there is something to suggest."""
    return bool(_only_untouched_suggestions(session, article_id, analyst))


def drop_untouched_suggestions(session: Session, article_id: int, analyst: str) -> int:
    """Delete the analyst's suggestions on the article when all their events there are untouched
    suggestions, so the suggester can make them again with the publication date (dated, and some
    it leaves out when it cannot date them); returns how many, 0 when anything was touched.

    Only for a front end that suggests again at once; the caller commits.
    """
    mine = _only_untouched_suggestions(session, article_id, analyst)
    for event in mine:
        repo.delete_event(session, event.id, event.version)
    return len(mine)


def store_publication_date(
    session: Session, article_id: int, published: date | None, analyst: str, *, resuggest: bool
) -> int:
    """Store the date; with ``resuggest`` (the caller will suggest the article again at once),
    drop the analyst's suggestions there if none was touched. Returns how many were dropped.

    The one step the window and ``annotator published`` share; the caller commits.
    """
    repo.set_published(session, article_id, published)
    return drop_untouched_suggestions(session, article_id, analyst) if resuggest else 0


@dataclass
class PublishedResult:
    article_id: int
    title: str
    published: date | None
    events: int = 0  # the analyst's events on the article
    dated: list[tuple[int, str]] = field(default_factory=list)  # (event id, date) filled
    dropped: int = 0  # untouched suggestions dropped, to be suggested again with the date


def set_publication_date(
    session: Session, article_id: int, published: date | None, schema: Schema, analyst: str,
    resolver: ValueResolver | None = None, *, resuggest: bool = False,
) -> PublishedResult:
    """Store the date and date ``analyst``'s undated events (gold ones excepted); the caller commits.

    With ``resuggest``, untouched suggestions are dropped instead (``dropped``) when they are all
    the analyst has there, for the caller to suggest the article again.
    """
    dropped = store_publication_date(session, article_id, published, analyst, resuggest=resuggest)
    result = PublishedResult(article_id, repo.get_article(session, article_id).title, published, dropped=dropped)
    if dropped:
        return result
    read = (resolver or ValueResolver()).read
    for stored in repo.events_for_article(session, article_id, annotator=analyst):
        result.events += 1
        if stored.status == EventStatus.GOLD or stored.schema != schema.name:
            continue
        filled = dates_from_evidence(schema, stored.values, stored.evidence, published, read)
        if not filled:
            continue
        repo.save_edit(session, repo.edit_of(
            stored, values=dated_values(schema, stored.values, filled),
            field_origin=origin_of_filled(stored.status, stored.field_origin, filled),
        ))
        result.dated.append((stored.id, str(filled[schema.date_field])))
    return result
