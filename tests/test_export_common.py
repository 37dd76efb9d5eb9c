"""What every export format shares: filters, determinism, atomic writes, the paged row stream."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from export_testdata import all_records, load_records

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import open_database
from annotator.exporters import EXPORTERS, FOLDER_FORMATS, ExportFilters, export
from annotator.exporters.base import atomic_directory, iter_export_articles

ALL = ("suggested", "draft", "confirmed", "gold")


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    db_path = tmp_path / "export.sqlite3"
    load_records(db_path, all_records(), tmp_path)
    return db_path


def _snapshot(path: Path) -> dict[str, bytes]:
    """Every file of an export (a file or a folder) with its bytes."""
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_same_database_gives_the_same_bytes(fmt: str, loaded: Path, tmp_path: Path) -> None:
    first, second = tmp_path / f"a-{fmt}", tmp_path / f"b-{fmt}"
    for out in (first, second):
        assert main(["--db", str(loaded), "export", "--format", fmt, "--out", str(out),
                     "--status", ",".join(ALL), "--quiet"]) == 0
    a, b = _snapshot(first), _snapshot(second)
    assert a and all(a.values())
    assert a == b
    assert first.is_dir() == (fmt in FOLDER_FORMATS)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_a_failed_export_leaves_the_previous_output_and_no_temporary_files(
    fmt: str, loaded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / f"gold-{fmt}"
    assert main(["--db", str(loaded), "export", "--format", fmt, "--out", str(out), "--quiet"]) == 0
    before = _snapshot(out)

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        yield from iter_export_articles(*_a, **_k)
        raise OSError("disk full")

    exporter_module = importlib.import_module(EXPORTERS[fmt].__module__)
    name = "iter_export_articles" if hasattr(exporter_module, "iter_export_articles") else "filtered_articles"
    monkeypatch.setattr(exporter_module, name, broken)
    db = open_database(str(loaded))
    try:
        with pytest.raises(OSError, match="disk full"):
            export(db, fmt, out, ExportFilters(statuses=ALL))
    finally:
        db.dispose()
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_atomic_directory_replaces_an_existing_folder_whole(tmp_path: Path) -> None:
    out = tmp_path / "brat"
    out.mkdir()
    (out / "stale.ann").write_text("old", encoding="utf-8")
    with atomic_directory(out) as folder:
        (folder / "new.ann").write_text("new", encoding="utf-8")
        assert not (out / "new.ann").exists()  # nothing visible until the swap
    assert sorted(p.name for p in out.iterdir()) == ["new.ann"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brat"]


def _jsonl_events(path: Path) -> list[tuple[str, str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for e in record["events"]:
            out.append((record["id"], e["annotator"], e["status"], e["event_date"]))
    return out


def test_filters_status_annotator_dates_and_event_type(loaded: Path, tmp_path: Path) -> None:
    def run(*flags: str) -> list[tuple[str, str, str, str]]:
        out = tmp_path / "f.jsonl"
        assert main(["--db", str(loaded), "export", "--out", str(out), "--quiet", *flags]) == 0
        return _jsonl_events(out)

    default = run()
    assert {s for _i, _a, s, _d in default} == {"confirmed", "gold"}
    assert len(default) == 4 + 3  # the fixture's four, and three of the awkward article
    assert {s for _i, _a, s, _d in run("--status", "draft,suggested")} == {"draft", "suggested"}
    assert {a for _i, a, _s, _d in run("--status", ",".join(ALL), "--annotator", "bea")} == {"bea"}
    dated = run("--status", ",".join(ALL), "--since", "2024-02-10", "--until", "2024-02-10")
    assert sorted(d for *_x, d in dated) == ["2024-02-10", "2024-02-10"]
    battles = run("--event-type", "Battles")
    assert len(battles) == 2 and all(i == "demo-kessa-offensive" for i, *_x in battles)
    riots_or_protests = run("--status", ",".join(ALL), "--event-type", "Riots", "--event-type", "Protests")
    assert len(riots_or_protests) == 3


def test_bad_options_are_refused(loaded: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = str(tmp_path / "x")
    assert main(["--db", str(loaded), "export", "--format", "xml", "--out", out]) == 2
    assert main(["--db", str(loaded), "export", "--format", "spacy", "--split", "1.5", "--out", out]) == 2
    assert main(["--db", str(loaded), "export", "--since", "2024-02-02", "--until", "2024-01-01",
                 "--out", out]) == 2
    with pytest.raises(SystemExit, match="unknown status 'approved'"):
        main(["--db", str(loaded), "export", "--status", "approved", "--out", out])
    assert "between 0 and 1" in capsys.readouterr().err
    assert not Path(out).exists()


def test_paged_stream_matches_the_repository(loaded: Path) -> None:
    """The exporters' 3-queries-per-page stream gives what repo's per-article queries give."""
    db = open_database(str(loaded))
    try:
        for statuses, annotators in ((ALL, ()), (("confirmed", "gold"), ()), (ALL, ("bea",))):
            filters = ExportFilters(statuses=statuses, annotators=annotators)
            fast = [a.to_json() for a in iter_export_articles(db, filters, page_size=2)]
            with db.session() as session:
                slow = [
                    a.to_json()
                    for a in repo.iter_article_records(
                        session, statuses=statuses, annotators=annotators or None
                    )
                ]
            assert fast == slow
        progress: list[tuple[int, int]] = []
        filters = ExportFilters(since=date(2024, 2, 1), until=date(2024, 2, 28))
        kept = list(iter_export_articles(
            db, filters, lambda done, total: progress.append((done, total)), skip_empty=True, page_size=2
        ))
        assert [a.id for a in kept] == ["awkward/article #1"]
        assert progress == [(2, 3), (3, 3)]
    finally:
        db.dispose()


def test_export_reads_postgresql_and_sqlite_alike(any_db_url: str, tmp_path: Path) -> None:
    """The paged stream's SQL runs on both backends and gives repo's records, byte for byte."""
    db = open_database(any_db_url)
    try:
        load_records(any_db_url, all_records(), tmp_path)  # type: ignore[arg-type]
        filters = ExportFilters(statuses=ALL)
        fast = [a.to_json() for a in iter_export_articles(db, filters, page_size=2)]
        with db.session() as session:
            slow = [a.to_json() for a in repo.iter_article_records(session, statuses=ALL)]
        assert fast == slow and len(fast) == 3
        out = tmp_path / "all.jsonl"
        export(db, "jsonl", out, filters)
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_records())
        assert out.read_text(encoding="utf-8") == expected
    finally:
        db.dispose()


def test_same_bytes_across_processes_with_other_hash_seeds(loaded: Path, tmp_path: Path) -> None:
    """Nothing depends on set or dict-of-str iteration order, which changes with PYTHONHASHSEED."""
    script = (
        "import sys\n"
        "from annotator.db.engine import open_database\n"
        "from annotator.exporters import EXPORTERS, ExportFilters, export\n"
        "db = open_database(sys.argv[1])\n"
        "for fmt in EXPORTERS:\n"
        "    export(db, fmt, f'{sys.argv[2]}/{fmt}', ExportFilters(statuses=tuple(sys.argv[3].split(','))))\n"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(loaded), str(out), ",".join(ALL)],
                       check=True, env=env, capture_output=True)
        outs.append(_snapshot(out))
    assert len(outs[0]) >= 9  # jsonl, csv, prodigy, 2 DocBins, conf + 3 x (.txt, .ann)
    assert outs[0] == outs[1]


def test_an_export_reads_one_snapshot(any_db_url: str, tmp_path: Path) -> None:
    """An event saved while the export runs is not half-included: the export sees one moment."""
    load_records(any_db_url, all_records(), tmp_path)  # type: ignore[arg-type]
    db = open_database(any_db_url)
    writer = open_database(any_db_url)
    try:
        stream = iter_export_articles(db, ExportFilters(statuses=ALL), page_size=1)
        first = next(stream)
        with writer.session() as session:
            last_id = max(r.id for r in repo.list_articles(session))
            repo.add_event(session, last_id, repo.EventRecord(values={"event_type": "Riots"}, annotator="late",
                                                             status="gold"))
            session.commit()
        rest = list(stream)
        assert first.id == "demo-kessa-offensive" and len(rest) == 2
        assert all(e.annotator != "late" for a in rest for e in a.events)
        after = list(iter_export_articles(db, ExportFilters(statuses=ALL)))
        assert any(e.annotator == "late" for a in after for e in a.events)
    finally:
        writer.dispose()
        db.dispose()


def test_an_unknown_event_type_is_warned_about(loaded: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "typo.jsonl"
    assert main(["--db", str(loaded), "export", "--event-type", "Battle", "--out", str(out), "--quiet"]) == 0
    assert "'Battle' is not an event type of the acled schema" in capsys.readouterr().err
    assert main(["--db", str(loaded), "export", "--event-type", "Battles", "--out", str(out), "--quiet"]) == 0
    assert "warning" not in capsys.readouterr().err
