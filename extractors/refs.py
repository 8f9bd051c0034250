"""Document references: "Kế hoạch số 252/KH-UBND ngày 19/9/2018 của UBND tỉnh ...".

Three symbol shapes (Nghị định 30/2020, Luật VBQPPL 2015, HD 36-HD/VPTW):
administrative `252/KH-UBND`, legal-normative `30/2018/QĐ-UBND`, Party `09-NQ/TU`.
Counts ("7/7 huyện") and dates never match: a symbol needs capital letters.
"""
from __future__ import annotations

import bisect

import re
from dataclasses import dataclass, field
from datetime import date

from extractors import dates, issuers
from extractors.normalize import fix_symbol, fold
from extractors.textutil import Sentences, finditer_from, lowered_page, slice_search_i

TYPE_CODES = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "NQ": "Nghị quyết", "CT": "Chỉ thị", "BC": "Báo cáo",
    "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "ĐA": "Đề án", "TTr": "Tờ trình",
    "QC": "Quy chế", "QyĐ": "Quy định", "QyD": "Quy định", "TC": "Thông cáo", "PA": "Phương án",
    "DA": "Dự án", "BB": "Biên bản", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "KL": "Kết luận",
    "GP": "Giấy phép", "VBHN": "Văn bản hợp nhất", "CV": "Công văn", "PL": "Pháp lệnh",
}
PARTY_TYPES = {"NQ", "CT", "KL", "QĐ", "QC", "QyĐ", "KH", "HD", "BC", "TB", "CTr", "ĐA", "TTr",
               "TT", "CV", "ĐA", "TC", "BB", "TTr", "DA", "PA"}
_PARTY_TYPE_NAMES = {**TYPE_CODES, "TT": "Thông tri"}

_SEG = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
# the code after "/" (KH-UBND, QH14, UBND before "ngày …"), and a Party symbol's type and body after its number
_SYM_CODE = (_SEG + r"(?:-" + _SEG + r")+|(?:QH|UBTVQH)\d{1,2}|[A-ZĐ]{2,8}(?=\s*(?:ngày|của|về|-\s|,|\.|;|\)|$))")
_PARTY_TYPE, _PARTY_ORG = r"[A-ZĐ][A-Za-zĐ]{1,3}", r"[A-ZĐ][A-ZĐa-z0-9]{1,9}(?:-[A-ZĐ0-9]+)?"
SYMBOL_RE = re.compile(
    r"(?<![\w/.\-])(?:"
    # administrative / legal-normative: 252/KH-UBND, 30/2018/QĐ-UBND, 17/2008/QH12
    r"(?P<no>\d{1,5}[a-zđ]?)(?:/(?P<year>(?:19|20)\d\d))?/(?P<sym>" + _SYM_CODE + r")"
    r"|"
    # Party: 09-NQ/TU, 02-NQ/BCSĐ, 36-HD/VPTW
    r"(?P<pno>\d{1,4}[a-z]?)-(?P<ptype>" + _PARTY_TYPE + r")/(?P<porg>" + _PARTY_ORG + r")"
    r")(?![\w/])", re.M)
# SYMBOL_RE's two forms behind their first digit, no groups: re scans for a digit in C (spd31;
# textutil.finditer_from then matches SYMBOL_RE there, the same matches)
_SYMBOL_FAST = re.compile(
    r"\d(?<![\w/.\-]\d)(?:"
    r"\d{0,4}[a-zđ]?(?:/(?:19|20)\d\d)?/(?:" + _SYM_CODE + r")"
    r"|"
    r"\d{0,3}[a-z]?-" + _PARTY_TYPE + r"/" + _PARTY_ORG +
    r")(?![\w/])", re.M)

_TYPE_WORDS = {
    "kế hoạch": "Kế hoạch", "quyết định": "Quyết định", "nghị quyết": "Nghị quyết",
    "chỉ thị": "Chỉ thị", "báo cáo": "Báo cáo", "thông báo": "Thông báo", "hướng dẫn": "Hướng dẫn",
    "chương trình": "Chương trình", "đề án": "Đề án", "tờ trình": "Tờ trình", "công văn": "Công văn",
    "nghị định": "Nghị định", "thông tư": "Thông tư", "luật": "Luật", "kết luận": "Kết luận",
    "quy định": "Quy định", "quy chế": "Quy chế", "công điện": "Công điện", "thông tri": "Thông tri",
    "pháp lệnh": "Pháp lệnh", "phương án": "Phương án", "văn bản": None, "thông tư liên tịch": "Thông tư liên tịch",
}
_TYPE_WORD_RE = re.compile(
    r"(" + "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+liên tịch)?\s*(?:số|số hiệu|sô)?\s*[:.]?\s*$", re.I)
_CITE_RE = re.compile(
    r"(căn cứ|thực hiện|triển khai|theo|tại|cụ thể hóa|thể chế hóa|quán triệt|kèm theo|hướng dẫn thực hiện|"
    r"sửa đổi,? bổ sung|thay thế|bãi bỏ)"
    r"(?:\s+(?:có hiệu quả|hiệu quả|nghiêm túc|tốt|đồng bộ|kịp thời|các nội dung|nội dung|tinh thần|các|của))*"
    r"\s*[:,]?\s*$", re.I)
_ISSUED_RE = re.compile(r"(?<!được )(?:ban hành|ký|phê duyệt|vừa có)(?:\s+các)?\s*$", re.I)
_ATTACH_RE = re.compile(r"(?:file|tệp|văn bản|tài liệu)\s+đính kèm\s*:?\s*[-–]?\s*$|tải về\s*:?\s*$", re.I)
_SO_HEADER_RE = re.compile(r"(?:^|\n)\s*\|?\s*Số(?:\s*hiệu)?\s*[:|]?\s*$")
# After "Số: X": "Tuyên Quang, ngày\n10 tháng 12 năm 2013" or "| Ngày ban hành | 24/12/2025"
# a PDF's page mark on its own line ("3", "Trang 3/12") may fall inside either gap
_PAGE_MARK_LINE = r"(?:\n\s*(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[ \t]*(?=\n))?"
_HEADER_DATE_GAP = re.compile(r"[\s|]*" + _PAGE_MARK_LINE + r"[\s|]*(?:[^\d|]{0,60}?,\s*)?(?:ngày|Ngày ban hành\s*[|:]?)\s*"
                              + _PAGE_MARK_LINE + r"\s*$", re.I)
_DATE_AFTER_RE = re.compile(r"\s*(?:,\s*)?\(?\s*(?:được\s+)?(?:ban hành|ký)?\s*(?:ngày|ngay)?\s*" + _PAGE_MARK_LINE + r"\s*$", re.I)
_PASSIVE_RE = re.compile(r"[^.;\n]{0,40}?(?:được\s+)?ban hành bởi\s+(" + issuers.ISSUER + ")", re.I)
_FURNITURE_RE = re.compile(r"giấy phép|giay phep|ISSN", re.I)


_NATIONAL_BODIES = {"TW", "CP", "TTg", "VPCP", "BCT", "BTC", "BNV", "BTP", "BCA", "BYT", "BXD"}


@dataclass
class Mention:
    key: str
    number: str
    start: int
    end: int
    type: str | None = None
    date: date | None = None
    date_strength: int = 0          # 2 right after the number, 1 earlier in the sentence
    issuer: str | None = None
    issuer_strength: int = 0        # 2 written next to it, 1 from the symbol's body code
    national: bool = False           # issued by a central body (TW, CP, TTg, a ministry, Quốc hội)
    cite: str | None = None         # verb before it: "thực hiện", "căn cứ", ...
    issued: bool = False            # "... ban hành Kế hoạch số X"
    attached: bool = False          # "File đính kèm: Kế hoạch số X"
    header: bool = False            # "Số: X" line of the document itself
    type_from_words: bool = False
    sentence: tuple[int, int] = (0, 0)
    extra: dict = field(default_factory=dict)


def ref_key(number: str | None) -> str:
    """The one document-number key: '252/ KH-UBND', '252/KH-UBND.' and '252/kh–ubnd' compare equal;
    case-insensitive, no spaces or dots, Đ == D, en dash == hyphen."""
    return re.sub(r"[\s.]+", "", fold(number or "")).upper().replace("–", "-")


_ADMIN_KEY = re.compile(r"0*(\d+[A-Z]?)((?:/\d{4})?)/(.+)")
_PARTY_KEY = re.compile(r"0*(\d+[A-Z]?)-([A-Z]{1,4})/(.+)")


def number_key(number: str) -> str:
    """One key per document whatever the spelling: case, spaces, Đ/D, leading zeros
    ("05/KH" == "5/KH") and the party order ("9-NQ/TW" == "09/NQ-TW")."""
    k = ref_key(number)
    m = _PARTY_KEY.fullmatch(k)
    if m:
        return f"{m.group(1)}/{m.group(2)}-{m.group(3)}"
    m = _ADMIN_KEY.fullmatch(k)
    if m:
        return f"{m.group(1)}{m.group(2)}/{m.group(3)}"
    return k


def document_key(number: str | None, issuer: str | None, year: int | str | None) -> str | None:
    """Identity of a document: a number is unique only within (issuer, year) (Decree 30/2020/NĐ-CP),
    so '252/KH-UBND' of UBND tỉnh Tiền Giang in 2018 and of UBND tỉnh Bến Tre in 2023 differ.
    `issuer` may be the issuing body or, failing that, the province. None when a part is missing."""
    if not number or not issuer or not year:
        return None
    return f"{number_key(number)}|{issuer_key(issuer)}|{str(year)[:4]}"


def issuer_key(issuer: str) -> str:
    """'Ủy ban nhân dân tỉnh Tiền Giang', 'UBND tỉnh Tiền Giang' -> 'ubnd tien giang'."""
    body = fold(issuer).casefold()
    body = re.sub(r"\b(uy ban nhan dan|u\.?b\.?n\.?d\.?)\b", "ubnd", body)
    body = re.sub(r"\b(tinh|thanh pho|tp\.?)\b", " ", body)     # "UBND tỉnh X" == "UBND X"
    return " ".join(re.sub(r"[^\w ]+", " ", body).split())


def is_national(number: str) -> bool:
    """Issued by a central body (CP, TTg, a ministry, Quốc hội): not tied to the citing province."""
    body = re.split(r"[-/]", fold(number).upper())[-1]
    return body in _NATIONAL_BODIES or (bool(re.fullmatch(r"(?:UBTV)?QH\d*|B[A-Z]{1,4}", body)) and body != "BCSD")


def parse_symbol(m: re.Match) -> tuple[str, str | None, str | None, int | None]:
    """-> (clerk's number, type, body code, year in the symbol)."""
    if m.group("pno"):
        number = fix_symbol(m.group(0))
        ptype = fix_symbol(m.group("ptype"))
        return number, _PARTY_TYPE_NAMES.get(ptype), fix_symbol(m.group("porg")), None
    number = fix_symbol(m.group(0))
    parts = fix_symbol(m.group("sym")).split("-")
    year = int(m.group("year")) if m.group("year") else None
    if re.fullmatch(r"(?:QH|UBTVQH)\d+", parts[0]):
        return number, None, parts[0], year
    if parts[0] in TYPE_CODES and len(parts) > 1:
        return number, TYPE_CODES[parts[0]], parts[1], year
    # công văn: no type part, the symbol is body + drafting unit ("383/BNV-CCHC")
    return number, ("Công văn" if len(parts) > 1 else None), parts[0], year


def _plausible(m: re.Match, number: str) -> bool:
    if m.group("pno"):
        return fix_symbol(m.group("ptype")) in PARTY_TYPES
    sym = m.group("sym")
    lowers = sum(c.islower() for c in sym)
    if lowers > 2:                        # "Khánh-Hòa" is not a symbol
        return False
    if "-" not in sym and not m.group("year") and not sym.startswith(("QH", "UBTVQH")):
        return bool(re.fullmatch(r"[A-ZĐ]{2,8}", sym)) and sym not in {"TP", "TX", "GP"}
    return True


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


_LOCAL_ISSUER = re.compile(r"^(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|[Tt]ỉnh|[Tt]hành phố|Sở|Tỉnh ủy|Thành ủy|"
                           r"Huyện ủy|Ban Chấp hành Đảng bộ|Ban Thường vụ Tỉnh ủy)\b", re.I)


def _proposer_across_lines(text: str, start: int, s_start: int):
    """"Theo đề\nnghị của Sở … tại Tờ trình số …": a copy's line break cut the sentence inside the
    formula; read back over line breaks, never over a sentence's end."""
    if s_start == 0 or text[s_start - 1] != "\n":
        return None
    wide = text[max(0, start - 160):start]
    wide = wide[max(wide.rfind(c) for c in ".;") + 1:]
    tw = _TYPE_WORD_RE.search(wide)
    return issuers.PROPOSER_RE.search(wide[:tw.start()] if tw else wide)


def _local_issuer(issuer: str) -> bool:
    """A provincial body, which never issues a national (Party centre, Government, ministry) symbol."""
    return bool(_LOCAL_ISSUER.match(issuer))


def _list_heads(text: str, mentions: list[Mention]) -> None:
    """"các Nghị quyết của Bộ Chính trị: số …; số …" (or "Ban Chấp hành … đã ban hành các Nghị quyết: …"):
    the heading's issuer for each item of its line that names none of its own."""
    starts = [men.start for men in mentions]          # in text order: each heading reads its slice
    heads = [(h.group(1), h.end()) for h in issuers.LIST_HEAD_RE.finditer(text)] + issuers.list_heads_before(text)
    for issuer, at in heads:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        for men in mentions[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)]:
            if men.issuer_strength < 2:
                men.issuer, men.issuer_strength = issuers.clean_issuer(issuer), 2


_CONJOINED_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)(?:số\s+)?")
# "tại Kết luận số 127-KL/TW, Kết luận số 128-KL/TW": the same type word repeated before each number
_CONJOINED_TYPED_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)((?:[^\W\d_]+\s+){1,3}?)số\s+")


def _symbol_tail(number: str) -> str:
    return number.split("/", 1)[1] if "/" in number else ""


def _conjoined(text: str, mentions: list[Mention]) -> None:
    """"ký các Quyết định số 696/QĐ-TTg và 698/QĐ-TTg": a number joined to the one before it by "và" or
    a comma, with the same symbol, shares its written issuer when it names none of its own."""
    for prev, men in zip(mentions, mentions[1:]):
        if (men.issuer_strength < 2 and prev.issuer_strength == 2 and _symbol_tail(men.number)
                and _symbol_tail(men.number) == _symbol_tail(prev.number)
                and (_CONJOINED_GAP.fullmatch(text, prev.end, men.start) or _same_type_repeated(text, prev, men))):
            men.issuer, men.issuer_strength = prev.issuer, 2


def _same_type_repeated(text: str, prev: Mention, men: Mention) -> bool:
    """"Kết luận số 127-KL/TW, Kết luận số 128-KL/TW": both numbers written after the same type word."""
    g = _CONJOINED_TYPED_GAP.fullmatch(text, prev.end, men.start)
    if not (g and men.type and prev.type == men.type and g.group(1).split() == men.type.split()):
        return False
    return re.search(r"\b" + r"\s+".join(map(re.escape, men.type.split())) + r"\s+số\s+$",
                     text[max(0, prev.start - 40):prev.start]) is not None


def find_mentions(text: str, sents: Sentences | None = None) -> list[Mention]:
    """Every document reference in normalized text, with what its neighbourhood says."""
    sents = sents or Sentences(text)
    out: list[Mention] = []
    all_dates = None
    council = None
    low = lowered_page(text)        # a footer's licence line holds one of these words (spd30: most pages none)
    furniture = low is None or any(w in low for w in ("giấy phép", "giay phep", "issn"))
    for m in finditer_from(_SYMBOL_FAST, SYMBOL_RE, text):
        number, stype, body, syear = parse_symbol(m)
        if not _plausible(m, number):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if (furniture and _FURNITURE_RE.search(line)) or body in ("TTĐT", "TTDT"):
            continue                      # portal licence in the footer, not a document
        s_start, s_end = sents.bounds(m.start())
        national = bool(body) and (body in _NATIONAL_BODIES or re.fullmatch(r"(?:UBTV)?QH\d*|B[A-ZĐ]{1,5}", body or "") is not None)
        men = Mention(key=number_key(number), number=number, start=m.start(), end=m.end(),
                      sentence=(s_start, s_end), national=national)
        b0 = max(s_start, m.start() - 160)
        before = text[b0:m.start()]
        # the re.I patterns over the lowered page's slice (textutil.slice_search_i: the same spans, groups lowered)
        tw = slice_search_i(_TYPE_WORD_RE, text, b0, m.start())
        word_type = _TYPE_WORDS.get(tw.group(1).lower()) if tw else None
        if tw and tw.group(0).lower().lstrip().startswith("thông tư liên tịch"):
            word_type = "Thông tư liên tịch"
        men.type = stype or word_type
        men.type_from_words = bool(word_type) and not stype
        pre = before[:tw.start()] if tw else before
        p1 = b0 + len(pre)
        c = slice_search_i(_CITE_RE, text, b0, p1)
        if c:
            men.cite = c.group(1).lower()
        men.issued = bool(slice_search_i(_ISSUED_RE, text, b0, p1)) and not men.cite
        passive = _PASSIVE_RE.match(text, m.end())     # "22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh ủy ..."
        if passive and not men.cite:
            men.issued = True
        men.attached = bool(slice_search_i(_ATTACH_RE, text, b0, p1))
        men.header = bool(_SO_HEADER_RE.search(text[max(0, m.start() - 12):m.start()]))

        # date: right after the number, else "Ngày ..., X ban hành Kế hoạch số ..."
        after = text[m.end():min(len(text), m.end() + 60)]
        dm = dates.any_date(after)
        if dm and _DATE_AFTER_RE.fullmatch(after[:dm.start()]):
            d = dates.date_from_match(dm)
            if d and (syear is None or d.year == syear):
                men.date, men.date_strength = d, 2
            after_rest = after[dm.end():]
        else:
            after_rest = after
        if men.date is None and men.header:
            hd = dates.any_date(text, m.end(), m.end() + 160)
            if hd and _HEADER_DATE_GAP.fullmatch(text, m.end(), hd.start()):
                d = dates.date_from_match(hd)
                if d and (syear is None or d.year == syear):
                    men.date, men.date_strength = d, 2
        if men.date is None and men.issued:
            if all_dates is None:
                all_dates = dates.find_dates(text)
            prev = [x for x in all_dates if s_start <= x[0] and x[1] <= m.start()]
            if prev:
                ds, de, d = prev[-1]
                between = text[de:m.start()]
                if not SYMBOL_RE.search(between) and (syear is None or d.year == syear):
                    men.date, men.date_strength = d, 1

        # issuer: "... của UBND tỉnh X" after, or "UBND tỉnh X ban hành ..." before
        at = m.end() + (len(after) - len(after_rest))
        im = issuers.AFTER_RE.match(text, at)
        if im is None and _is_caps(text[at:at + 60]):
            im = issuers.AFTER_CAPS_RE.match(text, at)
        if im:
            men.issuer, men.issuer_strength = issuers.clean_issuer(im.group(1)), 2
        elif passive:
            men.issuer, men.issuer_strength = issuers.clean_issuer(passive.group(1)), 2
        elif men.issued:
            bm = issuers.BEFORE_RE.search(pre)
            if bm:
                men.issuer, men.issuer_strength = issuers.clean_issuer(bm.group(1)), 2
        if men.issuer is None:
            pm_ = issuers.PROPOSER_RE.search(pre) or _proposer_across_lines(text, m.start(), s_start)
            if pm_:
                men.issuer, men.issuer_strength = issuers.clean_issuer(pm_.group(1)), 2
        central = body in ("TW", "CP", "TTg", "VPCP") or (issuers.issuer_from_symbol(body) or "").startswith("Bộ ")
        if men.issuer is not None and central and _local_issuer(men.issuer):
            men.issuer = None             # "Nghị quyết 57-NQ/TW ... do tỉnh Nam Định ban hành": the title's head
        if men.issuer is None:
            fb = issuers.issuer_from_symbol(body)
            if fb == "HĐND":
                council = council or issuers.council_as_written(text)   # read once per text
                fb = council
            if fb:
                men.issuer, men.issuer_strength = fb, 1
        out.append(men)
    _conjoined(text, out)
    _list_heads(text, out)
    return out
