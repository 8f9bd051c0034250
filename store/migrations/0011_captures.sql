-- Captured originals tied to the document they are evidence for (written in the document's
-- transaction). Numbered 0011: 0007-0010 are left to branches in flight (crawl frontier, ...).
ALTER TABLE snapshots ADD COLUMN document_id INTEGER;
CREATE INDEX snapshots_document ON snapshots(document_id, kind);
