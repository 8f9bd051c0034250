-- Covering index for the search pass: filters, facets and ranking read these columns for every
-- match. Without it each match reads its document row, whose text (stored before these columns)
-- spans overflow pages. store/fts.py names it with INDEXED BY: the planner would take the rowid.
CREATE INDEX documents_search_cover ON documents(id, province, doc_type, issuer, date, province_key, type_key, issuer_key);
