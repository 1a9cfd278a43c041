"""The rules found with blind batch DS (rules-1.288): wire stories of the dev set's kind (a nuclear plant and a
dam inspected after strikes, children evacuated from frontline districts, a tank repair deal with a foreign firm,
sanctions evasion through third countries). Other sentences than the batch's; the guards keep what each rule must
not do.

* ``frames_inner.ukru_long_as_frame``: "Как рассказал журналистам <long role> <Name Patronymic Surname>, …" whose
  source runs past the 80 characters ``frames._UKRU_AS_RE`` looks at is a frame when it ends with a full name.
* ``answered.asked_person``: a pronoun after a verb of answering ("— ответил он", "he replied") is the person the
  question was put to in the sentence before ("Журналист спросил Лаптева, …"), not the person named last.
* ``leadroles.named_next``: a lead's role ("the special envoy said") is the person named in full at the
  start of the next paragraph with a role of the same head noun ("Envoy X told …") even when that role has a
  class (an envoy is a diplomat); another head noun ("Ambassador X") still is not.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements

LONG_AS_FRAMES: list[tuple[str, str, str, str]] = [
    (
        "Как сообщил корреспонденту агентства заместитель начальника областного управления дорожного хозяйства "
        "Павел Игоревич Смирнов, ремонт моста закончат в июне.",
        "ru",
        "Павел Игоревич Смирнов",
        "ремонт моста закончат в июне",
    ),
    (
        "Завод остановил линию. Как рассказала «Вестнику» председатель профсоюзного комитета металлургического "
        "комбината Елена Викторовна Громова, зарплату выплатят до пятницы.",
        "ru",
        "Елена Викторовна Громова",
        "зарплату выплатят до пятницы",
    ),
    (
        "Як повідомив журналістам заступник начальника обласного управління з питань цивільного захисту "
        "населення Олег Петренко, рятувальники працювали всю ніч.",
        "uk",
        "Олег Петренко",
        "рятувальники працювали всю ніч",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), LONG_AS_FRAMES)
def test_long_as_frame(text: str, lang: str, speaker: str, quote: str) -> None:
    got = _statements(text, lang)
    assert any(sp == speaker and q.startswith(quote) for sp, q in got), got


LONG_AS_GUARDS: list[tuple[str, str]] = [
    # a long body phrase, no person named in full: no frame of this rule (as before)
    (
        "Как сообщили в пресс-службе министерства строительства и жилищно-коммунального хозяйства Московской "
        "области, работы завершены.",
        "ru",
    ),
    # "Как и в прошлые годы, …": no cue, no frame
    (
        "Как и в прошлые годы, когда цены на зерно падали ниже себестоимости у большинства хозяйств Черноземья "
        "Курской области, фермеры ждут помощи.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "lang"), LONG_AS_GUARDS)
def test_long_as_guard(text: str, lang: str) -> None:
    assert _statements(text, lang) == []


ANSWERS: list[tuple[str, str, str, str]] = [
    (
        "Директор завода Пётр Ковалёв сказал, что цех восстановят. Министр энергетики Андрей Соловьёв подтвердил, "
        "что деньги выделены. Журналист спросил Ковалёва, хватит ли средств. «Пока хватает», — ответил он.",
        "ru",
        "Пётр Ковалёв",
        "Пока хватает",
    ),
    (
        "Директорка школи Ірина Бойко заявила, що заняття відновлять. Голова громади Марія Остапчук підтвердила, "
        "що укриття готове. Батьки запитали Бойко, коли повернуться вчителі. «Уже наступного тижня», — відповіла "
        "вона.",
        "uk",
        "Ірина Бойко",
        "Уже наступного тижня",
    ),
    (
        "Factory director Pierre Morel said the plant would reopen in May. Energy minister David Hale said the "
        'money had been found. A reporter asked Morel whether the funds were enough. "For now, yes," he replied.',
        "en",
        "Pierre Morel",
        "For now, yes",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), ANSWERS)
def test_answer_is_the_person_asked(text: str, lang: str, speaker: str, quote: str) -> None:
    got = _statements(text, lang)
    assert any(sp == speaker and q.startswith(quote) for sp, q in got), got


ANSWER_GUARDS: list[tuple[str, str, str, str]] = [
    # "said", not a verb of answering: the subject of the sentence before stays the speaker
    (
        "Factory director Pierre Morel said the plant would reopen in May. Energy minister David Hale said the "
        'money had been found. Morel asked Hale whether the funds were enough. "For now, yes," he said.',
        "en",
        "Pierre Morel",
        "For now, yes",
    ),
    # the person asked is a woman, the pronoun a man's: the man named before answers
    (
        "Директор завода Пётр Ковалёв сказал, что цех восстановят. Журналистка спросила Соловьёву, хватит ли "
        "средств. «Пока хватает», — ответил он.",
        "ru",
        "Пётр Ковалёв",
        "Пока хватает",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), ANSWER_GUARDS)
def test_answer_guard(text: str, lang: str, speaker: str, quote: str) -> None:
    got = _statements(text, lang)
    assert any(sp == speaker and q.startswith(quote) for sp, q in got), got


NAMED_NEXT: list[tuple[str, str, str]] = [
    # a lead's role whose head noun has a class (an envoy is a diplomat), named at the start of the next paragraph
    (
        "GENEVA (Holdout) - Talks on the water dispute will resume in March, the special envoy said on Monday.\n"
        "Envoy Tomas Berglund told reporters that both delegations had agreed to meet in Geneva.",
        "en",
        "Tomas Berglund",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), NAMED_NEXT)
def test_lead_role_named_next(text: str, lang: str, speaker: str) -> None:
    got = _statements(text, lang)
    assert got and all(sp == speaker for sp, _ in got), got


NAMED_NEXT_GUARDS: list[tuple[str, str, str]] = [
    # another head noun: the ambassador named next is not "the special envoy" of the lead
    (
        "GENEVA (Holdout) - Talks on the water dispute will resume in March, the special envoy said on Monday.\n"
        "Ambassador Tomas Berglund told reporters that both delegations had agreed to meet in Geneva.",
        "en",
        "the special envoy",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), NAMED_NEXT_GUARDS)
def test_lead_role_named_next_guard(text: str, lang: str, speaker: str) -> None:
    got = _statements(text, lang)
    assert got and got[0][0] == speaker, got
