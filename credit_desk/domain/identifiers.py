"""统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999) checks for R-13.

python-stdnum computes the check characters; this module adds what it lacks and what a letter
needs: the GB 11714 check of the embedded organisation code, the registration-authority and
kind table of GB 32100, a real (past, post-1900) birth date, a refusal of 15-digit numbers, and
a precise Chinese message the officer can act on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

#: GB 32100-2015 character set: digits and capitals without I, O, Z, S, V (easily misread).
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

#: GB 32100-2015 appendix A (with the authority codes added since): registration authority
#: (第1位) → its name and the kind codes (第2位) it may use, each with its meaning.
REGISTRATION_AUTHORITIES: dict[str, tuple[str, dict[str, str]]] = {
    "1": ("机构编制", {"1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他"}),
    "2": ("外交", {"1": "外国常住新闻机构", "9": "其他"}),
    "3": (
        "司法行政",
        {"1": "律师执业机构", "2": "公证处", "3": "基层法律服务所", "4": "司法鉴定机构", "5": "仲裁委员会",
         "9": "其他"},
    ),
    "4": ("文化", {"1": "外国在华文化中心", "9": "其他"}),
    "5": ("民政", {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"}),
    "6": (
        "旅游",
        {"1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻内地（大陆）代表机构", "9": "其他"},
    ),
    "7": ("宗教", {"1": "宗教活动场所", "2": "宗教院校", "9": "其他"}),
    "8": ("工会", {"1": "基层工会", "9": "其他"}),
    "9": ("工商", {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}),
    "A": ("中央军委改革和编制办公室", {"1": "军队事业单位", "9": "其他"}),
    "N": ("农业", {"1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他"}),
    "Y": ("其他", {"1": "其他"}),
}

#: GB 11714-1997 weights of the eight body characters of the organisation code.
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

#: Birth dates before this are typing errors, not people (GB 11643 numbers date from 1999).
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class IdCheck:
    """Result of an identifier check: ``ok``, or the Chinese reason it is not."""

    ok: bool
    message: str = ""


_OK = IdCheck(True)


def normalize(code: str) -> str:
    """Uppercase and remove all white space, after folding full-width characters (NFKC).

    Officers type with a Chinese input method, which often yields full-width digits and letters
    (９１３２…) or a full-width space; those are the same code and must compare equal.
    """
    folded = unicodedata.normalize("NFKC", code)
    return "".join(ch for ch in folded if not ch.isspace()).upper()


# ---------------------------------------------------------------- check characters


def uscc_check_char(first17: str) -> str:
    """The 18th character of a 统一社会信用代码 from its first 17 (GB 32100-2015 4.3).

    Raises:
        ValueError: ``first17`` is not 17 characters of the GB 32100 character set.
    """
    body = normalize(first17)
    if len(body) != 17 or any(ch not in USCC_ALPHABET for ch in body):
        raise ValueError(f"统一社会信用代码前17位应为17个代码字符，实为“{first17}”")
    return _uscc.calc_check_digit(body)


def org_code_check_char(body8: str) -> str:
    """The check character of a GB 11714 organisation code from its 8 body characters.

    stdnum checks only the 18th character of the USCC, not the organisation code embedded in
    characters 9–17, whose own check GB 32100 keeps. Letters count A=10 … Z=35 (GB 11714), not
    their position in the USCC alphabet.

    Raises:
        ValueError: ``body8`` is not 8 digits or capital letters.
    """
    body = normalize(body8)
    if len(body) != 8 or not all(ch.isascii() and ch.isalnum() for ch in body):
        raise ValueError(f"组织机构代码本体应为8位数字或大写字母，实为“{body8}”")
    total = sum(int(ch, 36) * w for ch, w in zip(body, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def ric_check_digit(first17: str) -> str:
    """The 18th character of a 居民身份证号码 from its first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2).

    Raises:
        ValueError: ``first17`` is not 17 digits.
    """
    body = normalize(first17)
    if len(body) != 17 or not (body.isascii() and body.isdigit()):
        raise ValueError(f"身份证号码前17位应为17位数字，实为“{first17}”")
    return _ric.calc_check_digit(body + "0")  # stdnum expects the number with a check slot


# ---------------------------------------------------------------- 统一社会信用代码


def check_uscc(code: str) -> IdCheck:
    """Check a 统一社会信用代码: length, characters, authority and kind, division, both check characters.

    Structure is checked before the check characters so that the message names the part the
    officer mistyped, not only "校验位错误".
    """
    c = normalize(code)
    if not c:
        return IdCheck(False, "统一社会信用代码为空")
    if len(c) != 18:
        return IdCheck(False, f"统一社会信用代码长度应为18位，实为{len(c)}位")
    for pos, ch in enumerate(c, start=1):
        if ch not in USCC_ALPHABET:
            return IdCheck(
                False,
                f"统一社会信用代码第{pos}位“{ch}”不是代码字符（只用数字和除I、O、Z、S、V以外的大写字母）",
            )
    authority = REGISTRATION_AUTHORITIES.get(c[0])
    if authority is None:
        allowed = "、".join(REGISTRATION_AUTHORITIES)
        return IdCheck(False, f"统一社会信用代码第1位登记管理部门代码“{c[0]}”不存在（应为{allowed}之一）")
    authority_name, kinds = authority
    if c[1] not in kinds:
        allowed = "、".join(kinds)
        return IdCheck(
            False,
            f"统一社会信用代码第2位机构类别代码“{c[1]}”不属于登记管理部门“{authority_name}”（应为{allowed}之一）",
        )
    if not c[2:8].isdigit():
        return IdCheck(False, f"统一社会信用代码第3至8位登记管理机关行政区划码应为6位数字，实为“{c[2:8]}”")
    expected = _uscc.calc_check_digit(c[:17])
    if c[17] != expected:
        return IdCheck(False, f"统一社会信用代码校验位错误：应为 {expected}，实为 {c[17]}")
    org_expected = org_code_check_char(c[8:16])
    if c[16] != org_expected:
        return IdCheck(
            False,
            f"统一社会信用代码第9至17位组织机构代码 {c[8:16]}-{c[16]} 的校验码错误："
            f"应为 {org_expected}，实为 {c[16]}",
        )
    return _OK


def uscc_parts(code: str) -> dict[str, str]:
    """The parts of a valid code by name (authority, kind, division, organisation code), for display.

    Raises:
        ValueError: the code is not valid.
    """
    res = check_uscc(code)
    if not res.ok:
        raise ValueError(res.message)
    c = normalize(code)
    authority_name, kinds = REGISTRATION_AUTHORITIES[c[0]]
    return {
        "authority": authority_name,
        "kind": kinds[c[1]],
        "division": c[2:8],
        "organisation_code": f"{c[8:16]}-{c[16]}",
    }


# ---------------------------------------------------------------- 居民身份证号码


def check_ric(number: str, *, today: date | None = None) -> IdCheck:
    """Check an 18-digit 居民身份证号码: digits, a real birth date in [1900, today], the check digit.

    15-digit numbers (issued before 1999) are refused: they have no check digit and a two-digit
    year, so a letter cannot rest on them; the officer asks for the current card.
    """
    n = normalize(number)
    today = today or date.today()
    if not n:
        return IdCheck(False, "身份证号码为空")
    if len(n) == 15 and n.isascii() and n.isdigit():
        return IdCheck(False, "15位旧身份证号码不予受理：请填写18位居民身份证号码（GB 11643-1999）")
    if len(n) != 18:
        return IdCheck(False, f"身份证号码长度应为18位，实为{len(n)}位")
    for pos, ch in enumerate(n[:17], start=1):
        if not ("0" <= ch <= "9"):
            return IdCheck(False, f"身份证号码第{pos}位应为数字，实为“{ch}”")
    if not ("0" <= n[17] <= "9" or n[17] == "X"):
        return IdCheck(False, f"身份证号码第18位校验码应为数字或X，实为“{n[17]}”")
    shown = f"{n[6:10]}-{n[10:12]}-{n[12:14]}"
    try:
        birth = date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return IdCheck(False, f"身份证号码中的出生日期 {shown} 不存在")
    if birth < EARLIEST_BIRTH:
        return IdCheck(False, f"身份证号码中的出生日期 {shown} 早于1900年")
    if birth > today:
        return IdCheck(False, f"身份证号码中的出生日期 {shown} 晚于今天（{today.isoformat()}）")
    expected = ric_check_digit(n[:17])
    if n[17] != expected:
        return IdCheck(False, f"身份证号码校验位错误：应为 {expected}，实为 {n[17]}")
    return _OK


def ric_birth_date(number: str) -> date:
    """The birth date of a valid 居民身份证号码 (R-11 derives a minor from it).

    Raises:
        ValueError: the number is not valid; the message says why.
    """
    res = check_ric(number)
    if not res.ok:
        raise ValueError(res.message)
    n = normalize(number)
    return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


def age_on(birth: date, day: date) -> int:
    """Full years (周岁) on ``day``: one year more on each birthday.

    Someone born on 29 February turns a year older on 1 March in common years, the day after
    the 28th, since no 29th exists. Note: criminal law counts 已满十八周岁 only from the day
    *after* the birthday; R-11 (49号 leniency) uses the civil count here.
    """
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years
