"""CMS family files: every shipped family loads and recognises its own URL shapes; a broken file
is one line naming file and key; the crawler takes a family's article pattern and selectors."""
from __future__ import annotations

import pytest

from crawler.families import FamilyError, guess_family, load_families
from crawler.sources import parse_sources
from crawler.spiders.portal import _merged_selectors, _priority


def test_shipped_families_load():
    fams = load_families()
    assert {"liferay", "sharepoint", "nukeviet", "drupal", "tandan", "custom"} <= set(fams)


@pytest.mark.parametrize("url,family", [
    ("https://binhphuoc.gov.vn/vi/news/tin-tuc-su-kien-421/ke-hoach-37146.html", "nukeviet"),
    ("https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139", "sharepoint"),
    ("http://sonoivu.bacgiang.gov.vn/node/195660?page=6", "drupal"),
    ("https://thangbinh.quangnam.gov.vn/webcenter/portal/thangbinh/pages_tin-tuc/chi-tiet?dDocName=PORTAL472473", "webcenter"),
    ("https://www.dienbien.gov.vn/portal/Pages/Tin-chi-dao-dieu-hanh.aspx", "tandan"),
    ("http://tttt.gialai.gov.vn/index.php?option=com_content&view=category&layout=blog&id=95&Itemid=119", "joomla"),
    ("https://www.cantho.gov.vn/wps/portal/!ut/p/z0/abc", "websphere"),
])
def test_guess_from_url_seen_in_the_registry(url, family):
    assert guess_family(url) == family


def test_generator_meta_beats_url(tmp_path):
    html = '<html><head><meta name="generator" content="NukeViet v4.5"></head><body></body></html>'
    assert guess_family("https://hcc.nghean.gov.vn/", html) == "nukeviet"


def test_bad_family_file_is_one_line(tmp_path):
    (tmp_path / "x.yaml").write_text("family: x\nlisting: '('\n", encoding="utf-8")
    with pytest.raises(FamilyError) as e:
        load_families(tmp_path)
    assert str(e.value).startswith(f"{tmp_path / 'x.yaml'}: listing") and "\n" not in str(e.value)
    (tmp_path / "x.yaml").write_text("family: y\n", encoding="utf-8")
    with pytest.raises(FamilyError, match="differs from the file name"):
        load_families(tmp_path)


def test_source_inherits_family_rules():
    s = parse_sources("sources:\n  - {id: d, name: D, base_url: 'https://dienbien.gov.vn', cms: tandan,"
                      " selectors: {title: 'h1.x'}}\n")[0]
    assert s.effective_article_pattern() == s.family().article
    sel = _merged_selectors(s, s.family())
    assert sel["title"] == "h1.x" and "tandan-content-view" in sel["body"]


def test_denser_sources_first_within_a_kind():
    a, b = parse_sources("sources:\n  - {id: a, name: A, base_url: 'https://a.gov.vn', priority: 1}\n"
                         "  - {id: b, name: B, base_url: 'https://b.gov.vn', priority: 5}\n")
    assert _priority("listing", a) > _priority("listing", b) > _priority("article", a)
    assert _priority("file", b) > _priority("listing", a)
