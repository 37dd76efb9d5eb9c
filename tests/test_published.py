"""A .txt article has no publication date, so "on Sunday" cannot be dated; once the analyst gives
the date (``annotator published``), their undated events are dated from their date words, and
nothing else changes: no date already there, no colleague's event, no gold event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import open_database
from annotator.importers.published import without_stale_date_note
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan
from annotator.status import EventStatus

# Our own report: published on Monday 2021-06-07, it says what happened "on Saturday".
TEXT = "Gunmen raided the market of Kessa on Saturday, residents said. The army returned in May 2019."


# What the suggester writes when it cannot date an event (its wording, nlp/candidates.py).
NOTES = ("Gunmen raided the market. [place taken from elsewhere in the article (Kessa); date left empty: "
         "no published date, so a relative date cannot be resolved ('on Saturday')]")


def _span(words: str, name: str = "event_date") -> EvidenceSpan:
    start = TEXT.index(words)
    return EvidenceSpan(name, start, start + len(words), words)


def _store(db_path: Path) -> dict[str, int]:
    """tester's suggestion and draft with undated date words, one already dated, bea's and a gold one."""
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            article, _ = repo.add_article(session, ArticleRecord(id="kessa-raid", title="Kessa", text=TEXT))
            aid = article.id or 0

            def add(status: str, who: str, values: dict, spans: list[EvidenceSpan]) -> int:
                event = repo.add_event(session, aid, EventRecord(
                    values={"event_type": "Riots", **values}, evidence=spans, status=status), annotator=who)
                return event.id or 0

            ids = {
                "suggested": add(EventStatus.SUGGESTED, "tester", {"notes": NOTES}, [_span("on Saturday")]),
                "draft": add(EventStatus.DRAFT, "tester", {"event_date": ""}, [_span("on Saturday")]),
                "dated": add(EventStatus.CONFIRMED, "tester", {"event_date": "2019-05-15", "time_precision": 3},
                             [_span("in May 2019")]),
                "no words": add(EventStatus.DRAFT, "tester", {}, [_span("Gunmen", "actor1")]),
                "unreadable": add(EventStatus.DRAFT, "tester", {}, [_span("residents")]),
                "colleague": add(EventStatus.DRAFT, "bea", {}, [_span("on Saturday")]),
                "gold": add(EventStatus.GOLD, "tester", {}, [_span("on Saturday")]),
            }
            session.commit()
            return {"article": aid, **ids}
    finally:
        db.dispose()


def _dates(db_path: Path, ids: dict[str, int]) -> dict[str, tuple]:
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            assert repo.get_article(session, ids["article"]).published == date(2021, 6, 7)
            out = {}
            for name, event_id in ids.items():
                if name != "article":
                    e = repo.get_event(session, event_id)
                    out[name] = (e.values.get("event_date") or "", e.values.get("time_precision"),
                                 e.field_origin.get("event_date"))
            return out
    finally:
        db.dispose()


def _notes(db_path: Path, event_id: int) -> str:
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            return repo.get_event(session, event_id).values["notes"]
    finally:
        db.dispose()


def test_only_the_stale_clause_goes() -> None:
    assert without_stale_date_note("Seen. [date left empty: no published date ('on Sunday')]") == "Seen."
    assert without_stale_date_note("Seen [by two] here.") == "Seen [by two] here."
    assert without_stale_date_note("Seen. [one; two]") == "Seen. [one; two]"


@pytest.mark.parametrize("ref", ["kessa-raid", "1"])
def test_the_date_settles_the_analysts_undated_events(
    db_path: Path, capsys: pytest.CaptureFixture[str], ref: str,
) -> None:
    ids = _store(db_path)
    assert main(["--db", str(db_path), "published", ref, "2021-06-07"]) == 0
    out = capsys.readouterr().out
    assert "published 2021-06-07" in out and "2 of tester's events dated" in out
    dates = _dates(db_path, ids)
    # A suggestion's date stays a suggestion to accept; the analyst's own draft counts as typed.
    assert dates["suggested"] == ("2021-06-05", 1, None)
    assert dates["draft"] == ("2021-06-05", 1, "typed")
    assert dates["dated"][:2] == ("2019-05-15", 3)  # never overwritten
    assert dates["no words"][0] == ""  # nothing to read it from
    assert _notes(db_path, ids["suggested"]) == (
        "Gunmen raided the market. [place taken from elsewhere in the article (Kessa)]"  # no longer "left empty"
    )
    assert dates["unreadable"][0] == ""  # words that are no date are not stored as one
    assert dates["colleague"][0] == "" and dates["gold"][0] == ""


def test_an_unknown_article_is_named_in_the_error(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _store(db_path)
    assert main(["--db", str(db_path), "published", "kessa", "2021-06-07"]) == 2
    assert "no article 'kessa'" in capsys.readouterr().err


def test_the_import_says_which_articles_lack_a_date(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    story = tmp_path / "kessa.txt"
    story.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "dalo.txt"
    other.write_text("Soldiers returned to Dalo on Friday.", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(story)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 new article has no publication date" in out and "annotator published ARTICLE" in out
    assert main(["--db", str(db_path), "import", str(other), "--published", "2021-06-07"]) == 0
    assert "publication date" not in capsys.readouterr().out
    assert main(["--db", str(db_path), "published", "kessa", "2021-06-07"]) == 0
    assert "no events of tester's on it yet" in capsys.readouterr().out


def test_the_stale_date_remark_leaves_a_marked_suggester_note() -> None:
    marked = "Seen. [suggester: place taken from elsewhere in the article (Kessa); date left empty: no published date]"
    assert without_stale_date_note(marked) == "Seen. [suggester: place taken from elsewhere in the article (Kessa)]"
    assert without_stale_date_note("Seen. [suggester: date left empty: no published date]") == "Seen."


def test_the_cli_suggests_untouched_suggestions_again_with_the_date(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, loaded,
) -> None:
    """As the window does: only untouched suggestions of the analyst's there, so the article is
    suggested again with the date (the suggester now counts "on Saturday" from it)."""
    text = "Gunmen attacked the village of Kessa on Saturday, killing three civilians, residents said."
    start = text.index("on Saturday")
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            article, _ = repo.add_article(session, ArticleRecord(id="kessa-raid", title="Kessa", text=text))
            aid = article.id or 0
            repo.add_event(session, aid, EventRecord(
                values={"event_type": "Violence against civilians", "notes": NOTES},
                evidence=[EvidenceSpan("event_date", start, start + len("on Saturday"), "on Saturday")],
                status=EventStatus.SUGGESTED), annotator="tester")
            session.commit()
    finally:
        db.dispose()
    import annotator.nlp.pipeline as pipeline  # noqa: PLC0415

    models: list[str | None] = []
    real = pipeline.load_pipeline
    monkeypatch.setattr(pipeline, "load_pipeline", lambda name=None: models.append(name) or real(name))
    assert main(["--db", str(db_path), "published", "kessa-raid", "2021-06-07"]) == 0
    out = capsys.readouterr().out
    assert "tester's 1 untouched suggestion made again with the date" in out
    assert len(models) == 1
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            events = repo.events_for_article(session, aid, annotator="tester")
    finally:
        db.dispose()
    assert NOTES not in [e.values.get("notes") for e in events]  # the old suggestion is gone
    assert events and all(e.status == EventStatus.SUGGESTED for e in events)
    assert "2021-06-05" in [e.values.get("event_date") for e in events]


def test_the_model_is_not_loaded_when_nothing_is_suggested_again(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    import annotator.nlp.pipeline as pipeline  # noqa: PLC0415

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name=None: pytest.fail("no model needed"))
    ids = _store(db_path)  # a draft and a confirmed event beside the suggestion: the analyst has started
    assert main(["--db", str(db_path), "published", "kessa-raid", "2021-06-07"]) == 0
    assert "2 of tester's events dated" in capsys.readouterr().out
    assert _dates(db_path, ids)["suggested"] == ("2021-06-05", 1, None)  # dated, not replaced


def test_no_resuggest_dates_untouched_suggestions_without_a_model(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    import annotator.nlp.pipeline as pipeline  # noqa: PLC0415

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name=None: pytest.fail("no model needed"))
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            article, _ = repo.add_article(session, ArticleRecord(id="kessa-raid", title="Kessa", text=TEXT))
            event = repo.add_event(session, article.id or 0, EventRecord(
                values={"event_type": "Riots"}, evidence=[_span("on Saturday")], status=EventStatus.SUGGESTED,
            ), annotator="tester")
            session.commit()
    finally:
        db.dispose()
    assert main(["--db", str(db_path), "published", "kessa-raid", "2021-06-07", "--no-resuggest"]) == 0
    assert "1 of tester's events dated" in capsys.readouterr().out
    assert _dates(db_path, {"article": article.id or 0, "it": event.id})["it"] == ("2021-06-05", 1, None)
