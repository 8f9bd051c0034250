"""The end-of-crawl summary on the terminal, in the command line's language (`parwatch crawl`,
`run`, `demo`). Built from CrawlSummary's fields: crawler.run.CrawlSummary.rows() stays the
crawler's own English view for logs and tests."""
from __future__ import annotations

from rich.table import Table

from parwatch.lang import tr

# How an attachment's text was read (crawler/files.py, text_method); other methods show as named.
_METHODS_VI = {"pdf-text": "lớp chữ của PDF", "ocr": "OCR (bản quét)", "reused": "dùng lại văn bản đã đọc",
               "error": "không đọc được"}


def _int(n: int) -> str:
    return tr(f"{n:,}".replace(",", "."), f"{n:,}")      # 1.234.567 in Vietnamese


def _seconds(s: float) -> str:
    return tr(f"{s:.1f} giây".replace(".", ","), f"{s:.1f} s")


def _method(m: str) -> str:
    return tr(_METHODS_VI.get(m, m), m)


def summary_rows(summary, fold_unreachable: bool = False) -> list[tuple[str, str]]:
    """(label, value) rows. Unreachable portals are one row each, or one count row when
    `fold_unreachable` (the caller has already said them, one line per portal)."""
    d = summary.documents
    rows = [
        (tr("lượt tải trang", "pages fetched"),
         tr(f"{_int(summary.pages)} ({_int(summary.not_modified)} không thay đổi từ lần trước)",
            f"{summary.pages} ({summary.not_modified} not modified)")),
        (tr("lượt tải tài liệu đính kèm", "files fetched"), _int(summary.files)),
        (tr("dung lượng đã nhận (byte)", "bytes received"), _int(summary.bytes)),
        (tr("văn bản mới", "documents new"), str(d.get("new", 0))),
        (tr("văn bản đã sửa đổi", "documents changed"), str(d.get("changed", 0))),
        (tr("văn bản không thay đổi", "documents unchanged"), str(d.get("unchanged", 0))),
        (tr("trang ngoài chủ đề (không lưu)", "pages off-topic (not stored)"), str(d.get("offtopic", 0))),
    ]
    rows += [(tr(f"tài liệu đính kèm: {_method(m)}", f"attachments: {m}"), str(n))
             for m, n in sorted(summary.attachments.items())]
    rows += [(tr(f"lỗi: {k}", f"errors: {k}"), str(n)) for k, n in sorted(summary.errors.items())]
    if fold_unreachable and summary.unreachable:
        rows.append((tr("cổng thông tin không truy cập được", "portals unreachable"), str(len(summary.unreachable))))
    elif not fold_unreachable:
        rows += [(tr(f"không truy cập được: {sid}", f"unreachable: {sid}"), why)
                 for sid, why in sorted(summary.unreachable.items())]
    if summary.ocr_pages:
        rows.append((tr("OCR (nhận dạng chữ)", "OCR"),
                     tr(f"{summary.ocr_pages} trang trong {_seconds(summary.ocr_seconds)}",
                        f"{summary.ocr_pages} pages in {_seconds(summary.ocr_seconds)}")))
    rows.append((tr("thời gian", "time"), _seconds(summary.seconds)))
    return rows


def unreachable_lines(summary) -> list[str]:
    """One line per portal that could not be reached, with why (the reason is the crawler's)."""
    return [tr(f"{sid}: không truy cập được cổng thông tin: {why}", f"{sid}: portal unreachable: {why}")
            for sid, why in sorted(summary.unreachable.items())]


def summary_table(summary) -> Table:
    """The summary as `parwatch crawl` and `run` print it, after one line per unreachable portal."""
    table = Table(title=tr("Kết quả thu thập", "crawl summary"), show_header=True)
    table.add_column(tr("mục", "what"))
    table.add_column(tr("số liệu", "count"), justify="right")
    for label, value in summary_rows(summary, fold_unreachable=True):
        table.add_row(label, value)
    return table
