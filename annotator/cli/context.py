"""What every sub-command needs: the resolved settings and a lazily opened database."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from functools import cached_property

from rich.console import Console

from annotator.config import resolve_analyst, resolve_db_url, resolve_model, resolve_schema
from annotator.db.engine import Database
from annotator.safety.on_open import open_checked
from annotator.schema import Schema, load_schema


@dataclass
class CliContext:
    args: argparse.Namespace
    console: Console = field(default_factory=lambda: Console(stderr=False, highlight=False))
    errors: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))

    @cached_property
    def db_url(self) -> str:
        return resolve_db_url(self.args.db)

    @cached_property
    def db(self) -> Database:
        database = open_checked(self.db_url)
        for warning in database.warnings:
            self.errors.print(f"warning: {warning}", markup=False, soft_wrap=True)
        return database

    @cached_property
    def analyst(self) -> str:
        configured = resolve_analyst(self.args.analyst)
        if not self.db_url.startswith("postgresql"):
            return configured
        # On the team server an analyst's role is their name, so ownership (row-level security) lines up.
        from annotator.db.repo import analyst_for_session  # noqa: PLC0415

        with self.db.session() as session:
            return analyst_for_session(session, configured)

    @cached_property
    def model(self) -> str:
        return resolve_model(getattr(self.args, "model", None))

    @cached_property
    def schema(self) -> Schema:
        return load_schema(resolve_schema(self.args.schema))
