"""From a fetched page to a stored, extracted, indexed document: the one path every
entry point (crawler, CLI, demo, tests) takes."""
from __future__ import annotations

from datetime import date, datetime, timezone

from extractors.normalize import normalize_text
from store.backend import BackendUnavailable, SearchBackend
from store.models import AttachmentIn, DocumentIn, UpsertOutcome
from store.sqlite import Store


def build_document(*, url: str, title: str, text: str, source_id: str | None = None,
                   province_hint: str | None = None, published_date: date | None = None,
                   fetched_at: datetime | None = None, attachments: list[AttachmentIn] | None = None,
                   **http) -> DocumentIn:
    """Normalize the text and read the facts out of it (page text plus attachments' text)."""
    from extractors import extract_facts  # loads the NLP models: only where documents are built

    attachments = [a.model_copy(update={"text": normalize_text(a.text)}) for a in attachments or []]
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
                      facts=facts.to_dict(), **http)


def _with_attachments(page, full):
    """Facts of page plus files. What the page itself says it announces (its primary document and
    province) wins: portals also attach annexes and other documents, whose headers must not take over."""
    if page.primary and any(r.number == page.primary for r in full.doc_refs):
        full.primary = page.primary
    full.province = page.province or full.province
    return full


def ingest(store: Store, doc: DocumentIn, backend: SearchBackend | None = None) -> UpsertOutcome:
    """Store the document; new and changed ones go to the search index at once when a backend
    is given (or later, through sync_index, if it is down)."""
    outcome = store.upsert_document(doc)
    if backend is not None and outcome.status != "unchanged":
        try:
            sync_index(store, backend)
        except BackendUnavailable:
            pass  # kept in the index queue; the next sync or `parwatch reindex` catches up
    return outcome


def sync_index(store: Store, backend: SearchBackend, batch: int = 500) -> int:
    """Push queued documents (new, changed, deleted) to the backend; returns how many."""
    done = 0
    while ids := store.pending_index(batch):
        docs = list(store.iter_index_docs(ids))
        present = {d.id for d in docs}
        if docs:
            backend.index(docs)
        gone = [i for i in ids if i not in present]
        if gone:
            backend.delete(gone)
        store.mark_indexed(ids)
        done += len(ids)
    if done:
        backend.refresh()
    return done
