"""Side-by-side review of one article: each annotator's version of each aligned event in columns.

Rows are the fields (trigger first), columns the annotators' versions and the gold event being
built. Rows where the versions differ are tinted. The reviewer takes a version field by field:
select a cell and press Enter or Space (or double-click it), or press 1..N on a row to take
annotator N's value; the gold cell can also be edited directly (F2 or typing). Hovering or
selecting a cell shows that version's evidence for the field in the article text on the right.
Saving builds the gold event with :func:`annotator.review.adjudicate.build_gold`, so the window,
the CLI and the tests share one adjudication logic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from annotator.db import repo
from annotator.interchange import EventRecord
from annotator.review.adjudicate import (
    EDITED,
    AdjudicationError,
    adjudicated_ids,
    build_gold,
    differing_fields,
    existing_gold,
    handover_note,
    pickable_fields,
    picks_from_gold,
    save_gold,
    take_field,
)
from annotator.review.agreement import ArticleGroups, article_groups, report_from_groups
from annotator.review.align import AlignedGroup
from annotator.schema import Schema
from annotator.ui.text_view import OffsetMap
from annotator.ui.workers import DbJobs

DIFFER = QColor("#ffe0e0")
TAKEN = QColor("#c8f0c8")
GOLD_BG = QColor("#fff8dc")
EVIDENCE = QColor("#ffd54f")


def display_value(event: EventRecord, name: str, schema: Schema) -> str:
    """What a cell shows: the value, or for evidence-only fields the marked words."""
    spec = schema.field(name)
    if not spec.has_value:
        return " \u2026 ".join(s.text for s in event.evidence if s.field == name)
    value = event.values.get(name, spec.empty_value)
    if value is None:
        return ""
    for choice in spec.choices:
        if choice.value == value and choice.label != str(value):
            return choice.label
    return str(value)


class ReviewTable(QTableWidget):
    """The comparison table; turns take-keys into signals instead of editing."""

    take_cell = Signal(int, int)  # row, column
    take_column = Signal(int, int)  # row, annotator index (0-based)
    step = Signal(int)  # +1 next event, -1 previous
    save_requested = Signal()

    def __init__(self, versions: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        row, col = self.currentRow(), self.currentColumn()
        key = event.key()
        # Also reached when the dialog's shortcuts are not (no active window, e.g. under test).
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.step.emit(1 if key == Qt.Key.Key_PageDown else -1)
                return
            if key == Qt.Key.Key_S:
                self.save_requested.emit()
                return
        if row >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and col < self.versions:
            self.take_cell.emit(row, col)
            return
        if row >= 0 and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.state() != QAbstractItemView.State.EditingState:
            index = key - Qt.Key.Key_1
            if index < self.versions:
                self.take_column.emit(row, index)
                return
        super().keyPressEvent(event)


@dataclass
class ArticleReview:
    """What the dialog shows, read in the database thread: the article, its groups, the gold so far."""

    title: str
    text: str
    data: ArticleGroups
    adjudicated: set[int]
    gold: list[repo.StoredEvent | None]  # per group: the gold event already made from it


def read_review(session: Session, schema: Schema, article_id: int) -> ArticleReview:
    article = repo.get_article(session, article_id)
    data = article_groups(session, schema, article_id)
    return ArticleReview(
        article.title, article.text, data, adjudicated_ids(session, article_id),
        [existing_gold(session, article_id, group) for group in data.groups],
    )


class ReviewDialog(QDialog):
    """Adjudicate one article's events; emits ``saved(gold_event_id)`` after each save.

    Reading and saving go through ``jobs`` (the window's database thread): the dialog fills
    itself when the article's events have been read.
    """

    saved = Signal(int)

    def __init__(
        self, jobs: DbJobs, schema: Schema, article_id: int, reviewer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.schema = schema
        self.article_id = article_id
        self.reviewer = reviewer
        self.fields = pickable_fields(schema)
        self.picks: dict[str, str] = {}
        self.edits: dict[str, Any] = {}
        self.existing: repo.StoredEvent | None = None  # the gold event already made, if any
        self._filling = False
        self.setWindowTitle(f"Review \u2014 article {article_id}")
        self.resize(1200, 720)
        self._loading = QLabel("Reading the article's events…", self)
        QVBoxLayout(self).addWidget(self._loading)
        jobs.submit(lambda session: read_review(session, schema, article_id), self._show_review,
                    lambda exc: self._loading.setText(f"Cannot read article {article_id}: {exc}"))

    def _show_review(self, review: ArticleReview) -> None:
        self.review = review
        self.article_text = review.text
        self.data = review.data
        self._adjudicated = review.adjudicated
        self.annotators = self.data.coders
        self.offsets = OffsetMap(self.article_text)
        self.setWindowTitle(f"Review \u2014 {review.title or f'article {self.article_id}'}")
        self._loading.hide()
        self._build()
        self.show_group(0)

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel("Event:"))
        self.event_combo = QComboBox()
        self.event_combo.currentIndexChanged.connect(self.show_group)
        top.addWidget(self.event_combo, 1)
        column.addLayout(top)
        self.article_summary = QLabel(self._article_summary())
        self.article_summary.setStyleSheet("color: #555;")
        self.article_summary.setWordWrap(True)
        column.addWidget(self.article_summary)
        self.table = ReviewTable(len(self.annotators))
        self.table.setColumnCount(len(self.annotators) + 1)
        self.table.setHorizontalHeaderLabels(
            [f"{i + 1}  {name}" for i, name in enumerate(self.annotators)] + [f"gold ({self.reviewer})"]
        )
        self.table.setRowCount(len(self.fields))
        self.table.setVerticalHeaderLabels([self.schema.field(n).label for n in self.fields])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMouseTracking(True)
        self.table.cellEntered.connect(self.show_evidence)
        # Bound methods rather than lambdas holding ``self``: those kept every closed dialog alive.
        self.table.currentCellChanged.connect(self.show_evidence)  # (row, col, previous row, col)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.take_cell.connect(self._take_cell)
        self.table.take_column.connect(self._take_column)
        self.table.itemChanged.connect(self._gold_edited)
        self.table.step.connect(self.step)
        self.table.save_requested.connect(self.save)
        column.addWidget(self.table, 1)
        hint = QLabel(
            "Take a value: select a cell and press Enter/Space, double-click it, or press 1\u2013"
            f"{max(1, len(self.annotators))} for that annotator. Type in the gold column to edit. "
            "Ctrl+S saves; Ctrl+PgDown / Ctrl+PgUp go to the next / previous event."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        column.addWidget(hint)
        column.addWidget(QLabel("Comment:"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText("Why this version (stored on the gold event)")
        self.comment_edit.setMaximumHeight(56)
        column.addWidget(self.comment_edit)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton("Save gold event")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        column.addWidget(buttons)

        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(self.article_text)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        self.layout().addWidget(splitter)
        self._fill_combo()
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence("Ctrl+PgDown"), self.next_event),
            (QKeySequence("Ctrl+PgUp"), self.previous_event),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

    def next_event(self) -> None:
        self.step(1)

    def previous_event(self) -> None:
        self.step(-1)

    def step(self, delta: int) -> None:
        """Go to the next (or previous) aligned event."""
        index = self.event_combo.currentIndex() + delta
        if 0 <= index < len(self.data.groups):
            self.event_combo.setCurrentIndex(index)

    def _article_summary(self) -> str:
        if len(self.annotators) < 2:
            return f"Coded by {', '.join(self.annotators) or 'nobody'} only: nothing to compare."
        article = report_from_groups([self.data], self.schema).articles[0]
        alpha = "n/a" if article.alpha is None else f"{article.alpha:.2f}"
        return (
            f"This article: {article.events} events, {article.matched} coded by everyone; "
            f"{article.disagreements} differing fields ({article.disagreement_rate:.0%} of "
            f"comparisons); alpha {alpha}."
        )

    def _fill_combo(self, keep_index: int = 0) -> None:
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        type_field = self.schema.trigger_label_field
        subtype = next((f.name for f in self.schema.fields if f.depends_on == type_field), None)
        for number, group in enumerate(self.data.groups, start=1):
            first = next(iter(group.versions.values()))
            kind = " \u2014 ".join(
                str(first.values.get(n) or "") for n in (type_field, subtype) if n and first.values.get(n)
            )
            done = " \u2714 adjudicated" if self._is_adjudicated(group) else ""
            missing = [a for a in self.annotators if a not in group.versions]
            gap = f" (not coded by {', '.join(missing)})" if missing else ""
            self.event_combo.addItem(f"{number}/{len(self.data.groups)}  {kind}  [{', '.join(group.annotators)}]{gap}{done}")
        if 0 <= keep_index < self.event_combo.count():
            self.event_combo.setCurrentIndex(keep_index)
        self.event_combo.blockSignals(False)
        if not self.data.groups:
            self.event_combo.addItem("No coded events in this article")
            self.save_button.setEnabled(False)

    def _is_adjudicated(self, group: AlignedGroup) -> bool:
        return any(getattr(v, "id", None) in self._adjudicated for v in group.versions.values())

    # --- state ----------------------------------------------------------------------------------

    @property
    def group(self) -> AlignedGroup | None:
        index = self.event_combo.currentIndex()
        return self.data.groups[index] if 0 <= index < len(self.data.groups) else None

    @property
    def base(self) -> str | None:
        group = self.group
        return group.annotators[0] if group and group.versions else None

    def column_of(self, annotator: str) -> int:
        return self.annotators.index(annotator)

    def row_of(self, field: str) -> int:
        return self.fields.index(field)

    def source_of(self, field: str) -> str | None:
        """Where the gold value of a field comes from now: an annotator, EDITED, or None."""
        if field in self.edits:
            return EDITED
        return self.picks.get(field, self.base)

    def show_group(self, index: int) -> None:
        if not 0 <= index < len(self.data.groups):
            self.table.setRowCount(len(self.fields))
            return
        if self.event_combo.currentIndex() != index:
            self.event_combo.setCurrentIndex(index)
        self.picks.clear()
        self.edits.clear()
        self.comment_edit.clear()
        self.status.setStyleSheet("")
        self.status.setText("")
        group = self.data.groups[index]
        self.existing = self.review.gold[index]
        if self.existing is not None:
            picks, edits = picks_from_gold(group, self.existing, self.schema, self.base)
            self.picks.update(picks)
            self.edits.update(edits)
            self.comment_edit.setPlainText(self.existing.comment)
            taking_over = self.existing.annotator != self.reviewer
            self.status.setText(
                f"Already adjudicated as gold event {self.existing.id} by {self.existing.annotator}; "
                + (f"saving updates it as {self.reviewer}'s." if taking_over else "saving updates it.")
            )
        self._label_gold_column()
        self._refresh()

    def _label_gold_column(self) -> None:
        """Name the gold column after who it will be stored under, and whose gold it replaces."""
        label = f"gold ({self.reviewer})"
        if self.existing is not None and self.existing.annotator != self.reviewer:
            label = f"gold ({self.reviewer}; was {self.existing.annotator})"
        self.table.setHorizontalHeaderItem(len(self.annotators), QTableWidgetItem(label))

    def _take_column(self, row: int, index: int) -> None:
        self.take(self.fields[row], self.annotators[index])

    def take(self, field: str, annotator: str) -> None:
        group = self.group
        if group is None or annotator not in group.versions:
            self.status.setText(f"{annotator} has no version of this event.")
            return
        take_field(self.schema, self.picks, self.edits, field, annotator)
        self.status.setText(f"{self.schema.field(field).label}: taken from {annotator}")
        self._refresh()

    def _take_cell(self, row: int, col: int) -> None:
        if 0 <= col < len(self.annotators):
            self.take(self.fields[row], self.annotators[col])

    def _double_clicked(self, row: int, col: int) -> None:
        if col < len(self.annotators):
            self._take_cell(row, col)
        else:
            self.table.editItem(self.table.item(row, col))

    def _gold_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != len(self.annotators):
            return
        field = self.fields[item.row()]
        if not self.schema.field(field).has_value:
            self._refresh()
            return
        self.edits[field] = item.text()
        self.picks.pop(field, None)
        self._refresh()

    def gold_preview(self) -> dict[str, Any]:
        """The gold values as currently chosen (edited values as typed)."""
        group = self.group
        out: dict[str, Any] = {}
        if group is None:
            return out
        for name in self.fields:
            source = self.source_of(name)
            if source == EDITED:
                value = self.edits[name]
                out[name] = "" if value is None else str(value)
            elif source is not None:
                out[name] = display_value(group.versions[source], name, self.schema)
        return out

    def _refresh(self) -> None:
        group = self.group
        if group is None:
            return
        self._filling = True
        differ = differing_fields(group, self.schema)
        preview = self.gold_preview()
        bold = QFont()
        bold.setBold(True)
        for row, name in enumerate(self.fields):
            source = self.source_of(name)
            for col, annotator in enumerate(self.annotators):
                version = group.versions.get(annotator)
                text = display_value(version, name, self.schema) if version is not None else "\u2014 not coded \u2014"
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if version is None:
                    item.setForeground(QBrush(QColor("#999")))
                elif name in differ:
                    taken = source == annotator
                    item.setBackground(QBrush(TAKEN if taken else DIFFER))
                    if taken:
                        item.setFont(bold)
                item.setToolTip(f"{annotator}: {text}" if version is not None else f"{annotator} did not code this event")
                self.table.setItem(row, col, item)
            gold = QTableWidgetItem(str(preview.get(name, "")))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.schema.field(name).has_value:
                flags |= Qt.ItemFlag.ItemIsEditable
            gold.setFlags(flags)
            gold.setBackground(QBrush(GOLD_BG))
            gold.setToolTip("edited by the reviewer" if source == EDITED else f"from {source}")
            if name in differ or source == EDITED:
                gold.setFont(bold)
            self.table.setItem(row, len(self.annotators), gold)
        self.table.resizeRowsToContents()  # long actor names wrap instead of being cut
        minimum = self.fontMetrics().height() + 8
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(minimum, self.table.rowHeight(row) + 4))
        self._filling = False

    # --- evidence in the text -------------------------------------------------------------------

    def show_evidence(self, row: int, col: int) -> None:
        """Highlight in the text the evidence of the version (or gold choice) under a cell."""
        group = self.group
        if group is None or not 0 <= row < len(self.fields):
            return
        field = self.fields[row]
        if col < len(self.annotators):
            who: str | None = self.annotators[col] if col >= 0 else None
        else:
            who = self.source_of(field)
        version = group.versions.get(who) if who and who != EDITED else None
        spans = [s for s in version.evidence if s.field == field] if version is not None else []
        self.highlight(spans)

    def highlight(self, spans: list) -> None:  # list[EvidenceSpan]
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(EVIDENCE))
        for span in spans:
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(self.offsets.to_qt(span.start))
            cursor.setPosition(self.offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text_view.setExtraSelections(selections)
        if spans:
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(self.offsets.to_qt(spans[0].start))
            self.text_view.setTextCursor(cursor)
            self.text_view.ensureCursorVisible()

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """The highlighted spans as Python offsets (what tests and screen readers can check)."""
        out = []
        for selection in self.text_view.extraSelections():
            cursor = selection.cursor  # type: ignore[attr-defined]
            out.append((self.offsets.to_py(cursor.selectionStart()), self.offsets.to_py(cursor.selectionEnd())))
        return out

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> repo.StoredEvent | None:
        """Build the gold event and save it in the database thread.

        Returns the stored event when the save has already happened (jobs run inline), else None:
        ``saved`` follows, or the status line says why not.
        """
        group, index = self.group, self.event_combo.currentIndex()
        if group is None:
            return None
        try:
            adjudication = build_gold(
                group, self.schema, self.reviewer, self.picks, edits=self.edits,
                comment=self.comment_edit.toPlainText().strip(), base=self.base,
            )
        except (AdjudicationError, ValueError) as exc:
            self._refused(f"Not saved: {exc}")
            return None
        article_id, schema, replace = self.article_id, self.schema, self.existing
        done: list[repo.StoredEvent] = []

        def write(session: Session) -> tuple[repo.StoredEvent, set[int]]:
            stored = save_gold(session, article_id, adjudication, schema, replace=replace)
            session.commit()
            return stored, adjudicated_ids(session, article_id)

        def written(result: tuple[repo.StoredEvent, set[int]]) -> None:
            stored, self._adjudicated = result
            self.review.gold[index] = self.existing = stored
            self._label_gold_column()
            done.append(stored)
            self.status.setStyleSheet("color: #1b5e20;")
            verb = "Updated" if replace is not None else "Saved"
            handover = handover_note(replace, stored.annotator)
            self.status.setText(
                f"{verb} gold event {stored.id}: {adjudication.summary()}"
                + (f" ({handover})." if handover else ".")
            )
            self._fill_combo(keep_index=self.event_combo.currentIndex())
            self.saved.emit(stored.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, repo.ConflictError):
                self._refused(f"Not saved: {exc}. Reopen the review to see the stored version.")
            else:
                self._refused(f"Not saved: {exc}")

        self.jobs.submit(write, written, failed)
        return done[0] if done else None

    def _refused(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)
