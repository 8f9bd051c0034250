-- Captured originals tied to the document they are evidence for (written in the document's
-- transaction), and the appraisal workflow's sign-offs and audit trail.
ALTER TABLE snapshots ADD COLUMN document_id INTEGER;
CREATE INDEX snapshots_document ON snapshots(document_id, kind);
