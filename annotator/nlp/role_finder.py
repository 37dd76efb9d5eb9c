"""Which actor takes which role for one trigger, and where the event took place.

Roles come from the dependency patterns' findings (:mod:`annotator.nlp.roles`) turned into actor
phrases (:mod:`annotator.nlp.mentions`), with a word-order fallback when the pipeline has no
parser and a nearest-actor fallback when the parse names no agent (never the subject of a verb
that judges the event, nor the object of the verb it hangs on). The place is the one the parse
ties to the trigger, else the nearest town of the sentence, else the article's main town.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from annotator.nlp.context import (
    BACKING,
    NEAR_PREPS,
    PLACE_PREPS,
    ArticleContext,
    nearest,
    relation,
    semicolon_part,
    within,
)
from annotator.nlp.gazetteer import Place, get_gazetteer
from annotator.nlp.mentions import PLACE_NOUNS, Mention, actor_entities, actor_phrase, trim_name
from annotator.nlp.nameindex import doc_text
from annotator.nlp.place_patterns import SETTLEMENT_WORDS
from annotator.nlp.roles import agent_nouns
from annotator.nlp.triggers import TriggerMatch

ACTOR2_PREPS = {"from", "against", "on", "targeting", "at"}
CIVILIANS = 7
# Verbs whose subject judges an event rather than acting in it ("X condemned the attack"); a
# subject of "said" may well be the actor ("the ministry said its strikes hit ..."), so it stays.
EVALUATING = {"condemn", "denounce", "welcome", "criticize", "criticise", "praise", "accuse",
              "blame", "mourn", "regret", "deplore", "applaud", "hail", "deny", "investigate"}


def _linear_role(doc: Doc, m: Mention, trigger: Span, partner: str) -> str | None:
    """Word-order fallback: before the trigger acts, "against X" after it receives."""
    before = [t.lower_ for t in doc[max(m.span.start - 3, 0) : m.span.start]]
    if any(w in BACKING for w in before) or (before[-1:] == ["with"] and m.end <= trigger.start_char):
        return "associate"
    if m.end <= trigger.start_char:
        return "agent"
    if before and before[-1] == "with":
        return partner
    if m.span.start - trigger.end <= 4 or (before and before[-1] in ACTOR2_PREPS):
        return "target"
    return None


def _is_place_phrase(span: Span) -> bool:
    """ "in Baghdad", "near Kirkuk": an entity that names where, not who."""
    root = span.root
    if root.head.lower_ == "of" and root.head.head.lemma_.lower() in agent_nouns():
        return False  # "rebels of the National Salvation Front": whose, not where
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and root.head.lower_ not in ("from", "on")


def _undergoes(token: Token) -> bool:
    """ "Two Indian soldiers ... were killed": the passive subject of a verb (or a word that
    qualifies it) is acted upon; it is no one's fallback agent."""
    if token.dep_ in ("amod", "compound", "nmod", "poss") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "auxiliaries of the VDP were killed": the VDP's people were
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "nsubjpass"


def _qualifies_a_place(span: Span) -> bool:
    """ "the Somali town of Afgooye", "a Syrian village": a nationality that says which country a
    place is in names no one who acts."""
    head = span.root.head
    return span.root.dep_ in ("amod", "compound", "nmod") and (head.lower_ in SETTLEMENT_WORDS or head.lower_ in PLACE_NOUNS)


def _names_a_town(ctx: ArticleContext, span: Span) -> bool:
    return any(
        m.place is not None and m.place.kind != "country" and m.span.start < span.end and span.start < m.span.end
        for m in ctx.places
    )


def _object_of_ancestor(token: Token, trigger: Token) -> bool:
    """ "The strikes hit IS targets, killing 100": IS is hit, it does not kill."""
    ancestors = {a.i for a in trigger.ancestors}
    cur = token
    for _ in range(6):
        if cur.head.i in ancestors:
            # The branch that joins the trigger's line: only an object there is the verb's thing
            # ("claimed by Daesh that targeted ...": Daesh claims, it is nobody's object), or what
            # a preposition other than "by" puts under it ("a bomb tore through an army vehicle,
            # killing five": the army was hit).
            return cur.dep_ in ("dobj", "pobj", "dative", "attr") or (cur.dep_ == "prep" and cur.lower_ != "by")
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _own_forces(mention: Mention) -> bool:
    """ "its troops", "their inspectors": the agent's own people, not whom the act is aimed at."""
    head = mention.span.root
    return not mention.known and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in head.children
    )


def _inside_a_relative_clause(arg: Token, trigger: Token) -> bool:
    """Whether the path from ``arg`` up to the trigger passes a relative clause: what it says
    describes a noun, not the act."""
    token = arg
    for _ in range(12):
        if token.i == trigger.i or token.head.i == token.i:
            return False
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def find_roles(
    ctx: ArticleContext, match: TriggerMatch, sent: Span, sent_actors: list[Mention]
) -> dict[str, tuple[Mention, bool]]:
    """role -> (mention, found in the parse) for agent, target and associate."""
    doc, trigger, rule0 = ctx.doc, match.span, match.rules[0]
    partner = rule0.partner or ctx.spec.partner
    roles: dict[str, tuple[Mention, bool]] = {}
    used: list[Mention] = []

    def take(role: str, mention: Mention, from_parse: bool) -> None:
        if role in roles or any(u.span.start < mention.span.end and mention.span.start < u.span.end for u in used):
            return
        head = mention.span.root
        if not mention.known and head.i in ctx.trigger_tokens and head.lemma_.lower() not in agent_nouns():
            return  # "Shelling killed 14 people": another act's word, nobody who acts
        if mention.span.start < trigger.end and trigger.start < mention.span.end and not mention.known:
            if trigger.start <= head.i < trigger.end or mention.span.end <= trigger.end:
                return  # the trigger's own words ("the protesters", "Dead" of "Shot Dead") are not its actor
            # "shot dead two workers" parsed with "dead" in the phrase: the words after the trigger
            words = doc[trigger.end : mention.span.end]
            mention = Mention(words, words.text, known=False, inter=mention.inter)
        roles[role] = (mention, from_parse)
        used.append(mention)

    for m in sent_actors:  # "Russian air strikes", "IS attack": a known actor naming the act
        if m.span.start <= trigger.root.i < m.span.end or (
            ctx.has_parse and m.span.root.head.i == trigger.root.i
            and m.span.root.dep_ in ("compound", "amod", "poss", "nmod")
        ):
            take("agent", m, True)
    if ctx.has_parse:
        hits = [h for i in range(trigger.start, trigger.end) for h in ctx.role_hits.get(i, [])]
        if trigger.root.dep_ == "conj" and not any(h.role == "agent" for h in hits):
            # "to degrade and defeat X": who degrades defeats; a trigger first verb has its own hits.
            first = trigger.root.head.i
            hits += [h for h in ctx.role_hits.get(first, ctx.conjunct_agents.get(first, [])) if h.role == "agent"]
        hits.sort(key=lambda h: (h.priority, abs(h.arg - h.trigger)))
        for hit in hits:
            if hit.pattern == "nested_prep" and _inside_a_relative_clause(doc[hit.arg], doc[hit.trigger]):
                continue  # "burned two men they accused of belonging to a gang": the gang is not hit
            mention = actor_phrase(
                doc[hit.arg], sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act
            )
            if mention is None:
                continue
            role = partner if hit.role == "partner" else hit.role
            if role == "target" and _own_forces(mention):
                continue  # "withdrew its troops from X": X receives, the troops are the agent's
            if (
                role == "target" and _is_place_phrase(mention.span) and not mention.known
                and not ctx.spec.places_act and mention.span.root.lemma_.lower() not in agent_nouns()
            ):
                continue  # "in Baghdad" says where; "to the government" says to whom
            take(role, mention, True)
        if "target" not in roles:
            # "stoned and burned two men", "abducted and killed a chief": verbs joined by "and"
            # share the object the parser gives the last one.
            for verb in trigger.root.children:
                if verb.dep_ == "conj" and verb.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
                ):
                    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                    mention = obj and actor_phrase(
                        obj, sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act
                    )
                    if mention is not None:
                        take("target", mention, True)
                        break
    else:
        for m in sent_actors:
            role = _linear_role(doc, m, trigger, partner)
            if role:
                take(role, m, False)
    # "as child killed in Taiz", "a convoy ambushed near Gao": the noun the participle describes
    # was acted on; whoever the sentence's main verb has as subject did not act.
    participle = ctx.has_parse and _passive_participle_of_a_noun(trigger.root)
    if participle and "target" not in roles:
        mention = actor_phrase(trigger.root.head, sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act)
        if mention is not None:
            take("target", mention, True)
    if "agent" not in roles and not participle:
        # Nothing in the parse acts: the nearest actor before the trigger in its sentence, unless
        # it is the subject of a verb the trigger depends on ("X condemned the attack").
        trigger_tokens = {i for i in ctx.role_hits} | {
            t.i for t in trigger.root.ancestors if t.lemma_.lower() in EVALUATING
        }
        governors = {a.i for a in trigger.root.ancestors if a.i in trigger_tokens} if ctx.has_parse else set()
        before: list[Mention] = [
            m for m in sent_actors
            if m.end <= trigger.start_char and m.inter != CIVILIANS and all(m is not r[0] for r in roles.values())
            and not (ctx.has_parse and (_undergoes(m.span.root) or _undergoes(m.span[0])))
            and not (m.span.root.dep_ in ("nsubj", "nsubjpass") and m.span.root.head.i in governors)
            and not _object_of_ancestor(m.span.root, trigger.root)
        ]
        if not before and ctx.has_parse:
            before = [
                Mention(trim_name(e), trim_name(e).text, known=False) for e in actor_entities(doc)
                if within(sent, e.start_char, e.end_char)
                and (ctx.spec.places_act or not _names_a_town(ctx, e))
                and e.end_char <= trigger.start_char and not _is_place_phrase(e) and not _qualifies_a_place(e)
                and not _undergoes(e.root) and not _undergoes(trim_name(e)[0])
                # "Philippine" of "Philippine troops": the mention it is part of was weighed above
                and not any(m.start <= e.start_char and e.end_char <= m.end for m in sent_actors)
                and not (e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.i in governors)
                # "Cameroonian authorities blamed ...": the modifier of a judging verb's subject
                and not (
                    e.root.dep_ in ("amod", "compound") and e.root.head.dep_ in ("nsubj", "nsubjpass")
                    and e.root.head.head.i in governors
                )
                and not _object_of_ancestor(e.root, trigger.root)
            ]
        if before:
            take("agent", before[-1], False)
    if ctx.has_parse and _headline_passive(trigger, sent):
        _read_as_passive(ctx, roles, trigger.root, sent_actors)
    return roles


def _passive_participle_of_a_noun(root: Token) -> bool:
    return root.dep_ == "acl" and root.tag_ == "VBN" and root.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "agent" for c in root.children
    )


def _headline_passive(trigger: Span, sent: Span) -> bool:
    """ "Villagers attacked in Maper Gol", "Man beaten to death by mob": a headline drops the
    passive's auxiliary, and the parser reads its subject as the one who acted. A past form with
    a subject, no object and no auxiliary, in a headline line, is such a passive."""
    root = trigger.root
    if sent.start != 0 or root.tag_ not in ("VBN", "VBD"):
        return False
    text = doc_text(sent.doc)
    line = text[sent.start_char : sent.end_char].rstrip()
    if line.endswith((".", "!", "?", '"', "\u201d")) or "\n" not in text[sent.end_char - 1 : sent.end_char + 2]:
        return False
    # "Five Drivers Shot Dead": a word of the trigger itself ("dead") is no object.
    deps = {c.dep_ for c in root.children if not trigger.start <= c.i < trigger.end}
    return "nsubj" in deps and not deps & {"dobj", "aux", "auxpass", "ccomp", "xcomp"}


def _read_as_passive(
    ctx: ArticleContext, roles: dict[str, tuple[Mention, bool]], root: Token, sent_actors: list[Mention]
) -> None:
    """The subject is acted on; "by X", if told, acts."""
    subject = next(c for c in root.children if c.dep_ == "nsubj")
    agent = roles.get("agent")
    if agent is not None and agent[0].span.start <= subject.i < agent[0].span.end:
        roles.pop("agent")
        roles.setdefault("target", agent)
    elif agent is None and "target" not in roles:
        mention = actor_phrase(subject, sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act)
        if mention is not None:
            roles["target"] = (mention, True)
    else:
        return
    by = next((o for c in root.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               for o in c.children if o.dep_ == "pobj"), None)
    if by is not None:
        mention = actor_phrase(by, sent_actors, ctx.places, ctx.actors, places_act=ctx.spec.places_act)
        if mention is not None:
            roles["agent"] = (mention, True)


def place_for(ctx: ArticleContext, trigger: Span, sent: Span) -> tuple[Mention | None, bool, bool]:
    """(place, near, in the trigger's sentence): tied by the parse, else nearest, else main."""
    root = trigger.root
    part_start, part_end = semicolon_part(sent, trigger)
    sent_places = [m for m in ctx.places if part_start <= m.start and m.end <= part_end]
    if ctx.has_parse:
        for m in sent_places:
            rel = relation(m.span, root)
            if rel is None:
                continue
            dep = rel[0]
            if dep.startswith("prep:") and dep[5:] in PLACE_PREPS or dep in ("dobj", "nsubjpass", "pobj"):
                if m.place is not None and m.place.kind in ("country", "admin1"):
                    # "clashed ... near Tonj in South Sudan", "the town of Kafr Nabl in Idlib
                    # province": the parse may tie the country or region to the verb and the town
                    # to something else; the town of that country or region says more.
                    town = nearest(_within(sent_places, m.place), trigger)
                    if town is not None:
                        return town, _after_near(ctx, town), True
                # "attacked a base near X": the parse ties the base; the words say "near".
                return m, (dep.startswith("prep:") and dep[5:] in NEAR_PREPS) or _after_near(ctx, m), True
    local = [
        m for m in sent_places
        if m.place and m.place.kind != "country"
        and not (ctx.has_parse and (rel := relation(m.span, root)) is not None and rel[1])
    ]
    place = nearest(local, trigger)
    if place is not None and place.place is not None and place.place.kind == "admin1":
        # "the town of Kafr Nabl in Idlib province ... killed": the town says more than its region.
        place = nearest(_within(local, place.place), trigger) or place
    if place is not None:
        return place, _after_near(ctx, place), True
    country_places = [m for m in sent_places if m.place and m.place.kind == "country"]
    if ctx.has_parse and _names_unnamed_places(root):
        # "ceded several villages": somewhere the article does not name, not its main town
        # (the country stays the article's).
        return None, False, False
    capital = _the_capital(ctx, sent)
    if capital is not None:
        return capital, False, True
    heading = _heading_place(ctx, sent)
    if heading is not None:
        return heading, _after_near(ctx, heading), False
    if ctx.main_place is not None:
        return ctx.main_place, False, False
    if country_places:
        return nearest(country_places, trigger), False, True
    return None, False, False


def _the_capital(ctx: ArticleContext, sent: Span) -> Mention | None:
    """"a crowd in the capital stoned two men": the capital of the story's country, when the
    sentence names no other place ("the capital Kabul" names it; "the capital of X" is X's)."""
    if not ctx.main_country:
        return None
    for token in sent:
        if token.lower_ != "capital" or token.pos_ != "NOUN" or token.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        if any(c.dep_ in ("prep", "appos", "compound") for c in token.children) or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN"
        ):
            continue  # "the capital of Somaliland", "the capital Kabul": another place, or named
        place = get_gazetteer().capital(ctx.main_country)
        if place is None:
            return None
        words = token.doc[token.i - 1 : token.i + 1]
        return Mention(words, place.key, place=place)
    return None


def _heading_place(ctx: ArticleContext, sent: Span) -> Mention | None:
    """"2. Tamale, Northern (6 June): A man ... was beaten to death": a bulletin's item names its
    place in a heading that ends with a colon, just before the sentence in the same paragraph."""
    index = next((i for i, s in enumerate(ctx.sentences) if s.start == sent.start), 0)
    if index == 0:
        return None
    heading = ctx.sentences[index - 1]
    text = doc_text(ctx.doc)
    if not text[heading.start_char : heading.end_char].rstrip().endswith(":") or "\n" in text[
        heading.end_char : sent.start_char
    ]:
        return None
    places = [m for m in ctx.places if within(heading, m.start, m.end) and m.place and m.place.kind != "country"]
    towns = [m for m in places if m.place is not None and m.place.kind == "city"]
    return (towns or places or [None])[0]


AROUND_A_TOWN = {"outskirts", "edge", "vicinity", "suburbs", "district", "county", "area"}


def _after_near(ctx: ArticleContext, place: Mention) -> bool:
    """Whether the text puts the event around the place, not in it (ACLED's geo-precision 2):
    "near X", "outside X", "on the outskirts of X", "in X district"."""
    doc = ctx.doc
    before = doc[max(place.span.start - 2, 0) : place.span.start].text.lower().split()
    after = doc[place.span.end].lower_ if place.span.end < len(doc) else ""
    return (
        any(w in NEAR_PREPS or w in AROUND_A_TOWN for w in before)
        or (after in AROUND_A_TOWN and place.place is not None and place.place.kind == "city")
        or _preposition_before_its_noun(doc, place.span.start) in NEAR_PREPS
    )


def _preposition_before_its_noun(doc: Doc, start: int) -> str:
    """ "near the coastal city of Tyre", "outside the northern Syrian town of X": the preposition
    before the words that only say what kind of place the name is."""
    i = start - 1
    for _ in range(7):
        if i < 0:
            return ""
        token = doc[i]
        if not (
            token.lower_ == "of" or token.pos_ in ("DET", "ADJ") or token.ent_type_ == "NORP"
            or token.lower_ in PLACE_NOUNS or token.lower_ in SETTLEMENT_WORDS
        ):
            return token.lower_
        i -= 1
    return ""


def _within(places: list[Mention], region: Place) -> list[Mention]:
    """The mentions of places inside ``region``: any town or region of a country, the towns of
    an admin1 region."""
    return [
        t for t in places
        if t.place is not None and t.place.country_code == region.country_code
        and (t.place.kind == "city" if region.kind == "admin1" else t.place.kind != "country")
        and (region.kind == "country" or t.place.admin1 == region.admin1)
    ]


def _names_unnamed_places(trigger: Token) -> bool:
    """The trigger's object is places without a name: "several villages", "some areas"."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS" and c.lemma_.lower() in PLACE_NOUNS
        and not any(t.pos_ == "PROPN" for t in c.subtree)
        for c in trigger.children
    )
