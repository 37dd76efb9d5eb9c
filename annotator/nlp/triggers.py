"""Trigger words per sub-event type, read from the schema's ``triggers:`` section.

Each rule lists lemmas or short phrases ("recapture", "take back", "air strike") and the kind of
agent the sub-event needs (``state``, ``nonstate`` or ``any``). Inflected forms are generated
from the lemmas ("recaptured", "air strikes", "took back") and matched on the text, so the blank
fallback pipeline, which has no lemmatizer, finds the same triggers; with a lemmatizer a token's
lemma also counts, which covers irregular forms the generator does not know.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span

from annotator.nlp.nameindex import NameIndex
from annotator.schema import Schema

IRREGULAR = {
    "fight": ["fought"], "take": ["took", "taken"], "win": ["won"], "shoot": ["shot"],
    "blow": ["blew", "blown"], "break": ["broke", "broken"], "throw": ["threw", "thrown"],
    "burn": ["burnt"], "hold": ["held"], "drive": ["drove", "driven"], "overrun": ["overran"],
    "withdraw": ["withdrew", "withdrawn"], "set": ["set"], "hit": ["hit"], "hand": ["handed"],
    "pull": ["pulled"], "round": ["rounded"], "gun": ["gunned"], "storm": ["stormed"],
    "seize": ["seized"], "lead": ["led"], "go": ["went", "gone"], "beat": ["beaten"], "steal": ["stole", "stolen"],
    "slay": ["slew", "slain"], "open": ["opened"], "sign": ["signed"], "strike": ["struck", "stricken"],
    "flee": ["fled"], "bring": ["brought"], "lay": ["laid"],
}


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str
    event_type: str
    agent: str  # state | nonstate | armed | unarmed | crowd | any
    phrase: str
    partner: str | None = None  # what "with X" is for this rule: target | associate (schema default)
    counterpart: str | None = None  # the sub-event type by which the other side takes the place
    target_inter: tuple[int, ...] = ()  # inter codes a known target must have (empty: any)
    target_required: bool = False  # the sub-event exists only with a target of those codes
    not_objects: frozenset[str] = frozenset()  # object nouns that make it another event ("stormed a hotel")


@dataclass(frozen=True)
class TriggerMatch:
    span: Span
    rules: tuple[TriggerRule, ...]


def inflections(word: str) -> set[str]:
    """Regular English inflections of a verb or noun, plus a few irregular verb forms."""
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ing", w + "ed"}
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] in "bdgmnprt" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    for base, irregular in IRREGULAR.items():
        if w.endswith(base):  # "retake" -> "retook", "overtake" -> "overtook"
            prefix = w[: len(w) - len(base)]
            forms |= {prefix + f for f in irregular}
    return forms


def phrase_forms(phrase: str) -> set[str]:
    """Forms of a phrase: its first word inflected (verbs), or its last word (nouns)."""
    words = phrase.lower().split()
    if len(words) == 1:
        return inflections(words[0])
    out = {" ".join([f, *words[1:]]) for f in inflections(words[0])}
    out |= {" ".join([*words[:-1], f]) for f in (words[-1], words[-1] + "s")}
    return out


def _lemma_agents(rule: Mapping[str, Any]) -> dict[str, str]:
    """``lemma_agents: {state: [bomb, bombing]}``: words of a rule that need another agent than the
    rule's own. A government's bombing is an air raid; an armed group's is an explosive."""
    out: dict[str, str] = {}
    for agent, words in (rule.get("lemma_agents") or {}).items():
        for word in words or ():
            out[str(word).strip().lower()] = str(agent)
    return out


class TriggerIndex:
    """All trigger phrases of a schema, matched against a doc."""

    def __init__(self, schema: Schema) -> None:
        event_of: dict[str, str] = {}
        sub = next((f for f in schema.fields if f.depends_on), None)
        if sub is not None:
            for parent, choices in sub.choices_by.items():
                for choice in choices:
                    event_of[str(choice.value)] = parent
        label = schema.trigger_label_field
        if label:
            # A schema without sub-types (PLOVER) keys its triggers by the label's own choices.
            for choice in schema.field(label).all_choice_values():
                event_of.setdefault(str(choice), str(choice))
        self.by_form: dict[str, list[TriggerRule]] = {}
        self.by_lemma: dict[str, list[TriggerRule]] = {}
        for sub_type, rule in schema.triggers.items():
            agent = str(rule.get("agent", "any"))
            partner = rule.get("partner")
            counterpart = rule.get("counterpart")
            target_inter = tuple(int(i) for i in rule.get("target_inter") or ())
            target_required = bool(rule.get("target_required", False))
            not_objects = frozenset(str(w).lower() for w in rule.get("not_objects") or ())
            agent_of = _lemma_agents(rule)
            targets_of = {
                str(word).strip().lower(): tuple(int(i) for i in codes or ())
                for word, codes in (rule.get("lemma_targets") or {}).items()
            }
            for phrase in rule.get("lemmas", []):
                phrase = str(phrase).strip()
                if not phrase:
                    continue
                own_targets = targets_of.get(phrase.lower())
                tr = TriggerRule(
                    str(sub_type), event_of.get(str(sub_type), ""), agent_of.get(phrase.lower(), agent), phrase,
                    str(partner) if partner else None, str(counterpart) if counterpart else None,
                    own_targets if own_targets is not None else target_inter,
                    True if own_targets is not None else target_required, not_objects,
                )
                for form in phrase_forms(phrase):
                    self.by_form.setdefault(form, []).append(tr)
                if " " not in phrase:
                    self.by_lemma.setdefault(phrase.lower(), []).append(tr)
        self.index = NameIndex(self.by_form, case_sensitive=False)
        self._hashes: np.ndarray | None = None
        self.words = tuple(sorted({w for form in self.by_form for w in form.split()} | set(self.by_lemma)))

    def _lemma_hashes(self, doc: Doc) -> np.ndarray:
        if self._hashes is None:
            strings = doc.vocab.strings
            keys = {strings.add(w) for lemma in self.by_lemma for w in (lemma, lemma.capitalize())}
            self._hashes = np.array(sorted(keys), dtype="uint64")
        return self._hashes

    def find(self, doc: Doc) -> list[TriggerMatch]:
        out = []
        covered: set[int] = set()
        for span in self.index.find(doc):
            rules = self.by_form.get(" ".join(span.text.lower().split()))
            if rules:
                out.append(TriggerMatch(span, tuple(rules)))
                covered.update(range(span.start, span.end))
        if len(doc) and doc.has_annotation("LEMMA"):
            lemmas = doc.to_array([LEMMA]).ravel()
            strings = doc.vocab.strings
            for i in np.flatnonzero(np.isin(lemmas, self._lemma_hashes(doc))).tolist():
                if i in covered:
                    continue
                rules = self.by_lemma.get(strings[int(lemmas[i])].lower())
                if rules:
                    out.append(TriggerMatch(doc[i : i + 1], tuple(rules)))
        out.sort(key=lambda m: m.span.start)
        return out


_LOCK = threading.Lock()
_CACHE: dict[int, tuple[Schema, TriggerIndex]] = {}


def get_trigger_index(schema: Schema) -> TriggerIndex:
    """The index of a schema, built once (schemas hold dicts, so they are cached by identity)."""
    with _LOCK:
        hit = _CACHE.get(id(schema))
        if hit is None or hit[0] is not schema:
            hit = (schema, TriggerIndex(schema))
            _CACHE[id(schema)] = hit
        return hit[1]
