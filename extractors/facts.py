"""extract_facts: one page's text -> Facts (references, primary, province, indices, period, targets)."""
from __future__ import annotations

import re

from extractors import issuers, places
from extractors.candidates import period_candidates, primary_candidates, province_candidates
from extractors.citations import find_citations
from extractors.dates import ANY_DATE, store_dateline
from extractors.indices import find_indices
from extractors.models import Models, best, shipped
from extractors.normalize import normalize_text, unwrap_lines
from extractors.period import giai_doan_ranges, named_document_period, own_period
from extractors.primary import choose_primary
from extractors.refs import Mention, find_mentions, number_key
from extractors.targets import annual_year, find_targets
from extractors.textutil import Sentences, uts_sentences
from extractors.types import DocRef, Facts

_WEEKDAY = re.compile(r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|ngày đăng|đăng ngày|cập nhật|"
                      r"ngày|lúc|gửi lúc|tin đăng|xem|lượt xem|\d{1,2}:\d\d(?::\d\d)?\s*(?:am|pm|sa|ch)?|[|,\-:]",
                      re.I)


def _is_date_line(line: str) -> bool:
    if len(line) > 70 or not ANY_DATE.search(line):
        return False
    rest = _WEEKDAY.sub(" ", ANY_DATE.sub(" ", line))
    rest = re.sub(r"\d+", " ", rest)
    return len(rest.strip()) <= 12


# A photo caption, which news pages put between the headline and the body: "… phát biểu. Ảnh: N.P",
# "(trong ảnh: …)", "Ảnh minh họa", "(Ảnh HOÀNG VƯƠNG)", an image's file name, Facebook's alt text
_CAPTION = re.compile(r"(?i:(?:^|[\s(.|–—-])(?:trong\s+)?ảnh(?:\s+minh\s+h(?:ọa|oạ))?\s*:|ảnh\s+minh\s+h(?:ọa|oạ)"
                      r"|\.(?:jpe?g|png|gif|webp)\b|^có\s+thể\s+là\s+hình\s+ảnh)"
                      r"|(?:^|[(.|–—-]\s*)(?:Ảnh|ẢNH)\s+[A-ZĐÀ-Ỹ]\S*(?:\s+\S+){0,4}\s*[|)]?\s*$")


def guess_title(text: str) -> tuple[str, int] | None:
    """(title, offset): the line above the posting date, else the last heading-like line
    before the first long paragraph."""
    pos = 0
    candidates: list[tuple[str, int]] = []
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        s = line.strip()
        if len(s) > 250:
            break
        if _is_date_line(s):
            if candidates:
                return candidates[-1]
            continue
        if len(s) >= 20 and not s.endswith((".", ";")) and not re.match(r"[-•+*]|\d+[.)]\s", s) \
                and not _CAPTION.search(s):
            candidates.append((s, start))
    return candidates[-1] if candidates else None


_DOC_HEAD = re.compile(r"^(?:KẾ HOẠCH|QUYẾT\s+ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|BÁO CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|"
                       r"THÔNG BÁO|QUY ĐỊNH|QUY CHẾ|TỜ TRÌNH)\b(.*)$", re.M)


_SECTION = re.compile(r"(?:[IVX]+|\d+)\s*[.)]\s|PHẦN\s+[IVX\d]|CHƯƠNG\s+[IVX\d]")   # "I. MỤC ĐÍCH": a heading
# "… GIAI ĐOẠN 2021\n- 2025": a title line cut inside its range; the rest of the range continues it (pd25)
_RANGE_CUT = re.compile(r"(?:GIAI ĐOẠN|NĂM|KỲ|(?:19|20)\d\d)$")
_RANGE_REST = re.compile(r"(?:(?:19|20)\d\d\s*)?[-–—]\s*(?:19|20)\d\d|(?:19|20)\d\d")


def document_title(text: str, after: int = 0) -> str | None:
    """The title block of a reproduced document: "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH ... NĂM 2014"."""
    m = _DOC_HEAD.search(text, after, after + 3000)
    if not m:
        return None
    parts = [m.group(0)]
    pos = m.end() + 1
    blanks, spaced = 0, False
    for line in text[pos:pos + 600].split("\n"):
        s = line.strip(" |")
        letters = [c for c in s if c.isalpha()]
        if not s:
            blanks += 1
            # a double-spaced copy ("KẾ HOẠCH\n\nPHÁT TRIỂN …\n\nGIAI ĐOẠN 2020-2025"): one blank
            # line between the title's lines; a run of blank lines ends it
            if len(parts) > 1 and (not spaced or blanks > 1):
                break
            continue
        if not letters and _RANGE_CUT.search(parts[-1]) and _RANGE_REST.fullmatch(s):
            blanks = 0
            parts.append(s)
            continue
        if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters) or _SECTION.match(s):
            break
        spaced = blanks == 1 and (spaced or len(parts) == 1)
        blanks = 0
        parts.append(s)
    return " ".join(parts)


def _written_after(refs: list[DocRef], text: str) -> int | None:
    """The latest year the page was certainly written in or after: a document it cites was
    issued by then, and so was its own (header date, a store's "date YYYY-MM" line)."""
    years = [r.date.year for r in refs if r.date]
    stored = store_dateline(text)
    if stored:
        years.append(stored.year)
    return max(years) if years else None


def _fuller(new: str | None, old: str | None) -> bool:
    """The fullest written issuer wins (the annotation guide): "Tỉnh ủy (khóa XIV)" then "Ban Chấp
    hành Đảng bộ tỉnh (khóa XIV)" -> the second."""
    return bool(new and old) and len(new.split()) > len(old.split()) + 1


def _merge(mentions: list[Mention], province: str | None, district: str | None = None) -> list[DocRef]:
    merged: dict[str, DocRef] = {}
    strength: dict[str, tuple[int, int, bool]] = {}
    for m in mentions:
        issuer = issuers.resolve_issuer(m.issuer, province, district) if m.issuer_strength == 2 else m.issuer
        r = merged.get(m.key)
        if r is None:
            merged[m.key] = DocRef(number=m.number, type=m.type, date=m.date, issuer=issuer,
                                   sentence=None, start=m.start)
            strength[m.key] = (m.date_strength, m.issuer_strength, m.type_from_words)
            continue
        ds, iss, tw = strength[m.key]
        if m.date_strength > ds:
            r.date, ds = m.date, m.date_strength
        if m.issuer_strength > iss or (m.issuer_strength == iss == 2 and _fuller(issuer, r.issuer)):
            r.issuer, iss = issuer, m.issuer_strength
        if (r.type is None or tw) and m.type and not m.type_from_words:
            r.type, tw = m.type, False
        elif r.type is None and m.type:
            r.type = m.type
        strength[m.key] = (ds, iss, tw)
    return list(merged.values())


# Size budget: every extractor is linear, so this bounds the time a hostile or huge text can take
# (about 2 s on one core); a real plan of a hundred pages is well under it.
MAX_CHARS = 600_000


def extract_facts(text: str, *, title: str | None = None, url: str | None = None,
                  province_hint: str | None = None, models: Models | None = None,
                  trace: dict | None = None) -> Facts:
    """models: the learned decisions (default: those shipped in the package; models.RULES for
    the rules alone). trace: when a dict, every decision's candidates and features go in it."""
    models = shipped() if models is None else models
    opts = trace.get("_options", {}) if trace is not None else models.options
    truncated = len(text or "") > MAX_CHARS
    norm = normalize_text((text or "")[:MAX_CHARS])
    if opts.get("unwrap"):
        norm = unwrap_lines(norm)     # a PDF copy's hard-wrapped sentences joined (rob24)
    title_n = normalize_text(title) if title else None
    sents = Sentences(norm)
    title_at = None                  # where a guessed title stands in the text
    if title_n is None:
        g = guess_title(norm)
        title_n, title_at = (g[0], g[1]) if g else (None, None)

    if models.province or trace is not None:
        # the source's province is evidence like the URL's, not the answer: a national text on a
        # provincial portal is about no province
        province = places.page_province(norm, title=title_n, url=url, site=province_hint)
        cands = province_candidates(norm, title_n, province, url, site=province_hint,
                                    site_cues=bool(opts.get("pv31")), pg33=opts.get("pg33"),
                                    pv34=opts.get("pv34"))
        if trace is not None:
            trace["province"] = cands
        if models.province:
            province = best(cands, models.province)
    else:
        province = places.page_province(norm, title=title_n, url=url, hint=province_hint)
    mentions = find_mentions(norm, sents)
    # the page's district, only for a body written "… huyện" with no name (rare: the scan costs)
    bare = any(m.issuer_strength == 2 and issuers.bare_district(m.issuer) for m in mentions)
    refs = _merge(mentions, province, places.page_district(norm, province) if bare else None)
    for r in refs:
        s, e = sents.bounds(r.start)
        r.sentence = " ".join(norm[s:e].split())

    title_keys = {m.key for m in find_mentions(title_n) if not m.cite} if title_n else set()
    primary_key = choose_primary(mentions, title_keys)
    if models.primary or trace is not None:
        cands = primary_candidates(mentions, title_keys, norm)
        if trace is not None:
            trace["primary"] = cands
        if models.primary:
            primary_key = best(cands, models.primary)
    numbers = {number_key(r.number): r.number for r in refs}
    primary = numbers.get(primary_key) if primary_key else None

    # the page's own document: header issuer when the page reproduces it
    pm = next((m for m in mentions if m.key == primary_key and m.header), None)
    if pm:
        hi = issuers.header_issuer(norm[:max(0, pm.start)][-400:])
        pref = next(r for r in refs if r.number == primary)
        if hi and (pref.issuer is None or pref.issuer in issuers.SYMBOL_ISSUERS.values()):
            pref.issuer = issuers.resolve_issuer(hi, province)

    focus = title_n or ""
    # only "giai đoạn Y1 - Y2" is a page's period (the annotation convention), never the window of a
    # document the title or clause implements
    period = own_period(title_n) if title_n else None
    header = next((m for m in mentions if m.header), None)
    spans = {"title": title_n, "doc_title": None, "tail": None}
    if header:                       # the page reproduces a document: its own title block
        dt = document_title(norm, header.end)
        spans["doc_title"] = dt
        if dt:
            focus += "\n" + dt
            if title_at is not None and title_at > header.end:
                # a title guessed below the document's head is a body line (a hard-wrapped "Căn cứ"
                # clause): the document's title block speaks for its period (pd25)
                spans["title"] = None
                period = None
            period = period or own_period(dt)
    if not focus.strip():
        focus = norm[:300]
    if primary_key:
        pms = [m for m in mentions if m.key == primary_key]
        first = min(pms, key=lambda m: (not (m.issued or m.header), m.start))
        s, e = first.sentence
        nxt = [m.start for m in mentions if m.start > first.end and m.start < e]
        tail = norm[first.end:(min(nxt) if nxt else e)]
        spans["tail"] = tail
        focus += "\n" + norm[s:e]
        if period is None:
            period = own_period(tail)
        if period is None and first.header:   # "Ban hành kèm theo Quyết định này Chương trình ... giai đoạn"
            # "Phê duyệt kèm theo Quyết định này Đề án …", a line break anywhere in the phrase (pd25)
            k = re.search(r"(?:ban\s+hành|phê\s+duyệt)\s+kèm\s+theo\s+(?:quyết\s+định|nghị\s+quyết)\s+này([^\n]*(?:\n[^\n]*)?)",
                          norm, re.I)
            if k:
                period = own_period(k.group(1))
    worded = giai_doan_ranges(norm)
    if period is None:
        period = named_document_period(norm)
        if period and (period.start, period.end) not in worded:
            period = None
    if models.period or trace is not None:
        cands = period_candidates(norm, spans, period, worded)
        if trace is not None:
            trace["period"] = cands
        if models.period:
            period = best(cands, models.period)
    target_trace = trace.setdefault("targets", []) if trace is not None else None
    tsents = uts_sentences(norm) if opts.get("uts_sentences") else sents

    return Facts(
        doc_refs=refs,
        primary=primary,
        province=province,
        indices=find_indices(norm, focus=focus + "\n" + norm[:400]),
        period=period,
        targets=find_targets(norm, tsents, default_year=None if period else annual_year(
                                 focus + "\n" + norm[:500], "annual" in (opts.get("dl30") or "").split("+")),
                             models=models, trace=target_trace, has_period=period is not None, options=opts,
                             as_of=_written_after(refs, norm), period=period and (period.start, period.end),
                             province=province),
        citations=find_citations(mentions, primary_key, numbers, norm),
        truncated=truncated,
    )
