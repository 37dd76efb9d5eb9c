"""Suggested events for an article: trigger, roles, place, date and count, with evidence.

Public API (the window and the CLI use these names):

- ``suggest_events(loaded_or_nlp, text, published, schema, *, aliases=None, max_events=5,
  threshold=None)`` -> ``list[EventRecord]``: one candidate per incident, ranked, with
  ``status="suggested"``, a ``confidence`` in 0-1 of at least ``threshold`` (None: the configured
  setting, :func:`annotator.config.resolve_suggest_threshold`), every schema field present
  (``schema.empty_values()``) and evidence spans (``text[start:end]``) for every field filled from
  words of the article.
- ``suggest_many(loaded_or_nlp, items, schema, *, aliases=None, max_events=5, batch_size=64,
  threshold=None)`` -> iterator of event lists, one per ``(text, published)`` item, batched with
  ``nlp.pipe``.
- ``suggest_doc(doc, published, schema, ...)``: the same for a Doc already processed.
- ``entity_spans(doc_or_text, nlp=None)`` -> ``list[EntitySpan]``: non-overlapping
  character spans for the window's entity underlay; labels ``ACTOR``, ``PLACE``, ``DATE``,
  ``NUMBER`` and the model's own NER labels (``PERSON``, ``ORG``...).

``loaded_or_nlp`` is a :class:`~annotator.nlp.pipeline.LoadedPipeline` or a spaCy ``Language``
(the rule components are added to it if missing). ``aliases`` are (alias, canonical) pairs
learned from the database (``annotator.db.repo.actor_aliases``).

How: each trigger of the schema (``triggers:``) proposes its event types
(:mod:`~annotator.nlp.triggers`); dependency patterns give agent, target and associate
(:mod:`~annotator.nlp.roles`), any actor phrase is named (:mod:`~annotator.nlp.mentions`); the
schema's ``suggest:`` section says which fields they fill (:mod:`~annotator.schema_roles`);
:mod:`~annotator.nlp.context` gathers the article's mentions once, :mod:`~annotator.nlp.role_finder`
picks roles and place per trigger, :mod:`~annotator.nlp.candidates` builds one candidate per trigger and
:mod:`~annotator.nlp.grouping` merges the mentions of one incident and applies the threshold.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from annotator.config import resolve_suggest_threshold
from annotator.interchange import EventRecord
from annotator.nlp.attribution import attribute_blame, name_the_unclaimed
from annotator.nlp.candidates import Candidate, build_candidates
from annotator.nlp.context import ArticleContext, article_context, clause_depth
from annotator.nlp.dates import find_dates
from annotator.nlp.grouping import above_threshold, group_incidents
from annotator.nlp.knowledge import Knowledge
from annotator.nlp.knowledge import refine as refine_records
from annotator.nlp.labels import EntityLabel, EntitySpan
from annotator.nlp.mentions import Mention, actor_mentions, place_mentions
from annotator.nlp.nameindex import doc_text, remember_text
from annotator.nlp.numbers import find_fatalities
from annotator.nlp.old_news import rank_old_news_lower
from annotator.nlp.pipeline import LoadedPipeline, add_rule_components
from annotator.nlp.roles import get_role_matcher
from annotator.nlp.triggers import get_trigger_index
from annotator.schema import Schema
from annotator.schema_roles import infer_suggest_spec

__all__ = [
    "ArticleContext", "Candidate", "Mention", "actor_mentions", "entity_spans", "place_mentions",
    "suggest_doc", "suggest_events", "suggest_many",
]


def _nlp_of(loaded_or_nlp: LoadedPipeline | Language) -> Language:
    nlp = loaded_or_nlp.nlp if isinstance(loaded_or_nlp, LoadedPipeline) else loaded_or_nlp
    return add_rule_components(nlp)


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize, remembering the text: ``doc.text`` would rebuild it from the tokens each time."""
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    return doc


def suggest_events(
    loaded_or_nlp: LoadedPipeline | Language,
    text: str,
    published: date | None,
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    threshold: float | None = None,
    learned: Knowledge | None = None,
) -> list[EventRecord]:
    """Ranked suggested events for one article (see the module docstring)."""
    nlp = _nlp_of(loaded_or_nlp)
    doc = nlp(_make_doc(nlp, text))
    return suggest_doc(
        doc, published, schema, aliases=aliases, max_events=max_events, threshold=threshold, learned=learned
    )


def suggest_many(
    loaded_or_nlp: LoadedPipeline | Language,
    items: Iterable[tuple[str, date | None]],
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    batch_size: int = 64,
    threshold: float | None = None,
    learned: Knowledge | None = None,
) -> Iterator[list[EventRecord]]:
    """Suggestions for many (text, published) items, in order, through ``nlp.pipe``."""
    nlp = _nlp_of(loaded_or_nlp)
    learned_aliases = tuple(aliases or ())
    cutoff = resolve_suggest_threshold(threshold)
    docs = ((_make_doc(nlp, text), published) for text, published in items)
    for doc, published in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        yield suggest_doc(
            doc, published, schema, aliases=learned_aliases, max_events=max_events, threshold=cutoff,
            learned=learned,
        )


def rank_candidates(
    doc: Doc, published: date | None, schema: Schema, *, aliases: Iterable[tuple[str, str]] | None = None
) -> list[Candidate]:
    """Every incident the article reports, one candidate each, best first (no threshold)."""
    if not schema.triggers:
        return []
    spec = schema.suggest or infer_suggest_spec(schema.fields)
    ctx = article_context(doc, published, tuple(aliases or ()), spec)
    index = get_trigger_index(schema)
    matches = [
        m for m in index.find(doc)
        if not _inside_a_name(m.span) and not _inside_a_date(m.span, ctx) and not _part_of_a_longer_word(m.span)
    ]
    ctx.trigger_tokens = frozenset(i for m in matches for i in range(m.span.start, m.span.end))
    if ctx.has_parse and matches:
        roots = {i for m in matches for i in range(m.span.start, m.span.end)}
        matcher = get_role_matcher(doc.vocab, index.words, spec.places_act)
        ctx.role_hits = matcher.hits(doc, roots)
        first_verbs = {doc[i].head.i for i in roots if doc[i].dep_ == "conj"} - roots
        ctx.conjunct_agents = matcher.first_conjunct_agents(doc, first_verbs)
    sent_starts = [s.start for s in ctx.sentences]
    located = [(max(bisect_right(sent_starts, m.span.start) - 1, 0), m) for m in matches]
    if ctx.has_parse:
        for sent_index, match in located:
            depth = clause_depth(match.span)
            ctx.clause_depths[sent_index] = min(depth, ctx.clause_depths.get(sent_index, depth))
    candidates: list[Candidate] = []
    for sent_index, match in located:
        candidates.extend(build_candidates(ctx, match, ctx.sentences[sent_index], sent_index, schema))
    kept = group_incidents(candidates, schema, spec)
    attribute_blame(ctx, kept, spec, schema.trigger_label_field or "event_type")
    name_the_unclaimed(ctx, kept, spec, schema)
    rank_old_news_lower(kept, schema, spec, published)
    return kept


NAME_LABELS = {"ORG", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}


def _inside_a_name(trigger: Span) -> bool:
    """ "the Global Coalition to Counter ISIL", "the Attack Prevention Act": a trigger word inside
    a longer name of an organisation, law or work names it; it reports no event."""
    label = trigger[0].ent_type_
    if label not in NAME_LABELS or any(t.ent_type_ != label for t in trigger):
        return False
    doc = trigger.doc
    start, end = trigger.start, trigger.end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > len(trigger)


WORD_PREFIXES = {"anti", "counter", "post", "pre", "non", "mock", "ex"}


def _part_of_a_longer_word(trigger: Span) -> bool:
    """ "counter-terrorism exercise", "anti-riot police", "post-attack": a trigger word that is
    only part of a hyphenated word names something else."""
    text = doc_text(trigger.doc)
    start, end = trigger.start_char, trigger.end_char
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True
    if start >= 2 and text[start - 1] == "-":
        prefix = text[max(start - 9, 0) : start - 1].split()[-1:] or [""]
        return prefix[0].lower() in WORD_PREFIXES
    return False


def _inside_a_date(trigger: Span, ctx: ArticleContext) -> bool:
    """ "On March 3": a trigger word that is part of a date expression (the month, not a march)."""
    start, end = trigger.start_char, trigger.end_char
    return any(d.start <= start and end <= d.end for d in ctx.dates)


def suggest_doc(
    doc: Doc,
    published: date | None,
    schema: Schema,
    *,
    aliases: Iterable[tuple[str, str]] | None = None,
    max_events: int = 5,
    threshold: float | None = None,
    learned: Knowledge | None = None,
) -> list[EventRecord]:
    """Suggestions for a Doc already run through a pipeline with the rule components.

    ``learned``: what this database's confirmations taught (places, trigger words, the event-type
    classifier, :mod:`annotator.nlp.knowledge`); places go into the doc and triggers into the
    schema before the rules run, and the classifier refines the ranked records after them.
    """
    if learned is not None:
        schema = learned.apply(doc, schema)
    ranked = rank_candidates(doc, published, schema, aliases=aliases)
    kept = above_threshold(ranked, resolve_suggest_threshold(threshold), max_events)
    records = [
        EventRecord(
            values=c.values, evidence=c.evidence, annotator="", status="suggested",
            confidence=c.confidence, schema=None,
        )
        for c in kept
    ]
    # Unlocated "village of X" places take their country; the learned classifier's event type.
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
