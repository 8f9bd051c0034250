"""The draw of fresh25.jsonl (session 26, issue 15): which extraction-corpus pages the seventh fresh set labels, and
their excerpts. Re-run it to check the draw (`python -m tests.data.criteria_pairs.draw_fresh25 [--show]`); the labels
themselves are written by hand in build_fresh25.py, which embeds the excerpts this script cut. It is draw_fresh24.py
with the nine pair files as the older set (fresh24 included), seed 2026 and its own hand-read exceptions.

1. The pool: pages of `tests/data/devset/cases.jsonl` and `tests/data/corpus/part-{A,B,D,E,F,G,H,J1..J6}.jsonl`, in
   that file order (parts I and K, the extraction's never-read test, are never opened), whose URL (host without
   `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query) is in none of the nine pair files (docs, heldout, extra,
   fresh19..fresh24); a URL read twice keeps its first page. 717 pages.
2. The order: `random.Random(2026).shuffle` of that list (a seeded random sample, not a topic draw: fresh25 should
   look like what a crawler meets).
3. The walk: in that order, keep a page unless its site (the normalised host) already has three kept pages, its
   excerpt shows neither a title nor a subject (`NO_SUBJECT`, read by hand; an empty excerpt is skipped too), or it
   is a second copy of a document already kept or already in an older file: the same document number and province
   (`SAME_DOCUMENT`, found by the number check (draw_common.py) and confirmed by reading), or a 5-word-shingle Jaccard above
   0.8 with an older pair text, an older file's corpus page or a kept page's text. Stop at 200 kept pages.
4. The excerpt: the title (the legal database's document title, or the page's headline line when the text opens
   with one); then the official text's header, số, date and trích yếu, or the page's lead, about 450 characters,
   cut at a sentence or clause end where one falls after 250 characters. Hand-read exceptions are listed below
   (`ARTICLE_1`, `LONGER`, `NOT_A_TITLE`, `START_AT`), each with its reason. Two lines of site furniture met in this
   draw are dropped as boilerplate besides draw_fresh24's ('Xem thêm', a 'THỨ NĂM, NGÀY …' date line).
The steps are draw_common.py's; this file holds the set's own files, seed and exceptions. Reads only the corpus and
the pair files; it runs no mapper, ranker or extractor.
"""
import sys

from tests.data.criteria_pairs import draw_common

OLDER = ("docs", "heldout", "extra", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24")
SEED, PER_SITE, KEEP = 2026, 3, 200

# Read by hand: pages whose excerpt shows neither a title nor a subject (debris, menus, a bare listing).
NO_SUBJECT = {
    "B-183": "a document-sharing site's search page whose whole text is a query for a damaged number "
             "('\"quyết định số 307qđ ttg\" trang 15 - tải miễn phí từ tailieunhanh')",
}
# Read by hand: official texts without a trích yếu, whose excerpt takes the first sentence of Điều 1 instead.
ARTICLE_1 = {
}
# Read by hand: pages whose text opens with a site menu or market-data furniture before the headline; the excerpt
# starts at the headline.
START_AT = {
    "J-010": "Phê duyệt Kế hoạch thực hiện Chiến lược",  # the information department's menu (23 lines) comes first
    "A-058": "Mục tiêu 70% người dân",  # the banking paper's exchange-rate and market box comes first
}
# Read by hand: pages whose opening line is a banner, caption, author, section or sub-heading, or a body sentence,
# not the page's title (left in the text).
NOT_A_TITLE = {"J-545", "J-028", "A-087", "J-027", "J-318", "G-082", "D-010", "A-250", "B-132", "J-436", "G-032",
               "G-006", "B-025", "A-247", "D-020"}
# Read by hand: second copies of a document already kept or already in an older file (same number and province).
SAME_DOCUMENT = {
    "dev-032": "Hòa Bình's nine-month CCHC news of 2022: the same listing page as x061 under another query string "
               "(fresh23 and fresh24 left it out for the same reason)",
}
# Read by hand: pages whose subject sentence falls just after the 450-character cut; their excerpt runs longer.
LONGER = {
    "B-069": 820,  # Cà Mau: 'Tỉnh ủy vừa ban hành nghị quyết về chuyển đổi số' follows the goal and a repeated caption
    "G-040": 760,  # Đồng Nai: the headline and lead are printed twice; the plan on procedure control follows
    "B-044": 720,  # Tây Ninh: the committee publishing the ranking follows the ranking's figures
    "J-418": 820,  # Bà Rịa - Vũng Tàu: the steering committee's plan 180/QĐ-BCĐ is the second paragraph
    "E-058": 700,  # An Giang: the conference deploying the year's socio-economic tasks follows the growth goal
}


if __name__ == "__main__":
    draw_common.main(sys.modules[__name__])
