"""What the seeded random draws of the fresh pair sets share (draw_fresh24.py onwards, issue 15): the pool of
extraction-corpus pages no older pair file holds, the excerpt cut, the duplicate checks and the walk. Each
draw_freshNN.py keeps its own older files, seed and hand-read exceptions (a module passed here as `cfg`; from
draw_fresh28.py on, also the corpus files it draws from, `cfg.SOURCES`) and calls `main(cfg)`; re-running one gives the
draw its build_freshNN.py embeds."""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PAIRS = ROOT / "tests/data/criteria_pairs"
SOURCES = ["tests/data/devset/cases.jsonl"] + [f"tests/data/corpus/part-{p}.jsonl" for p in
                                                ("A", "B", "D", "E", "F", "G", "H", "J1", "J2", "J3", "J4", "J5", "J6")]


def host_path(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = re.sub(r"^(www\.|m\.|ls1\.|amp\.)", "", url).replace(":443", "")
    return url.rstrip("/")


def site(url: str) -> str:
    return host_path(url).split("/")[0]


def sources(cfg) -> list[str]:
    """The corpus files a draw's pool reads: the draw's own `SOURCES` when it names them (draw_fresh28.py onwards), else
    this module's list (draw_fresh24..27, unchanged)."""
    return list(getattr(cfg, "SOURCES", SOURCES))


def pool(cfg) -> list[dict]:
    older = {host_path(json.loads(l)["source_url"]) for n in cfg.OLDER for l in open(PAIRS / f"{n}.jsonl")}
    pages, seen = [], set()
    for f in sources(cfg):
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


def _clean_lines(text: str, boiler: re.Pattern = BOILER) -> list[str]:
    out = []
    for line in text.replace("\r", "").split("\n"):
        s = re.sub(r"\s+", " ", line.replace("|", " ")).strip()
        s = s.replace("Độc lập - Tự do - Hạnh phúc", "").replace("![]()", "").strip(" -")
        s = re.sub(r"^date \d{4}-\d\d(-\d\d)? ", "", s)
        s = re.sub(r"^• (?=.{41})", "", s)
        if s and not boiler.match(s) and not re.match(r"^[-\s]+$", s):
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


def excerpt(cfg, d: dict) -> tuple[str, str]:
    """(title, text) of a corpus page, as the older fresh sets show them."""
    size = cfg.LONGER.get(d["id"], 450)
    text = d["text"]
    start_at = getattr(cfg, "START_AT", {})
    if d["id"] in getattr(cfg, "UNESCAPE", ()):  # a store that kept the source's line breaks as literal '\\r\\n'
        text = text.replace("\\r\\n", "\n")
    if d["id"] in start_at:
        text = text[text.index(start_at[d["id"]]):]
    lines = _clean_lines(text, getattr(cfg, "BOILER", BOILER))
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
            if d["id"] in cfg.ARTICLE_1:
                art = re.search(r"Điều 1\..*?\.(\s|$)", flat)
                return title, _cut(body, 300).rstrip(" …") + " … " + art.group(0).strip()
            return title, _cut(body, size)
    # news: a headline line when the page opens with one
    if not title and d["id"] not in cfg.NOT_A_TITLE and len(lines) > 1 and len(lines[0]) <= 200 and not lines[0].endswith((".", "…")) and len(lines[1]) > 80:
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


def draw(cfg) -> tuple[list[dict], dict]:
    older = [json.loads(l) for n in cfg.OLDER for l in open(PAIRS / f"{n}.jsonl")]
    older_sh = [(o["id"], shingles(o.get("title", "") + " " + o["text"])) for o in older]
    older_num = {}
    for o in older:
        for num in numbers(o.get("title", "") + " " + o["text"]):
            older_num.setdefault((o.get("province") or "", num), []).append(o["id"])
    # the older files' corpus pages come from this module's list; a draw naming other sources reads those too
    corpus = {json.loads(l)["id"]: json.loads(l)["text"]
              for f in SOURCES + [f for f in sources(cfg) if f not in SOURCES] for l in open(ROOT / f)}
    older_sh += [(o["id"], shingles(corpus[o["corpus_id"]])) for o in older if o.get("corpus_id") in corpus]
    pages = pool(cfg)
    random.Random(cfg.SEED).shuffle(pages)
    kept, per_site = [], {}
    skipped = {"site": [], "no_subject": [], "same_document": [], "shingle": []}
    flags = []
    for d in pages:
        if len(kept) == cfg.KEEP:
            break
        s = site(d["source_url"])
        if per_site.get(s, 0) >= cfg.PER_SITE:
            skipped["site"].append(d["id"])
            continue
        title, text = excerpt(cfg, d)
        if d["id"] in cfg.NO_SUBJECT or not text.strip():
            skipped["no_subject"].append(d["id"])
            continue
        if d["id"] in cfg.SAME_DOCUMENT:
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
    info = {"pool": len(pages), "walked": pages.index(d) + (len(kept) < cfg.KEEP), "skipped": skipped, "number_flags": flags}
    return kept, info


def main(cfg) -> None:
    """Print the draw of `cfg` (with --show, each kept page's excerpt) and its counts."""
    kept, info = draw(cfg)
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
