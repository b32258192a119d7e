"""services.preview: draft previews while rules block, and the "草稿" mark that issued letters never carry."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from credit_desk.documents.fonts import default_fonts
from credit_desk.documents.letter import Letter, Section
from credit_desk.documents.pdf import render_pdf
from credit_desk.documents.render import render_document as render_letter_document
from credit_desk.services import rendering
from credit_desk.services.preview import DRAFT_MARK, DRAFT_NUMBER, draft_notice, preview_document

TODAY = date(2026, 11, 2)


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_case_nothing_blocks_previews_exactly_as_issued(samr_case, shipped_catalogs):
    result = preview_document(samr_case, shipped_catalogs, doc_id="D-03", today=TODAY)
    official = rendering.render_document(samr_case, shipped_catalogs, doc_id="D-03")
    assert result.ok and not result.blocked and not result.draft and result.notice == ""
    assert result.pdf == official.pdf, "the preview of an issuable letter is the letter"
    assert result.number == samr_case.decision.number


def test_a_blocked_case_still_previews_marked_as_draft(samr_case, shipped_catalogs):
    samr_case.notice = None
    with pytest.raises(rendering.RenderRefused):
        rendering.render_document(samr_case, shipped_catalogs, doc_id="D-03")
    result = preview_document(samr_case, shipped_catalogs, doc_id="D-03", today=TODAY)
    assert result.ok and result.draft
    assert [f.rule for f in result.blocking] == ["R-05"]
    assert result.notice == "草稿预览：尚有 1 项阻止，不能正式出具"
    assert DRAFT_MARK in text_of(result.pdf)


def test_number_and_date_placeholders(samr_case, shipped_catalogs):
    samr_case.decision = None
    for doc_id in ("D-03", "D-08"):  # the repair notice cites the decision's number
        result = preview_document(samr_case, shipped_catalogs, doc_id=doc_id, today=TODAY)
        assert result.ok, result.error
        assert result.number == DRAFT_NUMBER and result.issue_date == TODAY and result.draft
        assert DRAFT_NUMBER in text_of(result.pdf)
    given = preview_document(
        samr_case, shipped_catalogs, doc_id="D-03", number="青山县市监信列〔2026〕9号", issue_date=date(2026, 12, 1)
    )
    assert "青山县市监信列〔2026〕9号" in text_of(given.pdf) and "2026年12月1日" in text_of(given.pdf)


def test_a_letter_that_cannot_be_made_says_why(samr_case, shipped_catalogs):
    samr_case.conduct_summary = ""
    result = preview_document(samr_case, shipped_catalogs, doc_id="D-03", today=TODAY)
    assert not result.ok and result.pdf is None
    assert "“失信事实”未填写" in result.error
    assert (result.error_rule, result.error_field) == ("R-12", "case.conduct_summary")


def test_a_missing_glyph_is_named(samr_case, shipped_catalogs):
    samr_case.subject.name = "青山县\ue000食品有限公司"
    result = preview_document(samr_case, shipped_catalogs, doc_id="D-03", today=TODAY)
    assert not result.ok and "U+E000" in result.error


def test_draft_notice_wording():
    assert draft_notice(0) == ""
    assert draft_notice(3) == "草稿预览：尚有 3 项阻止，不能正式出具"


# --- the draft mark is additive: issued letters are byte-for-byte what they were ----------------------------


@pytest.fixture(scope="module")
def fonts():
    return default_fonts()


def sample_letter() -> Letter:
    return Letter(
        issuer="示例县市场监督管理局",
        title="测试决定书",
        number="示例〔2026〕1号",
        issue_date=date(2026, 11, 22),
        party=[("当事人", "示例公司")],
        sections=[Section("a", "一、事项", ["正文。"], True)],
        signature="示例县市场监督管理局",
    )


def test_default_letter_has_no_mark_and_renders_as_before(fonts):
    letter = sample_letter()
    assert letter.draft_mark == ""
    plain = render_pdf(letter, fonts)
    assert render_pdf(replace(letter, draft_mark=""), fonts) == plain
    marked = render_pdf(replace(letter, draft_mark=DRAFT_MARK), fonts)
    assert marked != plain
    assert DRAFT_MARK not in text_of(plain) and DRAFT_MARK in text_of(marked)
    assert text_of(marked).replace(DRAFT_MARK, "", 1) == text_of(plain)


def test_render_document_default_is_unmarked(samr_case, shipped_catalogs):
    kw = {"number": "X", "issue_date": date(2026, 10, 20)}
    plain = render_letter_document("D-03", samr_case, shipped_catalogs, **kw)
    assert render_letter_document("D-03", samr_case, shipped_catalogs, draft_mark="", **kw).pdf == plain.pdf
    marked = render_letter_document("D-03", samr_case, shipped_catalogs, draft_mark=DRAFT_MARK, **kw)
    assert marked.pdf != plain.pdf and marked.text == plain.text
    pages = pypdf.PdfReader(io.BytesIO(marked.pdf)).pages
    assert all(DRAFT_MARK in "".join(p.extract_text().split()) for p in pages), "every page carries the mark"


def test_only_warnings_a_reason_resolves_are_counted(samr_case, minor_case, shipped_catalogs):
    """R-18 (holiday data missing for 2027+) is a note, not a question: it never asks for a reason."""
    result = preview_document(samr_case, shipped_catalogs, doc_id="D-03", today=date(2026, 11, 22))
    assert result.warnings == ()
    minor = preview_document(minor_case, shipped_catalogs, doc_id="D-03", today=date(2026, 11, 22))
    assert [f.rule for f in minor.warnings] == ["R-11"]
