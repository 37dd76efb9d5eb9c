"""Who does what to whom, read from the dependency parse with spaCy's DependencyMatcher.

The patterns are data (``resources/role_patterns.yaml``): each gives a role (``agent``,
``target``, ``associate`` or ``partner``) to the head word of a phrase hanging from an event
trigger in a given way (subject, passive agent, object, "against X", "backed by X", "X's
offensive"...). The matcher is built once per vocabulary and trigger lexicon; its anchor is
limited to the lexicon's words, so an article costs one pass of spaCy's token matcher.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from annotator.paths import read_resource_text

PATTERNS_FILE = "role_patterns.yaml"
ROLES = ("agent", "target", "associate", "partner")


@dataclass(frozen=True)
class RolePattern:
    name: str
    role: str
    priority: int
    nodes: tuple[dict[str, Any], ...]
    when: str | None = None  # a schema flag the pattern needs ("places_act"), None: always


@dataclass(frozen=True)
class RoleHit:
    """One pattern's finding: ``arg`` (a token index) takes ``role`` for the trigger token."""

    trigger: int
    arg: int
    role: str
    priority: int
    pattern: str


@cache
def role_resources() -> tuple[tuple[RolePattern, ...], frozenset[str]]:
    """The bundled patterns and agent nouns; a malformed file names the pattern that is wrong."""
    raw = yaml.safe_load(read_resource_text(PATTERNS_FILE))
    patterns = []
    for i, item in enumerate(raw.get("patterns") or []):
        where = f"{PATTERNS_FILE}: patterns[{i}]"
        if item.get("role") not in ROLES:
            raise ValueError(f"{where}: role must be one of {ROLES}")
        nodes = tuple(item.get("nodes") or ())
        ids = [n.get("RIGHT_ID") for n in nodes]
        if not nodes or ids[0] != "trigger" or "arg" not in ids:
            raise ValueError(f"{where} ({item.get('name')}): needs nodes 'trigger' (first) and 'arg'")
        when = item.get("when")
        if when not in (None, "places_act"):
            raise ValueError(f"{where} ({item.get('name')}): when must be places_act")
        patterns.append(RolePattern(str(item["name"]), item["role"], int(item.get("priority", 5)), nodes, when))
    nouns = frozenset(str(n).lower() for n in raw.get("agent_nouns") or ())
    return tuple(patterns), nouns


def agent_nouns() -> frozenset[str]:
    """Head nouns that make a phrase an actor without a dictionary entry ("gunmen", "officials")."""
    return role_resources()[1]


class RoleMatcher:
    """The role patterns compiled for one vocabulary, anchored on one trigger lexicon."""

    def __init__(self, vocab: Vocab, trigger_words: Iterable[str], places_act: bool = False) -> None:
        patterns = [p for p in role_resources()[0] if p.when is None or (p.when == "places_act" and places_act)]
        words = sorted(set(trigger_words))
        self.matcher = DependencyMatcher(vocab)
        self.patterns: dict[int, tuple[RolePattern, int]] = {}
        for pattern in patterns:
            nodes = copy.deepcopy(list(pattern.nodes))
            nodes[0]["RIGHT_ATTRS"] = {**(nodes[0].get("RIGHT_ATTRS") or {}), "LOWER": {"IN": words}}
            self.matcher.add(pattern.name, [nodes])
            key = vocab.strings[pattern.name]
            arg_index = [n["RIGHT_ID"] for n in nodes].index("arg")
            self.patterns[key] = (pattern, arg_index)

    def hits(self, doc: Doc, triggers: set[int] | None = None) -> dict[int, list[RoleHit]]:
        """Role findings per trigger token index, best priority first.

        ``triggers`` limits the anchors to those tokens (the trigger index's finds); then only
        the clauses around them are matched (the matcher visits every token of what it is given).
        """
        out: dict[int, list[RoleHit]] = {}
        if not doc.has_annotation("DEP"):
            return out
        parts: list[Doc | Span] = [doc] if triggers is None else _clauses(doc, triggers)
        for part in parts:
            offset = part.start if isinstance(part, Span) else 0
            # A span's own copy without user data: the matcher would copy the doc's user data too.
            matched = part.as_doc(copy_user_data=False) if isinstance(part, Span) else part
            for key, token_ids in self.matcher(matched):
                pattern, arg_index = self.patterns[key]
                anchor = token_ids[0] + offset
                if triggers is not None and anchor not in triggers:
                    continue
                out.setdefault(anchor, []).append(
                    RoleHit(anchor, token_ids[arg_index] + offset, pattern.role, pattern.priority, pattern.name)
                )
        for found in out.values():
            found.sort(key=lambda h: (h.priority, abs(h.arg - h.trigger)))
        return out


CLAUSE_LEVELS = 2  # the deepest climb of any pattern: trigger < verb < reporting verb > subject


def _clauses(doc: Doc, triggers: set[int]) -> list[Span]:
    """The smallest spans that hold everything a pattern can reach from each trigger: the subtree
    of its head's head (a parse is projective, so a subtree is a contiguous span), merged when
    they overlap."""
    bounds: list[tuple[int, int]] = []
    for i in sorted(triggers):
        top = doc[i]
        for _ in range(CLAUSE_LEVELS):
            if top.head.i == top.i:
                break
            top = top.head
        bounds.append((top.left_edge.i, top.right_edge.i + 1))
    merged: list[list[int]] = []
    for start, end in sorted(bounds):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [doc[start:end] for start, end in merged]


_LOCK = threading.Lock()
_MATCHERS: dict[tuple[int, tuple[str, ...], bool], tuple[Vocab, RoleMatcher]] = {}


def get_role_matcher(vocab: Vocab, trigger_words: Iterable[str], places_act: bool = False) -> RoleMatcher:
    """A matcher per (vocabulary, lexicon, schema flag), built once; the vocabulary is kept alive
    with it."""
    words = trigger_words if isinstance(trigger_words, tuple) else tuple(sorted(set(trigger_words)))
    key = (id(vocab), words, places_act)
    with _LOCK:
        hit = _MATCHERS.get(key)
        if hit is None or hit[0] is not vocab:
            if len(_MATCHERS) > 8:
                _MATCHERS.clear()
            hit = (vocab, RoleMatcher(vocab, words, places_act))
            _MATCHERS[key] = hit
        return hit[1]
