"""Crash safety, fast variant (issue 5 "Done when"): ~20 SIGKILLs of a process saving cases and issuing letters.

The 200-trial variant runs in ``make bench`` (tests/bench/run_benchmarks.py). See tests/crash_harness.py.
"""

from __future__ import annotations

import sys

import pytest
from crash_harness import Reported, check, prepare, run_trials

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killing_the_writer_at_random_moments_loses_nothing_committed(tmp_path):
    outcome = run_trials(tmp_path, trials=20, workers=4, seed=20261123, max_delay=1.0)
    assert outcome.problems == []
    assert outcome.cases > 0 and outcome.letters > 0  # the child really got to commit work before the kills


def test_the_check_itself_sees_a_missing_case_and_a_number_gap(tmp_path):
    """Control: the checker is not blind (a committed case that is gone, a skipped number)."""
    db = tmp_path / "control.sqlite3"
    prepare(db)
    assert check(db, Reported()) == []
    assert check(db, Reported(cases={999})) == ["committed cases missing: [999]"]
    problems = check(db, Reported(docs={"青山县市监信列〔2026〕1号"}))
    assert problems == ["issued letters missing: ['青山县市监信列〔2026〕1号']"]
