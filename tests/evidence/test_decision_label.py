"""The decision model fitted on the measured pages (twenty-fourth pass, `train --decision-label measured`): a page
without a positive whose mapping would map no labelled negative is measured by neither P@1 nor the negatives; with
every page in its labels ("all", shipped), the share of such pages moves the model."""
import pytest

from extractors.criteria import train

pytest.importorskip("sklearn")


def _page(i: int, prov: str, right: int, x: float, positive: bool, wrong: int = 0):
    """(row, doc): the decision row (doc id, features, top right, confidence best, negatives mapped) and its page."""
    doc = {"id": f"p{i}", "province": prov, "positive": ["1.1"] if positive else [], "negative": ["2.1"] * wrong}
    return (doc["id"], {"x": x}, right, 0.2, wrong), doc


def _pages(quiet: int):
    pages = [_page(i, f"prov{i % 4}", i % 2, 1.0 + (i % 2), positive=True) for i in range(8)]
    pages += [_page(8 + i, f"prov{i % 4}", 0, 1.5, positive=False, wrong=1) for i in range(2)]
    # nobody's evidence, no labelled negative among what they would map: "quiet" pages
    pages += [_page(20 + i, f"prov{i % 4}", 0, 2.0, positive=False) for i in range(quiet)]
    rows, docs = zip(*pages)
    return list(rows), list(docs)


def _weights(monkeypatch, label: str, quiet: int) -> dict:
    monkeypatch.setattr(train, "DECISION_LABEL", label)
    monkeypatch.setattr(train, "DECISION_CUT", "floor")
    rows, docs = _pages(quiet)
    scored = [(r[0], 0.2, r[2], False, {}) for r in rows]
    lin, _cut = train._fit_decision(rows, docs, scored, 0.5)
    return {"x": round(lin.weights["x"], 6), "bias": round(lin.bias, 6)}


def test_measured_labels_leave_out_pages_no_figure_reads(monkeypatch):
    monkeypatch.setattr(train, "DECISION_LABEL", "measured")
    rows, docs = _pages(quiet=3)
    kept = train._decision_fitted(rows, docs)
    assert [r[0] for r, k in zip(rows, kept) if not k] == ["p20", "p21", "p22"]
    # a page with a positive is measured even when its top is wrong; a page with a labelled negative it would map too
    assert kept[0] and not rows[0][2] and kept[8]


def test_quiet_pages_move_the_shipped_decision_model_but_not_the_measured_one(monkeypatch):
    assert _weights(monkeypatch, "measured", 0) == _weights(monkeypatch, "measured", 6)
    assert _weights(monkeypatch, "all", 0) != _weights(monkeypatch, "all", 6)
