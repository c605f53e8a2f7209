# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""2. A hand-made table layout in ISO-8859-1: an SPD group in a county council
(www.spd-kreistagsfraktion-borkenau.test)."""

from __future__ import annotations

from datetime import date

from tests.generators.blind.site import Host
from tests.generators.blind.text import (
    Org,
    Release,
    announce,
    dmy,
    esc,
    finish,
    gone,
    seeds,
    slugify,
    timeline,
)

# ================================================================================================
# 2. a hand-made table layout in ISO-8859-1: an SPD group in a county council
# ================================================================================================
KT = Org(
    "SPD-Kreistagsfraktion Borkenau",
    "Die SPD-Kreistagsfraktion",
    "der Kreistag",
    "des Kreistags",
    ["Borkenau", "Stadtlohe", "Raesfurt", "Velden", "Gescherbrück", "Südlohe", "Ahlenbrock"],
    [
        ("Heinz-Dieter Lammerding", "Fraktionsvorsitzender"),
        ("Sabine Terlinden", "schulpolitische Sprecherin"),
        ("Mehmet Aydın", "sozialpolitischer Sprecher"),
        ("Gisela Wewering", "stellvertretende Fraktionsvorsitzende"),
    ],
    ["Sitzungssaal des Kreishauses", "Kreishaus Borkenau", "Bürgerhaus Stadtlohe"],
    ["Schule und Bildung", "Soziales und Gesundheit", "Umwelt und Planung", "Finanzen"],
)
KT_SEEDS = seeds("""
F | Schule | SPD fordert kostenloses Mittagessen an Förderschulen des Kreises | ein kostenloses Mittagessen an allen Förderschulen in Trägerschaft des Kreises
F | Finanzen | Kreisumlage: SPD-Fraktion warnt vor Belastung der Kommunen | eine Begrenzung der Kreisumlage im Haushalt 2024
F | Verkehr | Radweg an der K 23 zwischen Velden und Raesfurt muss kommen | die Radwegeverbindung an der K 23 zwischen Velden und Raesfurt
F | Gesundheit | Kreiskrankenhaus Stadtlohe: SPD will Geburtshilfe erhalten | die Erhaltung der Geburtshilfe am Kreiskrankenhaus Stadtlohe
F | Schule | Antrag: Kreis soll Schulsozialarbeit dauerhaft finanzieren | die dauerhafte Finanzierung der Schulsozialarbeit durch den Kreis
F | Verkehr | Busanbindung der Gewerbegebiete verbessern | eine bessere Busanbindung der Gewerbegebiete in Gescherbrück und Südlohe
I | Gesundheit | SPD-Fraktion besucht Rettungswache in Ahlenbrock | die Ausstattung der Rettungswache in Ahlenbrock
F | Soziales | Pflegeplätze im Kreis: Bedarf deutlich höher als geplant | die Schaffung zusätzlicher Kurzzeitpflegeplätze im Kreisgebiet
I | Soziales | Kreistag beschließt auf SPD-Antrag ein Wohnraumförderprogramm | das kommunale Wohnraumförderprogramm des Kreises
I | Fraktion | Digitale Sprechstunde der Fraktion startet im April | die neue digitale Bürgersprechstunde der Fraktion
F | Schule | Berufskolleg Borkenau: Sanierung darf nicht weiter verschoben werden | die Sanierung des Berufskollegs Borkenau
F | Verwaltung | SPD kritisiert Schließung der Kfz-Zulassungsstelle in Velden | die Erhaltung der Kfz-Zulassungsstelle in Velden
F | Soziales | Ehrenamtskarte soll mehr Vergünstigungen bieten | eine Aufwertung der Ehrenamtskarte
I | Finanzen | Haushaltsrede 2024: „Investieren statt kaputtsparen“ | die Haushaltsrede des Fraktionsvorsitzenden zum Kreishaushalt 2024
F | Umwelt | Klimaschutz: Kreis muss bei eigenen Gebäuden vorangehen | die energetische Sanierung der kreiseigenen Gebäude
F | Gesundheit | Hausärztliche Versorgung auf dem Land sichern | die Sicherung der hausärztlichen Versorgung im ländlichen Raum
""")
KT_NEW = seeds("""
F | Verkehr | Schülerticket: SPD fordert Ausweitung auf Auszubildende | die Ausweitung des Schülertickets auf Auszubildende
I | Fraktion | SPD-Fraktion wählt neuen Vorstand | die Neuwahl des Fraktionsvorstands
""")
KT_CONTACTS = [
    ("Sabine Terlinden, Pressesprecherin", "02861 8291-214", "presse"),
    ("Heinz-Dieter Lammerding, Fraktionsvorsitzender", "02861 8291-211", "lammerding"),
    ("Frank Overkamp, Fraktionsgeschäftsführer", "02861 8291-212", "overkamp"),
]
KT_MEMBERS = [
    "Heinz-Dieter Lammerding",
    "Gisela Wewering",
    "Sabine Terlinden",
    "Mehmet Aydın",
    "Ulrich Böckenhoff",
    "Marlies Tenbrink",
    "Jürgen Hüsing",
]
KT_BOILERPLATE = [
    "SPD-Fraktion im Kreistag Borkenau",
    "Kreishaus, Burgstraße 14",
    "Weitere Pressemitteilungen",
    "zurück zur Übersicht",
    "Druckversion",
    "Unsere Mitglieder",
    "Ausschüsse und Gremien",
    "Interner Bereich",
    "Fax 02861 8291-219",
]


def kt_page(title: str, main: str) -> str:
    years = "".join(
        f'<tr><td class="navi">&nbsp;&nbsp;<a href="archiv.php?jahr={y}" class="navi">Archiv {y}</a></td></tr>\n'
        for y in (2024, 2023, 2022)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>SPD-Kreistagsfraktion Borkenau - {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="SPD, Kreistag, Borkenau, Fraktion, Kreispolitik, Pressemitteilungen">
<meta name="description" content="Die SPD-Fraktion im Kreistag Borkenau informiert.">
<meta name="author" content="SPD-Kreistagsfraktion Borkenau">
<link rel="stylesheet" href="css/style.css" type="text/css">
<script language="JavaScript" type="text/javascript" src="js/rollover.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/navi_on.gif')">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center" class="rahmen">
<tr><td colspan="2"><a href="index.php"><img src="img/kopf_2019.jpg" width="900" height="120" alt="SPD-Fraktion im Kreistag Borkenau" border="0"></a></td></tr>
<tr><td colspan="2" class="topnav" bgcolor="#E3000F" height="24">&nbsp;<a href="index.php" class="topnav">Startseite</a> | <a href="fraktion.php" class="topnav">Fraktion</a> | <a href="presse.php" class="topnav">Presse</a> | <a href="termine.php" class="topnav">Termine</a> | <a href="kontakt.php" class="topnav">Kontakt</a></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2" class="navispalte">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="navhead">Fraktion</td></tr>
<tr><td class="navi"><a href="fraktion.php" class="navi">Unsere Mitglieder</a></td></tr>
<tr><td class="navi"><a href="ausschuesse.php" class="navi">Ausschüsse und Gremien</a></td></tr>
<tr><td class="navi"><a href="geschaeftsstelle.php" class="navi">Geschäftsstelle</a></td></tr>
<tr><td class="navhead">Presse</td></tr>
<tr><td class="navi"><a href="presse.php" class="navi">Pressemitteilungen</a></td></tr>
{years}<tr><td class="navi"><a href="themen.php" class="navi">Themen A-Z</a></td></tr>
<tr><td class="navhead">Service</td></tr>
<tr><td class="navi"><a href="termine.php" class="navi">Termine</a></td></tr>
<tr><td class="navi"><a href="links.php" class="navi">Links</a></td></tr>
<tr><td class="navi"><a href="intern/" class="navi">Interner Bereich</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td class="klein" align="center"><a href="http://www.spd-kreis-borkenau.test/" target="_blank"><img src="img/spd_logo.gif" width="80" height="80" border="0" alt="SPD"></a><br>SPD im Kreis Borkenau</td></tr>
</table>
</td>
<td width="720" valign="top" class="inhalt">
{main}
</td>
</tr>
<tr><td colspan="2" class="fuss" align="center" bgcolor="#DDDDDD"><font size="1" face="Verdana, Arial, Helvetica, sans-serif">
SPD-Fraktion im Kreistag Borkenau &middot; Kreishaus, Burgstraße 14 &middot; 46325 Borkenau &middot; Telefon 02861 8291-210 &middot; Fax 02861 8291-219<br>
<a href="impressum.php">Impressum</a> | <a href="datenschutz.php">Datenschutz</a> | <a href="kontakt.php">Kontakt</a> | <a href="stats/">Statistik</a>
</font></td></tr>
</table>
</body>
</html>
"""


def build_kt(state: int) -> Host:
    st = timeline(202, KT, KT_SEEDS, KT_NEW, date(2022, 9, 12), edited=6, removed=3, state=state)
    h = Host(
        "www.spd-kreistagsfraktion-borkenau.test",
        "iso-8859-1",
        "text/html",
        {".html": "text/html", ".php": "text/html"},
    )
    h.truth.update(
        organisation=KT.name,
        template="handmade-table-layout-php",
        boilerplate=KT_BOILERPLATE,
        disallowed=["/intern/", "/stats/"],
    )
    rels, newest = st.releases, st.releases[::-1]

    def pm(r: Release) -> str:
        return f"/pressemitteilung.php?id={311 + 2 * r.number}"

    def serial(r: Release) -> int:
        return sum(1 for o in rels if o.published.year == r.published.year and o.number <= r.number)

    def release_main(r: Release, back: str, others: list[Release]) -> str:
        who, phone, mail = KT_CONTACTS[r.number % 3]
        body = "".join(f"<p>{esc(p)}</p>\n" for p in r.paragraphs)
        more = "".join(
            f'<tr><td class="weitere">{dmy(o.published)} - <a href="{pm(o)[1:]}">{esc(o.title)}</a></td></tr>\n'
            for o in others
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td class="pfad"><a href="index.php">Startseite</a> &raquo; <a href="presse.php">Pressemitteilungen</a> &raquo; {r.published.year}</td></tr>
<tr><td>
<span class="datum">Pressemitteilung Nr. {serial(r)}/{r.published.year} vom {dmy(r.published)}</span><br>
<h1 class="headline">{esc(r.title)}</h1>
{body}<p class="kontakt">Für Rückfragen:<br>
{esc(who)}<br>
Telefon {phone}<br>
<a href="mailto:{mail}@spd-kreistagsfraktion-borkenau.test">{mail}@spd-kreistagsfraktion-borkenau.test</a></p>
<p class="zurueck"><a href="{back}">&laquo; zurück zur Übersicht</a> &nbsp;&nbsp; <a href="{pm(r)[1:]}&amp;druck=1" target="_blank"><img src="img/drucker.gif" width="16" height="16" border="0" alt=""> Druckversion</a></p>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="weiterebox">
<tr><td class="weiterehead" bgcolor="#E3000F"><b><font color="#FFFFFF">Weitere Pressemitteilungen</font></b></td></tr>
{more}</table>
</td></tr>
</table>"""

    for r in rels:
        others = [o for o in newest if o is not r][:8]
        page = kt_page(r.title, release_main(r, "presse.php", others))
        h.add(pm(r), page)
        announce(h, h.url(pm(r)), r, page, [o.title for o in others])
        h.variant(
            f"{pm(r)}&jahr={r.published.year}",
            kt_page(r.title, release_main(r, f"archiv.php?jahr={r.published.year}", others)),
            pm(r),
        )
        who, phone, _ = KT_CONTACTS[r.number % 3]
        h.variant(
            f"{pm(r)}&druck=1",
            f"""<html>
<head>
<title>{esc(r.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link rel="stylesheet" href="css/druck.css" type="text/css">
</head>
<body onLoad="window.print()">
<p><img src="img/logo_druck.gif" width="200" height="60" alt="SPD-Kreistagsfraktion"></p>
<p class="datum">Pressemitteilung Nr. {serial(r)}/{r.published.year} vom {dmy(r.published)}</p>
<h1>{esc(r.title)}</h1>
{"".join(f"<p>{esc(p)}</p>" + chr(10) for p in r.paragraphs)}<p>Für Rückfragen:<br>{esc(who)}<br>Telefon {phone}</p>
<p class="klein">SPD-Kreistagsfraktion Borkenau, Kreishaus, Burgstraße 14, 46325 Borkenau</p>
</body>
</html>
""",
            pm(r),
        )
    if state == 2:
        gone(h, pm(st.removed), kt_page("Fehler", "<p><b>Die Pressemitteilung wurde nicht gefunden.</b></p>"))

    def rows(items: list[Release], suffix: str = "") -> str:
        return "".join(
            f'<tr><td class="liste" valign="top" width="90">{dmy(o.published)}</td><td class="liste">'
            f'<a href="{pm(o)[1:]}{suffix}"><b>{esc(o.title)}</b></a><br>{esc(o.teaser(18))}</td></tr>\n'
            for o in items
        )

    def table(heading: str, items: list[Release], suffix: str = "", note: str = "") -> str:
        return (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td colspan="2"><h1 class="headline">'
            f"{esc(heading)}</h1>{note}</td></tr>\n{rows(items, suffix)}</table>"
        )

    archive_links = " | ".join(f'<a href="archiv.php?jahr={y}">{y}</a>' for y in (2024, 2023, 2022))
    home = table(
        "Willkommen bei der SPD-Kreistagsfraktion",
        newest[:5],
        note="<p>Hier finden Sie die aktuellen Pressemitteilungen der Fraktion.</p>",
    )
    h.add("/", kt_page("Startseite", home), non=True)
    h.add("/index.php", kt_page("Startseite", home), non=True)
    h.add(
        "/presse.php",
        kt_page(
            "Pressemitteilungen",
            table(
                "Pressemitteilungen",
                newest[:12],
                note=f"<p>Ältere Pressemitteilungen finden Sie im Archiv: {archive_links}</p>",
            ),
        ),
        non=True,
    )
    for y in (2024, 2023, 2022):
        h.add(
            f"/archiv.php?jahr={y}",
            kt_page(
                f"Archiv {y}",
                table(
                    f"Pressemitteilungen {y}", [o for o in newest if o.published.year == y], f"&amp;jahr={y}"
                ),
            ),
            non=True,
        )
    cats = sorted({r.category for r in rels})
    h.add(
        "/themen.php",
        kt_page(
            "Themen A-Z",
            '<h1 class="headline">Themen A-Z</h1><ul>'
            + "".join(f'<li><a href="themen.php?thema={slugify(c)}">{esc(c)}</a></li>' for c in cats)
            + "</ul>",
        ),
        non=True,
    )
    for c in cats:
        h.add(
            f"/themen.php?thema={slugify(c)}",
            kt_page(f"Thema: {c}", table(f"Thema: {c}", [o for o in newest if o.category == c])),
            non=True,
        )
    members = "".join(
        f'<tr><td><img src="img/mitglied_{i}.jpg" width="60" height="80" alt=""></td><td><a href="mitglied.php?id={i}"><b>'
        f"{esc(n)}</b></a><br>Kreistagsmitglied seit {2004 + i * 2}</td></tr>\n"
        for i, n in enumerate(KT_MEMBERS, 1)
    )
    h.add(
        "/fraktion.php",
        kt_page(
            "Unsere Mitglieder",
            f'<h1 class="headline">Unsere Mitglieder</h1><table cellpadding="6">{members}</table>',
        ),
        non=True,
    )
    for i, n in enumerate(KT_MEMBERS, 1):
        h.add(
            f"/mitglied.php?id={i}",
            kt_page(
                n,
                f'<h1 class="headline">{esc(n)}</h1><p>Wahlkreis {KT.places[i % 7]}<br>'
                f"Mitglied im Ausschuss für {KT.committees[i % 4]}<br>Telefon 02861 8291-2{20 + i}</p>",
            ),
            non=True,
        )
    statics = {
        "ausschuesse": (
            "Ausschüsse und Gremien",
            "Die Fraktion ist in allen Fachausschüssen des Kreistags vertreten: "
            + ", ".join(KT.committees)
            + ".",
        ),
        "geschaeftsstelle": (
            "Geschäftsstelle",
            "Die Geschäftsstelle befindet sich im Kreishaus, Zimmer 214. Sprechzeiten Montag bis Donnerstag 9 bis 15 Uhr.",
        ),
        "termine": (
            "Termine",
            "Fraktionssitzung: jeweils montags vor der Kreistagssitzung um 17.30 Uhr im Kreishaus, Raum 2.12.<br>Kreistag: 20.06.2024, 17 Uhr<br>Kreisausschuss: 13.06.2024, 16 Uhr",
        ),
        "links": (
            "Links",
            '<a href="http://www.spd-kreis-borkenau.test/">SPD im Kreis Borkenau</a><br><a href="http://www.kreis-borkenau.test/">Kreis Borkenau</a>',
        ),
        "kontakt": (
            "Kontakt",
            "SPD-Fraktion im Kreistag Borkenau<br>Kreishaus, Zimmer 214<br>Burgstraße 14<br>46325 Borkenau<br>Telefon 02861 8291-210<br>Fax 02861 8291-219<br>info@spd-kreistagsfraktion-borkenau.test",
        ),
        "impressum": (
            "Impressum",
            "Verantwortlich nach § 18 Abs. 2 MStV:<br>Frank Overkamp, Fraktionsgeschäftsführer<br>Burgstraße 14, 46325 Borkenau<br>Telefon 02861 8291-212",
        ),
        "datenschutz": (
            "Datenschutz",
            "Diese Seite speichert keine personenbezogenen Daten. Die Zugriffsstatistik wird anonymisiert ausgewertet.",
        ),
    }
    for name, (title, text) in statics.items():
        h.add(
            f"/{name}.php", kt_page(title, f'<h1 class="headline">{esc(title)}</h1><p>{text}</p>'), non=True
        )
    h.add(
        "/intern/index.php", kt_page("Interner Bereich", "<p>Bitte Benutzername und Passwort eingeben.</p>")
    )
    h.add("/intern/", kt_page("Interner Bereich", "<p>Bitte Benutzername und Passwort eingeben.</p>"))
    h.add(
        "/stats/",
        "<html><head><title>Usage Statistics for spd-kreistagsfraktion-borkenau.test</title></head><body><h2>Webalizer Version 2.21</h2></body></html>\n",
    )
    h.add("/robots.txt", "User-agent: *\nDisallow: /intern/\nDisallow: /stats/\n")
    finish(h, st, lambda r: h.url(pm(r)))
    return h
