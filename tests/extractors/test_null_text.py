"""The null step's text model (fifteenth pass, option null_text, off): years written as their roles,
and a text model carried in the null step's JSON reaching the deadline decision."""
import copy
import dataclasses

import pytest

from extractors import target_features as tf
from extractors.models import Linear, shipped


def test_years_are_written_as_their_roles_not_digits():
    t = ("Các chỉ tiêu nhiệm kỳ 2020-2025: GRDP bình quân giai đoạn 2021 - 2025 tăng 7%, "
         "đến năm 2025 đạt 5%, gấp 2 lần so với năm 2020; năm 2024 đạt 3%.")
    roles = tf._roles(t, 0, len(t)).split()
    assert [w for w in roles if w.startswith("yy")] == ["yyterm", "yyterm", "yywin", "yywin", "yyden", "yybase", "yy"]
    toks = tf.null_tokens(tf.null_text(t, (0, len(t)), t.index("7%"), t.index("7%") + 2, [(0, 30)]))
    assert not any(ch.isdigit() for tok in toks for ch in tok)
    assert "h:yyterm" in toks and "quân giai" in toks


def test_fitted_text_model_reads_a_window_average_as_no_single_deadline():
    pytest.importorskip("sklearn")
    from extractors.train import fit_null_text
    null = "GRDP bình quân giai đoạn 2021 - 2025 tăng {}%"
    due = "đến năm 2025 tỷ lệ hộ nghèo giảm còn {}%"
    rows = {i: ((i, (tf._roles(s, 0, len(s)), "")), lab)
            for i, (s, lab) in enumerate([(null.format(k), 1) for k in range(6)] + [(due.format(k), 0) for k in range(6)])}
    model = fit_null_text(rows)
    p = lambda s: tf.null_text_prob(model, (tf._roles(s, 0, len(s)), ""))
    # other years, other words around them: the roles carry the phrasing
    assert p("thu ngân sách bình quân giai đoạn 2026 - 2030 tăng 9%") > 0.5 > p("đến năm 2030 đạt 80%")


def test_a_null_step_with_a_text_model_moves_the_deadline():
    pytest.importorskip("sklearn")
    from extractors.facts import extract_facts
    text = ("Kế hoạch phát triển kinh tế số của tỉnh.\n\nMục tiêu: đến năm 2025, tỷ lệ doanh nghiệp "
            "sử dụng hợp đồng điện tử đạt 80%.")
    m = shipped()
    before = [(t.value, t.deadline_year) for t in extract_facts(text, models=m).targets]
    assert (80.0, 2025) in before
    # a text model that says "no single deadline" everywhere, weighed heavily by the null step
    text_model = Linear({"đạt": 5.0}, 5.0, {"idf": {"đạt": 1.0}})
    null = copy.deepcopy(m.deadline_null)
    null.weights["ntx"] = 100.0
    null.meta["text"] = text_model.to_json()
    after = [(t.value, t.deadline_year) for t in
             extract_facts(text, models=dataclasses.replace(m, deadline_null=null)).targets]
    assert (80.0, None) in after
