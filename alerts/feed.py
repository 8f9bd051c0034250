"""One private Atom feed per subscription: the documents it matched, newest first."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from html import escape

from feedgen.feed import FeedGenerator

from alerts.config import AlertConfig
from alerts.models import Subscription
from alerts.render import doc_lines, quoted, why
from alerts.schedule import parse_ts
from store.sqlite import Store


def atom(store: Store, sub: Subscription, cfg: AlertConfig, self_url: str, limit: int = 100) -> bytes:
    rows = store.conn.execute(
        "SELECT * FROM alert_deliveries WHERE subscription_id=? ORDER BY id DESC LIMIT ?", (sub.id, limit)).fetchall()
    fg = FeedGenerator()
    fg.id(f"urn:parwatch:subscription:{sub.id}")
    fg.title(f"parwatch — {sub.name}")
    fg.subtitle(f"Văn bản mới phù hợp với theo dõi {quoted(sub.name)}" + (f": {sub.query}" if sub.query else ""))
    fg.author({"name": "parwatch"})
    fg.link(href=self_url, rel="self", type="application/atom+xml")
    fg.link(href=cfg.public_base_url.rstrip("/") + "/", rel="alternate")
    fg.language("vi")
    fg.generator("parwatch")
    updated = parse_ts(rows[0]["created_at"]) if rows else datetime.fromisoformat(sub.created_at)
    fg.updated(updated if updated.tzinfo else updated.replace(tzinfo=timezone.utc))
    for r in reversed(rows):   # feedgen prepends: add oldest first so the newest comes first
        doc = json.loads(r["document"])
        reason = json.loads(r["reason"])
        e = fg.add_entry()
        e.id(f"urn:parwatch:alert:{r['idem_key']}")
        title = doc.get("title") or doc.get("url") or f"document {r['document_id']}"
        e.title(f"{doc['number']} — {title}" if doc.get("number") else title)
        if doc.get("url") or doc.get("link"):
            e.link(href=doc.get("url") or doc["link"])          # rel defaults to alternate
        e.updated(parse_ts(r["created_at"]))
        if doc.get("date"):
            try:
                e.published(datetime.fromisoformat(doc["date"]).replace(tzinfo=timezone.utc))
            except ValueError:
                pass
        e.summary(why(reason))
        rows_html = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in doc_lines(doc))
        more = f"<p><a href='{escape(doc['link'])}'>Xem trên parwatch</a></p>" if doc.get("link") else ""
        e.content(f"<table>{rows_html}</table><p><i>Vì sao: {escape(why(reason))}</i></p>{more}", type="html")
        if doc.get("type"):
            e.category(term=doc["type"])
    return fg.atom_str(pretty=True)
