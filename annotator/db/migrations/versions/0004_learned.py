"""What the suggester learns from confirmations: places, trigger words, trained models.

Revision ID: 0004
Revises: 0003

Three new tables (see ``annotator/db/learned.py``); nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learned_place",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("location", sa.String, nullable=False),
        sa.Column("country", sa.String, nullable=False),
        sa.Column("admin1", sa.String, nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("geo_precision", sa.Integer, nullable=True),
        sa.Column("confirmations", sa.Integer, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.UniqueConstraint("name", "country", "location", name="uq_learned_place"),
    )
    op.create_index("ix_learned_place_name", "learned_place", ["name"])
    op.create_table(
        "learned_trigger",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("phrase", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
        sa.Column("confirmations", sa.Integer, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.UniqueConstraint("phrase", "sub_event_type", name="uq_learned_trigger"),
    )
    op.create_index("ix_learned_trigger_phrase", "learned_trigger", ["phrase"])
    op.create_table(
        "learned_model",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("schema_name", sa.String, nullable=False),
        sa.Column("trained_on", sa.Integer, nullable=False),
        sa.Column("held_out", sa.Integer, nullable=False),
        sa.Column("model_accuracy", sa.Float, nullable=False),
        sa.Column("rule_accuracy", sa.Float, nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
        sa.Column("model", sa.LargeBinary, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.UniqueConstraint("kind", "schema_name", name="uq_learned_model"),
    )


def downgrade() -> None:
    op.drop_table("learned_model")
    op.drop_index("ix_learned_trigger_phrase", "learned_trigger")
    op.drop_table("learned_trigger")
    op.drop_index("ix_learned_place_name", "learned_place")
    op.drop_table("learned_place")
