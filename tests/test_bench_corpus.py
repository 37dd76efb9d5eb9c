"""The shared benchmark corpus: valid Annotator JSONL, deterministic, and loadable as a database."""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.interchange import article_from_json, read_jsonl
from annotator.schema import Schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import build_sqlite, iter_articles, write_jsonl  # noqa: E402


def test_articles_validate_and_offsets_point_at_the_words(acled: Schema) -> None:
    articles = list(iter_articles(50, seed=3))
    assert len(articles) == 50
    assert len({a["text"] for a in articles}) == 50  # unique texts: distinct articles on import
    statuses = set()
    for article in articles:
        assert 1500 <= len(article["text"]) <= 3200
        record = article_from_json(article, acled)  # raises on any bad offset or field value
        assert len(record.events) == 3
        for event in article["events"]:
            assert set(acled.empty_values()) <= set(event)
            statuses.add(event["status"])
            assert {s["field"] for s in event["evidence"]} >= {"trigger", "actor1", "location"}
            for span in event["evidence"]:
                assert article["text"][span["start"] : span["end"]] == span["text"]
    assert statuses == {"confirmed", "gold", "draft"}


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", 20, seed=1)
    b = write_jsonl(tmp_path / "b.jsonl", 20, seed=1)
    c = write_jsonl(tmp_path / "c.jsonl", 20, seed=2)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert sum(1 for _n, r in read_jsonl(a) if not isinstance(r, Exception)) == 20


def test_sqlite_database_is_readable_through_repo(tmp_path: Path) -> None:
    path = build_sqlite(tmp_path / "corpus.sqlite3", n_articles=50, seed=5)
    expected = list(iter_articles(50, seed=5))
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as session:
            assert repo.count_articles(session) == 50
            records = list(repo.iter_article_records(session, statuses=None))
            assert len(records) == 50
            for record, article in zip(records, expected, strict=True):
                assert record.text == article["text"]
                assert len(record.events) == 3
                for event, want in zip(record.events, article["events"], strict=True):
                    assert event.status == want["status"]
                    assert event.annotator == want["annotator"]
                    assert [s.to_json() for s in event.evidence] == want["evidence"]
                    assert event.values["actor1"] == want["actor1"]
            # The full-text index was rebuilt after the bulk load: each dateline number is unique.
            assert repo.count_filtered_articles(session, search="0000007") == 1
            assert repo.count_filtered_articles(session, search="0000049") == 1
            assert repo.stats(session).events == 150
    finally:
        db.dispose()
    # A second call finds the existing file instead of rebuilding.
    before = path.stat().st_mtime_ns
    assert build_sqlite(path, n_articles=50, seed=5) == path
    assert path.stat().st_mtime_ns == before
