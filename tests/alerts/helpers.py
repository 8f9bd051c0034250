"""Building documents as the crawler would hand them over."""
from __future__ import annotations

from datetime import date, datetime, timezone

from store.ingest import ingest
from store.models import DocumentIn

NEW_PLAN = dict(
    url="https://tiengiang.gov.vn/tin/ke-hoach-cchc-2025",
    title="Tiền Giang ban hành Kế hoạch cải cách hành chính năm 2025",
    text="Ngày 20/01/2025, UBND tỉnh Tiền Giang ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính năm 2025, "
         "nhằm nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng SIPAS của tỉnh.",
    facts={"primary": "15/KH-UBND", "province": "Tiền Giang", "indices": ["PAR INDEX", "SIPAS"],
           "doc_refs": [{"number": "15/KH-UBND", "type": "Kế hoạch", "date": "2025-01-20",
                         "issuer": "UBND tỉnh Tiền Giang"}]},
)


def doc(spec: dict = NEW_PLAN, **changes) -> DocumentIn:
    spec = {**spec, **changes}
    return DocumentIn(url=spec["url"], title=spec["title"], text=spec["text"], published_date=date(2025, 1, 21),
                      fetched_at=datetime(2025, 1, 21, tzinfo=timezone.utc), facts=spec["facts"])


def numbered(i: int, province: str = "Tiền Giang", words: str = "cải cách hành chính") -> DocumentIn:
    return doc(url=f"https://tiengiang.gov.vn/tin/{i}", title=f"Văn bản {i} về {words}",
               text=f"UBND tỉnh {province} ban hành Kế hoạch số {i}/KH-UBND về {words}.",
               facts={"primary": f"{i}/KH-UBND", "province": province, "indices": [],
                      "doc_refs": [{"number": f"{i}/KH-UBND", "type": "Kế hoạch", "date": "2025-02-01",
                                    "issuer": f"UBND tỉnh {province}"}]})


def publish(store, backend, d: DocumentIn):
    return ingest(store, d, backend)
