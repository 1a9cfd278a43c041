"""Rules of rules-1.236, found with holdout batch DA (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.mentions import scan_mentions

RULES_1_236: list[tuple[str, str, list[Row]]] = [
    (  # given names of Central and Eastern Europe and the Baltic: "Ilona", "Tiina", "Vesna" start a name (a
        # surname that ends like a German noun, "-ik", was no name after an unknown first name)
        "de",
        "„Wir bleiben hier“, sagte Ilona Kalnik.",
        [("Ilona Kalnik", "direct", "Wir bleiben hier")],
    ),
    (  # de: "Kommissar(in)" is a role before a name, also in a compound ("EU-Agrarkommissar")
        "de",
        "„Die Gespräche sind schwierig“, sagte Kommissarin Tiina Rebane am Dienstag in Brüssel.",
        [("Tiina Rebane", "direct", "Die Gespräche sind schwierig")],
    ),
    (
        "de",
        "„Das Geld reicht nicht“, sagte EU-Agrarkommissar Jonas Wirtanik.",
        [("Jonas Wirtanik", "direct", "Das Geld reicht nicht")],
    ),
    (  # de: "die Ombudsfrau" is the "Menschenrechtsbeauftragte" named before (one role class)
        "de",
        "Die Zahl der Beschwerden sei gestiegen, sagte die Menschenrechtsbeauftragte der Stadt, Petra Lange. "
        "„Viele wissen nicht, wohin“, sagte die Ombudsfrau.",
        [
            ("Petra Lange", "indirect", "Die Zahl der Beschwerden sei gestiegen"),
            ("Petra Lange", "direct", "Viele wissen nicht, wohin"),
        ],
    ),
    (  # … but not a man for a woman: "der Ombudsmann" stays unnamed
        "de",
        "Die Zahl der Beschwerden sei gestiegen, sagte die Menschenrechtsbeauftragte der Stadt, Petra Lange. "
        "„Viele wissen nicht, wohin“, sagte der Ombudsmann.",
        [
            ("Petra Lange", "indirect", "Die Zahl der Beschwerden sei gestiegen"),
            ("der Ombudsmann", "direct", "Viele wissen nicht, wohin"),
        ],
    ),
    (  # en: "the ombudswoman" after a "human rights commissioner" is still the woman named just before
        "en",
        "Moldova's human rights commissioner, Ana Rusu, welcomed the law. The ombudswoman said her office would "
        "open two new desks.",
        [("Ana Rusu", "indirect", "her office would open two new desks")],
    ),
    (  # ru: "Гендиректор" is a role, so the foreign name after it is a subject for "он"
        "ru",
        "Директор школы Олег Петров заявил, что занятия отменят. Гендиректор агентства Томас Беккер назвал "
        "ситуацию «сложной». «Мы справимся», — отметил он.",
        [("Олег Петров", "indirect", "занятия отменят"), ("Томас Беккер", "direct", "Мы справимся")],
    ),
    (  # ru/uk: "в сообщении министерства" is the ministry quoted before by its short name and country
        "ru",
        "Минобороны России сообщило, что удар нанесен по складу. «Все цели поражены», — говорится в сообщении "
        "министерства.",
        [
            ("Минобороны России", "indirect", "удар нанесен по складу"),
            ("Минобороны России", "direct", "Все цели поражены"),
        ],
    ),
    (
        "uk",
        "Міноборони Росії заявило, що удар завдано по складу. «Усі цілі знищено», — йдеться в повідомленні "
        "міністерства.",
        [
            ("Міноборони Росії", "indirect", "удар завдано по складу"),
            ("Міноборони Росії", "direct", "Усі цілі знищено"),
        ],
    ),
    (  # … not a company whose name starts like a ministry's short form
        "ru",
        "Компания «Менеджмент Групп» сообщила, что завод закроют. «Решение окончательное», — говорится в "
        "сообщении министерства.",
        [
            ("Компания «Менеджмент Групп»", "indirect", "завод закроют"),
            ("министерства", "direct", "Решение окончательное"),
        ],
    ),
    (  # en: a second cue with a perfect auxiliary and a short adjunct ends the first predicate's object
        "en",
        "Kessler has long called for a cap on rents and had warned in March that the city faced a housing crisis.",
        [
            ("Kessler", "indirect", "a cap on rents"),
            ("Kessler", "indirect", "the city faced a housing crisis"),
        ],
    ),
    (  # the subject of a second cue after "and has": the person named as the sentence's subject
        "en",
        "Governor Ellen Marsh has praised the crews, and has said that the army will stay.",
        [("Ellen Marsh", "indirect", "the army will stay")],
    ),
    (  # … not a role phrase, which may stand for anybody named before: nothing, as before
        "en",
        "The Republican nominee has praised the crews, but has denied he knew the donor.",
        [],
    ),
    (  # … not after a clause with an auxiliary of its own: the perfect goes on with that clause's subject
        "en",
        "The inspector said the firm had ignored two warnings and had told staff to keep quiet about the leak.",
        [
            (
                "The inspector",
                "indirect",
                "the firm had ignored two warnings and had told staff to keep quiet about the leak",
            )
        ],
    ),
    (  # … nor "has continued" (a verb of going on, not of speech after the perfect)
        "en",
        "Mayor Ellen Marsh opened the bridge in May and has continued under pressure.",
        [],
    ),
    (  # no cue after the auxiliary: nothing, as before
        "en",
        "The mayor thanked the crews and had visited the site in June.",
        [],
    ),
    (  # de: "Nach ihren Angaben" after a subject with an attribute before its noun
        "de",
        "Die von der Stadt beauftragte Baufirma wies die Kritik zurück. Nach ihren Angaben liegen die Arbeiten "
        "im Plan.",
        [("Baufirma", "indirect", "liegen die Arbeiten im Plan")],
    ),
    (  # … a plural subject that is no body: no speaker, as before
        "de",
        "Die ersten Ergebnisse liegen vor. Nach ihren Angaben fehlen 2 Milliarden Euro.",
        [("", "indirect", "fehlen 2 Milliarden Euro")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_236)
def test_rules_1_236(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# uk/ru: an adjective in an oblique case and a noun after a title name a body, not a person
MENTIONS_1_236: list[tuple[str, str, list[str]]] = [
    (
        "uk",
        "Голова фракції Верховної Ради Ганна Руденко вважає, що тарифи зростуть.",
        ["Ганна Руденко"],
    ),
    (
        "ru",
        "Председатель Государственной Думы Иван Котов заявил, что закон примут осенью.",
        ["Иван Котов"],
    ),
    (  # a surname that is an adjective stays a name after a given name
        "ru",
        "Министр Лев Толстой заявил, что закон примут осенью.",
        ["Лев Толстой"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "names"), MENTIONS_1_236)
def test_mentions_1_236(lang: str, text: str, names: list[str]) -> None:
    assert [name for _pos, name, _title in scan_mentions(text, lang)] == names
