"""Suggested events for an article: trigger, roles, place, date and fatalities, with evidence.

Public API (the window and the CLI use these names):

- ``suggest_events(loaded_or_nlp, text, published, schema, *, aliases=None, max_events=5)``
  -> ``list[EventRecord]``: ranked candidates with ``status="suggested"``, a ``confidence`` in
  0-1, every schema field present (``schema.empty_values()``) and evidence spans
  (``text[start:end]``) for every field filled from words of the article.
- ``suggest_many(loaded_or_nlp, items, schema, *, aliases=None, max_events=5, batch_size=64)``
  -> iterator of event lists, one per ``(text, published)`` item, batched with ``nlp.pipe``.
- ``suggest_doc(doc, published, schema, ...)``: the same for a Doc already processed.
- ``entity_spans(doc_or_text, nlp=None)`` -> ``list[(start, end, label)]``: non-overlapping
  character spans for the window's entity underlay; labels ``ACTOR``, ``PLACE``, ``DATE``,
  ``NUMBER`` and the model's own NER labels (``PERSON``, ``ORG``...).

``loaded_or_nlp`` is a :class:`~annotator.nlp.pipeline.LoadedPipeline` or a spaCy ``Language``
(the rule components are added to it if missing). ``aliases`` are (alias, canonical) pairs
learned from the database (``annotator.db.repo.actor_aliases``).

How an event is built: each trigger (schema ``triggers:``) in a sentence proposes its sub-event
types; roles come from the dependency parse (subject or passive agent -> actor1, object or
"from/against X" -> actor2, "backed by / supported by / with X" -> assoc_actor_1, "in / near X"
-> location), with a word-order fallback when there is no parse; the agent's inter code picks
between state and non-state sub-events ("recaptured" by Syrian troops vs by IS). Date and
fatalities are the mentions nearest the trigger in its sentence. Confidence adds up what was
found and where (lead sentences count more); duplicates of one event are merged.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from annotator.interchange import EventRecord, EvidenceSpan
from annotator.nlp.actors import ActorDictionary, fill_country, get_actor_dictionary
from annotator.nlp.components import ACTORS_KEY, COUNTRY_COUNTS, PLACES_KEY
from annotator.nlp.dates import DateMention, coarsen, find_dates
from annotator.nlp.gazetteer import Place, get_gazetteer
from annotator.nlp.knowledge import Knowledge  # issue 11 learning hook
from annotator.nlp.knowledge import refine as refine_records  # issue 11 learning hook
from annotator.nlp.labels import EntityLabel, EntitySpan
from annotator.nlp.nameindex import NameIndex, doc_text, remember_text
from annotator.nlp.numbers import FatalityMention, find_fatalities
from annotator.nlp.pipeline import LoadedPipeline, add_rule_components
from annotator.nlp.triggers import TriggerMatch, TriggerRule, get_trigger_index
from annotator.schema import Schema

BACKING = {"back", "backed", "support", "supported", "bolster", "bolstered", "aid", "aided",
           "assist", "assisted", "help", "helped", "accompany", "accompanied", "alongside"}
ACTOR2_PREPS = {"from", "against", "on", "targeting", "at"}
PLACE_PREPS = {"in", "at", "near", "outside", "around", "inside", "into", "across", "from",
               "to", "of", "within", "towards", "toward", "on", "over"}
NEAR_PREPS = {"near", "outside", "around", "close", "towards", "toward"}
GROUP_NOUNS = {"group", "militants", "fighters", "jihadists", "rebels", "insurgents", "forces"}
CLASH_TYPES = {"Armed clash"}
ARMED_INTERS = {1, 2, 3, 4, 8}
PROTEST_TYPES = {"Protests"}
PROTESTERS, STATE, CIVILIANS = 6, 1, 7


@dataclass
class Mention:
    """An actor or place mention: token span plus what it refers to."""

    span: Span
    key: str  # canonical actor name (maybe with {country}) or gazetteer key
    inter: int = 0
    place: Place | None = None

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char


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


def _nlp_of(loaded_or_nlp: LoadedPipeline | Language) -> Language:
    nlp = loaded_or_nlp.nlp if isinstance(loaded_or_nlp, LoadedPipeline) else loaded_or_nlp
    return add_rule_components(nlp)


def suggest_events(
    loaded_or_nlp: LoadedPipeline | Language,
    text: str,
    published: date | None,
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    learned: Knowledge | None = None,  # issue 11 learning hook
) -> list[EventRecord]:
    """Ranked suggested events for one article (see the module docstring)."""
    nlp = _nlp_of(loaded_or_nlp)
    doc = nlp(_make_doc(nlp, text))
    return suggest_doc(doc, published, schema, aliases=aliases, max_events=max_events, learned=learned)


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize, remembering the text: ``doc.text`` would rebuild it from the tokens each time."""
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    return doc


def suggest_many(
    loaded_or_nlp: LoadedPipeline | Language,
    items: Iterable[tuple[str, date | None]],
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    batch_size: int = 64,
    learned: Knowledge | None = None,  # issue 11 learning hook
) -> Iterator[list[EventRecord]]:
    """Suggestions for many (text, published) items, in order, through ``nlp.pipe``."""
    nlp = _nlp_of(loaded_or_nlp)
    learned_aliases = tuple(aliases or ())
    docs = ((_make_doc(nlp, text), published) for text, published in items)
    for doc, published in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        yield suggest_doc(doc, published, schema, aliases=learned_aliases, max_events=max_events, learned=learned)


# --- mentions ----------------------------------------------------------------------------------


_LEARNED_CACHE: dict[tuple[tuple[str, str], ...], tuple[ActorDictionary, NameIndex, NameIndex]] = {}
_LEARNED_LOCK = threading.Lock()


def _learned_matchers(
    aliases: tuple[tuple[str, str], ...],
) -> tuple[ActorDictionary, NameIndex, NameIndex]:
    with _LEARNED_LOCK:
        hit = _LEARNED_CACHE.get(aliases)
    if hit is None:
        actors = get_actor_dictionary(aliases)
        names = [a for a, _ in aliases]
        hit = (
            actors,
            NameIndex([n for n in names if not n.isupper()], case_sensitive=False),
            NameIndex([n for n in names if n.isupper()], case_sensitive=True),
        )
        with _LEARNED_LOCK:
            if len(_LEARNED_CACHE) > 16:
                _LEARNED_CACHE.clear()
            _LEARNED_CACHE[aliases] = hit
    return hit


def _extend_actor_span(span: Span) -> Span:
    """Take in "(IS)" and "group" after a name: "Islamic State (IS) group"."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    if end < len(doc) and doc[end].lower_ in GROUP_NOUNS and span[-1].lower_ not in GROUP_NOUNS:
        end += 1
    return doc[span.start : end]


def actor_mentions(doc: Doc, aliases: tuple[tuple[str, str], ...] = ()) -> list[Mention]:
    spans = list(doc.spans[ACTORS_KEY]) if ACTORS_KEY in doc.spans else []
    if aliases:
        actors, lower, exact = _learned_matchers(aliases)
        learned = lower.find(doc) + exact.find(doc)
        learned_spans = []
        for span in learned:
            entry = actors.lookup(span.text)
            if entry is not None:
                learned_spans.append(
                    Span(doc, span.start, span.end, label=str(entry.inter), kb_id=entry.canonical)
                )
        spans = learned_spans + [
            s for s in spans if not any(s.start < ls.end and ls.start < s.end for ls in learned_spans)
        ]
    out = [Mention(_extend_actor_span(s), s.kb_id_, int(s.label_ or 0)) for s in spans]
    out.sort(key=lambda m: m.start)
    return out


def place_mentions(doc: Doc) -> list[Mention]:
    gaz = get_gazetteer()
    out = []
    for span in doc.spans.get(PLACES_KEY, []):
        place = gaz.places.get(span.kb_id_)
        if place is not None:
            out.append(Mention(span, span.kb_id_, place=place))
    return out


# --- roles from the parse ----------------------------------------------------------------------


def _relation(span: Span, trigger: Token) -> tuple[str, bool] | None:
    """How a mention hangs from the trigger: (dependency of the branch, passes a 'backed by')."""
    tok = span.root
    if span.start <= trigger.i < span.end:
        return ("contains", False)
    path: list[Token] = []
    cur = tok
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
    dep = child.dep_
    if dep == "prep":
        return (f"prep:{child.lower_}", backing)
    if dep in ("acl", "relcl") and any(t.dep_ == "agent" for t in path):
        return ("agent", backing)  # "a bomb planted by Boko Haram militants struck ..."
    return (dep, backing)


def _role_from_relation(rel: tuple[str, bool], sub_type: str) -> str | None:
    dep, backing = rel
    if backing:
        return "assoc_actor_1"
    if dep in ("nsubj", "csubj", "agent", "contains", "amod", "compound", "poss", "nmod"):
        return "actor1"
    if dep in ("nsubjpass", "dobj", "obj", "attr", "dative", "pobj"):
        return "actor2"
    if dep.startswith("prep:"):
        prep = dep[5:]
        if prep == "with":
            return "actor2" if sub_type in CLASH_TYPES else "assoc_actor_1"
        if prep == "alongside":
            return "assoc_actor_1"
        if prep == "by":
            return "actor1"
        if prep in ACTOR2_PREPS:
            return "actor2"
    return None


def _linear_role(doc: Doc, m: Mention, trigger: Span, sub_type: str) -> str | None:
    """Word-order fallback: before the trigger -> actor1, "from X" after it -> actor2."""
    before = [t.lower_ for t in doc[max(m.span.start - 3, 0) : m.span.start]]
    if any(w in BACKING for w in before) or (before[-1:] == ["with"] and m.end <= trigger.start_char):
        return "assoc_actor_1"
    if m.end <= trigger.start_char:
        return "actor1"
    if before and before[-1] == "with":
        return "actor2" if sub_type in CLASH_TYPES else "assoc_actor_1"
    if m.span.start - trigger.end <= 4 or (before and before[-1] in ACTOR2_PREPS):
        return "actor2"
    return None


def _subjects_of(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]


# --- building candidates -----------------------------------------------------------------------


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


def _article_context(doc: Doc, published: date | None, aliases: tuple[tuple[str, str], ...]) -> ArticleContext:
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
    sentences = _sentences(doc)
    return ArticleContext(
        doc=doc,
        published=published,
        actors=actor_mentions(doc, aliases),
        places=places,
        dates=find_dates(doc_text(doc), published),
        fatalities=find_fatalities(doc_text(doc)),
        sentences=sentences,
        main_country=main_cc,
        main_place=main_place,
        country_mention=country_mention,
        has_parse=doc.has_annotation("DEP"),
    )


def _sentences(doc: Doc) -> list[Span]:
    """Sentence spans from the SENT_START array (cheaper than ``doc.sents`` on long docs)."""
    if not len(doc):
        return [doc[:]]
    flags = doc.to_array([SENT_START]).ravel()
    starts = [0, *[i for i in np.flatnonzero(flags == 1).tolist() if i > 0]]
    bounds = [*starts, len(doc)]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _in(span: Span, m_start: int, m_end: int) -> bool:
    return span.start_char <= m_start and m_end <= span.end_char


def _nearest(items: list[Any], trigger: Span) -> Any | None:
    """The item closest to the trigger; items after it are a little closer (clause order)."""

    def distance(item: Any) -> float:
        if item.start >= trigger.end_char:
            return (item.start - trigger.end_char) * 0.8
        return float(trigger.start_char - item.end)

    return min(items, key=distance) if items else None


def _build(
    ctx: ArticleContext, match: TriggerMatch, sent: Span, sent_index: int, schema: Schema
) -> list[Candidate]:
    doc = ctx.doc
    trigger = match.span
    root = trigger.root
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
    # Which roles the actors of the sentence take, from the parse or from word order.
    roles: dict[str, tuple[Mention, bool]] = {}  # role -> (mention, from the parse)
    rule0 = match.rules[0]
    for m in sent_actors:
        role = None
        from_parse = False
        if ctx.has_parse:
            rel = _relation(m.span, root)
            if rel is None and root.dep_ in ("conj", "xcomp") and not _subjects_of(root):
                rel2 = _relation(m.span, root.head)
                if rel2 and rel2[0] in ("nsubj", "nsubjpass"):
                    rel = ("nsubj", rel2[1])
            if rel is not None:
                role = _role_from_relation(rel, rule0.sub_event_type)
                from_parse = role is not None
        if role is None and not ctx.has_parse:
            role = _linear_role(doc, m, trigger, rule0.sub_event_type)
        if role and role not in roles:
            roles[role] = (m, from_parse)
    if ctx.has_parse and root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass"):
        # "the strikes hit 158 IS targets": the noun trigger's verb holds the target.
        for m in sent_actors:
            if any(m is r[0] for r in roles.values()):
                continue
            rel = _relation(m.span, root.head)
            role = _role_from_relation(rel, rule0.sub_event_type) if rel else None
            if role in ("actor2", "assoc_actor_1") and role not in roles:
                roles[role] = (m, True)
    if "actor1" not in roles:
        before = [
            m for m in sent_actors
            if m.end <= trigger.start_char and m.inter != 7
            and all(m is not r[0] for r in roles.values())
        ]
        if before:
            roles["actor1"] = (before[-1], False)

    # Place: the one the parse ties to the trigger, else the nearest in the sentence, else the
    # article's main place.
    sent_places = [m for m in ctx.places if _in(sent, m.start, m.end)]
    place: Mention | None = None
    near = False
    place_in_sentence = False
    if ctx.has_parse:
        for m in sent_places:
            rel = _relation(m.span, root)
            if rel is None:
                continue
            dep = rel[0]
            if dep.startswith("prep:") and dep[5:] in PLACE_PREPS or dep in ("dobj", "nsubjpass", "pobj"):
                place, near = m, dep[5:] in NEAR_PREPS if dep.startswith("prep:") else False
                break
    if place is None:
        local = [
            m for m in sent_places
            if m.place and m.place.kind != "country"
            and not (ctx.has_parse and (rel := _relation(m.span, root)) is not None and rel[1])
        ]
        place = _nearest(local, trigger)
        if place is not None:
            prev = doc[max(place.span.start - 2, 0) : place.span.start].text.lower().split()
            near = any(w in NEAR_PREPS for w in prev)
    if place is not None:
        place_in_sentence = True
    elif ctx.main_place is not None:
        place = ctx.main_place
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
    country: str,
) -> None:
    """ACLED codes protesters as actor1 of every protest event, the intervening force as actor2.

    "Police fired tear gas at protesters": the parse makes the police the subject, so the two
    swap; residents or students who protest are coded as protesters.
    """
    a1 = roles.get("actor1")
    a2 = roles.get("actor2")
    if a1 and a1[0].inter == STATE and a2 and a2[0].inter == PROTESTERS:
        values["actor1"], values["actor2"] = values["actor2"], values["actor1"]
        for span in evidence:
            if span.field in ("actor1", "actor2"):
                span.field = "actor2" if span.field == "actor1" else "actor1"
    elif a1 and a1[0].inter == CIVILIANS:
        values["actor1"] = fill_country("Protesters ({country})", country)


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
    text = doc_text(ctx.doc)
    values = schema.empty_values()
    names = set(values)
    evidence: list[EvidenceSpan] = []
    notes: list[str] = []

    def ev(field_name: str, start: int, end: int) -> None:
        if (field_name in names or field_name == "trigger") and 0 <= start < end <= len(text):
            evidence.append(EvidenceSpan(field_name, start, end, text[start:end]))

    type_field = schema.trigger_label_field or "event_type"
    if type_field in names:
        values[type_field] = rule.event_type
    if "sub_event_type" in names:
        values["sub_event_type"] = rule.sub_event_type
    ev("trigger", trigger.start_char, trigger.end_char)

    # Where: country first, since generic actors ("government forces") are named after it.
    country_cc = ""
    if place is not None and place.place is not None:
        p = place.place
        country_cc = p.country_code
        if "country" in names:
            values["country"] = p.country
            ev("country", place.start, place.end)
        if p.kind != "country":
            if "admin1" in names and p.admin1:
                values["admin1"] = p.admin1
                ev("admin1", place.start, place.end)
            if p.kind == "city" and "location" in names:
                values["location"] = place.span.text
                ev("location", place.start, place.end)
                if p.latitude is not None and "latitude" in names:
                    values["latitude"], values["longitude"] = p.latitude, p.longitude
            if "geo_precision" in names:
                values["geo_precision"] = (2 if near else 1) if p.kind == "city" else 3
        elif "geo_precision" in names:
            values["geo_precision"] = 3
        if not place_in_sentence:
            notes.append(f"place taken from elsewhere in the article ({place.span.text})")
    elif ctx.main_country and "country" in names:
        country_cc = ctx.main_country
        cp = gaz.country_place(ctx.main_country)
        if cp is not None:
            values["country"] = cp.country
            if ctx.country_mention is not None:
                ev("country", ctx.country_mention.start, ctx.country_mention.end)
    country_name = gaz.country_names.get(country_cc or ctx.main_country, "")

    # Who.
    actor1_inter: int | None = None
    score = 0.35
    for role in ("actor1", "assoc_actor_1", "actor2"):
        if role not in roles or role not in names:
            continue
        m, from_parse = roles[role]
        values[role] = fill_country(m.key, country_name)
        ev(role, m.start, m.end)
        if role == "actor1":
            actor1_inter = m.inter or None
            score += 0.15 if from_parse else 0.08
        elif role == "actor2":
            score += 0.08
        else:
            score += 0.04
    for other in ("actor2", "assoc_actor_1"):
        if values.get("actor1") and values.get("actor1") == values.get(other):
            values[other] = ""
            evidence = [e for e in evidence if e.field != other]
    fit = _agent_fit(rule, actor1_inter)  # of whoever acts, before protest roles are recoded
    if rule.event_type in PROTEST_TYPES:
        _protest_roles(values, evidence, roles, country_name)
    if fit < -0.2 and rule.agent != "any":
        return None  # a state actor does not "overtake territory" as a non-state actor
    score += fit

    # When.
    date_field = schema.date_field or "event_date"
    prec_field = schema.precision_field or "time_precision"
    date_fallback = False
    in_sent = [d for d in ctx.dates if _in(sent, d.start, d.end)]
    chosen: DateMention | None = None
    if in_sent and ctx.has_parse:
        subtree = {t.i for t in trigger.root.subtree}
        tied = [
            d for d in in_sent
            if (s := ctx.doc.char_span(d.start, d.end, alignment_mode="expand")) is not None
            and s.root.i in subtree
        ]
        chosen = _nearest(tied, trigger)
    if chosen is None:
        chosen = _nearest(in_sent, trigger)
    if chosen is not None:
        score += 0.08
        if chosen.value is not None:
            values[date_field] = chosen.value.isoformat()
            values[prec_field] = chosen.precision
            ev(date_field, chosen.start, chosen.end)
        else:
            notes.append(f"date left empty: {chosen.note} ({chosen.text!r})")
            ev(date_field, chosen.start, chosen.end)
    elif ctx.published is not None:
        values[date_field] = ctx.published.isoformat()
        values[prec_field] = 2
        date_fallback = True
        notes.append("no date near the trigger: the publication date is used (precision 2)")
    else:
        notes.append("date left empty: the article has no published date to resolve against")

    # How many died.
    sent_fatal = [f for f in ctx.fatalities if _in(sent, f.start, f.end)]
    fatal = _nearest(sent_fatal, trigger)
    if fatal is not None and "fatalities" in names:
        ev("fatalities", fatal.start, fatal.end)
        if fatal.value is not None:
            values["fatalities"] = fatal.value
            score += 0.04
        else:
            notes.append(f"fatalities left empty: {fatal.note}")

    if place_in_sentence:
        score += 0.08
    score += 0.12 * max(0.0, 1.0 - sent_index / 6.0)
    if trigger.root.pos_ == "VERB":
        score += 0.04
    if "notes" in names:
        sentence = " ".join(sent.text.split())
        if len(sentence) > 240:
            sentence = sentence[:237] + "..."
        values["notes"] = sentence + ("" if not notes else " [" + "; ".join(notes) + "]")
    return Candidate(
        rule, trigger, sent_index, values, evidence, round(min(max(score, 0.05), 0.98), 3), notes,
        date_fallback,
    )


def _same_event(a: Candidate, b: Candidate, schema: Schema) -> bool:
    keys = ("sub_event_type", "actor1", "location")
    if any(a.values.get(k) != b.values.get(k) for k in keys):
        return False
    if a.values.get("actor2") and b.values.get("actor2") and a.values["actor2"] != b.values["actor2"]:
        return False
    if a.date_fallback or b.date_fallback:
        return True
    date_field = schema.date_field or "event_date"
    prec_field = schema.precision_field or "time_precision"
    da, db = a.values.get(date_field), b.values.get(date_field)
    if not da or not db:
        return True
    prec = max(a.values.get(prec_field) or 1, b.values.get(prec_field) or 1)
    return coarsen(date.fromisoformat(da), prec) == coarsen(date.fromisoformat(db), prec)


def suggest_doc(
    doc: Doc,
    published: date | None,
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    learned: Knowledge | None = None,  # issue 11 learning hook
) -> list[EventRecord]:
    """Suggestions for a Doc already run through a pipeline with the rule components."""
    if learned is not None:  # issue 11 learning hook: learned places and trigger words
        schema = learned.apply(doc, schema)
    if not schema.triggers:
        return []
    ctx = _article_context(doc, published, tuple(aliases or ()))
    index = get_trigger_index(schema)
    sent_starts = [s.start for s in ctx.sentences]
    candidates: list[Candidate] = []
    for match in index.find(doc):
        sent_index = max(bisect_right(sent_starts, match.span.start) - 1, 0)
        sent = ctx.sentences[sent_index]
        candidates.extend(_build(ctx, match, sent, sent_index, schema))
    # Best sub-event type per trigger, then merge mentions of the same event.
    best_per_trigger: dict[int, Candidate] = {}
    for cand in candidates:
        key = cand.trigger.start
        if key not in best_per_trigger or cand.confidence > best_per_trigger[key].confidence:
            best_per_trigger[key] = cand
    ranked = sorted(best_per_trigger.values(), key=lambda c: (-c.confidence, c.trigger.start))
    kept: list[Candidate] = []
    for cand in ranked:
        dup = next((k for k in kept if _same_event(k, cand, schema)), None)
        if dup is not None:
            dup.confidence = round(min(dup.confidence + 0.03, 0.98), 3)
            continue
        kept.append(cand)
    kept.sort(key=lambda c: (-c.confidence, c.trigger.start))
    records = [
        EventRecord(
            values=c.values, evidence=c.evidence, annotator="", status="suggested",
            confidence=c.confidence, schema=None,
        )
        for c in kept[:max_events]
    ]
    # issue 11 hook: unlocated "village of X" places, and the learned classifier's event type.
    return learned.refine(doc, records, schema) if learned is not None else refine_records(doc, records, schema)


def entity_spans(doc_or_text: Doc | str, nlp: LoadedPipeline | Language | None = None) -> list[EntitySpan]:
    """Character spans for the entity underlay: actors, places, dates, numbers, then NER labels.

    Give a processed Doc, or a text and the pipeline to run (default: the configured one).
    Spans do not overlap; earlier kinds in that list win.
    """
    if isinstance(doc_or_text, str):
        if nlp is None:
            from annotator.nlp.pipeline import load_pipeline

            nlp = load_pipeline()
        language = _nlp_of(nlp)
        doc = language(_make_doc(language, doc_or_text))
    else:
        doc = doc_or_text
    found: list[EntitySpan] = []
    found += [EntitySpan(m.start, m.end, EntityLabel.ACTOR) for m in actor_mentions(doc)]
    found += [EntitySpan(m.start, m.end, EntityLabel.PLACE) for m in place_mentions(doc)]
    found += [EntitySpan(d.start, d.end, EntityLabel.DATE) for d in find_dates(doc_text(doc), None)]
    found += [EntitySpan(f.start, f.end, EntityLabel.NUMBER) for f in find_fatalities(doc_text(doc))]
    found += [EntitySpan(e.start_char, e.end_char, e.label_) for e in doc.ents]
    out: list[EntitySpan] = []
    for span in found:
        if any(span.start < e and s < span.end for s, e, _ in out):
            continue
        out.append(span)
    out.sort()
    return out
