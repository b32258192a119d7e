"""R-13 identifiers: 统一社会信用代码 (GB 32100 + GB 11714) and 居民身份证号码 (GB 11643)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credit_desk.domain.identifiers import (
    REGISTRATION_AUTHORITIES,
    USCC_ALPHABET,
    age_on,
    check_ric,
    check_uscc,
    normalize,
    org_code_check_char,
    ric_birth_date,
    ric_check_digit,
    uscc_check_char,
    uscc_parts,
)

TODAY = date(2026, 6, 1)


def make_uscc(authority: str, kind: str, division: str, body8: str) -> str:
    org = body8 + org_code_check_char(body8)
    first17 = authority + kind + division + org
    return first17 + uscc_check_char(first17)


def make_ric(division: str, birth: date, seq: str) -> str:
    first17 = f"{division}{birth:%Y%m%d}{seq}"
    return first17 + ric_check_digit(first17)


@st.composite
def valid_usccs(draw: st.DrawFn) -> str:
    authority = draw(st.sampled_from(sorted(REGISTRATION_AUTHORITIES)))
    kind = draw(st.sampled_from(sorted(REGISTRATION_AUTHORITIES[authority][1])))
    division = draw(st.text("0123456789", min_size=6, max_size=6))
    body = draw(st.text(USCC_ALPHABET, min_size=8, max_size=8))
    return make_uscc(authority, kind, division, body)


@st.composite
def valid_rics(draw: st.DrawFn) -> str:
    division = str(draw(st.integers(110000, 829999)))
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = f"{draw(st.integers(0, 999)):03d}"
    return make_ric(division, birth, seq)


# Replacement characters: code characters, the excluded letters, lower case, full width, punctuation.
REPLACEMENTS = st.sampled_from([*USCC_ALPHABET, *"IOZSVabxyz-./", "中", "１", "Ａ", "Ｘ"])


# ---------------------------------------------------------------- 统一社会信用代码


@given(valid_usccs())
def test_generated_usccs_pass(code: str) -> None:
    assert check_uscc(code) == check_uscc(code.lower())
    assert check_uscc(code).ok, check_uscc(code).message


@given(valid_usccs(), st.integers(0, 17), REPLACEMENTS)
def test_any_single_character_change_of_a_uscc_fails(code: str, pos: int, rep: str) -> None:
    if normalize(rep) == code[pos]:
        return  # same character once normalised (e.g. "x" for "X"): not a change
    changed = code[:pos] + rep + code[pos + 1 :]
    result = check_uscc(changed)
    assert not result.ok
    assert result.message


@pytest.mark.parametrize(
    "code",
    [
        "91110000600037341L",  # python-stdnum's example (an enterprise registered in Beijing)
        make_uscc("9", "1", "320724", "MA1MXY0B"),  # an enterprise in 灌南县
        make_uscc("9", "2", "320724", "MA1W5K2R"),  # an individual business
        make_uscc("1", "2", "320724", "46678901"),  # a public institution
        make_uscc("5", "1", "320724", "50123456"),  # a social organisation
    ],
)
def test_known_usccs_pass(code: str) -> None:
    assert check_uscc(code).ok, check_uscc(code).message


def test_uscc_is_normalised_before_checking() -> None:
    assert check_uscc(" 9111 0000 6000 3734 1l ").ok
    assert check_uscc("９１１１００００６０００３７３４１Ｌ").ok  # full width, from an input method


def test_uscc_messages_are_precise() -> None:
    assert check_uscc("").message == "统一社会信用代码为空"
    assert check_uscc("91110000600037341").message == "统一社会信用代码长度应为18位，实为17位"
    assert check_uscc("91110000600037341M").message == "统一社会信用代码校验位错误：应为 L，实为 M"
    assert "“I”不是代码字符" in check_uscc("9111000060003734IL").message
    assert "第1位登记管理部门代码“B”不存在" in check_uscc("B1110000600037341L").message
    msg = check_uscc("94110000600037341L").message
    assert "第2位机构类别代码“4”不属于登记管理部门“工商”" in msg
    assert "1、2、3" in msg
    assert "行政区划码应为6位数字，实为“1100A0”" in check_uscc("911100A0600037341L").message


def test_uscc_org_code_check_is_enforced() -> None:
    # The 18th character is right, but the embedded organisation code 60003734-2 is not.
    first17 = "91110000" + "60003734" + "2"
    code = first17 + uscc_check_char(first17)
    result = check_uscc(code)
    assert not result.ok
    assert result.message == (
        "统一社会信用代码第9至17位组织机构代码 60003734-2 的校验码错误：应为 1，实为 2"
    )


def test_org_code_check_char() -> None:
    assert org_code_check_char("60003734") == "1"
    assert org_code_check_char("D2143569") == "X"  # GB 11714 letter values: D = 13
    assert org_code_check_char("00000000") == "0"  # 11 − 0 = 11 → 0
    with pytest.raises(ValueError):
        org_code_check_char("1234567")


def test_check_char_helpers_reject_bad_input() -> None:
    with pytest.raises(ValueError):
        uscc_check_char("9111000060003734")
    with pytest.raises(ValueError):
        uscc_check_char("9111000060003734I")
    with pytest.raises(ValueError):
        ric_check_digit("1101051949123100X")


def test_uscc_parts() -> None:
    assert uscc_parts("91110000600037341L") == {
        "authority": "工商",
        "kind": "企业",
        "division": "110000",
        "organisation_code": "60003734-1",
    }
    with pytest.raises(ValueError, match="校验位错误"):
        uscc_parts("91110000600037341M")


# ---------------------------------------------------------------- 居民身份证号码


@given(valid_rics())
def test_generated_rics_pass(number: str) -> None:
    assert check_ric(number, today=TODAY).ok, check_ric(number, today=TODAY).message


@given(valid_rics(), st.integers(0, 17), REPLACEMENTS)
def test_any_single_character_change_of_a_ric_fails(number: str, pos: int, rep: str) -> None:
    if normalize(rep) == number[pos]:
        return
    changed = number[:pos] + rep + number[pos + 1 :]
    assert not check_ric(changed, today=TODAY).ok


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # the example of GB 11643-1999
        "360426199101010071",  # python-stdnum's example
        "11010519491231002x",  # lower-case x is the same number
        make_ric("320724", date(2008, 2, 29), "123"),
    ],
)
def test_known_rics_pass(number: str) -> None:
    assert check_ric(number, today=TODAY).ok


def test_ric_messages_are_precise() -> None:
    assert check_ric("", today=TODAY).message == "身份证号码为空"
    assert "15位旧身份证号码不予受理" in check_ric("110105491231002", today=TODAY).message
    assert check_ric("11010519491231002", today=TODAY).message == "身份证号码长度应为18位，实为17位"
    assert check_ric("110105194912310023", today=TODAY).message == "身份证号码校验位错误：应为 X，实为 3"
    assert check_ric("1101051949123100AX", today=TODAY).message == "身份证号码第17位应为数字，实为“A”"
    assert "第18位校验码应为数字或X" in check_ric("11010519491231002A", today=TODAY).message


def test_ric_birth_date_must_exist() -> None:
    first17 = "32072420250230001"
    number = first17 + ric_check_digit(first17)
    assert check_ric(number, today=TODAY).message == "身份证号码中的出生日期 2025-02-30 不存在"


def test_ric_birth_date_limits() -> None:
    before_1900 = make_ric("320724", date(1899, 12, 31), "001")
    assert check_ric(before_1900, today=TODAY).message == "身份证号码中的出生日期 1899-12-31 早于1900年"
    assert check_ric(make_ric("320724", date(1900, 1, 1), "001"), today=TODAY).ok
    tomorrow = make_ric("320724", TODAY + timedelta(days=1), "001")
    message = check_ric(tomorrow, today=TODAY).message
    assert message == "身份证号码中的出生日期 2026-06-02 晚于今天（2026-06-01）"
    assert check_ric(make_ric("320724", TODAY, "001"), today=TODAY).ok  # born today


def test_ric_birth_date() -> None:
    assert ric_birth_date("11010519491231002X") == date(1949, 12, 31)
    with pytest.raises(ValueError, match="校验位错误"):
        ric_birth_date("110105194912310021")


# ---------------------------------------------------------------- age


def test_age_on_birthday() -> None:
    birth = date(2008, 6, 15)
    assert age_on(birth, date(2026, 6, 14)) == 17
    assert age_on(birth, date(2026, 6, 15)) == 18
    assert age_on(birth, date(2026, 6, 16)) == 18


def test_age_born_29_february() -> None:
    birth = date(2008, 2, 29)
    assert age_on(birth, date(2026, 2, 28)) == 17  # no 29 Feb in 2026: not yet
    assert age_on(birth, date(2026, 3, 1)) == 18
    assert age_on(birth, date(2028, 2, 28)) == 19
    assert age_on(birth, date(2028, 2, 29)) == 20


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 120))
def test_age_is_years_on_each_anniversary(birth: date, years: int) -> None:
    try:
        anniversary = birth.replace(year=birth.year + years)
    except ValueError:  # 29 Feb in a common year: the anniversary is 1 March
        anniversary = date(birth.year + years, 3, 1)
    assert age_on(birth, anniversary) == years
    assert age_on(birth, anniversary - timedelta(days=1)) == years - 1
