"""The rules found with blind batch DO (rules-1.276): Ukrainian and Russian reported speech (Telegram and Facebook
posts, agencies citing agencies, impersonal bodies) and English and German articles citing Ukrainian and Russian
media. Other sentences than the batch's; the guards keep what each rule must not do.

* ``npclean``: a reply's adverbial after a Ukrainian or Russian subject ("У міністерстві на це відповіли",
  "В ведомстве по этому поводу заявили") is no part of the speaker.
* ``bodies.locative_body_before``: what "Там" stands for is the body named in the locative before, also after a
  capitalised adjective and with a Ukrainian feminine genitive ("В Українському інституті національної пам'яті"),
  and without the object of its reaction ("В інституті рішення привітали").
* ``question_lead``: the question put to a Ukrainian or Russian speaker before the subject, with commas of its own
  ("На вопрос, почему деньги, выделенные …, освоены …, министр X ответила, что …"), is no part of the subject.
* ``konjunktiv.de_second_predicate``: "X bestätigte Y, wollte sich aber nicht äußern": the refusal is the
  subject's second predicate, no reported clause.
* ``frames_de.DE_WIE_RE``: "Wie die Zeitung X unter Berufung auf Quellen berichtet, …": the outlet speaks.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements

REPLY_ADVERBIALS: list[tuple[str, str, str, str]] = [
    (
        "У міністерстві на це відповіли, що коштів на ремонт немає.",
        "uk",
        "міністерстві",
        "коштів на ремонт немає",
    ),
    (
        "У мерії з цього приводу заявили, що торги оголосять навесні.",
        "uk",
        "мерії",
        "торги оголосять навесні",
    ),
    (
        "В администрации на это ответили, что денег на ремонт нет.",
        "ru",
        "администрации",
        "денег на ремонт нет",
    ),
    (
        "В прокуратуре по этому поводу заявили, что проверка продолжается.",
        "ru",
        "прокуратуре",
        "проверка продолжается",
    ),
    ("Губернатор в ответ заявил, что деньги найдут.", "ru", "Губернатор", "деньги найдут"),
    # guard: a body's own words stay ("Комитет по делам молодёжи")
    (
        "В Комитете по делам молодёжи заявили, что лагерь откроют летом.",
        "ru",
        "Комитете по делам молодёжи",
        "лагерь откроют летом",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), REPLY_ADVERBIALS)
def test_reply_adverbial_is_no_part_of_the_speaker_1_276(
    text: str, lang: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in _statements(text, lang)


THERE: list[tuple[str, str, str]] = [
    (
        "В Державному агентстві відновлення рішення підтримали. Там зазначили, що роботи почнуться в травні.",
        "uk",
        "Державному агентстві відновлення",
    ),
    (
        "В Національній службі здоров'я ініціативу розкритикували. Там заявили, що лікарні не готові.",
        "uk",
        "Національній службі здоров'я",
    ),
    (
        "В обласній прокуратурі рішення підтримали. Там зазначили, що перевірка триває.",
        "uk",
        "обласній прокуратурі",
    ),
    (
        "В Министерстве транспорта эту информацию не подтвердили. Там заявили, что проверка продолжается.",
        "ru",
        "Министерстве транспорта",
    ),
    # guard: a body with no object after it keeps its genitive
    (
        "В управлінні освіти розпочали перевірку. Там повідомили, що вчителька відсторонена.",
        "uk",
        "управлінні освіти",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), THERE)
def test_there_is_the_body_in_the_locative_1_276(text: str, lang: str, speaker: str) -> None:
    assert [s for s, _q in _statements(text, lang)] == [speaker]


QUESTIONS: list[tuple[str, str, str, str]] = [
    (
        "На вопрос, почему школы, построенные по нацпроекту, до сих пор не открыты, глава района Олег Седов "
        "ответил, что не хватает учителей.",
        "ru",
        "Олег Седов",
        "не хватает учителей",
    ),
    (
        "На запитання журналістів, чому гроші, виділені на дороги, досі не освоєні, голова громади Марія "
        "Кравчук відповіла, що підрядник зірвав терміни.",
        "uk",
        "Марія Кравчук",
        "підрядник зірвав терміни",
    ),
    # guards: a short question and one with no comma of its own keep their speaker
    (
        "На вопрос о сроках министр Павел Лунин ответил, что мост откроют в мае.",
        "ru",
        "Павел Лунин",
        "мост откроют в мае",
    ),
    (
        "На запитання, чи буде відкрито школу, мер Іван Бойко відповів, що це залежить від укриття.",
        "uk",
        "Іван Бойко",
        "це залежить від укриття",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), QUESTIONS)
def test_question_before_the_subject_1_276(text: str, lang: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text, lang)


REFUSALS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Der Landrat bestätigte das Treffen, wollte sich zu Einzelheiten aber nicht äußern.", []),
    ("Die Sprecherin bestätigte den Brief, wollte ihn aber nicht kommentieren.", []),
    ("Die Polizei bestätigte den Einsatz, äußerte sich aber nicht zu den Hintergründen.", []),
    # guard: a second predicate that reports speech keeps it
    (
        "Der Landrat bestätigte das Treffen, sagte aber, die Kosten seien noch offen.",
        [("Der Landrat", "sagte aber, die Kosten seien noch offen")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_refusal_after_a_comma_is_no_statement_1_276(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text, "de") == expected


CITING: list[tuple[str, str]] = [
    (
        "Wie das Magazin „Der Spiegel“ unter Berufung auf Regierungskreise berichtet, soll die Steuer sinken.",
        "Spiegel",
    ),
    (
        "Wie die Zeitung „Kyiv Independent“ unter Berufung auf Quellen im Verteidigungsministerium berichtet, "
        "sollen die Lieferungen im Frühjahr beginnen.",
        "Kyiv Independent",
    ),
    # guard: a "wie" clause without a source cited keeps its subject
    ("Wie das Ministerium am Montag mitteilte, soll die Steuer sinken.", "Ministerium"),
]


@pytest.mark.parametrize(("text", "speaker"), CITING)
def test_outlet_citing_its_sources_speaks_1_276(text: str, speaker: str) -> None:
    speakers = [s for s, _q in _statements(text, "de")]
    assert len(speakers) == 1 and speaker in speakers[0]
