"""Attachments the simulated portals serve: shipped binaries (data/files), generated DOCX/XLSX,
legacy-encoded documents and the fault files (zip bomb, corrupt PDF)."""
from __future__ import annotations

import io
import zipfile
from importlib import resources

from portal_sim.articles import Article
from portal_sim.legacy import to_tcvn3, word_html_cp1258

MEDIA = {
    "pdf": "application/pdf", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# attachment kind -> (file name pattern, extension)
FILE_KINDS = {
    "pdf": ("Ke hoach {n}", "pdf"), "scan": ("QD {n} ban scan", "pdf"), "doc": ("Bao cao {n}", "doc"),
    "docx": ("Phu luc {n}", "docx"), "tcvn3": ("Phu luc TCVN3 {n}", "docx"), "cp1258": ("Tai lieu {n}", "doc"),
    "xlsx": ("Bieu mau {n}", "xlsx"),
    # faults
    "missing": ("Van ban {n}", "pdf"), "huge": ("Tong hop {n}", "pdf"), "zipbomb": ("Phu luc {n}", "docx"),
    "corrupt": ("Ke hoach {n} loi", "pdf"),
}


def asset(name: str) -> bytes:
    return resources.files("portal_sim").joinpath("data/files", name).read_bytes()


TCVN3_SAMPLE = "phụ lục: danh mục thủ tục hành chính được cắt giảm, đơn giản hóa năm 2024"
TCVN3_SAMPLE_2 = "nội dung cải cách hành chính và dịch vụ công trực tuyến toàn trình của tỉnh"


def file_name(a: Article, k: int) -> str:
    stem, ext = FILE_KINDS[a.files[k]]
    return f"{stem.format(n=a.id)}.{ext}"


def file_bytes(a: Article, k: int) -> bytes:
    """The bytes of attachment k of article a (kind a.files[k])."""
    kind = a.files[k]
    if kind == "pdf":
        data = asset("plan-text.pdf")
    elif kind == "scan":
        data = asset("decision-scan.pdf")
    elif kind == "doc":
        data = asset("report-word97.doc")
    elif kind == "docx":
        data = make_docx([a.title, *a.body, f"Phụ lục: Bảng phân công nhiệm vụ kèm theo văn bản số {a.id} về cải cách hành chính."])
    elif kind == "tcvn3":
        data = make_docx([to_tcvn3(TCVN3_SAMPLE), to_tcvn3(TCVN3_SAMPLE_2)], font=".VnTime")
    elif kind == "cp1258":
        data = word_html_cp1258(a.title, a.body + ["Tài liệu hướng dẫn nghiệp vụ cải cách hành chính, lưu hành nội bộ."])
    elif kind == "xlsx":
        data = make_xlsx()
    elif kind == "zipbomb":
        data = zip_bomb()
    elif kind == "corrupt":
        data = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R" + bytes(range(256)) * 8
    else:
        data = b""
    return data


def make_docx(paragraphs: list[str], font: str | None = None) -> bytes:
    import docx
    d = docx.Document()
    for p in paragraphs:
        r = d.add_paragraph().add_run(p)
        if font:
            r.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    ws.append(["STT", "Chỉ tiêu", "Năm 2024"])
    ws.append([1, "Tỷ lệ hồ sơ trực tuyến toàn trình", "60%"])
    ws.append([2, "Chỉ số hài lòng SIPAS", "85%"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_ZIP_BOMB: bytes | None = None


def zip_bomb(size: int = 150 * 1024 * 1024) -> bytes:
    """A DOCX whose document.xml inflates to `size` bytes (a few hundred KB on the wire)."""
    global _ZIP_BOMB
    if _ZIP_BOMB is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                chunk = b" " * (1 << 20)
                for _ in range(size >> 20):
                    f.write(chunk)
        _ZIP_BOMB = buf.getvalue()
    return _ZIP_BOMB
