"""One suggestion per incident: group trigger mentions of one event, rank, keep the confident ones.

A report says "retook" in its lead, "the recapture" two paragraphs later and "fighting" in
between; all three are one incident when they share the event type, the place, the date and
actors that do not contradict each other (one side empty counts as agreeing). The best-scored
mention stands for the group; the others fill what it left empty (a target, a count) and each
adds a little confidence. Groups under the confidence threshold are not suggested.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from spacy.tokens import Doc, Token

from annotator.config import DEFAULT_SUGGEST_THRESHOLD
from annotator.interchange import EvidenceSpan
from annotator.nlp.candidates import PROTEST_TYPES, RIOT_TYPES, Candidate, sub_type_field
from annotator.nlp.dates import coarsen
from annotator.nlp.event_date import STAND_IN_NOTES
from annotator.nlp.nameindex import doc_text
from annotator.schema import Schema
from annotator.schema_roles import SuggestSpec

MERGE_BONUS = 0.03
MAX_CONFIDENCE = 0.98


def _agree(a: object, b: object) -> bool:
    return not a or not b or a == b


def same_actor(a: object, b: object, spec: SuggestSpec | None = None) -> bool:
    """Two actor values that may name one side: either empty, equal, one's words all in the
    other's ("Agar guards" in a headline, "Agar cattle guards" in the lead), or one the schema's
    name for an unidentified side ("assailants" named Unidentified Armed Group, "suspected
    jihadists" elsewhere)."""
    if _agree(a, b):
        return True
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a or (spec is not None and spec.may_be_one_side(a, b))


def same_incident(a: Candidate, b: Candidate, schema: Schema, spec: SuggestSpec) -> bool:
    """Whether two candidates report one incident (see the module docstring).

    ``a`` is the better-scored one. Besides mentions of the same event type, a mention of another
    type joins it when the same agent acts at the same place and time ("troops recaptured the town
    ... after shelling it"), or when the losing side's act follows from it ("... the militants
    pulled out").
    """
    type_field = schema.trigger_label_field or "event_type"
    place_field = spec.place.get("location") or spec.place.get("country")
    country_field = spec.place.get("country") or place_field
    agent, target = spec.field_for("agent"), spec.field_for("target")
    same_place = not place_field or _agree(a.values.get(place_field), b.values.get(place_field))
    if _told_apart(a, b):
        return False
    if _intervenes(a, b, schema, spec) or _intervenes(b, a, schema, spec):
        return True
    if _is_headline(a) or _is_headline(b):
        # A headline tells the lead's incident in fewer words: it names the region where the lead
        # names the town ("Drone strike hits hideout in North Waziristan" over "... near
        # Miranshah"), or the same side doing it in a word of another type ("Militants attack
        # police, kill six"). Same country (or place), same time.
        same_country = not country_field or _agree(a.values.get(country_field), b.values.get(country_field))
        same_type = a.values.get(type_field) == b.values.get(type_field)
        same_side = bool(agent and a.values.get(agent) and same_actor(a.values.get(agent), b.values.get(agent), spec))
        # "Russian missiles hit Odesa, drones strike Mykolaiv": the headline's other town or region
        # (not one the other mention's sentence names too: "near Miranshah in North Waziristan").
        two_towns = any(
            f and a.values.get(f) and b.values.get(f) and a.values.get(f) != b.values.get(f)
            and str(a.values[f]) not in b.trigger.sent.text and str(b.values[f]) not in a.trigger.sent.text
            for f in (place_field, spec.place.get("admin1"))
        )
        if (
            (same_type and (same_country or same_place) or same_side and same_country) and not two_towns
            and _same_time(a, b, schema)
        ):
            return True
    # One clause may name the place once: "bombed a school near Kanbalu in the Sagaing region,
    # killing nine" (the killing's nearest place is the region), "took the town of X in North
    # Kivu after the troops pulled out" (the withdrawal's is the province).
    in_one_clause = _linked(a, b) and (same_place or _same_region(a, b, spec))
    if in_one_clause and _other_side_of_a_change_of_hands(a, b, spec) and _same_time(a, b, schema, slack_days=2):
        # "M23 rebels took the town after Congolese troops pulled out": in a change of hands the
        # other side's act in the same clause is this incident's, and its agent the side acted on
        # (told a night or two apart: "on Sunday after government troops withdrew overnight").
        return True
    if not same_place and not (in_one_clause and _result_of(a, b)):
        return False
    if _part_of_the_riot(a, b, schema, spec) or _part_of_the_riot(b, a, schema, spec):
        return True
    if {a.values.get(type_field), b.values.get(type_field)} <= CROWD_TYPES and _same_time(a, b, schema):
        # "Workers hurled stones at police ... Officers fired tear gas": one crowd, one place, one
        # day is one demonstration, however its parts are told (the schema's ranking names it).
        return True
    if _toll_only(b, spec) and _same_time(a, b, schema):
        # "Rights groups said at least two people were killed": the toll of the incident told
        # above, not an incident of its own.
        return True
    if b.sentence_index > a.sentence_index and _what_is_claimed(b.trigger.root):
        return True  # "no group had claimed the bombing", "X denied carrying out the attack"
    if _refers_back(b, a, target) and (not agent or same_actor(a.values.get(agent), b.values.get(agent), spec)):
        # "Al Shabaab claimed responsibility for the attack": the attack told above, now with
        # who did it.
        return True
    if _linked(a, b) and (
        not agent or same_actor(a.values.get(agent), b.values.get(agent), spec) or _same_words(a, b, agent)
    ):
        # "A suicide bomber struck a market, killing 12": one clause, one incident; "youths set
        # fire to the town hall and looted shops": the same words act, however each rule names them.
        return True
    if a.values.get(type_field) != b.values.get(type_field):
        if not (agent and place_field and a.values.get(place_field) == b.values.get(place_field)):
            return False
        if (
            target and a.values.get(agent) and not b.values.get(agent)
            and b.values.get(target) == a.values.get(agent)
        ):
            # "Police dispersed the protesters ... several demonstrators were arrested": done, by
            # no one named, to the incident's own actors, there and then: part of it.
            return _same_time(a, b, schema)
        if (
            _done_by_the_state(b, schema) and not b.values.get(agent) and b.sentence_index > a.sentence_index
            and _generic(b.values.get(target) if target else None, spec) and _same_time(a, b, schema)
        ):
            # "... beaten to death by a mob. Four people have been detained": the state's
            # unnamed response told after an incident, to people it does not name, follows from it.
            return True
        same_agent = bool(a.values.get(agent)) and a.values.get(agent) == b.values.get(agent)
        other_side = bool(target and a.values.get(target)) and a.values.get(target) == b.values.get(agent)
        # Parts of one operation are often told a night apart ("on Tuesday ... overnight").
        if not (same_agent or other_side) or not _same_time(a, b, schema, slack_days=1):
            return False
        return same_agent and (not target or same_actor(a.values.get(target), b.values.get(target), spec)) or other_side
    if a.rule.partner == "target" and b.rule.partner == "target" and _sides_swapped(a, b, agent, target, spec):
        return _same_time(a, b, schema)  # a clash told from each side ("... the army said it killed 20")
    if agent and not same_actor(a.values.get(agent), b.values.get(agent), spec):
        return False
    if target and not same_actor(a.values.get(target), b.values.get(target), spec):
        return False
    no_agent = agent and target and not (a.values.get(agent) or b.values.get(agent))
    if no_agent and not (a.values.get(target) and a.values.get(target) == b.values.get(target)):
        return False  # neither says who acted: only the same target ties them
    return _same_time(a, b, schema)


# Words by which a report turns to another incident: whatever follows is not the one before.
SEPARATE_CUE = re.compile(
    r"\b(?:separately|elsewhere|in (?:a (?:separate|similar|different|second|further)|another) "
    r"(?:incident|attack|development|case|raid|clash|operation)|in an unrelated (?:incident|attack))\b",
    re.IGNORECASE,
)


def _sub_type(c: Candidate, schema: Schema) -> str:
    type_field = schema.trigger_label_field or "event_type"
    return str(c.values.get(sub_type_field(schema, type_field) or type_field) or "")


def _intervenes(act: Candidate, protest: Candidate, schema: Schema, spec: SuggestSpec) -> bool:
    """ "Police fired tear gas and arrested dozens of supporters who tried to march": the state's
    act on the crowd (the schema's ``interventions``), at its protest's place and time, told in
    the same or the next sentence, is the protest's intervention."""
    if not spec.interventions or protest.values.get(schema.trigger_label_field or "event_type") not in PROTEST_TYPES:
        return False
    if _sub_type(act, schema) not in spec.interventions:
        return False
    agent, place = spec.field_for("agent"), spec.place.get("location") or spec.place.get("country")
    doer = str(act.values.get(agent) or "") if agent else ""
    target = spec.field_for("target")
    facing = str(protest.values.get(target) or "") if target else ""
    # "A rider was shot dead when police fired at the protesters": no one named as the killer,
    # but the protest's own words say the state's forces faced it there and then.
    unnamed_state = not doer and spec.one_state(facing, facing)
    if not agent or not (_done_by_the_state(act, schema) or spec.one_state(doer, doer) or unnamed_state):
        return False
    if place and not _agree(act.values.get(place), protest.values.get(place)):
        return False
    return abs(act.sentence_index - protest.sentence_index) <= 1 and _same_time(act, protest, schema)


# What a riot's crowd destroys, and the arrests that end it, are the riot: ACLED codes one event.
RIOT_PARTS = {"Looting/property destruction", "Arrests"}


def _part_of_the_riot(riot: Candidate, act: Candidate, schema: Schema, spec: SuggestSpec) -> bool:
    """"Youths threw stones at police and set a car ablaze ... Several shops were looted ... police
    said nine people had been arrested": property destroyed by no other named side, or the state's
    arrests, at the riot's place and time, told in its sentence or the next, are part of it."""
    if riot.values.get(schema.trigger_label_field or "event_type") not in RIOT_TYPES:
        return False
    kind = _sub_type(act, schema)
    if kind not in RIOT_PARTS or abs(act.sentence_index - riot.sentence_index) > 1:
        return False
    agent, place = spec.field_for("agent"), spec.place.get("location") or spec.place.get("country")
    if place and not _agree(act.values.get(place), riot.values.get(place)):
        return False
    doer = str(act.values.get(agent) or "") if agent else ""
    if kind == "Arrests":
        if not (_done_by_the_state(act, schema) or spec.one_state(doer, doer)):
            return False
    elif doer and not same_actor(doer, riot.values.get(agent), spec):
        return False  # "soldiers burned the market": another side's act
    return _same_time(act, riot, schema)


CUES_KEY = "annotator_separate_cues"


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """A cue such as "Separately," or "In another incident" stands between the two mentions (a
    headline may still sum up any incident of its report)."""
    first, second = sorted((a, b), key=lambda c: c.trigger.start_char)
    if _is_headline(first):
        return False
    cues = _cue_offsets(first.trigger.doc)
    i = bisect_left(cues, first.trigger.end_char)
    return i < len(cues) and cues[i] < second.trigger.start_char


def _cue_offsets(doc: Doc) -> list[int]:
    """Where the doc's separate-incident cues start, found once per doc (grouping compares
    every pair of mentions)."""
    found = doc.user_data.get(CUES_KEY)
    if found is None:
        found = [m.start() for m in SEPARATE_CUE.finditer(doc_text(doc))]
        doc.user_data[CUES_KEY] = found
    return found


def _other_side_of_a_change_of_hands(a: Candidate, b: Candidate, spec: SuggestSpec) -> bool:
    """Two mentions, one of a territory change, each with its own agent and neither with a target."""
    agent, target = spec.field_for("agent"), spec.field_for("target")
    if not agent or not target or not (a.rule.counterpart or b.rule.counterpart):
        return False
    if not (a.values.get(agent) and b.values.get(agent)) or a.values.get(target) or b.values.get(target):
        return False
    return not same_actor(a.values.get(agent), b.values.get(agent), spec)


def _done_by_the_state(c: Candidate, schema: Schema) -> bool:
    """Whether the schema's rule for the mention's type is the state's (ACLED: Arrests)."""
    return str((schema.triggers.get(c.rule.sub_event_type) or {}).get("agent", "")) == "state"


def _unidentified(value: object, spec: SuggestSpec) -> bool:
    return isinstance(value, str) and any(r.unnamed and r.names(value) for r in spec.naming)


def _generic(value: object, spec: SuggestSpec) -> bool:
    """An empty value or one of the schema's generic sides (Civilians (X), Military Forces of X)."""
    return not isinstance(value, str) or not value or any(r.names(value) for r in spec.naming)


def _toll_only(c: Candidate, spec: SuggestSpec) -> bool:
    """A mention that says only how many died ("at least two people were killed", "three
    fighters were killed"): a verb of dying, nobody acting, a count given. Whom it names is the
    incident's own side; its place and time must still agree with the incident's."""
    agent, count = spec.field_for("agent"), spec.count
    if not count or c.values.get(count) in (None, "") or (agent and c.values.get(agent)):
        return False
    return c.trigger.root.lemma_.lower() in ("kill", "die")  # "air strikes" say how, not how many


CROWD_TYPES = PROTEST_TYPES | RIOT_TYPES

REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}


def _refers_back(c: Candidate, earlier: Candidate, target: str | None) -> bool:
    """ "the attack", "this bombing" after an incident was told: a noun that points back to it
    (a definite article, no date, place or victim of its own)."""
    root = c.trigger.root
    if c.sentence_index <= earlier.sentence_index or root.pos_ != "NOUN" or not c.date_fallback:
        return False
    if target and c.values.get(target):
        return False
    if any(
        ch.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in ch.children)
        for ch in root.children
    ):
        return False  # "the attack in Baidoa" names its own place
    return any(ch.dep_ == "det" and ch.lower_ in REFERRING_DETERMINERS for ch in root.children)


CLAIM_VERBS = {"claim", "deny", "condemn", "blame", "admit"}


def _what_is_claimed(root: Token) -> bool:
    """A noun trigger a side claims, denies or condemns ("claimed the attack", "responsibility
    for the blast"): the act is told elsewhere; these words are about who did it."""
    if root.pos_ != "NOUN":
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() in CLAIM_VERBS:
        return True
    return (
        root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in ("responsibility", "credit")
    )


def _is_headline(c: Candidate) -> bool:
    """The first line of an article when it is a headline: no full stop, a paragraph after it."""
    if c.sentence_index != 0:
        return False
    sent = c.trigger.sent
    full = doc_text(sent.doc)
    line = full[sent.start_char : sent.end_char].rstrip()
    return bool(line) and not line.endswith((".", "!", "?", '"', "\u201d")) and "\n" in full[sent.end_char - 1 : sent.end_char + 2]


def _sides_swapped(
    a: Candidate, b: Candidate, agent: str | None, target: str | None, spec: SuggestSpec
) -> bool:
    """Whether one mention's agent is the other's target, and the other side does not contradict."""
    if not agent or not target:
        return False
    a_agent, a_target = a.values.get(agent), a.values.get(target)
    b_agent, b_target = b.values.get(agent), b.values.get(target)

    def one_side(x: object, y: object) -> bool:  # the police attacked, "security forces" replied
        return same_actor(x, y, spec) or (isinstance(x, str) and isinstance(y, str) and spec.one_state(x, y))

    return bool(a_target and b_agent and one_side(a_target, b_agent) and one_side(a_agent, b_target)) or bool(
        b_target and a_agent and one_side(b_target, a_agent) and one_side(b_agent, a_target)
    )


def _same_words(a: Candidate, b: Candidate, field_name: str) -> bool:
    """Whether the two mentions cite the same words for a field (one actor, named two ways)."""
    spans = {(e.start, e.end) for m in (a, *a.merged) for e in m.evidence if e.field == field_name}
    return any(e.field == field_name and (e.start, e.end) in spans for e in b.evidence)


def _linked(a: Candidate, b: Candidate) -> bool:
    """Whether two triggers of one sentence belong to one clause: one is the other's head, or
    its head's head ("bomber" -> "struck" <- "killing"); a mention merged into ``a`` counts."""
    return any(_linked_triggers(m, b) for m in (a, *a.merged))


def _linked_triggers(a: Candidate, b: Candidate) -> bool:
    if a.sentence_index != b.sentence_index:
        return False
    ra, rb = a.trigger.root, b.trigger.root

    def near(x, y) -> bool:  # x hangs from y, at most two steps up ("killed ... in an attack")
        step = x.head
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in step.children):
            return False  # "marched to call for an end to attacks": what they want, not what they did
        return step.i == y.i or (step.head.i == y.i and (step.pos_ in ("VERB", "NOUN") or step.dep_ == "prep"))

    return ra.i != rb.i and (near(ra, rb) or near(rb, ra) or (ra.head.i == rb.head.i and ra.head.pos_ == "VERB"))


def _result_of(a: Candidate, b: Candidate) -> bool:
    """One trigger is a participle hanging from the other: "struck a market, killing 12"."""
    ra, rb = a.trigger.root, b.trigger.root
    return any(
        x.tag_ == "VBG" and x.dep_ in ("advcl", "xcomp") and x.head.i == y.i for x, y in ((ra, rb), (rb, ra))
    )


def _same_region(a: Candidate, b: Candidate, spec: SuggestSpec) -> bool:
    """Same admin1 region (or, lacking one, the same country)."""
    for key in ("admin1", "country"):
        name = spec.place.get(key)
        if name and a.values.get(name) and b.values.get(name):
            return a.values[name] == b.values[name]
    return False


def _same_time(a: Candidate, b: Candidate, schema: Schema, slack_days: int = 0) -> bool:
    """Same date at the coarser precision (or within ``slack_days`` of it); a missing date or the
    publication date agrees."""
    if a.date_fallback or b.date_fallback or not schema.date_field:
        return True
    da, db = a.values.get(schema.date_field), b.values.get(schema.date_field)
    if not da or not db:
        return True
    prec_field = schema.precision_field
    prec = max(a.values.get(prec_field) or 1, b.values.get(prec_field) or 1) if prec_field else 1
    first, second = date.fromisoformat(da), date.fromisoformat(db)
    if any("night" in e.text.lower() for c in (a, b) for e in c.evidence if e.field == schema.date_field):
        slack_days = max(slack_days, 1)  # "overnight" spans two days: the one before and "on Sunday"
    if prec == 1 and abs((first - second).days) <= slack_days:
        return True
    return coarsen(first, prec) == coarsen(second, prec)


def _absorb(kept: Candidate, other: Candidate, spec: SuggestSpec, schema: Schema) -> None:
    """Fill what the kept candidate left empty from another mention of the same incident (its
    death toll only from a mention of the same event type)."""
    type_field = schema.trigger_label_field or "event_type"
    from_headline = _is_headline(kept)  # before a lead's trigger may take its type (and words)
    if _intervenes(other, kept, schema, spec):
        _take_intervention(kept, other, spec, schema)  # the protest names it, not the act's type
    elif not _toll_only(other, spec):  # a death toll says how many died, not what happened
        _take_precedent_type(kept, other, spec, schema, type_field)
    same_type = kept.values.get(type_field) == other.values.get(type_field) or (
        {kept.values.get(type_field), other.values.get(type_field)} <= CROWD_TYPES  # one demonstration
    )
    toll_only = _toll_only(other, spec)
    # A toll's "four people were killed" says who died, not whom a battle was fought against.
    role_fields = spec.roles.values() if same_type or not toll_only else ()
    fillable = [f for f in (*role_fields, spec.count if same_type or toll_only else None) if f]
    agent, associate = spec.field_for("agent"), spec.field_for("associate")
    if agent and associate in fillable and kept.values.get(agent) and other.values.get(agent) and not same_actor(
        kept.values[agent], other.values[agent], spec
    ):
        fillable.remove(associate)  # the other side's helpers are not the kept agent's
    roles = set(spec.roles.values())
    for name in fillable:
        if not kept.values.get(name) and kept.values.get(name) != 0 and other.values.get(name) not in (None, ""):
            if name in roles and any(kept.values.get(r) == other.values[name] for r in roles if r != name):
                continue  # one side never acts on itself: the other mention's roles were reversed
            kept.values[name] = other.values[name]
            kept.evidence.extend(e for e in other.evidence if e.field == name)
        elif (
            name in roles and kept.values.get(name) and not _toll_only(other, spec)
            and same_actor(kept.values[name], other.values.get(name), spec)
        ):
            # The same side named again in the merged mention ("the coalition" ... "the Global
            # Coalition"): those words say who too. Not a toll's dead ("three fighters were
            # killed"): they may be of either side.
            have = {(e.start, e.end) for e in kept.evidence if e.field == name}
            kept.evidence.extend(e for e in other.evidence if e.field == name and (e.start, e.end) not in have)
            if _unidentified(kept.values[name], spec) and not _generic(other.values.get(name), spec):
                # "killing more than 100 militants" ... "the strikes hit IS targets": the side
                # another mention names is the value; the unidentified one's words stay evidence.
                kept.values[name] = other.values[name]
    _take_other_side(kept, other, spec)
    _take_finer_place(kept, other, spec, from_headline)
    _take_told_date(kept, other, spec, schema)
    place_fields = [f for f in (spec.place.get("location"), spec.place.get("admin1"), spec.place.get("country")) if f]
    for name in place_fields:
        if kept.values.get(name) and kept.values.get(name) == other.values.get(name):
            # The merged mention's sentence tells the incident too: its words for the same place
            # ("a crowded market", the town again) say where. A town standing in for its own
            # admin1 or country is cited once, not again for every mention that names it.
            sent = other.trigger.sent
            have = {(e.start, e.end) for e in kept.evidence if e.field == name}
            stand_in = {kept.values.get(f) for f in place_fields if f != name}
            for span in other.evidence:
                if span.field != name or (span.start, span.end) in have:
                    continue
                if not sent.start_char <= span.start < sent.end_char:
                    continue
                if span.text in stand_in and any(e.field == name for e in kept.evidence):
                    continue
                kept.evidence.append(span)
                have.add((span.start, span.end))
    kept.confidence = round(min(kept.confidence + MERGE_BONUS, MAX_CONFIDENCE), 3)
    kept.merged.extend((other, *other.merged))


def _take_intervention(protest: Candidate, act: Candidate, spec: SuggestSpec, schema: Schema) -> None:
    """The protest becomes the schema's intervened type unless it already ranks above it, and who
    intervened is the side it acts on when it names none."""
    sub_field = sub_type_field(schema, schema.trigger_label_field or "event_type")
    becomes = spec.interventions[_sub_type(act, schema)]
    order = spec.type_precedence
    rank = {t: i for i, types in enumerate(order) for t in types}
    current = _sub_type(protest, schema)
    if sub_field and rank.get(current, len(order)) > rank.get(becomes, len(order)):
        protest.values[sub_field] = becomes
    agent, target = spec.field_for("agent"), spec.field_for("target")
    if agent and target and not protest.values.get(target) and act.values.get(agent):
        protest.values[target] = act.values[agent]
        protest.evidence.extend(EvidenceSpan(target, e.start, e.end, e.text) for e in act.evidence if e.field == agent)
    count = spec.count
    if count and protest.values.get(count) in (None, "") and act.values.get(count) not in (None, ""):
        protest.values[count] = act.values[count]  # "fired live ammunition into the crowd, killing two"
        protest.evidence.extend(e for e in act.evidence if e.field == count)


def _take_other_side(kept: Candidate, other: Candidate, spec: SuggestSpec) -> None:
    """ "... after Congolese troops pulled out": the agent of the other side's linked act is the
    side the kept incident acts on, when it names none."""
    agent, target = spec.field_for("agent"), spec.field_for("target")
    if not agent or not target or kept.values.get(target) or not _linked(kept, other):
        return
    if not (kept.rule.counterpart or other.rule.counterpart):
        return  # a change of hands has two sides; "marched after guards looted shops" does not
    side = other.values.get(agent)
    if not side or same_actor(side, kept.values.get(agent), spec):
        return
    kept.values[target] = side
    kept.evidence.extend(
        EvidenceSpan(target, e.start, e.end, e.text) for e in other.evidence if e.field == agent
    )


TOLD_DATE_SLACK_DAYS = 7  # a report's publication (or statement) date is at most a week after the act


def _take_told_date(kept: Candidate, other: Candidate, spec: SuggestSpec, schema: Schema) -> None:
    """A mention dated only by the publication (or its report) takes the date another mention of
    the incident tells ("Insurgents attack army camp" in a headline, "on Sunday" in the lead)."""
    date_field = schema.date_field
    if not date_field or not kept.date_fallback or other.date_fallback or not other.values.get(date_field):
        return
    told, known = other.values[date_field], kept.values.get(date_field)
    if known and abs((date.fromisoformat(known) - date.fromisoformat(told)).days) > TOLD_DATE_SLACK_DAYS:
        return  # "seized the town in May 2015", in a report of this week's withdrawal: another time
    kept.values[date_field] = other.values[date_field]
    if schema.precision_field:
        kept.values[schema.precision_field] = other.values.get(schema.precision_field)
    kept.evidence = [e for e in kept.evidence if e.field != date_field]
    kept.evidence.extend(e for e in other.evidence if e.field == date_field)
    kept.date_fallback = False
    stale = [n for n in kept.notes if n.startswith(STAND_IN_NOTES)]
    if stale:
        kept.notes = [n for n in kept.notes if n not in stale]
        kept.remark(None, spec.notes)


def _take_finer_place(kept: Candidate, other: Candidate, spec: SuggestSpec, from_headline: bool) -> None:
    """A headline says "in Guatemala", its lead "in the town of X": the incident's place is the
    town the other mention names, in the same country (every place field and its words)."""
    location, country = spec.place.get("location"), spec.place.get("country")
    if not location or kept.values.get(location) or not other.values.get(location) or not from_headline:
        return  # "ceded several villages" leaves the town empty on purpose
    if country and kept.values.get(country) and kept.values.get(country) != other.values.get(country):
        return
    changed = {f for f in spec.place.values() if f and kept.values.get(f) != other.values.get(f)}
    for name in changed:
        kept.values[name] = other.values.get(name)
    kept.evidence[:] = [e for e in kept.evidence if e.field not in changed]
    have = {(e.field, e.start, e.end) for e in kept.evidence}
    kept.evidence.extend(
        e for e in other.evidence
        if e.field in spec.place.values() and (e.field, e.start, e.end) not in have
    )


def _take_precedent_type(kept: Candidate, other: Candidate, spec: SuggestSpec, schema: Schema, type_field: str) -> None:
    """One incident told by two triggers of different types takes the type the schema ranks first
    ("A suicide bomber struck a market, killing 12": a suicide bomb, with both words cited)."""
    order = spec.type_precedence
    if other.confidence < DEFAULT_SUGGEST_THRESHOLD:
        return  # a word that could not stand alone ('called them "rioters"') does not re-type it
    sub_field = sub_type_field(schema, type_field)

    def rank(c: Candidate) -> int | None:
        """Place of the candidate's type or sub-type in the order; None: not ranked, never changed."""
        values = (c.values.get(type_field), c.values.get(sub_field or ""))
        found = [i for i, rank in enumerate(order) if any(v in rank for v in values)]
        return min(found) if found else None

    mine, theirs = rank(kept), rank(other)
    if _a_bare_blast(other) and not _a_bare_blast(kept):
        return  # "fought overnight, with gunfire and explosions heard": a sound of the fighting
    if _a_bare_blast(kept) and not _a_bare_blast(other) and theirs is not None:
        mine = len(order)  # the fighting the explosions were part of names it
    if mine is None or theirs is None or theirs >= mine or _what_is_claimed(other.trigger.root):
        return  # ("no group claimed the bombing": a word for the act, not what it was)
    for name in (type_field, sub_field):
        if name:
            kept.values[name] = other.values.get(name)
    kept.rule, kept.trigger = other.rule, other.trigger
    kept.evidence.extend(e for e in other.evidence if e.field == "trigger")
    _crowd_named_for_its_type(kept, spec, type_field)


BARE_BLASTS = {"explosion", "blast"}  # what was heard, not what exploded: no device, no weapon


def _a_bare_blast(c: Candidate) -> bool:
    return c.trigger.root.lemma_.lower() in BARE_BLASTS and len(c.trigger) == 1


def _crowd_named_for_its_type(c: Candidate, spec: SuggestSpec, type_field: str) -> None:
    """A demonstration that turned into a riot names its crowd Rioters, not Protesters."""
    agent = spec.field_for("agent")
    protesters, rioters = spec.naming_rule("protesters"), spec.naming_rule("rioters")
    if not agent or protesters is None or rioters is None or c.values.get(type_field) not in RIOT_TYPES:
        return
    country = protesters.country_in(str(c.values.get(agent) or ""))
    if country is not None:
        c.values[agent] = rioters.name.replace("{country}", country)


def group_incidents(candidates: list[Candidate], schema: Schema, spec: SuggestSpec) -> list[Candidate]:
    """One candidate per incident, best first (ties: earlier in the article)."""
    best_per_trigger: dict[int, Candidate] = {}
    for cand in candidates:
        key = cand.trigger.start
        if key not in best_per_trigger or cand.score > best_per_trigger[key].score:
            best_per_trigger[key] = cand
    # On a tie the body's mention stands for the incident: a headline's telegraphic words parse worst.
    ranked = sorted(best_per_trigger.values(), key=lambda c: (-c.confidence, _is_headline(c), c.trigger.start))
    kept: list[Candidate] = []
    for cand in ranked:
        group = next((k for k in kept if same_incident(k, cand, schema, spec)), None)
        if group is not None and _toll_only(group, spec) and not _toll_only(cand, spec) and not _what_is_claimed(
            cand.trigger.root
        ):
            # "Clashes erupted ..., killing at least 12 people": the toll scored higher, but the
            # clash is what happened; it stands for the incident and takes the toll's count.
            kept[kept.index(group)] = cand
            cand.confidence = max(cand.confidence, group.confidence)
            _absorb(cand, group, spec, schema)
            continue
        if group is not None and _intervenes(group, cand, schema, spec):
            # The arrests scored higher, but the protest is the event; the arrests its intervention.
            kept[kept.index(group)] = cand
            cand.confidence = max(cand.confidence, group.confidence)
            _absorb(cand, group, spec, schema)
            continue
        if group is not None:
            _absorb(group, cand, spec, schema)
            continue
        kept.append(cand)
    _settle_headlines(kept, schema, spec)
    kept.sort(key=lambda c: (-c.confidence, c.trigger.start))
    _fill_counterparts(kept, spec)
    return kept


def _settle_headlines(kept: list[Candidate], schema: Schema, spec: SuggestSpec) -> None:
    """A headline left apart because the lead's incident had another type when they met
    ("Roadside bomb kills five" before "... killing five" took the bomb's type) joins it now."""
    for headline in [k for k in kept if _is_headline(k)]:
        lead = next((k for k in kept if k is not headline and same_incident(k, headline, schema, spec)), None)
        if lead is not None:
            kept.remove(headline)
            lead.confidence = max(lead.confidence, headline.confidence)
            _absorb(lead, headline, spec, schema)


def _fill_counterparts(kept: list[Candidate], spec: SuggestSpec) -> None:
    """Territory changes hands: a takeover with no target took the place from whoever, in the
    same article, takes it back (and the other way round)."""
    agent, target, place = spec.field_for("agent"), spec.field_for("target"), spec.place.get("location")
    if not (agent and target and place):
        return
    for cand in kept:
        if cand.values.get(target) or not cand.rule.counterpart or not cand.values.get(place):
            continue
        other = next(
            (o for o in kept if o is not cand and o.rule.sub_event_type == cand.rule.counterpart
             and o.values.get(place) == cand.values.get(place)
             and o.values.get(agent) and o.values.get(agent) != cand.values.get(agent)),
            None,
        )
        if other is not None:
            cand.values[target] = other.values[agent]
            cand.evidence.extend(
                type(e)(target, e.start, e.end, e.text) for e in other.evidence if e.field == agent
            )


def above_threshold(ranked: list[Candidate], threshold: float, max_events: int) -> list[Candidate]:
    """The candidates an analyst should see: at least ``threshold`` confident, at most ``max_events``."""
    return [c for c in ranked if c.confidence >= threshold][: max(max_events, 0)]
