"""Candidates found by rules, described by features for the learned decisions.

Each function returns [(candidate, {feature: value})]; the rule's own choice is one feature
among others, so a model can keep the rule where it is right and overrule it where the
context says otherwise. Feature values stay within about [0, 3].
"""
from __future__ import annotations

import math
import re

from extractors import places
from extractors.dates import any_dates, date_from_match, store_dateline
from extractors.normalize import fold
from extractors.period import PERIOD_RE, _BARE_RE, _DOC_WORD, _NOT_OWN, _NUMBERED, _ok
from extractors.primary import _ANNOUNCED, mention_score
from extractors.refs import _TYPE_WORD_RE, Mention
from extractors.textutil import finditer_i, letter_first_source, slice_search_i
from extractors.types import Period


def _log(n: float) -> float:
    return math.log1p(n)


def _words(s: str, n: int, tail: bool) -> list[str]:
    w = re.findall(r"\w+", fold(s).lower())
    return w[-n:] if tail else w[:n]


def _none(rule_choice, n_cands: int) -> tuple[None, dict]:
    """The "nothing" candidate: chosen when it outscores every real one."""
    return None, {"none": 1.0, "rule": float(rule_choice is None), "cands": _log(n_cands)}


# --- (c) the page's own document ---------------------------------------------------
# The page's level: a provincial page speaks of "toàn tỉnh", "UBND tỉnh", "cấp huyện, xã"; a national
# one of "cả nước", the Government, ministries. A central document announced on a national page is
# the page's own; on a provincial page it is usually the context the local one implements.
# Matched on the lower-cased text (4x faster than case-insensitive patterns); a unit followed by a
# capital ("tỉnh Quảng Ninh") names some province rather than the page's own.
_PAGE_LOCAL = re.compile(r"\b(?:(?:toàn|của|trong|trên địa bàn|ubnd|ủy ban nhân dân|chủ tịch ubnd|lãnh đạo) "
                         r"(?P<unit>tỉnh|thành phố)\b|cấp (?:huyện|xã)\b|sở, ban, ngành\b|tỉnh ủy)")
_PAGE_NATIONAL = re.compile(r"cả nước|toàn quốc|chính phủ|thủ tướng|bộ chính trị|quốc hội|"
                            r"các bộ, ngành|các địa phương|63 tỉnh|34 tỉnh")
# A page that reviews what a document achieved rather than announcing it
_PAGE_REVIEW = re.compile(r"kết quả|đến nay|đạt được|qua \S+ năm|sau \S+ năm|năm trước|thời gian qua|"
                          r"nhìn lại|tổng kết|sơ kết")
_NAMED = re.compile(r" [A-ZĐ]")


def page_cues(text: str) -> tuple[int, int, int]:
    """(local, national, review) cue counts of the page."""
    low = text.lower()
    same = len(low) == len(text)
    local = sum(1 for m in _PAGE_LOCAL.finditer(low) if not (m.group("unit") and same and _NAMED.match(text, m.end())))
    return local, len(_PAGE_NATIONAL.findall(low)), len(_PAGE_REVIEW.findall(low))


_LIST_ITEM = re.compile(r"^\s*[-•]?\s*\d{1,3}\s*[^\d\s/.-]")     # "- 10Nghị quyết 99/NQ-CP": a related-documents list


def _page_date(text: str, mentions: list[Mention]):
    """The latest date the page certainly exists at: a dated document it names, a date in its
    first lines (posting date, "date YYYY-MM" store line)."""
    ds = [m.date for m in mentions if m.date]
    ds += [d for d in map(date_from_match, any_dates(text, 0, min(len(text), 600))) if d]
    stored = store_dateline(text)
    if stored:
        ds.append(stored)
    return max(ds) if ds else None


def _lead_words(text: str, m: Mention) -> list[str]:
    """Words of its sentence before the mention's type word: "Thủ tướng vừa ký", "Theo"."""
    lo = max(m.sentence[0], m.start - 160)
    pre = text[lo:m.start]       # the window find_mentions reads: linear time
    tw = slice_search_i(_TYPE_WORD_RE, text, lo, m.start)     # over the lowered page (spd30): the same span
    return re.findall(r"\w+", fold(pre[:tw.start()] if tw else pre).lower())


def primary_candidates(mentions: list[Mention], title_keys, text: str) -> list[tuple[str, dict]]:
    """The rule's choice is not a feature here: its threshold drops a central document announced
    on a national page, and the model reads the rule's evidence from "score" and its parts."""
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    n = len(text) or 1
    order = list(by_key)
    if not order:
        return [(None, {"none": 1.0, "cands": 0.0})]
    local, nat, review = (_log(c) for c in page_cues(text))
    as_of = _page_date(text, mentions)
    out = []
    for rank, key in enumerate(order):
        ms = by_key[key]
        first = ms[0]
        f = {
            "score": max(mention_score(m, key in title_keys) for m in ms) / 6,
            "header": float(any(m.header for m in ms)),
            "issued": float(any(m.issued for m in ms)),
            "attached": float(any(m.attached for m in ms)),
            "title": float(key in title_keys),
            "cite_all": float(all(m.cite for m in ms)),
            "cite_first": float(bool(first.cite)),
            "national": float(first.national),
            "announced": float(first.type in _ANNOUNCED),
            "dated": float(any(m.date for m in ms)),
            "mentions": _log(len(ms)),
            "first": float(rank == 0),
            "pos": first.start / n,
            "early": float(first.start < 300),
            "keys": _log(len(order)),
        }
        national = float(first.national)
        announced = any(m.issued or m.header for m in ms)
        lead = min((_lead_words(text, m) for m in ms[:3]), key=len)
        f.update({
            "nat_issued": national * announced,
            "nat_local": national * local,
            "nat_national": national * nat,
            "local_issued": (1 - national) * announced,
            "lead_words": min(len(lead), 12) / 12,
            "sent_start": float(len(lead) <= 1),
            "list_item": float(bool(_LIST_ITEM.match(text, text.rfind("\n", 0, first.start) + 1))),
        })
        for w in lead[-3:]:
            f["p:" + w] = 1.0
        dated = next((m.date for m in ms if m.date), None)
        if dated and as_of:
            age = (as_of - dated).days / 365.25
            f.update({"age": min(max(age, 0.0), 5.0) / 5, "old": float(age >= 1.0), "fresh": float(age < 0.25)})
        if first.type:
            f["t:" + fold(first.type).lower()] = 1.0
        for m in ms[:3]:
            for w in _words(text[max(0, m.start - 60):m.start], 4, tail=True):
                f["b:" + w] = 1.0
        out.append((key, f))
    return out + [(None, {"none": 1.0, "cands": _log(len(order)), "n_local": local, "n_national": nat,
                          "n_review": review})]


# --- (d) the page's province ------------------------------------------------------
_NATIONAL_CUES = re.compile(r"ca nuoc|toan quoc|63 tinh|34 tinh|cac tinh, thanh pho|chinh phu|thu tuong|"
                            r"bo noi vu|bo truong|trung uong|cac bo, nganh", re.I)
_RANKING_CUES = re.compile(r"xep hang|xep thu|dan dau|dung dau|dung thu|cao nhat|thap nhat|bang xep|top \d|"
                           r"nhom dau|nhom cuoi|cong bo chi so|dia phuong co", re.I)
_NEAR_RANK = re.compile(r"dan dau|dung dau|dung thu|xep thu|thu (?:hai|ba|nhat|\d)|hang \d|\(\d{1,2}\)|\d{1,2}/6[34]", re.I)
# place of issue "Hà Nội, ngày …" (the comma sometimes lost) and a news dateline "Hà Nội (TTXVN 18/4)":
# where a text was written, not what it is about
# the page speaks of its own province without naming it ("toàn tỉnh", "UBND tỉnh", "cấp huyện, xã")
_LOCAL_CUES = re.compile(r"\b(?:toan|cua|trong|ubnd|uy ban nhan dan|tren dia ban|dia ban|lanh dao|chu tich) "
                         r"(?:tinh|thanh pho)\b(?! [A-Z])|\bcap (?:huyen|xa)\b|\bso, ban, nganh\b|\bcac (?:huyen|xa)\b",
                         re.I)
# The cues counted case-sensitively in the lowered folded page: several times less CPU than re.I,
# which gets no first-character scan. The counts are the same unless the page holds a character
# re.I equates with an ASCII letter or that lowers to one (İ ı ſ K): then the re.I patterns count.
# (their "\\b"-led alternatives letter-first, textutil.letter_first_source: the same matches, spd30)
_LOWER_CUES = {rx: re.compile(letter_first_source(p) or p) for rx, p in (
    (rx, rx.pattern.replace("(?! [A-Z])", "(?! [a-z])")) for rx in (_NATIONAL_CUES, _RANKING_CUES, _LOCAL_CUES))}
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _cue_counts(folded: str) -> tuple[int, int, int]:
    """How often the national, ranking and local cues occur in the folded page."""
    rxs = (_NATIONAL_CUES, _RANKING_CUES, _LOCAL_CUES)
    if _CASE_ODD.search(folded):
        return tuple(len(rx.findall(folded)) for rx in rxs)
    lowered = folded.lower()
    return tuple(len(_LOWER_CUES[rx].findall(lowered)) for rx in rxs)


# pv31: the level of a page known only from its site. _LOCAL_CUES (re.I) skips a unit word followed
# by any word, so "toàn tỉnh đạt" never counts; here only a capital after it (a named province) is
# skipped, and district and commune bodies count ("trong huyện", "Đảng ủy xã"), "xã hội" does not.
_SITE_LOCAL = re.compile(r"\b(?:toan|cua|trong|ubnd|uy ban nhan dan|tren dia ban|dia ban|lanh dao|chu tich) "
                         r"(?:tinh|thanh pho|huyen|thi xa|xa(?! hoi)|phuong)\b|\bcap (?:huyen|xa)\b|\bso, ban, nganh\b|"
                         r"\bcac (?:huyen|xa)\b(?! hoi)|\btinh ta\b|\b(?:tinh|huyen|thi) uy\b|\bdang uy (?:xa|phuong|huyen)\b")
_NAMED_AFTER = re.compile(r" [A-Z]")
# a ministry by name ("Bộ Tư pháp"; not the province's "Bộ Chỉ huy quân sự"), GDP (a province has GRDP),
# ministries as the assessed ("cấp bộ", "bộ, cơ quan ngang bộ"): the national picture
_SITE_NATIONAL = re.compile(r"\bBo (?!Chi huy)[A-Z]|\bGDP\b")                  # read with their case
_SITE_NATIONAL_LOW = re.compile(r"\bcap bo\b|\bbo, co quan ngang bo\b")       # in the lowered page


def site_level_cues(folded: str) -> tuple[int, int]:
    """(local, national) cue counts of a folded page, for a page known only from its site."""
    low = folded.lower()
    same = len(low) == len(folded)       # offsets shared: the capital is read in the folded page
    local = sum(1 for m in _SITE_LOCAL.finditer(low) if not (same and _NAMED_AFTER.match(folded, m.end())))
    return local, len(_SITE_NATIONAL.findall(folded)) + len(_SITE_NATIONAL_LOW.findall(low))


_PLACE_DATE = re.compile(r"^\s*\|?\s*([^\n,|()]{2,30}?),?\s*(?:ngay\b|\((?:TTXVN|VNA|PV|TG|CTV)\b)", re.M)


def _only_place(e: dict, spans: list[tuple[int, int]]) -> bool:
    return (bool(e["positions"]) and not (e["title"] or e["district"] or e.get("url") or e.get("slug") or e.get("web"))
            and all(any(a <= p < b for a, b in spans) for p in e["positions"]))


def province_candidates(text: str, title: str | None, rule_choice: str | None,
                        url: str | None = None, site: str | None = None,
                        site_cues: bool = False, pg33: str | None = None,
                        pv34: str | None = None) -> list[tuple[str, dict]]:
    """site_cues (option pv31): a page known only from its site weighs site_level_cues.
    pg33 ("slug", "weak", joined by "+"): pg33_features. pv34 ("+"-joined parts): pv34_features."""
    ev = places.province_evidence(text, title, url, site)
    folded = places.folded_page(text)
    place_spans = [(m.start(1), m.end(1)) for m in _PLACE_DATE.finditer(folded[:3000])]
    place_of_issue = {places.canonical_province(folded[a:b]) for a, b in place_spans}
    # named only where the text was written ("Hà Nội, ngày …", "Hà Nội (TTXVN …)"): no evidence
    ev = {k: e for k, e in ev.items() if not _only_place(e, place_spans)}
    if not ev:
        return [_none(rule_choice, 0)]
    total = sum(e["weight"] for e in ev.values()) or 1
    ranked = sorted(ev, key=lambda k: -ev[k]["weight"])
    counts = _cue_counts(folded)
    nat, ranking, local = map(_log, counts)
    out = []
    for name in ranked:
        e = ev[name]
        f = {
            "rule": float(name == rule_choice),
            "share": e["weight"] / total,
            "top": float(name == ranked[0]),
            "second": float(len(ranked) > 1 and name == ranked[1]),
            "weight": _log(e["weight"]),
            "mentions": _log(e["mentions"]),
            "tinh": _log(e["tinh"]),
            "headerish": _log(e["headerish"]),
            "district": _log(e["district"]),
            "title": float(e["title"] > 0),
            "early": float(e["first"] < 300),
            "pos": e["first"] / (len(text) or 1),
            "place_of_issue": float(name in place_of_issue),
            "url": float(e.get("url", 0)),
            "web": float(e.get("web", 0)),
            "person": e.get("person", 0) / max(1, e["mentions"]),
            "slug": float(e.get("slug", 0) > 0),
            "slug_first": float(e.get("slug", 0) == 2),
            "provinces": _log(len(ranked)),
            "national": nat,
            "ranking": ranking,
            "near_rank": float(any(near := [bool(_NEAR_RANK.search(folded, max(0, p - 50), p + 60))
                                            for p in e["positions"]])),     # each position searched once (spd30)
            "only_near_rank": float(all(near) and bool(e["positions"])),
        }
        out.append((name, f))
    none = _none(rule_choice, len(ranked))
    none[1]["n_url_given"] = float(bool(url or site))      # with a URL, "named nowhere in it" means more
    top = out[0][1]       # a page about no single province looks like a ranking: say so to "none"
    e0 = ev[ranked[0]]    # known from the site alone: a national text on a provincial site, or not?
    url_only = float(bool(e0.get("url")) and not (e0["mentions"] or e0["district"] or e0["title"] or e0.get("slug")))
    none[1].update({"n_local": local, "n_url_only": url_only, "n_url_only_national": url_only * nat,
                    "n_url_only_local": url_only * local})
    if site_cues and url_only:
        s_local, s_nat = site_level_cues(folded)
        none[1].update({"n_url_only_national": url_only * _log(counts[0] + s_nat),
                        "n_url_only_local": url_only * _log(s_local),
                        "n_url_only_bare": url_only * float(not s_local and not nat and not s_nat)})
    none[1].update({"n_share": top["share"], "n_ranking": ranking, "n_national": nat, "n_title": top["title"],
                    "n_tinh": top["tinh"], "n_headerish": top["headerish"], "n_url": top["url"],
                    "n_near_rank": top["near_rank"], "n_slug": top["slug"],
                    "n_slugs": _log(sum(1 for e in ev.values() if e.get("slug")))})
    if pg33:
        pg33_features(out, none[1], ev, nat, pg33, url)
    if pv34:
        pv34_features(out, none[1], pv34, title, url)
    return out + [none]


_PG33_WEAK = 1      # a raw weight: one plain mention


_PG33_UNIT = ("tinh", "thanh", "pho", "tp")


def _last_segment(url: str) -> str:
    """The URL's last path segment, where a headline slug sits (query and fragment aside; "" for a bare host)."""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1] if path.count("/") > 2 or "://" not in path else ""


def pg33_slug_lead(url: str) -> str | None:
    """The province the headline slug starts with ("/ca-mau-phan-dau-…", "/tphcm-3-bi-thu-…",
    "/thanh-pho-can-tho-…"): the headline's subject. Reads the last path segment's first words only."""
    toks = re.findall(r"[a-z0-9]+", fold(_last_segment(url)[:80]).lower())
    while toks and toks[0] in _PG33_UNIT:
        toks = toks[1:]
    for n in (1, 2, 3, 4):
        named = places.slug_provinces("/" + "-".join(toks[:n]))
        if named:      # the name starts at the first word ("phan-dau-ca-mau" leads with no province)
            return None if places.slug_provinces("/" + "-".join(toks[1:n])) else named[0]
    return None


_PG33_LOCALITY = re.compile(r"([/-])dia-phuong(?=[/-])", re.I)


def pg33_features(out: list[tuple[str, dict]], none: dict, ev: dict, nat: float, parts: str,
                  url: str | None = None) -> None:
    """pg33, the page's province on fresh pages (features added in place; bounded by the candidates).
    slug: the headline slug's first province and the URL host's province disagree: a paper or portal
    reposting another province's news ("baogialai.com.vn/kien-giang-dat-muc-tieu-…") is about the slug's.
    weak: a province named once in passing (one mention, no title, host, slug, web address or district)
    on a page of national cues: a national text quoting one province, not that province's page.
    The slug part also reads a news section "/dia-phuong/phu-tho-…" ("địa phương", locality) as no unit word:
    places.slug_provinces skips a name after "phuong" (a ward), which lost the headline's province."""
    want = set(str(parts).split("+"))
    if "slug" in want and url and not any(f["slug"] for _, f in out) and _PG33_LOCALITY.search(url):
        named = list(dict.fromkeys(places.slug_provinces(_PG33_LOCALITY.sub(r"\1", url))))
        for name, f in out:
            if name in named:
                f["slug"] = 1.0
                f["slug_first"] = float(name == named[0])
        if out:
            none["n_slug"] = out[0][1]["slug"]
            none["n_slugs"] = _log(sum(1 for _, f in out if f["slug"]))
    if "slug" in want:
        first = next((n for n, f in out if f["slug_first"]), None)
        host = next((n for n, f in out if f["url"]), None)
        if first and host and first != host:
            for name, f in out:
                if name == first:
                    f["pg33_slug_not_host"] = 1.0
                elif name == host:
                    f["pg33_host_not_slug"] = 1.0
    if "lead" in want and url:
        lead = pg33_slug_lead(url)
        for name, f in out:
            if name == lead:
                f["pg33_slug_lead"] = 1.0
    if "weak" in want and out:
        for name, f in out:
            e = ev[name]
            if e["weight"] <= _PG33_WEAK and not (f["title"] or f["district"] or f["url"] or f["slug"] or f["web"]):
                f["pg33_weak"] = 1.0
                f["pg33_weak_nat"] = nat
        if out[0][1].get("pg33_weak"):
            none["pg33_n_weak"] = 1.0
            none["pg33_n_weak_nat"] = nat


# pv34: the headline of a ranking page (the lead's ruling, session 33). Read in the folded, lowered
# title or URL segment; "đội sổ" not inside "chuyển đổi số".
_PV34_RANK = re.compile(r"\b(?:xep (?:thu|hang)|dan dau|(?<!nguoi )dung (?:dau|thu|cuoi)|top \d{1,2}|quan quan|"
                        r"(?:tang|giam) \d+ bac|vi tri (?:so|thu|dan)|so 1\b|cao nhat|thap nhat|cuoi bang|"
                        r"(?<!chuyen )doi so|ngoi vuong)\b")
# the headline speaks of the nation or of several places ("cả nước", "Chính phủ", "các địa phương", GDP)
_PV34_NATIONAL = re.compile(r"\b(?:viet nam|ca nuoc|toan quoc|quoc gia|chinh phu|thu tuong|quoc hoi|trung uong|"
                            r"bo chinh tri|gdp|(?:cac|nhieu) (?:dia phuong|tinh)|the gioi)\b")


def pv34_headline(title: str | None, url: str | None) -> tuple[str, list[str]]:
    """(folded lowered headline, its provinces in order): the title, else the URL's last path segment."""
    if title and title.strip():
        low = fold(title[:300]).lower()
        return " ".join(re.findall(r"[a-z0-9]+", low)), list(places.find_provinces(title[:300]))
    if not url:
        return "", []
    seg = re.sub(r"\.[a-z]{2,5}$", "", _last_segment(url)[:200])
    words = re.findall(r"[a-z0-9]+", fold(seg).lower())
    return " ".join(words), list(dict.fromkeys(places.slug_provinces("/" + "-".join(words))))


def pv34_features(out: list[tuple[str, dict]], none: dict, parts: str, title: str | None,
                  url: str | None = None) -> None:
    """pv34, the page's province after the ranking ruling (features added in place; the headline only).
    head: a ranking headline (a place, score or change: "xếp thứ", "dẫn đầu", "tăng 3 bậc") naming one
    province gives its candidate pv34_head_rank; naming several, or none, gives the "none" candidate
    pv34_n_head_several / pv34_n_head_rank_none.
    nat: a headline of national cues naming no province: pv34_n_head_nat on "none"."""
    want = set(str(parts).split("+"))
    head, named = pv34_headline(title, url)
    if not head:
        return
    rank = bool(_PV34_RANK.search(head))
    if "head" in want:
        if len(named) == 1 and rank:
            for name, f in out:
                if places.same_province(name, named[0]):
                    f["pv34_head_rank"] = 1.0
        elif len(named) > 1 and rank:
            none["pv34_n_head_several"] = 1.0
        elif rank and not named:
            none["pv34_n_head_rank_none"] = 1.0
    if "nat" in want and not named and _PV34_NATIONAL.search(head):
        none["pv34_n_head_nat"] = 1.0


# --- (e) the document's own period ------------------------------------------------
# "UBND tỉnh vừa ban hành Kế hoạch … giai đoạn 2022 – 2025", "… giai đoạn 2021-2030 vừa được UBND tỉnh ban
# hành": news announcing the document the window belongs to (pd25)
_ISSUED_BEFORE = re.compile(r"\b(?:ban hành|phê duyệt|thông qua)\b", re.I)
_ISSUED_AFTER = re.compile(r"^[^.;\n]{0,60}?\b(?:vừa|đã|mới)\s+(?:được\s+)?(?:\S+\s+){0,4}?(?:ban hành|phê duyệt|thông qua)\b",
                           re.I)


def period_candidates(text: str, focus_spans: dict[str, str], rule: Period | None,
                      worded: set[tuple[int, int]] | None = None) -> list[tuple[Period, dict]]:
    """focus_spans: named snippets ("title", "doc_title", "tail") where a period would be the
    document's own. worded: when given, only these ranges (those written after "giai đoạn") are candidates."""
    found: dict[tuple[int, int], dict] = {}
    for bare, rx in ((False, PERIOD_RE), (True, _BARE_RE)):
        for m in finditer_i(rx, text):          # groups and spans used: years and offsets
            a, b = int(m.group(1)), int(m.group(2))
            if not _ok(a, b) or (worded is not None and (a, b) not in worded):
                continue
            f = found.setdefault((a, b), {"n": 0, "first": m.start(), "worded": 0.0, "own_doc": 0.0,
                                          "not_own": 0.0, "numbered": 0.0, "term": 0.0, "issued": 0.0})
            if bare and any(m.start() >= s and m.end() <= e for s, e in f.get("_spans", [])):
                continue
            f.setdefault("_spans", []).append((m.start(), m.end()))
            f["n"] += 1
            f["first"] = min(f["first"], m.start())
            if not bare:
                f["worded"] = 1.0
            clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:\n") + 1
            window = max(clause_start, m.start() - 160)
            if _DOC_WORD.search(text, window, m.start()):
                f["own_doc"] = 1.0
            if _NOT_OWN.search(text, window, m.start()):
                f["not_own"] += 1
            if _NUMBERED.search(text, window, m.start()):
                f["numbered"] = 1.0
            if "nhiệm kỳ" in text[max(0, m.start() - 15):m.start()].lower():
                f["term"] = 1.0
            if not bare and (_ISSUED_BEFORE.search(text, window, m.start())
                             or _ISSUED_AFTER.search(text[m.end():m.end() + 120])):
                f["issued"] = 1.0
    out = []
    n = len(text) or 1
    for (a, b), raw in found.items():
        p = Period(a, b)
        f = {
            "rule": float(rule is not None and (rule.start, rule.end) == (a, b)),
            "n": _log(raw["n"]),
            "pos": raw["first"] / n,
            "early": float(raw["first"] < 500),
            "worded": raw["worded"],
            "own_doc": raw["own_doc"],
            "not_own": min(raw["not_own"] / raw["n"], 1.0),
            "numbered": raw["numbered"],
            "term": raw["term"],
            "issued": raw["issued"],
            "span5": float(b - a in (4, 5)),
            "span10": float(b - a >= 9),
            "cands": _log(len(found)),
        }
        rx = re.compile(rf"{a}\s*(?:-|–|—|đến|tới)\s*{b}")
        for name, snippet in focus_spans.items():
            if snippet and rx.search(snippet):
                f["in_" + name] = 1.0
        out.append((p, f))
    return out + [_none(rule, len(found))]
