"""What the export says about a double-coded database, an empty result and the spaCy split."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db.engine import Database
from annotator.exporters import EXPORTERS, ExportFilters, export
from annotator.importers import ImportOptions, run_import
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
