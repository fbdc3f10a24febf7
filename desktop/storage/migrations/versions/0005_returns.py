"""returns: progress returns to the force (draft to signed) and the organisation's signing identity

A trigger refuses any change to a signed return's content, PDF or hashes, any state change other than
signed -> superseded, and deleting a signed return: the repository refuses first, this is the backstop.

Revision ID: 0005_returns
Revises: 0004_sync
Create Date: 2026-11-26 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_returns"
down_revision = "0004_sync"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    ]


_LOCKED = "OLD.state IN ('signed', 'superseded')"
_IMMUTABLE = (
    "id",
    "person_id",
    "contract_id",
    "kind",
    "period_start",
    "period_end",
    "content_json",
    "narrative",
    "compliance",
    "content_hash",
    "short_code",
    "pdf",
    "sha256",
    "approved_by",
    "signed_by",
    "signed_role",
    "signed_at",
    "replaces_id",
    "correction_reason",
    "created_at",
)


def upgrade() -> None:
    op.create_table(
        "return_identity",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cert_pem", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("key_pem", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "returns",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("compliance", sa.String(length=40), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("short_code", sa.String(length=20), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("signed_role", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("superseded_by", sa.String(length=36), nullable=True),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("export_paths", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_short_code"), ["short_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_returns_replaces_id"), ["replaces_id"], unique=False)
        batch_op.create_index(
            "ix_returns_due", ["person_id", "kind", "period_start", "period_end"], unique=False
        )

    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _IMMUTABLE)
    op.execute(f"""
        CREATE TRIGGER returns_signed_never_change BEFORE UPDATE ON returns
        WHEN {_LOCKED} AND (({changed})
              OR (OLD.state = 'signed' AND NEW.state NOT IN ('signed', 'superseded'))
              OR (OLD.state = 'superseded' AND NEW.state != 'superseded'))
        BEGIN SELECT RAISE(ABORT, 'a signed return is never changed'); END
    """)
    op.execute(f"""
        CREATE TRIGGER returns_signed_never_deleted BEFORE DELETE ON returns
        WHEN {_LOCKED}
        BEGIN SELECT RAISE(ABORT, 'a signed return is never deleted'); END
    """)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS returns_signed_never_deleted")
    op.execute("DROP TRIGGER IF EXISTS returns_signed_never_change")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index("ix_returns_due")
        batch_op.drop_index(batch_op.f("ix_returns_replaces_id"))
        batch_op.drop_index(batch_op.f("ix_returns_short_code"))
        batch_op.drop_index(batch_op.f("ix_returns_state"))
        batch_op.drop_index(batch_op.f("ix_returns_person_id"))
    op.drop_table("returns")
    op.drop_table("return_identity")
