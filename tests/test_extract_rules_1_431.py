"""rules-1.431 (blind batch IDS30): a head or an MP named earlier in the article is a later role phrase of that
kind that shares no word with the title ("the port chief", "der Hafenchef", "очільник митників", "the MP"); a press
service of a body named by a region's adjective and an acronym ("пресс-служба Одесской ОГА") is that body, not a
role of its head."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records
from ingest.extract.speakers import analyze_np


def _ids(text: str, lang: str, *words: str) -> list[set[str]]:
    recs = linked_records(text, lang)
    return [{str(r["speaker_id"]) for r in recs if w in str(r["quote"])} for w in words]


@pytest.mark.parametrize(
    ("lang", "text", "same"),
    [
        (
            "en",
            'The director of the State Customs Service, Ivan Boiko, spoke in Odesa. "Trucks will wait less," '
            "Boiko said.\nThe customs chief said a new scanner would arrive in June. Port spokeswoman Iryna Lis said "
            "the queue had shortened.",
            True,
        ),
        (
            "en",
            'Ruling party MP Olena Savka voted against the bill. "It is a bad law," Savka told reporters.\n'
            "The MP said she had asked for a second reading. Speaker Petro Hai said the vote would be on Friday.",
            True,
        ),
        (
            "de",
            'Der Leiter der Hafenbehörde, Petro Danyljuk, besuchte das Terminal. "Wir öffnen am Montag", sagte '
            "Danyljuk.\nDer Hafenchef fügte hinzu, die Kräne seien unbeschädigt. Sprecherin Iryna Lis sagte, die "
            "Schlangen seien kürzer.",
            True,
        ),
        (
            "uk",
            "Голова Державної митної служби Іван Бойко відвідав Одесу. «Черги зменшаться», – сказав Бойко.\n"
            "Очільник митників додав, що новий сканер прибуде в червні. Речниця Ірина Лис повідомила, що черги "
            "скоротилися.",
            True,
        ),
        (
            "ru",
            "Командующий Воздушными силами Украины Иван Бойко выступил в Одессе. «Мы готовы», – сказал Бойко.\n"
            "Глава ведомства добавил, что новые радары прибудут в июне. Представитель ведомства Ирина Лис сообщила, "
            "что тревоги стали реже.",
            True,
        ),
        # left alone: two heads named before the phrase (which one?)
        (
            "en",
            'Port chief Ivan Boiko spoke first. "Trucks will wait less," Boiko said. The head of the rail company, '
            'Petro Danyliuk, agreed. "Trains will run," Danyliuk said.\nThe agency boss said a new scanner would '
            "arrive in June.",
            False,
        ),
        # left alone: a spokesperson named before a chief's phrase is no chief
        (
            "en",
            'Customs spokesman Ivan Boiko spoke in Odesa. "Trucks will wait less," Boiko said.\n'
            "The customs chief said a new scanner would arrive in June.",
            False,
        ),
        # left alone: a phrase naming a body by acronym ("голова ОВА") is not the head of another body
        (
            "uk",
            "Голова правління компанії Іван Бойко відвідав Одесу. «Черги зменшаться», – сказав Бойко.\n"
            "Голова ОВА додав, що новий сканер прибуде в червні.",
            False,
        ),
        # left alone: an office of the batch's office table (the mayor) is not the head named before
        (
            "uk",
            "Голова асоціації фермерів Тетяна Бойко відвідала Одесу. «Черги зменшаться», – сказала Бойко.\n"
            "Міський голова заявив, що новий сканер прибуде в червні.",
            False,
        ),
    ],
)
def test_head_named_before_1_431(lang: str, text: str, same: bool) -> None:
    first = "Trucks" if lang in ("en",) else ""
    if lang == "en" and "Savka" in text:
        first = "bad law"
    elif lang == "de":
        first = "Montag"
    elif lang == "uk":
        first = "Черги"
    elif lang == "ru":
        first = "готовы"
    later = {"en": "would arrive", "de": "Kräne", "uk": "сканер", "ru": "радары"}[lang]
    if "second reading" in text:
        later = "second reading"
    a, b = _ids(text, lang, first, later)
    assert a and b
    assert (a == b) is same


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        ("пресс-служба Одесской ОГА", "ru", "organisation"),
        ("пресслужба Харківської ОВА", "uk", "organisation"),
        ("прес-служба Львівської ОДА", "uk", "organisation"),
        # left alone: the head of that body, and a body by its region alone, are still roles
        ("глава Одесской ОГА", "ru", "role"),
        ("голова Харківської ОВА", "uk", "role"),
        ("Запорізької ОВА", "uk", "role"),
    ],
)
def test_press_service_of_regional_body_1_431(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind
