"""The rules found with blind batch EM (rules-1.336): short German, Ukrainian and Russian wire stories of the dev
set's kind (a leaf-blower ban, fireworks zones, asparagus pickers, organ donation, zoo births, speed limits, a ski
resort on generators, e-scooters, a maths olympiad, postal tariffs, a bear, tulip prices, a resort tax, marketplace
fines, chocolate prices, a high-speed line, black ice, alcohol sales). Other sentences than the batch's; the guards
keep what each rule must not do.

* ``outlets.outlet_listener_at`` (in ``forward.parse_forward``): a news outlet in the dative closing the phrase
  after a Ukrainian/Russian cue ("— сказал глава авиакомпании ТАСС", "директор аэропорта «Известиям»") is the
  listener, not part of the speaker; not after a newsroom role, nor an outlet in the genitive or another name.
* ``personnames._run_name``: a role-like capitalised word right after a known first name is a surname ("УФНС
  Иван Лесников": "лесник" is a trade), not a title to drop from the end of the name.
* ``konjunktiv_bridge.now_weak_past``: "Derzeit/Zurzeit/Momentan/Gegenwärtig/Aktuell" and a verb in the weak past
  right after a statement ("Derzeit warteten …") is a Konjunktiv II continuing it; not a present tense ("Derzeit
  arbeiten …"), not after narration.
* ``plural_de.de_plural_group``: the subject of a singular "teilte … mit" that is an article and one capitalised
  noun no list names ("das Freibad", "die Messe") is a body; not a kin or role noun, not with other cues.
* ``holders.president_as_head`` (from ``antecedents.lead_role_holder``): a Ukrainian/Russian generic head of a
  body ("глава союза", "голова асоціації") is the one person introduced before as president of a body of that
  word; not a head of another body, not a person named only after the phrase.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_records
from extract_rule_helpers import run_rules as _run

RULES_1_336: list[tuple[str, str, list[Row]]] = [
    (  # an outlet in the dative after a role phrase listens
        "ru",
        "«Спрос на билеты упал вдвое», — сказал глава авиакомпании ТАСС.",
        [("глава авиакомпании", "direct", "Спрос на билеты упал вдвое")],
    ),
    (
        "ru",
        "«Спрос на билеты упал вдвое», — рассказал директор аэропорта «Известиям».",
        [("директор аэропорта", "direct", "Спрос на билеты упал вдвое")],
    ),
    (
        "uk",
        "«Квитки подорожчають», — сказав голова профспілки Укрінформу.",
        [("голова профспілки", "direct", "Квитки подорожчають")],
    ),
    (  # guard: a newsroom role completed by its outlet
        "ru",
        "«Мы не закроемся», — сказал главный редактор ТАСС.",
        [("главный редактор ТАСС", "direct", "Мы не закроемся")],
    ),
    (  # guard: an outlet in the genitive, a company's name
        "ru",
        "«Мы не закроемся», — сказал глава холдинга «Коммерсанта».",
        [("глава холдинга «Коммерсанта»", "direct", "Мы не закроемся")],
    ),
    (
        "ru",
        "«Мы не закроемся», — сказал глава компании «Газпром нефть».",
        [("глава компании «Газпром нефть»", "direct", "Мы не закроемся")],
    ),
    (  # a surname that is also a trade, after a first name and a body's acronym
        "ru",
        "Глава Ростовского УФНС Иван Лесников сообщил, что проверки продлятся месяц.",
        [("Иван Лесников", "indirect", "проверки продлятся месяц")],
    ),
    (  # guard: names after an acronym as before
        "uk",
        "Речник Одеської ОВА Сергій Коваль повідомив, що рух відновлено.",
        [("Сергій Коваль", "indirect", "рух відновлено")],
    ),
    (
        "de",
        "Bürgermeister Thomas Richter sagte, die Brücke bleibe gesperrt.",
        [("Thomas Richter", "indirect", "die Brücke bleibe gesperrt")],
    ),
    (  # an adverb of the present and the weak past: a Konjunktiv II going on with the statement
        "de",
        "Die Ausstellung sei ausverkauft, teilte das Museum mit. Derzeit warteten noch 400 Menschen auf Karten.",
        [
            ("Museum", "indirect", "Die Ausstellung sei ausverkauft"),
            ("Museum", "indirect", "Derzeit warteten noch 400 Menschen auf Karten"),
        ],
    ),
    (
        "de",
        "Die Reform sei überfällig, sagte die Ministerin. Zurzeit fehlten bundesweit rund 3.000 Lehrkräfte.",
        [
            ("die Ministerin", "indirect", "Die Reform sei überfällig"),
            ("die Ministerin", "indirect", "Zurzeit fehlten bundesweit rund 3.000 Lehrkräfte"),
        ],
    ),
    (  # guard: a present tense is the writer's
        "de",
        "Die Reform sei überfällig, sagte die Ministerin. Derzeit arbeiten 200 Menschen an dem Projekt.",
        [("die Ministerin", "indirect", "Die Reform sei überfällig")],
    ),
    (
        "de",
        "Die Reform sei überfällig, sagte die Ministerin. Derzeit halten sich 30 Urlauber auf der Insel auf.",
        [("die Ministerin", "indirect", "Die Reform sei überfällig")],
    ),
    (  # guard: no statement before it
        "de",
        "Der Zug fuhr um acht Uhr ab. Derzeit warteten noch 400 Menschen am Bahnsteig.",
        [],
    ),
    (  # the subject of "teilte … mit": a body no list names
        "de",
        "Das Becken sei undicht, teilte das Freibad am Montag mit.",
        [("Freibad", "indirect", "Das Becken sei undicht")],
    ),
    (
        "de",
        "Die Messe teilte mit, die Halle bleibe bis Juni geschlossen.",
        [("Messe", "indirect", "die Halle bleibe bis Juni geschlossen")],
    ),
    (  # guard: a kin noun is no body; another cue keeps its lists
        "de",
        "Das Becken sei undicht, teilte der Bruder mit.",
        [],
    ),
    (
        "de",
        "Das Becken sei undicht, sagte das Freibad.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_336)
def test_rules_1_336(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


_PRESIDENT_RU = (
    "Цены на сахар вырастут на 10%. Об этом заявил президент Союза производителей сахара Андрей Бодин.\n"
)
_PRESIDENT_UK = "Ціни на цукор зростуть на 10%. Про це заявив президент Асоціації цукровиків Андрій Бодня.\n"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", _PRESIDENT_RU + "«Мы ничего не можем сделать», — сказал глава союза.", "Андрей Бодин"),
        ("uk", _PRESIDENT_UK + "«Ми нічого не можемо зробити», — сказав голова асоціації.", "Андрій Бодня"),
        # guard: the head of another body
        ("ru", _PRESIDENT_RU + "«Мы ничего не можем сделать», — сказал глава компании.", "глава компании"),
    ],
)
def test_generic_head_is_the_president_of_that_body(lang: str, text: str, speaker: str) -> None:
    recs = linked_records(text, lang)
    assert [str(r["speaker"]) for r in recs][-1] == speaker
    assert len({str(r["speaker_id"]) for r in recs}) == (1 if speaker[0].isupper() else 2)


def test_generic_head_before_the_president_is_named_stays_unnamed() -> None:
    text = "«Мы ничего не можем сделать», — сказал глава союза. Об этом заявил президент Союза производителей сахара Андрей Бодин."
    recs = linked_records(text, "ru")
    assert [str(r["speaker"]) for r in recs] == ["глава союза"]
    assert str(recs[0]["speaker_id"]).startswith("U-")
