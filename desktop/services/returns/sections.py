"""The body of a return, section by section, as ReportLab flowables. Which sections appear depends on the kind."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.wording.returns import Words

from .chart import attendance_chart
from .model import ReturnContent, ReturnKind
from .styles import FONT_COMMANDS, INK, RULE, SHADE, esc, grid_style, styles

ROW_CHARS = 800  # about 14 lines of the evidence column: small rows leave little blank page at a break


def _p(text: str, bold: bool = False) -> Paragraph:
    st = styles()
    return Paragraph(_lines(text), st.cell_bold if bold else st.cell)


def _lines(text: str) -> str:
    """Escaped, with a bilingual text's Welsh and English lines kept apart."""
    return esc(text).replace("\n", "<br/>")


def words(c: ReturnContent) -> Words:
    return Words(getattr(c, "language", "en"))


def _table(rows: list[list[Flowable | str]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(grid_style(1 if header else 0))
    return table


def _facts(c: ReturnContent, width: float) -> Table:
    w = words(c)
    contract = (
        w.t("{0} to {1}", w.day(c.contract_start), w.day(c.contract_end))
        if c.contract_start
        else w.t("Not yet signed")
    )
    pairs = [
        ("Force", c.force_name, "Force reference", c.force_reference),
        ("Name", c.subject.name, "Date of birth", w.day(c.subject.date_of_birth)),
        ("PNC ID", c.subject.pnc_id or w.t("Not supplied"), "Provider", c.provider),
        ("Keyworker", c.keyworker, "Contract", contract),
        (
            "Contract status",
            c.contract_state,
            "Period reported",
            w.t("{0} to {1}", w.day(c.period_start), w.day(c.period_end)),
        ),
    ]
    rows: list[list[Flowable | str]] = [
        [_p(w.t(a), True), _p(b), _p(w.t(x), True), _p(y)] for a, b, x, y in pairs
    ]
    label, value = 0.18 * width, 0.32 * width
    table = Table(rows, colWidths=[label, value, label, value], hAlign="LEFT")
    style = grid_style(0)
    style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    style.add("BACKGROUND", (2, 0), (2, -1), SHADE)
    table.setStyle(style)
    return table


def _boxed(flowables: list[Flowable], width: float, weight: float = 1.5) -> Table:
    table = Table([[flowables]], colWidths=[width], hAlign="LEFT", splitInRow=1)  # a long reason may run on
    table.setStyle(
        TableStyle(
            [
                *FONT_COMMANDS,
                ("BOX", (0, 0), (-1, -1), weight, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _recommendation(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    if c.closed_on is not None:  # a closed contract is not "on track": its outcome is the final return's
        inner: list[Flowable] = [
            Paragraph(
                _lines(
                    w.t(
                        "Contract closed on {0}: {1}. The final outcome return reports how it ended.",
                        w.day(c.closed_on),
                        w.split(c.contract_state),
                    )
                ),
                st.notice,
            )
        ]
        return [Paragraph(w.t("Compliance"), st.heading), _boxed(inner, width, 1.2)]
    inner = [
        Paragraph(
            _lines(w.t("Compliance recommendation: {0}", w.split(c.compliance_level.upper()))), st.notice
        )
    ]
    if c.compliance_reasons:
        for reason in c.compliance_reasons:
            text = f"{reason.text} ({reason.level_label.lower()})"
            if "\n" in reason.text:  # bilingual: each language's line carries its own level
                cy, en = reason.text.split("\n", 1)
                level_cy, _, level_en = reason.level_label.partition(" / ")
                text = f"{cy} ({level_cy.lower()})\n{en} ({(level_en or level_cy).lower()})"
            inner.append(Paragraph(f"\u2022 {_lines(text)}", st.body, bulletText=None))
    else:
        inner.append(Paragraph(_lines(w.t("No concerns recorded in this period.")), st.body))
    heavy = 2.5 if c.kind is ReturnKind.NON_COMPLIANCE else 1.2
    return [Paragraph(esc(w.t("Compliance")), st.heading), _boxed(inner, width, heavy)]


def _outcome(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    inner: list[Flowable] = [Paragraph(_lines(w.t("Outcome: {0}", w.split(c.contract_state))), st.notice)]
    if c.outcome_lines:
        inner += [Paragraph(_lines(line), st.body) for line in c.outcome_lines]
    else:  # content drafted before outcome lines existed
        if c.closed_on:
            inner.append(Paragraph(_lines(w.t("Contract closed on {0}.", w.day(c.closed_on))), st.body))
        if c.outcome_reason:
            inner.append(Paragraph(_lines(w.t("Reason: {0}", c.outcome_reason)), st.body))
    return [Paragraph(esc(w.t("Outcome of the contract")), st.heading), _boxed(inner, width, 2.0)]


def _provider_recommendation(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    if not c.recommendation:
        return []
    return [
        Paragraph(esc(w.t("The provider's recommendation")), st.heading),
        _boxed([Paragraph(_lines(c.recommendation), st.notice)], width, 1.2),
    ]


def _conditions(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    if not c.conditions:
        return [
            Paragraph(esc(w.t("Conditions")), st.heading),
            Paragraph(esc(w.t("No conditions recorded.")), st.body),
        ]
    if c.kind is ReturnKind.CONTRACT_START:  # what was agreed, not yet how it is going
        agreed: list[list[Flowable | str]] = [
            [_p(w.t("Condition agreed"), True), _p(w.t("What is required"), True)]
        ]
        agreed += [
            [[_p(x.title, True), _p(x.type_label)], _p(x.requirement or w.t("As stated"))]
            for x in c.conditions
        ]
        return [
            Paragraph(esc(w.t("Conditions of the contract")), st.heading),
            _table(agreed, [0.5 * width, 0.5 * width]),
        ]
    # Long records are cut into rows of at most ROW_CHARS characters, so no row outgrows a page (ReportLab
    # cannot place a row taller than the frame); continuation rows say whose evidence they carry.
    rows: list[list[Flowable | str]] = [
        [_p(w.t("Condition"), True), _p(w.t("Status"), True), _p(w.t("Dated evidence"), True)]
    ]
    for cond in c.conditions:
        status = [_p(cond.status_label)] + ([_p(cond.progress_label)] if cond.progress_label else [])
        entries = [
            f"{w.day(e.on)}: {e.text}" + (f" ({e.recorded})" if e.recorded else "") for e in cond.evidence
        ] or [w.t("No entries recorded up to {0}", w.day(c.period_end))]
        for n, chunk in enumerate(_chunks(entries)):
            name = (
                [_p(cond.title, True), _p(cond.type_label)]
                if n == 0
                else [_p(w.t("{0} (continued)", cond.title))]
            )
            rows.append([name, status if n == 0 else "", [_p(text) for text in chunk]])
    return [
        Paragraph(esc(w.t("Conditions")), st.heading),
        _table(rows, [0.32 * width, 0.18 * width, 0.50 * width]),
    ]


def _chunks(entries: list[str]) -> list[list[str]]:
    """Entries grouped into rows of at most ROW_CHARS characters; an entry longer than that is cut at spaces."""
    pieces: list[str] = []
    for entry in entries:
        while len(entry) > ROW_CHARS:
            cut = entry.rfind(" ", 0, ROW_CHARS)
            cut = cut if cut > ROW_CHARS // 2 else ROW_CHARS
            pieces.append(entry[:cut] + " \u2026")
            entry = "\u2026 " + entry[cut:].lstrip()
        pieces.append(entry)
    rows: list[list[str]] = [[]]
    size = 0
    for piece in pieces:
        if rows[-1] and size + len(piece) > ROW_CHARS:
            rows.append([])
            size = 0
        rows[-1].append(piece)
        size += len(piece) + 60  # each entry starts a line: count the part-filled line too
    return rows


def _schedule(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    out: list[Flowable] = [Paragraph(esc(w.t("Appointments offered")), st.heading)]
    if not c.appointments:
        return [*out, Paragraph(esc(w.t("No appointments dated up to {0}.", w.day(c.period_end))), st.body)]
    rows: list[list[Flowable | str]] = [[_p(w.t("Date and time"), True), _p(w.t("Type"), True)]]
    rows += [[_p(w.moment(x.at)), _p(x.kind_label)] for x in c.appointments]
    return [*out, _table(rows, [0.4 * width, 0.6 * width])]


def _attendance(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    if c.kind is ReturnKind.CONTRACT_START:
        return _schedule(c, width)
    a = c.attendance
    counts: list[list[Flowable | str]] = [
        [
            _p(
                w.t(
                    "Appointments in the period"
                    if c.kind is not ReturnKind.NON_COMPLIANCE
                    else "Appointments in the period and behind this notice"
                ),
                True,
            ),
            _p(w.t("Number"), True),
        ],
        [_p(w.t("Offered")), _p(str(a.offered))],
        [_p(w.t("Attended (including late)")), _p(str(a.attended))],
        [_p(w.t("of which late")), _p(str(a.late))],
        [_p(w.t("Missed (did not attend)")), _p(str(a.missed))],
        [_p(w.t("Cancelled by the person")), _p(str(a.cancelled_by_person))],
        [_p(w.t("Still to come or not yet recorded")), _p(str(a.not_yet_recorded))],
    ]
    left = _table(counts, [0.33 * width, 0.12 * width])
    chart_w = 0.5 * width
    right: list[Flowable] = [
        _p(w.t("Attendance by month"), True),
        Spacer(1, 3),
        attendance_chart(c.attendance_by_month, chart_w, 40 * mm, w.language),
    ]
    side = Table([[left, right]], colWidths=[0.47 * width, 0.53 * width], hAlign="LEFT")
    side.setStyle(
        TableStyle(
            [
                *FONT_COMMANDS,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out: list[Flowable] = [Paragraph(esc(w.t("Attendance")), st.heading), side, Spacer(1, 6)]
    if c.appointments:
        rows: list[list[Flowable | str]] = [
            [_p(w.t("Date and time"), True), _p(w.t("Type"), True), _p(w.t("Outcome"), True)]
        ]
        for appt in c.appointments:
            missed = appt.outcome_label == w.t("Did not attend")
            outcome = [_p(appt.outcome_label.upper() if missed else appt.outcome_label, missed)]
            if appt.note:
                outcome.append(_p(appt.note))
            rows.append([_p(w.moment(appt.at)), _p(appt.kind_label), outcome])
        out.append(_table(rows, [0.30 * width, 0.30 * width, 0.40 * width]))
    else:
        out.append(Paragraph(esc(w.t("No appointments in this period.")), st.body))
    return out


def _referrals(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    if not c.referrals:
        return [
            Paragraph(esc(w.t("Pathway referrals")), st.heading),
            Paragraph(esc(w.t("No pathway referrals.")), st.body),
        ]
    rows: list[list[Flowable | str]] = [
        [
            _p(w.t("Pathway"), True),
            _p(w.t("Intervention"), True),
            _p(w.t("Referral made"), True),
            _p(w.t("Taken up"), True),
        ]
    ]
    for r in c.referrals:
        taken = (
            w.t("Yes, from {0}", w.day(r.taken_up_on))
            if r.taken_up and r.taken_up_on
            else (w.t("Yes") if r.taken_up else w.t("No"))
        )
        made = (
            (w.t("{0}, to {1}", w.day(r.made_on), r.agency) if r.agency else w.day(r.made_on))
            if r.made_on
            else w.t("Not recorded")
        )
        rows.append([_p(r.pathway_label), _p(r.intervention), _p(made), _p(taken)])
    return [
        Paragraph(esc(w.t("Pathway referrals")), st.heading),
        _table(rows, [0.22 * width, 0.40 * width, 0.17 * width, 0.21 * width]),
    ]


def _onward(c: ReturnContent, width: float) -> list[Flowable]:
    """Referrals to other agencies as they stood at the period's end: what was not yet dated says so."""
    st, w = styles(), words(c)
    if not c.onward:
        return []
    rows: list[list[Flowable | str]] = [
        [
            _p(w.t("Pathway"), True),
            _p(w.t("Agency"), True),
            _p(w.t("Referred"), True),
            _p(w.t("Accepted"), True),
            _p(w.t("First attended"), True),
        ]
    ]
    for o in c.onward:
        answer = (
            w.t("{0}, on {1}", o.accepted_label, w.day(o.accepted_on)) if o.accepted_on else o.accepted_label
        )
        attended = w.day(o.first_attended_on) if o.first_attended_on else w.t("Not yet")
        rows.append([_p(o.pathway_label), _p(o.agency), _p(w.day(o.referred_on)), _p(answer), _p(attended)])
    return [
        Paragraph(esc(w.t("Referrals to other agencies")), st.heading),
        _table(rows, [0.18 * width, 0.28 * width, 0.16 * width, 0.22 * width, 0.16 * width]),
    ]


def _victims(c: ReturnContent) -> list[Flowable]:
    st, w = styles(), words(c)
    if not c.victim_lines:
        return []
    return [Paragraph(esc(w.t("Victim contact")), st.heading)] + [
        Paragraph(_lines(line), st.body, bulletText="\u2022") for line in c.victim_lines
    ]


def _disclosures(c: ReturnContent) -> list[Flowable]:
    st, w = styles(), words(c)
    out: list[Flowable] = [Paragraph(esc(w.t("Disclosures of new offending")), st.heading)]
    if not c.disclosures:
        return [
            *out,
            Paragraph(esc(w.t("None disclosed or reported up to the end of this period.")), st.body),
        ]
    return out + [Paragraph(f"\u2022 {w.day(e.on)}: {esc(e.text)}", st.body) for e in c.disclosures]


def _clinical(c: ReturnContent, width: float) -> list[Flowable]:
    st, w = styles(), words(c)
    heading = Paragraph(esc(w.t("Clinical summary (shared with the person's consent)")), st.heading)
    if not c.clinical:
        return [heading, Paragraph(esc(w.t("No clinical measures recorded in this period.")), st.body)]
    rows: list[list[Flowable | str]] = [
        [_p(w.t("Measure"), True), _p(w.t("Score"), True), _p(w.t("Band"), True), _p(w.t("Date"), True)]
    ]
    rows += [[_p(x.instrument), _p(x.score), _p(x.band), _p(w.day(x.on))] for x in c.clinical]
    return [heading, _table(rows, [0.30 * width, 0.15 * width, 0.35 * width, 0.20 * width])]


def _sign_off(c: ReturnContent, signature: Flowable, width: float) -> Flowable:
    st, w = styles(), words(c)
    who = ", ".join(x for x in (c.sign_off_name, c.sign_off_role) if x)
    sentence = (
        "Reviewed and approved for {0} by {1}. The digital signature in the box below covers the whole "
        "of this document; any change after signing makes it invalid."
    )
    if w.language == "cy+en":  # a paragraph each, Welsh first
        both = [
            Words("cy").t(sentence, c.provider, who or Words("cy").t("the service manager")),
            sentence.format(c.provider, who or "the service manager"),
        ]
        approved = [Paragraph(esc(part), st.body) for part in both]
    else:
        approved = [Paragraph(esc(w.t(sentence, c.provider, who or w.t("the service manager"))), st.body)]
    text = [Paragraph(esc(w.t("Sign-off")), st.heading), *approved, Spacer(1, 4), signature]
    return KeepTogether(text)


def build_story(c: ReturnContent, width: float, signature: Flowable, banner: str = "") -> list[Flowable]:
    st, w = styles(), words(c)
    head: list[Flowable] = (
        [_boxed([Paragraph(esc(banner), st.notice)], width, 2.5), Spacer(1, 6)] if banner else []
    )
    if w.language == "cy+en":  # the period line, Welsh then English, each whole
        period = "<br/>".join(
            Words(lang).t("Period {0} to {1}", w.day(c.period_start), w.day(c.period_end))
            + (
                Words(lang).t(" \u00b7 every fact as recorded by the end of {0}", w.day(c.facts_as_of))
                if c.facts_as_of
                else ""
            )
            for lang in ("cy", "en")
        )
    else:
        period = w.t("Period {0} to {1}", w.day(c.period_start), w.day(c.period_end))
        if c.facts_as_of:
            period += w.t(" \u00b7 every fact as recorded by the end of {0}", w.day(c.facts_as_of))
    title = w.t(c.kind.label).replace(" / ", "\n")
    story: list[Flowable] = [*head, Paragraph(_lines(title), st.title), Paragraph(period, st.subtitle)]
    if c.replaces_document_id:
        story += [
            _boxed(
                [
                    Paragraph(
                        _lines(
                            w.t(
                                "CORRECTION: this return replaces document {0}. Please rely on "
                                "this one instead.",
                                c.replaces_document_id,
                            ).replace(". / ", ".\n")
                        ),
                        st.notice,
                    )
                ],
                width,
                2.0,
            ),
            Spacer(1, 6),
        ]
    story.append(_facts(c, width))
    if c.kind is ReturnKind.FINAL_OUTCOME:
        story += _outcome(c, width)
    if c.kind not in (ReturnKind.CONTRACT_START, ReturnKind.FINAL_OUTCOME):
        story += _recommendation(c, width)
    story += _conditions(c, width)
    story += _victims(c)
    if c.contract_notes:
        story.append(Paragraph("Eligibility and changes to the contract", st.heading))
        story += [Paragraph(esc(line), st.body, bulletText="\u2022") for line in c.contract_notes]
    story += _attendance(c, width)
    story += _referrals(c, width)
    story += _onward(c, width)
    story += _disclosures(c)
    if c.clinical_shared:
        story += _clinical(c, width)
    if c.narrative:
        story.append(Paragraph(esc(w.t("Keyworker's account")), st.heading))
        story += [Paragraph(esc(part), st.body) for part in c.narrative.split("\n\n") if part.strip()]
    story += _provider_recommendation(c, width)
    story.append(_sign_off(c, signature, width))
    return story


__all__ = ["RULE", "build_story"]
