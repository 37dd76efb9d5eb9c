"""``annotator locate NAME``: what a hand-typed location fills in the other place fields.

The window fills the empty country, admin1, coordinates and precision when an analyst types a
place; this prints the same answer (``nlp.place_lookup.fill_from_location``) for a script or a
check, with the country the event names (``--country``) and the article's text (``--text``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from annotator.cli.context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("locate", help="look a place name up in the gazetteer: the place fields it fills")
    p.add_argument("name", help="the location as an analyst would type it")
    p.add_argument("--country", metavar="NAME", help="the country the event already names (a hard filter)")
    p.add_argument("--text", type=Path, metavar="FILE", help="the article's text (its country settles shared names)")
    p.set_defaults(func=cmd_locate)


def cmd_locate(ctx: CliContext) -> int:
    from annotator.nlp.place_lookup import fill_from_location  # noqa: PLC0415 (builds the gazetteer)

    args = ctx.args
    fields = dict(ctx.schema.suggest.place) if ctx.schema.suggest is not None else {}
    if not fields.get("location"):
        ctx.errors.print(f"error: schema {ctx.schema.name} has no location field to look up", markup=False)
        return 2
    values = {fields["location"]: args.name}
    if args.country and fields.get("country"):
        values[fields["country"]] = args.country
    text = args.text.read_text(encoding="utf-8") if args.text else ""
    fill = fill_from_location(values, fields, article_text=text)
    print(json.dumps({"values": fill.values, "note": fill.note}, ensure_ascii=False, sort_keys=True))
    return 0 if fill.values else 1
