"""Subject access: everything held on one person, as a readable PDF and a machine-readable JSON.

Other clients' names and references that appear in free text (a session note naming someone else) are replaced
with "[another person]". Staff names stay: the person is entitled to know who handled and saw the record.
The export itself is audited, and both files are written 0600 through a temporary file and a rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from desktop.storage import privacy as db
from desktop.storage.store import CaseStore

REDACTED = "[another person]"
SECTIONS = (
    ("person", "Personal details"),
    ("referrals", "Referral"),
    ("consents", "Consent"),
    ("contracts", "Contract"),
    ("conditions", "Contract conditions"),
    ("evidence", "Evidence recorded"),
    ("appointments", "Appointments"),
    ("assessments", "Assessments and scores"),
    ("returns", "Returns sent to the police"),
    ("holds", "Legal holds"),
    ("corrections", "Earlier values of corrected details"),
    ("audit", "Who saw or changed the record, and when"),
)
_SKIP = {"row_version", "content_json", "answers_json", "eligibility_json", "person_id", "keyworker_id"}


@dataclass(frozen=True, slots=True)
class SarFiles:
    json_path: Path
    pdf_path: Path
    records: int


def _others(store: CaseStore, person_id: str) -> list[str]:
    """Other clients' full names and references, longest first, leaving out any this person shares."""
    rows = db.people_names(store)
    own = {
        t.casefold() for pid, first, last, ref in rows if pid == person_id for t in (f"{first} {last}", ref)
    }
    terms = {
        t
        for pid, first, last, ref in rows
        if pid != person_id
        for t in (f"{first} {last}".strip(), ref)
        if len(t) > 2 and t.casefold() not in own
    }
    return sorted(terms, key=len, reverse=True)


def _redactor(terms: list[str]) -> Any:
    if not terms:
        return lambda v: v
    # whole words only: another client "DUR/24/0001" must not eat into this person's "DUR/24/00010"
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.IGNORECASE)

    def redact(v: Any) -> Any:
        if isinstance(v, str):
            return pattern.sub(REDACTED, v)
        if isinstance(v, dict):
            return {k: redact(x) for k, x in v.items()}
        if isinstance(v, list):
            return [redact(x) for x in v]
        return v

    return redact


def collect(store: CaseStore, reference: str) -> dict[str, Any]:
    db.require_erasure_role(store)
    person = db.find_person(store, reference)
    rows = db.subject_rows(store, person)
    for r in rows["returns"]:
        try:
            r["content"] = json.loads(r.pop("content_json") or "{}")
        except ValueError:
            r["content"] = {}
    for r in rows["assessments"]:
        try:
            r["answers"] = json.loads(r.pop("answers_json") or "[]")
        except ValueError:
            r["answers"] = []
    redact = _redactor(_others(store, person.id))
    return {
        "subject_access_export": {
            "person_id": person.id,
            "made_at": store.now().isoformat(),
            "made_by": store.user.username,
        },
        **redact(rows),
    }


def _write_0600(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(store: CaseStore, reference: str, out_dir: Path) -> SarFiles:
    data = collect(store, reference)
    pid = data["subject_access_export"]["person_id"]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"subject-access-{pid[:8]}-{store.now().strftime('%Y%m%d-%H%M%S')}"
    body = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    json_path, pdf_path = out_dir / f"{stem}.json", out_dir / f"{stem}.pdf"
    _write_0600(json_path, body)
    _write_0600(pdf_path, render_pdf(data))
    count = sum(len(v) for k, v in data.items() if isinstance(v, list))
    store.record_event(
        "person.subject_access",
        "person",
        pid,
        pid,
        f"{count} records; json sha256 {hashlib.sha256(body).hexdigest()}",
    )  # no path: it may name them
    return SarFiles(json_path, pdf_path, count)


def render_pdf(data: dict[str, Any]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop.services.returns.styles import BOLD, REGULAR, SHADE, register_fonts

    register_fonts()
    title = ParagraphStyle("t", fontName=BOLD, fontSize=15, leading=19, spaceAfter=4)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=7.5, leading=9.5)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=12)
    meta = data["subject_access_export"]
    story: list[Any] = [
        Paragraph("Subject access export", title),
        Paragraph(
            escape(
                f"Everything this service holds about one person, made {meta['made_at'][:19]}"
                f" UTC by {meta['made_by']}. Other people's names are shown as "
                f"{REDACTED}."
            ),
            body,
        ),
    ]
    for key, label in SECTIONS:
        rows = data.get(key) or []
        story.append(Paragraph(escape(f"{label} ({len(rows)})"), head))
        if not rows:
            story.append(Paragraph("None held.", body))
            continue
        if key == "audit":  # one line an entry: when, who, what
            t = Table(
                [[Paragraph(h, cell) for h in ("When (UTC)", "Who", "What", "Detail")]]
                + [
                    [
                        Paragraph(escape(str(r["at"])[:19].replace("T", " ")), cell),
                        Paragraph(escape(str(r["actor_name"])), cell),
                        Paragraph(escape(str(r["action"])), cell),
                        Paragraph(escape(str(r["detail"])[:300]), cell),
                    ]
                    for r in rows
                ],
                colWidths=[32 * mm, 32 * mm, 38 * mm, 72 * mm],
                repeatRows=1,
            )
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.3, SHADE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ]
                )
            )
            story.append(t)
            continue
        for r in rows:
            pairs = [(k, v) for k, v in r.items() if k not in _SKIP and v not in (None, "", "[]")]
            if key in ("returns", "assessments"):
                pairs = [
                    (k, v if not isinstance(v, dict | list) else json.dumps(v, ensure_ascii=False)[:1500])
                    for k, v in pairs
                ]
            t = Table(
                [
                    [Paragraph(escape(str(k).replace("_", " ")), cell), Paragraph(escape(str(v)), cell)]
                    for k, v in pairs
                ],
                colWidths=[40 * mm, 130 * mm],
            )
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.3, SHADE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ]
                )
            )
            story += [t, Spacer(1, 3 * mm)]
    buf = BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title="Subject access export",
        author="Checkpoint Desk",
    )
    doc.build(story)
    return buf.getvalue()
