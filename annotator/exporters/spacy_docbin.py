"""spaCy export: ``train.spacy`` and ``dev.spacy`` DocBins for ``spacy train``.

Tokens come from ``spacy.blank("en")`` (no model needed). Each evidence span becomes a span in
``doc.spans["sc"]`` (for spancat; overlaps allowed) and, where spans do not overlap, an entity in
``doc.ents`` (for ner; the longest span wins, then the earliest). Spans are widened to token
boundaries (``alignment_mode="expand"``). Labels follow :mod:`annotator.formats.labels`. The
events themselves (field values, who coded them, evidence with the original character offsets)
are kept in ``doc.user_data["events"]``, with the article's id, title, source, url and date.

Spans can be longer than spancat's default suggester (n-grams of 1 to 3 tokens) proposes: a
trigger such as "captured the town of Wendo" has 5 tokens. The export notes the longest span, so
the training config can use ``spacy.ngram_range_suggester.v1`` with ``max_size`` at least that.

Articles are split by shuffling them with ``random.Random(seed)``: the same database, split and
seed give the same files. Articles without any exported event are left out.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from annotator.db.engine import Database
from annotator.exporters.base import (
    ExportedArticle,
    ExportFilters,
    ExportResult,
    ExportTally,
    ProgressCallback,
    atomic_directory,
    iter_export_articles,
)
from annotator.formats.labels import span_label
from annotator.schema import Schema, load_schema

TRAIN_FILE = "train.spacy"
DEV_FILE = "dev.spacy"
SPAN_KEY = "sc"


def article_doc(nlp: Any, article: ExportedArticle, schema: Schema) -> Any:
    """A Doc of the article text with its evidence as spans, entities and user data."""
    from spacy.util import filter_spans

    doc = nlp.make_doc(article.text)
    seen: dict[tuple[int, int, str], Any] = {}
    for event in article.events:
        for span in event.evidence:
            label = span_label(schema, span.field, event.values)
            aligned = doc.char_span(span.start, span.end, label=label, alignment_mode="expand")
            if aligned is None or len(aligned) == 0:  # whitespace only: no token to label
                continue
            seen.setdefault((aligned.start, aligned.end, label), aligned)
    spans = [seen[key] for key in sorted(seen)]
    doc.spans[SPAN_KEY] = spans
    doc.ents = filter_spans(spans)
    doc.user_data["id"] = article.id
    doc.user_data["title"] = article.title
    doc.user_data["source"] = article.source
    doc.user_data["url"] = article.url
    doc.user_data["published"] = article.published.isoformat() if article.published else None
    doc.user_data["events"] = [event.to_json() for event in article.events]
    return doc


def split_indices(count: int, split: float, seed: int) -> tuple[list[int], list[int]]:
    """Train and dev positions: a seeded shuffle, ``round(count * split)`` to train.

    With two or more documents and ``split < 1`` the dev set is never empty (``spacy train``
    needs one), and with ``split > 0`` neither is the training set.
    """
    if not 0.0 <= split <= 1.0:
        raise ValueError(f"split must be between 0 and 1, got {split}")
    order = list(range(count))
    random.Random(seed).shuffle(order)
    n_train = round(count * split)
    if count >= 2 and split < 1.0:
        n_train = min(n_train, count - 1)
    if count >= 1 and split > 0.0:
        n_train = max(n_train, 1)
    return sorted(order[:n_train]), sorted(order[n_train:])


def _docs(n: int) -> str:
    return f"{n} doc{'' if n == 1 else 's'}"


def export_spacy(
    db: Database,
    out: Path,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    tally: ExportTally | None = None,
    schema: Schema | None = None,
    split: float = 0.8,
    seed: int = 0,
    **_ignored: object,
) -> ExportResult:
    import spacy
    from spacy.tokens import DocBin

    schema = schema or load_schema("acled")
    nlp = spacy.blank("en")
    docs = []
    events = 0
    for article in iter_export_articles(db, filters, progress, skip_empty=True, tally=tally):
        docs.append(article_doc(nlp, article, schema))
        events += len(article.events)
    train, dev = split_indices(len(docs), split, seed)
    longest = max((len(span) for doc in docs for span in doc.spans[SPAN_KEY]), default=0)
    with atomic_directory(out) as folder:
        for name, positions in ((TRAIN_FILE, train), (DEV_FILE, dev)):
            doc_bin = DocBin(store_user_data=True, docs=[docs[i] for i in positions])
            (folder / name).write_bytes(doc_bin.to_bytes())
    notes = [f"longest span: {longest} tokens; give spancat a suggester that covers it, e.g. "
             f"[components.spancat.suggester] @misc = \"spacy.ngram_range_suggester.v1\" "
             f"min_size = 1 max_size = {longest}"] if longest > 3 else []
    notes.append(f"{TRAIN_FILE}: {_docs(len(train))}, {DEV_FILE}: {_docs(len(dev))} (split {split}, seed {seed})")
    return ExportResult(Path(out), len(docs), events, notes)
