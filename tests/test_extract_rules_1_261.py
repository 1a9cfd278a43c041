"""The rules found with blind batch DH (rules-1.261): wire stories of the dev set's kind (a Black Sea port attack
and war-risk insurance, a NATO summit's air-defence pledges, a corruption arrest in a defence ministry, a nuclear
plant's power line). Other sentences than the batch's; the guards keep what a rule must not do.

* ``coordination.de_perfect_subject``: a German perfect with a pronoun subject ("Er hatte im Landtag gesagt, …",
  "Noch im Mai hatte sie erklärt, …") is the pronoun's, not the adjunct's noun ("Landtag", "Mai").
* ``frames_de._DE_LEAD_ADVERBS``: "noch" opening a sentence is an adverbial, not a subject.
* ``lexicon_roles.CYR_ROLE_STEMS``: "генсек" is a role ("— отметил генсек.").
* ``lexicon_slavic``: the imperfective "запевняв"/"уверял" are cues; ``npclean._SLAVIC_LEAD_RE``: a season before
  the subject ("Летом он …", "Ще влітку він …") is no name.
* ``cyr_time.skip_time_before_body``: "сообщили в пятницу в ведомстве" is the body's, as without the weekday.
"""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract import extract_records


def _run(text: str, lang: str, title: str = "Headline") -> list[dict[str, Any]]:
    return list(extract_records([{"id": "t1261", "language": lang, "title": title, "text": text}]))


# (language, text, speaker, quote): the statement must be found with that speaker and exactly that quote
FOUND: list[tuple[str, str, str, str]] = [
    ("de", "Klaus Berndt leitet das Amt seit 2019. Er hatte im Landtag gesagt, die Kosten seien gedeckt.",
     "Klaus Berndt", "die Kosten seien gedeckt"),
    ("de", "Sabine Kroll führt die Kasse. Noch im Mai hatte sie vor Journalisten erklärt, das Defizit sei klein.",
     "Sabine Kroll", "das Defizit sei klein"),
    ("de", "Peter Lindner ist Bürgermeister. Am Dienstag hatte er im Rathaus betont, die Brücke werde saniert.",
     "Peter Lindner", "die Brücke werde saniert"),
    ("ru", "«Мы готовы к переговорам», — заявил генсек ОДКБ.", "генсек", "Мы готовы к переговорам"),
    ("uk", "«Рішення ухвалять до кінця року», — сказав генсекретар організації.", "генсекретар",
     "Рішення ухвалять до кінця року"),
    ("ru", "Поставки возобновятся в декабре, сообщили в пятницу в пресс-службе компании.", "пресс-службе",
     "Поставки возобновятся в декабре"),
    ("uk", "Рух поїздів відновлено, повідомили у вівторок в Укрзалізниці.", "Укрзалізниці",
     "Рух поїздів відновлено"),
    ("ru", "Движение по мосту открыто, сообщили вчера в мэрии.", "мэрии", "Движение по мосту открыто"),
    ("ru", "Ирина Соколова руководит фондом. Зимой она уверяла журналистов, что денег хватит.", "Ирина Соколова",
     "денег хватит"),
    ("uk", "Ірина Соколова керує фондом. Ще восени вона запевняла, що грошей вистачить.", "Ірина Соколова",
     "грошей вистачить"),
    ("ru", "Весной губернатор Иван Петров заявил, что дорогу отремонтируют.", "Иван Петров", "дорогу отремонтируют"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "quote"), FOUND)
def test_found_1_261(lang: str, text: str, speaker: str, quote: str) -> None:
    got = [(r["speaker"], r["quote"]) for r in _run(text, lang)]
    assert any(speaker in s and q == quote for s, q in got), got


# guards: (language, text, a speaker that must not be given)
NOT_SPEAKER: list[tuple[str, str, str]] = [
    ("de", "Klaus Berndt leitet das Amt seit 2019. Er hatte im Landtag gesagt, die Kosten seien gedeckt.", "Landtag"),
    ("de", "Sabine Kroll führt die Kasse. Noch im Mai hatte sie erklärt, das Defizit sei klein.", "Mai"),
    ("de", "Noch im Sommer hatte der Verband erklärt, die Lage sei stabil.", "Sommer"),
    ("ru", "Поставки возобновятся в декабре, сообщили в пятницу журналистам.", "пятницу"),
    ("ru", "Ирина Соколова руководит фондом. Зимой она уверяла журналистов, что денег хватит.", "Зимой"),
    ("uk", "Ірина Соколова керує фондом. Ще восени вона запевняла, що грошей вистачить.", "Ще"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker"), NOT_SPEAKER)
def test_not_speaker_1_261(lang: str, text: str, speaker: str) -> None:
    assert all(r["speaker"] != speaker for r in _run(text, lang))


# guards: a body subject of a German perfect and an object before the participle keep their reading
KEPT: list[tuple[str, str, str, str]] = [
    ("de", "Der Verband hatte am Montag erklärt, die Lage sei stabil.", "Verband", "die Lage sei stabil"),
    ("de", "Am Montag hatte der Verband erklärt, die Lage sei stabil.", "Verband", "die Lage sei stabil"),
    ("ru", "Поставки возобновятся в декабре, сообщило в субботу Министерство энергетики.", "Министерство энергетики",
     "Поставки возобновятся в декабре"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "quote"), KEPT)
def test_kept_1_261(lang: str, text: str, speaker: str, quote: str) -> None:
    got = [(r["speaker"], r["quote"]) for r in _run(text, lang)]
    assert any(speaker in s and q == quote for s, q in got), got


# guards: an imperfective cue with an object and no clause is no statement
def test_imperfective_without_clause_1_261() -> None:
    assert _run("Врачи долго уверяли пациента в обратном.", "ru") == []
