"""Seventeenth pass (issue 15, map19; both off by default): levers for the wrong tops from another domain —
the page's domain read first (a learned lexicon per domain) and two more kinds of work (digitise, delegate)
in the page action x criterion kind features."""
import pytest

from extractors.criteria import ranker as _ranker
from extractors.criteria import train
from extractors.criteria.learned import Learned, domain_features, domain_pages, grams
from extractors.criteria.mapping import prepare
from extractors.criteria.ranker import Ranker, actions
from extractors.models import Linear

pytest.importorskip("sklearn")

BUDGET = "nghị quyết dự toán thu chi ngân sách địa phương phân bổ vốn"
INVEST = "kế hoạch đầu tư công vốn ngân sách giải ngân các dự án"
RESULT = "kết quả phát triển kinh tế xã hội tăng trưởng GRDP thu ngân sách"
PROCEDURE = "công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết"
DOMAIN = {"6.1": "6", "6.3": "6", "8.2": "8", "3.1": "3"}


def _page(words: str, pos: list[str], province: str):
    return grams(prepare(words, "").folded), pos, [], province


def _pages():
    pages = [_page(f"{BUDGET} tỉnh {p}", ["6.1"], p) for p in "AB"]
    pages += [_page(f"{INVEST} tỉnh {p}", ["6.3"], p) for p in "CD"]      # a sibling's pages, pooled
    pages += [_page(f"{RESULT} tỉnh {p}", ["8.2"], p) for p in "ABC"]
    pages += [_page(f"{PROCEDURE} tỉnh {p}", ["3.1"], p) for p in "ABC"]
    return pages


def test_domain_pages_are_positive_for_the_domain_of_any_of_their_criteria():
    pages = domain_pages([_page("x", ["6.1", "6.3", "8.2"], "A"), _page("y", [], "B")], DOMAIN)
    assert [p[1] for p in pages] == [["6", "8"], []] and pages[0][3] == "A" and pages[1][2] == []


def test_the_domain_lexicon_pools_the_siblings_pages():
    dl = Learned.fit(domain_pages(_pages(), DOMAIN))
    # two 6.1 pages alone are too few for a criterion's vector; with 6.3's the domain has four
    assert "6.1" not in Learned.fit(_pages()).vecs and "6" in dl.vecs
    assert dl.vecs["6"]["ngan_sach"] > 0 and dl.vecs["6"].get("ket_qua", 0.0) <= 0
    budget = dl.scores(grams(prepare("Nghị quyết phân bổ dự toán ngân sách năm 2025", "").folded))
    result = dl.scores(grams(prepare("Kết quả phát triển kinh tế xã hội năm 2024", "").folded))
    assert budget["6"] > budget["8"] and result["8"] > result["6"]


def test_domain_features_give_each_pair_its_domains_score_and_lead():
    f = domain_features({"6": 1.5, "8": 0.5, "3": -0.2}, ["6.1", "6.3", "8.2", "3.1", "7.4"], {**DOMAIN, "7.4": "7"})
    assert f[0] == f[1] == {"pdom": 1.5, "pdom_lead": 1.0, "pdom_top": 1.0}
    assert f[2] == {"pdom": 0.5, "pdom_lead": -1.0, "pdom_top": 0.0}
    assert f[3]["pdom_lead"] == pytest.approx(-1.7) and f[4] == {"pdom_none": 1.0}


def test_the_order_model_never_reads_the_domain_flag_and_order_only_keeps_the_confidence_model_off_them(monkeypatch):
    rows = [("6.1", {"pdom": 1.5, "pdom_lead": 1.0, "pdom_top": 1.0, "sim": 0.2, "rule_top": 1.0}, 1)]
    assert train._without_flags(rows) == [("6.1", {"pdom": 1.5, "pdom_lead": 1.0, "sim": 0.2}, 1)]
    assert train._confidence_rows(rows) is rows
    monkeypatch.setattr(train, "DOMAIN_ORDER_ONLY", True)
    assert train._confidence_rows(rows) == [("6.1", {"sim": 0.2, "rule_top": 1.0}, 1)]


def test_domain_grams_count_the_subject_lead_again_only_in_lead_mode():
    doc = prepare("UBND tỉnh vừa ban hành kế hoạch số hóa kết quả giải quyết thủ tục hành chính theo Nghị định 45",
                  "Kế hoạch số hóa kết quả giải quyết thủ tục hành chính năm 2025")
    page, lead = _ranker.domain_grams(doc, "page"), _ranker.domain_grams(doc, "lead")
    assert lead["so_hoa"] == page["so_hoa"] + 1 and lead["nghi_dinh"] == page["nghi_dinh"] == 1


def test_the_domain_lexicon_round_trips_and_reaches_the_mappers_features():
    from extractors.criteria import catalogs, map_catalogs
    cats = [c for c in catalogs() if c.in_force(2024) and c.index in ("PAR INDEX", "OTHER")]
    lex = _ranker.lexicon(cats)
    dl = Learned.fit(domain_pages(_pages(), lex.domain))
    r = Ranker(Linear({"pdom_lead": 3.0}, -1.0), 0.5, 0.1, order=(Linear({"pdom_lead": 3.0}, -1.0), 0.01))
    r.domains, r.domain_mode = dl, "lead"
    again = Ranker.from_json(r.to_json())
    assert again.domains.vecs.keys() == dl.vecs.keys() and again.domain_mode == "lead"
    assert Ranker.from_json(Ranker(Linear({}, 0.0), 0.5, 0.1).to_json()).domains is None
    text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN\nNGHỊ QUYẾT\nPhân bổ dự toán thu chi ngân sách địa phương năm 2025"
    maps = {m.criterion_id: m for m in map_catalogs(text, "", None, catalogs=cats, ranker=again)}
    assert maps["6.1"].score > maps["8.2"].score and maps["6.1"].score > maps["3.1"].score
    feats = _ranker.features(prepare(text, ""), list(maps.values()), lex, None, None, None, None, dl, "page")
    assert all("pdom" in f or "pdom_none" in f for f in feats)


@pytest.mark.parametrize("text, kind", [
    ("ke hoach so hoa ket qua giai quyet thu tuc hanh chinh", "digitise"),
    ("tiep nhan ho so truc tuyen qua cong dich vu cong", "digitise"),
    ("xay dung chinh quyen dien tu nam 2024", "digitise"),
    ("quyet dinh uy quyen cho giam doc so giai quyet thu tuc", "delegate"),
    ("quy dinh phan cap quan ly to chuc bo may", "delegate"),
])
def test_more_actions_read_digitising_and_delegating_only_when_on(monkeypatch, text, kind):
    assert kind not in actions(text)
    monkeypatch.setattr(_ranker, "USE_MORE_ACTIONS", True)
    assert kind in actions(text)
    assert "delegate" not in actions("cap nhat so lieu dien bien") and "digitise" not in actions("so hoach dinh")


def test_with_more_actions_the_criteria_of_domains_4_and_7_ask_for_them(monkeypatch):
    from extractors.criteria import evaluate as ev
    monkeypatch.setattr(_ranker, "USE_MORE_ACTIONS", True)
    targets = [t for c in ev.label_catalogs() for t in c.mapping_targets()]
    acts = _ranker.Lexicon(targets).acts
    assert "digitise" in acts["7.4"] and "digitise" in acts["7.3"] and "delegate" in acts["4.3"]
    assert not acts["3.1"] & {"digitise", "delegate"} and not acts["6.1"] & {"digitise", "delegate"}
