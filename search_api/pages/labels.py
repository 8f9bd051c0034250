"""Vietnamese labels for the pages (one place, so wording stays consistent)."""
from __future__ import annotations

VERDICTS = {
    "met": ("Đạt", "✓"),
    "late": ("Trễ hạn", "!"),
    "missing": ("Thiếu", "✗"),
    "unclear": ("Chưa rõ", "?"),
}

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
    "based_on": "căn cứ",
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


def year_fit(how: str | None) -> str:
    """evidence's year-fit note in Vietnamese (kept as is when not recognised)."""
    import re

    h = how or ""
    for pat, rep in ((r"^names the year (\d{4})$", r"nêu năm \1"),
                     (r"^does not name the year; dated (.+)$", r"không nêu năm; đề ngày \1"),
                     (r"^is for (.+)$", r"dành cho năm \1"),
                     (r"^reports on (.+)$", r"báo cáo năm \1"),
                     (r"^dated (.+)$", r"đề ngày \1"),
                     (r"^issued (.+)$", r"ban hành \1"),
                     (r"^posted (.+)$", r"đăng \1")):
        if re.match(pat, h):
            return re.sub(pat, rep, h).replace(", not in ", ", không thuộc năm ")
    return h


_SOURCE = {"accepted by an appraiser": "đã được thẩm định viên chấp nhận", "mapped": "ánh xạ tự động"}


def _when_vi(when: str) -> str:
    return "trước khi năm bắt đầu" if when == "before the year began" else when.replace("by ", "trước ngày ", 1)


def _label_vi(label: str) -> str:
    return "văn bản " + label[len("document "):] if label.startswith("document ") else label


def reason(text: str | None) -> str:
    """evidence's verdict reason in Vietnamese (kept as is when not recognised)."""
    import re

    r = text or ""
    rules = (
        (r"^possible evidence only: (.+) \(score ([\d.]+), below ([\d.]+)\); review it$",
         lambda m: f"chỉ có văn bản có thể là minh chứng: {_label_vi(m[1])} (điểm {m[2]}, dưới ngưỡng {m[3]}); "
                   "cần thẩm định"),
        (r"^no document for (\d{4}); (.+?) ((?:names|does not name|is for|reports on|dated|issued|posted) .+)$",
         lambda m: f"không có văn bản cho năm {m[1]}; {_label_vi(m[2])} {year_fit(m[3])}"),
        (r"^no published document of the province matches (“.*”) for (\d{4})$",
         lambda m: f"chưa có văn bản nào của tỉnh khớp với {m[1]} cho năm {m[2]}"),
        (r"^(.+) issued (\S+), (before the year began|by \S+): on time \((.+)\)$",
         lambda m: f"{_label_vi(m[1])} ban hành {m[2]}, {_when_vi(m[3])}: đúng hạn ({_SOURCE.get(m[4], m[4])})"),
        (r"^(.+) issued (\S+) (.+): on time only if it is the (\d{4}) one; review it$",
         lambda m: f"{_label_vi(m[1])} ban hành {m[2]} ({year_fit(m[3])}): chỉ đúng hạn nếu là văn bản của năm "
                   f"{m[4]}; cần thẩm định"),
        (r"^(.+) issued (\S+), after the deadline (\S+) \((.+)\): late$",
         lambda m: f"{_label_vi(m[1])} ban hành {m[2]}, sau hạn {m[3]} ({_when_vi(m[4])}): trễ hạn"),
        (r"^(.+) matches but its issue date was not read; check the date$",
         lambda m: f"{_label_vi(m[1])} khớp nhưng chưa đọc được ngày ban hành; cần kiểm tra ngày"),
        (r"^(.+) \((accepted by an appraiser|mapped)\) (.+?)(?:, issued (\S+))?$",
         lambda m: f"{_label_vi(m[1])} ({_SOURCE[m[2]]}) {year_fit(m[3])}"
                   + (f", ban hành {m[4]}" if m[4] else "")),
    )
    for pattern, render in rules:
        if m := re.match(pattern, r):
            return render(m)
    return r
