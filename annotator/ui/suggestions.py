"""Suggestions in the window: the pipeline loads in the background, suggestions arrive by signal.

Nothing here runs on the GUI thread except bookkeeping: loading the spaCy pipeline, suggesting
events and finding entity spans run as pool tasks, so the analyst can type while they work. When
the NLP layer cannot be imported, the status says so and the window works without suggestions.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from annotator.config import resolve_model
from annotator.nlp.labels import EntitySpan
from annotator.nlp.normalise import NLP_IMPORT_LOCK
from annotator.schema import Schema
from annotator.ui.workers import run_task

if TYPE_CHECKING:
    from annotator.nlp.pipeline import LoadedPipeline

ENV_NO_SUGGEST = "ANNOTATOR_NO_SUGGEST"


def suggestions_disabled_by_env() -> bool:
    return os.environ.get(ENV_NO_SUGGEST, "").strip() not in ("", "0", "false", "no")


class SuggestionService(QObject):
    """Loads the pipeline once, then answers suggestion and entity requests in the pool."""

    status = Signal(str)  # for the status bar
    ready = Signal()
    suggested = Signal(int, object)  # article id, list[EventRecord]
    entities = Signal(int, object)  # article id, list[EntitySpan]
    failed = Signal(str)

    def __init__(self, schema: Schema, model_name: str, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.model_name = model_name or resolve_model(None)
        self.enabled = enabled
        self.loaded: LoadedPipeline | None = None
        self.aliases: list[tuple[str, str]] = []  # learned (alias, canonical) pairs
        self.learning: Any = None  # issue 11: annotator.nlp.retrain.DatabaseLearning, if any
        self.loading = False
        self.error: str | None = None
        self.description = "Model: suggestions off" if not enabled else f"Model: loading {self.model_name}…"

    def start(self) -> None:
        """Load the pipeline in the background (once)."""
        if not self.enabled or self.loading or self.loaded is not None:
            return
        self.loading = True
        self.status.emit(self.description)
        model = self.model_name

        def load(_report: Any) -> LoadedPipeline:
            with NLP_IMPORT_LOCK:
                import annotator.nlp.suggest  # noqa: F401, PLC0415 (imports spaCy: in the lock)
                from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415

                return load_pipeline(model)

        run_task(load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: LoadedPipeline) -> None:
        self.loading = False
        self.loaded = loaded
        if loaded.is_fallback:
            self.description = f"Model: rule-based fallback — {loaded.message}"
        else:
            self.description = f"Model: {loaded.name}"
        self.status.emit(self.description)
        self.ready.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.error = f"{type(exc).__name__}: {exc}"
        self.description = f"Model: suggestions unavailable ({self.error})"
        self.status.emit(self.description)
        self.failed.emit(self.description)

    @property
    def is_ready(self) -> bool:
        return self.loaded is not None

    def request(self, article_id: int, text: str, published: date | None) -> bool:
        """Ask for suggested events for one article; False if the model is not ready."""
        if not self.is_ready:
            return False
        loaded, schema, aliases, learning = self.loaded, self.schema, list(self.aliases), self.learning

        def work(_report: Any) -> list[Any]:
            from annotator.nlp.suggest import suggest_events  # noqa: PLC0415

            knowledge, learned_aliases = learning.current() if learning is not None else (None, aliases)
            return list(suggest_events(loaded, text, published, schema, aliases=learned_aliases, learned=knowledge))

        run_task(
            work,
            lambda records: self.suggested.emit(article_id, records),
            lambda exc: self.failed.emit(f"Suggestions failed: {type(exc).__name__}: {exc}"),
        )
        return True

    def request_entities(self, article_id: int, text: str) -> bool:
        if not self.is_ready:
            return False
        loaded = self.loaded

        def work(_report: Any) -> list[EntitySpan]:
            from annotator.nlp.suggest import entity_spans  # noqa: PLC0415

            return [s for s in entity_spans(text, loaded) if 0 <= s.start < s.end <= len(text)]

        run_task(work, lambda spans: self.entities.emit(article_id, spans), lambda exc: None)
        return True
