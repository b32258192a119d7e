"""Hypothesis fuzzing of what comes from outside: case files and identifier fields (issue 5).

Whatever arrives — random JSON, a valid case file with one part broken, any text in an identifier
field — the program answers with a Chinese message that names the field (or the rule, or the file as
a whole), never with an unexpected exception.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credit_desk.domain import identifiers as ids
from credit_desk.domain.case_file import CaseFileError, Problem, parse_case_file
from credit_desk.domain.model import Case

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "cases" / "samr_company.json")
                   .read_text(encoding="utf-8"))

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def assert_named(problem: Problem) -> None:
    """A rejection names a field, a rule, or — for a file that is not JSON at all — the file."""
    assert problem.message.strip()
    whole_file = problem.field == "" and ("JSON" in problem.message or "文件" in problem.message)
    assert problem.field or problem.rule or whole_file, problem


def parse_or_reasons(text: str) -> Case | list[Problem]:
    try:
        return parse_case_file(text)
    except CaseFileError as exc:
        assert exc.problems, "a refusal lists at least one problem"
        for p in exc.problems:
            assert_named(p)
        return exc.problems


@FUZZ
@given(st.text(max_size=200))
def test_any_text_is_refused_with_reasons(text: str) -> None:
    parse_or_reasons(text)


@FUZZ
@given(json_values)
def test_any_json_value_is_refused_with_reasons(value: Any) -> None:
    result = parse_or_reasons(json.dumps(value, ensure_ascii=False))
    assert isinstance(result, list), "random JSON is never a valid case"


@FUZZ
@given(st.dictionaries(st.sampled_from(["format", "case", "exported_at", "exported_by", "$schema", "x"]),
                       json_values, max_size=5))
def test_envelopes_with_random_parts_are_refused_with_reasons(envelope: dict[str, Any]) -> None:
    parse_or_reasons(json.dumps(envelope, ensure_ascii=False))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


CASE_PATHS = _paths(VALID["case"])


def _set(doc: Any, path: tuple[Any, ...], value: Any, *, delete: bool = False) -> None:
    for step in path[:-1]:
        doc = doc[step]
    if delete:
        del doc[path[-1]]
    else:
        doc[path[-1]] = value


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(CASE_PATHS), json_values, st.booleans()), min_size=1, max_size=3))
def test_a_valid_file_with_broken_parts_is_read_or_refused_field_by_field(edits) -> None:
    doc = copy.deepcopy(VALID)
    for path, value, delete in edits:
        try:
            _set(doc["case"], path, value, delete=delete)
        except (KeyError, IndexError, TypeError):  # an earlier edit replaced the parent
            continue
    result = parse_or_reasons(json.dumps(doc, ensure_ascii=False))
    if isinstance(result, list):
        assert all(p.field.startswith(("case", "format")) or p.rule for p in result), result


def test_the_unmodified_fixture_parses() -> None:
    assert isinstance(parse_or_reasons(json.dumps(VALID, ensure_ascii=False)), Case)


# --- identifier fields -----------------------------------------------------------------------------

#: What an officer's keyboard and input method can produce, plus the code characters themselves.
typed = st.text(
    alphabet=st.sampled_from("0123456789ABCDEFGHJKLMNPQRTUWXYxyiozsv ０１２３４５６７８９ＡＸ　-—_.\t\n张堃𠈌"),
    max_size=24,
) | st.text(max_size=24)


@FUZZ
@given(typed)
def test_uscc_check_never_raises_and_names_the_field(code: str) -> None:
    res = ids.check_uscc(code)
    if res.ok:
        assert len(ids.normalize(code)) == 18
        assert set(ids.uscc_parts(code)) == {"authority", "kind", "division", "organisation_code"}
    else:
        assert "统一社会信用代码" in res.message
        with pytest.raises(ValueError, match="统一社会信用代码"):
            ids.uscc_parts(code)


@FUZZ
@given(typed, st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_ric_check_never_raises_and_names_the_field(number: str, today: date) -> None:
    res = ids.check_ric(number, today=today)
    if res.ok:
        assert ids.ric_birth_date(number) <= today
    else:
        assert "身份证号码" in res.message


@FUZZ
@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=17, max_size=17))
def test_any_17_code_characters_complete_to_a_valid_uscc_when_the_prefix_is_valid(first17: str) -> None:
    code = first17 + ids.uscc_check_char(first17)
    res = ids.check_uscc(code)
    # only the structure (authority, kind, division) or the organisation-code check can fail now
    assert res.ok or "校验位错误" not in res.message


@FUZZ
@given(st.text(max_size=20))
def test_check_character_helpers_refuse_bad_input_with_a_value_error(text: str) -> None:
    for helper in (ids.uscc_check_char, ids.org_code_check_char, ids.ric_check_digit):
        try:
            result = helper(text)
        except ValueError as exc:
            assert str(exc)
        else:
            assert len(result) == 1
