"""Full-text search over articles, learned actor aliases, and extra event keys.

Revision ID: 0002
Revises: 0001

SQLite gets an external-content FTS5 table kept in sync by triggers (and filled from the
articles already stored); PostgreSQL gets a GIN index over a tsvector expression instead.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("alias", sa.String, nullable=False),
        sa.Column("canonical", sa.String, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.UniqueConstraint("alias", "canonical", name="uq_actor_alias"),
    )
    op.create_index("ix_actor_alias_alias", "actor_alias", ["alias"])
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("extra", sa.JSON, nullable=False, server_default="{}"))

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "title, text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN "
            "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN "
            "INSERT INTO article_fts(article_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER article_fts_au AFTER UPDATE OF title, text ON article BEGIN "
            "INSERT INTO article_fts(article_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); "
            "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        op.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_article_fts ON article USING GIN "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("article_fts_ai", "article_fts_ad", "article_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS article_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_article_fts")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("extra")
    op.drop_table("actor_alias")
