"""``annotator suggest`` and ``annotator evaluate`` end to end on the project's own fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.interchange import read_jsonl

GOLD = Path(__file__).parent / "data" / "nlp_gold" / "cases.jsonl"


def _articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def unlabelled(tmp_path: Path) -> Path:
    """The gold cases without their events, plus a bad line, and one article keeping an event."""
    articles = _articles(GOLD)
    lines = []
    for i, article in enumerate(articles):
        if i > 0:
            article["events"] = []
        lines.append(json.dumps(article, ensure_ascii=False))
    lines.insert(1, "{not json")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_suggest_appends_events_and_keeps_text_and_existing_events(
    unlabelled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], acled
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(unlabelled), "--out", str(out), "--quiet", "--chunk-size", "2"]) == 0
    assert "1 bad lines skipped" in capsys.readouterr().out
    before = _articles(GOLD)
    after = _articles(out)
    assert [a["text"] for a in after] == [a["text"] for a in before]
    assert [a["published"] for a in after] == [a["published"] for a in before]
    kept = before[0]["events"]
    assert after[0]["events"][: len(kept)] == kept  # existing events first, untouched
    for article in after:
        suggested = [e for e in article["events"] if e["status"] == "suggested"]
        assert suggested, article["id"]
        for event in suggested:
            assert 0 < event["confidence"] <= 1
            assert event["annotator"] == "suggester"
            for span in event["evidence"]:
                assert article["text"][span["start"] : span["end"]] == span["text"]
    # The output is valid Annotator JSONL under the schema.
    assert all(not isinstance(r, Exception) for _, r in read_jsonl(out, acled))


@pytest.mark.slow
def test_suggest_with_worker_processes_writes_the_same(unlabelled: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["suggest", str(unlabelled), "--out", str(one), "--quiet", "--chunk-size", "1"]) == 0
    assert main(["suggest", str(unlabelled), "--out", str(two), "--quiet", "--chunk-size", "1",
                 "--processes", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_suggest_missing_input_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(tmp_path / "nope.jsonl"), "--out", str(out), "--quiet"]) == 2
    assert not out.exists()


def test_evaluate_prints_tables_with_consistent_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--gold", str(GOLD)]) == 0
    table = capsys.readouterr().out
    assert "precision" in table and "Field accuracy" in table and "sub_event_type" in table
    assert main(["evaluate", "--gold", str(GOLD), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    gold_events = sum(len(a["events"]) for a in _articles(GOLD))
    assert data["gold_events"] == gold_events and data["articles"] == 4
    assert 0 < data["matched"] <= min(data["gold_events"], data["suggested_events"])
    assert data["precision"] == pytest.approx(data["matched"] / data["suggested_events"], abs=1e-4)
    assert data["recall"] == pytest.approx(data["matched"] / data["gold_events"], abs=1e-4)
    p, r = data["precision"], data["recall"]
    assert data["f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-3)
    for score in data["field_accuracy"].values():
        assert score["total"] == data["matched"]
        assert score["accuracy"] == pytest.approx(score["correct"] / score["total"], abs=1e-4)
    assert "notes" not in data["field_accuracy"]


def test_evaluate_against_its_own_output_is_perfect(
    unlabelled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(unlabelled), "--out", str(out), "--quiet"]) == 0
    relabelled = tmp_path / "gold.jsonl"
    with open(relabelled, "w", encoding="utf-8") as handle:
        for article in _articles(out):
            article["events"] = [
                {**e, "status": "gold", "annotator": "gold"} for e in article["events"] if e["status"] == "suggested"
            ]
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    capsys.readouterr()
    assert main(["evaluate", "--gold", str(relabelled), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["recall"] == 1.0 and data["precision"] == 1.0 and data["f1"] == 1.0
    assert data["mean_fields_to_edit"] == 0.0
    assert all(s["accuracy"] == 1.0 for s in data["field_accuracy"].values())


def test_evaluate_counts_a_missed_event_as_all_its_fields(tmp_path: Path, capsys) -> None:
    article = _articles(GOLD)[1]  # one gold event
    invented = dict(article["events"][0])
    invented.update(event_type="Riots", sub_event_type="Mob violence", evidence=[])
    article["events"].append(invented)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["gold_events"] == 2 and data["matched"] == 1 and data["recall"] == 0.5
    filled = sum(1 for k, v in invented.items() if k not in ("notes", "annotator", "status", "evidence")
                 and v not in (None, ""))
    edits_on_match = sum(1 for s in data["field_accuracy"].values() if s["correct"] == 0)
    assert data["mean_fields_to_edit"] == pytest.approx((filled + edits_on_match) / 2)


def test_evaluate_details_say_what_to_edit_per_event(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--gold", str(GOLD), "--json", "--details"]) == 0
    data = json.loads(capsys.readouterr().out)
    events = data["events"]
    outcomes = [e["outcome"] for e in events]
    # Every gold event is listed once (matched or missed), every unmatched suggestion as extra.
    assert outcomes.count("matched") == data["matched"]
    assert outcomes.count("matched") + outcomes.count("missed") == data["gold_events"]
    assert outcomes.count("matched") + outcomes.count("extra") == data["suggested_events"]
    # The differences add up to the fields to edit the summary reports.
    edits = sum(len(e["differences"]) for e in events if e["outcome"] != "extra")
    assert edits == pytest.approx(data["mean_fields_to_edit"] * data["gold_events"], abs=0.01)
    assert main(["evaluate", "--gold", str(GOLD), "--details"]) == 0
    assert "Per event" in capsys.readouterr().out


def test_suggest_stored_fills_the_articles_not_started(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Headless, what the window does per article: suggestions on the articles the analyst has
    not started, stored as their suggested events; a second run adds nothing."""
    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.db.repo import events_for_article  # noqa: PLC0415

    db = tmp_path / "s.sqlite3"
    gold = tmp_path / "gold.jsonl"
    articles = _articles(GOLD)
    for i, article in enumerate(articles):
        article["events"] = article["events"][:1] if i == 0 else []
        for event in article["events"]:
            event.update(annotator="tester", status="confirmed")
    gold.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    assert main(["--db", str(db), "import", str(gold)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "suggest", "--stored", "--quiet"]) == 0
    said = capsys.readouterr().out
    assert f"of {len(articles) - 1} articles not yet started" in said
    database = open_database(str(db))
    try:
        with database.session() as session:
            per_article = [events_for_article(session, i, annotator="tester") for i in range(1, len(articles) + 1)]
    finally:
        database.dispose()
    assert [e.status for e in per_article[0]] == ["confirmed"]  # started: left alone
    suggested = [e for events in per_article[1:] for e in events]
    assert suggested and all(e.status == "suggested" for e in suggested)
    assert main(["--db", str(db), "suggest", "--stored", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("0 suggested events stored for tester on 0 of 0 articles")
    assert main(["--db", str(db), "suggest", "--stored", str(gold)]) == 2  # one mode at a time
