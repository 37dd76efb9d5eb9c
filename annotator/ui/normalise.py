"""Turn the words an analyst selected into a field value (no Qt here; the form calls it).

Actor names go through the learned aliases and the actor dictionary, dates through the date
resolver, counts become integers. The NLP modules are optional: when one cannot be imported the
raw words are used, so assigning text to a field always works.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from annotator.schema import FieldSpec

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
        self._actor_lookup: Callable[[str], str | None] | None = _actor_lookup()
        self._date_resolver = _date_resolver()

    def learn(self, alias: str, canonical: str) -> None:
        self.aliases[_clean(alias).lower()] = canonical

    def value(self, spec: FieldSpec, text: str, published: date | None) -> Any:
        words = _clean(text)
        if spec.type == "actor":
            known = self.aliases.get(words.lower())
            if known:
                return known
            if self._actor_lookup is not None:
                try:
                    found = self._actor_lookup(words)
                except Exception:  # a broken dictionary must not stop the analyst
                    found = None
                if found:
                    return found
            return words
        if spec.type == "date":
            if self._date_resolver is not None:
                try:
                    resolved = self._date_resolver(words, published)
                except Exception:
                    resolved = None
                if resolved:
                    return resolved
            return words
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

    def date_precision(self, text: str, published: date | None) -> int | None:
        """The precision the date resolver reports for these words, when it reports one."""
        if self._date_resolver is None:
            return None
        try:
            result = _date_details(_clean(text), published)
        except Exception:
            return None
        return result


def _actor_lookup() -> Callable[[str], str | None] | None:
    try:
        from annotator.nlp.actors import fill_country, get_actor_dictionary  # noqa: PLC0415
    except Exception:  # the NLP layer is optional for the window
        return None

    def lookup(text: str) -> str | None:
        entry = get_actor_dictionary().lookup(text)
        return fill_country(entry.canonical, "") if entry is not None else None

    return lookup


def _date_resolver() -> Callable[[str, date | None], str | None] | None:
    try:
        from annotator.nlp import dates  # noqa: PLC0415 (optional, written in parallel)
    except Exception:
        return None
    fn = getattr(dates, "resolve_date", None)
    if not callable(fn):
        return None

    def resolve(text: str, published: date | None) -> str | None:
        found = fn(text, published)
        if found is None:
            return None
        if isinstance(found, date):
            return found.isoformat()
        if isinstance(found, str):
            return found
        value = getattr(found, "date", None) or getattr(found, "value", None)
        if isinstance(value, date):
            return value.isoformat()
        return value if isinstance(value, str) else None

    return resolve


def _date_details(text: str, published: date | None) -> int | None:
    from annotator.nlp import dates  # noqa: PLC0415

    found = dates.resolve_date(text, published)
    precision = getattr(found, "precision", None)
    return precision if isinstance(precision, int) else None
