"""``annotator import``, ``export`` and ``stats``: data in, data out, and what is stored."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from annotator.cli.context import CliContext
from annotator.db import repo
from annotator.exporters import EXPORTERS, FOLDER_FORMATS, ExportFilters, export
from annotator.importers import ImportOptions, ImportProgress, run_import
from annotator.interchange import EVENT_STATUSES
from annotator.status import EventStatus


def iso_date(text: str) -> date:
    """A YYYY-MM-DD argument, refused in plain words (argparse would say "invalid fromisoformat value")."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD, e.g. 2016-03-27") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import articles (txt, folders, Annotator/Prodigy/doccano JSONL, Label Studio JSON, brat, CSV, HTML)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    p.add_argument("--format", help="force a format (txt, jsonl, prodigy, doccano, labelstudio, brat, csv, html) instead of the suffix")
    p.add_argument("--text-column", default="text", help="CSV column holding the article text")
    p.add_argument("--title-column", default="title")
    p.add_argument("--url-column", default="url")
    p.add_argument("--published-column", default="published")
    p.add_argument("--source-column", default="source")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none (e.g. .txt files), so that "
                   "relative dates like 'on Sunday' resolve")
    p.add_argument("--source", metavar="NAME", help="outlet name for articles that carry none")
    p.add_argument("--status", choices=EVENT_STATUSES, default=EventStatus.DRAFT.value,
                   help="status for events that name none (default: draft). A gold file without "
                   "statuses imported as draft is left out of the default confirmed,gold export")
    p.add_argument("--annotator", metavar="NAME",
                   help="annotator for events that name none (default: your analyst name, from "
                   "--analyst, ANNOTATOR_ANALYST, the settings or the login name)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write articles and their events to a file or folder")
    p.add_argument("--format", default="jsonl",
                   help=f"output format: {', '.join(EXPORTERS)} (default jsonl)")
    p.add_argument("--out", required=True, type=Path,
                   help="output file, or folder for " + "/".join(sorted(FOLDER_FORMATS)))
    p.add_argument("--status", default="confirmed,gold",
                   help="comma-separated event statuses to include (default confirmed,gold)")
    p.add_argument("--annotator", action="append", default=[], help="only events by this annotator (repeatable)")
    p.add_argument("--since", type=iso_date, help="only events on or after this date (YYYY-MM-DD); undated events are left out")
    p.add_argument("--until", type=iso_date, help="only events on or before this date")
    p.add_argument("--event-type", action="append", default=[], help="only this event type (repeatable)")
    p.add_argument("--keep-sources", action="store_true",
                   help="also write the versions a gold event was adjudicated from (by default the gold "
                   "event replaces them; jsonl always keeps them)")
    p.add_argument("--skip-unadjudicated", action="store_true",
                   help="leave out the events of double-coded articles (draft or confirmed events by two or "
                   "more annotators) that no gold event was adjudicated from, so a gold dataset holds one "
                   "version per event; single-coded articles are written as usual, and a note counts what "
                   "was left out")
    p.add_argument("--split", type=float, default=None,
                   help="spaCy: share of articles in train.spacy, the rest in dev.spacy (default 0.8)")
    p.add_argument("--seed", type=int, default=0, help="seed for the train/dev split")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "published",
        help="give an article its publication date (a .txt carries none) and date your events "
        "from their date words",
    )
    p.add_argument("article", metavar="ARTICLE", help="the article's number, or its id (a .txt file's name)")
    p.add_argument("published", type=iso_date, metavar="YYYY-MM-DD", help="publication date")
    p.add_argument("--no-resuggest", dest="resuggest", action="store_false",
                   help="date your untouched suggestions from their date words instead of suggesting "
                        "the article again with the date (which loads the spaCy model)")
    p.add_argument("--model", dest="sub_model", metavar="NAME",
                   help="spaCy pipeline for suggesting again (default: the configured one)")
    p.set_defaults(func=cmd_published)

    p = sub.add_parser("stats", help="counts of articles and events, and suggestion acceptance per field")
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.set_defaults(func=cmd_stats)


def _progress_bar(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,.0f}/{task.total:,.0f}"),
        TimeRemainingColumn(),
        disable=quiet or not sys.stderr.isatty(),
        transient=True,
    )


def cmd_import(ctx: CliContext) -> int:
    """Import files and folders; the bar advances by bytes read across all files of the run."""
    from rich.progress import DownloadColumn

    args = ctx.args
    options = ImportOptions(
        format=args.format,
        text_column=args.text_column,
        title_column=args.title_column,
        url_column=args.url_column,
        published_column=args.published_column,
        source_column=args.source_column,
        schema=ctx.schema,
        default_published=args.published,
        default_source=args.source,
        default_status=args.status,
        default_annotator=args.annotator,
    )
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        disable=args.quiet or not sys.stderr.isatty(),
        transient=True,
    )
    with bar:
        task = bar.add_task("importing", total=None)

        def on_progress(p: ImportProgress) -> None:
            bar.update(
                task,
                description=f"importing {p.path.name}",
                completed=p.run_done_bytes,
                total=p.run_total_bytes or None,
            )

        report = run_import(ctx.db, args.paths, analyst=ctx.analyst, options=options, progress=on_progress)
    ctx.console.print(report.summary(), markup=False, soft_wrap=True)
    if report.status_assumed or report.annotator_assumed:
        ctx.console.print("(events without a status or an annotator: choose what they get with "
                          "--status and --annotator)", markup=False, soft_wrap=True)
    if report.undated:
        ctx.console.print("(give the publication date with --published when importing, or per article "
                          "with `annotator published ARTICLE YYYY-MM-DD`)", markup=False, soft_wrap=True)
    for rejection in report.rejected:
        ctx.errors.print(f"rejected {rejection}", markup=False, soft_wrap=True)
    for unmapped in report.unmapped:
        ctx.errors.print(f"not mapped {unmapped}", markup=False, soft_wrap=True)
    for note in report.same_id:
        ctx.errors.print(f"note {note}", markup=False, soft_wrap=True)
    if report.rejected and not (report.imported or report.duplicates):
        return 1
    return 0


def cmd_published(ctx: CliContext) -> int:
    """Set the publication date; events whose date words could not be resolved get their date.

    As in the window, when all the analyst's events on the article are suggestions nobody has
    touched, they are suggested again with the date (the model is loaded only then).
    """
    from annotator.importers.published import (  # noqa: PLC0415 (loads the NLP rules)
        set_publication_date,
        wants_new_suggestions,
    )

    args = ctx.args
    with ctx.db.session() as session:
        try:
            article = repo.find_article_ref(session, args.article)
        except repo.NotFoundError as exc:
            ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
            return 2
        analyst = repo.analyst_for_session(session, ctx.analyst)
        article_id = article.id or 0
        resuggest = args.resuggest and wants_new_suggestions(session, article_id, analyst)
    loaded = None
    if resuggest:  # before anything is written: a model that fails to load leaves the suggestions
        from annotator.config import resolve_model  # noqa: PLC0415
        from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415 (spaCy is heavy)

        loaded = load_pipeline(resolve_model(args.sub_model or getattr(args, "model", None)))
        if loaded.is_fallback:
            ctx.errors.print(loaded.message, soft_wrap=True)
    with ctx.db.session() as session:
        result = set_publication_date(
            session, article_id, args.published, ctx.schema, analyst, resuggest=loaded is not None,
        )
        session.commit()
    if result.dropped and loaded is not None:
        from annotator.nlp.suggest_stored import suggest_stored  # noqa: PLC0415

        run = suggest_stored(ctx.db, loaded, ctx.schema, analyst, article_ids=[article_id])
        dated = (f"{analyst}'s {result.dropped} untouched suggestion{'s' if result.dropped != 1 else ''} "
                 f"made again with the date: {run.events} suggested event{'s' if run.events != 1 else ''}")
    elif result.events:
        dated = f"{len(result.dated)} of {analyst}'s events dated from their date words"
    else:
        dated = f"no events of {analyst}'s on it yet: suggestions made from now on are dated from it"
    ctx.console.print(
        f"article {result.article_id} ({result.title}) published {result.published}; {dated}",
        markup=False, soft_wrap=True,
    )
    for event_id, value in result.dated:
        ctx.console.print(f"  event {event_id}: {value}", markup=False)
    return 0


def parse_statuses(raw: str) -> tuple[str, ...]:
    statuses = tuple(s.strip() for s in raw.split(",") if s.strip())
    unknown = [s for s in statuses if s not in EVENT_STATUSES]
    if unknown:
        raise SystemExit(f"annotator export: unknown status {unknown[0]!r}; use {', '.join(EVENT_STATUSES)}")
    return statuses


def cmd_export(ctx: CliContext) -> int:
    """Write the filtered events in one format; the window's Export dialog calls the same core."""
    args = ctx.args
    if args.format not in EXPORTERS:
        ctx.errors.print(f"error: unknown format {args.format!r}; choose from {', '.join(sorted(EXPORTERS))}")
        return 2
    if args.split is not None and not 0.0 <= args.split <= 1.0:
        ctx.errors.print(f"error: --split must be between 0 and 1, got {args.split}")
        return 2
    if args.since and args.until and args.since > args.until:
        ctx.errors.print("error: --since is after --until")
        return 2
    filters = ExportFilters(
        statuses=parse_statuses(args.status),
        annotators=tuple(args.annotator),
        since=args.since,
        until=args.until,
        event_types=tuple(args.event_type),
        type_field=ctx.schema.trigger_label_field or "event_type",
        date_field=ctx.schema.date_field or "event_date",
        keep_sources=args.keep_sources,
        skip_unadjudicated=args.skip_unadjudicated,
    )
    try:
        known_types = set(ctx.schema.field(filters.type_field).all_choice_values())
    except KeyError:
        known_types = set()
    for event_type in filters.event_types:
        if known_types and event_type not in known_types:  # a typo would export nothing, silently
            ctx.errors.print(f"warning: {event_type!r} is not an event type of the {ctx.schema.name} schema",
                             markup=False)
    options: dict[str, object] = {"schema": ctx.schema, "seed": args.seed}
    if args.split is not None:
        options["split"] = args.split
    with _progress_bar(args.quiet) as bar:
        task = bar.add_task(f"exporting {args.format}", total=None)
        result = export(
            ctx.db, args.format, args.out, filters,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            **options,
        )
    ctx.console.print(f"wrote {result.counted()} to {result.path}", markup=False, soft_wrap=True)
    for note in result.notes:
        ctx.console.print(f"note: {note}", markup=False, soft_wrap=True)
    return 0


def cmd_stats(ctx: CliContext) -> int:
    with ctx.db.session() as session:
        s = repo.stats(session)
    if ctx.args.json:
        import json

        print(json.dumps(s.__dict__, indent=2, sort_keys=True))
        return 0
    ctx.console.print(f"Database: {ctx.db.describe()}")
    table = Table(title="Articles and events")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(s.articles))
    for status, n in sorted(s.articles_by_status.items()):
        table.add_row(f"  {status.replace('_', ' ')}", str(n))  # as the window's list says it
    table.add_row("events", str(s.events))
    for status, n in sorted(s.events_by_status.items()):
        table.add_row(f"  {status}", str(n))
    for name, n in sorted(s.events_by_annotator.items()):
        table.add_row(f"  by {name}", str(n))
    ctx.console.print(table)
    if s.field_origin:
        acc = Table(title="Suggestions: how each field's value came to be")
        for col in ("field", "accepted", "edited", "typed", "acceptance rate"):
            acc.add_column(col, justify="right" if col != "field" else "left")
        for fname, origins in sorted(s.field_origin.items()):
            accepted, edited, typed = (origins.get(k, 0) for k in ("accepted", "edited", "typed"))
            suggested = accepted + edited
            rate = f"{accepted / suggested:.0%}" if suggested else "-"
            acc.add_row(fname, str(accepted), str(edited), str(typed), rate)
        ctx.console.print(acc)
    return 0
