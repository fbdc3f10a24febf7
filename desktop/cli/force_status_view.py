"""`checkpoint-force status` in words: one provider's bundles, people and their latest compliance, in the
command's language (the figures come from desktop/force/status.py, which has no words of its own).

Dates stay as the records hold them (YYYY-MM-DD, in both languages): the force matches them against its own
systems, and an ISO date reads the same in Welsh and English."""

from __future__ import annotations

from desktop.force.status import PartnerStatus, PersonStatus

from .messages import CLI, QT_TRANSLATE_NOOP, fill

COMPLIANCE = {
    "on_track": QT_TRANSLATE_NOOP("CLI", "on track"),
    "at_risk": QT_TRANSLATE_NOOP("CLI", "at risk"),
    "not_complying": QT_TRANSLATE_NOOP("CLI", "NOT COMPLYING"),
}
STATES = {
    "offered": QT_TRANSLATE_NOOP("CLI", "offered"),
    "active": QT_TRANSLATE_NOOP("CLI", "active"),
    "completed": QT_TRANSLATE_NOOP("CLI", "completed"),
    "failed_non_compliance": QT_TRANSLATE_NOOP("CLI", "failed non compliance"),
    "failed_reoffended": QT_TRANSLATE_NOOP("CLI", "failed reoffended"),
    "withdrawn": QT_TRANSLATE_NOOP("CLI", "withdrawn"),
}


def compliance_words(value: str) -> str:
    """A return's compliance as the force reads it (`not_complying` in capitals)."""
    return CLI.tr(COMPLIANCE[value]) if value in COMPLIANCE else value.replace("_", " ")


def person_line(p: PersonStatus) -> str:
    if not p.state:
        state = CLI.tr("no contract yet")
    else:
        state = CLI.tr(STATES[p.state]) if p.state in STATES else p.state.replace("_", " ")
    if p.compliance is None:
        latest = CLI.tr("no return yet")
    else:
        latest = fill(
            CLI.tr("latest return to %1: %2 (signed %3)"),
            p.period_end,
            compliance_words(p.compliance),
            p.signed_on,
        )
    extra = "".join(
        [
            fill(CLI.tr("; withdrawn by the force on %1"), p.withdrawn_on) if p.withdrawn_on else "",
            fill(CLI.tr("; reoffending reported %1x"), p.reoffending) if p.reoffending else "",
        ]
    )
    return f"    {p.force_reference}  {state}; {latest}{extra}"


def render(status: PartnerStatus, *, not_complying_only: bool = False) -> str:
    lines = [fill(CLI.tr("%1  (certificate SHA-256 %2)"), status.name, status.fingerprint)]
    if status.last_sequence is None:
        lines.append(CLI.tr("  last bundle: none received yet"))
    else:
        lines.append(
            fill(CLI.tr("  last bundle: #%1, received %2"), status.last_sequence, status.last_received_at)
        )
    if status.missing:
        more = status.missing_count - len(status.missing)
        tail = fill(CLI.tr(" and %1 more"), more) if more > 0 else ""
        lines.append(fill(CLI.tr("  missing bundles: %1"), ", ".join(map(str, status.missing))) + tail)
    unmatched = fill(CLI.tr(", %1 not matched to a referral"), status.unmatched) if status.unmatched else ""
    lines.append(
        fill(
            CLI.tr("  people: %1 (%2 referred by the force, %3 active%4)"),
            status.people,
            status.referred,
            status.active,
            unmatched,
        )
    )
    lines.append(fill(CLI.tr("  overdue returns: %1"), len(status.overdue)))
    lines.extend(
        fill(
            CLI.tr("    %1: nothing since %2 (%n day(s))", None, o.days),
            o.force_reference,
            o.since.isoformat(),
        )
        for o in status.overdue
    )
    if status.unacknowledged:
        oldest = status.unacknowledged[0][1]
        text = CLI.tr(
            "  waiting for acknowledgement: %n bundle(s), oldest sent %1", None, len(status.unacknowledged)
        )
        lines.append(fill(text, oldest))
    if status.conflicts:
        lines.append(fill(CLI.tr("  conflicts to review: %1"), status.conflicts))
    lines.append(fill(CLI.tr("  returns not read yet: %1"), status.unread_returns))
    if status.queued_reports:
        lines.append(fill(CLI.tr("  reports waiting for the next bundle: %1"), status.queued_reports))
    failing = [p for p in status.persons if p.not_complying]
    shown = failing if not_complying_only else status.persons
    title = (
        CLI.tr("not complying (latest return)")
        if not_complying_only
        else CLI.tr("compliance (latest return)")
    )
    lines.append(fill(CLI.tr("  %1: %2 of %3 not complying"), title, len(failing), len(status.persons)))
    lines.extend(person_line(p) for p in shown)
    return "\n".join(lines)
