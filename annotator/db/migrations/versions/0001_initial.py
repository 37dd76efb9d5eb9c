"""Initial layout: annotators, import batches, articles, events, evidence.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "annotator",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_annotator_name", "annotator", ["name"], unique=True)
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("annotator_id", sa.Integer, sa.ForeignKey("annotator.id"), nullable=True),
        sa.Column("imported", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Integer, nullable=False),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ext_id", sa.String, nullable=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=True),
        sa.Column("url", sa.String, nullable=True),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("batch_id", sa.Integer, sa.ForeignKey("import_batch.id"), nullable=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_article_ext_id", "article", ["ext_id"])
    op.create_index("ix_article_content_hash", "article", ["content_hash"], unique=True)
    op.create_index("ix_article_status", "article", ["status"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("article.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("annotator_id", sa.Integer, sa.ForeignKey("annotator.id"), nullable=False),
        sa.Column("schema_name", sa.String, nullable=False),
        sa.Column("values", sa.JSON, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("field_origin", sa.JSON, nullable=False),
        sa.Column("source_event_ids", sa.JSON, nullable=False),
        sa.Column("comment", sa.String, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_article_id", "event", ["article_id"])
    op.create_index("ix_event_annotator_id", "event", ["annotator_id"])
    op.create_index("ix_event_status", "event", ["status"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("event.id", ondelete="CASCADE"), nullable=False),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.UniqueConstraint("event_id", "field", "start", "end", name="uq_evidence_span"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])


def downgrade() -> None:
    for table in ("evidence", "event", "article", "import_batch", "annotator"):
        op.drop_table(table)
