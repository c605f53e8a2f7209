# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The public transport association's organisation, releases, menu and fixed pages (data of
``zv.py``; www.nahverkehr-hellweg.test)."""

from __future__ import annotations

from tests.generators.blind.text import Org, seeds

# ================================================================================================
# 1. TYPO3 12, tx_news, Bootstrap Package: a public transport association
# ================================================================================================
ZV = Org(
    "Zweckverband Nahverkehr Hellweg-Börde",
    "Der Zweckverband",
    "die Verbandsversammlung",
    "der Verbandsversammlung",
    ["Hellwerl", "Lipphausen", "Sassenhof", "Oberbörde", "Rüthenau", "Welverstedt", "Anrode"],
    [
        ("Dr. Helga Brunsmann", "Verbandsvorsteherin"),
        ("Tobias Wiemeler", "Geschäftsführer des Zweckverbands"),
        ("Aylin Demirtaş", "Leiterin der Angebotsplanung"),
        ("Reinhard Köckemann", "Vorsitzender der Verbandsversammlung"),
    ],
    ["Sitzungssaal des Kreishauses Hellwerl", "Bürgerzentrum Lipphausen", "Ratssaal Sassenhof"],
    ["Verkehr und Tarife", "Finanzen", "Angebotsplanung"],
)

ZV_SEEDS = seeds("""
I | Angebot | Neue Schnellbuslinie S 40 verbindet Lipphausen und Hellwerl im Stundentakt | die neue Schnellbuslinie S 40 zwischen Lipphausen und Hellwerl
I | Verband | Verbandsversammlung beschließt Nahverkehrsplan 2025–2030 | die Fortschreibung des Nahverkehrsplans für die Jahre 2025 bis 2030
I | Tarife | Deutschlandticket: Zweckverband zieht positive Zwischenbilanz | die Bilanz des ersten Jahres mit dem Deutschlandticket
I | Angebot | Ausschreibung für das Linienbündel Börde-Süd gestartet | die europaweite Ausschreibung des Linienbündels Börde-Süd
I | Angebot | On-Demand-Verkehr „BördeFlex“ wird auf Sassenhof ausgeweitet | die Ausweitung des On-Demand-Verkehrs „BördeFlex“ auf Sassenhof
I | Infrastruktur | Barrierefreier Ausbau von 46 Haltestellen abgeschlossen | die barrierefreie Umgestaltung von 46 Haltestellen im Verbandsgebiet
I | Angebot | Schülerverkehr: Neue Fahrpläne zum Schuljahresbeginn | die Neuordnung der Fahrpläne im Schülerverkehr
I | Verband | Fahrgastbeirat sucht neue Mitglieder | die Neubesetzung des Fahrgastbeirats
F | Verband | Zweckverband fordert verlässliche Finanzierung des ÖPNV durch das Land | eine verlässliche Finanzierung des Nahverkehrs durch das Land
I | Infrastruktur | Echtzeitdaten jetzt an allen Bahnhöfen der Hellwegbahn verfügbar | die Ausstattung aller Bahnhöfe der Hellwegbahn mit Echtzeitanzeigen
I | Angebot | Ersatzverkehr während der Brückensanierung in Rüthenau | die Einrichtung eines Ersatzverkehrs während der Brückensanierung in Rüthenau
I | Tarife | Tarifanpassung zum 1. August: Einzelfahrscheine bleiben stabil | die Tarifanpassung zum 1. August
I | Infrastruktur | Erste Elektrobusse im Betriebshof Oberbörde eingetroffen | die Umstellung der Busflotte auf Elektroantrieb
I | Infrastruktur | Mobilstationen in Welverstedt und Anrode eröffnet | die Eröffnung der Mobilstationen in Welverstedt und Anrode
I | Angebot | Nachtbuslinien N1 und N3 fahren künftig auch sonntags | die Ausweitung der Nachtbuslinien N1 und N3 auf den Sonntag
I | Verband | Fahrgastbefragung 2024: Pünktlichkeit bleibt größte Baustelle | die Auswertung der Fahrgastbefragung 2024
I | Verband | Neuer Geschäftsführer beim Nahverkehrsverband | die Neubesetzung der Geschäftsführung
I | Tarife | Radmitnahme in Regionalbussen ab Mai kostenlos | die kostenlose Fahrradmitnahme in den Regionalbussen
""")
ZV_NEW = seeds("""
I | Angebot | Sommerfahrplan 2024: Zusätzliche Fahrten zum Freizeitsee Lipphausen | das zusätzliche Fahrtenangebot zum Freizeitsee Lipphausen
I | Verband | Verbandsversammlung wählt Reinhard Köckemann erneut zum Vorsitzenden | die Neuwahl des Vorsitzes der Verbandsversammlung
""")
ZV_MENU = [
    (
        "Verband",
        "/verband",
        [
            (
                "Über uns",
                "ueber-uns",
                "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
            ),
            (
                "Verbandsversammlung",
                "verbandsversammlung",
                "Zusammensetzung, Sitzungstermine und Beschlüsse des obersten Organs",
            ),
            (
                "Geschäftsstelle",
                "geschaeftsstelle",
                "Ansprechpersonen, Zuständigkeiten und Öffnungszeiten der Geschäftsstelle in Hellwerl",
            ),
            (
                "Satzung und Finanzen",
                "satzung-und-finanzen",
                "Verbandssatzung, Wirtschaftsplan und Umlageschlüssel zum Herunterladen",
            ),
        ],
    ),
    (
        "Mobilität",
        "/mobilitaet",
        [
            (
                "Buslinien und Fahrpläne",
                "buslinien",
                "Alle Regional-, Schnell- und Nachtbuslinien im Verbandsgebiet auf einen Blick",
            ),
            (
                "BördeFlex",
                "boerdeflex",
                "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr – per App oder Telefon buchbar",
            ),
            (
                "Schülerverkehr",
                "schuelerverkehr",
                "Informationen für Eltern und Schulen zu Schulwegen, Tickets und Verstärkerfahrten",
            ),
            (
                "Barrierefrei unterwegs",
                "barrierefrei",
                "Niederflurbusse, ausgebaute Haltestellen und Hilfen für mobilitätseingeschränkte Fahrgäste",
            ),
        ],
    ),
    (
        "Tickets & Tarife",
        "/tarife",
        [
            (
                "Deutschlandticket",
                "deutschlandticket",
                "Bestellung, Kündigung und Sonderkonditionen für Jobtickets und Schulen",
            ),
            (
                "Tarifübersicht",
                "uebersicht",
                "Preisstufen, Einzelfahrscheine und Zeitkarten im Westfalentarif",
            ),
            (
                "Fahrradmitnahme",
                "fahrradmitnahme",
                "Regeln und Kapazitäten für die Mitnahme von Fahrrädern in Bus und Bahn",
            ),
        ],
    ),
    (
        "Projekte",
        "/projekte",
        [
            (
                "Nahverkehrsplan",
                "nahverkehrsplan",
                "Der Rahmenplan für das Busangebot bis 2030 mit allen Gutachten und Stellungnahmen",
            ),
            (
                "Mobilstationen",
                "mobilstationen",
                "Umsteigepunkte mit Radboxen, Carsharing und Ladesäulen in den Mitgliedskommunen",
            ),
            (
                "Elektrobusse",
                "elektrobusse",
                "Der Weg zur emissionsfreien Busflotte: Zeitplan, Förderung und Betriebshöfe",
            ),
        ],
    ),
    (
        "Aktuelles",
        "/aktuelles",
        [
            (
                "Pressemitteilungen",
                "pressemitteilungen",
                "Alle Meldungen des Zweckverbands für Medien und Öffentlichkeit",
            ),
            (
                "Termine",
                "termine",
                "Sitzungen der Gremien, Informationsabende und Aktionstage im Verbandsgebiet",
            ),
            (
                "Newsletter",
                "newsletter",
                "Der monatliche Newsletter mit allen Neuigkeiten aus dem Verbandsgebiet",
            ),
            (
                "Presseservice",
                "presseservice",
                "Pressekontakt, Fotos und Logos zur freien Verwendung in der Berichterstattung",
            ),
        ],
    ),
]
ZV_STATIC = {
    "/impressum": (
        "Impressum",
        [
            "Zweckverband Nahverkehr Hellweg-Börde, Körperschaft des öffentlichen Rechts, Bahnhofsallee 12, 59471 Hellwerl.",
            "Vertreten durch die Verbandsvorsteherin Dr. Helga Brunsmann. Telefon 02921 3307-0, Telefax 02921 3307-99, E-Mail info@nahverkehr-hellweg.test.",
            "Aufsichtsbehörde: Bezirksregierung Arnsberg. Umsatzsteuer-Identifikationsnummer DE 812 334 907.",
        ],
    ),
    "/datenschutz": (
        "Datenschutzerklärung",
        [
            "Der Schutz Ihrer personenbezogenen Daten ist uns wichtig. Wir verarbeiten Ihre Daten ausschließlich auf Grundlage der gesetzlichen Bestimmungen (DSGVO, DSG NRW).",
            "Beim Besuch dieser Website speichert der Webserver vorübergehend die IP-Adresse Ihres Geräts, Datum und Uhrzeit des Zugriffs sowie die aufgerufene Seite. Die Daten werden nach sieben Tagen gelöscht.",
            "Datenschutzbeauftragter: Dipl.-Inf. Bernd Ostkamp, datenschutz@nahverkehr-hellweg.test.",
        ],
    ),
    "/kontakt": (
        "Kontakt",
        [
            "Geschäftsstelle des Zweckverbands, Bahnhofsallee 12, 59471 Hellwerl. Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 13 Uhr.",
            "Telefon 02921 3307-0, E-Mail info@nahverkehr-hellweg.test. Für Fahrplanauskünfte wenden Sie sich bitte an die Schlaue Nummer 0800 3 504030.",
        ],
    ),
    "/barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        [
            "Der Zweckverband ist bemüht, seine Website im Einklang mit der BITV NRW barrierefrei zugänglich zu machen.",
            "Einige PDF-Dokumente aus der Zeit vor 2019 sind noch nicht vollständig barrierefrei. Sie können diese Dokumente bei der Geschäftsstelle in alternativer Form anfordern.",
        ],
    ),
}
ZV_BOILERPLATE = [
    "Zum Hauptinhalt springen",
    "Sie sind hier:",
    "Aufgaben, Mitglieder und Geschichte des Zweckverbands seit seiner Gründung 1996",
    "Der On-Demand-Verkehr für Orte ohne festen Linienverkehr",
    "Pressekontakt",
    "Bahnhofsallee 12",
    "Diese Website verwendet Cookies",
    "Das könnte Sie auch interessieren",
    "Seite drucken",
    "Zurück zur Übersicht",
    "Newsletter abonnieren",
    "Zweckverband Nahverkehr Hellweg-Börde",
]
ZV_LIST = "/aktuelles/pressemitteilungen"
