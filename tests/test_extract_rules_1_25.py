"""Rules of rules-1.25, found with holdout batch AC (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_25: list[tuple[str, str, list[Row]]] = [
    (  # an interview whose questions carry the outlet's name in ordinary case: the other label answers
        "en",
        "Tomas Reyna runs the city's water board. He spoke to the Harbour Herald.\n"
        "Herald: Will bills go up next year?\n"
        "Reyna: Yes, by about four per cent. The pipes under the old town are a hundred years old.\n"
        "Herald: And after that?\n"
        "Reyna: That depends on the regulator, not on me.",
        [
            (
                "Tomas Reyna",
                "direct",
                "Yes, by about four per cent. The pipes under the old town are a hundred years old.",
            ),
            ("Tomas Reyna", "direct", "That depends on the regulator, not on me."),
        ],
    ),
    (  # … and an interview whose questions are dash lines between the labelled answers (uk, ru)
        "ru",
        "Главный инженер завода Павел Сидоров рассказал о планах.\n"
        "— Когда запустят новый цех?\n"
        "Сидоров: Летом, если поставщики не подведут. Оборудование уже на складе.\n"
        "— Сколько людей вы наберете?\n"
        "Сидоров: Около двухсот человек, в основном сварщиков.",
        [
            ("Павел Сидоров", "direct", "Летом, если поставщики не подведут. Оборудование уже на складе."),
            ("Павел Сидоров", "direct", "Около двухсот человек, в основном сварщиков."),
        ],
    ),
    (  # a lead clause "Asked whether …" holding an apposition ends at the first comma after its verb (en)
        "en",
        "Coach Dana Price spoke after the game. Asked whether the goalkeeper, Leo Marsh, would start on "
        "Sunday, Price said the decision had not been made.",
        [("Dana Price", "indirect", "the decision had not been made")],
    ),
    (  # a relative clause closed before an auxiliary: "X, who …, has urged" (en)
        "en",
        "Councillor Ruth Ellis, who chairs the planning board, has warned that the hall could close.",
        [("Ruth Ellis", "indirect", "the hall could close")],
    ),
    (  # "ins Plenum", "ans Publikum": a contracted preposition after the speaker (de)
        "de",
        "Die Abgeordnete Jana Wolff sprach zuletzt. „Das ist ein schlechter Tag für die Schulen“, rief Wolff "
        "ins Plenum.",
        [("Jana Wolff", "direct", "Das ist ein schlechter Tag für die Schulen")],
    ),
    (  # the subjunctive after "X hielt dagegen", with an adjective in the subject (de)
        "de",
        "Der finanzpolitische Sprecher der Opposition, Lars Brandt, hielt dagegen. Die Rechnung des "
        "Ministers gehe nicht auf.",
        [("Lars Brandt", "indirect", "Die Rechnung des Ministers gehe nicht auf")],
    ),
    (  # a relative clause with the verb last is no final attribution (de)
        "de",
        "Auf dem Tisch liegt ein Gesetzentwurf der Regierung, der höhere Strafen vorsieht und fordert.",
        [],
    ),
    (  # a study's authors as a group (de)
        "de",
        "Nach Angaben der Studienautoren sank die Zahl der Stürze um ein Viertel.",
        [("der Studienautoren", "indirect", "sank die Zahl der Stürze um ein Viertel")],
    ),
    (  # confessing in the present tense (ru, uk)
        "ru",
        "Тренер Ольга Миронова признается, что не ожидала такого результата.",
        [("Ольга Миронова", "indirect", "не ожидала такого результата")],
    ),
    (
        "uk",
        "Фермер Іван Дудка зізнається, що цього року збере вдвічі менше зерна.",
        [("Іван Дудка", "indirect", "цього року збере вдвічі менше зерна")],
    ),
    (  # a reported clause ending with a colon and a whole quotation: the quotation is direct (uk, ru, de)
        "uk",
        "Директорка школи Ніна Гай працює тут 20 років. За її словами, спокою немає: «Кожна тривога "
        "зриває урок».",
        [
            ("Ніна Гай", "indirect", "спокою немає"),
            ("Ніна Гай", "direct", "Кожна тривога зриває урок"),
        ],
    ),
    (  # "the company" right after a statement of a company named by its name alone (en)
        "en",
        "Corvel Diagnostics said it would open a plant in Leeds. The company said the plant would employ "
        "300 people.",
        [
            ("Corvel Diagnostics", "indirect", "it would open a plant in Leeds"),
            ("Corvel Diagnostics", "indirect", "the plant would employ 300 people"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_25)
def test_rules_1_25(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# (lang, text, speaker, speaker type): drug and laboratory firms are organisations
SPEAKER_TYPES_1_25: list[tuple[str, str, str, str]] = [
    ("en", "Halden Therapeutics said the trial had met its goal.", "Halden Therapeutics", "organisation"),
    ("en", "The results were strong, said Brightwater Labs.", "Brightwater Labs", "organisation"),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "kind"), SPEAKER_TYPES_1_25)
def test_speaker_types_1_25(lang: str, text: str, speaker: str, kind: str) -> None:
    doc = ArticleText(id="t1", text=text, title="", language=lang)
    assert [(s.speaker, s.speaker_type) for s in extract_statements(doc)] == [(speaker, kind)]


def test_company_after_a_ministry_stays_unnamed() -> None:
    """ "The company said" after a ministry's statement is no ministry (en)."""
    doc = ArticleText(
        id="t2",
        text="The Transport Ministry said the line would reopen. The company said trains would run hourly.",
        title="",
        language="en",
    )
    assert [s.speaker for s in extract_statements(doc)] == ["Transport Ministry", "The company"]
