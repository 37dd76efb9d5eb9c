"""Places the text itself names as places: "the town of X", "the village of X", "X district",
"Camp X", "X refugee camp".

A report about a raid on a village of a few hundred people names it the way an analyst needs
it, yet no gazetteer may know it. These patterns find such names, so the suggester can still
offer the place (without coordinates, at geo precision 3) and the analyst only adds what the
text cannot say. The words are data: extend ``SETTLEMENT_WORDS`` rather than the regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SETTLEMENT_WORDS = (
    "town", "towns", "village", "villages", "hamlet", "settlement", "city", "locality",
    "district", "commune", "county", "municipality", "suburb", "neighbourhood", "neighborhood",
    "area", "region", "province", "camp", "outpost", "market town", "border town",
)
# After a name, words that make it a settlement too ("Mayom county", "Kidal region").
TRAILING_WORDS = ("district", "county", "commune", "municipality", "village", "town", "region", "province",
                  "refugee camp", "IDP camp", "displacement camp", "displaced persons camp")
# Capitalised words that begin a settlement's own name: "Camp Hurriya", "Fort Liberty".
LEADING_WORDS = ("Camp", "Fort")

# Sites an event happens at, inside a town: "at a crowded market", "inside a funeral tent". They
# say where more precisely than the town's name, so they are cited as location evidence.
SITE_NOUNS = frozenset((
    "hospital", "clinic", "market", "marketplace", "bazaar", "school", "university", "college",
    "mosque", "church", "temple", "shrine", "synagogue", "camp", "checkpoint", "station", "base",
    "barracks", "tent", "hotel", "restaurant", "cafe", "café", "stadium", "prison", "jail", "airport",
    "airfield", "port", "bridge", "compound", "embassy", "consulate", "courthouse", "headquarters",
    "office", "bank", "square", "rally", "funeral", "wedding", "village", "neighbourhood",
    "neighborhood", "suburb", "district", "outpost", "garrison", "convoy", "bus", "pipeline", "refinery",
))

# Words of a name are apart by spaces on one line: "town of Rutshuru\n\nGOMA" is two things.
_NAME = r"(?:(?:al|el|Al|El|Ad|ad|Ar|as|As)-)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:al|el|Al|El)-)?[A-Z][\w'’\-]*){0,3}"
_BEFORE = re.compile(
    r"(?:\b(?P<adj>[A-Z][a-z]+)\s+)?\b(?P<kind>"
    + "|".join(sorted((re.escape(w) for w in SETTLEMENT_WORDS), key=len, reverse=True))
    + r")\s+of\s+(?P<name>" + _NAME + ")"
)
_AFTER = re.compile(
    r"(?<![\w'’\-])(?P<name>" + _NAME + r")\s+(?P<kind>"
    + "|".join(TRAILING_WORDS) + r")\b(?!\s+of\b)"
)
_LEADING = re.compile(
    r"(?<![\w'’\-])(?P<name>(?P<kind>" + "|".join(LEADING_WORDS) + r")\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)"
)
_LEADING_NOT_NAMES = {
    "The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "On", "At", "From", "Near",
    "Outside", "Around", "And", "But", "When", "After", "Before", "Across", "Into", "To", "Of",
}
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class NamedPlace:
    """A name the text calls a place, with the settlement word that says so."""

    start: int
    end: int
    name: str
    kind: str
    qualifier: str = ""  # the capitalised word before the kind: "Malian" in "the Malian town of Boni"


def _trimmed(name: str, start: int) -> tuple[str, int, int] | None:
    words = name.split()
    while words and (words[0] in _LEADING_NOT_NAMES or (len(words) > 1 and _POSSESSIVE.search(words[0]))):
        start += len(words[0]) + 1  # "In Mayom county", "Mali's Kidal region"
        words = words[1:]
    if not words:
        return None
    text = " ".join(words)
    text = _POSSESSIVE.sub("", text)
    return (text, start, start + len(text)) if len(text) >= 2 else None


def find_named_places(text: str) -> list[NamedPlace]:
    """Every "the town of X" / "X district" / "Camp X" in ``text``, left to right, without overlaps."""
    found: list[NamedPlace] = []
    for match in _BEFORE.finditer(text):
        trimmed = _trimmed(match.group("name"), match.start("name"))
        if trimmed:
            found.append(NamedPlace(trimmed[1], trimmed[2], trimmed[0], match.group("kind"), match.group("adj") or ""))
    for match in _AFTER.finditer(text):
        trimmed = _trimmed(match.group("name"), match.start("name"))
        if trimmed and trimmed[0] not in _LEADING_NOT_NAMES:
            found.append(NamedPlace(trimmed[1], trimmed[2], trimmed[0], match.group("kind")))
    for match in _LEADING.finditer(text):
        # "Camp Hurriya": the word is part of the name, so it is kept.
        name = _POSSESSIVE.sub("", match.group("name"))
        found.append(NamedPlace(match.start("name"), match.start("name") + len(name), name, match.group("kind").lower()))
    found.sort(key=lambda p: (p.start, -p.end))
    out: list[NamedPlace] = []
    for place in found:
        if out and place.start < out[-1].end:
            continue
        out.append(place)
    return out
