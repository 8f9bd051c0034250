import shutil
from pathlib import Path

import pytest

from extractors.criteria import CatalogError, catalog_for, catalogs, find_criterion, load_catalogs
from extractors.criteria.catalog import CATALOG_DIR


def test_catalogs_load_and_cover_the_years():
    ids = {c.id for c in catalogs()}
    assert {"par_index_876", "par_index_1150", "par_index_2948", "other_indices"} <= ids
    assert catalog_for(2018).id == "par_index_2948"
    assert catalog_for(2022).id == "par_index_876"
    assert catalog_for(2024).id == "par_index_1150"
    assert catalog_for(2010) is None


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
            "par_index_1150": (36, 2), "other_indices": (5, 0)}
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
    (folder / "par_index_1150.yaml").write_text(
        (folder / "par_index_1150.yaml").read_text(encoding="utf-8").replace("to_year: null", "to_year: 2025"),
        encoding="utf-8")
    (folder / "par_index_2026.yaml").write_text(
        "schema: parwatch.criteria/1\nid: par_index_2026\nextends: par_index_1150\nindex: PAR INDEX\n"
        "name: test\nversion: {decision: 'X/QĐ-BNV'}\napplies: {from_year: 2026}\n"
        "criterion_overrides:\n  '1.1': {name: 'Kế hoạch CCHC năm (2026)'}\n", encoding="utf-8")
    cats = {c.id: c for c in load_catalogs(folder)}
    assert cats["par_index_2026"].criterion("1.1").name == "Kế hoạch CCHC năm (2026)"
    overlap = folder / "par_index_2026.yaml"
    overlap.write_text(overlap.read_text(encoding="utf-8").replace("from_year: 2026", "from_year: 2025"), encoding="utf-8")
    with pytest.raises(CatalogError, match="par_index_2026.yaml: applies.from_year: PAR INDEX years overlap"):
        load_catalogs(folder)
