"""A CMS family recognised by its fingerprint is a prior the site must confirm.

The site here links WordPress assets (``/wp-content/``, the WordPress fingerprint) but its pages
are not a WordPress theme's: no ``entry-title``, no ``entry-content``, permalinks of its own.
Crawled from its bare URL, its announcements are stored all the same (by content), and the run
says that the family's selectors were dropped. The same crawl shows that the links its rules skip
(here the Impressum) are counted by rule in the run's figures.
"""

from __future__ import annotations

import json
import sqlite3

from crawler.replicas.server import ReplicaServer
from tests.test_generated_sites import crawl_night, stored

HOST = "www.ov-lindenhof.test"
HEAD = (
    '<html lang="de"><head><meta charset="utf-8"><title>{title} – SPD Lindenhof</title>'
    '<link rel="stylesheet" href="/wp-content/plugins/cookie-notice/css/front.min.css"></head><body>'
    '<nav><a href="/">Start</a> <a href="/neuigkeiten/">Neuigkeiten</a> '
    '<a href="/impressum/">Impressum</a></nav>'
)
TEXT = (
    "<p>Der Ortsverein Lindenhof hat in seiner Sitzung über {topic} beraten. Viele Bürgerinnen und "
    "Bürger hatten sich im Vorfeld mit Fragen und Anregungen an den Vorstand gewandt.</p>"
    "<p>„Beim Thema {topic} bleiben wir dran und laden alle Interessierten zum nächsten Treffen "
    "ein“, sagte die Vorsitzende. Die Fraktion im Rat soll dazu einen Antrag vorbereiten.</p>"
)
TOPICS = ["den Schulweg", "die Buslinie 4", "den Spielplatz", "die Ortsmitte", "das Freibad", "den Radweg"]


def write_site(root) -> list[str]:
    site = root / HOST
    site.mkdir(parents=True)
    urls, teasers = [], []
    for n, topic in enumerate(TOPICS, start=1):
        title = f"Ortsverein berät über {topic.split(' ', 1)[1]}"
        path = f"/neuigkeiten/{n:03d}-beratung/"
        urls.append(f"http://{HOST}{path}")
        page = (
            HEAD.format(title=title)
            + f'<div class="inhalt"><h1>{title}</h1><p class="stand">Veröffentlicht am {n + 2}.03.2024</p>'
            + TEXT.format(topic=topic)
            + "</div><footer>SPD Ortsverein Lindenhof · Hauptstraße 1</footer></body></html>"
        )
        (site / path.strip("/")).mkdir(parents=True)
        (site / path.strip("/") / "index.html").write_text(page, encoding="utf-8")
        teasers.append(f'<li><a href="{path}">{title}</a> ({n + 2}.03.2024)</li>')
    listing = HEAD.format(title="Neuigkeiten") + f"<h1>Neuigkeiten</h1><ul>{''.join(teasers)}</ul>"
    listing += "</body></html>"
    (site / "neuigkeiten").mkdir(exist_ok=True)
    (site / "neuigkeiten" / "index.html").write_text(listing, encoding="utf-8")
    start = HEAD.format(title="Start") + f"<h1>Willkommen</h1><ul>{''.join(teasers[:3])}</ul></body></html>"
    (site / "index.html").write_text(start, encoding="utf-8")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /wp-admin/\n", encoding="utf-8")
    (site / "_host.json").write_text(json.dumps({"content_types": {".html": "text/html; charset=utf-8"}}))
    return urls


def test_a_family_whose_selectors_find_nothing_is_dropped_and_the_content_decides(tmp_path):
    urls = write_site(tmp_path / "hosts")
    db = tmp_path / "archive.sqlite"
    with ReplicaServer([tmp_path / "hosts"], include_builtin=False) as server:
        night = crawl_night(server, 1, {HOST: db}, tmp_path, hosts=[HOST], timeout=120)[HOST]
    assert "CMS family wordpress recognised by its fingerprint, but its selectors found neither" in (
        night.output
    )
    have = {row.url for row in stored(night).values()}
    assert have == set(urls), night.tail()


def test_links_a_rule_skips_are_counted_by_rule_in_the_run_figures(tmp_path):
    write_site(tmp_path / "hosts")
    db = tmp_path / "archive.sqlite"
    with ReplicaServer([tmp_path / "hosts"], include_builtin=False) as server:
        night = crawl_night(server, 1, {HOST: db}, tmp_path, hosts=[HOST], timeout=120)[HOST]
    con = sqlite3.connect(night.db)  # type: ignore[arg-type]
    (figures,) = con.execute("select figures from run_stats").fetchone()
    skipped = json.loads(figures)["skipped"]
    assert skipped.get("legal-or-contact", 0) >= 1, skipped  # the Impressum link
