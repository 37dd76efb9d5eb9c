"""Who does what to whom, read from the dependency parse with spaCy's DependencyMatcher.

The patterns are data (``resources/role_patterns.yaml``): each gives a role (``agent``,
``target``, ``associate`` or ``partner``) to the head word of a phrase hanging from an event
trigger in a given way (subject, passive agent, object, "against X", "backed by X", "X's
offensive"...). The matcher is built once per vocabulary and trigger lexicon; its anchor is
limited to the lexicon's words.

The patterns are DependencyMatcher patterns, and spaCy's ``DependencyMatcher`` validates them.
Matching, though, is done here from the trigger outwards: the DependencyMatcher first runs a
token matcher for every node of every pattern over the whole text it is given and climbs to the
root from every token that any node matches, in Python (about 4 ms of an article's 7 ms of
suggesting), whereas a role needs only the few tokens next to each trigger in the parse.
:class:`TreePatterns` walks those from the doc's arrays, with the DependencyMatcher's
semantics for the operators and attributes the patterns use (``>``, ``<``, ``>>``; exact,
``IN`` and ``NOT_IN`` values), including what ``Span.as_doc`` does to the clause it is given (a
token whose head lies outside gets the label ``dep``, an entity cut by the clause edge loses its
type); ``tests/test_nlp_roles.py`` checks it finds exactly what the DependencyMatcher finds.
Patterns using anything else go to the DependencyMatcher.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from spacy import attrs as spacy_attrs
from spacy.attrs import ENT_IOB, HEAD
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
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
        self.matcher = DependencyMatcher(vocab)  # validates every pattern; matches what the walk cannot
        self.patterns: dict[int, tuple[RolePattern, int]] = {}
        compiled: list[tuple[RolePattern, int, list[dict[str, Any]]]] = []
        agent_patterns: list[tuple[RolePattern, int, list[dict[str, Any]]]] = []
        for pattern in patterns:
            if pattern.role == "agent":
                agent_patterns.append(
                    (pattern, [n["RIGHT_ID"] for n in pattern.nodes].index("arg"), list(pattern.nodes))
                )
            nodes = copy.deepcopy(list(pattern.nodes))
            nodes[0]["RIGHT_ATTRS"] = {**(nodes[0].get("RIGHT_ATTRS") or {}), "LOWER": {"IN": words}}
            self.matcher.add(pattern.name, [nodes])
            key = vocab.strings[pattern.name]
            arg_index = [n["RIGHT_ID"] for n in nodes].index("arg")
            self.patterns[key] = (pattern, arg_index)
            compiled.append((pattern, arg_index, nodes))
        self.walk = TreePatterns.compile(vocab, compiled)
        # How far up from a trigger the patterns climb ("blast" < for < responsibility < claimed):
        # the clause searched around a trigger reaches that high. Patterns anchored on a noun
        # count for noun triggers only, so verbs keep the smaller clause (the batch's speed).
        self.climb: dict[bool, int] = {False: CLAUSE_LEVELS, True: CLAUSE_LEVELS}
        for p in patterns:
            up = sum(n.get("REL_OP") == "<" for n in p.nodes)
            nouns_only = (p.nodes[0].get("RIGHT_ATTRS") or {}).get("POS") == "NOUN"
            for is_noun in (True,) if nouns_only else (False, True):
                self.climb[is_noun] = max(self.climb[is_noun], up)
        # The agent patterns on any word: the first verb of "to degrade and defeat X" is no
        # trigger, but whoever it has also does the trigger coordinated with it.
        self.any_word_agents = TreePatterns.compile(vocab, agent_patterns)

    def first_conjunct_agents(self, doc: Doc, verbs: set[int]) -> dict[int, list[RoleHit]]:
        """Agent findings of ``verbs`` (first conjuncts of trigger verbs), whatever their word."""
        out: dict[int, list[RoleHit]] = {}
        if not verbs or self.any_word_agents is None or not doc.has_annotation("DEP"):
            return out
        self.any_word_agents.find(doc, _clauses(doc, verbs, self.climb), verbs, out)
        for found in out.values():
            found.sort(key=lambda h: (h.priority, abs(h.arg - h.trigger)))
        return out

    def hits(self, doc: Doc, triggers: set[int] | None = None) -> dict[int, list[RoleHit]]:
        """Role findings per trigger token index, best priority first.

        ``triggers`` limits the anchors to those tokens (the trigger index's finds); then only
        the clauses around them are matched, as if each were a doc of its own.
        """
        out: dict[int, list[RoleHit]] = {}
        if not doc.has_annotation("DEP"):
            return out
        parts: list[Doc | Span] = [doc] if triggers is None else _clauses(doc, triggers, self.climb)
        if self.walk is not None:
            self.walk.find(doc, parts, triggers, out)
        else:
            self._dependency_matcher_hits(parts, triggers, out)
        for found in out.values():
            found.sort(key=lambda h: (h.priority, abs(h.arg - h.trigger)))
        return out

    def _dependency_matcher_hits(
        self, parts: list[Doc | Span], triggers: set[int] | None, out: dict[int, list[RoleHit]]
    ) -> None:
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


_WALK_OPS = (">", "<", ">>")
_DEP_LABEL = get_string_id("dep")  # the label Span.as_doc gives a token whose head is outside
# A node test: (column of the attribute, kind, value): kind 0 equals, 1 in a set, 2 not in it.
_Test = tuple[int, int, Any]


class TreePatterns:
    """Role patterns matched by walking the parse from each trigger (see the module docstring).

    Each pattern is a tree of nodes rooted at the trigger; node ``k`` hangs from an earlier node
    by an operator. Matches come out in the DependencyMatcher's order (patterns in order, then
    the nodes' token positions in order), which decides ties when hits are sorted.
    """

    def __init__(
        self, columns: list[int], patterns: list[tuple[RolePattern, int, list[tuple[int, str, tuple[_Test, ...]]]]]
    ) -> None:
        self.columns = columns  # token attributes read from the doc, HEAD and ENT_IOB first
        self.patterns = patterns  # (pattern, arg node, [(parent node, operator, tests)])
        self.first_tests = list(dict.fromkeys(steps[0][2] for _, _, steps in patterns))
        self.first_ids = [self.first_tests.index(steps[0][2]) for _, _, steps in patterns]
        self.ent_type_column = columns.index(spacy_attrs.ENT_TYPE) if spacy_attrs.ENT_TYPE in columns else -1
        self.dep_column = columns.index(spacy_attrs.DEP) if spacy_attrs.DEP in columns else -1

    @classmethod
    def compile(
        cls, vocab: Vocab, patterns: list[tuple[RolePattern, int, list[dict[str, Any]]]]
    ) -> TreePatterns | None:
        """The walkable form of the patterns, or None when one uses what the walk does not know."""
        columns: list[int] = [HEAD, ENT_IOB]
        compiled = []
        for pattern, arg_index, nodes in patterns:
            ids = {n["RIGHT_ID"]: k for k, n in enumerate(nodes)}
            steps = []
            for k, node in enumerate(nodes):
                op = node.get("REL_OP")
                if k and op not in _WALK_OPS:
                    return None
                tests = []
                for name, value in (node.get("RIGHT_ATTRS") or {}).items():
                    attr = getattr(spacy_attrs, str(name), None)
                    if not isinstance(attr, int) or name not in _WALK_ATTRS:
                        return None
                    if attr not in columns:
                        columns.append(attr)
                    column = columns.index(attr)
                    if isinstance(value, str):
                        tests.append((column, 0, vocab.strings.add(value)))
                    elif (
                        isinstance(value, dict) and len(value) == 1
                        and next(iter(value)) in ("IN", "NOT_IN")
                        and all(isinstance(v, str) for v in next(iter(value.values())))
                    ):
                        kind = 1 if "IN" in value else 2
                        tests.append((column, kind, frozenset(get_string_id(v) for v in next(iter(value.values())))))
                    else:
                        return None
                steps.append((ids[node["LEFT_ID"]] if k else -1, op or "", tuple(tests)))
            compiled.append((pattern, arg_index, steps))
        return cls(columns, compiled)

    def find(
        self, doc: Doc, parts: list[Doc | Span], triggers: set[int] | None, out: dict[int, list[RoleHit]]
    ) -> None:
        table = doc.to_array(self.columns)
        heads = (table[:, 0].view("int64") + range(len(doc))).tolist() if len(doc) else []
        columns = [table[:, c].tolist() for c in range(table.shape[1])]
        ents = _entity_bounds(columns[1]) if self.ent_type_column >= 0 else None
        for part in parts:
            start, end = (part.start, part.end) if isinstance(part, Span) else (0, len(doc))
            values, sub_heads = self._clause_view(columns, heads, ents, start, end)
            children: dict[int, list[int]] = {}
            for i in range(start, end):
                head = sub_heads[i - start]
                if head != i:
                    children.setdefault(head, []).append(i)
            clause = _Clause(start, sub_heads, children, values)
            anchors = range(start, end) if triggers is None else sorted(t for t in triggers if start <= t < end)
            # Many patterns share their trigger node's tests: check each distinct one once.
            fits = {anchor: [clause.passes(anchor, tests) for tests in self.first_tests] for anchor in anchors}
            for (pattern, arg_index, steps), first in zip(self.patterns, self.first_ids, strict=True):
                for anchor in anchors:
                    if not fits[anchor][first]:
                        continue
                    if len(steps) == 2:  # trigger and arg only: no search needed
                        _, op, tests = steps[1]
                        args: Iterable[int] = [t for t in clause.related(anchor, op) if clause.passes(t, tests)]
                    else:
                        args = clause.matches(steps, [anchor], arg_index)
                    for arg in args:
                        out.setdefault(anchor, []).append(
                            RoleHit(anchor, arg, pattern.role, pattern.priority, pattern.name)
                        )

    def _clause_view(
        self, columns: list[list[int]], heads: list[int], ents: list[tuple[int, int]] | None, start: int, end: int
    ) -> tuple[list[list[int]], list[int]]:
        """The attribute columns and heads the clause has as a doc of its own (``Span.as_doc``):
        a head outside the clause is replaced by the highest ancestor inside it, else the token
        becomes a root (one per sentence outside), and its label becomes ``dep``; an entity cut
        by the clause's edges loses its type."""
        sub_heads = heads[start:end]
        if start == 0 and end == len(heads):
            return columns, sub_heads
        values = list(columns)
        dep = None
        if self.dep_column >= 0:
            dep = values[self.dep_column] = list(values[self.dep_column])
        new_roots: dict[int, int] = {}
        for i in range(start, end):
            head = heads[i]
            if start <= head < end:
                continue
            if dep is not None:
                dep[i] = _DEP_LABEL
            inside, top, cur = -1, head, i
            while heads[cur] != cur:
                cur = heads[cur]
                top = cur
                if start <= cur < end:
                    inside = cur
            if inside >= 0:
                sub_heads[i - start] = inside
            else:
                sub_heads[i - start] = new_roots.setdefault(top, i)
        if ents is not None:
            cut = [(a, b) for a, b in ents if a < start < b or a < end < b]
            if cut:
                types = values[self.ent_type_column] = list(values[self.ent_type_column])
                for a, b in cut:
                    for i in range(max(a, start), min(b, end)):
                        types[i] = 0
        return values, sub_heads


_WALK_ATTRS = {"DEP", "POS", "TAG", "LEMMA", "LOWER", "ORTH", "NORM", "ENT_TYPE"}


class _Clause:
    """One clause as the patterns see it: heads, children and attribute values by token index."""

    def __init__(self, start: int, heads: list[int], children: dict[int, list[int]], values: list[list[int]]) -> None:
        self.start = start
        self.heads = heads
        self.children = children
        self.values = values
        self._descendants: dict[int, list[int]] = {}

    def passes(self, token: int, tests: tuple[_Test, ...]) -> bool:
        for column, kind, value in tests:
            got = self.values[column][token]
            if kind == 0:
                if got != value:
                    return False
            elif (got in value) != (kind == 1):
                return False
        return True

    def related(self, token: int, op: str) -> list[int]:
        """The tokens ``op`` leads to from ``token``, in text order."""
        if op == ">":
            return self.children.get(token, [])
        if op == "<":
            head = self.heads[token - self.start]
            return [head] if head != token else []
        found = self._descendants.get(token)
        if found is None:
            found, stack = [], list(self.children.get(token, ()))
            while stack:
                child = stack.pop()
                found.append(child)
                stack.extend(self.children.get(child, ()))
            found.sort()
            self._descendants[token] = found
        return found

    def matches(self, steps: list[tuple[int, str, tuple[_Test, ...]]], bound: list[int], arg_index: int) -> Iterator[int]:
        """The arg token of every way to bind the remaining nodes, in lexicographic order."""
        k = len(bound)
        if k == len(steps):
            yield bound[arg_index]
            return
        parent, op, tests = steps[k]
        for token in self.related(bound[parent], op):
            if self.passes(token, tests):
                bound.append(token)
                yield from self.matches(steps, bound, arg_index)
                bound.pop()


def _entity_bounds(iob: list[int]) -> list[tuple[int, int]]:
    """(start, end) of every entity, from the ENT_IOB column (3 begins, 1 continues)."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, tag in enumerate(iob):
        if tag == 1 and start >= 0:
            continue
        if start >= 0:
            out.append((start, i))
            start = -1
        if tag in (1, 3):
            start = i
    if start >= 0:
        out.append((start, len(iob)))
    return out


CLAUSE_LEVELS = 2  # at least: trigger < verb < reporting verb > subject (patterns may climb higher)


def _clauses(doc: Doc, triggers: set[int], climb: dict[bool, int] | None = None) -> list[Span]:
    """The smallest spans that hold everything a pattern can reach from each trigger: the subtree
    of its head ``climb`` levels up (by whether the trigger is a noun; a parse is projective, so a
    subtree is a contiguous span), merged when they overlap."""
    bounds: list[tuple[int, int]] = []
    for i in sorted(triggers):
        top = doc[i]
        levels = (climb or {}).get(top.pos_ == "NOUN", CLAUSE_LEVELS)
        for _ in range(levels):
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
