"""A place name an analyst typed, looked up in the gazetteer to fill the event's other place fields.

A suggestion fills country, admin1, coordinates and geo precision from the place it resolved
(``candidates``); a location typed by hand got none of them. :func:`fill_from_location` gives
them for a typed name, filling only fields that are still empty: what the analyst typed stays.

A name several places share is settled by, in order: the country the event already names (a
hard filter), the article's country (a preference: the country its other events name, else the
one its text mentions most), and a place far more populous than every other of the name. When
none settles it, nothing is guessed and the note says why, for the analyst to choose.

Only the gazetteer's public names (``get_gazetteer``, ``Gazetteer.by_name``, ``country_code``,
``country_names``, ``Place``) are used, so the suggester can change around them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.nlp.gazetteer import Gazetteer, Place, get_gazetteer

# A place at least this many times as populous as every other of its name is the one meant
# ("Paris" is not Paris, Texas); closer than that ("Gao" in Mali or in Burkina Faso) needs a country.
DOMINANCE = 10
GEO_PRECISION_TOWN = 1
GEO_PRECISION_REGION = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class PlaceFill:
    """What a typed location gives the other place fields (only the empty ones), and why."""

    values: dict[str, Any] = field(default_factory=dict)
    place: Place | None = None
    note: str = ""


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def places_named(name: str, gazetteer: Gazetteer) -> list[Place]:
    """The places a typed name can mean, most populous first (spacing, case and accents forgiven)."""
    text = " ".join(name.split())
    plain = _unaccented(text)
    for variant in dict.fromkeys((text, text.title(), plain, plain.title())):
        found = gazetteer.by_name.get(variant)
        if found:
            return _towns_over_their_regions(found)
    return []


def _towns_over_their_regions(places: Iterable[Place]) -> list[Place]:
    """"Gao" is a town and the region around it: typed as a location, it is the town."""
    places = list(places)
    towns = {(p.country_code, p.admin1) for p in places if p.kind == "city"}
    kept = [p for p in places if not (p.kind == "admin1" and (p.country_code, p.admin1) in towns)]
    return sorted(kept, key=lambda p: -p.population)


def country_code_of(value: Any, gazetteer: Gazetteer) -> str | None:
    """The code of a country field's value ("Mali", "Syria", an alias), None if it names none."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    code = gazetteer.country_code(text)
    if code:
        return code
    return next((cc for cc, name in gazetteer.country_names.items() if name.lower() == text.lower()), None)


def article_country(text: str, gazetteer: Gazetteer, known: Iterable[Any] = ()) -> str | None:
    """The article's country: the one its events name most, else the one its text mentions most
    (names, aliases and demonyms: "Malian troops"); None when nothing or a tie decides."""
    named = Counter(cc for cc in (country_code_of(v, gazetteer) for v in known) if cc)
    if named:
        return _clear_winner(named)
    words = _WORD.findall(text)
    mentions: Counter[str] = Counter()
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            code = gazetteer.country_code(" ".join(words[i:i + size])) if i + size <= len(words) else None
            if code:
                mentions[code] += 1
                i += size
                break
        else:
            i += 1
    return _clear_winner(mentions)


def _clear_winner(counts: Counter[str]) -> str | None:
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def fill_from_location(
    values: Mapping[str, Any],
    place_fields: Mapping[str, str],
    *,
    article_text: str = "",
    other_countries: Iterable[Any] = (),
    gazetteer: Gazetteer | None = None,
) -> PlaceFill:
    """The empty place fields that the event's location names, from the gazetteer.

    ``place_fields`` maps a meaning (location, country, admin1, latitude, longitude, precision)
    to the schema's field, as a schema's ``suggest.place`` does. ``other_countries`` are the
    country values of the article's other events (its country, if they agree).
    """
    location_field = place_fields.get("location")
    name = values.get(location_field) if location_field else None
    if not isinstance(name, str) or not name.strip():
        return PlaceFill()
    gaz = gazetteer or get_gazetteer()
    shown = " ".join(name.split())
    candidates = places_named(shown, gaz)
    if not candidates:
        return PlaceFill(note=f"“{shown}” is not in the gazetteer: fill its country and coordinates by hand.")
    country_field = place_fields.get("country")
    event_cc = country_code_of(values.get(country_field), gaz) if country_field else None
    if event_cc:
        candidates = [p for p in candidates if p.country_code == event_cc]
        if not candidates:
            return PlaceFill(note=f"No place “{shown}” in {gaz.country_names.get(event_cc, event_cc)} "
                                  "in the gazetteer: fill the other place fields by hand.")
    else:
        preferred = article_country(article_text, gaz, other_countries)
        in_article_country = [p for p in candidates if p.country_code == preferred]
        candidates = in_article_country or candidates
    place = _settled(candidates)
    if place is None:
        countries = list(dict.fromkeys(p.country for p in candidates))
        if len(countries) > 1:
            listed = ", ".join(countries[:4]) + (", …" if len(countries) > 4 else "")
            return PlaceFill(note=f"“{shown}” is a place in {len(countries)} countries ({listed}): "
                                  "fill Country to choose, or the other place fields by hand.")
        regions = ", ".join(dict.fromkeys(p.admin1 or "?" for p in candidates[:4]))
        one_country = _only_empty({country_field: candidates[0].country} if country_field else {}, values)
        return PlaceFill(one_country, None, f"Several places “{shown}” in {countries[0]} ({regions}): "
                                            "fill Admin1 and the coordinates by hand.")
    filled = _only_empty(_place_values(place, place_fields), values)
    pair = [place_fields.get("latitude"), place_fields.get("longitude")]
    if any(values.get(name) not in (None, "") for name in pair if name):
        for name in pair:  # coordinates go together: never half the analyst's, half the town's
            filled.pop(name or "", None)
    return PlaceFill(filled, place)


def _settled(candidates: list[Place]) -> Place | None:
    """The one place meant, if one clearly is (candidates most populous first)."""
    if len(candidates) == 1:
        return candidates[0]
    first, second = candidates[0], candidates[1]
    return first if first.population >= DOMINANCE * max(second.population, 1) else None


def _place_values(place: Place, fields: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if fields.get("country"):
        out[fields["country"]] = place.country
    if place.kind != "country" and fields.get("admin1") and place.admin1:
        out[fields["admin1"]] = place.admin1
    if place.kind == "city" and place.latitude is not None and fields.get("latitude") and fields.get("longitude"):
        out[fields["latitude"]], out[fields["longitude"]] = place.latitude, place.longitude
    if fields.get("precision"):
        out[fields["precision"]] = GEO_PRECISION_TOWN if place.kind == "city" else GEO_PRECISION_REGION
    return out


def _only_empty(filled: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """Never overwrite: only fields the event has no value in."""
    return {name: value for name, value in filled.items() if values.get(name) in (None, "")}
