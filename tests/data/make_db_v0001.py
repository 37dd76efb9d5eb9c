"""Make tests/data/db_v0001.sqlite3: a database as version 0001 of the layout left it.

Run from the repository root: ``.venv/bin/python tests/data/make_db_v0001.py``. The rows are
inserted with raw SQL, since today's models describe the newest layout, not 0001's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.db.engine import make_engine, upgrade
from annotator.db.repo import content_hash

OUT = Path(__file__).parent / "db_v0001.sqlite3"

ARTICLES = [
    (1, "old-1", "Militia ambush convoy near Tessit",
     "Militia ambush convoy near Tessit\n\nGunmen ambushed a supply convoy near Tessit on Monday, "
     "killing four drivers, a local official said.", "Old Wire", "2021-06-07"),
    (2, "old-2", "Farmers protest fuel prices in Segou",
     "Farmers protest fuel prices in Segou\n\nHundreds of farmers marched through Segou on Friday "
     "to protest against the rising price of diesel.", "Old Wire", "2021-06-11"),
]


def main() -> None:
    OUT.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{OUT}")
    upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(OUT)
    with con:
        con.execute("INSERT INTO annotator (id, name, created) VALUES (1, 'old-analyst', '2021-06-12 09:00:00')")
        con.execute(
            "INSERT INTO import_batch (id, source, created, annotator_id, imported, duplicates, rejected) "
            "VALUES (1, 'old.jsonl', '2021-06-12 09:00:00', 1, 2, 0, 0)"
        )
        for aid, ext, title, text, source, published in ARTICLES:
            con.execute(
                "INSERT INTO article (id, ext_id, title, text, source, url, published, content_hash, "
                "batch_id, status, created) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 1, 'in_progress', "
                "'2021-06-12 09:00:00')",
                (aid, ext, title, text, source, published, content_hash(text)),
            )
        con.execute(
            "INSERT INTO event (id, article_id, annotator_id, schema_name, \"values\", status, confidence, "
            "position, field_origin, source_event_ids, comment, created, updated, version) VALUES "
            "(1, 1, 1, 'acled', ?, 'confirmed', NULL, 0, '{}', '[]', '', '2021-06-12 09:00:00', "
            "'2021-06-12 09:00:00', 3)",
            ('{"event_type": "Violence against civilians", "actor1": "Unidentified Armed Group", '
             '"location": "Tessit", "fatalities": 4}',),
        )
        start = ARTICLES[0][3].index("Gunmen ambushed")
        con.execute(
            "INSERT INTO evidence (id, event_id, field, start, \"end\", text) VALUES (1, 1, 'trigger', ?, ?, ?)",
            (start, start + len("Gunmen ambushed"), "Gunmen ambushed"),
        )
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
