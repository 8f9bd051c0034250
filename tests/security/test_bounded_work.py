"""Bounded work on attacker-controlled text: snippets, extraction and `parwatch extract` stay
linear or refuse, whatever a crawled page holds. Budgets here are 10-20x above the measured cost,
or ratios of CPU time at two sizes, so they catch a quadratic regression without timing normal work."""
from __future__ import annotations

import time

from extractors.facts import MAX_CHARS, extract_facts
from store.snippets import make_snippet


def _seconds(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def test_snippet_of_a_page_repeating_the_query_term_ten_thousand_times_is_linear():
    text = "cải cách " * 10_000          # 90 KB: took 6 s per search with the quadratic window search
    assert _seconds(lambda: make_snippet(text, ["cai", "cach"])) < 1.0
    assert "<mark>" in make_snippet(text, ["cai", "cach"])


def _extract_cpu(text: str) -> float:
    t = time.process_time()
    extract_facts(text)
    return time.process_time() - t


def test_extraction_of_thousands_of_valued_lines_is_linear():
    # CPU time of 4x the lines: about 4x when linear, 16x when quadratic (4,000 lines took 20 s
    # before the bounds). A ratio, not a wall-clock budget: every value now carries more features.
    def cpu(n: int) -> float:
        return _extract_cpu("\n".join("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 95,5%." for _ in range(n)))
    cpu(50)                                       # models loaded, regexes compiled
    assert cpu(4000) < 8 * cpu(1000) + 0.2


def test_extraction_of_one_endless_paragraph_of_values_is_linear():
    # one sentence, one paragraph: each value is read in a bounded window around it. CPU time
    # of 4x the values: about 4x when linear, 16x when quadratic (it was, before the bounds).
    def cpu(n: int) -> float:
        return _extract_cpu("; ".join("tỷ lệ hồ sơ trực tuyến năm 2023 đạt 95,5%" for _ in range(n)) + ".")
    cpu(50)                                       # models loaded, regexes compiled
    assert cpu(800) < 8 * cpu(200) + 0.2


def test_text_over_the_size_budget_is_read_from_its_beginning_and_flagged():
    head = "Kế hoạch số 252/KH-UBND ngày 19/9/2018 của UBND tỉnh Tiền Giang về cải cách hành chính.\n"
    facts = extract_facts(head + "x " * MAX_CHARS)
    assert facts.truncated
    assert [r.number for r in facts.doc_refs] == ["252/KH-UBND"]
    assert facts.to_dict()["truncated"] is True
    assert extract_facts(head).truncated is False


def test_extract_command_refuses_a_huge_file_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from parwatch.cli import app
    from parwatch.extract_cmd import MAX_FILE_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)   # sparse: no disk used
    r = CliRunner().invoke(app, ["extract", str(big)])
    assert r.exit_code == 2
    assert "big.txt" in r.output and "MB" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_search_output_shows_hostile_titles_as_text(tmp_path):
    from typer.testing import CliRunner

    from parwatch.cli import app
    from store.ingest import sync_index
    from store.sqlite import Store
    from store.tantivy_backend import TantivyBackend
    from tests.conftest import make_doc

    store = Store(tmp_path / "s.sqlite")
    hostile = "Kế hoạch [/] cải cách \x1b]0;pwned\x07 [bold]x"
    store.upsert_document(make_doc({"url": "http://x.gov.vn/a", "title": hostile, "published": "2024-01-02",
                                    "text": "Kế hoạch cải cách hành chính năm 2024.\x1b[2J", "facts": {}}))
    sync_index(store, TantivyBackend(store.path.with_suffix(".tantivy")))   # the CLI's default backend
    r = CliRunner().invoke(app, ["search", "cải cách", "--store", str(store.path)])
    assert r.exit_code == 0, r.output
    assert "[/]" in r.output and "[bold]x" in r.output
    assert "\x1b" not in r.output and "\x07" not in r.output


def test_control_characters_are_stripped_at_the_door():
    from tests.conftest import make_doc

    doc = make_doc({"url": "http://x.gov.vn/a", "title": "Tiêu đề\x1b[31m đỏ", "published": "2024-01-02",
                    "text": "Dòng một\nDòng hai\x00\x07", "facts": {}})
    assert doc.title == "Tiêu đề[31m đỏ" and doc.text == "Dòng một\nDòng hai"
