"""Help > About: what is running and where the data is, with a Copy button for bug reports.

Analysts asked "which database am I in?" and support asks "which version, which model?"; both
answers are here, as plain text that pastes cleanly into an e-mail or an issue.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from importlib.metadata import PackageNotFoundError, version

import PySide6
import shiboken6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import annotator
from annotator.config import data_dir, resolve_schema, settings_file
from annotator.db.engine import Database, current_revision
from annotator.paths import resource
from annotator.ui.workers import run_task


def _dist_version(name: str) -> str | None:
    """Installed version of a distribution, without importing it (spaCy takes seconds to import)."""
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _pipeline_state(model_name: str) -> str | None:
    """'loaded' or 'blank fallback' once suggestions have loaded a pipeline in this process.

    Looks only at pipelines already loaded (annotator.nlp.pipeline's cache): opening About must
    never import spaCy or load a model by itself.
    """
    pipeline = sys.modules.get("annotator.nlp.pipeline")
    cache = getattr(pipeline, "_CACHE", None)
    loaded = cache.get(model_name) if isinstance(cache, dict) else None
    if loaded is None:
        return None
    return "not loaded: using the blank fallback" if getattr(loaded, "is_fallback", False) else "loaded"


def model_status(model_name: str, loaded: bool | None = None) -> str:
    """Human wording for the model: its version, and whether this session has loaded it.

    ``loaded`` comes from the caller when it knows; otherwise the pipeline cache of
    annotator.nlp.pipeline says, and failing that, whether the model package has been imported
    (spacy.load imports it).
    """
    installed = importlib.util.find_spec(model_name) is not None if model_name.isidentifier() else False
    if not installed:
        return "not installed: suggestions use a blank English pipeline and rules"
    ver = _dist_version(model_name)
    if loaded is not None:
        state = "loaded" if loaded else "installed, not loaded yet"
    else:
        state = _pipeline_state(model_name) or (
            "loaded" if model_name in sys.modules else "installed, not loaded yet"
        )
    return f"{ver}, {state}" if ver else state


READING = "reading…"


def database_layout(db: Database) -> str:
    """The database's dialect and stored revision: a database read, so never on the GUI thread."""
    try:
        revision = current_revision(db.engine) or "empty"
    except Exception as exc:  # a broken connection must not stop the About box from opening
        revision = f"unknown ({exc.__class__.__name__})"
    return f"{db.dialect}, revision {revision}"


def about_facts(
    db: Database,
    model_name: str,
    *,
    schema: str | None = None,
    model_loaded: bool | None = None,
    layout: str | None = None,
) -> list[tuple[str, str]]:
    """The (label, value) pairs the dialog shows and copies; no Qt, so it is cheap to test.

    ``layout`` is :func:`database_layout`'s answer when the caller has it; without it the
    database is not touched and the line says it is being read.
    """
    return [
        ("Version", annotator.__version__),
        ("Database", db.describe()),
        ("Database layout", layout or f"{db.dialect}, revision {READING}"),
        ("Model", f"{model_name} ({model_status(model_name, model_loaded)})"),
        ("Schema", schema or resolve_schema()),
        ("Data folder", str(data_dir())),
        ("Settings file", str(settings_file())),
        ("Python", f"{platform.python_version()} ({sys.executable})"),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("spaCy", _dist_version("spacy") or "not installed"),
        ("System", platform.platform()),
    ]


def facts_as_text(facts: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in facts)
    return "\n".join(f"{label + ':':<{width + 1}} {value}" for label, value in facts) + "\n"


def app_icon() -> QIcon:
    """The application icon in every bundled size, so Qt picks a sharp one for each use."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource("icons", f"annotator-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    """Version, database location, model and environment, with Copy for bug reports."""

    def __init__(
        self,
        db: Database,
        model_name: str,
        parent: QWidget | None = None,
        *,
        schema: str | None = None,
        model_loaded: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Annotator")
        self.setWindowIcon(app_icon())
        # The window's own schema (it may come from --schema) beats the saved setting.
        schema = schema or getattr(getattr(parent, "schema", None), "name", None)
        self.facts = about_facts(db, model_name, schema=schema, model_loaded=model_loaded)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource("icons", "annotator-64.png"))))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            f"<h2>Annotator {annotator.__version__}</h2>"
            "<p>Turn news articles into structured, evidence-backed event records.</p>"
        )
        title.setWordWrap(True)
        header.addWidget(title, 1)

        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for label, value in self.facts:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.value_labels[label] = field
            form.addRow(f"{label}:", field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setToolTip("Copy these details, e.g. into a bug report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        self.status = QLabel("")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # The revision is a database read: a pool worker does it (a slow or locked server must
        # not freeze the window), and the line fills in when the answer comes back.
        self.layout_read = run_task(lambda _report: database_layout(db), self._show_layout)

    def _show_layout(self, layout: object) -> None:
        if not shiboken6.isValid(self):
            return  # closed and deleted before the answer came
        self.facts = [(label, str(layout) if label == "Database layout" else value) for label, value in self.facts]
        self.value_labels["Database layout"].setText(str(layout))

    def text(self) -> str:
        return f"Annotator {annotator.__version__}\n" + facts_as_text(self.facts)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText("Copied to the clipboard.")
