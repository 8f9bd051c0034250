"""FTS5 search as users type it: without diacritics, with them, phrases, filters, facets."""
from store.models import SearchQuery


def search(backend, q="", **kw):
    return backend.search(SearchQuery(q=q, **kw))


def urls(result):
    return [h.url for h in result.hits]


def test_query_without_diacritics_finds_text_with_them(filled):
    _, backend, _ = filled
    r = search(backend, "cai cach hanh chinh")
    assert "https://tiengiang.gov.vn/a/252" in urls(r)
    # whole runs of query words are marked, in the text as written
    assert "<mark>cải cách hành chính</mark>" in " ".join(h.snippet for h in r.hits).lower()


def test_exact_diacritics_rank_exact_hits_first(filled):
    _, backend, _ = filled
    with_marks = urls(search(backend, "cải cách hành chính"))
    without = urls(search(backend, "cai cach hanh chinh"))
    assert with_marks[-1] == "https://example.gov.vn/e/cai-cach"   # the unaccented page comes last
    assert without[0] == "https://example.gov.vn/e/cai-cach"       # ...and first when typed unaccented
    assert set(with_marks) == set(without)


def test_d_with_stroke_folds_to_d(filled):
    _, backend, _ = filled
    assert urls(search(backend, "dong thap")) == ["https://dongthap.gov.vn/c/88"]
    assert urls(search(backend, "Đồng Tháp")) == ["https://dongthap.gov.vn/c/88"]


def test_phrase_query_needs_words_in_order(filled):
    _, backend, _ = filled
    assert urls(search(backend, '"dịch vụ công trực tuyến"'))
    assert not urls(search(backend, '"trực tuyến dịch vụ công"'))


def test_document_number_finds_its_pages(filled):
    _, backend, _ = filled
    assert urls(search(backend, "165/KH-UBND")) == ["https://haillang.quangtri.gov.vn/b/145"]


def test_excluded_words(filled):
    _, backend, _ = filled
    assert "https://tiengiang.gov.vn/a/252" not in urls(search(backend, "cải cách -tiền"))


def test_filters_ignore_case_and_diacritics(filled):
    _, backend, _ = filled
    r = search(backend, "", province="tien giang")
    assert set(urls(r)) == {"https://tiengiang.gov.vn/a/252", "https://example.gov.vn/e/cai-cach"}
    assert urls(search(backend, "", index="sipas")) == ["https://haillang.quangtri.gov.vn/b/145"]
    assert urls(search(backend, "", issuer="huyện hải lăng")) == ["https://haillang.quangtri.gov.vn/b/145"]
    assert urls(search(backend, "", type="ke hoach", date_from="2023-01-01")) == ["https://haillang.quangtri.gov.vn/b/145"]


def test_facets_count_the_whole_match_set(filled):
    _, backend, _ = filled
    r = search(backend, "", size=1)
    assert r.total == 5 and len(r.hits) == 1
    provinces = {f.value: f.count for f in r.facets["province"]}
    assert provinces == {"Tiền Giang": 2, "Quảng Trị": 1, "Đồng Tháp": 1, "Bạc Liêu": 1}
    assert {f.value: f.count for f in r.facets["index"]}["PAR INDEX"] == 2
    assert {f.value for f in r.facets["year"]} == {"2018", "2023", "2024", "2021", "2022"}


def test_pagination_walks_every_hit_once(filled):
    _, backend, _ = filled
    pages = [urls(search(backend, "", size=2, page=p)) for p in (1, 2, 3)]
    flat = [u for p in pages for u in p]
    assert len(flat) == 5 and len(set(flat)) == 5
    assert urls(search(backend, "", size=2, page=4)) == []


def test_sort_by_date_newest_first(filled):
    _, backend, _ = filled
    dates = [h.date for h in search(backend, "", sort="date").hits]
    assert dates == sorted(dates, reverse=True)


def test_query_syntax_characters_are_words_not_errors(filled):
    _, backend, _ = filled
    for q in ['"', "AND OR NOT", "NEAR(", "a*", "{title}:", "(((", "-", '"unclosed phrase']:
        search(backend, q)  # must not raise
