"""The "Nguồn" page: every source's health in words an operator acts on."""
from __future__ import annotations

from crawler.health import source_status
from search_api.deps import AppState

# flag -> (severity for sorting and colour, what it means, what to do)
FLAGS = {
    "unreachable": (0, "Không truy cập được", "Kiểm tra địa chỉ cổng (cổng sau sáp nhập thường chuyển hướng) và mạng."),
    "bot_wall": (1, "Bị chặn truy cập", "Cổng trả trang kiểm tra robot hoặc lỗi 403/503: giảm tốc độ hoặc liên hệ quản trị cổng."),
    "zero_documents": (2, "Không tìm thấy văn bản", "Lần thu thập gần nhất không có văn bản cải cách nào: "
                                                    "kiểm tra chuyên mục và bộ chọn trong tệp nguồn."),
    "sudden_drop": (2, "Số văn bản giảm đột ngột", "Ít hơn một nửa mức trung bình các lần trước: cổng có thể đã đổi giao diện."),
    "never_crawled": (3, "Chưa thu thập", "Nguồn mới trong danh mục, chưa chạy lần nào."),
}


def _why(row: dict, flag: str) -> str:
    if flag == "unreachable" and row.get("unreachable"):
        return f"{FLAGS[flag][2]} ({row['unreachable']})"
    if flag == "sudden_drop":
        prev = row["documents_per_run"][1:]
        avg = sum(prev) / len(prev) if prev else 0
        return f"{FLAGS[flag][2]} Lần gần nhất: {row['documents_last_run']}, trung bình trước đó: {avg:.0f}."
    return FLAGS[flag][2]


def sources_view(state: AppState) -> dict:
    rows = []
    for r in source_status(state.store):
        flags = [{"code": f, "text": FLAGS[f][1], "why": _why(r, f), "level": FLAGS[f][0]}
                 for f in r["flags"] if f in FLAGS]
        rows.append({**r, "flag_list": flags, "level": min((f["level"] for f in flags), default=9)})
    rows.sort(key=lambda r: (r["level"], r["province"] or "", r["source_id"]))
    flagged = sum(1 for r in rows if r["flag_list"])
    return {"rows": rows, "total": len(rows), "flagged": flagged}
