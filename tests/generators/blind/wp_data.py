# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The Sunflower WordPress site's organisation, releases, authors, comments, pages and boilerplate
(data of ``wp.py``; www.gruene-kirchberg-ems.test)."""

from __future__ import annotations

from tests.generators.blind.text import (
    Org,
    seeds,
)

# ================================================================================================
# 3. WordPress with the Sunflower theme: a Green party branch
# ================================================================================================
WP = Org(
    "BÜNDNIS 90/DIE GRÜNEN Kirchberg (Ems)",
    "Der Grünen-Ortsverband",
    "der Gemeinderat",
    "des Gemeinderats",
    ["Kirchberg", "Oberkirchberg", "Haselhorst", "Emsheide", "Lindloh", "Wachendorp", "Bramhorn"],
    [
        ("Mira Hansen", "Ortssprecherin"),
        ("Jonas Wibbeler", "Fraktionsvorsitzender im Gemeinderat"),
        ("Katharina Ostermann-Lüdke", "Ratsfrau"),
        ("Till Brüggemann", "Ortssprecher"),
    ],
    ["Ratssaal", "Heimathaus Lindloh", "Gemeindezentrum Haselhorst"],
    ["Umwelt und Klima", "Planung und Bau", "Schule, Jugend und Sport"],
)
WP_SEEDS = seeds("""
F | Pressemitteilungen;Verkehr,Schule | Grüne beantragen Tempo 30 vor allen Kirchberger Schulen | die Einführung von Tempo 30 vor allen Schulen und Kitas im Gemeindegebiet
I | Kommunalpolitik;Energie | Photovoltaik auf dem Rathausdach: Antrag einstimmig angenommen | die Photovoltaikanlage auf dem Dach des Rathauses
F | Pressemitteilungen;Natur | Baumschutzsatzung für Kirchberg – jetzt! | eine kommunale Baumschutzsatzung
I | Ortsverband;Natur,Ehrenamt | Wir sagen Danke: Müllsammelaktion an der Ems mit 60 Helfenden | die Müllsammelaktion am Emsufer
F | Pressemitteilungen;Verkehr | Radverkehrskonzept: Grüne legen Prioritätenliste vor | die Umsetzung des Radverkehrskonzepts
I | Ortsverband;Ehrenamt | Neuer Vorstand im Ortsverband gewählt | die Neuwahl des Ortsvorstands
I | Kommunalpolitik;Haushalt | Haushalt 2024: Unsere Schwerpunkte für Klima und Soziales | die Schwerpunktsetzung der Grünen im Gemeindehaushalt 2024
I | Ortsverband;Natur | Blühstreifen statt Schottergärten: Grüne starten Saatgutaktion | die kostenlose Saatgutaktion für Blühstreifen
F | Pressemitteilungen;Verkehr | Bürgerbus für Haselhorst und Lindloh | eine Bürgerbusverbindung für Haselhorst und Lindloh
F | Pressemitteilungen;Energie | Wärmeplanung: Grüne fordern frühzeitige Bürgerbeteiligung | eine frühzeitige Beteiligung der Bürgerschaft an der kommunalen Wärmeplanung
F | Kommunalpolitik;Energie,Sport | Sanierung des Hallenbads: Energiekonzept muss mitgedacht werden | ein Energiekonzept für die Sanierung des Hallenbads
I | Ortsverband;Natur | Besuch im Naturschutzgebiet Emsauen | die Renaturierung der Emsauen bei Wachendorp
F | Pressemitteilungen;Schule | Kita-Plätze: Gemeinde muss schneller bauen | die Beschleunigung des Kita-Ausbaus
I | Kommunalpolitik;Ehrenamt | Grüne unterstützen Initiative für einen Dorfladen in Emsheide | die Gründung eines genossenschaftlichen Dorfladens in Emsheide
I | Ortsverband;Haushalt | Mitgliederversammlung beschließt Programm zur Kommunalwahl | das Wahlprogramm zur Kommunalwahl
""")
WP_NEW = seeds("""
F | Pressemitteilungen;Verkehr,Schule | Offener Brief: Sichere Schulwege in Oberkirchberg | die Sicherung der Schulwege in Oberkirchberg
I | Ortsverband;Natur | Grüne laden zur Fahrradtour durch die Emsauen ein | die Fahrradtour durch die Emsauen
""")
WP_AUTHORS = [
    ("mira-hansen", "Mira Hansen"),
    ("till-brueggemann", "Till Brüggemann"),
    ("redaktion", "Redaktion"),
]
WP_COMMENTS = [
    ("Jürgen P.", "Sehr gut, dass ihr da dranbleibt! Bei uns in der Straße ist das seit Jahren ein Thema."),
    ("Anke", "Und wer soll das bezahlen? Die Gemeinde hat doch schon jetzt kein Geld für die Schulen."),
    ("Bernd Lohmann", "Danke für die Infos. Gibt es die Unterlagen auch irgendwo zum Nachlesen?"),
    ("S. Kuhlmann", "Ich wohne selbst in Haselhorst und kann das nur bestätigen."),
    ("Thorsten", "Wäre schön, wenn die anderen Fraktionen das auch so sehen würden."),
    ("Lea", "Tolle Aktion, beim nächsten Mal bin ich auch dabei!"),
]
WP_PAGES = {
    "ueber-uns": (
        "Über uns",
        [
            "Wir sind der Ortsverband von BÜNDNIS 90/DIE GRÜNEN in Kirchberg (Ems) mit rund 70 Mitgliedern.",
            "Im Gemeinderat sind wir mit vier Ratsmitgliedern vertreten.",
        ],
    ),
    "vorstand": (
        "Vorstand",
        [
            "Ortssprecherin: Mira Hansen",
            "Ortssprecher: Till Brüggemann",
            "Kassiererin: Anneliese Rolfes",
            "Beisitzer: Jan Oltmanns, Hatice Kaya",
        ],
    ),
    "termine": (
        "Termine",
        [
            "Offenes Treffen: jeden zweiten Mittwoch im Monat, 19.30 Uhr, Heimathaus Lindloh.",
            "Fraktionssitzung: montags vor jeder Ratssitzung, 19 Uhr, Rathaus, Raum 12.",
        ],
    ),
    "mitmachen": (
        "Mitmachen",
        [
            "Du willst Kirchberg grüner machen? Komm zu unserem offenen Treffen oder schreib uns eine Nachricht.",
            "Mitglied werden geht ganz einfach online.",
        ],
    ),
    "kontakt": (
        "Kontakt",
        [
            "BÜNDNIS 90/DIE GRÜNEN Ortsverband Kirchberg (Ems), Marktstraße 9, 49744 Kirchberg",
            "Telefon 05931 88 47 20, E-Mail: kontakt@gruene-kirchberg-ems.test",
        ],
    ),
    "impressum": (
        "Impressum",
        [
            "BÜNDNIS 90/DIE GRÜNEN Ortsverband Kirchberg (Ems), vertreten durch die Ortssprecher*innen Mira Hansen und Till Brüggemann, Marktstraße 9, 49744 Kirchberg.",
            "Telefon 05931 88 47 20. Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Mira Hansen, Anschrift wie oben.",
        ],
    ),
    "datenschutz": (
        "Datenschutzerklärung",
        [
            "Verantwortlich für die Datenverarbeitung ist der Ortsverband, Anschrift siehe Impressum.",
            "Beim Kommentieren speichern wir Name, E-Mail-Adresse und IP-Adresse, um Missbrauch zu verhindern.",
        ],
    ),
}
WP_BOILERPLATE = [
    "Springe zum Inhalt",
    "Cookie-Zustimmung verwalten",
    "Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.",
    "Das könnte Dich auch interessieren",
    "Schreibe einen Kommentar",
    "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Marktstraße 9",
    "Ortsverband Kirchberg (Ems)",
    "Teilen auf",
    "Mitglied werden",
]
WPH = "http://www.gruene-kirchberg-ems.test"
