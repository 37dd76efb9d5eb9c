"""Turn the words an analyst selected into a field value: the one rule the window and CLI share.

Counts follow :mod:`annotator.nlp.numbers` (a vague quantity such as "dozens" gives no number, only
a note), dates follow :mod:`annotator.nlp.dates` (value and ACLED precision), actor names go
through the learned aliases and the actor dictionary, places and text are kept as written.
Nothing here imports spaCy at import time: the actor dictionary is built on request, in a worker.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from annotator.nlp.dates import find_dates
from annotator.nlp.numbers import TENS, UNITS, VAGUE
from annotator.schema import FieldSpec

# Importing spaCy (and modules that import it) from two threads at once fails with "partially
# initialized module": every background job that imports the NLP layer holds this lock.
NLP_IMPORT_LOCK = threading.Lock()

ZERO_WORDS = {"no", "none", "zero", "nobody"}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000}


@dataclass(frozen=True)
class FieldValue:
    """What some words mean for a field: the value (None/"" for none), a date's precision, a note."""

    value: Any
    precision: int | None = None
    note: str = ""


def read_count(text: str) -> FieldValue:
    """'12', 'at least 12 soldiers', 'twenty-three', '1,200', 'a dozen', 'no one' -> a count.

    Vague quantities ("dozens", "several") give no number and a note saying so, as
    :func:`annotator.nlp.numbers.find_fatalities` does for the same words in an article.
    """
    digits = re.search(r"\d[\d,\s]*\d|\d", text)
    if digits:
        return FieldValue(int(re.sub(r"[,\s]", "", digits.group())))
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    total = current = 0
    found = False
    vague = ""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if not found and word in ZERO_WORDS:
            return FieldValue(0)  # "no one", "none", "nobody"
        if word in ("a", "an") and not found:
            current, found = 1, True  # "a soldier"; "a dozen" multiplies it below
        elif word in UNITS or word in TENS:
            current += UNITS.get(word) or TENS[word]
            found = True
        elif word in MULTIPLIERS and found:
            current *= MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total, current = total + current, 0
        elif word == "and" and found and (following in UNITS or following in TENS):
            continue
        elif found:
            break
        elif word in VAGUE and not vague:
            vague = word
    if found:
        return FieldValue(total + current)
    if vague:
        return FieldValue(None, note=f"{vague!r} gives no number")
    return FieldValue(None)


def parse_count(text: str) -> int | None:
    """The count in ``text``, or None (see :func:`read_count`)."""
    return read_count(text).value


def read_date(text: str, published: date | None) -> FieldValue:
    """The ISO date and its precision (1 day, 2 week, 3 month); unresolved words are kept."""
    for mention in find_dates(text, published):
        if mention.value is not None:
            return FieldValue(mention.value.isoformat(), mention.precision)
    notes = [m.note for m in find_dates(text, published) if m.note]
    return FieldValue(text, note=notes[0] if notes else "")


def _clean(text: str) -> str:
    return " ".join(text.split())


class ValueResolver:
    """Field value for selected words; built once per window (or CLI run) with the known aliases."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = {k.lower(): v for k, v in (aliases or {}).items()}
        # The actor dictionary takes seconds to build: load_dictionary() runs in a worker, and
        # until it is ready actor words are kept as typed.
        self._dictionary: Any = None

    def load_dictionary(self, _report: Any = None) -> list[str]:
        """Build the actor dictionary (slow; call from a worker); returns canonical names."""
        try:
            with NLP_IMPORT_LOCK:
                from annotator.nlp.actors import get_actor_dictionary  # noqa: PLC0415 (spaCy)

                dictionary = get_actor_dictionary()
        except Exception:  # suggestions are optional: without them actor words stay as typed
            return []
        self._dictionary = dictionary
        return dictionary.canonical_names()

    @property
    def dictionary_ready(self) -> bool:
        return self._dictionary is not None

    def _lookup_actor(self, words: str) -> str | None:
        if self._dictionary is None:
            return None
        from annotator.nlp.actors import fill_country  # noqa: PLC0415 (loaded with the dictionary)

        entry = self._dictionary.lookup(words)
        return fill_country(entry.canonical, "") if entry is not None else None

    def learn(self, alias: str, canonical: str) -> None:
        self.aliases[_clean(alias).lower()] = canonical

    def read(self, spec: FieldSpec, text: str, published: date | None) -> FieldValue:
        """The value these words give ``spec`` (see the module docstring)."""
        words = _clean(text)
        if spec.type == "actor":
            return FieldValue(self.aliases.get(words.lower()) or self._lookup_actor(words) or words)
        if spec.type == "date":
            return read_date(words, published)
        if spec.type == "integer" and not spec.choices:
            return read_count(words)
        if spec.type == "number":
            try:
                return FieldValue(float(words.replace(",", "")))
            except ValueError:
                return FieldValue(None, note=f"{words!r} is not a number")
        if spec.choices or spec.depends_on:
            for value in spec.all_choice_values():
                if str(value).lower() == words.lower():
                    return FieldValue(value)
        return FieldValue(words)

    def value(self, spec: FieldSpec, text: str, published: date | None) -> Any:
        return self.read(spec, text, published).value
