"""Rules of rules-1.48, found with holdout batch AR (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_48: list[tuple[str, str, list[Row]]] = [
    (  # ru: a role noun written with ё ("актёр", "режиссёр") is the role of the lists' е spelling
        "ru",
        "Актёр Павел Ермолаев вернулся на сцену после долгого перерыва. «Я скучал по зрителям», — сказал актёр.",
        [("Павел Ермолаев", "direct", "Я скучал по зрителям")],
    ),
    (
        "ru",
        "Режиссёр Марина Лосева представила новый фильм. «Съёмки шли почти три года», — рассказала режиссёр.",
        [("Марина Лосева", "direct", "Съёмки шли почти три года")],
    ),
    (  # de: any federation ending in "-bund" is a body, also in the genitive
        "de",
        "Nach Angaben des Kinderschutzbunds sind im vergangenen Jahr deutlich mehr Meldungen eingegangen.",
        [("Kinderschutzbund", "indirect", "sind im vergangenen Jahr deutlich mehr Meldungen eingegangen")],
    ),
    (
        "de",
        "Der Mieterbund teilte mit, die Nebenkosten seien um ein Viertel gestiegen.",
        [("Mieterbund", "indirect", "die Nebenkosten seien um ein Viertel gestiegen")],
    ),
    (  # en: a firm named by its trade ("Motors") is a body, so "she" in "Halden, she said," is not the firm
        "en",
        'Halden Motors said it would cut 900 jobs. "Demand for electric vans has stalled," said Laura Finch, an '
        "analyst at Corbel Securities. Halden, she said, had been too slow to cut costs.",
        [
            ("Halden Motors", "indirect", "it would cut 900 jobs"),
            ("Laura Finch", "direct", "Demand for electric vans has stalled"),
            ("Laura Finch", "indirect", "Halden, she said, had been too slow to cut costs"),
        ],
    ),
    (  # en: the subject of a cue inside an adverbial clause after the main clause
        "en",
        "Shares in Corbel Bank fell 6% on Monday after the lender said its profits would halve.",
        [("the lender", "indirect", "its profits would halve")],
    ),
    (  # en: ", but she did not say …" (a pronoun before the empty second predicate) ends the complement
        "en",
        "Mayor Ruth Adler said the pool would reopen in June, but she did not say what the repairs had cost.",
        [("Ruth Adler", "indirect", "the pool would reopen in June")],
    ),
    (  # ru: ", и поручил …" after the "что"-clause is the speaker's second predicate, not said
        "ru",
        "Глава района Олег Смирнов сообщил, что дорогу откроют к осени, и поручил подрядчику ускорить работы.",
        [("Олег Смирнов", "indirect", "дорогу откроют к осени")],
    ),
    (  # uk: the same with "і" and a feminine verb
        "uk",
        "Директорка лікарні Ганна Руденко повідомила, що відділення запрацює в березні, і подякувала волонтерам "
        "за допомогу.",
        [("Ганна Руденко", "indirect", "відділення запрацює в березні")],
    ),
    (  # ru: ", но …" may go on inside the clause ("пациентка … забыла"), so it is kept
        "ru",
        "Врач Анна Котова сказала, что пациентка приняла лекарство, но забыла о дозировке.",
        [("Анна Котова", "indirect", "пациентка приняла лекарство, но забыла о дозировке")],
    ),
    (  # de: "nach ihren Worten" inside the sentence: the whole sentence, by the pronoun's referent
        "de",
        "Die Bürgermeisterin Petra Lenz eröffnete die Sitzung. Im Haushalt fehlen nach ihren Worten rund 12 "
        "Millionen Euro.",
        [("Petra Lenz", "indirect", "Im Haushalt fehlen nach ihren Worten rund 12 Millionen Euro")],
    ),
    (  # de: "seinen Angaben zufolge" inside the sentence
        "de",
        "Der Kämmerer Jan Vogt legte den Bericht vor. Die Kosten seien seinen Angaben zufolge um ein Drittel "
        "gestiegen.",
        [("Jan Vogt", "indirect", "Die Kosten seien seinen Angaben zufolge um ein Drittel gestiegen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_48)
def test_rules_1_48(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brandvik Technologies said on Monday that it would close two plants in Ohio.",
        "The chipmaker said on Monday that it would close two plants in Ohio.",
    ],
)
def test_firms_named_by_trade_are_bodies(text: str) -> None:
    (st,) = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert st.speaker_type == "organisation"
