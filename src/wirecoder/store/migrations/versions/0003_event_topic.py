"""events.topic: what an event is about (the coder's Event.topic), kept so exports give it back.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    json = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), 'postgresql')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('topic', json, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('topic')
