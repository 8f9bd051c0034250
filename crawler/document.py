"""From a fetched page to a document ready to store: normalized text and the facts read out of it
(page text plus attachments' text)."""
from __future__ import annotations

from datetime import date, datetime, timezone

from extractors.normalize import normalize_text, unwrap_lines
from store.models import AttachmentIn, DocumentIn


def build_document(*, url: str, title: str, text: str, source_id: str | None = None,
                   province_hint: str | None = None, published_date: date | None = None,
                   fetched_at: datetime | None = None, attachments: list[AttachmentIn] | None = None,
                   **http) -> DocumentIn:
    """Normalize the text and read the facts out of it (page text plus attachments' text)."""
    from extractors import extract_facts  # loads the NLP models: only in the processes that build documents

    # PDF text layers and OCR break sentences at the page's line ends; joined, they read as the page did
    # (unwrap_lines leaves text that is not hard-wrapped alone; rob24: targets F1 -0.12 on wrapped text)
    attachments = [a.model_copy(update={"text": unwrap_lines(normalize_text(a.text))}) for a in attachments or []]
    body = normalize_text(text)
    title = normalize_text(title)
    page = "\n\n".join([title, body])
    facts = extract_facts(page, title=title, url=url, province_hint=province_hint)
    files = [a.text for a in attachments if a.text]
    if files:
        facts = _with_attachments(facts, extract_facts("\n\n".join([page, *files]), title=title, url=url,
                                                       province_hint=province_hint))
    return DocumentIn(url=url, title=title, text=body, source_id=source_id, published_date=published_date,
                      fetched_at=fetched_at or datetime.now(timezone.utc), attachments=attachments,
                      facts=facts, **http)


def _with_attachments(page, full):
    """Facts of page plus files. What the page itself says it announces (its primary document and
    province) wins: portals also attach annexes and other documents, whose headers must not take over."""
    if page.primary and any(r.number == page.primary for r in full.doc_refs):
        full.primary = page.primary
    full.province = page.province or full.province
    return full
