"""Rules of rules-1.239, found with holdout batch DD (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_239: list[tuple[str, str, list[Row]]] = [
    # a conjunction before the surname of the sentence before: the pronoun's antecedent (before: the unnamed speaker between)
    (
        "en",
        "Maria Olsen, a historian at the university, said the bridge could be saved. A city engineer, who asked not to be named, said repairs would cost too much. But Olsen disagreed. The costs were exaggerated, she said, because the survey was old.",
        [
            ("Maria Olsen", "indirect", "the bridge could be saved"),
            ("A city engineer", "indirect", "repairs would cost too much"),
            ("Maria Olsen", "indirect", "The costs were exaggerated, she said, because the survey was old"),
        ],
    ),
    (
        "en",
        "Tom Briggs, the club's chairman, said the stadium would be sold. A supporter who asked not to be named said fans were angry. And Briggs stood firm. The deal was done, he said.",
        [
            ("Tom Briggs", "indirect", "the stadium would be sold"),
            ("A supporter", "indirect", "fans were angry"),
            ("Tom Briggs", "indirect", "The deal was done"),
        ],
    ),
    # uk/ru: the person named last in a sentence that says who disagrees is its subject
    (
        "ru",
        "Экономист Павел Греков считает, что инфляция замедлится. Однако с этим прогнозом не согласен профессор Высшей школы экономики Сергей Лунин. Он уверен, что цены продолжат расти.",
        [
            ("Павел Греков", "indirect", "инфляция замедлится"),
            ("Сергей Лунин", "indirect", "цены продолжат расти"),
        ],
    ),
    (
        "uk",
        "Аналітик Тарас Бойко вважає, що ціни знизяться. Проте з Бойком не погоджується голова асоціації забудовників Ігор Мельник. «Ціни тільки зростатимуть», — сказав він.",
        [
            ("Тарас Бойко", "indirect", "ціни знизяться"),
            ("Ігор Мельник", "direct", "Ціни тільки зростатимуть"),
        ],
    ),
    # not an object after another verb: the nearest person, as before
    (
        "ru",
        "Экономист Павел Греков считает, что инфляция замедлится. Однако это не согласовано с министром финансов Сергеем Луниным. Он уверен, что цены продолжат расти.",
        [
            ("Павел Греков", "indirect", "инфляция замедлится"),
            ("Сергей Лунин", "indirect", "цены продолжат расти"),
        ],
    ),
    # a citing relative clause after a leading frame's document: the citer's statement (before: none)
    (
        "de",
        "Der Mieterbund Hessen warnt vor steigenden Kosten. Laut einer Umfrage, auf die sich der Mieterbund beruft, zahlt jeder dritte Haushalt mehr als 40 Prozent seines Einkommens für die Miete.",
        [
            (
                "Mieterbund",
                "indirect",
                "zahlt jeder dritte Haushalt mehr als 40 Prozent seines Einkommens für die Miete",
            )
        ],
    ),
    (
        "ru",
        "По данным исследования, на которое ссылается Сбербанк, каждый пятый россиянин копит на отпуск.",
        [("Сбербанк", "indirect", "каждый пятый россиянин копит на отпуск")],
    ),
    (
        "uk",
        "Економіст Оксана Левчук вважає, що ринок стабілізується. Згідно з опитуванням, на яке посилається Левчук, половина орендарів планує переїзд.",
        [
            ("Оксана Левчук", "indirect", "ринок стабілізується"),
            ("Оксана Левчук", "indirect", "половина орендарів планує переїзд"),
        ],
    ),
    # not a relative clause that cites nobody
    ("de", "Laut einer Umfrage, die im Mai erschienen ist, zahlt jeder dritte Haushalt zu viel.", []),
    # profession nouns as roles: a mechanic, a teacher, a beekeeper
    (
        "ru",
        "Механик автосервиса Олег Зуев работает с 1990 года. Менять свою старую «Ниву», по словам механика, он не собирается.",
        [("Олег Зуев", "indirect", "Менять свою старую «Ниву», по словам механика, он не собирается")],
    ),
    (
        "uk",
        "Учителька Ірина Бондар працює в селі 30 років. За словами педагогині, дітей у класі стало вдвічі менше.",
        [("Ірина Бондар", "indirect", "дітей у класі стало вдвічі менше")],
    ),
    (
        "uk",
        "Пасічник Василь Гнатюк тримає 80 вуликів. «Цього року меду вдвічі менше», — каже пасічник.",
        [("Василь Гнатюк", "direct", "Цього року меду вдвічі менше")],
    ),
    # a short quotation after a document's noun and a comma, or after "title": a title, no statement
    (
        "en",
        'The council published a report last month, "Streets for People," that called for wider pavements. "We listened to residents," council leader Ann Hale said.',
        [("Ann Hale", "direct", "We listened to residents")],
    ),
    (
        "en",
        'The campaign\'s message is summed up in the title of its leaflet: "Save Our Library." "It is the heart of the town," said organiser Jim Pratt.',
        [("Jim Pratt", "direct", "It is the heart of the town")],
    ),
    (
        "de",
        "Ein altes Sprichwort sagt: Wer rastet, der rostet. „Wir rosten nicht“, sagte Trainer Uwe Brandt.",
        [("Uwe Brandt", "direct", "Wir rosten nicht")],
    ),
    # not a document that speaks (a cue after its noun)
    (
        "en",
        'The book, "A Hard Rain," sold well. "I wrote it in a month," author Mia Cole said.',
        [("Mia Cole", "direct", "I wrote it in a month")],
    ),
    (
        "en",
        'The report said, "Rents rose by 9% in a year." Economist Jane Doe called it "a warning."',
        [("The report", "direct", "Rents rose by 9% in a year.")],
    ),
    # a sentence adverb before a parenthetical cue: the whole sentence is the statement (before: none)
    (
        "en",
        "Marta Lindgren hauls nets in the harbor. Today, she says, most of her catch goes to a cannery in Portland.",
        [("Marta Lindgren", "indirect", "Today, she says, most of her catch goes to a cannery in Portland")],
    ),
    # not when no clause goes on after the parenthesis
    ("en", "Meanwhile, he said, and nothing more.", []),
    # a given name and a body noun inside a longer capitalised name are no person
    (
        "en",
        "Rosa Delgado, an engineer at the Cascade Valley Grace Laboratory, said the test had worked. She said a second test was planned.",
        [
            ("Rosa Delgado", "indirect", "the test had worked"),
            ("Rosa Delgado", "indirect", "a second test was planned"),
        ],
    ),
    # not after a title (the same as before)
    (
        "en",
        "Atlantic City Mayor Don Guardian said the city had been hit hard. He said recovery would take years.",
        [
            ("Atlantic City Mayor Don Guardian", "indirect", "the city had been hit hard"),
            ("Don Guardian", "indirect", "recovery would take years"),
        ],
    ),
    # English selectwoman, German André
    (
        "en",
        "Joan Pike served two terms on the board of selectmen. The former selectwoman said the town had waited too long.",
        [("Joan Pike", "indirect", "the town had waited too long")],
    ),
    (
        "de",
        "Doch Landwirt Jens Mucke widerspricht. „Wir haben keine Ernte.“\nDer Vorsteher des Zweckverbands, André Bähr, sieht das Land in der Pflicht. Nach seinen Worten fehlen zwei Millionen Euro.",
        [
            ("Jens Mucke", "direct", "Wir haben keine Ernte."),
            ("André Bähr", "indirect", "fehlen zwei Millionen Euro"),
        ],
    ),
    # uk/ru "На його переконання, …", "На его взгляд, …"; not "На взгляд со стороны"
    (
        "uk",
        "Економіст Ігор Савка дотримується іншої думки. На його переконання, ціни вже досягли піку.",
        [("Ігор Савка", "indirect", "ціни вже досягли піку")],
    ),
    ("ru", "На взгляд со стороны, рынок перегрет.", []),
    # "В Минфине …. Как заявили в ведомстве, …": the body in the locative opening the sentence before
    (
        "ru",
        "Цены выросли, сообщили в агентстве «Автостат». В Минфине ситуацию оценивают спокойнее. Как заявили в ведомстве, рост носит временный характер.",
        [
            ("агентстве «Автостат»", "indirect", "Цены выросли"),
            ("Минфине", "indirect", "рост носит временный характер"),
        ],
    ),
    # uk/ru an age, one lower-case noun and a first name: a mention ("34-річна вчителька Олена")
    (
        "uk",
        "Мер Андрій Коваль визнав, що грошей немає. 34-річна вчителька Олена, яка переїхала з Херсона, винаймає кімнату. «Я рахую кожну гривню», — каже жінка.",
        [("Андрій Коваль", "indirect", "грошей немає"), ("Олена", "direct", "Я рахую кожну гривню")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_239)
def test_rules_1_239(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
