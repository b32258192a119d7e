"""``make bench``: the 200-trial crash test (issue 5); the fast 20-trial variant is tests/unit/test_crash_safety.py.

Unlike the timings beside it, this one asserts: a problem found makes ``make bench`` fail.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def crash_section(trials: int = 200) -> str:
    sys.path.insert(0, str(TESTS))
    from crash_harness import run_trials

    with tempfile.TemporaryDirectory() as tmp:
        outcome = run_trials(Path(tmp), trials, workers=4, seed=200, max_delay=1.5)
    if outcome.problems:
        raise SystemExit("crash test failed:\n" + "\n".join(outcome.problems))
    return f"""
## Crash safety (issue 5)

| what | result |
|---|---|
| SIGKILL of a process saving cases and issuing D-03 letters, at random moments | {outcome.trials} kills in {outcome.seconds:.0f} s: {outcome.cases} committed cases and {outcome.letters} committed letters all present, `integrity_check` ok every time, D-03 numbers without gaps, every PDF matching its hash |
"""


if __name__ == "__main__":
    print(crash_section(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
