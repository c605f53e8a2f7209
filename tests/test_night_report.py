"""The scheduler's night report: files, a Prometheus textfile, e-mail and webhook notifications.

Notifications go to a real local SMTP server (aiosmtpd) and a real local HTTP receiver; the
archive comes from real crawls of the simulated site (``tests/generators/health.py``).
"""

from __future__ import annotations

import json
import socket
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from apscheduler.schedulers.background import BackgroundScheduler
from prometheus_client.parser import text_string_to_metric_families

from crawler.replicas.server import ReplicaServer
from schedules.config import load_reports, load_schedules
from schedules.report import ReportConfig, run_report
from schedules.scheduler import configure
from storage.models import utcnow
from tests.test_health import D0, Nights


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp():
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port (aiosmtpd's controller cannot take port 0)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


@pytest.fixture
def webhook():
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(
                {"type": self.headers["Content-Type"], "body": json.loads(self.rfile.read(length))}
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def test_the_night_report_is_written_and_sent(tmp_path, smtp, webhook):
    controller, inbox = smtp
    hook_url, received = webhook
    (tmp_path / "hosts").mkdir()
    with ReplicaServer([tmp_path / "hosts"], include_builtin=False) as server:
        nights = Nights(tmp_path, server)
        code, output, _ = nights.crawl(D0)
        assert code == 0, output
        night_start = utcnow() - timedelta(seconds=1)
        code, output, _ = nights.crawl(D0 + timedelta(days=1), fail=500)
        assert code == 1, output
    config = ReportConfig.from_dict(
        {
            "dir": str(tmp_path / "reports"),
            "textfile": str(tmp_path / "textfile" / "pressarchive.prom"),
            "email": {
                "host": "127.0.0.1",
                "port": controller.port,
                "sender": "pa@example.org",
                "to": ["ops@example.org"],
            },
            "webhook": {"url": hook_url},
        }
    )
    now = datetime.combine(D0 + timedelta(days=1), datetime.min.time()) + timedelta(hours=6)
    report = run_report(
        "nightly", ["gruene_musterstadt_test"], str(nights.db), config.to_dict(), since=night_start, now=now
    )
    # Files: JSON, text, HTML, and the textfile.
    data = json.loads((tmp_path / "reports" / "nightly-2026-06-02.json").read_text())
    (source,) = data["sources"]
    assert source["status"] == "failing"
    assert source["changed"] is True
    assert source["tonight"]["status"] == "failed"
    assert data["summary"]["failing"] == 1
    assert data["notified"] == {"email": "sent", "webhook": "sent (204)"}
    text = (tmp_path / "reports" / "nightly-2026-06-02.txt").read_text()
    assert text.startswith("pressarchive nightly: 1 failing (1 changed)")
    assert "http/500" in text
    assert "<table" in (tmp_path / "reports" / "nightly-2026-06-02.html").read_text()
    metrics = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(
            (tmp_path / "textfile" / "pressarchive.prom").read_text()
        )
        for sample in family.samples
    }
    assert metrics[("pressarchive_source_health", (("source", "gruene_musterstadt_test"),))] == 3
    assert (
        metrics[
            ("pressarchive_source_status", (("source", "gruene_musterstadt_test"), ("status", "failing")))
        ]
        == 1
    )
    assert metrics[("pressarchive_run_pages_fetched", (("source", "gruene_musterstadt_test"),))] > 0
    assert len(report.files) == 4
    # E-mail over SMTP, and the webhook's JSON POST.
    ((sender, recipients, content),) = inbox.messages
    assert (sender, recipients) == ("pa@example.org", ["ops@example.org"])
    assert b"Subject: pressarchive nightly: 1 failing (1 changed)" in content
    assert b"text/html" in content
    ((post,),) = [received]
    assert post["type"].startswith("application/json")
    assert post["body"]["text"] == "pressarchive nightly: 1 failing (1 changed)"
    assert post["body"]["report"]["sources"][0]["status"] == "failing"
    # The next night, unchanged verdicts: no notification (notify = "changes").
    again = run_report(
        "nightly", ["gruene_musterstadt_test"], str(nights.db), config.to_dict(), since=night_start,
        now=now + timedelta(minutes=1), wait=False,
    )  # fmt: skip
    assert again.data["changed"] == []
    assert again.notified == {}
    assert len(inbox.messages) == 1
    assert len(received) == 1


def test_a_failing_notification_is_recorded_not_raised(tmp_path):
    from storage.archive import Archive

    db = tmp_path / "a.sqlite"
    Archive(str(db)).close()
    config = {
        "dir": str(tmp_path / "r"),
        "notify": "always",
        "email": {"host": "127.0.0.1", "port": 9, "sender": "a@example.org", "to": ["b@example.org"]},
        "webhook": {"url": "http://127.0.0.1:9/hook", "timeout": 2},
    }
    report = run_report("nightly", ["rvr"], str(db), config, wait=False)
    assert report.notified["email"].startswith("failed")
    assert report.notified["webhook"].startswith("failed")
    assert report.data["sources"][0]["reason"] == "never crawled"


def test_schedule_files_with_a_report_table_add_a_report_job(tmp_path):
    schedule = tmp_path / "night.toml"
    schedule.write_text(
        '[[job]]\nid = "nightly"\nsites = ["rvr", "spd_kreistagsfraktion_kleve"]\ncron = "30 2 * * *"\n\n'
        '[report]\nnotify = "problems"\n[report.webhook]\nurl = "http://127.0.0.1:9/"\n'
    )
    (report,) = load_reports([schedule])
    assert report.sites == ("rvr", "spd_kreistagsfraktion_kleve")
    assert report.config.notify == "problems"
    sched = BackgroundScheduler()
    sched.start(paused=True)
    configure(sched, load_schedules([schedule]), "sqlite:///x.sqlite", reports=[report])
    jobs = {job.id: job for job in sched.get_jobs()}
    assert set(jobs) == {"nightly:rvr", "nightly:spd_kreistagsfraktion_kleve", "nightly:report"}
    assert jobs["nightly:report"].kwargs["config"]["webhook"]["url"] == "http://127.0.0.1:9/"
    sched.shutdown(wait=False)
    schedule.write_text(schedule.read_text().replace('"problems"', '"sometimes"'))
    with pytest.raises(ValueError, match="notify must be one of"):
        load_reports([schedule])
