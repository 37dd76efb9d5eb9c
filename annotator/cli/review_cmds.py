"""``annotator agreement``, ``attach`` and ``adjudicate``: the review features, headless."""

from __future__ import annotations

import argparse
import json

from rich.table import Table

from annotator.cli.context import CliContext
from annotator.db import repo
from annotator.review.adjudicate import (
    AdjudicationError,
    adjudicated_ids,
    build_gold,
    differing_fields,
    existing_gold,
    handover_note,
    pickable_fields,
    picks_from_gold,
    save_gold,
)
from annotator.review.agreement import AgreementReport, article_groups, compute_agreement
from annotator.review.attach import AttachError, attach_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agreement", help="inter-annotator agreement (Krippendorff's alpha, kappa, F1)")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="only these annotators (default: all)")
    p.add_argument("--article", type=int, action="append", default=[], metavar="ID",
                   help="only this article (repeatable; default: every coded article)")
    p.add_argument("--top", type=int, default=10, help="articles with most disagreement to list (default 10)")
    p.add_argument("--json", action="store_true", help="print the whole report as JSON")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser("attach", help="copy in a colleague's database (read-only; local work is kept)")
    p.add_argument("other", metavar="OTHER.sqlite3", help="the other analyst's database file")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("adjudicate", help="build a gold event from annotators' versions, field by field")
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--event", type=int, metavar="N", help="aligned event number (see --list)")
    p.add_argument("--take", action="append", default=[], metavar="FIELD=ANNOTATOR",
                   help="take a field (or 'trigger') from an annotator's version (repeatable)")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="type a value instead (repeatable)")
    p.add_argument("--base", metavar="ANNOTATOR", help="where fields not taken come from (default: first)")
    p.add_argument("--comment", default="", help="the reviewer's note, stored on the gold event")
    p.add_argument("--list", action="store_true", help="show the aligned events and what differs")
    p.add_argument("--anew", action="store_true",
                   help="re-adjudicate from scratch (default: keep the earlier gold event's choices and "
                   "apply --take/--set/--comment on top)")
    p.set_defaults(func=cmd_adjudicate)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def print_report(ctx: CliContext, report: AgreementReport, top: int) -> None:
    ctx.console.print(
        f"Annotators: {', '.join(report.annotators) or '-'}; overall alpha {_fmt(report.overall_alpha)}"
    )
    for note in report.notes():
        ctx.console.print(f"note: {note}", markup=False, soft_wrap=True)
    fields = Table(title="Krippendorff's alpha per field")
    for name, justify in (("field", "left"), ("level", "left"), ("alpha", "right"),
                          ("events compared", "right"), ("differ", "right"), ("agree", "right")):
        fields.add_column(name, justify=justify)  # type: ignore[arg-type]
    for f in report.fields:
        fields.add_row(f.field, f.level, _fmt(f.alpha), str(f.units), str(f.disagreements), _pct(f.agreement))
    ctx.console.print(fields)
    if report.types:
        types = Table(title="Agreement per event type (all fields of its events)")
        for name in ("event type", "events", "coded by all", "type differs", "fields compared",
                     "differ", "agree", "alpha"):
            types.add_column(name, justify="left" if name == "event type" else "right")
        for t in report.types:
            types.add_row(t.event_type, str(t.events), str(t.matched), str(t.type_differs), str(t.units),
                          str(t.disagreements), _pct(t.agreement), _fmt(t.alpha))
        ctx.console.print(types)
    if report.pairs:
        pairs = Table(title="Pairs of annotators")
        for name in ("pair", "articles", "kappa", "event F1", "evidence F1", "matched", "only A", "only B"):
            pairs.add_column(name, justify="left" if name == "pair" else "right")
        for p in report.pairs:
            pairs.add_row(f"{p.a} / {p.b}", str(p.articles), _fmt(p.kappa), _fmt(p.event_f1),
                          _fmt(p.evidence_f1), str(p.matched), str(p.only_a), str(p.only_b))
        ctx.console.print(pairs)
    articles = Table(title=f"Articles with the most disagreement (top {top})")
    for name in ("id", "title", "annotators", "events", "differ", "rate", "alpha"):
        articles.add_column(name, justify="right" if name in ("id", "events", "differ", "rate", "alpha") else "left")
    for a in report.articles[:top]:
        who = ", ".join(a.annotators) + (" (single-coded)" if a.single_coded else "")
        articles.add_row(str(a.article_id), a.title, who, str(a.events), str(a.disagreements),
                         f"{a.disagreement_rate:.0%}", _fmt(a.alpha))
    ctx.console.print(articles)


def cmd_agreement(ctx: CliContext) -> int:
    args = ctx.args
    with ctx.db.session() as session:
        report = compute_agreement(
            session, ctx.schema, annotators=args.annotators or None, article_ids=args.article or None
        )
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return 0
    print_report(ctx, report, args.top)
    return 0


def cmd_attach(ctx: CliContext) -> int:
    try:
        report = attach_database(ctx.db, ctx.args.other, analyst=ctx.analyst, schema=ctx.schema)
    except AttachError as exc:
        ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
        return 2
    ctx.console.print(report.summary(), markup=False, soft_wrap=True)
    return 0


def _pairs(raw: list[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in raw:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise SystemExit(f"annotator adjudicate: --{what} expects FIELD=VALUE, got {item!r}")
        out[name.strip()] = value.strip()
    return out


def cmd_adjudicate(ctx: CliContext) -> int:
    args = ctx.args
    schema = ctx.schema
    with ctx.db.session() as session:
        try:
            groups = article_groups(session, schema, args.article).groups
        except repo.NotFoundError as exc:
            ctx.errors.print(f"error: {exc}")
            return 2
        if args.list or args.event is None:
            done = adjudicated_ids(session, args.article)
            for number, group in enumerate(groups, start=1):
                differ = differing_fields(group, schema)
                gold = existing_gold(session, args.article, group) if any(
                    v.id in done for v in group.versions.values()) else None
                mark = f" (adjudicated by {gold.annotator}: gold event {gold.id})" if gold is not None else ""
                alone = " (only this annotator coded it)" if len(group.versions) == 1 else ""
                same = " - no differences" if len(group.versions) > 1 and not differ else ""
                ctx.console.print(f"event {number}{mark}: {', '.join(group.annotators)}{alone}{same}",
                                  markup=False)
                for name in pickable_fields(schema):
                    if name in differ:
                        shown = {who: v.values.get(name, "") if schema.field(name).has_value else
                                 [s.text for s in v.evidence if s.field == name]
                                 for who, v in group.versions.items()}
                        ctx.console.print(f"  {name} differs: {shown}", markup=False, soft_wrap=True)
            return 0
        if not 1 <= args.event <= len(groups):
            ctx.errors.print(f"error: article {args.article} has events 1..{len(groups)}")
            return 2
        group = groups[args.event - 1]
        previous = existing_gold(session, args.article, group)
        picks, edits, comment = _pairs(args.take, "take"), _pairs(args.set, "set"), args.comment
        if previous is not None and not args.anew:
            # As the review dialog does: re-adjudicating starts from the earlier decisions, so
            # adding a comment or changing one field does not silently undo the other choices.
            kept_picks, kept_edits = picks_from_gold(group, previous, schema, args.base)
            picks = {**{k: v for k, v in kept_picks.items() if k not in edits}, **picks}
            edits = {**{k: v for k, v in kept_edits.items() if k not in picks}, **edits}
            comment = comment or previous.comment
        try:
            adjudication = build_gold(
                group, schema, ctx.analyst, picks, edits=edits, comment=comment, base=args.base,
            )
        except AdjudicationError as exc:
            ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
            return 2
        stored = save_gold(session, args.article, adjudication, schema, replace=previous)
        session.commit()
    verb = "updated" if previous is not None else "saved"
    handover = handover_note(previous, ctx.analyst)
    ctx.console.print(
        f"{verb} gold event {stored.id} ({adjudication.summary()}) from events {adjudication.source_ids}"
        + (f" ({handover})" if handover else ""), markup=False, soft_wrap=True,
    )
    for warning in schema.confirm_warnings(stored.values):
        ctx.console.print(f"note: gold event {stored.id} has {warning}", markup=False)
    return 0
