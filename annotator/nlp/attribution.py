"""Who a report says did it, when the incident's own words do not name them.

"A teenage girl detonated explosives at a market in Mora ... Authorities blamed Boko Haram":
the bombing's sentence names no group, the next one does. An analyst codes the group the report
blames or that claims the act (ACLED: the perpetrator as reported), so a suggestion whose agent is
unidentified or empty takes a known armed group that a sentence at or just after it blames,
accuses, or names as claiming the act. Only dictionary groups (not a word like "militants") and
only groups that act by arms; protests and riots are never attributed this way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Token

from annotator.interchange import EvidenceSpan
from annotator.nlp.actors import fill_country
from annotator.nlp.candidates import PROTEST_TYPES, RIOT_TYPES, Candidate, sub_type_field
from annotator.nlp.context import ArticleContext
from annotator.nlp.mentions import Mention
from annotator.nlp.nameindex import doc_text
from annotator.schema import Schema
from annotator.schema_roles import SuggestSpec

BLAMING_VERBS = {"blame", "accuse", "attribute", "claim"}
NON_STATE_ARMED = {2, 3, 4}  # rebels, political and identity militias (ACLED inter codes)
REACH_SENTENCES = 1  # the blame may come in the incident's sentence or the next one


def _blamed(ctx: ArticleContext) -> list[tuple[int, Mention]]:
    """(sentence index, group) for every known armed group a verb of blame or claim names."""
    out = []
    starts = [s.start for s in ctx.sentences]
    for m in ctx.actors:
        if not m.known or m.inter not in NON_STATE_ARMED:
            continue
        verb = _governing_blame(m.span.root)
        if verb is not None:
            sent_index = max(i for i, start in enumerate(starts) if start <= verb.i)
            out.append((sent_index, m))
    return out


def _governing_blame(token: Token) -> Token | None:
    """The blame verb ``token`` is the object of ("blamed Boko Haram", "accused the ADF"), or
    the claimer of ("JNIM claimed the attack"), if any."""
    head = token.head
    if head.pos_ == "ADP" and head.lower_ in ("on", "to"):  # "blamed it on X", "attributed to X"
        head = head.head
    if head.lemma_.lower() not in BLAMING_VERBS:
        return None
    if head.lemma_.lower() == "claim":
        return head if token.dep_ == "nsubj" else None
    return head if token.dep_ in ("dobj", "pobj") else None


def _named(ctx: ArticleContext, c: Candidate, agent: str) -> bool:
    """Whether the agent's words name someone ("JNIM", "the Kenyan army"), not only describe
    them ("jihadists", "suspected insurgents")."""
    for e in c.evidence:
        if e.field != agent:
            continue
        words = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if words is None or any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in words):
            return True
    return False


def attribute_blame(
    ctx: ArticleContext, candidates: Iterable[Candidate], spec: SuggestSpec, type_field: str,
) -> None:
    """Give candidates with no named agent the armed group the report blames nearby."""
    agent = spec.field_for("agent")
    if not agent or not ctx.has_parse:
        return
    blamed = _blamed(ctx)
    if not blamed:
        return
    unnamed = [r for r in spec.naming if r.unnamed]
    for c in candidates:
        if c.values.get(type_field) in PROTEST_TYPES | RIOT_TYPES:
            continue
        value = c.values.get(agent)
        if value and not any(r.names(str(value)) for r in unnamed) and _named(ctx, c, agent):
            continue
        told_in = {m.sentence_index for m in (c, *c.merged)}
        group = next(
            (m for i, m in blamed if any(0 <= i - s <= REACH_SENTENCES for s in told_in)), None
        )
        if group is None:
            continue
        c.values[agent] = group.key
        text = ctx.doc[group.span.start : group.span.end]
        c.evidence.append(EvidenceSpan(agent, text.start_char, text.end_char, text.text))


def name_the_unclaimed(ctx: ArticleContext, candidates: Iterable[Candidate], spec: SuggestSpec, schema: Schema) -> None:
    """An act of the schema's ``unclaimed`` types that nobody is named as doing ("five drivers
    were shot dead at a taxi rank") gets the schema's name for an unidentified side (ACLED:
    Unidentified Armed Group (X)), as an analyst codes an unknown perpetrator. Its words, when
    the report describes the doers ("the gunmen"), are the evidence; a note says it is inferred."""
    agent = spec.field_for("agent")
    unnamed = next((r for r in spec.naming if r.unnamed), None)
    if not spec.unclaimed or not agent or unnamed is None:
        return
    type_field = schema.trigger_label_field or "event_type"
    sub_field = sub_type_field(schema, type_field)
    country_field = spec.place.get("country")
    starts = [s.start_char for s in ctx.sentences]
    for c in candidates:
        kinds = {c.values.get(type_field), c.values.get(sub_field) if sub_field else None}
        if c.values.get(agent) or not kinds & spec.unclaimed:
            continue
        country = str(c.values.get(country_field) or "") if country_field else ""
        if "{country}" in unnamed.name and not country:
            continue
        c.values[agent] = fill_country(unnamed.name, country)
        told_in = {m.sentence_index for m in (c, *c.merged)}
        doers = [
            m for m in ctx.actors
            if any(0 <= bisect_right(starts, m.start) - 1 - s <= REACH_SENTENCES for s in told_in)
            and (m.key == unnamed.name or m.span.root.lower_ in unnamed.nouns)
        ]
        if doers:
            words = doers[0]
            c.evidence.append(EvidenceSpan(agent, words.start, words.end, doc_text(ctx.doc)[words.start : words.end]))
        c.remark(f"{agent}: the report names no one as the doer", spec.notes)
