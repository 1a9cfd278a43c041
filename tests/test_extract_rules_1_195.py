"""Rules of rules-1.195, found with holdout batch CN (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_195: list[tuple[str, str, list[Row]]] = [
    (  # all languages: both parties as one speaker ("Обе стороны заявили"), not a person named "Обе"
        "ru",
        "Переговоры в Анкаре завершились. Обе стороны заявили, что обмен пленными состоится в марте.",
        [("Обе стороны", "indirect", "обмен пленными состоится в марте")],
    ),
    (
        "uk",
        "Консультації тривали два дні. Обидві сторони наголосили, що домовленості буде виконано.",
        [("Обидві сторони", "indirect", "домовленості буде виконано")],
    ),
    (
        "de",
        "Die Tarifrunde ist vertagt. Beide Seiten erklärten, man sei sich in vielen Punkten nähergekommen.",
        [("Beide Seiten", "indirect", "man sei sich in vielen Punkten nähergekommen")],
    ),
    (
        "en",
        "The talks in Doha ended late on Sunday. Both sides said the next round would take place in April.",
        [("Both sides", "indirect", "the next round would take place in April")],
    ),
    (  # the officials of two countries together are no single holder of the office named later
        "uk",
        "Міністри оборони обох країн у спільній заяві наголосили, що навчання триватимуть. Міністр оборони "
        "Раймундас Петраускас заявив, що до них долучаться 3000 військових.",
        [
            ("Міністри оборони обох країн", "indirect", "навчання триватимуть"),
            ("Раймундас Петраускас", "indirect", "до них долучаться 3000 військових"),
        ],
    ),
    (
        "ru",
        "Как говорится в совместном заявлении глав МИД двух стран, консультации продолжатся весной. Министр "
        "Сергей Рябов сообщил, что визит запланирован на май.",
        [
            ("глав МИД двух стран", "indirect", "консультации продолжатся весной"),
            ("Сергей Рябов", "indirect", "визит запланирован на май"),
        ],
    ),
    (  # de: a time between "hieß es" and its source ("…, hieß es anschließend aus dem Kanzleramt.")
        "de",
        "Der Präsident reiste nach Warschau. Man wolle die Zusammenarbeit ausbauen, hieß es anschließend aus dem "
        "Präsidialamt.",
        [("Präsidialamt", "indirect", "Man wolle die Zusammenarbeit ausbauen")],
    ),
    (
        "de",
        "Die Messe war gut besucht. Die Zahl der Aussteller sei gestiegen, hieß es am Abend aus der Messeleitung.",
        [("Messeleitung", "indirect", "Die Zahl der Aussteller sei gestiegen")],
    ),
    (  # en: a readout or a communique is its own source ("According to the Turkish readout, …")
        "en",
        "The two presidents spoke for an hour. According to the Turkish readout, they discussed grain exports.",
        [("Turkish readout", "indirect", "they discussed grain exports")],
    ),
    (
        "en",
        "The leaders agreed to reopen the border, according to a joint communique issued after the summit.",
        [("joint communique", "indirect", "The leaders agreed to reopen the border")],
    ),
    (  # "according to the report" still names no source, as before
        "en",
        "According to the report, prices rose by 4 percent.",
        [],
    ),
    (  # de: a question the speaker left open ("Wann …, ließ er offen.") continues no statement
        "de",
        "Die Feuerwehr sei mit 80 Kräften im Einsatz, sagte der Kreisbrandmeister. Wie lange die Sperrung dauern "
        "werde, ließ er offen.",
        [("der Kreisbrandmeister", "indirect", "Die Feuerwehr sei mit 80 Kräften im Einsatz")],
    ),
    (  # a question whose main clause is reported speech still continues it, as before
        "de",
        "Die Feuerwehr sei mit 80 Kräften im Einsatz, sagte der Kreisbrandmeister. Wie hoch der Schaden sei, "
        "werde derzeit geprüft.",
        [
            ("der Kreisbrandmeister", "indirect", "Die Feuerwehr sei mit 80 Kräften im Einsatz"),
            ("der Kreisbrandmeister", "indirect", "Wie hoch der Schaden sei, werde derzeit geprüft"),
        ],
    ),
    (  # de: "…, wies NAME zurück." makes NAME the subject that a following "er" means, and the sentence continues
        # no statement of the speaker before
        "de",
        "Landrat Uwe Brandt sagte, die Klinik bleibe offen. Ein Kassenvertreter sagte, das sei zu teuer. „Das "
        "zahlt niemand“, fügte er hinzu. Berichte, wonach Hannover die Förderung streichen wolle, wies Brandt "
        "zurück. „Wir sparen, wo wir können“, sagte er.",
        [
            ("Uwe Brandt", "indirect", "die Klinik bleibe offen"),
            ("Ein Kassenvertreter", "indirect", "das sei zu teuer"),
            ("Ein Kassenvertreter", "direct", "Das zahlt niemand"),
            ("Uwe Brandt", "direct", "Wir sparen, wo wir können"),
        ],
    ),
    (  # en: a verb of denial before "reports that" is no part of the speaker
        "en",
        "The embassy dismissed reports that the ambassador had been recalled.",
        [("The embassy", "indirect", "the ambassador had been recalled")],
    ),
    (  # "rejected claims that" gives no statement, as before
        "en",
        "The mayor rejected claims that the tender had been rigged.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_195)
def test_rules_1_195(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The kinds: "…kreisen" are unnamed sources (a group), a joint statement and a final document speak themselves
IDS_1_195: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "de",
        "Aus Fraktionskreisen verlautete, die Abstimmung werde verschoben.",
        [("Fraktionskreisen", "group")],
    ),
    (
        "de",
        "In Verhandlungskreisen hieß es, eine Einigung sei nah.",
        [("Verhandlungskreisen", "group")],
    ),
    (
        "de",
        "In dem nach dem Gipfel veröffentlichten Kommuniqué heißt es, die Grenzen blieben offen.",
        [("Kommuniqué", "organisation")],
    ),
    (
        "de",
        "In der gemeinsamen Erklärung heißt es, man wolle enger zusammenarbeiten.",
        [("Erklärung", "organisation")],
    ),
    (  # a person named Kreise stays a person
        "de",
        "Landrat Peter Kreise sagte, die Straße bleibe gesperrt.",
        [("Peter Kreise", "person")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_195)
def test_kinds_1_195(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
