"""Vietnamese labels for the pages (one place, so wording stays consistent)."""
from __future__ import annotations

from evidence.words import reason, year_fit  # noqa: F401  (one home for the verdicts' Vietnamese)
from evidence.words import VERDICTS as _VERDICT_WORDS

VERDICTS = {code: (word, icon) for code, (word, icon) in _VERDICT_WORDS.items()}

FACETS = {
    "province": "Tỉnh, thành phố",
    "type": "Loại văn bản",
    "issuer": "Cơ quan ban hành",
    "year": "Năm",
    "index": "Chỉ số",
}

TEXT_METHODS = {
    "pdf-text": "lớp chữ của tệp PDF",
    "text-layer": "lớp chữ của tệp PDF",
    "ocr": "nhận dạng ký tự (OCR) từ bản quét",
    "docx": "đọc tệp Word (DOCX)",
    "docx+tcvn3": "đọc tệp Word (DOCX), chuyển mã TCVN3 sang Unicode",
    "antiword": "đọc tệp Word 97-2003 (antiword)",
    "catdoc": "đọc tệp Word 97-2003 (catdoc)",
    "xlsx": "đọc bảng tính Excel (XLSX)",
    "xls": "đọc bảng tính Excel (XLS)",
}

RELATIONS = {
    "implements": "triển khai thực hiện",
    "cites": "căn cứ",
    "based_on": "căn cứ",         # stored by earlier versions
    "repeals": "bãi bỏ",
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
    "mentions": "nhắc đến",
    "guides": "hướng dẫn",
}

CHANNELS = {"atom": "Nguồn tin Atom", "webhook": "Webhook", "email": "Thư điện tử"}


def text_method(method: str | None) -> str:
    if not method:
        return "không lấy được chữ"
    if method in TEXT_METHODS:
        return TEXT_METHODS[method]
    if method.startswith("html/"):
        return f"tệp HTML mang đuôi .doc (bảng mã {method[5:]})"
    return method


def relation(rel: str | None) -> str:
    return RELATIONS.get(rel or "", rel or "liên quan")


_WHERE = {"title": "tiêu đề", "head": "phần đầu văn bản", "body": "nội dung", "citation": "phần dẫn chiếu"}
_LEVEL = {"province": "tỉnh", "district": "huyện", "commune": "xã", "national": "trung ương", "department": "sở, ngành"}


def _signal_vi(detail: str) -> str:
    import re

    d = re.sub(r"\s*\(rule: .*\)\s*$", "", detail, flags=re.S)     # the rule's regex helps nobody reading
    m = re.match(r"^(\w+) phrase (“.*”)$", d, re.S)
    if m:
        return f"cụm từ {m.group(2)} ở {_WHERE.get(m.group(1), m.group(1))}"
    m = re.match(r"^phrase (“.*”)$", d, re.S)
    if m:
        return f"có cụm từ {m.group(1)}"
    m = re.match(r"^type (.+) is listed$", d)
    if m:
        return f"loại văn bản {m.group(1)} phù hợp"
    m = re.match(r"^type (.+?) not among (.*)$", d)
    if m:
        return f"loại văn bản {m.group(1)} không thuộc loại yêu cầu ({m.group(2)})"
    m = re.match(r"^issued at (\w+) level(.*)$", d)
    if m:
        return f"ban hành ở cấp {_LEVEL.get(m.group(1), m.group(1))}{m.group(2)}"
    m = re.match(r"^names (.+)$", d)
    if m:
        return f"nêu chỉ số {m.group(1)}"
    m = re.match(r"^head names (“.*”): a more specific kind of document$", d)
    if m:
        return f"phần đầu nêu {m.group(1)}: là loại văn bản cụ thể hơn"
    return d


def explanation(signals: list | None, fallback: str | None = None) -> str:
    """The mapping's explanation in Vietnamese, from its signals (English fallback when unknown)."""
    parts = [_signal_vi(s.get("detail") or "") for s in signals or [] if isinstance(s, dict) and s.get("weight")]
    parts = [p for p in parts if p]
    if parts:
        return "; ".join(parts)
    return fallback or ""


