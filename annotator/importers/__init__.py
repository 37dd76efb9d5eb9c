"""Importers: every input format becomes Annotator records, stored by one shared loop.

``run_import`` is the one entry point for the CLI and the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.db.engine import Database
from annotator.importers.base import (
    ImportOptions,
    ImportProgress,
    ImportReport,
    ProgressCallback,
    Reader,
    Rejection,
    store_records,
)
from annotator.importers.jsonl import read_annotator_jsonl

__all__ = ["ImportOptions", "ImportProgress", "ImportReport", "Rejection", "run_import", "READERS"]

# format name -> reader; file suffix -> format name. Readers for other formats register here.
READERS: dict[str, Reader] = {"jsonl": read_annotator_jsonl}
SUFFIXES: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl"}


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the importable files inside folders (sorted, so imports are repeatable)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield child
        else:
            yield path


def detect_format(path: Path, options: ImportOptions) -> str | None:
    if options.format:
        return options.format
    return SUFFIXES.get(path.suffix.lower())


def run_import(
    db: Database,
    paths: Iterable[str | Path],
    *,
    analyst: str | None = None,
    options: ImportOptions | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    options = options or ImportOptions()
    total = ImportReport()
    for path in expand_paths(paths):
        if not path.exists():
            total.rejected.append(Rejection(str(path), None, "no such file"))
            continue
        fmt = detect_format(path, options)
        reader = READERS.get(fmt or "")
        if reader is None:
            total.rejected.append(
                Rejection(str(path), None, f"unknown format {fmt or path.suffix!r}; use --format")
            )
            continue
        size = path.stat().st_size
        on_record = None
        if progress is not None:
            # Readers do not expose byte positions, so progress is by record; files end at 100%.
            def on_record(report: ImportReport, path: Path = path, size: int = size) -> None:
                progress(ImportProgress(path, 0, size, report))

        report = store_records(
            db,
            reader(path, options),
            source=str(path),
            analyst=analyst,
            schema=options.schema,
            on_record=on_record,
        )
        if progress is not None:
            progress(ImportProgress(path, size, size, report))
        total.merge(report)
    return total
