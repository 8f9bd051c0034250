"""The draw of fresh24.jsonl (session 25, issue 15): which extraction-corpus pages the sixth fresh set labels, and
their excerpts. Re-run it to check the draw (`python -m tests.data.criteria_pairs.draw_fresh24 [--show]`); the labels
themselves are written by hand in build_fresh24.py, which embeds the excerpts this script cut.

1. The pool: pages of `tests/data/devset/cases.jsonl` and `tests/data/corpus/part-{A,B,D,E,F,G,H,J1..J6}.jsonl`, in
   that file order (parts I and K, the extraction's never-read test, are never opened), whose URL (host without
   `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query) is in none of the eight pair files (docs, heldout, extra,
   fresh19..fresh23); a URL read twice keeps its first page. 917 pages.
2. The order: `random.Random(2025).shuffle` of that list (a seeded random sample, not a topic draw: fresh24 should
   look like what a crawler meets).
3. The walk: in that order, keep a page unless its site (the normalised host) already has three kept pages, its
   excerpt shows neither a title nor a subject (`NO_SUBJECT`, read by hand; an empty excerpt is skipped too), or it
   is a second copy of a document already kept or already in an older file: the same document number and province
   (`SAME_DOCUMENT`, found by the number check (draw_common.py) and confirmed by reading), or a 5-word-shingle Jaccard above
   0.8 with an older pair text or a kept page's text. Stop at 200 kept pages.
4. The excerpt: the title (the legal database's document title, or the page's headline line when the text opens
   with one); then the official text's header, số, date and trích yếu, or the page's lead, about 450 characters,
   cut at a sentence or clause end where one falls after 250 characters. Hand-read exceptions are listed below
   (`ARTICLE_1`, `LONGER`, `NOT_A_TITLE`), each with its reason.
The steps are draw_common.py's; this file holds the set's own files, seed and exceptions. Reads only the corpus and
the pair files; it runs no mapper, ranker or extractor.
"""
import re
import sys

from tests.data.criteria_pairs import draw_common

OLDER = ("docs", "heldout", "extra", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23")
SEED, PER_SITE, KEEP = 2025, 3, 200

# Read by hand: pages whose excerpt shows neither a title nor a subject (debris, menus, a bare listing).
NO_SUBJECT = {
    "A-065": "a tag page whose whole text is a cut reference ('thực hiện Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của HĐND T')",
}
# Read by hand: official texts without a trích yếu, whose excerpt takes the first sentence of Điều 1 instead.
ARTICLE_1 = {
    "D-057": "Lai Châu 688/QĐ-UBND: the header has no trích yếu; Điều 1 names the approved project",
}
# Read by hand: pages whose opening line is a banner, caption or sub-heading, not the page's title (left in the text).
NOT_A_TITLE = {"D-040", "A-181", "D-063", "A-213", "J-102", "J-518", "J-423", "F-042", "F-012", "A-224", "J-541",
               "B-140", "A-174", "F-047", "A-042"}
# Read by hand: second copies of a document already kept or already in an older file (same number and province).
SAME_DOCUMENT = {
    "D-054": "Bắc Kạn 676/QĐ-UBND (the 2022-2025 DX project), already p026 (fresh22) under hethongphapluat.com",
    "dev-032": "Hòa Bình's nine-month CCHC news of 2022: the same listing page as x061 under another query string "
               "(fresh23 left it out for the same reason)",
    "J-456": "Sóc Trăng's SIPAS 2021 news: its lead is x039's text word for word, on another site (fresh23 left the "
             "same text out)",
}
# Read by hand: pages whose subject sentence falls just after the 450-character cut; their excerpt runs longer.
LONGER = {
    "J-205": 820,  # Sơn La: the digitisation rates follow the steering committee's task count
    "A-199": 760,  # Hà Tĩnh: the DX project (424/QĐ-UBND) is the second paragraph
    "B-115": 700,  # Bình Thuận: the Đề án 06 plan follows the science plan
}

# the page furniture this draw dropped (draw_common.BOILER, later draws', adds two lines)
BOILER = re.compile(r"^(\|?\s*-{3,}\s*\|?|\|+|!\[\]\(\)\s*\|?|\.|-|Nhảy đến nội dung|Skip to main content|Skip Ribbon Commands|"
                    r"Đăng nhập|Đang tải văn bản\.\.\.|MỚI NHẤT|Trả lời|image (banner|advertisement)|Ảnh minh họa|"
                    r"Theo dõi .{0,40} trên Google News|Hotline:.*|Email:.*|Nghiên cứu - Dữ liệu|CHUYÊN MỤC|"
                    r"Từ khóa gợi ý:|Không tìm thấy .*|Việc làm có thể bạn quan tâm|Hệ thống pháp luật|"
                    r"(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật),? \d.*|date \d{4}-\d\d(-\d\d)?|.*text-align:.*|"
                    r"CƠ QUAN CỦA .*|In bài viết|EN \| VI|EN VI|\(VTC News\)|\d\d:\d\d \d\d/\d\d/\d{4}|•.{0,40}|(No title\.\.\. ?)+|English( Khmer)?)$", re.I)


if __name__ == "__main__":
    draw_common.main(sys.modules[__name__])
