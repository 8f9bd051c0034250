"""HTML of the simulated portals: three CMS families modelled on real Vietnamese provincial portals
(Liferay 6.2, SharePoint/ASP.NET WebForms, NukeViet) plus a custom ASP.NET-style portal used for
faults. Every page carries the furniture real portals have: visitor counters, slideshows,
weather/water-level/salinity boxes, link boxes, related news with other titles and dates, footers."""
from __future__ import annotations

import html
import random
import re
import unicodedata
from datetime import date, datetime

SECTIONS = {
    "cai-cach-hanh-chinh": "Cải cách hành chính",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "van-hoa-the-thao": "Văn hóa - Thể thao",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

e = html.escape


def slugify(text: str, drop_d: bool = False) -> str:
    t = text.replace("đ", "" if drop_d else "d").replace("Đ", "" if drop_d else "D")
    t = unicodedata.normalize("NFD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def parse_date(s: str) -> datetime:
    m = re.search(r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})", s)
    t = re.search(r"(\d{1,2}):(\d\d)", s)
    d = datetime(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else datetime(2018, 1, 2)
    if t:
        d = d.replace(hour=int(t.group(1)), minute=int(t.group(2)))
    return d


def today_widget() -> str:
    d = date.today()
    return f"{WEEKDAYS[d.weekday()]}, Ngày {d:%d/%m/%Y}"


class Furniture:
    """Counters change on every request, as they do on real portals."""

    def __init__(self, seed: int = 0):
        self.total = 4_798_809 + seed * 1000
        self.rng = random.Random(seed)

    def counter(self) -> str:
        self.total += 1
        online = self.rng.randint(2, 80)
        today = self.rng.randint(100, 12000)
        return (f'<div class="portlet visitor-counter" id="portalsessiontrackingportlet"><h3>Thống kê truy cập</h3>'
                f'<ul><li>Đang truy cập: {online}</li><li>Hôm nay: {today}</li>'
                f'<li>Tổng lượt truy cập: {self.total:,}</li></ul></div>').replace(",", ".")

    def weather(self, province: str) -> str:
        t = self.rng.randint(24, 35)
        return (f'<div class="box-weather"><h3>DỰ BÁO THỜI TIẾT</h3><p>{e(province)}: {t}°C, có mây, mưa rào rải rác</p>'
                f'<h3>THÔNG TIN MỰC NƯỚC</h3><table><tr><td>Điểm đo</td><td>Mực nước cao nhất</td></tr>'
                f'<tr><td>Mỹ Tho</td><td>1,{self.rng.randint(10, 99)} m</td></tr></table>'
                f'<h3>THÔNG TIN ĐỘ MẶN</h3><p>(Đến 7 giờ ngày {date.today():%d/%m/%Y})</p>'
                f'<table><tr><td>Trạm đo</td><td>Độ mặn cao nhất</td><td>So với ngày trước</td></tr>'
                f'<tr><td>Cống Long Hải</td><td>0,7 g/l</td><td>Giảm 1,6 g/l</td></tr>'
                f'<tr><td>Vàm Kênh</td><td>5,3 g/l</td><td>Tăng 1 g/l</td></tr></table></div>')


def slideshow() -> str:
    imgs = "".join(f'<li><img src="/images/slide{i}.jpg" alt="Slideshow Image {i}"></li>' for i in range(1, 6))
    return f'<div class="portal-slideshows-portlet carousel"><ul class="slides">{imgs}</ul></div>'


def links_box() -> str:
    sites = ["Chính phủ", "Bộ Nội vụ", "Cổng Dịch vụ công quốc gia", "Bộ Thông tin và Truyền thông"]
    opts = "".join(f"<option>{e(s)}</option>" for s in sites)
    return f'<div class="lien-ket-website"><h3>Liên kết website</h3><select>{opts}</select></div>'


def footer(site_name: str, province: str) -> str:
    return (f'<div id="footer"><p><b>{e(site_name.upper())}</b></p>'
            f'<p>Cơ quan chủ quản: UBND tỉnh {e(province)}. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.</p>'
            f'<p>Giấy phép số: 02/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 07/9/2018.</p>'
            f'<p>Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh {e(province)}" khi phát hành lại thông tin từ các nguồn này.</p></div>')


def related(items: list[tuple[str, str, str]], heading: str = "Tin liên quan") -> str:
    lis = "".join(f'<li><a href="{e(u)}">{e(t)}</a> <span class="date">({e(d)})</span></li>' for u, t, d in items)
    return f'<div class="related-news"><h3>{heading}</h3><ul>{lis}</ul></div>'


def page(*, site_name: str, province: str, title: str, menu: list[tuple[str, str]], main: str, side: str,
         furniture: Furniture, charset: str = "utf-8", html_class: str = "", head_extra: str = "",
         body_wrap: tuple[str, str] = ("", "")) -> str:
    nav = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in menu)
    return f"""<!DOCTYPE html>
<html lang="vi" class="{html_class}">
<head><meta charset="{charset}"><title>{e(title)} - {e(site_name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head_extra}
</head>
<body>
<a class="skip" href="#main-content">Truy cập nội dung luôn</a>
<div id="header"><div class="banner"><h2>{e(site_name)}</h2></div>
<div id="point_portal_egov_date">{today_widget()}</div>
<div class="font-tools">Mặc định Cỡ chữ</div></div>
<nav id="navigation"><ul class="menu">{nav}</ul></nav>
{slideshow()}
<div id="wrapper">{body_wrap[0]}
<div id="main-content" class="column-main">{main}</div>
<div class="column-side">{furniture.counter()}{side}{furniture.weather(province)}{links_box()}</div>{body_wrap[1]}
</div>
{footer(site_name, province)}
</body></html>"""
