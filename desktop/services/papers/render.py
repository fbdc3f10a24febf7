"""The papers a keyworker prints for the person: the contract to sign, an appointment letter and a
missed-appointment letter. Large type, short sentences, black on white; text from the editable templates."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.domain import Appointment, AppointmentOutcome, Condition, Contract, Person
from desktop.services.returns.styles import BOLD, INK, REGULAR, register_fonts

from .templates import PaperTemplate, load_template


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def long_day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("paper", fontName=REGULAR, fontSize=11.5, leading=15, textColor=INK, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle(
            "paper-title", parent=body, fontName=BOLD, fontSize=19, leading=24, spaceAfter=8
        ),
        "heading": ParagraphStyle(
            "paper-heading",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=6,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("paper-cell", parent=body, spaceAfter=0),
        "small": ParagraphStyle("paper-small", parent=body, fontSize=9, leading=11, spaceAfter=0),
    }


def _pdf(title: str, story: list[Flowable], footer: str) -> bytes:
    out = io.BytesIO()

    def page(canvas: object, doc: object) -> None:
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(REGULAR, 8.5)  # type: ignore[attr-defined]
        c.drawString(20 * mm, 12 * mm, footer)  # type: ignore[attr-defined]
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {c.getPageNumber()}")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="Checkpoint Desk",
        creator="Checkpoint Desk",
    )
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def requirement(c: Condition) -> str:
    """What a condition asks, in plain words."""
    if c.target is None:
        return "Until the contract ends." if c.mandatory else "By the end of the contract."
    amount = f"{c.target:g} {c.unit}".strip()
    if c.counts_kind is not None:
        return f"{amount}. We count each {c.counts_kind.label.lower()} session you come to."
    return f"{amount}."


def _values(person: Person, provider: str, keyworker: str, force: str = "") -> dict[str, str]:
    return {
        "first_name": person.first_name,
        "full_name": person.full_name,
        "force_reference": person.force_reference,
        "provider": provider,
        "keyworker": keyworker,
        "force": force,
    }


def _signature_block(
    t: PaperTemplate, values: dict[str, str], st: dict[str, ParagraphStyle], width: float
) -> Flowable:
    rows = []
    for key in ("person_line", "navigator_line"):
        rows.append([Paragraph(_esc(t.text(key, values)), st["cell"]), "", Paragraph("Date", st["cell"]), ""])
        rows.append(["", "", "", ""])
    table = Table(
        rows, colWidths=[0.36 * width, 0.34 * width, 0.1 * width, 0.2 * width], rowHeights=[None, 6 * mm] * 2
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.8, INK),
                ("LINEBELOW", (1, 2), (1, 2), 0.8, INK),
                ("LINEBELOW", (3, 2), (3, 2), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(_esc(t.data.get("signatures_heading", "Signatures")), st["heading"]),
            Spacer(1, 2 * mm),
            table,
        ]
    )


def contract_paper(
    person: Person,
    contract: Contract,
    conditions: Sequence[Condition],
    *,
    provider: str,
    keyworker: str,
    force: str = "",
    templates: tuple[Path, ...] = (),
) -> bytes:
    """The contract to sign: who, the dates, each condition and what it asks, what happens on failure, and
    signature lines for the person and the navigator."""
    t = load_template("contract", templates)
    st = _styles()
    start = contract.signed_on or contract.offered_on
    values = _values(person, provider, keyworker, force) | {
        "start": long_day(start) if start else "the day you sign",
        "end": long_day(contract.end_date) if contract.end_date else "four months after you sign",
    }
    width = A4[0] - 44 * mm
    story: list[Flowable] = [Paragraph(_esc(t.text("title", values)), st["title"])]
    story += [Paragraph(_esc(p), st["body"]) for p in t.lines("intro", values)]
    story.append(Paragraph(_esc(t.text("conditions_heading", values)), st["heading"]))
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(f"{n}.", st["cell"]),
            Paragraph(f"<b>{_esc(c.title)}</b>", st["cell"]),
            Paragraph(_esc(requirement(c)), st["cell"]),
        ]
        for n, c in enumerate(conditions, start=1)
    ]
    table = Table(rows, colWidths=[0.07 * width, 0.53 * width, 0.40 * width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story += [table, Spacer(1, 3 * mm)]
    story += [Paragraph(_esc(p), st["body"]) for p in t.lines("after_conditions", values)]
    story.append(Paragraph(_esc(t.text("failure_heading", values)), st["heading"]))
    story += [Paragraph(_esc(p), st["body"]) for p in t.lines("failure", values)]
    story.append(_signature_block(t, values, st, width))
    return _pdf(
        t.text("title", values), story, f"{provider} · {person.force_reference} · contract {contract.id[:8]}"
    )


def _letter(
    name: str,
    person: Person,
    appt: Appointment,
    *,
    provider: str,
    keyworker: str,
    today: date,
    templates: tuple[Path, ...],
) -> bytes:
    t = load_template(name, templates)
    st = _styles()
    at: datetime = appt.planned_at
    values = _values(person, provider, keyworker) | {
        "appointment_day": long_day(at.date()),
        "appointment_time": f"{at:%H:%M}",
        "appointment_kind": appt.kind.label.lower(),
        "with_whom": appt.with_whom or keyworker,
    }
    story: list[Flowable] = [
        Paragraph(_esc(provider), st["small"]),
        Paragraph(_esc(long_day(today)), st["small"]),
        Spacer(1, 4 * mm),
        HRFlowable(width="100%", thickness=0.6, color=INK),
        Spacer(1, 4 * mm),
        Paragraph(_esc(t.text("title", values)), st["title"]),
    ]
    story += [Paragraph(_esc(p), st["body"]) for p in t.lines("paragraphs", values)]
    return _pdf(t.text("title", values), story, f"{provider} · {person.force_reference}")


def appointment_letter(
    person: Person,
    appt: Appointment,
    *,
    provider: str,
    keyworker: str,
    today: date,
    templates: tuple[Path, ...] = (),
) -> bytes:
    return _letter(
        "appointment_letter",
        person,
        appt,
        provider=provider,
        keyworker=keyworker,
        today=today,
        templates=templates,
    )


def missed_appointment_letter(
    person: Person,
    appt: Appointment,
    *,
    provider: str,
    keyworker: str,
    today: date,
    templates: tuple[Path, ...] = (),
) -> bytes:
    """Only for an appointment recorded as not attended: a letter must not claim a miss the record does not show."""
    if appt.outcome is not AppointmentOutcome.DID_NOT_ATTEND:
        raise ValueError("a missed-appointment letter needs an appointment recorded as did not attend")
    return _letter(
        "missed_appointment_letter",
        person,
        appt,
        provider=provider,
        keyworker=keyworker,
        today=today,
        templates=templates,
    )
