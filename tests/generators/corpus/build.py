"""Build the labelled German corpus: HTML pages and their truth from one data source.

    python -m tests.generators corpus            # rewrite tests/fixtures/pages/corpus/
    python -m tests.generators --check corpus    # fail if the committed output is stale

Data: ``data/<template>.toml`` (sites of that CMS family + pages). Each page gives its text once;
the template renders it into the CMS family's markup (with its boilerplate) and the truth file is
written from the same data, so truth and HTML never drift. Every build validates that each truth
paragraph, person, contact, venue and address occurs in the rendered page and that no boilerplate
string (``absent``) occurs in the truth body.

Body mini-markup in the data: paragraphs separated by a blank line; ``## `` starts a subheading;
a block whose lines all start with ``- `` is a list (one truth paragraph per item); ``> `` starts a
quote; inline ``[text](url)`` is a link and ``**text**`` bold.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from tests.generators.corpus import party, party_wordpress, public, standalone
from tests.generators.corpus.model import (
    HERE,
    MONTHS,
    TEMPLATES,
    WEEKDAYS,
    Page,
    Template,
    e164,
    norm,
    parse_body,
    party_mentions,
    truth_paragraphs,
    weekday,
    ymd,
)
from tests.generators.layout import dumps

FAMILIES = (
    party,
    party_wordpress,
    public,
    standalone,
)  # the template modules: importing them registers their @template functions

# --- building and validating --------------------------------------------------------------------


class CorpusError(Exception):
    pass


def load_data(data_dir: Path) -> list[Page]:
    pages: list[Page] = []
    for path in sorted(data_dir.glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        tmpl = doc["template"]
        sites = doc["sites"]
        by_site: dict[str, list[Page]] = {}
        for entry in doc["pages"]:
            site = sites[entry["site"]]
            page = Page(tmpl, entry["name"], site, entry, parse_body(entry["body"]))
            by_site.setdefault(entry["site"], []).append(page)
            pages.append(page)
        for group in by_site.values():
            for p in group:
                p.siblings = group
    return pages


def page_text(raw: bytes, charset: str) -> str:
    doc = lxml_html.document_fromstring(raw.decode(charset))
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return norm(doc.text_content())


def build_page(page: Page, templates: dict[str, Template]) -> tuple[bytes, dict[str, Any]]:
    rendered = templates[page.template](page)
    charset = page.charset
    raw = rendered.html.encode(charset, errors="xmlcharrefreplace")
    paragraphs = truth_paragraphs(page.blocks)
    termin = page.get("termin")
    if termin:
        paragraphs = [
            f"{k}: {v}" for k, v in zip(("Datum", "Uhrzeit", "Ort"), termin, strict=True) if v
        ] + paragraphs
    absent = list(dict.fromkeys([*rendered.absent, *page.get("absent", [])]))
    people = [
        {"name": p[0], "role": p[1] or None, "organisation": p[2] or None} for p in page.get("people", [])
    ]
    contacts = [
        {"name": c[0] or None, "email": c[1] or None, "phone": e164(c[2]) if c[2] else None}
        for c in page.get("contacts", [])
    ]
    ev = page.get("event")
    event = (
        {"start": ev[0], "end": ev[1] or None, "venue": ev[2] or None, "address": ev[3] or None}
        if ev
        else None
    )
    body = "\n\n".join(paragraphs)
    parties = page.get("parties")
    if parties is None:
        parties = party_mentions(page.title + "\n" + body)
    dl = page.get("dateline") or ["", ""]
    truth = {
        "url": rendered.url,
        "title": page.title,
        "published": page.date,
        "paragraphs": paragraphs,
        "absent": absent,
        "people": people,
        "event": event,
        "contacts": contacts,
        "parties": parties,
        "dateline_place": dl[0] or None,
        "dateline_agency": dl[1] or None,
        "charset": charset,
    }
    validate(page, raw, truth, [c[2] for c in page.get("contacts", [])])
    return raw, truth


def validate(page: Page, raw: bytes, truth: dict[str, Any], raw_phones: list[str]) -> None:
    pid = f"{page.template}/{page.name}"
    text = page_text(raw, truth["charset"])
    body = norm(" ".join(truth["paragraphs"]))
    problems = []
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", truth["published"]):
        problems.append(f"bad date {truth['published']!r}")
    for para in truth["paragraphs"]:
        if norm(para) not in text:
            problems.append(f"paragraph not in page: {para[:80]!r}")
    for s in truth["absent"]:
        if norm(s) not in text:
            problems.append(f"absent string not on the page: {s!r}")
        if norm(s) in body:
            problems.append(f"absent string occurs in the truth body: {s!r}")
    full = norm(truth["title"] + " " + body)
    for p in truth["people"]:
        if p["name"] not in full:
            problems.append(f"person not in body: {p['name']!r}")
        if p["role"] and p["role"] not in full:
            problems.append(f"role not in body: {p['role']!r}")
    for c, rawp in zip(truth["contacts"], raw_phones, strict=True):
        if c["email"] and c["email"] not in body:
            problems.append(f"contact e-mail not in body: {c['email']!r}")
        if rawp and rawp not in body:
            problems.append(f"contact phone not in body: {rawp!r}")
        if c["name"] and c["name"] not in body:
            problems.append(f"contact name not in body: {c['name']!r}")
    ev = truth["event"]
    if ev:
        for key in ("venue", "address"):
            if ev[key] and norm(ev[key]) not in body:
                problems.append(f"event {key} not in body: {ev[key]!r}")
        for key in ("start", "end"):
            if ev[key] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", ev[key]):
                problems.append(f"event {key} not ISO: {ev[key]!r}")
        if ev["start"]:
            _, mo, da = ymd(ev["start"])
            if not re.search(rf"\b0?{da}\.\s*(?:0?{mo}\.|{MONTHS[mo - 1]})", body):
                problems.append(f"event day {ev['start']} not written in the body")
            wd = "|".join(WEEKDAYS)
            for m in re.finditer(rf"\b({wd}),?\s+(?:den\s+)?0?{da}\.\s*(?:0?{mo}\.|{MONTHS[mo - 1]})", body):
                if m[1] != WEEKDAYS[weekday(ev["start"])]:
                    problems.append(
                        f"event {ev['start']} is a {WEEKDAYS[weekday(ev['start'])]}, text says {m[1]}"
                    )
    dp = truth["dateline_place"]
    if dp and not truth["paragraphs"][0].startswith(dp):
        problems.append(f"dateline {dp!r} does not open the body")
    auto = party_mentions(truth["title"] + "\n" + body)
    if sorted(auto) != sorted(truth["parties"]):
        problems.append(f"parties {truth['parties']} differ from the mentions found {auto}")
    if problems:
        raise CorpusError(pid + ":\n  " + "\n  ".join(problems))


def build(data_dir: Path, out_dir: Path, templates: dict[str, Template]) -> dict[str, dict[str, str]]:
    """Write every page of ``data_dir`` as ``out_dir/<template>/<name>.html`` + ``.json`` (its
    truth); returns the template of each page. Raises :class:`CorpusError` listing every page
    whose data contradicts itself."""
    pages = load_data(data_dir)
    seen: dict[str, dict[str, str]] = {}
    outputs: dict[Path, bytes] = {}
    errors = []
    for page in pages:
        pid = f"{page.template}/{page.name}"
        if pid in seen:
            errors.append(f"duplicate page {pid}")
        seen[pid] = {"template": page.template}
        try:
            raw, truth = build_page(page, templates)
        except CorpusError as exc:
            errors.append(str(exc))
            continue
        outputs[out_dir / page.template / f"{page.name}.html"] = raw
        outputs[out_dir / page.template / f"{page.name}.json"] = dumps(truth).encode("utf-8")
    if errors:
        raise CorpusError("\n".join(errors))
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return seen


def write(outputs: dict[str, Path]) -> dict[str, dict[str, str]]:
    """The committed labelled corpus (``pages``)."""
    return build(HERE / "data", outputs["pages"], TEMPLATES)
