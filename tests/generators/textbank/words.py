"""The German word and phrase lists the press releases are written from (names, places, committees,
the topics with their demands and facilities, quotes), and how a date and a slug are spelled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

FEMALE = (
    "Anna", "Birgit", "Claudia", "Dagmar", "Elke", "Franziska", "Gabriele", "Heike", "Ines", "Julia",
    "Karin", "Lena", "Maria", "Nadine", "Petra", "Renate", "Sabine", "Tanja", "Ulrike", "Yvonne",
)  # fmt: skip
MALE = (
    "Andreas", "Bernd", "Christian", "Dirk", "Frank", "Georg", "Heinz", "Jens", "Klaus", "Lars",
    "Markus", "Norbert", "Oliver", "Peter", "Ralf", "Stefan", "Thomas", "Uwe", "Volker", "Wolfgang",
)  # fmt: skip
SURNAMES = (
    "Albers", "Becker", "Brinkmann", "Dahmen", "Ebert", "Fischer", "Gerdes", "Hansen", "Hoffmann",
    "Janssen", "Kaiser", "Klute", "Krämer", "Lammers", "Meyer", "Möller", "Nowak", "Özdemir",
    "Peters", "Richter", "Schäfer", "Schulte", "Terhoeven", "Vogel", "Wagner", "Weber", "Zimmermann",
)  # fmt: skip
PHOTOGRAPHERS = ("Wilfried Meyer", "Jutta Brandt", "Karl-Heinz Rösler", "Privat", "Ortsverein")
TOWNS = ("Altenberg", "Birkenfeld", "Eichstede", "Grünwalde", "Hohenbrück", "Lindau am See", "Rosendorf")
STREETS = (
    "Bahnhofstraße", "Marktstraße", "Lindenallee", "Kirchplatz", "Schulweg", "Am Stadtpark",
    "Hauptstraße", "Mühlenweg", "Goethestraße", "Ringstraße", "Wallgraben", "Hafenstraße",
)  # fmt: skip
VENUES = (
    "das Bürgerhaus",
    "den Ratssaal des Rathauses",
    "die Aula der Gesamtschule",
    "das Gemeindezentrum St. Martin",
    "die Gaststätte „Zur Linde“",
    "das Foyer der Stadthalle",
    "das Vereinsheim des TuS",
    "die Alte Feuerwache",
)
COMMITTEES = (
    "Ausschuss für Stadtentwicklung",
    "Finanzausschuss",
    "Schulausschuss",
    "Jugendhilfeausschuss",
    "Umweltausschuss",
    "Sozialausschuss",
    "Bau- und Verkehrsausschuss",
    "Kreisausschuss",
)
GROUPS = (
    "dem Seniorenbeirat",
    "Eltern der Grundschule am Wall",
    "der Freiwilligen Feuerwehr",
    "dem Einzelhandelsverband",
    "Vertreterinnen und Vertretern der Sportvereine",
    "dem Integrationsrat",
    "Anwohnerinnen und Anwohnern",
    "dem Stadtjugendring",
)


@dataclass(frozen=True)
class Topic:
    label: str
    tag: str
    demands: tuple[str, ...]
    facilities: tuple[str, ...]


TOPICS = (
    Topic("Kinderbetreuung", "kita", (
        "zusätzliche Kita-Plätze", "längere Öffnungszeiten der Kindertagesstätten",
        "eine bessere Bezahlung der Erzieherinnen und Erzieher",
    ), ("Kita am Lindenhof", "Familienzentrum Regenbogen")),
    Topic("Radverkehr", "radverkehr", (
        "sichere Radwege an den Hauptstraßen", "ein durchgängiges Radwegenetz",
        "mehr Fahrradabstellanlagen am Bahnhof",
    ), ("Radstation am Bahnhof", "Fahrradstraße am Wall")),
    Topic("Nahverkehr", "oepnv", (
        "einen dichteren Bustakt", "ein günstiges Sozialticket", "eine bessere Anbindung der Ortsteile",
    ), ("Busbahnhof", "Mobilstation Nord")),
    Topic("Schulen", "schulen", (
        "die Sanierung der Grundschulen", "schnelles Internet für alle Schulen", "mehr Ganztagsplätze",
    ), ("Grundschule am Wall", "Gesamtschule Nord")),
    Topic("Wohnen", "wohnen", (
        "mehr bezahlbaren Wohnraum", "eine Quote für geförderte Wohnungen", "die Aktivierung von Baulücken",
    ), ("Neubaugebiet Mühlenfeld", "Quartier an der Ringstraße")),
    Topic("Klimaschutz", "klimaschutz", (
        "ein kommunales Klimaschutzkonzept", "Photovoltaik auf allen öffentlichen Dächern",
        "mehr Stadtbäume",
    ), ("Klimaschutzagentur", "Solarpark an der Deponie")),
    Topic("Haushalt", "haushalt", (
        "einen ausgeglichenen Haushalt ohne Steuererhöhungen", "mehr Investitionen in Straßen und Brücken",
        "eine gerechte Verteilung der Kreisumlage",
    ), ("Kämmerei", "Rechnungsprüfungsamt")),
    Topic("Feuerwehr", "feuerwehr", (
        "ein neues Gerätehaus für die Löschgruppe", "eine bessere Ausstattung der Freiwilligen Feuerwehr",
        "mehr Nachwuchsarbeit bei der Jugendfeuerwehr",
    ), ("Feuerwache Süd", "Gerätehaus der Löschgruppe Ost")),
    Topic("Digitalisierung", "digitalisierung", (
        "ein digitales Bürgerbüro", "freies WLAN in der Innenstadt", "Glasfaser für die Außenbereiche",
    ), ("Bürgerbüro", "Stadtbibliothek")),
    Topic("Gesundheit", "gesundheit", (
        "den Erhalt des Krankenhauses", "mehr Hausärztinnen und Hausärzte auf dem Land",
        "eine Gemeindeschwester für ältere Menschen",
    ), ("Kreiskrankenhaus", "Gesundheitszentrum am Markt")),
    Topic("Integration", "integration", (
        "ein Kommunales Integrationszentrum", "mehr Sprachkurse für Zugewanderte",
        "Unterstützung der Ehrenamtlichen in der Flüchtlingshilfe",
    ), ("Integrationszentrum", "Begegnungscafé International")),
    Topic("Sport", "sport", (
        "die Sanierung der Sporthallen", "einen Kunstrasenplatz", "mehr Schwimmzeiten für die Vereine",
    ), ("Sportpark West", "Hallenbad am Stadtgarten")),
    Topic("Senioren", "senioren", (
        "barrierefreie Bushaltestellen", "einen Seniorenbeirat mit Rederecht",
        "mehr Sitzbänke in der Innenstadt",
    ), ("Seniorenzentrum Abendrot", "Mehrgenerationenhaus")),
    Topic("Innenstadt", "innenstadt", (
        "ein Konzept gegen Leerstand", "die Belebung des Marktplatzes", "mehr Grün in der Fußgängerzone",
    ), ("Marktplatz", "Alte Post")),
    Topic("Umwelt", "umwelt", (
        "den Schutz der Auen", "Blühstreifen an den Kreisstraßen", "saubere Badeseen",
    ), ("Naturschutzzentrum", "Biologische Station")),
)  # fmt: skip

QUOTES = (
    "Wir dürfen hier keine Zeit mehr verlieren",
    "Das ist eine Frage der Gerechtigkeit",
    "Die Menschen in {district} haben ein Recht auf eine verlässliche Lösung",
    "Gute Politik beginnt vor Ort",
    "Wir haben lange für diesen Schritt gekämpft",
    "Jetzt kommt es darauf an, dass die Mittel auch schnell ankommen",
    "Ohne das Ehrenamt wäre vieles in {town} nicht möglich",
    "Wir werden genau hinschauen, ob die Zusagen eingehalten werden",
    "Das ist ein guter Tag für {town}",
    "Wer heute spart, zahlt morgen doppelt",
    "Wir wollen die Bürgerinnen und Bürger von Anfang an beteiligen",
    "Hier geht es um die Zukunft unserer Kinder",
)
SAYS = ("sagt", "erklärt", "betont", "unterstreicht", "so")
DISTRICTS = (
    "Oberdorf",
    "Altenhof",
    "Südfeld",
    "Neustadt",
    "Buchholz",
    "Westerholt",
    "Kirchhellen",
    "Ostheide",
)


def german_date(day: date, weekday: bool = False, year: bool = True) -> str:
    text = f"{day.day}. {MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def slugify(text: str, limit: int = 70) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
    text = "".join(table.get(c, c) for c in text).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-")
