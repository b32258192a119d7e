"""``make bench``: time the core (D-03 render cold and warm, ``check`` over 1,000 case files).

Results go to docs/benchmarks.md with the machine and the date. Not part of ``make test``: numbers are
measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMR = ROOT / "tests" / "fixtures" / "cases" / "samr_company.json"

COLD_SCRIPT = """
import time, sys
t0 = time.perf_counter()
from pathlib import Path
from credit_desk.services.cases import read_case_file
from credit_desk.services.rendering import render_document
from credit_desk.services.workspace import shipped_catalogs
case = read_case_file(Path(sys.argv[1]))
result = render_document(case, shipped_catalogs(), doc_id="D-03")
print(time.perf_counter() - t0)
"""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def bench_render(runs: int) -> dict[str, float]:
    from credit_desk.services.cases import read_case_file
    from credit_desk.services.rendering import render_document
    from credit_desk.services.workspace import shipped_catalogs

    cold = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", COLD_SCRIPT, str(SAMR)], capture_output=True, text=True, check=True)
        cold.append(float(out.stdout.strip().splitlines()[-1]))
    case = read_case_file(SAMR)
    cats = shipped_catalogs()
    render_document(case, cats, doc_id="D-03")  # fonts registered, forms loaded
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_document(case, cats, doc_id="D-03")
        warm.append(time.perf_counter() - t0)
    d08 = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_document(case, cats, doc_id="D-08")
        d08.append(time.perf_counter() - t0)
    return {
        "cold_median_ms": statistics.median(cold) * 1000,
        "warm_median_ms": statistics.median(warm) * 1000,
        "warm_p90_ms": sorted(warm)[int(len(warm) * 0.9)] * 1000,
        "d08_warm_median_ms": statistics.median(d08) * 1000,
    }


def bench_check(n: int) -> dict[str, float]:
    from credit_desk.domain.calendar import WorkCalendar
    from credit_desk.services.cases import read_case_file
    from credit_desk.services.checking import check_case
    from credit_desk.services.workspace import shipped_catalogs

    base = json.loads(SAMR.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(n):
            data = json.loads(json.dumps(base))
            data["case"]["subject"]["name"] = f"青山县测试商贸有限公司{i}"
            data["case"]["reference"] = f"BENCH-{i}"
            data["case"]["conduct_date"] = f"2026-0{1 + i % 6}-1{i % 10}"
            path = Path(tmp) / f"case-{i}.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            files.append(path)
        cats = shipped_catalogs()
        cal = WorkCalendar()
        t0 = time.perf_counter()
        blocked = 0
        for path in files:
            report = check_case(read_case_file(path), cats, calendar=cal, settings=cats.settings)
            blocked += report.blocked
        total = time.perf_counter() - t0
    return {"files": n, "total_s": total, "per_file_ms": total / n * 1000, "blocked": blocked}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--no-gui", action="store_true", help="skip the desk start-up and register search benchmarks")
    args = ap.parse_args()
    render = bench_render(args.runs)
    check = bench_check(args.files)
    text = f"""# Benchmarks

Measured by `make bench` (`tests/bench/run_benchmarks.py`) on {date.today():%Y-%m-%d}.
Machine: {machine()}.

## Letters (issue 2)

| what | result | goal |
|---|---|---|
| D-03 render, cold (new process: imports, font registration, forms, render) — median of 5 | {render['cold_median_ms']:.0f} ms | — |
| D-03 render, warm (fonts registered) — median of {args.runs} | {render['warm_median_ms']:.1f} ms (p90 {render['warm_p90_ms']:.1f} ms) | ≤ 60 ms |
| D-08 render, warm — median of {args.runs} | {render['d08_warm_median_ms']:.1f} ms | — |

Warm render includes the rule check that precedes every letter, the template, line breaking and PDF output.

## Rules

| what | result |
|---|---|
| `check` over {check['files']} case files (read + parse + all rules + deadlines, one shared calendar) | {check['total_s']:.2f} s total, {check['per_file_ms']:.2f} ms per file ({check['blocked']} blocked) |
"""
    if not args.no_gui:
        sys.path.insert(0, str(ROOT / "tests" / "bench"))
        from bench_gui import gui_section

        text += gui_section()
    # --- crash test, 200 kills (issue 5) ---
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from bench_crash import crash_section

    text += crash_section(200)
    # --- verify on 1,000,000 log entries and 100,000 documents (issue 5) ---
    from bench_verify import verify_section

    text += verify_section()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
