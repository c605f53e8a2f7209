"""What is read from the clean text: events, people, parties, organisations, contacts, datelines."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extraction.contacts import find_contacts, normalise_phone
from crawler.extraction.dateline import find_dateline
from crawler.extraction.events import find_event, split_place
from crawler.extraction.parties import find_organisations, find_parties
from crawler.extraction.people import find_people
from crawler.items import Contact, Event, Person

# --- events ------------------------------------------------------------------------------------


def test_event_with_date_time_range_venue_and_address():
    text = (
        "Die SGK des Kreises Kleve lädt alle Bürgerinnen und Bürger zur Fachveranstaltung am Donnerstag, "
        "02. Juli 2015, von 18:00 bis 20:00 Uhr, in das Foyer der Stadthalle Kleve, Lohstätte 7, "
        "herzlich ein."
    )
    assert find_event(None, text, date(2015, 6, 23)) == Event(
        "2015-07-02T18:00", "2015-07-02T20:00", "Foyer der Stadthalle Kleve", "Lohstätte 7"
    )


def test_event_year_comes_from_the_publication_date_and_time_from_a_later_sentence():
    text = (
        "Thema ist die Sozialkonferenz Ruhr, zu der der RVR am Mittwoch, 27. November, in die "
        "Luise-Albertz-Halle in Oberhausen einlädt. Vor Beginn der Sozialkonferenz um 12 Uhr gibt es "
        "einen Pressetermin."
    )
    assert find_event(None, text, date(2019, 11, 20)) == Event(
        "2019-11-27T12:00", None, "Luise-Albertz-Halle", "Oberhausen"
    )


@pytest.mark.parametrize(
    ("sentence", "start", "end", "venue"),
    [
        (
            "Der Ortsverein trifft sich am 2. Juli ab 19 Uhr im Bürgerhaus Kellen.",
            "2015-07-02T19:00",
            None,
            "Bürgerhaus Kellen",
        ),
        (
            "Die Sitzung findet am 2.7.2015 um 19.30 Uhr in der Stadthalle statt.",
            "2015-07-02T19:30",
            None,
            "Stadthalle",
        ),
        (
            "Wir laden am 2. Juli von 18 bis 20 Uhr in den Saal Hoffmann ein.",
            "2015-07-02T18:00",
            "2015-07-02T20:00",
            "Saal Hoffmann",
        ),
        ("Termin: am 2. Juli im Rathaus Goch.", "2015-07-02", None, "Rathaus Goch"),
    ],
)
def test_event_phrases(sentence, start, end, venue):
    event = find_event(None, sentence, date(2015, 6, 1))
    assert event is not None
    assert (event.start, event.end, event.venue) == (start, end, venue)


def test_labelled_event_fields():
    text = (
        "Datum: Montag, 2. Dezember 2019\n\nUhrzeit: 17:00 bis 18:30 Uhr\n\n"
        "Ort: Stadthaus Rheinberg, Sitzungsraum 2, Kirchplatz 10, 47495 Rheinberg"
    )
    assert find_event(None, text, date(2019, 11, 18)) == Event(
        "2019-12-02T17:00",
        "2019-12-02T18:30",
        "Stadthaus Rheinberg, Sitzungsraum 2",
        "Kirchplatz 10, 47495 Rheinberg",
    )


def test_multi_day_event():
    text = (
        "Die Landesdelegiertenkonferenz findet vom 13. November, 10 Uhr, bis zum 14. November, 15 Uhr, "
        "in der Stadthalle Bielefeld, Willy-Brandt-Platz 1, 33602 Bielefeld, statt."
    )
    assert find_event(None, text, date(2021, 10, 18)) == Event(
        "2021-11-13T10:00",
        "2021-11-14T15:00",
        "Stadthalle Bielefeld",
        "Willy-Brandt-Platz 1, 33602 Bielefeld",
    )


@pytest.mark.parametrize(
    "text",
    [
        "CDU, FDP und AfD verhinderten Mitte März 2015 im Kreistag gemeinsam die Einrichtung.",
        "Am 2. Juni 2015 diskutierte der Kreistag lange über den Antrag.",  # before publication
        "Die Anmeldung ist bis zum 30. Juni möglich.",  # a deadline
        "Der Haushalt wurde am 12. Mai beschlossen und gilt ab 1. Januar.",  # no invitation, no time
    ],
)
def test_no_event_for_past_dates_deadlines_and_mentions(text):
    assert find_event(None, text, date(2015, 6, 23)) is None


def test_split_place():
    assert split_place("Begegnungsstätte Altes Landratsamt, Kastell 5b") == (
        "Begegnungsstätte Altes Landratsamt",
        "Kastell 5b",
    )
    assert split_place("Online (Zoom)") == ("Online (Zoom)", None)


# --- people ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "mit Staatssekretär Dr. Markus Kerber aus dem Bundesinnenministerium und",
            Person("Dr. Markus Kerber", "Staatssekretär", "Bundesinnenministerium"),
        ),
        ("und NRW-Staatssekretärin Serap Güler über", Person("Serap Güler", "NRW-Staatssekretärin", None)),
        (
            "mit Oberbürgermeister Daniel Schranz aus Oberhausen sowie",
            Person("Daniel Schranz", "Oberbürgermeister", "Oberhausen"),
        ),
        (
            "Der Regionalverband Ruhr (RVR) und RVR-Regionaldirektorin Karola Geiß-Netthöfel laden ein.",
            Person("Karola Geiß-Netthöfel", "Regionaldirektorin", "RVR"),
        ),
        (
            "auch Jürgen Franken, Vorsitzender der SPD-Kreistagsfraktion Kleve und SPD-Landratskandidat",
            Person("Jürgen Franken", "Vorsitzender", "SPD-Kreistagsfraktion Kleve"),
        ),
        (
            "so Sigrid Eicker, Vorsitzende der Kreis Klever SGK und stellv. Landrätin des Kreises Kleve.",
            Person("Sigrid Eicker", "Vorsitzende", "Kreis Klever SGK"),
        ),
        (
            "dass Thorsten Klute, Staatssekretär für Integration im Ministerium für Arbeit, Integration "
            "und Soziales des Landes Nordrhein-Westfalen auf Einladung",
            Person(
                "Thorsten Klute",
                "Staatssekretär für Integration",
                "Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen",
            ),
        ),
        (
            "und Prof. Dr. Hasan Alkas, Vorsitzender SPD-Arbeitsgemeinschaft Migration und Vielfalt "
            "im Kreis Kleve.",
            Person(
                "Prof. Dr. Hasan Alkas",
                "Vorsitzender",
                "SPD-Arbeitsgemeinschaft Migration und Vielfalt im Kreis Kleve",
            ),
        ),
        ("gemeinsam mit Landrat Wolfgang Spreen die Einrichtung", Person("Wolfgang Spreen", "Landrat", None)),
        ("sagt Fraktionsvorsitzende Anna Schmitz.", Person("Anna Schmitz", "Fraktionsvorsitzende", None)),
        (
            "erklärt die stellvertretende Bürgermeisterin Petra Meyer-Lüdenscheidt.",
            Person("Petra Meyer-Lüdenscheidt", "stellvertretende Bürgermeisterin", None),
        ),
    ],
)
def test_people_with_roles(text, person):
    assert find_people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "in das Foyer der Stadthalle Kleve, Lohstätte 7, herzlich ein.",
        "Die Veranstaltung findet in der Kaiser-Wilhelm-Straße 12 statt.",
        "Der Vorsitzende SPD-Arbeitsgemeinschaft Migration trifft sich.",
        "mit den beiden Staatssekretären, über Kommunale Integrationszentren",
        "Der Bürgermeister Kandidaten-Check beginnt.",
        "Die Sozialbeigeordneten aus den Städten des Ruhrgebiets",
    ],
)
def test_no_people_from_streets_venues_or_plain_nouns(text):
    assert find_people(text) == []


def test_people_are_deduplicated_by_name():
    text = (
        "Staatssekretär Thorsten Klute kommt. Thorsten Klute, Staatssekretär für Integration im Ministerium "
        "für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen spricht. "
        "Staatssekretär Dr. Thorsten Klute."
    )
    (person,) = find_people(text)
    assert person.name == "Dr. Thorsten Klute"
    assert person.organisation is not None
    assert person.organisation.startswith("Ministerium für Arbeit")


# --- parties and organisations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Die SPD-Kreistagsfraktion und die CDU", ["SPD", "CDU"]),
        ("BÜNDNIS 90/DIE GRÜNEN und Bündnis 90/Die Grünen und die Grünen", ["GRÜNE"]),
        ("Die Grünen-Fraktion lehnt ab.", ["GRÜNE"]),
        ("DIE LINKE und die Linkspartei", ["DIE LINKE"]),
        ("CDU/CSU-Fraktion", ["CDU", "CSU"]),
        ("FREIE WÄHLER und Freien Wähler, ÖDP, PIRATEN, Volt Deutschland, BSW, AfD, FDP", None),
        ("Ein Spaziergang im Grünen, der Grüne Punkt, die linke Hand, 230 Volt.", []),
        ("Die SPDler und die AfDisten", []),
    ],
)
def test_parties(text, parties):
    found = find_parties(text)
    if parties is None:
        assert set(found) == {"FREIE WÄHLER", "ÖDP", "PIRATEN", "Volt", "BSW", "AfD", "FDP"}
    else:
        assert found == parties


def test_organisations_best_effort():
    text = (
        "Thema der Sozialkonferenz, zu der der Regionalverband Ruhr (RVR) einlädt, mit Staatssekretär "
        "Dr. Markus Kerber aus dem Bundesinnenministerium."
    )
    assert find_organisations(text) == ["Regionalverband Ruhr (RVR)", "Bundesinnenministerium"]


# --- contacts ------------------------------------------------------------------------------


def test_press_contact_line():
    text = "Pressekontakt: RVR, Pressestelle, Barbara Klask, Telefon: 0201/2069-201, E-Mail: klask@rvr.ruhr"
    assert find_contacts(text) == [
        Contact("Barbara Klask", "RVR, Pressestelle", "klask@rvr.ruhr", "+492012069201")
    ]


def test_bare_emails_become_contacts_once():
    text = "Anmeldungen bitte an: thorsten-rupp@web.de\n\nNochmals: Thorsten-Rupp@web.de."
    assert find_contacts(text) == [Contact(email="thorsten-rupp@web.de")]


def test_contact_box_feeds_contacts():
    box = "Ansprechpartnerin: Lea Hinrichs, Telefon 0511 3030-4101, lea.hinrichs@example.de"
    assert find_contacts("Text ohne Kontakt.", [box]) == [
        Contact("Lea Hinrichs", None, "lea.hinrichs@example.de", "+4951130304101")
    ]


@pytest.mark.parametrize(
    ("raw", "e164"), [("0201/2069-201", "+492012069201"), ("+49 201 2069-0", "+4920120690"), ("18-20", None)]
)
def test_phone_numbers(raw, e164):
    assert normalise_phone(raw) == e164


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Oberhausen/Metropole Ruhr (idr). Integration vor Ort", ("Oberhausen/Metropole Ruhr", "idr")),
        ("Essen (dpa). Die Stadt", ("Essen", "dpa")),
        ("Berlin (dpa/lnw) - Der Bund", ("Berlin", "dpa/lnw")),
        ("KLEVE – Die SPD-Kreistagsfraktion", ("Kleve", None)),
        ("Kleve, 11.07.2023 – Für die kommenden Tage", ("Kleve", None)),
        ("Kleve. Die SPD lädt ein.", (None, None)),
        ("Die SGK (Kleve) lädt ein.", (None, None)),
        ("Regionalverband Ruhr (RVR). Der Verband", (None, None)),
    ],
)
def test_datelines(text, dateline):
    assert find_dateline(text) == dateline


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die Fraktion hat im Kreistag beantragt, dass die Buslinien auch am Wochenende fahren. Wir sind "
            "der Meinung, dass der Kreis hier mehr tun muss, und werden das Thema auch im Ausschuss für "
            "Mobilität auf die Tagesordnung setzen. Die Verwaltung hat zugesagt, bis zum Sommer einen "
            "Vorschlag vorzulegen, der mit den Verkehrsbetrieben abgestimmt ist.",
            "de",
        ),
        (
            "The council has agreed that the bus lines will run at weekends as well. The decision was taken "
            "after a long debate, and the operators have said that they would need more drivers for this. "
            "The first timetable with the new services is expected in the summer, and it has been welcomed "
            "by the groups that campaigned for it.",
            "en",
        ),
        (
            "De gemeenteraad heeft besloten dat de buslijnen ook in het weekend gaan rijden. Het besluit "
            "werd genomen na een lang debat en de vervoerders hebben gezegd dat ze daarvoor meer "
            "chauffeurs nodig hebben. De eerste dienstregeling met de nieuwe ritten wordt in de zomer "
            "verwacht.",
            "nl",
        ),
    ],
)
def test_language_shortcut_agrees_with_the_model(text, language):
    """Plain German and English are told by their function words without the model; anything
    else (and anything less clear) goes to the model, which must agree."""
    from crawler.extraction.language import _identifier, _obvious, detect_language

    assert detect_language(text) == language
    assert str(_identifier().classify(text[:800])[0]) == language
    assert _obvious(text[:800]) in (language, None)
