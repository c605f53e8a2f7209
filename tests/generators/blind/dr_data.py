# ruff: noqa: E501 -- the page templates keep the line structure of the markup the CMSs emit
"""The Drupal 10 town association's organisation, releases, events, tags and boilerplate (data of
``dr.py``; www.cdu-wendhausen.test)."""

from __future__ import annotations

from tests.generators.blind.text import Org, seeds

# ================================================================================================
# 5. Drupal 10 (Olivero): a CDU town association with articles and events
# ================================================================================================
DR = Org(
    "CDU Stadtverband Wendhausen",
    "Die CDU Wendhausen",
    "der Stadtrat",
    "des Stadtrates",
    [
        "Wendhausen-Nord",
        "Ostviertel",
        "Lerchenfeld",
        "Altstadt Wendhausen",
        "Bruchhof",
        "Steinkamp",
        "Wiesengrund",
    ],
    [
        ("Christoph Hagedorn", "Vorsitzender des Stadtverbands"),
        ("Petra Niehues-Kamp", "Fraktionsvorsitzende im Stadtrat"),
        ("Dennis Wolters", "stellvertretender Vorsitzender"),
        ("Annegret Buschmann", "Ratsfrau"),
    ],
    ["Ratssaal", "Bürgerhaus Wendhausen", "Pfarrheim St. Marien"],
    ["Stadtentwicklung", "Ordnung und Sicherheit", "Schule und Sport"],
)
DR_SEEDS = seeds("""
F | Verkehr | CDU fordert mehr Parkplätze am Bahnhof Wendhausen | die Erweiterung der Park-and-Ride-Anlage am Bahnhof Wendhausen
F | Innenstadt | Innenstadt beleben: CDU legt Zehn-Punkte-Plan vor | die Belebung der Wendhausener Innenstadt
T | Stadtverband | Bürgerstammtisch im Ostviertel | die Verkehrssituation im Ostviertel
F | Sicherheit | Sicherheit im Stadtpark: CDU beantragt bessere Beleuchtung | die bessere Beleuchtung der Wege im Stadtpark
I | Stadtverband | Neujahrsempfang mit über 200 Gästen | die Bilanz des Neujahrsempfangs
F | Schule | Grundschule Ostviertel braucht Erweiterung | die Erweiterung der Grundschule Ostviertel
T | Stadtverband | Mitgliederversammlung mit Vorstandswahlen | die Neuwahl des Vorstands
I | Stadtverband | CDU Wendhausen nominiert Kandidatinnen und Kandidaten für den Stadtrat | die Aufstellung der Liste zur Stadtratswahl
F | Wirtschaft | Gewerbegebiet Lerchenfeld: CDU drängt auf schnellere Vermarktung | die zügige Vermarktung des Gewerbegebiets Lerchenfeld
T | Wirtschaft | Ortsbegehung im Gewerbegebiet Lerchenfeld | die Zukunft des Gewerbegebiets Lerchenfeld
F | Sport | Vereinsförderung muss verlässlich bleiben | die Sicherung der Vereinsförderung im Haushalt
I | Sicherheit | Besuch bei der Freiwilligen Feuerwehr Wendhausen-Nord | die Ausstattung der Freiwilligen Feuerwehr Wendhausen-Nord
F | Verkehr | Straßenausbaubeiträge: CDU will Anlieger entlasten | die Entlastung der Anlieger bei Straßenausbaubeiträgen
T | Sicherheit | Diskussionsabend: Wie sicher ist unsere Innenstadt? | die Sicherheit in der Wendhausener Innenstadt
I | Soziales | Seniorenbeirat: CDU begrüßt Einrichtung | die Einrichtung eines Seniorenbeirats
T | Stadtverband | Sommerfest der CDU Wendhausen | die Arbeit des Stadtverbands im zurückliegenden Jahr
""")
DR_NEW = seeds("""
F | Innenstadt | CDU beantragt Trinkwasserbrunnen in der Fußgängerzone | die Aufstellung von Trinkwasserbrunnen in der Fußgängerzone
T | Stadtverband | Infostand auf dem Wochenmarkt | die Kommunalpolitik in Wendhausen
""")
DR_EVENTS = {
    "Bürgerstammtisch im Ostviertel": (
        "einem Bürgerstammtisch",
        "in die Gaststätte „Zur Post“, Lindenstraße 4,",
        "Gaststätte „Zur Post“, Lindenstraße 4, Wendhausen",
        19,
    ),
    "Mitgliederversammlung mit Vorstandswahlen": (
        "der Mitgliederversammlung mit Vorstandswahlen",
        "in das Bürgerhaus Wendhausen, Marktplatz 1,",
        "Bürgerhaus Wendhausen, Marktplatz 1",
        19,
    ),
    "Ortsbegehung im Gewerbegebiet Lerchenfeld": (
        "einer Ortsbegehung",
        "auf den Parkplatz am Lerchenfelder Weg",
        "Parkplatz Lerchenfelder Weg, Wendhausen",
        17,
    ),
    "Diskussionsabend: Wie sicher ist unsere Innenstadt?": (
        "einem Diskussionsabend",
        "in den Ratskeller, Am Markt 3,",
        "Ratskeller, Am Markt 3, Wendhausen",
        19,
    ),
    "Sommerfest der CDU Wendhausen": (
        "ihrem traditionellen Sommerfest",
        "in den Garten des Pfarrheims St. Marien, Kirchgasse 2,",
        "Pfarrheim St. Marien, Kirchgasse 2, Wendhausen",
        15,
    ),
    "Infostand auf dem Wochenmarkt": (
        "einem Infostand",
        "auf den Marktplatz vor dem Alten Rathaus",
        "Marktplatz, Wendhausen",
        9,
    ),
}
DR_GUESTS = [
    "der Landtagsabgeordnete Hubertus Brenning",
    "Bürgermeisterkandidatin Sandra Pohlmann",
    "Kreisbrandmeister Olaf Determann",
    "die Bundestagsabgeordnete Dr. Ingrid Schoppmann",
    "Polizeihauptkommissar Rainer Kloppenburg",
    "Landrat Bernhard Wiethölter",
]
DR_EXTRAS = [
    "für Getränke ist gesorgt.",
    "Gäste sind ausdrücklich willkommen.",
    "festes Schuhwerk wird empfohlen.",
    "Fragen können vorab eingereicht werden.",
    "für Kinder gibt es eine Hüpfburg.",
    "Flyer liegen bereit.",
]
DR_TAGS = {
    "Verkehr": 3,
    "Innenstadt": 4,
    "Stadtverband": 5,
    "Sicherheit": 6,
    "Schule": 7,
    "Wirtschaft": 8,
    "Sport": 9,
    "Soziales": 10,
}
DR_BOILERPLATE = [
    "Direkt zum Inhalt",
    "Pfadnavigation",
    "Hauptnavigation",
    "CDU Stadtverband Wendhausen",
    "Nächste Termine",
    "Das könnte Sie auch interessieren",
    "Schlagworte",
    "Wir nutzen Cookies",
    "Mitglied werden",
    "Kolpingstraße 11",
    "Abonnieren",
]
DRH = "http://www.cdu-wendhausen.test"
