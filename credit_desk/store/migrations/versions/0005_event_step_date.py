"""The day a step took effect, on each line of the case history (``case_event.step_date``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Why: an officer often records a step some days after it happened (a letter dated Monday entered on
Friday). The history keeps when it was recorded (``at``) and now also the step's own date, which the
case timeline shows. Existing lines keep NULL (their recording time stands in for it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_event") as batch:
        batch.add_column(sa.Column("step_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_event") as batch:
        batch.drop_column("step_date")
