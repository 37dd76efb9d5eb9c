"""``annotator gui``: open the window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse

from annotator.cli.context import CliContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the annotation window (the default)")
    p.set_defaults(func=run_gui)


def run_gui(ctx: CliContext) -> int:
    from annotator.ui.app import run  # noqa: PLC0415  (Qt only when the window is wanted)

    return run(ctx.args)
