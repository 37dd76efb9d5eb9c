"""Who a report says did it, when the incident's own words do not name them.

"A teenage girl detonated explosives at a market in Mora ... Authorities blamed Boko Haram":
the bombing's sentence names no group, the next one does. An analyst codes the group the report
blames or that claims the act (ACLED: the perpetrator as reported), so a suggestion whose agent is
unidentified or empty takes a known armed group that a sentence at or just after it blames,
accuses, or names as claiming the act. Only dictionary groups (not a word like "militants") and
only groups that act by arms; protests and riots are never attributed this way.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from annotator.interchange import EvidenceSpan
from annotator.nlp.candidates import PROTEST_TYPES, RIOT_TYPES, Candidate
from annotator.nlp.context import ArticleContext
from annotator.nlp.mentions import Mention
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
