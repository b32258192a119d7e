"""Catalog value types (standards, measures, provisions, fields) and their loading from data files.

The catalogs are data, shipped in ``resources/catalogs/`` as JSON with a JSON Schema, and editable
in the app. Figures that the research marks unconfirmed live here as data, never in code.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InstrumentLevel(StrEnum):
    """Level of a legal instrument (R-01)."""

    LAW = "law"  # 法律
    ADMINISTRATIVE_REGULATION = "administrative_regulation"  # 行政法规
    CENTRAL_POLICY = "central_policy"  # 党中央、国务院政策文件
    DEPARTMENTAL_RULE = "departmental_rule"  # 部门规章
    LOCAL_REGULATION = "local_regulation"  # 地方性法规
    LOCAL_RULE = "local_rule"  # 地方政府规章
    JUDICIAL_INTERPRETATION = "judicial_interpretation"  # 司法解释
    NORMATIVE_DOCUMENT = "normative_document"  # 规范性文件


INSTRUMENT_LEVEL_LABELS = {
    InstrumentLevel.LAW: "法律",
    InstrumentLevel.ADMINISTRATIVE_REGULATION: "行政法规",
    InstrumentLevel.CENTRAL_POLICY: "党中央、国务院政策文件",
    InstrumentLevel.DEPARTMENTAL_RULE: "部门规章",
    InstrumentLevel.LOCAL_REGULATION: "地方性法规",
    InstrumentLevel.LOCAL_RULE: "地方政府规章",
    InstrumentLevel.JUDICIAL_INTERPRETATION: "司法解释",
    InstrumentLevel.NORMATIVE_DOCUMENT: "规范性文件",
}


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


PERIOD_UNIT_LABELS = {
    PeriodUnit.WORKING_DAYS: "个工作日",
    PeriodUnit.DAYS: "日",
    PeriodUnit.MONTHS: "个月",
    PeriodUnit.YEARS: "年",
}


class Period(_Model):
    """A period as data: 5 working days, 3 years, …"""

    count: int = Field(ge=0)
    unit: PeriodUnit

    def label(self) -> str:
        return f"{self.count}{PERIOD_UNIT_LABELS[self.unit]}"


class Verification(StrEnum):
    """Whether a figure or text was checked against an official source."""

    VERIFIED = "verified"  # quoted from a statute text in resources/laws
    SECONDARY = "secondary"  # seen in a secondary source only
    UNVERIFIED = "unverified"  # not yet verified against the official text


VERIFICATION_LABELS = {
    Verification.VERIFIED: "已核对法规文本",
    Verification.SECONDARY: "仅见于二手资料，尚未核对官方文本",
    Verification.UNVERIFIED: "尚未核对官方文本",
}


class ListField(_Model):
    """One of the four fields of 国发〔2016〕33号 (R-02)."""

    code: str
    name: str
    description: str = ""


#: How the catalog marks an article whose number it has not confirmed (letters then cite 有关规定).
UNCERTAIN_ARTICLE_MARKS = ("待核对", "尚未核对")


class Provision(_Model):
    """A provision a letter cites verbatim."""

    code: str
    instrument: str = Field(description="instrument name, e.g. 中华人民共和国政府采购法")
    number: str = Field(default="", description="文号 or issuing decree, e.g. 国家市场监督管理总局令第44号")
    level: InstrumentLevel
    article: str = Field(description="e.g. 第七十七条 or 第七十七条第一款")
    text: str
    law_file: str = Field(default="", description="file in resources/laws the text is quoted from")
    verification: Verification = Verification.UNVERIFIED
    source: str = ""

    @property
    def citation(self) -> str:
        return f"《{self.instrument}》{self.article}"

    @property
    def article_known(self) -> bool:
        """Whether the article number is known: the catalog marks a guessed one “（条款序号待核对）”."""
        return not any(mark in self.article for mark in UNCERTAIN_ARTICLE_MARKS)


class Criterion(_Model):
    code: str
    text: str
    provision_codes: list[str] = Field(default_factory=list)
    field_code: str = Field(
        default="",
        description="field of 国发〔2016〕33号 this criterion falls in, if it differs from the standard's (R-02)",
    )


class Instrument(_Model):
    """The instrument a listing standard rests on."""

    name: str
    number: str = ""
    level: InstrumentLevel
    scope: Literal["national", "local"]
    verification: Verification = Verification.UNVERIFIED


class Standard(_Model):
    """A listing standard (认定标准) of one list regime."""

    code: str
    name: str
    field_code: str
    instrument: Instrument
    deciding_body: str = Field(description="who decides, e.g. 作出行政处罚的市场监督管理部门")
    deciding_level: str = Field(default="county", description="lowest administrative level that decides")
    criteria: list[Criterion]
    basis_provision_codes: list[str] = Field(default_factory=list)
    notice_period: Period
    hearing_allowed: bool = False
    objection_reply_period: Period | None = None
    publication_period: Period
    publication_channels: list[str] = Field(default_factory=list)
    earliest_removal: Period
    removal_conditions: list[str]
    auto_removal: bool = True
    non_repairable: list[str] = Field(default_factory=list)
    removal_procedure: str
    removal_time_limit: Period
    repair_materials: list[str] = Field(default_factory=list)
    repair_where: str = ""
    measure_codes: list[str] = Field(default_factory=list, description="measures the standard lists")
    subject_kinds: list[str] = Field(default_factory=list)
    notes: str = ""
    verification: Verification = Verification.UNVERIFIED


class Measure(_Model):
    """A sanction from the measures list (R-09)."""

    code: str
    text: str
    category: Literal["rights", "management", "market"]  # 减损权益或增加义务 / 管理措施 / 市场性或社会性措施
    provision_codes: list[str]
    basis_text: str = Field(default="", description="instrument + article as printed, if no provision code")
    implementing_body: str
    subject_kinds: list[str]
    severity: Literal["light", "medium", "heavy"]
    list_kind: Literal["national", "local"] = Field(
        default="national", description="national base or local supplementary list"
    )
    verification: Verification = Verification.UNVERIFIED


MEASURE_CATEGORY_LABELS = {
    "rights": "减损权益或增加义务的措施",
    "management": "管理措施",
    "market": "市场性或社会性措施",
}
SEVERITY_LABELS = {"light": "轻", "medium": "中", "heavy": "重"}


class Catalogs(_Model):
    """All catalogs, indexed by code."""

    fields: dict[str, ListField]
    standards: dict[str, Standard]
    measures: dict[str, Measure]
    provisions: dict[str, Provision]
    settings: dict[str, object] = Field(default_factory=dict)

    def provision_citation(self, code: str) -> str:
        p = self.provisions.get(code)
        return p.citation if p else code


CATALOG_FILES = ("fields", "standards", "measures", "provisions", "settings")


def load_catalogs(directory: Path) -> Catalogs:
    """Read the catalog JSON files of a folder (shape-checked by pydantic; schema tests run on them).

    Raises:
        ValueError: a file is missing or malformed, with the file named.
    """
    data: dict[str, object] = {}
    for name in CATALOG_FILES:
        path = directory / f"{name}.json"
        if not path.exists():
            if name == "settings":
                data[name] = {}
                continue
            raise ValueError(f"目录文件缺失：{path}")
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"目录文件格式错误：{path}，第{exc.lineno}行：{exc.msg}") from exc
        if name == "settings":
            data[name] = raw
        else:
            data[name] = {item["code"]: item for item in raw[name]}
    return Catalogs.model_validate(data)
