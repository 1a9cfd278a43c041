"""Rules of rules-1.132, found with holdout batch BU (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_132: list[tuple[str, str, list[Row]]] = [
    (  # en: "told this paper" is a listener before a that-less clause
        "en",
        "Shop owner Amir Khan, 45, who runs the corner store, told this paper he would not reopen.",
        [("Amir Khan", "indirect", "he would not reopen")],
    ),
    (
        "en",
        "Dana Price told this newspaper the landlord had ignored her letters.",
        [("Dana Price", "indirect", "the landlord had ignored her letters")],
    ),
    (  # en: a pronoun after "the paper" is the clause's subject, not part of the listener
        "en",
        "Dana Price told the paper she had ignored the letters.",
        [("Dana Price", "indirect", "she had ignored the letters")],
    ),
    (  # en: a bare plural subject opens a that-less clause after a cue that otherwise takes an object
        "en",
        "Union rep Mark Lane claimed cleaners had been asked to work unpaid overtime.",
        [("Mark Lane", "indirect", "cleaners had been asked to work unpaid overtime")],
    ),
    (
        "en",
        "Mayor Rita Holt insisted residents would be consulted before any change.",
        [("Rita Holt", "indirect", "residents would be consulted before any change")],
    ),
    (  # en: an object without an auxiliary after it stays an object
        "en",
        "Mayor Rita Holt warned residents about the floods on Monday.",
        [],
    ),
    (  # en: "Mrs Webb" after "Karen Webb" is her, so a pronoun after "Mrs Webb said …" finds her full name
        "en",
        'Nurse Karen Webb was on shift. Mrs Webb said the ward had run out of beds. "We did our best," she said.',
        [
            ("Karen Webb", "indirect", "the ward had run out of beds"),
            ("Karen Webb", "direct", "We did our best"),
        ],
    ),
    (  # en: with two men of that surname named before, the pronoun after "Mr Webb" is left as before ("Webb")
        "en",
        'Tom Webb and Paul Webb run the farm. Mr Webb said the harvest was late. "It rained," he said.',
        [("Tom Webb", "indirect", "the harvest was late"), ("Webb", "direct", "It rained")],
    ),
    (  # de: "nach eigenen Angaben" inside the sentence: the subject is the source
        "de",
        "Die Bergwacht musste nach eigenen Angaben zwei Wanderer vom Gipfel holen.",
        [("Bergwacht", "indirect", "Die Bergwacht musste zwei Wanderer vom Gipfel holen")],
    ),
    (
        "de",
        "Der Tierschutzverein hat nach eigenen Angaben 40 Katzen aufgenommen.",
        [("Tierschutzverein", "indirect", "Der Tierschutzverein hat 40 Katzen aufgenommen")],
    ),
    (  # de: a subject that is no speaker ("Der Mann") gives nothing
        "de",
        "Der Mann war nach eigenen Angaben zu schnell gefahren.",
        [],
    ),
    (  # de: a manner participle after an inverted cue's speaker ends the speaker phrase
        "de",
        "„Das war knapp“, sagte die 61-Jährige kopfschüttelnd.",
        [("die 61-Jährige", "direct", "Das war knapp")],
    ),
    (
        "de",
        "„Wir kommen wieder“, erklärte der Trainer abschließend.",
        [("der Trainer", "direct", "Wir kommen wieder")],
    ),
    (  # de: a genitive after the role stays in the speaker phrase
        "de",
        "„Wir kommen wieder“, sagte die Vorsitzende des Vereins.",
        [("die Vorsitzende des Vereins", "direct", "Wir kommen wieder")],
    ),
    (  # uk, ru: laughing after a quote and its dash is a cue
        "uk",
        "Марія Шевчук вийшла на пенсію.\n— Тепер маю час на онуків, — сміється жінка.",
        [("Марія Шевчук", "direct", "Тепер маю час на онуків")],
    ),
    (
        "ru",
        "Олег Попов вернулся домой.\n— Больше никаких командировок, — смеется он.",
        [("Олег Попов", "direct", "Больше никаких командировок")],
    ),
    (  # uk: laughing at something, without a quote, is no statement
        "uk",
        "Глядачі сміються з нового фільму.",
        [],
    ),
    (  # ru, uk: customs officers are people who speak
        "ru",
        "По данным таможенников, в машине нашли 300 килограммов икры.",
        [("таможенников", "indirect", "в машине нашли 300 килограммов икры")],
    ),
    (
        "uk",
        "За даними митників, у вантажівці знайшли 200 ящиків сигарет.",
        [("митників", "indirect", "у вантажівці знайшли 200 ящиків сигарет")],
    ),
    (  # ru, uk: a subject of up to five words before a mid-sentence source: the whole sentence is the statement
        "ru",
        "Школа на улице Мира, как рассказал директор, откроется в сентябре.",
        [("директор", "indirect", "Школа на улице Мира откроется в сентябре")],
    ),
    (
        "uk",
        "Новий корпус обласної лікарні, як повідомили в ОДА, добудують до зими.",
        [("ОДА", "indirect", "Новий корпус обласної лікарні добудують до зими")],
    ),
    (  # ru: a second clause after the source opens with a conjunction: the longer part, as before
        "ru",
        "Школу откроют уже в сентябре, как рассказал директор, а спортзал достроят весной следующего года.",
        [("директор", "indirect", "а спортзал достроят весной следующего года")],
    ),
    (  # uk: a man's surname in -ій reads back from the genitive in -ія
        "uk",
        "За словами тренера Андрія Кучерія, команда готова до матчу.",
        [("Андрій Кучерій", "indirect", "команда готова до матчу")],
    ),
    (  # uk: a surname in -я after a sonorant still reads back to -ь
        "uk",
        "За словами прем'єр-міністра Дениса Шмигаля, уряд готовий.",
        [("Денис Шмигаль", "indirect", "уряд готовий")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_132)
def test_rules_1_132(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def _ids(text: str, lang: str) -> list[tuple[str, str]]:
    doc = ArticleText(id="r1", text=text, title="", language=lang)
    return [(s.speaker, s.speaker_id) for s in extract_statements(doc)]


ACRONYMS_1_132: list[tuple[str, str, bool]] = [
    (  # uk: a body's acronym and its full name in one article are one speaker
        "uk",
        "Вогонь ліквідували до ранку, повідомили в Державній службі надзвичайних ситуацій. Постраждалих немає, "
        "зазначають у ДСНС.",
        True,
    ),
    (
        "en",
        "The North East Ambulance Service said two people were hurt. NEAS said both were stable.",
        True,
    ),
    (  # en: an acronym that is not the initials of the body quoted is another speaker
        "en",
        "The North East Ambulance Service said two people were hurt. The NHS said both were stable.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "same"), ACRONYMS_1_132)
def test_acronyms_1_132(lang: str, text: str, same: bool) -> None:
    ids = _ids(text, lang)
    assert len(ids) == 2
    assert (ids[0][1] == ids[1][1]) is same
