"""The rules found with blind batch EK (rules-1.326): Ukrainian and Russian wire stories of the dev set's kind (a
school year under shelling, an evacuation order, sanctions on a bank, a demobilisation bill, the grain corridor,
prisoner swaps, a church dispute, a substation repaired). Other sentences than the batch's; the guards keep what
each rule must not do.

* ``according.mid_as_match`` and ``npclean._TRAIL_AS_SOURCE_RE``: an outlet between a subject and its own cue
  ("Міністерство, як пише агентство ТАСС, заявило, що …") only carries the statement: the subject speaks.
* ``npclean._CYR_HOME_RE``: a given name and the town the person is from ("Марина з Житомира", "Анна из
  Рыльска") is the person, not the town.
* ``subjects_lead.inverted_closing_subject``: a full name in the nominative closing a sentence right after its
  past verb of the name's gender ("… опублікував і омбудсман Дмитро Лубінець.") is the sentence's subject,
  so a "Він"/"Он" after it is that person even when the sentence is long.
* ``orgnames.loc_adj_org``: "в украинском Координационном штабе по …": a lower-case adjective before the body's
  capitalised adjective names a body, not a person "Координационном".
* ``npclean._SLAVIC_LEAD_RE``: "Тогда"/"Тоді" before the subject is no speaker; ``lexicon.ORG_HEADS``: a synod
  is a body ("В синоде заявили").
* ``npclean._TRAIL_MEDIUM_RE``/``_TRAIL_TALK_RE``: a summary ("у вечірньому зведенні", "в утренней сводке") and
  "в своём комментарии" after the subject are no part of the speaker.
* ``lexicon.ORG_STEM_PEOPLE``: a border guard ("прикордонника", "пограничника") is a person, not the border
  service the stem also starts.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_326: list[tuple[str, str, list[Row]]] = [
    (  # the subject of the cue speaks, the outlet between them only carries it
        "uk",
        "Міністерство оборони, як пише агентство Reuters, заявило, що ракети влучили в склад.",
        [("Міністерство оборони", "indirect", "ракети влучили в склад")],
    ),
    (
        "ru",
        "Компания, как пишет «Коммерсант», заявила, что сократит 300 сотрудников.",
        [("Компания", "indirect", "сократит 300 сотрудников")],
    ),
    (  # guard: no cue of the subject's own: the outlet reports the sentence
        "uk",
        "Уряд, як повідомляє Укрінформ, ухвалив рішення про нові виплати.",
        [("Укрінформ", "indirect", "Уряд ухвалив рішення про нові виплати")],
    ),
    (  # a given name and the town she is from
        "uk",
        "Сестра одного з полонених Ганна з Полтави розповіла журналістам, що чекала листа два роки.",
        [("Ганна", "indirect", "чекала листа два роки")],
    ),
    (
        "ru",
        "Мать одного из пленных Анна из Курска рассказала, что ждала два года.",
        [("Анна", "indirect", "ждала два года")],
    ),
    (  # guard: a body from a town keeps its town
        "uk",
        "Представник компанії з Києва заявив, що ціни не зростуть.",
        [("Представник компанії з Києва", "indirect", "ціни не зростуть")],
    ),
    (  # a full name closing a long sentence after its past verb is its subject: "Він" after it
        "uk",
        "Начальник розвідки Олег Сидоренко розповів, що обмін готували три місяці. Повідомлення з подякою "
        "Сидоренку та Координаційному штабу опублікував і омбудсман Петро Гнатюк. Він наголосив, що Україна "
        "звернулася до Червоного Хреста.",
        [
            ("Олег Сидоренко", "indirect", "обмін готували три місяці"),
            ("Петро Гнатюк", "indirect", "Україна звернулася до Червоного Хреста"),
        ],
    ),
    (
        "ru",
        "Глава фонда Олег Сидоренко заявил, что фонд закрывается. Письмо с благодарностью волонтёрам и "
        "спасателям областной службы направил и губернатор Иван Петров. Он подчеркнул, что помощь продолжится.",
        [
            ("Олег Сидоренко", "indirect", "фонд закрывается"),
            ("Иван Петров", "indirect", "помощь продолжится"),
        ],
    ),
    (  # guard: a name in the accusative closing the sentence is its object
        "uk",
        "Голова фонду Олег Сидоренко заявив, що фонд закривається. Наприкінці минулого тижня апеляційний суд "
        "у Києві остаточно виправдав підприємця Івана Петренка. Він наголосив, що рішення остаточне.",
        [
            ("Олег Сидоренко", "indirect", "фонд закривається"),
            ("Олег Сидоренко", "indirect", "рішення остаточне"),
        ],
    ),
    (  # guard: the verb of the other gender
        "uk",
        "Голова фонду Олег Сидоренко заявив, що фонд закривається. Лист із подякою волонтерам і рятувальникам "
        "обласної служби надіслала і губернаторка Ірина Петренко. Він наголосив, що допомога триватиме.",
        [
            ("Олег Сидоренко", "indirect", "фонд закривається"),
            ("Олег Сидоренко", "indirect", "допомога триватиме"),
        ],
    ),
    (  # a lower-case adjective before the body's capitalised one
        "ru",
        "В украинском Координационном штабе по обращению с военнопленными заявили, что обмен готовится.",
        [("украинском Координационном штабе по обращению с военнопленными", "indirect", "обмен готовится")],
    ),
    (
        "ru",
        "В региональном Пенсионном фонде заявили, что выплаты продолжатся.",
        [("региональном Пенсионном фонде", "indirect", "выплаты продолжатся")],
    ),
    (  # "Тогда" before the subject, a synod as a body
        "ru",
        "Тогда в синоде заявили, что решение принято ради единства церкви.",
        [("синоде", "indirect", "решение принято ради единства церкви")],
    ),
    (
        "uk",
        "Тоді в міністерстві заявили, що рішення ухвалено.",
        [("міністерстві", "indirect", "рішення ухвалено")],
    ),
    (  # guard: a surname that starts like a synod
        "ru",
        "Сергей Синодов заявил, что решение ещё не принято.",
        [("Сергей Синодов", "indirect", "решение ещё не принято")],
    ),
    (  # a summary or a comment after the subject
        "uk",
        "Генштаб ЗСУ у вечірньому зведенні повідомив, що відбулося 112 обстрілів.",
        [("Генштаб ЗСУ", "indirect", "відбулося 112 обстрілів")],
    ),
    (
        "ru",
        "Минобороны в утренней сводке сообщило, что сбиты 12 беспилотников.",
        [("Минобороны", "indirect", "сбиты 12 беспилотников")],
    ),
    (
        "ru",
        "Банк России в своём комментарии заявил, что готов поддержать ликвидность.",
        [("Банк России", "indirect", "готов поддержать ликвидность")],
    ),
    (  # guard: a place after the subject is not a medium
        "uk",
        "Генштаб ЗСУ у Києві повідомив, що відбулося 112 обстрілів.",
        [("Генштаб ЗСУ у Києві", "indirect", "відбулося 112 обстрілів")],
    ),
    (  # a border guard is a person
        "uk",
        "Дружина прикордонника Марина розповіла, що востаннє чула чоловіка у березні.",
        [("Марина", "indirect", "востаннє чула чоловіка у березні")],
    ),
    (  # guard: the border service stays a body
        "uk",
        "Державна прикордонна служба повідомила, що черги на кордоні зросли.",
        [("Державна прикордонна служба", "indirect", "черги на кордоні зросли")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_326)
def test_rules_1_326(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def test_border_guard_is_a_person_of_her_own_id() -> None:
    """The wife of a border guard and "жінка" later are one person (before: a body and an unnamed woman)."""
    from extract_rule_helpers import linked_records

    text = (
        "Дружина одного з прикордонників Марина з Житомира розповіла, що востаннє чула чоловіка у березні.\n"
        "— Він дуже змінився, але він живий, — сказала жінка."
    )
    recs = linked_records(text, "uk")
    assert [str(r["speaker"]) for r in recs] == ["Марина", "Марина"]
    assert len({str(r["speaker_id"]) for r in recs}) == 1
    assert str(recs[0]["speaker_id"]).startswith("P-")
