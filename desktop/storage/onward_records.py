"""Tables of onward referrals and of the victim side of victim conditions (migration 0014_onward)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .records import Base, Tracked


class OnwardReferralRecord(Tracked, Base):
    """A referral to another agency on one pathway (desktop.domain.onward)."""

    __tablename__ = "onward_referrals"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    pathway: Mapped[str] = mapped_column(String(40))
    agency: Mapped[str] = mapped_column(String(120))
    referred_on: Mapped[date] = mapped_column(Date)
    accepted: Mapped[str] = mapped_column(String(20), default="not_known")
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    first_attended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")


class VictimContactRecord(Tracked, Base):
    """The victim's wishes, the contact made and its outcome, for one victim condition (domain.victims).

    Holds a third party's personal data (name, contact details): erased with the person, in a SAR export."""

    __tablename__ = "victim_contacts"
    condition_id: Mapped[str] = mapped_column(ForeignKey("conditions.id"), unique=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    wishes: Mapped[str] = mapped_column(String(20), default="not_asked")
    wishes_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact_how: Mapped[str | None] = mapped_column(String(20), nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    outcome_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    victim_name: Mapped[str] = mapped_column(String(200), default="")
    victim_contact: Mapped[str] = mapped_column(Text, default="")
