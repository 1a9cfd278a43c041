"""The rules found with blind batch DR (rules-1.283): Russian-heavy regional news (governors and mayors on
utilities and roads, court and business news, a Duma committee, the Kremlin's answers, an economist on the radio)
and English, German and Ukrainian articles of the same kind. Other sentences than the batch's; the guards keep
what each rule must not do.

* ``about_forms.ABOUT_THIS_RE``: "Заявление сделал X." / "Соответствующее заявление сделала X." / "Заяву зробив X."
  hand the sentence before to X, as "Такое заявление сделал X." did.
* ``dashline``: a Ukrainian or Russian quote whose attribution stands on the next line ("«…»,\\n— отметил он.")
  is attributed by it; a next line that opens a new reply ("— Отменять …") is not.
* ``signs``: a headline's words ("A headline in the paper read: "…"", "Die Schlagzeile lautete: „…“") are no
  one's statement.
* ``aux_de.de_own_predicate``: "Kessler hatte Geld für gelieferte, aber nicht bezahlte Pumpen gefordert." has no
  inverted attribution after its comma ("aber …", or a perfect participle with no auxiliary after the comma).
* ``bodies.locative_body_before``: what "Там" stands for keeps the name in quotes after the body noun
  ("У пресслужбі компанії «X» повідомили … Там наголосили …").
* ``lexicon``: "Leasing" and "lessor" name firms ("Nordic Leasing said", "the lessor said").
* ``resolve_phrases._company_just_quoted``: "its press service said" right after a body's statement is that body.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records as _records
from extract_rule_helpers import linked_statements as _statements

MADE_STATEMENTS: list[tuple[str, str, str, str]] = [
    (
        "Школы области перейдут на пятидневку с сентября. Заявление сделал министр образования Олег Суханов.",
        "ru",
        "Олег Суханов",
        "Школы области перейдут на пятидневку с сентября",
    ),
    (
        "Пошлины на зерно отменят. Соответствующее заявление сделала вице-премьер Анна Климова на форуме.",
        "ru",
        "Анна Климова",
        "Пошлины на зерно отменят",
    ),
    (
        "Тарифи на проїзд не зростуть до весни. Заяву зробив міський голова Петро Гнатюк.",
        "uk",
        "Петро Гнатюк",
        "Тарифи на проїзд не зростуть до весни",
    ),
    (
        "Ремонт лікарні завершать у червні. Таку заяву зробила міністерка Олена Ковальчук.",
        "uk",
        "Олена Ковальчук",
        "Ремонт лікарні завершать у червні",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), MADE_STATEMENTS)
def test_made_statement_hands_the_sentence_before_1_283(
    text: str, lang: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in _statements(text, lang)


NOT_MADE: list[tuple[str, str]] = [
    ("Тарифы вырастут. Заявление опубликовано на сайте ведомства.", "ru"),
    ("Тарифы вырастут. Заявление сделано в среду.", "ru"),
    ("Тарифи зростуть. Заяву подали до суду мешканці будинку.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_MADE)
def test_statement_noun_without_a_maker_is_no_frame_1_283(text: str, lang: str) -> None:
    assert _statements(text, lang) == []


DASH_LINES: list[tuple[str, str, str, str]] = [
    (
        "Директор завода Павел Орлов выступил на собрании.\n«Мы сохраним все рабочие места»,\n— сказал он.",
        "ru",
        "Павел Орлов",
        "Мы сохраним все рабочие места",
    ),
    (
        "Губернатор провёл совещание.\n«Дороги отремонтируют к лету»\n— пообещал глава региона Иван Зуев.",
        "ru",
        "Иван Зуев",
        "Дороги отремонтируют к лету",
    ),
    (
        "Директорка школи Марія Бойко зустрілася з батьками.\n«Уроки почнуться вчасно»,\n— запевнила вона.",
        "uk",
        "Марія Бойко",
        "Уроки почнуться вчасно",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), DASH_LINES)
def test_attribution_on_the_next_line_1_283(text: str, lang: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text, lang)


def test_next_line_reply_is_no_attribution_1_283() -> None:
    text = (
        "Ведущая спросила Павла Орлова о зарплатах.\n«Зарплаты вырастут».\n"
        "— Сокращений не будет, — ответил Орлов."
    )
    found = _statements(text, "ru")
    # (the bare surname takes the full name the article gave in the genitive, "Павла Орлова": rules-1.284)
    assert ("Павел Орлов", "Сокращений не будет") in found
    assert all("Орлов" not in s or q != "Зарплаты вырастут" for s, q in found)


HEADLINES: list[tuple[str, str]] = [
    (
        'The council said fares would rise. A headline in the weekly Harbour Gazette on Friday read: "Ferry '
        'fares to double".',
        "en",
    ),
    (
        "Der Verband sagte, er sei enttäuscht. Die Schlagzeile der Lokalzeitung lautete: „Stadt ohne Busse“.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), HEADLINES)
def test_headline_is_no_statement_1_283(text: str, lang: str) -> None:
    assert len(_statements(text, lang)) == 1


def test_statement_read_out_is_still_a_statement_1_283() -> None:
    text = (
        'The ministry said prices would stay flat. The statement read: "We will not raise prices this year."'
    )
    assert any(q.startswith("We will not raise prices") for _s, q in _statements(text, "en"))


OWN_PREDICATES: list[str] = [
    "Die Firma verlor. Kessler hatte rund zwei Millionen Euro für gelieferte, aber nicht bezahlte Ventile gefordert.",
    "Die Firma verlor. Die Stadt hatte mehr Geld für neue, aber teure Busse verlangt.",
]


@pytest.mark.parametrize("text", OWN_PREDICATES)
def test_coordinated_attribute_is_no_inverted_attribution_1_283(text: str) -> None:
    assert _statements(text, "de") == []


INVERTED: list[tuple[str, str, str]] = [
    ("Die Steuer müsse sinken, hatte der Verband gefordert.", "Verband", "Die Steuer müsse sinken"),
    (
        "Die Steuer müsse sinken, hat Verbandschef Peter Maier gesagt.",
        "Peter Maier",
        "Die Steuer müsse sinken",
    ),
    ("Die Steuer müsse sinken, verlangt der Verband.", "Verband", "Die Steuer müsse sinken"),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), INVERTED)
def test_inverted_attribution_kept_1_283(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text, "de")


THERE_NAMED: list[tuple[str, str]] = [
    (
        "У пресслужбі компанії «Водоресурс» повідомили, що аварію усунули. Там додали, що тиск відновлять увечері.",
        "uk",
    ),
    (
        "В пресс-службе компании «Теплосеть» заявили, что долг растёт. Там добавили, что готовы к диалогу.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "lang"), THERE_NAMED)
def test_there_keeps_the_quoted_name_1_283(text: str, lang: str) -> None:
    recs = _records(text, lang)
    assert len(recs) == 2 and recs[0]["speaker"] == recs[1]["speaker"] and "«" in str(recs[1]["speaker"])
    assert recs[0]["speaker_id"] == recs[1]["speaker_id"]


def test_there_without_a_name_unchanged_1_283() -> None:
    text = "В пресс-службе компании заявили, что долг растёт. Там добавили, что готовы к диалогу."
    assert [s for s, _q in _statements(text, "ru")] == ["пресс-службе компании", "пресс-службе компании"]


@pytest.mark.parametrize(
    "text", ["Nordic Leasing said it was satisfied.", "The lessor said it was satisfied."]
)
def test_leasing_firm_is_an_organisation_1_283(text: str) -> None:
    recs = _records(text, "en")
    assert len(recs) == 1 and recs[0]["speaker_type"] == "organisation"


def test_person_said_unchanged_1_283() -> None:
    recs = _records("Anna Leaser said she was satisfied.", "en")
    assert len(recs) == 1 and recs[0]["speaker_type"] == "person"


def test_quote_used_as_a_headline_is_kept_1_283() -> None:
    text = "The paper ran a profile. The piece used one of the farmer’s quotes as its headline: “We are not giving up.”"
    assert any(q.startswith("We are not giving up") for _s, q in _statements(text, "en"))


ITS_OFFICE: list[str] = [
    'Halvard Leasing said it would appeal. "The ruling ignores our contract," its press service said.',
    "Brightwater Foods said it had recalled the cheese. Its press office said no one had fallen ill.",
]


@pytest.mark.parametrize("text", ITS_OFFICE)
def test_its_press_office_is_the_body_just_quoted_1_283(text: str) -> None:
    recs = _records(text, "en")
    assert len(recs) == 2 and recs[0]["speaker_id"] == recs[1]["speaker_id"]


def test_its_press_office_after_a_person_unchanged_1_283() -> None:
    recs = _records('The mayor said the roads were fine. "We did our part," its press service said.', "en")
    assert len(recs) == 2 and recs[0]["speaker_id"] != recs[1]["speaker_id"]
