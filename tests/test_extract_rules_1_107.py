"""Rules of rules-1.107, found with holdout batch BJ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_107: list[tuple[str, str, list[Row]]] = [
    (  # en: ", and <subject> said": a second statement with its own subject ends the first
        "en",
        "The agency said the river was clean, and the council said it would reopen the beach.",
        [
            ("The agency", "indirect", "the river was clean"),
            ("the council", "indirect", "it would reopen the beach"),
        ],
    ),
    (  # en: also with a name in apposition to the second subject
        "en",
        "The union warned that the plan would cost jobs, and its president, Mary Lowe, said members would strike.",
        [
            ("The union", "indirect", "the plan would cost jobs"),
            ("Mary Lowe", "indirect", "members would strike"),
        ],
    ),
    (  # en: not after a pronoun (the same speaker) ...
        "en",
        "Anna Reed said the river was clean, and she said the beach would reopen.",
        [("Anna Reed", "indirect", "the river was clean, and she said the beach would reopen")],
    ),
    (  # ... and not without the comma, inside a list
        "en",
        "Anna Reed said the water, the air and the soil were clean and the council did nothing.",
        [("Anna Reed", "indirect", "the water, the air and the soil were clean and the council did nothing")],
    ),
    (  # en: "… and thanked the volunteers": the speaker's own next act ends the that-clause
        "en",
        'In a post on X, the teacher wrote that she was "tired but happy" and thanked the volunteers at the finish.',
        [("the teacher", "indirect", 'she was "tired but happy"')],
    ),
    (  # en: not after a perfect, whose participle the verb shares ...
        "en",
        "The mayor said the council had met residents and thanked the volunteers.",
        [("The mayor", "indirect", "the council had met residents and thanked the volunteers")],
    ),
    (  # ... nor after another past verb of the clause
        "en",
        "Anna Reed said voters welcomed the plan and praised the mayor.",
        [("Anna Reed", "indirect", "voters welcomed the plan and praised the mayor")],
    ),
    (  # en: a role noun before a name with an unlisted first name is a mention the pronoun can find
        "en",
        'Tom Reed said the route was safe. Cycling coach Wiremu Tamati called the decision "far too late". '
        '"Everyone saw the forecast," he said.',
        [
            ("Tom Reed", "indirect", "the route was safe"),
            ("Wiremu Tamati", "direct", "Everyone saw the forecast"),
        ],
    ),
    (  # en: not after a possessor (the country's ambassador)
        "en",
        'Tom Reed said the route was safe. Britain\'s ambassador Wiremu Tamati called the decision "far too late". '
        '"Everyone saw the forecast," he said.',
        [("Tom Reed", "indirect", "the route was safe"), ("Tom Reed", "direct", "Everyone saw the forecast")],
    ),
    (  # de: a dash-set aside between the subject and the cue
        "de",
        "Georg Braun – selbst Jäger – sagte, der Wald sei krank.",
        [("Georg Braun", "indirect", "der Wald sei krank")],
    ),
    (  # en: the same
        "en",
        "Mark Ellis – no relation to the founder – said the firm was sound.",
        [("Mark Ellis", "indirect", "the firm was sound")],
    ),
    (  # en: an aside inside the statement stays in it
        "en",
        "The plan – which cost £2m – failed, the council said.",
        [("the council", "indirect", "The plan – which cost £2m – failed")],
    ),
    (  # de: "Nach einer ersten Schätzung des X": an adjective in the frame
        "de",
        "Nach einer ersten Schätzung der Stiftung sind 30 Schulen marode.",
        [("Stiftung", "indirect", "sind 30 Schulen marode")],
    ),
    (  # de: a dateline is no subject a Konjunktiv sentence could continue
        "de",
        "MAINZ (dpa/lrs) - Ein Unwetter hat Keller überflutet. Auf manchen Straßen sei kein Durchkommen.",
        [],
    ),
    (  # de: the subject after the dateline still is
        "de",
        "MAINZ (dpa/lrs) - Der Wetterdienst warnte vor Sturm. Auf manchen Straßen sei kein Durchkommen.",
        [("Wetterdienst", "indirect", "Auf manchen Straßen sei kein Durchkommen")],
    ),
    (  # ru: an adjective, a body noun and "по …": a body
        "ru",
        "Как говорится в сообщении областного управления по делам молодежи, лагерь откроется в июне.",
        [("областного управления по делам молодежи", "indirect", "лагерь откроется в июне")],
    ),
    (  # uk: the same with "з …"
        "uk",
        "Як ідеться в повідомленні обласної служби з охорони культурної спадщини, будинок не є пам'яткою.",
        [("обласної служби з охорони культурної спадщини", "indirect", "будинок не є пам'яткою")],
    ),
    (  # de: "Roths Tochter Lea": a kin noun before a listed first name names a person for "sie"
        "de",
        "Bürgermeister Hans Roth lobte die Helfer. Auch Roths Tochter Lea, die bei der Feuerwehr ist, war vor Ort. "
        "„Es war eine lange Nacht“, sagte sie.",
        [("Lea", "direct", "Es war eine lange Nacht")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_107)
def test_rules_1_107(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
