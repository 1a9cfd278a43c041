"""The rules found with blind batch DU (rules-1.290): Ukrainian-heavy news (a rector and the education minister, a
mayor's evening address, NABU and a customs official, the state budget, an opera's return to its stage, a petition)
and English, German and Russian articles of the same kind. Other sentences than the batch's; the guards keep what
each rule must not do.

* ``about._ABOUT_HEAD_RE``: "Таку інформацію у вечірньому зверненні оприлюднив X." / "Такую информацию … сообщил X."
  hand the sentence before to X with adjuncts before the cue, as "Такі дані … оприлюднила X" did; and a negated cue
  ("Про це в уряді поки не повідомляли.") hands it to nobody.
* ``lexicon_roles.CYR_FEMALE_ROLE_RE``: a feminine role noun in an oblique case ("За словами нардепки", "очільниці",
  "директорки") is a woman's, never the man named after it.
* ``signs``: the text of a bill, a law or a petition quoted after an impersonal cue ("У законопроєкті №… зазначено:
  «…»", "У тексті петиції йдеться: «…»") is no one's statement.
* ``appositions.ends_with_name``: an age before the name of an apposition ("said one of them, 19-year-old X Y.")
  names the speaker.
* ``listeners_slavic.drop_loc_listener`` and ``scarequotes.name_quote_end``: a listener between a body in the locative
  and the cue ("В ассоциации «X» «Коммерсанту» сообщили", "В управлении МЧС изданию сообщили") is no part of the
  body; a name in quote marks right after another one is a name, not a quote.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements

SUCH_INFORMATION: list[tuple[str, str, str, str]] = [
    (
        "Тарифи на тепло в Полтаві не зростуть до весни. Таку інформацію на брифінгу оприлюднив міський голова "
        "Андрій Карпенко.",
        "uk",
        "Андрій Карпенко",
        "Тарифи на тепло в Полтаві не зростуть до весни",
    ),
    (
        "Школи області перейдуть на дистанційне навчання з понеділка. Таку інформацію у своєму телеграм-каналі "
        "повідомила начальниця ОВА Оксана Мельник.",
        "uk",
        "Оксана Мельник",
        "Школи області перейдуть на дистанційне навчання з понеділка",
    ),
    (
        "Автобусы на левый берег пустят с субботы. Такую информацию в вечернем обращении сообщил мэр Игорь Савин.",
        "ru",
        "Игорь Савин",
        "Автобусы на левый берег пустят с субботы",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), SUCH_INFORMATION)
def test_such_information_after_adjuncts(text: str, lang: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text, lang)


NEGATED_ABOUT: list[tuple[str, str]] = [
    ("Тарифи на тепло в Полтаві не зростуть до весни. Таку інформацію в мерії поки не підтвердили.", "uk"),
    ("Тарифи на тепло в Полтаві не зростуть до весни. Про це в уряді поки не повідомляли.", "uk"),
    ("Автобусы на левый берег пустят с субботы. Об этом в мэрии пока не сообщали.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NEGATED_ABOUT)
def test_negated_about_is_nobodys(text: str, lang: str) -> None:
    assert _statements(text, lang) == []


def test_affirmed_about_after_body_stays() -> None:
    text = "Тарифи на тепло в Полтаві не зростуть до весни. Про це в уряді повідомили журналістам."
    assert [q for _s, q in _statements(text, "uk")] == ["Тарифи на тепло в Полтаві не зростуть до весни"]


FEMININE_ROLES: list[tuple[str, str, str, str]] = [
    (
        "Голова фракції Марія Гнатюк написала у Facebook, що фракція не голосуватиме. За словами нардепки, "
        "зміни до кодексу треба доопрацювати.\nНародний депутат Петро Савчук вважає, що кодекс готовий.",
        "uk",
        "зміни до кодексу треба доопрацювати",
        "Петро Савчук",
    ),
    (
        "Директорка ліцею Ганна Шевчук розповіла, що ремонт завершать у грудні. На думку директорки, батьки "
        "мають знати про кошторис.\nДиректор департаменту освіти Ігор Мельник вважає, що кошторис відкритий.",
        "uk",
        "батьки мають знати про кошторис",
        "Ігор Мельник",
    ),
]


@pytest.mark.parametrize(("text", "lang", "quote", "not_speaker"), FEMININE_ROLES)
def test_feminine_role_is_not_the_man_named_after(text: str, lang: str, quote: str, not_speaker: str) -> None:
    got = dict((q, s) for s, q in _statements(text, lang))
    assert quote in got and got[quote] != not_speaker


def test_masculine_role_form_stays_open() -> None:
    text = "Депутат Олег Бойко заявив, що бюджет ухвалять. За словами депутата, дефіциту не буде."
    assert ("Олег Бойко", "дефіциту не буде") in _statements(text, "uk")


def test_vice_prefix_is_no_feminine_ending() -> None:
    """ "вице-премьера": the prefix "вице" ends like a feminine oblique form ("-ице") but stands before a hyphen."""
    text = (
        "Об этом журналистам сообщил вице-премьер Пётр Громов. По словам вице-премьера, решение примут в "
        "декабре."
    )
    assert ("Пётр Громов", "решение примут в декабре") in _statements(text, "ru")


LEGAL_TEXTS: list[tuple[str, str]] = [
    (
        "Нардеп Олег Бойко вважає, що зміни потрібні.\nУ законопроєкті №10231 зазначено: «Дозволити місцевим "
        "радам встановлювати тарифи на проїзд самостійно».",
        "uk",
    ),
    (
        "Автор ініціативи Ірина Мазур вважає, що її підтримають.\nУ тексті петиції йдеться: «Просимо повернути "
        "нічні рейси трамваїв на лівий берег».",
        "uk",
    ),
    (
        "Депутат Олег Бойко считает, что поправки нужны.\nВ законопроекте говорится: «Разрешить регионам "
        "самостоятельно устанавливать тарифы на проезд».",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "lang"), LEGAL_TEXTS)
def test_legal_text_is_nobodys_quote(text: str, lang: str) -> None:
    quotes = [q for _s, q in _statements(text, lang)]
    assert len(quotes) == 1 and "«" not in text[text.find(quotes[0]) - 2 : text.find(quotes[0])]


def test_letter_quote_still_attributed() -> None:
    text = (
        "Міністр Олег Бойко вважає, що рейси повернуть.\nУ листі міністра йдеться: «Просимо відновити рейси»."
    )
    assert "Просимо відновити рейси" in [q for _s, q in _statements(text, "uk")]


AGED_APPOSITION: list[tuple[str, str]] = [
    (
        'Hundreds queued outside the stadium. "I have waited since May," said one of them, 23-year-old Oksana '
        "Hrytsenko.",
        "Oksana Hrytsenko",
    ),
    ('Fans lined the road. "We came at dawn," said one fan, 41-year-old Mark Dunleavy.', "Mark Dunleavy"),
]


@pytest.mark.parametrize(("text", "speaker"), AGED_APPOSITION)
def test_aged_name_in_apposition(text: str, speaker: str) -> None:
    assert [s for s, _q in _statements(text, "en")] == [speaker]


def test_aged_role_apposition_keeps_name() -> None:
    text = 'Fans lined the road. "We came at dawn," said Anna Bell, 34-year-old mother of two.'
    assert [s for s, _q in _statements(text, "en")] == ["Anna Bell"]


LOC_LISTENERS: list[tuple[str, str, str]] = [
    (
        "Цены на хлеб вырастут. В ассоциации «Пекари Урала» «Коммерсанту» сообщили, что мука подорожала на 12%.",
        "ru",
        "ассоциации «Пекари Урала»",
    ),
    (
        "Цены на хлеб вырастут. В Минсельхозе журналистам сообщили, что мука подорожала на 12%.",
        "ru",
        "Минсельхозе",
    ),
    (
        "Ціни на хліб зростуть. В асоціації «Пекарі Поділля» «Холдауту» повідомили, що борошно подорожчало.",
        "uk",
        "асоціації «Пекарі Поділля»",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), LOC_LISTENERS)
def test_listener_after_locative_body(text: str, lang: str, speaker: str) -> None:
    assert [s for s, _q in _statements(text, lang)] == [speaker]


def test_ukrainian_genitive_name_stays_in_body() -> None:
    text = "Ціни на газ зростуть. У правлінні «Нафтогазу» повідомили, що тарифи переглянуть."
    assert [s for s, _q in _statements(text, "uk")] != ["правлінні"]
