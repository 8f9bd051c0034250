"""A scanned PDF read with ocr=OCR_LATER comes back at once, marked for OCR, and ocr_text then gives
exactly what extract_text with OCR gives (the crawl's OCR lane: crawler/pipelines.py)."""
from __future__ import annotations

from importlib import resources

from crawler import files as F

SCAN = resources.files("portal_sim").joinpath("data/files/decision-scan.pdf").read_bytes()


def test_ocr_later_then_ocr_text_equals_ocr_now():
    pages_before = F.OCR_STATS["pages"]
    later = F.extract_text(SCAN, "http://x.gov.vn/qd.pdf", "application/pdf", ocr=F.OCR_LATER)
    assert later.error_kind == "needs_ocr" and later.ocr_pages == 1 and not later.text
    assert F.OCR_STATS["pages"] == pages_before            # no tesseract yet
    now = F.extract_text(SCAN, "http://x.gov.vn/qd.pdf", "application/pdf", ocr=True)
    lane = F.ocr_text(SCAN, later.ocr_pages)
    assert (lane.text, lane.method, lane.error) == (now.text, now.method, now.error)
    assert lane.method == "ocr" and "cải cách hành chính" in lane.text.lower()


def test_text_pdf_is_not_deferred():
    pdf = resources.files("portal_sim").joinpath("data/files/plan-text.pdf").read_bytes()
    out = F.extract_text(pdf, "http://x.gov.vn/kh.pdf", "application/pdf", ocr=F.OCR_LATER)
    assert out.method == "pdf-text" and out.text and out.error_kind is None
