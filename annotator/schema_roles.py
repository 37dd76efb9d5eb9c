"""What the suggester fills in a schema: which field is the agent, the target, the place...

A schema's ``suggest:`` section (YAML) declares it, so the one engine serves ACLED, PLOVER and an
analyst's own ontology::

    suggest:
      roles: {agent: actor1, target: actor2, associate: assoc_actor_1}
      place: {location: location, country: country, admin1: admin1,
              latitude: latitude, longitude: longitude, precision: geo_precision}
      count: fatalities
      notes: notes
      partner: associate          # what "with X" is unless a trigger rule says otherwise
      places_act: false           # whether a town or region can fill an actor field
      negated_acts: false         # whether "did not attack" / "no arrests" still suggest an event
      intended_acts: false        # whether "vowed / threatened to attack" suggests one
      type_precedence: [Explosions/Remote violence, [Violence against civilians, Armed clash]]
                                  # an incident's type when its mentions differ: the first rank
                                  # (event or sub-event types; a list is one rank) wins
      interventions: {Arrests: Protest with intervention}
                                  # the state's act on a crowd at its protest: the protest's type then
      unclaimed: [Attack, Remote explosive/landmine/IED]
                                  # acts whose doer, when the report names none, is the naming
                                  # rule marked ``unnamed`` (ACLED: Unidentified Armed Group (X))
      victims_are_targets: [Explosions/Remote violence]
                                  # types whose dead and wounded are the target when none is named
      civilian_targets: [Violence against civilians]
                                  # types whose unknown targets are the civilians' naming rule
      naming:                     # names for actors no dictionary knows, by head noun
        - {name: "Protesters ({country})", inter: 6, nouns: [protester, demonstrator]}
      identities:                 # who protesters or rioters are, named as the associate
        - {name: "Students ({country})", nouns: [student, students]}

A schema without the section gets one inferred from its field types (first actor field acts,
second receives, first place field is the place, the FATALITIES-role integer is the count).
Errors name the schema file and the key, like every other schema error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.schema import FieldSpec

ROLE_KEYS = ("agent", "target", "associate")
PLACE_KEYS = ("location", "country", "admin1", "latitude", "longitude", "precision")
PARTNER_ROLES = ("target", "associate")


@dataclass(frozen=True)
class NamingRule:
    """An actor name made from a head noun: "police" -> "Police Forces of {country}"."""

    name: str
    nouns: frozenset[str]
    inter: int = 0
    # A name for a side the text does not identify ("Unidentified Armed Group (X)"): it may be
    # the same side as a phrase another sentence gives ("suspected jihadists").
    unnamed: bool = False

    def names(self, value: str) -> bool:
        """Whether ``value`` is this rule's name for some country."""
        return self.country_in(value) is not None

    def country_in(self, value: str) -> str | None:
        """The country in ``value`` when it is this rule's name ("" for a rule without one)."""
        head, placeholder, tail = self.name.partition("{country}")
        if not placeholder:
            return "" if value == self.name else None
        if value.startswith(head) and value.endswith(tail) and len(value) > len(head) + len(tail):
            return value[len(head) : len(value) - len(tail)]
        return None


@dataclass(frozen=True)
class SuggestSpec:
    """The fields a suggestion fills, by what they mean rather than by what they are called."""

    roles: Mapping[str, str] = field(default_factory=dict)  # agent/target/associate -> field
    place: Mapping[str, str] = field(default_factory=dict)  # location/country/... -> field
    count: str | None = None
    notes: str | None = None
    partner: str = "target"
    naming: tuple[NamingRule, ...] = ()
    # Who protesters or rioters are when the words say it ("teachers marched"): ACLED names the
    # crowd Protesters (X) and its identity the associate, Teachers (X).
    identities: tuple[NamingRule, ...] = ()
    places_act: bool = False  # a town can be an actor ("talks in Geneva" -> recipient Geneva)
    # Whether a negated trigger still reports an event: in ACLED "no arrests were made" is none,
    # in PLOVER "will not accept refugees" is a rejection.
    negated_acts: bool = False
    # Whether what someone vows, threatens or plans to do is an event: in ACLED "vowed to fight"
    # is none, in PLOVER "threatened to attack" is a threat.
    intended_acts: bool = False
    # Event or sub-event types that name an incident when its mentions differ (ACLED: a bombing
    # that killed civilians is Explosions/Remote violence, not Violence against civilians), first
    # wins; a type not listed is never replaced.
    type_precedence: tuple[frozenset[str], ...] = ()
    # A state's act on a crowd at its protest that is the protest's intervention, and the type the
    # protest takes then (ACLED: {Arrests: Protest with intervention}).
    interventions: Mapping[str, str] = field(default_factory=dict)
    # A sub-event type that, told as unopposed ("no fighting", "without a fight"), is another.
    unopposed: Mapping[str, str] = field(default_factory=dict)
    # Event or sub-event types whose doer, when the report names none ("five drivers were shot
    # dead"), is the unnamed naming rule's side: ACLED codes an unknown perpetrator as an
    # Unidentified Armed Group of the country rather than leaving actor 1 empty.
    unclaimed: frozenset[str] = frozenset()
    # Event or sub-event types whose dead and wounded are whom the act was done to, when no
    # target is named otherwise (ACLED: a bombing's victims are actor 2; a battle's dead may be
    # either side's, so battles are not listed).
    victims_are_targets: frozenset[str] = frozenset()
    # Event or sub-event types whose target, when no dictionary or naming rule knows it, is the
    # schema's civilians (the naming rule with their inter code; ACLED: violence against civilians).
    civilian_targets: frozenset[str] = frozenset()

    def field_for(self, role: str) -> str | None:
        return self.roles.get(role)

    def may_be_one_side(self, a: str, b: str) -> bool:
        """Whether an unidentified side (a naming rule marked ``unnamed``) may be the other value:
        anything but another naming rule's generic side (soldiers, police, civilians...)."""
        for unnamed, other in ((a, b), (b, a)):
            if any(r.unnamed and r.names(unnamed) for r in self.naming):
                return not any(r.names(other) for r in self.naming if not r.unnamed)
        return False

    def one_state(self, a: str, b: str) -> bool:
        """Whether two values name forces of one state ("Police Forces of X", "Military Forces of
        X": the schema's rules with inter code 1), which one report may call by either name."""
        countries = set()
        for value in (a, b):
            found = [r.country_in(value) for r in self.naming if r.inter == 1]
            country = next((c for c in found if c), None)
            if country is None:
                return False
            countries.add(country)
        return len(countries) == 1

    def naming_rule(self, head: str) -> NamingRule | None:
        """The first naming rule whose nouns hold ``head`` (a lower-case word or lemma)."""
        for rule in self.naming:
            if head in rule.nouns:
                return rule
        return None

    def identity_rule(self, words: tuple[str, ...]) -> NamingRule | None:
        """The first identity whose nouns hold one of ``words`` (lower-case, most specific first)."""
        for word in words:
            for rule in self.identities:
                if word in rule.nouns:
                    return rule
        return None


def _error(source: str, key: str, problem: str) -> Exception:
    from annotator.schema import SchemaError  # noqa: PLC0415 (schema imports this module)

    return SchemaError(source, key, problem)


def infer_suggest_spec(fields: tuple[FieldSpec, ...]) -> SuggestSpec:
    """A spec for a schema that declares none, from its field types and export roles."""
    actors = [f.name for f in fields if f.type == "actor"]
    places = [f.name for f in fields if f.type == "place"]
    counts = [f.name for f in fields if f.type == "integer" and (f.role or "").upper() == "FATALITIES"]
    notes = [f.name for f in fields if f.type == "text" and f.multiline]
    roles = dict(zip(ROLE_KEYS[:2], actors[:2], strict=False))
    return SuggestSpec(
        roles=roles,
        place={"location": places[0]} if places else {},
        count=counts[0] if counts else None,
        notes=notes[0] if notes else None,
    )


def _naming_rules(raw: Mapping[str, Any], key: str, source: str) -> tuple[NamingRule, ...]:
    rules = []
    items = raw.get(key) or []
    if not isinstance(items, list):
        raise _error(source, f"suggest.{key}", "expected a list of {name, nouns} rules")
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise _error(source, f"suggest.{key}[{i}]", "each rule needs a name and nouns")
        nouns = item.get("nouns")
        if not isinstance(nouns, list) or not nouns:
            raise _error(source, f"suggest.{key}[{i}].nouns", "expected a non-empty list of nouns")
        rules.append(NamingRule(
            item["name"], frozenset(str(n).lower() for n in nouns), int(item.get("inter", 0)),
            bool(item.get("unnamed", False)),
        ))
    return tuple(rules)


def parse_suggest_spec(raw: Any, fields: tuple[FieldSpec, ...], source: str) -> SuggestSpec:
    """The ``suggest:`` section, checked against the schema's fields; inferred when absent."""
    if raw is None:
        return infer_suggest_spec(fields)
    if not isinstance(raw, Mapping):
        raise _error(source, "suggest", "expected a mapping (roles, place, count, naming)")
    names = {f.name for f in fields}
    unknown = set(raw) - {
        "roles", "place", "count", "notes", "partner", "naming", "identities", "places_act", "negated_acts",
        "intended_acts", "type_precedence", "interventions", "unopposed", "unclaimed",
        "victims_are_targets", "civilian_targets",
    }
    if unknown:
        raise _error(source, f"suggest.{sorted(unknown)[0]}", "unknown key")

    def field_map(key: str, allowed: tuple[str, ...]) -> dict[str, str]:
        section = raw.get(key) or {}
        if not isinstance(section, Mapping):
            raise _error(source, f"suggest.{key}", "expected a mapping of meaning to field name")
        out = {}
        for meaning, name in section.items():
            if meaning not in allowed:
                raise _error(source, f"suggest.{key}.{meaning}", f"unknown; use one of {list(allowed)}")
            if name not in names:
                raise _error(source, f"suggest.{key}.{meaning}", f"no field {name!r}")
            out[str(meaning)] = str(name)
        return out

    def one_field(key: str) -> str | None:
        name = raw.get(key)
        if name is not None and name not in names:
            raise _error(source, f"suggest.{key}", f"no field {name!r}")
        return name

    partner = raw.get("partner", "target")
    if partner not in PARTNER_ROLES:
        raise _error(source, "suggest.partner", f"use one of {list(PARTNER_ROLES)}")
    naming = _naming_rules(raw, "naming", source)
    identities = _naming_rules(raw, "identities", source)
    precedence = raw.get("type_precedence") or []
    if not isinstance(precedence, list) or not all(
        isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t)) for t in precedence
    ):
        raise _error(source, "suggest.type_precedence", "expected a list of event types (or lists of equal ones)")
    ranks = tuple(frozenset([t] if isinstance(t, str) else t) for t in precedence)
    interventions = _type_map(raw, "interventions", source)
    unopposed = _type_map(raw, "unopposed", source)
    unclaimed = _type_list(raw, "unclaimed", source)
    victims = _type_list(raw, "victims_are_targets", source)
    civilian_targets = _type_list(raw, "civilian_targets", source)
    if unclaimed and not any(r.unnamed for r in naming):
        raise _error(source, "suggest.unclaimed", "needs a naming rule marked unnamed: true to name the doer")
    return SuggestSpec(
        roles=field_map("roles", ROLE_KEYS),
        place=field_map("place", PLACE_KEYS),
        count=one_field("count"),
        notes=one_field("notes"),
        partner=str(partner),
        naming=naming,
        identities=identities,
        places_act=bool(raw.get("places_act", False)),
        negated_acts=bool(raw.get("negated_acts", False)),
        intended_acts=bool(raw.get("intended_acts", False)),
        type_precedence=ranks,
        interventions=interventions,
        unopposed=unopposed,
        unclaimed=frozenset(unclaimed),
        victims_are_targets=frozenset(victims),
        civilian_targets=frozenset(civilian_targets),
    )


def _type_list(raw: Mapping[str, Any], key: str, source: str) -> list[str]:
    """A list of event or sub-event types of the ``suggest:`` section."""
    items = raw.get(key) or []
    if not isinstance(items, list) or not all(isinstance(t, str) for t in items):
        raise _error(source, f"suggest.{key}", "expected a list of event or sub-event types")
    return items


def _type_map(raw: Mapping[str, Any], key: str, source: str) -> dict[str, str]:
    """``{sub-event type: another sub-event type}`` of the ``suggest:`` section."""
    section = raw.get(key) or {}
    if not isinstance(section, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in section.items()):
        raise _error(source, f"suggest.{key}", "expected {sub-event type: sub-event type}")
    return dict(section)


# What the suggester says about its own guesses ("place taken from elsewhere in the article") goes
# at the end of the notes, marked, so the analyst sees it while checking and it leaves the notes
# when the event is confirmed (exports carry the analyst's notes, not the tool's).
SUGGESTER_NOTE_PREFIX = "suggester: "
_SUGGESTER_NOTE = re.compile(r"\s*\[" + re.escape(SUGGESTER_NOTE_PREFIX) + r"[^\[\]]*\]\s*$")


def suggester_note(remarks: list[str]) -> str:
    """The marked remark block appended to a suggestion's notes ("" when there is nothing to say)."""
    return f" [{SUGGESTER_NOTE_PREFIX}{'; '.join(remarks)}]" if remarks else ""


def without_suggester_note(text: str) -> str:
    """``text`` without a trailing suggester remark block."""
    return _SUGGESTER_NOTE.sub("", text)
