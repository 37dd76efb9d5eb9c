"""The one generator of large synthetic corpora that every benchmark uses.

Articles are wire-style texts assembled from templates of actors, places and verbs, with ACLED
events whose evidence spans point at the exact words that were put into the text, so offsets are
right by construction. Everything is drawn from one ``random.Random(seed)``: the same
``(n, seed, events_per_article)`` always gives the same corpus, byte for byte.

``build_sqlite`` loads a corpus into a migrated Annotator database with raw ``executemany``
inserts in one transaction (the ORM would take many minutes for 300,000 events) and rebuilds the
full-text index once at the end; the file is cached under ``benchmarks/.cache/``.

Run ``python benchmarks/corpus.py N`` to build (or find) the cached database for N articles.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import string
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``annotator`` importable from a checkout
    sys.path.insert(0, str(ROOT))

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
# Bump when the generator changes, so cached databases of the old corpus are not reused.
GENERATOR_VERSION = 1

ANNOTATORS = ("ana", "bea", "chidi", "dmitri", "esra")
STATUSES = ("confirmed",) * 6 + ("gold",) * 2 + ("draft",) * 2
SOURCES = ("Sahel Wire", "Horn Dispatch", "Levant Report", "Andes Daily", "Gulf Monitor")

# country: (adjective, rebel group (name, surface), [(town, admin1, lat, lon), ...])
COUNTRIES: dict[str, tuple[str, tuple[str, str], list[tuple[str, str, float, float]]]] = {
    "Mali": ("Malian", ("JNIM: Group for Support of Islam and Muslims", "JNIM fighters"),
             [("Gao", "Gao", 16.27, -0.04), ("Mopti", "Mopti", 14.49, -4.19),
              ("Timbuktu", "Tombouctou", 16.77, -3.01), ("Kidal", "Kidal", 18.44, 1.41)]),
    "Nigeria": ("Nigerian", ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram militants"),
                [("Maiduguri", "Borno", 11.85, 13.16), ("Kano", "Kano", 12.0, 8.52),
                 ("Jos", "Plateau", 9.9, 8.86), ("Yola", "Adamawa", 9.21, 12.48)]),
    "Somalia": ("Somali", ("Al Shabaab", "al-Shabaab fighters"),
                [("Mogadishu", "Banadir", 2.04, 45.34), ("Baidoa", "Bay", 3.11, 43.65),
                 ("Kismayo", "Lower Juba", -0.36, 42.55), ("Beledweyne", "Hiraan", 4.74, 45.2)]),
    "Colombia": ("Colombian", ("ELN: National Liberation Army", "ELN guerrillas"),
                 [("Cucuta", "Norte de Santander", 7.89, -72.51), ("Arauca", "Arauca", 7.08, -70.76),
                  ("Tumaco", "Narino", 1.8, -78.76), ("Quibdo", "Choco", 5.69, -76.66)]),
    "Mozambique": ("Mozambican", ("Islamic State Mozambique Province", "Islamic State insurgents"),
                   [("Mocimboa da Praia", "Cabo Delgado", -11.35, 40.35),
                    ("Palma", "Cabo Delgado", -10.77, 40.47), ("Pemba", "Cabo Delgado", -12.97, 40.52),
                    ("Macomia", "Cabo Delgado", -12.25, 40.12)]),
    "Syria": ("Syrian", ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham fighters"),
              [("Idlib", "Idleb", 35.93, 36.63), ("Saraqib", "Idleb", 35.86, 36.8),
               ("Aleppo", "Aleppo", 36.2, 37.16), ("Deir ez-Zor", "Deir-ez-Zor", 35.34, 40.14)]),
    "Haiti": ("Haitian", ("G9 Family and Allies", "G9 gang members"),
              [("Port-au-Prince", "Ouest", 18.54, -72.34), ("Cap-Haitien", "Nord", 19.76, -72.2),
               ("Gonaives", "Artibonite", 19.45, -72.69), ("Les Cayes", "Sud", 18.19, -73.75)]),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")

# (event_type, sub_event_type, actor1 kind, actor2 kind, template). Kinds: army, police, rebel,
# protesters, rioters, civilians, none. Placeholders are fields that get evidence spans.
EVENT_TEMPLATES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Battles", "Armed clash", "army", "rebel",
     "{actor1} {trigger} {actor2} near {location} {event_date}, {fatalities}, a local official said."),
    ("Battles", "Government regains territory", "army", "rebel",
     "{actor1} {trigger} {location} from {actor2} {event_date}, {fatalities}, the defence ministry said."),
    ("Battles", "Non-state actor overtakes territory", "rebel", "army",
     "{actor1} {trigger} {location} after {actor2} withdrew {event_date}, residents told reporters."),
    ("Explosions/Remote violence", "Air/drone strike", "army", "rebel",
     "{actor1} {trigger} positions held by {actor2} around {location} {event_date}, {fatalities}."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "rebel", "civilians",
     "{actor1} {trigger} a market in {location} {event_date}, wounding {actor2} and {fatalities}."),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "rebel", "army",
     "A roadside bomb planted by {actor1} {trigger} a convoy of {actor2} outside {location} {event_date}, {fatalities}."),
    ("Protests", "Peaceful protest", "protesters", "none",
     "Hundreds of {actor1} {trigger} in {location} {event_date} to denounce rising fuel prices."),
    ("Protests", "Protest with intervention", "protesters", "police",
     "{actor2} {trigger} {actor1} who had gathered in central {location} {event_date}, witnesses said."),
    ("Protests", "Excessive force against protesters", "police", "protesters",
     "{actor1} {trigger} {actor2} in {location} {event_date}, {fatalities}, a rights group said."),
    ("Riots", "Violent demonstration", "rioters", "police",
     "{actor1} {trigger} and clashed with {actor2} in {location} {event_date}, officials said."),
    ("Riots", "Mob violence", "rioters", "civilians",
     "A mob of {actor1} {trigger} {actor2} accused of theft in {location} {event_date}, {fatalities}."),
    ("Violence against civilians", "Attack", "rebel", "civilians",
     "{actor1} {trigger} {actor2} in a village near {location} {event_date}, {fatalities}, survivors said."),
    ("Violence against civilians", "Abduction/forced disappearance", "rebel", "civilians",
     "{actor1} {trigger} {actor2} travelling to {location} {event_date}, relatives said."),
    ("Strategic developments", "Arrests", "police", "civilians",
     "{actor1} {trigger} {actor2} suspected of links to armed groups in {location} {event_date}."),
    ("Strategic developments", "Looting/property destruction", "rebel", "civilians",
     "{actor1} {trigger} shops belonging to {actor2} in {location} {event_date}, a trader said."),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "Armed clash": ("clashed with", "fought", "exchanged fire with", "ambushed"),
    "Government regains territory": ("recaptured", "retook", "regained control of"),
    "Non-state actor overtakes territory": ("seized", "overran", "took control of"),
    "Air/drone strike": ("bombed", "carried out air strikes on", "struck"),
    "Shelling/artillery/missile attack": ("shelled", "fired mortar rounds at"),
    "Remote explosive/landmine/IED": ("hit", "struck", "tore through"),
    "Peaceful protest": ("marched", "rallied", "demonstrated"),
    "Protest with intervention": ("fired tear gas to disperse", "broke up a rally by"),
    "Excessive force against protesters": ("opened fire on", "shot at"),
    "Violent demonstration": ("set fire to tyres", "torched a police post", "hurled stones"),
    "Mob violence": ("lynched", "beat"),
    "Attack": ("killed", "massacred", "gunned down"),
    "Abduction/forced disappearance": ("abducted", "kidnapped"),
    "Arrests": ("arrested", "detained", "rounded up"),
    "Looting/property destruction": ("looted", "burned down", "ransacked"),
}

FILLER = (
    "The {adj} government has struggled to restore order in the region for several years.",
    "Aid agencies said access to the area remained difficult because of insecurity on the roads.",
    "Local radio reported that markets in {town} stayed closed for much of the following day.",
    "Displaced families have sought shelter in schools and mosques on the outskirts of {town}.",
    "A spokesman for the regional administration declined to comment on the casualty figures.",
    "The United Nations mission said it was verifying reports from the area and urged restraint.",
    "Security analysts said the violence fits a pattern of attacks along the main supply routes.",
    "Telephone networks in parts of {admin1} were cut, making independent confirmation difficult.",
    "Hospital staff in {town} said they had received a number of wounded people overnight.",
    "Residents described hearing gunfire and explosions for several hours before calm returned.",
    "The interior ministry announced a curfew in {admin1} until further notice.",
    "Opposition politicians called for an independent inquiry into the conduct of security forces.",
    "Humanitarian groups warned that food prices in {town} had doubled since the start of the year.",
    "Several roads leading into {town} were blocked by checkpoints manned by armed men.",
)


def _actor(kind: str, country: str, adj: str, rebel: tuple[str, str], rng: random.Random) -> tuple[str, str]:
    """(ACLED actor name, words in the text)."""
    if kind == "army":
        return f"Military Forces of {country}", rng.choice((f"{adj} troops", f"{adj} soldiers", "the army"))
    if kind == "police":
        return f"Police Forces of {country}", rng.choice((f"{adj} police", "riot police", "security forces"))
    if kind == "rebel":
        return rebel
    if kind == "protesters":
        return f"Protesters ({country})", rng.choice(("protesters", "demonstrators", "students"))
    if kind == "rioters":
        return f"Rioters ({country})", rng.choice(("rioters", "angry youths"))
    if kind == "civilians":
        return f"Civilians ({country})", rng.choice(("civilians", "villagers", "farmers", "residents"))
    return "", ""


def _date_phrase(day: date, precision: int, published: date, rng: random.Random) -> str:
    if precision == 3:
        return f"in {MONTHS[day.month - 1]} {day.year}"
    if precision == 2:
        return rng.choice(("last week", "earlier this week", "over the weekend"))
    if (published - day).days < 7 and rng.random() < 0.6:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {MONTHS[day.month - 1]} {day.day}"


def _fatality_phrase(n: int, rng: random.Random) -> str:
    if n == 0:
        return "without causing casualties"
    words = NUMBER_WORDS[n - 1] if n <= len(NUMBER_WORDS) and rng.random() < 0.5 else str(n)
    return rng.choice((f"killing {words} people", f"leaving at least {words} dead", f"killing {words}"))


class _TextBuilder:
    """Appends pieces of text and remembers where each tagged piece landed (str offsets)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def text_since(self, start: int) -> str:
        return self.text()[start:]

    def text(self) -> str:
        return "".join(self.parts)


_FORMATTER = string.Formatter()


def _event(
    builder: _TextBuilder, rng: random.Random, country: str, published: date
) -> dict[str, Any]:
    adj, rebel, towns = COUNTRIES[country]
    event_type, sub_type, kind1, kind2, template = rng.choice(EVENT_TEMPLATES)
    actor1, surface1 = _actor(kind1, country, adj, rebel, rng)
    actor2, surface2 = _actor(kind2, country, adj, rebel, rng)
    town, admin1, lat, lon = rng.choice(towns)
    precision = rng.choice((1, 1, 1, 1, 2, 3))
    day = published - timedelta(days=rng.randint(0, 6) if precision == 1 else rng.randint(0, 25))
    fatalities = rng.choice((0, 1, 2, 3, 4, 5, 7, 9, 12, 15, 23))
    assoc1 = ""
    if kind1 == "army" and template.startswith("{actor1} ") and rng.random() < 0.3:
        template = template.replace("{actor1} ", "{actor1}, backed by {assoc_actor_1}, ", 1)
        assoc1 = f"Communal Militia ({country})"
    surfaces = {
        "assoc_actor_1": rng.choice(("local militiamen", "a self-defence militia")),
        "actor1": surface1,
        "actor2": surface2,
        "trigger": rng.choice(TRIGGERS[sub_type]),
        "location": town,
        "event_date": _date_phrase(day, precision, published, rng),
        "fatalities": _fatality_phrase(fatalities, rng),
    }
    evidence: list[dict[str, Any]] = []
    sentence_start = builder.length
    for literal, field_name, _spec, _conv in _FORMATTER.parse(template):
        if literal:
            builder.add(literal)
        if field_name:
            piece = surfaces[field_name]
            if builder.length == sentence_start:  # the sentence starts with this actor
                piece = piece[0].upper() + piece[1:]
            start, end = builder.add(piece)
            evidence.append({"field": field_name, "start": start, "end": end, "text": piece})
    has_fatalities = "{fatalities}" in template
    return {
        "event_type": event_type,
        "sub_event_type": sub_type,
        "event_date": day.isoformat(),
        "time_precision": precision,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "country": country,
        "admin1": admin1,
        "location": town,
        "latitude": round(lat + rng.uniform(-0.05, 0.05), 4),
        "longitude": round(lon + rng.uniform(-0.05, 0.05), 4),
        "geo_precision": rng.choice((1, 1, 2)),
        "fatalities": fatalities if has_fatalities else None,
        "notes": builder.text_since(sentence_start),
        "annotator": rng.choice(ANNOTATORS),
        "status": rng.choice(STATUSES),
        "evidence": evidence,
    }


def make_article(index: int, rng: random.Random, events_per_article: int = 3) -> dict[str, Any]:
    """One Annotator JSONL article dict with ``events_per_article`` events."""
    country = rng.choice(sorted(COUNTRIES))
    adj, _rebel, towns = COUNTRIES[country]
    town, admin1, _lat, _lon = towns[0] if rng.random() < 0.3 else rng.choice(towns)
    published = date(2020, 1, 1) + timedelta(days=rng.randint(0, 365 * 4))
    source = rng.choice(SOURCES)
    title = f"Violence flares in {admin1} as fighting spreads around {town}"
    builder = _TextBuilder()
    builder.add(f"{title}\n\n{town.upper()}, {MONTHS[published.month - 1]} {published.day} ({source}, "
                f"item {index:07d}) - ")
    fill = {"adj": adj, "town": town, "admin1": admin1}
    events: list[dict[str, Any]] = []
    target = rng.randint(1500, 2800)
    for number in range(events_per_article):
        events.append(_event(builder, rng, country, published))
        for _ in range(rng.randint(1, 3)):
            builder.add(" " + rng.choice(FILLER).format(**fill))
        if number < events_per_article - 1:
            builder.add("\n\n")
    while builder.length < target:
        builder.add("\n\n" if rng.random() < 0.25 else " ")
        builder.add(rng.choice(FILLER).format(**fill))
    return {
        "id": f"synthetic-{index:07d}",
        "title": title,
        "source": source,
        "url": f"https://example.org/news/{published.isoformat()}/{index}",
        "published": published.isoformat(),
        "text": builder.text(),
        "events": events,
    }


def iter_articles(n: int = 100_000, seed: int = 0, events_per_article: int = 3) -> Iterator[dict[str, Any]]:
    """``n`` Annotator JSONL article dicts, deterministic from ``seed``."""
    rng = random.Random(seed)
    for index in range(n):
        yield make_article(index, rng, events_per_article)


def write_jsonl(path: str | Path, n: int = 100_000, seed: int = 0, events_per_article: int = 3) -> Path:
    """Write the corpus as Annotator JSONL (one article per line, UTF-8)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for article in iter_articles(n, seed, events_per_article):
            handle.write(json.dumps(article, ensure_ascii=False))
            handle.write("\n")
    return path


def cache_path(n: int, seed: int, events_per_article: int = 3) -> Path:
    return CACHE_DIR / f"corpus-v{GENERATOR_VERSION}-n{n}-s{seed}-e{events_per_article}.sqlite3"


def _load(conn: sqlite3.Connection, n: int, seed: int, events_per_article: int) -> None:
    created = "2024-01-01 00:00:00.000000"
    annotator_ids = {name: i for i, name in enumerate(ANNOTATORS, start=1)}
    conn.executemany(
        "INSERT INTO annotator (id, name, created) VALUES (?, ?, ?)",
        [(i, name, created) for name, i in annotator_ids.items()],
    )
    article_rows: list[tuple] = []
    event_rows: list[tuple] = []
    evidence_rows: list[tuple] = []
    event_id = 0

    def flush() -> None:
        conn.executemany(
            "INSERT INTO article (id, ext_id, title, text, source, url, published, content_hash, "
            "batch_id, status, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            article_rows,
        )
        conn.executemany(
            'INSERT INTO event (id, article_id, annotator_id, schema_name, "values", status, confidence, '
            "position, field_origin, source_event_ids, comment, extra, created, updated, version) "
            "VALUES (?, ?, ?, 'acled', ?, ?, NULL, ?, '{}', '[]', '', '{}', ?, ?, 1)",
            event_rows,
        )
        conn.executemany(
            'INSERT INTO evidence (event_id, field, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            evidence_rows,
        )
        article_rows.clear()
        event_rows.clear()
        evidence_rows.clear()

    meta = {"annotator", "status", "evidence"}
    for article_id, article in enumerate(iter_articles(n, seed, events_per_article), start=1):
        text = article["text"]
        statuses = [e["status"] for e in article["events"]]
        status = "done" if all(s in ("confirmed", "gold") for s in statuses) else "in_progress"
        if not statuses:
            status = "new"
        article_rows.append((
            article_id, article["id"], article["title"], text, article["source"], article["url"],
            article["published"], hashlib.sha256(text.encode("utf-8")).hexdigest(), status, created,
        ))
        for position, event in enumerate(article["events"]):
            event_id += 1
            values = {k: v for k, v in event.items() if k not in meta}
            event_rows.append((
                event_id, article_id, annotator_ids[event["annotator"]], json.dumps(values),
                event["status"], position, created, created,
            ))
            evidence_rows.extend(
                (event_id, s["field"], s["start"], s["end"], s["text"]) for s in event["evidence"]
            )
        if len(article_rows) >= 2000:
            flush()
    flush()


def build_sqlite(
    path: str | Path | None = None, n_articles: int = 100_000, seed: int = 0, events_per_article: int = 3
) -> Path:
    """A migrated Annotator database holding the corpus; reused when already built.

    ``path=None`` means the cache (``benchmarks/.cache/``, keyed by n, seed and generator version).
    The database is built in a temporary file and renamed into place, so an interrupted build
    never leaves a half-filled cache behind.
    """
    from annotator.db.engine import open_database

    target = Path(path) if path is not None else cache_path(n_articles, seed, events_per_article)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    database = open_database(f"sqlite:///{tmp}")
    database.dispose()
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # Bulk load: no per-row FTS trigger (one rebuild at the end) and no durability needed,
        # since a failed build is thrown away.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=OFF")
        trigger_sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='article_fts_ai'"
        ).fetchone()
        conn.execute("BEGIN")
        if trigger_sql:
            conn.execute("DROP TRIGGER article_fts_ai")
        _load(conn, n_articles, seed, events_per_article)
        if trigger_sql:
            conn.execute(trigger_sql[0])
            conn.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    os.replace(tmp, target)
    return target


if __name__ == "__main__":
    import time

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    began = time.perf_counter()
    built = build_sqlite(n_articles=count)
    print(f"{built} ({built.stat().st_size / 1e6:.0f} MB) ready in {time.perf_counter() - began:.1f} s")
