"""An article with suggestions nobody has reviewed is not done.

Revision ID: 0005
Revises: 0004

Until now ``refresh_article_status`` left suggested events out, so an article whose analyst
events were all confirmed showed "done" while suggestions still waited on it. The rule now
counts them (``annotator.status.article_status_of``); this puts the stored statuses right for
articles saved under the old rule. No table changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_HAS_SUGGESTION = "EXISTS (SELECT 1 FROM event WHERE event.article_id = article.id AND event.status = 'suggested')"
_UNFINISHED_ANALYST_EVENT = (
    "EXISTS (SELECT 1 FROM event WHERE event.article_id = article.id "
    "AND event.status NOT IN ('suggested', 'confirmed', 'gold'))"
)


def upgrade() -> None:
    op.execute(sa.text(f"UPDATE article SET status = 'in_progress' WHERE status = 'done' AND {_HAS_SUGGESTION}"))


def downgrade() -> None:
    # The old rule: suggestions did not count, so finished analyst work was "done" beside them.
    op.execute(sa.text(
        f"UPDATE article SET status = 'done' WHERE status = 'in_progress' AND {_HAS_SUGGESTION} "
        f"AND NOT {_UNFINISHED_ANALYST_EVENT}"
    ))
