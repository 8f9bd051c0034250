"""Gazetteer: the 63 provinces before and the 34 after the 2025 reorganisation.

Data: extractors/data/provinces.json (GSO codes; NQ 202/2025/QH15). Names are returned
without "tỉnh"/"thành phố": "Tiền Giang", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu".
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from extractors.normalize import fold

_DATA = Path(__file__).with_name("data") / "provinces.json"
_DISTRICTS = Path(__file__).with_name("data") / "districts.json"
_REGISTRY = Path(__file__).resolve().parents[1] / "crawler" / "sources"
_PRESS = Path(__file__).with_name("data") / "press_hosts.json"


@lru_cache(maxsize=4)     # the page and its title; a page is at most 600k characters
def folded_page(text: str) -> str:
    """fold(text), kept for the last four texts: one extraction folds the same page in four steps
    (the province of the page, its evidence, its candidates)."""
    return fold(text)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def old_provinces() -> list[str]:
    """The 63 provinces and centrally-run cities before 01/07/2025."""
    return [p["name"] for p in _data()["old_provinces"]]


def new_provinces() -> list[str]:
    """The 34 units after 01/07/2025."""
    return [p["name"] for p in _data()["new_provinces"]]


@lru_cache(maxsize=4096)    # the same few spellings of each province, read at every mention (spd31)
def _key(name: str) -> str:
    s = fold(name).lower()
    s = re.sub(r"[\-\u2013.,_]", " ", s)
    s = re.sub(r"^\s*(tinh|thanh pho|tp|t p)\s+", "", s)
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for name in new_provinces() + old_provinces():   # old names win on equal keys
        idx[_key(name)] = name
        idx[_key(name).replace(" ", "")] = name
    for name, alts in _data()["aliases"].items():
        for a in alts:
            idx.setdefault(_key(a), name)
            idx.setdefault(_key(a).replace(" ", ""), name)
    return idx


def canonical_province(name: str | None) -> str | None:
    """"TP. Hồ Chí Minh", "Thanh pho Can Tho", "tỉnh Tiền Giang" -> canonical name, or None."""
    if not name:
        return None
    k = _key(name)
    idx = _index()
    return idx.get(k) or idx.get(k.replace(" ", ""))


def merged_into(old_province: str) -> str | None:
    """The post-2025 unit an old province belongs to ("Tiền Giang" -> "Đồng Tháp")."""
    name = canonical_province(old_province)
    if name is None:
        return None
    for p in _data()["old_provinces"]:
        if p["name"] == name:
            return p["merged_into"]
    return name if name in new_provinces() else None


@lru_cache(maxsize=1)
def _renames() -> dict[str, str]:
    """Old name -> new name for units that were only renamed: one old province, nothing merged in
    ("Thừa Thiên Huế" -> "Huế", 01/01/2025)."""
    return {p["formed_from"][0]: p["name"] for p in _data()["new_provinces"]
            if len(p["formed_from"]) == 1 and p["formed_from"][0] != p["name"]}


def same_province(a: str | None, b: str | None) -> bool:
    """One unit under either name: equal canonical names, or an old name and its rename
    ("Thừa Thiên Huế" = "Huế"). A province merged into another is NOT the same ("Tiền Giang" !=
    "Đồng Tháp"): the page belongs to the old province, and the merged unit is a different place."""
    ca, cb = canonical_province(a), canonical_province(b)
    if not ca or not cb:
        return False
    r = _renames()
    return r.get(ca, ca) == r.get(cb, cb)


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    """District name -> old province (names shared by two provinces are left out of the file)."""
    d = json.loads(_DISTRICTS.read_text(encoding="utf-8"))["districts"]
    return {name: prov for prov, names in d.items() for name in names}


def districts_of(province: str) -> list[str]:
    name = canonical_province(province)
    return sorted(k for k, v in _districts().items() if v == name)


def province_of_district(name: str) -> str | None:
    """"Hải Lăng" -> "Quảng Trị" (pre-2025 district level)."""
    return _districts().get(" ".join(name.split()))


@lru_cache(maxsize=1)
def _district_re() -> re.Pattern:
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_districts(), key=len, reverse=True))
    # "(?<!\w)(?i:huyện|quận|thị xã|thành phố|tp\.?)" with the first letter consumed before the checks, so
    # re skips to h, q, t in C (under re.I each matches only its two cases): the same matches and groups
    return re.compile(r"[hHqQtT](?<!\w[hHqQtT])(?i:(?<=h)uyện|(?<=q)uận|(?<=t)hị xã|(?<=t)hành phố|(?<=t)p\.?)"
                      r"\s*(" + names + r")(?![\w'])")


def page_district(text: str, province: str | None) -> str | None:
    """The one district of the page's province the text names after "huyện" ("huyện Lắk"), else None."""
    prov = canonical_province(province)
    names = {" ".join(m.group(1).split()) for m in _district_re().finditer(text)
             if m.group(0)[:5].lower() == "huyện"}
    names = {n for n in names if province_of_district(n) == prov}
    return names.pop() if prov and len(names) == 1 else None


def formed_from(new_province: str) -> list[str]:
    name = canonical_province(new_province)
    for p in _data()["new_provinces"]:
        if p["name"] == name or (name == "Thừa Thiên Huế" and p["name"] == "Huế"):
            return list(p["formed_from"])
    return []


def province_family(name: str | None) -> list[str]:
    """The provinces a filter by this name covers. A post-2025 unit covers itself and the provinces
    it was formed from ("Đồng Tháp" -> Đồng Tháp, Tiền Giang); an old name that is no longer a unit
    still works and covers only itself ("Tiền Giang"). Unknown names cover nothing."""
    canon = canonical_province(name)
    if canon is None:
        return []
    family = formed_from(canon) if canon in new_provinces() else []
    return [canon] + [p for p in family if p != canon]


def predecessor_of(province: str | None, unit: str | None) -> str | None:
    """The old province a document belongs to when it is not the unit's own, else None:
    ("Tiền Giang", "Đồng Tháp") -> "Tiền Giang"; ("Đồng Tháp", "Đồng Tháp") -> None."""
    p, u = canonical_province(province), canonical_province(unit)
    if not p or not u or p == u:
        return None
    return p if p in province_family(unit) else None


# --- finding the page's province --------------------------------------------------
def _mention_alternatives() -> list[str]:
    """The province names' spellings as pattern alternatives, longest first."""
    names = set()
    for name in old_provinces() + new_provinces():
        names.add(fold(name))
    for alts in _data()["aliases"].values():
        names.update(fold(a) for a in alts if len(a) > 4)
    variants = set()
    for n in names:
        variants.update({n, n.upper(), " ".join(w[:1].upper() + w[1:] for w in n.split()),
                         re.sub(r"^TP\b", "Tp", n)})                 # "Tp.HCM"
    # "Bà Rịa – Vũng Tàu" (en dash), "TP. HCM" (space after the abbreviation's dot)
    return [re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"\s*[-\u2013]\s*").replace(r"\.", r"\.\s*")
            for n in sorted(variants, key=len, reverse=True)]


@lru_cache(maxsize=1)
def _mention_re() -> re.Pattern:
    """Province names (folded) as proper nouns: "Tien Giang" or "TIEN GIANG", case-sensitive so
    the scan only engages at capitals."""
    alts = _mention_alternatives()
    # "(?<!\w)(?=[A-Z])(?:alts)" written as one branch per capital, its letter consumed before the
    # "(?<!\w)" check, so re skips to capitals in C: the same alternatives in the same order at each
    # position (only those opening with that capital can match there), the same matches
    by_first: dict[str, list[str]] = {}
    for a in alts:
        if "A" <= a[0] <= "Z":
            by_first.setdefault(a[0], []).append(a[1:])
    return re.compile("(?:" + "|".join(c + r"(?<!\w" + c + ")(?:" + "|".join(rest) + ")" for c, rest in by_first.items())
                      + r")(?!\w)")


_PREFIX = re.compile(r"(tinh|thanh\s+pho|tp\.?)\s*$", re.I)
_HEADERISH = re.compile(r"(?:uy ban nhan dan|ubnd|cong thong tin dien tu|trang thong tin dien tu|"
                        r"hoi dong nhan dan|tinh uy|so noi vu)\s+(?:tinh|thanh pho|tp\.?)\s*$", re.I)


# a person's name, not a place: "Phó Thủ tướng Nguyễn Hòa Bình", "ông Nguyễn Thái Bình", "Vương Đình Huệ"
# (folded, "Huệ" reads "Hue"). The common family names, capitalised, right before the mention.
_SURNAME = re.compile(r"(?<![\w.])(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|"
                      r"Dao|Truong|Trinh|Luu|Ta|Quach|Vuong|Trieu|Kieu|Luong|Chu|To|Thai|Lam|Ha|Cao|Mai) $")


def _person_name(folded: str, start: int) -> bool:
    return bool(_SURNAME.search(folded, max(0, start - 8), start))


# a commune, ward or district named like a province ("xã Quảng Bình" in Thanh Hóa, "huyện Quảng Ninh" in
# Quảng Bình, "phường Hòa Bình"): a place inside some province, no evidence for that province. "thị xã X"
# and "thành phố X" are left alone: such a town mostly is the province's own.
_UNIT_BEFORE = re.compile(r"(?:(?<!thi )(?<!Thi )(?<!THI )\b(?:xa|Xa|XA)|\b(?:phuong|huyen|thi tran)|\b(?:Phuong|Huyen|Thi tran)|"
                          r"\b(?:PHUONG|HUYEN|THI TRAN)) $")
_UNIT_TOKENS = {"xa", "phuong", "huyen"}


def _unit_named(folded: str, start: int) -> bool:
    """"xã Quảng Bình", not a list of unit kinds before their province ("126 xã, phường Hà Nội")."""
    m = _UNIT_BEFORE.search(folded, max(0, start - 10), start)
    return bool(m) and not folded[max(0, m.start() - 2):m.start()].rstrip().endswith(",")


@lru_cache(maxsize=4)     # the page and its title, as folded_page
def _mentions_in(folded: str) -> tuple[tuple[int, str], ...]:
    """(start, text) of each province mention in a folded text: scanned once for find_provinces and
    province_evidence, which read the same page (spd31)."""
    return tuple((m.start(), m.group(0)) for m in _mention_re().finditer(folded))


@lru_cache(maxsize=4)
def _districts_in(text: str) -> tuple[tuple[int, str], ...]:
    """(start, name) of each district mention ("UBND huyện Hải Lăng"), scanned once per text (spd31)."""
    return tuple((m.start(), m.group(1)) for m in _district_re().finditer(text))


def find_provinces(text: str) -> Counter:
    """Weighted province mentions in the text (canonical name -> weight)."""
    folded = folded_page(text)
    c: Counter = Counter()
    for start, mention in _mentions_in(folded):
        name = canonical_province(mention)
        if not name or _unit_named(folded, start):
            continue
        before = folded[max(0, start - 40):start]
        pre = _PREFIX.search(before)
        w = 1
        if pre:
            w = 3 if pre.group(1).lower() == "tinh" else 2
            if _HEADERISH.search(before):
                w = 5                      # "UBND tỉnh X", "Cổng thông tin điện tử tỉnh X"
        c[name] += w
    for _, district in _districts_in(text):    # "UBND huyện Hải Lăng" -> Quảng Trị
        prov = _districts().get(" ".join(district.split()))
        if prov:
            c[prov] += 2
    return c


def province_evidence(text: str, title: str | None = None, url: str | None = None,
                      site: str | None = None) -> dict[str, dict]:
    """Per province named in the page: its weight (as find_provinces) and what it is made of.
    site: the province of the source the page came from, for hosts the registry does not know."""
    folded = folded_page(text)
    ev: dict[str, dict] = {}

    def slot(name: str, pos: int) -> dict:
        if name not in ev:      # one unit under its old and new name ("Thừa Thiên Huế" / "Huế"): one slot
            name = next((k for k in ev if same_province(k, name)), name)
        e = ev.setdefault(name, {"weight": 0, "mentions": 0, "tinh": 0, "headerish": 0, "district": 0,
                                 "title": 0, "first": pos, "positions": []})
        e["first"] = min(e["first"], pos)
        return e

    for start, mention in _mentions_in(folded):
        name = canonical_province(mention)
        if not name or _unit_named(folded, start):
            continue
        e = slot(name, start)
        e["positions"].append(start)
        e["person"] = e.get("person", 0) + _person_name(folded, start)
        before = folded[max(0, start - 40):start]
        pre = _PREFIX.search(before)
        w = 1
        if pre:
            w = 3 if pre.group(1).lower() == "tinh" else 2
            e["tinh"] += 1
            if _HEADERISH.search(before):
                w = 5
                e["headerish"] += 1
        e["mentions"] += 1
        e["weight"] += w
    for start, district in _districts_in(text):
        prov = _districts().get(" ".join(district.split()))
        if prov:
            e = slot(prov, start)
            e["district"] += 1
            e["weight"] += 2
    if title:
        for name, w in find_provinces(title).items():
            e = slot(name, len(text))
            e["title"] += 1
            e["weight"] += 4 + w
    for name in (re.findall(r"[\w.-]+@([a-z]+)\.gov\.vn", folded.lower()) if "@" in folded else ()):
        p = _index().get(name)
        if p:
            slot(p, len(text))["weight"] += 3
    for name in _web_addresses(folded):
        e = slot(name, len(text))
        e["weight"] += 3
        e["web"] = 1
    u = _from_url(url) or canonical_province(site)
    if u:
        e = slot(u, len(text))
        e["weight"] += 6
        e["url"] = 1
    for rank, name in enumerate(dict.fromkeys(slug_provinces(url))):
        e = slot(name, len(text))
        e["weight"] += 3
        e["slug"] = 1 + (rank == 0)      # 2: the first province of the headline slug
    return ev


# a web address written in the text: a newspaper's credit "(Baohatinh.vn) -", "(Thanhhoa.dcs.vn)", a portal
# named in a notice ("congdanso.danang.gov.vn"); not an e-mail's domain (counted above)
_WEB = re.compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+(?:vn|com|net|org))(?![\w-])")
_WEB_TLDS = (".vn", ".com", ".net", ".org")


def _web_addresses(folded: str) -> list[str]:
    """Provinces of the web addresses the page names, in order, once each."""
    low = folded.lower()
    if not any(tld in low for tld in _WEB_TLDS):       # every match ends in one (spd30): most pages name none
        return []
    found = (_from_url(m.group(1)) for m in _WEB.finditer(low))
    return list(dict.fromkeys(p for p in found if p))


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = _host(url)
    reg, press = _registry_hosts(), _press_hosts()
    for i in range(len(host.split(".")) - 1):     # the registry's own hosts, then their subdomains
        parent = host.split(".", i)[-1]
        if parent in reg:
            return reg[parent]
        if parent in press:                         # "amp.baodongkhoi.vn": Bến Tre's paper
            return press[parent]
    parts = [p.replace("-", "") for p in host.split(".")]
    idx = _index()
    if len(parts) >= 3 and parts[-2:] == ["gov", "vn"]:
        # <department|district>.<province>.gov.vn: only the label before gov.vn names the province
        # ("ngheandost.gov.vn", "investinthanhhoa.gov.vn": a key inside it)
        parts = parts[-3:]
    for p in parts:
        if len(p) >= 5 and p in idx:
            return idx[p]
    # "baobariavungtau.com.vn", "baocamau.vn": the longest province key inside a host label; a key
    # shorter than five letters only where a label begins with it ("huengaynay.vn"; "luatminhkhue"
    # is no Huế site)
    hits = [k for p in parts[:-1] for k in _host_keys() if k in p and (len(k) >= 5 or p.startswith(k))]
    return idx[max(hits, key=len)] if hits else None


def _host(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    return re.sub(r"^www\.", "", host)


@lru_cache(maxsize=1)
def _registry_hosts() -> dict[str, str | None]:
    """Host -> province of the crawler's source registry (crawler/sources/*.yaml): the province a
    portal, department or district site belongs to (the former province for an archive), None for
    national sources. A host listed under two provinces is left out."""
    import yaml
    seen: dict[str, set] = {}
    # libyaml's loader when PyYAML has it: the same data, a tenth of the time (~0.15 s once a process)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for f in sorted(_REGISTRY.glob("*.yaml")):
        for src in (yaml.load(f.read_text(encoding="utf-8"), Loader=loader) or {}).get("sources") or []:
            if src.get("base_url"):
                prov = canonical_province(src.get("former_province") or src.get("province"))
                seen.setdefault(_host(src["base_url"]), set()).add(prov)
    return {h: next(iter(p)) for h, p in seen.items() if len(p) == 1}


@lru_cache(maxsize=1)
def _press_hosts() -> dict[str, str]:
    """Host -> province of the provincial papers and stations whose host names no province."""
    hosts = json.loads(_PRESS.read_text(encoding="utf-8"))["hosts"]
    return {h: canonical_province(p) for h, p in hosts.items()}


@lru_cache(maxsize=1)
def _slug_keys() -> tuple[dict, dict]:
    """Province keys as slug tokens: ("tien", "giang") and squashed ones ("tphcm", "daklak")."""
    idx = _index()
    multi = {tuple(k.split()): v for k, v in idx.items() if " " in k}
    single = {k: v for k, v in idx.items() if " " not in k and (len(k) >= 5 or k == "hcm")}
    return multi, single


def slug_provinces(url: str | None) -> list[str]:
    """Provinces named in a URL's path and query, in order: news and legal-database URLs carry
    the headline ("/binh-phuoc-dung-thu-9-63-tinh...", "Ke-hoach-43-KH-UBND-2022-...-vinh-long")."""
    if not url:
        return []
    parts = urlsplit(url if "://" in url else "http://" + url)
    toks = [t for t in re.split(r"[^a-z0-9]+", fold(unquote(parts.path + " " + parts.query)).lower()) if t]
    multi, single = _slug_keys()
    out, i = [], 0
    while i < len(toks):
        for n in (4, 3, 2):
            t = tuple(toks[i:i + n])
            # "...-nam-dinh-huong-..." is "năm, định hướng", not Nam Định
            if (len(t) == n and t in multi and not (i + n < len(toks) and toks[i + n] == "huong")
                    and not (i and toks[i - 1] in _UNIT_TOKENS and (toks[i - 2] if i > 1 else "") not in ("thi", *_UNIT_TOKENS))):
                out.append(multi[t])
                i += n
                break
        else:
            if toks[i] in single:
                out.append(single[toks[i]])
            i += 1
    return out


@lru_cache(maxsize=1)
def _host_keys() -> tuple[str, ...]:
    return tuple(k for k in _index() if " " not in k and len(k) >= 3)


def page_province(text: str, *, title: str | None = None, url: str | None = None,
                  hint: str | None = None, site: str | None = None) -> str | None:
    """The province a page is about: hint from the source, the title, the body, the URL (or the
    source's province, site, weighed as the URL's)."""
    c = find_provinces(text)
    if title:
        for name, w in find_provinces(title).items():
            c[name] += 4 + w
    low = folded_page(text).lower()
    # no "@", no address: the scan tries the run before it at every character of the page
    for name in (re.findall(r"[\w.-]+@([a-z]+)\.gov\.vn", low) if "@" in low else ()):
        p = _index().get(name)
        if p:
            c[p] += 3
    u = _from_url(url) or canonical_province(site)
    if u:
        c[u] += 6
    h = canonical_province(hint)
    if h:
        c[h] += 10
    if not c:
        return None
    return c.most_common(1)[0][0]


def __getattr__(name: str):
    # OLD_PROVINCES / NEW_PROVINCES as tuples, read from the data file on first use
    if name == "OLD_PROVINCES":
        return tuple(old_provinces())
    if name == "NEW_PROVINCES":
        return tuple(new_provinces())
    raise AttributeError(name)
