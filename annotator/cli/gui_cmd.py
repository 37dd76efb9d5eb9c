"""``annotator gui``: open the window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the context imports SQLAlchemy, which the window's start must not wait for
    from annotator.cli.context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the annotation window (the default)")
    p.set_defaults(func=run_gui)


def run_gui(ctx: CliContext) -> int:
    return run_window(ctx.args)


def run_window(args: argparse.Namespace) -> int:
    """The window with the global options (--db, --analyst, --schema, --model)."""
    from annotator.ui.app import run  # noqa: PLC0415  (Qt only when the window is wanted)

    return run(args)
