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


_FILTER_LABELS = (("provinces", "tỉnh/thành"), ("types", "loại văn bản"), ("issuers", "cơ quan ban hành"),
                  ("indices", "chỉ số"), ("criteria", "tiêu chí"))


def quoted(name: str) -> str:
    """«name», unless the name already starts with a quote (a default name is why_filters' line)."""
    return name if name.startswith("«") else f"«{name}»"


def why_filters(query: str, filters) -> str:
    """What a subscription watches, in one line: '«cải cách» · tỉnh/thành: Tiền Giang · tiêu chí: 1.1'."""
    parts = [f"«{query}»"] if query else []
    for key, label in _FILTER_LABELS:
        values = getattr(filters, key, None) or []
        if values:
            parts.append(f"{label}: {', '.join(values)}")
    return " · ".join(parts) or "mọi văn bản mới"


def doc_lines(doc: dict) -> list[tuple[str, str]]:
    return [("Số hiệu", doc.get("number") or "không rõ"), ("Ngày", vn_date(doc.get("date"))),
            ("Cơ quan ban hành", doc.get("issuer") or "không rõ"), ("Tỉnh/thành", doc.get("province") or "không rõ"),
            ("Liên kết", doc.get("url") or "")] + ([("Trên parwatch", doc["link"])] if doc.get("link") else [])


def what_changed(changes: dict | None) -> list[str]:
    """'bản 1 → bản 2: 1 câu thêm, 1 câu bỏ, 1 câu sửa', then one line per changed fact."""
    if not changes:
        return []
    counts = [f"{changes[k]} {word}" for k, word in (("added", "câu thêm"), ("removed", "câu bỏ"),
                                                      ("changed", "câu sửa")) if changes.get(k)]
    out = [f"bản {changes['from']} → bản {changes['to']}: " + (", ".join(counts) or "nội dung gần như giữ nguyên")]
    for f in changes.get("facts") or []:
        out.append(f"{f['label']}: {vn_date(f['before']) if f['before'] else '—'} → "
                   f"{vn_date(f['after']) if f['after'] else '—'}")
    return out


_LINKS = ("Liên kết", "Trên parwatch")


def text_item(n: int, doc: dict, reason: dict) -> str:
    lines = [f"{n}. {doc.get('title') or doc.get('url')}"]
    lines += [f"   {label}: {value}" for label, value in doc_lines(doc)]
    lines.append(f"   Vì sao: {why(reason)}")
    changed = what_changed(doc.get("changes"))
    if changed:
        lines.append(f"   Thay đổi: {changed[0]}")
        lines += [f"     - {x}" for x in changed[1:]]
        lines.append(f"   Xem thay đổi: {doc['changes'].get('link', '')}")
    return "\n".join(lines)


def html_item(doc: dict, reason: dict) -> str:
    rows = "".join(
        f"<tr><th align='left'>{escape(label)}</th><td>"
        + (f"<a href='{escape(value)}'>{escape(value)}</a>" if label in _LINKS and value else escape(value))
        + "</td></tr>" for label, value in doc_lines(doc))
    changed = what_changed(doc.get("changes"))
    change_html = ""
    if changed:
        link = doc["changes"].get("link")
        change_html = (f"<p><b>Thay đổi:</b> {escape(changed[0])}</p>"
                       + (f"<ul>{''.join(f'<li>{escape(x)}</li>' for x in changed[1:])}</ul>" if changed[1:] else "")
                       + (f"<p><a href='{escape(link)}'>Xem thay đổi</a></p>" if link else ""))
    return (f"<li><p><b>{escape(doc.get('title') or doc.get('url') or '')}</b></p>"
            f"<table>{rows}</table><p><i>Vì sao: {escape(why(reason))}</i></p>{change_html}</li>")
