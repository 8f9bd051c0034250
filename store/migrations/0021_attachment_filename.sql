-- The file name a download was served under (Content-Disposition), kept for links that carry
-- none (DownloadFile.aspx?id=..., ?download=27:slug): search hits and the document page name the
-- attachment by it. NULL when the server gave none.

ALTER TABLE attachments ADD COLUMN filename TEXT;
