"""What the suggester knows about an article before it reads any trigger.

:class:`ArticleContext` holds the mentions found once per article (actors, places, dates, counts),
its sentences and main country and town, and the role findings of the dependency patterns;
helpers here relate a mention to a trigger in the parse (:func:`relation`) and measure how deep a
trigger's clause sits (:func:`clause_depth`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from annotator.nlp.components import COUNTRY_COUNTS
from annotator.nlp.dates import DateMention, find_dates
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.mentions import Mention, actor_mentions, place_mentions
from annotator.nlp.nameindex import doc_text
from annotator.nlp.numbers import FatalityMention, find_fatalities
from annotator.nlp.roles import RoleHit
from annotator.schema_roles import SuggestSpec

BACKING = {"back", "backed", "support", "supported", "bolster", "bolstered", "aid", "aided",
           "assist", "assisted", "help", "helped", "accompany", "accompanied", "alongside"}
PLACE_PREPS = {"in", "at", "near", "outside", "around", "inside", "into", "across", "from",
               "to", "of", "within", "towards", "toward", "on", "over"}
NEAR_PREPS = {"near", "outside", "around", "close", "towards", "toward"}


@dataclass
class ArticleContext:
    doc: Doc
    published: date | None
    actors: list[Mention]
    places: list[Mention]
    dates: list[DateMention]
    fatalities: list[FatalityMention]
    sentences: list[Span]
    main_country: str
    main_place: Mention | None
    country_mention: Mention | None
    has_parse: bool
    spec: SuggestSpec
    role_hits: dict[int, list[RoleHit]] = field(default_factory=dict)
    trigger_tokens: frozenset[int] = frozenset()  # every token of every trigger match
    # Agents of the first verb of a coordination whose later verb is a trigger ("to degrade and
    # defeat X": whoever degrades defeats), keyed by that first verb.
    conjunct_agents: dict[int, list[RoleHit]] = field(default_factory=dict)
    clause_depths: dict[int, int] = field(default_factory=dict)  # sentence -> shallowest trigger


NAMING_GROUPS = {2, 3, 4}  # rebel, political and identity militias (ACLED inter codes)


def article_context(
    doc: Doc, published: date | None, aliases: tuple[tuple[str, str], ...], spec: SuggestSpec
) -> ArticleContext:
    gaz = get_gazetteer()
    actors = actor_mentions(doc, aliases)
    # "Fighters of the Islamic State Sahel Province ambushed a convoy near Bankilare": a place in
    # an armed group's name says which group, not where.
    named_groups = [m for m in actors if m.known and m.inter in NAMING_GROUPS]
    places = [
        m for m in place_mentions(doc)
        if not any(g.start <= m.start and m.end <= g.end and (g.end - g.start) > (m.end - m.start) for g in named_groups)
    ]
    counts: Counter[str] = Counter(doc.user_data.get(COUNTRY_COUNTS, {}))
    for m in places:
        if m.place and m.place.kind != "country":
            counts[m.place.country_code] += 1
    # Ties go to the country named first: a report names its story's country in the headline
    # or lead, the mediators' or neighbours' further down.
    first_seen: dict[str, int] = {}
    for m in places:
        if m.place:
            first_seen.setdefault(m.place.country_code, m.start)
    main_cc = min(counts, key=lambda cc: (-counts[cc], first_seen.get(cc, len(doc_text(doc))))) if counts else ""
    city_counts = Counter(m.key for m in places if m.place and m.place.kind == "city")
    main_place = None
    if city_counts:
        best_key = max(city_counts, key=lambda k: (
            city_counts[k] + (2 if gaz.places[k].country_code == main_cc else 0)
        ))
        main_place = next(m for m in places if m.key == best_key)
    country_mention = next(
        (m for m in places if m.place and m.place.kind == "country" and m.place.country_code == main_cc),
        None,
    )
    return ArticleContext(
        doc=doc,
        published=published,
        actors=actors,
        places=places,
        dates=find_dates(doc_text(doc), published),
        fatalities=find_fatalities(doc_text(doc)),
        sentences=sentences_of(doc),
        main_country=main_cc,
        main_place=main_place,
        country_mention=country_mention,
        has_parse=doc.has_annotation("DEP"),
        spec=spec,
    )


def sentences_of(doc: Doc) -> list[Span]:
    """Sentence spans from the SENT_START array (cheaper than ``doc.sents`` on long docs)."""
    if not len(doc):
        return [doc[:]]
    flags = doc.to_array([SENT_START]).ravel()
    starts = [0, *[i for i in np.flatnonzero(flags == 1).tolist() if i > 0]]
    bounds = [*starts, len(doc)]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def semicolon_part(sent: Span, trigger: Span) -> tuple[int, int]:
    """The character range of the trigger's part of a sentence that semicolons divide ("shelling
    kills 14 in El Fasher camp; army says it has retaken Bara": two reports in one line)."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # Span.text rebuilds the string
    if ";" not in text:
        return sent.start_char, sent.end_char
    offset = trigger.start_char - sent.start_char
    start = text.rfind(";", 0, offset) + 1
    end = text.find(";", offset)
    return sent.start_char + start, sent.start_char + (end if end >= 0 else len(text))


def within(span: Span, m_start: int, m_end: int) -> bool:
    return span.start_char <= m_start and m_end <= span.end_char


def nearest(items: list[Any], trigger: Span) -> Any | None:
    """The item closest to the trigger; items after it are a little closer (clause order)."""

    def distance(item: Any) -> float:
        if item.start >= trigger.end_char:
            return (item.start - trigger.end_char) * 0.8
        return float(trigger.start_char - item.end)

    return min(items, key=distance) if items else None


def relation(span: Span, trigger: Token) -> tuple[str, bool] | None:
    """How a mention hangs from the trigger: (dependency of the branch, passes a 'backed by')."""
    if span.start <= trigger.i < span.end:
        return ("contains", False)
    path: list[Token] = []
    cur = span.root
    for _ in range(40):
        if cur.i == trigger.i:
            break
        path.append(cur)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    else:
        return None
    if cur.i != trigger.i or not path:
        return None
    child = path[-1]
    backing = any(t.lower_ in BACKING or t.lemma_.lower() in BACKING for t in path)
    if child.dep_ == "prep":
        return (f"prep:{child.lower_}", backing)
    return (child.dep_, backing)


def clause_depth(trigger: Span) -> int:
    """How deep the trigger's clause sits in its sentence ("must" counts as its verb)."""
    root = trigger.root
    return _depth(root.head if root.dep_ == "aux" else root)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 8:
        token = token.head
        depth += 1
    return depth
