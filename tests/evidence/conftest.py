from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from store.ingest import ingest
from store.fts import SqliteSearch
from store.models import DocumentIn
from store.sqlite import Store

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: {number}\nTiền Giang, ngày {d} tháng {m} năm {y}\n")


def facts(number, type_, issued, province="Tiền Giang", citations=(), refs=()):
    return {"doc_refs": [{"number": number, "type": type_, "date": issued, "issuer": f"UBND tỉnh {province}"},
                         *[{"number": r, "type": None, "date": None, "issuer": None} for r in refs]],
            "primary": number, "province": province, "indices": [], "period": None, "targets": [],
            "citations": [{"source": number, "target": t, "relation": "implements"} for t in citations]}


def make_doc(n, number, heading, body, issued, posted, type_="Kế hoạch", province="Tiền Giang",
             citations=(), refs=(), read_date=True):
    y, m, d = issued.split("-")
    text = HEADER.format(number=number, d=int(d), m=int(m), y=y) + heading + "\n" + body
    return DocumentIn(url=f"https://tiengiang.gov.vn/doc/{n}", title=heading.title(), text=text,
                      published_date=date.fromisoformat(posted),
                      fetched_at=datetime(2025, 1, 1, tzinfo=timezone.utc),
                      facts=facts(number, type_, issued if read_date else None, province, citations, refs))


PLAN_BODY = ("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Ủy ban nhân dân tỉnh ban hành "
             "Kế hoạch với các nhiệm vụ: cải cách thể chế; cải cách thủ tục hành chính; cải cách tài chính công. "
             "Mỗi nhiệm vụ có cơ quan chủ trì, thời gian hoàn thành và kết quả đầu ra.")


@pytest.fixture
def world(tmp_path):
    """A store built by real ingest of documents with controlled dates (Tiền Giang)."""
    store = Store(tmp_path / "pw.sqlite")
    backend = SqliteSearch(store)
    docs = {
        # 2018: plan issued 29/12/2017, posted 05/01/2018 -> on time
        "plan2018": make_doc(1, "355/KH-UBND", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2018", PLAN_BODY,
                             "2017-12-29", "2018-01-05", citations=["76/NQ-CP"]),
        # 2019: plan issued 15/02/2019 -> late
        "plan2019": make_doc(2, "41/KH-UBND", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2019", PLAN_BODY,
                             "2019-02-15", "2019-02-20"),
        # 2021: a plan whose issue date could not be read -> unclear
        "plan2021": make_doc(3, "12/KH-UBND", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2021", PLAN_BODY,
                             "2020-12-10", "2020-12-15", read_date=False),
        # 2022: a report that implements the 2018 plan (citation chain), and an inspection plan
        "report": make_doc(4, "88/BC-UBND", "BÁO CÁO\nKẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022",
                           "Thực hiện Kế hoạch số 355/KH-UBND ngày 29/12/2017 của UBND tỉnh, báo cáo gửi Bộ Nội vụ.",
                           "2022-12-10", "2022-12-12", type_="Báo cáo", citations=["355/KH-UBND"]),
        "inspection": make_doc(5, "77/KH-UBND", "KẾ HOẠCH\nKIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022",
                               "Đoàn kiểm tra làm việc với các cơ quan, đơn vị được kiểm tra.", "2022-03-01", "2022-03-02"),
        # another province: must never count for Tiền Giang
        "other": make_doc(6, "9/KH-UBND", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2020", PLAN_BODY,
                          "2019-12-01", "2019-12-02", province="Bến Tre"),
    }
    ids = {k: ingest(store, d, backend).id for k, d in docs.items()}
    yield store, backend, ids
    store.close()
