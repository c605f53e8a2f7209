"""Telling people: the report by e-mail over SMTP and as a webhook's JSON POST.

``notify = "changes"`` (default) sends only when a source's status changed since the last
report, ``"problems"`` whenever a source is not ok, ``"always"`` every night. A failed
notification is logged and returned (written into the report), never raised: the report itself
is on disk either way.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import urllib.request
from email.message import EmailMessage
from typing import TYPE_CHECKING

from schedules.report.config import EmailConfig, ReportConfig, WebhookConfig
from schedules.report.render import headline

if TYPE_CHECKING:
    from schedules.report.build import NightReport

logger = logging.getLogger(__name__)


def should_notify(report: NightReport, mode: str) -> bool:
    """Whether ``mode`` (changes, problems, always) sends this report."""
    if mode == "always":
        return True
    if mode == "problems":
        return bool(report.data["changed"]) or any(s["status"] != "ok" for s in report.data["sources"])
    return bool(report.data["changed"])


def send_email(report: NightReport, config: EmailConfig) -> None:
    """The report as a text + HTML mail over SMTP (STARTTLS and login when configured)."""
    message = EmailMessage()
    message["Subject"] = headline(report.data)
    message["From"] = config.sender
    message["To"] = ", ".join(config.to)
    message.set_content(report.text)
    message.add_alternative(report.html, subtype="html")
    with smtplib.SMTP(config.host, config.port, timeout=config.timeout) as smtp:
        if config.starttls:
            smtp.starttls()
        if config.username:
            smtp.login(config.username, os.environ.get(config.password_env or "", ""))
        smtp.send_message(message)


def send_webhook(report: NightReport, config: WebhookConfig) -> int:
    """POST ``{"text": headline, "report": …}`` as JSON; the HTTP status."""
    body = json.dumps({"text": headline(report.data), "report": report.data}, ensure_ascii=False).encode()
    request = urllib.request.Request(
        config.url, data=body, method="POST", headers={"Content-Type": "application/json; charset=utf-8"}
    )
    with urllib.request.urlopen(request, timeout=config.timeout) as response:
        return response.status


def notify(report: NightReport, config: ReportConfig) -> dict[str, str]:
    """Send the configured notifications; failures are logged and returned, never raised."""
    results: dict[str, str] = {}
    if not should_notify(report, config.notify):
        return results
    if config.email:
        try:
            send_email(report, config.email)
            results["email"] = "sent"
        except (OSError, smtplib.SMTPException) as exc:
            logger.error("report e-mail to %s failed: %s", ", ".join(config.email.to), exc)
            results["email"] = f"failed: {exc}"
    if config.webhook:
        try:
            results["webhook"] = f"sent ({send_webhook(report, config.webhook)})"
        except OSError as exc:
            logger.error("report webhook %s failed: %s", config.webhook.url, exc)
            results["webhook"] = f"failed: {exc}"
    report.notified.update(results)
    return results
