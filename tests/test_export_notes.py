"""What the export says about a double-coded database, an empty result and the spaCy split."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas
import pytest

from annotator.cli.main import main
from annotator.db.engine import Database, open_database
from annotator.exporters import EXPORTERS, ExportFilters, export
from annotator.importers import ImportOptions, run_import
from annotator.interchange import ArticleRecord, read_jsonl
from annotator.schema import Schema

REVIEW = Path(__file__).parent / "data" / "review"


@pytest.fixture
def double_coded(db: Database, acled: Schema) -> Database:
    # doro and kati are coded by ana and bea, gao-kidnap by ana only: 6 confirmed events.
    assert run_import(db, [REVIEW / "two_annotators.jsonl"], options=ImportOptions(schema=acled)).rejected_count == 0
    return db


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_notes_events_from_several_annotators(
    fmt: str, double_coded: Database, acled: Schema, tmp_path: Path
) -> None:
    result = export(double_coded, fmt, tmp_path / f"out-{fmt}", schema=acled)
    assert result.events == 6
    shared = [n for n in result.notes if "more than one annotator" in n]
    assert shared == [shared[0]] and shared[0].startswith("2 of 3 articles have events from more than one annotator (ana, bea)")
    assert "--status gold" in shared[0] and "--annotator NAME" in shared[0]
    one = export(double_coded, fmt, tmp_path / f"ana-{fmt}", ExportFilters(annotators=("ana",)), schema=acled)
    assert one.events == 4 and not any("more than one annotator" in n for n in one.notes)


def test_an_empty_export_says_what_the_database_holds(double_coded: Database, acled: Schema, tmp_path: Path) -> None:
    result = export(double_coded, "brat", tmp_path / "gold", ExportFilters(statuses=("gold",)), schema=acled)
    assert result.events == 0
    assert result.notes == [
        "no event matched status gold; the database holds 6 confirmed. Gold events come from "
        "adjudication: Review > Review article, or `annotator adjudicate --article ID`."
    ]
    typed = export(double_coded, "csv", tmp_path / "riots.csv", ExportFilters(event_types=("Riots",)), schema=acled)
    assert typed.notes == [
        "no event matched status confirmed, gold and --event-type Riots; the database holds 6 confirmed."
    ]


def test_spacy_export_says_how_many_docs_each_file_has(double_coded: Database, acled: Schema, tmp_path: Path) -> None:
    result = export(double_coded, "spacy", tmp_path / "spacy", ExportFilters(annotators=("ana",)), schema=acled,
                    split=0.5, seed=1)
    assert "train.spacy: 2 docs, dev.spacy: 1 doc (split 0.5, seed 1)" in result.notes


@pytest.mark.parametrize("fmt", ["csv", "spacy", "prodigy", "brat"])
def test_a_gold_event_replaces_the_versions_it_was_adjudicated_from(
    fmt: str, double_coded: Database, db_path: Path, acled: Schema, tmp_path: Path
) -> None:
    # rita adjudicates doro's clash, coded by ana and bea: 7 events, 2 of them the gold's sources.
    assert main(["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
                 "--base", "ana"]) == 0
    result = export(double_coded, fmt, tmp_path / f"gold-{fmt}", schema=acled)
    assert result.events == 5
    assert "2 events left out: adjudicated, so written once as their gold event (--keep-sources writes them too)" in result.notes
    kept = export(double_coded, fmt, tmp_path / f"all-{fmt}", ExportFilters(keep_sources=True), schema=acled)
    assert kept.events == 7 and not any("left out" in n for n in kept.notes)
    # JSONL is the complete interchange format: it keeps every version whatever the filter says.
    assert export(double_coded, "jsonl", tmp_path / "all.jsonl", schema=acled).events == 7


def test_cli_keep_sources(double_coded: Database, db_path: Path, tmp_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1"]) == 0
    assert main(["--db", str(db_path), "export", "--format", "csv", "--out", str(tmp_path / "a.csv")]) == 0
    assert "wrote 3 articles, 5 events" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export", "--format", "csv", "--keep-sources", "--out", str(tmp_path / "b.csv")]) == 0
    assert "wrote 3 articles, 7 events" in capsys.readouterr().out


def _adjudicate_doro_clash(db_path: Path) -> None:
    """rita makes doro's clash gold from ana's and bea's versions; ana's arrest there stays open."""
    assert main(["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
                 "--base", "ana"]) == 0


def _csv_rows(path: Path) -> set[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["annotator"], r["status"], r["event_type"]) for r in csv.DictReader(handle)}


def test_skip_unadjudicated_writes_only_what_went_through_adjudication(
    double_coded: Database, db_path: Path, acled: Schema, tmp_path: Path
) -> None:
    _adjudicate_doro_clash(db_path)
    skip = ExportFilters(skip_unadjudicated=True)
    result = export(double_coded, "csv", tmp_path / "gold.csv", skip, schema=acled)
    # doro: rita's gold (its two sources replaced by it); ana's arrest, which nobody adjudicated,
    # is left out although doro has gold. kati: nobody adjudicated, both versions out. gao: single-coded.
    assert _csv_rows(tmp_path / "gold.csv") == {
        ("rita", "gold", "Battles"), ("ana", "confirmed", "Violence against civilians"),
    }
    assert result.events == 2
    assert result.notes[0].startswith("3 events of 2 double-coded articles left out: nobody has adjudicated them yet")
    assert not any("more than one annotator" in n for n in result.notes)  # one version per event now
    # The versions are the gold event's sources: written with it when asked, and by JSONL always.
    kept = export(double_coded, "csv", tmp_path / "kept.csv", ExportFilters(skip_unadjudicated=True, keep_sources=True),
                  schema=acled)
    assert _csv_rows(tmp_path / "kept.csv") == {
        ("rita", "gold", "Battles"), ("ana", "confirmed", "Battles"), ("bea", "confirmed", "Battles"),
        ("ana", "confirmed", "Violence against civilians"),
    }
    assert kept.events == 4 and not any("more than one annotator" in n for n in kept.notes)
    written = export(double_coded, "jsonl", tmp_path / "gold.jsonl", skip, schema=acled).path
    records = [r for _n, r in read_jsonl(written) if isinstance(r, ArticleRecord)]
    assert [(r.id, sorted((e.annotator, e.status) for e in r.events)) for r in records] == [
        ("doro", [("ana", "confirmed"), ("bea", "confirmed"), ("rita", "gold")]),
        ("kati", []),
        ("gao-kidnap", [("ana", "confirmed")]),
    ]


@pytest.mark.parametrize("fmt", ["csv", "spacy", "prodigy", "brat"])
def test_skip_unadjudicated_in_every_format(fmt: str, double_coded: Database, acled: Schema, tmp_path: Path) -> None:
    # Nobody adjudicated anything: only the single-coded article is left.
    result = export(double_coded, fmt, tmp_path / f"out-{fmt}", ExportFilters(skip_unadjudicated=True), schema=acled)
    assert (result.articles, result.events) == (1, 1)
    assert "5 events of 2 double-coded articles left out: nobody has adjudicated them yet (--skip-unadjudicated). " \
        "Review > Review article or `annotator adjudicate` makes them gold" in result.notes
    assert export(double_coded, fmt, tmp_path / f"all-{fmt}", schema=acled).events == 6  # off by default


def test_double_coded_is_a_fact_of_the_database_not_of_the_filters(
    double_coded: Database, acled: Schema, tmp_path: Path
) -> None:
    # Exporting ana alone, her versions of events bea coded too are still unadjudicated.
    ana = export(double_coded, "csv", tmp_path / "ana.csv", ExportFilters(annotators=("ana",), skip_unadjudicated=True),
                 schema=acled)
    assert _csv_rows(tmp_path / "ana.csv") == {("ana", "confirmed", "Violence against civilians")}
    assert ana.notes[0].startswith("3 events of 2 double-coded articles left out")
    # A machine suggestion is nobody's coding: a suggestion by bea on gao does not make it double-coded.
    gao = next(a for a in map(json.loads, (REVIEW / "two_annotators.jsonl").read_text(encoding="utf-8").splitlines())
               if a["id"] == "gao-kidnap")
    suggestion = dict(gao["events"][0], annotator="bea", status="suggested")
    source = tmp_path / "suggested.jsonl"
    source.write_text(json.dumps(dict(gao, events=[suggestion])) + "\n", encoding="utf-8")
    assert run_import(double_coded, [source], options=ImportOptions(schema=acled)).rejected_count == 0
    after = export(double_coded, "csv", tmp_path / "after.csv", ExportFilters(skip_unadjudicated=True), schema=acled)
    assert _csv_rows(tmp_path / "after.csv") == {("ana", "confirmed", "Violence against civilians")}
    assert after.events == 1


def test_an_empty_export_names_skip_unadjudicated(double_coded: Database, acled: Schema, tmp_path: Path) -> None:
    only_bea = ExportFilters(annotators=("bea",), skip_unadjudicated=True)
    result = export(double_coded, "brat", tmp_path / "bea", only_bea, schema=acled)
    assert result.events == 0
    assert result.notes == [
        "2 events of 2 double-coded articles left out: nobody has adjudicated them yet (--skip-unadjudicated). "
        "Review > Review article or `annotator adjudicate` makes them gold",
        "no event matched status confirmed, gold and --annotator bea; --skip-unadjudicated; "
        "the database holds 6 confirmed.",
    ]


def test_cli_skip_unadjudicated(double_coded: Database, db_path: Path, tmp_path: Path, capsys) -> None:
    _adjudicate_doro_clash(db_path)
    capsys.readouterr()
    out = tmp_path / "gold.csv"
    assert main(["--db", str(db_path), "export", "--format", "csv", "--skip-unadjudicated", "--quiet",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"wrote 2 articles, 2 events to {out}" in printed
    assert "note: 3 events of 2 double-coded articles left out: nobody has adjudicated them yet" in printed
    frame = pandas.read_csv(out, keep_default_na=False)
    assert sorted(zip(frame["annotator"], frame["status"], strict=True)) == [("ana", "confirmed"), ("rita", "gold")]
    assert main(["--db", str(db_path), "export", "--format", "csv", "--quiet", "--out", str(tmp_path / "all.csv")]) == 0
    assert "wrote 3 articles, 5 events" in capsys.readouterr().out  # without the flag: as before
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--skip-unadjudicated" in capsys.readouterr().out


def test_a_gold_event_and_its_sources_are_not_several_versions(
    double_coded: Database, db_path: Path, acled: Schema, tmp_path: Path
) -> None:
    _adjudicate_doro_clash(db_path)
    # doro now writes rita's gold and ana's arrest (or gold plus the versions it was made from):
    # no event of it is written twice, so only kati is named, not "ana, bea, rita".
    for filters in (ExportFilters(), ExportFilters(keep_sources=True)):
        result = export(double_coded, "csv", tmp_path / "out.csv", filters, schema=acled)
        shared = [n for n in result.notes if "more than one annotator" in n]
        assert len(shared) == 1 and shared[0].startswith("1 of 3 articles has events from more than one annotator (ana, bea):")


def test_skip_unadjudicated_on_postgresql_and_sqlite(any_db_url: str, acled: Schema, tmp_path: Path) -> None:
    """The gold events' sources come back as JSON text from SQLite and as a list from PostgreSQL."""
    db = open_database(any_db_url)
    try:
        assert run_import(db, [REVIEW / "two_annotators.jsonl"], options=ImportOptions(schema=acled)).rejected_count == 0
        assert main(["--db", any_db_url, "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
                     "--base", "ana"]) == 0
        result = export(db, "csv", tmp_path / "gold.csv", ExportFilters(skip_unadjudicated=True), schema=acled)
        assert _csv_rows(tmp_path / "gold.csv") == {
            ("rita", "gold", "Battles"), ("ana", "confirmed", "Violence against civilians"),
        }
        assert result.notes[0].startswith("3 events of 2 double-coded articles left out")
    finally:
        db.dispose()
