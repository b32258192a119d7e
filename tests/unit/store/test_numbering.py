"""Document numbers and frozen issued letters in the store (issue 4 items 3–4, R-16)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from credit_desk.store import documents as docs
from credit_desk.store import tables as t
from credit_desk.store.cases import save_case
from credit_desk.store.db import Database, open_database
from credit_desk.store.documents import DocumentFrozen, RenderedDoc

DAY = date(2026, 11, 2)


def fake_render(number: str) -> RenderedDoc:
    """A cheap stand-in for the PDF renderer: the bytes name the number."""
    return RenderedDoc(pdf=f"%PDF {number}".encode(), fields={"number": number, "issue_date": DAY})


@pytest.fixture
def ids(db: Database, make_full_case) -> tuple[int, int]:
    """(office id, case id) of one stored office and case."""
    with db.session() as s:
        office = t.Office(deciding_body="某县市场监督管理局", abbreviation="某市监")
        s.add(office)
        s.flush()
        case_id = save_case(s, make_full_case())
        assert office.id is not None
        return office.id, case_id


def issue_one(db: Database, ids: tuple[int, int], doc_type: str = "D-03", day: date = DAY) -> docs.IssuedDocument:
    office_id, case_id = ids
    with db.session() as s:
        docs.begin_write(s)
        return docs.issue(
            s, case_id=case_id, office_id=office_id, doc_type=doc_type, issue_date=day, render=fake_render
        )


def test_numbers_are_consecutive_per_office_type_and_year(db: Database, ids) -> None:
    assert [issue_one(db, ids).number for _ in range(5)] == ["1", "2", "3", "4", "5"]
    assert issue_one(db, ids, "D-08").number == "1"  # its own sequence
    assert issue_one(db, ids, day=date(2027, 1, 4)).number == "1"  # restarts in a new year
    assert issue_one(db, ids).number == "6"
    with db.session() as s:
        other = t.Office(deciding_body="另一县市场监督管理局")
        s.add(other)
        s.flush()
        assert docs.next_number(s, office_id=other.id, doc_type="D-03", year=2026) == 1


def test_a_rolled_back_issue_does_not_use_a_number(db: Database, ids) -> None:
    office_id, case_id = ids
    issue_one(db, ids)

    def failing(number: str) -> RenderedDoc:
        assert number == "2"
        raise RuntimeError("渲染失败")

    with pytest.raises(RuntimeError), db.session() as s:
        docs.issue(s, case_id=case_id, office_id=office_id, doc_type="D-03", issue_date=DAY, render=failing)
    assert issue_one(db, ids).number == "2"
    with db.session() as s:
        assert [d.number for d in docs.documents_of_case(s, case_id)] == ["1", "2"]


def test_format_number_and_snapshot_are_stored(db: Database, ids) -> None:
    office_id, case_id = ids
    with db.session() as s:
        doc = docs.issue(
            s,
            case_id=case_id,
            office_id=office_id,
            doc_type="D-03",
            issue_date=DAY,
            render=fake_render,
            format_number=lambda n: f"某市监信列〔2026〕{n}号",
        )
    with db.session() as s:
        back = docs.load_document(s, doc.id)
    assert back.number == "某市监信列〔2026〕1号"
    assert back.fields == {"number": "某市监信列〔2026〕1号", "issue_date": "2026-11-02"}
    assert back.pdf == "%PDF 某市监信列〔2026〕1号".encode()
    assert docs.verify_document(back)
    assert back.created_at is not None and back.supersedes_id is None


def test_supersede_keeps_both_and_both_verify(db: Database, ids) -> None:
    office_id, case_id = ids
    old = issue_one(db, ids)
    with db.session() as s:
        new = docs.supersede(s, old.id, office_id=office_id, issue_date=date(2026, 11, 5), render=fake_render)
    assert (new.supersedes_id, new.doc_type, new.case_id, new.number) == (old.id, "D-03", case_id, "2")
    with db.session() as s:
        both = docs.documents_of_case(s, case_id)
        assert [d.id for d in both] == [old.id, new.id]
        assert both[0] == old  # unchanged, byte for byte
        assert all(docs.verify_document(d) for d in both)
        assert docs.superseded_by(s, old.id) == new.id
        with pytest.raises(DocumentFrozen):
            docs.supersede(s, old.id, office_id=office_id, issue_date=DAY, render=fake_render)


def test_issued_documents_cannot_be_changed_or_deleted(db: Database, ids) -> None:
    doc = issue_one(db, ids)
    for change in ("number", "issue_date", "pdf", "sha256"):
        with pytest.raises(DocumentFrozen, match="R-16"), db.session() as s:
            row = s.get(t.Document, doc.id)
            setattr(row, change, {"issue_date": date(2026, 1, 1), "pdf": b"x"}.get(change, "改"))
            s.flush()
    with pytest.raises(DocumentFrozen), db.session() as s:
        s.delete(s.get(t.Document, doc.id))
        s.flush()
    with pytest.raises(DocumentFrozen), db.session() as s:
        s.execute(update(t.Document).where(t.Document.id == doc.id).values(number="改"))
    with pytest.raises(DocumentFrozen), db.session() as s:
        s.execute(delete(t.Document))
    with db.session() as s:
        assert docs.load_document(s, doc.id) == doc


def test_a_tampered_pdf_fails_verification(db: Database, ids) -> None:
    doc = issue_one(db, ids)
    assert docs.verify_document(doc)
    tampered = bytearray(doc.pdf)
    tampered[-1] ^= 0x01
    with db.session() as s:
        row = s.scalars(select(t.Document).where(t.Document.id == doc.id)).one()
        s.expunge(row)
    row.pdf = bytes(tampered)  # a detached copy, as if the file had been edited outside the program
    assert not docs.verify_document(row)


def test_1000_letters_from_8_threads_get_1_to_1000(tmp_path: Path, make_full_case) -> None:
    """The issue's "Done when": concurrent issuing against one SQLite file, each thread its own transactions."""
    db = open_database(str(tmp_path / "concurrent.sqlite3"), timeout=60)
    try:
        ids_ = _ids(db, make_full_case)
        errors: list[BaseException] = []
        numbers: list[str] = []
        lock = threading.Lock()

        def worker(count: int) -> None:
            try:
                for _ in range(count):
                    n = issue_one(db, ids_).number
                    with lock:
                        numbers.append(n)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(125,)) for _ in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert not errors, errors[:3]
        assert sorted(int(n) for n in numbers) == list(range(1, 1001))
        with db.session() as s:
            stored = sorted(int(d.number) for d in docs.documents_of_case(s, ids_[1]))
            seq = s.scalars(select(t.DocumentSequence.last_value)).one()
        assert stored == list(range(1, 1001)) and seq == 1000
    finally:
        db.dispose()


def _ids(db: Database, make_full_case) -> tuple[int, int]:
    with db.session() as s:
        office = t.Office(deciding_body="某县市场监督管理局")
        s.add(office)
        s.flush()
        assert office.id is not None
        return office.id, save_case(s, make_full_case())
