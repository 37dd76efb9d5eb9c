"""Actor and place mentions of an article: dictionary names, and any noun phrase that names an agent.

Dictionary actors come from the ``annotator_actors`` component and the analysts' learned
aliases; places from the ``annotator_places`` component. :func:`actor_phrase` opens the
vocabulary: the head word of a role (from :mod:`annotator.nlp.roles`) becomes an actor when it
is a named entity (PERSON, ORG, NORP, GPE), a proper noun or a noun chunk headed by an agent noun
("gunmen", "students", "officials"), and :func:`name_actor` names it: the dictionary's canonical
name when known, else the schema's naming rule for its head noun, else the words as written.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from annotator.nlp.actors import ActorDictionary, fill_country, get_actor_dictionary
from annotator.nlp.components import ACTORS_KEY, PLACES_KEY
from annotator.nlp.dates import datelines
from annotator.nlp.gazetteer import Place, get_gazetteer
from annotator.nlp.nameindex import NameIndex, doc_text
from annotator.nlp.roles import agent_nouns
from annotator.schema_roles import SuggestSpec

GROUP_NOUNS = {"group", "militants", "fighters", "jihadists", "rebels", "insurgents", "forces"}
NAMED_GROUP_NOUNS = {"gang", "group", "militia", "movement", "cartel", "faction", "brigade", "clan"}
ACTOR_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
NOT_ACTORS = {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"}
COUNTS = {"CARDINAL", "QUANTITY"}
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "case"}
BACK_REFERENCE_NOUNS = {"group", "militant", "jihadist", "rebel", "insurgent", "fighter",
                        "organisation", "organization", "movement", "faction", "extremist"}
NON_STATE = {2, 3, 4}
# What is used, never who uses it: the words of a weapon as a sentence's subject.
WEAPON_NOUNS = {"grenade", "bomb", "mine", "landmine", "ied", "missile", "rocket", "shell", "mortar", "explosive",
                "device", "blast", "explosion", "bullet", "gunfire", "shrapnel", "projectile"}
PLACE_NOUNS = {"town", "city", "village", "area", "region", "province", "district", "border",
               "neighbourhood", "neighborhood", "capital", "territory", "zone",
               "county", "suburb", "outskirts", "site", "road", "highway", "street", "port"}
# Adjectives that open news sentences ("Heavy fighting", "Fresh clashes"), capitalised there and
# then often tagged as proper nouns.
LEADING_ADJECTIVES = {"heavy", "fierce", "renewed", "intense", "fresh", "deadly", "violent", "sporadic",
                      "new", "further", "overnight", "continued", "brief", "armed", "suspected", "unknown",
                      "unidentified"}
ARMED_GROUP_NOUNS = {"rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "jihadist",
                     "jihadists", "separatist", "separatists", "militia", "militias", "militiaman",
                     "militiamen", "combatant", "combatants", "extremist", "extremists", "mercenary",
                     "mercenaries", "paramilitary", "paramilitaries"}
REBEL_INTER = 2
# Words that make "forces" or "troops" someone other than a state's military.
NON_STATE_MODIFIERS = {"opposition", "rebel", "rebels", "militia", "insurgent", "tribal", "islamist",
                       "jihadist", "separatist", "armed", "resistance", "pro-government", "paramilitary",
                       "coalition", "allied", "peacekeeping", "un", "nato"}
OWNER_PREPS = ("of", "by", "on", "against", "to", "with")
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "we", "him", "her", "them", "us"}
DETERMINERS = {"the", "a", "an", "some", "several", "this", "these", "those", "its", "their"}


@dataclass
class Mention:
    """An actor or place mention: token span plus what it refers to."""

    span: Span
    key: str  # canonical actor name (maybe with {country}) or gazetteer key
    inter: int = 0
    place: Place | None = None
    known: bool = True  # from the dictionary or learned aliases, not only from the parse

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char


_LEARNED_CACHE: dict[tuple[tuple[str, str], ...], tuple[ActorDictionary, NameIndex, NameIndex]] = {}
_LEARNED_LOCK = threading.Lock()


def _learned_matchers(
    aliases: tuple[tuple[str, str], ...],
) -> tuple[ActorDictionary, NameIndex, NameIndex]:
    with _LEARNED_LOCK:
        hit = _LEARNED_CACHE.get(aliases)
    if hit is None:
        actors = get_actor_dictionary(aliases)
        names = [a for a, _ in aliases]
        hit = (
            actors,
            NameIndex([n for n in names if not n.isupper()], case_sensitive=False),
            NameIndex([n for n in names if n.isupper()], case_sensitive=True),
        )
        with _LEARNED_LOCK:
            if len(_LEARNED_CACHE) > 16:
                _LEARNED_CACHE.clear()
            _LEARNED_CACHE[aliases] = hit
    return hit


def _extend_actor_span(span: Span) -> Span:
    """Take in "(IS)" and "group" after a name: "Islamic State (IS) group"."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    if end < len(doc) and doc[end].lower_ in GROUP_NOUNS and span[-1].lower_ not in GROUP_NOUNS:
        end += 1
    return doc[span.start : end]


def actor_mentions(doc: Doc, aliases: tuple[tuple[str, str], ...] = ()) -> list[Mention]:
    """Dictionary actors of the doc; learned aliases win where they overlap a built-in name."""
    spans = list(doc.spans[ACTORS_KEY]) if ACTORS_KEY in doc.spans else []
    if aliases:
        actors, lower, exact = _learned_matchers(aliases)
        learned = lower.find(doc) + exact.find(doc)
        learned_spans = []
        for span in learned:
            entry = actors.lookup(span.text)
            if entry is not None:
                learned_spans.append(
                    Span(doc, span.start, span.end, label=str(entry.inter), kb_id=entry.canonical)
                )
        spans = learned_spans + [
            s for s in spans if not any(s.start < ls.end and ls.start < s.end for ls in learned_spans)
        ]
    out = [Mention(_extend_actor_span(s), s.kb_id_, int(s.label_ or 0)) for s in spans]
    out.sort(key=lambda m: m.start)
    return out


def place_mentions(doc: Doc) -> list[Mention]:
    gaz = get_gazetteer()
    out = []
    for span in doc.spans.get(PLACES_KEY, []):
        place = gaz.places.get(span.kb_id_)
        if place is not None:
            out.append(Mention(span, span.kb_id_, place=place))
    return out


ENTS_KEY = "annotator_actor_entities"


DATELINES_KEY = "annotator_datelines"


def doc_datelines(doc: Doc) -> list[tuple[int, int]]:
    """The doc's wire datelines (:func:`annotator.nlp.dates.datelines`), found once per doc."""
    cached = doc.user_data.get(DATELINES_KEY)
    if cached is None:
        cached = doc.user_data[DATELINES_KEY] = datelines(doc_text(doc))
    return cached


def actor_entities(doc: Doc) -> list[Span]:
    """The doc's PERSON, ORG, NORP and GPE entities, built once per doc (``doc.ents`` makes new
    spans on every access)."""
    cached = doc.user_data.get(ENTS_KEY)
    if cached is None:
        lines = doc_datelines(doc)  # "(Reuters)" filed the story; it did nothing in it
        cached = [
            e for e in doc.ents
            if e.label_ in ACTOR_ENTITIES and not any(s <= e.start_char < t for s, t in lines)
            and e.root.lower_ not in WEAPON_NOUNS  # "Grenade, bomb wound rangers": a headline's weapon
        ]
        doc.user_data[ENTS_KEY] = cached
    return cached


def _entity_of(token: Token) -> Span | None:
    if not token.ent_type_ or token.ent_type_ not in ACTOR_ENTITIES:
        return None
    return next((e for e in actor_entities(token.doc) if e.start <= token.i < e.end), None)


def _noun_phrase(head: Token) -> Span:
    """The head with its left modifiers ("Senior Kenyan officials"), without a determiner."""
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in PHRASE_DEPS:
            left = min(left, child.left_edge.i)
        else:
            break
    doc = head.doc
    # "the 40 opposition supporters": the determiner and the count are not the actor's name.
    # "OUAGADOUGOU (Reuters) - Fighters ...": a name never runs back across a dash, a colon or a
    # line break (a dateline's end); "pro-government" and "(AKK) officials" stay whole.
    for i in range(head.i - 1, left - 1, -1):
        t = doc[i]
        if t.text in ("–", "—", "--", ":", ";") or t.is_space or (t.text == "-" and t.whitespace_):
            left = i + 1
            break
    while left < head.i and (doc[left].lower_ in DETERMINERS or doc[left].dep_ in ("nummod", "quantmod")):
        left += 1
    right = head.i + 1
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    if of is not None and any(t.ent_type_ in ACTOR_ENTITIES or t.pos_ == "PROPN" for t in of.subtree):
        # "leaders of the opposition coalition", "fighters from the M23": up to the group's name,
        # not its relative clause or aside ("rebels of the NAS, who had overrun it on Saturday").
        right = of.i + 1
        for t in of.subtree:
            if t.i <= of.i:
                continue
            if t.dep_ in ("relcl", "acl", "appos") or (t.is_punct and t.text not in ("-", "'", "’", ".", "&")):
                break
            right = t.i + 1
    return doc[left:right]


NOT_GROUPS = {"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _group_named_in(phrase: Span, head: Token) -> Span | None:
    """ "members of the 400 Mawozo gang", "a faction of the MFDC": the named group an agent noun
    belongs to, which ACLED codes rather than the people of it."""
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    if of is None:
        return None
    for ent in actor_entities(head.doc):
        if ent.label_ in ("ORG", "NORP") and of.i < ent.start and ent.end <= phrase.end:
            return trim_name(ent)
    # "members of the Imbonerakure": a proper name (or a capitalised word the tagger took for a
    # noun) the model did not tag as an entity, and no person or place.
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if (
        pobj is not None and pobj.i < phrase.end and pobj.ent_type_ not in NOT_GROUPS
        and (pobj.pos_ == "PROPN" or pobj.pos_ == "NOUN" and pobj.text[:1].isupper() and pobj.i > pobj.sent.start)
        and not get_gazetteer().by_name.get(pobj.text)
    ):
        return trim_name(head.doc[pobj.left_edge.i : pobj.i + 1])
    # "the 400 Mawozo gang", "the Los Lobos gang": the name before a group noun, whatever the
    # model took it for.
    for t in of.subtree:
        if t.i > of.i and t.i < phrase.end and t.lemma_.lower() in NAMED_GROUP_NOUNS:
            words = [c for c in t.lefts if c.dep_ in ("compound", "nummod", "amod") and (c.pos_ in ("PROPN", "NUM"))]
            if words and any(w.pos_ == "PROPN" for w in words):
                return trim_name(head.doc[min(w.left_edge.i for w in words) : t.i])
    return None


def actor_phrase(
    token: Token, known: list[Mention], places: list[Mention] = (), earlier: list[Mention] = (),
    *, places_act: bool = False, depth: int = 0,
) -> Mention | None:
    """The actor a role's head word stands for, or None when it names no one.

    A dictionary mention covering the word wins; then one on a modifier of it ("IS positions",
    "Houthi targets"). A town or region is where, not who (a country can act: "Libya agreed").
    "The group", "the militants" refer back to the last named armed group of ``earlier``. Then a
    named entity, a proper noun or an agent-noun phrase, kept as written (``known=False``;
    :func:`name_actor` names it).
    """
    if any(s <= token.idx < t for s, t in doc_datelines(token.doc)):
        return None  # "JAKARTA (AP) —": where the story was filed, whatever the parser made of it
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None  # "no group has claimed the attack": nobody
    for m in known:
        if m.span.start <= token.i < m.span.end:
            return m
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss"):
            for m in known:
                if m.span.start <= child.i < m.span.end:
                    return m
    if token.ent_type_ in NOT_ACTORS:
        return None  # "on Monday", "on 12 May": a time or a sum names no one
    if token.ent_type_ in COUNTS:  # "hundreds of protesters", "scores of civilians"
        return _owner(token, known, places, earlier, places_act, depth)
    if token.pos_ == "PRON":
        antecedent = _pronoun_antecedent(token)
        if antecedent is None:
            return None
        return actor_phrase(antecedent, known, places, earlier, places_act=places_act)
    for m in places:
        if m.span.start <= token.i < m.span.end and m.place is not None:
            if places_act:
                return Mention(m.span, m.span.text, known=False)
            if m.place.kind != "country":
                return None
    if _is_back_reference(token):
        antecedent = next(
            (m for m in reversed(earlier) if m.end <= token.idx and m.known and m.inter in NON_STATE), None
        )
        if antecedent is not None:
            return antecedent
    head = token.lemma_.lower()
    if head in WEAPON_NOUNS or token.lower_ in WEAPON_NOUNS:
        # "Grenade, bomb wound rangers": the weapon is how, not who; "Russian missiles": whose.
        return _modifier_entity(token)
    if token.pos_ == "PROPN" and any(
        m.place is not None and m.place.kind != "country" and m.span.text == token.text for m in places
    ):
        return None  # "drones strike Sumy": a town the article names elsewhere, untagged here
    entity = _entity_of(token)
    if entity is not None:
        span = entity
        if token.i == entity.end - 1 or head not in agent_nouns():
            if entity.label_ == "NORP" and token.i == entity.end - 1 and token.pos_ == "ADJ":
                return None  # a stray adjective, not a group
            return Mention(trim_name(span), trim_name(span).text, known=False)
    if token.pos_ == "PROPN" and token.lower_ in LEADING_ADJECTIVES:
        return None  # "Heavy shelling ...": a capitalised first word the parser took for a name
    if head in agent_nouns() or token.lower_ in agent_nouns() or token.pos_ == "PROPN" or _capitalised_noun(token):
        phrase = _noun_phrase(token)
        # "fighters of the SDF": the named group they belong to; "fighters from the al
        # Qaeda-linked JNIM": the group the preposition names, not one its modifier mentions.
        inside = [m for m in known if token.i < m.span.start < phrase.end]
        heads = {c.i for p in token.rights if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"}
        named = next((m for m in inside if any(m.span.start <= i < m.span.end for i in heads)), None)
        if named is not None or inside:
            return named or inside[0]
        group = _group_named_in(phrase, token) if token.pos_ != "PROPN" else None
        if group is not None:
            return Mention(group, group.text, known=False)
        return Mention(phrase, phrase.text, known=False)
    if head in PLACE_NOUNS:
        return None  # "the Syrian town of X" says where, not who
    modifier = _modifier_entity(token)  # "Israeli positions", "rebel targets": the modifier acts
    if modifier is not None:
        return modifier
    if token.pos_ == "NOUN":
        return _owner(token, known, places, earlier, places_act, depth)
    return None


def _capitalised_noun(token: Token) -> bool:
    """ "the FAMa carried out air strikes": a name the tagger took for a common noun, capitalised
    inside a sentence of the body (a headline capitalises every word)."""
    return (
        token.pos_ == "NOUN" and token.text[:1].isupper() and token.i > token.sent.start and token.sent.start > 0
        and not token.ent_type_
    )


def _whose_arms_before(span: Span, spec: SuggestSpec) -> str:
    """ "Russian missiles hit Odesa, drones strike Mykolaiv": bare forces or arms take the
    nationality of the arms or forces named just before them in the sentence."""
    gaz = get_gazetteer()
    for token in reversed(span.doc[span.sent.start : span.start]):
        head = token.head
        if token.dep_ not in ("amod", "compound") or head.i >= span.start:
            continue
        rule = spec.naming_rule(head.lower_) or spec.naming_rule(head.lemma_.lower())
        if head.lemma_.lower() in WEAPON_NOUNS or (rule is not None and rule.inter == 1):
            cc = gaz.country_code(token.text)
            if cc:
                return gaz.country_names.get(cc, "")
    return ""


def _modifier_entity(token: Token) -> Mention | None:
    for child in token.lefts:
        entity = _entity_of(child)
        if child.dep_ in ("compound", "amod", "poss") and entity is not None:
            return Mention(trim_name(entity), trim_name(entity).text, known=False)
    return None


def _owner(
    token: Token, known: list[Mention], places: list[Mention], earlier: list[Mention], places_act: bool,
    depth: int,
) -> Mention | None:
    """Whose thing a noun is: "the union's demands", "the decision of the court", "calls by the
    opposition", "a ban on X", "hundreds of protesters"."""
    if depth >= 2:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in OWNER_PREPS), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        return None
    return actor_phrase(owner, known, places, earlier, places_act=places_act, depth=depth + 1)


def _pronoun_antecedent(token: Token) -> Token | None:
    """ "Iraq said it would ...": the subject of the reporting verb the pronoun's clause hangs on,
    else the nearest named entity before it in the sentence."""
    if token.lower_ not in PERSONAL_PRONOUNS:
        return None
    clause = token.head
    while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("ccomp", "advcl") and clause.head.i != clause.i:
        lines = doc_datelines(token.doc)
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is not None and any(s <= subject.idx < t for s, t in lines):
            # "KHARTOUM, June 3 (Reuters) - Sudan's RSF said they ...": the parser may make the
            # dateline's city the subject; who said it stands beside it.
            subject = next(
                (c for c in subject.children if c.dep_ == "appos" and not any(s <= c.idx < t for s, t in lines)),
                None,
            ) or _first_subject_after(clause.head, lines)
        if subject is not None:
            return subject
    sentence = token.sent
    before = [e for e in actor_entities(token.doc) if sentence.start <= e.start and e.end <= token.i]
    return before[-1].root if before else None


def _first_subject_after(verb: Token, lines: list[tuple[int, int]]) -> Token | None:
    """The nearest noun before the reporting verb that lies after every dateline."""
    end = max((t for _, t in lines), default=0)
    nouns = [t for t in verb.lefts if t.idx >= end and t.pos_ in ("PROPN", "NOUN")]
    for left in verb.lefts:
        nouns.extend(t for t in left.subtree if t.idx >= end and t.dep_ in ("appos", "nsubj") and t.pos_ in ("PROPN", "NOUN"))
    return max(nouns, key=lambda t: t.i) if nouns else None


def _names_a_backer(token: Token) -> bool:
    """ "US-backed fighters", "Saudi-led coalition": the country backs or leads, it is not theirs."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in (
        "backed", "led", "allied", "supported", "funded", "trained", "sponsored"
    )


def _is_back_reference(token: Token) -> bool:
    """ "the group", "the militants": a definite group noun with nothing else to name it."""
    lefts = list(token.lefts)
    return (
        token.lemma_.lower() in BACK_REFERENCE_NOUNS
        and len(lefts) == 1 and lefts[0].lower_ in ("the", "this")
    )


def trim_name(span: Span) -> Span:
    """Without a leading determiner or a trailing bracket ("the Volunteers ... (" of "(VDP)")."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in DETERMINERS:
        start += 1
    while end > start + 1 and span.doc[end - 1].is_punct and span.doc[end - 1].text in "([{,;:-–—":
        end -= 1
    return span.doc[start:end]


def name_actor(
    mention: Mention, spec: SuggestSpec, country: str, places: list[Mention] = ()
) -> tuple[str, int]:
    """(value, inter code) for a mention: dictionary name, schema naming rule, or the words.

    The country of a naming rule is the one a word of the phrase names ("Kenyan police"), else
    the place a possessive pronoun points back to in the sentence ("Moscow ... its warplanes"),
    else the event's.
    """
    if mention.known:
        return fill_country(mention.key, country), mention.inter
    span = mention.span
    head = span.root
    gaz = get_gazetteer()
    own_country = ""
    for token in span:
        if token.i == head.i or _names_a_backer(token):
            continue
        cc = gaz.country_code(token.text)
        if cc:
            own_country = gaz.country_names.get(cc, "")
            break
    if not own_country and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        sentence_start = head.sent.start_char
        before = [m for m in places if sentence_start <= m.start and m.end <= span.start_char and m.place]
        salient = [m for m in before if m.span.root.dep_ in ("poss", "nsubj", "nsubjpass")]
        if salient or before:  # a pronoun points back to a subject or possessor first
            own_country = gaz.country_names.get((salient or before)[-1].place.country_code, "")
    two_words = " ".join(t.lower_ for t in span[-2:]) if len(span) >= 2 else ""
    rule = (
        (spec.naming_rule(two_words) if two_words else None)
        or spec.naming_rule(head.lower_)
        or spec.naming_rule(head.lemma_.lower())
    )
    non_state = any(t.lower_ in NON_STATE_MODIFIERS for t in span if t.i != head.i)
    if not own_country and rule is not None and rule.inter == 1:
        own_country = _whose_arms_before(span, spec)
    if any(t.i > head.i and (t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTITIES) for t in span):
        return " ".join(span.text.split()), 0  # "fighters of the X Brigade" names who they are
    if rule is not None and head.ent_type_ not in ("ORG", "PERSON") and not (non_state and rule.inter == 1):
        where = own_country or country
        if "{country}" not in rule.name or where:
            return fill_country(rule.name, where), rule.inter
    # "communist rebels", "separatist insurgents": kept as written, but an armed side all the same
    # (a battle's target, no civilians), coded as a rebel group until the analyst names it.
    armed = REBEL_INTER if head.lemma_.lower() in ARMED_GROUP_NOUNS or head.lower_ in ARMED_GROUP_NOUNS else 0
    return " ".join(span.text.split()), armed
