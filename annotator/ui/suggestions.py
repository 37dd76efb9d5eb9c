"""Suggestions in the window: the pipeline loads in the background, suggestions arrive by signal.

Nothing here runs on the GUI thread except bookkeeping: loading the spaCy pipeline, suggesting
events and finding entity spans run as pool tasks, so the analyst can type while they work. When
the NLP layer cannot be imported, the status says so and the window works without suggestions.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.config import resolve_model
from annotator.schema import Schema
from annotator.ui.normalise import NLP_IMPORT_LOCK
from annotator.ui.workers import run_task

ENV_NO_SUGGEST = "ANNOTATOR_NO_SUGGEST"


def suggestions_disabled_by_env() -> bool:
    return os.environ.get(ENV_NO_SUGGEST, "").strip() not in ("", "0", "false", "no")


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    label: str


def _entity(item: Any) -> EntitySpan | None:
    if isinstance(item, (tuple, list)) and len(item) >= 2:
        return EntitySpan(int(item[0]), int(item[1]), str(item[2]) if len(item) > 2 else "")
    start = getattr(item, "start", None)
    end = getattr(item, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        label = getattr(item, "label", None) or getattr(item, "label_", None) or getattr(item, "field", "")
        return EntitySpan(start, end, str(label))
    return None


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
        self.loaded: Any = None
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

        def load(_report: Any) -> Any:
            with NLP_IMPORT_LOCK:
                importlib.import_module("annotator.nlp.suggest")  # fail early if missing
                from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415 (heavy: spaCy)

                return load_pipeline(model)

        run_task(load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: Any) -> None:
        self.loading = False
        self.loaded = loaded
        if getattr(loaded, "is_fallback", False):
            self.description = f"Model: rule-based fallback — {getattr(loaded, 'message', '')}"
        else:
            self.description = f"Model: {getattr(loaded, 'name', self.model_name)}"
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
            from annotator.nlp import suggest  # noqa: PLC0415

            fn = getattr(suggest, "entity_spans", None)
            if fn is None:
                return []
            spans = (_entity(item) for item in fn(text, loaded))
            return [s for s in spans if s is not None and 0 <= s.start < s.end <= len(text)]

        run_task(work, lambda spans: self.entities.emit(article_id, spans), lambda exc: None)
        return True
