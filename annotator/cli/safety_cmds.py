"""``annotator backup``, ``restore``, ``check`` and ``server-init``: keeping the work safe.

Backup and restore work on the SQLite file directly (never through a full open: restore must work
on a damaged file). ``server-init`` prepares a PostgreSQL team server.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.context import CliContext
from annotator.config import SavedSettings
from annotator.db.engine import DatabaseError
from annotator.safety.backup import BackupError, create_backup, list_backups, restore, rotate
from annotator.safety.integrity import check_database, sqlite_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the database now (SQLite online backup) into the backups folder")
    p.add_argument("--out", type=Path, help="write the backup to this file instead")
    p.add_argument("--list", action="store_true", help="list the backups of this database instead")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database by a backup (the current file is kept as a copy)")
    p.add_argument("backup", nargs="?", type=Path, metavar="BACKUP",
                   help="backup file (default: the latest backup of this database)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="check the database's integrity (PRAGMA quick_check) without opening it")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("server-init", help="prepare a PostgreSQL team server: migrations, roles, grants")
    p.add_argument("--analyst-role", action="append", default=[], metavar="ROLE",
                   help="login role for an analyst (repeatable); their annotator name is the role name")
    p.add_argument("--reviewer-role", action="append", default=[], metavar="ROLE",
                   help="login role that may also write gold events (repeatable)")
    p.set_defaults(func=cmd_server_init)


def _sqlite_file(ctx: CliContext, command: str) -> Path | None:
    path = sqlite_path(ctx.db_url)
    if path is None:
        ctx.errors.print(
            f"error: `annotator {command}` works on a SQLite file; a PostgreSQL server is backed up "
            "with pg_dump by its administrator", markup=False, soft_wrap=True,
        )
    return path


def cmd_backup(ctx: CliContext) -> int:
    path = _sqlite_file(ctx, "backup")
    if path is None:
        return 2
    if ctx.args.list:
        found = list_backups(path)
        if not found:
            ctx.console.print(f"No backups of {path} yet.", markup=False, soft_wrap=True)
        for info in found:
            ctx.console.print(info.describe(), markup=False, soft_wrap=True)
        return 0
    try:
        out = create_backup(path, ctx.args.out)
    except BackupError as exc:
        ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
        return 2
    if ctx.args.out is None:
        rotate(path, SavedSettings.load().backups_keep)
    ctx.console.print(f"backed up {path} to {out}", markup=False, soft_wrap=True)
    return 0


def cmd_restore(ctx: CliContext) -> int:
    path = _sqlite_file(ctx, "restore")
    if path is None:
        return 2
    try:
        result = restore(path, ctx.args.backup)
    except BackupError as exc:
        ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
        return 2
    ctx.console.print(f"restored {path} from {result.restored_from}", markup=False, soft_wrap=True)
    if result.previous_copy is not None:
        ctx.console.print(f"the previous file is kept as {result.previous_copy}", markup=False, soft_wrap=True)
    return 0


def cmd_check(ctx: CliContext) -> int:
    report = check_database(ctx.db_url)
    if report.ok:
        ctx.console.print(report.message(), markup=False, soft_wrap=True)
        return 0
    ctx.errors.print(f"error: {report.message()}", markup=False, soft_wrap=True)
    return 1


def cmd_server_init(ctx: CliContext) -> int:
    from annotator.db.server import init_server  # noqa: PLC0415  (only this command needs it)

    if not ctx.args.analyst_role and not ctx.args.reviewer_role:
        ctx.errors.print("error: give at least one --analyst-role or --reviewer-role", markup=False)
        return 2
    try:
        report = init_server(ctx.db_url, ctx.args.analyst_role, ctx.args.reviewer_role)
    except ValueError as exc:
        ctx.errors.print(f"error: {exc}", markup=False, soft_wrap=True)
        return 2
    except DatabaseError:
        raise
    ctx.console.print(report.summary(), markup=False, soft_wrap=True)
    return 0
