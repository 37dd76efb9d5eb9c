"""Settings precedence and the CLI's global options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import __version__
from annotator.cli.main import main
from annotator.config import (
    DEFAULT_MODEL,
    SavedSettings,
    db_url_from,
    resolve_analyst,
    resolve_db_url,
    resolve_model,
)


def test_analyst_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTATOR_ANALYST")
    monkeypatch.setattr("annotator.config.login_name", lambda: "login")
    assert resolve_analyst() == "login"
    SavedSettings(analyst="saved").save()
    assert resolve_analyst() == "saved"
    monkeypatch.setenv("ANNOTATOR_ANALYST", "from-env")
    assert resolve_analyst() == "from-env"
    assert resolve_analyst("flag") == "flag"


def test_db_precedence_and_default_location(monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path) -> None:
    assert resolve_db_url() == f"sqlite:///{isolated_dirs / 'data' / 'annotator.sqlite3'}"
    SavedSettings(db="/tmp/saved.sqlite3").save()
    assert resolve_db_url() == "sqlite:////tmp/saved.sqlite3"
    monkeypatch.setenv("ANNOTATOR_DB", "postgresql://ana@db.example/annot")
    assert resolve_db_url() == "postgresql+psycopg://ana@db.example/annot"
    assert resolve_db_url("rel.sqlite3") == f"sqlite:///{Path('rel.sqlite3').resolve()}"


def test_model_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_model() == DEFAULT_MODEL
    monkeypatch.setenv("ANNOTATOR_MODEL", "en_core_web_md")
    assert resolve_model() == "en_core_web_md"
    assert resolve_model("xx_custom") == "xx_custom"


def test_damaged_settings_file_is_ignored(isolated_dirs: Path) -> None:
    path = isolated_dirs / "config" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert SavedSettings.load() == SavedSettings()


def test_sqlite_url_passes_through() -> None:
    assert db_url_from("sqlite:///x.db") == "sqlite:///x.db"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"annotator {__version__}"


def test_env_db_is_used_by_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("ANNOTATOR_DB", str(db))
    assert main(["import", str(data_dir / "gold_fixture.jsonl"), "--quiet"]) == 0
    assert db.exists()
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 2
    assert stats["events"] == 4
    assert stats["events_by_annotator"] == {"gold": 4}


def test_unopenable_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "not-a-db.sqlite3"
    bogus.write_bytes(b"this is not a database file at all" * 100)
    assert main(["--db", str(bogus), "stats"]) == 2
    err = capsys.readouterr().err
    assert "error" in err and str(bogus) in err
    assert "Traceback" not in err
