"""The office profile checked on its own: R-08 (a county-level deciding body), R-12 (remedy bodies), numbers.

The first-run dialog and ``services.office.save_office`` check the profile before any case exists, so
these checks take an ``Office`` alone; ``procedure.r08_deciding_body`` reuses the R-08 part for cases.
Document numbers follow GB/T 9704-2012 (发文字号 = 机关代字 + 〔年份〕 + 顺序号); a pattern without the
year or the sequence would give two letters the same number, which R-16 forbids.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from credit_desk.domain.findings import Finding, Level
from credit_desk.domain.model import ADMIN_LEVEL_LABELS, AdminLevel, Office
from credit_desk.domain.rules.citations import RULES, finding

#: Letters that carry a document number, with their titles (SPEC §6). The proof of delivery D-06
#: carries the number of the letter it proves, so it has no pattern of its own.
NUMBERED_LETTERS: dict[str, str] = {
    "D-01": "列入严重失信主体名单告知书",
    "D-02": "异议核实答复书",
    "D-03": "列入严重失信主体名单决定书",
    "D-04": "信用修复（移出）决定书",
    "D-05": "不予修复（移出）决定书",
    "D-07": "不予列入决定书",
    "D-08": "信用修复告知书",
}

#: Placeholders a number pattern may use.
PLACEHOLDERS = ("abbr", "year", "seq")

NUMBER_CITATION = f"GB/T 9704-2012 发文字号（机关代字、年份、发文顺序号）；{RULES['R-16'].citation}"

R08_TOWNSHIP_MESSAGE = (
    "决定机关为{level}，严重失信主体名单原则上应当由县级以上（含县级）人民政府有关部门认定；"
    "乡镇单位可作为承办单位，但文书须以县级部门名义作出。"
)

# Names that end like a township body or a field station (所/站) rather than a county department.
_TOWNSHIP_SUFFIXES = ("所", "站", "镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处")
# 行政复议法 第二十七条: bodies under vertical leadership are reviewed by the next higher department.
_VERTICAL_KEYWORDS = ("海关", "金融", "外汇管理", "税务", "国家安全")


def number_pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot number letters (Chinese), or None when it can."""
    if not pattern.strip():
        return "未填写文号格式"
    try:
        names = [name for _, name, spec, conv in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        return "文号格式中的花括号不成对"
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    if unknown:
        return "文号格式含未知占位符：" + "、".join("{" + n + "}" for n in unknown) + "（可用 {abbr} {year} {seq}）"
    missing = [p for p in ("year", "seq") if p not in names]
    if missing:
        what = {"year": "年份 {year}", "seq": "顺序号 {seq}"}
        return "文号格式缺少" + "和".join(what[p] for p in missing) + "，否则不同文书会得到相同文号"
    return None


def format_number(pattern: str, *, abbr: str, year: int, seq: int) -> str:
    """The document number ``pattern`` gives (GB/T 9704: full year, sequence without padding).

    Raises:
        ValueError: the pattern is malformed (see :func:`number_pattern_problem`).
    """
    problem = number_pattern_problem(pattern)
    if problem:
        raise ValueError(problem)
    return pattern.format(abbr=abbr, year=year, seq=seq)


def check_office(office: Office) -> list[Finding]:
    """Every finding on the office profile, fields named as in a case (``office.court``).

    Blocks: no deciding body or one below county level (R-08); no reconsideration body or court, which
    the decision letter must name (R-12); no abbreviation while a pattern uses it, or a pattern that
    cannot number letters (R-16). Warns: a name that looks like a township unit, a year not in 〔〕,
    two letter types sharing one pattern. A township *handling unit* is fine: letters go out in the
    deciding body's name.
    """
    out = deciding_body_findings(office)
    if not office.reconsideration_body.strip():
        out.append(finding("R-12", "未填写行政复议机关：决定书的救济措施须载明行政复议机关及申请期限（六十日）。",
                           "office.reconsideration_body"))
    if not office.court.strip():
        out.append(finding("R-12", "未填写管辖的人民法院：决定书的救济措施须载明人民法院及起诉期限（六个月）。",
                           "office.court"))
    out.extend(_number_findings(office))
    return out


def deciding_body_findings(office: Office) -> list[Finding]:
    """R-08 on the profile alone: the body is named and is of county level or above."""
    out: list[Finding] = []
    name = office.deciding_body.strip()
    if not name:
        out.append(finding("R-08", "未填写决定机关名称。", "office.deciding_body"))
    if office.level is AdminLevel.TOWNSHIP:
        out.append(finding("R-08", R08_TOWNSHIP_MESSAGE.format(level=ADMIN_LEVEL_LABELS[office.level]),
                           "office.level"))
    elif name.endswith(_TOWNSHIP_SUFFIXES):
        out.append(
            finding(
                "R-08",
                f"“{name}”像是乡镇（街道）单位或派出的所、站；文书须以县级以上人民政府部门名义制发，"
                "请核实决定机关，乡镇单位请填写在“承办单位”。",
                "office.deciding_body",
                level=Level.WARN,
            )
        )
    return out


def _number_findings(office: Office) -> list[Finding]:
    out: list[Finding] = []
    patterns = office.number_patterns
    uses_abbr = False
    seen: dict[str, str] = {}
    for doc, title in NUMBERED_LETTERS.items():
        pattern = patterns.get(doc, "")
        where = f"office.number_patterns.{doc}"
        problem = number_pattern_problem(pattern)
        if problem:
            out.append(Finding("R-16", Level.BLOCK, f"{doc} {title}：{problem}。", NUMBER_CITATION, where))
            continue
        uses_abbr = uses_abbr or "{abbr}" in pattern
        if "〔{year}〕" not in pattern:
            out.append(Finding("R-16", Level.WARN, f"{doc} {title}：年份应当用六角括号“〔〕”括入，如〔{{year}}〕。",
                               NUMBER_CITATION, where))
        if pattern in seen:
            out.append(
                Finding("R-16", Level.WARN,
                        f"{doc} {title}与{seen[pattern]}文号格式相同，两类文书可能出现相同文号；建议使用不同的代字。",
                        NUMBER_CITATION, where)
            )
        else:
            seen[pattern] = doc
    if uses_abbr and not office.abbreviation.strip():
        out.append(Finding("R-16", Level.BLOCK, "未填写机关代字：文号格式中的 {abbr} 需要机关代字。",
                           NUMBER_CITATION, "office.abbreviation"))
    return out


@dataclass(frozen=True, slots=True)
class RemedySuggestion:
    """A suggested reconsideration body and why (shown to the officer, who may change it)."""

    body: str
    reason: str


# The region name a department's name starts with ("市" of 市场监督管理局 is not a region suffix).
_REGION = {
    AdminLevel.COUNTY: re.compile(r"^(.+?(?:自治县|自治旗|县|旗|区))"),
    AdminLevel.MUNICIPAL: re.compile(r"^(.+?(?:自治州|盟|市(?!场)))"),
    AdminLevel.PROVINCIAL: re.compile(r"^(.+?(?:省|自治区|市(?!场)))"),
}
_FALLBACK = {
    AdminLevel.COUNTY: re.compile(r"^(.+?市(?!场))"),  # a county-level city: 晋江市
    AdminLevel.MUNICIPAL: re.compile(r"^(.+?州)"),  # 州 without 自治: rare, e.g. historical names
}

ART24 = ("行政复议法（2023）第二十四条第一款第（一）项：县级以上地方各级人民政府管辖“对本级人民政府工作部门"
         "作出的行政行为不服的”行政复议案件。")
ART25 = "行政复议法（2023）第二十五条第（一）项：国务院部门管辖对本部门作出的行政行为不服的行政复议案件。"
ART27 = ("行政复议法（2023）第二十七条：对海关、金融、外汇管理等实行垂直领导的行政机关、税务和国家安全机关的"
         "行政行为不服的，向上一级主管部门申请行政复议。")
COURT_HINT = ("行政诉讼法第十八条：行政案件由最初作出行政行为的行政机关所在地人民法院管辖；第十四条：基层人民法院管辖"
              "第一审行政案件。本地实行行政案件跨区域集中管辖的，填写指定管辖的人民法院。")


def suggest_reconsideration_body(deciding_body: str, level: AdminLevel) -> RemedySuggestion | None:
    """The reconsideration body 行政复议法 (2023) names for a department of this level, with the article.

    A department of a local government is reviewed by that government (第二十四条); a State Council
    department by itself (第二十五条); vertically led bodies such as 税务 by the next higher department
    (第二十七条: named by the officer). None for a township body, which R-08 refuses anyway.
    """
    name = deciding_body.strip()
    if level is AdminLevel.TOWNSHIP or not name:
        return None
    if any(k in name for k in _VERTICAL_KEYWORDS):
        return RemedySuggestion("", ART27)
    if level is AdminLevel.NATIONAL:
        return RemedySuggestion(name, ART25)
    if name.endswith("人民政府"):
        return None  # the government itself decides: reviewed by the next level up, the officer names it
    fallback = _FALLBACK.get(level)
    match = _REGION[level].match(name) or (fallback.match(name) if fallback else None)
    if match is None or match.group(1) == name:
        return RemedySuggestion("", ART24)
    return RemedySuggestion(match.group(1) + "人民政府", ART24)
