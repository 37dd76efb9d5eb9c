"""The review screen: take one annotator's actor and another's date with the keyboard, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.db import repo
from annotator.db.engine import Database
from annotator.importers import ImportOptions, run_import
from annotator.schema import Schema
from annotator.ui.review_view import ReviewDialog
from annotator.ui.workers import InlineJobs

REVIEW = Path(__file__).parent.parent / "data" / "review"


@pytest.fixture
def two(db: Database, acled: Schema) -> Database:
    assert run_import(db, [REVIEW / "two_annotators.jsonl"], options=ImportOptions(schema=acled)).rejected_count == 0
    return db


def _select(qtbot, dialog: ReviewDialog, field: str, annotator: str) -> None:
    dialog.table.setCurrentCell(dialog.row_of(field), dialog.column_of(annotator))
    dialog.table.setFocus()


def test_take_actor_from_bea_and_date_from_ana_then_save(qtbot, two: Database, acled: Schema) -> None:
    dialog = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.annotators == ["ana", "bea"]
    assert dialog.event_combo.count() == 2  # the clash (both) and the arrest (ana only)
    with two.session() as s:
        ana = repo.events_for_article(s, 1, annotator="ana")[0]
        bea = repo.events_for_article(s, 1, annotator="bea")[0]
    gold_col = len(dialog.annotators)
    # Key "2" on the actor 1 row takes bea's actor.
    _select(qtbot, dialog, "actor1", "ana")
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert dialog.table.item(dialog.row_of("actor1"), gold_col).text() == "Military Forces of Mali (2021-)"
    # Take bea's date with "2", then change our mind: select ana's date cell and press Enter.
    _select(qtbot, dialog, "event_date", "ana")
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert dialog.table.item(dialog.row_of("event_date"), gold_col).text() == "2024-06-03"
    _select(qtbot, dialog, "event_date", "ana")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.table.item(dialog.row_of("event_date"), gold_col).text() == "2024-06-04"
    # Differing rows are highlighted, agreeing rows are not.
    differ_bg = dialog.table.item(dialog.row_of("fatalities"), dialog.column_of("ana")).background().color()
    same_bg = dialog.table.item(dialog.row_of("location"), dialog.column_of("ana")).background().color()
    assert differ_bg != same_bg
    qtbot.keyClicks(dialog.comment_edit, "bea's actor name is the current one")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with two.session() as s:
        gold = repo.get_event(s, saved.args[0])
    assert gold.status == "gold" and gold.annotator == "rita"
    assert gold.values["actor1"] == bea.values["actor1"] == "Military Forces of Mali (2021-)"
    assert (gold.values["event_date"], gold.values["time_precision"]) == ("2024-06-04", 1)
    assert sorted(gold.source_event_ids or []) == sorted([ana.id, bea.id])
    assert gold.comment == "bea's actor name is the current one"
    # Evidence comes from the chosen versions: bea's actor words, ana's date words.
    assert {(e.field, e.text) for e in gold.evidence if e.field in ("actor1", "event_date")} == {
        ("actor1", "Soldiers"), ("event_date", "on Tuesday")
    }
    assert "adjudicated" in dialog.event_combo.currentText()
    assert "Saved gold event" in dialog.status.text()
    # Says whose values went in, not event ids only.
    assert dialog.status.text().endswith(": actor1 from bea, the rest from ana.")


def test_hover_shows_that_versions_evidence_in_utf16_text(qtbot, two: Database, acled: Schema) -> None:
    dialog = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(dialog)
    text = dialog.article_text
    assert any(ord(c) > 0xFFFF for c in text)  # positions differ between Python and Qt
    dialog.show()
    table = dialog.table
    rect = table.visualItemRect(table.item(dialog.row_of("actor2"), dialog.column_of("bea")))
    qtbot.mouseMove(table.viewport(), rect.center())  # hovering the cell (cellEntered)
    qtbot.waitUntil(lambda: len(dialog.highlighted_ranges()) == 1)
    [(start, end)] = dialog.highlighted_ranges()
    assert text[start:end] == "gunmen of the Sahel Liberation Front"
    selection = dialog.text_view.extraSelections()[0]
    assert selection.cursor.selectedText() == "gunmen of the Sahel Liberation Front"
    # Selecting a cell with the keyboard shows the same (ana marked fewer words).
    table.setCurrentCell(dialog.row_of("actor2"), dialog.column_of("ana"))
    [(start, end)] = dialog.highlighted_ranges()
    assert text[start:end] == "Sahel Liberation Front"


def test_edit_gold_cell_and_invalid_value_is_reported(qtbot, two: Database, acled: Schema) -> None:
    dialog = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(dialog)
    gold_col = len(dialog.annotators)
    dialog.table.item(dialog.row_of("fatalities"), gold_col).setText("6")
    assert dialog.edits == {"fatalities": "6"}
    dialog.table.item(dialog.row_of("sub_event_type"), gold_col).setText("Peaceful protest")
    assert dialog.save() is None
    assert "sub_event_type" in dialog.status.text()
    dialog.table.item(dialog.row_of("sub_event_type"), gold_col).setText("Armed clash")
    stored = dialog.save()
    assert stored is not None and stored.values["fatalities"] == 6


def test_reopening_an_adjudicated_event_updates_its_gold(qtbot, two: Database, acled: Schema) -> None:
    dialog = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(dialog)
    dialog.take("actor1", "bea")
    dialog.comment_edit.setPlainText("first pass")
    first = dialog.save()
    assert first is not None
    again = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(again)
    assert again.picks == {"actor1": "bea"}  # the stored choices come back
    assert again.comment_edit.toPlainText() == "first pass"
    assert "Already adjudicated" in again.status.text()
    assert "differing fields" in again.article_summary.text()
    again.take("fatalities", "bea")
    second = again.save()
    assert second is not None and second.id == first.id and second.version == first.version + 1
    with two.session() as s:
        golds = repo.events_for_article(s, 1, statuses=["gold"])
    assert [(g.values["actor1"], g.values["fatalities"]) for g in golds] == [
        ("Military Forces of Mali (2021-)", 5)
    ]
    # The first dialog still holds the old version: its save is refused, not silently applied.
    dialog.take("fatalities", "ana")
    assert dialog.save() is None
    assert "changed elsewhere" in dialog.status.text()


def test_keyboard_moves_between_events_and_saves(qtbot, two: Database, acled: Schema) -> None:
    dialog = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.event_combo.currentIndex() == 1  # the arrest only ana coded
    assert dialog.group is not None and dialog.group.annotators == ["ana"]
    # bea has no version here: taking her column is refused, not silently ignored.
    dialog.table.setCurrentCell(dialog.row_of("actor1"), dialog.column_of("ana"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert "bea has no version" in dialog.status.text()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with two.session() as s:
        [gold] = repo.events_for_article(s, 1, statuses=["gold"])
    assert gold.values["sub_event_type"] == "Arrests"
    qtbot.keyClick(dialog.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert dialog.event_combo.currentIndex() == 0


def test_closed_review_and_agreement_dialogs_are_freed(qtbot, two: Database, acled: Schema) -> None:
    """No lambda on a child's signal or shortcut keeps a closed dialog (and its table) alive."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from annotator.ui.agreement_view import AgreementDialog

    review = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    agreement = AgreementDialog(two, acled)
    qtbot.waitSignal(agreement.computed, timeout=30_000).wait()
    gone = [weakref.ref(review), weakref.ref(agreement)]
    del review, agreement
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the finished task's signals
    gc.collect()
    assert [ref() for ref in gone] == [None, None]


def test_another_reviewer_readjudicating_takes_the_gold_event_over(
    qtbot, two: Database, acled: Schema
) -> None:
    first = ReviewDialog(InlineJobs(two), acled, 1, "rita")
    qtbot.addWidget(first)
    first.take("actor1", "bea")
    made = first.save()
    assert made is not None and made.annotator == "rita"
    sam = ReviewDialog(InlineJobs(two), acled, 1, "sam")
    qtbot.addWidget(sam)
    gold_col = len(sam.annotators)
    assert sam.table.horizontalHeaderItem(gold_col).text() == "gold (sam; was rita)"
    assert "by rita; saving updates it as sam's" in sam.status.text()
    sam.take("fatalities", "bea")
    stored = sam.save()
    assert stored is not None and stored.id == made.id and stored.annotator == "sam"
    assert "adjudicated before by rita, now by sam" in sam.status.text()
    assert sam.table.horizontalHeaderItem(gold_col).text() == "gold (sam)"
    with two.session() as s:
        assert [g.annotator for g in repo.events_for_article(s, 1, statuses=["gold"])] == ["sam"]
