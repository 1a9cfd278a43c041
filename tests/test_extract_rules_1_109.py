"""Rules of rules-1.109, found with holdout batch BK (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_109: list[tuple[str, str, list[Row]]] = [
    # --- a clause before a negated cue is nobody's statement (the source declined to say it)
    ("uk", "Скільки людей евакуювали, у поліції не повідомили.", []),
    ("ru", "Когда возобновится движение, в мэрии не уточнили.", []),
    ("de", "Wie hoch der Schaden ist, teilte die Polizei nicht mit.", []),
    (  # not: a cue that is not negated, a negation inside the clause
        "ru",
        "Движение возобновится к вечеру, уточнили в мэрии.",
        [("мэрии", "indirect", "Движение возобновится к вечеру")],
    ),
    (
        "uk",
        "Причину аварії поки не встановили, повідомили в поліції.",
        [("поліції", "indirect", "Причину аварії поки не встановили")],
    ),
    (
        "de",
        "Der Schaden ist nicht versichert, teilte die Polizei mit.",
        [("Polizei", "indirect", "Der Schaden ist nicht versichert")],
    ),
    # --- an inspection's findings ("висновок", "акт", "заключение") as a document, its author or itself the source
    (
        "uk",
        "У висновку експертів йдеться, що міст потребує капітального ремонту.",
        [("експертів", "indirect", "міст потребує капітального ремонту")],
    ),
    (
        "ru",
        "В акте обследования говорится, что крыша протекает уже третий год.",
        [("акте обследования", "indirect", "крыша протекает уже третий год")],
    ),
    (  # the relative clause after the document is not its source
        "ru",
        "«Крыша требует полной замены», — говорится в заключении экспертизы, которую заказала мэрия.",
        [("экспертизы", "direct", "Крыша требует полной замены")],
    ),
    (  # not: a document with its author, as before
        "uk",
        "У заяві компанії йдеться, що ціни зростуть.",
        [("компанії", "indirect", "ціни зростуть")],
    ),
    # --- a quote with no cue, attributed by the sentence after it
    (
        "en",
        '"It was the worst night of my life." That is how Tom Reid describes the flood.',
        [("Tom Reid", "direct", "It was the worst night of my life.")],
    ),
    (
        "en",
        '"We will not be moved on this." Those were the words of Mary Kent, the union organiser.',
        [("Mary Kent", "direct", "We will not be moved on this.")],
    ),
    (
        "ru",
        "«Мы потеряли все, что было». Так фермер Иван Петров описывает последствия града.",
        [("Иван Петров", "direct", "Мы потеряли все, что было")],
    ),
    (
        "uk",
        "«Такого паводку ми ще не бачили». Так староста села Петро Бондар описує ситуацію.",
        [("Петро Бондар", "direct", "Такого паводку ми ще не бачили")],
    ),
    (
        "de",
        "„Es klang wie ein Güterzug.“ So beschreibt Anwohner Karl Weiß den Sturm.",
        [("Karl Weiß", "direct", "Es klang wie ein Güterzug.")],
    ),
    (  # not: "That is how" with no one who describes
        "en",
        '"We have done nothing wrong at all." That is how the system works.',
        [("", "direct", "We have done nothing wrong at all.")],
    ),
    # --- the head of another body is not the head named before
    (
        "ru",
        "Директор школы Петр Котов рассказал, что занятия отменили.\nГлава района заявил, что автобусы пустят в обход.",
        [
            ("Петр Котов", "indirect", "занятия отменили"),
            ("Глава района", "indirect", "автобусы пустят в обход"),
        ],
    ),
    (
        "uk",
        "Директор ліцею Олег Ткач розповів, що уроки скасували.\nГолова громади заявив, що автобуси підуть в об'їзд.",
        [
            ("Олег Ткач", "indirect", "уроки скасували"),
            ("Голова громади", "indirect", "автобуси підуть в об'їзд"),
        ],
    ),
    (  # not: the head of the same body
        "ru",
        "Директор компании «Вектор» Иван Седов рассказал, что завод закроют.\nГлава компании заявил, что рабочих переведут.",
        [("Иван Седов", "indirect", "завод закроют"), ("Иван Седов", "indirect", "рабочих переведут")],
    ),
    # --- German: a body named in apposition to a descriptive subject; someone described by a noun and a place
    (
        "de",
        "Der Eigentümer des Hotels, die Alpina Hotels AG, teilte mit, man werde die Gäste entschädigen.",
        [("Alpina Hotels AG", "indirect", "man werde die Gäste entschädigen")],
    ),
    (
        "de",
        "Ein Schäfer aus Wernigerode sagte, er habe drei Tiere verloren.",
        [("Ein Schäfer", "indirect", "er habe drei Tiere verloren")],
    ),
    (  # not: a body from a place, a person's name in apposition
        "de",
        "Ein Unternehmen aus Bremen teilte mit, man werde klagen.",
        [("Ein Unternehmen", "indirect", "man werde klagen")],
    ),
    (
        "de",
        "Der Bürgermeister der Stadt, Peter Lindqvist, sagte, man prüfe das.",
        [("Peter Lindqvist", "indirect", "man prüfe das")],
    ),
    # --- a body's name that joins two genitives with "і"/"та"/"и"; a Ukrainian council in its case forms
    (
        "uk",
        "Тарифи не зміняться, повідомили в Міністерстві культури та стратегічних комунікацій.",
        [("Міністерстві культури та стратегічних комунікацій", "indirect", "Тарифи не зміняться")],
    ),
    (  # not: two bodies
        "uk",
        "Ціни зростуть, повідомили в міністерстві і поліції.",
        [("міністерстві", "indirect", "Ціни зростуть")],
    ),
    (
        "uk",
        "За даними обласної ради, ремонт коштуватиме 40 мільйонів гривень.",
        [("обласної ради", "indirect", "ремонт коштуватиме 40 мільйонів гривень")],
    ),
    (  # not: an adviser ("радник") is a person
        "uk",
        "Радник міністра заявив, що ремонт затягнеться.",
        [("Радник міністра", "indirect", "ремонт затягнеться")],
    ),
    # --- "It said" after a sentence opening with a body named in apposition
    (
        "en",
        "The regulator said it was monitoring the situation. The operator, Northern Rail, cancelled 40 trains. "
        "It said the strike would last two days.",
        [
            ("The regulator", "indirect", "it was monitoring the situation"),
            ("Northern Rail", "indirect", "the strike would last two days"),
        ],
    ),
    (  # not: a person in apposition
        "en",
        "The council said the road was safe. The head teacher, Anna Price, apologised. It said the costs were agreed.",
        [
            ("The council", "indirect", "the road was safe"),
            ("The council", "indirect", "the costs were agreed"),
        ],
    ),
    # --- German: Konjunktiv after "<Objekt> nannte <Titel Name> „…“"
    (
        "de",
        "Den Vorschlag der Stadt nannte Elternsprecherin Jana Busch „realitätsfern“.\nViele Familien hätten keine Alternative.",
        [("Jana Busch", "indirect", "Viele Familien hätten keine Alternative")],
    ),
    # --- German: an indicative clause before a colon and a quote is the writer's
    (
        "de",
        "Der Handelsverband Rheinhessen befürchtet Einbußen: „Gerade die Kunden aus dem Umland bleiben jetzt weg“, "
        "sagte Geschäftsführer Tim Roth.",
        [("Tim Roth", "direct", "Gerade die Kunden aus dem Umland bleiben jetzt weg")],
    ),
    # --- German: "fordert X, mindestens aber Y" has no reported clause
    ("de", "Die Gewerkschaft verlangt zwölf Prozent mehr Gehalt, mindestens aber 400 Euro.", []),
    (  # not: a clause that opens with "mindestens"
        "de",
        "Der Verband sagte, mindestens 300 Betriebe seien betroffen.",
        [("Verband", "indirect", "mindestens 300 Betriebe seien betroffen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_109)
def test_rules_1_109(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
