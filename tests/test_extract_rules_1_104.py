"""Rules of rules-1.104, found on PolNeAR's train split: an indefinite phrase whose name only modifies its head
("a Trump confidant") describes a person, not the one named; a relative clause that runs through appositions
of its own; a name inside a role's complement ("press secretary to X"); a leading "Of X," before the subject; a
name after "<Name> <role noun>"; a US state abbreviation inside an apposition."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_104: list[tuple[str, str, list[Row]]] = [
    (  # after the cue: "one <Name> <noun>" is the confidant, not the named man
        "en",
        "The talks resumed on Monday. “He will not back down,” said one Harrow confidant.",
        [("one Harrow confidant", "direct", "He will not back down")],
    ),
    (  # … with a full name and before the cue
        "en",
        "“The numbers are not there yet,” a longtime Maria Delgado ally said.",
        [("a longtime Maria Delgado ally", "direct", "The numbers are not there yet")],
    ),
    (  # … a lower-case word after a body's acronym does not end the phrase after "a"/"one"
        "en",
        "“We were blindsided,” said a former NATO planning officer.",
        [("a former NATO planning officer", "direct", "We were blindsided")],
    ),
    (  # guard: an anonymous source stays anonymous
        "en",
        "“It is over,” said one Pentagon source.",
        [("one Pentagon source", "direct", "It is over")],
    ),
    (  # guard: a name after the described person's role is still that person's name
        "en",
        "“Talks will go on,” said a UN envoy, Maria Costa.",
        [("Maria Costa", "direct", "Talks will go on")],
    ),
    (  # a "whose" clause with an apposition inside it belongs to the name before it
        "en",
        "Ms. Okafor, whose first company, Brightline, makes water filters, said the market was crowded.",
        [("Okafor", "indirect", "the market was crowded")],
    ),
    (  # a name after "to" in the speaker's apposition is whom the role serves, not the speaker
        "en",
        "“Nobody expected it,” said Tom Reyes, a former adviser to Hillary Clinton, who attended the dinner.",
        [("Tom Reyes", "direct", "Nobody expected it")],
    ),
    (  # a leading "Of X," names the topic, not the speaker (also with a relative clause after the subject)
        "en",
        "Of the mayor, Reyes, who has donated to both parties, said, “He is out of his depth.”",
        [("Reyes", "direct", "He is out of his depth.")],
    ),
    (  # a full name after "<Name> <role noun>" is the speaker, not the name the role is of
        "en",
        "“We lost the argument,” former Jimmy Carter speechwriter Idris Oyelaran wrote in a column.",
        [("Idris Oyelaran", "direct", "We lost the argument")],
    ),
    (  # guard: two names joined by "and" keep the last one as before
        "en",
        "Angela Merkel and Emmanuel Macron said the talks would continue.",
        [("Emmanuel Macron", "indirect", "the talks would continue")],
    ),
    (  # a US state abbreviation inside an apposition takes its comma along
        "en",
        "Dana Whitfield, a Tulsa, Okla., pastor who runs a food bank, said demand had doubled.",
        [("Dana Whitfield", "indirect", "demand had doubled")],
    ),
    (  # "the <Place> Republican" is the lawmaker just named, not a person called "Wisconsin Republican"
        "en",
        "House Speaker Paul Ryan says the order will not stand. The Wisconsin Republican says in a statement that "
        "the steps are certain to be challenged.",
        [
            ("Paul Ryan", "indirect", "the order will not stand"),
            ("Paul Ryan", "indirect", "the steps are certain to be challenged"),
        ],
    ),
    (  # … nor an anonymous "one Democrat" quoted before; "saying she …" makes the epithet a woman
        "en",
        "“There is a lot of anger,” said one Democrat who opposed the leader. The California Democrat spoke to "
        "reporters later, saying she feels “exhilarated” at being re-elected.",
        [
            ("one Democrat", "direct", "There is a lot of anger"),
            ("The California Democrat", "indirect", "she feels “exhilarated” at being re-elected"),
        ],
    ),
    (  # a parenthesis whose cue has a listener or a time after it: the whole sentence is the statement
        "en",
        "The aim, Finance Minister Ana Duarte told reporters, is to balance the budget by 2028.",
        [
            (
                "Ana Duarte",
                "indirect",
                "The aim, Finance Minister Ana Duarte told reporters, is to balance the budget by 2028",
            )
        ],
    ),
    (  # … and with a day
        "en",
        "The vote, the mayor said on Tuesday, would go ahead as planned.",
        [("the mayor", "indirect", "The vote, the mayor said on Tuesday, would go ahead as planned")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_104)
def test_rules_1_104(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
