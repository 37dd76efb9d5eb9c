"""The agreement window shows the core report, draws its charts, and opens articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from annotator.db.engine import Database, open_database
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


def _copies(tmp_path: Path, n: int) -> Path:
    """n copies of the two-annotator articles (ana and bea coded each), as another batch would be."""
    source = (REVIEW / "two_annotators.jsonl").read_text(encoding="utf-8").splitlines()
    lines = []
    for i in range(n):
        for article in map(json.loads, source):
            lines.append(json.dumps(dict(article, id=f"{article['id']}-{i}", title=f"{article['title']} {i}",
                                         text=f"{article['text']}\n\nCopy {i}.")))
    path = tmp_path / "copies.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def batch(acled: Schema, tmp_path: Path) -> Iterator[Database]:
    """Its own database: 30 articles ana and bea coded (20 by both), and the three-annotator fixture."""
    database = open_database(str(tmp_path / "batch.sqlite3"))
    files = [_copies(tmp_path, 10), REVIEW / "three_annotators.jsonl"]
    assert run_import(database, files, analyst="tester", options=ImportOptions(schema=acled)).rejected_count == 0
    yield database
    database.dispose()


def _rows_shown(table: QTableWidget) -> int:
    """Whole rows the table's viewport has room for."""
    return table.viewport().height() // table.rowHeight(0)


def _shown_at_1100x760(qtbot, database: Database, schema: Schema) -> AgreementDialog:  # type: ignore[no-untyped-def]
    dialog = AgreementDialog(database, schema)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    with qtbot.waitSignal(dialog.computed, timeout=30_000):
        dialog.show()
    qtbot.wait(50)  # the splitter is fitted on the next turn of the event loop
    assert (dialog.width(), dialog.height()) == (1100, 760)
    return dialog


def test_tables_get_room_for_their_rows_at_1100x760(qtbot, batch: Database, acled: Schema) -> None:
    dialog = _shown_at_1100x760(qtbot, batch, acled)
    articles, types, pairs = dialog.articles_table, dialog.types_table, dialog.pairs_table
    assert articles.rowCount() >= 30
    assert _rows_shown(articles) >= 8  # was 2: a 73-pixel viewport of 30-pixel rows
    dialog.lower_tabs.setCurrentIndex(1)
    qtbot.wait(50)
    assert 0 < types.rowCount() <= _rows_shown(types)  # every event type
    # The pairs table, beside its heat map now, shows every pair and every column.
    assert pairs.rowCount() == 3 and _rows_shown(pairs) >= 3
    assert pairs.horizontalHeader().length() <= pairs.viewport().width()
    # Nothing that was there is squeezed out: both charts keep their minimum, the field bars a
    # text line per field, and the summary is shown.
    assert dialog.heatmap.height() >= dialog.heatmap.minimumHeight() >= 200
    bars = dialog.bars
    assert bars.height() >= (bars.fontMetrics().height() + 2) * len(bars.values) + 40
    assert dialog.summary.isVisible() and dialog.summary.height() > 0


def test_splitter_follows_the_report_until_moved_by_hand(qtbot, both: Database, batch: Database,
                                                         acled: Schema) -> None:
    # A small report (five articles): the tables take what their rows need, the charts the rest.
    small = _shown_at_1100x760(qtbot, both, acled)
    assert small.articles_table.rowCount() == 5 <= _rows_shown(small.articles_table) < 5 + 2
    large = _shown_at_1100x760(qtbot, batch, acled)
    assert large.splitter.sizes()[0] < small.splitter.sizes()[0]  # a long report: charts give way
    # Once someone drags the splitter, their sizes stay through recomputations.
    large.splitter.moveSplitter(large.splitter.sizes()[0] + 60, 1)
    assert large.panes_moved
    moved = large.splitter.sizes()
    with qtbot.waitSignal(large.computed, timeout=30_000):
        large.annotator_boxes["cid"].setChecked(False)
    qtbot.wait(50)
    assert large.splitter.sizes() == moved
