"""``annotator suggest`` (batch suggestions over JSONL) and ``annotator evaluate`` (against gold).

``suggest`` streams: it reads the input in chunks, runs each chunk through ``nlp.pipe`` (in this
process, or in N worker processes with ``--processes``, at most two chunks per worker in flight)
and writes each chunk as soon as it is done, in input order, to a temporary file that replaces
``--out`` only when everything succeeded. Memory stays flat on inputs of any size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from annotator.cli.context import CliContext
from annotator.interchange import (
    RecordError,
    article_from_json,
    dumps_article,
    iter_jsonl_lines,
    read_jsonl,
)
from annotator.schema import Schema

SUGGESTER = "suggester"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest",
        help="append suggested events to every article of an Annotator JSONL file, or (--stored) "
             "store suggestions on the database's articles as the window does",
    )
    p.add_argument("input", type=Path, nargs="?", metavar="IN.jsonl",
                   help="Annotator JSONL (uses 'published' when present)")
    p.add_argument("--out", type=Path, metavar="OUT.jsonl", help="output file (written atomically)")
    p.add_argument(
        "--stored", action="store_true",
        help="suggest for the articles in the database that the analyst (--analyst or the setting) "
             "has not started, with what the database has learned, and store them as suggested events",
    )
    p.add_argument("--article", type=int, action="append", metavar="ID",
                   help="with --stored: only this article (repeatable)")
    p.add_argument("--model", dest="sub_model", metavar="NAME", help="spaCy pipeline (default: the configured one)")
    p.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=64, metavar="N", help="articles per nlp.pipe batch")
    p.add_argument("--chunk-size", type=int, default=256, metavar="N", help="articles per chunk of work")
    p.add_argument("--max-events", type=int, default=5, metavar="N", help="suggestions per article (default 5)")
    _threshold_argument(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("evaluate", help="score the suggester against gold events")
    p.add_argument("--gold", type=Path, required=True, metavar="GOLD.jsonl", help="Annotator JSONL with gold events")
    p.add_argument("--model", dest="sub_model", metavar="NAME", help="spaCy pipeline (default: the configured one)")
    p.add_argument("--max-events", type=int, default=5, metavar="N", help="suggestions per article (default 5)")
    _threshold_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument(
        "--details", action="store_true",
        help="also list every gold event with the suggestion that stands for it and the fields "
             "that differ, and every suggestion no gold event matched",
    )
    p.add_argument(
        "--learning-curve", action="store_true",
        help="replay the gold file article by article as an analyst confirming it (into a fresh "
             "temporary database) and print the fields to edit per event of each next article, "
             "with and without learning",
    )
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser(
        "learn",
        help="relearn from every confirmed and gold event in the database (actor aliases, places, "
             "trigger words) and retrain the event-type classifier now",
    )
    p.set_defaults(func=cmd_learn)


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0-1")
    return value


def _threshold_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--threshold", type=_confidence, default=None, metavar="P",
        help="suggest only events at least this confident, 0-1 (default: the setting "
        "suggest_threshold or ANNOTATOR_SUGGEST_THRESHOLD, else 0.5)",
    )


def _model(ctx: CliContext) -> str:
    from annotator.config import resolve_model  # noqa: PLC0415

    return resolve_model(getattr(ctx.args, "sub_model", None) or getattr(ctx.args, "model", None))


# --- suggest -------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(
    model: str, schema: Schema, batch_size: int, max_events: int, threshold: float | None = None
) -> None:
    from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415

    _WORKER.update(
        loaded=load_pipeline(model), schema=schema, batch_size=batch_size, max_events=max_events,
        threshold=threshold,
    )


def process_chunk(raws: list[dict[str, Any]]) -> list[str]:
    """Suggest for a chunk of decoded articles; returns their output lines (worker side)."""
    from annotator.nlp.suggest import suggest_many  # noqa: PLC0415

    records = [article_from_json(raw) for raw in raws]
    results = suggest_many(
        _WORKER["loaded"], ((r.text, r.published) for r in records), _WORKER["schema"],
        max_events=_WORKER["max_events"], batch_size=_WORKER["batch_size"],
        threshold=_WORKER.get("threshold"),
    )
    lines = []
    for record, events in zip(records, results, strict=True):
        for event in events:
            event.annotator = SUGGESTER
        record.events.extend(events)
        lines.append(dumps_article(record))
    return lines


def _chunks(path: Path, size: int, errors: list[str]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    with open(path, "rb") as handle:
        for _number, obj in iter_jsonl_lines(handle, str(path)):
            if isinstance(obj, RecordError):
                errors.append(str(obj))
                continue
            try:
                article_from_json(obj)
            except (ValueError, TypeError) as exc:
                errors.append(f"{path}:{_number}: {exc}")
                continue
            chunk.append(obj)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _results(chunks: Iterator[list[dict[str, Any]]], processes: int, init_args: tuple) -> Iterator[list[str]]:
    """Output lines per chunk, in input order; with N processes at most 2N chunks in flight."""
    if processes <= 1:
        _init_worker(*init_args)
        for chunk in chunks:
            yield process_chunk(chunk)
        return
    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with context.Pool(processes, initializer=_init_worker, initargs=init_args) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(process_chunk, (chunk,)))
            while len(pending) >= 2 * processes:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def run_suggest(
    input_path: Path, out_path: Path, *, model: str, schema: Schema, processes: int = 1,
    batch_size: int = 64, chunk_size: int = 256, max_events: int = 5, progress: Any = None,
    threshold: float | None = None,
) -> tuple[int, list[str]]:
    """Write ``input_path`` with suggestions appended to ``out_path``; (articles, bad lines)."""
    from annotator.exporters.base import atomic_output  # noqa: PLC0415

    if not input_path.is_file():
        raise FileNotFoundError(f"no such file: {input_path}")
    errors: list[str] = []
    done = 0
    from annotator.config import resolve_suggest_threshold  # noqa: PLC0415

    init_args = (model, schema, batch_size, max_events, resolve_suggest_threshold(threshold))
    with atomic_output(out_path) as out:
        for lines in _results(_chunks(input_path, max(chunk_size, 1), errors), processes, init_args):
            for line in lines:
                out.write(line)
                out.write("\n")
            done += len(lines)
            if progress is not None:
                progress(done)
    return done, errors


def not_jsonl(path: Path) -> str | None:
    """Why ``path`` is no Annotator JSONL, judged by its first non-blank line; None when it may be.

    ``suggest`` would otherwise load the model and then reject every line of a .txt article one
    by one ("not valid JSON"), and leave an empty output behind.
    """
    if not path.is_file():
        return None  # run_suggest names a missing file
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.lstrip(b"\xef\xbb\xbf").strip()
            if line:
                if line.startswith(b"{"):
                    return None
                return (
                    f"{path}:{number}: not Annotator JSONL (one JSON article per line): `annotator suggest` "
                    "reads JSONL only. For .txt, HTML or CSV articles: `annotator import` them and open "
                    "them in the window (it suggests as each opens), or write them as JSONL with "
                    "`annotator export --format jsonl --out articles.jsonl` (every article is written) "
                    "and suggest on that"
                )
    return None


def cmd_suggest(ctx: CliContext) -> int:
    args = ctx.args
    if args.stored:
        if args.input is not None or args.out is not None:
            ctx.errors.print("error: --stored suggests for the database's articles; give no IN.jsonl or --out",
                             soft_wrap=True)
            return 2
        return _suggest_stored(ctx)
    if args.input is None or args.out is None:
        ctx.errors.print("error: give IN.jsonl and --out OUT.jsonl, or --stored", soft_wrap=True)
        return 2
    problem = not_jsonl(args.input)
    if problem is not None:
        ctx.errors.print(f"error: {problem}", markup=False, soft_wrap=True)
        return 2
    model = _model(ctx)
    bar = _article_progress(ctx)
    with bar:
        task = bar.add_task(f"suggesting with {model}", total=None)
        count, errors = run_suggest(
            args.input, args.out, model=model, schema=ctx.schema, processes=max(args.processes, 1),
            batch_size=max(args.batch_size, 1), chunk_size=args.chunk_size, max_events=args.max_events,
            progress=lambda n: bar.update(task, completed=n), threshold=args.threshold,
        )
    for error in errors[:20]:
        ctx.errors.print(f"[yellow]skipped:[/yellow] {error}", markup=True, soft_wrap=True)
    if len(errors) > 20:
        ctx.errors.print(f"... and {len(errors) - 20} more bad lines")
    ctx.console.print(f"{count} articles with suggestions written to {args.out}"
                      + (f"; {len(errors)} bad lines skipped" if errors else ""), soft_wrap=True)
    return 0 if count or not errors else 1


def _article_progress(ctx: CliContext) -> Progress:
    """A progress bar counting articles on stderr, off with --quiet or when stderr is no terminal."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed:,.0f} articles"),
        TimeElapsedColumn(), disable=ctx.args.quiet or not sys.stderr.isatty(), transient=True,
        console=ctx.errors,
    )


def _suggest_stored(ctx: CliContext) -> int:
    """``suggest --stored``: the window's suggestions, for many stored articles at once."""
    from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415
    from annotator.nlp.suggest_stored import suggest_stored  # noqa: PLC0415

    args = ctx.args
    loaded = load_pipeline(_model(ctx))
    if loaded.is_fallback:
        ctx.errors.print(loaded.message, soft_wrap=True)
    analyst = ctx.analyst
    bar = _article_progress(ctx)
    with bar:
        task = bar.add_task(f"suggesting with {loaded.name} for {analyst}", total=None)
        run = suggest_stored(
            ctx.db, loaded, ctx.schema, analyst, article_ids=args.article, max_events=args.max_events,
            threshold=args.threshold, progress=lambda n: bar.update(task, completed=n),
        )
    ctx.console.print(
        f"{run.events} suggested event{'s' if run.events != 1 else ''} stored for {analyst} on "
        f"{run.articles - run.skipped} of {run.articles} article{'s' if run.articles != 1 else ''} not yet started"
        + (f" ({run.skipped} started meanwhile, left alone)" if run.skipped else ""),
        soft_wrap=True,
    )
    return 0


# --- evaluate ------------------------------------------------------------------------------------


def cmd_evaluate(ctx: CliContext) -> int:
    from annotator.nlp.evaluate import evaluate_articles  # noqa: PLC0415
    from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415

    args = ctx.args
    if not args.gold.is_file():
        raise FileNotFoundError(f"no such file: {args.gold}")
    articles = []
    for _number, item in read_jsonl(args.gold, ctx.schema):
        if isinstance(item, RecordError):
            ctx.errors.print(f"[yellow]skipped:[/yellow] {item}", markup=True, soft_wrap=True)
            continue
        articles.append(item)
    loaded = load_pipeline(_model(ctx))
    if loaded.is_fallback:
        ctx.errors.print(loaded.message, soft_wrap=True)
    if args.learning_curve:
        return _learning_curve(ctx, articles, loaded)
    details: list | None = [] if args.details else None
    result = evaluate_articles(
        articles, loaded, ctx.schema, max_events=args.max_events, threshold=args.threshold, details=details,
    )
    if args.json:
        data = result.to_json()
        data["model"] = loaded.name
        data["fallback"] = loaded.is_fallback
        if details is not None:
            data["events"] = [d.to_json() for d in details]
        ctx.console.print_json(json.dumps(data, default=str))
        return 0
    events = Table(title=f"Events ({result.articles} articles, model {loaded.name})")
    for col in ("gold", "suggested", "matched", "precision", "recall", "F1", "fields to edit / gold event"):
        events.add_column(col, justify="right")
    events.add_row(
        str(result.gold_events), str(result.suggested_events), str(result.matched),
        f"{result.precision:.3f}", f"{result.recall:.3f}", f"{result.f1:.3f}", f"{result.mean_edits:.2f}",
    )
    ctx.console.print(events)
    fields = Table(title="Field accuracy over matched events")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    fields.add_column("correct / matched", justify="right")
    for name, score in result.fields.items():
        fields.add_row(name, f"{score.accuracy:.3f}", f"{score.correct}/{score.total}")
    ctx.console.print(fields)
    if details is not None:
        ctx.console.print(_details_table(details))
    return 0


def _details_table(details: list) -> Table:
    """``evaluate --details``: one row per gold event or extra suggestion, with what to edit."""
    table = Table(title="Per event (fields to edit: gold ← suggested)")
    for col in ("article", "event", "outcome", "fields to edit"):
        table.add_column(col, overflow="fold")
    for d in details:
        outcome = d.to_json()["outcome"]
        if outcome == "matched":
            edits = "; ".join(f"{f}: {g!r} ← {s!r}" for f, g, s in d.differences) or "none"
        elif outcome == "missed":
            edits = f"all {len(d.differences)} typed"
        else:
            edits = "delete the suggestion"
        table.add_row(d.article, d.label, outcome, edits)
    return table


def _learning_curve(ctx: CliContext, articles: list, loaded: Any) -> int:
    """``evaluate --learning-curve``: the replay with and without learning, side by side."""
    import tempfile  # noqa: PLC0415

    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.nlp.learning_curve import replay, summary  # noqa: PLC0415

    curves = {}
    for learn in (True, False):
        with tempfile.TemporaryDirectory(prefix="annotator-curve-") as tmp:
            db = open_database(str(Path(tmp) / "replay.sqlite3"))
            try:
                curves[learn] = replay(articles, loaded, ctx.schema, db, learn=learn, max_events=ctx.args.max_events)
            finally:
                db.dispose()
    with_l, without = curves[True], curves[False]
    if ctx.args.json:
        ctx.console.print_json(json.dumps({
            "model": loaded.name,
            "articles": [
                {"index": a.index, "article": a.article, "gold_events": a.gold_events,
                 "edits_learning": a.edits, "edits_rules_only": b.edits,
                 "matched_learning": a.matched, "matched_rules_only": b.matched}
                for a, b in zip(with_l, without, strict=True)
            ],
            "thirds_learning": [round(x, 3) for x in summary(with_l)],
            "thirds_rules_only": [round(x, 3) for x in summary(without)],
        }))
        return 0
    table = Table(title=f"Learning curve ({len(with_l)} articles in file order, model {loaded.name})")
    for col in ("#", "article", "gold events", "edits / event, learning", "edits / event, rules only"):
        table.add_column(col, justify="right" if col != "article" else "left")
    for a, b in zip(with_l, without, strict=True):
        table.add_row(str(a.index), a.article, str(a.gold_events), f"{a.edits_per_event:.2f}", f"{b.edits_per_event:.2f}")
    ctx.console.print(table)
    thirds = " -> ".join(f"{x:.2f}" for x in summary(with_l))
    rules = " -> ".join(f"{x:.2f}" for x in summary(without))
    ctx.console.print(f"edits per event by thirds of the file: learning {thirds}; rules only {rules}", soft_wrap=True)
    return 0


# --- learn ---------------------------------------------------------------------------------------


def cmd_learn(ctx: CliContext) -> int:
    """What the window learns on each confirmation, for a whole database at once (e.g. after an
    import of coded articles); places and triggers are rebuilt, so running it twice counts once."""
    from annotator.db import learned, repo  # noqa: PLC0415
    from annotator.nlp.learning_curve import learn_confirmed  # noqa: PLC0415
    from annotator.nlp.retrain import retrain_if_due  # noqa: PLC0415

    schema = ctx.schema
    events = 0
    with ctx.db.session() as session:
        learned.forget_places_and_triggers(session)
        records = list(repo.iter_article_records(session))
        for article in records:
            for event in article.events:
                if (event.schema or schema.name) == schema.name:
                    learn_confirmed(session, schema, event)
                    events += 1
        session.commit()
        places, triggers = len(learned.learned_places(session)), len(learned.learned_triggers(session))
        model = retrain_if_due(session, schema, force=True)
    ctx.console.print(f"learned from {events} confirmed events: {places} place names, {triggers} trigger words",
                      soft_wrap=True)
    if model is None:
        ctx.console.print("event-type classifier: not trained (needs 12 confirmed events with a trigger "
                          "and at least two sub-event types)", soft_wrap=True)
    else:
        verdict = "used" if model.used else "not used (the rules did as well)"
        ctx.console.print(
            f"event-type classifier trained on {model.trained_on} events; held out {model.held_out}: "
            f"model {model.model_accuracy:.2f}, rules {model.rule_accuracy:.2f} -> {verdict}", soft_wrap=True)
    return 0
