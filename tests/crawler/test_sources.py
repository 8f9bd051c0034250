from pathlib import Path

import pytest

from crawler.sources import SourceError, load_sources, parse_sources

REPO = Path(__file__).resolve().parents[2]


def test_registry_loads():
    sources = load_sources(REPO / "crawler" / "sources")
    assert sources
    assert all(s.base_url.startswith("http") for s in sources)


@pytest.mark.parametrize("body,msg", [
    ("sources:\n  - {id: a, name: A, base_url: 'not a url'}\n", "sources[0].base_url: not a URL"),
    ("sources:\n  - {id: a, name: A, base_url: 'https://a.gov.vn', colour: red}\n", "sources[0].colour: unknown key"),
    ("sources:\n  - {id: a, base_url: 'https://a.gov.vn'}\n", "sources[0].name: required"),
    ("sources:\n  - {id: a, name: A, base_url: 'https://a.gov.vn'}\n  - {id: b, name: B, base_url: 'https://b.gov.vn',"
     " limits: {max_depth: -1}}\n", "sources[1].limits.max_depth"),
    ("sources:\n  - {id: a, name: A, base_url: 'https://a.gov.vn', status: archive}\n", "merged_into"),
    ("sources: [\n", "not valid YAML"),
])
def test_errors_name_file_and_key(tmp_path, body, msg):
    f = tmp_path / "x.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(SourceError) as e:
        load_sources(tmp_path)
    text = str(e.value)
    assert text.startswith(f"{f}: ") and msg in text and "\n" not in text


def test_duplicate_ids(tmp_path):
    (tmp_path / "a.yaml").write_text("sources:\n  - {id: a, name: A, base_url: 'https://a.gov.vn'}\n")
    (tmp_path / "b.yaml").write_text("sources:\n  - {id: a, name: A2, base_url: 'https://a2.gov.vn'}\n")
    with pytest.raises(SourceError, match="duplicate id 'a'"):
        load_sources(tmp_path)


def test_to_source():
    s = parse_sources("sources:\n  - {id: tg, name: TG, province: Đồng Tháp, base_url: 'https://tiengiang.gov.vn',"
                      " status: archive, merged_into: Đồng Tháp, cms: liferay}\n")[0]
    src = s.to_source()
    assert src.id == "tg" and src.province == "Đồng Tháp" and src.data["merged_into"] == "Đồng Tháp"
    assert src.base_url == "https://tiengiang.gov.vn/"
