"""``verify`` on a large database (issue 5): 1,000,000 usage-log entries and 100,000 issued documents.

Goal: ≤ 10 s for the whole check. The generated documents are small stand-in PDFs (the hash check reads
every byte, so the time grows with their size): the hash throughput and the time of one real re-render
are measured separately so the cost of full-size letters and of ``verify`` with re-rendering can be
read off. Run alone: ``python tests/bench/bench_verify.py [--entries N] [--documents N] [--append FILE]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMR = ROOT / "tests" / "fixtures" / "cases" / "samr_company.json"
STAND_IN_PDF_BYTES = 4096


def build(db_file: Path, entries: int, documents: int) -> tuple[float, int, bytes]:
    """Fill a new database: ``entries`` chained log entries, ``documents`` letters; returns (seconds,
    case id, the real letter's PDF)."""
    from sqlalchemy import insert

    from credit_desk.domain.model import Case
    from credit_desk.services import cases as case_svc
    from credit_desk.services import issuing
    from credit_desk.services.office import save_office
    from credit_desk.services.workspace import open_workspace
    from credit_desk.store import tables as t
    from credit_desk.store.usage_log import GENESIS, entry_hash

    t0 = time.perf_counter()
    ws = open_workspace(f"sqlite:///{db_file}")
    case = Case.model_validate(json.loads(SAMR.read_text(encoding="utf-8"))["case"])
    save_office(ws, case.office)
    case_id = case_svc.save_case(ws, case.model_copy(update={"id": None})).case_id
    real = issuing.issue_letter(ws, case_id, "D-03", issue_date=date(2026, 11, 2), officer="bench")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    prev = GENESIS
    with ws.db.engine.begin() as conn:
        batch: list[dict] = []
        for i in range(1, entries + 1):
            at = start + timedelta(seconds=i * 7)
            officer, action, obj = ("李明", "view", f"case:{i % 5000 + 1}") if i % 4 else ("王芳", "export", "case:9")
            purpose = "" if i % 4 else "移送法院"
            digest = entry_hash(i, at, officer, action, obj, purpose, "", prev)
            batch.append({"id": i, "at": at, "officer": officer, "action": action, "object": obj,
                          "purpose": purpose, "details": "", "prev_hash": prev, "hash": digest})
            prev = digest
            if len(batch) == 50_000:
                conn.execute(insert(t.UsageLogEntry.__table__), batch)
                batch.clear()
        if batch:
            conn.execute(insert(t.UsageLogEntry.__table__), batch)
        conn.execute(insert(t.UsageLogHead.__table__), [{"id": 1, "last_id": entries, "last_hash": prev}])
        docs: list[dict] = []
        for i in range(documents - 1):  # the real letter is one of them
            pdf = (b"%%PDF-1.4 stand-in %d " % i).ljust(STAND_IN_PDF_BYTES, b"x")
            docs.append({"case_id": case_id, "doc_type": "D-01", "number": f"BENCH-{i}", "issue_date": date(2026, 1, 2),
                         "fields": {"n": i}, "pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest(),
                         "supersedes_id": None, "created_at": start})
            if len(docs) == 10_000:
                conn.execute(insert(t.Document.__table__), docs)
                docs.clear()
        if docs:
            conn.execute(insert(t.Document.__table__), docs)
    ws.db.dispose()
    return time.perf_counter() - t0, case_id, real.pdf


def run(entries: int, documents: int, runs: int = 3) -> dict[str, float]:
    from credit_desk.services.verify import _Renderer, verify
    from credit_desk.services.workspace import open_workspace
    from credit_desk.store import tables as t

    with tempfile.TemporaryDirectory() as tmp:
        db_file = Path(tmp) / "bench.sqlite3"
        build_s, _case_id, real_pdf = build(db_file, entries, documents)
        ws = open_workspace(f"sqlite:///{db_file}")
        times, report = [], None
        for _ in range(runs):
            t0 = time.perf_counter()
            report = verify(ws, rerender=False)
            times.append(time.perf_counter() - t0)
        assert report is not None and report.ok, report.lines()[:5] if report else None
        assert (report.log_entries, report.documents) == (entries, documents)
        t0 = time.perf_counter()
        verify(ws, rerender=False, thorough=True)
        thorough_s = time.perf_counter() - t0
        with ws.db.session() as s:  # one real letter re-rendered from its snapshot
            row = s.get(t.Document, 1)
            renderer = _Renderer(ws)
            assert renderer.compare(row, row.pdf) == ""
            render_times = []
            for _ in range(10):
                t0 = time.perf_counter()
                renderer.compare(row, row.pdf)
                render_times.append(time.perf_counter() - t0)
        size_mb = db_file.stat().st_size / 1e6
        ws.db.dispose()
    blob = real_pdf * 200
    t0 = time.perf_counter()
    hashlib.sha256(blob).hexdigest()
    sha_mb_s = len(blob) / 1e6 / (time.perf_counter() - t0)
    return {
        "entries": entries, "documents": documents, "build_s": build_s, "db_mb": size_mb,
        "verify_median_s": statistics.median(times), "verify_max_s": max(times), "runs": runs, "thorough_s": thorough_s,
        "rerender_ms": statistics.median(render_times) * 1000, "letter_kb": len(real_pdf) / 1024,
        "sha_mb_s": sha_mb_s,
    }


def verify_section(entries: int = 1_000_000, documents: int = 100_000) -> str:
    r = run(entries, documents)
    real_hash_s = documents * r["letter_kb"] / 1024 / r["sha_mb_s"]
    rerender_min = documents * r["rerender_ms"] / 1000 / 60
    return f"""
## Integrity check (issue 5)

| what | result | goal |
|---|---|---|
| `credit-desk verify --no-render` (SQLite quick_check, foreign_key_check, usage-log chain, every document's SHA-256) on {r['entries']:,} log entries and {r['documents']:,} documents — median of {r['runs']} | **{r['verify_median_s']:.1f} s** (max {r['verify_max_s']:.1f} s) | ≤ 10 s |
| The same with `--thorough` (full integrity_check, every index too) — one run | {r['thorough_s']:.1f} s | — |
| Re-rendering one issued D-03 from its stored field snapshot and comparing (median of 10) | {r['rerender_ms']:.0f} ms | — |
| SHA-256 throughput on this machine | {r['sha_mb_s']:.0f} MB/s | — |

The generated database ({r['db_mb']:.0f} MB, built in {r['build_s']:.0f} s) holds chained log entries written like
the program writes them and {r['documents']:,} documents with {STAND_IN_PDF_BYTES // 1024} KB stand-in PDFs (one real D-03 of
{r['letter_kb']:.0f} KB among them). With real letters of that size the hashing alone would add about
{real_hash_s:.0f} s plus reading {documents * r['letter_kb'] / 1024 / 1024:.1f} GB from disk. Re-rendering every letter
(`credit-desk verify` without `--no-render`, and the GUI check) costs about {rerender_min:.0f} minutes for
{r['documents']:,} letters at the time above: it is the deep check for an inspection, `--no-render` the quick one.
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--append", type=Path, help="append the section to this Markdown file")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    text = verify_section(args.entries, args.documents)
    print(text)
    if args.append:
        with args.append.open("a", encoding="utf-8") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
