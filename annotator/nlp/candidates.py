"""One candidate event per trigger mention: roles, place, date and count, each with its words.

Roles come from :mod:`annotator.nlp.roles` (dependency patterns) and :mod:`annotator.nlp.mentions`
(any actor phrase, named by the dictionary, the schema's naming rules or as written), with a
word-order fallback when the pipeline has no parser. Which field each finding fills is the
schema's ``suggest:`` declaration (:mod:`annotator.nlp.schema_roles`), so ACLED, PLOVER and a
user's schema go through the same code. The confidence adds up what was found and where.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from annotator.interchange import EvidenceSpan
from annotator.nlp.actors import fill_country
from annotator.nlp.components import COUNTRY_COUNTS
from annotator.nlp.dates import DateMention, find_dates
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.mentions import (
    PLACE_NOUNS,
    Mention,
    actor_entities,
    actor_mentions,
    actor_phrase,
    name_actor,
    place_mentions,
)
from annotator.nlp.nameindex import doc_text
from annotator.nlp.numbers import FatalityMention, find_fatalities
from annotator.nlp.roles import RoleHit
from annotator.nlp.schema_roles import SuggestSpec
from annotator.nlp.triggers import TriggerMatch, TriggerRule
from annotator.schema import Schema

BACKING = {"back", "backed", "support", "supported", "bolster", "bolstered", "aid", "aided",
           "assist", "assisted", "help", "helped", "accompany", "accompanied", "alongside"}
ACTOR2_PREPS = {"from", "against", "on", "targeting", "at"}
PLACE_PREPS = {"in", "at", "near", "outside", "around", "inside", "into", "across", "from",
               "to", "of", "within", "towards", "toward", "on", "over"}
NEAR_PREPS = {"near", "outside", "around", "close", "towards", "toward"}
ARMED_INTERS = {1, 2, 3, 4, 8}
PROTEST_TYPES = {"Protests"}
PROTESTERS, STATE, CIVILIANS = 6, 1, 7
ROLE_ORDER = ("agent", "associate", "target")
# Verbs whose subject judges an event rather than acting in it ("X condemned the attack"); a
# subject of "said" may well be the actor ("the ministry said its strikes hit ..."), so it stays.
EVALUATING = {"condemn", "denounce", "welcome", "criticize", "criticise", "praise", "accuse",
              "blame", "mourn", "regret", "deplore", "applaud", "hail", "deny", "investigate"}


@dataclass
class Candidate:
    rule: TriggerRule
    trigger: Span
    sentence_index: int
    values: dict[str, Any]
    evidence: list[EvidenceSpan]
    confidence: float
    notes: list[str] = field(default_factory=list)
    date_fallback: bool = False


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
    clause_depths: dict[int, int] = field(default_factory=dict)  # sentence -> shallowest trigger


def article_context(
    doc: Doc, published: date | None, aliases: tuple[tuple[str, str], ...], spec: SuggestSpec
) -> ArticleContext:
    gaz = get_gazetteer()
    places = place_mentions(doc)
    counts: Counter[str] = Counter(doc.user_data.get(COUNTRY_COUNTS, {}))
    for m in places:
        if m.place and m.place.kind != "country":
            counts[m.place.country_code] += 1
    main_cc = counts.most_common(1)[0][0] if counts else ""
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
        actors=actor_mentions(doc, aliases),
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


def _in(span: Span, m_start: int, m_end: int) -> bool:
    return span.start_char <= m_start and m_end <= span.end_char


def nearest(items: list[Any], trigger: Span) -> Any | None:
    """The item closest to the trigger; items after it are a little closer (clause order)."""

    def distance(item: Any) -> float:
        if item.start >= trigger.end_char:
            return (item.start - trigger.end_char) * 0.8
        return float(trigger.start_char - item.end)

    return min(items, key=distance) if items else None


def _relation(span: Span, trigger: Token) -> tuple[str, bool] | None:
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


def _linear_role(doc: Doc, m: Mention, trigger: Span, partner: str) -> str | None:
    """Word-order fallback: before the trigger acts, "against X" after it receives."""
    before = [t.lower_ for t in doc[max(m.span.start - 3, 0) : m.span.start]]
    if any(w in BACKING for w in before) or (before[-1:] == ["with"] and m.end <= trigger.start_char):
        return "associate"
    if m.end <= trigger.start_char:
        return "agent"
    if before and before[-1] == "with":
        return partner
    if m.span.start - trigger.end <= 4 or (before and before[-1] in ACTOR2_PREPS):
        return "target"
    return None


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


def _is_place_phrase(span: Span) -> bool:
    """ "in Baghdad", "near Kirkuk": an entity that names where, not who."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and root.head.lower_ not in ("from", "on")


def _names_a_town(ctx: ArticleContext, span: Span) -> bool:
    return any(
        m.place is not None and m.place.kind != "country" and m.span.start < span.end and span.start < m.span.end
        for m in ctx.places
    )


def _object_of_ancestor(token: Token, trigger: Token) -> bool:
    """ "The strikes hit IS targets, killing 100": IS is hit, it does not kill."""
    ancestors = {a.i for a in trigger.ancestors}
    cur = token
    for _ in range(6):
        if cur.dep_ in ("dobj", "pobj", "dative", "attr") and cur.head.i in ancestors:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _own_forces(mention: Mention) -> bool:
    """ "its troops", "their inspectors": the agent's own people, not whom the act is aimed at."""
    head = mention.span.root
    return not mention.known and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in head.children
    )


def _find_roles(
    ctx: ArticleContext, match: TriggerMatch, sent: Span, sent_actors: list[Mention]
) -> dict[str, tuple[Mention, bool]]:
    """role -> (mention, found in the parse) for agent, target and associate."""
    doc, trigger, rule0 = ctx.doc, match.span, match.rules[0]
    partner = rule0.partner or ctx.spec.partner
    roles: dict[str, tuple[Mention, bool]] = {}
    used: list[Mention] = []

    def take(role: str, mention: Mention, from_parse: bool) -> None:
        if role in roles or any(u.span.start < mention.span.end and mention.span.start < u.span.end for u in used):
            return
        if mention.span.start <= trigger.root.i < mention.span.end and not mention.known:
            return  # the trigger's own phrase ("the protesters") is not its actor
        roles[role] = (mention, from_parse)
        used.append(mention)

    for m in sent_actors:  # "Russian air strikes", "IS attack": a known actor naming the act
        if m.span.start <= trigger.root.i < m.span.end or (
            ctx.has_parse and m.span.root.head.i == trigger.root.i
            and m.span.root.dep_ in ("compound", "amod", "poss", "nmod")
        ):
            take("agent", m, True)
    if ctx.has_parse:
        hits = [h for i in range(trigger.start, trigger.end) for h in ctx.role_hits.get(i, [])]
        hits.sort(key=lambda h: (h.priority, abs(h.arg - h.trigger)))
        for hit in hits:
            mention = actor_phrase(
                doc[hit.arg], sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act
            )
            if mention is None:
                continue
            role = partner if hit.role == "partner" else hit.role
            if role == "target" and _own_forces(mention):
                continue  # "withdrew its troops from X": X receives, the troops are the agent's
            if role == "target" and _is_place_phrase(mention.span) and not mention.known and not ctx.spec.places_act:
                continue
            take(role, mention, True)
    else:
        for m in sent_actors:
            role = _linear_role(doc, m, trigger, partner)
            if role:
                take(role, m, False)
    if "agent" not in roles:
        # Nothing in the parse acts: the nearest actor before the trigger in its sentence, unless
        # it is the subject of a verb the trigger depends on ("X condemned the attack").
        trigger_tokens = {i for i in ctx.role_hits} | {
            t.i for t in trigger.root.ancestors if t.lemma_.lower() in EVALUATING
        }
        governors = {a.i for a in trigger.root.ancestors if a.i in trigger_tokens} if ctx.has_parse else set()
        before: list[Mention] = [
            m for m in sent_actors
            if m.end <= trigger.start_char and m.inter != CIVILIANS and all(m is not r[0] for r in roles.values())
            and not (m.span.root.dep_ in ("nsubj", "nsubjpass") and m.span.root.head.i in governors)
            and not _object_of_ancestor(m.span.root, trigger.root)
        ]
        if not before and ctx.has_parse:
            before = [
                Mention(e, e.text, known=False) for e in actor_entities(doc)
                if _in(sent, e.start_char, e.end_char)
                and (ctx.spec.places_act or not _names_a_town(ctx, e))
                and e.end_char <= trigger.start_char and not _is_place_phrase(e)
                and not (e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.i in governors)
            ]
        if before:
            take("agent", before[-1], False)
    return roles


def _place_for(ctx: ArticleContext, trigger: Span, sent: Span) -> tuple[Mention | None, bool, bool]:
    """(place, near, in the trigger's sentence): tied by the parse, else nearest, else main."""
    root = trigger.root
    sent_places = [m for m in ctx.places if _in(sent, m.start, m.end)]
    if ctx.has_parse:
        for m in sent_places:
            rel = _relation(m.span, root)
            if rel is None:
                continue
            dep = rel[0]
            if dep.startswith("prep:") and dep[5:] in PLACE_PREPS or dep in ("dobj", "nsubjpass", "pobj"):
                return m, (dep[5:] in NEAR_PREPS if dep.startswith("prep:") else False), True
    local = [
        m for m in sent_places
        if m.place and m.place.kind != "country"
        and not (ctx.has_parse and (rel := _relation(m.span, root)) is not None and rel[1])
    ]
    place = nearest(local, trigger)
    if place is not None:
        prev = ctx.doc[max(place.span.start - 2, 0) : place.span.start].text.lower().split()
        return place, any(w in NEAR_PREPS for w in prev), True
    country_places = [m for m in sent_places if m.place and m.place.kind == "country"]
    if ctx.has_parse and _names_unnamed_places(root):
        # "ceded several villages": somewhere the article does not name, not its main town
        # (the country stays the article's).
        return None, False, False
    if ctx.main_place is not None:
        return ctx.main_place, False, False
    if country_places:
        return nearest(country_places, trigger), False, True
    return None, False, False


def _names_unnamed_places(trigger: Token) -> bool:
    """The trigger's object is places without a name: "several villages", "some areas"."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS" and c.lemma_.lower() in PLACE_NOUNS
        and not any(t.pos_ == "PROPN" for t in c.subtree)
        for c in trigger.children
    )


def build_candidates(
    ctx: ArticleContext, match: TriggerMatch, sent: Span, sent_index: int, schema: Schema
) -> list[Candidate]:
    trigger = match.span
    sent_actors = [m for m in ctx.actors if _in(sent, m.start, m.end)]
    if any(
        m.start <= trigger.start_char and trigger.end_char <= m.end and m.inter == STATE
        for m in sent_actors
    ):
        # "riot police" names an actor; "Russian air strikes" also says what happened.
        rules = tuple(r for r in match.rules if r.event_type == "Explosions/Remote violence")
        if not rules:
            return []
        match = TriggerMatch(match.span, rules)
    roles = _find_roles(ctx, match, sent, sent_actors)
    place, near, place_in_sentence = _place_for(ctx, trigger, sent)
    candidates = []
    for rule in match.rules:
        cand = _candidate(ctx, rule, trigger, sent, sent_index, roles, place, near, place_in_sentence, schema)
        if cand is not None:
            candidates.append(cand)
    return candidates


def _protest_roles(
    values: dict[str, Any],
    evidence: list[EvidenceSpan],
    roles: dict[str, tuple[Mention, bool]],
    fields: dict[str, str],
    country: str,
    sentence_actors: list[Mention] = (),
) -> None:
    """ACLED codes protesters as the agent of every protest event, the intervening force as target.

    "Police fired tear gas at protesters": the parse makes the police the subject, so the two
    swap; residents or students who protest are coded as protesters.
    """
    a1, a2 = roles.get("agent"), roles.get("target")
    f1, f2 = fields.get("agent"), fields.get("target")
    if not f1 or not f2:
        return
    if a1 and a1[0].inter == STATE and not (a2 and a2[0].inter == PROTESTERS):
        # "Police fired tear gas to disperse hundreds of protesters": whoever protests in the
        # sentence is the agent, even where the parse ties them to another trigger.
        crowd = next((m for m in sentence_actors if m.inter == PROTESTERS), None)
        if crowd is not None:
            values[f2] = values[f1]
            for span in evidence:
                if span.field == f1:
                    span.field = f2
            values[f1] = fill_country(crowd.key, country)
            evidence.append(EvidenceSpan(f1, crowd.start, crowd.end, doc_text(crowd.span.doc)[crowd.start : crowd.end]))
            return
    if a1 and a1[0].inter == STATE and a2 and a2[0].inter == PROTESTERS:
        values[f1], values[f2] = values[f2], values[f1]
        for span in evidence:
            if span.field in (f1, f2):
                span.field = f2 if span.field == f1 else f1
    elif a1 and a1[0].inter == CIVILIANS:
        values[f1] = fill_country("Protesters ({country})", country)


def _agent_fit(rule: TriggerRule, inter: int | None) -> float:
    if rule.agent == "any":
        return 0.05 if inter else 0.0
    if rule.agent == "armed":
        if inter is None:
            return -0.05
        return 0.08 if inter in ARMED_INTERS else -0.3
    if inter is None:
        return -0.08
    state = inter == 1
    if rule.agent == "state":
        return 0.12 if state else -0.3
    return 0.12 if not state else -0.3


def _sub_type_field(schema: Schema, type_field: str) -> str | None:
    return next((f.name for f in schema.fields if f.depends_on == type_field), None)


def _candidate(
    ctx: ArticleContext,
    rule: TriggerRule,
    trigger: Span,
    sent: Span,
    sent_index: int,
    roles: dict[str, tuple[Mention, bool]],
    place: Mention | None,
    near: bool,
    place_in_sentence: bool,
    schema: Schema,
) -> Candidate | None:
    gaz = get_gazetteer()
    spec = ctx.spec
    text = doc_text(ctx.doc)
    values = schema.empty_values()
    names = set(values)
    evidence: list[EvidenceSpan] = []
    notes: list[str] = []

    def ev(field_name: str | None, start: int, end: int) -> None:
        if field_name and (field_name in names or field_name == "trigger") and 0 <= start < end <= len(text):
            evidence.append(EvidenceSpan(field_name, start, end, text[start:end]))

    type_field = schema.trigger_label_field or "event_type"
    if type_field in names:
        values[type_field] = rule.event_type
    sub_field = _sub_type_field(schema, type_field)
    if sub_field and rule.sub_event_type != rule.event_type:
        values[sub_field] = rule.sub_event_type
    ev("trigger", trigger.start_char, trigger.end_char)

    # Where: country first, since generic actors ("government forces") are named after it.
    pf = spec.place
    country_cc = ""
    if place is not None and place.place is not None:
        p = place.place
        country_cc = p.country_code
        if pf.get("country"):
            values[pf["country"]] = p.country
            ev(pf["country"], place.start, place.end)
        if p.kind != "country":
            if pf.get("admin1") and p.admin1:
                values[pf["admin1"]] = p.admin1
                ev(pf["admin1"], place.start, place.end)
            if p.kind == "city" and pf.get("location"):
                values[pf["location"]] = place.span.text
                ev(pf["location"], place.start, place.end)
                if p.latitude is not None and pf.get("latitude") and pf.get("longitude"):
                    values[pf["latitude"]], values[pf["longitude"]] = p.latitude, p.longitude
            elif pf.get("location") and not pf.get("admin1"):
                values[pf["location"]] = place.span.text
                ev(pf["location"], place.start, place.end)
            if pf.get("precision"):
                # A town named elsewhere in the article is where, roughly: "near a town" (2).
                values[pf["precision"]] = (2 if near or not place_in_sentence else 1) if p.kind == "city" else 3
        else:
            if pf.get("precision"):
                values[pf["precision"]] = 3
            if pf.get("location") and not pf.get("country"):
                values[pf["location"]] = place.span.text
                ev(pf["location"], place.start, place.end)
        _cite_place_mentions(ctx, place, ev)
        if not place_in_sentence:
            notes.append(f"place taken from elsewhere in the article ({place.span.text})")
    elif ctx.main_country and pf.get("country"):
        country_cc = ctx.main_country
        cp = gaz.country_place(ctx.main_country)
        if cp is not None:
            values[pf["country"]] = cp.country
            if ctx.country_mention is not None:
                _cite_place_mentions(ctx, ctx.country_mention, ev)
    country_name = gaz.country_names.get(country_cc or ctx.main_country, "")

    # Who.
    agent_inter: int | None = None
    score = 0.35
    for role in ROLE_ORDER:
        fname = spec.field_for(role)
        if role not in roles or not fname or fname not in names:
            continue
        m, from_parse = roles[role]
        value, inter = name_actor(m, spec, country_name, ctx.places)
        values[fname] = value
        ev(fname, m.start, m.end)
        if role == "agent":
            agent_inter = inter or None
            score += 0.15 if from_parse else 0.08
        elif role == "target":
            score += 0.08
        else:
            score += 0.04
    if rule.target_inter:
        target_inter = name_actor(roles["target"][0], spec, country_name, ctx.places)[1] if "target" in roles else 0
        if target_inter and target_inter not in rule.target_inter:
            return None  # "killing nine soldiers" is not violence against civilians
    agent_field = spec.field_for("agent")
    for other in ("target", "associate"):
        fname = spec.field_for(other)
        if agent_field and fname and values.get(agent_field) and values.get(agent_field) == values.get(fname):
            values[fname] = ""
            evidence = [e for e in evidence if e.field != fname]
    fit = _agent_fit(rule, agent_inter)  # of whoever acts, before protest roles are recoded
    if rule.event_type in PROTEST_TYPES:
        sentence_actors = [m for m in ctx.actors if _in(sent, m.start, m.end)]
        _protest_roles(values, evidence, roles, dict(spec.roles), country_name, sentence_actors)
    if fit < -0.2 and rule.agent != "any":
        return None  # a state actor does not "overtake territory" as a non-state actor
    score += fit
    if roles.get("agent", (None, False))[1] and roles.get("target", (None, False))[1]:
        score += 0.05  # the parse says who did it to whom: a report of an act, not a mention

    # When.
    date_fallback = _fill_date(ctx, trigger, sent, schema, values, ev, notes)
    if not date_fallback and any(e.field == schema.date_field for e in evidence):
        score += 0.08

    # How many died.
    sent_fatal = [f for f in ctx.fatalities if _in(sent, f.start, f.end)]
    fatal = nearest(sent_fatal, trigger)
    if fatal is not None and spec.count and spec.count in names:
        ev(spec.count, fatal.start, fatal.end)
        if fatal.value is not None:
            values[spec.count] = fatal.value
            score += 0.04
        else:
            notes.append(f"{spec.count} left empty: {fatal.note}")

    if place_in_sentence:
        score += 0.08
    score += 0.12 * max(0.0, 1.0 - sent_index / 6.0)
    if trigger.root.pos_ == "VERB":
        score += 0.04
    if ctx.has_parse:
        # The main clause's event before its asides, among the triggers of one sentence.
        shallowest = ctx.clause_depths.get(sent_index, 0)
        score -= 0.04 * min(clause_depth(trigger) - shallowest, 4)
    if spec.notes and spec.notes in names:
        sentence = " ".join(sent.text.split())
        if len(sentence) > 240:
            sentence = sentence[:237] + "..."
        values[spec.notes] = sentence + ("" if not notes else " [" + "; ".join(notes) + "]")
    return Candidate(
        rule, trigger, sent_index, values, evidence, round(min(max(score, 0.05), 0.98), 3), notes,
        date_fallback,
    )


def _cite_place_mentions(ctx: ArticleContext, place: Mention, ev: Any) -> None:
    """Cite the article's other words for the event's place, its admin1 and its country.

    "Palmyra" in the lead and again in the fourth paragraph both say where; an analyst checking
    the location sees every one of them highlighted.
    """
    if place.place is None:
        return
    spec = ctx.spec.place
    p = place.place
    sentence = place.span.sent
    for m in ctx.places:
        if m is place or m.place is None:
            continue
        if (
            sentence.start <= m.span.start < sentence.end and m.place.country_code == p.country_code
            and m.place.kind != "country" and m.key != place.key
        ):
            # Another town or region of the same country in the sentence: a candidate for where.
            ev(spec.get("location") if m.place.kind == "city" else (spec.get("admin1") or spec.get("location")),
               m.start, m.end)
            continue
        if m.key == place.key:
            target = spec.get("location") if p.kind == "city" else (
                spec.get("admin1") if p.kind == "admin1" else spec.get("country")
            )
            ev(target or spec.get("location"), m.start, m.end)
        elif m.place.kind == "country" and m.place.country_code == p.country_code:
            ev(spec.get("country") or spec.get("location"), m.start, m.end)
        elif m.place.kind == "admin1" and p.admin1 and m.place.admin1 == p.admin1 and m.place.country_code == p.country_code:
            ev(spec.get("admin1") or spec.get("location"), m.start, m.end)


def _fill_date(
    ctx: ArticleContext, trigger: Span, sent: Span, schema: Schema, values: dict[str, Any], ev: Any,
    notes: list[str],
) -> bool:
    """The date tied to the trigger, else nearest in the sentence, else the publication date.

    Returns True when the publication date had to stand in.
    """
    date_field = schema.date_field
    if not date_field:
        return False
    prec_field = schema.precision_field
    in_sent = [d for d in ctx.dates if _in(sent, d.start, d.end)]
    chosen: DateMention | None = None
    if in_sent and ctx.has_parse:
        subtree = {t.i for t in trigger.root.subtree}
        tied = [
            d for d in in_sent
            if (s := ctx.doc.char_span(d.start, d.end, alignment_mode="expand")) is not None
            and s.root.i in subtree
        ]
        chosen = nearest(tied, trigger)
    if chosen is None:
        chosen = nearest(in_sent, trigger)
    if chosen is not None:
        if chosen.value is not None:
            values[date_field] = chosen.value.isoformat()
            if prec_field:
                values[prec_field] = chosen.precision
        else:
            notes.append(f"date left empty: {chosen.note} ({chosen.text!r})")
        ev(date_field, chosen.start, chosen.end)
        return False
    if ctx.published is not None:
        values[date_field] = ctx.published.isoformat()
        if prec_field:
            values[prec_field] = 2
        notes.append("no date near the trigger: the publication date is used (precision 2)")
        return True
    notes.append("date left empty: the article has no published date to resolve against")
    return False
