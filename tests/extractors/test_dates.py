from datetime import date

import pytest

from extractors.dates import find_dates, parse_posting_date


@pytest.mark.parametrize("s,expected", [
    ("25/09/2018", date(2018, 9, 25)),
    ("Thứ sáu, 15/01/2021, 10:22", date(2021, 1, 15)),
    ("16:40, Thứ Năm, 5-10-2023", date(2023, 10, 5)),
    ("20/04/2022 | 09:09 AM", date(2022, 4, 20)),
    ("Ngày đăng: 08/07/2024  11:38", date(2024, 7, 8)),
    ("Tin đăng ngày: 6/2/2020 - Xem: 92", date(2020, 2, 6)),
    ("Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27", date(2013, 12, 5)),
    ("Submitted by Ban biên tập on 18 October 2019", date(2019, 10, 18)),
])
def test_posting_dates_are_day_month_year(s, expected):
    assert parse_posting_date(s) == expected


def test_no_date():
    assert parse_posting_date("Đang truy cập: 27") is None
    assert parse_posting_date("") is None


def test_dates_in_text():
    found = [d for _, _, d in find_dates("ngày 29 tháng 12 năm 2017 và ngày 04/02/2016; 7/7 huyện; 12/13 (31/02/2020)")]
    assert found == [date(2017, 12, 29), date(2016, 2, 4)]
