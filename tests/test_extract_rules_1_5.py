"""Rules of rules-1.5 and 1.6, found with holdout batches K and L (other sentences than the batches')."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.inflect import nominative_name

# rules-1.5: general rules found with holdout batch K (other sentences than the batch's)
RULES_1_5: list[tuple[str, str, list[Row]]] = [
    (  # an interviewer labelled by role ("Кореспондент:"); the interviewee named in the instrumental
        "uk",
        "Про енергетику ми поговорили з інженеркою Марією Коваль.\nКореспондент: Чи буде світло взимку?\n"
        "Коваль: Якщо не буде нових атак, то так. Запаси вугілля цього року більші.",
        [("Марія Коваль", "direct", "Якщо не буде нових атак, то так. Запаси вугілля цього року більші.")],
    ),
    (  # a pronoun subject after a leading adverbial without a comma
        "en",
        "Mayor Lena Ortiz opened the bridge on Monday. In a statement on Facebook she said the work had cost "
        "less than planned.",
        [("Lena Ortiz", "indirect", "the work had cost less than planned")],
    ),
    (  # a name with a particle in apposition to a role is a person for later pronouns
        "en",
        "The mayor, Tomas van Dijk, opened the bridge. The works cost less than planned, he said.",
        [("Tomas van Dijk", "indirect", "The works cost less than planned")],
    ),
    (  # a body with a place is the body, not the place
        "en",
        "Police in Hampshire say three people were arrested after the match.",
        [("Police in Hampshire", "indirect", "three people were arrested after the match")],
    ),
    (  # an organisation name opening with a title adjective
        "en",
        "Royal Mail says deliveries will return to normal by Friday.",
        [("Royal Mail", "indirect", "deliveries will return to normal by Friday")],
    ),
    (  # a digest item's label is no part of the statement
        "en",
        "Ferry crossings: Services to the islands were cancelled on Sunday, the operator said.",
        [("the operator", "indirect", "Services to the islands were cancelled on Sunday")],
    ),
    (  # a lower-case adjective before an acronym
        "ru",
        "Рост цен замедлился, сообщает региональное УФНС.",
        [("УФНС", "indirect", "Рост цен замедлился")],
    ),
    (  # "Там утверждают" is the body named in the locative just before
        "ru",
        "Завод остановил линию. В дирекции предприятия эти сведения опровергли. Там утверждают, что линия "
        "работает в обычном режиме.",
        [("дирекции предприятия", "indirect", "линия работает в обычном режиме")],
    ),
    (  # an outlet in quote marks right after an inverted cue
        "uk",
        "Тарифи переглянуть до весни, повідомляє «Українська правда».",
        [("Українська правда", "indirect", "Тарифи переглянуть до весни")],
    ),
    (  # a short name in quote marks as a subject is no quote
        "uk",
        "«Вікторія» розпочала сезон із перемоги над «Оболонню».",
        [],
    ),
    (  # a pronoun after an inverted cue is the whole speaker; the outlet after it is the listener
        "ru",
        "Министр Анна Иванова приехала на завод. «Мы довольны результатом», — сказала она «Известиям».",
        [("Анна Иванова", "direct", "Мы довольны результатом")],
    ),
    (  # a medium before the speaker; an initial after a Cyrillic first name
        "ru",
        "«Очередь растет с каждым днем», — пишет в своем блоге пользователь Игорь К.",
        [("Игорь К", "direct", "Очередь растет с каждым днем")],
    ),
    (  # a place between the role and the name
        "ru",
        "«Воды нет третий день», — рассказала жительница дома на улице Ленина Анна Петрова.",
        [("Анна Петрова", "direct", "Воды нет третий день")],
    ),
    (  # a dative listener before an age and a role
        "uk",
        "«Ми чекали цього рік», — сказала журналістам 45-річна вчителька Ірина Сидоренко, яка живе поруч.",
        [("Ірина Сидоренко", "direct", "Ми чекали цього рік")],
    ),
    (  # an agency after the surname is the listener
        "ru",
        "«Работы закончим к маю», — рассказал Петров РИА.",
        [("Петров", "direct", "Работы закончим к маю")],
    ),
    (  # a parenthetical "как сообщил X" inside the sentence: the longer part is the statement
        "ru",
        "Мост откроют в июле, как сообщил глава департамента Олег Смирнов, а не в мае.",
        [("Олег Смирнов", "indirect", "Мост откроют в июле")],
    ),
    (  # "Как отметил <role>, <apposition with the name>, …"
        "ru",
        "Как отметил директор музея, доктор исторических наук Павел Зуев, коллекция выросла вдвое.",
        [("Павел Зуев", "indirect", "коллекция выросла вдвое")],
    ),
    (  # an adjective inside a "По … информации X" frame
        "ru",
        "По предварительной информации полиции, водитель был пьян.",
        [("полиции", "indirect", "водитель был пьян")],
    ),
    (  # a cue coordinated with a past-tense verb shares its subject
        "uk",
        "Міністр Олег Гончаренко відкинув критику і заявив, що реформа триватиме.",
        [("Олег Гончаренко", "indirect", "реформа триватиме")],
    ),
    (
        "de",
        "Die Ministerin Petra Lang wies die Kritik zurück und sagte, die Reform werde fortgesetzt.",
        [("Petra Lang", "indirect", "die Reform werde fortgesetzt")],
    ),
    (  # "цитує X <person in the accusative>": the person, back in the nominative
        "uk",
        "«Ми вдячні за підтримку», — цитує пресслужба федерації тренера Богдана Шевчука.",
        [("Богдан Шевчук", "direct", "Ми вдячні за підтримку")],
    ),
    (  # Konjunktiv after a "Wie X sagte" frame; a plural noun subject is no name
        "de",
        "Wie ein Sprecher der Stadtwerke sagte, fiel der Strom für zwei Stunden aus. Verletzte habe es nicht "
        "gegeben.",
        [
            ("ein Sprecher der Stadtwerke", "indirect", "fiel der Strom für zwei Stunden aus"),
            ("ein Sprecher der Stadtwerke", "indirect", "Verletzte habe es nicht gegeben"),
        ],
    ),
    (  # Konjunktiv after a subject with a name in apposition
        "de",
        "Die Sprecherin der Initiative, Jana Wolff, hält den Plan für falsch. Aus Sicht der Anwohner gehe es "
        "um die Sicherheit der Kinder.",
        [("Jana Wolff", "indirect", "Aus Sicht der Anwohner gehe es um die Sicherheit der Kinder")],
    ),
    (  # Konjunktiv before a colon without a subject of its own
        "de",
        "Die Bürgermeisterin Karin Roth begründete die Sperrung mit Schäden. Hinzu komme der Zeitplan: Die "
        "Brücke sei seit 1960 nicht saniert worden.",
        [
            (
                "Karin Roth",
                "indirect",
                "Hinzu komme der Zeitplan: Die Brücke sei seit 1960 nicht saniert worden",
            )
        ],
    ),
    (  # a board is a body
        "de",
        "Der Vorstand der Genossenschaft teilte mit, die Mieten blieben stabil.",
        [("Der Vorstand der Genossenschaft", "indirect", "die Mieten blieben stabil")],
    ),
    (  # a role word before an inflected name; players are one role class
        "ru",
        "Клуб продал полузащитника Артема Власова. «Мы гордимся», — сказал президент клуба Игорь Ким. Сам "
        "22-летний футболист признался, что решение далось ему непросто.",
        [("Игорь Ким", "direct", "Мы гордимся"), ("Артем Власов", "indirect", "решение далось ему непросто")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_5)
def test_rules_1_5(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Оленою Гнатюк", "Олена Гнатюк"),
        ("Іваном Петренком", "Іван Петренко"),
        ("Сергеем Ивановым", "Сергей Иванов"),
    ],
)
def test_instrumental_names_back_to_the_nominative(name: str, nominative: str) -> None:
    lang = "ru" if "ы" in name else "uk"
    assert nominative_name(name, lang) == nominative


# rules-1.6: general rules found with holdout batch L (other sentences than the batch's)
RULES_1_6: list[tuple[str, str, list[Row]]] = [
    (  # a second "and that" after an earlier "and" still splits the complement
        "en",
        "The mayor told reporters that roads and bridges were closed and that schools would reopen on Monday.",
        [
            ("The mayor", "indirect", "roads and bridges were closed"),
            ("The mayor", "indirect", "schools would reopen on Monday"),
        ],
    ),
    (  # a participle aside after "urged X to …" opens a further statement
        "en",
        "Police chief Anna Berg urged drivers to avoid the centre and use the ring road, warning that delays could last for hours.",
        [
            ("Anna Berg", "indirect", "drivers to avoid the centre and use the ring road"),
            ("Anna Berg", "indirect", "delays could last for hours"),
        ],
    ),
    (  # "on X." ends a sentence (the platform, not an initial)
        "en",
        "Olena Koval posted the figures on X. She said that turnout had reached 61%.",
        [("Olena Koval", "indirect", "turnout had reached 61%")],
    ),
    (  # a final attribution followed by a participle aside is no parenthesis
        "en",
        "The convoy was delayed by six hours, a UN official said, speaking on condition of anonymity because of security concerns.",
        [("a UN official", "indirect", "The convoy was delayed by six hours")],
    ),
    (  # a "that" relative clause inside an apposition of the subject
        "en",
        "Nordgas, the utility that serves the region, said on Monday that 12,000 homes had no heating.",
        [("Nordgas", "indirect", "12,000 homes had no heating")],
    ),
    (  # "Nach ihren Angaben": a frame with a possessive pronoun
        "de",
        "Die Richterin Eva Stahl äußerte sich zurückhaltend. Nach ihren Angaben liegt die Akte noch beim Landgericht.",
        [("Eva Stahl", "indirect", "liegt die Akte noch beim Landgericht")],
    ),
    (  # verb-second order with a pronoun subject after a leading adverb
        "de",
        "Ministerin Julia Brand verteidigte den Etat. Dennoch räumte sie ein, dass die Mittel knapp seien.",
        [("Julia Brand", "indirect", "die Mittel knapp seien")],
    ),
    (  # "…, hieß es.": the body named just before
        "de",
        "Die Stadtverwaltung Neuburg reagierte am Abend. Die Sperrung werde bis Freitag dauern, hieß es.",
        [("Stadtverwaltung", "indirect", "Die Sperrung werde bis Freitag dauern")],
    ),
    (  # a dative listener and a separable particle after a surname
        "de",
        "Gewerkschafter Tom Kessler sprach zuerst. „Wir bleiben hart“, rief Kessler den Demonstranten zu.",
        [("Tom Kessler", "direct", "Wir bleiben hart")],
    ),
    (  # "-stab" heads a body
        "de",
        "Die Lage sei stabil, teilte der Krisenstab des Landkreises mit.",
        [("Krisenstab des Landkreises", "indirect", "Die Lage sei stabil")],
    ),
    (  # Konjunktiv I after an adverb, with the subject after the verb
        "de",
        "„Das reicht nicht“, sagte Klinikchef Peter Lang. Künftig setze Lindenau auf Leiharbeit.",
        [
            ("Peter Lang", "direct", "Das reicht nicht"),
            ("Peter Lang", "indirect", "Künftig setze Lindenau auf Leiharbeit"),
        ],
    ),
    (  # a nationality adjective in a role phrase picks the person introduced with it
        "de",
        "Außenminister Jan Berger empfing seinen polnischen Amtskollegen Marek Nowak. Die Grenze bleibe offen, sagte der polnische Minister.",
        [("Marek Nowak", "indirect", "Die Grenze bleibe offen")],
    ),
    (  # a surname after the finite verb is the sentence subject for a later pronoun
        "de",
        "Der Präsident der Kammer, Jens Ulm, kam zu spät. Eine Prognose wagt Ulm nicht. Die Zahl der Insolvenzen werde aber steigen, sagte er.",
        [("Jens Ulm", "indirect", "Die Zahl der Insolvenzen werde aber steigen")],
    ),
    (  # a long phrase after "Про це заявив" (adjuncts after the name)
        "uk",
        "Ціни на газ не зміняться до весни. Про це заявив голова правління Нафтогазу Петро Кравчук у коментарі британському виданню Financial Times.",
        [("Петро Кравчук", "indirect", "Ціни на газ не зміняться до весни")],
    ),
    (  # a neuter cue before a body is no listener construction
        "uk",
        "У лікарнях бракує 300 лікарів, повідомило Міністерство охорони здоров'я.",
        [("Міністерство охорони здоров'я", "indirect", "У лікарнях бракує 300 лікарів")],
    ),
    (  # a plural listener after a surname
        "uk",
        "Міський голова Андрій Мельник виступив. «Воду дадуть увечері», — пообіцяв Мельник мешканцям.",
        [("Андрій Мельник", "direct", "Воду дадуть увечері")],
    ),
    (  # "Тим часом" before a locative body
        "uk",
        "Тим часом у Генштабі повідомили, що ворог втратив 1 100 військових.",
        [("Генштабі", "indirect", "ворог втратив 1 100 військових")],
    ),
    (  # a dative listener between "Об этом" and the cue
        "ru",
        "Мост откроют в июле. Об этом журналистам сообщил губернатор Иван Петров.",
        [("Иван Петров", "indirect", "Мост откроют в июле")],
    ),
    (  # a time adjunct between an inverted cue and the body
        "ru",
        "Рейсы в Сочи отменены, сообщило во вторник Министерство транспорта.",
        [("Министерство транспорта", "indirect", "Рейсы в Сочи отменены")],
    ),
    (  # "Такое мнение высказала X"
        "ru",
        "Цены на бензин вырастут на 10%. Такое мнение высказала экономист Ольга Лис.",
        [("Ольга Лис", "indirect", "Цены на бензин вырастут на 10%")],
    ),
    (  # intelligence as a body
        "ru",
        "По данным разведки, противник перебросил к границе две дивизии.",
        [("разведки", "indirect", "противник перебросил к границе две дивизии")],
    ),
    (  # a parenthetical ", по словам X," with a noun phrase
        "ru",
        "Сделку обсудят в мае. Покупатель, по словам собеседника агентства, готов заплатить 2 млрд рублей.",
        [
            (
                "собеседника агентства",
                "indirect",
                "Покупатель, по словам собеседника агентства, готов заплатить 2 млрд рублей",
            )
        ],
    ),
    (  # a cue after ", однако" shares the subject
        "ru",
        "Депутат Игорь Лавров назвал проект «сырым», однако признал, что закон нужен.",
        [("Игорь Лавров", "indirect", "закон нужен")],
    ),
    (  # an adverbial participle phrase before the subject
        "ru",
        "Отвечая на вопрос журналистов, глава района Сергей Жуков сказал, что дорогу отремонтируют к осени.",
        [("Сергей Жуков", "indirect", "дорогу отремонтируют к осени")],
    ),
]

RULES_1_6 += [
    (  # a role nobody holds by title is the one person named around it (here: named just after)
        "en",
        "Shipping will resume next week, the head of Odesa's port authority said on Monday. Captain Ivan Moroz, "
        "who took over the port in May, told reporters that 14 ships were waiting.",
        [
            ("Ivan Moroz", "indirect", "Shipping will resume next week"),
            ("Ivan Moroz", "indirect", "14 ships were waiting"),
        ],
    ),
    (  # an abbreviation and a leading adverbial clause before "X said:"
        "en",
        "A senior EU official said the deal was close. A Polish diplomat said talks could fail. Asked about the "
        'timing, the EU official said: "We need two more weeks."',
        [
            ("A senior EU official", "indirect", "the deal was close"),
            ("A Polish diplomat", "indirect", "talks could fail"),
            ("A senior EU official", "direct", "We need two more weeks."),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_6)
def test_rules_1_6(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
