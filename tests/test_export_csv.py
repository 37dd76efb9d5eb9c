"""CSV export: ACLED's columns, derived codes, nothing dropped, and no formula injection."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from export_testdata import all_records, load_records

from annotator.cli.main import main
from annotator.exporters import acled_codes
from annotator.exporters.acled_csv import (
    ACLED_COLUMNS,
    FORMULA_STARTS,
    NUMERIC_COLUMNS,
    RowMaker,
    columns_for,
    neutralise,
)
from annotator.exporters.base import ExportedArticle, ExportedEvent
from annotator.schema import Schema, load_schema

ALL = "suggested,draft,confirmed,gold"


@pytest.fixture
def rows(tmp_path: Path) -> list[dict[str, str]]:
    db = tmp_path / "csv.sqlite3"
    load_records(db, all_records(), tmp_path)
    out = tmp_path / "events.csv"
    assert main(["--db", str(db), "export", "--format", "csv", "--out", str(out), "--status", ALL, "--quiet"]) == 0
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert header == [*ACLED_COLUMNS, "article_id", "annotator", "status", "evidence"]
        return [dict(zip(header, row, strict=True)) for row in reader]


def _unneutralise(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def test_every_event_and_evidence_span_is_in_the_csv(rows: list[dict[str, str]], acled: Schema) -> None:
    expected = [(r, e) for r in all_records() for e in r["events"]]
    assert len(rows) == len(expected)
    for record, event in expected:
        matches = [
            row for row in rows
            if row["article_id"] == record["id"] and json.loads(row["evidence"]) == event["evidence"]
            and row["annotator"] == event["annotator"] and row["status"] == event["status"]
        ]
        assert len(matches) == 1, (record["id"], event["evidence"])
        row = matches[0]
        for name in acled.field_names:
            value = event[name]
            if name == "fatalities" and value is None:  # ACLED always has an integer here
                assert row[name] == "0"
                assert "fatalities unknown" in row["notes"].lower()
            elif name == "notes" and event["fatalities"] is None:
                assert _unneutralise(row[name]).startswith(value)
            elif name in ACLED_COLUMNS:
                shown = _unneutralise(row[name])
                assert shown == ("" if value is None else str(value)), name


def test_derived_acled_columns(rows: list[dict[str, str]]) -> None:
    by_type = {row["sub_event_type"]: row for row in rows}
    force = by_type["Excessive force against protesters"]
    assert (force["inter1"], force["inter2"], force["interaction"]) == ("1", "6", "16")
    assert force["disorder_type"] == "Political violence; Demonstrations"
    assert force["iso"] == "508" and force["event_id_cnty"].startswith("MOZ")
    assert force["year"] == "2024" and force["fatalities"] == "3"
    assert force["source_scale"] == "National"  # a key the schema lacks, kept from import
    assert force["source"] == "'=Test Wire"  # the article's source, neutralised
    abduction = by_type["Abduction/forced disappearance"]
    assert abduction["civilian_targeting"] == "Civilian targeting" and abduction["inter2"] == "7"
    assert abduction["inter1"] == "" and abduction["interaction"] == ""  # unknown actor type
    assert abduction["fatalities"] == "0"  # zero is a value, not "unknown"
    assert abduction["disorder_type"] == "Political violence"
    peaceful = by_type["Peaceful protest"]
    assert (peaceful["inter1"], peaceful["interaction"], peaceful["civilian_targeting"]) == ("6", "60", "")
    assert peaceful["disorder_type"] == "Demonstrations"
    if acled_codes._dictionary() is not None:  # the actor dictionary knows JNIM: a rebel group
        seized = by_type["Non-state actor overtakes territory"]
        assert (seized["inter1"], seized["inter2"], seized["interaction"]) == ("2", "1", "12")
    kessa = by_type["Government regains territory"]
    assert kessa["country"] == "Mali" and kessa["iso"] == "466" and kessa["admin2"] == ""
    assert len({row["event_id_cnty"] for row in rows}) == len(rows)
    assert all(row["timestamp"].isdigit() for row in rows)


def test_formula_cells_are_neutralised_but_negative_numbers_are_not(rows: list[dict[str, str]]) -> None:
    riot = next(row for row in rows if row["sub_event_type"] == "Violent demonstration")
    assert riot["actor1"] == "'-Rioters (Mozambique)"
    assert riot["actor2"] == "'@market traders"
    assert riot["location"] == "'+Nampula City"
    assert riot["notes"] == "'\tTab-led note\r\nsecond line (fatalities unknown)"
    assert (riot["latitude"], riot["longitude"]) == ("-15.2", "-45.25")
    force = next(row for row in rows if row["sub_event_type"] == "Excessive force against protesters")
    assert force["notes"].startswith("'=HYPERLINK(")
    assert force["latitude"] == "-15.1165"
    for row in rows:
        for name, value in row.items():
            if value.startswith(FORMULA_STARTS):
                assert name in NUMERIC_COLUMNS and float(value) < 0, (name, value)


def test_neutralise_rule() -> None:
    for dangerous in ("=1+1", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(dangerous) == "'" + dangerous
    assert neutralise("-12.5", numeric=True) == "-12.5"
    assert neutralise("-12.5") == "'-12.5"  # in a text column it could be anything
    assert neutralise("-1+cmd", numeric=True) == "'-1+cmd"
    assert neutralise("Kessa") == "Kessa"


def test_inter_codes_interaction_and_the_actor_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    assert acled_codes.inter_code_by_pattern("Military Forces of Mali") == 1
    assert acled_codes.inter_code_by_pattern("Police Forces of Mali") == 1
    assert acled_codes.inter_code_by_pattern("Protesters (Mali)") == 6
    assert acled_codes.inter_code_by_pattern("Rioters (Mali)") == 5
    assert acled_codes.inter_code_by_pattern("Civilians (Mali)") == 7
    assert acled_codes.inter_code_by_pattern("Al Shabaab") is None
    assert acled_codes.interaction(1, 2) == 12
    assert acled_codes.interaction(7, 2) == 27
    assert acled_codes.interaction(6, None, has_actor2=False) == 60
    assert acled_codes.interaction(1, None, has_actor2=True) is None

    class FakeDictionary:
        def inter_code(self, name: str) -> int | None:
            return 2 if name == "Al Shabaab" else None

    monkeypatch.setattr(acled_codes, "_dictionary", lambda: FakeDictionary())
    acled_codes.inter_code.cache_clear()
    try:
        assert acled_codes.inter_code("Al Shabaab") == 2  # the dictionary knows it
        assert acled_codes.inter_code("Civilians (Mali)") == 7  # falls back to the pattern
    finally:
        acled_codes.inter_code.cache_clear()


def test_evidence_column_is_exactly_json_dumps() -> None:
    from annotator.exporters.acled_csv import evidence_json
    from annotator.interchange import EvidenceSpan

    spans = [
        EvidenceSpan("actor1", 0, 6, "Police"),
        EvidenceSpan('we"ird', 10, 40, 'q"\\ \n\t\x00 \u2028 é \U0001F525'),
    ]
    assert evidence_json(spans) == json.dumps([s.to_json() for s in spans], ensure_ascii=False)
    assert evidence_json([]) == "[]"


def test_fatalities_is_always_a_count() -> None:
    """ACLED's column is an integer: unknown or unusable values become 0, said in the notes."""
    maker = RowMaker(columns_for(load_schema("acled")))
    article = ExportedArticle(text="x", id="a")
    at, notes_at = maker.columns.index("fatalities"), maker.columns.index("notes")
    for given, count, notes in ((None, 0, "Coded (fatalities unknown)"), ("", 0, "Coded (fatalities unknown)"),
                                ("many", 0, "Coded (fatalities unknown: 'many')"), ("12", 12, "Coded"),
                                (3, 3, "Coded"), (0, 0, "Coded"), (-1, 0, "Coded (fatalities unknown: -1)")):
        row = maker.row(article, ExportedEvent(values={"fatalities": given, "notes": "Coded"}))
        assert (row[at], row[notes_at]) == (count, notes), given
    row = maker.row(article, ExportedEvent(values={"fatalities": None}))
    assert row[notes_at] == "Fatalities unknown"
