"""Returns in Welsh and bilingually: build + render time per return against English in the same run.

Run: .venv/bin/python benchmarks/returns_language.py [--repeat 20]
Goal: a Welsh return costs about what an English one does (ratio near 1x); a bilingual one, with more lines and
perhaps a page more, under 1.5x. Medians of --repeat interleaved runs after a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.returns import ReturnKind, build_return_content, render_return  # noqa: E402
from desktop.services.returns.example import example_case, example_clinical  # noqa: E402


def one(language: str) -> int:
    content = build_return_content(
        example_case(clinical_consent=True),
        ReturnKind.MONTHLY_PROGRESS,
        provider="Wearside Recovery Partnership",
        force_name="Durham Constabulary",
        keyworker="Sam Okafor",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        generated_at=datetime(2026, 4, 1, tzinfo=UTC),
        clinical=example_clinical(),
        narrative="Engaging well; two missed sessions in March.",
        language=language,
    )
    return render_return(content).page_count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    languages = ("en", "cy", "cy+en")
    pages = {lang: one(lang) for lang in languages}  # warm-up: fonts registered, caches filled
    times: dict[str, list[float]] = {lang: [] for lang in languages}
    for _ in range(args.repeat):
        for lang in languages:
            start = time.perf_counter()
            one(lang)
            times[lang].append(time.perf_counter() - start)
    base = statistics.median(times["en"]) * 1000
    print(f"returns by language, median of {args.repeat} (build + render, unsigned)")
    for lang in languages:
        ms = statistics.median(times[lang]) * 1000
        print(
            f"  {lang:6} {ms:7.1f} ms  {pages[lang]} pages  ratio {ms / base:5.2f}x  (baseline: en, same run)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
