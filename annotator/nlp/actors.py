"""The actor dictionary: canonical ACLED-style actor names, their aliases and inter codes.

Built from ``resources/actors.yaml`` (named armed groups, generic actors such as "protesters")
and generated for every country: "Syrian troops", "Russian jets", "Russia's defence ministry" ->
"Military Forces of Syria/Russia"; "Kenyan police" -> "Police Forces of Kenya". Generic aliases
without a country ("government forces", "protesters") carry the template ``{country}``, filled
with the event's country when a suggestion is made (:func:`fill_country`).

Aliases learned in the database (``annotator.db.repo.actor_aliases(session)``) extend a copy of
the dictionary with :meth:`ActorDictionary.with_aliases`. The window uses
:meth:`canonical_names` for completion; CSV export uses :meth:`inter_code`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from annotator.nlp.gazetteer import get_country_tables
from annotator.paths import read_resource_text

COUNTRY_SLOT = "{country}"
_APOSTROPHES = ("'", "\u2019")


@dataclass(frozen=True)
class ActorEntry:
    """What an alias means: a canonical name (maybe with ``{country}``) and its inter code."""

    canonical: str
    inter: int


@dataclass
class ActorDictionary:
    """Alias -> actor lookup, plus the list of canonical names and inter codes."""

    aliases: dict[str, ActorEntry] = field(default_factory=dict)  # lower-case alias -> entry
    exact: dict[str, ActorEntry] = field(default_factory=dict)  # case-sensitive (acronyms)
    names: dict[str, int] = field(default_factory=dict)  # canonical -> inter
    templates: list[tuple[re.Pattern[str], int]] = field(default_factory=list)
    learned: tuple[tuple[str, str], ...] = ()

    def add(self, alias: str, entry: ActorEntry) -> None:
        alias = alias.strip()
        if not alias:
            return
        if alias.isupper() and len(alias) <= 6:
            self.exact.setdefault(alias, entry)
        else:
            self.aliases.setdefault(alias.lower(), entry)
        if COUNTRY_SLOT not in entry.canonical:
            self.names.setdefault(entry.canonical, entry.inter)

    def canonical_names(self) -> list[str]:
        """Every canonical actor name, sorted (for completion in the form)."""
        return sorted(self.names)

    def inter_code(self, name: str) -> int | None:
        """ACLED inter code of a canonical name (or an alias), None when unknown."""
        if name in self.names:
            return self.names[name]
        entry = self.lookup(name)
        if entry is not None:
            return entry.inter
        for pattern, inter in self.templates:
            if pattern.fullmatch(name):
                return inter
        return None

    def lookup(self, text: Any) -> ActorEntry | None:
        """The actor some words (a string or a spaCy Span) name ("Syrian troops", "ISIS"), or None."""
        text = " ".join(str(getattr(text, "text", text)).split())
        return self.exact.get(text) or self.aliases.get(text.lower()) or (
            ActorEntry(text, self.names[text]) if text in self.names else None
        )

    def with_aliases(self, pairs: Iterable[tuple[str, str]]) -> ActorDictionary:
        """A copy extended by (alias, canonical) pairs learned from analysts' corrections."""
        pairs = tuple(pairs)
        if not pairs:
            return self
        copy = ActorDictionary(
            dict(self.aliases), dict(self.exact), dict(self.names), list(self.templates),
            self.learned + pairs,
        )
        for alias, canonical in pairs:
            inter = self.inter_code(canonical) or 8
            entry = ActorEntry(canonical, inter)
            # A learned alias overrides the built-in meaning: the analyst corrected it.
            if alias.strip().isupper() and len(alias.strip()) <= 6:
                copy.exact[alias.strip()] = entry
            else:
                copy.aliases[alias.strip().lower()] = entry
            copy.names.setdefault(canonical, inter)
        return copy

    def match_phrases(self) -> tuple[list[str], list[str]]:
        """(case-insensitive aliases, exact aliases) for the text matcher."""
        return list(self.aliases), list(self.exact)


def fill_country(canonical: str, country: str) -> str:
    """Fill ``{country}`` in a generic actor name, or drop it when the country is unknown.

    The country is written as actor names write it (``country_names`` of ``actors.yaml``):
    "Civilians (Democratic Republic of Congo)", and after "of" with the article English gives
    it, "Military Forces of the Philippines".
    """
    if COUNTRY_SLOT not in canonical:
        return canonical
    if country:
        name, article = actor_country_names().get(country, (country, False))
        if article and " of " + COUNTRY_SLOT in canonical:
            name = "the " + name
        return canonical.replace(COUNTRY_SLOT, name)
    return canonical.replace(" ({country})", "").replace(" of {country}", "").replace(COUNTRY_SLOT, "")


@cache
def actor_country_names() -> dict[str, tuple[str, bool]]:
    """Gazetteer country name -> (the name in actor names, whether "of" takes "the" before it)."""
    raw: dict[str, Any] = yaml.safe_load(read_resource_text("actors.yaml")) or {}
    return {
        str(country): (str((form or {}).get("name") or country), bool((form or {}).get("article")))
        for country, form in (raw.get("country_names") or {}).items()
    }


def build_dictionary() -> ActorDictionary:
    raw: dict[str, Any] = yaml.safe_load(read_resource_text("actors.yaml"))
    tables = get_country_tables()  # not the whole gazetteer: the window builds this without it
    actors = ActorDictionary()
    by_country: dict[str, set[str]] = {}
    for demonym, cc in tables.demonyms.items():
        by_country.setdefault(cc, set()).add(demonym)
    country_names: dict[str, set[str]] = {}
    for alias, cc in tables.alias_codes.items():
        country_names.setdefault(cc, set()).add(alias)
    for group in raw.get("state_forces", []):
        template, inter = group["canonical"], int(group["inter"])
        actors.templates.append((_template_regex(template), inter))
        for cc, country in tables.names.items():
            entry = ActorEntry(fill_country(template, country), inter)
            actors.names.setdefault(entry.canonical, inter)
            for noun in group["nouns"]:
                for demonym in by_country.get(cc, ()):
                    actors.add(f"{demonym} {noun}", entry)
                for name in country_names.get(cc, ()):
                    if name.isupper():
                        continue  # "US troops" is matched through the demonym table's aliases below
                    for apostrophe in _APOSTROPHES:
                        actors.add(f"{name}{apostrophe}s {noun}", entry)
                    actors.add(f"{name} {noun}", entry)
            for name in country_names.get(cc, ()):
                if name.isupper() and len(name) <= 3:
                    for noun in group["nouns"]:
                        actors.aliases.setdefault(f"{name.lower()} {noun}", entry)
    for group in raw.get("generic", []):
        entry = ActorEntry(group["canonical"], int(group["inter"]))
        actors.templates.append((_template_regex(entry.canonical), entry.inter))
        for alias in group["aliases"]:
            actors.add(str(alias), entry)
    for item in raw.get("actors", []):
        entry = ActorEntry(str(item["name"]), int(item["inter"]))
        actors.names[entry.canonical] = entry.inter
        for alias in [item["name"], *item.get("aliases", [])]:
            actors.add(str(alias), entry)
    return actors


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile(re.escape(template).replace(re.escape(COUNTRY_SLOT), ".+"))


_LOCK = threading.Lock()


@cache
def _cached() -> ActorDictionary:
    return build_dictionary()


def get_actor_dictionary(aliases: Iterable[tuple[str, str]] | None = None) -> ActorDictionary:
    """The bundled dictionary (built once, thread-safe), extended by learned aliases if given."""
    with _LOCK:
        base = _cached()
    return base.with_aliases(aliases or ())
