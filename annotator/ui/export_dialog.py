"""File > Export…: the same export as ``annotator export``, with a progress bar.

The dialog only gathers the options; the export itself is :func:`annotator.exporters.export`,
run in the global QThreadPool (a QRunnable reporting through signals, see ``workers.run_task``)
so the window stays responsive on large databases. Cancel stops at the next page of articles;
exports are atomic, so a cancelled or failed export leaves no partial file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.db import repo
from annotator.db.engine import Database
from annotator.exporters import EXPORTERS, FOLDER_FORMATS, ExportFilters, ExportResult, export
from annotator.exporters.base import DEFAULT_STATUSES
from annotator.interchange import EVENT_STATUSES
from annotator.schema import Schema
from annotator.ui.workers import Task, run_task

FORMAT_LABELS = {
    "jsonl": "Annotator JSONL (.jsonl)",
    "csv": "ACLED-style CSV (.csv)",
    "spacy": "spaCy DocBins (folder: train.spacy, dev.spacy)",
    "prodigy": "Prodigy tasks (.jsonl)",
    "brat": "brat standoff (folder: .txt, .ann, annotation.conf)",
}
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "prodigy": ".prodigy.jsonl", "spacy": "", "brat": ""}
READING_NAMES = "reading names…"
NO_ANNOTATORS = "no annotators yet: everyone's events are exported"


class ExportCancelled(Exception):
    """Raised inside the worker when the user pressed Cancel."""


TYPE_ROWS_KEPT = 4  # event types the list always shows, however long the result's notes
ANNOTATOR_ROWS_KEPT = 3  # and annotators, growing with their number up to
ANNOTATOR_ROWS_SHOWN = 6  # rows before the list scrolls


class ExportDialog(QDialog):
    """Pick format, output and filters, then export in the background with a progress bar."""

    exported = Signal(object)  # ExportResult
    export_failed = Signal(object)  # the exception

    def __init__(self, db: Database, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setObjectName("exportDialog")
        self.db = db
        self.schema = schema
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self._cancel = False

        self.format_box = QComboBox()
        for name in EXPORTERS:
            self.format_box.addItem(FORMAT_LABELS.get(name, name), name)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("file or folder to write")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.status_boxes: dict[str, QCheckBox] = {}
        status_row = QHBoxLayout()
        for status in EVENT_STATUSES:
            box = QCheckBox(status)
            box.setChecked(status in DEFAULT_STATUSES)
            self.status_boxes[status] = box
            status_row.addWidget(box)
        status_row.addStretch(1)
        self.keep_sources_box = QCheckBox("also the versions a gold event was adjudicated from")
        self.keep_sources_box.setToolTip(
            "Off: an adjudicated event is written once, as its gold event. JSONL always keeps them."
        )
        self.skip_unadjudicated_box = QCheckBox("leave out double-coded events nobody adjudicated")
        self.skip_unadjudicated_box.setToolTip(
            "In articles two or more annotators coded, write only gold events (and the versions they "
            "were made from): each coder's version of an event nobody adjudicated is left out, and the "
            "result counts them. Single-coded articles are written as usual. (--skip-unadjudicated)"
        )

        # Any subset of annotators, as the CLI's repeated --annotator; none ticked is everyone.
        self.annotator_list = QListWidget()
        self.annotator_list.setToolTip("Tick annotators to export only their events; none ticked exports everyone's")
        self.annotator_list.addItem(_note_item(READING_NAMES))
        self.names_loaded = False
        run_task(lambda _report: _annotator_names(db), self._add_annotators)

        self.since_check, self.since_edit = self._date_row()
        self.until_check, self.until_edit = self._date_row()
        since_row, until_row = QHBoxLayout(), QHBoxLayout()
        for row, check, edit in ((since_row, self.since_check, self.since_edit),
                                 (until_row, self.until_check, self.until_edit)):
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)

        self.type_list = QListWidget()
        self.type_list.setToolTip("Tick event types to export only those; none ticked exports all")
        type_field = schema.trigger_label_field or "event_type"
        try:
            type_values = schema.field(type_field).all_choice_values()
        except KeyError:
            type_values = []
        for value in type_values:
            item = QListWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.type_list.addItem(item)
        self.type_list.setMaximumHeight(120)
        # The notes under the result can be long (several lines); without a floor the form gave
        # their room to this list, which shrank to one row and cut its label.
        self.type_list.setMinimumHeight(min(120, TYPE_ROWS_KEPT * self.type_list.sizeHintForRow(0) + 6))
        self._fit_annotator_list()

        self.split_spin = QDoubleSpinBox()
        self.split_spin.setRange(0.0, 1.0)
        self.split_spin.setSingleStep(0.05)
        self.split_spin.setValue(0.8)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        spacy_row = QHBoxLayout()
        spacy_row.addWidget(QLabel("train share"))
        spacy_row.addWidget(self.split_spin)
        spacy_row.addWidget(QLabel("seed"))
        spacy_row.addWidget(self.seed_spin)
        spacy_row.addStretch(1)
        spacy_row.setContentsMargins(0, 0, 0, 0)
        self.spacy_options = QWidget()
        self.spacy_options.setLayout(spacy_row)
        self.spacy_options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        form = QFormLayout()
        form.addRow("Format", self.format_box)
        form.addRow("Output", path_row)
        form.addRow("Statuses", status_row)
        form.addRow("", self.keep_sources_box)
        form.addRow("", self.skip_unadjudicated_box)
        form.addRow("Annotators\n(none = all)", self.annotator_list)
        form.addRow("Events from", since_row)
        form.addRow("Events until", until_row)
        form.addRow("Event types\n(none = all)", self.type_list)
        form.addRow("spaCy split", self.spacy_options)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # --- widgets -------------------------------------------------------------------------------

    def _add_annotators(self, names: list[str]) -> None:
        try:
            self.annotator_list.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.annotator_list.addItem(item)
            if not names:
                self.annotator_list.addItem(_note_item(NO_ANNOTATORS))
            self._fit_annotator_list()
            self.names_loaded = True
        except RuntimeError:  # the dialog was closed before the names came
            pass

    def _fit_annotator_list(self) -> None:
        """As tall as its names (a team of four needs no 120-pixel box), scrolling past six."""
        rows = max(ANNOTATOR_ROWS_KEPT, min(self.annotator_list.count(), ANNOTATOR_ROWS_SHOWN))
        frame = 2 * self.annotator_list.frameWidth()
        self.annotator_list.setFixedHeight(rows * self.annotator_list.sizeHintForRow(0) + frame + 2)

    def _date_row(self) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox()
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        fmt = self.fmt
        self.spacy_options.setEnabled(fmt == "spacy")
        self.keep_sources_box.setEnabled(fmt != "jsonl")  # JSONL writes every version anyway
        current = self.path_edit.text().strip()
        if not current:
            self.path_edit.setText(str(Path.home() / f"annotator-export{SUFFIXES.get(fmt, '')}"))
            return
        # Keep the chosen folder and name, switch the suffix to the new format's.
        base = current
        for suffix in sorted(SUFFIXES.values(), key=len, reverse=True):
            if suffix and base.endswith(suffix):
                base = base[: -len(suffix)]
                break
        self.path_edit.setText(base + SUFFIXES.get(fmt, ""))

    def _browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        if self.fmt in FOLDER_FORMATS:
            chosen = QFileDialog.getExistingDirectory(self, "Export to folder", start)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export to file", start)
        if chosen:
            self.path_edit.setText(chosen)

    def selected_event_types(self) -> tuple[Any, ...]:
        return _checked(self.type_list)

    def selected_annotators(self) -> tuple[str, ...]:
        """The ticked annotators in list (name) order; empty, meaning everyone, when none is."""
        return tuple(str(name) for name in _checked(self.annotator_list))

    def set_annotators_checked(self, names: set[str] | frozenset[str]) -> None:
        """Tick exactly these annotators (for scripts and tests; a person clicks the boxes)."""
        for i in range(self.annotator_list.count()):
            item = self.annotator_list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.data(Qt.ItemDataRole.UserRole) in names
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def filters(self) -> ExportFilters:
        """The filters the widgets describe (the same object the CLI builds from its flags)."""
        return ExportFilters(
            statuses=tuple(s for s, box in self.status_boxes.items() if box.isChecked()),
            annotators=self.selected_annotators(),
            since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,
            until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,
            event_types=self.selected_event_types(),
            type_field=self.schema.trigger_label_field or "event_type",
            date_field=self.schema.date_field or "event_date",
            keep_sources=self.keep_sources_box.isChecked(),
            skip_unadjudicated=self.skip_unadjudicated_box.isChecked(),
        )

    def _problem(self, filters: ExportFilters) -> str | None:
        if not self.path_edit.text().strip():
            return "Choose where to write the export."
        if not filters.statuses:
            return "Tick at least one status."
        if filters.since and filters.until and filters.since > filters.until:
            return "The start date is after the end date."
        return None

    # --- running -------------------------------------------------------------------------------

    def start_export(self) -> None:
        if self.task is not None:
            return
        filters = self.filters()
        problem = self._problem(filters)
        if problem:
            self._show(problem, error=True)
            return
        fmt = self.fmt
        out = Path(self.path_edit.text().strip()).expanduser()
        options: dict[str, object] = {"schema": self.schema, "seed": self.seed_spin.value()}
        if fmt == "spacy":
            options["split"] = self.split_spin.value()
        db = self.db
        self._cancel = False

        def work(report: Any) -> ExportResult:
            def progress(done: int, total: int) -> None:
                if self._cancel:
                    raise ExportCancelled
                report((done, total))

            return export(db, fmt, out, filters, progress=progress, **options)

        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the first report says how many
        self._show(f"Exporting {fmt} to {out}…")
        self.task = run_task(work, on_done=self._done, on_error=self._failed, on_progress=self._progressed)

    def cancel_export(self) -> None:
        if self.task is not None:
            self._cancel = True
            self._show("Cancelling…")

    def _progressed(self, value: object) -> None:
        done, total = value  # type: ignore[misc]
        self.progress.setRange(0, max(int(total), 1))
        self.progress.setValue(int(done))

    def _done(self, result: object) -> None:
        self.task = None
        self._set_running(False)
        assert isinstance(result, ExportResult)
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show(f"Wrote {result.counted()} to {result.path}"
                   + "".join(f"\nNote: {note}" for note in result.notes))
        self._grow_to_fit()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, ExportCancelled):
            self._show("Export cancelled; nothing was written.")
        else:
            self._show(f"Export failed: {exc}", error=True)
        self.export_failed.emit(exc)

    def _grow_to_fit(self) -> None:
        """Taller for long notes rather than squeezing the lists above them (never shrinks)."""
        layout = self.layout()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def reject(self) -> None:
        if self.task is not None:  # closing while exporting: cancel first, close when it stops
            self.cancel_export()
            return
        super().reject()


def _checked(listing: QListWidget) -> tuple[Any, ...]:
    """The values of a list's ticked items, in list order."""
    out = []
    for i in range(listing.count()):
        item = listing.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(item.data(Qt.ItemDataRole.UserRole))
    return tuple(out)


def _note_item(text: str) -> QListWidgetItem:
    """A grey line in a list that says something about it and cannot be ticked or picked."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def _annotator_names(db: Database) -> list[str]:
    with db.session() as session:
        return repo.annotator_names(session)
