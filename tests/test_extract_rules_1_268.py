"""The rules found with blind batch DK (rules-1.268): wire stories (a frozen-assets loan, a water crisis, a
deserters' amnesty, a railway bridge sabotage). Other sentences than the batch's; the guards keep what each rule
must not do.

* ``lexicon_roles``: "еврокомиссар"/"єврокомісар" is a role ("Еврокомиссар пояснил, что …" is the commissioner
  named before), not a name.
* ``described_de``: a German unit or span of time ("Jahren", "Prozent", "Euro") at the end of a longer phrase
  after a cue is no one-word name ("…, fürchteten aber Strafen von zwei Jahren" has no speaker).
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements
from ingest.extract.roles import is_cyr_role

ROLE_WORDS: list[tuple[str, bool]] = [
    ("еврокомиссар", True),
    ("єврокомісар", True),
    # guards: a currency and a region are not roles
    ("евро", False),
    ("Европа", False),
]


@pytest.mark.parametrize(("word", "expected"), ROLE_WORDS)
def test_eurocommissioner_is_role(word: str, expected: bool) -> None:
    assert is_cyr_role(word) is expected


COMMISSIONER_TEXTS: list[tuple[str, str]] = [
    (
        "ru",
        "Еврокомиссар по торговле Инга Ларсен заявила, что пошлины введут в январе. "
        "Еврокомиссар пояснила, что список товаров еще обсуждается.",
    ),
    (
        "uk",
        "Єврокомісар з питань торгівлі Інга Ларсен заявила, що мита запровадять у січні. "
        "Єврокомісар пояснила, що перелік товарів ще обговорюють.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMMISSIONER_TEXTS)
def test_eurocommissioner_resolves_to_named_person(lang: str, text: str) -> None:
    speakers = [s for s, _q in _statements(text, lang)]
    assert len(speakers) == 2
    assert speakers[0] == speakers[1]
    assert "омісар" not in speakers[1] and "омиссар" not in speakers[1]


UNIT_TEXTS: list[tuple[str, list[str]]] = [
    ("Viele Bauern wollten aufgeben, fürchteten aber Strafen von zwei Jahren.", []),
    ("Die Mieten seien gestiegen, beklagten aber Zuschläge von zehn Prozent.", []),
    # guards: an inverted subject after "aber" and a surname stay speakers
    ("Viele Bauern wollten aufgeben, sagte aber der Minister.", ["der Minister"]),
    ("Die Lage sei ernst, warnte Müller.", ["Müller"]),
]


@pytest.mark.parametrize(("text", "speakers"), UNIT_TEXTS)
def test_de_unit_is_no_speaker(text: str, speakers: list[str]) -> None:
    assert [s for s, _q in _statements(text, "de")] == speakers
