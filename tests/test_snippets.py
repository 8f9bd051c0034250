"""store.snippets matches folded query words against every spelling in the text: upper case,
Vietnamese letters, other accented Latin letters, whole words only."""
from store.query import parse_query
from store.snippets import highlight, make_snippet


def test_folded_words_mark_every_spelling_as_whole_words():
    text = "ĐỒNG THÁP: Đồng bộ, dong, đóng góp; Café ở Cafés; tồn đọng."
    assert highlight(text, parse_query("dong")) == (
        "<mark>ĐỒNG</mark> THÁP: <mark>Đồng</mark> bộ, <mark>dong</mark>, <mark>đóng</mark> góp; Café ở Cafés; "
        "tồn <mark>đọng</mark>.")
    assert highlight(text, parse_query("cafe")) == text.replace("Café ", "<mark>Café</mark> ", 1)
    assert highlight(text, parse_query("ĐỒNG THÁP")).startswith("<mark>ĐỒNG THÁP</mark>:")


def test_a_snippet_marks_the_phrase_whole_and_escapes_the_rest():
    text = "Mở đầu <b>. " + "Khác. " * 50 + "Thực hiện cải cách hành chính năm 2025 & sau đó."
    out = make_snippet(text, parse_query("cai cach hanh chinh"))
    assert "<mark>cải cách hành chính</mark>" in out and "&amp;" in out and out.startswith("…")
