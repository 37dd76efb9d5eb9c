"""Fuzzing the readers through run_import: random bytes and structured-but-wrong records never
raise, and every rejection names the file and a line that exists."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.db.engine import Database, open_database
from annotator.importers import ImportOptions, ImportReport, run_import
from annotator.importers.cleaning import clean_text
from annotator.schema import Schema, load_schema

ACLED = load_schema("acled")

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "50")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_names = itertools.count()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    """One database for all examples of a module: only relative counts are checked."""
    folder = tmp_path_factory.mktemp("fuzz")
    database = open_database(str(folder / "fuzz.sqlite3"))
    yield database, folder
    database.dispose()


def _import(
    fuzz_db: tuple[Database, Path], suffix: str, data: bytes, fmt: str | None = None, schema: Schema | None = None
) -> tuple[Path, ImportReport]:
    db, folder = fuzz_db
    path = folder / f"input-{next(_names)}{suffix}"
    path.write_bytes(data)
    report = run_import(db, [path], options=ImportOptions(format=fmt, schema=schema))
    return path, report


def _check_rejections(path: Path, report: ImportReport, data: bytes) -> None:
    lines = max(1, data.count(b"\n") + (0 if data.endswith(b"\n") else 1))
    for rejection in report.rejected:
        assert rejection.source == str(path)
        assert isinstance(rejection.line, int) and 1 <= rejection.line <= lines, rejection
        assert str(rejection).startswith(f"{path}:{rejection.line}: ")


# Bytes that look like the formats: JSON punctuation, quotes, newlines, NUL, bad UTF-8.
hostile_bytes = st.lists(
    st.one_of(
        st.binary(max_size=40),
        st.sampled_from([b"{", b"}", b"[", b"]", b'"', b",", b":", b"\n", b"\r\n", b"\x00", b"\xff",
                         b"\xc3", b"\xef\xbb\xbf", b'"text"', b'"events"', b"null", b"text,title\n",
                         b"[fvplayer]", b"<script>", b"\xfe\xff", b"\\u0000"]),
        st.text(max_size=40).map(lambda s: s.encode("utf-8", "surrogatepass")),
    ),
    max_size=30,
).map(b"".join)


@FUZZ
@given(data=hostile_bytes, suffix=st.sampled_from([".jsonl", ".csv", ".txt"]))
def test_random_bytes_never_crash(fuzz_db: tuple[Database, Path], data: bytes, suffix: str) -> None:
    path, report = _import(fuzz_db, suffix, data)
    _check_rejections(path, report, data)
    if suffix == ".txt":  # one file is one article: imported, duplicate or one rejection
        assert report.imported + report.duplicates + report.rejected_count == 1


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**6, max_value=10**6),
    st.floats(allow_nan=False), st.text(max_size=20),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
spans = st.fixed_dictionaries(
    {"field": st.one_of(st.sampled_from(["actor1", "trigger", ""]), json_values),
     "start": st.one_of(st.integers(-5, 60), json_values),
     "end": st.one_of(st.integers(-5, 60), json_values)},
    optional={"text": st.one_of(st.text(max_size=10), json_values)},
)
events = st.fixed_dictionaries(
    {},
    optional={
        "status": st.one_of(st.sampled_from(["draft", "confirmed", "gold", "approved"]), json_values),
        "annotator": st.one_of(st.text(max_size=8), json_values),
        "confidence": st.one_of(st.floats(0, 1), json_values),
        "event_type": st.one_of(st.sampled_from(["Battles", "Protests"]), json_values),
        "evidence": st.one_of(st.lists(spans, max_size=3), json_values),
    },
)
articles = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "title": st.one_of(st.text(max_size=20), json_values),
        "published": st.one_of(st.sampled_from(["2024-05-01", "2024-13-45", "", "yesterday"]), json_values),
        "text": st.one_of(st.text(min_size=1, max_size=60), json_values),
        "events": st.one_of(st.lists(events, max_size=3), json_values),
        "meta": st.one_of(st.dictionaries(st.sampled_from(["title", "url", "published", "id"]), json_values), json_values),
    },
)


@FUZZ
@given(records=st.lists(st.one_of(articles, json_values), min_size=1, max_size=8),
       fmt=st.sampled_from([None, "prodigy"]), with_schema=st.booleans())
def test_wrong_json_records_each_get_one_outcome(
    fuzz_db: tuple[Database, Path], records: list[Any], fmt: str | None, with_schema: bool
) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    path, report = _import(fuzz_db, ".jsonl", data, fmt, ACLED if with_schema else None)
    _check_rejections(path, report, data)
    # Every line is exactly one of: imported, duplicate (same text as before), rejected at its line.
    assert report.imported + report.duplicates + report.rejected_count == len(lines)
    assert len({r.line for r in report.rejected}) == report.rejected_count


cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(['"', ",", "\n", "\r", " ", "\t", "\x00"]),
    max_size=40,
)


@FUZZ
@given(rows=st.lists(st.tuples(cells, cells), min_size=1, max_size=8))
def test_csv_rows_keep_their_line_numbers(fuzz_db: tuple[Database, Path], rows: list[tuple[str, str]]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["title", "text"])
    starts: list[int] = []
    for row in rows:
        starts.append(out.getvalue().count("\n") + 1)
        writer.writerow(row)
    data = out.getvalue().encode("utf-8")
    path, report = _import(fuzz_db, ".csv", data)
    _check_rejections(path, report, data)
    expected_bad, blank = [], 0
    for line, cells_ in zip(starts, rows, strict=True):
        if any("\x00" in cell for cell in cells_):
            expected_bad.append(line)  # rejected: NUL byte
        elif not any(cell.strip() for cell in cells_):
            blank += 1  # an empty row (",") is skipped silently, as spreadsheets write them
        elif not clean_text(cells_[1].strip()):
            expected_bad.append(line)  # rejected: no text
    assert sorted(r.line for r in report.rejected) == expected_bad
    assert report.imported + report.duplicates == len(rows) - len(expected_bad) - blank
