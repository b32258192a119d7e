"""The case as plain value objects: what the officer enters and what the rules and letters read.

These models validate *shape* (types, dates, enumerations); the legal rules (R-01…R-18) live in
``domain.rules`` and run on a shape-valid case. Keeping the two apart lets a case that breaks a
rule still be stored as a draft and shown with its findings.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


class AdminLevel(StrEnum):
    """Administrative level of a body (R-08: letters issue only at county level or above)."""

    NATIONAL = "national"  # 国家级
    PROVINCIAL = "provincial"  # 省级
    MUNICIPAL = "municipal"  # 设区的市级
    COUNTY = "county"  # 县级
    TOWNSHIP = "township"  # 乡镇（街道）


ADMIN_LEVEL_LABELS = {
    AdminLevel.NATIONAL: "国家级",
    AdminLevel.PROVINCIAL: "省级",
    AdminLevel.MUNICIPAL: "设区的市级",
    AdminLevel.COUNTY: "县级",
    AdminLevel.TOWNSHIP: "乡镇（街道）级",
}


class SubjectKind(StrEnum):
    LEGAL_PERSON = "legal_person"  # 法人
    OTHER_ORG = "other_org"  # 非法人组织
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户
    NATURAL_PERSON = "natural_person"  # 自然人


SUBJECT_KIND_LABELS = {
    SubjectKind.LEGAL_PERSON: "法人",
    SubjectKind.OTHER_ORG: "非法人组织",
    SubjectKind.INDIVIDUAL_BUSINESS: "个体工商户",
    SubjectKind.NATURAL_PERSON: "自然人",
}


class InstrumentType(StrEnum):
    """Kinds of legally effective instrument that can prove the conduct (R-03, 49号 二(二))."""

    JUDGMENT = "judgment"  # 生效的司法裁判文书
    ARBITRAL_AWARD = "arbitral_award"  # 仲裁文书
    PENALTY_DECISION = "penalty_decision"  # 行政处罚决定书
    ADMINISTRATIVE_RULING = "administrative_ruling"  # 行政裁决等行政行为决定文书
    OTHER_STATUTORY = "other_statutory"  # 法律、法规或党中央、国务院政策文件规定的其他文书
    OTHER = "other"  # anything else: not a valid basis (R-03 blocks)


INSTRUMENT_TYPE_LABELS = {
    InstrumentType.JUDGMENT: "生效的司法裁判文书",
    InstrumentType.ARBITRAL_AWARD: "仲裁文书",
    InstrumentType.PENALTY_DECISION: "行政处罚决定书",
    InstrumentType.ADMINISTRATIVE_RULING: "行政裁决等行政行为决定文书",
    InstrumentType.OTHER_STATUTORY: "法律、法规或者党中央、国务院政策文件规定的其他文书",
    InstrumentType.OTHER: "其他文书",
}


class Gravity(StrEnum):
    """How grave the officer judges the conduct (国办发〔2025〕22号: 轻微 / 一般 / 严重)."""

    SLIGHT = "slight"
    GENERAL = "general"
    SERIOUS = "serious"


class Office(_Model):
    """The office profile: the deciding body in whose name letters go out (R-08)."""

    deciding_body: str = Field(description="决定机关全称")
    abbreviation: str = Field(default="", description="机关代字, used in document numbers")
    level: AdminLevel = AdminLevel.COUNTY
    handling_unit: str = Field(default="", description="承办单位 if it differs from the deciding body")
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    reconsideration_body: str = Field(default="", description="行政复议机关")
    court: str = Field(default="", description="有管辖权的人民法院")
    number_patterns: dict[str, str] = Field(
        default_factory=dict,
        description="document-number pattern per letter type, e.g. {'D-03': '{abbr}信列〔{year}〕{seq}号'}",
    )


class Subject(_Model):
    """The party (当事人)."""

    kind: SubjectKind
    name: str
    uscc: str = Field(default="", description="统一社会信用代码")
    id_number: str = Field(default="", description="居民身份证号码 (natural persons)")
    legal_representative: str = Field(default="", description="法定代表人/负责人")
    address: str = ""
    trade_secret_notes: str = Field(default="", description="parts that are trade secrets: never published")


class BasisInstrument(_Model):
    """A legally effective instrument proving the conduct (R-03)."""

    type: InstrumentType
    title: str = Field(default="", description="e.g. 行政处罚决定书")
    number: str = Field(default="", description="文号")
    issuing_body: str = ""
    issue_date: date | None = None
    effective_date: date | None = None
    named_by_law: str = Field(default="", description="for other_statutory: the provision naming it")


class Leniency(_Model):
    """Leniency flags (R-11, 49号 八(十六)); a minor is derived from the ID number."""

    force_majeure: bool = False
    no_intent: bool = False
    slight: bool = False
    notes: str = ""


class Confirmation(_Model):
    """A warning the officer confirmed, with the written reason that is kept with the case."""

    rule: str
    field: str = ""
    reason: str
    officer: str = ""
    at: datetime | None = None


class Notice(_Model):
    """The pre-decision notice D-01 (R-05)."""

    number: str = ""
    issue_date: date | None = None
    delivered_date: date | None = None
    delivery_method: str = ""
    waived: bool = Field(default=False, description="the party waived the statement period in writing")
    waiver_date: date | None = None


class ObjectionResult(StrEnum):
    UPHELD = "upheld"  # 成立
    REJECTED = "rejected"  # 不成立
    PARTLY = "partly"  # 部分成立


class Objection(_Model):
    """An objection (异议) and its reply D-02 (R-06)."""

    received_date: date
    summary: str = ""
    verification: str = Field(default="", description="what was verified")
    result: ObjectionResult | None = None
    reply_date: date | None = None
    reply_number: str = ""


class Decision(_Model):
    """The listing decision D-03."""

    number: str = ""
    #: the credit-repair notice D-08 issued with the decision has its own number (“两书同达”)
    repair_notice_number: str = ""
    decision_date: date | None = None
    effective_date: date | None = None
    delivered_date: date | None = None
    delivery_method: str = ""
    publication_channels: list[str] = Field(default_factory=list)


class DeliveryMethod(StrEnum):
    """How a letter reached the party (送达方式, 民事诉讼法 第七章 applied by analogy)."""

    DIRECT = "direct"  # 直接送达
    MAIL = "mail"  # 邮寄送达
    ELECTRONIC = "electronic"  # 电子送达
    LEFT = "left"  # 留置送达
    ENTRUSTED = "entrusted"  # 委托送达
    PUBLIC = "public"  # 公告送达


DELIVERY_METHOD_LABELS = {
    DeliveryMethod.DIRECT: "直接送达",
    DeliveryMethod.MAIL: "邮寄送达",
    DeliveryMethod.ELECTRONIC: "电子送达",
    DeliveryMethod.LEFT: "留置送达",
    DeliveryMethod.ENTRUSTED: "委托送达",
    DeliveryMethod.PUBLIC: "公告送达",
}


class Delivery(_Model):
    """Proof that a letter was delivered (D-06 送达回证); the delivery date starts the letter's clocks."""

    doc_type: str = Field(description="letter type delivered: D-01, D-02, D-03, …")
    document_number: str = ""
    method: DeliveryMethod = DeliveryMethod.DIRECT
    delivered_date: date
    recipient: str = ""
    place: str = ""
    servers: list[str] = Field(default_factory=list, description="送达人")
    proof: str = Field(default="", description="签收回执、邮件跟踪号、电子送达记录等")
    note: str = ""


class Publication(_Model):
    """The public listing (公示, R-14): the text as published, its period and its withdrawal."""

    start_date: date
    end_date: date | None = Field(default=None, description="the publication period's end (publication_end)")
    channels: list[str] = Field(default_factory=list)
    public_text: str = Field(default="", description="the text as published, personal data masked (R-14)")
    unmasked_reason: str = Field(default="", description="legal basis or consent when data is not masked")
    withdrawn_date: date | None = None
    withdrawal_reason: str = ""


class RepairMaterial(StrEnum):
    """Materials of a credit-repair application (国办发〔2025〕22号; D-08)."""

    APPLICATION = "application"  # 信用修复申请书
    OBLIGATIONS = "obligations"  # 履行法定义务、纠正失信行为的证明材料
    COMMITMENT = "commitment"  # 信用承诺书


REPAIR_MATERIAL_LABELS = {
    RepairMaterial.APPLICATION: "信用修复申请书",
    RepairMaterial.OBLIGATIONS: "已履行法定义务、纠正失信行为的证明材料",
    RepairMaterial.COMMITMENT: "信用承诺书",
}


class RepairOutcome(StrEnum):
    GRANTED = "granted"  # 准予修复（移出）D-04
    REFUSED = "refused"  # 不予修复（移出）D-05


class RepairEffect(StrEnum):
    """What a granted repair does to the information (SPEC §6 D-04)."""

    REMOVE = "remove"  # 移出名单
    STOP_SHARING = "stop_sharing"  # 终止共享公开
    MARK = "mark"  # 标注
    SHIELD = "shield"  # 屏蔽
    DELETE = "delete"  # 删除


REPAIR_EFFECT_LABELS = {
    RepairEffect.REMOVE: "移出名单",
    RepairEffect.STOP_SHARING: "终止共享公开",
    RepairEffect.MARK: "标注",
    RepairEffect.SHIELD: "屏蔽",
    RepairEffect.DELETE: "删除",
}


class RepairApplication(_Model):
    """A credit-repair (early removal) application and its decision (R-15). There is no fee field: repair
    is free (国办发〔2020〕49号 六(十二)), so no fee can ever be recorded."""

    received_date: date
    materials: list[RepairMaterial] = Field(default_factory=list)
    other_materials: list[str] = Field(default_factory=list)
    accepted: bool | None = Field(default=None, description="受理 (True) / 不予受理 (False) / not yet decided")
    acceptance_date: date | None = None
    findings: list[str] = Field(default_factory=list, description="修复条件审查情况")
    outcome: RepairOutcome | None = None
    decision_date: date | None = None
    reasons: list[str] = Field(default_factory=list, description="reasons of a refusal (受理 or 修复)")
    effects: list[RepairEffect] = Field(default_factory=list)
    letter_number: str = ""


class ClosingKind(StrEnum):
    NOT_LISTED = "not_listed"  # 不予列入 D-07
    REPAIRED = "repaired"  # 信用修复移出 D-04
    EXPIRED = "expired"  # 公示期满移出
    REVOKED = "revoked"  # 认定错误，撤销列入


CLOSING_KIND_LABELS = {
    ClosingKind.NOT_LISTED: "不予列入",
    ClosingKind.REPAIRED: "信用修复移出",
    ClosingKind.EXPIRED: "期满移出",
    ClosingKind.REVOKED: "撤销列入",
}


class Closing(_Model):
    """How the case ended: not listed (D-07), or removed from the list (repair, end of period, revocation)."""

    kind: ClosingKind
    closing_date: date
    reasons: list[str] = Field(default_factory=list)
    findings: list[str] = Field(default_factory=list, description="what was found (D-07 认定情况)")
    letter_number: str = ""


class Case(_Model):
    """One listing case, from draft to removal."""

    id: int | None = None
    reference: str = Field(default="", description="the office's own case reference")
    office: Office
    subject: Subject
    standard_code: str = ""
    criterion_code: str = ""
    conduct_date: date | None = None
    conduct_summary: str = Field(default="", description="事实: what the party did")
    gravity: Gravity = Gravity.SERIOUS
    leniency: Leniency = Field(default_factory=Leniency)
    basis_instruments: list[BasisInstrument] = Field(default_factory=list)
    provision_codes: list[str] = Field(default_factory=list)
    sanction_codes: list[str] = Field(default_factory=list)
    free_text_sanctions: list[str] = Field(
        default_factory=list, description="sanctions typed as text; always refused by R-09"
    )
    removal_conditions: list[str] = Field(default_factory=list, description="if empty, the standard's")
    removal_procedure: str = Field(default="", description="if empty, the standard's")
    publication_consent: bool = False
    publication_legal_basis: str = ""
    notice: Notice | None = None
    objections: list[Objection] = Field(default_factory=list)
    decision: Decision | None = None
    deliveries: list[Delivery] = Field(default_factory=list)
    publication: Publication | None = None
    repairs: list[RepairApplication] = Field(default_factory=list)
    closing: Closing | None = None
    confirmations: list[Confirmation] = Field(default_factory=list)

    def confirmed(self, rule: str, field: str = "") -> Confirmation | None:
        """The officer's confirmation of a warning, if given (a non-empty written reason)."""
        for c in self.confirmations:
            if c.rule == rule and c.field == field and c.reason.strip():
                return c
        return None
