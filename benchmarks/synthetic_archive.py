"""A synthetic archive of N announcements for the scale benchmarks (``benchmarks/search_scale.py``,
``benchmarks/export_clusters_scale.py``).

The schema comes from the real migrations (the exact FTS5 index is written by its own triggers,
the German shadow index's FTS5 table by its triggers too). What is done in bulk instead of
through ``storage.search_index.rebuild``: the shadow rows (``search_keys``, ``search_stems``)
are written by the generator itself, with each distinct word's stem and compound heads computed
once (``storage.german.stems``/``parts`` of the word; the vocabulary is Zipf-limited to about
60,000 forms), because stemming 400 million words one at a time in Python took most of an hour.
The first rows are checked against ``search_index._rows`` (the code every archive write takes),
so the bulk path cannot drift from the real index. The build runs with
``journal_mode=OFF``/``synchronous=OFF`` (a crash leaves a broken file: it is rebuilt anyway)
and hands back a WAL archive like any other.

Text: German words with real inflection (nouns with their case and plural endings, verbs,
adjectives, compounds of two nouns), drawn from a Zipf distribution (s = 1.07) over about
60,000 word forms, function words first; 150–800 words per body (log-uniform), 5–12 per title;
500 sources (8 parties), publication dates uniform over 2005–2025, independent of the id (as
crawls store them). Not modelled: revisions (one per announcement in a real archive) and the full
record in ``announcements.data`` (kept small here), so real databases are larger.
"""

from __future__ import annotations

import json
import math
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from storage import german, search_index  # noqa: E402
from storage.api import Archive  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


NOUNS = _words("""
Kreistag Haushalt Antrag Fraktion Bürgermeister Schule Straße Verkehr Radweg Kita Stadt Gemeinde
Kreis Rat Ausschuss Sitzung Beschluss Verwaltung Förderung Projekt Zentrum Integration Umwelt Klima Energie
Wohnung Miete Arbeit Wirtschaft Unternehmen Handwerk Hafen Bahnhof Bus Linie Park Wald Wasser Abwasser Müll
Gebühr Steuer Kosten Mittel Zuschuss Land Bund Ministerium Minister Landrat Abgeordnete Partei Wahl Bürger
Bürgerin Verein Feuerwehr Polizei Sicherheit Ordnung Kultur Museum Theater Bibliothek Sport Halle Bad
Gesundheit Krankenhaus Pflege Senior Jugend Familie Kind Eltern Lehrer Ausbildung Hochschule Forschung
Digitalisierung Netz Breitband Planung Bebauung Gebiet Fläche Gewerbe Industrie Landwirtschaft Tourismus
Region Metropole Revier Ruhr Kohle Strukturwandel Zukunft Konferenz Veranstaltung Gespräch Termin Einladung
Sprechstunde Bericht Anfrage Stellungnahme Kritik Forderung Vorschlag Mehrheit Opposition Koalition Thema
Zeitraum Datum Gymnasium Firma Studium""")
VERBS = _words("""
fordern beantragen beschließen kritisieren begrüßen unterstützen ablehnen informieren einladen
diskutieren planen bauen fördern sanieren erweitern prüfen stärken sichern schaffen verbessern entwickeln
erklären betonen mitteilen vorstellen eröffnen besuchen treffen wählen stimmen erhalten investieren""")
ADJECTIVES = _words("""
neu kommunal regional öffentlich sozial wichtig klar schnell sicher grün digital gemeinsam
stark gut groß klein erst letzt weit hoch nachhaltig bezahlbar barrierefrei""")
FUNCTION = _words("""
der die das und in zu den von mit für auf ist im dem nicht ein eine als auch es an werden aus
er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor
zur bis mehr durch man sein wurde sei""")
NOUN_ENDINGS = ["", "s", "es", "e", "en", "n", "er", "ern"]
VERB_ENDINGS = ["en", "t", "te", "ten", "e", "st", "et"]
ADJ_ENDINGS = ["", "e", "en", "er", "es", "em"]
PARTIES = ["SPD", "CDU", "GRÜNE", "FDP", "DIE LINKE", "AfD", "BSW", "FREIE WÄHLER"]
CHUNK = 20_000
CHECKED = 300  # rows of the first chunk compared with search_index._rows
_INSERT = (
    "INSERT INTO announcements (id, source_id, url, url_key, title, published, lead, text, kind, "
    "language, event_start, content_hash, data, first_seen, last_seen, last_changed) "
    "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 'de', ?, ?, ?, ?, ?, ?)"
)
_KEYS = "INSERT INTO search_keys (key, id, source_id, kind) VALUES (?, ?, ?, ?)"
_STEMS = "INSERT INTO search_stems (key, title, lead, text, tags, parts) VALUES (?, ?, ?, ?, ?, ?)"


def vocabulary(rng: np.random.Generator) -> list[str]:
    forms: list[str] = []
    for noun in NOUNS:
        forms += [noun + e for e in NOUN_ENDINGS]
    for verb in VERBS:
        base = verb[:-2] if verb.endswith("en") else verb[:-1]
        forms += [base + e for e in VERB_ENDINGS]
    for adj in ADJECTIVES:
        forms += [adj + e for e in ADJ_ENDINGS]
    for a in NOUNS:
        for b in NOUNS:
            if a != b:
                forms += [a + b.lower(), a + b.lower() + "s", a + b.lower() + "en"]
    forms = sorted(set(forms))
    rng.shuffle(forms)
    return FUNCTION + forms


def zipf_probabilities(n: int, s: float = 1.07) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** s
    return weights / weights.sum()


def _sources(now: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for i in range(500):
        party = PARTIES[i % len(PARTIES)]
        out.append((f"src{i:03d}", f"Quelle {i}", f"{party} Ortsverein {i}", party, f"Region {i % 40}",
                    "Ortsverein" if i % 3 else "Kreistagsfraktion", "generic", now))  # fmt: skip
    return out


def _check(rows: list[tuple[Any, ...]], keys: list[tuple[Any, ...]], stems: list[tuple[Any, ...]]) -> None:
    """The bulk shadow rows must be what the archive's own indexing writes."""
    mappings = [
        {
            "id": r[0],
            "source_id": r[1],
            "title": r[4],
            "published": r[5],
            "lead": None,
            "text": r[6],
            "kind": r[7],
            "language": "de",
            "event_start": r[8],
        }
        for r in rows[:CHECKED]
    ]
    real_keys, real_stems = search_index._rows(mappings)
    want = [tuple(k.values()) for k in real_keys], [tuple(s.values()) for s in real_stems]
    if want != (keys[:CHECKED], stems[:CHECKED]):
        raise SystemExit(
            "the bulk shadow index differs from storage.search_index._rows: update the generator"
        )


def build(db: Path, n: int, seed: int = 7, index: bool = True) -> dict[str, float]:
    """Write ``n`` announcements (the exact FTS5 index through its triggers) and, unless
    ``index`` is false, their German shadow index rows in the same pass."""
    rng = np.random.default_rng(seed)
    words_list = vocabulary(rng)
    vocab = np.array(words_list, dtype=object)
    cumulative = np.cumsum(zipf_probabilities(len(vocab)))
    started = time.perf_counter()
    stem_of = np.array([german.stems(w) for w in words_list], dtype=object) if index else vocab
    heads_of = np.array([german.parts(w) for w in words_list], dtype=object) if index else vocab
    analyse_seconds = time.perf_counter() - started
    if db.exists():
        db.unlink()
    Archive(str(db)).close()  # schema through the migrations
    con = sqlite3.connect(db)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-200000", "temp_store=MEMORY"):
        con.execute(f"PRAGMA {pragma}")
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    sources = _sources(now)
    con.executemany(
        "INSERT INTO sources (id, name, organisation, party, region, level, family, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        sources,
    )
    first_day, last_day = date(2005, 1, 1).toordinal(), date(2025, 12, 31).toordinal()
    started = time.perf_counter()
    for base in range(0, n, CHUNK):
        size = min(CHUNK, n - base)
        lengths = np.exp(rng.uniform(math.log(150), math.log(800), size)).astype(int)
        title_lengths = rng.integers(5, 13, size)
        words = np.searchsorted(cumulative, rng.random(int(lengths.sum() + title_lengths.sum())))
        words = np.minimum(words, len(vocab) - 1)
        tokens, token_stems, token_heads = vocab[words], stem_of[words], heads_of[words]
        days = rng.integers(first_day, last_day + 1, size)
        src = rng.integers(0, 500, size)
        events = rng.random(size) < 0.15
        rows, keys, stems = [], [], []
        pos = 0
        for j in range(size):
            t_len, b_len = int(title_lengths[j]), int(lengths[j])
            title = " ".join(tokens[pos : pos + t_len])
            body_tokens = tokens[pos + t_len : pos + t_len + b_len]
            body = ". ".join(" ".join(body_tokens[k : k + 14]) for k in range(0, b_len, 14)) + "."
            i = base + j + 1
            day = date.fromordinal(int(days[j]))
            source = sources[int(src[j])]
            kind = "event" if events[j] else "press_release"
            data = {"source": source[0], "organisation": source[2], "party": source[3],
                    "region": source[4], "level": source[5], "people": [], "parties": [source[3]],
                    "contacts": [], "kind": kind}  # fmt: skip
            url = f"https://{source[0]}.example/presse/{i}"
            event = f"{day.isoformat()}T18:00" if events[j] else None
            rows.append((i, source[0], url, url, title, day.isoformat(), body, kind,
                         event, f"{i:064x}", json.dumps(data), now, now, now))  # fmt: skip
            if index:
                key = (day.toordinal() << search_index.KEY_SHIFT) | i
                tags = search_index.tags({"source_id": source[0], "kind": kind, "language": "de",
                                          "event_start": event})  # fmt: skip
                keys.append((key, i, source[0], kind))
                stems.append((key, " ".join(token_stems[pos : pos + t_len]), "",
                              " ".join(token_stems[pos + t_len : pos + t_len + b_len]), tags,
                              " ".join(filter(None, token_heads[pos : pos + t_len + b_len]))))  # fmt: skip
            pos += t_len + b_len
        if index and base == 0:
            _check(rows, keys, stems)
        con.executemany(_INSERT, rows)
        con.executemany(_KEYS, keys)
        con.executemany(_STEMS, stems)
        con.commit()
        if (base // CHUNK) % 10 == 0:
            print(f"  {base + size:,} announcements ({time.perf_counter() - started:.0f} s)", flush=True)
    load_seconds = time.perf_counter() - started
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("ANALYZE")
    con.close()
    Archive(str(db)).close()  # opens as any archive does: finds the index complete
    out = {"load_s": load_seconds, "size_bytes": db.stat().st_size}
    return out | ({"analyse_s": analyse_seconds, "index_in_load": 1.0} if index else {})
