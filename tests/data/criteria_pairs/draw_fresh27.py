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
   (`SAME_DOCUMENT`, found by the number check below or among the highest shingle scores, confirmed by reading; the
   same page or text under another URL counts too), or a 5-word-shingle Jaccard above
   0.8 with an older pair text, an older file's corpus page or a kept page's text. Stop at 200 kept pages or the
   pool's end: the three-per-site cap leaves 180 (at least 120 were needed, so the cap was not relaxed).
4. The excerpt: the title (the legal database's document title, or the page's headline line when the text opens
   with one); then the official text's header, số, date and trích yếu, or the page's lead, about 450 characters,
   cut at a sentence or clause end where one falls after 250 characters. Hand-read exceptions are listed below
   (`ARTICLE_1`, `LONGER`, `NOT_A_TITLE`, `START_AT`), each with its reason; the boilerplate lines are draw_fresh25's.
Reads only the corpus and the pair files; it runs no mapper, ranker or extractor.
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PAIRS = ROOT / "tests/data/criteria_pairs"
OLDER = ("docs", "heldout", "extra", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")
SOURCES = ["tests/data/devset/cases.jsonl"] + [f"tests/data/corpus/part-{p}.jsonl" for p in
                                                ("A", "B", "D", "E", "F", "G", "H", "J1", "J2", "J3", "J4", "J5", "J6")]
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


def host_path(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = re.sub(r"^(www\.|m\.|ls1\.|amp\.)", "", url).replace(":443", "")
    return url.rstrip("/")


def site(url: str) -> str:
    return host_path(url).split("/")[0]


def pool() -> list[dict]:
    older = {host_path(json.loads(l)["source_url"]) for n in OLDER for l in open(PAIRS / f"{n}.jsonl")}
    pages, seen = [], set()
    for f in SOURCES:
        for line in open(ROOT / f):
            d = json.loads(line)
            key = host_path(d["source_url"])
            if key not in older and key not in seen:
                seen.add(key)
                pages.append(d)
    return pages


BOILER = re.compile(r"^(\|?\s*-{3,}\s*\|?|\|+|!\[\]\(\)\s*\|?|\.|-|Nhảy đến nội dung|Skip to main content|Skip Ribbon Commands|"
                    r"Đăng nhập|Đang tải văn bản\.\.\.|MỚI NHẤT|Trả lời|image (banner|advertisement)|Ảnh minh họa|"
                    r"Theo dõi .{0,40} trên Google News|Hotline:.*|Email:.*|Nghiên cứu - Dữ liệu|CHUYÊN MỤC|"
                    r"Từ khóa gợi ý:|Không tìm thấy .*|Việc làm có thể bạn quan tâm|Hệ thống pháp luật|"
                    r"(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật),? \d.*|date \d{4}-\d\d(-\d\d)?|.*text-align:.*|"
                    r"CƠ QUAN CỦA .*|In bài viết|Xem thêm|(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật),? ngày \d.*|EN \| VI|EN VI|\(VTC News\)|\d\d:\d\d \d\d/\d\d/\d{4}|•.{0,40}|(No title\.\.\. ?)+|English( Khmer)?)$", re.I)
ISSUER = re.compile(r"(ỦY\s*BAN\s*NHÂN\s*DÂN|UỶ\s*BAN\s*NHÂN\s*DÂN|HỘI\s*ĐỒNG\s*NHÂN\s*DÂN|VĂN\s*PHÒNG|BỘ\s+[A-ZĐ]{2,}|"
                    r"PHÒNG\s+[A-ZĐ]{2,}|TRƯỜNG\s+[A-ZĐ]{2,}|TỈNH\s*ỦY|THÀNH\s*ỦY|THỦ\s*TƯỚNG|CHÍNH\s*PHỦ|BAN\s*CHẤP\s*HÀNH|BAN\s*CHỈ\s*ĐẠO|SỞ\s+[A-ZĐ]{2,}|ĐẢNG\s*BỘ)")
SO = re.compile(r"Số\s*:\s*\d+\w*\s?/[\w./-]+")
DOC_TITLE = re.compile(r"^(Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Công văn|Thông báo|Báo cáo|Văn bản hợp nhất|Thông tư|"
                       r"Nghị định|Hướng dẫn|Đề án|Chương trình|Quy định|Kết luận)\s+\d", re.I)
NUMBER = re.compile(r"\b(\d{1,5}[a-z]?/(?:\d{4}/)?[A-ZĐ]{1,8}(?:-[A-ZĐ0-9]{1,10}){0,3})\b")


def _clean_lines(text: str) -> list[str]:
    out = []
    for line in text.replace("\r", "").split("\n"):
        s = re.sub(r"\s+", " ", line.replace("|", " ")).strip()
        s = s.replace("Độc lập - Tự do - Hạnh phúc", "").replace("![]()", "").strip(" -")
        s = re.sub(r"^date \d{4}-\d\d(-\d\d)? ", "", s)
        s = re.sub(r"^• (?=.{41})", "", s)
        if s and not BOILER.match(s) and not re.match(r"^[-\s]+$", s):
            out.append(s)
    return out


def _cut(s: str, size: int = 450) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) <= size + 60:
        return s
    head = s[:size + 60]
    ends = [m.end() for m in re.finditer(r"[.;:!?](\s|$)", head) if m.end() >= 250]
    if ends:
        return head[:ends[-1]].strip() if ends[-1] <= size + 60 else head[:ends[0]].strip()
    return head[:size].rsplit(" ", 1)[0] + " …"


def excerpt(d: dict) -> tuple[str, str]:
    """(title, text) of a corpus page, as the older fresh sets show them."""
    size = LONGER.get(d["id"], 450)
    text = d["text"]
    if d["id"] in START_AT:
        text = text[text.index(START_AT[d["id"]]):]
    lines = _clean_lines(text)
    title = ""
    for i, s in enumerate(lines[:25]):
        if DOC_TITLE.match(s) and len(s) < 300 and not s.lower().startswith(("căn cứ",)):
            title = s
            break
    flat = " ".join(lines)
    for so in SO.finditer(flat[:3000]):
        start = None
        for m in ISSUER.finditer(flat[:so.start()]):
            if so.start() - m.start() < 400:
                start = m.start()
                break
        if start is not None:
            body = flat[start:]
            if d["id"] in ARTICLE_1:
                art = re.search(r"Điều 1\..*?\.(\s|$)", flat)
                return title, _cut(body, 300).rstrip(" …") + " … " + art.group(0).strip()
            return title, _cut(body, size)
    # news: a headline line when the page opens with one
    if not title and d["id"] not in NOT_A_TITLE and len(lines) > 1 and len(lines[0]) <= 200 and not lines[0].endswith((".", "…")) and len(lines[1]) > 80:
        title, lines = lines[0], lines[1:]
    body = " ".join(l for l in lines if l != title)
    return title, _cut(body, size)


def shingles(text: str, n: int = 5) -> set:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def numbers(text: str) -> set:
    return {m.group(1).upper() for m in NUMBER.finditer(text)}


def draw(verbose: bool = False) -> tuple[list[dict], dict]:
    older = [json.loads(l) for n in OLDER for l in open(PAIRS / f"{n}.jsonl")]
    older_sh = [(o["id"], shingles(o.get("title", "") + " " + o["text"])) for o in older]
    older_num = {}
    for o in older:
        for num in numbers(o.get("title", "") + " " + o["text"]):
            older_num.setdefault((o.get("province") or "", num), []).append(o["id"])
    corpus = {json.loads(l)["id"]: json.loads(l)["text"] for f in SOURCES for l in open(ROOT / f)}
    older_sh += [(o["id"], shingles(corpus[o["corpus_id"]])) for o in older if o.get("corpus_id") in corpus]
    pages = pool()
    random.Random(SEED).shuffle(pages)
    kept, per_site = [], {}
    skipped = {"site": [], "no_subject": [], "same_document": [], "shingle": []}
    flags = []
    for d in pages:
        if len(kept) == KEEP:
            break
        s = site(d["source_url"])
        if per_site.get(s, 0) >= PER_SITE:
            skipped["site"].append(d["id"])
            continue
        title, text = excerpt(d)
        if d["id"] in NO_SUBJECT or not text.strip():
            skipped["no_subject"].append(d["id"])
            continue
        if d["id"] in SAME_DOCUMENT:
            skipped["same_document"].append(d["id"])
            continue
        sh = shingles(title + " " + text)
        full = shingles(d["text"])
        best = max([(jaccard(sh, o), oid) for oid, o in older_sh] + [(jaccard(full, o), oid) for oid, o in older_sh] +
                   [(jaccard(full, k["_full"]), k["corpus_id"]) for k in kept], default=(0.0, ""))
        if best[0] > 0.8:
            skipped["shingle"].append((d["id"], best[1], round(best[0], 2)))
            continue
        prov = d.get("province") or ""
        own = numbers(title + " " + text[:300])
        hits = sorted({oid for num in own for oid in older_num.get((prov, num), [])} |
                      {k["corpus_id"] for k in kept if k["province"] == prov and own & k["_numbers"]})
        if hits:
            flags.append((d["id"], prov, sorted(own), hits))
        per_site[s] = per_site.get(s, 0) + 1
        kept.append({"corpus_id": d["id"], "source_url": d["source_url"], "province": prov, "kind": d.get("kind", ""),
                     "title": title, "text": text, "_full": full, "_numbers": own, "best": best})
    info = {"pool": len(pages), "walked": pages.index(d) + (len(kept) < KEEP), "skipped": skipped, "number_flags": flags}
    return kept, info


if __name__ == "__main__":
    kept, info = draw()
    show = "--show" in sys.argv
    for i, k in enumerate(kept, 1):
        if show:
            print(f"===== s{i:03d} {k['corpus_id']} | {k['province']} | {k['kind']} | {k['source_url']}")
            print("TITLE:", k["title"])
            print("TEXT:", k["text"])
            print("best older/kept Jaccard:", k["best"])
    print(json.dumps({k: (v if k != "skipped" else {a: b for a, b in v.items()}) for k, v in info.items()},
                     ensure_ascii=False, indent=1, default=list))
    print("kept", len(kept))
