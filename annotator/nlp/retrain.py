"""Retraining the event-type classifier from a database's confirmed events, now or in the background.

:func:`retrain_if_due` trains (see :mod:`annotator.nlp.event_classifier`) once there are
``MIN_EVENTS`` confirmed events with a trigger, and again every ``RETRAIN_EVERY`` more, and
stores the model with its held-out judgement in ``learned_model``. :class:`BackgroundRetrainer`
runs it on a daemon thread with its own session, at most one run at a time, so confirming an
event in the window never waits for training; the next suggestions read the new model.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from annotator.db import learned
from annotator.schema import Schema

# spaCy (through annotator.nlp.event_classifier) is imported only when training: the window
# imports this module at start, before anything heavy.


def _labelled(events: list[learned.TrainingEvent]) -> list[Any]:
    from annotator.nlp.event_classifier import LabelledSentence, sentence_around  # noqa: PLC0415

    out = []
    for ev in events:
        rules_right = {"accepted": True, "edited": False, "typed": False}.get(ev.sub_type_origin)
        out.append(LabelledSentence(
            sentence_around(ev.text, ev.trigger_start, ev.trigger_end), ev.sub_event_type, rules_right
        ))
    return out


def retrain_if_due(session: Any, schema: Schema, *, force: bool = False) -> learned.LearnedModel | None:
    """Train and store a new classifier when enough new events were confirmed; else None."""
    from annotator.nlp.event_classifier import MIN_EVENTS, RETRAIN_EVERY, train_and_judge  # noqa: PLC0415

    count = learned.count_training_events(session, schema.name)
    current = learned.stored_model(session, schema.name)
    due = count >= MIN_EVENTS and (
        force or current is None or count >= current.trained_on + RETRAIN_EVERY
    )
    if not due:
        return None
    events = learned.training_events(session, schema.name)
    judgement = train_and_judge(_labelled(events))
    if judgement is None:
        return None
    row = learned.LearnedModel(
        kind=learned.EVENT_CLASSIFIER, schema_name=schema.name, trained_on=count,
        held_out=judgement.held_out, model_accuracy=judgement.model_accuracy,
        rule_accuracy=judgement.rule_accuracy, used=judgement.used, model=judgement.nlp.to_bytes(),
    )
    learned.store_model(session, row)
    session.commit()
    return row


class BackgroundRetrainer:
    """Run :func:`retrain_if_due` on a daemon thread, one run at a time."""

    def __init__(self, session_factory: Callable[[], Any], schema: Schema) -> None:
        self.session_factory = session_factory
        self.schema = schema
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.last: learned.LearnedModel | None = None
        self.error: BaseException | None = None

    def poke(self) -> bool:
        """Start a check-and-train run unless one is running; True if one was started."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False
            self._thread = threading.Thread(target=self._run, name="annotator-retrain", daemon=True)
            self._thread.start()
            return True

    def wait(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        try:
            with self.session_factory() as session:
                row = retrain_if_due(session, self.schema)
                if row is not None:
                    self.last = row
        except Exception as exc:  # noqa: BLE001 - reported through .error, never kills the app
            self.error = exc


class DatabaseLearning:
    """What the window needs from learning, called off the GUI thread: fresh knowledge per
    suggestion request, and a background retraining check each time."""

    def __init__(self, session_factory: Callable[[], Any], schema: Schema) -> None:
        self.session_factory = session_factory
        self.schema = schema
        self.retrainer = BackgroundRetrainer(session_factory, schema)

    def current(self) -> tuple[Any, list[tuple[str, str]]]:
        """(Knowledge, learned actor aliases) as the database has them now; pokes the retrainer."""
        from annotator.db import repo  # noqa: PLC0415
        from annotator.nlp.knowledge import load_knowledge  # noqa: PLC0415

        self.retrainer.poke()
        with self.session_factory() as session:
            return load_knowledge(session, self.schema), repo.actor_aliases(session)
