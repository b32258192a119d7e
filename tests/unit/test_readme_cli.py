"""The README's command-line table follows the real parser: every command and every option is there.

Why: the table was found out of date (render said ``--doc D-03|D-08`` when it takes D-01…D-08 and
``--index``; ``check --today`` and ``export-case --purpose`` were missing). This keeps it honest.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from credit_desk.cli import build_parser
from credit_desk.cli_commands import _purpose

README = Path(__file__).resolve().parents[2] / "README.md"


def _cli_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## The command line")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [opt for a in parser._actions for opt in a.option_strings
            if opt.startswith("--") and opt != "--help"]


def test_every_command_and_option_is_in_the_readme_table():
    section = _cli_section()
    parser = build_parser()
    missing = [f"credit-desk {opt}" for opt in _options(parser) if f"`{opt}" not in section
               and f" {opt}" not in section]
    for name, sub in _subparsers(parser).items():
        rows = [line for line in section.splitlines() if line.startswith(f"| `credit-desk {name}")]
        if not rows:
            missing.append(f"credit-desk {name}")
            continue
        for nested_name, nested in _subparsers(sub).items():
            rows = [r for r in rows if nested_name in r] or rows
            missing += [f"credit-desk {name} {nested_name} {o}" for o in _options(nested)
                        if not any(o in r for r in rows)]
        missing += [f"credit-desk {name} {o}" for o in _options(sub) if not any(o in r for r in rows)]
    assert not missing, f"README.md command-line table lacks: {missing}"


def test_render_row_names_every_letter_type():
    parser = build_parser()
    render = _subparsers(parser)["render"]
    doc = next(a for a in render._actions if "--doc" in a.option_strings)
    row = next(line for line in _cli_section().splitlines() if line.startswith("| `credit-desk render"))
    assert doc.choices[0] in row and doc.choices[-1] in row  # "D-01…D-08"


def test_export_purpose_default_is_quoted_as_the_code_writes_it():
    default = _purpose(argparse.Namespace(purpose=None))
    assert f"“{default}”" in _cli_section()
