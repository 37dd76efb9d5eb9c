"""The agreement window shows the core report, draws its charts, and opens articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.db.engine import Database
from annotator.importers import ImportOptions, run_import
from annotator.schema import Schema
from annotator.ui.agreement_view import AgreementDialog

REVIEW = Path(__file__).parent.parent / "data" / "review"


@pytest.fixture
def both(db: Database, acled: Schema) -> Database:
    files = [REVIEW / "two_annotators.jsonl", REVIEW / "three_annotators.jsonl"]
    # Imported by "tester", who has no events of their own.
    assert run_import(db, files, analyst="tester", options=ImportOptions(schema=acled)).rejected_count == 0
    return db


def test_report_charts_and_article_jump(qtbot, both: Database, acled: Schema) -> None:
    dialog = AgreementDialog(both, acled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitSignal(dialog.computed, timeout=30_000).wait()
    report = dialog.report
    assert report is not None and report.annotators == ["ana", "bea", "cid"]
    assert list(dialog.annotator_boxes) == ["ana", "bea", "cid"]  # not "tester", who only imported
    # The bars and the heat map show the report's own numbers.
    assert dict(dialog.bars.values)["sub_event_type"] == report.field("sub_event_type").alpha
    assert dialog.heatmap.value("cid", "ana") == report.pair("ana", "cid").kappa
    dialog.metric_combo.setCurrentText("Event F1")
    assert dialog.heatmap.value("ana", "bea") == report.pair("ana", "bea").event_f1
    image = dialog.grab().toImage()
    assert not image.isNull() and image.width() > 500
    # Articles, most disagreement first; the single-coded one last.
    rates = [a.disagreement_rate for a in report.articles]
    assert rates == sorted(rates, reverse=True)
    table = dialog.articles_table
    assert table.rowCount() == 5
    assert "single-coded" in table.item(4, 2).text()
    first_id = report.articles[0].article_id
    with qtbot.waitSignal(dialog.open_article) as opened:
        rect = table.visualItemRect(table.item(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first_id]


def test_annotator_filter_recomputes(qtbot, both: Database, acled: Schema) -> None:
    dialog = AgreementDialog(both, acled)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.computed, timeout=30_000).wait()  # the names come with the first report
    with qtbot.waitSignal(dialog.computed, timeout=30_000):
        dialog.annotator_boxes["cid"].setChecked(False)
    assert dialog.report is not None
    assert dialog.report.annotators == ["ana", "bea"]
    assert [(p.a, p.b) for p in dialog.report.pairs] == [("ana", "bea")]
    assert dialog.pairs_table.rowCount() == 1
    # One coder left: the summary says why everything is n/a, in the core's words.
    with qtbot.waitSignal(dialog.computed, timeout=30_000):
        dialog.annotator_boxes["bea"].setChecked(False)
    assert dialog.report.notes()[0].startswith("No article is coded by two or more")
    assert "No article is coded by two or more" in dialog.summary.text()


def test_article_search_filters_the_batch(qtbot, both: Database, acled: Schema) -> None:
    dialog = AgreementDialog(both, acled)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.computed, timeout=30_000).wait()
    dialog.search_edit.setText("Sevare")
    with qtbot.waitSignal(dialog.computed, timeout=30_000):
        dialog.refresh()
    assert dialog.report is not None
    assert [a.title for a in dialog.report.articles] == ["Strike and blast near Sevare"]
    dialog.search_edit.setText("nowhere-to-be-found")
    with qtbot.waitSignal(dialog.computed, timeout=30_000):
        dialog.refresh()
    assert dialog.report.articles == [] and dialog.articles_table.rowCount() == 0


def test_event_types_tab_and_events_found_in_summary(qtbot, both: Database, acled: Schema) -> None:
    dialog = AgreementDialog(both, acled)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.computed, timeout=30_000).wait()
    report = dialog.report
    assert report is not None and report.types
    table = dialog.types_table
    assert table.rowCount() == len(report.types)
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown == {t.event_type: str(t.events) for t in report.types}
    assert dialog.lower_tabs.tabText(1) == "Event types"
    event = report.field("event")
    # The summary says how many events every coder found, not only the event row's alpha.
    assert f"events found by every coder: {event.units - event.disagreements} of {event.units}" in dialog.summary.text()
