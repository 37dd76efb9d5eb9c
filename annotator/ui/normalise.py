"""Turn the words an analyst selected into a field value (no Qt here; the form calls it).

Actor names go through the learned aliases and the actor dictionary, dates through the date
resolver, counts become integers. The NLP modules are optional: when one cannot be imported the
raw words are used, so assigning text to a field always works.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from annotator.schema import FieldSpec

# Importing spaCy (and modules that import it) from two threads at once fails with "partially
# initialized module": every background job that imports the NLP layer holds this lock.
NLP_IMPORT_LOCK = threading.Lock()

NUMBER_WORDS = {
    "no": 0, "zero": 0, "none": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    "dozens": 24, "scores": 40,
}
SCALES = {"hundred": 100, "thousand": 1000}


def parse_count(text: str) -> int | None:
    """'12', 'at least 12 soldiers', 'nine civilians', 'twenty-three', '1,200' -> an integer."""
    digits = re.search(r"\d[\d,\s]*\d|\d", text)
    if digits:
        return int(re.sub(r"[,\s]", "", digits.group()))
    total = current = 0
    found = False
    for word in re.findall(r"[a-z]+", text.lower().replace("-", " ")):
        if word in NUMBER_WORDS and not (word in ("a", "an", "no") and found):
            current += NUMBER_WORDS[word]
            found = True
        elif word in SCALES and found:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
        elif found:
            break
    return total + current if found else None


def _clean(text: str) -> str:
    return " ".join(text.split())


class ValueResolver:
    """Field value for selected words; built once per window with what the NLP layer offers."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = {k.lower(): v for k, v in (aliases or {}).items()}
        # The actor dictionary takes seconds to build: load_dictionary() runs in a worker, and
        # until it is ready actor words are kept as typed.
        self._dictionary: Any = None
        self._date_resolver = _date_resolver()

    def load_dictionary(self, _report: Any = None) -> list[str]:
        """Build the actor dictionary (slow; call from a worker); returns canonical names."""
        try:
            with NLP_IMPORT_LOCK:
                from annotator.nlp.actors import get_actor_dictionary  # noqa: PLC0415 (optional)

                dictionary = get_actor_dictionary()
        except Exception:  # the NLP layer is optional for the window
            return []
        self._dictionary = dictionary
        return dictionary.canonical_names()

    @property
    def dictionary_ready(self) -> bool:
        return self._dictionary is not None

    def _lookup_actor(self, words: str) -> str | None:
        if self._dictionary is None:
            return None
        try:
            from annotator.nlp.actors import fill_country  # noqa: PLC0415

            entry = self._dictionary.lookup(words)
            return fill_country(entry.canonical, "") if entry is not None else None
        except Exception:  # a broken dictionary must not stop the analyst
            return None

    def learn(self, alias: str, canonical: str) -> None:
        self.aliases[_clean(alias).lower()] = canonical

    def value(self, spec: FieldSpec, text: str, published: date | None) -> Any:
        words = _clean(text)
        if spec.type == "actor":
            known = self.aliases.get(words.lower())
            if known:
                return known
            found = self._lookup_actor(words)
            return found or words
        if spec.type == "date":
            resolved = self._resolve_date(words, published)
            return resolved[0] if resolved else words
        if spec.type == "integer" and not spec.choices:
            count = parse_count(words)
            return count
        if spec.type == "number":
            try:
                return float(words.replace(",", ""))
            except ValueError:
                return None
        if spec.choices or spec.depends_on:
            for value in spec.all_choice_values():
                if str(value).lower() == words.lower():
                    return value
        return words

    def _resolve_date(self, words: str, published: date | None) -> tuple[str, int] | None:
        if self._date_resolver is None:
            return None
        try:
            return self._date_resolver(words, published)
        except Exception:  # an odd phrase must not stop the analyst: keep the raw words
            return None

    def date_precision(self, text: str, published: date | None) -> int | None:
        """The precision (1 day, 2 week, 3 month) the date resolver gives these words."""
        resolved = self._resolve_date(_clean(text), published)
        return resolved[1] if resolved else None


def _date_resolver() -> Callable[[str, date | None], tuple[str, int] | None] | None:
    """(ISO date, precision) for date words, via the NLP layer's date finder when importable."""
    try:
        from annotator.nlp.dates import find_dates  # noqa: PLC0415 (optional)
    except Exception:
        return None

    def resolve(text: str, published: date | None) -> tuple[str, int] | None:
        for mention in find_dates(text, published):
            if mention.value is not None:
                return mention.value.isoformat(), mention.precision
        return None

    return resolve
