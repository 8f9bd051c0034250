"""The draw of fresh27.jsonl (session 26, issue 15): which extraction-corpus pages the ninth fresh set labels, and
their excerpts. Re-run it to check the draw (`python -m tests.data.criteria_pairs.draw_fresh27 [--show]`); the labels
themselves are written by hand in build_fresh27.py, which embeds the excerpts this script cut. It is draw_fresh26.py
with the eleven pair files as the older set (fresh26 included), seed 2028 and its own hand-read exceptions.

1. The pool: pages of `tests/data/devset/cases.jsonl` and `tests/data/corpus/part-{A,B,D,E,F,G,H,J1..J6}.jsonl`, in
   that file order (parts I and K, the extraction's never-read test, are never opened), whose URL (host without
   `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query) is in none of the eleven pair files (docs, heldout, extra,
   fresh19..fresh26); a URL read twice keeps its first page. 317 pages.
2. The order: `random.Random(2028).shuffle` of that list (a seeded random sample, not a topic draw: fresh27 should
   look like what a crawler meets).
3. The walk: in that order, keep a page unless its site (the normalised host) already has three kept pages, its
   excerpt shows neither a title nor a subject (`NO_SUBJECT`, read by hand; an empty excerpt is skipped too), or it
   is a second copy of a document already kept or already in an older file: the same document number and province
   (`SAME_DOCUMENT`, found by the number check (draw_common.py) or among the highest shingle scores, confirmed by reading; the
   same page or text under another URL counts too), or a 5-word-shingle Jaccard above
   0.8 with an older pair text, an older file's corpus page or a kept page's text. Stop at 200 kept pages or the
   pool's end: the three-per-site cap leaves 180 (at least 120 were needed, so the cap was not relaxed).
4. The excerpt: the title (the legal database's document title, or the page's headline line when the text opens
   with one); then the official text's header, số, date and trích yếu, or the page's lead, about 450 characters,
   cut at a sentence or clause end where one falls after 250 characters. Hand-read exceptions are listed below
   (`ARTICLE_1`, `LONGER`, `NOT_A_TITLE`, `START_AT`), each with its reason; the boilerplate lines are draw_fresh25's.
The steps are draw_common.py's; this file holds the set's own files, seed and exceptions. Reads only the corpus and
the pair files; it runs no mapper, ranker or extractor.
"""
import sys

from tests.data.criteria_pairs import draw_common

OLDER = ("docs", "heldout", "extra", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")
SEED, PER_SITE, KEEP = 2028, 3, 200

# Read by hand: pages whose excerpt shows neither a title nor a subject (debris, menus, a bare listing).
NO_SUBJECT = {
    "B-183": "a document-sharing site's search page whose whole text is a query for a damaged number "
             "(as fresh25 and fresh26 read it)",
    "A-065": "a tag page whose whole text is a cut reference ('thực hiện Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của "
             "HĐND T'; fresh24 and fresh26 skipped it for the same reason)",
}
# Read by hand: official texts without a trích yếu, whose excerpt takes the first sentence of Điều 1 instead.
ARTICLE_1 = {
}
# Read by hand: pages whose text opens with a site menu, a widget or market-data furniture before the headline or lead;
# the excerpt starts there.
START_AT = {
    "A-249": "Chuyển đổi số tại các xã miền núi",  # the business paper's gold-price widget and byline come first
    "D-021": "CHUYỂN ĐỔI SỐ TỈNH TIỀN GIANG",  # the department portal's video, slideshow and visitor-counter menu
    "J-019": "Các địa phương điều chỉnh mục tiêu",  # the trade paper's hotline bar and a sidebar of three headlines
}
# Read by hand: pages whose opening line is a banner, caption, timestamp, section label, sub-heading or site furniture,
# not the page's title (left in the text).
NOT_A_TITLE = {"A-152", "A-239", "J-315", "J-449", "D-009", "A-138", "B-176", "dev-039", "J-437", "B-135", "A-173",
               "H-051", "J-434", "J-343", "A-222", "D-096", "D-007", "H-048"}
# Read by hand: second copies of a document already kept or already in an older file (same number and province, or
# the same page or text under another URL: the last three found among the highest shingle scores, 0.45-0.67).
SAME_DOCUMENT = {
    "dev-032": "Hòa Bình's nine-month CCHC news of 2022: the same listing page as x061 under another query string "
               "(fresh23-26 left it out for the same reason)",
    "J-456": "Sóc Trăng's SIPAS 2021 news: its lead is x039's text word for word, on another site (fresh23, fresh24 and "
             "fresh26 left it out for the same reason)",
    "dev-013": "Nam Định's PAR Index 2021 news on the journal's province listing: x110's page under another query string "
               "(fresh26 left it out)",
    "B-181": "the PCI 2017 video teaser: x008's page under another query string ('?ref=top_view'; fresh26 left it out)",
    "D-068": "Thái Nguyên's innovation and digital-technology feature: q093's text (its lead word for word) on another "
             "site (fresh26 left it out)",
    "D-054": "Bắc Kạn 676/QĐ-UBND, the DX project 2022-2025 on thuvienphapluat.vn: already p026 (fresh24 and fresh26 "
             "left it out for the same reason)",
    "B-003": "Đà Nẵng 93/KH-UBND, the DX plan of 2024 on thuviennhadat.vn: the official text h070 holds "
             "(hethongphapluat.vn), not a news page (fresh26 left it out)",
    "A-154": "Thanh Hóa's DX resolution to 2025: its text is the resolution's situation section that r162 holds (A-155), "
             "word for word but for the province's name, on another site (0.60)",
    "B-155": "Quảng Ngãi's DX results feature: n056's text (nhandan.vn) word for word on a business-ecosystem site (0.45)",
    "B-172": "Cần Thơ's DX plan to 2025 (241/KH-UBND) in the city's newspaper: q084's news (baodautu.vn) of the same "
             "plan, its lead and goals word for word (0.67)",
}
# Read by hand: pages whose subject sentence falls just after the 450-character cut; their excerpt runs longer.
LONGER = {
}


if __name__ == "__main__":
    draw_common.main(sys.modules[__name__])
