"""Fixtures shared by the suite: a real SQLite store in a temp dir, its FTS5 backend, an API client."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from store.ingest import sync_index
from store.fts import SqliteSearch
from store.models import DocumentIn
from store.sqlite import Store
from tests.processes import mark_this_run, strays

mark_this_run()


@pytest.fixture(autouse=True, scope="module")
def no_orphans_left():
    """A test module must not leave processes behind (killed crawls' workers, servers)."""
    yield
    left = strays()
    assert not left, "processes left behind by this module:\n" + "\n".join(left)

# Short texts modelled on real provincial announcements (numbers and dates as clerks write them).
SAMPLE_DOCS = [
    dict(url="https://tiengiang.gov.vn/a/252", title="Tiền Giang ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính cấp tỉnh (PAR Index) giai đoạn 2018 - 2020",
         text="Ngày 19/9/2018, Ủy ban nhân dân (UBND) tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND về việc nâng cao "
              "Chỉ số cải cách hành chính cấp tỉnh (PAR Index) giai đoạn 2018 - 2020. Mục tiêu là cải thiện thứ hạng.",
         published="2018-09-25",
         facts={"primary": "252/KH-UBND", "province": "Tiền Giang", "indices": ["PAR INDEX"],
                "doc_refs": [{"number": "252/KH-UBND", "type": "Kế hoạch", "date": "2018-09-19", "issuer": "UBND tỉnh Tiền Giang"}]}),
    dict(url="https://haillang.quangtri.gov.vn/b/145", title="Kế hoạch cải thiện Chỉ số SIPAS, PAPI, PCI năm 2023 của huyện Hải Lăng",
         text="Thực hiện Kế hoạch số 165/KH-UBND ngày 04/8/2023 của UBND tỉnh Quảng Trị, UBND huyện Hải Lăng ban hành "
              "Kế hoạch số 145/KH-UBND ngày 26/9/2023 về nâng cao chỉ số hài lòng SIPAS, PAPI và PCI.",
         published="2023-10-02",
         facts={"primary": "145/KH-UBND", "province": "Quảng Trị", "indices": ["SIPAS", "PAPI", "PCI"],
                "doc_refs": [{"number": "145/KH-UBND", "type": "Kế hoạch", "date": "2023-09-26", "issuer": "UBND huyện Hải Lăng"},
                             {"number": "165/KH-UBND", "type": "Kế hoạch", "date": "2023-08-04", "issuer": "UBND tỉnh Quảng Trị"}]}),
    dict(url="https://dongthap.gov.vn/c/88", title="Đồng Tháp đẩy mạnh dịch vụ công trực tuyến toàn trình",
         text="Đến năm 2025, 90% thủ tục hành chính được giải quyết trực tuyến; Sở Thông tin và Truyền thông Đồng Tháp "
              "hướng dẫn triển khai dịch vụ công trực tuyến toàn trình tại các xã.",
         published="2024-03-12",
         facts={"primary": None, "province": "Đồng Tháp", "indices": [],
                "targets": [{"value": 90, "unit": "%", "subject": "thủ tục hành chính được giải quyết trực tuyến", "deadline_year": 2025}]}),
    dict(url="https://baclieu.gov.vn/d/2020", title="Bạc Liêu triển khai xác định Chỉ số cải cách hành chính năm 2020",
         text="Kế hoạch xác định Chỉ số CCHC năm 2020 của các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố "
              "và UBND 64/64 xã, phường, thị trấn.",
         published="2021-01-15",
         facts={"primary": None, "province": "Bạc Liêu", "indices": ["PAR INDEX"]}),
    dict(url="https://example.gov.vn/e/cai-cach", title="Cai cach hanh chinh: van ban khong dau",
         text="Trang nay viet khong dau: cai cach hanh chinh va dich vu cong truc tuyen.",
         published="2022-05-05", facts={"province": "Tiền Giang"}),
]


def make_doc(spec: dict, **changes) -> DocumentIn:
    spec = {**spec, **changes}
    return DocumentIn(url=spec["url"], title=spec["title"], text=spec["text"],
                      published_date=date.fromisoformat(spec["published"]),
                      fetched_at=datetime(2024, 6, 1, tzinfo=timezone.utc), facts=spec["facts"])


@pytest.fixture(scope="session")
def es_url():
    """One real Elasticsearch node for the whole session (started on first use, stopped at the end)."""
    from tests import es_cluster

    try:
        url = es_cluster.shared_url()
    except es_cluster.ClusterError as e:
        pytest.fail(str(e) + " (deselect with -m 'not es')", pytrace=False)
    yield url
    es_cluster.stop_shared()


@pytest.fixture(scope="session")
def simulator_crawl(tmp_path_factory):
    """(settings, summary) of one real crawl of the portal simulator, shared by the tests that
    only read its store (end to end, pages in the browser)."""
    from crawler.run import run_crawl
    from crawler.sources import parse_sources
    from portal_sim import start_simulator
    from parwatch.settings import Settings

    tmp = tmp_path_factory.mktemp("simulator-crawl")
    sim = start_simulator()
    try:
        settings = Settings(store=tmp / "crawl.sqlite", sources_dir=tmp, download_timeout=5)
        summary = run_crawl(settings, sources=parse_sources(sim.source_yaml()))
    finally:
        sim.stop()
    return settings, summary


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "parwatch.sqlite")
    yield s
    s.close()


@pytest.fixture
def backend(store) -> SqliteSearch:
    return SqliteSearch(store)


@pytest.fixture
def filled(store, backend):
    """(store, backend, ids by url) with the sample documents stored and indexed."""
    ids = {d["url"]: store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS}
    sync_index(store, backend)
    return store, backend, ids
