"""Reports: a whole-service report of a 10,000-person store against one plain SQL count over the same rows.

Run: .venv/bin/python benchmarks/reports.py [--people 10000] [--repeat 5]
Goal: the report is ready (read, every figure, suppression) in under 2 s. Baseline, in the same run: one
`SELECT count(*)` over the referrals in the period joined to their people (what "referrals received" is in
plain SQL) and one that counts a column of every row the report reads (so SQLite reads and decrypts them all). Figures are medians of --repeat runs after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop.domain import (  # noqa: E402
    ELIGIBILITY_QUESTIONS,
    AppointmentKind,
    AppointmentOutcome,
    ConditionStatus,
    ContractState,
    Pathway,
    Role,
    default_conditions,
)
from desktop.domain.clock import aware_utc
from desktop.domain.demographics import Ethnicity, Sex  # noqa: E402
from desktop.domain.disclosure import suppress  # noqa: E402
from desktop.domain.ids import new_id  # noqa: E402
from desktop.domain.reports import Period, build_figures  # noqa: E402
from desktop.services.reports import ReportService, report_csv  # noqa: E402
from desktop.storage import convert  # noqa: E402
from desktop.storage.records import (  # noqa: E402
    AppointmentRecord,
    ConditionRecord,
    ContractRecord,
    PersonRecord,
    ReferralRecord,
)
from desktop.storage.report_rows import load_report_cases  # noqa: E402
from desktop.storage.store import CaseStore  # noqa: E402

PASS = "benchmark passphrase"
NOW = datetime(2026, 11, 26, 12, 0)
PERIOD = Period(date(2026, 7, 1), date(2026, 9, 30))
ENDS = (
    ContractState.COMPLETED,
    ContractState.COMPLETED,
    ContractState.COMPLETED,
    ContractState.FAILED_NON_COMPLIANCE,
    ContractState.FAILED_REOFFENDED,
    ContractState.WITHDRAWN,
    ContractState.ACTIVE,
)


def populate(store: CaseStore, people: int, keyworkers: list[str], seed: int = 7) -> int:
    """A year of referrals, contracts in every state, conditions, 8 appointments each; returns rows written."""
    rng = random.Random(seed)
    stamp = {"created_at": aware_utc(NOW), "updated_at": aware_utc(NOW), "row_version": 1}
    answers = json.dumps(
        [{"question_id": q.id, "answer": q.expected, "note": ""} for q in ELIGIBILITY_QUESTIONS]
    )
    rows: dict[type, list[dict[str, Any]]] = {
        PersonRecord: [],
        ReferralRecord: [],
        ContractRecord: [],
        ConditionRecord: [],
        AppointmentRecord: [],
    }
    sexes, ethnicities, pathways = list(Sex), list(Ethnicity), list(Pathway)
    for i in range(people):
        pid = new_id()
        referred = NOW.date() - timedelta(days=rng.randint(1, 365))
        rows[PersonRecord].append(
            {
                "id": pid,
                "first_name": f"P{i}",
                "last_name": "Bench",
                "force_reference": f"NS/{i:06d}",
                "date_of_birth": date(rng.randint(1950, 2007), rng.randint(1, 12), rng.randint(1, 28)),
                "pnc_id": None,
                "phone": "",
                "email": "",
                "address": "",
                "preferred_language": "English",
                "keyworker_id": keyworkers[i % len(keyworkers)],
                "sex": rng.choice(sexes).value,
                "ethnicity": rng.choice(ethnicities).value,
                **stamp,
            }
        )
        rows[ReferralRecord].append(
            {
                "id": new_id(),
                "person_id": pid,
                "force": "Northshire",
                "officer": "PC 1",
                "offence": "Possession",
                "offence_date": referred,
                "referral_date": referred,
                "eligibility_json": answers,
                **stamp,
            }
        )
        signed = referred + timedelta(days=rng.randint(1, 14))
        state = rng.choice(ENDS)
        closed = signed + timedelta(days=rng.randint(20, 120)) if state is not ContractState.ACTIVE else None
        if closed is not None and closed > NOW.date():
            state, closed = ContractState.ACTIVE, None
        cid = new_id()
        rows[ContractRecord].append(
            {
                "id": cid,
                "person_id": pid,
                "state": state.value,
                "offered_on": signed,
                "signed_on": signed,
                "end_date": signed + timedelta(days=120),
                "closed_on": closed,
                "outcome_reason": ""
                if state in (ContractState.ACTIVE, ContractState.COMPLETED)
                else "reason",
                **stamp,
            }
        )
        for pos, cond in enumerate(default_conditions(cid)):
            fields = convert.condition_fields(cond)
            fields["status"] = rng.choice(
                [
                    ConditionStatus.MET,
                    ConditionStatus.NOT_MET,
                    ConditionStatus.WAIVED,
                    ConditionStatus.IN_PROGRESS,
                ]
            ).value
            fields["position"] = pos
            if cond.type.value == "pathway":
                fields["pathway"] = rng.choice(pathways).value
            rows[ConditionRecord].append({"id": new_id(), **fields, **stamp})
        for k in range(8):
            at = datetime.combine(referred, datetime.min.time()).replace(hour=10) + timedelta(days=3 + 9 * k)
            outcome = rng.choice(list(AppointmentOutcome)).value if at < NOW else None
            rows[AppointmentRecord].append(
                {
                    "id": new_id(),
                    "person_id": pid,
                    "planned_at": at,
                    "kind": AppointmentKind.KEYWORK.value,
                    "with_whom": "",
                    "duration_minutes": 60,
                    "outcome": outcome,
                    "notes": "",
                    "recorded_by": "",
                    **stamp,
                }
            )
    with store.write() as s:
        for cls, batch in rows.items():
            store.cases.bulk_insert(s, cls, batch)
    return sum(len(b) for b in rows.values())


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        store, _ = CaseStore.create(folder, "admin", PASS, "Ada Admin", clock=lambda: NOW)
        try:
            kws = [store.add_user(f"kw{i}", f"Keyworker {i}", Role.KEYWORKER, PASS).id for i in range(12)]
            t0 = time.perf_counter()
            written = populate(store, args.people, kws)
            print(f"store: {args.people} people, {written} rows written in {time.perf_counter() - t0:.1f} s")
            service = ReportService(store)
            names = service.keyworker_names()
            s_, e_ = PERIOD.start.isoformat(), PERIOD.end.isoformat()

            def count_referrals() -> int:
                with store.session() as s:
                    return int(
                        s.execute(
                            text(
                                "SELECT count(*) FROM referrals r JOIN people p ON p.id = r.person_id "
                                "WHERE r.referral_date BETWEEN :s AND :e"
                            ),
                            {"s": s_, "e": e_},
                        ).scalar_one()
                    )

            def count_all_rows() -> int:
                with store.session() as s:
                    return int(
                        s.execute(
                            text(
                                # count(column) of an unindexed column: SQLite must read (and decrypt) every row
                                "SELECT (SELECT count(sex) FROM people) + (SELECT count(eligibility_json) FROM referrals) + "
                                "(SELECT count(state) FROM contracts) + (SELECT count(status) FROM conditions) + "
                                "(SELECT count(outcome) FROM appointments)"
                            )
                        ).scalar_one()
                    )

            cases = load_report_cases(store)
            figures = build_figures(cases, PERIOD, names)
            report = service.build(PERIOD)
            base1 = median_time(count_referrals, args.repeat)
            base2 = median_time(count_all_rows, args.repeat)
            t_load = median_time(lambda: load_report_cases(store), args.repeat)
            t_fig = median_time(lambda: build_figures(cases, PERIOD, names), args.repeat)
            t_sup = median_time(lambda: suppress(figures), args.repeat)
            t_report = median_time(lambda: suppress(service.build(PERIOD).figures), args.repeat)
            t_csv = median_time(lambda: report_csv(report), args.repeat)
            from desktop.services.reports.pdf import render_report

            t_pdf = median_time(lambda: render_report(report, "Mona Manager", "Service Manager"), args.repeat)
        finally:
            store.close()
    referred = next(f.value for f in figures if f.key == "referrals_received" and not f.dimension)
    print(f"figures: {len(figures)}; referrals received in {PERIOD.start}..{PERIOD.end}: {referred:.0f}")
    print(f"baseline: SELECT count(*) of the period's referrals     {1000 * base1:8.1f} ms")
    print(f"baseline: one SELECT counting every row the report reads {1000 * base2:8.1f} ms")
    print(f"read the store (5 queries -> ReportCases)                {1000 * t_load:8.1f} ms")
    print(f"every figure (pure functions)                           {1000 * t_fig:8.1f} ms")
    print(f"suppression                                             {1000 * t_sup:8.1f} ms")
    print(
        f"report ready (read + figures + suppression)             {1000 * t_report:8.1f} ms   "
        f"goal < 2000 ms: {'met' if t_report < 2 else 'NOT met'}"
    )
    print(
        f"  ratio to the referrals count: {t_report / base1:7.1f}x; to the count of every row: "
        f"{t_report / base2:5.1f}x"
    )
    print(f"CSV of the report                                       {1000 * t_csv:8.1f} ms")
    print(f"PDF with charts, unsigned                               {1000 * t_pdf:8.1f} ms")
    print(f"(run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, median of {args.repeat})")


if __name__ == "__main__":
    main()
