"""What a database has learned, applied to suggestions: places, trigger words, the classifier.

:class:`Knowledge` is plain data read from the database (``annotator.db.learned``; see
:func:`load_knowledge`) and passed to the suggester (``suggest_events(..., learned=...)``):

- :meth:`Knowledge.apply` runs before events are built: learned place names found in the text
  replace what the gazetteer said there (the analyst's place, with coordinates and admin1), and
  learned trigger words are added to the schema's lexicon under their sub-event type;
- :meth:`Knowledge.refine` runs after: a place the text named but nobody could locate ("the
  village of X") gets geo precision 3, and the trained classifier replaces a suggestion's event
  type where it was judged better than the rules and is confident.

With no knowledge the suggester behaves exactly as before (``Knowledge()`` changes nothing), so
turning learning off is passing nothing.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from annotator.interchange import EventRecord
from annotator.nlp.components import COUNTRY_COUNTS, PLACES_KEY
from annotator.nlp.event_classifier import CONFIDENT, predict, sentence_around
from annotator.nlp.gazetteer import Place, get_gazetteer
from annotator.nlp.nameindex import NameIndex, doc_text
from annotator.schema import Schema

MIN_TRIGGER_VOTES = 2

@dataclass(frozen=True)
class KnownPlace:
    """A place confirmed by an analyst under the name ``name``."""

    name: str
    location: str
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    confirmations: int = 1


@dataclass
class Knowledge:
    """Everything learned in one database (see the module docstring)."""

    places: Sequence[KnownPlace] = ()
    triggers: Sequence[tuple[str, str, int]] = ()  # (phrase, sub-event type, confirmations)
    classifier: Language | None = None  # a textcat judged better than the rules
    actor_names: Sequence[str] = ()  # learned actor aliases: words that are not places
    _index: NameIndex | None = field(default=None, repr=False)
    _actor_index: NameIndex | None = field(default=None, repr=False)
    _schemas: dict[int, tuple[Schema, Schema]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __bool__(self) -> bool:
        return bool(self.places or self.triggers or self.classifier is not None or self.actor_names)

    # --- before: places and trigger words -------------------------------------------------

    def apply(self, doc: Doc, schema: Schema) -> Schema:
        """Put learned places into ``doc.spans["places"]``; return the schema with learned triggers."""
        if self.actor_names:
            self._drop_places_in_actor_names(doc)
        if self.places:
            self._apply_places(doc)
        return self.schema_for(schema) if self.triggers else schema

    def _drop_places_in_actor_names(self, doc: Doc) -> None:
        """"Agar cattle guards" was confirmed as an actor: its "Agar" is not the town in India."""
        with self._lock:
            if self._actor_index is None:
                self._actor_index = NameIndex(self.actor_names, case_sensitive=False)
            index = self._actor_index
        names = index.find(doc)
        if not names or PLACES_KEY not in doc.spans:
            return
        doc.spans[PLACES_KEY] = [
            s for s in doc.spans[PLACES_KEY]
            if not any(n.start <= s.start and s.end <= n.end and len(n) > len(s) for n in names)
        ]

    def _apply_places(self, doc: Doc) -> None:
        with self._lock:
            if self._index is None:
                self._index = NameIndex({p.name for p in self.places}, case_sensitive=True)
            index = self._index
        found = index.find(doc)
        if not found:
            return
        gaz = get_gazetteer()
        context: Counter[str] = Counter(doc.user_data.get(COUNTRY_COUNTS, {}))
        by_name: dict[str, list[KnownPlace]] = {}
        for place in self.places:
            by_name.setdefault(place.name, []).append(place)
        learned_spans = []
        for span in found:
            cands = by_name.get(span.text, [])
            if not cands:
                continue
            # Many villages share a name: the one in the story's country, then the most confirmed.
            best = max(cands, key=lambda p: (
                context.get(gaz.country_aliases.get(p.country, ""), 0), p.confirmations
            ))
            cc = gaz.country_aliases.get(best.country, "")
            gaz_place = gaz.add_place(Place(
                f"learned:{cc}:{best.location}:{best.latitude}:{best.longitude}:{best.admin1}",
                best.location, "city", cc, best.country, best.admin1, best.latitude,
                best.longitude, 0,
            ))
            learned_spans.append(Span(doc, span.start, span.end, label="city", kb_id=gaz_place.key))
        old = list(doc.spans[PLACES_KEY]) if PLACES_KEY in doc.spans else []
        kept = [s for s in old if not any(s.start < ls.end and ls.start < s.end for ls in learned_spans)]
        doc.spans[PLACES_KEY] = sorted(kept + learned_spans, key=lambda s: s.start)

    def schema_for(self, schema: Schema) -> Schema:
        """The schema with learned trigger phrases added to their sub-event types (cached)."""
        with self._lock:
            hit = self._schemas.get(id(schema))
            if hit is not None and hit[0] is schema:
                return hit[1]
        triggers: dict[str, Any] = {k: dict(v) for k, v in schema.triggers.items()}
        for phrase, sub_type, _count in self.triggers:
            rule = triggers.get(sub_type)
            if rule is None:
                continue  # a sub-event type this schema does not have
            lemmas = [str(x) for x in rule.get("lemmas", [])]
            for form in _base_forms(phrase):
                if form not in lemmas:
                    lemmas.append(form)
            rule["lemmas"] = lemmas
        extended = dataclasses.replace(schema, triggers=triggers)
        with self._lock:
            self._schemas[id(schema)] = (schema, extended)
        return extended

    # --- after: precision of unlocated places, the classifier -------------------------------

    def refine(self, doc: Doc, records: list[EventRecord], schema: Schema) -> list[EventRecord]:
        return refine(doc, records, schema, self.classifier, self.trigger_votes())

    def trigger_votes(self) -> dict[str, str]:
        """Trigger phrase -> the sub-event type analysts confirmed it as, when they agree.

        Agreement means at least two confirmations and two thirds of them for one type:
        "attacked" confirmed four times as Attack outweighs the rules' Armed clash.
        """
        counts: dict[str, Counter[str]] = {}
        for phrase, sub_type, n in self.triggers:
            counts.setdefault(phrase, Counter())[sub_type] += n
        votes = {}
        for phrase, counter in counts.items():
            sub_type, n = counter.most_common(1)[0]
            if n >= MIN_TRIGGER_VOTES and n * 3 >= 2 * sum(counter.values()):
                votes[phrase] = sub_type
        return votes


def _base_forms(phrase: str) -> list[str]:
    """The phrase and the likely base form of its first word ("torched" -> "torch")."""
    words = phrase.split()
    first = words[0]
    forms = [phrase]
    stems = []
    if first.endswith("ied") and len(first) > 4:
        stems.append(first[:-3] + "y")
    elif first.endswith("ed") and len(first) > 4:
        stems += [first[:-2], first[:-1]]
        if len(first) > 5 and first[-3] == first[-4]:
            stems.append(first[:-3])  # "gunned" -> "gun"
    elif first.endswith("ing") and len(first) > 5:
        stems += [first[:-3], first[:-3] + "e"]
    elif first.endswith("s") and not first.endswith("ss") and len(first) > 3:
        stems.append(first[:-1])
    forms += [" ".join([s, *words[1:]]) for s in stems]
    return forms


def _place_key_at(doc: Doc, start: int) -> str:
    for span in doc.spans.get(PLACES_KEY, []):
        if span.start_char == start:
            return span.kb_id_
    return ""


def refine(
    doc: Doc,
    records: list[EventRecord],
    schema: Schema,
    classifier: Language | None = None,
    trigger_votes: dict[str, str] | None = None,
) -> list[EventRecord]:
    """Geo precision 3 for places nobody located; the learned event type where it is trusted.

    The type comes from the classifier when it was judged better than the rules and is
    confident; otherwise from what analysts agreed the trigger words mean (``trigger_votes``).
    """
    text = doc_text(doc)
    sub_field = next((f for f in schema.fields if f.depends_on), None)
    type_field = schema.trigger_label_field or "event_type"
    parent_of: dict[str, str] = {}
    if sub_field is not None:
        for parent, choices in sub_field.choices_by.items():
            for choice in choices:
                parent_of[str(choice.value)] = parent
    for record in records:
        values = record.values
        if "geo_precision" in values and values.get("location") and values.get("latitude") in (None, ""):
            loc = next((e for e in record.evidence if e.field == "location"), None)
            if loc is not None and _place_key_at(doc, loc.start).startswith("named:"):
                values["geo_precision"] = 3
        trigger = next((e for e in record.evidence if e.field == "trigger"), None)
        if sub_field is None or trigger is None:
            continue
        label = (trigger_votes or {}).get(" ".join(trigger.text.lower().split()), "")
        if classifier is not None:
            predicted, prob = predict(classifier, sentence_around(text, trigger.start, trigger.end))
            if prob >= CONFIDENT:
                label = predicted
        if label in parent_of and label != values.get(sub_field.name):
            values[sub_field.name] = label
            values[type_field] = parent_of[label]
    return records


# --- reading knowledge from a database ---------------------------------------------------------

# The last model loaded, by (schema, row id, creation time, events): a database keeps one row per
# schema and replaces it on retraining, so a new model is a new key, and another database's
# model (same id, different time) too.
_MODEL_CACHE: dict[tuple[str, int, str, int], Language] = {}


def load_knowledge(session: Any, schema: Schema) -> Knowledge:
    """Everything the database at ``session`` has learned, for suggestions under ``schema``."""
    from annotator.db import learned, repo  # noqa: PLC0415 (the nlp layer needs no database otherwise)
    from annotator.nlp.event_classifier import load_model  # noqa: PLC0415

    places = [
        KnownPlace(p.name, p.location, p.country, p.admin1, p.latitude, p.longitude, p.confirmations)
        for p in learned.learned_places(session)
    ]
    triggers = learned.learned_triggers(session)
    classifier = None
    row = learned.stored_model(session, schema.name)
    if row is not None and row.used:
        key = (schema.name, row.id or 0, str(row.created), row.trained_on)
        classifier = _MODEL_CACHE.get(key)
        if classifier is None:
            classifier = load_model(row.model)
            _MODEL_CACHE.clear()
            _MODEL_CACHE[key] = classifier
    actor_names = tuple(alias for alias, _ in repo.actor_aliases(session))
    return Knowledge(
        places=tuple(places), triggers=tuple(triggers), classifier=classifier, actor_names=actor_names
    )
