"""Annotator JSONL carries everything: export, import elsewhere, export again gives the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

from export_testdata import all_records, load_records

from annotator.cli.main import main

ALL = "suggested,draft,confirmed,gold"


def test_awkward_records_round_trip_byte_for_byte(tmp_path: Path) -> None:
    records = all_records()
    first_db, second_db = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    load_records(first_db, records, tmp_path)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert main(["--db", str(first_db), "export", "--out", str(first), "--status", ALL, "--quiet"]) == 0
    expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    # Unknown keys, every status, a character outside the BMP and exact offsets all survive.
    assert first.read_text(encoding="utf-8") == expected
    assert main(["--db", str(second_db), "import", str(first), "--quiet"]) == 0
    assert main(["--db", str(second_db), "export", "--out", str(second), "--status", ALL, "--quiet"]) == 0
    assert second.read_bytes() == first.read_bytes()
