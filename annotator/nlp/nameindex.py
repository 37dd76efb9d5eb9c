"""A name matcher for tens of thousands of fixed phrases (gazetteer names, actor aliases).

spaCy's PhraseMatcher needs every pattern tokenized first; for ~120,000 place names that takes
20-30 s on a busy laptop, every start. This index instead keys each phrase by its first run of
letters and compares the article text at token starts: building takes a fraction of a second,
matching costs one dict lookup per token, and spans still start and end on token boundaries
(mapped with ``Doc.char_span(alignment_mode="expand")``). Longest match wins, left to right.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported only when a Doc is matched: the gazetteer's tables are
    # read without it (the window's actor dictionary, with suggestions off).
    from spacy.tokens import Doc, Span

_LETTERS = re.compile(r"[^\W\d_]+")


def _key(text: str) -> str | None:
    match = _LETTERS.match(text)
    return match.group(0) if match else None


class NameIndex:
    """Fixed phrases matched at token starts, case-sensitively or not."""

    def __init__(self, phrases: Iterable[str], *, case_sensitive: bool) -> None:
        self.case_sensitive = case_sensitive
        # All phrases in one set, and per first word only the phrase lengths (longest first).
        # Matching tries only the lengths that end on a word boundary in the text, one set
        # lookup each, so a first word shared by hundreds of phrases ("the", "Saint") costs a
        # handful of lookups. One set rather than a set per first word: with the village-level
        # gazetteer's 470,000 names, 300,000 small sets took 70 MB; identical length tuples
        # are shared for the same reason.
        self.phrases: set[str] = set()
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        index: dict[str, tuple[int, ...]] = {}
        add, get, share = self.phrases.add, index.get, shared.setdefault  # 470,000 calls each
        for phrase in phrases:
            norm = phrase if case_sensitive else phrase.lower()
            head = norm.partition(" ")[0]
            key = head if head.isalpha() else _key(head)
            if not key:
                continue
            add(norm)
            size = len(norm)
            sizes = get(key, ())
            if size not in sizes:
                grown = tuple(sorted((*sizes, size), reverse=True))
                index[key] = share(grown, grown)
        self.index = index

    def __len__(self) -> int:
        return len(self.phrases)

    def share_keys(self, mapping: Mapping[str, object]) -> None:
        """Look phrases up in ``mapping``'s keys (all the phrases, plus a few the index left out)
        instead of a set of its own: for the gazetteer's 470,000 names that set is 17 MB."""
        excluded = frozenset(k for k in mapping if k not in self.phrases)
        if len(mapping) - len(excluded) != len(self.phrases):
            raise ValueError("every phrase must be a key of the mapping")
        self.phrases = KeysExcept(mapping, excluded)  # type: ignore[assignment]

    def find(self, doc: Doc) -> list[Span]:
        """Non-overlapping spans of ``doc`` whose text is one of the phrases."""
        text = doc_text(doc)
        starts, ends = token_bounds(doc)
        hay = text if self.case_sensitive else lowered(doc)
        words = token_words(doc, self.case_sensitive)
        get = self.index.get
        phrases = self.phrases
        n = len(text)
        out: list[Span] = []
        covered = -1
        for i, word in enumerate(words):
            bucket = get(word)
            if bucket is None:
                if word.isalpha():
                    continue  # the whole word is its key, and it is not in the index
                key = _key(word)
                if key is None or key == word:
                    continue
                bucket = get(key)
                if bucket is None:
                    continue
            start = starts[i]
            if start < covered:
                continue
            for length in bucket:
                end = start + length
                if end > n or (end < n and (text[end].isalnum() or text[end] == "_")):
                    continue
                if hay[start:end] in phrases:
                    j = bisect_left(ends, end, lo=i)
                    if j < len(ends):
                        out.append(doc[i : j + 1])
                        covered = ends[j]
                    break
        return out


class KeysExcept:
    """The keys of a mapping but a few, as a read-only set of phrases."""

    __slots__ = ("excluded", "mapping")

    def __init__(self, mapping: Mapping[str, object], excluded: frozenset[str]) -> None:
        self.mapping = mapping
        self.excluded = excluded

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.mapping and phrase not in self.excluded

    def __len__(self) -> int:
        return len(self.mapping) - len(self.excluded)


_BOUNDS_KEY = "annotator_token_bounds"
_TEXT_KEY = "annotator_text"
_WORDS_KEY = "annotator_words"
_LOWER_WORDS_KEY = "annotator_lower_words"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds the string from the tokens on every access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached
_LOWER_KEY = "annotator_lower_text"


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token, computed once per doc (no Token objects)."""
    cached = doc.user_data.get(_BOUNDS_KEY)
    if cached is None or len(cached[0]) != len(doc):
        from spacy.attrs import IDX, LENGTH  # noqa: PLC0415

        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist() if len(doc) else []
        ends = (arr[:, 0] + arr[:, 1]).tolist() if len(doc) else []
        cached = (starts, ends)
        doc.user_data[_BOUNDS_KEY] = cached
    return cached


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a doc was made from (it equals ``doc.text``), sparing the rebuild."""
    doc.user_data[_TEXT_KEY] = text


def token_words(doc: Doc, case_sensitive: bool) -> list[str]:
    """Every token's text (or lower-cased text), computed once per doc and shared by indexes."""
    key = _WORDS_KEY if case_sensitive else _LOWER_WORDS_KEY
    cached = doc.user_data.get(key)
    if cached is None:
        hay = doc_text(doc) if case_sensitive else lowered(doc)
        starts, ends = token_bounds(doc)
        cached = [hay[a:b] for a, b in zip(starts, ends, strict=True)]
        doc.user_data[key] = cached
    return cached


def lowered(doc: Doc) -> str:
    """The text lower-cased with its length kept (so offsets still point at the same words)."""
    cached = doc.user_data.get(_LOWER_KEY)
    if cached is None:
        text = doc_text(doc)
        cached = text.lower()
        if len(cached) != len(text):  # a few characters change length when lower-cased
            cached = "".join(c.lower()[:1] or c for c in text)
        doc.user_data[_LOWER_KEY] = cached
    return cached
