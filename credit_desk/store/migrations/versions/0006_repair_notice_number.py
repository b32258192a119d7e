"""The credit-repair notice's own number on the decision (``decision.repair_notice_number``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Why: the decision D-03 and the repair notice D-08 go out together, each with its own number
(“两书同达”, 国办发〔2025〕22号). Until now the case kept only the decision's number, so a D-08 rendered
from the case (``credit-desk render --doc D-08``, a case file exported for another office) printed the
decision's number as its own. Existing decided cases get the number of their D-08 in force from the
issued letters; cases without one keep "".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decision") as batch:
        batch.add_column(sa.Column("repair_notice_number", sa.Text(), nullable=False, server_default=""))
    op.execute(
        """
        UPDATE decision SET repair_notice_number = COALESCE((
            SELECT d.number FROM document d
            WHERE d.case_id = decision.case_id AND d.doc_type = 'D-08'
              AND NOT EXISTS (SELECT 1 FROM document n WHERE n.supersedes_id = d.id)
            ORDER BY d.id DESC LIMIT 1), '')
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("decision") as batch:
        batch.drop_column("repair_notice_number")
