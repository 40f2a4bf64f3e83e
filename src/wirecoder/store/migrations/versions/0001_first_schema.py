"""The first schema (wirecoder 0.1, before migrations): a database made then is stamped 0001.

Revision ID: 0001
Revises:
Create Date: 2026-11-30 13:30:05.810705
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def JSON() -> sa.types.TypeEngine:
    return sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), 'postgresql')


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('wire', sa.Text(), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('meta', JSON(), nullable=False),
    sa.Column('content_hash', sa.Text(), nullable=False),
    sa.Column('coder_version', sa.Text(), nullable=False),
    sa.Column('coded_at', sa.Text(), nullable=False),
    sa.Column('n_events', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_order', [sa.literal_column('published DESC'), 'id'], unique=False)
        batch_op.create_index('ix_articles_published', ['published'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('reviews',
    sa.Column('review_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('verdict', sa.Text(), nullable=False),
    sa.Column('changes', JSON(), nullable=False),
    sa.Column('reviewer', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('review_id', name=op.f('pk_reviews')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index('ix_reviews_event', ['event_id'], unique=False)

    op.create_table('amounts',
    sa.Column('amount_id', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('unit', sa.Text(), nullable=True),
    sa.Column('currency', sa.Text(), nullable=True),
    sa.Column('object', sa.Text(), nullable=True),
    sa.Column('period', sa.Text(), nullable=True),
    sa.Column('change', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('approximate', sa.Text(), nullable=True),
    sa.Column('start_char', sa.Integer(), nullable=True),
    sa.Column('end_char', sa.Integer(), nullable=True),
    sa.Column('event_ids', JSON(), nullable=False),
    sa.Column('extra', JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_amounts_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('amount_id', name=op.f('pk_amounts'))
    )
    with op.batch_alter_table('amounts', schema=None) as batch_op:
        batch_op.create_index('ix_amounts_article', ['article_id'], unique=False)

    op.create_table('entities',
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=False),
    sa.Column('end_char', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('sector', sa.Text(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_entities_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'idx', name=op.f('pk_entities'))
    )
    op.create_table('events',
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('event_type', sa.Text(), nullable=False),
    sa.Column('mode', sa.Text(), server_default='', nullable=False),
    sa.Column('context', JSON(), nullable=False),
    sa.Column('aux_modes', JSON(), nullable=False),
    sa.Column('date', sa.Text(), nullable=True),
    sa.Column('date_precision', sa.Text(), nullable=True),
    sa.Column('location', JSON(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=True),
    sa.Column('location_country', sa.Text(), nullable=True),
    sa.Column('cameo', sa.Text(), nullable=True),
    sa.Column('goldstein', sa.Float(), nullable=True),
    sa.Column('quad_class', sa.Integer(), nullable=True),
    sa.Column('plover_score', sa.Float(), nullable=True),
    sa.Column('trigger_text', sa.Text(), nullable=True),
    sa.Column('trigger_start', sa.Integer(), nullable=True),
    sa.Column('trigger_end', sa.Integer(), nullable=True),
    sa.Column('evidence', JSON(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('rule', sa.Text(), nullable=True),
    sa.Column('quote_ids', JSON(), nullable=False),
    sa.Column('amount_ids', JSON(), nullable=False),
    sa.Column('actor_label', sa.Text(), nullable=True),
    sa.Column('recipient_label', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_article', ['article_id'], unique=False)
        batch_op.create_index('ix_events_date', ['date'], unique=False)
        batch_op.create_index('ix_events_order', [sa.literal_column('date DESC'), 'article_id', 'trigger_start'],
                              unique=False)
        batch_op.create_index('ix_events_quad_date', ['quad_class', 'date'], unique=False)
        batch_op.create_index('ix_events_type_date', ['event_type', 'date'], unique=False)

    op.create_table('quotes',
    sa.Column('quote_id', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=True),
    sa.Column('end_char', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('speaker', JSON(), nullable=False),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_country', sa.Text(), nullable=True),
    sa.Column('event_ids', JSON(), nullable=False),
    sa.Column('extra', JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('quote_id', name=op.f('pk_quotes'))
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_article', ['article_id'], unique=False)

    op.create_table('sources',
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('start_char', sa.Integer(), nullable=True),
    sa.Column('end_char', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_sources_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'idx', name=op.f('pk_sources'))
    )
    op.create_table('event_actors',
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('sector', sa.Text(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('start_char', sa.Integer(), nullable=True),
    sa.Column('end_char', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.event_id'], name=op.f('fk_event_actors_event_id_events'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'role', 'idx', name=op.f('pk_event_actors'))
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index('ix_actors_country', ['country', 'event_id'], unique=False)
        batch_op.create_index('ix_actors_event', ['event_id'], unique=False)
        batch_op.create_index('ix_actors_name', ['name', 'event_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index('ix_actors_name')
        batch_op.drop_index('ix_actors_event')
        batch_op.drop_index('ix_actors_country')

    op.drop_table('event_actors')
    op.drop_table('sources')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_article')

    op.drop_table('quotes')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type_date')
        batch_op.drop_index('ix_events_quad_date')
        batch_op.drop_index('ix_events_order')
        batch_op.drop_index('ix_events_date')
        batch_op.drop_index('ix_events_article')

    op.drop_table('events')
    op.drop_table('entities')
    with op.batch_alter_table('amounts', schema=None) as batch_op:
        batch_op.drop_index('ix_amounts_article')

    op.drop_table('amounts')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_reviews_event')

    op.drop_table('reviews')
    op.drop_table('meta')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_published')
        batch_op.drop_index('ix_articles_order')

    op.drop_table('articles')
