"""Acts a page names in words, with or without a document number (session 30; the thirty-third mapping pass).

A news page relaying its province's plan seldom carries the plan's symbol: "Kế hoạch chuyển đổi số năm 2024 vừa được
UBND tỉnh ban hành", "Theo Kế hoạch, tỉnh phấn đấu …", "mục tiêu tổng quát của Đề án". `extract_facts` reads acts by
their number only (extractors.refs), so on such pages it finds no primary document. `named_acts(text, title)` reads the
first ~1,500 characters and the title for a kind of act (kế hoạch, quyết định, nghị quyết, chỉ thị, chương trình, đề án,
báo cáo, công văn, hướng dẫn, chiến lược, quy hoạch) and, within its sentence, who issued it (the province — UBND /
HĐND / Tỉnh ủy / "tỉnh" / a province's name acting —, a department, a ministry, the Government or Prime Minister, the
central party, a district or commune), the verb relating the page to it (ban hành, phê duyệt, thông qua, triển khai,
thực hiện, a conference …; "theo" for a page relaying it: "Theo Kế hoạch, …"), its year and its topic words (the words
after the kind up to the issuer, the year or the verb). Pure and cheap (regexes over folded text); it does not touch
`extract_facts`'s output: the criteria ranker calls it itself (`ranker.named_act_cues`, `train --named-acts`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import places
from extractors.normalize import fold

HEAD_CHARS = 1500

KINDS = {"ke hoach": "kh", "quyet dinh": "qd", "nghi quyet": "nq", "chi thi": "ct", "chuong trinh": "ctr",
         "de an": "da", "bao cao": "bc", "cong van": "cv", "huong dan": "hd", "chien luoc": "cl", "quy hoach": "qh"}
_KIND = re.compile(r"\b(ke hoach|quyet dinh|nghi quyet|chi thi|chuong trinh|de an|bao cao|cong van|huong dan"
                   r"|chien luoc|quy hoach)\b")
# not an act: "Sở Kế hoạch và Đầu tư", "vượt kế hoạch", "quyết định đầu tư", "chương trình nghị sự", "báo cáo viên"
_NOT_ACT_AFTER = re.compile(r"\W*(va dau tu|nghi su|vien|dau tu (cong|du an)|truyen hinh|phat song)\b")
_NOT_ACT_BEFORE = re.compile(r"\b(vuot|dung|theo dung|ngoai|so|co|nganh|vien|phong)\W*$")
_NUMBER = re.compile(r"\W*(so\W*\d+|(?!(19|20)\d\d\b)\d+[a-z]?((/\d{4})?(/|-)[a-z]|\b))")  # "số 12", "09-NQ/TU", "20/KH"
_ANAPHORA_BEFORE = re.compile(r"\b(theo|cua|tai|trong)\W*$")
_ANAPHORA_AFTER = re.compile(r"\W*(tren|nay|neu ro|de ra|xac dinh|dat ra|huong toi|cung neu)\b")

# issuers, on folded lower-case text; (level, pattern)
_ISSUERS = [
    ("central_party", r"bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang|ban chi dao trung uong"),
    ("government", r"chinh phu|thu tuong|van phong chinh phu"),
    ("district", r"(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) (?:huyen|xa|phuong|thi tran|thi xa|quan)\b"
                 r"|huyen uy|thi uy|dang uy (?:xa|phuong)"),
    ("province", r"(?:chu tich )?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) (?:tinh|thanh pho|tp)\b"
                 r"|ban thuong vu (?:tinh|thanh) uy|ban chap hanh dang bo (?:tinh|thanh pho)|tinh uy|thanh uy"
                 r"|dang bo tinh|ban can su dang ubnd tinh|ban chi dao (?:chuyen doi so )?(?:cua )?tinh"),
    ("province_bare", r"(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?! (?:huyen|xa|phuong|thi|quan)\b)"),
]
_ISSUER = re.compile("|".join(f"(?P<{lvl}>\\b(?:{p}))" for lvl, p in _ISSUERS))
_DEPT = re.compile(r"\bSở [A-ZĐ]\w*(?: \w+){0,3}")          # original case: "Sở" is not "số"
_MINISTRY = re.compile(r"\bBộ (?!Chính trị)[A-ZĐ]")
# "được tỉnh ban hành", "tỉnh Nghệ An đã phê duyệt", "Nghệ An ban hành": on folded text with its case
_PLAIN_ACTOR = re.compile(r"\b(?:[Tt]inh|[Tt]hanh pho|TP\.?)(?: [A-Z]\w*){0,3}\b")
_ACTS_NEXT = re.compile(r"\W*((da|vua|se|moi|dang|chinh thuc) )*(ky )?(ban hanh|phe duyet|thong qua|trien khai|thuc hien"
                        r"|xay dung|dat ra|de ra)\b")

_VERBS = [
    ("ban hanh", r"ban hanh|ky ban hanh|ky"),
    ("phe duyet", r"phe duyet"),
    ("thong qua", r"thong qua"),
    ("trien khai", r"trien khai|to chuc trien khai"),
    ("thuc hien", r"thuc hien|to chuc thuc hien|quan triet"),
    ("hoi nghi", r"hoi nghi|hoi thao|ky hop|so ket|tong ket|dai hoi"),
    ("xay dung", r"xay dung|trinh|du thao"),
]
_VERB = re.compile("|".join(f"(?P<{v.replace(' ', '_')}>\\b(?:{p})\\b)" for v, p in _VERBS))
_YEAR = re.compile(r"\b(?:nam |giai doan |den nam |den )?(20[0-5]\d)\b")
_TOPIC_STOP = re.compile(r"\b(cua|do|duoc|vua|da|se|moi|nam|giai doan|den nam|tam nhin|dinh huong|ngay|theo|nham"
                         r"|ve viec|voi|la|gom|bao gom|neu|cho thay|xac dinh|tai|tren dia ban|dat ra|de ra)\b"
                         r"|[.;:!?,()\"\u201c\u201d\n]")
_TOPIC_SKIP = re.compile(r"^ *((ve|ve viec|thuc hien|trien khai|hanh dong|nam 20\d\d|giai doan 20\d\d\W+20\d\d"
                         r"|(cua|do) (uy ban nhan dan|ubnd|hdnd) (tinh|thanh pho))[ ,]+)*")


@dataclass(frozen=True)
class NamedAct:
    kind: str                 # folded kind: "ke hoach", "nghi quyet" …
    issuer: str | None        # level: province, department, ministry, government, central_party, district; None
    issuer_text: str          # the issuer's words as written ('' without one)
    verb: str | None          # ban hanh, phe duyet, thong qua, trien khai, thuc hien, hoi nghi, xay dung, theo; None
    year: int | None          # the first year named with it, in its sentence
    topic: str                # folded words after the kind ("chuyen doi so"), '' when none
    numbered: bool            # a document number follows the kind ("Kế hoạch số 20/KH-UBND")
    anaphoric: bool           # the page relays it: "Theo Kế hoạch", "Kế hoạch trên", "mục tiêu của Đề án"
    start: int                # offset of the kind in title + "\n" + text

    @property
    def own(self) -> bool:
        """The province's own act (its UBND, HĐND, party committee, or "tỉnh" acting)."""
        return self.issuer == "province"


def _sentence(folded: str, pos: int, end: int) -> tuple[int, int]:
    a = max(folded.rfind(c, 0, pos) for c in ".;!?\n") + 1
    ends = [i for i in (folded.find(c, end) for c in ".;!?\n") if i >= 0]
    return max(a, pos - 160), min(min(ends, default=len(folded)), end + 200)


def _issuer(full: str, folded: str, a: int, b: int, pos: int, skip: tuple[int, int]) -> tuple[str | None, str]:
    """The issuer nearest the kind at `pos` in [a, b) outside `skip` (the kind and its number): a body's name, a
    department, a ministry, "tỉnh" or a province's name acting."""
    found: list[tuple[int, str, str]] = []
    for m in _ISSUER.finditer(folded, a, b):
        if skip[0] <= m.start() < skip[1]:
            continue
        lvl = m.lastgroup
        found.append((abs(m.start() - pos), "province" if lvl == "province_bare" else lvl, full[m.start():m.end()]))
    for m in _DEPT.finditer(full, a, b):
        found.append((abs(m.start() - pos), "department", full[m.start():m.end()].strip()))
    for m in _MINISTRY.finditer(full, a, b):
        found.append((abs(m.start() - pos), "ministry", full[m.start():m.end() + 20].split(",")[0].strip()))
    if not found:
        cased = fold(full)
        actors = list(_PLAIN_ACTOR.finditer(cased, a, b)) + list(places._mention_re().finditer(cased, a, b))
        for m in actors:
            if _ACTS_NEXT.match(folded, m.end()) or re.search(r"\b(duoc|cua|do)\W*$", folded[max(0, m.start() - 8):m.start()]):
                found.append((abs(m.start() - pos), "province", full[m.start():m.end()]))
    if not found:
        return None, ""
    _, lvl, text = min(found)
    return lvl, text


def _verb(folded: str, a: int, b: int, pos: int, kind_end: int, anaphoric: bool) -> str | None:
    hits = [(abs(m.start() - pos), m.lastgroup.replace("_", " ")) for m in _VERB.finditer(folded, a, b)
            if not (pos <= m.start() <= kind_end + 1)]     # "Đề án xây dựng …": the verb names the act's topic
    if hits:
        return min(hits)[1]
    return "theo" if anaphoric else None


def _topic(folded: str, end: int, stop: int) -> str:
    text = folded[end:min(stop, end + 160)]
    if re.match(r" *[^\w ]", text):
        return ""
    if (m := _NUMBER.match(text)):
        text = text[m.end():]
        text = re.sub(r"^[\w/-]*", "", text)
    text = text[_TOPIC_SKIP.match(text).end():]
    if (m := _TOPIC_STOP.search(text)):
        text = text[:m.start()]
    text = text.lstrip()
    m = _VERB.search(text, 1)
    if m:
        text = text[:m.start()]
    m = re.search(r"\b(uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|tinh uy|chinh phu|thu tuong)\b", text)
    if m:
        text = text[:m.start()]
    return " ".join(re.findall(r"[a-z0-9]+", text)[:12])


def named_acts(text: str, title: str = "", limit: int = HEAD_CHARS) -> list[NamedAct]:
    """The acts the title and the first `limit` characters of the text name (see the module's note), in order."""
    full = (title or "") + "\n" + (text or "")[:limit]
    folded = fold(full).lower()
    if len(folded) != len(full):
        folded = "".join(fold(c).lower()[:1] or " " for c in full)
    out: list[NamedAct] = []
    for m in _KIND.finditer(folded):
        pos, end = m.start(), m.end()
        before, after = folded[max(0, pos - 20):pos], folded[end:end + 30]
        if _NOT_ACT_AFTER.match(after) or _NOT_ACT_BEFORE.search(before):
            if not (before.endswith("so ") and full[pos - 3:pos - 1] == "số"):   # "theo số" is rare; "Sở" is not an act
                continue
        if m.group(1) in ("bao cao", "huong dan") and not (_NUMBER.match(after) or full[pos:pos + 1].isupper()):
            continue      # "báo cáo", "hướng dẫn" as a verb: only a capitalised or numbered kind is an act
        numbered = bool(_NUMBER.match(after))
        anaphoric = bool(_ANAPHORA_BEFORE.search(before) and not numbered and (
            re.match(r"\W*([,.:]|tren|nay|neu|de ra|dat ra|xac dinh)", after) or re.search(r"\b(theo)\W*$", before)
            or re.search(r"\b(muc tieu|noi dung|nhiem vu)[\w ]{0,20}\bcua\W*$", folded[max(0, pos - 40):pos]))
                         or _ANAPHORA_AFTER.match(after) and not numbered)
        a, b = _sentence(folded, pos, end)
        num = _NUMBER.match(after)
        skip = (pos, end + (num.end() + len(re.match(r"[\w/-]*", folded[end + num.end():]).group()) if num else 0))
        issuer, issuer_text = _issuer(full, folded, a, b, pos, skip)
        verb = _verb(folded, a, b, pos, end, anaphoric)
        y = _YEAR.search(folded, end, b)
        out.append(NamedAct(kind=m.group(1), issuer=issuer, issuer_text=issuer_text, verb=verb,
                            year=int(y.group(1)) if y else None, topic=_topic(folded, end, b), numbered=numbered,
                            anaphoric=anaphoric, start=pos))
    return out


def unnumbered(acts: list[NamedAct]) -> list[NamedAct]:
    """The acts named without a document number."""
    return [x for x in acts if not x.numbered]
