"""E-mail delivery over SMTP (STARTTLS or implicit TLS when configured): one multipart message,
plain text and HTML, in Vietnamese."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape

from alerts.config import AlertConfig
from alerts.render import html_item, quoted, text_item
from alerts.webhook import SendResult


def compose(cfg: AlertConfig, to: str, sub_name: str, items: list[tuple[dict, dict]], *, key: str,
            digest: bool = False, unsubscribe: str | None = None) -> EmailMessage:
    """items: (document snapshot, reason) pairs; unsubscribe: the one-click link (RFC 8058)."""
    n = len(items)
    if digest:
        subject = f"[parwatch] Bản tin: {n} văn bản mới cho {quoted(sub_name)}"
        intro = f"Bản tin hằng ngày của theo dõi {quoted(sub_name)}: {n} văn bản mới phù hợp."
    else:
        doc = items[0][0]
        subject = f"[parwatch] Văn bản mới: {doc.get('number') or doc.get('title', '')[:80]} ({quoted(sub_name)})"
        intro = f"Có văn bản mới phù hợp với theo dõi {quoted(sub_name)}."
    text = "\n\n".join([f"Kính gửi quý anh/chị,\n\n{intro}",
                        *(text_item(i + 1, d, r) for i, (d, r) in enumerate(items)),
                        "—\nparwatch — theo dõi văn bản cải cách hành chính.\n"
                        + (f"Ngừng nhận thư của theo dõi này: {unsubscribe}" if unsubscribe else
                           "Để ngừng nhận, hãy xoá theo dõi này (parwatch alerts remove).")])
    leave = (f"<br><a href='{escape(unsubscribe)}'>Ngừng nhận thư của theo dõi này</a>" if unsubscribe else "")
    html = ("<html><body><p>Kính gửi quý anh/chị,</p>"
            f"<p>{escape(intro)}</p><ol>{''.join(html_item(d, r) for d, r in items)}</ol>"
            f"<p style='color:#666'>parwatch — theo dõi văn bản cải cách hành chính.{leave}</p></body></html>")
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = cfg.smtp_from
    msg["To"] = to
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(idstring=key.replace("@", "-"), domain="parwatch")
    msg["X-Parwatch-Delivery"] = key
    if unsubscribe:
        msg["List-Unsubscribe"] = f"<{unsubscribe}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


class MailSender:
    def __init__(self, cfg: AlertConfig):
        self.cfg = cfg

    def close(self) -> None:
        pass

    def send(self, msg: EmailMessage) -> SendResult:
        cfg = self.cfg
        if not cfg.smtp_host:
            return SendResult(False, error="no SMTP server configured (set PARWATCH_ALERTS_SMTP_HOST)")
        try:
            context = ssl.create_default_context()
            if cfg.smtp_ssl:
                smtp = smtplib.SMTP_SSL(cfg.smtp_host, cfg.smtp_port, timeout=cfg.smtp_timeout, context=context)
            else:
                smtp = smtplib.SMTP(cfg.smtp_host, cfg.smtp_port, timeout=cfg.smtp_timeout)
            with smtp:
                smtp.ehlo()
                if cfg.smtp_starttls and not cfg.smtp_ssl:
                    if not smtp.has_extn("starttls"):
                        return SendResult(False, error=f"SMTP server {cfg.smtp_host} does not offer STARTTLS "
                                                        "(set PARWATCH_ALERTS_SMTP_STARTTLS=false only on a trusted network)")
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if cfg.smtp_username:
                    smtp.login(cfg.smtp_username, cfg.smtp_password or "")
                refused = smtp.send_message(msg)
            if refused:
                return SendResult(False, error=f"recipient refused: {refused}")
            return SendResult(True, status_code=250)
        except smtplib.SMTPResponseException as e:
            return SendResult(False, status_code=e.smtp_code, error=f"SMTP {e.smtp_code}: {e.smtp_error!r}"[:500])
        except (smtplib.SMTPException, OSError, ssl.SSLError) as e:
            return SendResult(False, error=f"SMTP {cfg.smtp_host}:{cfg.smtp_port}: {type(e).__name__}: {e}"[:500])
