"""dl24 (scope token "r24"): a general goal written before the plan's "Mục tiêu cụ thể đến năm X" lead,
with no year in its own sentence, is told so on "none" (the title's or the later lead's year is not its
own); a goal with a year in its sentence, or one under the specific lead, is not."""
import re

from extractors import deadline_features as dl
from extractors import target_features as tf

SCOPE = "lead+q1+r18+r19+r20+r21+r22+r23"
_STOP = re.compile(r"[.!?](?=\s)|\n")


def _none(text: str, value_at: str, scope: str = SCOPE + "+r24") -> dict:
    """The "none" candidate's features of the value first written at value_at."""
    s = text.index(value_at)
    stops = [m.end() for m in _STOP.finditer(text)]
    start = max([e for e in stops if e <= s], default=0)
    end = min([e for e in stops if e > s], default=len(text))
    sent = (start, end)
    c = tf.Context(text, s, s + len(value_at), 0.0, "hạng", sent, sent, (0, len(text)), 0,
                   False, False, False, None, None, False)
    return dict(dl.year_candidates(c, dl.year_mentions(text), True, True, scope, "paren"))[None]


CAN_THO = ("UBND TP Cần Thơ vừa ban hành Kế hoạch về Chuyển đổi số đến năm 2025, định hướng đến năm 2030.\n"
           "Theo đó, TP Cần Thơ phấn đấu thuộc nhóm 10 tỉnh, thành phố thực hiện chuyển đổi số tốt.\n"
           "Mục tiêu cụ thể đến năm 2025: 80% dịch vụ công trực tuyến mức độ 4 được cung cấp.")


def test_a_general_goal_before_the_specific_lead_fires():
    assert _none(CAN_THO, "10 tỉnh")["r24n_general_goal"] == 1.0
    t = "Theo kế hoạch, thành phố phấn đấu thuộc nhóm 10 tỉnh dẫn đầu.\nVề mục tiêu cụ thể, 100% hồ sơ được xử lý."
    assert _none(t, "10 tỉnh")["r24n_general_goal"] == 1.0


def test_a_dated_or_specific_goal_does_not_fire():
    assert _none(CAN_THO, "80%")["r24n_general_goal"] == 0.0            # under the specific lead
    t = ("Phấn đấu đến năm 2025, tỉnh trong nhóm 10 tỉnh dẫn đầu cả nước.\n"
         "Mục tiêu cụ thể: 80% dịch vụ công trực tuyến toàn trình.")
    assert _none(t, "10 tỉnh")["r24n_general_goal"] == 0.0              # its own year
    t = ("Đến năm 2025, tỉnh phát triển mạnh kinh tế số.\nTỉnh phấn đấu thuộc nhóm 20 tỉnh dẫn đầu cả nước.\n"
         "Mục tiêu cụ thể: 80% dịch vụ công trực tuyến toàn trình.")
    assert _none(t, "20 tỉnh")["r24n_general_goal"] == 0.0              # a lead above reaches it
    t = "Tỉnh phấn đấu thuộc nhóm 10 tỉnh dẫn đầu.\nCác giải pháp: đẩy mạnh cải cách hành chính."
    assert _none(t, "10 tỉnh")["r24n_general_goal"] == 0.0              # no specific lead after


def test_the_token_off_adds_nothing():
    assert "r24n_general_goal" not in _none(CAN_THO, "10 tỉnh", SCOPE)
