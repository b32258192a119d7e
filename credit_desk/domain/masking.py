"""Masking of natural persons' data for publication (R-14, 49号 三(四)).

Publication must not expose more personal information than the listing needs: a natural
person's name keeps only the surname, the ID number its first 6 and last 4 digits, the address
its administrative prefix, unless a legal basis or the person's consent is recorded. When in
doubt the functions mask more, never less: over-masking costs a little clarity, under-masking
cannot be undone once published.
"""

from __future__ import annotations

from credit_desk.domain.model import Subject, SubjectKind

MASK = "*"
ADDRESS_MASK = "****"

#: Two-character surnames that must be kept whole (otherwise 欧阳修 would become 欧**).
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "令狐", "夏侯", "端木", "南宫", "西门", "独孤", "轩辕", "呼延", "澹台", "公冶", "太史", "申屠",
        "闻人", "钟离", "宗政", "濮阳", "淳于", "单于", "赫连", "东郭", "百里", "第五", "万俟", "司空",
    }
)


def _is_variation_selector(ch: str) -> bool:
    """Variation selectors (incl. ideographic IVS) belong to the character before them."""
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def _characters(text: str) -> list[str]:
    """Characters as a reader counts them: one per code point (𠈌 is one, not two UTF-16 units),
    with a variation selector kept on its base character.
    """
    chars: list[str] = []
    for ch in text:
        if chars and _is_variation_selector(ch):
            chars[-1] += ch
        else:
            chars.append(ch)
    return chars


def mask_name(name: str) -> str:
    """Keep the surname, mask every other character: 张三丰 → 张**, 欧阳修 → 欧阳*, 𠈌小明 → 𠈌**.

    A two-character name starting with a compound surname (欧阳) is read as surname + given name,
    since a person needs a given name.
    """
    chars = _characters(name.strip())
    if not chars:
        return ""
    keep = 2 if len(chars) > 2 and "".join(chars[:2]) in COMPOUND_SURNAMES else 1
    return "".join(chars[:keep]) + MASK * (len(chars) - keep)


def mask_id_number(number: str) -> str:
    """Keep the first 6 (place) and last 4 digits: 110105********002X.

    Anything too short to keep 10 digits and still hide something is masked whole.
    """
    n = "".join(number.split())
    if len(n) <= 10:
        return MASK * len(n)
    return n[:6] + MASK * (len(n) - 10) + n[-4:]


# ---------------------------------------------------------------- addresses

#: Characters that only appear below county level (street, road, village, house number…):
#: once one is met, the administrative prefix has ended.
_SUB_COUNTY = frozenset("路街道村号巷弄组栋楼室院屯")
#: 镇 and 乡 are below county level too, but start county names (镇江市, 乡宁县): ignored there.
_SUB_COUNTY_NOT_FIRST = frozenset("镇乡")
_COUNTY_MARKERS = frozenset("县区旗")
_UPPER_MARKERS = frozenset("省州盟")
_LOOKAHEAD = 15  # longest county names (…族自治县) are about this long


def _marker(addr: str, i: int) -> str | None:
    """The administrative level ending at ``addr[i]``: "upper", "county", "city" or None."""
    ch = addr[i]
    if ch in _UPPER_MARKERS:
        return "upper"
    if ch == "区" and (addr[max(0, i - 2):i] in {"自治", "行政"} or addr[i - 1:i] == "地"):
        return "upper"  # 自治区, 特别行政区, 地区
    if ch in _COUNTY_MARKERS:
        return "county"
    if ch == "市":
        return None if addr[i + 1:i + 2] == "场" else "city"  # 市场路 is a street, not a city
    return None


def _is_sub_county(addr: str, i: int, segment_start: int) -> bool:
    ch = addr[i]
    return ch in _SUB_COUNTY or (ch in _SUB_COUNTY_NOT_FIRST and i > segment_start)


def _city_is_county_level(addr: str, i: int) -> bool:
    """A 市 is county level unless another administrative unit follows before any street detail."""
    start = i + 1
    for j in range(start, min(len(addr), start + _LOOKAHEAD)):
        if _is_sub_county(addr, j, start):
            return True
        if _marker(addr, j) is not None:
            return False
    return True


def _admin_prefix_end(addr: str) -> int:
    """Index just past the county-level unit (县/区/旗/county-level 市), or 0 if none is found."""
    cut = 0
    for i in range(len(addr)):
        if _is_sub_county(addr, i, cut):
            break
        kind = _marker(addr, i)
        if kind is None:
            continue
        cut = i + 1
        if kind == "county" or (kind == "city" and _city_is_county_level(addr, i)):
            break
    return cut


def _fallback_end(addr: str) -> int:
    """Without a county marker: the first 6 characters (half of a shorter address), but never past
    the first street or village detail (a town, 镇/乡, may stay).
    """
    limit = 6 if len(addr) > 6 else len(addr) // 2
    for i in range(min(limit, len(addr))):
        if _is_sub_county(addr, i, 0):
            return i + 1 if addr[i] in _SUB_COUNTY_NOT_FIRST else i
    return limit


def mask_address(address: str) -> str:
    """Keep the administrative prefix up to the county level, mask the rest with ``****``.

    江苏省连云港市灌南县新安镇人民路1号 → 江苏省连云港市灌南县****. Without any
    administrative marker see ``_fallback_end``.
    """
    addr = "".join(address.split())
    if not addr:
        return ""
    cut = _admin_prefix_end(addr) or _fallback_end(addr)
    if cut >= len(addr):
        return addr
    return addr[:cut] + ADDRESS_MASK


def mask_uscc(code: str) -> str:
    """Returned unchanged: a 统一社会信用代码 identifies an organisation, not a person.

    It is printed on the business licence and published by 国家企业信用信息公示系统 (企业信息
    公示暂行条例); masking it would only make the listing ambiguous between organisations.
    """
    return code


# ---------------------------------------------------------------- a subject's public text


def public_text_for_subject(subject: Subject, *, consent: bool, legal_basis: str) -> dict[str, str | bool]:
    """Name, identifier and address as they may be published, with what was masked.

    Returns keys ``name``, ``id``, ``id_label`` (统一社会信用代码 / 身份证号码), ``address`` and
    ``masked`` (bool). Natural persons are masked unless ``consent`` or a non-empty
    ``legal_basis`` is recorded; organisations and individual businesses are published as they
    are, except an operator's ID number standing in for a missing code. ``trade_secret_notes``
    is never included.
    """
    disclose = consent or bool(legal_basis.strip())
    if subject.kind is SubjectKind.NATURAL_PERSON:
        masked = not disclose
        return {
            "name": subject.name if disclose else mask_name(subject.name),
            "id": subject.id_number if disclose else mask_id_number(subject.id_number),
            "id_label": "身份证号码",
            "address": subject.address if disclose else mask_address(subject.address),
            "masked": masked,
        }
    if subject.uscc or not subject.id_number:
        ident, label, masked = mask_uscc(subject.uscc), "统一社会信用代码", False
    else:  # e.g. an individual business without a code: the ID number is the operator's
        ident = subject.id_number if disclose else mask_id_number(subject.id_number)
        label, masked = "身份证号码", not disclose
    return {
        "name": subject.name,
        "id": ident,
        "id_label": label,
        "address": subject.address,
        "masked": masked,
    }
