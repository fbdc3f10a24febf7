"""onward referrals, the victim side of victim conditions, and the rest of the demographics

- onward_referrals: a referral to another agency per pathway (agency, dates referred, answered, first
  attended); returns read these instead of the pathway needs screen's free-text agency;
- victim_contacts: per victim condition, the victim's wishes, the contact made and its outcome (a third
  party's personal data: erased with the person, listed in a subject access export);
- people.gender_identity / disability default to 'not_recorded' for everyone already held (nobody asked yet,
  apart from 'prefer_not_to_say'); people.gp_practice and the emergency contact default to empty.

Revision ID: 0014_onward
Revises: 0012_contracts
Create Date: 2026-12-03 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_onward"
down_revision = "0015_replicas"
branch_labels = None
depends_on = None

_PEOPLE = (
    ("gender_identity", 30, "not_recorded"),
    ("disability", 30, "not_recorded"),
    ("gp_practice", 200, ""),
    ("emergency_name", 200, ""),
    ("emergency_phone", 60, ""),
    ("emergency_relationship", 200, ""),
)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    for name, length, default in _PEOPLE:
        op.add_column(
            "people", sa.Column(name, sa.String(length=length), nullable=False, server_default=default)
        )
    op.create_table(
        "onward_referrals",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("pathway", sa.String(length=40), nullable=False),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("accepted", sa.String(length=20), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("first_attended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_onward_referrals_person_id", "onward_referrals", ["person_id"])
    op.create_table(
        "victim_contacts",
        sa.Column("condition_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("wishes", sa.String(length=20), nullable=False),
        sa.Column("wishes_on", sa.Date(), nullable=True),
        sa.Column("contact_on", sa.Date(), nullable=True),
        sa.Column("contact_how", sa.String(length=20), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("victim_name", sa.String(length=200), nullable=False),
        sa.Column("victim_contact", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["condition_id"], ["conditions.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("condition_id"),
    )
    op.create_index("ix_victim_contacts_person_id", "victim_contacts", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_victim_contacts_person_id", table_name="victim_contacts")
    op.drop_table("victim_contacts")
    op.drop_index("ix_onward_referrals_person_id", table_name="onward_referrals")
    op.drop_table("onward_referrals")
    with op.batch_alter_table("people") as batch:
        for name, _length, _default in reversed(_PEOPLE):
            batch.drop_column(name)
