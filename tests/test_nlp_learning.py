"""Learning from each confirmation (issue 11 item 5): triggers, the classifier, the curve.

The learning curve runs on ``tests/data/learning_gold/articles.jsonl``: 22 reports of our own
from one local beat (``make_articles.py`` there), replayed as an analyst confirming them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import learned
from annotator.db.engine import Database
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan, read_jsonl
from annotator.nlp.event_classifier import MIN_EVENTS, LabelledSentence, predict, train_and_judge
from annotator.nlp.knowledge import load_knowledge
from annotator.nlp.learning_curve import learn_confirmed, replay, summary
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.retrain import BackgroundRetrainer
from annotator.nlp.suggest import suggest_events
from annotator.schema import Schema

GOLD = Path(__file__).parent / "data" / "learning_gold" / "articles.jsonl"


def _gold(schema: Schema) -> list[ArticleRecord]:
    return [item for _, item in read_jsonl(GOLD, schema)]


def test_the_gold_file_is_ours_and_its_evidence_is_right(acled: Schema) -> None:
    articles = _gold(acled)
    assert len(articles) >= 20
    for article in articles:
        for event in article.events:
            assert not acled.validate_values(event.values), article.id
            for span in event.evidence:
                assert article.text[span.start : span.end] == span.text


def test_edits_per_event_fall_only_when_the_suggester_learns(
    loaded: LoadedPipeline, acled: Schema, tmp_path: Path
) -> None:
    from annotator.db.engine import open_database  # noqa: PLC0415

    articles = _gold(acled)
    curves = {}
    for learn in (True, False):
        db = open_database(str(tmp_path / f"replay-{learn}.sqlite3"))
        try:
            curves[learn] = summary(replay(articles, loaded, acled, db, learn=learn))
        finally:
            db.dispose()
    first, *_, last = curves[True]
    assert last < first / 3  # the analyst edits a third as much by the end of the beat
    assert last < curves[False][-1] / 3  # ... because it learned: the rules alone stay as costly
    assert curves[False][-1] > curves[False][0] * 0.8


def test_learning_curve_command_prints_both_curves(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--learning-curve", "--gold", str(GOLD), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = data["articles"]
    assert len(rows) == 22 and rows[0]["article"] == "beat-01"
    learning, rules = data["thirds_learning"], data["thirds_rules_only"]
    assert learning[2] < learning[0] and learning[2] < rules[2]


def test_a_confirmed_trigger_word_brings_the_event_next_time(
    db: Database, loaded: LoadedPipeline, acled: Schema
) -> None:
    later = "Raiders rustled 200 cattle from a camp near Rumbek on Sunday, herders said."
    published = date(2024, 6, 3)
    assert not any(
        e.values["sub_event_type"] == "Looting/property destruction"
        for e in suggest_events(loaded, later, published, acled)
    )
    first = "Youths rustled cattle from Wunkur on Friday."
    start = first.index("rustled")
    record = EventRecord(
        values={**acled.empty_values(), "event_type": "Strategic developments",
                "sub_event_type": "Looting/property destruction"},
        evidence=[EvidenceSpan("trigger", start, start + 7, "rustled")], status="confirmed",
    )
    with db.session() as session:
        learn_confirmed(session, acled, record)
        session.commit()
        knowledge = load_knowledge(session, acled)
    events = suggest_events(loaded, later, published, acled, learned=knowledge)
    assert events[0].values["sub_event_type"] == "Looting/property destruction"
    assert any(e.field == "trigger" and e.text == "rustled" for e in events[0].evidence)


def _sentences(n: int, *, rules_right_on_attacks: bool) -> list[LabelledSentence]:
    places = ["Wunkur", "Pakur Dit", "Maper Gol", "Lueth Akot", "Rumbek", "Yirol", "Tonj"]
    out = []
    for i in range(n):
        place = places[i % len(places)]
        if i % 2:
            out.append(LabelledSentence(f"Gunmen attacked villagers in {place}, killing {i} people.", "Attack",
                                        rules_right_on_attacks))
        else:
            out.append(LabelledSentence(f"Soldiers clashed with militiamen near {place} for hours.",
                                        "Armed clash", True))
    return out


def test_the_classifier_is_used_only_where_it_beats_the_rules() -> None:
    assert train_and_judge(_sentences(MIN_EVENTS - 1, rules_right_on_attacks=False)) is None
    better = train_and_judge(_sentences(20, rules_right_on_attacks=False))
    assert better is not None and better.used and better.model_accuracy > better.rule_accuracy
    assert predict(better.nlp, "Gunmen attacked villagers in Kodok, killing 3 people.")[0] == "Attack"
    # When the rules were right on the held-out events too, the rules keep the say.
    tie = train_and_judge(_sentences(20, rules_right_on_attacks=True))
    assert tie is not None and not tie.used


def test_the_classifier_retrains_in_the_background_and_reaches_suggestions(
    db: Database, loaded: LoadedPipeline, acled: Schema
) -> None:
    from annotator.db import repo  # noqa: PLC0415

    with db.session() as session:
        for i, item in enumerate(_sentences(20, rules_right_on_attacks=False)):
            article, _ = repo.add_article(session, ArticleRecord(text=item.text, id=f"a{i}"))
            verb = "attacked" if item.label == "Attack" else "clashed"
            start = item.text.index(verb)
            parent = "Violence against civilians" if item.label == "Attack" else "Battles"
            repo.add_event(
                session, article.id or 0,
                EventRecord(values={**acled.empty_values(), "event_type": parent, "sub_event_type": item.label},
                            evidence=[EvidenceSpan("trigger", start, start + len(verb), verb)],
                            status="confirmed", annotator="ana"),
                schema_fields=acled.field_names,
                field_origin={"sub_event_type": "accepted" if item.rules_were_right else "edited"},
            )
        session.commit()
    retrainer = BackgroundRetrainer(db.session, acled)
    assert retrainer.poke()
    retrainer.wait(120)
    assert retrainer.error is None and retrainer.last is not None and retrainer.last.used
    with db.session() as session:
        assert learned.stored_model(session, "acled").trained_on == 20
        knowledge = load_knowledge(session, acled)
    assert knowledge.classifier is not None
    # No target the rules know as civilians, so they say Armed clash; this database's analysts
    # coded such attacks as Attack, and the classifier learned it.
    text = "Gunmen attacked Kodok in South Sudan on Monday, killing 3 people."
    with_model = suggest_events(loaded, text, date(2024, 6, 4), acled, learned=knowledge)
    assert with_model[0].values["sub_event_type"] == "Attack"
    without = suggest_events(loaded, text, date(2024, 6, 4), acled)
    assert without[0].values["sub_event_type"] != "Attack"  # the rules alone say Armed clash


def test_learn_command_relearns_a_database_once(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "import", str(GOLD)]) == 0
    for _ in range(2):  # places and triggers are rebuilt, not counted twice
        capsys.readouterr()
        assert main(["--db", str(db_path), "learn"]) == 0
        out = capsys.readouterr().out
        assert "learned from 22 confirmed events: 7 place names, 5 trigger words" in out
        # Imported events carry no record of what the rules said, so the rules keep the say.
        assert "not used" in out
    from annotator.db.engine import open_database  # noqa: PLC0415

    db = open_database(str(db_path))
    try:
        with db.session() as session:
            pakur = [p for p in learned.learned_places(session) if p.name == "Pakur Dit"]
            assert [(p.admin1, p.latitude, p.confirmations) for p in pakur] == [("Lakes", 6.951, 4)]  # beat-01, 06, 12, 18
    finally:
        db.dispose()
