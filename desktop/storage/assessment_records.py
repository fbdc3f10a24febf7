"""The ORM record of one administration of an instrument (a needs assessment, PHQ-9, AUDIT...).

The answers are kept as JSON (`desktop.domain.assessments.answers_to_json`); the total, band and raised flags
are kept beside them as they were when the assessment was saved, so lists and reports need no rescoring.
A completed row is never changed: a correction is a new row whose `supersedes` names the one it corrects.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .records import Base, Tracked
from .types import UtcDateTime


class AssessmentRecord(Tracked, Base):
    __tablename__ = "assessments"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    instrument_id: Mapped[str] = mapped_column(String(80))
    instrument_version: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20))
    administered_on: Mapped[date] = mapped_column(Date)
    administered_by: Mapped[str] = mapped_column(String(36))  # user id
    answers_json: Mapped[str] = mapped_column(Text, default="{}")
    total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    band_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    flag_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated flag ids
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    supersedes: Mapped[str | None] = mapped_column(ForeignKey("assessments.id"), nullable=True, index=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    corrected_by: Mapped[str | None] = mapped_column(String(36), nullable=True)  # user id
