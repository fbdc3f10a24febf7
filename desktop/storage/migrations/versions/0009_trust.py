"""trust: each audit entry signed by its author's own key (Ed25519)

`signer` names the user whose key signed the entry, `signature` is the Ed25519 signature (base64) over the entry's
hash, which covers the previous entry's hash: deleting or rewriting an entry means re-signing every later entry
with their authors' keys, which only their passphrases release. Entries written before this revision stay
unsigned; the admin-signed list of users says from which entry on signatures are required.

Revision ID: 0009_trust
Revises: 0006_assessment_guard
Create Date: 2026-12-03 06:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_trust"
down_revision = "0010_demographics"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("signer", sa.String(80), nullable=True))
    op.add_column("audit_log", sa.Column("signature", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("signature")
        batch.drop_column("signer")
