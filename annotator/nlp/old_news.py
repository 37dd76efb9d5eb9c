"""Incidents a report recalls, ranked below the one it reports.

"Last week, at least 20 people were killed across the country", "work was halted in 2021 after
militants overran the town", "following the attack on a police station in May last year": a
report about today's protest or raid tells earlier incidents as background. Its readers' analysts
coded them when they happened; a suggestion for each is one more to delete. So when an article
reports a recent incident, a mention dated (by its own words) well before it loses confidence.

Kept as they were: a territory change whose counterpart the article reports at the same place
("IS seized Palmyra in May 2015" in a story of the army retaking it), which analysts code with the
retaking (the sample gold does); any article whose incidents are all old (a late report of a
massacre weeks ago is the news); and a mention dated by a weekday or a day of the month, which may
be the reported incident told late. Only words that place it in the past ("in 2021", "last
week", "in May last year") make a mention old.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from annotator.nlp.candidates import Candidate, sub_type_field
from annotator.schema import Schema
from annotator.schema_roles import SuggestSpec

PENALTY = 0.4
REPORTED = 0.5  # the default suggestion threshold: what the article is taken to report

# The words that date an earlier incident: a year, "last week / month / year", "N months ago",
# "earlier this year". A weekday or "on 12 May" may date the reported incident itself, told late.
RECALLED = re.compile(
    r"\b(?:(?:19|20)\d\d|last\s+(?:week|month|year)|earlier\s+this\s+(?:year|month)|(?:weeks|months|years)\s+ago)\b",
    re.IGNORECASE,
)
# The same in a sentence whose trigger has no date of its own ("halted in 2021 after militants
# overran the town", "the attack on a police station in May last year").
PAST_YEAR = re.compile(
    r"\b(?:in|during|since|until|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?((?:19|20)\d\d)\b", re.IGNORECASE
)
PAST_WORDS = re.compile(r"\b(?:last\s+year|(?:months|years)\s+ago|a\s+year\s+ago)\b", re.IGNORECASE)


def rank_old_news_lower(
    candidates: list[Candidate], schema: Schema, spec: SuggestSpec, published: date | None
) -> None:
    """Lower the confidence of mentions told as past before the article's newest reported
    incident (one at least :data:`REPORTED` confident, dated by its own words), then order them
    best first again."""
    date_field = schema.date_field
    if not date_field:
        return
    ends = {id(c): _period_end(c, schema) for c in candidates}
    current = [
        end for c in candidates
        if (end := ends[id(c)]) is not None and not c.date_fallback and c.confidence >= REPORTED
        and not _told_as_past(c, date_field)
    ]
    if not current:
        return
    newest = max(current)
    place_field = spec.place.get("location") or spec.place.get("country")
    sub_field = sub_type_field(schema, schema.trigger_label_field or "event_type")
    changed = False
    for c in candidates:
        end = ends[id(c)]
        old = (
            _told_as_past(c, date_field) and end is not None and end < newest
            or not _dated_in_its_sentence(c, date_field) and _sentence_recalls(c, published)
        )
        if not old or _counterpart_here(c, candidates, place_field, sub_field):
            continue
        c.confidence = round(max(c.confidence - PENALTY, 0.05), 3)
        c.remark("an earlier incident the report recalls", spec.notes)
        changed = True
    if changed:
        candidates.sort(key=lambda c: (-c.confidence, c.trigger.start))


def _told_as_past(c: Candidate, date_field: str) -> bool:
    return any(e.field == date_field and RECALLED.search(e.text) for e in c.evidence)


def _dated_in_its_sentence(c: Candidate, date_field: str) -> bool:
    """Whether the trigger's own sentence dates it (not the publication date, nor a date carried
    from an earlier sentence)."""
    sent = c.trigger.sent
    return any(e.field == date_field and sent.start_char <= e.start < sent.end_char for e in c.evidence)


def _sentence_recalls(c: Candidate, published: date | None) -> bool:
    text = c.trigger.sent.text
    if PAST_WORDS.search(text):
        return True
    return published is not None and any(int(y) < published.year for y in PAST_YEAR.findall(text))


def _period_end(c: Candidate, schema: Schema) -> date | None:
    """The last day the mention's date may stand for: the day, its ISO week, or its month."""
    value = c.values.get(schema.date_field or "")
    if not value:
        return None
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return None
    precision = int(c.values.get(schema.precision_field or "") or 1) if schema.precision_field else 1
    if precision == 2:
        return day + timedelta(days=6 - day.weekday())
    if precision >= 3:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return day


def _counterpart_here(c: Candidate, candidates: list[Candidate], place_field: str | None, sub_field: str | None) -> bool:
    """Whether the article reports, at this mention's place, the change of hands this one
    preceded ("seized in 2015" before "retook on Sunday")."""
    if not sub_field:
        return False
    kind = c.values.get(sub_field)
    for other in candidates:
        if other is c or (place_field and other.values.get(place_field) != c.values.get(place_field)):
            continue
        if other.rule.counterpart == kind or c.rule.counterpart == other.values.get(sub_field):
            return True
    return False
