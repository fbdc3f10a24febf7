"""`checkpoint-desk verify --code CODE STORE`: the signed return whose pages carry CODE, looked up in the store."""

from __future__ import annotations

import argparse
import logging

from .common import CliError
from .messages import CLI, cli_date, cli_label, cli_moment, fill
from .render import fields
from .store_commands import open_store


def verify_code(args: argparse.Namespace) -> int:
    """Print the signed return whose pages carry CODE; exit 1 when none has it or its file fails its check."""
    from desktop.services.returns import ReturnKind, load_certificates, normalise_code, verify_pdf

    try:
        code = normalise_code(args.code)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    args.store = args.file
    with open_store(args) as store:
        from desktop.services.returns_workflow import ReturnWorkflow

        wf = ReturnWorkflow(store)
        found = wf.repo.find_by_code(code)
        stored = wf.repo.identity()
    if found is None or found.pdf is None:
        raise CliError(fill(CLI.tr("no signed return in this store has the code %1"), code), code=1)
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    check = verify_pdf(found.pdf, load_certificates(stored.cert_pem) if stored else None)
    signed_at = cli_moment(found.signed_at) if found.signed_at else CLI.tr("unknown")
    period = fill(CLI.tr("%1 to %2"), cli_date(found.period_start), cli_date(found.period_end))
    state = found.state + (
        fill(CLI.tr(" (replaced by %1)"), found.superseded_by) if found.superseded_by else ""
    )
    ok = check.acceptable(require_trust=False)
    rows: list[tuple[str, object]] = [
        (CLI.tr("Code"), code),
        (CLI.tr("Document"), found.id),
        (CLI.tr("Return"), cli_label(ReturnKind(found.kind).label)),
        (CLI.tr("Force reference"), found.force_reference),
        (CLI.tr("Period"), period),
        (CLI.tr("Signed by"), f"{found.signed_by}, {found.signed_role}"),
        (CLI.tr("Signed at"), signed_at),
        (CLI.tr("SHA-256"), found.sha256),
        (CLI.tr("State"), state),
    ]
    if found.replaces_id:
        rows.append((CLI.tr("Corrects"), found.replaces_id))
    stored_file = (
        CLI.tr("intact, signature valid")
        if ok
        else CLI.tr("FAILS ITS CHECK: %1").replace("%1", "; ".join(check.problems))
    )
    rows.append((CLI.tr("Stored file"), stored_file))
    fields(rows, gap=" ")  # values one space after the longest label, as this command has always printed
    return 0 if ok else 1
