"""Words of an alert, in Vietnamese: the document line and why it matched."""
from __future__ import annotations

from html import escape

from extractors.formatting import vn_date as format_vn_date


def vn_date(iso: str | None) -> str:
    return format_vn_date(iso, missing="không rõ")


def why(reason: dict) -> str:
    """One line: 'khớp từ khóa «…»; bộ lọc: tỉnh Tiền Giang; tiêu chí 1.1.1 (…) qua cụm từ «…»'."""
    parts = []
    terms = reason.get("terms") or []
    if terms:
        parts.append("khớp từ khóa " + ", ".join(f"«{t}»" for t in terms))
    else:
        parts.append("theo dõi mọi văn bản mới" if not reason.get("filters") and not reason.get("criteria")
                     else "không giới hạn từ khóa")
    if reason.get("excluded"):
        parts.append("không chứa " + ", ".join(f"«{w}»" for w in reason["excluded"]))
    f = reason.get("filters") or {}
    labels = []
    if "province" in f:
        labels.append(f"tỉnh/thành {f['province']}")
    if "type" in f:
        labels.append(f"loại văn bản {f['type']}")
    if "issuer" in f:
        labels.append(f"cơ quan ban hành {f['issuer']}")
    if f.get("indices"):
        labels.append("chỉ số " + ", ".join(f["indices"]))
    if labels:
        parts.append("bộ lọc: " + "; ".join(labels))
    for c in reason.get("criteria") or []:
        parts.append(f"tiêu chí {c['id']} ({c['name']}) qua cụm từ «{c['keyword']}»")
    if reason.get("change") == "changed":
        parts.append("văn bản đã được cập nhật")
    return "; ".join(parts)


def doc_lines(doc: dict) -> list[tuple[str, str]]:
    return [("Số hiệu", doc.get("number") or "không rõ"), ("Ngày", vn_date(doc.get("date"))),
            ("Cơ quan ban hành", doc.get("issuer") or "không rõ"), ("Tỉnh/thành", doc.get("province") or "không rõ"),
            ("Liên kết", doc.get("url") or "")]


def text_item(n: int, doc: dict, reason: dict) -> str:
    lines = [f"{n}. {doc.get('title') or doc.get('url')}"]
    lines += [f"   {label}: {value}" for label, value in doc_lines(doc)]
    lines.append(f"   Vì sao: {why(reason)}")
    return "\n".join(lines)


def html_item(doc: dict, reason: dict) -> str:
    rows = "".join(
        f"<tr><th align='left'>{escape(label)}</th><td>"
        + (f"<a href='{escape(value)}'>{escape(value)}</a>" if label == "Liên kết" and value else escape(value))
        + "</td></tr>" for label, value in doc_lines(doc))
    return (f"<li><p><b>{escape(doc.get('title') or doc.get('url') or '')}</b></p>"
            f"<table>{rows}</table><p><i>Vì sao: {escape(why(reason))}</i></p></li>")
