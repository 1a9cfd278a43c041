"""Rules of rules-1.4: sentence-final attributions with appositions, English clause shapes, and the rules found with holdout batch J (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

# Sentence-final attributions whose subject carries commas (extract/final.py).
FINAL_APPOSITIONS: list[tuple[str, list[Row]]] = [
    (  # name, then its role, then the cue
        "Rail traffic will resume on Friday, Olena Hrytsenko, the head of the railway, said on Monday.",
        [("Olena Hrytsenko", "indirect", "Rail traffic will resume on Friday")],
    ),
    (  # role, then the name
        "Fares will not rise this year, the city's transport director, Marek Novak, said.",
        [("Marek Novak", "indirect", "Fares will not rise this year")],
    ),
    (  # a relative clause between the speaker and the cue
        "The mill will close in March, the company, which employs 800 people, said.",
        [("the company", "indirect", "The mill will close in March")],
    ),
    (  # a participle aside
        "A deal is close, an official, speaking on condition of anonymity, said.",
        [("an official", "indirect", "A deal is close")],
    ),
    (  # a name opening the first of two asides, after a direct quote
        "“We will appeal,” Dana Whitfield, the mayor of Easton, a town of 9,000, said on Tuesday.",
        [("Dana Whitfield", "direct", "We will appeal")],
    ),
    (  # a role alone between commas
        "The talks were constructive, the ministry's spokeswoman, said.",
        [("the ministry's spokeswoman", "indirect", "The talks were constructive")],
    ),
    (  # a listener noun after "told"
        "The plant will shed 300 jobs, its chief executive Anna Berg told staff.",
        [("Anna Berg", "indirect", "The plant will shed 300 jobs")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINAL_APPOSITIONS)
def test_final_attribution_with_appositions(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


def test_the_role_of_an_apposition_resolves_a_later_role_phrase() -> None:
    text = (
        "Winter will be hard, Ihor Melnyk, the country's energy minister, said on Tuesday.\n"
        "“We are better prepared than a year ago,” the minister said."
    )
    assert [r[0] for r in _run(text, "en")] == ["Ihor Melnyk", "Ihor Melnyk"]


# rules-1.4: English clause shapes found missing by probing wire-style sentences.
CLAUSE_SHAPES: list[tuple[str, list[Row]]] = [
    (  # a cue that usually takes "that", followed by subject + auxiliary
        "Prime Minister Eva Lund insisted Norway would not change course.",
        [("Eva Lund", "indirect", "Norway would not change course")],
    ),
    (  # ... but an object after such a cue is no clause
        "The ministry warned the public to stay indoors.",
        [],
    ),
    (  # a listener between the cue and "that"
        "The airline warned passengers that delays would continue.",
        [("The airline", "indirect", "delays would continue")],
    ),
    (  # "estimates that": a verb, not a noun
        "The agency estimates that 40,000 homes lost power.",
        [("The agency", "indirect", "40,000 homes lost power")],
    ),
    (  # a clause coordinated with ", but"
        "The mayor declined to comment, but her deputy said the budget was balanced.",
        [("her deputy", "indirect", "the budget was balanced")],
    ),
    (  # a relative clause after an organisation is not part of its name
        "The regulator, which opened the inquiry in May, said the fines would be published.",
        [("The regulator", "indirect", "the fines would be published")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SHAPES)
def test_clause_shapes(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


# Rules found with blind holdout batch J (rules-1.4); fictional sentences, not the batch texts.
RULES_1_4: list[tuple[str, str, list[Row]]] = [
    (  # German: subjunctive sentences after a statement continue it, without a cue of their own
        "de",
        "Der Umsatz sei um vier Prozent gestiegen, sagte Firmenchefin Carla Weinert. Im Herbst werde ein neues "
        "Werk eröffnet. Die Nachfrage aus Asien bleibe stark.",
        [
            ("Carla Weinert", "indirect", "Der Umsatz sei um vier Prozent gestiegen"),
            ("Carla Weinert", "indirect", "Im Herbst werde ein neues Werk eröffnet"),
            ("Carla Weinert", "indirect", "Die Nachfrage aus Asien bleibe stark"),
        ],
    ),
    (  # … after a sentence whose subject is a person, and after a colon
        "de",
        "Landrat Günter Hoff lehnte den Plan ab: Der Kreis könne die Kosten nicht tragen. Hoff hält die "
        "Schließung für falsch. Die Klinik sichere die Versorgung von 40.000 Menschen.",
        [
            ("Günter Hoff", "indirect", "Der Kreis könne die Kosten nicht tragen"),
            ("Günter Hoff", "indirect", "Die Klinik sichere die Versorgung von 40.000 Menschen"),
        ],
    ),
    (  # narration in the past tense and conditionals without a statement before them are not statements
        "de",
        "Die Brücke wurde 1962 gebaut. Sie wäre ohne die Sanierung längst gesperrt worden.",
        [],
    ),
    (  # German "laut X" / "nach Einschätzung X" inside the sentence
        "de",
        "Die Zahl der Insolvenzen dürfte im Sommer nach Einschätzung der Handwerkskammer weiter steigen.",
        [
            (
                "Handwerkskammer",
                "indirect",
                "Die Zahl der Insolvenzen dürfte im Sommer nach Einschätzung der Handwerkskammer weiter steigen",
            )
        ],
    ),
    (  # "rief" as a cue; organisers as a speaker noun
        "de",
        "„Das ist ein schwarzer Tag für die Stadt“, rief die Abgeordnete Lea Brandt. Der Eintritt bleibe "
        "frei, teilten die Veranstalter mit.",
        [
            ("Lea Brandt", "direct", "Das ist ein schwarzer Tag für die Stadt"),
            ("die Veranstalter", "indirect", "Der Eintritt bleibe frei"),
        ],
    ),
    (  # English "As X reported, …"
        "en",
        "As the Financial Times reported last week, the bank is preparing to cut 2,000 jobs.",
        [("Financial Times", "indirect", "the bank is preparing to cut 2,000 jobs")],
    ),
    (  # a name modifying a lower-case body is no person; "it said" goes to "the agency" named before
        "en",
        "Grain exports rose by a fifth, the European Union statistics agency said. The agency expects a weaker "
        "harvest. Prices for bread, it said, would stay high.",
        [
            ("European Union statistics agency", "indirect", "Grain exports rose by a fifth"),
            ("European Union statistics agency", "indirect", "Prices for bread, it said, would stay high"),
        ],
    ),
    (  # a relative clause without commas inside the subject; "the paper says" as a parenthetical
        "en",
        "Sarah Quinn, a lawyer at the firm who was not involved in the case, said the ruling would be appealed. "
        "The union, the paper says, will strike in May.",
        [
            ("Sarah Quinn", "indirect", "the ruling would be appealed"),
            ("the paper", "indirect", "The union, the paper says, will strike in May"),
        ],
    ),
    (  # Ukrainian: a dative listener before the speaker; a connective before "як зазначив"
        "uk",
        "«Рейси відновлять у четвер», — сказав журналістам речник аеропорту Тарас Гнатюк. Водночас, як "
        "зазначив Гнатюк, частину рейсів перенесуть до Львова.",
        [
            ("Тарас Гнатюк", "direct", "Рейси відновлять у четвер"),
            ("Тарас Гнатюк", "indirect", "частину рейсів перенесуть до Львова"),
        ],
    ),
    (  # a call with an object and an infinitive; "за даними X" inside the sentence
        "uk",
        "Мер міста Петро Ковтун закликав водіїв не виїжджати на трасу. Третина доріг, за даними Укравтодору, "
        "досі вкрита снігом.",
        [
            ("Петро Ковтун", "indirect", "водіїв не виїжджати на трасу"),
            ("Укравтодору", "indirect", "Третина доріг, за даними Укравтодору, досі вкрита снігом"),
        ],
    ),
    (  # an imperfective cue after "Як"; a clock time is no colon
        "uk",
        "Як повідомляло видання «Гроші», ціни на хліб зросли на 12%. Мешканців закликали не виходити з 20:00 "
        "до 06:00.",
        [("видання «Гроші»", "indirect", "ціни на хліб зросли на 12%")],
    ),
    (  # Russian: an outlet as listener, then a role and an apposition with the name
        "ru",
        "«Спрос превзошел ожидания», — рассказал ТАСС директор фестиваля, кандидат искусствоведения Глеб "
        "Шарапов.",
        [("Глеб Шарапов", "direct", "Спрос превзошел ожидания")],
    ),
    (  # a role and a place before the name; "ученый" as a role noun resolves to the person just named
        "ru",
        "«Лед тает быстрее прогнозов», — рассказала гляциолог из Иркутска Вера Соколова. «Это надолго», — "
        "отметила ученая.",
        [
            ("Вера Соколова", "direct", "Лед тает быстрее прогнозов"),
            ("Вера Соколова", "direct", "Это надолго"),
        ],
    ),
    (  # "Об этом сообщается на сайте X" (an impersonal verb and a website): the previous sentence is X's
        "ru",
        "Музей изобразительных искусств закроется на ремонт до осени. Об этом сообщается на сайте музея.",
        [("музея", "indirect", "Музей изобразительных искусств закроется на ремонт до осени")],
    ),
    (  # "заметил" and "говорил" as cues
        "ru",
        "Министр Олег Панов заметил, что бюджет будет принят в срок.",
        [("Олег Панов", "indirect", "бюджет будет принят в срок")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_4)
def test_rules_1_4(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Regisseurin widmete den Preis ihrer Großmutter, deren Geschichte sie im Film erzählt."),
        ("en", "The museum returned the mask to the village, which its founders had described."),
        ("de", "Der Verband hatte den Streik angekündigt, Müller, der Vorsitzende, sagte nichts dazu."),
    ],
)
def test_a_clause_after_a_comma_is_no_final_attribution(lang: str, text: str) -> None:
    assert _run(text, lang) == []
