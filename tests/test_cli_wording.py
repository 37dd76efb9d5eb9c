"""What the CLI prints reads as the window does: "1 article", "in progress"."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import open_database
from annotator.interchange import ArticleRecord, EventRecord
from annotator.status import EventStatus


def test_counts_and_statuses_in_words(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            article, _ = repo.add_article(session, ArticleRecord(title="Kessa", text="Gunmen raided Kessa."))
            for status in (EventStatus.CONFIRMED, EventStatus.CONFIRMED, EventStatus.DRAFT):
                repo.add_event(session, article.id or 0, EventRecord(
                    values={"event_type": "Riots", "sub_event_type": "Mob violence"}, status=status), annotator="ana")
            session.commit()
    finally:
        db.dispose()
    assert main(["--db", str(db_path), "export", "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 0
    assert "wrote 1 article, 2 events to" in capsys.readouterr().out
    assert main(["--db", str(db_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "in progress" in out and "in_progress" not in out


def test_a_mistyped_date_is_refused_in_plain_words(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "published", "1", "27/03/2016"])
    err = capsys.readouterr().err
    assert "'27/03/2016' is not a date: write YYYY-MM-DD" in err and "fromisoformat" not in err
