"""Regenerate articles.jsonl: 22 short reports from one local news beat, coded ACLED-style.

The texts are the project's own, written for the learning curve (issue 11): like a real feed
from one region, the same local militias, villages and wording come back from report to report,
so a suggester that learns from each confirmation should need fewer edits as the file goes on.
The villages and militias are invented (no gazetteer or actor list can know them); the towns
(Rumbek, Yirol, Tonj) and their coordinates are GeoNames'. Evidence offsets are computed here
from the quoted words, so they are right by construction:
``python tests/data/learning_gold/make_articles.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_fixture import EMPTY, build_articles, write_articles  # noqa: E402

SS = "South Sudan"
AGAR = "Agar Communal Militia (South Sudan)"
PAKAM = "Pakam Communal Militia (South Sudan)"
ARMY = "Military Forces of South Sudan"
POLICE = "Police Forces of South Sudan"
CIVILIANS = "Civilians (South Sudan)"
PROTESTERS = "Protesters (South Sudan)"
# Places: (location, admin1, latitude, longitude).
PAKUR_DIT = ("Pakur Dit", "Lakes", 6.951, 29.548)
WUNKUR = ("Wunkur", "Lakes", 6.622, 29.903)
MAPER_GOL = ("Maper Gol", "Warrap", 7.412, 28.951)
LUETH_AKOT = ("Lueth Akot", "Lakes", 6.713, 30.214)
RUMBEK = ("Rumbek", "Lakes", 6.80619, 29.67742)
YIROL = ("Yirol", "Lakes", 6.5525, 30.49806)
TONJ = ("Tonj", "Warrap", 7.27389, 28.6775)

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
LOOTING = ("Strategic developments", "Looting/property destruction")
PROTEST = ("Protests", "Peaceful protest")
ARREST = ("Strategic developments", "Arrests")


def event(kind, date, actor1, actor2, place, evidence, *, fatalities=None, precision=1, assoc=""):
    location, admin1, lat, lon = place
    values = dict(EMPTY)
    values.update({
        "event_type": kind[0], "sub_event_type": kind[1], "event_date": date, "time_precision": precision,
        "actor1": actor1, "actor2": actor2, "assoc_actor_1": assoc, "country": SS, "admin1": admin1,
        "location": location, "latitude": lat, "longitude": lon, "geo_precision": 1,
        "fatalities": fatalities,
    })
    return values, evidence


ARTICLES = [
    ("beat-01", "2024-03-05",
     "Cattle guards raid village in Lakes\n\n"
     "Agar cattle guards raided the village of Pakur Dit in South Sudan's Lakes state on Monday, "
     "killing four villagers, local officials said.",
     [event(ATTACK, "2024-03-04", AGAR, CIVILIANS, PAKUR_DIT, [
         ("trigger", "raided"), ("actor1", "Agar cattle guards"), ("actor2", "villagers"),
         ("location", "Pakur Dit"), ("event_date", "on Monday"), ("fatalities", "killing four villagers")],
         fatalities=4)]),
    ("beat-02", "2024-03-09",
     "Pakam youths and Agar guards clash\n\n"
     "Pakam youths clashed with Agar cattle guards near Wunkur in Lakes state on Friday. "
     "Three fighters were killed, a county commissioner said.",
     [event(CLASH, "2024-03-08", PAKAM, AGAR, WUNKUR, [
         ("trigger", "clashed"), ("actor1", "Pakam youths"), ("actor2", "Agar cattle guards"),
         ("location", "Wunkur"), ("event_date", "on Friday"), ("fatalities", "Three fighters were killed")],
         fatalities=3)]),
    ("beat-03", "2024-03-14",
     "Traders march in Rumbek\n\n"
     "Hundreds of traders marched through Rumbek in South Sudan on Wednesday to demand protection "
     "from cattle raids on the roads.",
     [event(PROTEST, "2024-03-13", PROTESTERS, "", RUMBEK, [
         ("trigger", "marched"), ("actor1", "traders"), ("location", "Rumbek"), ("event_date", "on Wednesday")])]),
    ("beat-04", "2024-03-19",
     "Cattle rustled in Warrap\n\n"
     "Pakam youths rustled hundreds of cattle from the village of Maper Gol in South Sudan's Warrap "
     "state on Sunday, residents said.",
     [event(LOOTING, "2024-03-17", PAKAM, CIVILIANS, MAPER_GOL, [
         ("trigger", "rustled"), ("actor1", "Pakam youths"), ("actor2", "residents"),
         ("location", "Maper Gol"), ("event_date", "on Sunday")])]),
    ("beat-05", "2024-03-23",
     "Gunmen attack villagers near Yirol\n\n"
     "Agar cattle guards attacked villagers in Lueth Akot near Yirol in South Sudan on Thursday, "
     "killing six people.",
     [event(ATTACK, "2024-03-21", AGAR, CIVILIANS, LUETH_AKOT, [
         ("trigger", "attacked"), ("actor1", "Agar cattle guards"), ("actor2", "villagers"),
         ("location", "Lueth Akot"), ("event_date", "on Thursday"), ("fatalities", "killing six people")],
         fatalities=6)]),
    ("beat-06", "2024-03-28",
     "Soldiers and cattle guards clash in Pakur Dit\n\n"
     "South Sudanese soldiers clashed with Agar cattle guards in Pakur Dit in Lakes state on Tuesday "
     "during a disarmament campaign. Two soldiers died.",
     [event(CLASH, "2024-03-26", ARMY, AGAR, PAKUR_DIT, [
         ("trigger", "clashed"), ("actor1", "South Sudanese soldiers"), ("actor2", "Agar cattle guards"),
         ("location", "Pakur Dit"), ("event_date", "on Tuesday"), ("fatalities", "Two soldiers died")],
         fatalities=2)]),
    ("beat-07", "2024-04-02",
     "Village raided near Tonj\n\n"
     "Pakam youths raided Maper Gol in South Sudan's Warrap state on Saturday, killing two villagers "
     "and burning homes.",
     [event(ATTACK, "2024-03-30", PAKAM, CIVILIANS, MAPER_GOL, [
         ("trigger", "raided"), ("actor1", "Pakam youths"), ("actor2", "villagers"),
         ("location", "Maper Gol"), ("event_date", "on Saturday"), ("fatalities", "killing two villagers")],
         fatalities=2)]),
    ("beat-08", "2024-04-06",
     "Women march in Yirol\n\n"
     "Women marched in Yirol in South Sudan on Friday to call for an end to revenge attacks between "
     "cattle camps.",
     [event(PROTEST, "2024-04-05", PROTESTERS, "", YIROL, [
         ("trigger", "marched"), ("actor1", "Women"), ("location", "Yirol"), ("event_date", "on Friday")])]),
    ("beat-09", "2024-04-11",
     "Agar guards attack Wunkur\n\n"
     "Agar cattle guards attacked villagers in Wunkur in South Sudan on Wednesday, killing five people, "
     "a local chief said.",
     [event(ATTACK, "2024-04-10", AGAR, CIVILIANS, WUNKUR, [
         ("trigger", "attacked"), ("actor1", "Agar cattle guards"), ("actor2", "villagers"),
         ("location", "Wunkur"), ("event_date", "on Wednesday"), ("fatalities", "killing five people")],
         fatalities=5)]),
    ("beat-10", "2024-04-15",
     "Cattle rustled from Lueth Akot\n\n"
     "Agar cattle guards rustled more than 300 cattle from Lueth Akot in South Sudan on Sunday, "
     "residents said.",
     [event(LOOTING, "2024-04-14", AGAR, CIVILIANS, LUETH_AKOT, [
         ("trigger", "rustled"), ("actor1", "Agar cattle guards"), ("actor2", "residents"),
         ("location", "Lueth Akot"), ("event_date", "on Sunday")])]),
    ("beat-11", "2024-04-19",
     "Pakam youths clash with soldiers\n\n"
     "Pakam youths clashed with South Sudanese soldiers near Maper Gol in South Sudan on Thursday. "
     "Four fighters were killed.",
     [event(CLASH, "2024-04-18", PAKAM, ARMY, MAPER_GOL, [
         ("trigger", "clashed"), ("actor1", "Pakam youths"), ("actor2", "South Sudanese soldiers"),
         ("location", "Maper Gol"), ("event_date", "on Thursday"), ("fatalities", "Four fighters were killed")],
         fatalities=4)]),
    ("beat-12", "2024-04-23",
     "Pakur Dit raided again\n\n"
     "Pakam youths raided Pakur Dit in South Sudan on Monday, killing three villagers, the county "
     "commissioner said.",
     [event(ATTACK, "2024-04-22", PAKAM, CIVILIANS, PAKUR_DIT, [
         ("trigger", "raided"), ("actor1", "Pakam youths"), ("actor2", "villagers"),
         ("location", "Pakur Dit"), ("event_date", "on Monday"), ("fatalities", "killing three villagers")],
         fatalities=3)]),
    ("beat-13", "2024-04-27",
     "Traders march in Tonj\n\n"
     "Traders marched in Tonj in South Sudan on Friday after cattle guards looted shops in the market.",
     [event(PROTEST, "2024-04-26", PROTESTERS, "", TONJ, [
         ("trigger", "marched"), ("actor1", "Traders"), ("location", "Tonj"), ("event_date", "on Friday")])]),
    ("beat-14", "2024-05-02",
     "Villagers attacked in Maper Gol\n\n"
     "Pakam youths attacked villagers in Maper Gol in South Sudan on Tuesday, killing seven people.",
     [event(ATTACK, "2024-04-30", PAKAM, CIVILIANS, MAPER_GOL, [
         ("trigger", "attacked"), ("actor1", "Pakam youths"), ("actor2", "villagers"),
         ("location", "Maper Gol"), ("event_date", "on Tuesday"), ("fatalities", "killing seven people")],
         fatalities=7)]),
    ("beat-15", "2024-05-07",
     "Cattle rustled from Wunkur\n\n"
     "Pakam youths rustled cattle from Wunkur in South Sudan on Sunday, residents said.",
     [event(LOOTING, "2024-05-05", PAKAM, CIVILIANS, WUNKUR, [
         ("trigger", "rustled"), ("actor1", "Pakam youths"), ("actor2", "residents"),
         ("location", "Wunkur"), ("event_date", "on Sunday")])]),
    ("beat-16", "2024-05-11",
     "Agar guards and soldiers clash\n\n"
     "Agar cattle guards clashed with South Sudanese soldiers in Lueth Akot in South Sudan on Friday. "
     "Two soldiers were killed.",
     [event(CLASH, "2024-05-10", AGAR, ARMY, LUETH_AKOT, [
         ("trigger", "clashed"), ("actor1", "Agar cattle guards"), ("actor2", "South Sudanese soldiers"),
         ("location", "Lueth Akot"), ("event_date", "on Friday"), ("fatalities", "Two soldiers were killed")],
         fatalities=2)]),
    ("beat-17", "2024-05-15",
     "Wunkur raided\n\n"
     "Agar cattle guards raided Wunkur in South Sudan on Tuesday, killing two villagers.",
     [event(ATTACK, "2024-05-14", AGAR, CIVILIANS, WUNKUR, [
         ("trigger", "raided"), ("actor1", "Agar cattle guards"), ("actor2", "villagers"),
         ("location", "Wunkur"), ("event_date", "on Tuesday"), ("fatalities", "killing two villagers")],
         fatalities=2)]),
    ("beat-18", "2024-05-19",
     "Villagers attacked in Pakur Dit\n\n"
     "Pakam youths attacked villagers in Pakur Dit in South Sudan on Saturday, killing four people.",
     [event(ATTACK, "2024-05-18", PAKAM, CIVILIANS, PAKUR_DIT, [
         ("trigger", "attacked"), ("actor1", "Pakam youths"), ("actor2", "villagers"),
         ("location", "Pakur Dit"), ("event_date", "on Saturday"), ("fatalities", "killing four people")],
         fatalities=4)]),
    ("beat-19", "2024-05-23",
     "Cattle rustled in Maper Gol\n\n"
     "Agar cattle guards rustled cattle from Maper Gol in South Sudan on Wednesday, residents said.",
     [event(LOOTING, "2024-05-22", AGAR, CIVILIANS, MAPER_GOL, [
         ("trigger", "rustled"), ("actor1", "Agar cattle guards"), ("actor2", "residents"),
         ("location", "Maper Gol"), ("event_date", "on Wednesday")])]),
    ("beat-20", "2024-05-27",
     "Traders march in Rumbek again\n\n"
     "Traders marched in Rumbek in South Sudan on Sunday over attacks on trucks.",
     [event(PROTEST, "2024-05-26", PROTESTERS, "", RUMBEK, [
         ("trigger", "marched"), ("actor1", "Traders"), ("location", "Rumbek"), ("event_date", "on Sunday")])]),
    ("beat-21", "2024-05-31",
     "Lueth Akot attacked\n\n"
     "Pakam youths attacked villagers in Lueth Akot in South Sudan on Thursday, killing three people.",
     [event(ATTACK, "2024-05-30", PAKAM, CIVILIANS, LUETH_AKOT, [
         ("trigger", "attacked"), ("actor1", "Pakam youths"), ("actor2", "villagers"),
         ("location", "Lueth Akot"), ("event_date", "on Thursday"), ("fatalities", "killing three people")],
         fatalities=3)]),
    ("beat-22", "2024-06-04",
     "Pakam youths and Agar guards clash again\n\n"
     "Pakam youths clashed with Agar cattle guards in Wunkur in South Sudan on Monday. Five fighters "
     "were killed.",
     [event(CLASH, "2024-06-03", PAKAM, AGAR, WUNKUR, [
         ("trigger", "clashed"), ("actor1", "Pakam youths"), ("actor2", "Agar cattle guards"),
         ("location", "Wunkur"), ("event_date", "on Monday"), ("fatalities", "Five fighters were killed")],
         fatalities=5)]),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator learning-curve fixture", anywhere=True)


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())
