"""The case exchange file ``credit-desk/case@1``: one case as JSON, for transfer, archive and tests.

Parsing reports *every* bad field in Chinese with its path and never raises anything but
``CaseFileError``, so the CLI and the GUI can show the list instead of a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from credit_desk.domain.catalog import Catalogs
from credit_desk.domain.model import Case

FORMAT = "credit-desk/case@1"
SCHEMA_ID = "https://credit-desk.invalid/schema/case-1.schema.json"


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad field of a case file: where, what, and the rule it breaks if any."""

    field: str
    message: str
    rule: str = ""

    def __str__(self) -> str:
        rule = f"[{self.rule}] " if self.rule else ""
        return f"{rule}{self.field or '（文件）'}：{self.message}"


class CaseFileError(ValueError):
    """A case file that cannot be read; ``problems`` lists every bad field."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("；".join(str(p) for p in problems))


_PYDANTIC_MESSAGES = {
    "missing": "缺少必填字段",
    "extra_forbidden": "未知字段（case@1 格式中没有此字段）",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "date_type": "应为日期（YYYY-MM-DD）",
    "date_parsing": "日期格式错误，应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式错误，应为 YYYY-MM-DD",
    "date_from_datetime_inexact": "应为日期（YYYY-MM-DD），不含时间",
    "datetime_type": "应为时间（ISO 8601）",
    "datetime_parsing": "时间格式错误，应为 ISO 8601",
    "datetime_from_date_parsing": "时间格式错误，应为 ISO 8601",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
}


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _problems_from_validation(exc: ValidationError, prefix: str = "case") -> list[Problem]:
    problems = []
    for err in exc.errors():
        msg = _PYDANTIC_MESSAGES.get(err["type"], "取值无效")
        if err["type"] in {"enum", "literal_error"}:
            expected = (err.get("ctx") or {}).get("expected")
            if expected:
                msg += f"，可选值：{expected}"
        problems.append(Problem(field=_path((prefix, *err["loc"])), message=msg))
    return problems


def parse_case_file(text: str) -> Case:
    """Parse and shape-check a case file.

    Raises:
        CaseFileError: malformed JSON, wrong format tag, or bad fields (all of them listed).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseFileError(
            [Problem("", f"不是有效的 JSON：第{exc.lineno}行第{exc.colno}列，{exc.msg}")]
        ) from None
    if not isinstance(data, dict):
        raise CaseFileError([Problem("", "文件顶层应为 JSON 对象")])
    problems = []
    fmt = data.get("format")
    if fmt != FORMAT:
        problems.append(Problem("format", f"格式标识应为“{FORMAT}”，实为“{fmt}”"))
    if "case" not in data:
        problems.append(Problem("case", "缺少必填字段"))
        raise CaseFileError(problems)
    unknown = set(data) - {"format", "case", "exported_at", "exported_by", "$schema"}
    problems += [Problem(k, "未知字段（case@1 格式中没有此字段）") for k in sorted(unknown)]
    try:
        case = Case.model_validate(data["case"])
    except ValidationError as exc:
        problems += _problems_from_validation(exc)
        raise CaseFileError(problems) from None
    if problems:
        raise CaseFileError(problems)
    return case


def catalog_problems(case: Case, catalogs: Catalogs) -> list[Problem]:
    """Codes that point at nothing in the catalogs (a case with them cannot be stored)."""
    problems = []
    std = catalogs.standards.get(case.standard_code) if case.standard_code else None
    if case.standard_code and std is None:
        problems.append(Problem("case.standard_code", f"认定标准“{case.standard_code}”不在目录中", "R-01"))
    if std is not None and case.criterion_code and case.criterion_code not in {c.code for c in std.criteria}:
        problems.append(
            Problem("case.criterion_code", f"认定情形“{case.criterion_code}”不属于“{std.name}”", "R-04")
        )
    for i, code in enumerate(case.sanction_codes):
        if code not in catalogs.measures:
            problems.append(Problem(f"case.sanction_codes[{i}]", f"惩戒措施“{code}”不在措施清单中", "R-09"))
    for i, code in enumerate(case.provision_codes):
        if code not in catalogs.provisions:
            problems.append(Problem(f"case.provision_codes[{i}]", f"条款“{code}”不在法律条款目录中", "R-12"))
    return problems


def dump_case_file(case: Case, *, exported_by: str = "", exported_at: datetime | None = None) -> str:
    """The case as a ``credit-desk/case@1`` file (UTF-8 JSON, Chinese kept readable)."""
    envelope: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": (exported_at or datetime.now(UTC)).isoformat(timespec="seconds"),
    }
    if exported_by:
        envelope["exported_by"] = exported_by
    envelope["case"] = case.model_dump(mode="json", exclude={"id"})
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema of the file, generated from the case model (kept in resources/schema)."""
    case_schema = Case.model_json_schema(mode="validation")
    defs = case_schema.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Credit Desk case file (credit-desk/case@1)",
        "type": "object",
        "required": ["format", "case"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "format": {"const": FORMAT},
            "exported_at": {"type": "string", "format": "date-time"},
            "exported_by": {"type": "string"},
            "case": {"$ref": "#/$defs/Case"},
        },
        "$defs": {**defs, "Case": case_schema},
    }


if __name__ == "__main__":  # ``make schema``
    print(json.dumps(case_json_schema(), ensure_ascii=False, indent=2))
