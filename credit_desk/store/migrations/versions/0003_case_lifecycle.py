"""The case lifecycle: deliveries (D-06), publication (R-14), repair applications (R-15) and closing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Four child tables of ``cases``; every row goes with its case. The repair table has no fee column on
purpose (R-15: repair is free). A test checks that the migrated schema equals the table models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('closing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('closing_date', sa.Date(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('letter_number', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_closing_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closing'))
    )
    with op.batch_alter_table('closing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closing_case_id'), ['case_id'], unique=True)

    op.create_table('delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.Text(), nullable=False),
    sa.Column('document_number', sa.Text(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('delivered_date', sa.Date(), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('servers', sa.JSON(), nullable=False),
    sa.Column('proof', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_delivery_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery'))
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_document_number'), ['document_number'], unique=False)

    op.create_table('publication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('public_text', sa.Text(), nullable=False),
    sa.Column('unmasked_reason', sa.Text(), nullable=False),
    sa.Column('withdrawn_date', sa.Date(), nullable=True),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_publication_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication'))
    )
    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publication_case_id'), ['case_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_publication_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_publication_start_date'), ['start_date'], unique=False)

    op.create_table('repair_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=False),
    sa.Column('materials', sa.JSON(), nullable=False),
    sa.Column('other_materials', sa.JSON(), nullable=False),
    sa.Column('accepted', sa.Boolean(), nullable=True),
    sa.Column('acceptance_date', sa.Date(), nullable=True),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('effects', sa.JSON(), nullable=False),
    sa.Column('letter_number', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_repair_application_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repair_application'))
    )
    with op.batch_alter_table('repair_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repair_application_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('repair_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repair_application_case_id'))

    op.drop_table('repair_application')
    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publication_start_date'))
        batch_op.drop_index(batch_op.f('ix_publication_end_date'))
        batch_op.drop_index(batch_op.f('ix_publication_case_id'))

    op.drop_table('publication')
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_document_number'))
        batch_op.drop_index(batch_op.f('ix_delivery_case_id'))

    op.drop_table('delivery')
    with op.batch_alter_table('closing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closing_case_id'))

    op.drop_table('closing')
