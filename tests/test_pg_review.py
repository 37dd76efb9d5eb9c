"""Review on the team server: analysts see each other's events live, only reviewers write gold.

Uses the review fixture (events by ``ana`` and ``bea``), so the roles are named ana, bea and rita;
role catalog changes share the ``pg_roles`` xdist group with tests/test_pg_rls.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from annotator.cli.main import main
from annotator.config import db_url_from
from annotator.db import repo
from annotator.db.engine import open_database
from annotator.review.adjudicate import build_gold, save_gold
from annotator.review.agreement import article_groups
from annotator.schema import Schema

pytestmark = [pytest.mark.postgres, pytest.mark.xdist_group("pg_roles")]
REVIEW = Path(__file__).parent / "data" / "review" / "two_annotators.jsonl"


def test_live_review_and_gold_by_reviewer_only(new_pg_database, acled: Schema) -> None:  # noqa: ANN001
    with new_pg_database("annotator_review") as admin_url:
        assert main(["--db", admin_url, "server-init", "--analyst-role", "ana", "--analyst-role", "bea",
                     "--reviewer-role", "rita"]) == 0
        assert main(["--db", admin_url, "import", str(REVIEW), "--quiet"]) == 0

        def as_role(role: str):  # noqa: ANN202
            return open_database(make_url(db_url_from(admin_url)).set(username=role).render_as_string(False))

        ana = as_role("ana")
        with ana.session() as s:
            group = article_groups(s, acled, 2).groups[0]
            assert sorted(group.versions) == ["ana", "bea"]  # ana reviews bea's coding live
            gold = build_gold(group, acled, "ana", {"actor2": "bea"})
            with pytest.raises(ProgrammingError, match="row-level security"):
                save_gold(s, 2, gold, acled)  # an analyst cannot make gold, even under her name
        ana.dispose()

        rita = as_role("rita")
        with rita.session() as s:
            group = article_groups(s, acled, 2).groups[0]
            stored = save_gold(s, 2, build_gold(group, acled, "rita", {"actor2": "bea"}), acled)
            s.commit()
            assert stored.status == "gold" and stored.annotator == "rita"
            with pytest.raises(repo.NotAllowedError):  # reviewers write gold, not analysts' events
                repo.save_event(s, group.versions["bea"].id, group.versions["bea"].version, comment="x")
        rita.dispose()
