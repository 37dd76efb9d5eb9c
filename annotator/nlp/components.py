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

import re
from bisect import bisect_right
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from annotator.nlp.actors import ActorDictionary, get_actor_dictionary
from annotator.nlp.gazetteer import ADMIN1_WORDS, Gazetteer, Place, get_gazetteer
from annotator.nlp.nameindex import NameIndex, doc_text, token_bounds
from annotator.nlp.place_patterns import TRAILING_WORDS, find_named_places

PLACES_KEY = "places"
ACTORS_KEY = "actors"
COUNTRY_COUNTS = "annotator_country_counts"
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
NEAR_CHARS = 120  # places this close to "the village of X" say where X is
# Words right before a name that present it as a place (villages need such words or NER).
SPOT_CUES = {"near", "outside", "around"}  # a town, not a region: "near Tillaberi"
PLACE_CUES = {"in", "near", "at", "outside", "around", "from", "to", "towards", "toward", "into"}
_VETO_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LAW"}


class PlaceTagger:
    """Find gazetteer names (case-sensitive) and resolve each against the article's countries."""

    def __init__(self, nlp: Language) -> None:
        self.gazetteer = get_gazetteer()
        self.names = self.gazetteer.text_matcher()
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
        all_ents = doc.ents  # a new tuple of spans on every access: read once
        ents = [e for e in all_ents if e.label_ in _VETO_LABELS]
        kept = []
        for span in spans:
            country = next((p for p in gaz.by_name.get(span.text, ()) if p.kind == "country"), None)
            if country is not None and not _speaks(span):
                # "the Government of Iraq" is not a place, but it says which country the story is about.
                context[country.country_code] += 1
            if any(
                e.start <= span.start and span.end <= e.end and (e.end - e.start) > len(span)
                and not _places_listed(e.text, gaz)
                for e in ents
            ):
                continue
            if _head_of_a_longer_name(doc, span, gaz):
                continue
            kept.append(span)
        text = doc_text(doc)
        named = find_named_places(text)
        named_starts = {p.start for p in named}
        following = {s.end_char: text[s.end_char : s.end_char + 40].lstrip(" ,") for s in kept}
        place_ents = {e.start_char for e in all_ents if e.label_ in _PLACE_LABELS}
        cued = {
            s.start_char for s in kept
            if s.start_char in named_starts or s.start_char in place_ents
            or _word_before(text, s.start_char) in PLACE_CUES
        }
        # "the Malian town of Boni": the nationality says which country's Boni (not Bonn's "Boni").
        countries = {p.start: cc for p in named if p.qualifier and (cc := gaz.country_code(p.qualifier))}
        # "near X", and "the city of X": a town rather than the region of the same name.
        pointed = {s.start_char for s in kept if _word_before(text, s.start_char) in SPOT_CUES or s.start_char in named_starts}
        resolved = gaz.resolve(
            ((s.start_char, s.end_char, s.text) for s in kept), context, following, cued, countries, pointed
        )
        by_start = {r.start: r for r in resolved}
        out = []
        for span in kept:
            res = by_start.get(span.start_char)
            if res is None:
                continue
            out.append(Span(doc, span.start, span.end, label=res.place.kind, kb_id=res.place.key))
        out = _with_named_places(doc, out, named, gaz, context)
        out = _without_title_case_words(text, out)
        doc.spans[PLACES_KEY] = out
        doc.user_data[COUNTRY_COUNTS] = dict(context)
        return doc


# Words that may follow a place's name without making a longer name of it ("Kidal Region").
_NAME_TAILS = frozenset(w.lower() for w in (*ADMIN1_WORDS, *TRAILING_WORDS, "City", "County", "District", "Camp"))


def _head_of_a_longer_name(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """ "Pakur Dit", "Agar Malwa": a known name glued to the next capitalised word is the first
    word of another name the gazetteer does not know (the village Pakur Dit is not Pakur in
    India), unless that word names a place or says what kind of place it is."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.idx != span.end_char + 1 or not nxt.is_title or nxt.is_stop or nxt.pos_ not in ("PROPN", ""):
        return False
    if nxt.lower_ in _NAME_TAILS or nxt.text in gaz.by_name:
        return False
    # A headline in title case ("Mosul Residents Flee") capitalises every word: no evidence there.
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, span.start_char) + 1 : _line_end(text, span.end_char)]
    words = _WORD.findall(line)
    return sum(w[0].isupper() for w in words) < 0.8 * len(words)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _speaks(span: Span) -> bool:
    """A country that is the subject of a verb acts or speaks ("The United States condemns the
    attack"): it says who reacts, not where the story happened."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX")


def _word_before(text: str, start: int) -> str:
    words = text[max(start - 24, 0) : start].split()
    return words[-1].lower().strip("(,") if words else ""


def _with_named_places(
    doc: Doc, spans: list[Span], named: list, gaz: Gazetteer, context: Counter[str]
) -> list[Span]:
    """Add "the village of X" places the gazetteer did not resolve, in the story's country.

    The country is the one mentioned most, counting twice the places named near the village
    ("near the village of El Adde in Somalia's Gedo region", in a story that also says "Kenyan");
    an admin1 region named near it in that country is its admin1 ("Mayom ... Unity state"). Such
    a place has no coordinates; its key names the country and the words, so the same village in
    the same country is one place across articles.
    """
    if not named:
        return spans
    out = list(spans)
    resolved = [(s.start_char, gaz.places[s.kb_id_]) for s in spans if s.kb_id_ in gaz.places]
    for hit in named:
        if any(s.start_char < hit.end and hit.start < s.end_char for s in out):
            continue
        span = doc.char_span(hit.start, hit.end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        near = [p for start, p in resolved if abs(start - hit.start) <= NEAR_CHARS]
        votes = Counter(context)
        for p in near:
            votes[p.country_code] += 2
        cc = votes.most_common(1)[0][0] if votes else ""
        if hit.qualifier and (qualified := gaz.country_code(hit.qualifier)):
            cc = qualified  # "the Malian town of Boni"
        elif not any(p.country_code == cc for p in near):  # "in central Mali's Mopti region": Mali's
            known = _known_town(gaz, hit.name, cc)
            if known is not None:
                # "the port city of Sidon" in a story whose nationality words are Israeli: the
                # town the gazetteer knows by that name, not a new one in the story's country.
                out.append(Span(doc, span.start, span.end, label="city", kb_id=known.key))
                out.extend(_repeats(doc, hit.name, known.key, out))
                continue
        admin1 = next((p.admin1 for p in near if p.kind == "admin1" and p.country_code == cc), "")
        country = gaz.country_names.get(cc, "")
        place = gaz.add_place(
            Place(f"named:{cc}:{admin1}:{hit.name}", hit.name, "city", cc, country, admin1, None, None, 0)
        )
        out.append(Span(doc, span.start, span.end, label="city", kb_id=place.key))
        out.extend(_repeats(doc, hit.name, place.key, out))
    out.sort(key=lambda s: s.start)
    return out


def _places_listed(text: str, gaz: Gazetteer) -> bool:
    """ "Tamale, Northern" tagged as one organisation: a town and its region, not a name."""
    parts = [p.strip() for p in text.split(",")]
    return len(parts) > 1 and all(gaz.by_name.get(p) for p in parts)


def _without_title_case_words(text: str, spans: list[Span]) -> list[Span]:
    """ "Two Young Men Killed as Security Forces Fire on March": in a headline that capitalises
    every word, a word that is also a town's name ("Young", Uruguay) is a place only if the
    report names it again below."""
    first_end = text.find("\n")
    if first_end <= 0:
        return spans
    words = re.findall(r"[^\W\d_][\w'’-]*", text[:first_end])
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 4 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words):
        return spans
    body = text[first_end:]
    return [
        s for s in spans
        if s.start_char >= first_end or re.search(r"(?<![\w-])" + re.escape(s.text) + r"(?![\w-])", body)
    ]


def _known_town(gaz: Gazetteer, name: str, country_code: str) -> Place | None:
    """The gazetteer's town of that name: the story's country's if it has one, else the most
    populous anywhere (None when the story's country has no such town and neither has another)."""
    towns = [p for p in gaz.by_name.get(name, ()) if p.kind == "city"]
    if not towns:
        return None
    own = [p for p in towns if p.country_code == country_code]
    return max(own or towns, key=lambda p: p.population)


def _repeats(doc: Doc, name: str, key: str, taken: list[Span]) -> list[Span]:
    """The article's other mentions of a place it named once as a place: "the Syrian town of
    Dabiq" in the lead makes every later "Dabiq" the same town (one sense per story)."""
    text = doc_text(doc)
    found: list[Span] = []
    for match in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text):
        if any(s.start_char < match.end() and match.start() < s.end_char for s in (*taken, *found)):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            found.append(Span(doc, span.start, span.end, label="city", kb_id=key))
    return found


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
