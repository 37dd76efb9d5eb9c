"""The storage layer behaves the same on SQLite and on a PostgreSQL team server.

Every test here takes ``any_db`` (or ``any_db_url``) from conftest, so it runs once on a SQLite
file and once on a fresh PostgreSQL database (skipped when no test server is available).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import learned, repo
from annotator.db.engine import LATEST_REVISION, Database, current_revision, head_revision
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan

TEXT = (
    "Militants ambushed a police convoy near Tessit on 3 May 2024, killing seven officers. "
    "The next day, traders in Gao protested against rising fuel prices."
)


def _span(field: str, words: str) -> EvidenceSpan:
    start = TEXT.index(words)
    return EvidenceSpan(field, start, start + len(words), words)


def _add(db: Database, annotator: str = "ana", status: str = "confirmed") -> repo.StoredEvent:
    with db.session() as session:
        article, _ = repo.add_article(
            session, ArticleRecord(text=TEXT, id="tessit", title="Convoy ambushed", published=date(2024, 5, 4))
        )
        event = repo.add_event(
            session,
            article.id or 0,
            EventRecord(
                values={"event_type": "Violence against civilians", "fatalities": 7, "actor1": "Militants",
                        "nested": {"list": [1, 2], "unicode": "Ségou"}},
                evidence=[_span("actor1", "Militants"), _span("location", "Tessit")],
                annotator=annotator,
                status=status,
            ),
            field_origin={"actor1": "accepted", "fatalities": "typed"},
        )
        session.commit()
    return event


def test_migrated_to_head(any_db: Database) -> None:
    assert current_revision(any_db.engine) == head_revision() == LATEST_REVISION


def test_learned_places_and_triggers_on_both_databases(any_db: Database) -> None:
    values = {"location": "Wunkur", "country": "South Sudan", "admin1": "Lakes", "latitude": 6.62,
              "longitude": 29.9, "geo_precision": 1, "sub_event_type": "Attack"}
    evidence = [EvidenceSpan("trigger", 0, 6, "raided"), EvidenceSpan("location", 7, 13, "Wunkur")]
    for _ in range(2):
        with any_db.session() as session:
            learned.learn_from_event(session, values, evidence)
            session.commit()
    with any_db.session() as session:
        (place,) = learned.learned_places(session)
        assert (place.name, place.admin1, place.latitude, place.confirmations) == ("Wunkur", "Lakes", 6.62, 2)
        assert learned.learned_triggers(session) == [("raided", "Attack", 2)]


def test_add_and_read_back(any_db: Database) -> None:
    event = _add(any_db)
    with any_db.session() as session:
        stored = repo.get_event(session, event.id)
        listed = repo.events_for_article(session, event.article_id, annotator="ana")
        article = repo.get_article(session, event.article_id)
    assert stored.values["nested"] == {"list": [1, 2], "unicode": "Ségou"}  # JSON columns
    assert [(s.field, s.text) for s in stored.evidence] == [("actor1", "Militants"), ("location", "Tessit")]
    assert stored.field_origin == {"actor1": "accepted", "fatalities": "typed"}
    assert [e.id for e in listed] == [event.id]
    assert article.published == date(2024, 5, 4) and article.status == "done"


def test_duplicate_article_is_not_added_twice(any_db: Database) -> None:
    with any_db.session() as session:
        first, created1 = repo.add_article(session, ArticleRecord(text=TEXT))
        second, created2 = repo.add_article(session, ArticleRecord(text=TEXT, id="other-id"))
        session.commit()
    assert created1 and not created2 and first.id == second.id


def test_list_filter_and_search(any_db: Database) -> None:
    _add(any_db)
    with any_db.session() as session:
        repo.add_article(session, ArticleRecord(text="Floods displaced farmers along the river.", title="Floods"))
        session.commit()
        assert repo.count_filtered_articles(session) == 2
        assert [r.title for r in repo.list_articles(session, search="convoy")] == ["Convoy ambushed"]
        assert [r.title for r in repo.list_articles(session, search="floods")] == ["Floods"]
        assert repo.list_articles(session, search="nonexistentword") == []
        assert [r.title for r in repo.list_articles(session, annotator="ana")] == ["Convoy ambushed"]
        assert [r.title for r in repo.list_articles(session, status="new")] == ["Floods"]
        rows = repo.list_articles(session, sort="title", descending=True)
        assert [r.title for r in rows] == ["Floods", "Convoy ambushed"]
        assert rows[1].events == 1 and rows[1].annotators == "ana"


def test_save_bumps_version_and_stale_save_conflicts(any_db: Database) -> None:
    event = _add(any_db)
    with any_db.session() as session:
        saved = repo.save_event(session, event.id, event.version, values={**event.values, "fatalities": 8},
                                evidence=[_span("actor1", "Militants")], status="draft")
        session.commit()
    assert saved.version == event.version + 1 and saved.values["fatalities"] == 8
    assert [s.field for s in saved.evidence] == ["actor1"]
    with any_db.session() as session, pytest.raises(repo.ConflictError) as caught:
        repo.save_event(session, event.id, event.version, values={"fatalities": 9})
    assert caught.value.current is not None
    assert caught.value.current.values["fatalities"] == 8 and caught.value.current.version == saved.version
    with any_db.session() as session:
        assert repo.get_article(session, event.article_id).status == "in_progress"


def test_delete_with_version(any_db: Database) -> None:
    event = _add(any_db)
    with any_db.session() as session, pytest.raises(repo.ConflictError):
        repo.delete_event(session, event.id, expected_version=event.version + 5)
    with any_db.session() as session:
        repo.delete_event(session, event.id, expected_version=event.version)
        session.commit()
    with any_db.session() as session:
        with pytest.raises(repo.NotFoundError):
            repo.get_event(session, event.id)
        assert repo.get_article(session, event.article_id).status == "new"


def test_stats(any_db: Database) -> None:
    _add(any_db, "ana")
    _add(any_db, "bea", status="draft")
    with any_db.session() as session:
        s = repo.stats(session)
    assert s.articles == 1 and s.events == 2
    assert s.events_by_annotator == {"ana": 1, "bea": 1}
    assert s.events_by_status == {"confirmed": 1, "draft": 1}
    assert s.field_origin["actor1"] == {"accepted": 2}


def test_gold_fixture_round_trip(any_db_url: str, tmp_path: Path, data_dir: Path) -> None:
    source = data_dir / "gold_fixture.jsonl"
    out = tmp_path / "out.jsonl"
    assert main(["--db", any_db_url, "import", str(source), "--quiet"]) == 0
    assert main(["--db", any_db_url, "export", "--format", "jsonl", "--out", str(out), "--quiet"]) == 0
    assert out.read_bytes() == source.read_bytes()
    assert main(["--db", any_db_url, "stats", "--json"]) == 0


def test_cli_stats_json(any_db_url: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", any_db_url, "import", str(data_dir / "gold_fixture.jsonl"), "--quiet"])
    capsys.readouterr()
    assert main(["--db", any_db_url, "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 2 and stats["events"] == 4


def test_aliases_used_values_and_reorder(any_db: Database) -> None:
    first = _add(any_db)
    with any_db.session() as session:
        second = repo.add_event(session, first.article_id, EventRecord(values={"actor1": "Gunmen"}, annotator="ana"))
        repo.reorder_events(session, first.article_id, [second.id, first.id])
        repo.learn_actor_alias(session, "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")
        repo.learn_actor_alias(session, "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")  # learned once
        session.commit()
        order = [e.id for e in repo.events_for_article(session, first.article_id)]
        assert order == [second.id, first.id]
        assert repo.actor_aliases(session) == [("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")]
        assert repo.used_values(session, ["actor1"]) == ["Gunmen", "Militants"]
        assert repo.annotator_names(session) == ["ana"]
