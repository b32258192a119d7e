"""Crash test (issue 5 item 4): kill a process that saves cases and issues letters, then check the database.

The child (``python tests/crash_harness.py child DB``) loops: save a case (one transaction), print
``case <id>``; issue a decision letter D-03 for it (number, render, store in one transaction), print
``doc <number>``; each line printed and flushed only after the commit returned. The parent SIGKILLs it
at a random moment and checks: ``PRAGMA integrity_check`` is ok, every case and letter the child
reported is there, the D-03 numbers of each year run 1…N without a gap, the sequence's last value is N,
and every stored PDF still matches its hash. Used by tests/unit/test_crash_safety.py (about 20 trials)
and by ``make bench`` (200 trials).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMR = ROOT / "tests" / "fixtures" / "cases" / "samr_company.json"
ISSUE_DATE = date(2026, 11, 2)
_NUMBER = re.compile(r"〔(\d{4})〕(\d+)号")


def _case():
    from credit_desk.domain.model import Case

    data = json.loads(SAMR.read_text(encoding="utf-8"))
    return Case.model_validate(data["case"]).model_copy(update={"id": None})


def prepare(db: Path) -> None:
    """A database with the office profile, as after the first-run dialog."""
    from credit_desk.services import office as office_svc
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{db}")
    try:
        office_svc.save_office(ws, _case().office)
    finally:
        ws.db.dispose()


def child(db: Path) -> None:
    from credit_desk.services import cases, issuing
    from credit_desk.services.rendering import render_document
    from credit_desk.services.workspace import open_workspace

    ws = open_workspace(f"sqlite:///{db}")
    case = _case()
    render_document(case, ws.catalogs, doc_id="D-03", issue_date=ISSUE_DATE)  # fonts loaded: kills land in the loop
    print("ready", flush=True)
    while True:
        case_id = cases.save_case(ws, case, officer="崩溃测试").case_id
        print(f"case {case_id}", flush=True)
        letter = issuing.issue_letter(ws, case_id, "D-03", issue_date=ISSUE_DATE, officer="崩溃测试")
        print(f"doc {letter.number}", flush=True)


@dataclass
class Reported:
    cases: set[int] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)


def run_one(db: Path, *, rng: random.Random, max_delay: float = 1.2, timeout: float = 60.0) -> Reported:
    """Start the child, let it work for a random time after it is ready, SIGKILL it; what it reported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, __file__, "child", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    assert proc.stdout is not None
    try:
        first = proc.stdout.readline()
        if first.strip() != "ready":
            proc.kill()
            raise RuntimeError(f"child did not start: {first!r} {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(rng.uniform(0.0, max_delay))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reported = Reported()
    for line in out.splitlines():
        kind, _, value = line.partition(" ")
        if kind == "case" and value.isdigit():
            reported.cases.add(int(value))
        elif kind == "doc" and value:
            reported.docs.add(value)
    return reported


def check(db: Path, reported: Reported) -> list[str]:
    """Everything wrong with the database after the kills (empty list: all good)."""
    import hashlib

    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return [f"integrity_check: {integrity[:5]}"]
        cases = {r[0] for r in conn.execute("SELECT id FROM cases")}
        missing = reported.cases - cases
        if missing:
            problems.append(f"committed cases missing: {sorted(missing)}")
        docs = list(conn.execute("SELECT number, doc_type, pdf, sha256 FROM document"))
        numbers = {d[0] for d in docs}
        if reported.docs - numbers:
            problems.append(f"issued letters missing: {sorted(reported.docs - numbers)}")
        by_year: dict[str, list[int]] = {}
        for number, doc_type, pdf, sha in docs:
            if hashlib.sha256(pdf).hexdigest() != sha:
                problems.append(f"{number}: stored PDF does not match its hash")
            m = _NUMBER.search(number)
            if m and doc_type == "D-03":
                by_year.setdefault(m.group(1), []).append(int(m.group(2)))
        for year, seqs in by_year.items():
            if sorted(seqs) != list(range(1, len(seqs) + 1)):
                problems.append(f"D-03 numbers of {year} have gaps or repeats: {sorted(seqs)}")
            last = conn.execute(
                "SELECT last_value FROM document_sequence WHERE doc_type = 'D-03' AND year = ?", (int(year),)
            ).fetchone()
            if last is None or last[0] != len(seqs):
                problems.append(f"D-03 sequence of {year} is {last}, but {len(seqs)} letters exist")
    finally:
        conn.close()
    return problems


@dataclass
class Outcome:
    trials: int
    cases: int
    letters: int
    problems: list[str]
    seconds: float


def run_trials(folder: Path, trials: int, *, workers: int = 4, seed: int = 5, max_delay: float = 1.2) -> Outcome:
    """``trials`` kills spread over ``workers`` databases (each checked after every kill)."""
    start = time.perf_counter()
    per_db = [trials // workers + (1 if i < trials % workers else 0) for i in range(workers)]

    def lane(index: int) -> tuple[list[str], Reported]:
        db = folder / f"crash-{index}.sqlite3"
        rng = random.Random(seed * 1000 + index)
        total = Reported()
        problems: list[str] = []
        for trial in range(per_db[index]):
            got = run_one(db, rng=rng, max_delay=max_delay)
            total.cases |= got.cases
            total.docs |= got.docs
            problems += [f"db {index} trial {trial}: {p}" for p in check(db, total)]
        return problems, total

    for index in range(workers):  # in this thread: opening workspaces is not meant to run concurrently
        prepare(folder / f"crash-{index}.sqlite3")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lane, range(workers)))
    problems = [p for r in results for p in r[0]]
    return Outcome(
        trials=trials,
        cases=sum(len(r[1].cases) for r in results),
        letters=sum(len(r[1].docs) for r in results),
        problems=problems,
        seconds=time.perf_counter() - start,
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        child(Path(sys.argv[2]))
    else:
        print("usage: crash_harness.py child DB", file=sys.stderr)
        sys.exit(2)
