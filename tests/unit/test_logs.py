"""The app's log file is rotated at start (credit_desk.logs), keeping five old files."""

from __future__ import annotations

import logging

from credit_desk import logs


def test_a_large_log_is_rotated_at_start_and_old_ones_shift(tmp_path):
    log = tmp_path / "credit-desk.log"
    log.write_text("x" * 200, encoding="utf-8")
    (tmp_path / "credit-desk.log.1").write_text("one", encoding="utf-8")
    (tmp_path / "credit-desk.log.2").write_text("two", encoding="utf-8")
    logs.rotate_at_start(log, max_bytes=100, backups=2)
    assert not log.exists()
    assert (tmp_path / "credit-desk.log.1").read_text(encoding="utf-8") == "x" * 200
    assert (tmp_path / "credit-desk.log.2").read_text(encoding="utf-8") == "one"  # "two" fell off the end


def test_a_small_log_is_appended_to(tmp_path):
    log = tmp_path / "credit-desk.log"
    log.write_text("earlier\n", encoding="utf-8")
    setup = logs.configure(directory=tmp_path)
    try:
        logging.getLogger("credit_desk.test").warning("之后的记录")
    finally:
        setup.close()
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier\n") and "之后的记录" in text
    assert not (tmp_path / "credit-desk.log.1").exists()


def test_logging_does_not_import_the_network_handlers():
    import subprocess
    import sys

    code = "import sys, credit_desk.logs; print('logging.handlers' in sys.modules, 'socket' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "False"
