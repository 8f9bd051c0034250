"""Developer tool: (re)build the binary attachments the simulator ships in data/files/.

    python -m portal_sim.make_assets      # needs soffice (LibreOffice) and pdftoppm

Made once and committed, so neither the simulator nor the tests need LibreOffice:
  * plan-text.pdf    a text-layer PDF, written as DOCX by python-docx and converted by LibreOffice
  * decision-scan.pdf an image-only PDF: LibreOffice's PDF of a decision, rasterised by pdftoppm
                      (200 dpi, grey) and wrapped, page by page, as a bare image in a new PDF
                      (no text layer: like a scanner's output; text is only reachable by OCR)
  * report-word97.doc a real Word 97-2003 binary (.doc, OLE2 "MS Word 97" filter of LibreOffice)
"""
from __future__ import annotations

import subprocess
import tempfile
import zlib
from pathlib import Path

import docx

OUT = Path(__file__).parent / "data" / "files"

PLAN = [
    "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
    "Số: 118/KH-UBND",
    "Bạc Liêu, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Đánh giá khách quan chất lượng cung ứng dịch vụ hành chính công của các cơ quan hành chính nhà nước trên địa bàn tỉnh; "
    "làm cơ sở cải thiện Chỉ số hài lòng (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) của tỉnh.",
    "2. Phấn đấu Chỉ số SIPAS năm 2024 của tỉnh đạt từ 85% trở lên; 100% cơ quan tổ chức khảo sát bằng phiếu khảo sát điện tử.",
    "II. NỘI DUNG",
    "Sở Nội vụ chủ trì, phối hợp với Bưu điện tỉnh phát 1.200 phiếu khảo sát tại Trung tâm Phục vụ hành chính công tỉnh "
    "và Bộ phận một cửa cấp huyện, cấp xã; thời gian khảo sát từ tháng 6 đến tháng 9 năm 2024.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Giao Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 năm 2024.",
]

DECISION = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
    "Số: 2468/QĐ-UBND",
    "QUYẾT ĐỊNH",
    "Công bố Chỉ số cải cách hành chính năm 2023",
    "của các sở, ban, ngành cấp tỉnh",
    "Điều 1. Công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh.",
    "Điều 2. Sở Nội vụ theo dõi, đôn đốc các cơ quan khắc phục hạn chế.",
]

REPORT = [
    "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
    "Số: 87/BC-UBND",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
    "Trong quý I, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 12.345 hồ sơ, trong đó 9.876 hồ sơ nộp trực tuyến; "
    "tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.",
    "Tỉnh tiếp tục rà soát, đơn giản hóa thủ tục hành chính, tái cấu trúc quy trình để cung cấp dịch vụ công trực tuyến toàn trình.",
]


def _docx(lines: list[str], path: Path, size: int = 12) -> None:
    d = docx.Document()
    for line in lines:
        p = d.add_paragraph()
        r = p.add_run(line)
        r.font.size = docx.shared.Pt(size)
        r.font.name = "DejaVu Serif"
    d.save(path)


def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + "." + fmt.split(":")[0])


def image_pdf(pgm_pages: list[bytes], dpi: int = 200) -> bytes:
    """Wrap greyscale PGM (P5) pages in a PDF: one full-page image per page, no text layer."""
    objs: list[bytes] = []
    kids = []
    for pgm in pgm_pages:
        parts = pgm.split(maxsplit=4)  # P5 w h maxval data
        w, h, data = int(parts[1]), int(parts[2]), parts[4]
        img = zlib.compress(data, 9)
        pw, ph = w * 72 / dpi, h * 72 / dpi
        base = 3 + len(objs)
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pw, ph, base + 1, base + 2))
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
                    b"/Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img)) + img + b"\nendstream")
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(f"{base} 0 R")
    allobjs = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode(), *objs]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(allobjs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(allobjs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allobjs) + 1, xref)
    return bytes(out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        _docx(PLAN, t / "plan-text.docx")
        (OUT / "plan-text.pdf").write_bytes(_soffice(t / "plan-text.docx", "pdf", t).read_bytes())
        _docx(DECISION, t / "decision.docx", size=16)
        pdf = _soffice(t / "decision.docx", "pdf", t)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", "-y", "0", "-H", "1000",
                        "-W", "1654", str(pdf), str(t / "scan")], check=True)
        pages = sorted(t.glob("scan*.pgm"))
        (OUT / "decision-scan.pdf").write_bytes(image_pdf([p.read_bytes() for p in pages]))
        _docx(REPORT, t / "report-word97.docx")
        (OUT / "report-word97.doc").write_bytes(_soffice(t / "report-word97.docx", 'doc:MS Word 97', t).read_bytes())
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
