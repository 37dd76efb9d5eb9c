"""Annotator JSONL export: the format that round-trips through import unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from annotator.db.engine import Database
from annotator.exporters.base import (
    ExportFilters,
    ExportResult,
    ExportTally,
    ProgressCallback,
    atomic_output,
    filtered_articles,
)
from annotator.interchange import dumps_article


def export_jsonl(
    db: Database,
    out: Path,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    tally: ExportTally | None = None,
    **_ignored: object,
) -> ExportResult:
    articles = events = 0
    everything = dataclasses.replace(filters, keep_sources=True)  # the complete interchange format
    with atomic_output(out) as handle:
        for record in filtered_articles(db, everything, progress, tally=tally):
            handle.write(dumps_article(record))
            handle.write("\n")
            articles += 1
            events += len(record.events)
    return ExportResult(Path(out), articles, events)
