"""The publication register (SPEC §7) and its export, under R-14 (masking, trade secrets)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from credit_desk.domain.model import Publication, SubjectKind
from credit_desk.domain.rules.letter import check_publication_text
from credit_desk.services import cases as case_svc
from credit_desk.services.publication import (
    STATUS_CURRENT,
    STATUS_EXPIRED,
    STATUS_WITHDRAWN,
    TRADE_SECRET_PLACEHOLDER,
    PublicationExportRefused,
    default_public_text,
    export_publications,
    public_fields,
    publication_rows,
)

TODAY = date(2026, 11, 20)
PERSON_ID = "411122200811031239"  # person_minor.json: 陈𠈌䶮
RARE_COMPANY = "青山县𠈌䶮食品有限公司"


@pytest.fixture
def ws(tmp_path):
    from credit_desk.services.workspace import open_workspace

    workspace = open_workspace(f"sqlite:///{tmp_path / 'cd.sqlite3'}")
    yield workspace
    workspace.db.dispose()


def published(case, *, start=date(2026, 10, 21), end=date(2029, 10, 20), withdrawn=None, reason="", text=""):
    """The case with a Publication on it (what lifecycle.publish will store)."""
    return case.model_copy(
        update={
            "id": None,
            "publication": Publication(
                start_date=start,
                end_date=end,
                channels=["信用中国网站"],
                public_text=text,
                withdrawn_date=withdrawn,
                withdrawal_reason=reason,
            ),
        }
    )


def store(ws, case) -> int:
    return case_svc.save_case(ws, case).case_id


# --- the public text (R-14) --------------------------------------------------------------------------


def test_natural_person_is_masked_in_the_public_text(minor_case, shipped_catalogs):
    case = published(minor_case).model_copy(
        update={"conduct_summary": f"陈𠈌䶮（身份证号码{PERSON_ID}）在青山县城关镇北街村3组销售有毒食品。其他情节。"}
    )
    text = default_public_text(case, shipped_catalogs)
    assert "主体名称：陈**" in text
    assert "身份证号码：411122********1239" in text
    assert "陈𠈌䶮" not in text and PERSON_ID not in text and "北街村3组" not in text
    assert "列入事由：陈**（身份证号码411122********1239）在青山县****销售有毒食品。" in text
    assert "其他情节" not in text  # the 事由 is one sentence
    assert "名单名称：市场监督管理严重违法失信名单" in text
    assert "决定文书号：青山县市监信列〔2026〕6号" in text
    assert "决定日期：2026年10月20日" in text
    assert "公示期限：2026年10月21日至2029年10月20日" in text
    assert check_publication_text(case, text) == []


def test_before_publication_the_period_comes_from_the_standard(minor_case, shipped_catalogs):
    text = default_public_text(minor_case, shipped_catalogs)
    assert "公示期限：自2026年10月20日列入决定生效之日起" in text
    assert check_publication_text(minor_case, text) == []


@pytest.mark.parametrize(
    "update", [{"publication_consent": True}, {"publication_legal_basis": "某省社会信用条例 第三十条"}]
)
def test_consent_or_legal_basis_publishes_the_person_unmasked(minor_case, shipped_catalogs, update):
    case = published(minor_case).model_copy(update=update)
    text = default_public_text(case, shipped_catalogs)
    assert "主体名称：陈𠈌䶮" in text
    assert f"身份证号码：{PERSON_ID}" in text
    assert check_publication_text(case, text) == []
    fields = public_fields(case, shipped_catalogs)
    assert fields["主体名称"] == "陈𠈌䶮" and fields["证件号码"] == PERSON_ID


def test_trade_secrets_never_appear_even_inside_the_reason(samr_case, shipped_catalogs):
    subject = samr_case.subject.model_copy(update={"trade_secret_notes": "卤汁秘方；供货渠道"})
    case = published(samr_case).model_copy(
        update={"subject": subject, "conduct_summary": "当事人按卤汁秘方经供货渠道采购非食品原料生产卤制品。"}
    )
    text = default_public_text(case, shipped_catalogs)
    assert "卤汁秘方" not in text and "供货渠道" not in text
    assert TRADE_SECRET_PLACEHOLDER in text
    assert check_publication_text(case, text) == []


def test_an_organisation_is_published_as_registered(samr_case, shipped_catalogs):
    case = published(samr_case)
    fields = public_fields(case, shipped_catalogs)
    assert fields["主体名称"] == "青山县味佳食品有限公司"
    assert fields["证件类型"] == "统一社会信用代码"
    assert fields["证件号码"] == "91411122358172640B"
    assert fields["法定代表人/负责人"] == "王建国"
    assert fields["公示起始日期"] == "2026-10-21" and fields["公示截止日期"] == "2029-10-20"
    text = default_public_text(case, shipped_catalogs)
    assert "统一社会信用代码：91411122358172640B" in text and "法定代表人/负责人：王建国" in text
    assert "建设路12号" not in text  # the address is not part of the listing


def test_individual_business_without_code_masks_the_operators_id(samr_case, shipped_catalogs):
    subject = samr_case.subject.model_copy(
        update={"kind": SubjectKind.INDIVIDUAL_BUSINESS, "name": "青山县王记卤味店", "uscc": "", "id_number": PERSON_ID}
    )
    fields = public_fields(samr_case.model_copy(update={"subject": subject}), shipped_catalogs)
    assert fields["主体名称"] == "青山县王记卤味店"
    assert fields["证件类型"] == "身份证号码" and fields["证件号码"] == "411122********1239"


# --- the register ------------------------------------------------------------------------------------


@pytest.fixture
def register(ws, samr_case, minor_case):
    """Three publications: a person still up, a company withdrawn, a company past its end date."""
    person = store(ws, published(minor_case))
    withdrawn = store(
        ws,
        published(samr_case, start=date(2025, 1, 6), withdrawn=date(2026, 3, 2), reason="信用修复")
    )
    company = samr_case.subject.model_copy(update={"name": RARE_COMPANY, "uscc": "91411122MA9G4C2X7M"})
    expired = store(
        ws,
        published(samr_case, start=date(2023, 1, 3), end=date(2026, 1, 2)).model_copy(update={"subject": company}),
    )
    return {"person": person, "withdrawn": withdrawn, "expired": expired}


def test_rows_are_masked_with_their_status(ws, register):
    rows = {r.case_id: r for r in publication_rows(ws, today=TODAY)}
    assert set(rows) == set(register.values())
    person = rows[register["person"]]
    assert person.subject_name == "陈**" and person.identifier == "411122********1239" and person.masked
    assert person.status == STATUS_CURRENT
    assert person.standard_name == "市场监督管理严重违法失信名单"
    assert person.decision_number == "青山县市监信列〔2026〕6号" and person.decision_date == date(2026, 10, 20)
    assert "陈𠈌䶮" not in person.public_text and "陈**" in person.public_text  # default text filled in
    assert "陈𠈌䶮" not in repr(person)
    withdrawn = rows[register["withdrawn"]]
    assert withdrawn.status == STATUS_WITHDRAWN
    assert withdrawn.withdrawn_date == date(2026, 3, 2) and withdrawn.withdrawal_reason == "信用修复"
    assert rows[register["expired"]].status == STATUS_EXPIRED
    # newest start first
    assert [r.case_id for r in publication_rows(ws, today=TODAY)] == [
        register["person"], register["withdrawn"], register["expired"]
    ]


def test_filters_and_search(ws, register):
    current = {r.case_id for r in publication_rows(ws, include_withdrawn=False, today=TODAY)}
    assert current == {register["person"], register["expired"]}
    only = {r.case_id for r in publication_rows(ws, withdrawn_only=True, today=TODAY)}
    assert only == {register["withdrawn"]}
    # before the withdrawal date the publication is still up
    early = {r.case_id: r.status for r in publication_rows(ws, today=date(2026, 3, 1))}
    assert early[register["withdrawn"]] == STATUS_CURRENT
    # the officer searches by the real name; the row found stays masked
    found = publication_rows(ws, text="𠈌䶮", today=TODAY)
    assert {r.case_id for r in found} == {register["person"], register["expired"]}
    assert [r.case_id for r in publication_rows(ws, text="MA9G4C", today=TODAY)] == [register["expired"]]


# --- export ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_round_trips_in_both_encodings(ws, register, tmp_path, encoding):
    rows = publication_rows(ws, today=TODAY)
    path = export_publications(rows, tmp_path / "公示.csv", fmt="csv", encoding=encoding)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    if encoding == "gb18030":
        assert "𠈌".encode("gb18030") in raw  # a four-byte GB18030 sequence, not a '?'
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    table = list(csv.reader(io.StringIO(raw.decode(encoding), newline="")))
    header, *lines = table
    assert header[:4] == ["案件编号", "主体名称", "证件类型", "证件号码"]
    assert "公示起始日期" in header and "状态" in header and "公示内容" in header
    by_id = {int(line[0]): dict(zip(header, line, strict=True)) for line in lines}
    assert by_id[register["expired"]]["主体名称"] == RARE_COMPANY
    assert by_id[register["expired"]]["状态"] == STATUS_EXPIRED
    person = by_id[register["person"]]
    assert person["主体名称"] == "陈**" and person["证件号码"] == "411122********1239"
    assert person["公示起始日期"] == "2026-10-21" and person["决定日期"] == "2026-10-20"
    assert by_id[register["withdrawn"]]["撤下日期"] == "2026-03-02"
    assert PERSON_ID not in raw.decode(encoding)


def test_xlsx_has_chinese_header_real_dates_and_text_identifiers(ws, register, minor_case, tmp_path):
    consenting = minor_case.model_copy(update={"publication_consent": True})
    consenting_id = store(ws, published(consenting, start=date(2026, 11, 2)))
    rows = publication_rows(ws, today=TODAY)
    path = export_publications(rows, tmp_path / "公示.xlsx", fmt="xlsx")
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["案件编号", "主体名称", "证件类型", "证件号码"]
    col = {name: i for i, name in enumerate(header)}
    assert sheet.column_dimensions["B"].width >= 20  # widths are set, not Excel's default 8.43
    lines = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    assert set(lines) == {*register.values(), consenting_id}
    full = lines[consenting_id]
    assert full[col["证件号码"]].value == PERSON_ID and isinstance(full[col["证件号码"]].value, str)
    assert full[col["证件号码"]].number_format == "@"
    start = full[col["公示起始日期"]]
    assert isinstance(start.value, datetime) and start.value.date() == date(2026, 11, 2)
    assert start.number_format == "yyyy-mm-dd"
    assert lines[register["expired"]][col["主体名称"]].value == RARE_COMPANY
    assert lines[register["person"]][col["主体名称"]].value == "陈**"


def test_an_unmasked_row_refuses_the_whole_export(ws, register, minor_case, tmp_path):
    leaking = store(ws, published(minor_case, text=f"陈𠈌䶮，身份证号码{PERSON_ID}，列入严重失信主体名单。"))
    rows = publication_rows(ws, today=TODAY)
    target = tmp_path / "公示.csv"
    with pytest.raises(PublicationExportRefused) as refused:
        export_publications(rows, target, fmt="csv", encoding="utf-8-sig")
    assert [case_id for case_id, _ in refused.value.problems] == [leaking]
    message = refused.value.message
    assert f"案件 {leaking}" in message and "R-14" in message and "国办发〔2020〕49号 三(四)" in message
    assert "完整身份证号码" in message
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    # the rows that pass R-14 export fine on their own
    ok = [r for r in rows if r.case_id != leaking]
    assert export_publications(ok, target, fmt="csv", encoding="utf-8-sig").exists()
