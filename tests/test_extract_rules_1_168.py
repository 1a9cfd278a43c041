"""Rules of rules-1.168: German, Ukrainian and Russian profession nouns head an unnamed speaker."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules as _run

DE = ["Epidemiologin", "Apotheker", "Physiker", "Psychiater", "Musiker", "Dirigent", "Notar", "Dolmetscherin"]
UK = ["вірусолог", "фармацевт", "кардіолог", "психолог", "священник", "пілот", "перекладачка", "пекар"]
RU = ["вирусолог", "фармацевт", "кардиолог", "психолог", "священник", "пилот", "переводчица", "пекарь"]


@pytest.mark.parametrize("noun", DE)
def test_german_profession_heads_an_unnamed_speaker(noun: str) -> None:
    article = "Die" if noun.endswith("in") else "Der"
    assert _run(f"{article} {noun} sagte, die Werte seien stabil.", "de") == [
        (f"{article} {noun}", "indirect", "die Werte seien stabil")
    ]


@pytest.mark.parametrize(("lang", "noun"), [("uk", n) for n in UK] + [("ru", n) for n in RU])
def test_slavic_profession_heads_an_unnamed_speaker(lang: str, noun: str) -> None:
    cue = "сказав" if lang == "uk" else "сказал"
    rows = _run(f"— Все під контролем, — {cue} {noun}.", lang)
    assert [(r[0].lower(), r[1]) for r in rows] == [(noun, "direct")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # guards: a surname that is a trade stays a name; adjectives and bodies of the trades are no people
        ("de", "Außenminister Joschka Fischer sagte, die Lage sei ernst.", "Joschka Fischer"),
        ("uk", "Пілотний проєкт стартує у травні, повідомили в міністерстві.", "міністерстві"),
        ("ru", "Консульство сообщило, что визы выдадут в срок.", "Консульство"),
    ],
)
def test_profession_guards(lang: str, text: str, speaker: str) -> None:
    rows = _run(text, lang)
    assert rows and all(speaker in r[0] for r in rows)
