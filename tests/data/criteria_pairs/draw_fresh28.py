"""The draw of fresh28.jsonl (session 27, issue 15): which extraction-corpus pages the tenth fresh set labels, and
their excerpts. Re-run it to check the draw (`python -m tests.data.criteria_pairs.draw_fresh28 [--show]`); the labels
themselves are written by hand in build_fresh28.py, which embeds the excerpts this script cut. It is draw_fresh27.py
with a new pool (the pages the older draws used are used up), the twelve pair files as the older set (fresh27
included), seed 2029 and its own hand-read exceptions.

1. The pool: pages of `tests/data/corpus/part-K1.jsonl`, `part-K2.jsonl` and `part-K3.jsonl` (K-001..K-051,
   K-101..K-202: 153 texts from sites no older corpus part used, already read by the extraction work), in that file
   order, whose URL (host without `www.`/`m.`/`ls1.`/`amp.`/`:443`, path and query) is in none of the twelve pair
   files (docs, heldout, extra, fresh19..fresh27); a URL read twice keeps its first page. Parts K4, K5, K6 (K-203 and
   later) and part I, the extraction's never-read test, are never opened; the devset and parts A-H, J1-J6 are read
   only for the older files' corpus pages (the shingle test), never drawn from.
2. The order: `random.Random(2029).shuffle` of that list (a seeded random sample, not a topic draw: fresh28 should
   look like what a crawler meets).
3. The walk: in that order, keep a page unless its site (the normalised host) already has three kept pages, its
   excerpt shows neither a title nor a subject (`NO_SUBJECT`, read by hand; an empty excerpt is skipped too), or it
   is a second copy of a document already kept or already in an older file: the same document number and province
   (`SAME_DOCUMENT`, found by the number check (draw_common.py) or among the highest shingle scores, confirmed by
   reading; the same page or text under another URL counts too), or a 5-word-shingle Jaccard above 0.8 with an older
   pair text, an older file's corpus page or a kept page's text. Stop at 200 kept pages or the pool's end: the pool
   ran out first and all 151 pages were kept (no site has more than three; nothing was skipped).
4. The excerpt: the title (the legal database's document title, or the page's headline line when the text opens
   with one); then the official text's header, số, date and trích yếu, or the page's lead, about 450 characters,
   cut at a sentence or clause end where one falls after 250 characters. Hand-read exceptions are listed below
   (`ARTICLE_1`, `LONGER`, `NOT_A_TITLE`, `START_AT`, `UNESCAPE`), each with its reason; the boilerplate lines are draw_fresh25's.
The steps are draw_common.py's; this file holds the set's own sources, files, seed and exceptions. Reads only the
corpus and the pair files; it runs no mapper, ranker or extractor.
"""
import sys

from tests.data.criteria_pairs import draw_common

SOURCES = [f"tests/data/corpus/part-{p}.jsonl" for p in ("K1", "K2", "K3")]
OLDER = ("docs", "heldout", "extra", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
         "fresh26", "fresh27")
SEED, PER_SITE, KEEP = 2029, 3, 200

# Read by hand: pages whose excerpt shows neither a title nor a subject (debris, menus, a bare listing).
NO_SUBJECT = {
}
# Read by hand: official texts without a trích yếu, whose excerpt takes the first sentence of Điều 1 instead.
ARTICLE_1 = {
}
# Read by hand: pages whose text opens with a site menu, a widget or market-data furniture before the headline or lead;
# the excerpt starts there.
START_AT = {
    "K-013": "Bắc Ninh phấn đấu tốc độ",  # a photo caption, twice, before the headline
    "K-044": "Theo đó, việc phát triển du lịch",  # HTML residue ('Verdana”>', '"" />') before the lead
    "K-150": "Hưng Yên: 100% xã",  # a line of JavaScript before the headline
    "K-005": "Phấn đấu nâng tỷ lệ che phủ rừng",  # the portal's 'Powered by Techcity' line
    "K-147": "Kim ngạch xuất khẩu của Quảng Ngãi",  # the paper's Tết banner, logo and login menu
    "K-171": "Sơn La: tỷ lệ hộ nghèo",  # the same paper's Tết banner, logo and login menu
    "K-163": "Kế hoạch tiếp tục thực hiện Đề án",  # the 'SharePoint portal' line
    "K-037": "Theo đó, Tỉnh Cà Mau",  # a list of six unrelated related-news headlines
    "K-051": "Cà Mau: Phấn đấu xuất khẩu",  # the shop's 'Giỏ hàng' (cart) button
    "K-114": "Tuyên Bình nỗ lực",  # the language switch and a timestamp
}
# Read by hand: a store that kept the source's line breaks as literal '\\r\\n' (turned into line breaks).
UNESCAPE = {"K-183"}
# Read by hand: pages whose opening line is a banner, caption, timestamp, section label, sub-heading or site furniture,
# not the page's title (left in the text).
NOT_A_TITLE = {"K-141", "K-106", "K-166", "K-006", "K-127", "K-180", "K-010", "K-121", "K-173", "K-188", "K-133"}
# Read by hand: second copies of a document already kept or already in an older file (same number and province, or
# the same page or text under another URL).
SAME_DOCUMENT = {
}
# Read by hand: pages whose subject sentence falls just after the 450-character cut; their excerpt runs longer.
LONGER = {
    "K-013": 800,  # the council fixing the merged province's 18 indicators of 2025 comes in the second paragraph
}


if __name__ == "__main__":
    draw_common.main(sys.modules[__name__])
