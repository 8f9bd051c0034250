"""Text out of attachments, and a record of how it was obtained (``text_method``):

  pdf-text   PDF text layer (pypdf)
  ocr        scanned PDF: pdftoppm (300 dpi, grey) + tesseract -l vie
  docx       python-docx (paragraphs and tables)
  xlsx       openpyxl (cell values)
  antiword   legacy Word 97-2003 .doc; ``catdoc`` when antiword refuses it
  html/<cs>  Word "web page" saved as .doc/.htm, decoded by its declared charset (e.g. windows-1258)
  text/<cs>  plain text, charset detected
  ...+tcvn3 / ...+vni   legacy Vietnamese font encodings found and converted (extractors.legacy)

Failures come back as an error string (corrupt PDF, zip bomb, unknown format); nothing raises.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from crawler.resources import run_helper
from extractors.legacy import detect_any, to_unicode

MAX_UNZIPPED = 100 * 1024 * 1024   # a DOCX/XLSX inflating past this is treated as a zip bomb
MAX_RATIO = 200                    # ... or compressing better than 1:200
OCR_MAX_PAGES = 20
# Pixel bound: each page is rendered to fit a 3508 px square (A4 at 300 dpi), whatever size the
# PDF claims; a 436-byte PDF with one huge page once rendered a 309 MB image.
OCR_MAX_SIDE_PX = 3508
OCR_SECONDS_PER_FILE = 120.0       # then the pages read so far are kept and the rest skipped
OCR_SECONDS_PER_CRAWL = 1800.0     # then scanned PDFs wait for the next crawl (their text layer is still read)
OCR_STATS = {"pages": 0, "seconds": 0.0}


_IMPORT_LOCK = threading.Lock()
_WARM = False


def warm_imports() -> None:
    """Import the parsers once, before threads use them: python-docx imported by two threads at
    once fails with circular ImportErrors (partially initialised modules)."""
    global _WARM
    if _WARM:
        return
    with _IMPORT_LOCK:
        if not _WARM:
            import charset_normalizer  # noqa: F401
            import docx  # noqa: F401
            import docx.oxml.parser  # noqa: F401
            import docx.table  # noqa: F401
            import docx.text.paragraph  # noqa: F401
            import openpyxl  # noqa: F401
            import pypdf  # noqa: F401
            import trafilatura  # noqa: F401  (HTML files here, pages in crawler.extract)
            _WARM = True


def imports_on_first_use() -> None:
    """For a process that reads one file at a time (a crawl worker process): each parser imports
    its library when a file needs it (openpyxl, pypdf, python-docx: ~0.35 s of CPU and ~10 MB that
    a crawl without such files never needs). warm_imports stays the rule where threads read files."""
    global _WARM
    _WARM = True


@dataclass
class FileText:
    text: str = ""
    method: str | None = None
    error: str | None = None
    error_kind: str | None = None
    ocr_pages: int = 0        # error_kind "needs_ocr" (extract_text(ocr=OCR_LATER)): pages for ocr_text


# extract_text(ocr=OCR_LATER): a scanned PDF comes back as error_kind "needs_ocr" with its page count,
# and the caller runs ocr_text where it suits it (the crawl's worker process does not wait on tesseract)
OCR_LATER = "later"


def sniff(data: bytes, url: str = "", media_type: str | None = None) -> str:
    head = data[:1024].lstrip()
    low = head.lower()
    if data[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    if low.startswith(b"{\\rtf"):
        return "rtf"
    if low.startswith((b"<html", b"<!doctype html", b"<?xml")) or b"<html" in low:
        return "html"
    return "text"


def extract_text(data: bytes, url: str = "", media_type: str | None = None, *, ocr: bool | str = True) -> FileText:
    warm_imports()
    kind = sniff(data, url, media_type)
    try:
        if kind == "pdf":
            out = _pdf(data, ocr)
        elif kind == "zip":
            out = _zip(data, url)
        elif kind == "ole":
            out = _ole(data, url)
        elif kind == "rtf":
            out = FileText(_rtf(data.decode("latin-1")), "rtf")
        elif kind == "html":
            out = _html(data)
        else:
            out = _plain(data)
    except Exception as e:  # a broken file must never stop the crawl
        out = FileText(error=f"{type(e).__name__}: {e}"[:300], error_kind="corrupt_file")
    return _finish(out)


def ocr_text(data: bytes, pages: int) -> FileText:
    """The OCR that extract_text(ocr=OCR_LATER) left to the caller (error_kind "needs_ocr")."""
    try:
        out = _ocr_pdf(data, pages)
    except Exception as e:  # a broken file must never stop the crawl
        out = FileText(error=f"{type(e).__name__}: {e}"[:300], error_kind="corrupt_file")
    return _finish(out)


def _finish(out: FileText) -> FileText:
    if out.text:
        out.text = unicodedata.normalize("NFC", out.text)
        out = _legacy(out)
    return out


def _legacy(out: FileText) -> FileText:
    kind = detect_any(out.text)
    if kind:
        out.text = to_unicode(out.text)
        out.method = f"{out.method}+{kind}"
    return out


# -- PDF ----------------------------------------------------------------------
def _pdf(data: bytes, ocr: bool | str) -> FileText:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        pages = [p.extract_text() or "" for p in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AssertionError, IndexError, AttributeError) as e:
        return FileText(error=f"corrupt PDF: {e}"[:300], error_kind="corrupt_file")
    if not pages:
        return FileText(error="corrupt PDF: no pages", error_kind="corrupt_file")
    text = "\n\n".join(pages).strip()
    letters = sum(c.isalpha() for c in text)
    if letters >= 40 * len(pages) or not ocr:
        return FileText(text, "pdf-text") if text else FileText(error="PDF without text layer (OCR off)", error_kind="no_text")
    if ocr == OCR_LATER:
        return FileText(error="scanned PDF: OCR not run yet", error_kind="needs_ocr", ocr_pages=min(len(pages), OCR_MAX_PAGES))
    return _ocr_pdf(data, min(len(pages), OCR_MAX_PAGES))


# One OpenMP thread per tesseract: its multi-threaded LSTM spins on every core for the same result,
# about twice the CPU per page for little wall time gain, while the crawl needs that core.
_OCR_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _ocr_pdf(data: bytes, pages: int, budget: float = OCR_SECONDS_PER_FILE) -> FileText:
    """One page at a time (one page image on disk at once), each bounded in pixels, the whole
    file bounded in time."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        return FileText(error="scanned PDF: OCR tools missing (apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie)",
                        error_kind="ocr_unavailable")
    t0 = time.perf_counter()
    texts, stopped = [], None
    with tempfile.TemporaryDirectory(prefix="parwatch-ocr-") as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        for page in range(1, pages + 1):
            left = budget - (time.perf_counter() - t0)
            if left <= 1:
                stopped = f"OCR stopped after {page - 1} of {pages} pages (time budget {budget:g} s per file)"
                break
            try:
                texts.append(_ocr_page(pdf, page, Path(tmp), left))
            except subprocess.TimeoutExpired:
                stopped = f"OCR stopped at page {page} of {pages} (time budget {budget:g} s per file)"
                break
            except subprocess.CalledProcessError as e:
                stopped = f"OCR failed at page {page}: {e.stderr.decode('utf-8', 'replace')[:120]}"
                break
    OCR_STATS["pages"] += len(texts)
    OCR_STATS["seconds"] += time.perf_counter() - t0
    text = "\n\n".join(t.strip() for t in texts).strip()
    if not text:
        return FileText(error=stopped or "scanned PDF: OCR found no text", error_kind="no_text")
    out = FileText(text, "ocr")
    if stopped:
        out.error, out.error_kind = stopped, "ocr_truncated"
    return out


def render_page(pdf: Path, page: int, tmp: Path, seconds: float) -> Path:
    """Page `page` as a grey PGM image at 300 dpi, scaled down to fit OCR_MAX_SIDE_PX."""
    stem = tmp / f"p{page}"
    run_helper(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "300", "-scale-to", str(OCR_MAX_SIDE_PX),
                "-gray", "-singlefile", str(pdf), str(stem)], check=True, timeout=seconds)
    return stem.with_suffix(".pgm")


def _ocr_page(pdf: Path, page: int, tmp: Path, seconds: float) -> str:
    img = render_page(pdf, page, tmp, seconds)
    try:
        r = run_helper(["tesseract", str(img), "-", "-l", "vie", "--psm", "3"], timeout=seconds, env=_OCR_ENV)
        return r.stdout.decode("utf-8", "replace")
    finally:
        img.unlink(missing_ok=True)


# -- ZIP containers (DOCX, XLSX, ODT) -----------------------------------------
def _zip(data: bytes, url: str) -> FileText:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        return FileText(error=f"corrupt Office file: {e}", error_kind="corrupt_file")
    total = sum(i.file_size for i in z.infolist())
    if total > MAX_UNZIPPED or (len(data) and total / len(data) > MAX_RATIO and total > 10 * 1024 * 1024):
        return FileText(error=f"zip bomb refused: {len(data)} bytes inflate to {total} bytes", error_kind="zip_bomb")
    names = set(z.namelist())
    if "word/document.xml" in names:
        paragraphs, tables = _docx_body(z, data)
        parts = [p.text for p in paragraphs if p.text.strip()]
        for t in tables:
            for row in t.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    parts.append(" | ".join(dict.fromkeys(cells)))
        return FileText("\n".join(parts), "docx")
    if "xl/workbook.xml" in names:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = [str(v) for v in row if v not in (None, "")]
                if cells:
                    rows.append(" | ".join(cells))
        return FileText("\n".join(rows), "xlsx")
    if "content.xml" in names:
        xml = z.read("content.xml").decode("utf-8", "replace")
        return FileText(re.sub(r"<[^>]+>", " ", re.sub(r"</text:p>", "\n", xml)).strip(), "odf")
    return FileText(error="unknown ZIP-based format", error_kind="unsupported")


_MAIN_REL = re.compile(rb'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"|Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"')


def _docx_body(z: zipfile.ZipFile, data: bytes) -> tuple[list, list]:
    """The body's paragraphs and top-level tables, as python-docx's Document.paragraphs/.tables
    give them (same proxy classes, same text), from word/document.xml alone: opening the whole
    package (styles, numbering, theme, settings, fonts ...) costs about 10x more and adds no text."""
    warm_imports()
    from docx.oxml.parser import parse_xml
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    m = _MAIN_REL.search(z.read("_rels/.rels")) if "_rels/.rels" in z.namelist() else None
    target = (m.group(1) or m.group(2)).decode() if m else None
    if target != "word/document.xml":  # main part elsewhere: let python-docx follow the relationships
        import docx
        d = docx.Document(io.BytesIO(data))
        return d.paragraphs, d.tables
    body = parse_xml(z.read("word/document.xml")).body
    return [Paragraph(p, None) for p in body.p_lst], [Table(t, None) for t in body.tbl_lst]


# -- legacy Word ---------------------------------------------------------------
def _ole(data: bytes, url: str) -> FileText:
    with tempfile.NamedTemporaryFile(suffix=".doc") as f:
        f.write(data)
        f.flush()
        if shutil.which("antiword"):
            r = run_helper(["antiword", "-m", "UTF-8.txt", "-w", "0", f.name], timeout=60)
            if r.returncode == 0 and r.stdout.strip():
                return FileText(r.stdout.decode("utf-8", "replace").strip(), "antiword")
        if shutil.which("catdoc"):
            r = run_helper(["catdoc", "-d", "utf-8", "-w", f.name], timeout=60)
            if r.returncode == 0 and r.stdout.strip():
                return FileText(r.stdout.decode("utf-8", "replace").strip(), "catdoc")
    if not (shutil.which("antiword") or shutil.which("catdoc")):
        return FileText(error="legacy .doc: antiword/catdoc not installed", error_kind="unsupported")
    return FileText(error="legacy Office file that antiword and catdoc cannot read (.xls/.ppt or damaged)",
                    error_kind="corrupt_file")


def _rtf(s: str) -> str:
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), s)
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\par[d]?\b", "\n", s)
    s = re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", s)
    return s.strip()


# -- HTML / text ---------------------------------------------------------------
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([\w-]+)", re.I)


def _html(data: bytes) -> FileText:
    m = _CHARSET.search(data[:4096])
    cs = (m.group(1).decode().lower() if m else "utf-8")
    if cs in ("unicode", "utf-16"):
        cs = "utf-16"
    try:
        text_html = data.decode(cs)
    except (LookupError, UnicodeDecodeError):
        cs = "utf-8"
        text_html = data.decode("utf-8", "replace")
    import trafilatura
    from lxml import html as lxml_html
    text = trafilatura.extract(text_html, favor_recall=True, include_tables=True) or ""
    if not text.strip():
        text = lxml_html.fromstring(text_html).text_content()
    return FileText(text.strip(), f"html/{cs}")


def _plain(data: bytes) -> FileText:
    try:
        return FileText(data.decode("utf-8").strip(), "text/utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        return FileText(error="unknown binary format", error_kind="unsupported")
    return FileText(str(best).strip(), f"text/{best.encoding}")
