"""Initial schema: cases and their parts, catalogs, issued documents, holidays, usage log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written out explicitly (generated once from store/tables.py, then reviewed); a test checks that the
migrated schema equals the table models. Timestamps are UTC (``DateTime(timezone=True)``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('holiday_override',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('workday', sa.Boolean(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_override')),
        sa.UniqueConstraint('day', name=op.f('uq_holiday_override_day'))
    )
    op.create_index(op.f('ix_holiday_override_year'), 'holiday_override', ['year'], unique=False)
    op.create_table('holiday_year',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_year')),
        sa.UniqueConstraint('year', name=op.f('uq_holiday_year_year'))
    )
    op.create_table('list_field',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_list_field')),
        sa.UniqueConstraint('code', name=op.f('uq_list_field_code'))
    )
    op.create_table('listing_standard',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('field_code', sa.Text(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_standard')),
        sa.UniqueConstraint('code', name=op.f('uq_listing_standard_code'))
    )
    op.create_index(op.f('ix_listing_standard_field_code'), 'listing_standard', ['field_code'], unique=False)
    op.create_table('measure',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('category', sa.Text(), nullable=False),
        sa.Column('provision_codes', sa.JSON(), nullable=False),
        sa.Column('basis_text', sa.Text(), nullable=False),
        sa.Column('implementing_body', sa.Text(), nullable=False),
        sa.Column('subject_kinds', sa.JSON(), nullable=False),
        sa.Column('severity', sa.Text(), nullable=False),
        sa.Column('list_kind', sa.Text(), nullable=False),
        sa.Column('verification', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_measure')),
        sa.UniqueConstraint('code', name=op.f('uq_measure_code'))
    )
    op.create_table('office',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('deciding_body', sa.Text(), nullable=False),
        sa.Column('abbreviation', sa.Text(), nullable=False),
        sa.Column('level', sa.Text(), nullable=False),
        sa.Column('handling_unit', sa.Text(), nullable=False),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('contact_person', sa.Text(), nullable=False),
        sa.Column('phone', sa.Text(), nullable=False),
        sa.Column('reconsideration_body', sa.Text(), nullable=False),
        sa.Column('court', sa.Text(), nullable=False),
        sa.Column('number_patterns', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_index(op.f('ix_office_deciding_body'), 'office', ['deciding_body'], unique=False)
    op.create_table('officer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_officer')),
        sa.UniqueConstraint('name', name=op.f('uq_officer_name'))
    )
    op.create_table('provision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('instrument', sa.Text(), nullable=False),
        sa.Column('number', sa.Text(), nullable=False),
        sa.Column('level', sa.Text(), nullable=False),
        sa.Column('article', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('law_file', sa.Text(), nullable=False),
        sa.Column('verification', sa.Text(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_provision')),
        sa.UniqueConstraint('code', name=op.f('uq_provision_code'))
    )
    op.create_table('setting',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('value', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_setting')),
        sa.UniqueConstraint('key', name=op.f('uq_setting_key'))
    )
    op.create_table('subject',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('uscc', sa.Text(), nullable=False),
        sa.Column('id_number', sa.Text(), nullable=False),
        sa.Column('legal_representative', sa.Text(), nullable=False),
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('trade_secret_notes', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_subject'))
    )
    op.create_index(op.f('ix_subject_id_number'), 'subject', ['id_number'], unique=False)
    op.create_index(op.f('ix_subject_name'), 'subject', ['name'], unique=False)
    op.create_index(op.f('ix_subject_uscc'), 'subject', ['uscc'], unique=False)
    op.create_table('usage_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('officer', sa.Text(), nullable=False),
        sa.Column('action', sa.Text(), nullable=False),
        sa.Column('object', sa.Text(), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('prev_hash', sa.Text(), nullable=False),
        sa.Column('hash', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_usage_log')),
        sa.UniqueConstraint('hash', name=op.f('uq_usage_log_hash'))
    )
    op.create_index(op.f('ix_usage_log_at'), 'usage_log', ['at'], unique=False)
    op.create_table('cases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reference', sa.Text(), nullable=False),
        sa.Column('state', sa.Text(), nullable=False),
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('standard_code', sa.Text(), nullable=False),
        sa.Column('criterion_code', sa.Text(), nullable=False),
        sa.Column('conduct_date', sa.Date(), nullable=True),
        sa.Column('conduct_summary', sa.Text(), nullable=False),
        sa.Column('gravity', sa.Text(), nullable=False),
        sa.Column('leniency', sa.JSON(), nullable=False),
        sa.Column('free_text_sanctions', sa.JSON(), nullable=False),
        sa.Column('removal_conditions', sa.JSON(), nullable=False),
        sa.Column('removal_procedure', sa.Text(), nullable=False),
        sa.Column('publication_consent', sa.Boolean(), nullable=False),
        sa.Column('publication_legal_basis', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_cases_office_id_office')),
        sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_cases_subject_id_subject')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
        sa.UniqueConstraint('subject_id', name=op.f('uq_cases_subject_id'))
    )
    op.create_index(op.f('ix_cases_office_id'), 'cases', ['office_id'], unique=False)
    op.create_index(op.f('ix_cases_reference'), 'cases', ['reference'], unique=False)
    op.create_index(op.f('ix_cases_standard_code'), 'cases', ['standard_code'], unique=False)
    op.create_index('ix_cases_state_updated_at', 'cases', ['state', 'updated_at'], unique=False)
    op.create_table('criterion',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('standard_code', sa.Text(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('provision_codes', sa.JSON(), nullable=False),
        sa.Column('field_code', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['standard_code'], ['listing_standard.code'], name=op.f('fk_criterion_standard_code_listing_standard'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion')),
        sa.UniqueConstraint('standard_code', 'code', name=op.f('uq_criterion_standard_code_code'))
    )
    op.create_table('document_sequence',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.Column('doc_type', sa.Text(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('last_value', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_document_sequence_office_id_office')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_sequence')),
        sa.UniqueConstraint('office_id', 'doc_type', 'year', name=op.f('uq_document_sequence_office_id_doc_type_year'))
    )
    op.create_table('basis_instrument',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('type', sa.Text(), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('number', sa.Text(), nullable=False),
        sa.Column('issuing_body', sa.Text(), nullable=False),
        sa.Column('issue_date', sa.Date(), nullable=True),
        sa.Column('effective_date', sa.Date(), nullable=True),
        sa.Column('named_by_law', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_basis_instrument_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_basis_instrument'))
    )
    op.create_index(op.f('ix_basis_instrument_case_id'), 'basis_instrument', ['case_id'], unique=False)
    op.create_table('case_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('officer', sa.Text(), nullable=False),
        sa.Column('action', sa.Text(), nullable=False),
        sa.Column('from_state', sa.Text(), nullable=True),
        sa.Column('to_state', sa.Text(), nullable=True),
        sa.Column('findings', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_event_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    op.create_index(op.f('ix_case_event_case_id'), 'case_event', ['case_id'], unique=False)
    op.create_table('case_provision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('provision_code', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_provision_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_provision'))
    )
    op.create_index(op.f('ix_case_provision_case_id'), 'case_provision', ['case_id'], unique=False)
    op.create_table('case_sanction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('measure_code', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_sanction_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_sanction'))
    )
    op.create_index(op.f('ix_case_sanction_case_id'), 'case_sanction', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_sanction_measure_code'), 'case_sanction', ['measure_code'], unique=False)
    op.create_table('confirmation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('rule', sa.Text(), nullable=False),
        sa.Column('field', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('officer', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_confirmation_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_confirmation'))
    )
    op.create_index(op.f('ix_confirmation_case_id'), 'confirmation', ['case_id'], unique=False)
    op.create_table('decision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Text(), nullable=False),
        sa.Column('decision_date', sa.Date(), nullable=True),
        sa.Column('effective_date', sa.Date(), nullable=True),
        sa.Column('delivered_date', sa.Date(), nullable=True),
        sa.Column('delivery_method', sa.Text(), nullable=False),
        sa.Column('publication_channels', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_decision_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    op.create_index(op.f('ix_decision_case_id'), 'decision', ['case_id'], unique=True)
    op.create_index(op.f('ix_decision_number'), 'decision', ['number'], unique=False)
    op.create_table('document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('doc_type', sa.Text(), nullable=False),
        sa.Column('number', sa.Text(), nullable=False),
        sa.Column('issue_date', sa.Date(), nullable=False),
        sa.Column('fields', sa.JSON(), nullable=False),
        sa.Column('pdf', sa.LargeBinary(), nullable=False),
        sa.Column('sha256', sa.Text(), nullable=False),
        sa.Column('supersedes_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_document_case_id_cases')),
        sa.ForeignKeyConstraint(['supersedes_id'], ['document.id'], name=op.f('fk_document_supersedes_id_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    op.create_index(op.f('ix_document_case_id'), 'document', ['case_id'], unique=False)
    op.create_index(op.f('ix_document_number'), 'document', ['number'], unique=False)
    op.create_table('notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Text(), nullable=False),
        sa.Column('issue_date', sa.Date(), nullable=True),
        sa.Column('delivered_date', sa.Date(), nullable=True),
        sa.Column('delivery_method', sa.Text(), nullable=False),
        sa.Column('waived', sa.Boolean(), nullable=False),
        sa.Column('waiver_date', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_notice_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_notice'))
    )
    op.create_index(op.f('ix_notice_case_id'), 'notice', ['case_id'], unique=True)
    op.create_index(op.f('ix_notice_number'), 'notice', ['number'], unique=False)
    op.create_table('objection',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('received_date', sa.Date(), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('verification', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=True),
        sa.Column('reply_date', sa.Date(), nullable=True),
        sa.Column('reply_number', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_objection_case_id_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_objection'))
    )
    op.create_index(op.f('ix_objection_case_id'), 'objection', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_objection_case_id'), table_name='objection')
    op.drop_table('objection')
    op.drop_index(op.f('ix_notice_number'), table_name='notice')
    op.drop_index(op.f('ix_notice_case_id'), table_name='notice')
    op.drop_table('notice')
    op.drop_index(op.f('ix_document_number'), table_name='document')
    op.drop_index(op.f('ix_document_case_id'), table_name='document')
    op.drop_table('document')
    op.drop_index(op.f('ix_decision_number'), table_name='decision')
    op.drop_index(op.f('ix_decision_case_id'), table_name='decision')
    op.drop_table('decision')
    op.drop_index(op.f('ix_confirmation_case_id'), table_name='confirmation')
    op.drop_table('confirmation')
    op.drop_index(op.f('ix_case_sanction_measure_code'), table_name='case_sanction')
    op.drop_index(op.f('ix_case_sanction_case_id'), table_name='case_sanction')
    op.drop_table('case_sanction')
    op.drop_index(op.f('ix_case_provision_case_id'), table_name='case_provision')
    op.drop_table('case_provision')
    op.drop_index(op.f('ix_case_event_case_id'), table_name='case_event')
    op.drop_table('case_event')
    op.drop_index(op.f('ix_basis_instrument_case_id'), table_name='basis_instrument')
    op.drop_table('basis_instrument')
    op.drop_table('document_sequence')
    op.drop_table('criterion')
    op.drop_index('ix_cases_state_updated_at', table_name='cases')
    op.drop_index(op.f('ix_cases_standard_code'), table_name='cases')
    op.drop_index(op.f('ix_cases_reference'), table_name='cases')
    op.drop_index(op.f('ix_cases_office_id'), table_name='cases')
    op.drop_table('cases')
    op.drop_index(op.f('ix_usage_log_at'), table_name='usage_log')
    op.drop_table('usage_log')
    op.drop_index(op.f('ix_subject_uscc'), table_name='subject')
    op.drop_index(op.f('ix_subject_name'), table_name='subject')
    op.drop_index(op.f('ix_subject_id_number'), table_name='subject')
    op.drop_table('subject')
    op.drop_table('setting')
    op.drop_table('provision')
    op.drop_table('officer')
    op.drop_index(op.f('ix_office_deciding_body'), table_name='office')
    op.drop_table('office')
    op.drop_table('measure')
    op.drop_index(op.f('ix_listing_standard_field_code'), table_name='listing_standard')
    op.drop_table('listing_standard')
    op.drop_table('list_field')
    op.drop_table('holiday_year')
    op.drop_index(op.f('ix_holiday_override_year'), table_name='holiday_override')
    op.drop_table('holiday_override')
