"""Quantities beyond percentages and ranks: money, multiples and counted units.

Plans set goals in money ("GRDP đạt hơn 630.000 tỷ đồng", "8.500 USD/người"), in multiples
("thu nhập tăng ít nhất 1,5 lần") and in counted units ("có ít nhất 3 đô thị thông minh",
"02 đơn vị cấp huyện", "15 tỉnh, thành phố"). These are candidates only; the goal model
decides, as for every other value. Units are normalised one way (the corpus conventions):
money keeps its scale and currency with a per-unit suffix as written ("triệu đồng/người",
"USD/năm"; "đô la Mỹ" is "USD"); a counted unit is the counted noun ("đô thị thông minh" ->
"đô thị", "tỉnh, thành phố" -> "tỉnh"); a range gives its lower bound.
Every value comes back with the "#" marker of countable goals, so the rule keeps its strict
context for them. Option units="goal_lines" (what ships) adds money with a chain of per-units and
any noun counted on a line that names a goal (general_values); "general" reads those nouns
everywhere, "forms" not at all (docs/extraction-history.md, twelfth pass).
"""
from __future__ import annotations

import bisect
import re

from extractors.textutil import digit_first, finditer_i, lowered_page

# "118.079", "1,2", "630.000", "169,46": a dot before exactly three digits groups thousands
_AMOUNT = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_RANGE_TAIL = r"(?:\s*(?:-|–|đến)\s*\d[\d.,]*)?"
# an amount, its scale and its currency: what both money patterns share
_MONEY = (r"(?<![\d.,/])" + _AMOUNT + _RANGE_TAIL +
          r"\s*(nghìn tỷ|ngàn tỷ|triệu tỷ|nghìn|ngàn|triệu|tỷ)?\s*"
          r"(đồng\b(?!\s*(?:bộ|thời|ý|bằng|chí|hành|loạt|nghĩa|tâm|đều))|USD\b|đô la(?:\s+Mỹ)?|đô-la(?:\s+Mỹ)?)")
MONEY_RE = re.compile(_MONEY + r"(?:\s*/\s*(người|năm|tháng|hộ|lao động))?", re.I)
# general option: a per-unit chain as written ("triệu đồng/người/năm", "triệu đồng /ha")
_PER = r"(?:người|năm|tháng|hộ|lao động|ha|tấn|sản phẩm)"
MONEY_GENERAL_RE = re.compile(_MONEY + r"((?:\s*/\s*" + _PER + r"\b){0,2})", re.I)
# option cand_fix "ti" (fj25): the spelling "tỉ" of the scale "tỷ" ("5.200 tỉ đồng"), unit as written
MONEY_TI_RE = re.compile(_MONEY.replace("|tỷ)?", "|tỷ|tỉ)?") + r"((?:\s*/\s*" + _PER + r"\b){0,2})", re.I)
# "tăng ít nhất 1,5 lần", "gấp 2 lần": a multiple, not "lần thứ"
TIMES_RE = re.compile(r"(?:tăng|gấp|lên)\s+(?:ít nhất\s+|tối thiểu\s+|khoảng\s+|hơn\s+|trên\s+|từ\s+)?"
                      + _AMOUNT + r"\s*lần\b(?!\s*thứ)", re.I)
# counted nouns (first noun of a coordination); "đơn vị cấp huyện/xã" is one administrative term
_NOUNS = (r"đơn vị cấp (?:huyện|xã|tỉnh)|đô thị|sản phẩm|tiêu chí|dịch vụ|trung tâm|lượt|diễn đàn|"
          r"tỉnh|thành phố|doanh nghiệp|hợp tác xã|huyện|xã|sở|thủ tục|hồ sơ|nền tảng|cơ sở dữ liệu")
# a year is not a count ("năm 2023 tỉnh đạt …")
COUNT_RE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d{1,4}(?:\.\d{3})?)(?:\s*/\s*\d{1,4})?" + _RANGE_TAIL +
                      r"\s+(" + _NOUNS + r")\b(?:\s*/\s*(xã|người|năm))?(?!\s+hội)", re.I)
_WORD_NUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
             "mười": 10}
WORD_COUNT_RE = re.compile(r"(?:ít nhất|tối thiểu|có thêm)\s+(" + "|".join(_WORD_NUM) + r")\s+(" + _NOUNS + r")\b",
                           re.I)
# option cd31 "forms": money written "nghìn tỉ", a range whose lower bound repeats the scale ("từ 350 nghìn tỷ
# đến 400 nghìn tỷ đồng"), a per-unit written with its one ("78 triệu đồng/1 người/1 năm"; unit as written)
_CD31_SCALES = r"(nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|triệu tỷ|nghìn|ngàn|triệu|tỷ|tỉ)"
MONEY_CD31_RE = re.compile(
    r"(?<![\d.,/])" + _AMOUNT +
    r"(?:(?:\s*" + _CD31_SCALES.replace("(", "(?:", 1) + r")?\s*(?:-|–|đến)\s*\d[\d.,]*)?"
    r"\s*" + _CD31_SCALES + r"?\s*" + _MONEY.split(r"?\s*", 2)[-1] +
    r"((?:\s*/\s*(?:0?1\s+)?" + _PER + r"\b){0,2})", re.I)
# option cd33 "scales": cd31's money forms but the range ("9 nghìn tỉ đồng", "78 triệu đồng/1 người/1 năm"; a range
# "từ 120 triệu đến 130 triệu đồng" is read as without the option) and its rate per "01 vạn dân"
MONEY_CD33_RE = re.compile(r"(?<![\d.,/])" + _AMOUNT + _RANGE_TAIL + r"\s*" + _CD31_SCALES + r"?\s*" +
                           _MONEY.split(r"?\s*", 2)[-1] + r"((?:\s*/\s*(?:0?1\s+)?" + _PER + r"\b){0,2})", re.I)
# "mức chi tiêu tăng 1,5-2 lần": a multiple written as a range (its lower bound)
TIMES_RANGE_RE = re.compile(TIMES_RE.pattern.replace(r"\s*lần\b", _RANGE_TAIL + r"\s*lần\b", 1), re.I)
# option tc25 "times" (session 25): a multiple written as a range, or said "bằng" ("thu nhập bằng 1,5 lần so với
# năm 2020"), its lower bound
TIMES_TC25_RE = re.compile(TIMES_RANGE_RE.pattern.replace("(?:tăng|gấp|lên)", "(?:tăng|gấp|lên|bằng)", 1), re.I)


def amount(s: str) -> float:
    """"118.079" -> 118079, "169,46" -> 169.46, "1.5" (a dot decimal) -> 1.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def _money_unit(scale: str | None, cur: str, per: str | None) -> str:
    cur = "USD" if cur.upper() == "USD" or cur.lower().startswith("đô") else "đồng"
    scale = scale.lower() if scale else None
    unit = (scale + " " if scale else "") + cur  # "ngàn" stays: local spellings as written
    return unit + ("/" + per.lower() if per else "")


def _per_chain(chain: str, keep_words: bool) -> str | None:
    """"/ người / năm" -> "người/năm"; cand_fix "per_words" (fj26a) keeps the space inside a two-word per
    unit ("triệu đồng/lao động", not "…/laođộng")."""
    if keep_words:
        return "/".join(" ".join(p.split()) for p in chain.split("/") if p.strip()) or None
    return re.sub(r"\s+", "", chain).lstrip("/") or None


def _count_unit(noun: str, per: str | None) -> str:
    return noun.lower() + ("/" + per.lower() if per else "")


def unit_values(text: str, taken: list[tuple[int, int]], mode: bool | str = True,
                fix: str = "") -> list[tuple[int, int, float, str]]:
    """(start, end, value, "#" + unit) of money, multiples and counted units not inside a span
    already taken by a percentage, rank or points value; mode "forms": per-unit chains of money
    too; "general": and any counted noun and rate per population (general_values)."""
    general = mode in ("general", "forms", "goal_lines")
    out: list[tuple[int, int, float, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    tokens = fix.split("+")
    forms = "cd31_forms" in tokens
    money = MONEY_TI_RE if general and "ti" in tokens else MONEY_GENERAL_RE if general else MONEY_RE
    money = MONEY_CD31_RE if general and (forms or "cd33_money" in tokens) else money     # cd33 "money": cd31 forms
    money = MONEY_CD33_RE if general and not forms and "cd33_scales" in tokens else money
    for m in digit_first(money).finditer(text):
        if free(m.start(), m.end()):
            per = _per_chain(m.group(4) or "", "per_words" in fix.split("+"))
            out.append((m.start(), m.end(), amount(m.group(1)), "#" + _money_unit(m.group(2), m.group(3), per)))
            taken.append((m.start(), m.end()))
    times = TIMES_TC25_RE if "tc25_times" in tokens else TIMES_RANGE_RE if forms else TIMES_RE
    for m in finditer_i(times, text):
        if free(m.start(1), m.end()):
            out.append((m.start(1), m.end(), amount(m.group(1)), "#lần"))
            taken.append((m.start(1), m.end()))
    for m in digit_first(COUNT_RE).finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), amount(m.group(1)), "#" + _count_unit(m.group(2), m.group(3))))
            if general:
                taken.append((m.start(), m.end()))
    for m in finditer_i(WORD_COUNT_RE, text):
        if free(m.start(1), m.end()):
            out.append((m.start(1), m.end(), float(_WORD_NUM[m.group(1).lower()]), "#" + m.group(2).lower()))
    if general:
        out += _averages_and_ages(text, taken, fix.split("+"))
    if general and "tc25_stay" in tokens:
        out += _stays(text, taken)
    out = out + general_values(text, taken, mode == "goal_lines", fix) if mode in ("general", "goal_lines") else out
    return [_compound(text, v, "un30" in tokens, "cd31_terms" in tokens, "tc25_terms" in tokens)
            for v in out] if "nouns" in fix else out


# option cand_fix "averages" (fj26a): an average count per unit has decimals ("bình quân đạt 17,8 tiêu chí/xã"),
# which COUNT_RE (whole counts) does not read; "ages" (fj26a): life expectancy in years of age ("tuổi thọ trung
# bình đạt 74,5 tuổi")
AVERAGE_COUNT_RE = re.compile(r"(?<![\d.,/])(\d{1,4},\d{1,2})\s+(" + _NOUNS + r")\s*/\s*(xã|người|năm|hộ)\b", re.I)
AGE_RE = re.compile(r"tuổi thọ[^.;:\d]{0,60}?(?<![\d.,/])(\d{2,3}(?:,\d{1,2})?)\s*tuổi\b", re.I)
# option cd31 "forms": the age written bare, its unit in the indicator's name ("tuổi thọ bình quân 76,5;")
AGE_BARE_RE = re.compile(r"tuổi thọ[^.;:\d]{0,60}?(?<![\d.,/])([5-9]\d(?:,\d{1,2})?)"
                         r"(?![\d.,]?\d|\s*(?:tuổi|%|năm))", re.I)


# option tc25 "stay" (session 25): a tourist's length of stay, which the counted-noun reading takes for a date
# word: per visitor as written ("3,4 ngày/khách"), or days after "lưu trú" / "số ngày" in the clause
# ("thời gian lưu trú bình quân đạt 3 ngày", unit "ngày")
STAY_PER_RE = re.compile(r"(?<![\d.,/])(\d{1,2}(?:,\d{1,2})?)" + _RANGE_TAIL +
                         r"\s*(ngày|đêm)\s*/\s*(khách|người|lượt khách|lượt)\b", re.I)
STAY_BARE_RE = re.compile(r"(?:lưu trú|số ngày)[^.;:\d]{0,60}?(?<![\d.,/])(\d{1,2}(?:,\d{1,2})?)" + _RANGE_TAIL +
                          r"\s*(ngày|đêm)\b(?!\s*/)", re.I)


def _stays(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, float, str]]:
    out = []
    low = lowered_page(text) or text.lower()
    bare = "lưu trú" in low or "số ngày" in low        # most pages have neither: skip that scan
    for rx in (digit_first(STAY_PER_RE), STAY_BARE_RE) if bare else (digit_first(STAY_PER_RE),):
        for m in finditer_i(rx, text):
            a, b = m.start(1), m.end()
            if any(s < b and a < e for s, e in taken):
                continue
            unit = m.group(2).lower() + ("/" + " ".join(m.group(3).lower().split()) if rx is not STAY_BARE_RE else "")
            out.append((a, b, amount(m.group(1)), "#" + unit))
            taken.append((a, b))
    return out


def _averages_and_ages(text: str, taken: list[tuple[int, int]], fix: list[str]) -> list[tuple[int, int, float, str]]:
    out = []
    pats = ((AVERAGE_COUNT_RE, "averages"), (AGE_RE, "ages"), (AGE_BARE_RE, "cd31_forms"))
    for rx, token in pats:
        if token not in fix and not (token == "cd31_forms" and "cd33_bare" in fix):     # cd33 "bare": the age alone
            continue
        for m in finditer_i(digit_first(rx), text):        # digit-first (spd30): the same matches
            a, b = m.start(1), m.end()
            if not any(s < b and a < e for s, e in taken):
                unit = _count_unit(m.group(2), m.group(3)) if token == "averages" else "tuổi"
                out.append((a, b, amount(m.group(1)), "#" + unit))
                taken.append((a, b))
    return out


# option cand_fix "nouns" (fj25): counted terms the word list cuts at their first word ("lượt khách" is no
# entry, "tổ hợp" and "liên hiệp" are other words): the unit is the whole term when the text goes on with it
_COMPOUNDS = {"lượt": ("lượt khách",), "tổ hợp": ("tổ hợp tác",), "liên hiệp": ("liên hiệp hợp tác xã",),
              "bác": ("bác sỹ", "bác sĩ")}


# option un30: the visitors of a visit count written "du khách" are the "khách" of "lượt khách" (units ruling,
# tests/data/devset/README.md): (written after the noun, unit)
_SPELLED = {"lượt": ((" du khách", "lượt khách"),)}


# option cd31 "terms": administrative terms whose first word alone is another unit ("32 cụm công nghiệp", not "cụm")
_CD31_TERMS = {"cụm": ("cụm công nghiệp",), "đoạn": ("đoạn đường",)}


# option tc25 "terms": a visit count of people ("2,5 triệu lượt người"), unit as written
_TC25_TERMS = {"lượt": ("lượt người",)}


def _compound(text: str, v: tuple[int, int, float, str], un30: bool = False,
              terms: bool = False, tc25: bool = False) -> tuple[int, int, float, str]:
    """v with its counted noun widened to the compound term the text writes after it ("1,7 triệu lượt
    khách" -> "triệu lượt khách", "500 tổ hợp tác" -> "tổ hợp tác"; with un30 "lượt du khách" -> "lượt khách")."""
    start, end, value, unit = v
    scale, _, noun = unit[1:].rpartition(" ") if unit[1:].split(" ", 1)[0] in _SCALES else ("", "", unit[1:])
    spelled = _SPELLED.get(noun, ()) if un30 else ()
    wholes = (*_COMPOUNDS.get(noun, ()), *(_CD31_TERMS.get(noun, ()) if terms else ()),
              *(_TC25_TERMS.get(noun, ()) if tc25 else ()))
    for rest, whole in (*spelled, *((w[len(noun):], w) for w in wholes)):
        if text[end:end + len(rest)].lower() == rest and not text[end + len(rest):end + len(rest) + 1].isalpha():
            return start, end + len(rest), value, "#" + (scale + " " if scale else "") + whole
    return v


_SCALES = {"nghìn", "triệu", "tỷ"}


def _narrowed(unit: str) -> str:
    """A compound term's unit back to its first word's ("triệu lượt khách" -> "triệu lượt")."""
    for noun, wholes in _COMPOUNDS.items():
        for whole in wholes:
            if unit == whole or unit.endswith(" " + whole):
                return unit[:len(unit) - len(whole)] + noun
    return unit


_LISTED = re.compile(r"(?:" + _NOUNS + r"|" + "|".join(_WORD_NUM) + r")(?:/.*)?", re.I)


def unit_kind(unit: str) -> str:
    """The goal model's unit class of a value from this module: money, multiple, a listed count
    or any other counted noun (the general option's)."""
    unit = _narrowed(unit)      # cand_fix "nouns" changes the unit's shape, not its class
    if unit.endswith(("đồng", "USD")) or re.search(r"(?:đồng|USD)/", unit):
        return "money"
    if unit == "lần":
        return "times"
    return "count" if _LISTED.fullmatch(unit) else "noun"


# --- the general counted value (option units="general") -------------------------------------
# A number followed by a noun: the noun's first word is the unit ("80 đảng viên mới" ->
# "đảng viên", "1.900 ha", "15 triệu khách du lịch" -> "triệu khách"). Words are found by
# underthesea's Vietnamese word list (two syllables when they form a word), not by a list of
# expected units. Values other patterns read (points, steps, ranks, tasks and goals counted,
# a spelling of "tỷ") are left to them.
_SYL = r"[^\W\d_]+"
GENERAL_RE = re.compile(
    r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,4}(?:,\d+)?)(?:\s*/\s*\d{1,4})?" + _RANGE_TAIL +
    r"\s+((?:nghìn|ngàn|triệu|tỷ)\s+)?(" + _SYL + r")(?:\s+(" + _SYL + r"))?")
# words that follow a number without being what it counts: time, age, order, function words
_NOT_NOUN = set("""năm tháng ngày giờ phút giây tuần quý kỳ tuổi lần thứ và hoặc đến tới trên dưới so của là có
được đã sẽ với cho từ tại trong ngoài thì mà này đó các những như theo về để khi đạt tăng giảm còn nữa
trở lại ra vào bằng hơn gần khoảng chiếm bình mới nay điểm bậc hạng tỉ nhiệm vụ""".split())
# a plan's own items (tasks, goals, pillars, breakthroughs, indicators, levels) are counted in its
# structure, not set as goals (the rule's "46 nhiệm vụ" case)
_NOT_UNIT = {"chỉ tiêu", "nhiệm vụ", "mục tiêu", "giải pháp", "nội dung", "chỉ số", "trụ cột", "khâu", "khâu đột",
             "lĩnh vực", "cấp"}
# what precedes a number that is a name, an order or a date, not a count
_NOT_COUNT_BEFORE = re.compile(r"\b(?:số|thứ|lần|khóa|khoá|điều|khoản|mục|quý|ngày|tháng|năm|kỳ|phần|chương|"
                               r"bước|giai đoạn|mức|mức độ|cấp|nhóm|top|tốp|hạng|đợt|phường|quận|tổ|ấp|"
                               r"khu phố|lô|tuyến|đường|ô|km|QL|tỉnh lộ)\s*$", re.I)
# "0,7 doanh nghiệp công nghệ số trên 1.000 dân", "0,7/1.000 dân": a rate per population
_PER_POP = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s*(?:trên|/)\s*(1\.000|10\.000|100\.000|vạn|nghìn|một nghìn)\s+(dân|người)\b", re.I)
# option cd31 "forms": the population unit written with its one ("39,3 giường/01 vạn dân"; unit as written)
_PER_POP_CD31 = re.compile(_PER_POP.pattern.replace("(1\\.000|", "(0?1 vạn|1\\.000|", 1), re.I)
_PER_POP_BARE = re.compile(r"(?<![\d.,/])(\d+(?:,\d+)?)\s*/\s*(1\.000|10\.000|100\.000|vạn)\s+(dân|người)\b", re.I)
_RATE_NOUN_BEFORE = re.compile(r"(?:tỷ lệ|tỉ lệ)\s+(" + _SYL + r")(?:\s+(" + _SYL + r"))?"
                               r"[^.;:\d]{0,60}$", re.I)
# option cd31 "caps": a counted noun written as its capitals' abbreviation ("ít nhất 1 HTX", "32 CCN"); unit as written
_ABBR = re.compile(r"[A-ZĐ]{2,5}")
_words: set[str] | None = None
# option cand_fix "measures" (fj25): measure units the word reading misses, glued to the number or in capitals
# ("150ha", "5ha/năm", "0,65m2/người", "3.000 MW"); unit as written
MEASURE_RE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,5}(?:,\d+)?)" + _RANGE_TAIL +
                        r"(ha|km2|km|m2|m²|\s*MWh|\s*MW|\s*kW|\s*GW)(?![^\W\d_])((?:\s*/\s*(?:năm|người|ngày)\b)?)")


# option tc25 "speed" (session 25): a bandwidth in capitals with its per-second ("36 Mb/s", "100 Mbps"); unit as written
SPEED_RE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,5}(?:,\d+)?)" + _RANGE_TAIL +
                      r"\s*([MGk]b/s|[MGk]bps)(?![^\W\d_])")
# option tc25 "caps" (session 25): cd31's counted abbreviation, kept to the abbreviations of counted bodies and
# places (cd31's any capitals read "8 UBND", "3 SA", "2 TPO" too): "74 HTX", "1.500 CLB"; unit as written
_COUNTED_ABBR = {"HTX", "CLB", "KCN", "CCN", "THT", "KDL"}
# option tc25 "split" (session 25): the word list's two-syllable head "khách du" overlaps the qualifier "du lịch"
# ("4 triệu khách du lịch" -> "triệu khách", the units ruling's visitors); any overlapping word splitting the head
# cut "tổ hợp tác", "căn nhà ở" and "quyết định công nhận" too, so only the tourism qualifier does
_SPLIT_QUALIFIERS = {"du lịch"}
# option tc25 "terms" (session 25): a place's classifier with the word it classifies ("15 điểm du lịch", "10 khu
# dân cư", "32 cụm công nghiệp"; units ruling: the measure word keeps the noun it counts), and "câu lạc bộ"
_PLACE_HEADS = {"khu", "cụm"}
_NOT_PLACE = {"bao gồm", "trở lên", "đạt chuẩn", "trong đó", "như sau", "hiện có", "hiện nay", "được công", "tập trung"}
_POINT_PLACES = re.compile(r"\s+(du lịch|dừng chân|bán hàng|tham quan|giao dịch|thu gom)\b", re.I)
_NEXT_SYL = re.compile(r"\s+([^\W\d_]+)")
# option tc25 "per" (session 25): a counted noun per year, person, household or hectare as written ("400 giải/năm",
# "1.500 lao động/năm"; units ruling, per-year counts: the suffix as written)
_PER_COUNT = re.compile(r"\s*/\s*(năm|người|hộ|ha|xã)\b", re.I)
_TG29_UP_PER = re.compile(r"\s+trở lên\s*/\s*(năm|người|hộ|ha|xã)\b", re.I)     # option tg29 "units"
# option tc25 "van": the scale "vạn" (ten thousand) before a measure ("41,8 vạn tấn"), kept in the unit
_VAN = re.compile(r"(?<![\d.,/])(\d{1,3}(?:,\d+)?)\s+(vạn)\s+(tấn|ha|người|lượt khách|khách)\b", re.I)


def _lexicon() -> set[str]:
    """underthesea's Viet74K word list (its two-syllable words, lower case), loaded once."""
    global _words
    if _words is None:
        from importlib.util import find_spec
        from pathlib import Path
        # the package's data file, without importing underthesea (its import alone costs ~100 MB)
        spec = find_spec("underthesea")
        path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt" if spec and spec.origin else None
        if path is None or not path.is_file():
            # an underthesea without its word list: units stay one syllable ("đảng" for "đảng viên")
            import logging
            logging.getLogger(__name__).warning("underthesea's Viet74K.txt not found; counted units read one syllable")
            _words = set()
            return _words
        # the file lowered whole, not line by line: the same set in half the time (~0.05 s saved once)
        _words = {w for w in map(str.strip, path.read_text(encoding="utf-8").lower().splitlines()) if w.count(" ") == 1}
    return _words


def head_noun(w1: str, w2: str | None) -> str:
    """The first word of "w1 w2 …": "đảng viên (mới)", "đô thị (thông minh)", "hộ (gia đình)"."""
    w1 = w1.lower()
    if w2 is not None and w1 + " " + w2.lower() in _lexicon():
        return w1 + " " + w2.lower()
    return w1


# goal_lines: a counted noun only on a line that names a goal, or under a heading that does
_GOAL_LINE = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đến (?:cuối |hết )?năm 20\d\d|kế hoạch|ít nhất|tối thiểu|"
                        r"hướng tới|hướng đến", re.I)


_GOAL_LINE_LOWER = re.compile(_GOAL_LINE.pattern)


# option cd31 "lines": a line stating what will be done ("Dự kiến … sẽ đào tạo hơn 34.600 học viên") names a plan
_FUTURE_LINE = re.compile(r"\bsẽ\b|dự kiến")
# option tg29 "duty": a line that hands a goal down or binds to one names a goal ("được Thủ tướng giao hoàn thành
# hơn 4.000 căn", "năm 2025 phải hoàn thành 500 căn", "giao kế hoạch trồng 470 ha"); not "giao thông", not "chỉ tiêu
# được giao," (a result), not "được giao xây dựng" (a plan to be drafted)
_TG29_VERB = r"(?:hoàn thành|thực hiện|đạt|trồng|khởi công|thu|giải ngân|tăng|giảm|phát triển|cấp)"
TG29_DUTY = re.compile(r"\bđược\s+(?:[^\W\d]+\s+){0,6}?giao\s+(?:(?:chỉ tiêu|kế hoạch|nhiệm vụ)\s+)?" + _TG29_VERB +
                       r"|\bgiao\s+(?:chỉ tiêu|kế hoạch)\s+" + _TG29_VERB + r"|\bphải\s+" + _TG29_VERB)
# option tg29 "cue": those and the rarer plan wordings, read in the value's clause only (target_features)
TG29_CUE = re.compile(TG29_DUTY.pattern + r"|kịch bản tăng trưởng\b(?:\s+\w+){0,6}?\s+(?:đạt|là|ở mức)\b|"
                      r"thống nhất (?:mức|chỉ tiêu)|đề ra chỉ tiêu")


# option tg30 "sched": a schedule's per-year item under a lead that opens a list ("Tiến độ thực hiện như sau:" /
# "+ Năm 2026: trồng mới 300 ha, …" / "+ Năm 2027: …"): the year and a colon open the line
TG30_SCHED = re.compile(r"\s*[-+•–*]?\s*(?:năm|giai đoạn)\s+20\d\d(?:\s*[-–]\s*20\d\d)?\s*:", re.I)


# option tg30 "will": a line that says what will be built, planted or drawn ("giai đoạn 2026-2030 sẽ xây mới 12
# trường", "dự kiến sẽ thu hút 2 triệu lượt khách"): an action verb right after "sẽ" / "dự kiến"; not "sẽ được"
# (what will be done to something), not "sẽ có" / "sẽ đạt" (a state or a forecast); its first letter before the
# word-boundary test, so `re` scans for it in C (tp27)
TG30_WILL = re.compile(r"(?:s(?<!\ws)ẽ|d(?<!\wd)ự kiến)\s+(?:(?:tiếp tục|phải|cần|sẽ)\s+)?(?:xây mới|xây dựng mới|trồng|thu hút|"
                       r"đào tạo|khởi công|thành lập|đón|tạo việc làm|giải quyết việc làm|tái canh|thực hiện tái canh|"
                       r"phát triển thêm|xây dựng thêm|hỗ trợ|nâng cấp|cải tạo)\b")


# option tg31 "topic": a line opened by a topic label ("Về lượt khách du lịch: …", "- Về lao động:") right after a goal
# line that ends in ":" or holds such a label itself ("Mục tiêu đến năm 2030: Về kinh tế: …") goes on with its goals
TG31_TOPIC = re.compile(r"\s*(?:[-+•–*]\s*|[a-zđ1-9][.)]\s*)?về\s+[^\W\d][^:.;!?\n\d]{1,60}:", re.I)
_TG31_LEAD = re.compile(r"(?:mục tiêu|chỉ tiêu|phấn đấu|kế hoạch)[^.;!?\n]{0,80}:\s*(?!\d)|"
                        r"(?<!\w)về\s+[^\W\d][^:.;!?\n\d]{1,60}:", re.I)


# option tg31 "words": "một" (one) before a scale word and a counted noun ("và một triệu lượt khách nội địa"): value 1
_TG31_NOT_COUNTED = {"đồng", "tỷ", "tỉ", "usd", "đô", "euro"}
TG31_WORDS = re.compile(r"(?<!\w)[mM]ột\s+(triệu|nghìn|ngàn)\s+([^\W\d]+)(?:\s+([^\W\d]+))?")


# option cd32 "window": a line naming a multi-year window ("Diện tích tái canh … giai đoạn 2021-2025 … khoảng 91
# nghìn ha") names a plan's figures; the goal model tells a window's results from its goals
CD32_WINDOW = re.compile(r"giai đoạn\s+20\d\d\s*[-–]\s*20\d\d")


# option cd32 "words": "một" (one) before a counted term is the number 1 ("và một đơn vị cấp huyện đạt chuẩn", "có
# một khu du lịch cấp tỉnh", "một triệu lượt khách"); not an article ("là một …", "thành một …", "của một …"), not
# "Mỗi xã một sản phẩm" (OCOP's name), not money ("một triệu đồng")
CD32_ONE = re.compile(r"[mM](?<!\w[mM])ột\s+(?=[^\W\d_])")     # first letter first: re scans for it in C
_CD32_NOT_BEFORE = re.compile(r"(?:\b(?:là|thành|của|như|với|cho|thăm|tại|ở|trong|về|theo|vào|qua|chỉ|ít nhất|tối thiểu|"
                              r"có thêm)|[mM]ỗi\s+[^\W\d_]+)\s+$")     # WORD_COUNT_RE reads "ít nhất một …"


# option cd32 "title": a number before a title-cased counted term of three syllables or more ("10 Liên hiệp hợp tác
# xã", "thêm 1 Điểm du lịch cấp tỉnh") is read as its lower-case spelling; two-syllable names ("12 Giáo dục", "1 Đề
# ra", "12 Bạc Liêu") stay unread
CD32_TITLE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?=[^\W\d_])")


def _cd32_term(text: str, number: str, rest: int, fix: str, lower: bool) -> tuple[int, float, str] | None:
    """The general reading of number + the words from rest on (to the line's end, 80 characters at most; lower-cased
    with lower), when it starts at the number and counts a term of three syllables or more or a scaled noun (not
    money): (end in text, value, "#" + unit)."""
    stop = text.find("\n", rest, rest + 80)
    snippet = number + " " + text[rest:stop if stop >= 0 else rest + 80]
    snippet = snippet.lower() if lower else snippet
    got = [v for v in unit_values(snippet, [], "general", fix) if v[0] == 0]
    if not got:
        return None
    _, e, value, unit = got[0]
    words = unit[1:].split()
    scaled = words[0] in ("triệu", "nghìn", "ngàn")
    # "một số", "một phần", "một hệ thống", "một đơn vị" are quantifiers and articles
    if not (scaled and len(words) >= 2 and words[1] not in _TG31_NOT_COUNTED or
            not scaled and len(words) >= 3 and "/" not in unit):
        return None
    return rest + e - len(number) - 1, value, unit


def _cd32_words(text: str, free, fix: str) -> list[tuple[int, int, float, str]]:
    """Option cd32 "words" and "title": "một" read as 1 before a counted term, a title-cased term read in lower case."""
    out = []
    tokens = fix.split("+")
    sub = "+".join(t for t in tokens if not t.startswith("cd32_"))
    if "cd32_words" in tokens:
        for m in CD32_ONE.finditer(text):
            if not free(m.start(), m.end()) or _CD32_NOT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            got = _cd32_term(text, "1", m.end(), sub, False)
            if got and got[1] == 1.0:
                out.append((m.start(), got[0], 1.0, got[2]))
    if "cd32_title" in tokens:
        for m in digit_first(CD32_TITLE).finditer(text):
            if not text[m.end()].isupper() or not free(m.start(), m.end()) \
                    or _NOT_COUNT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                continue
            got = _cd32_term(text, m.group(1), m.end(), sub, True)
            if got and not got[2][1:].split()[0] in ("triệu", "nghìn", "ngàn"):
                out.append((m.start(), got[0], got[1], got[2]))
    return out


# option cd33 "aim": a line that says what a spending or a plan is for ("sẽ đầu tư 430 tỷ đồng … nhằm thu hút trên 600
# nghìn lượt khách") names a plan's figures
CD33_AIM = re.compile(r"nhằm\s+(?:thu hút|đón|đạt|tạo việc làm|giải quyết việc làm|đưa)\b")
# option cd33 "over": a count with "trở lên" ("phát triển từ 10 đảng viên trở lên/năm") is a floor, like "ít nhất"
CD33_OVER = re.compile(r"\d[^\d.;:!?\n]{0,40}?\btrở lên\b")
# option cd33 "colon": an indicator item, a bulleted label and its figure after a colon ("- Tốc độ băng rộng di động
# (…): 36 Mb/s"), is a figure set for the indicator; the goal model tells a report's items from a plan's
CD33_COLON = re.compile(r"\s*[-+•–*]\s*[^\W\d_][^:\n]{2,150}:\s*(?:khoảng|trên|dưới|từ|đạt)?\s*\d")


# option cd33 "lift": the counted term before the value ("nâng tổng số cơ sở lưu trú trên địa bàn lên 1.400", "nâng số
# đơn vị cấp huyện đạt chuẩn lên 7/11"): the value after "lên" counts the term after "số"; not after "đã" (a result)
CD33_LIFT = re.compile(r"(?<!đã )nâng\s+(?:tổng\s+)?số\s+(?:lượng\s+)?([^\W\d_][^.;:!?\n\d]{1,80}?)\s+lên\s+(?:thành\s+)?"
                       r"(\d{1,3}(?:\.\d{3})+|\d{1,4})(?:/\d{1,4})?(?![\d.,%]?\d|\s*%)", re.I)


def _cd33_lift(text: str, taken: list[tuple[int, int]], fix: str) -> list[tuple[int, int, float, str]]:
    """Option cd33 "lift": (start, end, value, "#" + unit) of a value after "nâng (tổng) số <term> … lên", its unit
    the general reading of the term (lower-cased), when no other reading took the value."""
    out = []
    sub = "+".join(t for t in fix.split("+") if not t.startswith("cd3"))
    for m in finditer_i(CD33_LIFT, text):
        a, b = m.start(2), m.end()
        if any(s < b and a < e for s, e in taken):
            continue
        got = [v for v in unit_values("1 " + m.group(1).lower(), [], "general", sub) if v[0] == 0]
        if got and "/" not in got[0][3]:
            out.append((a, b, amount(m.group(2)), got[0][3]))
            taken.append((a, b))
    return out


# option cn35 "items": a goals list running over several paragraphs, each opened by a topic label or a numbered
# indicator ("Về văn hóa - xã hội: (7) Tỷ lệ … (9) Số giường bệnh/vạn dân đạt từ 30 đến 35 giường", "(4) …"): an item
# line right after a goal-list line that is itself an item or a goal lead goes on with its goals, even when the run
# was opened by a short goal heading rather than a goal word on the line (tg31's `topic` needs the word)
CN35_ITEM = re.compile(r"\s*(?:[-+•–*]\s*)?(?:về\s+[^\W\d][^:.;!?\n\d]{1,60}:\s*)?\(\d{1,2}\)|" + TG31_TOPIC.pattern,
                       re.I)
# option cn35 "yearly": a paragraph opened by "Hằng năm," / "Hàng năm," / "Mỗi năm," right after a goal paragraph sets
# the yearly part of those goals ("Hằng năm, … kết nạp đảng viên mới đạt từ 1.500 đến 1.600 đảng viên")
CN35_YEARLY = re.compile(r"\s*(?:[-+•–*]\s*)?(?:hằng|hàng|mỗi)\s+năm\s*,", re.I)
CN35_TOKENS = ("items", "yearly")


def _cd33_named(line: str, low_line: str, tokens: tuple[str, ...]) -> bool:
    """Option cd33's goal-line shapes (tokens "aim", "over", "colon"), read on a line no other cue names."""
    return ("aim" in tokens and CD33_AIM.search(low_line) is not None
            or "over" in tokens and CD33_OVER.search(low_line) is not None
            or "colon" in tokens and CD33_COLON.match(line) is not None)


def _goal_line_spans(text: str, runs: bool = False, future: bool = False,
                     duty: bool = False, sched: bool = False, will: bool = False,
                     topic: bool = False, window: bool = False, cd33: tuple[str, ...] = (),
                     cn35: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Paragraphs that name a goal, and the lines after a short goal heading until a blank-free run ends;
    with runs (option cand_fix "runs", miss22), the paragraph right after one that names a goal too (a goals
    list going on: "Hằng năm, … đạt từ 1.500 đến 1.600 đảng viên", "Về văn hóa - xã hội: (7) …")."""
    spans, pos, heading, after_named = [], 0, False, False
    sched_run = False       # option tg30 "sched": the previous line opened a list or was a schedule item
    topic_run = False       # option tg31 "topic": the previous line was a goal line opening or holding a topic label
    item_run = False        # option cn35 "items": the previous line was in a goal span and an item or a goal lead
    prev_named = False      # option cn35 "yearly": the previous line named a goal
    low = lowered_page(text)        # the goal words found case-sensitively there: same lines, less CPU
    for line, low_line in zip(text.split("\n"), (low or text).split("\n")):
        s, e = pos, pos + len(line)
        pos = e + 1
        p = line.strip()
        if not p:
            continue
        named = bool(_GOAL_LINE_LOWER.search(low_line) if low is not None else _GOAL_LINE.search(line))
        said_future = future and bool(_FUTURE_LINE.search(low_line if low is not None else line.lower()))
        if duty and not named:      # option tg29 "duty"
            named = bool(TG29_DUTY.search(low_line if low is not None else line.lower()))
        if will and not named:      # option tg30 "will"
            named = bool(TG30_WILL.search(low_line if low is not None else line.lower()))
        if window and not named:    # option cd32 "window"
            named = bool(CD32_WINDOW.search(low_line if low is not None else line.lower()))
        if cd33 and not named:      # option cd33 "aim", "over", "colon"
            named = _cd33_named(line, low_line if low is not None else line.lower(), cd33)
        in_sched = False
        if sched:                   # option tg30 "sched"
            item = bool(TG30_SCHED.match(line))
            in_sched = item and sched_run
            sched_run = item or p.endswith(":")
        if topic:                   # option tg31 "topic"
            label = bool(TG31_TOPIC.match(line))
            if not named and label and topic_run:
                named = True
            topic_run = named and (label or p.endswith(":") or ":" in line and _TG31_LEAD.search(line) is not None)
        if cn35:                    # option cn35 "items", "yearly"
            item = "items" in cn35 and CN35_ITEM.match(line) is not None
            if not named and (item and item_run
                              or "yearly" in cn35 and prev_named and CN35_YEARLY.match(line) is not None):
                named = True
        if named or heading or (runs and after_named) or said_future or in_sched:
            spans.append((s, e))
            if cn35:
                item_run = "items" in cn35 and (item or _TG31_LEAD.search(line) is not None)
        elif cn35:
            item_run = False
        if cn35:
            prev_named = named
        after_named = named
        if named and (p.endswith(":") or (len(p) < 120 and not p.endswith("."))):
            heading = True
        elif p.endswith("."):
            heading = heading and len(p) < 400
    return spans


def general_values(text: str, taken: list[tuple[int, int]], goal_lines: bool = False,
                   fix: str = "") -> list[tuple[int, int, float, str]]:
    """(start, end, value, "#" + unit) of a number and the noun it counts, and of rates per
    population, outside spans already taken (with goal_lines, only on lines that name a goal).
    fix: option cand_fix; "runs" reads the paragraph after a goal line too (_goal_line_spans)."""
    out: list[tuple[int, int, float, str]] = []
    tokens = fix.split("+")
    lines = _goal_line_spans(text, "runs" in fix, "cd31_lines" in tokens, "tg29_duty" in tokens,
                             "tg30_sched" in tokens, "tg30_will" in tokens, "tg31_topic" in tokens,
                             "cd32_window" in tokens,
                             tuple(t[5:] for t in tokens if t.startswith("cd33_")),
                             tuple(t[5:] for t in tokens if t.startswith("cn35_"))) if goal_lines else None
    line_starts = [s for s, _ in lines] if lines is not None else []

    def on_goal_line(a: int) -> bool:
        i = bisect.bisect_right(line_starts, a) - 1     # spans are disjoint and in order
        return i >= 0 and a < lines[i][1]

    def free(a: int, b: int) -> bool:
        if lines is not None and not on_goal_line(a):
            return False
        return not any(s < b and a < e for s, e in taken)

    for m in digit_first(_PER_POP_BARE).finditer(text):
        nb = _RATE_NOUN_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if nb and free(m.start(), m.end()) and nb.group(1).lower() not in _NOT_NOUN:
            noun = head_noun(nb.group(1), nb.group(2))
            out.append((m.start(), m.end(), amount(m.group(1)), f"#{noun}/{m.group(2)} {m.group(3).lower()}"))
            taken.append((m.start(), m.end()))
    if "measures" in fix.split("+"):
        for m in digit_first(MEASURE_RE).finditer(text):
            if free(m.start(), m.end()):
                per = re.sub(r"\s+", "", m.group(3) or "")
                out.append((m.start(), m.end(), amount(m.group(1)), "#" + m.group(2).strip() + per))
                taken.append((m.start(), m.end()))
    if "tc25_speed" in tokens:
        for m in digit_first(SPEED_RE).finditer(text):
            if free(m.start(), m.end()):
                out.append((m.start(), m.end(), amount(m.group(1)), "#" + m.group(2)))
                taken.append((m.start(), m.end()))
    if "tc25_van" in tokens:
        for m in digit_first(_VAN).finditer(text):
            if free(m.start(), m.end()):
                unit = "vạn " + " ".join(m.group(3).lower().split())
                out.append((m.start(), m.end(), amount(m.group(1)), "#" + unit))
                taken.append((m.start(), m.end()))
    if "tg31_words" in tokens:      # option tg31 "words"
        for m in TG31_WORDS.finditer(text):
            w1 = m.group(2)
            if w1[0].isupper() or w1.lower() in _NOT_NOUN or w1.lower() in _TG31_NOT_COUNTED \
                    or not free(m.start(), m.end(2)):
                continue
            noun = head_noun(w1, m.group(3))
            if noun in _NOT_UNIT:
                continue
            end = m.start(2) + len(noun)
            out.append((m.start(), end, 1.0, "#" + m.group(1).lower() + " " + noun))
            taken.append((m.start(), end))
    if "cd32_words" in tokens or "cd32_title" in tokens:      # option cd32 "words", "title"
        for v in _cd32_words(text, free, fix):
            if free(v[0], v[1]):
                out.append(v)
                taken.append((v[0], v[1]))
    caps = "cd31_caps" in tokens or "tc25_caps" in tokens
    split, terms, per = "tc25_split" in tokens, "tc25_terms" in tokens, "tc25_per" in tokens
    units29 = "tg29_units" in tokens
    for m in digit_first(GENERAL_RE).finditer(text):
        w1 = m.group(3)
        abbr = caps and _ABBR.fullmatch(w1) and ("tc25_caps" not in tokens or w1 in _COUNTED_ABBR)
        place = terms and w1.lower() == "điểm" and _POINT_PLACES.match(text, m.end(3))
        if (w1[0].isupper() and not abbr) or (w1.lower() in _NOT_NOUN and not place) or not free(m.start(), m.end(3)):
            continue
        if _NOT_COUNT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue
        noun = w1 if abbr else head_noun(w1, m.group(4))
        end = m.start(3) + len(noun)
        if not abbr and (split or terms) and m.group(4) is not None:
            nxt = _NEXT_SYL.match(text, m.end(4))
            w2, w3 = m.group(4).lower(), (nxt.group(1).lower() if nxt else None)
            if split and " " in noun and w3 and w2 + " " + w3 in _SPLIT_QUALIFIERS:
                # "khách du lịch": "du lịch" is the word, "khách du" only its overlap (unit "khách")
                noun, end = w1.lower(), m.end(3)
            if place:
                pm = _POINT_PLACES.match(text, m.end(3))
                noun, end = "điểm " + pm.group(1).lower(), pm.end()
            elif terms and noun == "câu" and w2 == "lạc" and w3 == "bộ":
                noun, end = "câu lạc bộ", nxt.end()
            elif terms and noun in _PLACE_HEADS and w3 and w2 + " " + w3 in _lexicon() and w2 + " " + w3 not in _NOT_PLACE:
                noun, end = f"{noun} {w2} {w3}", nxt.end()
        if noun in _NOT_UNIT:
            continue
        if units29 and noun == "cây xanh":      # tg29 "units": the counted noun, "xanh" a qualifier
            noun = "cây"
        scale = (m.group(2) or "").split()
        unit = (scale[0].lower() + " " if scale else "") + noun
        rate = (_PER_POP_CD31 if "cd31_forms" in tokens or "cd33_money" in tokens or "cd33_scales" in tokens
                else _PER_POP).match(text, end)
        if rate and not scale:
            unit, end = f"{noun}/{rate.group(1)} {rate.group(2).lower()}", rate.end()
        elif per and (pm := _PER_COUNT.match(text, end) or (_TG29_UP_PER.match(text, end) if units29 else None)):
            unit, end = f"{unit}/{pm.group(1).lower()}", pm.end()
        out.append((m.start(), end, amount(m.group(1)), "#" + unit))
        taken.append((m.start(), end))
    if "cd33_lift" in tokens:       # option cd33 "lift": after the values read where they stand
        out += _cd33_lift(text, taken, fix)
    return out

