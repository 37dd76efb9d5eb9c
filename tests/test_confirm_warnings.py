"""An event confirmed without a date is confirmed, but the analyst hears that its exports will
have none (ACLED's CSV: no event_date, no year), in the window and from ``annotator adjudicate``."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.importers import ImportOptions, run_import
from annotator.schema import Schema

REVIEW = Path(__file__).parent / "data" / "review"


def test_an_undated_event_is_warned_about(acled: Schema) -> None:
    values = {"event_type": "Riots", "sub_event_type": "Mob violence"}
    assert acled.confirm_problems(values) == []
    assert acled.confirm_warnings(values) == ["no Date: exports will have none"]
    assert acled.confirm_warnings({**values, "event_date": "2024-06-03"}) == []


def test_adjudicating_without_a_date_says_so(db, db_path: Path, acled: Schema, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_import(db, [REVIEW / "two_annotators.jsonl"], options=ImportOptions(schema=acled)).rejected_count == 0
    db.dispose()
    args = ["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
            "--base", "ana", "--set", "event_date=", "--set", "time_precision="]
    assert main(args) == 0
    assert "has no Date: exports will have none" in capsys.readouterr().out
