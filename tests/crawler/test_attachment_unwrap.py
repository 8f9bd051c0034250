"""A PDF attachment's text layer (or OCR) breaks sentences at the page's line ends: the document keeps
the file's goals as if it had been read unwrapped (rob24 measured targets F1 -0.12 on wrapped text)."""
import textwrap

import pytest

from crawler.document import build_document
from store.models import AttachmentIn

PLANS = [
    ("ỦY BAN NHÂN DÂN TỈNH KON TUM\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n"
     "Phấn đấu đến năm 2026, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; "
     "tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt trên 80% tổng số hồ sơ; "
     "mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 90%; "
     "Chỉ số cải cách hành chính của tỉnh tăng ít nhất 5 bậc so với năm 2025.\n"
     "II. NHIỆM VỤ\nCác sở, ngành rà soát, đơn giản hóa thủ tục hành chính trong năm 2026.", 52),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH SÓC SƠN\nNGHỊ QUYẾT\nVề chuyển đổi số đến năm 2030\nĐiều 1. Mục tiêu cụ thể đến năm 2030\n"
     "a) Kinh tế số chiếm tỷ trọng tối thiểu 25% GRDP của tỉnh; tỷ lệ dân số trưởng thành có tài khoản "
     "thanh toán điện tử đạt trên 85%; 95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện "
     "được xử lý trên môi trường mạng.\nb) Hằng năm đào tạo, bồi dưỡng kỹ năng số cho ít nhất 2.000 cán bộ, công chức.", 67),
]


def _targets(doc):
    return sorted((t.value, t.unit, t.deadline_year) for t in doc.facts.targets)


def _doc(file_text):
    return build_document(url="http://127.0.0.1:8001/tin/ke-hoach", title="Ban hành kế hoạch", text="Kế hoạch kèm theo.",
                          attachments=[AttachmentIn(url="http://127.0.0.1:8001/files/kh.pdf", text=file_text,
                                                    text_method="text-layer")])


@pytest.mark.parametrize("plan,width", PLANS)
def test_a_hard_wrapped_attachment_gives_the_goals_of_its_unwrapped_text(plan, width):
    wrapped = "\n".join(line for para in plan.split("\n") for line in (textwrap.wrap(para, width) or [""]))
    assert wrapped.count("\n") > plan.count("\n") + 3          # the file really is hard-wrapped
    want = _targets(_doc(plan))
    assert len(want) >= 4
    got = _doc(wrapped)
    assert _targets(got) == want
    # the stored text reads as the file did: each goal sentence on one line again
    assert any("đạt trên 80% tổng số hồ sơ" in line or "tối thiểu 25% GRDP" in line
               for line in got.attachments[0].text.split("\n"))
