"""File > Export…: the dialog builds the CLI's filters and exports in the background."""

from __future__ import annotations

import csv
import sys
import threading
from datetime import date
from pathlib import Path

import pandas
import pytest
from export_testdata import all_records, load_records
from PySide6.QtCore import QDate, QPoint, Qt
from spacy.tokens import DocBin

from annotator.db.engine import Database, open_database
from annotator.exporters import ExportFilters
from annotator.importers import ImportOptions, run_import
from annotator.interchange import ArticleRecord, read_jsonl
from annotator.schema import Schema
from annotator.ui.export_dialog import ExportDialog

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def loaded(db: Database, db_path: Path, tmp_path: Path) -> Database:
    load_records(db_path, all_records(), tmp_path)
    return db


def _dialog(qtbot, db: Database, schema: Schema) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(db, schema)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.names_loaded)  # the names are read in a worker
    return dialog


def _choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))


def test_widgets_give_the_same_filters_as_the_cli(qtbot, loaded: Database, acled: Schema) -> None:
    dialog = _dialog(qtbot, loaded, acled)
    assert dialog.filters() == ExportFilters()  # defaults: confirmed and gold, everything else open
    names = [dialog.annotator_list.item(i).text() for i in range(dialog.annotator_list.count())]
    assert {"ana", "bea", "gold"} <= set(names) and dialog.selected_annotators() == ()  # none: everyone
    dialog.status_boxes["draft"].setChecked(True)
    dialog.status_boxes["gold"].setChecked(False)
    dialog.set_annotators_checked({"bea"})
    dialog.since_check.setChecked(True)
    dialog.since_edit.setDate(QDate(2024, 2, 1))
    dialog.until_check.setChecked(True)
    dialog.until_edit.setDate(QDate(2024, 2, 29))
    for i in range(dialog.type_list.count()):
        item = dialog.type_list.item(i)
        if item.text() in ("Riots", "Protests"):
            item.setCheckState(Qt.CheckState.Checked)
    assert dialog.filters() == ExportFilters(
        statuses=("draft", "confirmed"), annotators=("bea",), since=date(2024, 2, 1),
        until=date(2024, 2, 29), event_types=("Protests", "Riots"),
    )
    dialog.keep_sources_box.setChecked(True)  # the CLI's --keep-sources
    assert dialog.filters().keep_sources
    dialog.skip_unadjudicated_box.setChecked(True)  # the CLI's --skip-unadjudicated
    assert dialog.filters().skip_unadjudicated


def test_format_choice_sets_the_suffix_and_the_spacy_options(qtbot, loaded: Database, acled: Schema,
                                                             tmp_path: Path) -> None:
    dialog = _dialog(qtbot, loaded, acled)
    dialog.path_edit.setText(str(tmp_path / "gold.jsonl"))
    _choose_format(dialog, "csv")
    assert dialog.path_edit.text() == str(tmp_path / "gold.csv")
    assert not dialog.spacy_options.isEnabled()
    assert dialog.keep_sources_box.isEnabled()
    _choose_format(dialog, "jsonl")
    assert not dialog.keep_sources_box.isEnabled()  # JSONL keeps every version whatever it says
    _choose_format(dialog, "spacy")
    assert dialog.path_edit.text() == str(tmp_path / "gold")
    assert dialog.spacy_options.isEnabled()


def test_export_csv_in_the_background(qtbot, loaded: Database, acled: Schema, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, loaded, acled)
    _choose_format(dialog, "csv")
    out = tmp_path / "bea.csv"
    dialog.path_edit.setText(str(out))
    dialog.status_boxes["draft"].setChecked(True)
    dialog.set_annotators_checked({"bea"})
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()
    result = blocker.args[0]
    assert (result.path, result.events) == (out, 2)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["annotator"], r["status"]) for r in rows} == {("bea", "gold"), ("bea", "draft")}
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Wrote 1 article, 2 events" in dialog.message.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_export_spacy_folder_with_split(qtbot, loaded: Database, acled: Schema, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, loaded, acled)
    _choose_format(dialog, "spacy")
    out = tmp_path / "spacy-out"
    dialog.path_edit.setText(str(out))
    dialog.split_spin.setValue(0.5)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_button.click()
    sizes = [len(DocBin().from_bytes((out / f"{n}.spacy").read_bytes())) for n in ("train", "dev")]
    assert sizes == [2, 1]  # three articles have confirmed or gold events; round(3 * 0.5) = 2


def test_nothing_to_do_is_explained(qtbot, loaded: Database, acled: Schema, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, loaded, acled)
    dialog.path_edit.setText(str(tmp_path / "x.jsonl"))
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    dialog.export_button.click()
    assert dialog.task is None and "at least one status" in dialog.message.text()
    dialog.status_boxes["gold"].setChecked(True)
    dialog.path_edit.setText("")
    dialog.export_button.click()
    assert dialog.task is None and "where to write" in dialog.message.text()
    assert not (tmp_path / "x.jsonl").exists()


def test_cancel_leaves_no_file(qtbot, acled: Schema, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import build_sqlite

    big = open_database(f"sqlite:///{build_sqlite(tmp_path / 'big.sqlite3', n_articles=3000, seed=2)}")
    try:
        dialog = _dialog(qtbot, big, acled)
        out = tmp_path / "big.jsonl"
        dialog.path_edit.setText(str(out))
        with qtbot.waitSignal(dialog.export_failed, timeout=60000):
            dialog.export_button.click()
            dialog.cancel_button.click()  # before the first page of 1,000 articles is done
        assert "cancelled" in dialog.message.text()
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("big.sqlite3")] == []
        assert dialog.export_button.isEnabled()
    finally:
        big.dispose()


def test_long_notes_do_not_squeeze_the_event_type_list(qtbot, loaded: Database, acled: Schema, tmp_path: Path) -> None:
    from annotator.ui.export_dialog import TYPE_ROWS_KEPT

    dialog = _dialog(qtbot, loaded, acled)
    _choose_format(dialog, "spacy")
    dialog.path_edit.setText(str(tmp_path / "spacy-notes"))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_button.click()
    assert len(blocker.args[0].notes) >= 2  # the split counts and the several-annotators note at least
    qtbot.wait(50)  # the layout settles on the next event loop turn
    assert dialog.type_list.height() >= TYPE_ROWS_KEPT * dialog.type_list.sizeHintForRow(0)


REVIEW = ROOT / "tests" / "data" / "review"
CODED = [REVIEW / "two_annotators.jsonl", REVIEW / "three_annotators.jsonl"]


def _coded_events(paths: list[Path], annotators: set[str]) -> list[tuple[str, str, str, str]]:
    """(article, annotator, type, date) of every event these annotators coded in the input files."""
    return sorted(
        (record.id, event.annotator, event.values["event_type"], event.values["event_date"])
        for path in paths for _n, record in read_jsonl(path) if isinstance(record, ArticleRecord)
        for event in record.events if event.annotator in annotators
    )


@pytest.fixture
def three_coders(db: Database, acled: Schema) -> Database:
    """ana, bea and cid coded five articles (confirmed); the import is "tester"'s, who coded nothing."""
    assert run_import(db, CODED, analyst="tester", options=ImportOptions(schema=acled)).rejected_count == 0
    return db


def test_any_subset_of_annotators_is_exported(qtbot, three_coders: Database, acled: Schema, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, three_coders, acled)
    names = [dialog.annotator_list.item(i).text() for i in range(dialog.annotator_list.count())]
    assert {"ana", "bea", "cid"} <= set(names)
    # A person ticks two of the three boxes.
    for name in ("ana", "cid"):
        item = dialog.annotator_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        rect = dialog.annotator_list.visualItemRect(item)
        box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the check box, left of the name
        qtbot.mouseClick(dialog.annotator_list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert dialog.selected_annotators() == ("ana", "cid")
    assert dialog.filters().annotators == ("ana", "cid")  # the CLI's --annotator ana --annotator cid
    wanted = _coded_events(CODED, {"ana", "cid"})

    out = tmp_path / "two.jsonl"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_button.click()
    records = [r for _n, r in read_jsonl(out) if isinstance(r, ArticleRecord)]
    written = sorted((r.id, e.annotator, e.values["event_type"], e.values["event_date"])
                     for r in records for e in r.events)
    assert written == wanted and blocker.args[0].events == len(wanted)

    _choose_format(dialog, "csv")
    dialog.path_edit.setText(str(tmp_path / "two.csv"))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_button.click()
    frame = pandas.read_csv(tmp_path / "two.csv", keep_default_na=False, dtype=str)
    assert sorted(zip(frame["article_id"], frame["annotator"], frame["event_type"], frame["event_date"],
                      strict=True)) == wanted

    # None ticked again: everyone's events, as with no --annotator.
    dialog.set_annotators_checked(set())
    assert dialog.filters().annotators == ()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].events == len(_coded_events(CODED, {"ana", "bea", "cid"}))


def test_annotator_names_come_from_a_worker(qtbot, three_coders: Database, acled: Schema,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import annotator.ui.export_dialog as export_dialog

    started = threading.Event()
    release = threading.Event()
    read_on: list[threading.Thread] = []
    real = export_dialog._annotator_names

    def slow_names(database: Database) -> list[str]:
        read_on.append(threading.current_thread())
        started.set()
        release.wait(10)
        return real(database)

    monkeypatch.setattr(export_dialog, "_annotator_names", slow_names)
    dialog = ExportDialog(three_coders, acled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert started.wait(10)
    # The window is usable while the names are read: the list says so and nothing can be ticked.
    assert not dialog.names_loaded and dialog.annotator_list.item(0).text() == "reading names…"
    assert dialog.selected_annotators() == () and dialog.filters() == ExportFilters()
    release.set()
    qtbot.waitUntil(lambda: dialog.names_loaded)
    assert read_on[0] is not threading.main_thread()
    assert {"ana", "bea", "cid"} <= {dialog.annotator_list.item(i).text() for i in range(dialog.annotator_list.count())}


def test_skip_unadjudicated_box_and_its_note(qtbot, three_coders: Database, acled: Schema, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, three_coders, acled)
    _choose_format(dialog, "csv")
    out = tmp_path / "gold.csv"
    dialog.path_edit.setText(str(out))
    dialog.skip_unadjudicated_box.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_button.click()
    # Nobody adjudicated: of the five articles only gao-kidnap, coded by ana alone, is written.
    frame = pandas.read_csv(out, keep_default_na=False, dtype=str)
    assert sorted(zip(frame["article_id"], frame["annotator"], strict=True)) == [("gao-kidnap", "ana")]
    left_out = len(_coded_events(CODED, {"ana", "bea", "cid"})) - 1
    note = f"{left_out} events of 4 double-coded articles left out: nobody has adjudicated them yet"
    assert any(n.startswith(note) for n in blocker.args[0].notes)
    assert note in dialog.message.text()  # in the result the dialog shows, not only in the object
    # The dialog grew for the note instead of squeezing the event types into a scrolled list.
    qtbot.wait(50)  # the layout settles on the next event loop turn
    types = dialog.type_list
    assert types.viewport().height() >= types.count() * types.sizeHintForRow(0)
