"""What every sub-command needs: the resolved settings and a lazily opened database."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from functools import cached_property

from rich.console import Console

from annotator.config import resolve_analyst, resolve_db_url, resolve_model, resolve_schema
from annotator.db.engine import Database, open_database
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
        return open_database(self.db_url)

    @cached_property
    def analyst(self) -> str:
        return resolve_analyst(self.args.analyst)

    @cached_property
    def model(self) -> str:
        return resolve_model(getattr(self.args, "model", None))

    @cached_property
    def schema(self) -> Schema:
        return load_schema(resolve_schema(self.args.schema))
