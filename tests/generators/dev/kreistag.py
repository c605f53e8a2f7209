"""c) The Kreistag faction (www.fwg-kreistag-musterkreis.test): tables, windows-1252 without
any charset, hostile pages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from tests.generators.dev.base import EDIT_DAY, HUGE_BYTES, HUGE_FILE, Site, dmy, esc
from tests.generators.hostwriter import HostBuilder
from tests.generators.textbank import Org, Release, german_date


# ==============================================================================================
# c) Kreistag faction (unseen template): tables, windows-1252 without any charset, hostile pages
# ==============================================================================================
class KreistagSite(Site):
    host = "www.fwg-kreistag-musterkreis.test"
    template = "kreistag-table"
    count = 28
    removed_status = 404
    encoding = "cp1252"
    content_types: ClassVar[dict[str, str]] = {".html": "text/html", ".php": "text/html", ".htm": "text/html"}
    uid_start = 101
    org = Org(
        kind="faction",
        name="FWG-Kreistagsfraktion Musterkreis",
        subject="Die FWG-Kreistagsfraktion",
        short="FWG",
        town="Musterland",
        email_domain="fwg-kreistag-musterkreis.test",
        phone="01234 56",
        euro="€",
        roles=(
            ("Fraktionsvorsitzender", "Fraktionsvorsitzende"),
            ("stellvertretender Fraktionsvorsitzender", "stellvertretende Fraktionsvorsitzende"),
            ("Kreistagsmitglied", "Kreistagsmitglied"),
            ("sachkundiger Bürger", "sachkundige Bürgerin"),
            ("Fraktionsgeschäftsführer", "Fraktionsgeschäftsführerin"),
        ),
    )
    BOILERPLATE = (
        "Fraktionsbüro",
        "Bürozeiten",
        "Sie sind Besucher Nr.",
        "zurück zur Übersicht",
        "Zugriffsstatistik",
        "Freie Wählergemeinschaft im Kreistag",
    )
    per_page = 8
    listed_pages = 3  # older entries are only in the sitemap
    SLOW, FLAKY, MOVED, MOVED_FROM = 10, 14, 6, 12
    HUGE_ID = 900

    def path(self, r: Release) -> str:
        return f"/aktuelles.php?id={r.uid}"

    def url_of(self, out: HostBuilder, release: Release) -> str:
        return out.url(self.path(release))

    def old_path(self, r: Release) -> str:
        return f"/presse/{r.slug[:40]}.htm"

    def releases(self, changed: bool) -> list[Release]:
        out = super().releases(changed)
        moved = self.base[self.MOVED]
        note = (
            f"Bereits am {german_date(moved.published)} hatte die Fraktion dazu Stellung genommen "
            f"(siehe Pressemitteilung „{moved.title}“)."
        )
        return [
            replace(r, paragraphs=(*r.paragraphs, note)) if r.index == self.MOVED_FROM else r for r in out
        ]

    def page(self, title: str, content: str) -> str:
        nav = "<br>\n".join(
            f'<a href="{href}" class="navi">{esc(label)}</a>'
            for href, label in (
                ("index.html", "Startseite"),
                ("aktuelles.php", "Aktuelles"),
                ("fraktion.php", "Die Fraktion"),
                ("termine.php", "Termine"),
                ("kontakt.php", "Kontakt"),
                ("impressum.php", "Impressum"),
                ("datenschutz.php", "Datenschutz"),
            )
        )
        return (
            "<HTML>\n<HEAD>\n<TITLE>FWG-Kreistagsfraktion Musterkreis - " + esc(title) + "</TITLE>\n"
            '<META NAME="keywords" CONTENT="FWG, Freie Wähler, Kreistag, Musterkreis, Fraktion">\n'
            '<META NAME="author" CONTENT="Fraktionsgeschäftsstelle">\n'
            '<LINK REL="stylesheet" HREF="style.css" TYPE="text/css">\n</HEAD>\n'
            '<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">\n'
            '<TABLE WIDTH="780" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">\n'
            '<TR><TD COLSPAN="3"><IMG SRC="bilder/kopf.jpg" WIDTH="780" HEIGHT="120" '
            'ALT="FWG - Freie Wählergemeinschaft im Kreistag"></TD></TR>\n'
            '<TR><TD WIDTH="150" VALIGN="top" BGCOLOR="#E8F0D8"><FONT FACE="Verdana, Arial" SIZE="2">\n'
            f"{nav}\n</FONT></TD>\n"
            '<TD WIDTH="480" VALIGN="top"><FONT FACE="Verdana, Arial" SIZE="2">\n'
            f"{content}\n</FONT></TD>\n"
            '<TD WIDTH="150" VALIGN="top" BGCOLOR="#F4F4F4"><FONT FACE="Verdana, Arial" SIZE="1">'
            "<B>Fraktionsbüro</B><BR>Kreishaus, Raum 214<BR>Am Kreishaus 1<BR>12345 Musterstadt<BR>"
            "Tel. 01234 56-789<BR>Bürozeiten: Di und Do 9–12 Uhr</FONT></TD></TR>\n"
            '<TR><TD COLSPAN="3" ALIGN="center"><FONT FACE="Verdana, Arial" SIZE="1">'
            "© 2003–2020 FWG-Kreistagsfraktion Musterkreis · "
            '<A HREF="impressum.php">Impressum</A> · <A HREF="/statistik/">Zugriffsstatistik</A> · '
            '<A HREF="/admin/">Redaktion</A><BR>Sie sind Besucher Nr. 048213</FONT></TD></TR>\n'
            "</TABLE>\n</BODY>\n</HTML>\n"
        )

    def detail(self, r: Release) -> str:
        parts = []
        for paragraph in r.paragraphs:
            text = esc(paragraph)
            if r.index == self.MOVED_FROM and paragraph.startswith("Bereits am"):
                moved = self.base[self.MOVED]
                quoted = esc(f"„{moved.title}“")
                text = text.replace(quoted, f'<A HREF="{self.old_path(moved)}">{quoted}</A>')
            parts.append(text)
        content = (
            f'<B><FONT SIZE="3">{esc(r.title)}</FONT></B><BR>\n'
            f'<FONT SIZE="1" COLOR="#666666">Eingestellt am {dmy(r.published)}</FONT><BR><BR>\n'
            + "<BR><BR>\n".join(parts)
            + '\n<BR><BR><A HREF="aktuelles.php">&lt;&lt; zurück zur Übersicht</A>'
        )
        return self.page("Aktuelles", content)

    def listing(self, chunk: list[Release], number: int, total: int) -> str:
        rows = "".join(
            f'<TR><TD VALIGN="top" WIDTH="80"><FONT SIZE="1">{dmy(r.published)}</FONT></TD>'
            f'<TD><A HREF="aktuelles.php?id={r.uid}"><B>{esc(r.title)}</B></A><BR>'
            f'<FONT SIZE="1">{esc(r.teaser(120))}</FONT></TD></TR>\n'
            for r in chunk
        )
        pager = " ".join(
            f"<B>{k}</B>"
            if k == number
            else f'<A HREF="aktuelles.php{"" if k == 1 else f"?seite={k}"}">{k}</A>'
            for k in range(1, total + 1)
        )
        return self.page(
            "Aktuelles",
            f'<B><FONT SIZE="3">Aktuelles aus der Fraktion</FONT></B><BR><BR>\n'
            f'<TABLE BORDER="0" CELLPADDING="3" CELLSPACING="0" WIDTH="100%">\n{rows}</TABLE>\n'
            f"<BR>Seite: {pager}",
        )

    def render(self, out: HostBuilder, releases: list[Release], changed: bool) -> None:
        truth = out.truth
        truth["boilerplate"] = list(self.BOILERPLATE)
        truth["disallowed"] = ["/admin/", "/statistik/"]
        newest_first = list(reversed(releases))
        by_index = {r.index: r for r in releases}
        for r in releases:
            options: dict[str, Any] = {}
            if r.index == self.SLOW:
                options["delay"] = 2.0
            if r.index == self.FLAKY:
                options["fail_first"] = 2
            out.add(self.path(r), self.detail(r), content_type="text/html", **options)
            self.announce(out, r)
        moved = by_index[self.MOVED]
        out.add(self.old_path(moved), redirect=self.path(moved), status=301)
        truth["special"] = {
            "slow": self.url_of(out, by_index[self.SLOW]),
            "flaky": self.url_of(out, by_index[self.FLAKY]),
            "redirects": {out.url(self.old_path(moved)): self.url_of(out, moved)},
            "redirect_loop": [out.url("/termine.php"), out.url("/termine.php?ansicht=monat")],
            "huge": {"url": out.url(f"/aktuelles.php?id={self.HUGE_ID}"), "bytes": HUGE_BYTES},
            "sitemap_only": [self.url_of(out, r) for r in newest_first[self.per_page * self.listed_pages :]],
        }
        # listings
        chunks = self.pages(newest_first, self.per_page)[: self.listed_pages]
        for number, chunk in enumerate(chunks, start=1):
            target = "/aktuelles.php" if number == 1 else f"/aktuelles.php?seite={number}"
            out.add(target, self.listing(chunk, number, len(chunks)), content_type="text/html", routed=True)
            truth["non_announcements"].append(out.url(target))
        # start page with the newest five and the huge document
        top = "".join(
            f'<LI><A HREF="aktuelles.php?id={r.uid}">{esc(r.title)}</A> ({dmy(r.published)})</LI>\n'
            for r in newest_first[:5]
        )
        out.add(
            "/",
            self.page(
                "Startseite",
                '<B><FONT SIZE="3">Willkommen bei der FWG-Kreistagsfraktion!</FONT></B><BR><BR>\n'
                "Wir sind unabhängig, bürgernah und sachorientiert. Hier informieren wir über unsere Arbeit "
                f"im Kreistag.<BR><BR>\n<B>Neueste Meldungen:</B><UL>\n{top}</UL>\n"
                f'<B>Dokumente:</B><BR><A HREF="aktuelles.php?id={self.HUGE_ID}">Haushaltsplanentwurf 2020 – '
                "Volltext (sehr umfangreich)</A>",
            ),
        )
        truth["non_announcements"] += [out.url("/"), out.url("/index.html")]
        out.add(f"/aktuelles.php?id={self.HUGE_ID}", file=HUGE_FILE, content_type="text/html")
        members = ", ".join(f"{p.name} ({p.role})" for p in self.news.people)
        statics = {
            "/fraktion.php": ("Die Fraktion", f"Der Fraktion gehören an: {members}."),
            "/kontakt.php": ("Kontakt", "Fraktionsgeschäftsstelle im Kreishaus, Telefon 01234 56-789."),
            "/impressum.php": (
                "Impressum",
                "Verantwortlich: FWG-Kreistagsfraktion Musterkreis, Am Kreishaus 1, 12345 Musterstadt.",
            ),
            "/datenschutz.php": (
                "Datenschutz",
                "Diese Seiten speichern keine personenbezogenen Daten außer den Server-Logdateien.",
            ),
        }
        for target, (title, text) in statics.items():
            out.add(
                target, self.page(title, f'<B><FONT SIZE="3">{esc(title)}</FONT></B><BR><BR>\n{esc(text)}')
            )
            truth["non_announcements"].append(out.url(target))
        out.add("/termine.php", redirect="/termine.php?ansicht=monat", status=302)
        out.add("/termine.php?ansicht=monat", redirect="/termine.php", status=302)
        # sitemap, announced only in robots.txt
        rows = "".join(
            f"<url><loc>{esc(self.url_of(out, r))}</loc><lastmod>"
            f"{(EDIT_DAY if r is self.edited else r.published).isoformat()}</lastmod></url>\n"
            for r in newest_first
        ) + "".join(f"<url><loc>{out.url(t)}</loc></url>\n" for t in ("/", "/aktuelles.php", "/fraktion.php"))
        out.add(
            "/sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n',
        )
        out.add(
            "/robots.txt",
            "User-agent: *\nDisallow: /admin/\nDisallow: /statistik/\n\nSitemap: "
            f"{out.url('/sitemap.xml')}\n",
        )
        out.add("/404.html", self.page("Fehler", "<B>Die Seite wurde nicht gefunden.</B>"))
