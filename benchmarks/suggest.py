"""Suggestion overhead: our suggester beside the bare spaCy model on the same synthetic articles.

Two ratios, measured in one run on the same texts from ``benchmarks/corpus.py``:

1. latency: time to suggest events for one article (``suggest_events``: the model plus the
   gazetteer, actor and trigger matching, dates, numbers, roles and ranking) divided by the time
   of a bare ``nlp(text)`` with the same model and nothing added. Target: at most 1.2. The two
   are timed alternately article by article, so load from other processes hits both alike; the
   articles are gone through twice and the ratio of each pass is printed too.
2. throughput: articles per second of the batch path behind ``annotator suggest`` (JSONL in,
   chunks through ``nlp.pipe``, JSONL out, one process) divided by a bare ``nlp.pipe`` over the
   same texts. Target: at least 0.85. Each side runs five times, alternately; the fastest counts
   (each run's own ratio is printed too, to show how much they vary with the machine's load).

Times are this process's CPU time (``time.process_time``), not wall-clock time: on a machine
shared with other jobs, wall time mostly measures the neighbours.

    python benchmarks/suggest.py [--articles 300] [--latency-articles 100] [--latency-passes 2]
                                 [--throughput-runs 5] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy  # noqa: E402

from annotator.cli.nlp_cmds import run_suggest  # noqa: E402
from annotator.config import DEFAULT_MODEL  # noqa: E402
from annotator.nlp.pipeline import load_pipeline  # noqa: E402
from annotator.nlp.suggest import suggest_events  # noqa: E402
from annotator.schema import load_schema  # noqa: E402
from benchmarks.corpus import iter_articles  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--latency-articles", type=int, default=100)
    parser.add_argument("--latency-passes", type=int, default=2, help="passes over the latency articles")
    parser.add_argument("--throughput-runs", type=int, default=5, help="runs of each side, alternately")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    articles = list(iter_articles(args.articles, seed=args.seed))
    for article in articles:
        article["events"] = []  # suggest from scratch, like a fresh import
    texts = [a["text"] for a in articles]
    schema = load_schema("acled")
    loaded = load_pipeline(args.model)
    if loaded.is_fallback:
        print(loaded.message)
        return 1
    bare = spacy.load(args.model)
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} synthetic articles (mean {chars:,.0f} characters), model {args.model}")

    # Warm both paths (first calls build caches and allocate).
    for text in texts[:5]:
        bare(text)
        suggest_events(loaded, text, date(2024, 1, 1), schema)

    bare_total = ours_total = 0.0
    passes = []
    for _ in range(args.latency_passes):
        bare_pass = ours_pass = 0.0
        for article in articles[: args.latency_articles]:
            published = date.fromisoformat(article["published"]) if article.get("published") else None
            t0 = time.process_time()
            bare(article["text"])
            t1 = time.process_time()
            suggest_events(loaded, article["text"], published, schema)
            t2 = time.process_time()
            bare_pass += t1 - t0
            ours_pass += t2 - t1
        passes.append(ours_pass / bare_pass)
        bare_total += bare_pass
        ours_total += ours_pass
    n = min(args.latency_articles, len(articles)) * args.latency_passes
    latency = ours_total / bare_total
    print(f"latency: suggest {ours_total / n * 1000:.1f} ms/article, bare nlp(text) "
          f"{bare_total / n * 1000:.1f} ms/article -> ratio {latency:.3f} (target <= 1.2); "
          f"passes over the articles: {', '.join(f'{r:.3f}' for r in passes)}")

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with open(src, "w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        bare_times, ours_times = [], []
        for _ in range(args.throughput_runs):
            t0 = time.process_time()
            for _doc in bare.pipe(texts, batch_size=args.batch_size):
                pass
            bare_times.append(time.process_time() - t0)
            t0 = time.process_time()
            count, errors = run_suggest(src, out, model=args.model, schema=schema, processes=1,
                                        batch_size=args.batch_size, chunk_size=256)
            ours_times.append(time.process_time() - t0)
            assert count == len(texts) and not errors
    bare_rate = len(texts) / min(bare_times)
    ours_rate = len(texts) / min(ours_times)
    ratio = ours_rate / bare_rate
    print(f"throughput: annotator suggest {ours_rate:.1f} articles/s, bare nlp.pipe {bare_rate:.1f} "
          f"articles/s -> ratio {ratio:.3f} (target >= 0.85)")
    own = [b / o for b, o in zip(bare_times, ours_times, strict=True)]
    print(f"  each run's own ratio: {', '.join(f'{r:.3f}' for r in own)} (median {statistics.median(own):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
