"""The drafting wizard's autosaved drafts (``wizard_draft``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

One row per open (or crashed) wizard: the case as JSON, the page the officer was on, and when it was
saved (UTC). A test checks that the migrated schema equals the table models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('wizard_draft',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('case_json', sa.Text(), nullable=False),
        sa.Column('page', sa.Text(), nullable=False),
        sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_wizard_draft_case_id_cases'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wizard_draft'))
    )
    op.create_index(op.f('ix_wizard_draft_case_id'), 'wizard_draft', ['case_id'], unique=False)
    op.create_index(op.f('ix_wizard_draft_saved_at'), 'wizard_draft', ['saved_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_wizard_draft_saved_at'), table_name='wizard_draft')
    op.drop_index(op.f('ix_wizard_draft_case_id'), table_name='wizard_draft')
    op.drop_table('wizard_draft')
