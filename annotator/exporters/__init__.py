"""Exporters: gold datasets out in the formats other tools read. ``export`` is the entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.db.engine import Database
from annotator.exporters.acled_csv import export_csv
from annotator.exporters.base import (
    ExportFilters,
    ExportResult,
    ExportTally,
    ProgressCallback,
    nothing_exported_note,
)
from annotator.exporters.brat import export_brat
from annotator.exporters.jsonl import export_jsonl
from annotator.exporters.prodigy import export_prodigy
from annotator.exporters.spacy_docbin import export_spacy

Exporter = Callable[..., ExportResult]

# format name -> exporter(db, out, filters, progress=..., **options)
EXPORTERS: dict[str, Exporter] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "spacy": export_spacy,
    "prodigy": export_prodigy,
    "brat": export_brat,
}
# Formats written as a folder rather than one file.
FOLDER_FORMATS = frozenset({"spacy", "brat"})


def export(
    db: Database,
    fmt: str,
    out: str | Path,
    filters: ExportFilters | None = None,
    progress: ProgressCallback | None = None,
    **options: object,
) -> ExportResult:
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ValueError(f"unknown export format {fmt!r}; choose from {sorted(EXPORTERS)}")
    filters = filters or ExportFilters()
    tally = ExportTally()
    result = exporter(db, Path(out), filters, progress=progress, tally=tally, **options)
    result.notes.extend(tally.notes())
    if not result.events:
        result.notes.append(nothing_exported_note(db, filters))
    return result


__all__ = ["EXPORTERS", "FOLDER_FORMATS", "ExportFilters", "ExportResult", "export"]
