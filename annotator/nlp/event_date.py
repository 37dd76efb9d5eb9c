"""When a candidate event happened: the date its words give, not the date its report was made.

The date tied to the trigger by the parse comes first, then the nearest in its sentence; a date
on a reporting verb ("the ministry said on Tuesday") only when nothing else dates the act, and
the publication date when nothing in the sentence does. Dates counted from another ("a day
after seizing it", :mod:`annotator.nlp.dates`) date only the act they introduce.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from annotator.nlp.context import ArticleContext, nearest, within
from annotator.nlp.dates import DateMention
from annotator.nlp.nameindex import doc_text
from annotator.schema import Schema


def _dates_trigger(ctx: ArticleContext, mention: DateMention, trigger: Span) -> bool:
    """Whether a date may be the trigger's: "a day after seizing it" dates only what follows
    "after" (the seizing), not the sentence's own verb."""
    if not mention.introduces:
        return True
    if not ctx.has_parse:
        return False
    words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    after = words[-1]
    return trigger.root.i in {t.i for t in after.subtree} and trigger.root.i not in range(words.start, words.end)


# The remarks a stand-in date leaves in the suggestion's notes (grouping drops them when another
# mention of the incident tells the date).
PUBLICATION_NOTE = "no date near the trigger: the publication date is used (precision 2)"
REPORTED_NOTE = "the date is when it was reported"
CARRIED_NOTE = "date carried from an earlier sentence"
STAND_IN_NOTES = (PUBLICATION_NOTE, REPORTED_NOTE, CARRIED_NOTE)

CLAUSE_DEPS = {"relcl", "acl", "advcl"}
# Participles that say who someone is, not what they did then: "two men suspected of cattle theft
# in Gulu on Sunday" dates the act the sentence tells.
DESCRIBING_PARTICIPLES = {"suspect", "accuse", "believe", "allege", "know", "want", "link", "tie", "blame", "say"}


def _in_another_clause(words: Span, trigger: Span) -> bool:
    """ "Fighters who seized the town in May 2015 withdrew": a date inside a clause that hangs
    from the trigger's phrase (a relative clause, a participle) dates that clause's verb."""
    token = words.root
    while token.i != trigger.root.i and token.head.i != token.i:
        if (
            token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX") and not (trigger.start <= token.i < trigger.end)
            and not (token.dep_ == "acl" and token.lemma_.lower() in DESCRIBING_PARTICIPLES)
        ):
            return True
        token = token.head
    return False


REPORTING_VERBS = {"say", "tell", "announce", "report", "confirm", "add", "state", "claim", "write", "post", "quote"}


def _date_of_the_report(ctx: ArticleContext, mention: DateMention, trigger: Span) -> bool:
    """ "..., the ministry said on Tuesday": a date on a reporting verb dates the report, not
    the act it reports (unless the trigger is that verb)."""
    words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    # "said on Monday it had killed": right after the verb, whatever the parser attached it to.
    before = ctx.doc[words.start - 1] if words.start > 0 else None
    for verb in (words.root.head, before):
        if (
            verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS
            and not (trigger.start <= verb.i < trigger.end)
        ):
            return True
    return False


def _told_before(ctx: ArticleContext, sent: Span) -> DateMention | None:
    """The last date of the paragraph before this sentence (none across a blank line)."""
    before = [d for d in ctx.dates if d.end <= sent.start_char]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    return None if "\n\n" in doc_text(ctx.doc)[last.end : sent.start_char] else last


def fill_date(
    ctx: ArticleContext, trigger: Span, sent: Span, schema: Schema, values: dict[str, Any], ev: Any,
    notes: list[str],
) -> bool:
    """The date tied to the trigger, else nearest in the sentence (a report's own date last),
    else the publication date.

    Returns True when the publication date, or the date the act was reported, had to stand in:
    either says when it was known, not when it happened.
    """
    date_field = schema.date_field
    if not date_field:
        return False
    prec_field = schema.precision_field
    in_sent = [d for d in ctx.dates if within(sent, d.start, d.end) and _dates_trigger(ctx, d, trigger)]
    chosen: DateMention | None = None
    if in_sent and ctx.has_parse:
        subtree = {t.i for t in trigger.root.subtree}
        spans = {d: ctx.doc.char_span(d.start, d.end, alignment_mode="expand") for d in in_sent}
        # A date in a clause hanging from the trigger's phrase is that clause's, not the trigger's.
        in_sent = [d for d in in_sent if (s := spans[d]) is None or not (s.root.i in subtree and _in_another_clause(s, trigger))]
        tied = [d for d in in_sent if (s := spans[d]) is not None and s.root.i in subtree]
        chosen = nearest([d for d in tied if not _date_of_the_report(ctx, d, trigger)], trigger)
    reported = False
    if chosen is None:
        told = [d for d in in_sent if not (ctx.has_parse and _date_of_the_report(ctx, d, trigger))]
        chosen = nearest(told, trigger)
        if chosen is None:
            chosen = nearest(in_sent, trigger)
            reported = chosen is not None
    if chosen is not None:
        if chosen.value is not None:
            values[date_field] = chosen.value.isoformat()
            if prec_field:
                values[prec_field] = chosen.precision
            if reported:
                notes.append(f"{REPORTED_NOTE} ({chosen.text!r}): it happened then or before")
        else:
            notes.append(f"date left empty: {chosen.note} ({chosen.text!r})")
        ev(date_field, chosen.start, chosen.end)
        return reported
    told = _told_before(ctx, sent)
    if told is not None and told.value is not None:
        # "... on Monday, killing six. Separately, two people died when shells hit Sarmin": a
        # paragraph's date carries on to its next sentences, as a reader takes it.
        values[date_field] = told.value.isoformat()
        if prec_field:
            values[prec_field] = told.precision
        notes.append(f"{CARRIED_NOTE} ({told.text!r})")
        ev(date_field, told.start, told.end)
        return True
    if ctx.published is not None:
        values[date_field] = ctx.published.isoformat()
        if prec_field:
            values[prec_field] = 2
        notes.append(PUBLICATION_NOTE)
        return True
    notes.append("date left empty: the article has no published date to resolve against")
    return False
