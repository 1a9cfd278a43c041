"""Rules of rules-1.88, found with holdout batch BD (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

_INTERVIEW = (
    "Die Hebamme Ute Kirchberg arbeitet seit 30 Jahren im Kreis Plön.\n"
    "Frage: Frau Kirchberg, wie viele Geburten betreuen Sie im Jahr?\n"
    "Kirchberg: Etwa sechzig. Früher waren es doppelt so viele.\n"
    "Frage: Die Kassen sagen, man müsse sparen. Stimmt das?\n"
    "Kirchberg: Gespart wird seit Jahren. Nur an uns."
)

RULES_1_88: list[tuple[str, str, list[Row]]] = [
    (  # de: an answer's label that reads as a place names the person named in full with it; no Konjunktiv
        # sentence on the interviewer's question line
        "de",
        _INTERVIEW,
        [
            ("Ute Kirchberg", "direct", "Etwa sechzig. Früher waren es doppelt so viele."),
            ("Ute Kirchberg", "direct", "Gespart wird seit Jahren. Nur an uns."),
        ],
    ),
    (  # de: a label that names nobody in the text stays no speaker
        "de",
        "Frage: Wie geht es weiter?\nHochland: Das weiß niemand.\nFrage: Und dann?\nHochland: Abwarten.",
        [],
    ),
    (  # en: British given names, so "she" after the next person's sentence is that person
        "en",
        "Ruth Carey said the ward would close. Maisie Holt, a nurse from Leeds, has worked nights there for "
        'ten years. "Nobody asked us," she said.',
        [("Ruth Carey", "indirect", "the ward would close"), ("Maisie Holt", "direct", "Nobody asked us")],
    ),
    (  # de: the role after "als" is no speaker, the body before it is
        "de",
        "Die Halle bleibt zu. Grund sei ein Wasserschaden, teilte die Gemeinde als Eigentümerin am Montag mit.",
        [("Gemeinde", "indirect", "Grund sei ein Wasserschaden")],
    ),
    (  # de: the same after a name
        "de",
        "Der Zug fällt aus. Ursache sei ein Defekt, sagte die Bahn als Betreiberin der Strecke.",
        [("Bahn", "indirect", "Ursache sei ein Defekt")],
    ),
    (  # de: a comparison with "als" stays the subject
        "de",
        "Mehr als 200 Anwohner sagten, sie seien dagegen.",
        [("Mehr als 200 Anwohner", "indirect", "sie seien dagegen")],
    ),
    (  # de: where the speaker lives is no part of the speaker
        "de",
        "Ein Rentner drei Häuser weiter meint, er höre die Glocken nicht mehr.",
        [("Ein Rentner", "indirect", "er höre die Glocken nicht mehr")],
    ),
    (  # de: "machte geltend" reports a claim
        "de",
        "Die Klägerin machte geltend, sie sei nie über die Kosten informiert worden.",
        [("Die Klägerin", "indirect", "sie sei nie über die Kosten informiert worden")],
    ),
    (  # de: the pluperfect with the subject's apposition
        "de",
        "Das Gericht wies die Klage ab. Der Vermieter, ein 61 Jahre alter Arzt, hatte geltend gemacht, die "
        "Miete sei zu niedrig.",
        [("ein 61 Jahre alter Arzt", "indirect", "die Miete sei zu niedrig")],
    ),
    (  # de: "geltend machen" with an object is no statement
        "de",
        "Der Verein macht Ansprüche geltend.",
        [],
    ),
    (  # de: a separable cue after a subject with its apposition
        "de",
        "Der Gemeinderat Jonas Weber (Grüne), der dafür gestimmt hatte, hielt dagegen, dass die Anlage leise sei.",
        [("Jonas Weber", "indirect", "die Anlage leise sei")],
    ),
    (  # uk: "звертає увагу, що" in the present
        "uk",
        "Лікар Олег Бойко звертає увагу, що щеплення треба робити восени.",
        [("Олег Бойко", "indirect", "щеплення треба робити восени")],
    ),
    (  # ru: the same
        "ru",
        "Юрист Андрей Панин обращает внимание, что договор нужно заверить у нотариуса.",
        [("Андрей Панин", "indirect", "договор нужно заверить у нотариуса")],
    ),
    (  # uk: with an object it is no statement
        "uk",
        "Лікар Олег Бойко звертає увагу на цю проблему.",
        [],
    ),
    (  # uk: an object before a present-tense verb, then "але" and the cue
        "uk",
        "Фермери ідею вітають, але кажуть, що грошей на техніку бракує.",
        [("Фермери", "indirect", "грошей на техніку бракує")],
    ),
    (  # ru: the same with a name
        "ru",
        "Депутат Иван Петров проект поддерживает, но считает, что денег на ремонт мало.",
        [("Иван Петров", "indirect", "денег на ремонт мало")],
    ),
    (  # ru: the listener in the dative after the cue is no speaker, "как …" no statement
        "ru",
        "Её тренер, мастер спорта Олег Рябов, рассказал нашему изданию, как готовил команду.",
        [],
    ),
    (  # ru: a speaker inside commas stays one
        "ru",
        "Отмена поездов, считает парламентарий, нарушает права пассажиров.",
        [("парламентарий", "indirect", "Отмена поездов, считает парламентарий, нарушает права пассажиров")],
    ),
    (  # ru: a frame after a colon
        "ru",
        "Сам спортсмен от интервью отказался: по словам тренера, он готовится к старту.",
        [("тренера", "indirect", "он готовится к старту")],
    ),
    (  # en: "according to" after a colon
        "en",
        "The match was called off: according to the club, the pitch was frozen.",
        [("the club", "indirect", "the pitch was frozen")],
    ),
    (  # ru: a pronoun's frame after a colon is left to the cue before it
        "ru",
        "Представитель банка объяснил это ценами: по его данным, кредиты подорожали на треть.",
        [("Представитель банка", "indirect", "по его данным, кредиты подорожали на треть")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_88)
def test_rules_1_88(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
