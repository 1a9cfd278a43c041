"""Rules of rules-1.12, found with holdout batch Q (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_12: list[tuple[str, str, list[Row]]] = [
    (  # a bare surname opening a sentence, of a speaker the name scan missed (unknown first name)
        "en",
        "Dorian Vell, the harbour master, said the berth would reopen on Friday. Tom Hale, a fisherman, said the catch had halved.\nVell, 58, has run the port since 2015. He said dredging would cost about 2 million pounds.",
        [
            ("Dorian Vell", "indirect", "the berth would reopen on Friday"),
            ("Tom Hale", "indirect", "the catch had halved"),
            ("Dorian Vell", "indirect", "dredging would cost about 2 million pounds"),
        ],
    ),
    (  # 'according to X, who …': the relative clause is no part of the source
        "en",
        "The deal is worth about 90 million euros, according to three officials briefed on the talks, who spoke on condition of anonymity.",
        [("three officials briefed on the talks", "indirect", "The deal is worth about 90 million euros")],
    ),
    (  # '…, she said, once …': a subordinate clause after an inverted attribution
        "en",
        'The chair, Dame Alice Penrose, said the vote had been fair.\nSome members have questioned the count. The treasurer Mark Ives said the board had acted as "judge and jury" without publishing the figures.\nPenrose rejected that criticism. The figures would be released in full next month, she said, once the club\'s auditors had checked them.',
        [
            ("Alice Penrose", "indirect", "the vote had been fair"),
            (
                "Mark Ives",
                "indirect",
                'the board had acted as "judge and jury" without publishing the figures',
            ),
            ("Alice Penrose", "indirect", "The figures would be released in full next month"),
        ],
    ),
    (  # 'X, who heads the …' gives X the role of a chief
        "en",
        '"We found nothing," said Anna Quist, who heads the harbour police unit.\nThe police chief said divers would return at dawn.\nResort manager Peter Hale thanked the volunteers.',
        [
            ("Anna Quist", "direct", "We found nothing"),
            ("Anna Quist", "indirect", "divers would return at dawn"),
        ],
    ),
    (  # a body 'of' a place keeps its head noun
        "en",
        "The road will stay closed until Thursday, the prefecture of Basse-Lorraine said.",
        [("prefecture of Basse-Lorraine", "indirect", "The road will stay closed until Thursday")],
    ),
    (  # ', adding: "…"' ends the reported clause; the quote after it is direct
        "en",
        'The mayor, Ines Broad, said the bridge was safe, adding: "I drive over it every day."',
        [
            ("Ines Broad", "indirect", "the bridge was safe"),
            ("Ines Broad", "direct", "I drive over it every day."),
        ],
    ),
    (  # ', and X said …' after a finite clause (not a list of names)
        "en",
        "Floodwater reached the town centre overnight, and the county's fire chief said the worst was over.",
        [("the county's fire chief", "indirect", "the worst was over")],
    ),
    (  # a role in the lead, named at the start of the next paragraph
        "en",
        "TALLINN, Nov 3 (Reuters) - A tanker ran aground on Monday, and Estonia's environment minister said no oil had leaked.\nKristina Saar told reporters that divers had checked the hull. Captain Juri Tamm said the crew was safe.\nThe minister said booms would stay in place.",
        [
            ("Kristina Saar", "indirect", "no oil had leaked"),
            ("Kristina Saar", "indirect", "divers had checked the hull"),
            ("Juri Tamm", "indirect", "the crew was safe"),
            ("Kristina Saar", "indirect", "booms would stay in place"),
        ],
    ),
    (  # 'the statement said' after a group's statement
        "en",
        "In a statement, the organisers said the concert would go ahead. Tickets would remain valid, the statement said.",
        [
            ("the organisers", "indirect", "the concert would go ahead"),
            ("the organisers", "indirect", "Tickets would remain valid"),
        ],
    ),
    (  # a dateline with a country after the place
        "en",
        "PORT ELLEN, Scotland, May 2 (Reuters) - The company said it would cut 40 jobs.",
        [("The company", "indirect", "it would cut 40 jobs")],
    ),
    (  # Konjunktiv II forms ('bekämen') continue a statement
        "de",
        "Der Vermieter Jens Albers sagte, die Heizung sei repariert. Die Mieter bekämen eine Gutschrift.",
        [
            ("Jens Albers", "indirect", "die Heizung sei repariert"),
            ("Jens Albers", "indirect", "Die Mieter bekämen eine Gutschrift"),
        ],
    ),
    (  # a capitalised German role noun opening a paragraph is the title of the name after it
        "de",
        "Die Bäckerei schließt Ende Mai.\nGeschäftsführerin Laura Vogt bedauerte den Schritt. Die Stammkundin Maria Berg sagte, sie sei traurig.\nDie Geschäftsführerin sagte, die Energiekosten seien zu hoch.",
        [
            ("Maria Berg", "indirect", "sie sei traurig"),
            ("Laura Vogt", "indirect", "die Energiekosten seien zu hoch"),
        ],
    ),
    (  # a frame inside a short clause is left out of the quote
        "de",
        "Gestohlen wurde nach Angaben der Polizei nichts.",
        [("Polizei", "indirect", "Gestohlen wurde nichts")],
    ),
    (  # captain and forward are both players (no other role)
        "de",
        "Kapitän Jonas Brandt war enttäuscht. „Wir haben die Chancen nicht genutzt“, sagte der Stürmer.",
        [("Jonas Brandt", "direct", "Wir haben die Chancen nicht genutzt")],
    ),
    (  # a Cyrillic role with two genitive words before the name
        "uk",
        "Міністр аграрної політики Тарас Мельник відвідав Полтаву. Фермер Іван Гриценко сказав, що врожай загинув. Міністр пообіцяв, що держава компенсує збитки.",
        [
            ("Іван Гриценко", "indirect", "врожай загинув"),
            ("Тарас Мельник", "indirect", "держава компенсує збитки"),
        ],
    ),
    (  # 'чиновник' / 'посадовець' as role nouns
        "ru",
        "Губернатор Игорь Шилов заявил, что дорогу откроют в мае. «Подрядчик заплатит штраф», — подчеркнул чиновник.",
        [
            ("Игорь Шилов", "indirect", "дорогу откроют в мае"),
            ("Игорь Шилов", "direct", "Подрядчик заплатит штраф"),
        ],
    ),
    (  # 'інспектори' as a role noun
        "uk",
        "За даними інспекторів, рибу отруїли добрива з ферми.",
        [("інспекторів", "indirect", "рибу отруїли добрива з ферми")],
    ),
    (  # a hyphenated rank before the name ('генерал-майор')
        "ru",
        "Командующий округом генерал-майор Олег Брагин посетил базу. Губернатор Павел Сомов сказал, что пирс отремонтируют. Как заявил командующий, учения продлятся неделю.",
        [
            ("Павел Сомов", "indirect", "пирс отремонтируют"),
            ("Олег Брагин", "indirect", "учения продлятся неделю"),
        ],
    ),
    (  # a diplomatic mission as a body
        "ru",
        "«Мы требуем объяснений», — говорится в заявлении дипмиссии.",
        [("дипмиссии", "direct", "Мы требуем объяснений")],
    ),
    (  # no inverted attribution when an infinitive follows the cue
        "uk",
        "Тарас Мельник відвідав ферму.\nМельник, своєю чергою, пообіцяв повернутися до Полтави взимку.",
        [],
    ),
    (  # an interview answer going on in an unlabelled paragraph before the next question
        "de",
        "Der Imker Paul Seidel betreut 40 Völker.\nFrage: Herr Seidel, wie war der Winter?\nSeidel: Schlecht. Ein Drittel der Völker ist eingegangen.\nDie Varroamilbe hat uns schwer getroffen. Dazu kam der nasse März.\nFrage: Was hilft?\nSeidel: Geduld.",
        [
            ("Paul Seidel", "direct", "Schlecht. Ein Drittel der Völker ist eingegangen."),
            ("Paul Seidel", "direct", "Die Varroamilbe hat uns schwer getroffen. Dazu kam der nasse März."),
            ("Paul Seidel", "direct", "Geduld."),
        ],
    ),
    (  # the same for dash interviews; a name and patronymic in a question is no speaker
        "ru",
        "Мы поговорили с главным врачом Ириной Котовой.\n— Ирина Павловна, как прошла зима?\n— Тяжело. Пациентов было вдвое больше.\nК весне стало легче, но персонала все равно не хватает.\n— Что дальше?\n— Будем набирать людей.",
        [
            ("Ирина Котова", "direct", "Тяжело. Пациентов было вдвое больше."),
            ("Ирина Котова", "direct", "К весне стало легче, но персонала все равно не хватает."),
            ("Ирина Котова", "direct", "Будем набирать людей."),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_12)
def test_rules_1_12(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
