"""events.evidence_text: the evidence sentence as plain text, for word search on both backends.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evidence_text', sa.Text(), nullable=True))
    # Fill it from the evidence JSON (json_extract on SQLite, ->> on PostgreSQL: SQLAlchemy writes either).
    evidence = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), 'postgresql')
    events = sa.table('events', sa.column('evidence', evidence), sa.column('evidence_text', sa.Text()))
    op.execute(events.update().values(evidence_text=events.c.evidence['text'].as_string())
               .where(events.c.evidence.is_not(None)))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('evidence_text')
