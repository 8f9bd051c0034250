-- Covering index for the search pass: filters, facets and ranking read these columns for every
-- match without touching the (large) document rows.
CREATE INDEX documents_search_cover ON documents(id, province, doc_type, issuer, date, province_key, type_key, issuer_key);
