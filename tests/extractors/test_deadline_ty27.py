"""ty27 (option "ty27"): the year that governs a block of goals (a goals heading or lead naming one year,
"năm Y là năm …", "năm Y này", a deadline lead, the page's title, a goal word with "năm Y" in its clause),
offered to the values under it as a year candidate and features, each kind behind its token."""
from extractors.deadline_features import TY27_TOKENS, _ty27_leads
from extractors.train import SHIPPED, trace_of

ALL = "+".join(TY27_TOKENS)


def _years(text: str, ty27: str | None) -> list[dict]:
    tr = trace_of({"id": f"ty27-{ty27}-{len(text)}", "text": text}, **dict(SHIPPED, ty27=ty27))
    return [dict(v["years"]) for v in tr["targets"]]


def _kinds(text: str) -> dict[str, int]:
    return {k: y for _, _, y, k in _ty27_leads(text)[1]}


def test_the_lead_kinds_are_read():
    assert _kinds("Các mục tiêu cụ thể đến năm 2027\n- Giảm tỷ lệ hộ nghèo xuống 2%.")["spec"] == 2027
    assert _kinds("Năm 2026 là năm bản lề của kế hoạch. Thu ngân sách đạt 800 tỷ đồng.")["last"] == 2026
    assert _kinds("Trong năm 2021 này, xã phấn đấu trồng 40 ha rừng.")["this"] == 2021
    assert _kinds("Theo đó, đến năm 2035 huyện sẽ có 12 sản phẩm chủ lực.")["due"] == 2035
    assert _kinds("Hội nghị thông qua 12 chỉ tiêu phát triển chủ yếu năm 2026 của huyện.")["loose"] == 2026
    # a window, a comparison's base and a date are no lead
    assert not _kinds("Mục tiêu giai đoạn 2021-2025 là tăng trưởng 7%/năm.")
    assert "loose" not in _kinds("Chỉ tiêu thu ngân sách tăng 6% so với năm 2023.")
    assert not _kinds("Mục tiêu đến năm 2026-2027 còn 5 xã.")


def test_the_title_year():
    assert _ty27_leads("Kế hoạch phát triển du lịch huyện năm 2026\nTăng 8% lượt khách.")[2] == 2026
    assert _ty27_leads("Tin ảnh: lễ hội hoa xuân\nKế hoạch năm 2026 giao 8 chỉ tiêu.")[2] is None


def test_a_lead_year_becomes_a_candidate_under_its_token():
    t = ("Năm 2026 là năm cuối thực hiện nghị quyết đại hội nhiệm kỳ 2021-2026. Sở Nông nghiệp phấn đấu "
         "sản lượng lương thực đạt 52 vạn tấn; tỷ lệ che phủ rừng đạt 61%.")
    on = _years(t, "last")
    assert on and all(v[2026].get("ty27:last") == 1.0 and v[None].get("ty27n:last") == 1.0 for v in on)
    assert all(v[2026]["ty27_nearest"] == 1.0 and v[2026]["ty27_para"] == 1.0 for v in on)
    off = _years(t, None)
    assert all(not any(k.startswith("ty27") for f in v.values() for k in f) for v in off)
    # another token leaves this kind out
    assert all(not any(k.startswith("ty27") for f in v.values() for k in f) for v in _years(t, "spec"))


def test_a_missing_year_is_added():
    t = ("Năm 2027 là năm cuối thực hiện nghị quyết.\n\n" + "Nội dung triển khai gồm nhiều phần việc. " * 20 +
         "\n\n- Giảm tỷ lệ trẻ em suy dinh dưỡng thấp còi xuống 18,5%.")
    off = _years(t, None)
    assert off and list(off[-1]) == [None]              # out of the ranking's reach
    on = _years(t, "last")
    assert on[-1][2027].get("ty27_added") == 1.0 and on[-1][2027]["ty27:last"] == 1.0
    assert on[-1][2027]["ty27_para"] == 0.0


def test_what_says_no_single_year():
    t = "Mục tiêu đến năm 2028. Phấn đấu tốc độ tăng trưởng bình quân hằng năm đạt 7,5%."
    v = _years(t, ALL)[-1]
    assert v[None].get("ty27n_rate") == 1.0 and v[2028].get("ty27_rate") == 1.0
    t = "Mục tiêu đến năm 2028. Năm 2030 có 90% số xã đạt chuẩn, hai năm trước đó 70%."
    v = _years(t, ALL)[0]
    assert v[2028]["ty27_between"] > 0 and v[None].get("ty27n_own") == 1.0


def test_the_modifiers():
    t = ("Năm 2026 là năm cuối thực hiện nghị quyết đại hội nhiệm kỳ 2021-2026. Sở Nông nghiệp phấn đấu "
         "sản lượng lương thực đạt 52 vạn tấn.")
    bare = _years(t, "last+bare")[0]
    assert bare[2026]["ty27:last"] == 1.0 and "ty27_nearest" not in bare[2026]
    assert "ty27n:last" not in _years(t, "last+bare+yonly")[0][None]
    # gate: the lead is not the year's mention nearest the value ("2021-2026" is), so it stays
    assert _years(t, "last+gate")[0][2026].get("ty27:last") == 1.0
    # gate: a lead that is its year's nearest mention is already read by the ranking
    t = "Mục tiêu cụ thể đến năm 2027: giảm tỷ lệ hộ nghèo xuống 2%."
    assert "ty27:spec" not in _years(t, "spec+gate")[0][2027]
    assert _years(t, "spec")[0][2027]["ty27:spec"] == 1.0
    assert _years(t, "spec+gatedue")[0][2027]["ty27:spec"] == 1.0     # gatedue: due and title only
    t = "Đến năm 2027 giảm tỷ lệ hộ nghèo xuống 2%."
    assert "ty27:due" not in _years(t, "due+gatedue")[0][2027]
    t = "Năm 2027 là năm cuối thực hiện nghị quyết.\n\n" + "Nội dung gồm nhiều việc. " * 30 + "\n\nĐạt 18,5%."
    added = _years(t, "last+far")[-1][2027]
    assert added["far"] == 1.0 and added["ty27_added"] == 1.0
    assert "far" not in _years(t, "last")[-1][2027]
