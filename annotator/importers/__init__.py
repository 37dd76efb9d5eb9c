"""Importers: every input format becomes Annotator records, stored by one shared loop.

``run_import`` is the one entry point for the CLI and the window. Each format is one module with
one reader, registered in ``READERS`` (by format name) and ``SUFFIXES`` (by file suffix).
Whatever a file holds, the run goes on: a bad record, a bad file or even a reader failure becomes
a rejection naming the file and line, and nothing stored earlier changes.
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
    RecordStream,
    Rejection,
    store_records,
)
from annotator.importers.brat import has_brat_annotations, read_brat
from annotator.importers.csvfile import read_csv
from annotator.importers.doccano import read_doccano_jsonl
from annotator.importers.html import read_html
from annotator.importers.jsonl import read_annotator_jsonl
from annotator.importers.labelstudio import read_labelstudio_json
from annotator.importers.prodigy import read_prodigy_jsonl
from annotator.importers.streams import InputFile, binary_evidence
from annotator.importers.txt import read_txt
from annotator.interchange import ArticleRecord, RecordError

__all__ = [
    "ImportOptions", "ImportProgress", "ImportReport", "Rejection", "run_import", "READERS", "SUFFIXES",
]

# format name -> reader; file suffix -> format name. Readers for other formats register here.
READERS: dict[str, Reader] = {
    "jsonl": read_annotator_jsonl,
    "prodigy": read_prodigy_jsonl,
    "txt": read_txt,
    "csv": read_csv,
    "html": read_html,
    "brat": read_brat,
    "doccano": read_doccano_jsonl,
    "labelstudio": read_labelstudio_json,
}
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "txt",
    ".text": "txt",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".ann": "brat",
    ".json": "labelstudio",
}


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the importable files inside folders (sorted, so imports are repeatable)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not has_brat_annotations(child):
                    yield child  # a brat .txt comes in with its .ann
        else:
            yield path


def detect_format(path: Path, options: ImportOptions) -> str | None:
    if options.format:
        return options.format
    if has_brat_annotations(path):
        return "brat"
    return SUFFIXES.get(path.suffix.lower())


def _file_problem(path: Path, fmt: str | None) -> Rejection | None:
    """Whole-file problems found before any reader runs."""
    if not path.is_file():
        return Rejection(str(path), None, "no such file" if not path.exists() else "not a file")
    if path.stat().st_size == 0 and not (fmt == "brat" and path.suffix.lower() == ".ann"):
        return Rejection(str(path), 1, "file is empty")  # an empty .ann: a text nobody annotated
    nul_line = binary_evidence(path)
    if nul_line is not None:
        return Rejection(str(path), nul_line, "binary file (NUL byte), not text; nothing imported")
    if fmt not in READERS:
        return Rejection(str(path), None, f"unknown format {fmt or path.suffix!r}; use --format "
                         f"({', '.join(sorted(READERS))})")
    return None


def _guarded(records: RecordStream, source: str) -> RecordStream:
    """Turn a reader's unexpected failure into a rejection at the line it had reached."""
    line = 0
    try:
        for line, record in records:
            yield line, record
    except Exception as exc:  # a reader bug or an I/O error must not abort the whole run
        where = line + 1 if line else 1
        yield where, RecordError(source, where, f"reading stopped: {type(exc).__name__}: {exc}")


def _with_defaults(records: RecordStream, options: ImportOptions, report: ImportReport) -> RecordStream:
    """Give records without a publication date or source, and events without a status or an
    annotator, the run's defaults; count the events that got one, for the report."""
    for line, record in records:
        if isinstance(record, ArticleRecord):
            if record.published is None:
                record.published = options.default_published
            if not record.source:
                record.source = options.default_source
            for event in record.events:
                if "status" in event.unset:
                    event.status = options.default_status
                    report.status_assumed += 1
                if "annotator" in event.unset or not event.annotator:
                    event.annotator = report.default_annotator
                    report.annotator_assumed += 1
        yield line, record


def run_import(
    db: Database,
    paths: Iterable[str | Path],
    *,
    analyst: str | None = None,
    options: ImportOptions | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    options = options or ImportOptions()
    total = ImportReport(default_status=options.default_status,
                         default_annotator=options.default_annotator or analyst or "unknown")
    files = list(expand_paths(paths))
    sizes = [p.stat().st_size if p.is_file() else 0 for p in files]
    run_total = sum(sizes)
    run_done = 0
    for path, size in zip(files, sizes, strict=True):
        fmt = detect_format(path, options)
        problem = _file_problem(path, fmt)
        if problem is not None:
            total.rejected.append(problem)
            total.files += 1
            run_done += size
            continue
        file = InputFile(path)
        on_record = None
        if progress is not None:
            def on_record(report: ImportReport, file: InputFile = file, before: int = run_done) -> None:
                done = file.bytes_read
                progress(ImportProgress(file.path, done, file.size, report, before + done, run_total))

        assumed = ImportReport(default_status=total.default_status, default_annotator=total.default_annotator)
        report = store_records(
            db,
            _with_defaults(_guarded(READERS[fmt or ""](file, options), str(path)), options, assumed),
            source=str(path),
            analyst=analyst,
            schema=options.schema,
            on_record=on_record,
        )
        run_done += size
        report.status_assumed, report.annotator_assumed = assumed.status_assumed, assumed.annotator_assumed
        report.default_status, report.default_annotator = assumed.default_status, assumed.default_annotator
        if progress is not None:
            progress(ImportProgress(path, size, size, report, run_done, run_total))
        total.merge(report)
    return total
