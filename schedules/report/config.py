"""The ``[report]`` table of a schedule file: where the night report goes and whom it tells.

Schedule file format::

    [report]
    dir = "/srv/press/reports"        # optional
    textfile = "/var/lib/node_exporter/textfile/pressarchive.prom"   # optional
    notify = "changes"                # changes | problems | always
    wait_hours = 6                    # how long to wait for the night's crawls

    [report.email]                    # optional
    host = "localhost"
    port = 25
    sender = "pressarchive@example.org"
    to = ["ops@example.org"]
    starttls = false
    username = "…"                    # optional; the password comes from the environment
    password_env = "PRESSARCHIVE_SMTP_PASSWORD"

    [report.webhook]                  # optional
    url = "https://hooks.example.org/pressarchive"
    timeout = 10
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOTIFY_MODES = ("changes", "problems", "always")


class ReportError(ValueError):
    """A ``[report]`` table is malformed."""


@dataclass(frozen=True)
class EmailConfig:
    """``[report.email]``: the SMTP server and the addresses (the password from the environment)."""

    host: str
    sender: str
    to: tuple[str, ...]
    port: int = 25
    starttls: bool = False
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True)
class WebhookConfig:
    """``[report.webhook]``: where the report is POSTed as JSON."""

    url: str
    timeout: float = 10.0


@dataclass(frozen=True)
class ReportConfig:
    """``[report]``: the report directory, the Prometheus textfile, when to notify and how."""

    dir: str | None = None
    textfile: str | None = None
    notify: str = "changes"
    wait_hours: float = 6.0
    email: EmailConfig | None = None
    webhook: WebhookConfig | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "[report]") -> ReportConfig:
        """The table as read from TOML; a malformed one is a ``ReportError`` naming ``where``."""
        try:
            email = data.get("email")
            webhook = data.get("webhook")
            config = cls(
                dir=data.get("dir"),
                textfile=data.get("textfile"),
                notify=data.get("notify", "changes"),
                wait_hours=float(data.get("wait_hours", 6.0)),
                email=EmailConfig(**{**email, "to": tuple(email["to"])}) if email else None,
                webhook=WebhookConfig(**webhook) if webhook else None,
            )
        except (TypeError, KeyError, ValueError) as exc:
            raise ReportError(f"{where}: {exc}") from exc
        if config.notify not in NOTIFY_MODES:
            raise ReportError(f"{where}: notify must be one of {', '.join(NOTIFY_MODES)}")
        return config

    def to_dict(self) -> dict[str, Any]:
        """Plain values (APScheduler stores job arguments in the archive)."""
        data: dict[str, Any] = {
            "dir": self.dir,
            "textfile": self.textfile,
            "notify": self.notify,
            "wait_hours": self.wait_hours,
        }
        if self.email:
            data["email"] = {**self.email.__dict__, "to": list(self.email.to)}
        if self.webhook:
            data["webhook"] = dict(self.webhook.__dict__)
        return data
