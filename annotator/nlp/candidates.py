"""One candidate event per trigger mention: values and evidence for every field the schema has.

Roles and place come from :mod:`annotator.nlp.role_finder`; which field each finding fills is the
schema's ``suggest:`` declaration (:mod:`annotator.schema_roles`), so ACLED, PLOVER and a
user's schema go through the same code. The confidence adds up what was found and where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from annotator.interchange import EvidenceSpan
from annotator.nlp.actors import fill_country
from annotator.nlp.context import ArticleContext, clause_depth, nearest, semicolon_part, within
from annotator.nlp.event_date import fill_date
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.mentions import Mention, name_actor
from annotator.nlp.nameindex import doc_text, token_words
from annotator.nlp.place_patterns import SITE_NOUNS
from annotator.nlp.role_finder import find_roles, place_for
from annotator.nlp.roles import agent_nouns
from annotator.nlp.triggers import TriggerMatch, TriggerRule
from annotator.schema import Schema
from annotator.schema_roles import suggester_note, without_suggester_note

ARMED_INTERS = {1, 2, 3, 4, 8}
UNARMED_INTERS = {5, 6, 7}  # rioters, protesters, civilians
PROTEST_TYPES = {"Protests"}
RIOT_TYPES = {"Riots"}
PROTESTERS, STATE, CIVILIANS = 6, 1, 7
ROLE_ORDER = ("agent", "associate", "target")


@dataclass
class Candidate:
    rule: TriggerRule
    trigger: Span
    sentence_index: int
    values: dict[str, Any]
    evidence: list[EvidenceSpan]
    confidence: float
    notes: list[str] = field(default_factory=list)
    date_fallback: bool = False
    score: float = 0.0  # before the 0.98 cap: breaks ties between rules of one trigger
    # The mentions grouping merged into this one: their triggers still tie later mentions to it
    # ("a car bomb exploded ..., killing five" after "killing" was merged into "the attack").
    merged: list[Candidate] = field(default_factory=list)

    def remark(self, remark: str | None, notes_field: str | None) -> None:
        """Add what the suggester says about its guess (if any) and write the notes field's
        marked remark block again, the analyst's words before it unchanged."""
        if remark:
            self.notes.append(remark)
        if notes_field and isinstance(self.values.get(notes_field), str):
            self.values[notes_field] = without_suggester_note(self.values[notes_field]) + suggester_note(self.notes)


def build_candidates(
    ctx: ArticleContext, match: TriggerMatch, sent: Span, sent_index: int, schema: Schema
) -> list[Candidate]:
    trigger = match.span
    sent_actors = [m for m in ctx.actors if within(sent, m.start, m.end)]
    if any(
        m.start <= trigger.start_char and trigger.end_char <= m.end and m.inter == STATE
        for m in sent_actors
    ):
        # "riot police" names an actor; "Russian air strikes" also says what happened.
        rules = tuple(r for r in match.rules if r.event_type == "Explosions/Remote violence")
        if not rules:
            return []
        match = TriggerMatch(match.span, rules)
    roles = find_roles(ctx, match, sent, sent_actors)
    place, near, place_in_sentence = place_for(ctx, trigger, sent)
    sites = _sites(trigger) if ctx.has_parse else []  # the same for every rule of the trigger
    candidates = []
    for rule in match.rules:
        cand = _candidate(
            ctx, rule, trigger, sent, sent_index, roles, place, near, place_in_sentence, schema, sites
        )
        if cand is not None:
            candidates.append(cand)
    return candidates


def _a_nations_forces(mention: Mention, spec: Any, trigger_tokens: frozenset[int]) -> tuple[str, int] | None:
    """ "An Israeli air strike", "a US drone strike": a nationality or country that qualifies the act
    names that state's forces (the schema's rule for "military"): that act or another trigger of the
    article ("an Israeli air strike ... killed"). "Iraqis" or "the Iraqi people"
    acting are the people, not the state's forces."""
    span = mention.span
    if len(span) != 1 or span.root.ent_type_ not in ("NORP", "GPE") or span.root.dep_ not in ("amod", "compound", "nmod"):
        return None
    if span.root.head.i not in trigger_tokens:
        return None  # "the Somali town of X": it qualifies no act
    gaz = get_gazetteer()
    cc = gaz.country_code(span.text)
    rule = spec.naming_rule("military")
    if not cc or rule is None or "{country}" not in rule.name:
        return None
    return fill_country(rule.name, gaz.country_names.get(cc, "")), rule.inter


def _ongoing(root: Token) -> bool:
    """A verb in the perfect progressive ("has been fighting") tells a state of affairs."""
    if root.tag_ != "VBG":
        return False
    auxes = [c.lower_ for c in root.children if c.dep_ == "aux"]
    return "been" in auxes and any(a in ("has", "have", "had") for a in auxes)


# Not "would": news reports what was announced with it ("announced they would cede villages").
HYPOTHETICAL_AUXES = {"could", "may", "might"}


# "an end to fighting", "fears of clashes", "to prevent violence": what is wished away or feared.
# "The exercise simulated an attack": a rehearsal's act, not one.
UNREAL_GOVERNORS = {"end", "halt", "stop", "prevent", "avoid", "avert", "hope", "fear", "threat", "risk", "halting",
                    "ending", "preventing", "simulate", "simulated", "simulating", "rehearse", "mimic", "stage"}


def _hypothetical(root: Token) -> bool:
    """A trigger whose verb, or the verb it is the subject or object of, is under "could / may /
    might", or in an "if" clause; or what is to be ended, prevented, hoped or feared."""
    up = root.head if root.dep_ in ("pobj", "dobj", "pcomp") else None
    for _ in range(2):
        if up is None:
            break
        if up.lemma_.lower() in UNREAL_GOVERNORS and up.i != root.i:
            return True
        up = up.head if up.dep_ in ("prep", "pobj", "dobj", "acl") and up.head.i != up.i else None
    verbs = [root] if root.pos_ in ("VERB", "AUX") else []
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ in ("VERB", "AUX"):
        verbs.append(root.head)
    return any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUXES or c.dep_ == "mark" and c.lower_ == "if"
        for verb in verbs for c in verb.children
    )


DENIAL_VERBS = {"deny", "refute", "dismiss", "reject"}
NO_DETERMINERS = {"no", "zero"}
NOBODY = {"nobody", "none", "noone"}


def _own_verb(root: Token) -> Token | None:
    """The trigger if it is a verb, else the verb it is the subject or object of."""
    if root.pos_ in ("VERB", "AUX"):
        return root
    return root.head if root.dep_ in ("nsubj", "nsubjpass", "dobj") else None


def _negated(root: Token) -> bool:
    """ "did not attack", "No arrests were made", "troops did not capture the town": the report
    says the act did not happen."""
    if any(c.dep_ == "neg" for c in root.children):
        return True
    if any(c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in root.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY for c in root.children):
        return True  # "nobody had been arrested", "no one was hurt"
    verb = _own_verb(root)
    return verb is not None and verb is not root and any(c.dep_ == "neg" for c in verb.children)


def _denied(root: Token) -> bool:
    """ "The army denied that its soldiers had shelled the village": one side says it did not
    happen; the analyst may know better, so the suggestion only loses confidence."""
    verb = _own_verb(root)
    return verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENIAL_VERBS


BACKGROUND_MODIFIERS = {"similar", "previous", "past", "earlier", "former", "such", "other", "prior"}
HABITUAL_ADVERBS = {"frequently", "often", "repeatedly", "regularly", "routinely", "previously", "usually"}


# A court's verbs: what someone is tried, sentenced or jailed for happened long before the report.
COURT_VERBS = {"sentence", "convict", "jail", "imprison", "acquit", "indict", "try", "prosecute", "charge",
               "condemn", "fine"}


def _background(root: Token) -> bool:
    """ "similar attacks", "previous clashes", "attacks in the past", "has frequently targeted":
    other incidents than this, or a habit; "7,000 people have been killed since 2004": a tally."""
    if any(c.dep_ == "amod" and c.lower_ in BACKGROUND_MODIFIERS for c in root.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in root.children):
        return True
    scope = [root, root.head] if root.dep_ in ("dobj", "nsubj", "nsubjpass") else [root]
    if any(_since_a_year_or_a_clause(c) for verb in scope for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "past" for o in c.children)
        for verb in scope for c in verb.children
    )


UNOPPOSED = re.compile(
    r"\b(?:no (?:fighting|fight|resistance|clashes|battle|shots? (?:were|was) fired)|without (?:a fight|fighting|a shot"
    r"|resistance|firing a shot|any fighting)|unopposed|unresisted|uncontested)\b",
    re.IGNORECASE,
)


def _told_unopposed(ctx: ArticleContext, sent_index: int) -> bool:
    """ "took control of the town ... There was no fighting in the town itself": the trigger's
    sentence or the next says nobody fought for it."""
    text = doc_text(ctx.doc)
    told = ctx.sentences[sent_index : sent_index + 2]
    return any(UNOPPOSED.search(text, s.start_char, s.end_char) for s in told)


def _retype(values: dict[str, Any], schema: Schema, type_field: str, sub_field: str, sub_type: str) -> None:
    parent = next(
        (p for p, choices in schema.field(sub_field).choices_by.items() if any(c.value == sub_type for c in choices)),
        None,
    )
    if parent is not None:
        values[type_field], values[sub_field] = parent, sub_type


# What kills without anyone doing it: a report of it is no political violence.
NATURAL_CAUSES = {"cyclone", "storm", "typhoon", "hurricane", "tornado", "flood", "floods", "flooding", "floodwater",
                  "earthquake", "quake", "landslide", "landslides", "mudslide", "tsunami", "avalanche", "drought",
                  "heatwave", "wildfire", "lightning", "rain", "rains", "downpour", "accident", "crash", "collision",
                  "disease", "outbreak", "epidemic", "cholera", "virus"}
# Verbs of meaning to act: "vowed to fight", "threatened to attack" tell no act yet.
INTENT_VERBS = {"vow", "pledge", "promise", "threaten", "plan", "intend", "aim", "seek", "want", "hope", "wish",
                "swear", "resolve"}


def _caused_by_nature(root: Token) -> bool:
    """The trigger's doer, or the doer of the verb it is the result of ("battered the coast,
    killing eleven"), is a storm, a flood, an accident or a disease."""
    if root.pos_ == "NOUN" and root.lemma_.lower() in NATURAL_CAUSES:
        return True  # "a tropical storm": the weather, not a crowd storming anything
    verbs = [root]
    if root.dep_ in ("advcl", "xcomp", "acl") and root.head.i != root.i:
        verbs.append(root.head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") or (child.dep_ == "prep" and child.lower_ in ("in", "by")):
                # "a storm killed", "killed by floods", "killed in a road accident"
                head = next((o for o in child.children if o.dep_ == "pobj"), child) if child.dep_ != "nsubj" else child
                if child.dep_ == "nsubjpass":
                    continue  # the dead, not what killed them
                if head.lemma_.lower() in NATURAL_CAUSES or head.lower_ in NATURAL_CAUSES:
                    return True
    return False


# Verbs of finding weapons: "found twelve hand grenades" is no grenade attack.
RECOVERY_VERBS = {"find", "seize", "recover", "discover", "confiscate", "defuse", "dismantle", "remove", "unearth",
                  "intercept", "destroy", "hand", "surrender", "uncover"}


def _weapon_recovered(root: Token) -> bool:
    return root.pos_ == "NOUN" and root.dep_ in ("dobj", "nsubjpass", "conj") and any(
        a.lemma_.lower() in RECOVERY_VERBS for a in (root.head, root.head.head) if a.pos_ == "VERB"
    )


# "Vows to Fight Side by Side": a headline's capitals hide the parse, not the words.
INTENT_BEFORE = re.compile(
    r"\b(?:vow|pledge|promise|threaten|plan|intend|swear)(?:s|ed|d)?\s+to\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _intended(root: Token) -> bool:
    doc = root.doc
    if INTENT_BEFORE.search(doc_text(doc), max(root.idx - 40, 0), root.idx):
        return True
    verb = _own_verb(root) or root
    for _ in range(2):  # "vowed to fight poverty and to storm new markets": the second too
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in INTENT_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _objects(root: Token) -> list[Token]:
    """What the trigger is done to: its object, its passive subject, and what it is "against"
    ("fight against poverty", "the fight against terrorism")."""
    out = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [a for o in list(out) for a in o.children if a.dep_ == "appos"]  # "X, a farming village"
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "against":
            out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


# "likely to fight back", "expected to attack": what is foreseen, not what happened.
FORESEEING = {"likely", "unlikely", "expected", "poised", "set", "due", "ready", "prepared", "bound"}
# "continue the fight", "step up the fight": a campaign going on, not one incident.
CONTINUING = {"continue", "pursue", "intensify", "escalate", "sustain", "wage", "step"}


def _foreseen(root: Token) -> bool:
    verb = _own_verb(root) or root
    return verb.dep_ == "xcomp" and verb.head.lower_ in FORESEEING


def _continued(root: Token) -> bool:
    return root.dep_ == "dobj" and root.pos_ == "NOUN" and root.head.lemma_.lower() in CONTINUING


# Sport reports are full of war's words ("stormed the box", "shot", "crushed their rivals 3-0",
# "killed off the game"). A game's result ("beat Newell's 3-0", "a 2-1 win") or a word only sport
# uses marks its sentence; a story with one is a game's story, and its other sentences count less.
SPORT_WORDS = {"goalkeeper", "striker", "midfielder", "referee", "halftime", "half-time", "innings", "wicket",
               "touchdown", "quarterback", "semifinal", "semi-final", "playoff", "playoffs", "derby", "kickoff",
               "goalless", "hat-trick", "equaliser", "equalizer"}
_SCORE = r"\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d/.:-])"
GAME_RESULT = re.compile(
    rf"\b(?:won|wins|beat|beats|defeated|crushed|thrashed|demolished|drew|lost|edged|routed|hammered|stunned)\b"
    rf"[^.;]{{0,60}}?(?<![\d/.:-]){_SCORE}|(?<![\d/.:-]){_SCORE}\s+(?:win|victory|defeat|draw|loss|lead|scoreline)\b",
    re.IGNORECASE,
)
_SPORT_KEY = "annotator_sport_sentences"


def _sport_sentences(ctx: ArticleContext) -> frozenset[int]:
    """Indexes of the sentences that tell a game (computed once per article)."""
    doc = ctx.doc
    cached = doc.user_data.get(_SPORT_KEY)
    if cached is None:
        words = token_words(doc, case_sensitive=False)  # shared with the name indexes
        text = doc_text(doc)
        sport_tokens = [i for i, w in enumerate(words) if w in SPORT_WORDS]
        cached = frozenset(
            i for i, sent in enumerate(ctx.sentences)
            if any(sent.start <= t < sent.end for t in sport_tokens)
            or GAME_RESULT.search(text, sent.start_char, sent.end_char)
        )
        doc.user_data[_SPORT_KEY] = cached
    return cached


def _also_killed(root: Token) -> bool:
    """"The bomber was also killed": one more of the incident's dead, told with no one acting."""
    return (
        root.lemma_.lower() in ("kill", "die", "wound", "injure") and any(c.lower_ == "also" for c in root.children)
        and not any(c.dep_ in ("nsubj", "agent") for c in root.children)
    )


def _since_a_year_or_a_clause(child: Token) -> bool:
    """ "since 2004", "since the insurgency flared in 2004": a count over years, not one incident
    ("since Sunday" may still be one)."""
    if child.dep_ == "prep" and child.lower_ == "since":
        return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in child.subtree)
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)


COURT_STEMS = ("sentenc", "jail", "convict", "imprison", "acquit", "indict", "charg")
COURT_WORDS_BEFORE = re.compile(
    r"\b(?:sentenc|jail|convict|imprison|acquit|indict|charg)\w*\b[^.;]{0,120}\b(?:for|of|with|over)\s+"
    r"(?:(?:the|a|an|his|her|their|(?:19|20)\d\d)\s+){0,2}$",
    re.IGNORECASE,
)


def _before_a_court(root: Token) -> bool:
    """The trigger is what a court's verb is for or of: "sentenced ... to twenty years in prison
    for shooting dead", "convicted of murdering", "charged with killing"; in a headline the words
    say it when the parse does not ("Court Jails Man for Killing Neighbour", "court jails officer
    over 2019 killing")."""
    sent = root.sent
    before = doc_text(root.doc)[sent.start_char : root.idx]
    if any(w in before.lower() for w in COURT_STEMS) and COURT_WORDS_BEFORE.search(before):
        return True
    through_for = False
    token = root
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        through_for = through_for or (head.dep_ == "prep" and head.lower_ in ("for", "of", "with", "over"))
        if through_for and head.lemma_.lower() in COURT_VERBS:
            return True
        token = head
    return False


def _in_quotation(sent: Span, trigger: Span) -> bool:
    """Whether the trigger stands inside a direct quotation of its sentence."""
    before = doc_text(sent.doc)[sent.start_char : trigger.start_char]
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


SCARE_QUOTE_WORDS = 3


def _scare_quoted(sent: Span, trigger: Span) -> bool:
    """The trigger is all a short quotation holds ('"rioters"', '"terrorist operatives"'): words
    a side uses for the other, which say nothing of what happened."""
    text = doc_text(sent.doc)
    opening = max(text.rfind('"', sent.start_char, trigger.start_char), text.rfind("\u201c", sent.start_char, trigger.start_char))
    closing = [i for i in (text.find('"', trigger.end_char, sent.end_char), text.find("\u201d", trigger.end_char, sent.end_char)) if i >= 0]
    if opening < 0 or not closing:
        return False
    return len(text[opening + 1 : min(closing)].split()) <= SCARE_QUOTE_WORDS


def _describes_people(trigger: Span) -> bool:
    """A one-word participle right before the people it describes ("striking teachers",
    "protesting farmers"), whatever the parser made of a headline's words."""
    if len(trigger) != 1 or not trigger[0].lower_.endswith("ing"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in trigger[0].children):
        return False  # "has been battling insurgents": a verb with its own object
    doc = trigger.doc
    following = doc[trigger.end] if trigger.end < len(doc) else None
    return following is not None and following.pos_ == "NOUN" and following.lemma_.lower() in agent_nouns()


RIVAL_WORDS = {"rival", "warring", "opposing", "feuding"}


def _rivals_on_both_sides(
    values: dict[str, Any], evidence: list[EvidenceSpan], roles: dict[str, tuple[Mention, bool]], spec: Any,
) -> None:
    """ "Rival armed groups clashed", "feuding clans fought": both sides are named by the one
    phrase, so the side acted on takes the same name (ACLED codes such a clash so)."""
    agent, target = spec.field_for("agent"), spec.field_for("target")
    if not agent or not target or "agent" not in roles or values.get(target) or not values.get(agent):
        return
    mention = roles["agent"][0]
    if not any(t.lower_ in RIVAL_WORDS for t in mention.span) and not any(
        c.lower_ in RIVAL_WORDS for c in mention.span.root.children
    ):
        return
    values[target] = values[agent]
    evidence.extend(EvidenceSpan(target, e.start, e.end, e.text) for e in list(evidence) if e.field == agent)


def _protest_roles(
    values: dict[str, Any],
    evidence: list[EvidenceSpan],
    roles: dict[str, tuple[Mention, bool]],
    spec: Any,
    country: str,
    sentence_actors: list[Mention] = (),
    agent_inter: int | None = None,
) -> None:
    """ACLED codes protesters as the agent of every protest event, the intervening force as target,
    and who the crowd is (students, teachers, workers) as the agent's associate.

    "Police fired tear gas at protesters": the parse makes the police the subject, so the two
    swap; residents or students who protest are coded as protesters; a rally nobody is named for
    is still the protesters' (ACLED has no protest without them).
    """
    fields = dict(spec.roles)
    a1, a2 = roles.get("agent"), roles.get("target")
    f1, f2 = fields.get("agent"), fields.get("target")
    if not f1 or not f2:
        return
    protesters = spec.naming_rule("protesters")
    protesters_name = fill_country(protesters.name, country) if protesters and country else ""
    crowd: Mention | None = None  # the words that say who protests
    if a1 and a1[0].inter == STATE and not (a2 and a2[0].inter == PROTESTERS):
        # "Police fired tear gas to disperse hundreds of protesters": whoever protests in the
        # sentence is the agent, even where the parse ties them to another trigger.
        crowd = next((m for m in sentence_actors if m.inter == PROTESTERS), None)
        values[f2] = values[f1]
        for span in evidence:
            if span.field == f1:
                span.field = f2
        if crowd is not None:
            values[f1] = fill_country(crowd.key, country)
            evidence.append(EvidenceSpan(f1, crowd.start, crowd.end, doc_text(crowd.span.doc)[crowd.start : crowd.end]))
        else:
            # "... and police used tear gas to clear them": the crowd is there, only not named here.
            values[f1] = protesters_name
    elif a1 and a1[0].inter == STATE and a2 and a2[0].inter == PROTESTERS:
        values[f1], values[f2] = values[f2], values[f1]
        for span in evidence:
            if span.field in (f1, f2):
                span.field = f2 if span.field == f1 else f1
        crowd = a2[0]
    elif a1 and ((a1[0].inter or agent_inter) == CIVILIANS or (
        not a1[0].inter and _identity(a1[0], spec) is not None
    )):
        # Teachers or residents who protest (named Civilians by the schema's rule) are protesters.
        values[f1] = protesters_name
        crowd = a1[0]
    elif a1 and not a1[0].inter and protesters_name and values.get(f1) != protesters_name:
        # "Opposition supporters rallied", "PTI supporters marched": whoever they are, ACLED
        # names them Protesters (X); a name the words give goes with them as the associate.
        crowd = a1[0]
        values[f1] = protesters_name
        _name_their_party(values, evidence, spec, crowd)
    elif a1:
        crowd = a1[0]
    if a2 and values.get(f2) and a2[0].span.root.head.lower_ in ("against", "over"):
        # "chanting against the government": what they protest against, not who intervened.
        values[f2] = ""
        evidence[:] = [e for e in evidence if e.field != f2]
    if not values.get(f1) and protesters_name:
        values[f1] = protesters_name
        crowd = next((m for m in sentence_actors if m.inter in (PROTESTERS, CIVILIANS)), None)
        if crowd is not None:
            evidence.append(EvidenceSpan(f1, crowd.start, crowd.end, doc_text(crowd.span.doc)[crowd.start : crowd.end]))
    _name_identity(values, evidence, spec, crowd, country)


def _name_their_party(values: dict[str, Any], evidence: list[EvidenceSpan], spec: Any, crowd: Mention) -> None:
    """ "PTI supporters", "Hezbollah supporters": the named organisation a crowd follows is its
    associate (when no identity group says who they are)."""
    field_name = spec.field_for("associate")
    gaz = get_gazetteer()
    name = next((
        e for e in crowd.span.ents
        if e.label_ in ("ORG", "PERSON") and e.root.pos_ == "PROPN" and not gaz.country_code(e.text.removesuffix("'s"))
    ), None)
    if name is not None and _identity(crowd, spec) is None and field_name and not values.get(field_name):
        values[field_name] = name.text
        evidence.append(EvidenceSpan(field_name, name.start_char, name.end_char, name.text))


def _identity(mention: Mention, spec: Any) -> Any:
    """The schema's identity for a crowd's words ("garment workers": Labour Group), if any."""
    span = mention.span
    head = span.root
    words = (" ".join(t.lower_ for t in span[-2:]), head.lower_, head.lemma_.lower())
    return spec.identity_rule(words)


def _name_identity(
    values: dict[str, Any], evidence: list[EvidenceSpan], spec: Any, crowd: Mention | None, country: str,
) -> None:
    """Who the protesters or rioters are, as the agent's associate when the field is free."""
    field_name = spec.field_for("associate")
    if crowd is None or not field_name or values.get(field_name):
        return
    rule = _identity(crowd, spec)
    if rule is None or ("{country}" in rule.name and not country):
        return
    values[field_name] = fill_country(rule.name, country)
    evidence.append(EvidenceSpan(field_name, crowd.start, crowd.end, doc_text(crowd.span.doc)[crowd.start : crowd.end]))


# Acts whose doer ACLED never names Civilians: "two men shot dead a headman", "men on
# motorcycles set fire to buses" were done by an Unidentified Armed Group.
PERPETRATED_TYPES = {"Violence against civilians", "Explosions/Remote violence"}
PERPETRATED_SUB_TYPES = {"Looting/property destruction", "Abduction/forced disappearance"}
UNIDENTIFIED = 3


def _unnamed_perpetrator(values: dict[str, Any], spec: Any, country: str) -> None:
    """The agent's value becomes the schema's name for an unnamed armed hand (its words stay its
    evidence)."""
    rule = next((r for r in spec.naming if r.unnamed), None)
    field_name = spec.field_for("agent")
    if rule is not None and field_name and ("{country}" not in rule.name or country):
        values[field_name] = fill_country(rule.name, country)


# Where people live: attacking one of these is attacking its people (ACLED's civilians).
INHABITED_PLACES = {"village", "villages", "hamlet", "hamlets", "settlement", "settlements", "neighbourhood",
                    "neighborhood", "home", "homes", "house", "houses", "homestead", "community", "communities"}


def _attacked_settlement(root: Token) -> Span | None:
    """The place where people live the trigger is done to: "a village", or "Rijiyar Kudu, a
    farming village" (a name with a village in apposition)."""
    for obj in root.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in INHABITED_PLACES:
            return obj.doc[obj.left_edge.i : obj.i + 1]
        kind = next((c for c in obj.children if c.dep_ == "appos" and c.lower_ in INHABITED_PLACES), None)
        if kind is not None:
            return obj.doc[obj.left_edge.i : kind.i + 1]
    return None


def _civilians_of(
    values: dict[str, Any], evidence: list[EvidenceSpan], spec: Any, country: str, words: Span
) -> bool:
    """The target is the schema's civilians, cited by the place's words ("a village")."""
    civilians = _as_civilians(spec, country)
    field_name = spec.field_for("target")
    if civilians is None or not field_name:
        return False
    values[field_name] = civilians[0]
    evidence.append(EvidenceSpan(field_name, words.start_char, words.end_char, words.text))
    return True


HARM_VERBS = {"kill", "wound", "injure", "hurt", "maim"}


_HARM_KEY = "annotator_harm_verbs"


def _harm_verbs(doc: Any) -> list[int]:
    """Indexes of the doc's verbs of killing, wounding or dying (found once per doc)."""
    found = doc.user_data.get(_HARM_KEY)
    if found is None:
        found = [t.i for t in doc if t.pos_ == "VERB" and (t.lemma_.lower() in HARM_VERBS or t.lemma_.lower() == "die")]
        doc.user_data[_HARM_KEY] = found
    return found


def _name_the_victims(
    ctx: ArticleContext, rule: TriggerRule, trigger: Span, sent: Span, spec: Any, country: str, values: dict[str, Any], ev: Any,
) -> None:
    """The target of a bombing or an attack whose sentence names no one it was done to, from
    whom it killed or wounded: "a roadside bomb killed three soldiers" hit Military Forces of X,
    "two people died when shells landed on homes" hit Civilians (X). Only the schema's naming
    rules name them (an unknown noun is a civilian only where the rule's targets are civilians)."""
    target = spec.field_for("target")
    doc = sent.doc
    harming = [doc[i] for i in _harm_verbs(doc) if sent.start <= i < sent.end]
    for token in (trigger.root, *harming):
        lemma = token.lemma_.lower()
        if token.i == trigger.root.i or lemma in HARM_VERBS:
            hurt = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        elif token.pos_ == "VERB" and lemma == "die":
            hurt = [c for c in token.children if c.dep_ == "nsubj"]
        else:
            continue
        for noun in hurt:
            if noun.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "neg" or c.lower_ == "no" for c in noun.children
            ):
                continue  # "No one was killed": nobody was hit
            first = noun.left_edge.i
            while first < noun.i and trigger.start <= first < trigger.end:
                first += 1  # "shot dead two workers" parsed with "dead" in the phrase
            words = sent.doc[first : noun.i + 1]
            value, inter = name_actor(Mention(words, words.text, known=False), spec, country, ctx.places)
            if not inter and {rule.event_type, rule.sub_event_type} & spec.civilian_targets:
                value, inter = _as_civilians(spec, country) or (value, inter)
            if inter:
                values[target] = value
                ev(target, words.start_char, words.end_char)
                return


def _as_civilians(spec: Any, country: str) -> tuple[str, int] | None:
    """The schema's civilians, for a target no dictionary or naming rule knows of a type whose
    targets are civilians (``civilian_targets``): "two construction workers", "a youth activist",
    "domino players" shot or abducted are, to ACLED, Civilians (X); the words stay the evidence."""
    rule = next((r for r in spec.naming if r.inter == CIVILIANS), None)
    if rule is None or ("{country}" in rule.name and not country):
        return None
    return fill_country(rule.name, country), CIVILIANS


def _agent_fit(rule: TriggerRule, inter: int | None) -> float:
    if rule.agent == "any":
        return 0.05 if inter else 0.0
    if rule.agent == "unarmed":  # a riot's crowd: an armed group or a state setting fires attacks
        return 0.0 if inter is None else (-0.3 if inter in ARMED_INTERS else 0.05)
    if rule.agent == "crowd":  # residents or a crowd who beat someone: nobody else makes a mob
        return 0.05 if inter in UNARMED_INTERS else -0.3
    if rule.agent == "armed":
        if inter is None:
            return -0.05
        return 0.08 if inter in ARMED_INTERS else -0.3
    if inter is None:
        return -0.08
    state = inter == 1
    if rule.agent == "state":
        return 0.12 if state else -0.3
    # A non-state armed group: protesters, rioters or civilians do not overtake territory.
    return 0.12 if not state and inter not in UNARMED_INTERS else -0.3


# Who acts as a few persons, not as a crowd ("men on motorcycles", "unknown individuals").
INDIVIDUALS = {"man", "men", "individual", "individuals", "suspect", "suspects", "someone", "unknown", "assailant",
               "assailants", "attacker", "attackers"}


def _a_few_individuals(mention: Mention) -> bool:
    return mention.span.root.lower_ in INDIVIDUALS or mention.span.root.lemma_.lower() in INDIVIDUALS


ANY_COUNTRY = "X"  # a naming rule's inter code does not depend on the country it names


def _fails_its_sides(
    rule: TriggerRule, roles: dict[str, tuple[Mention, bool]], spec: Any, trigger: Span, has_parse: bool
) -> bool:
    """What the rule's own sides rule out before anything is filled (most rules of a common word
    such as "attack" fail here): a required target of the wrong kind, or a crowd that is none."""
    if rule.target_required:
        if "target" in roles:
            if name_actor(roles["target"][0], spec, ANY_COUNTRY)[1] not in rule.target_inter:
                return True
        elif not (has_parse and _attacked_settlement(trigger.root) is not None and CIVILIANS in rule.target_inter):
            return True
    if rule.agent == "crowd":
        return "agent" not in roles or name_actor(roles["agent"][0], spec, ANY_COUNTRY)[1] not in UNARMED_INTERS
    return False


def sub_type_field(schema: Schema, type_field: str) -> str | None:
    """The field whose choices depend on the event type's (ACLED: sub_event_type), if any."""
    return next((f.name for f in schema.fields if f.depends_on == type_field), None)


def _candidate(
    ctx: ArticleContext,
    rule: TriggerRule,
    trigger: Span,
    sent: Span,
    sent_index: int,
    roles: dict[str, tuple[Mention, bool]],
    place: Mention | None,
    near: bool,
    place_in_sentence: bool,
    schema: Schema,
    sites: list[Span],
) -> Candidate | None:
    spec = ctx.spec
    if _fails_its_sides(rule, roles, spec, trigger, ctx.has_parse):
        return None
    gaz = get_gazetteer()
    text = doc_text(ctx.doc)
    values = schema.empty_values()
    names = set(values)
    evidence: list[EvidenceSpan] = []
    notes: list[str] = []

    def ev(field_name: str | None, start: int, end: int) -> None:
        if (
            field_name and (field_name in names or field_name == "trigger") and 0 <= start < end <= len(text)
            and not any(e.field == field_name and e.start == start and e.end == end for e in evidence)
        ):
            evidence.append(EvidenceSpan(field_name, start, end, text[start:end]))

    type_field = schema.trigger_label_field or "event_type"
    if type_field in names:
        values[type_field] = rule.event_type
    sub_field = sub_type_field(schema, type_field)
    if sub_field and rule.sub_event_type != rule.event_type:
        values[sub_field] = rule.sub_event_type
    ev("trigger", trigger.start_char, trigger.end_char)

    # Where: country first, since generic actors ("government forces") are named after it.
    pf = spec.place
    country_cc = ""
    if place is not None and place.place is not None:
        p = place.place
        country_cc = p.country_code
        if pf.get("country"):
            values[pf["country"]] = p.country
            ev(pf["country"], place.start, place.end)
        if p.kind != "country":
            if pf.get("admin1") and p.admin1:
                values[pf["admin1"]] = p.admin1
                ev(pf["admin1"], place.start, place.end)
            if p.kind == "city" and pf.get("location"):
                # The text's spelling of the town; "the capital" is named by the gazetteer.
                values[pf["location"]] = place.span.text if place.span.text[:1].isupper() else p.name
                ev(pf["location"], place.start, place.end)
                if p.latitude is not None and pf.get("latitude") and pf.get("longitude"):
                    values[pf["latitude"]], values[pf["longitude"]] = p.latitude, p.longitude
            elif pf.get("location") and not pf.get("admin1"):
                values[pf["location"]] = place.span.text
                ev(pf["location"], place.start, place.end)
            if pf.get("precision"):
                # A town named elsewhere in the article is where, roughly: "near a town" (2).
                values[pf["precision"]] = (2 if near or not place_in_sentence else 1) if p.kind == "city" else 3
        else:
            if pf.get("precision"):
                values[pf["precision"]] = 3
            if pf.get("location") and not pf.get("country"):
                values[pf["location"]] = place.span.text
                ev(pf["location"], place.start, place.end)
        _cite_place_mentions(ctx, place, ev, sent)
        if pf.get("location"):
            for site in sites:
                ev(pf["location"], site.start_char, site.end_char)
        if not place_in_sentence:
            notes.append(f"place taken from elsewhere in the article ({place.span.text})")
    elif ctx.main_country and pf.get("country"):
        country_cc = ctx.main_country
        cp = gaz.country_place(ctx.main_country)
        if cp is not None:
            values[pf["country"]] = cp.country
            if ctx.country_mention is not None:
                _cite_place_mentions(ctx, ctx.country_mention, ev, sent)
    country_name = gaz.country_names.get(country_cc or ctx.main_country, "")

    # Who.
    agent_inter: int | None = None
    score = 0.35
    for role in ROLE_ORDER:
        fname = spec.field_for(role)
        if role not in roles or not fname or fname not in names:
            continue
        m, from_parse = roles[role]
        value, inter = name_actor(m, spec, country_name, ctx.places)
        if role == "agent" and not inter and rule.agent != "unarmed" and rule.event_type not in PROTEST_TYPES:
            value, inter = _a_nations_forces(m, spec, ctx.trigger_tokens) or (value, inter)
        if role == "target" and not inter and {rule.event_type, rule.sub_event_type} & spec.civilian_targets:
            value, inter = _as_civilians(spec, country_name) or (value, inter)
        values[fname] = value
        ev(fname, m.start, m.end)
        if role == "agent":
            agent_inter = inter or None
            score += 0.15 if from_parse else 0.08
        elif role == "target":
            score += 0.08
        else:
            score += 0.04
    if agent_inter == CIVILIANS and (
        rule.event_type in PERPETRATED_TYPES or rule.sub_event_type in PERPETRATED_SUB_TYPES
    ):
        _unnamed_perpetrator(values, spec, country_name)
        agent_inter = UNIDENTIFIED
    if rule.sub_event_type in spec.unopposed and sub_field and _told_unopposed(ctx, sent_index):
        _retype(values, schema, type_field, sub_field, spec.unopposed[rule.sub_event_type])
    if ctx.has_parse and _caused_by_nature(trigger.root):
        return None  # "A cyclone battered the coast, killing eleven": no one did it
    if ctx.has_parse and rule.event_type == "Explosions/Remote violence" and _weapon_recovered(trigger.root):
        return None  # "the navy found twelve hand grenades": weapons found, none used
    if rule.event_type not in PROTEST_TYPES and _describes_people(trigger):
        return None  # "striking teachers", "protesting students": who they are, not an attack
    if ctx.has_parse and not spec.negated_acts and _negated(trigger.root):
        return None  # "No arrests have been made", "the rebels did not attack the convoy"
    if rule.not_objects and any(o.lemma_.lower() in rule.not_objects for o in _objects(trigger.root)):
        return None  # "stormed a hotel": an attack on the people inside, not a change of territory
    settlement = _attacked_settlement(trigger.root) if "target" not in roles and ctx.has_parse else None
    if settlement is not None and rule.target_inter and CIVILIANS not in rule.target_inter:
        return None  # "gunmen attacked a village": its people, not an armed side
    if settlement is not None and _civilians_of(values, evidence, spec, country_name, settlement):
        roles = {**roles, "target": (Mention(settlement, settlement.text, known=False, inter=CIVILIANS), True)}
    if rule.target_inter:
        target_inter = name_actor(roles["target"][0], spec, country_name, ctx.places)[1] if "target" in roles else 0
        if settlement is not None and "target" in roles:
            target_inter = CIVILIANS
        if rule.target_required and target_inter not in rule.target_inter:
            return None  # "killed 23 protesters" is excessive force; "killed" alone says nothing of it
        if target_inter and target_inter not in rule.target_inter:
            return None  # "killing nine soldiers" is not violence against civilians
    agent_field = spec.field_for("agent")
    crowd_renamed = rule.event_type in RIOT_TYPES and agent_inter in (PROTESTERS, CIVILIANS)
    for other in ("target", "associate"):
        fname = spec.field_for(other)
        if crowd_renamed and other == "target":
            continue  # villagers who attack villagers: the first are rioters, named below
        if agent_field and fname and values.get(agent_field) and values.get(agent_field) == values.get(fname):
            values[fname] = ""
            evidence = [e for e in evidence if e.field != fname]
    _rivals_on_both_sides(values, evidence, roles, spec)  # the one side that may act on its like
    fit = _agent_fit(rule, agent_inter)  # of whoever acts, before protest roles are recoded
    if rule.agent == "unarmed" and "agent" in roles and _a_few_individuals(roles["agent"][0]):
        fit = -0.3  # "two men on motorcycles set fire to buses": no crowd, no riot
    if rule.event_type in PROTEST_TYPES:
        sentence_actors = [m for m in ctx.actors if within(sent, m.start, m.end)]
        _protest_roles(values, evidence, roles, spec, country_name, sentence_actors, agent_inter)
    elif rule.event_type in RIOT_TYPES and agent_field and "agent" in roles and (
        agent_inter in (PROTESTERS, CIVILIANS) or not agent_inter
    ):
        # Residents, protesters, "angry youths" who riot are rioters (the schema's rule for
        # "rioters"); who they are, when the words say it, is the associate.
        rioters = spec.naming_rule("rioters")
        if rioters is not None and ("{country}" not in rioters.name or country_name):
            values[agent_field] = fill_country(rioters.name, country_name)
            _name_identity(values, evidence, spec, roles["agent"][0], country_name)
            _name_their_party(values, evidence, spec, roles["agent"][0])
    if fit < -0.2 and rule.agent != "any":
        return None  # a state actor does not "overtake territory" as a non-state actor
    score += fit
    if roles.get("agent", (None, False))[1] and roles.get("target", (None, False))[1]:
        score += 0.05  # the parse says who did it to whom: a report of an act, not a mention

    # When.
    date_fallback = fill_date(ctx, trigger, sent, schema, values, ev, notes)
    if not date_fallback and any(e.field == schema.date_field for e in evidence):
        score += 0.08

    # How many died.
    part_start, part_end = semicolon_part(sent, trigger)
    sent_fatal = [f for f in ctx.fatalities if part_start <= f.start and f.end <= part_end]
    fatal = nearest(sent_fatal, trigger)
    if fatal is not None and spec.count and spec.count in names:
        ev(spec.count, fatal.start, fatal.end)
        if fatal.value is not None:
            values[spec.count] = fatal.value
            score += 0.04
        else:
            notes.append(f"{spec.count} left empty: {fatal.note}")
    target_field = spec.field_for("target")
    if (
        ctx.has_parse and target_field in names and not values.get(target_field)
        and {rule.event_type, rule.sub_event_type} & spec.victims_are_targets
    ):
        _name_the_victims(ctx, rule, trigger, sent, spec, country_name, values, ev)

    if place_in_sentence:
        score += 0.08
    score += 0.12 * max(0.0, 1.0 - sent_index / 6.0)
    if trigger.root.pos_ == "VERB":
        score += 0.04
    if ctx.has_parse and _ongoing(trigger.root):
        score -= 0.15  # "has been battling insurgents since 2015": a situation, not an incident
    if ctx.has_parse and (_hypothetical(trigger.root) or _foreseen(trigger.root)):
        score -= 0.2  # "fighting could push the country into war": what may happen, not what did
    if ctx.has_parse and _continued(trigger.root):
        score -= 0.15  # "will continue the fight without respite": a campaign, not an incident
    if ctx.has_parse and _also_killed(trigger.root):
        score -= 0.3  # "The bomber was also killed": the incident just told, not another
    sport = _sport_sentences(ctx)
    if sport:
        # "Central crushed their rivals 3-0": a game's words, no incident; its story's other
        # sentences still may tell one (fans who riot after the game), so count less.
        score -= 0.4 if sent_index in sport else 0.2
    if ctx.has_parse and _background(trigger.root):
        score -= 0.3  # "IS has carried out similar attacks in the past": not this incident
    if ctx.has_parse and not spec.intended_acts and _intended(trigger.root):
        score -= 0.5  # "the two leaders vowed to fight together": what someone means to do
    if ctx.has_parse and _before_a_court(trigger.root):
        score -= 0.5  # "jailed for shooting dead a vendor": a case before a court, long after the act
    if ctx.has_parse and _denied(trigger.root):
        score -= 0.5  # below the default threshold, still there at a lower one
    if _in_quotation(sent, trigger):
        score -= 0.1  # '"We have retaken the town," he said' restates what the report told
        if _scare_quoted(sent, trigger):
            score -= 0.4  # 'state media said "rioters" attacked': a side's label, not the act
    if ctx.has_parse:
        # The main clause's event before its asides, among the triggers of one sentence.
        shallowest = ctx.clause_depths.get(sent_index, 0)
        score -= 0.04 * min(clause_depth(trigger) - shallowest, 4)
    if spec.notes and spec.notes in names:
        sentence = " ".join(sent.text.split())
        if len(sentence) > 240:
            sentence = sentence[:237] + "..."
        values[spec.notes] = sentence + suggester_note(notes)
    return Candidate(
        rule, trigger, sent_index, values, evidence, round(min(max(score, 0.05), 0.98), 3), notes,
        date_fallback, score,
    )


def _cite_place_mentions(ctx: ArticleContext, place: Mention, ev: Any, sent: Span) -> None:
    """Cite the words of the trigger's sentence (and of the place's own) that say where: other
    mentions of the event's place, its admin1 and its country, and other towns of that country.

    Only those sentences: "Palmyra" named eight times in a long report is one place, and an
    analyst checking the location (or a brat event exported from it) needs the words that tell
    this incident, not every mention of the town.
    """
    if place.place is None:
        return
    spec = ctx.spec.place
    p = place.place
    sentence = place.span.sent
    sentences = (sent, sentence)
    for m in ctx.places:
        if m is place or m.place is None or not any(s.start <= m.span.start < s.end for s in sentences):
            continue
        if (
            sentence.start <= m.span.start < sentence.end and m.place.country_code == p.country_code
            and m.place.kind != "country" and m.key != place.key
        ):
            # Another town or region of the same country in the sentence: a candidate for where.
            ev(spec.get("location") if m.place.kind == "city" else (spec.get("admin1") or spec.get("location")),
               m.start, m.end)
            continue
        if m.key == place.key:
            target = spec.get("location") if p.kind == "city" else (
                spec.get("admin1") if p.kind == "admin1" else spec.get("country")
            )
            ev(target or spec.get("location"), m.start, m.end)
        elif m.place.kind == "country" and m.place.country_code == p.country_code:
            ev(spec.get("country") or spec.get("location"), m.start, m.end)
        elif m.place.kind == "admin1" and p.admin1 and m.place.admin1 == p.admin1 and m.place.country_code == p.country_code:
            ev(spec.get("admin1") or spec.get("location"), m.start, m.end)


SITE_PREPS = {"in", "at", "inside", "near", "outside", "on", "of", "into", "around"}


def _sites(trigger: Span) -> list[Span]:
    """Where in the town the trigger's event happened: the sites its clause names with a place
    preposition or as its object ("attack at a crowded market place", "targeted mourners inside a
    funeral tent", "bombed a hospital and a school")."""
    root = trigger.root
    # "A suicide bomber struck a market": a trigger that is the verb's subject or object names
    # the act; the verb's clause says where.
    clause = root.head if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ == "VERB" else root
    found: list[Span] = []
    for token in clause.subtree:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in SITE_NOUNS or trigger.start <= token.i < trigger.end:
            continue
        head = token.head
        while token.dep_ == "conj" and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        first = head if token.dep_ == "conj" else token
        tied = (first.dep_ == "pobj" and first.head.lower_ in SITE_PREPS) or (
            first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ == "VERB"
        ) or (token.dep_ == "conj" and first.lemma_.lower() in SITE_NOUNS)
        if not tied:
            continue
        left = token.i
        for child in reversed(list(token.lefts)):
            if child.dep_ in ("compound", "amod", "det", "nmod"):
                left = child.i
            else:
                break
        found.append(trigger.doc[left : token.i + 1])
    return found
