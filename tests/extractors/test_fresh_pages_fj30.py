"""fj30 (option fj30, tokens): the items of a goal list in one sentence, after an inline lead-in ending in a colon
("colon") or next to a kept item ("run"). Wordings written for these tests, not from the corpus."""
from extractors import target_features as tf
from extractors.targets import Sentences, find_targets
from tests.extractors.goal_only import flat, goal_only

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled"}


def _listed(t: str, needle: str) -> bool:
    start = t.index(needle)
    return tf.inline_list_item(t, Sentences(t).bounds(start), start)


def test_items_after_an_inline_goal_lead_in():
    t = ("Kỳ họp đã thông qua Quy chế làm việc; Nghị quyết về nhiệm vụ năm 2027 với 12 chỉ tiêu chủ yếu là: "
         "tổng thu ngân sách đạt 50 tỷ đồng; sản lượng cá đạt và vượt 900 tấn, tạo việc làm cho 300 lao động.")
    assert _listed(t, "50 tỷ") and _listed(t, "900 tấn") and _listed(t, "300 lao")   # "đạt và vượt": a floor
    t = "Chương trình đặt ra một số mục tiêu cần đạt như: mỗi năm thành lập mới 8 tổ hợp tác."
    assert _listed(t, "8 tổ")
    t = "Các chỉ tiêu chủ yếu giai đoạn 2026 – 2030 gồm: thu nhập bình quân 90 triệu đồng/người/năm."
    assert _listed(t, "90 triệu")                # a window's years in the lead-in


def test_results_and_reports_after_a_colon_stay_out():
    t = "Kết quả thực hiện các chỉ tiêu chủ yếu: thu ngân sách 50 tỷ đồng; sản lượng cá 900 tấn."
    assert not _listed(t, "50 tỷ") and not _listed(t, "900 tấn")
    t = "Trong năm, huyện có 15 chỉ tiêu đạt và vượt kế hoạch, cụ thể như sau: thu ngân sách 50 tỷ đồng."
    assert not _listed(t, "50 tỷ")               # the lead-in reports
    t = "Về các chỉ tiêu đề ra: thu ngân sách phấn đấu 60 tỷ đồng; sản lượng cá ước đạt 900 tấn."
    assert _listed(t, "60 tỷ") and not _listed(t, "900 tấn")     # a past cue in the value's own item
    t = "Tỉnh phấn đấu thu ngân sách 60 tỷ đồng. Giá trị sản xuất đạt 200 tỷ đồng."
    assert not _listed(t, "200 tỷ")              # no lead-in ending in a colon


def _run(t: str, prev: str, nxt: str) -> bool:
    return tf.run_item(t, t.index(prev) + len(prev), t.index(nxt))


def test_a_run_of_items_next_to_a_kept_one():
    t = "Năm nay, tỉnh phấn đấu có thêm 4 xã, 1 huyện đạt chuẩn, 5 xã đạt chuẩn nâng cao."
    assert _run(t, "4 xã", "1 huyện") and _run(t, "1 huyện", "5 xã")
    t = "Thu ngân sách phấn đấu đạt 50 tỷ đồng, tăng 12% so với năm trước, bằng 110% dự toán."
    assert not _run(t, "50 tỷ đồng", "12%")      # a second figure of the same subject
    t = "Huyện phấn đấu trồng 300 ha rừng (trong đó rừng phòng hộ 120 ha)."
    assert not _run(t, "300 ha", "120 ha")       # a bracket: fj26a's parts read these
    t = "Phấn đấu có 30 xã đạt chuẩn; năm 2025 đã có 20 xã."
    assert not _run(t, "30 xã", "20 xã")         # a figure and a past cue between


class _FirstOnly:
    """A goal model that keeps only the value right after "phấn đấu"."""
    weights: dict = {}

    def prob(self, f) -> float:
        return 0.9 if f.get("b:phan") else 0.1


def test_the_option_keeps_a_lists_items():
    t = "Năm nay, tỉnh phấn đấu có thêm 4 xã, 1 huyện đạt chuẩn, 5 xã đạt chuẩn nâng cao."
    got = {(x.value, x.unit) for x in find_targets(t, models=goal_only(_FirstOnly()), options={**BASE, "fj30": "run"})}
    assert got == {(4, "xã"), (1, "huyện"), (5, "xã")}
    assert {x.value for x in find_targets(t, models=goal_only(_FirstOnly()), options=BASE)} == {4}
    t = "Hội đồng thông qua nghị quyết năm 2027 với 10 chỉ tiêu chủ yếu là: sản lượng cá đạt và vượt 900 tấn."
    assert {x.value for x in find_targets(t, models=flat(0.2), options={**BASE, "fj30": "colon"})} == {900}
    assert not find_targets(t, models=flat(0.2), options=BASE)
