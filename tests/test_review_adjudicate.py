"""Adjudication builds a gold event from picked fields, with provenance, and exports as gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import Database
from annotator.importers import ImportOptions, run_import
from annotator.review.adjudicate import AdjudicationError, build_gold, differing_fields, save_gold
from annotator.review.agreement import article_groups
from annotator.review.visibility import visible_events
from annotator.schema import Schema

REVIEW = Path(__file__).parent / "data" / "review"


@pytest.fixture
def two(db: Database, acled: Schema) -> Database:
    assert run_import(db, [REVIEW / "two_annotators.jsonl"], options=ImportOptions(schema=acled)).rejected_count == 0
    return db


def test_take_actor_from_one_and_date_from_other(two: Database, acled: Schema) -> None:
    with two.session() as s:
        kati = article_groups(s, acled, 2).groups[0]
        ana, bea = kati.versions["ana"], kati.versions["bea"]
        result = build_gold(
            kati, acled, "rita",
            {"sub_event_type": "bea", "actor2": "bea", "trigger": "ana"},
            edits={"notes": "students marched; police dispersed them"},
            comment="bea saw the tear gas", base="ana",
        )
        stored = save_gold(s, 2, result, acled)
        s.commit()
        gold = repo.get_event(s, stored.id)
    assert gold.status == "gold" and gold.annotator == "rita"
    assert gold.values["sub_event_type"] == "Protest with intervention" == bea.values["sub_event_type"]
    assert gold.values["actor2"] == "Police Forces of Mali"
    assert gold.values["actor1"] == ana.values["actor1"]
    assert gold.values["notes"] == "students marched; police dispersed them"
    assert sorted(gold.source_event_ids or []) == sorted([ana.id, bea.id])
    assert gold.comment == "bea saw the tear gas"
    # Evidence of each taken field comes from the version it was taken from.
    spans = {(e.field, e.text) for e in gold.evidence}
    assert spans == {("trigger", "marched"), ("actor1", "Hundreds of students"),
                     ("actor2", "Police"), ("location", "Kati")}
    assert result.taken["notes"] == "(edited)" and result.taken["actor2"] == "bea"


def test_date_precision_follows_the_date(two: Database, acled: Schema) -> None:
    with two.session() as s:
        clash = article_groups(s, acled, 1).groups[0]
    gold = build_gold(clash, acled, "rita", {"event_date": "bea"}).record
    assert (gold.values["event_date"], gold.values["time_precision"]) == ("2024-06-03", 2)
    assert [e.text for e in gold.evidence if e.field == "event_date"] == []  # bea marked no date words
    # Same place; the trigger words, actor 1, date, precision and count differ.
    assert differing_fields(clash, acled) == {"trigger", "actor1", "event_date", "time_precision", "fatalities"}


def test_invalid_picks_are_refused(two: Database, acled: Schema) -> None:
    with two.session() as s:
        kati = article_groups(s, acled, 2).groups[0]
    with pytest.raises(AdjudicationError, match="cid"):
        build_gold(kati, acled, "rita", {"actor1": "cid"})
    with pytest.raises(AdjudicationError, match="unknown field"):
        build_gold(kati, acled, "rita", {"colour": "ana"})
    with pytest.raises(AdjudicationError, match="sub_event_type"):
        build_gold(kati, acled, "rita", edits={"sub_event_type": "Air/drone strike"})


def test_gold_export_after_cli_adjudication(
    two: Database, acled: Schema, db_path: Path, tmp_path: Path, capsys
) -> None:
    args = ["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
            "--take", "event_date=bea", "--take", "fatalities=bea", "--base", "ana",
            "--comment", "bea counted the body found later"]
    assert main(args) == 0
    assert "saved gold event" in capsys.readouterr().out
    with two.session() as s:
        clash = article_groups(s, acled, 1).groups[0]
        sources = sorted(v.id for v in clash.versions.values())
    out = tmp_path / "gold.jsonl"
    assert main(["--db", str(db_path), "export", "--status", "gold", "--out", str(out), "--quiet"]) == 0
    events = [e for line in out.read_text(encoding="utf-8").splitlines() for e in json.loads(line)["events"]]
    assert len(events) == 1
    gold = events[0]
    assert (gold["annotator"], gold["status"]) == ("rita", "gold")
    assert sorted(gold["sources"]) == sources
    assert gold["comment"] == "bea counted the body found later"
    assert (gold["event_date"], gold["time_precision"], gold["fatalities"]) == ("2024-06-03", 2, 5)
    assert gold["actor2"] == "Sahel Liberation Front"
    # Adjudicating the same event again updates that gold event instead of adding a second one.
    assert main([*args[:-2], "--take", "actor1=bea", "--comment", "second look"]) == 0
    assert "updated gold event" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export", "--status", "gold", "--out", str(out), "--quiet"]) == 0
    events = [e for line in out.read_text(encoding="utf-8").splitlines() for e in json.loads(line)["events"]]
    assert len(events) == 1
    assert (events[0]["actor1"], events[0]["comment"]) == ("Military Forces of Mali (2021-)", "second look")
    assert sorted(events[0]["sources"]) == sources
    # The listing now marks the event as adjudicated.
    assert main(["--db", str(db_path), "adjudicate", "--article", "1", "--list"]) == 0
    assert "event 1 (adjudicated by rita: gold event" in capsys.readouterr().out


def test_blind_mode_shows_only_own_events(two: Database, acled: Schema) -> None:
    with two.session() as s:
        kati = article_groups(s, acled, 2).groups[0]
        save_gold(s, 2, build_gold(kati, acled, "rita"), acled)
        s.commit()
        blind = visible_events(s, 2, "bea", blind=True)
        open_ = visible_events(s, 2, "bea", blind=False)
    assert [e.annotator for e in blind] == ["bea"]
    assert sorted(e.annotator for e in open_) == ["ana", "bea", "rita"]


def test_stored_gold_reopens_as_the_same_choices(two: Database, acled: Schema) -> None:
    from annotator.review.adjudicate import existing_gold, picks_from_gold

    with two.session() as s:
        clash = article_groups(s, acled, 1).groups[0]
        assert existing_gold(s, 1, clash) is None
        made = build_gold(clash, acled, "rita", {"actor1": "bea", "event_date": "bea"}, edits={"fatalities": "6"})
        save_gold(s, 1, made, acled)
        s.commit()
        stored = existing_gold(s, 1, clash)
    assert stored is not None
    picks, edits = picks_from_gold(clash, stored, acled)
    assert picks == {"actor1": "bea", "event_date": "bea", "time_precision": "bea"}
    assert edits == {"fatalities": 6}
    assert build_gold(clash, acled, "rita", picks, edits=edits).record.values == stored.values


def test_gold_with_a_bad_date_is_refused_like_a_confirm(
    two: Database, acled: Schema, db_path: Path, capsys
) -> None:
    with two.session() as s:
        clash = article_groups(s, acled, 1).groups[0]
    with pytest.raises(AdjudicationError, match="not a date"):
        build_gold(clash, acled, "rita", edits={"event_date": "3 June"})
    with pytest.raises(AdjudicationError, match="missing"):
        build_gold(clash, acled, "rita", edits={"event_type": ""})
    args = ["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
            "--set", "event_date=June 3rd"]
    assert main(args) == 2
    assert "'June 3rd' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    with two.session() as s:
        assert repo.events_for_article(s, 1, statuses=["gold"]) == []


def test_readjudication_by_another_reviewer_names_them_in_cli_and_export(
    two: Database, acled: Schema, db_path: Path, tmp_path: Path, capsys
) -> None:
    def adjudicate(reviewer: str, *picks: str) -> str:
        takes = [arg for pick in picks for arg in ("--take", pick)]
        assert main(["--db", str(db_path), "--analyst", reviewer, "adjudicate", "--article", "1",
                     "--event", "1", "--base", "ana", *takes]) == 0
        return capsys.readouterr().out

    first = adjudicate("rita", "fatalities=bea")
    assert "saved gold event" in first and "adjudicated before" not in first
    again = adjudicate("rita", "actor1=bea")  # the same reviewer again: nothing handed over
    assert "updated gold event" in again and "adjudicated before" not in again
    second = adjudicate("sam", "actor1=bea", "event_date=bea")
    assert "updated gold event" in second and "adjudicated before by rita, now by sam" in second
    with two.session() as s:
        golds = repo.events_for_article(s, 1, statuses=["gold"])
    assert [g.annotator for g in golds] == ["sam"]  # still one gold event, now sam's
    out = tmp_path / "gold.jsonl"
    assert main(["--db", str(db_path), "export", "--status", "gold", "--out", str(out), "--quiet"]) == 0
    events = [e for line in out.read_text(encoding="utf-8").splitlines() for e in json.loads(line)["events"]]
    assert [(e["annotator"], e["event_date"]) for e in events] == [("sam", "2024-06-03")]
    assert main(["--db", str(db_path), "adjudicate", "--article", "1", "--list"]) == 0
    assert f"event 1 (adjudicated by sam: gold event {golds[0].id})" in capsys.readouterr().out


def test_saving_someone_elses_draft_keeps_its_coder(two: Database, acled: Schema) -> None:
    """Only gold changes hands on save: an edit of a coder's draft never re-attributes it."""
    with two.session() as s:
        bea = repo.events_for_article(s, 1, annotator="bea")[0]
        saved = repo.save_edit(s, repo.edit_of(bea, annotator="rita", comment="looked at"))
        s.commit()
    assert (saved.annotator, saved.comment) == ("bea", "looked at")


def test_gold_records_every_version_it_was_adjudicated_from(tmp_path: Path) -> None:
    """A version nothing was taken from is a rejected reading of the same event: the gold event
    lists it too, so exports write the adjudicated event once instead of gold plus that version."""


    db_path = tmp_path / "db.sqlite3"
    assert main(["--db", str(db_path), "import", str(REVIEW / "two_annotators.jsonl")]) == 0
    # Doro's clash, everything taken from ana (the base): bea's version is still a source.
    assert main(["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1",
                 "--base", "ana"]) == 0
    assert main(["--db", str(db_path), "export", "--status", "gold", "--out", str(tmp_path / "g.jsonl")]) == 0
    gold = [e for line in (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()
            for e in json.loads(line)["events"]]
    assert len(gold) == 1 and len(gold[0]["sources"]) == 2


def test_cli_re_adjudication_keeps_the_earlier_choices(tmp_path: Path) -> None:
    """Adding a comment (or changing one field) from the CLI used to rebuild the gold event from
    the base version alone, silently undoing the fields taken from the other annotator."""
    db_path = tmp_path / "db.sqlite3"
    assert main(["--db", str(db_path), "import", str(REVIEW / "two_annotators.jsonl")]) == 0
    rita = ["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1"]

    def gold() -> dict:
        out = tmp_path / "gold.jsonl"
        assert main(["--db", str(db_path), "export", "--status", "gold", "--out", str(out)]) == 0
        return next(e for line in out.read_text(encoding="utf-8").splitlines() for e in json.loads(line)["events"])

    assert main([*rita, "--take", "fatalities=bea", "--take", "actor1=bea", "--comment", "bea's count"]) == 0
    assert main([*rita, "--set", "notes=checked twice"]) == 0
    kept = gold()
    assert (kept["fatalities"], kept["actor1"]) == (5, "Military Forces of Mali (2021-)")
    assert (kept["notes"], kept["comment"]) == ("checked twice", "bea's count")
    assert main([*rita, "--take", "fatalities=ana"]) == 0  # one field changed, the other kept
    assert (gold()["fatalities"], gold()["actor1"]) == (4, "Military Forces of Mali (2021-)")
    assert main([*rita, "--anew"]) == 0  # from scratch: everything from the base (ana)
    assert (gold()["fatalities"], gold()["actor1"], gold().get("comment", "")) == (4, "Military Forces of Mali", "")


def test_saving_says_whose_values_went_in(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "db.sqlite3"
    assert main(["--db", str(db_path), "import", str(REVIEW / "two_annotators.jsonl")]) == 0
    rita = ["--db", str(db_path), "--analyst", "rita", "adjudicate", "--article", "1", "--event", "1"]
    capsys.readouterr()
    assert main([*rita, "--take", "fatalities=bea", "--take", "actor1=bea", "--set", "notes=seen"]) == 0
    assert "(actor1, fatalities from bea, the rest from ana; typed: notes)" in capsys.readouterr().out
    assert main([*rita, "--anew"]) == 0
    assert "(everything from ana)" in capsys.readouterr().out


def test_list_says_which_events_need_no_decision(tmp_path: Path, capsys) -> None:
    text = "Police arrested two journalists in Kiranu on Monday."
    trigger = {"field": "trigger", "start": 7, "end": 15, "text": "arrested"}
    events = [{"event_type": "Strategic developments", "sub_event_type": "Arrests", "location": "Kiranu",
               "annotator": who, "status": "confirmed", "evidence": [trigger]} for who in ("ana", "bea")]
    source = tmp_path / "same.jsonl"
    source.write_text(json.dumps({"id": "kiranu", "title": None, "source": None, "url": None,
                                  "published": "2024-02-05", "text": text, "events": events}) + "\n",
                      encoding="utf-8")
    db_path = tmp_path / "db.sqlite3"
    assert main(["--db", str(db_path), "import", str(source)]) == 0
    assert main(["--db", str(db_path), "import", str(REVIEW / "two_annotators.jsonl")]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "adjudicate", "--article", "1", "--list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["event 1: ana, bea - no differences"]
    assert main(["--db", str(db_path), "adjudicate", "--article", "2", "--list"]) == 0
    assert "event 2: ana (only this annotator coded it)" in capsys.readouterr().out  # Doro's arrest
