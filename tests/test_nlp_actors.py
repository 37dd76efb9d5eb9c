"""The actor dictionary: aliases, generated state forces, inter codes, learned aliases."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.db import repo
from annotator.nlp.actors import fill_country, get_actor_dictionary
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.suggest import actor_mentions, suggest_events


@pytest.mark.parametrize(
    ("words", "canonical", "inter"),
    [
        ("ISIS", "Islamic State", 2),
        ("Daesh", "Islamic State", 2),
        ("islamic state", "Islamic State", 2),
        ("SDF", "Syrian Democratic Forces", 2),
        ("Syrian troops", "Military Forces of Syria", 1),
        ("Syrian regime forces", "Military Forces of Syria", 1),
        ("Russian jets", "Military Forces of Russia", 1),
        ("Russian air strikes", "Military Forces of Russia", 1),
        ("Russia's defence ministry", "Military Forces of Russia", 1),
        ("Malian soldiers", "Military Forces of Mali", 1),
        ("Kenyan police", "Police Forces of Kenya", 1),
        ("Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
        ("Houthi rebels", "Ansar Allah (Houthis)", 2),
        ("RSF", "Rapid Support Forces", 2),
        ("JNIM", "JNIM: Group for Support of Islam and Muslims", 2),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Group for Support of Islam and Muslims", 2),
        ("ELN guerrillas", "ELN: National Liberation Army", 2),
        ("HTS", "Hayat Tahrir al-Sham", 2),
    ],
)
def test_aliases(words: str, canonical: str, inter: int) -> None:
    actors = get_actor_dictionary()
    entry = actors.lookup(words)
    assert entry is not None and entry.canonical == canonical
    assert actors.inter_code(canonical) == inter


def test_acronyms_are_case_sensitive() -> None:
    actors = get_actor_dictionary()
    assert actors.lookup("is") is None  # the verb, not Islamic State
    assert actors.lookup("IS").canonical == "Islamic State"


def test_canonical_names_and_inter_codes_cover_every_country() -> None:
    actors = get_actor_dictionary()
    names = actors.canonical_names()
    assert names == sorted(names)
    for name in ("Military Forces of Syria", "Police Forces of Nigeria", "Islamic State", "Taliban"):
        assert name in names
    assert actors.inter_code("Protesters (Kenya)") == 6
    assert actors.inter_code("Civilians (Mali)") == 7
    assert actors.inter_code("Rioters (Haiti)") == 5
    assert actors.inter_code("Made-up Front") is None


def test_generic_actors_take_the_event_country() -> None:
    entry = get_actor_dictionary().lookup("government forces")
    assert fill_country(entry.canonical, "Syria") == "Military Forces of Syria"
    assert fill_country("Protesters ({country})", "") == "Protesters"


def test_learned_aliases_extend_a_copy(loaded: LoadedPipeline, acled) -> None:
    base = get_actor_dictionary()
    learned = get_actor_dictionary([("Tiger Brigade", "Military Forces of Syria")])
    assert base.lookup("Tiger Brigade") is None
    assert learned.lookup("tiger brigade").canonical == "Military Forces of Syria"
    assert learned.inter_code("Military Forces of Syria") == 1
    text = "The Tiger Brigade recaptured the town of Palmyra from ISIS on Sunday, Syrian media said."
    doc = loaded.nlp(text)
    assert [m.key for m in actor_mentions(doc)] == ["Islamic State"]
    events = suggest_events(
        loaded, text, date(2016, 3, 27), acled, aliases=[("Tiger Brigade", "Military Forces of Syria")]
    )
    top = events[0]
    assert top.values["actor1"] == "Military Forces of Syria"
    assert top.values["sub_event_type"] == "Government regains territory"
    assert any(e.field == "actor1" and e.text == "Tiger Brigade" for e in top.evidence)


def test_aliases_learned_in_the_database_feed_the_dictionary(db) -> None:
    with db.session() as session:
        repo.learn_actor_alias(session, "the Wolves", "Unidentified Armed Group (Mali)")
        session.commit()
        pairs = repo.actor_aliases(session)
    actors = get_actor_dictionary(pairs)
    assert actors.lookup("The Wolves").canonical == "Unidentified Armed Group (Mali)"
    assert actors.inter_code("Unidentified Armed Group (Mali)") == 3
