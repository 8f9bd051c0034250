"""The simulator writes TCVN3 with its own table (portal_sim/legacy.py, from the ABC font chart); the
extractor reads it with another (extractors/legacy.py, from glibc). Round trips check one against the other."""
import unicodedata

import pytest

from extractors import legacy
from extractors.normalize import normalize_text
from portal_sim.legacy import TCVN3, cp1258_bytes, to_tcvn3

LOWER = "aăâeêioôơuưy"


def every_lowercase_letter() -> str:
    toned = [unicodedata.normalize("NFC", b + t) for b in LOWER for t in "\u0300\u0309\u0303\u0301\u0323"]
    return " ".join(toned + list("ăâêôơưđ"))


def test_every_abc_code_reads_back_as_the_letter_it_was_written_for():
    wrong = {ch: legacy.tcvn3_to_unicode(chr(b)) for ch, b in TCVN3.items() if legacy.tcvn3_to_unicode(chr(b)) != ch}
    assert wrong == {}


def test_the_table_covers_every_lowercase_vietnamese_letter():
    assert all(ch in TCVN3 for ch in every_lowercase_letter().split())
    assert len(TCVN3) == 12 * 5 + 14


@pytest.mark.parametrize("text", [
    "phụ lục: danh mục thủ tục hành chính được cắt giảm, đơn giản hóa năm 2024",
    "nội dung cải cách hành chính và dịch vụ công trực tuyến toàn trình của tỉnh",
    "ủy ban nhân dân tỉnh tiền giang: kế hoạch số 252/kh-ubnd về chỉ số sipas",
])
def test_sentences_round_trip_through_the_extractor(text):
    encoded = to_tcvn3(text)
    assert encoded != text and all(ord(c) < 256 for c in encoded)
    assert legacy.detect(encoded) == "tcvn3"
    assert normalize_text(encoded) == text


def test_capital_toned_letters_have_no_abc_code_and_stay():
    assert to_tcvn3("Ủy") == "Ủ" + to_tcvn3("y")


def test_cp1258_keeps_tones_as_combining_marks():
    raw = cp1258_bytes("Cải cách hành chính")
    assert raw.decode("cp1258") != "Cải cách hành chính"          # decomposed tones
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Cải cách hành chính"
