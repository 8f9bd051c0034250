"""What changed between two versions of a document: sentences and facts (store.changes), the
change page, and the alert for a changed document saying what changed."""
from __future__ import annotations

from datetime import date, datetime, timezone

from fastapi.testclient import TestClient

from parwatch.settings import load_settings
from search_api.app import create_app
from store import changes
from store.models import DocumentIn

V1 = ("Ngày 20/01/2025, UBND tỉnh Tiền Giang ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính. "
      "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 45% trong năm 2025. Các sở thực hiện nghiêm túc.")
V2 = ("Ngày 20/01/2025, UBND tỉnh Tiền Giang ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính. "
      "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60% trong năm 2025. Báo cáo kết quả trước ngày 15/12/2025.")


def facts(value: float, day: str) -> dict:
    return {"primary": "15/KH-UBND", "province": "Tiền Giang", "indices": [],
            "doc_refs": [{"number": "15/KH-UBND", "type": "Kế hoạch", "date": day, "issuer": "UBND tỉnh Tiền Giang"}],
            "targets": [{"value": value, "unit": "%", "subject": f"Phấn đấu tỷ lệ hồ sơ trực tuyến đạt {value:g}",
                         "qualifier": None, "deadline_year": 2025}]}


def plan(text: str, value: float, day: str) -> DocumentIn:
    return DocumentIn(url="https://tiengiang.gov.vn/tin/ke-hoach-15", title="Kế hoạch CCHC năm 2025", text=text,
                      published_date=date(2025, 1, 21), fetched_at=datetime.now(timezone.utc),
                      facts=facts(value, day))


def two_versions(store) -> int:
    first = store.upsert_document(plan(V1, 45, "2025-01-20"))
    second = store.upsert_document(plan(V2, 60, "2025-01-22"))
    assert (first.status, second.status, second.version) == ("new", "changed", 2)
    return second.id


def test_sentences_and_facts_that_changed(store):
    doc_id = two_versions(store)
    d = changes.diff(store, doc_id, 1, 2)
    assert d.added == ["Báo cáo kết quả trước ngày 15/12/2025."]
    assert d.removed == ["Các sở thực hiện nghiêm túc."]
    [edited] = d.changed
    assert "<del>45%</del> <ins>60%</ins>" in edited.html
    got = {(f.label, f.before, f.after) for f in d.facts}
    assert ("Ngày văn bản", "2025-01-20", "2025-01-22") in got
    assert any(label.startswith("Chỉ tiêu") and (b, a) == ("45% (hạn 2025)", "60% (hạn 2025)")
               for label, b, a in got), got
    back = changes.diff(store, doc_id, 2, 1)          # any two, either way round
    assert back.added == d.removed and back.removed == d.added


def test_change_page(store):
    doc_id = two_versions(store)
    with TestClient(create_app(load_settings(store=store.path))) as c:
        page = c.get(f"/van-ban/{doc_id}").text
        assert f'href="/van-ban/{doc_id}/thay-doi"' in page
        r = c.get(f"/van-ban/{doc_id}/thay-doi")
        assert r.status_code == 200
        assert "1 câu thêm, 1 câu bỏ, 1 câu sửa" in r.text
        assert "<del>45%</del> <ins>60%</ins>" in r.text and "22/01/2025" in r.text
        bad = c.get(f"/van-ban/{doc_id}/thay-doi", params={"tu": "7"})
        assert bad.status_code == 400 and "có các bản 1, 2" in bad.text
        assert c.get("/van-ban/999/thay-doi").status_code == 404
