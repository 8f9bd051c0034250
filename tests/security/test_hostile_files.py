"""Hostile attachments: OCR is bounded by pixels, pages and time, whatever a PDF claims."""
from __future__ import annotations

import io
import time
from pathlib import Path

import pypdf

from crawler import files as F


def _blank_pdf(pages: int, width_pt: float, height_pt: float) -> bytes:
    w = pypdf.PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=width_pt, height=height_pt)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_a_huge_page_is_rendered_within_the_pixel_bound(tmp_path):
    pdf = tmp_path / "huge.pdf"
    pdf.write_bytes(_blank_pdf(1, 14400, 14400))          # 200 x 200 inches: 60000 px square at 300 dpi
    img = F.render_page(pdf, 1, tmp_path, 60)
    header = img.read_bytes()[:40].split()
    width, height = int(header[1]), int(header[2])
    assert max(width, height) <= F.OCR_MAX_SIDE_PX
    assert img.stat().st_size <= F.OCR_MAX_SIDE_PX ** 2 + 100


def test_five_huge_blank_pages_cost_seconds_not_minutes():
    data = _blank_pdf(5, 14400, 14400)
    t0 = time.perf_counter()
    out = F.extract_text(data, "http://x.gov.vn/bomb.pdf", "application/pdf")
    took = time.perf_counter() - t0
    assert out.error and not out.text
    assert took < 40, f"OCR of five blank pages took {took:.0f} s"    # was 57 s and 1.5 GB of disk


def test_ocr_stops_at_its_time_budget_and_keeps_what_it_read(monkeypatch):
    scan = Path(__file__).resolve().parents[2] / "portal_sim" / "data" / "files" / "decision-scan.pdf"
    data = scan.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    w = pypdf.PdfWriter()
    for _ in range(4):
        w.add_page(reader.pages[0])
    buf = io.BytesIO()
    w.write(buf)
    t0 = time.perf_counter()
    F._ocr_pdf(data, 1)                                  # one real page, to size the budget on this machine
    page_seconds = time.perf_counter() - t0
    budget = 3 * page_seconds + 3
    calls = []
    real = F._ocr_page

    def slow(*a, **kw):
        calls.append(1)
        text = real(*a, **kw)
        time.sleep(budget)                               # the budget is spent after the first page
        return text
    monkeypatch.setattr(F, "_ocr_page", slow)
    out = F._ocr_pdf(buf.getvalue(), 4, budget=budget)
    assert out.method == "ocr" and out.text            # the first page's text is kept
    assert out.error_kind == "ocr_truncated" and "of 4 pages" in out.error
    assert len(calls) == 1
