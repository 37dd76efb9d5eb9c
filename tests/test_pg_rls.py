"""Team server: each analyst owns their events, and the PostgreSQL server itself enforces it.

Roles are cluster-wide, so every test makes its own role names; the tests share one xdist group so
that role catalog changes never run concurrently.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from annotator.cli.context import CliContext
from annotator.cli.main import main
from annotator.config import db_url_from
from annotator.db import repo
from annotator.db.engine import Database, open_database
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan

pytestmark = [pytest.mark.postgres, pytest.mark.xdist_group("pg_roles")]

TEXT = "Rebels seized the town hall in Menaka on Friday; soldiers retook it on Saturday."


@dataclass
class Team:
    admin_url: str
    ana: str
    bea: str
    rev: str

    def url_for(self, role: str) -> str:
        return make_url(db_url_from(self.admin_url)).set(username=role).render_as_string(hide_password=False)

    def open_as(self, role: str) -> Database:
        return open_database(self.url_for(role))


@pytest.fixture
def team(new_pg_database) -> Iterator[Team]:  # noqa: ANN001  (a conftest factory)
    suffix = uuid.uuid4().hex[:8]
    with new_pg_database("annotator_rls") as url:
        t = Team(url, f"ana_{suffix}", f"bea_{suffix}", f"rev_{suffix}")
        code = main(["--db", url, "server-init", "--analyst-role", t.ana, "--analyst-role", t.bea,
                     "--reviewer-role", t.rev])
        assert code == 0
        yield t


def _ana_event(team: Team) -> repo.StoredEvent:
    db = team.open_as(team.ana)
    with db.session() as session:
        who = repo.analyst_for_session(session, "somebody-else")
        article, _ = repo.add_article(session, ArticleRecord(text=TEXT, title="Menaka"))
        event = repo.add_event(
            session, article.id or 0,
            EventRecord(values={"event_type": "Battles"}, evidence=[EvidenceSpan("actor1", 0, 6, "Rebels")],
                        status="confirmed"),
            annotator=who,
        )
        session.commit()
    db.dispose()
    assert who == team.ana  # an analyst role always works under its own name
    return event


def test_another_analyst_cannot_change_or_delete_by_raw_sql(team: Team) -> None:
    event = _ana_event(team)
    bea = create_engine(db_url_from(team.url_for(team.bea)))
    try:
        with bea.begin() as conn:
            visible = conn.execute(text("SELECT count(*) FROM event WHERE id = :i"), {"i": event.id}).scalar_one()
            updated = conn.execute(text("UPDATE event SET comment = 'mine now' WHERE id = :i"), {"i": event.id})
            deleted = conn.execute(text("DELETE FROM event WHERE id = :i"), {"i": event.id})
            evidence = conn.execute(text("DELETE FROM evidence WHERE event_id = :i"), {"i": event.id})
            assert (visible, updated.rowcount, deleted.rowcount, evidence.rowcount) == (1, 0, 0, 0)
        with pytest.raises(ProgrammingError, match="permission denied"), bea.begin() as conn:
            # Renaming the owner would hand over their events: analysts have no UPDATE on annotator.
            conn.execute(text("UPDATE annotator SET name = :b WHERE name = :a"), {"a": team.ana, "b": team.bea})
        with pytest.raises(ProgrammingError, match="row-level security"), bea.begin() as conn:
            conn.execute(
                text("INSERT INTO event (article_id, annotator_id, schema_name, values, status, position, "
                     "field_origin, source_event_ids, comment, extra, created, updated, version) "
                     "SELECT article_id, annotator_id, 'acled', '{}', 'draft', 1, '{}', '[]', '', '{}', now(), now(), 1 "
                     "FROM event WHERE id = :i"),
                {"i": event.id},
            )
    finally:
        bea.dispose()
    admin = open_database(team.admin_url)
    with admin.session() as session:
        after = repo.get_event(session, event.id)
    admin.dispose()
    assert after.comment == "" and after.version == event.version and after.annotator == team.ana


def test_repo_reports_refusal_clearly(team: Team) -> None:
    event = _ana_event(team)
    db = team.open_as(team.bea)
    try:
        with db.session() as session, pytest.raises(repo.NotAllowedError, match=team.ana):
            repo.save_event(session, event.id, event.version, values={"event_type": "Riots"})
        with db.session() as session, pytest.raises(repo.NotAllowedError):
            repo.delete_event(session, event.id, event.version)
        with db.session() as session:  # but bea reviews it live, and codes her own
            seen = repo.events_for_article(session, event.article_id)
            own = repo.add_event(session, event.article_id, EventRecord(values={"event_type": "Battles"}),
                                 annotator=repo.analyst_for_session(session, "x"))
            session.commit()
            saved = repo.save_event(session, own.id, own.version, values={"event_type": "Riots"})
            session.commit()
        assert [e.annotator for e in seen] == [team.ana]
        assert saved.annotator == team.bea and saved.version == 2
    finally:
        db.dispose()


def test_reviewer_writes_gold_analyst_does_not(team: Team) -> None:
    event = _ana_event(team)
    gold = EventRecord(values={"event_type": "Battles"}, status="gold", annotator="gold", sources=[event.id])
    rev = team.open_as(team.rev)
    with rev.session() as session:
        made = repo.add_event(session, event.article_id, gold)
        session.commit()
        repo.save_event(session, made.id, made.version, comment="adjudicated")
        session.commit()
    rev.dispose()
    bea = team.open_as(team.bea)
    with bea.session() as session, pytest.raises(ProgrammingError, match="row-level security"):
        repo.add_event(session, event.article_id, gold)
    bea.dispose()


def test_cli_analyst_is_the_role_on_the_team_server(team: Team) -> None:
    args = argparse.Namespace(db=team.url_for(team.bea), analyst="configured-name", schema=None)
    ctx = CliContext(args)
    assert ctx.analyst == team.bea
    admin = CliContext(argparse.Namespace(db=team.admin_url, analyst="lead", schema=None))
    assert admin.analyst == "lead"  # the administrator (owner/superuser) keeps the given name
    ctx.db.dispose()
    admin.db.dispose()


def test_server_init_is_idempotent_and_refuses_sqlite(team: Team, tmp_path, capsys) -> None:
    assert main(["--db", team.admin_url, "server-init", "--analyst-role", team.ana]) == 0
    assert "already there" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "x.sqlite3"), "server-init", "--analyst-role", "ana"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_analyst_role_can_import_and_export(team: Team, tmp_path, data_dir, capsys) -> None:  # noqa: ANN001
    """The grants are enough for everyday commands; importing someone else's events is refused."""
    article = tmp_path / "report.txt"
    article.write_text("Protesters marched through Bamako on Tuesday.", encoding="utf-8")
    ana = team.url_for(team.ana)
    assert main(["--db", ana, "import", str(article), "--quiet"]) == 0
    main(["--db", ana, "import", str(data_dir / "gold_fixture.jsonl"), "--quiet"])
    out = capsys.readouterr()
    assert "row-level security" in out.err  # the file's events belong to "gold", not to ana
    assert main(["--db", ana, "export", "--out", str(tmp_path / "out.jsonl"), "--status", "draft", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--db", ana, "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["events"] == 0 and stats["articles"] >= 1


def test_window_analyst_is_the_role(team: Team, qtbot, acled, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The window's analyst lines up with the role RLS enforces, whatever name was configured."""
    monkeypatch.setenv("ANNOTATOR_NO_SUGGEST", "1")
    from annotator.ui.main_window import MainWindow  # noqa: PLC0415

    db = team.open_as(team.ana)
    window = MainWindow(db, acled, "somebody-else", suggestions=False, load_demo_if_empty=False, restore_last=False)
    qtbot.addWidget(window)
    try:
        # Read by the database thread before the first article opens, so no edit can use the other name.
        qtbot.waitUntil(lambda: window.analyst == team.ana)
        assert window.editor.analyst == team.ana
        assert team.ana in window.analyst_label.text() and team.ana in window.windowTitle()
    finally:
        window.close()
        window.db_thread.stop()
        db.dispose()
