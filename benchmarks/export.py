"""Export speed on 300,000 events: our jsonl and csv exporters beside a bare sqlite3 dump.

The baseline reads the same rows with the standard library's sqlite3 and writes them with
json/csv and nothing else (no filters, no derived ACLED columns, no atomic rename), in the same
run on the same database, so the printed ratio (ours / bare) compares across machines. Target:
at least 0.5.

    python benchmarks/export.py [--articles N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.db.engine import open_database  # noqa: E402
from annotator.exporters import ExportFilters, export  # noqa: E402
from benchmarks.corpus import build_sqlite  # noqa: E402

STATUSES = ("confirmed", "gold", "draft")  # every generated event, so both sides write the same rows


def bare_rows(path: Path):  # type: ignore[no-untyped-def]
    """Articles with their events and evidence, three plain queries, grouped in Python."""
    conn = sqlite3.connect(path)
    evidence: dict[int, list[dict]] = {}
    for eid, fname, start, end, text in conn.execute(
        'SELECT event_id, field, start, "end", text FROM evidence ORDER BY id'
    ):
        evidence.setdefault(eid, []).append({"field": fname, "start": start, "end": end, "text": text})
    events: dict[int, list[dict]] = {}
    for eid, aid, name, values, status in conn.execute(
        'SELECT e.id, e.article_id, a.name, e."values", e.status FROM event e '
        "JOIN annotator a ON a.id = e.annotator_id ORDER BY e.article_id, e.position, e.id"
    ):
        event = json.loads(values)
        event.update(annotator=name, status=status, evidence=evidence.pop(eid, []))
        events.setdefault(aid, []).append(event)
    for aid, ext_id, title, source, url, published, text in conn.execute(
        "SELECT id, ext_id, title, source, url, published, text FROM article ORDER BY id"
    ):
        yield {"id": ext_id, "title": title, "source": source, "url": url, "published": published,
               "text": text, "events": events.pop(aid, [])}
    conn.close()


def bare_jsonl(path: Path, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for article in bare_rows(path):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            n += len(article["events"])
    return n


def bare_csv(path: Path, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        header: list[str] | None = None
        for article in bare_rows(path):
            for event in article["events"]:
                if header is None:
                    header = [k for k in event if k != "evidence"]
                    writer.writerow([*header, "article_id", "evidence"])
                writer.writerow([*(event[k] for k in header), article["id"], json.dumps(event["evidence"])])
                n += 1
    return n


def timed(fn) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """(CPU seconds, wall seconds, events). Rates use CPU time: the machine may be shared, and
    both sides are CPU-bound single-threaded loops, so CPU time is the fair comparison."""
    cpu, wall = time.process_time(), time.perf_counter()
    n = fn()
    return time.process_time() - cpu, time.perf_counter() - wall, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles (3 events each)")
    args, _unknown = parser.parse_known_args(argv)
    began = time.perf_counter()
    path = build_sqlite(n_articles=args.articles)
    print(f"corpus: {path.name} ({time.perf_counter() - began:.1f} s to build or find)")
    db = open_database(f"sqlite:///{path}")
    filters = ExportFilters(statuses=STATUSES)
    worst = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, bare in (("jsonl", bare_jsonl), ("csv", bare_csv)):
            out = Path(tmp) / f"ours.{fmt}"
            ours_s, ours_wall, ours_n = timed(lambda fmt=fmt, out=out: export(db, fmt, out, filters).events)
            bare_s, bare_wall, bare_n = timed(lambda bare=bare, fmt=fmt: bare(path, Path(tmp) / f"bare.{fmt}"))
            assert ours_n == bare_n, (fmt, ours_n, bare_n)
            ours_rate, bare_rate = ours_n / ours_s, bare_n / bare_s
            ratio = ours_rate / bare_rate
            worst = min(worst, ratio)
            print(f"{fmt:5s} {ours_n:,} events: ours {ours_rate:8,.0f} events/s "
                  f"({ours_s:.1f} s CPU, {ours_wall:.1f} s wall)   bare sqlite3+{fmt} {bare_rate:8,.0f} "
                  f"events/s ({bare_s:.1f} s CPU, {bare_wall:.1f} s wall)   ratio {ratio:.2f}", flush=True)
    db.dispose()
    print(f"worst ratio {worst:.2f} (target >= 0.5): {'ok' if worst >= 0.5 else 'BELOW TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
