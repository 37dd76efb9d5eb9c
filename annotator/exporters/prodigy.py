"""Prodigy export: one JSONL task per article, as ``spans.manual`` / ``rel.manual`` write them.

Each task has ``text``, ``tokens`` (``text, start, end, id, ws`` from ``spacy.blank("en")``),
``spans`` (``start, end, token_start, token_end, label``; token_end inclusive, as in Prodigy;
evidence widened to token boundaries; one span per distinct offsets and label), ``relations``
(from each event's trigger to each of its other evidence spans, ``label`` = the field name such
as ``actor1``; ``head``/``child`` are token indices, see :func:`relation_ends`), ``meta`` (article id, title,
source, url, published), ``events`` (every event in Annotator JSONL form, so nothing coded is
lost), ``answer: "accept"``, and deterministic hashes:

- ``_input_hash``: the first 4 bytes of SHA-256 of the text, as a signed 32-bit integer;
- ``_task_hash``: the same over ``_input_hash`` and the JSON of spans and relations.

Prodigy itself uses murmurhash over chosen keys; these values are stable across runs and
machines, which is what its de-duplication needs from them.

Spans may overlap (a trigger "captured the town of Wendo" contains its location "Wendo"): that
suits ``spans.manual`` and spancat, not ``ner.manual`` or ``doc.ents``. The export notes how many
tasks have overlapping spans.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from annotator.db.engine import Database
from annotator.exporters.base import (
    ExportedArticle,
    ExportFilters,
    ExportResult,
    ExportTally,
    ProgressCallback,
    atomic_output,
    iter_export_articles,
)
from annotator.formats.labels import TRIGGER, span_label
from annotator.schema import Schema, load_schema


def stable_hash(text: str) -> int:
    """A signed 32-bit integer from SHA-256: the same on every run and machine."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big", signed=True)


def relation_ends(
    head: dict[str, Any], child: dict[str, Any], ends_taken: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The ``head`` and ``child`` token of a relation: a token of each span that tells them apart.

    Prodigy marks a relation's ends by one token of each span, normally the last. When one span
    contains the other ("captured the town of Wendo" / "Wendo") both last tokens are the same, and
    a relation from a token to itself says nothing. So each end is a token of its span outside the
    other span, preferring one that is not the last token of another span of the task
    (``ends_taken``), so that a reader going from a token to the span ending there finds its own:
    the last token, else the first, else the others in order. None when the two spans cover
    exactly the same tokens: no choice of tokens can tell them apart.
    """
    def pick(span: dict[str, Any], other: dict[str, Any]) -> int | None:
        start, end = span["token_start"], span["token_end"]
        outside = [t for t in (end, start, *range(start + 1, end))
                   if not other["token_start"] <= t <= other["token_end"]]
        own = [t for t in outside if t not in ends_taken]
        return (own or outside or [None])[0]

    head_token, child_token = pick(head, child), pick(child, head)
    if head_token is None and child_token is None:
        return None
    if head_token is None:
        head_token = next(t for t in (head["token_end"], head["token_start"]) if t != child_token)
    if child_token is None:
        child_token = next(t for t in (child["token_end"], child["token_start"]) if t != head_token)
    return head_token, child_token


def article_task(nlp: Any, article: ExportedArticle, schema: Schema) -> dict[str, Any]:
    doc = nlp.make_doc(article.text)
    tokens = [
        {"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
        for t in doc
    ]
    spans: dict[tuple[int, int, str], dict[str, Any]] = {}
    links: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    seen_relations: set[tuple] = set()
    for event in article.events:
        trigger: dict[str, Any] | None = None
        arguments: list[tuple[str, dict[str, Any]]] = []
        for evidence in event.evidence:
            label = span_label(schema, evidence.field, event.values)
            aligned = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
            if aligned is None or len(aligned) == 0:
                continue
            key = (aligned.start_char, aligned.end_char, label)
            span = spans.setdefault(key, {
                "start": aligned.start_char,
                "end": aligned.end_char,
                "token_start": aligned.start,
                "token_end": aligned.end - 1,
                "label": label,
            })
            if evidence.field == TRIGGER and trigger is None:
                trigger = span
            else:
                arguments.append((evidence.field, span))
        if trigger is None:
            continue
        for field, child in arguments:
            rkey = (trigger["start"], trigger["end"], child["start"], child["end"], field)
            if rkey in seen_relations:
                continue
            seen_relations.add(rkey)
            links.append((trigger, child, field))
    relations: list[dict[str, Any]] = []
    for head, child, field in links:
        taken = frozenset(s["token_end"] for s in spans.values() if s is not head and s is not child)
        ends = relation_ends(head, child, taken)
        if ends is None:  # same tokens as the trigger: kept in "events" only
            continue
        relations.append({
            "head": ends[0],
            "child": ends[1],
            "head_span": dict(head),
            "child_span": dict(child),
            "label": field,
        })
    span_list = [spans[k] for k in sorted(spans)]
    input_hash = stable_hash(article.text)
    task_hash = stable_hash(
        f"{input_hash}|" + json.dumps([span_list, relations], sort_keys=True, ensure_ascii=False)
    )
    return {
        "text": article.text,
        "tokens": tokens,
        "spans": span_list,
        "relations": relations,
        "meta": {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
        },
        "events": [event.to_json() for event in article.events],
        "_input_hash": input_hash,
        "_task_hash": task_hash,
        "answer": "accept",
    }


def export_prodigy(
    db: Database,
    out: Path,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    tally: ExportTally | None = None,
    schema: Schema | None = None,
    **_ignored: object,
) -> ExportResult:
    import spacy

    schema = schema or load_schema("acled")
    nlp = spacy.blank("en")
    articles = events = overlapping = 0
    with atomic_output(out) as handle:
        for article in iter_export_articles(db, filters, progress, skip_empty=True, tally=tally):
            task = article_task(nlp, article, schema)
            handle.write(json.dumps(task, ensure_ascii=False))
            handle.write("\n")
            articles += 1
            events += len(article.events)
            overlapping += has_overlap(task["spans"])
    notes = []
    if overlapping:
        notes.append(f"{overlapping} of {articles} tasks have overlapping spans (a trigger containing "
                     "an argument): fine for spans.manual and spancat, not for ner.manual or doc.ents")
    return ExportResult(Path(out), articles, events, notes)


def has_overlap(spans: list[dict[str, Any]]) -> bool:
    """Whether any two spans share a character (spans are sorted by start)."""
    ordered = sorted((s["start"], s["end"]) for s in spans)
    return any(b[0] < a[1] for a, b in zip(ordered, ordered[1:], strict=False))
