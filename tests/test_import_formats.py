"""Each input format becomes the right articles: txt (and folders), Prodigy JSONL, CSV, HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from annotator.cli.main import main
from annotator.db.engine import Database
from annotator.db.models import Article
from annotator.importers import ImportOptions, ImportProgress, run_import

DEBRIS_ONE = (
    "Skip to main content\n\nGunmen attack market in Doro\n\n[fvplayer src=”″]\n\n"
    "Gunmen on motorbikes attacked the market in Doro on Tuesday,  killing three traders,\u00a0"
    "residents said.\n\n\n\nThe army said it had sent reinforcements.   \n\nYou may also like...\n"
)
DEBRIS_TWO = (
    "Floods displace thousands near Kessa\n\n[caption id=\"a1\"]Flooded road (AFP)[/caption]\n"
    "Heavy rains displaced thousands of families near Kessa, aid agencies said on Friday.\n\n"
    "Related articles\nRains hit the capital\n"
)


def _articles(db: Database) -> list[Article]:
    with db.session() as session:
        return list(session.exec(select(Article).order_by(Article.id)).all())


def _write_debris(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    one, two = folder / "doro-market.txt", folder / "kessa-floods.txt"
    one.write_text(DEBRIS_ONE, encoding="utf-8")
    two.write_text(DEBRIS_TWO, encoding="utf-8")
    return [one, two]


def test_txt_files_titles_ids_and_clean_text(db: Database, tmp_path: Path) -> None:
    files = _write_debris(tmp_path / "in")
    report = run_import(db, files, analyst="ana")
    assert (report.imported, report.rejected) == (2, [])
    one, two = _articles(db)
    assert (one.title, one.ext_id) == ("Gunmen attack market in Doro", "doro-market")
    assert one.text == (
        "Gunmen attack market in Doro\n\nGunmen on motorbikes attacked the market in Doro on Tuesday, "
        "killing three traders, residents said.\n\nThe army said it had sent reinforcements."
    )
    assert two.title == "Floods displace thousands near Kessa"
    assert "Flooded road" not in two.text and "Related" not in two.text


def test_folder_import_takes_supported_files_only(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _write_debris(folder / "sub")
    (folder / "notes.md").write_text("# not an article", encoding="utf-8")
    report = run_import(db, [folder])
    assert (report.imported, report.files, report.rejected) == (2, 2, [])


def test_cli_import_of_debris_txt_then_reimport_adds_nothing(tmp_path: Path, capsys) -> None:
    files = [str(p) for p in _write_debris(tmp_path / "in")]
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "import", *files, "--quiet"]) == 0
    assert "2 imported, 0 duplicate, 0 rejected" in capsys.readouterr().out
    assert main(["--db", db, "import", *files, "--quiet"]) == 0
    assert "0 imported, 2 duplicate, 0 rejected" in capsys.readouterr().out
    out = tmp_path / "out.jsonl"
    assert main(["--db", db, "export", "--out", str(out), "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["title"] for r in records] == ["Gunmen attack market in Doro", "Floods displace thousands near Kessa"]
    assert all(r["text"].split("\n")[0] == r["title"] for r in records)
    assert not any("[fvplayer" in r["text"] or "[caption" in r["text"] for r in records)


def _shared_samples() -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "shared" / "samples", here.parents[1].parent / "shared" / "samples"):
        if sorted(candidate.glob("*.txt")):
            return candidate
    return None


@pytest.mark.skipif(_shared_samples() is None, reason="../shared/samples is not present")
def test_real_shared_samples_import_and_export(tmp_path: Path, capsys) -> None:
    samples = sorted((_shared_samples() or Path()).glob("*.txt"))
    db = str(tmp_path / "samples.sqlite3")
    assert main(["--db", db, "import", *map(str, samples), "--quiet"]) == 0
    assert f"{len(samples)} imported, 0 duplicate, 0 rejected" in capsys.readouterr().out
    out = tmp_path / "samples.jsonl"
    assert main(["--db", db, "export", "--out", str(out), "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(samples)
    for record in records:
        first_line = record["text"].split("\n", 1)[0]
        assert record["title"] == first_line and first_line
        assert "[fvplayer" not in record["text"]
        assert "Skip to main content" not in record["text"]
        assert "\u00a0" not in record["text"]
    assert main(["--db", db, "import", *map(str, samples), "--quiet"]) == 0
    assert f"0 imported, {len(samples)} duplicate" in capsys.readouterr().out


def test_prodigy_jsonl_by_format_and_by_detection(db: Database, tmp_path: Path) -> None:
    tasks = [
        {"text": "Protest in Doro\n\nHundreds marched in Doro.", "meta": {"title": "Doro protest",
         "url": "https://example.org/p", "source": "Wire", "published": "2024-02-01", "id": "p-1"},
         "_input_hash": 1, "spans": []},
        {"text": "Strike near Kessa\n\nAn air strike hit a village near Kessa.", "meta": {}},
        {"text": "", "meta": {}},
    ]
    path = tmp_path / "tasks.prodigy"
    path.write_text("".join(json.dumps(t) + "\n" for t in tasks), encoding="utf-8")
    report = run_import(db, [path], options=ImportOptions(format="prodigy"))
    assert report.imported == 2
    assert [(r.line, r.message) for r in report.rejected] == [(3, "'text' is empty")]
    first, second = _articles(db)
    assert (first.title, first.url, first.source, first.ext_id) == ("Doro protest", "https://example.org/p", "Wire", "p-1")
    assert str(first.published) == "2024-02-01"
    assert second.title == "Strike near Kessa"
    assert first.text == tasks[0]["text"]  # stored as given, like Annotator JSONL

    # The same lines in a .jsonl file are recognised as Prodigy (meta, no events, no title).
    detected = tmp_path / "tasks.jsonl"
    detected.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    again = run_import(db, [detected])
    assert (again.imported, again.duplicates, again.rejected_count) == (0, 2, 1)


def test_csv_columns_renamed_and_rows_checked(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Headline,Body,Date,Link,Outlet\n"
        "Clashes in Doro,\"Clashes in Doro\n\nFighting  broke out on Monday.\",2 March 2024,https://e.org/1,Wire\n"
        ",\"No headline here\nsecond line\",2024-03-05T10:00:00Z,,\n"
        "Bad date,Some text,not a date at all,,\n"
        "No text,,2024-03-05,,\n",
        encoding="utf-8",
    )
    options = ImportOptions(text_column="Body", title_column="Headline", published_column="Date",
                            url_column="Link", source_column="Outlet")
    report = run_import(db, [path], options=options)
    assert report.imported == 2
    assert [(r.line, r.message.split(" (")[0]) for r in report.rejected] == [
        (7, "published is not a date: 'not a date at all'"),  # rows start on lines 2, 5, 7, 8
        (8, "row has no text"),
    ]
    first, second = _articles(db)
    assert (first.title, str(first.published), first.url, first.source) == (
        "Clashes in Doro", "2024-03-02", "https://e.org/1", "Wire")
    assert first.text == "Clashes in Doro\n\nFighting broke out on Monday."
    assert (second.title, str(second.published)) == ("No headline here", "2024-03-05")


def test_html_page_main_text_title_date_and_no_script(db: Database, data_dir: Path) -> None:
    report = run_import(db, [data_dir / "broken" / "script.html"])
    assert (report.imported, report.rejected) == (1, [])
    (article,) = _articles(db)
    assert article.title == "Army retakes Doro"
    assert str(article.published) == "2024-03-08"
    assert article.text.startswith("Army retakes Doro\n\nGovernment troops retook the town of Doro")
    assert "seven fighters were killed" in article.text
    for debris in ("EVIL-SCRIPT-TEXT", "HACKED", "evil.example", "display: none", "Copyright", "Home"):
        assert debris not in article.text


def test_annotator_jsonl_text_is_stored_exactly(db: Database, tmp_path: Path) -> None:
    text = "  Leading spaces\u00a0and [fvplayer src=\"x\"] stay  \n\n\n\nexactly.  "
    path = tmp_path / "exact.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "t", "text": text, "events": []}) + "\n", encoding="utf-8")
    assert run_import(db, [path]).imported == 1
    assert _articles(db)[0].text == text


def test_progress_advances_by_bytes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = {"title": "t", "events": [], "text": ""}
    with path.open("w", encoding="utf-8") as handle:
        for i in range(400):
            line["text"] = f"Article number {i} " + "padding words " * 80
            handle.write(json.dumps(line) + "\n")
    small = tmp_path / "one.txt"
    small.write_text("Headline\n\nBody.", encoding="utf-8")
    size = path.stat().st_size
    seen: list[ImportProgress] = []
    report = run_import(db, [path, small], progress=seen.append)
    assert report.imported == 401
    big = [p for p in seen if p.path == path]
    done = [p.done_bytes for p in big]
    assert done == sorted(done)  # never goes backwards
    assert 0 < done[0] < size // 4  # the first records report a small part of the file ...
    assert any(size // 3 < d < size for d in done)  # ... later ones more, before the end
    assert done[-1] == size and big[-1].total_bytes == size
    total = size + small.stat().st_size
    assert all(p.run_total_bytes == total for p in seen)
    assert seen[-1].run_done_bytes == total


def test_csv_default_columns_with_bom_and_id(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_bytes(
        "\ufeffid,text,source\nrow-9,\"Shelling in Kessa\n\nShells hit the market.\",Wire,extra cell\n".encode()
    )
    report = run_import(db, [path])
    assert (report.imported, report.rejected) == (1, [])
    (article,) = _articles(db)
    assert (article.ext_id, article.title, article.source) == ("row-9", "Shelling in Kessa", "Wire")


def test_cli_progress_bar_counts_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.progress import Progress

    files = _write_debris(tmp_path / "in")
    updates: list[dict] = []
    original = Progress.update

    def spy(self, task_id, **kwargs):  # type: ignore[no-untyped-def]
        updates.append(kwargs)
        return original(self, task_id, **kwargs)

    monkeypatch.setattr(Progress, "update", spy)
    assert main(["--db", str(tmp_path / "p.sqlite3"), "import", *map(str, files)]) == 0
    total = sum(p.stat().st_size for p in files)
    assert updates and all(u["total"] == total for u in updates)
    assert updates[-1]["completed"] == total
    assert updates[0]["completed"] < total  # the first file ends before the run does


def test_txt_import_takes_publication_date_and_source_from_flags(tmp_path: Path) -> None:
    """A .txt file carries no date; --published lets "on Sunday" resolve, and JSONL dates win."""
    from annotator.cli.main import main as cli_main
    from annotator.db import repo
    from annotator.db.engine import open_database

    story = tmp_path / "story.txt"
    story.write_text("Rebels seize town\n\nRebels seized the town on Sunday.\n", encoding="utf-8")
    dated = tmp_path / "dated.jsonl"
    dated.write_text(
        '{"id": "d", "title": "t", "text": "Another report.", "published": "2020-01-02"}\n',
        encoding="utf-8",
    )
    db_file = tmp_path / "flags.sqlite3"
    args = ["--db", str(db_file), "import", str(story), str(dated), "--quiet",
            "--published", "2024-05-14", "--source", "Field notes"]
    assert cli_main(args) == 0
    database = open_database(str(db_file))
    with database.session() as session:
        rows = {r.title: r for r in repo.list_articles(session)}
    database.dispose()
    assert str(rows["Rebels seize town"].published) == "2024-05-14"
    assert rows["Rebels seize town"].source == "Field notes"
    assert str(rows["t"].published) == "2020-01-02"  # the record's own date is kept
    assert rows["t"].source == "Field notes"  # ... and a missing source takes the default


def test_same_id_with_another_text_is_named_not_silent(tmp_path: Path, capsys) -> None:
    """The .txt import cleans page debris, JSONL keeps the text verbatim: the same report from
    both is two articles, and the import says so (file and line) instead of "0 duplicate"."""
    files = [str(p) for p in _write_debris(tmp_path / "in")]
    db = str(tmp_path / "twins.sqlite3")
    assert main(["--db", db, "import", *files, "--quiet"]) == 0
    capsys.readouterr()
    raw = tmp_path / "coded.jsonl"
    raw.write_text(json.dumps({
        "id": "doro-market", "title": "Gunmen attack market in Doro",
        "text": "Gunmen attack market in Doro\n\n[fvplayer src=\"\"]\n\nGunmen on motorbikes attacked the market.",
    }) + "\n", encoding="utf-8")
    assert main(["--db", db, "import", str(raw), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "1 imported, 0 duplicate, 0 rejected" in captured.out
    assert "1 new article has the id of a stored article whose text differs" in captured.out
    assert f"note {raw}:1: id 'doro-market' is already article #" in captured.err
    # Another id, or the very same text again, says nothing.
    assert main(["--db", db, "import", str(raw), "--quiet"]) == 0
    assert "whose text differs" not in capsys.readouterr().out
