import shutil
from pathlib import Path

import pytest

from extractors.criteria import CatalogError, catalog_for, catalogs, find_criterion, load_catalogs
from extractors.criteria.catalog import CATALOG_DIR


def test_catalogs_load_and_cover_the_years():
    ids = {c.id for c in catalogs()}
    assert {"par_index_876", "par_index_1150", "par_index_2948", "par_index_2024", "other_indices"} <= ids
    # 2948 (28/12/2017) for 2017 and, for want of 2636's table, 2018; 1150 (30/12/2019) for 2019;
    # 1149 for 2020-2021; 876 for 2022-2023; the 2024 set, decision not found, from 2024
    assert [catalog_for(y).id for y in range(2017, 2027)] == [
        "par_index_2948", "par_index_2948", "par_index_1150", "par_index_1149", "par_index_1149",
        "par_index_876", "par_index_876", "par_index_2024", "par_index_2024", "par_index_2024"]
    assert catalog_for(2010) is None and catalog_for(2016) is None


def test_each_year_is_told_which_decision_and_how_sure():
    """The page prints the decision and the catalog's caveat: no year may claim a decision it was not
    assessed under without saying so."""
    for y in range(2017, 2027):
        c = catalog_for(y)
        assert c.model.applies_inferred == (y not in (2020, 2021, 2022, 2023)), y
        assert (c.model.caveat is None) == (not c.model.applies_inferred), y
    assert catalog_for(2024).model.version.decision is None and "chưa tìm thấy" in catalog_for(2024).model.caveat
    assert catalog_for(2024).summary()["caveat"] == catalog_for(2024).model.caveat
    v1150 = catalog_for(2019).model.version
    assert (v1150.decision, v1150.date) == ("1150/QĐ-BNV", "2019-12-30")
    assert "2636/QĐ-BNV" in catalog_for(2018).model.caveat
    assert "danangbus_indices" in catalog_for(2019).model.sources and "danangbus_indices" in catalog_for(2018).model.sources


def test_redating_1150_kept_every_year_mapped_as_before():
    """2019 moved from 2948 to 1150 and 2024- from 1150 to par_index_2024: the criteria and their rules
    stay those the mapper used (2019 as under 2948: no 4.4, the 2011-2020 plans excluded from 1.1)."""
    rules = lambda y: {t.id: (t.name, t.rule, t.points) for t in catalog_for(y).mapping_targets()}
    assert rules(2019) == rules(2018) and catalog_for(2019).criterion("4.4") is None
    assert "giai đoạn 2011 - 2020" in catalog_for(2019).criterion("1.1").rule.exclude_phrases
    assert rules(2024) == rules(2023)
    # what was sourced for PAR 2017 (points, topics) is not shown for 2019; 1150's own names are
    assert catalog_for(2019).criterion("3.1").sourced is None and catalog_for(2019).criterion("3.1").domain_points is None
    assert catalog_for(2019).criterion("7.1").domain_name == "Hiện đại hóa hành chính"
    d5 = next(d for d in catalog_for(2019).model.domains if d.id == "5")
    assert not d5.inferred and d5.source_refs == ["pyict_phuyen_indices"]


def test_version_files_extend_and_override():
    c2017 = catalog_for(2017)
    d2 = next(d for d in c2017.model.domains if d.id == "2")
    assert d2.name.startswith("Xây dựng và tổ chức thực hiện văn bản quy phạm") and d2.max_points == 10.0
    assert c2017.criterion("4.4") is None and catalog_for(2023).criterion("4.4") is not None
    assert catalog_for(2024).criterion("1.1").rule.deadline.rule == "before_year_start"


def test_sub_criterion_falls_back_to_parent_rule():
    cat, t = find_criterion("1.1.1", 2024)
    assert t.parent_id == "1.1" and t.rule == cat.criterion("1.1").rule


def test_every_criterion_keeps_honest_markers():
    for c in catalogs():
        for d in c.model.domains:
            for crit in d.criteria:
                assert crit.inferred or crit.confidence is None  # inferred items carry a confidence
                if crit.inferred:
                    assert crit.confidence in ("high", "medium", "low")


def test_sourced_counts_match_the_docs():
    """docs/criteria.md gives, per catalog version, how many criteria are sourced (topic) and
    how many stay inferred; the catalogs must say the same."""
    want = {"par_index_2948": (35, 9), "par_index_1149": (36, 2), "par_index_876": (36, 2),
            "par_index_1150": (35, 0), "par_index_2024": (36, 2), "other_indices": (5, 0)}
    for c in catalogs():
        crits = [t for t in c.mapping_targets() if t.parent_id is None]
        assert (len(crits), sum(1 for t in crits if t.sourced)) == want[c.id], c.id
        for t in crits:
            assert (t.caveat is None) == (t.sourced == "official")
            assert not t.sourced or all(u.startswith("http") for u in t.citations) and t.citations
    t = catalog_for(2018).criterion("3.1")
    assert t.sourced == "topic" and "chi-thi-18-ct-ubnd" in t.citations[0] and t.domain_points == 14.5
    # each version cites its own year's source; one version's source must not leak into those extending it
    assert "ninhthuan" in catalog_for(2022).criterion("8.2").citations[0]
    assert catalog_for(2021).criterion("8.2").citations == ("http://211.88.39.63/article/gb/tjsj/202106/549782.html",)
    assert catalog_for(2018).criterion("8.1").sourced is None and catalog_for(2018).criterion("8.2").sourced is None
    assert catalog_for(2024).criterion("8.1").sourced == "topic" and "doanhnghieptiepthi" in catalog_for(2024).criterion("8.1").citations[0]
    # domain maxima sourced for PAR 2022/2023 (876) are shown for 2022-2023 only
    assert [catalog_for(2023).criterion(c).domain_points for c in ("3.1", "4.1", "5.1", "7.1")] == [13.0, 10.5, 15.0, 13.5]
    assert catalog_for(2021).criterion("3.1").domain_points is None and catalog_for(2024).criterion("5.1").domain_points is None
    # sub-criterion wording read in a source (inferred: false): the PAR 2017 items quoted by Thanh
    # Hóa's Chỉ thị 18/CT-UBND, in 2948 only (session 10)
    read = {c.id: sum(1 for d in c.model.domains for k in d.criteria for s in k.sub_criteria if not s.inferred)
            for c in catalogs()}
    assert read == {"par_index_2948": 9, "par_index_1149": 0, "par_index_876": 0, "par_index_1150": 0,
                    "par_index_2024": 0, "other_indices": 0}


def test_wording_read_in_a_source_reaches_the_mapper_of_its_version_only():
    """What the ranker compares a page with (name, sub-criteria names, phrases) takes in the sourced
    wording; a version's quoted sub-criteria do not leak into the versions beside it."""
    from extractors.criteria.ranker import _sub_names, criterion_text
    text = lambda y, cid: criterion_text(catalog_for(y).criterion(cid), _sub_names(catalog_for(y))[cid])
    assert "so luong don vi su nghiep cong lap tu dam bao mot phan kinh phi" in text(2017, "6.2")
    assert "co cau lanh dao co quan hanh chinh" in text(2018, "4.1")
    assert all("mot phan kinh phi" not in text(y, "6.2") for y in (2019, 2021, 2023, 2024))
    sub = catalog_for(2017).criterion("6.2.1")
    assert sub.parent_id == "6.2" and not sub.inferred
    assert catalog_for(2017).criterion("3.3.3").name.startswith("Việc tiếp nhận và giải quyết")
    assert catalog_for(2023).criterion("3.3.3").name.startswith("Tiếp nhận, trả kết quả")   # 876's, inferred
    # what the labelled pairs are scored against (876) is unchanged: the shipped ranker stays valid
    assert "mot phan kinh phi" not in text(2022, "6.2") and "tác động đến phát triển kinh tế - xã hội" \
        not in catalog_for(2023).criterion("8.2").rule.phrases


def _copy(tmp_path) -> Path:
    dst = tmp_path / "cat"
    shutil.copytree(CATALOG_DIR, dst)
    return dst


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.replace("year_rule: plan_for_year", "year_rule: someday", 1),
     "par_index_876.yaml: domains[0].criteria[0].evidence.year_rule"),
    (lambda s: s.replace('id: "1.2"', 'id: "1.1"', 1), "par_index_876.yaml: domains[0].criteria[1].id: duplicate"),
    (lambda s: s.replace("schema: parwatch.criteria/1", "schema: other", 1), "par_index_876.yaml: schema"),
    (lambda s: s + "\n  bad: [unclosed\n", "par_index_876.yaml: not valid YAML"),
    (lambda s: s.replace('"re:ke hoach (thuc hien )', '"re:ke hoach ((thuc hien )', 1), "bad regular expression"),
    (lambda s: s.replace('        name: "Kế hoạch cải cách hành chính năm"\n',
                         '        name: "Kế hoạch cải cách hành chính năm"\n        sourced: topic\n        source_refs: [nowhere]\n', 1),
     "par_index_876.yaml: domains[0].criteria[0].source_refs: 'nowhere' is not in sources"),
    (lambda s: s.replace('        name: "Kế hoạch cải cách hành chính năm"\n',
                         '        name: "Kế hoạch cải cách hành chính năm"\n        sourced: official\n        source_refs: [bonoivu_cls_2948]\n', 1),
     "official wording cannot be inferred"),
])
def test_loader_errors_name_file_and_key(tmp_path, edit, message):
    folder = _copy(tmp_path)
    f = folder / "par_index_876.yaml"
    f.write_text(edit(f.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        load_catalogs(folder)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_new_version_is_a_new_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "par_index_2024.yaml").write_text(
        (folder / "par_index_2024.yaml").read_text(encoding="utf-8").replace("to_year: null", "to_year: 2025"),
        encoding="utf-8")
    (folder / "par_index_2026.yaml").write_text(
        "schema: parwatch.criteria/1\nid: par_index_2026\nextends: par_index_2024\nindex: PAR INDEX\n"
        "name: test\nversion: {decision: 'X/QĐ-BNV'}\napplies: {from_year: 2026}\n"
        "criterion_overrides:\n  '1.1': {name: 'Kế hoạch CCHC năm (2026)'}\n", encoding="utf-8")
    cats = {c.id: c for c in load_catalogs(folder)}
    assert cats["par_index_2026"].criterion("1.1").name == "Kế hoạch CCHC năm (2026)"
    assert cats["par_index_2026"].model.caveat is None    # the base's caveat is about the base's decision
    overlap = folder / "par_index_2026.yaml"
    overlap.write_text(overlap.read_text(encoding="utf-8").replace("from_year: 2026", "from_year: 2025"), encoding="utf-8")
    with pytest.raises(CatalogError, match="par_index_2026.yaml: applies.from_year: PAR INDEX years overlap"):
        load_catalogs(folder)


def test_evidence_page_names_each_years_decision(world):
    """The matrix page prints the catalog's decision and caveat: 2024 must not claim 1150 (2019)."""
    from fastapi.testclient import TestClient

    from parwatch.settings import load_settings
    from search_api.app import create_app
    store, _, _ = world
    with TestClient(create_app(load_settings(store=store.path))) as c:
        page = lambda y: c.get("/minh-chung", params={"province": "Tiền Giang", "year": y}).text
        p2024, p2019, p2018 = page(2024), page(2019), page(2018)
    assert "(chưa tìm thấy số quyết định)" in p2024 and "1150" not in p2024 and "Số và ngày của quyết định" in p2024
    assert "(1150/QĐ-BNV)" in p2019 and "PAR INDEX 2019" in p2019
    assert "(2948/QĐ-BNV)" in p2018 and "2636/QĐ-BNV" in p2018
