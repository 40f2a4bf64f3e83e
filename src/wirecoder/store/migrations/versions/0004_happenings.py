"""Each happening counted once: stories (copy clusters, MinHash sketches), story_bands (LSH keys) and
events.happening_id.

Stories stored before this revision are sketched here (from their stored text) so that later copies
find them; each is its own cluster, and each of its events its own happening.

Revision ID: 0004
Revises: 0002 (merged after issue 10's 0003_event_topic, this revises '0003')
Create Date: 2026-11-30 14:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stories',
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('cluster_id', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), server_default='', nullable=False),
    sa.Column('wire', sa.Text(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_stories_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_stories'))
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index('ix_stories_cluster', ['cluster_id'], unique=False)
    op.create_table('story_bands',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_story_bands_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_story_bands'))
    )
    with op.batch_alter_table('story_bands', schema=None) as batch_op:
        batch_op.create_index('ix_story_bands_article', ['article_id'], unique=False)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('happening_id', sa.Text(), nullable=True))
        batch_op.create_index('ix_events_happening', ['happening_id'], unique=False)
    events = sa.table('events', sa.column('event_id', sa.Text()), sa.column('happening_id', sa.Text()))
    op.execute(events.update().values(happening_id=events.c.event_id))
    _sketch_stored_stories()


def _sketch_stored_stories() -> None:
    from wirecoder.dedupe import lsh_keys, publisher_key, sketch

    conn = op.get_bind()
    articles = sa.table('articles', sa.column('id', sa.Text()), sa.column('text', sa.Text()),
                        sa.column('publisher', sa.Text()), sa.column('url', sa.Text()),
                        sa.column('wire', sa.Text()))
    stories = sa.table('stories', *(sa.column(n) for n in ('article_id', 'cluster_id', 'source', 'wire', 'size',
                                                           'minhash')))
    bands = sa.table('story_bands', sa.column('key'), sa.column('article_id'))
    last = ''
    while True:
        rows = conn.execute(sa.select(articles).where(articles.c.id > last).order_by(articles.c.id)
                            .limit(500)).all()
        if not rows:
            return
        story_rows: list[dict[str, object]] = []
        band_rows: list[dict[str, str]] = []
        for r in rows:
            sk = sketch(r.text or '')
            story_rows.append({'article_id': r.id, 'cluster_id': r.id, 'source': publisher_key(r.publisher, r.url),
                               'wire': r.wire, 'size': sk.size, 'minhash': sk.to_bytes()})
            band_rows.extend({'key': k, 'article_id': r.id} for k in lsh_keys(sk))
        conn.execute(stories.insert(), story_rows)
        conn.execute(bands.insert(), band_rows)
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_happening')
        batch_op.drop_column('happening_id')
    op.drop_table('story_bands')
    op.drop_table('stories')
