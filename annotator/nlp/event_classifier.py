"""An event-type classifier trained on a database's confirmed events (spaCy ``textcat``).

The rules map a trigger word to sub-event types; a source's own usage often says more ("attacked
the village, killing eleven civilians" is an Attack on civilians, not an Armed clash). This
component learns the sub-event type (and so the event type) from the sentence around the trigger
of every confirmed event, with spaCy's bag-of-words ``textcat`` architecture: it trains in about
a second on a few hundred events, needs no vectors, and runs on any pipeline.

It is used only where it beats the rules: :func:`train_and_judge` holds out every fifth event,
trains on the rest and compares its sub-event types with what the rules had suggested for the
held-out events (the field's origin: "accepted" means the rules were right); then it trains on
everything. :func:`annotator.nlp.knowledge.Knowledge.refine` overrides a suggestion's type only
when the model is used and confident.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.training import Example

MIN_EVENTS = 12  # confirmed events before a first model is worth training
RETRAIN_EVERY = 4  # retrain once this many more events are confirmed
HOLD_OUT_EVERY = 5
EPOCHS = 12
CONFIDENT = 0.5
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")

TEXTCAT_CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 65536,  # hashed n-gram features: plenty for a few thousand sentences
    },
}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (split at . ! ? and line breaks)."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    match = _SENTENCE_END.search(text, end)
    right = match.start() + 1 if match else len(text)
    return text[left:right].strip()


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    label: str
    rules_were_right: bool | None  # None when nobody recorded what the rules had said


@dataclass
class Judgement:
    """The outcome of a training round: the model, and whether it beat the rules held out."""

    nlp: Language
    trained_on: int
    held_out: int
    model_accuracy: float
    rule_accuracy: float

    @property
    def used(self) -> bool:
        return self.held_out > 0 and self.model_accuracy > self.rule_accuracy


def _train(items: Sequence[LabelledSentence], labels: Sequence[str], seed: int = 0) -> Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config=TEXTCAT_CONFIG)
    for label in labels:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(item.text), {"cats": {lab: float(lab == item.label) for lab in labels}})
        for item in items
    ]
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def predict(nlp: Language, sentence: str) -> tuple[str, float]:
    """The most likely sub-event type of a sentence and its probability."""
    cats = nlp(sentence).cats
    if not cats:
        return "", 0.0
    label = max(cats, key=lambda k: cats[k])
    return label, float(cats[label])


def train_and_judge(items: Sequence[LabelledSentence]) -> Judgement | None:
    """Train on held-in events, compare with the rules on held-out ones, then train on all.

    Returns None with fewer than :data:`MIN_EVENTS` events or fewer than two sub-event types.
    """
    labels = sorted({item.label for item in items})
    if len(items) < MIN_EVENTS or len(labels) < 2:
        return None
    held_out = [item for i, item in enumerate(items) if i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1]
    held_in = [item for i, item in enumerate(items) if i % HOLD_OUT_EVERY != HOLD_OUT_EVERY - 1]
    trial = _train(held_in, labels)
    model_right = sum(predict(trial, item.text)[0] == item.label for item in held_out)
    # Unknown origins count as rule successes: without evidence, the rules keep the say.
    rules_right = sum(item.rules_were_right is not False for item in held_out)
    n = len(held_out)
    return Judgement(
        nlp=_train(items, labels),
        trained_on=len(items),
        held_out=n,
        model_accuracy=model_right / n if n else 0.0,
        rule_accuracy=rules_right / n if n else 1.0,
    )


def load_model(data: bytes) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat", config=TEXTCAT_CONFIG)
    return nlp.from_bytes(data)
