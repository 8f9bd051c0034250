"""Twenty-seventh pass (session 24, map33): head cues for the objects fresh22's unseen pages lost — repeals of
normative acts, law-enforcement monitoring, re-engineered workflows, the finance of public-service units — and
the cited act's date skipped in the subject (`ranker.HEAD_CUES_S24`, `ranker.head_subject`, `train --head-cues s24`).
Wordings written for these tests."""
import pytest

from extractors.criteria import ranker as _ranker
from extractors.criteria.mapping import prepare


def head(title: str, cues: str, monkeypatch) -> str | None:
    monkeypatch.setattr(_ranker, "HEAD_CUE_SET", cues)
    return _ranker.head_criterion(_ranker.head_subject(prepare("", title)))[0]


@pytest.mark.parametrize("title, want", [
    # repealing a normative act (its number has a year) is 2.3, whatever the repealed act organised
    ("Quyết định bãi bỏ Quyết định số 07/2019/QĐ-UBND ngày 03/4/2019 của UBND tỉnh quy định chức năng, nhiệm vụ, "
     "quyền hạn của Sở Xây dựng", "2.3"),
    ("Bãi bỏ toàn bộ Nghị quyết số 21/2017/NQ-HĐND của Hội đồng nhân dân tỉnh về mức thu phí", "2.3"),
    ("Về việc bãi bỏ một số văn bản quy phạm pháp luật của tỉnh trong lĩnh vực giao thông", "2.3"),
    ("Kế hoạch kiểm tra việc thi hành pháp luật về bảo vệ môi trường năm 2026", "2.2"),
    ("Kế hoạch theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai", "2.2"),
    ("Phê duyệt phương án tái cấu trúc, liên thông quy trình cấp giấy phép lái xe", "3.2"),
    ("Quy định cơ chế tài chính áp dụng đối với các cơ sở y tế công lập của tỉnh", "6.2"),
    ("Ban hành định mức kinh tế - kỹ thuật dịch vụ sự nghiệp công trong lĩnh vực văn hóa", "6.2"),
    # the amended act's number and date come first; what it was about is the object
    ("Sửa đổi, bổ sung một số điều của Quyết định số 12/2023/QĐ-UBND ngày 14 tháng 3 năm 2023 của Ủy ban nhân dân "
     "tỉnh Bình Định về ban hành danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước", "6.2"),
])
def test_the_new_cues_name_the_head(title, want, monkeypatch):
    assert head(title, "s24", monkeypatch) == want


@pytest.mark.parametrize("title, not_want", [
    # an individual decision's number has no year: its repeal is no review of normative acts
    ("Bãi bỏ Quyết định số 1234/QĐ-UBND về việc mua sắm tập trung thiết bị trường học", "2.3"),
    # checking normative acts stays 2.3, not monitoring the law's enforcement
    ("Kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật năm 2026", "2.2"),
    # reorganising public-service units is not their finance
    ("Đề án sắp xếp các đơn vị sự nghiệp công lập thuộc Sở Y tế", "6.2"),
])
def test_the_new_cues_do_not_fire_where_they_must_not(title, not_want, monkeypatch):
    assert head(title, "s24", monkeypatch) != not_want


def test_the_new_cues_are_shipped_and_the_older_set_reproducible(monkeypatch):
    title = "Quyết định bãi bỏ Quyết định số 07/2019/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn của Sở Xây dựng"
    assert _ranker.HEAD_CUE_SET == "s24" and _ranker.HEAD_OBJECT
    assert head(title, "s23", monkeypatch) == "4.1"
    assert head(title, "s24", monkeypatch) == "2.3"
