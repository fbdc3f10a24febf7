"""ORM records of progress returns to the force, and of the organisation's signing identity.

- `ReturnIdentityRecord`: the key and certificate returns are signed with. The private key is kept (as
  unencrypted PKCS#8 PEM) only here: the store itself is the encryption. The newest row is the one in use; older
  ones stay so that what they signed can still be explained.
- `ReturnRecord`: one return, from draft to signed. Once signed its content, PDF and hashes never change (the
  repository refuses, and a database trigger made by the migration refuses too); a correction is a new row whose
  `replaces_id` names it, and signing the correction turns this one's state to "superseded".
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.returns import ReturnState

from .records import Base, Tracked
from .types import UtcDateTime

# The states are the domain's (`desktop.domain.returns.ReturnState`); these names stay for the store's callers.
# The members are `str`s equal to the stored text, so `state` columns keep exactly the values they had.
DRAFT = ReturnState.DRAFT
APPROVED = ReturnState.APPROVED
SIGNED = ReturnState.SIGNED
SUPERSEDED = ReturnState.SUPERSEDED
WITHDRAWN = (
    ReturnState.WITHDRAWN
)  # a draft whose kind no longer applies (a notice for someone complying again)
STATES = tuple(ReturnState)
LOCKED_STATES = (SIGNED, SUPERSEDED)


class ReturnIdentityRecord(Tracked, Base):
    __tablename__ = "return_identity"
    name: Mapped[str] = mapped_column(String(200))
    cert_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(100))
    key_pem: Mapped[str] = mapped_column(Text)  # unencrypted PKCS#8 then the certificates: the store encrypts
    source: Mapped[str] = mapped_column(String(20))  # self-signed | pkcs12


class ReturnRecord(Tracked, Base):
    """`id` is the document ID printed on the return. Times are naive UTC, as elsewhere in the store."""

    __tablename__ = "returns"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    contract_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), index=True)
    content_json: Mapped[str] = mapped_column(
        Text
    )  # canonical JSON of the content (drafts: the latest build)
    narrative: Mapped[str] = mapped_column(Text, default="")
    compliance: Mapped[str] = mapped_column(String(40), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    short_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    signed_by: Mapped[str] = mapped_column(String(200), default="")  # the manager's name, as on the page
    signed_role: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    replaces_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    superseded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    exported_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    export_paths: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of every file written
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_returns_due", "person_id", "kind", "period_start", "period_end"),)
