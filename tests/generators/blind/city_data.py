# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The municipal portal's organisation, releases, services, sections, boilerplate and events (data of
``city.py``; www.auenbrueck.test)."""

from __future__ import annotations

from tests.generators.blind.text import (
    Org,
    seeds,
)

# ================================================================================================
# 4. a municipal portal ("Stadtportal"): a city press office
# ================================================================================================
CITY = Org(
    "Stadt Auenbrück",
    "Die Stadtverwaltung",
    "der Rat der Stadt",
    "des Rates der Stadt",
    ["Südheide", "Nordhafen", "Weidenau", "Brückfeld", "Lohmühle", "Ostertor", "Kleinauen"],
    [
        ("Katrin Vossberg", "Bürgermeisterin"),
        ("Dr. Jan-Hendrik Olthoff", "Stadtbaurat"),
        ("Murat Yılmaz", "Erster Beigeordneter"),
        ("Svenja Lüttmann", "Leiterin des Fachbereichs Bildung und Soziales"),
    ],
    ["Ratssaal des Rathauses", "Bürgerzentrum Südheide", "Forum der Stadtbibliothek"],
    ["Stadtentwicklung und Umwelt", "Bildung und Soziales", "Finanzen und Wirtschaft"],
)
CITY_SEEDS = seeds("""
I | Bildung | Neue Kita an der Weidenauer Straße öffnet im August | die neue Kindertagesstätte an der Weidenauer Straße
I | Verkehr | Sperrung der Hafenbrücke ab 18. März | die Sanierung der Hafenbrücke
I | Stadtentwicklung | Stadt startet Bürgerbeteiligung zum Mobilitätskonzept | die Bürgerbeteiligung zum Mobilitätskonzept 2035
I | Wirtschaft | Wochenmarkt zieht vorübergehend auf den Rathausplatz | die vorübergehende Verlegung des Wochenmarktes
I | Finanzen | Grundsteuerbescheide 2024 werden verschickt | die Versendung der Grundsteuerbescheide 2024
I | Rathaus | Bürgermeisterin Vossberg ehrt Lebensretter aus Südheide | die Ehrung von drei Ersthelfern aus Südheide
I | Kultur | Stadtbücherei verlängert Öffnungszeiten am Samstag | die Verlängerung der Öffnungszeiten der Stadtbücherei
I | Umwelt | Baumfällungen im Stadtpark Lohmühle: Ersatzpflanzungen geplant | die Pflegemaßnahme im Stadtpark Lohmühle
I | Umwelt | Förderprogramm für Dachbegrünung geht in die zweite Runde | die zweite Runde des Förderprogramms für Dach- und Fassadenbegrünung
I | Bildung | Ferienspiele 2024: Anmeldung ab 2. April | die Anmeldung zu den Ferienspielen 2024
I | Stadtentwicklung | Neues Wohnquartier Nordhafen: Bebauungsplan liegt aus | die öffentliche Auslegung des Bebauungsplans Nr. 117 „Nordhafen“
I | Verkehr | Auenbrück ist fahrradfreundliche Kommune | die Auszeichnung als fahrradfreundliche Kommune
I | Bildung | Sanierung der Grundschule Brückfeld beginnt in den Osterferien | die Sanierung der Grundschule Brückfeld
I | Rathaus | Ehrenamtspreis 2024: Vorschläge bis 30. Juni einreichen | die Ausschreibung des Ehrenamtspreises 2024
I | Verkehr | Neue Buslinie 7 bindet Weidenau an den Bahnhof an | die neue Stadtbuslinie 7
I | Umwelt | Hitzeschutzplan: Stadt richtet kühle Orte ein | die Umsetzung des städtischen Hitzeschutzplans
I | Stadtentwicklung | Erweiterung des Friedhofs Südheide: Arbeiten beginnen | die Erweiterung des Friedhofs Südheide
I | Rathaus | Digitales Bürgerbüro: Termine jetzt online buchbar | die Online-Terminvergabe im Bürgerbüro
""")
CITY_NEW = seeds("""
I | Kultur | Stadtfest 2024: Programm steht fest | das Programm des Stadtfestes 2024
I | Kultur | Freibad Weidenau startet in die Saison | die Saisoneröffnung im Freibad Weidenau
""")
SERVICES = [
    "Abfallberatung",
    "Abfallkalender",
    "Abmeldung",
    "Altkleidercontainer",
    "Anwohnerparkausweis",
    "Aufenthaltstitel",
    "Ausweisverlust",
    "Bauantrag",
    "Baugenehmigung",
    "Baulastenverzeichnis",
    "Beglaubigung",
    "Behindertenparkausweis",
    "Bewohnerparken",
    "Briefwahl",
    "Bürgerbüro",
    "Eheschließung",
    "Einbürgerung",
    "Elterngeld",
    "Fischereischein",
    "Fundbüro",
    "Führungszeugnis",
    "Gaststättenerlaubnis",
    "Geburtsurkunde",
    "Gewerbeanmeldung",
    "Gewerbeabmeldung",
    "Grundsteuer",
    "Grünschnitt",
    "Hausnummernvergabe",
    "Hundesteuer",
    "Jugendschutz",
    "Kindertagespflege",
    "Kita-Platz",
    "Lebenspartnerschaft",
    "Marktstandvergabe",
    "Meldebescheinigung",
    "Namensänderung",
    "Parkerleichterung",
    "Personalausweis",
    "Plakatierung",
    "Reisepass",
    "Schwerbehindertenausweis",
    "Sondernutzung",
    "Sperrmüll",
    "Sterbeurkunde",
    "Straßenreinigung",
    "Umzug",
    "Wohnberechtigungsschein",
    "Wohngeld",
    "Zweitwohnungssteuer",
]
CITY_SECTIONS = {
    "Verwaltung": (
        "/rathaus/verwaltung",
        [
            "Bürgermeisterin",
            "Fachbereich Zentrale Dienste",
            "Fachbereich Finanzen",
            "Fachbereich Bildung und Soziales",
            "Fachbereich Planen und Bauen",
            "Ordnungsamt",
            "Standesamt",
            "Stellenangebote",
        ],
    ),
    "Politik": ("/rathaus/politik", ["Rat der Stadt", "Ausschüsse", "Fraktionen", "Ortsräte", "Wahlen"]),
    "Stadtteile": ("/leben/stadtteile", CITY.places),
    "Kultur & Freizeit": (
        "/kultur",
        ["Stadtbücherei", "Museum Alte Schmiede", "Freibad Weidenau", "Sportstätten"],
    ),
}
CITY_LIST = "/rathaus/presse/pressemitteilungen"
CITY_BOILERPLATE = [
    "Zum Inhalt springen",
    "Sie befinden sich hier:",
    "Bürgerservice A–Z",
    "Anwohnerparkausweis – Antrag",
    "Weitere Meldungen",
    "Alle Pressemitteilungen der Stadt Auenbrück im Überblick",
    "Häufig gesucht",
    "Rathausplatz 1",
    "Wir setzen auf dieser Website nur technisch notwendige Cookies ein.",
    "Öffnungszeiten Bürgerbüro",
    "Pressekontakt",
    "Letzte Aktualisierung",
]
CITY_EVENTS = [
    "Wochenmarkt auf dem Rathausplatz",
    "Orgelmusik zur Marktzeit, St. Nikolai",
    "Führung durch die Alte Schmiede",
    "Lesecafé in der Stadtbücherei",
    "Repair-Café im Bürgerzentrum Südheide",
    "Seniorentanz im Forum",
    "Stadtführung: Auenbrück im Mittelalter",
    "Kinderkino in der Stadtbücherei",
]
