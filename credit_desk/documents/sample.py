"""A small, obviously fictitious case with its catalogs ("示例县"): for previewing forms and for tests.

The office's own form overrides can be previewed with it before they are used on a real case. Statute
texts marked verified are quoted from resources/laws; the rest is marked unverified and prints so.
"""

from __future__ import annotations

from datetime import date

from credit_desk.domain.catalog import (
    Catalogs,
    Criterion,
    Instrument,
    InstrumentLevel,
    ListField,
    Measure,
    Period,
    PeriodUnit,
    Provision,
    Standard,
    Verification,
)
from credit_desk.domain.model import (
    BasisInstrument,
    Case,
    Closing,
    ClosingKind,
    Decision,
    Delivery,
    DeliveryMethod,
    InstrumentType,
    Notice,
    Objection,
    ObjectionResult,
    Office,
    RepairApplication,
    RepairEffect,
    RepairMaterial,
    RepairOutcome,
    Subject,
    SubjectKind,
)

STANDARD_CODE = "sample-samr"


def sample_catalogs() -> Catalogs:
    provisions = [
        Provision(
            code="sample-samr44-2",
            instrument="市场监督管理严重违法失信名单管理办法",
            number="国家市场监督管理总局令第44号",
            level=InstrumentLevel.DEPARTMENTAL_RULE,
            article="第二条",
            text="当事人违反法律、行政法规，性质恶劣、情节严重、社会危害较大，受到市场监督管理部门较重行政处罚的，"
            "由市场监督管理部门依照本办法规定列入严重违法失信名单，通过国家企业信用信息公示系统公示，并实施相应管理措施。",
            verification=Verification.UNVERIFIED,
            source="示例数据",
        ),
        Provision(
            code="sample-fsl-135",
            instrument="中华人民共和国食品安全法",
            level=InstrumentLevel.LAW,
            article="第一百三十五条第一款",
            text="被吊销许可证的食品生产经营者及其法定代表人、直接负责的主管人员和其他直接责任人员自处罚决定作出之日起"
            "五年内不得申请食品生产经营许可，或者从事食品生产经营管理工作、担任食品生产经营企业食品安全管理人员。",
            law_file="食品安全法(2021-04-29).md",
            verification=Verification.VERIFIED,
        ),
        Provision(
            code="sample-eidr-18",
            instrument="企业信息公示暂行条例",
            number="国务院令第654号",
            level=InstrumentLevel.ADMINISTRATIVE_REGULATION,
            article="第十八条",
            text="县级以上地方人民政府及其有关部门应当建立健全信用约束机制，在政府采购、工程招投标、国有土地出让、"
            "授予荣誉称号等工作中，将企业信息作为重要考量因素，对被列入经营异常名录或者严重违法企业名单的企业依法予以限制或者禁入。",
            law_file="企业信息公示暂行条例(2014-08-07).md",
            verification=Verification.VERIFIED,
        ),
        Provision(
            code="sample-gpl-22",
            instrument="中华人民共和国政府采购法",
            level=InstrumentLevel.LAW,
            article="第二十二条第一款第（五）项",
            text="参加政府采购活动前三年内，在经营活动中没有重大违法记录；",
            law_file="政府采购法(2014-08-31).md",
            verification=Verification.VERIFIED,
        ),
    ]
    measures = [
        Measure(
            code="sample-m-procurement",
            text="依法限制参加政府采购活动",
            category="rights",
            provision_codes=["sample-gpl-22"],
            implementing_body="各级财政部门、采购人",
            subject_kinds=["legal_person", "other_org", "individual_business"],
            severity="medium",
            verification=Verification.SECONDARY,
        ),
        Measure(
            code="sample-m-honours",
            text="在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入",
            category="rights",
            provision_codes=["sample-eidr-18"],
            implementing_body="县级以上地方人民政府及其有关部门",
            subject_kinds=["legal_person", "other_org"],
            severity="heavy",
            verification=Verification.VERIFIED,
        ),
        Measure(
            code="sample-m-supervision",
            text="列为重点监管对象，提高检查频次",
            category="management",
            provision_codes=[],
            basis_text="《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）",
            implementing_body="市场监督管理部门",
            subject_kinds=["legal_person", "other_org", "individual_business", "natural_person"],
            severity="light",
        ),
    ]
    standard = Standard(
        code=STANDARD_CODE,
        name="市场监督管理严重违法失信名单",
        field_code="F1",
        instrument=Instrument(
            name="市场监督管理严重违法失信名单管理办法",
            number="国家市场监督管理总局令第44号",
            level=InstrumentLevel.DEPARTMENTAL_RULE,
            scope="national",
            verification=Verification.SECONDARY,
        ),
        deciding_body="作出行政处罚决定的市场监督管理部门",
        criteria=[
            Criterion(
                code="sample-food",
                text="实施食品安全领域违法行为，受到较重行政处罚，且性质恶劣、情节严重、社会危害较大",
                provision_codes=["sample-samr44-2"],
            )
        ],
        basis_provision_codes=["sample-fsl-135"],
        notice_period=Period(count=5, unit=PeriodUnit.WORKING_DAYS),
        hearing_allowed=True,
        publication_period=Period(count=3, unit=PeriodUnit.YEARS),
        publication_channels=["国家企业信用信息公示系统"],
        earliest_removal=Period(count=1, unit=PeriodUnit.YEARS),
        removal_conditions=[
            "已经自觉履行行政处罚决定中规定的义务",
            "已经主动消除危害后果和不良影响",
            "未再受到市场监督管理部门较重行政处罚",
        ],
        removal_procedure="当事人向作出列入决定的市场监督管理部门提出申请，市场监督管理部门核实后作出决定",
        removal_time_limit=Period(count=20, unit=PeriodUnit.WORKING_DAYS),
        repair_materials=["信用修复申请书", "守信承诺书", "履行法定义务、纠正违法行为的相关材料"],
        repair_where="市场监管信用修复全国统一平台",
        measure_codes=[m.code for m in measures],
        subject_kinds=["legal_person", "other_org", "individual_business"],
        verification=Verification.SECONDARY,
    )
    return Catalogs(
        fields={"F1": ListField(code="F1", name="严重危害人民群众身体健康和生命安全")},
        standards={standard.code: standard},
        measures={m.code: m for m in measures},
        provisions={p.code: p for p in provisions},
    )


def sample_office() -> Office:
    return Office(
        deciding_body="示例县市场监督管理局",
        abbreviation="示例县市监",
        address="示例县城关镇人民路18号",
        contact_person="李明",
        phone="0000-12345678",
        reconsideration_body="示例县人民政府",
        court="示例县人民法院",
        number_patterns={"D-03": "{abbr}信列〔{year}〕{seq}号", "D-08": "{abbr}信修告〔{year}〕{seq}号"},
    )


def sample_case() -> Case:
    """A food-safety company case, ready for the decision (notice delivered, objection answered)."""
    return Case(
        reference="示例-2026-001",
        office=sample_office(),
        subject=Subject(
            kind=SubjectKind.LEGAL_PERSON,
            name="示例县康源食品有限公司",
            uscc="91350100MA2Y7JXK38",
            legal_representative="张三",
            address="示例县工业园区康源路1号",
        ),
        standard_code=STANDARD_CODE,
        criterion_code="sample-food",
        conduct_date=date(2026, 5, 20),
        conduct_summary="你单位于2026年3月至5月期间，使用非食品原料生产“康源”牌卤制品并对外销售，"
        "涉案产品货值金额1,200,000.00元。示例县市场监督管理局依法对你单位作出没收违法所得、罚款并吊销食品生产许可证的行政处罚。",
        basis_instruments=[
            BasisInstrument(
                type=InstrumentType.PENALTY_DECISION,
                title="行政处罚决定书",
                number="示例县市监处罚〔2026〕12号",
                issuing_body="示例县市场监督管理局",
                issue_date=date(2026, 6, 10),
                effective_date=date(2026, 6, 12),
            )
        ],
        provision_codes=["sample-fsl-135"],
        sanction_codes=["sample-m-procurement", "sample-m-honours", "sample-m-supervision"],
        notice=Notice(
            number="示例县市监信告〔2026〕2号",
            issue_date=date(2026, 7, 20),
            delivered_date=date(2026, 7, 21),
            delivery_method="直接送达",
        ),
        objections=[
            Objection(
                received_date=date(2026, 7, 24),
                summary="涉案产品货值金额计算有误",
                verification="复核了销售台账和出库单",
                result=ObjectionResult.REJECTED,
                reply_date=date(2026, 8, 4),
                reply_number="示例县市监信复〔2026〕1号",
            )
        ],
        decision=Decision(
            number="示例县市监信列〔2026〕3号",
            repair_notice_number="示例县市监信修告〔2026〕3号",
            decision_date=date(2026, 8, 25),
            publication_channels=["国家企业信用信息公示系统", "信用中国网站"],
        ),
    )


def sample_lifecycle(case: Case, *, not_listed: bool = False) -> Case:
    """A copy of ``case`` with the records the lifecycle letters read, so D-02 and D-04…D-07 can be
    previewed (and tested) from the case model alone: an objection and its reply, the deliveries of
    D-01, D-02 and D-03, a refused and then a granted repair application.

    With ``not_listed`` the objection is upheld and the case ends without listing (D-07): no decision,
    no repair, a closing record of kind not_listed.
    """
    abbr = case.office.abbreviation or "示例"
    notice = case.notice or Notice(number=f"{abbr}信告〔2026〕3号", issue_date=date(2026, 9, 25))
    notice = notice.model_copy(update={"delivered_date": date(2026, 9, 28), "delivery_method": "直接送达"})
    objection = Objection(
        received_date=date(2026, 9, 30),
        summary="涉案卤制品所用原料为食品添加剂，不属于非食品原料",
        verification="调取了抽检报告、原料进货台账和供货商资质证明，并询问了当事人的生产负责人",
        result=ObjectionResult.UPHELD if not_listed else ObjectionResult.REJECTED,
        reply_date=date(2026, 10, 14),
        reply_number=f"{abbr}信异〔2026〕2号",
    )
    servers = [case.office.contact_person or "李明", "张华"]
    deliveries = [
        Delivery(
            doc_type="D-01",
            document_number=notice.number,
            method=DeliveryMethod.DIRECT,
            delivered_date=date(2026, 9, 28),
            recipient=case.subject.legal_representative or case.subject.name,
            servers=servers,
            proof="受送达人当场签收",
        ),
        Delivery(
            doc_type="D-02",
            document_number=objection.reply_number,
            method=DeliveryMethod.MAIL,
            delivered_date=date(2026, 10, 16),
            servers=servers,
            proof="中国邮政EMS挂号信，邮件号1151234567890",
        ),
    ]
    update: dict[str, object] = {"notice": notice, "objections": [objection]}
    if not_listed:
        update |= {
            "decision": None,
            "repairs": [],
            "deliveries": deliveries,
            "closing": Closing(
                kind=ClosingKind.NOT_LISTED,
                closing_date=date(2026, 10, 16),
                findings=[
                    "当事人提供的供货商资质证明和检验报告表明，涉案原料为国家标准允许使用的食品添加剂",
                    "原认定使用非食品原料的事实不能成立",
                ],
                reasons=["当事人的行为不符合所选认定标准规定的列入情形", "认定失信行为的事实依据不足"],
                letter_number=f"{abbr}信不列〔2026〕1号",
            ),
        }
        return case.model_copy(update=update, deep=True)
    decision = case.decision or Decision(
        number=f"{abbr}信列〔2026〕5号",
        repair_notice_number=f"{abbr}信修告〔2026〕5号",
        decision_date=date(2026, 10, 20),
    )
    deliveries.append(
        Delivery(
            doc_type="D-03",
            document_number=decision.number,
            method=DeliveryMethod.DIRECT,
            delivered_date=date(2026, 10, 20),
            servers=servers,
            proof="当场签收，同时送达《信用修复告知书》",
        )
    )
    refused = RepairApplication(
        received_date=date(2027, 6, 1),
        materials=[RepairMaterial.APPLICATION, RepairMaterial.COMMITMENT],
        accepted=True,
        acceptance_date=date(2027, 6, 2),
        findings=["已缴清罚款，履行了行政处罚决定规定的义务"],
        outcome=RepairOutcome.REFUSED,
        decision_date=date(2027, 6, 20),
        reasons=[
            "被列入名单未满一年，不符合申请提前移出的最短期限",
            "《中华人民共和国食品安全法》第一百三十五条规定的五年禁业期限尚未届满",
        ],
        letter_number=f"{abbr}信不修〔2027〕1号",
    )
    granted = RepairApplication(
        received_date=date(2027, 11, 2),
        materials=[RepairMaterial.APPLICATION, RepairMaterial.OBLIGATIONS, RepairMaterial.COMMITMENT],
        other_materials=["行政处罚决定履行完毕的证明"],
        accepted=True,
        acceptance_date=date(2027, 11, 3),
        findings=[
            "当事人被列入名单已满一年",
            "已全部履行行政处罚决定规定的义务，罚款已缴清",
            "已主动消除危害后果和不良影响，列入后未再受到较重行政处罚",
        ],
        outcome=RepairOutcome.GRANTED,
        decision_date=date(2027, 11, 20),
        effects=[RepairEffect.REMOVE, RepairEffect.STOP_SHARING, RepairEffect.MARK, RepairEffect.SHIELD],
        letter_number=f"{abbr}信修〔2027〕1号",
    )
    update |= {"decision": decision, "deliveries": deliveries, "repairs": [refused, granted]}
    return case.model_copy(update=update, deep=True)
