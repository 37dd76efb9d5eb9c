"""Attaching a colleague's database copies their work in, read-only, never overwriting ours."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import Database, open_database
from annotator.importers import ImportOptions, run_import
from annotator.review.adjudicate import build_gold, save_gold
from annotator.review.agreement import article_groups
from annotator.review.attach import AttachError, attach_database
from annotator.schema import Schema

REVIEW = Path(__file__).parent / "data" / "review"


def _subset(tmp_path: Path, name: str, annotators: set[str]) -> Path:
    """The two-annotator fixture with only some annotators' events (and a new id per article)."""
    out = tmp_path / f"{name}.jsonl"
    lines = []
    for line in (REVIEW / "two_annotators.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["id"] = f"{name}-{record['id']}"
        record["events"] = [e for e in record["events"] if e["annotator"] in annotators]
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def theirs(tmp_path: Path, acled: Schema) -> Path:
    """bea's database: her events on the fixture articles, plus a gold event she adjudicated."""
    path = tmp_path / "bea.sqlite3"
    other = open_database(str(path))
    run_import(other, [_subset(tmp_path, "bea", {"ana", "bea"})], options=ImportOptions(schema=acled))
    with other.session() as s:
        kati = article_groups(s, acled, 2).groups[0]
        save_gold(s, 2, build_gold(kati, acled, "bea", {"sub_event_type": "bea"}, comment="tear gas"), acled)
        s.commit()
    other.dispose()
    return path


def test_attach_copies_their_work_without_touching_either_side(
    db: Database, acled: Schema, theirs: Path, tmp_path: Path
) -> None:
    run_import(db, [_subset(tmp_path, "ana", {"ana"})], options=ImportOptions(schema=acled))
    with db.session() as s:
        mine_before = {e.id: (e.values, e.version) for e in repo.events_for_article(s, 1)}
    before = _digest(theirs)
    os.chmod(theirs, 0o400)  # read-only: any write attempt would fail loudly
    report = attach_database(db, theirs, schema=acled)
    assert _digest(theirs) == before
    assert sorted(p.name for p in theirs.parent.glob("bea.sqlite3*")) == ["bea.sqlite3"]
    # Same texts, so all 3 articles match by content hash; ana's events in bea's file are identical
    # to ours and skipped; bea's 2 events and her gold event come in.
    assert (report.articles_added, report.articles_matched) == (0, 3)
    assert (report.events_added, report.events_skipped) == (3, 4)
    with db.session() as s:
        assert repo.count_articles(s) == 3
        assert {e.id: (e.values, e.version) for e in repo.events_for_article(s, 1, annotator="ana")} == mine_before
        kati = repo.events_for_article(s, 2)
        gold = next(e for e in kati if e.status == "gold")
        by_id = {e.id: e for e in kati}
        # Provenance points at the local copies of the events the gold event came from.
        assert sorted(by_id[i].annotator for i in gold.source_event_ids or []) == ["ana", "bea"]
        assert gold.comment == "tear gas"
    again = attach_database(db, theirs, schema=acled)
    assert (again.events_added, again.events_skipped) == (0, 7)


def test_attach_adds_articles_we_do_not_have(db: Database, acled: Schema, theirs: Path, capsys) -> None:
    assert main(["--db", str(db.path), "attach", str(theirs)]) == 0
    assert "3 new articles" in capsys.readouterr().out
    with db.session() as s:
        coders = {e.annotator for a in (1, 2, 3) for e in repo.events_for_article(s, a)}
    assert coders == {"ana", "bea"}


def test_attach_refuses_bad_inputs(db: Database, tmp_path: Path) -> None:
    with pytest.raises(AttachError, match="no database file"):
        attach_database(db, tmp_path / "missing.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AttachError, match="not a readable SQLite"):
        attach_database(db, junk)
    assert db.path is not None
    with pytest.raises(AttachError, match="open database itself"):
        attach_database(db, db.path)
