"""Returns: time per return unsigned vs signed, where signing time goes, and a batch on every core.

Run: .venv/bin/python benchmarks/returns.py [--batch 500] [--repeat 30] [--workers 2] [--service 1000]
Goals: a signed return costs at most 2x an unsigned one; 500 signed returns in under 20 s on two cores.
Figures are medians of --repeat runs in one process, after a warm-up (fonts registered, signer loaded).

Then `sign-batch` as its user waits for it, on copies of the service store (benchmarks/service_store.py, the
clock a day after it was built), each phase timed from start to the last PDF written, --service-rounds times
(first, min, median, max): drafting the month (a new day's pass, then the same day's incremental pass), re-check
and approve, sign on the pool, store and export --service-batch PDFs.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from asn1crypto import keys as asn1_keys  # noqa: E402
from asn1crypto import x509 as asn1_x509  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from pyhanko_certvalidator.registry import SimpleCertificateStore  # noqa: E402

from desktop.services.returns import (  # noqa: E402
    BatchSigner,
    ReturnContent,
    ReturnKind,
    ReturnSigner,
    SigningIdentity,
    approve,
    build_return_content,
    render_return,
    sign_return,
)
from desktop.services.returns.example import example_case, example_clinical  # noqa: E402


def _content(serial: int) -> ReturnContent:
    return build_return_content(
        example_case(clinical_consent=serial % 2 == 0, serial=serial),
        ReturnKind.MONTHLY_PROGRESS,
        provider="Wearside Recovery Partnership",
        force_name="Durham Constabulary",
        keyworker="Sam Okafor",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        generated_at=datetime.now(UTC),
        clinical=example_clinical(),
        narrative="Engaging well; two missed sessions in March, both followed up.",
    )


def _interleaved(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU milliseconds of each function, run in turn so load changes hit them all alike."""
    wall: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            w, c = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - w)
            cpu[name].append(time.process_time() - c)
    return {name: (statistics.median(wall[name]) * 1000, statistics.median(cpu[name]) * 1000) for name in fns}


def _where(fn: Callable[[], object], runs: int, top: int = 12) -> str:
    """cProfile of `fn`, the top entries by own time, grouped by package: where the time goes."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(runs):
        fn()
    profile.disable()
    stats = pstats.Stats(profile)
    by_package: dict[str, float] = {}
    for (path, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = _package(path)
        by_package[key] = by_package.get(key, 0.0) + own
    total = sum(by_package.values()) or 1.0
    lines = [
        f"    {name:<28} {100 * t / total:5.1f}%"
        for name, t in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]
    ]
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(8)
    hot = [ln for ln in out.getvalue().splitlines() if ln.strip() and ln.strip()[0].isdigit()][:8]
    return "\n".join(
        [
            "  own time by package:",
            *lines,
            "  hottest functions (tottime, cProfile):",
            *("    " + h.strip() for h in hot),
        ]
    )


def _plain_pyhanko(identity: SigningIdentity) -> Callable[[bytes], bytes]:
    """pyHanko used the straightforward way (SimpleSigner, size estimated by pyHanko): the baseline."""
    key = asn1_keys.PrivateKeyInfo.load(
        identity.private_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    signer = signers.SimpleSigner(cert, key, SimpleCertificateStore())  # type: ignore[no-untyped-call]

    def sign(pdf: bytes) -> bytes:
        meta = signers.PdfSignatureMetadata(
            field_name="Sig", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
        )
        spec = fields.SigFieldSpec("Sig", on_page=-1, box=(50, 200, 300, 290))
        out = signers.PdfSigner(meta, signer, new_field_spec=spec).sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(pdf))
        )
        data: bytes = out.getvalue()
        return data

    return sign


def _shares(fn: Callable[[], object], runs: int, names: dict[str, str]) -> str:
    """Share of `fn`'s time spent inside each named function (cumulative, cProfile)."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(runs):
        fn()
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = max(cum for (_c, _n, _o, cum, _callers) in stats.values())
    lines = []
    for label, function in names.items():
        cum = max((v[3] for (_p, _l, name), v in stats.items() if function in name), default=0.0)
        lines.append(f"    {label:<44} {100 * cum / total:5.1f}%")
    return "\n".join(lines)


def _package(path: str) -> str:
    if "site-packages/" in path:
        return path.split("site-packages/")[1].split("/")[0]
    if "/desktop/" in path:
        return "desktop (ours)"
    if path.startswith("~") or path.startswith("<"):
        return "builtins (C: crypto, zlib, hashing)"
    return "stdlib"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--service", type=int, default=1000, help="people in the service store (0: skip)")
    parser.add_argument("--service-batch", type=int, default=50)
    parser.add_argument("--service-rounds", type=int, default=5)
    parser.add_argument("--only-service", action="store_true", help="skip the per-return figures")
    args = parser.parse_args()
    if args.only_service:
        service(args.service, args.service_batch, args.service_rounds, args.workers)
        return 0

    identity = SigningIdentity.create_self_signed("Wearside Recovery Partnership", datetime.now(UTC))
    start = time.perf_counter()
    signer = ReturnSigner(identity)
    setup_ms = (time.perf_counter() - start) * 1000
    content = approve(_content(0), "Dana Whitfield", "Service Manager")
    rendered = render_return(content)
    sign_return(content, signer, "Dana Whitfield", "Service Manager")  # warm-up

    figures = _interleaved(
        {
            "unsigned": lambda: render_return(content),
            "sign": lambda: signer.sign(rendered, content.document_id, "Dana Whitfield"),
            "signed": lambda: sign_return(content, signer, "Dana Whitfield", "Service Manager"),
        },
        args.repeat,
    )
    (unsigned, unsigned_cpu), (sign_only, sign_cpu), (signed, signed_cpu) = figures.values()
    print(
        f"one return ({rendered.page_count} pages, {len(rendered.pdf) // 1024} KB), median of {args.repeat}:"
        "                 wall      CPU"
    )
    print(f"  unsigned (build PDF)          {unsigned:7.1f} ms {unsigned_cpu:7.1f} ms")
    print(f"  signing alone (pyHanko)       {sign_only:7.1f} ms {sign_cpu:7.1f} ms")
    print(f"  signed (build PDF + sign)     {signed:7.1f} ms {signed_cpu:7.1f} ms")
    print(
        f"  ratio signed / unsigned       {signed / unsigned:7.2f}x  {signed_cpu / unsigned_cpu:7.2f}x   (goal <= 2x)"
    )
    print(f"  ReturnSigner set-up, once     {setup_ms:7.1f} ms")
    plain = _plain_pyhanko(identity)
    baseline = _interleaved({"plain": lambda: plain(rendered.pdf)}, max(3, args.repeat // 6))["plain"]
    print(
        f"  baseline: plain pyHanko sign  {baseline[0]:7.1f} ms {baseline[1]:7.1f} ms"
        f"   (ratio {(unsigned + baseline[0]) / unsigned:.2f}x)"
    )
    print("where plain pyHanko's time went (5 signatures; shares overlap, the calls are nested):")
    print(
        _shares(
            lambda: plain(rendered.pdf),
            5,
            {
                "re-reading the DER private key (each signature)": "load_der_private_key",
                "size estimate: a whole dummy signature first": "estimate_signature_container_size",
                "CMS signing calls (asn1crypto, with the key reads)": "async_sign_prescribed_attributes",
            },
        )
    )
    print("where signing time goes now (ReturnSigner, 20 signatures):")
    print(_where(lambda: signer.sign(rendered, content.document_id, "Dana Whitfield"), 20))

    contents = [_content(i) for i in range(args.batch)]
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with BatchSigner(identity, workers=args.workers) as pool:
        pool.warm_up()
        ready = time.perf_counter() - start
        begin = time.perf_counter()
        result = pool.sign(contents, "Dana Whitfield", "Service Manager")
        work = time.perf_counter() - begin
    total = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (children.ru_utime - children_before.ru_utime) + (
        children.ru_stime - children_before.ru_stime
    )
    assert len(result.signed) == args.batch and not result.failed
    print(f"batch of {args.batch} signed returns, {args.workers} worker processes (spawn):")
    print(f"  workers started and key loaded {ready:6.2f} s")
    print(f"  signing                        {work:6.2f} s  ({args.batch / work:5.1f} returns/s)")
    print(
        f"  total, start to finish         {total:6.2f} s  ({args.batch / total:5.1f} returns/s; goal < 20 s)"
    )
    print(
        f"  CPU time used by the workers   {worker_cpu:6.2f} s  ({1000 * worker_cpu / args.batch:5.1f} ms per return,"
        f" start-up included)"
    )
    print(f"  machine load average now       {os.getloadavg()[0]:6.2f}   (other processes share the cores)")
    if args.service:
        service(args.service, args.service_batch, args.service_rounds, args.workers)
    return 0


def service(people: int, batch: int, rounds: int, workers: int) -> None:
    import shutil
    import tempfile
    from datetime import timedelta

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from service_store import NOW, PASS, copy_of

    from desktop.services.returns_workflow import UNSIGNED, ReturnWorkflow, month_of
    from desktop.storage.store import CaseStore

    day = NOW + timedelta(days=1)
    phases: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        phases.setdefault(name, []).append(seconds)

    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="checkpoint-returns-bench-") as tmp:
            folder = copy_of(people, Path(tmp))
            out = Path(tmp) / "outbox"
            out.mkdir()
            start = time.perf_counter()
            with CaseStore.open(folder, "manager", PASS, clock=lambda: day) as store:
                wf = ReturnWorkflow(store)
                month = month_of(day.date())
                t = time.perf_counter()
                wf.ensure_drafts(month, day)
                wf.refresh_drafts(day, month)
                note("draft the month (first pass of a day)", time.perf_counter() - t)
                t = time.perf_counter()
                wf.ensure_drafts(month, day)
                wf.refresh_drafts(day, month)
                note("draft again, nothing changed", time.perf_counter() - t)
                ids = [r.id for r in wf.repo.list(state=UNSIGNED, month=month)][:batch]
                identity = wf.identity()
                assert identity is not None and ids
                with BatchSigner(identity, workers=workers) as pool:
                    pool.warm_up()
                    t = time.perf_counter()
                    contents = wf.prepare(ids)
                    note(f"re-check and approve {len(ids)}", time.perf_counter() - t)
                    t = time.perf_counter()
                    result = pool.sign(contents, *wf.signer())
                    note(f"sign {len(ids)} on {workers} workers", time.perf_counter() - t)
                t = time.perf_counter()
                stored = wf.store_signed(result.signed)
                for r in stored:
                    wf.export(r.id, out)
                note(f"store and export {len(stored)} PDFs", time.perf_counter() - t)
            note("total, start to the last PDF written", time.perf_counter() - start)
            shutil.rmtree(out)
    print(
        f"sign-batch on the {people:,}-person service store, {rounds} rounds (first / min / median / max, s):"
    )
    for name, runs in phases.items():
        print(f"  {name:<40} {runs[0]:7.2f} {min(runs):7.2f} {statistics.median(runs):7.2f} {max(runs):7.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
