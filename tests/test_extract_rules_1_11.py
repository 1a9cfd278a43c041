"""Rules of rules-1.11, found with holdout batch P (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_11: list[tuple[str, str, list[Row]]] = [
    (  # a warning cue in the plural present
        "uk",
        "Синоптики застерігають, що в неділю на дорогах буде ожеледиця.",
        [("Синоптики", "indirect", "в неділю на дорогах буде ожеледиця")],
    ),
    (  # the same in Russian
        "ru",
        "Врачи предостерегают, что сезон гриппа начнется раньше обычного.",
        [("Врачи", "indirect", "сезон гриппа начнется раньше обычного")],
    ),
    (  # complaining
        "ru",
        "Пассажиры жалуются, что электрички опаздывают почти каждый день.",
        [("Пассажиры", "indirect", "электрички опаздывают почти каждый день")],
    ),
    (  # lamenting, after a dash
        "uk",
        "Садівник Петро Гайда розповів, що заморозки знищили цвіт. «Цього року яблук не буде», — бідкається чоловік.",
        [
            ("Петро Гайда", "indirect", "заморозки знищили цвіт"),
            ("Петро Гайда", "direct", "Цього року яблук не буде"),
        ],
    ),
    (  # a female scientist as a role noun
        "uk",
        "Біологиня Марія Осадча зазначила, що популяція зубрів зросла. "
        "«Це найкращий результат за двадцять років», — наголосила науковиця.",
        [
            ("Марія Осадча", "indirect", "популяція зубрів зросла"),
            ("Марія Осадча", "direct", "Це найкращий результат за двадцять років"),
        ],
    ),
    (  # "специалист" as a role noun
        "ru",
        "Инженер Олег Панкратов объяснил, что трещины появились из-за морозов. "
        "«Бетон не выдержал перепадов температуры», — отметил специалист.",
        [
            ("Олег Панкратов", "indirect", "трещины появились из-за морозов"),
            ("Олег Панкратов", "direct", "Бетон не выдержал перепадов температуры"),
        ],
    ),
    (  # "monierte" as an inverted cue
        "de",
        "Die Mieten seien aus dem Ruder gelaufen, monierte die Gewerkschaft.",
        [("Gewerkschaft", "indirect", "Die Mieten seien aus dem Ruder gelaufen")],
    ),
    (  # an acronym that is a role ("MP"), not an organisation
        "en",
        'Rents in the town have doubled in five years. "Young families are being priced out," the Tory MP said.',
        [("the Tory MP", "direct", "Young families are being priced out")],
    ),
    (  # a plural person noun with a place: the place is not the speaker
        "en",
        "Nurses in Leeds said the new rota left wards short-staffed at night.",
        [("Nurses", "indirect", "the new rota left wards short-staffed at night")],
    ),
    (  # a body with its seat
        "de",
        "Das Finanzministerium in Dresden erklärte, die Mittel seien bereits gebunden.",
        [("Finanzministerium", "indirect", "die Mittel seien bereits gebunden")],
    ),
    (  # a body with a genitive place
        "de",
        "Das Bauamt des Kreises Lippe erklärte, die Brücke bleibe bis zum Sommer gesperrt.",
        [("Bauamt des Kreises Lippe", "indirect", "die Brücke bleibe bis zum Sommer gesperrt")],
    ),
    (  # a month after the source of "according to"
        "en",
        "Bus use fell by a third, according to figures published by the council in March.",
        [("figures published by the council", "indirect", "Bus use fell by a third")],
    ),
    (  # a day after a name in apposition closes the inverted attribution
        "de",
        "Der Mietspiegel sei seit Jahren veraltet und müsse dringend erneuert werden, sagte der Vorsitzende "
        "des Mieterbunds, Paul Rieger, am Donnerstag.",
        [
            (
                "Paul Rieger",
                "indirect",
                "Der Mietspiegel sei seit Jahren veraltet und müsse dringend erneuert werden",
            )
        ],
    ),
    (  # a German title compound and a surname
        "de",
        "Innenministerin Albers kündigte an, sie werde die Polizei in der Region verstärken.",
        [("Albers", "indirect", "sie werde die Polizei in der Region verstärken")],
    ),
    (  # "Nach Informationen des …" with the outlet in quote marks
        "de",
        "Nach Informationen des „Weser-Kuriers“ soll das Werk Ende des Jahres schließen.",
        [("Weser-Kuriers", "indirect", "soll das Werk Ende des Jahres schließen")],
    ),
    (  # a Konjunktiv sentence after "Das teilte X mit." continues X's statement
        "de",
        "Die Buslinie 12 wird ab Montag eingestellt. Das teilten die Verkehrsbetriebe am Freitag mit. "
        "Es fehle schlicht an Fahrern.",
        [
            ("Verkehrsbetriebe", "indirect", "Die Buslinie 12 wird ab Montag eingestellt"),
            ("Verkehrsbetriebe", "indirect", "Es fehle schlicht an Fahrern"),
        ],
    ),
    (  # an outlet in quote marks after the speaker is the listener
        "ru",
        "Глава банка Андрей Громов заявил, что ставка останется прежней. "
        "«Рисков для рубля мы не видим», — сказал Громов «Ведомостям».",
        [
            ("Андрей Громов", "indirect", "ставка останется прежней"),
            ("Андрей Громов", "direct", "Рисков для рубля мы не видим"),
        ],
    ),
    (  # a neuter cue of a body after a parenthesis
        "uk",
        "Відомство, зі свого боку, запевнило, що виплати надійдуть до кінця місяця.",
        [("Відомство", "indirect", "виплати надійдуть до кінця місяця")],
    ),
    (  # "Головне" (main) starts a body, not a role
        "uk",
        "Головне управління статистики повідомило, що ціни зросли на 2%.",
        [("Головне управління статистики", "indirect", "ціни зросли на 2%")],
    ),
    (  # a role with a genitive before the name is the person's title ("міністр фінансів Олег Мороз")
        "uk",
        "Бюджет погодив міністр фінансів Олег Мороз. Економіст Ірина Ляшко вважає його реалістичним. "
        "Міністр наголосив, що дефіцит не перевищить 20%.",
        [("Олег Мороз", "indirect", "дефіцит не перевищить 20%")],
    ),
    (  # the coastguard as a body
        "en",
        "Two fishermen were rescued from a capsized trawler off Whitby on Sunday, the coastguard said.",
        [
            (
                "the coastguard",
                "indirect",
                "Two fishermen were rescued from a capsized trawler off Whitby on Sunday",
            )
        ],
    ),
    (  # "центр" as a body, its name in quote marks not a person
        "ru",
        "В центре «Северный барс» сообщили, что численность ирбиса выросла.",
        [("центре «Северный барс»", "indirect", "численность ирбиса выросла")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_11)
def test_rules_1_11(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
