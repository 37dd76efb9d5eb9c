"""Databases for the damage tests: one with enough pages to break, and the way to break it."""

from __future__ import annotations

from pathlib import Path

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.interchange import ArticleRecord


def make_db(path: Path, n: int = 200) -> None:
    """``n`` long articles; with 200, damage in the middle of the file hits a b-tree page."""
    db = open_database(str(path))
    with db.session() as session:
        for i in range(n):
            repo.add_article(
                session, ArticleRecord(title=f"Article {i}", text=f"Article number {i} " + "text " * 200)
            )
        session.commit()
    db.dispose()


def damage_middle(path: Path) -> None:
    """Overwrite two pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\xff" * 8192)
