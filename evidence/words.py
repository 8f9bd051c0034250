"""The evidence service's words in Vietnamese: verdicts, year-fit notes and verdict reasons.
One home, used by the pages, the exports and the CLI (the API keeps its English sentences)."""
from __future__ import annotations

import re

VERDICTS = {                       # code -> (word, icon)
    "met": ("Đạt", "✓"),
    "late": ("Trễ hạn", "!"),
    "missing": ("Thiếu", "✗"),
    "unclear": ("Chưa rõ", "?"),
    "no_data": ("Không đủ dữ liệu", "—"),
}
VERDICT_ORDER = ("met", "late", "unclear", "missing", "no_data")


def verdict_word(code: str) -> str:
    return VERDICTS.get(code, (code, ""))[0]


def year_fit(how: str | None) -> str:
    """evidence's year-fit note in Vietnamese (kept as is when not recognised)."""
    h = how or ""
    for pat, rep in ((r"^names the year (\d{4})$", r"nêu năm \1"),
                     (r"^does not name the year; dated (.+)$", r"không nêu năm; đề ngày \1"),
                     (r"^covers the period (\d{4})-(\d{4})$", r"thuộc giai đoạn \1 - \2"),
                     (r"^is for the period (\d{4})-(\d{4})$", r"dành cho giai đoạn \1 - \2"),
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


def _pct(score: str) -> str:
    """A match score (0-1) as the confidence it is, never as "điểm" (PAR INDEX points)."""
    return f"{round(float(score) * 100)}%"


def _coverage_vi(note: str) -> str:
    note = note.replace("no source of the province is configured and no document of it was collected",
                        "chưa cấu hình nguồn nào của tỉnh và chưa thu được văn bản nào")
    note = re.sub(r"^(\d+) of (\d+) sources crawled successfully for the window",
                  r"thu thập thành công \1/\2 nguồn trong khoảng thời gian xét", note)
    return (note.replace("never crawled", "chưa từng thu thập").replace("unreachable", "không truy cập được")
            .replace("blocked by a bot wall", "bị chặn (tường chống bot)").replace("refused", "bị từ chối")
            .replace("no page read", "không đọc được trang nào"))


def reason(text: str | None) -> str:
    """evidence's verdict reason in Vietnamese (kept as is when not recognised)."""
    r = text or ""
    rules = (
        (r"^possible evidence only: (.+) \(score ([\d.]+), below ([\d.]+)\); review it$",
         lambda m: f"chỉ có văn bản có thể là minh chứng: {_label_vi(m[1])} (độ tin cậy {_pct(m[2])}, dưới "
                   f"ngưỡng {_pct(m[3])}); cần thẩm định"),
        (r"^no document for (\d{4}); (.+?) ((?:names|does not name|is for|covers|reports on|dated|issued|posted) .+)$",
         lambda m: f"không có văn bản cho năm {m[1]}; {_label_vi(m[2])} {year_fit(m[3])}"),
        (r"^no data: (.+); nothing can be said for (\d{4})$",
         lambda m: f"không đủ dữ liệu: {_coverage_vi(m[1])}; chưa thể kết luận cho năm {m[2]}"),
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
