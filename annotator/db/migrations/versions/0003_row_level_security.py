"""Row-level security on the team server: every analyst reads all events, changes only their own.

Revision ID: 0003
Revises: 0002

PostgreSQL only (a no-op on SQLite, where the file's owner is the only writer). Events and their
evidence are readable by every role; inserting, updating and deleting needs the event's annotator
name to equal the connecting role (``current_user``), and only reviewers, members of the group
role ``annotator_reviewer`` (made by ``annotator server-init``), may write gold events, which is
what adjudication produces. Superusers and the tables' owner bypass these policies (the admin
that runs ``server-init`` and migrations).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OWN_EVENT = "annotator_id IN (SELECT a.id FROM annotator a WHERE a.name = current_user)"
# Gold (adjudicated) events are the reviewers' to write, even under an analyst's own name.
OWN_NOT_GOLD = f"{OWN_EVENT} AND status <> 'gold'"
IS_REVIEWER = (
    "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'annotator_reviewer' "
    "AND pg_has_role(current_user, r.oid, 'MEMBER'))"
)
OWN_EVIDENCE = (
    "event_id IN (SELECT e.id FROM event e JOIN annotator a ON a.id = e.annotator_id "
    "WHERE a.name = current_user)"
)
GOLD_EVIDENCE = "event_id IN (SELECT g.id FROM event g WHERE g.status = 'gold')"

POLICIES = {
    "event": (
        ("event_read", "FOR SELECT USING (true)"),
        ("event_own", f"FOR ALL USING ({OWN_EVENT}) WITH CHECK ({OWN_NOT_GOLD})"),
        (
            "event_gold_by_reviewer",
            f"FOR ALL USING ({IS_REVIEWER} AND status = 'gold') WITH CHECK ({IS_REVIEWER} AND status = 'gold')",
        ),
    ),
    "evidence": (
        ("evidence_read", "FOR SELECT USING (true)"),
        ("evidence_own", f"FOR ALL USING ({OWN_EVIDENCE}) WITH CHECK ({OWN_EVIDENCE})"),
        (
            "evidence_gold_by_reviewer",
            f"FOR ALL USING ({IS_REVIEWER} AND {GOLD_EVIDENCE}) WITH CHECK ({IS_REVIEWER} AND {GOLD_EVIDENCE})",
        ),
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, policies in POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, body in policies:
            op.execute(f"CREATE POLICY {name} ON {table} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, policies in POLICIES.items():
        for name, _ in policies:
            op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
