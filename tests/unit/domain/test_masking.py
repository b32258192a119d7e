"""R-14 masking of a natural person's published data (49号 三(四))."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credit_desk.domain.masking import (
    mask_address,
    mask_id_number,
    mask_name,
    mask_uscc,
    public_text_for_subject,
)
from credit_desk.domain.model import Subject, SubjectKind

RARE = "\U0002020c"  # 𠈌, outside the BMP: one character, two UTF-16 units


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("王", "王"),
        ("欧阳修", "欧阳*"),
        ("上官婉儿", "上官**"),
        ("诸葛亮", "诸葛*"),
        ("司马相如", "司马**"),
        ("令狐冲", "令狐*"),
        ("欧阳", "欧*"),  # two characters: surname 欧 + given name 阳
        (f"{RARE}小明", f"{RARE}**"),
        (f"李{RARE}", "李*"),
        (f"王{RARE}{RARE}", "王**"),
        ("李\U000e0100明", "李\U000e0100*"),  # an ideographic variation selector stays with its character
        ("  张三  ", "张*"),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_rare_character_counts_as_one() -> None:
    assert len(RARE) == 1
    assert len(RARE.encode("utf-16-le")) == 4
    assert mask_name(f"张{RARE}") == "张*"


@given(st.text(alphabet=st.characters(categories=["Lo"]), min_size=1, max_size=8))
def test_mask_name_keeps_length_and_surname(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) == len(name)
    assert masked[0] == name[0]
    assert masked.count("*") >= len(name) - 2


def test_mask_id_number() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("1101 0519 4912 3100 2X") == "110105********002X"
    assert mask_id_number("1234567890") == "**********"
    assert mask_id_number("") == ""


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("江苏省连云港市灌南县新安镇人民路1号", "江苏省连云港市灌南县****"),
        ("北京市朝阳区建国路88号", "北京市朝阳区****"),
        ("上海市浦东新区世纪大道100号", "上海市浦东新区****"),
        ("广西壮族自治区南宁市青秀区民族大道100号", "广西壮族自治区南宁市青秀区****"),
        ("新疆维吾尔自治区阿克苏地区库车市天山路5号", "新疆维吾尔自治区阿克苏地区库车市****"),
        ("浙江省义乌市稠城街道工业区5号", "浙江省义乌市****"),
        ("江苏省徐州市邳州市运河街道1号", "江苏省徐州市邳州市****"),
        ("江苏省昆山市市场路1号", "江苏省昆山市****"),
        ("江苏省镇江市京口区中山东路", "江苏省镇江市京口区****"),
        ("山西省临汾市乡宁县昌宁镇", "山西省临汾市乡宁县****"),
        ("内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇", "内蒙古自治区呼伦贝尔市鄂温克族自治旗****"),
        ("湖北省神农架林区松柏镇", "湖北省神农架林区****"),
        ("灌南县", "灌南县"),
        ("汤沟镇汤沟村3组", "汤沟镇****"),  # no county marker: at most 6 characters, never the village
        ("人民路1号", "人民****"),
        ("某某某某某某某某某", "某某某某某某****"),
        ("", ""),
    ],
)
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked


def test_uscc_is_not_masked() -> None:
    assert mask_uscc("91110000600037341L") == "91110000600037341L"


def person(**changes: str) -> Subject:
    data = {
        "kind": SubjectKind.NATURAL_PERSON,
        "name": f"{RARE}小明",
        "id_number": "11010519491231002X",
        "address": "江苏省连云港市灌南县新安镇人民路1号",
        "trade_secret_notes": "配方A",
    }
    data.update(changes)
    return Subject.model_validate(data)


def test_natural_person_is_masked_without_consent_or_basis() -> None:
    assert public_text_for_subject(person(), consent=False, legal_basis="  ") == {
        "name": f"{RARE}**",
        "id": "110105********002X",
        "id_label": "身份证号码",
        "address": "江苏省连云港市灌南县****",
        "masked": True,
    }


@pytest.mark.parametrize(("consent", "basis"), [(True, ""), (False, "《某某条例》第十条")])
def test_natural_person_unmasked_with_consent_or_basis(consent: bool, basis: str) -> None:
    out = public_text_for_subject(person(), consent=consent, legal_basis=basis)
    assert out["name"] == f"{RARE}小明"
    assert out["id"] == "11010519491231002X"
    assert out["address"] == "江苏省连云港市灌南县新安镇人民路1号"
    assert out["masked"] is False


def test_organisation_is_not_masked_and_trade_secrets_never_appear() -> None:
    org = Subject(
        kind=SubjectKind.LEGAL_PERSON,
        name="灌南某某食品有限公司",
        uscc="91110000600037341L",
        legal_representative="张三",
        address="江苏省连云港市灌南县新安镇人民路1号",
        trade_secret_notes="配方A",
    )
    out = public_text_for_subject(org, consent=False, legal_basis="")
    assert out == {
        "name": "灌南某某食品有限公司",
        "id": "91110000600037341L",
        "id_label": "统一社会信用代码",
        "address": "江苏省连云港市灌南县新安镇人民路1号",
        "masked": False,
    }
    for subject in (org, person()):
        for consent in (True, False):
            values = public_text_for_subject(subject, consent=consent, legal_basis="")
            assert all("配方A" not in str(v) for v in values.values())


def test_individual_business_without_code_masks_the_operators_id() -> None:
    shop = Subject(
        kind=SubjectKind.INDIVIDUAL_BUSINESS, name="灌南县某某小吃店", id_number="11010519491231002X"
    )
    out = public_text_for_subject(shop, consent=False, legal_basis="")
    assert out["name"] == "灌南县某某小吃店"
    assert out["id"] == "110105********002X"
    assert out["masked"] is True
