"""spaCy components that find places and actors with phrase matchers built once per pipeline.

Both use :class:`annotator.nlp.nameindex.NameIndex` (built in well under a second, unlike a
PhraseMatcher over 120,000 tokenized names). ``annotator_places`` puts resolved toponyms in ``doc.spans["places"]`` (label: city, admin1 or
country; ``kb_id_``: the gazetteer key) and country mention counts in ``doc.user_data``.
``annotator_actors`` puts actor mentions in ``doc.spans["actors"]`` (label: the ACLED inter code;
``kb_id_``: the canonical name, maybe with a ``{country}`` slot). Both work on a blank pipeline
too; with a statistical NER they also fix what it misses or mislabels ("Palmyra" as PERSON),
while a longer PERSON or ORG entity ("Vladimir Putin") vetoes a place inside it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from annotator.nlp.actors import ActorDictionary, get_actor_dictionary
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.nameindex import NameIndex, doc_text, token_bounds

PLACES_KEY = "places"
ACTORS_KEY = "actors"
COUNTRY_COUNTS = "annotator_country_counts"
_VETO_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LAW"}


class PlaceTagger:
    """Find gazetteer names (case-sensitive) and resolve each against the article's countries."""

    def __init__(self, nlp: Language) -> None:
        self.gazetteer = get_gazetteer()
        self.names = NameIndex(self.gazetteer.names(), case_sensitive=True)
        forms = [d[:1].upper() + d[1:] for d in self.gazetteer.demonyms]
        self.demonyms = NameIndex(forms + [f + "s" for f in forms], case_sensitive=True)

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        context: Counter[str] = Counter()
        for span in self.demonyms.find(doc):
            cc = gaz.country_code(span.text)
            if cc is not None:
                context[cc] += 1
        spans = self.names.find(doc)
        ents = [e for e in doc.ents if e.label_ in _VETO_LABELS]
        kept = []
        for span in spans:
            if any(
                e.start <= span.start and span.end <= e.end and (e.end - e.start) > len(span)
                for e in ents
            ):
                continue
            kept.append(span)
            country = next((p for p in gaz.by_name.get(span.text, ()) if p.kind == "country"), None)
            if country is not None:
                context[country.country_code] += 1
        following = {
            s.end_char: doc_text(doc)[s.end_char : s.end_char + 40].lstrip(" ,") for s in kept
        }
        resolved = gaz.resolve(((s.start_char, s.end_char, s.text) for s in kept), context, following)
        by_start = {r.start: r for r in resolved}
        out = []
        for span in kept:
            res = by_start.get(span.start_char)
            if res is None:
                continue
            out.append(Span(doc, span.start, span.end, label=res.place.kind, kb_id=res.place.key))
        doc.spans[PLACES_KEY] = out
        doc.user_data[COUNTRY_COUNTS] = dict(context)
        return doc


class ActorTagger:
    """Find actor aliases: case-insensitive phrases, plus acronyms that must match exactly."""

    def __init__(self, nlp: Language, actors: ActorDictionary | None = None) -> None:
        self.actors = actors or get_actor_dictionary()
        lower, exact = self.actors.match_phrases()
        self.lower = NameIndex(lower, case_sensitive=False)
        self.exact = NameIndex(exact, case_sensitive=True)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[ACTORS_KEY] = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        found = self.lower.find(doc) + self.exact.find(doc)
        out = []
        for span in filter_spans(found):
            entry = self.actors.lookup(span.text)
            if entry is None:
                continue
            out.append(Span(doc, span.start, span.end, label=str(entry.inter), kb_id=entry.canonical))
        return out


def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and captions stand alone.

    Scraped articles put the headline, captions and paragraphs on their own lines without final
    full stops; the parser would otherwise run them into one "sentence" with the lead.
    """
    text = doc_text(doc)
    starts, _ = token_bounds(doc)
    pos = text.find("\n")
    while pos != -1:
        i = bisect_right(starts, pos)
        if 0 < i < len(starts):
            doc[i].is_sent_start = True
            pos = text.find("\n", starts[i])
        else:
            break
    return doc


Language.component("annotator_paragraphs", func=mark_paragraphs)


@Language.factory("annotator_places")
def make_place_tagger(nlp: Language, name: str) -> PlaceTagger:
    return PlaceTagger(nlp)


@Language.factory("annotator_actors")
def make_actor_tagger(nlp: Language, name: str) -> ActorTagger:
    return ActorTagger(nlp)
