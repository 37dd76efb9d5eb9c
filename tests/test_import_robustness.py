"""Hostile and broken input: every case is rejected (or legitimately imported) with file and line,
good records still go in, and nothing stored before changes."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.db.engine import Database
from annotator.importers import READERS, ImportOptions, run_import
from annotator.importers.streams import LineTooLong, iter_lines
from annotator.interchange import ArticleRecord
from annotator.schema import Schema

BROKEN = Path(__file__).parent / "data" / "broken"

# file, forced format, articles imported, [(line, words in the message)] in order.
CORPUS = [
    ("truncated.jsonl", None, 1, [(2, "not valid JSON")]),
    ("wrong_types.jsonl", None, 1, [
        (2, "'text' is missing or not a string"),
        (3, "'events' must be a list"),
        (4, "published must be a date string"),
        (5, "start and end must be whole numbers"),
        (6, "expected a JSON object, got list"),
    ]),
    ("negative_offsets.jsonl", None, 0, [
        (1, "span -5-7 is outside the text"),
        (2, "span 0-125 is outside the text"),
        (3, "span 3-3 is outside the text (length 115) or empty"),
    ]),
    # Overlapping spans are legitimate: one phrase can be evidence for the trigger and for actor1,
    # and a location can be supported by "town of Doro" and by "Doro". They are imported.
    ("overlapping_offsets.jsonl", None, 1, []),
    ("not_json.jsonl", None, 1, [(1, "not valid JSON: Expecting value")]),
    ("nul_bytes.jsonl", None, 0, [(1, "Invalid control character"), (2, "'text' contains a NUL character")]),
    ("mixed_encoding.jsonl", None, 1, [(2, "not valid UTF-8")]),
    ("nul_bytes.txt", None, 0, [(3, "binary content (NUL byte), not text")]),
    ("mixed_encoding.txt", None, 0, [(4, "not valid UTF-8 (byte offset 68)")]),
    ("png_named.txt", None, 0, [(3, "binary file (NUL byte), not text")]),
    ("utf16.txt", None, 1, []),  # UTF-16 with a byte-order mark is text, and is accepted
    ("empty.txt", None, 0, [(1, "file is empty")]),
    ("whitespace.txt", None, 0, [(1, "no article text")]),
    ("latin1.csv", None, 1, [(3, "not valid UTF-8")]),
    ("embedded_newlines.csv", None, 3, [(7, "row has no text")]),
    ("no_text_column.csv", None, 0, [(1, "no 'text' column in the header")]),
    ("script.html", None, 1, []),
    ("nul_in_page.html", None, 0, [(2, "binary content (NUL byte), not an HTML page")]),
    ("binary.bin", None, 0, [(1, "binary file (NUL byte), not text")]),
    # Whatever format is forced, a binary file is one rejection, not one per "line".
    ("binary.bin", "txt", 0, [(1, "binary file (NUL byte), not text")]),
    ("binary.bin", "csv", 0, [(1, "binary file (NUL byte), not text")]),
    ("binary.bin", "jsonl", 0, [(1, "binary file (NUL byte), not text")]),
    ("binary.bin", "html", 0, [(1, "binary file (NUL byte), not text")]),
]


@pytest.mark.parametrize(("name", "fmt", "imported", "expected"), CORPUS,
                         ids=[f"{c[0]}-{c[1] or 'auto'}" for c in CORPUS])
def test_broken_corpus(
    db: Database, acled: Schema, name: str, fmt: str | None, imported: int, expected: list[tuple[int, str]]
) -> None:
    path = BROKEN / name
    report = run_import(db, [path], analyst="ana", options=ImportOptions(format=fmt, schema=acled))
    assert report.imported == imported
    got = [(r.line, r.message) for r in report.rejected]
    assert [line for line, _ in got] == [line for line, _ in expected], got
    for (_, message), (_, words) in zip(got, expected, strict=True):
        assert words in message
    for rejection in report.rejected:
        assert rejection.source == str(path)
        assert str(rejection).startswith(f"{path}:{rejection.line}: ")


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()  # noqa: S608 - fixed names
            for table in ("article", "event", "evidence", "annotator")
        }
    finally:
        con.close()


def test_hostile_inputs_leave_stored_data_unchanged(
    db: Database, db_path: Path, data_dir: Path, acled: Schema, tmp_path: Path
) -> None:
    assert run_import(db, [data_dir / "gold_fixture.jsonl"], options=ImportOptions(schema=acled)).imported == 2
    before = _snapshot(db_path)
    # The gold file again with every line damaged differently, then the whole broken corpus.
    lines = (data_dir / "gold_fixture.jsonl").read_text(encoding="utf-8").splitlines()
    damaged = tmp_path / "damaged.jsonl"
    first = json.loads(lines[0])
    first["events"][0]["evidence"][0]["start"] = -1
    second = json.loads(lines[1])
    second["events"][0]["status"] = "approved"
    damaged.write_text(
        "\n".join([json.dumps(first), json.dumps(second), lines[0][: len(lines[0]) // 2]]) + "\n",
        encoding="utf-8",
    )
    report = run_import(db, [damaged, BROKEN, BROKEN / "binary.bin"], options=ImportOptions(schema=acled))
    assert [r.line for r in report.rejected if r.source == str(damaged)] == [1, 2, 3]
    assert report.imported > 0  # the good records of the corpus went in ...
    after = _snapshot(db_path)
    for table, rows in before.items():  # ... and every row stored before is exactly as it was
        assert after[table][: len(rows)] == rows
    assert len(after["article"]) == len(before["article"]) + report.imported


def test_ten_megabyte_line_is_imported_and_capped_lines_rejected(db: Database, tmp_path: Path) -> None:
    big_text = "Heavy fighting was reported in the north. " * 250_000  # about 10 MB
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "title": "big", "text": big_text, "events": []}) + "\n")
        handle.write('{"text": "truncated\n')
        handle.write(json.dumps({"id": "small", "title": "s", "text": "A small article.", "events": []}) + "\n")
    assert path.stat().st_size > 10_000_000
    report = run_import(db, [path])
    assert report.imported == 2
    assert [(r.line, r.message.split(":")[0]) for r in report.rejected] == [(2, "not valid JSON")]

    capped = ImportOptions(max_line_bytes=1_000_000)
    other = tmp_path / "big2.jsonl"
    other.write_bytes(path.read_bytes().replace(b"A small article.", b"Another small one."))
    report = run_import(db, [other], options=capped)
    assert report.imported == 1  # the small line after the enormous one
    assert report.rejected[0].line == 1 and "longer than 1000000" in report.rejected[0].message


def test_long_lines_are_skipped_in_bounded_memory() -> None:
    data = b"short\n" + b"x" * 300_000 + b"\nafter\nlast-without-newline"
    lines = list(iter_lines(io.BufferedReader(io.BytesIO(data)), limit=1000))
    assert [n for n, _ in lines] == [1, 2, 3, 4]
    assert lines[0][1] == b"short\n" and lines[2][1] == b"after\n" and lines[3][1] == b"last-without-newline"
    assert isinstance(lines[1][1], LineTooLong) and lines[1][1].length == 300_001


def test_large_txt_file_over_the_limit_is_rejected_without_reading(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Headline\n\n" + "words " * 50_000, encoding="utf-8")
    report = run_import(db, [path], options=ImportOptions(max_text_bytes=100_000))
    assert report.imported == 0
    assert report.rejected[0].line == 1 and "articles over 100000 bytes are not read" in report.rejected[0].message
    assert run_import(db, [path]).imported == 1  # under the default limit it is an article


def test_reader_failure_mid_file_becomes_a_rejection(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(file, options):  # type: ignore[no-untyped-def]
        yield 1, ArticleRecord(text="First article survives.", title="First")
        raise OSError("disk went away")

    monkeypatch.setitem(READERS, "flaky", flaky)
    path = tmp_path / "input.dat"
    path.write_text("anything", encoding="utf-8")
    report = run_import(db, [path, BROKEN / "utf16.txt"], options=ImportOptions(format="flaky"))
    assert report.imported == 1
    assert [(r.line, r.message) for r in report.rejected][0] == (2, "reading stopped: OSError: disk went away")


def test_missing_file_and_unknown_format_are_reported(db: Database, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# notes", encoding="utf-8")
    report = run_import(db, [tmp_path / "nope.txt", notes])
    assert [str(r) for r in report.rejected] == [
        f"{tmp_path / 'nope.txt'}: no such file",
        f"{notes}: unknown format '.md'; use --format (brat, csv, doccano, html, jsonl, labelstudio, prodigy, txt)",
    ]


def test_folder_copy_of_corpus_imports_the_good_files(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(BROKEN, folder)
    report = run_import(db, [folder])
    assert report.files == len([p for p in folder.iterdir() if p.suffix != ".bin"])
    assert all(r.line is not None and r.line >= 1 for r in report.rejected)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_huge_line_is_never_held_in_memory(db: Database, tmp_path: Path, suffix: str) -> None:
    import tracemalloc

    path = tmp_path / f"huge{suffix}"
    header = b"text\n" if suffix == ".csv" else b""
    with path.open("wb") as handle:
        handle.write(header)
        for _ in range(24):  # 24 MB on one line, no newline anywhere after it
            handle.write(b"x" * 1_000_000)
    options = ImportOptions(max_line_bytes=1_000_000, max_text_bytes=1_000_000)
    tracemalloc.start()
    try:
        report = run_import(db, [path], options=options)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.imported == 0 and report.rejected_count == 1
    assert report.rejected[0].line == (2 if suffix == ".csv" else 1)
    assert "longer than 1000000" in report.rejected[0].message
    assert peak < 8_000_000, f"peak {peak} bytes while reading a 24 MB line"
