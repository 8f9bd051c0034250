"""An alert for a changed document says what changed and links to the change page."""
from __future__ import annotations

from alerts import deliver_due, match_new_documents
from alerts import subscriptions as subs_db
from alerts.models import SubscriptionIn
from store.ingest import ingest
from tests.test_changes import V1, V2, plan


def test_changed_document_alert_says_what_changed(store, backend, cfg, smtp):
    subs_db.create(store, SubscriptionIn(name="Kế hoạch CCHC", query="cải cách hành chính", channel="email",
                                         email="cchc@example.vn", on_changes=True), cfg, actor="test")
    ingest(store, plan(V1, 45, "2025-01-20"), backend)
    assert match_new_documents(store, backend, None, cfg=cfg) == 1
    ingest(store, plan(V2, 60, "2025-01-22"), backend)
    assert match_new_documents(store, backend, None, cfg=cfg) == 1
    assert deliver_due(store, cfg)["delivered"] == 2
    first, second = (m["msg"].get_body(("plain",)).get_content() for m in smtp.messages)
    assert "Thay đổi" not in first
    assert "Thay đổi: bản 1 → bản 2: 1 câu thêm, 1 câu bỏ, 1 câu sửa" in second
    assert "Ngày văn bản: 20/01/2025 → 22/01/2025" in second
    assert "45% (hạn 2025) → 60% (hạn 2025)" in second
    assert "http://127.0.0.1:8000/van-ban/1/thay-doi?tu=1&den=2" in second
    html = smtp.messages[1]["msg"].get_body(("html",)).get_content()
    assert "Xem thay đổi" in html and "/van-ban/1/thay-doi?tu=1&amp;den=2" in html
