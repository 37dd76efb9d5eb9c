"""Annotator JSONL goes in and comes out unchanged: the contract between all parts."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.cli.main import main


def _canonical(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_fixture_round_trips_byte_for_byte(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "rt.sqlite3"
    source = data_dir / "gold_fixture.jsonl"
    out = tmp_path / "out.jsonl"
    assert main(["--db", str(db), "import", str(source), "--quiet"]) == 0
    assert main(["--db", str(db), "export", "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    assert _canonical(out) == _canonical(source)
    # Same key order as the input, so the files are identical, not just equal as JSON.
    assert out.read_bytes() == source.read_bytes()


def test_reimport_adds_nothing(tmp_path: Path, data_dir: Path, capsys) -> None:
    db = tmp_path / "rt.sqlite3"
    source = data_dir / "gold_fixture.jsonl"
    assert main(["--db", str(db), "import", str(source), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(source), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "0 imported, 2 duplicate, 0 rejected" in out
    assert "0 events added, 4 already present" in out


def test_export_status_filter(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "rt.sqlite3"
    main(["--db", str(db), "import", str(data_dir / "gold_fixture.jsonl"), "--quiet"])
    out = tmp_path / "drafts.jsonl"
    assert main(["--db", str(db), "export", "--out", str(out), "--status", "draft", "--quiet"]) == 0
    records = _canonical(out)
    assert len(records) == 2  # every article is written ...
    assert all(r["events"] == [] for r in records)  # ... with only the events of those statuses


def test_colleague_export_adds_their_events(tmp_path: Path, data_dir: Path) -> None:
    """The same article from a colleague (matched by content hash, not id) gains their events."""
    db = tmp_path / "rt.sqlite3"
    main(["--db", str(db), "import", str(data_dir / "gold_fixture.jsonl"), "--quiet"])
    colleague = tmp_path / "colleague.jsonl"
    lines = []
    for record in _canonical(data_dir / "gold_fixture.jsonl"):
        record["id"] = "their-own-id-" + record["id"]
        for event in record["events"]:
            event["annotator"] = "bea"
        lines.append(json.dumps(record, ensure_ascii=False))
    colleague.write_text("\n".join(lines) + "\n", encoding="utf-8")
    main(["--db", str(db), "import", str(colleague), "--quiet"])
    out = tmp_path / "all.jsonl"
    main(["--db", str(db), "export", "--out", str(out), "--quiet"])
    records = _canonical(out)
    assert len(records) == 2
    annotators = sorted({e["annotator"] for r in records for e in r["events"]})
    assert annotators == ["bea", "gold"]
    assert sum(len(r["events"]) for r in records) == 8
