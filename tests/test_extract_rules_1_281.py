"""The rules found with blind batch DP (rules-1.281): wire stories on a hospital hit in a strike, air defence
deliveries, a deputy minister's corruption case and grain exports, in four languages. Other sentences than the
batch's; the guards keep what each rule must not do.

* ``secondpred.CUT_RE``: a Ukrainian or Russian reported clause ends before ", але які саме, він не уточнив" /
  ", но какие именно, он не уточнил" (the withheld thing as a question word with its own comma), as it did
  before ", але конкретних дат не назвав"; and an English one before "but did not mention …", as before "but
  did not say …".
* ``subjects.leading_np``: an English leading adjunct with its comma ("In a later post on Facebook, the deputy
  minister gave …, saying …") is no part of the subject of a participle's statement.
* ``resolve_pronouns``: the body "Там" stands for ("…, додали там") gets the id its statement just before had
  ("У прокуратурі зазначили, що …").
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, linked_statements

WITHHELD: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "За словами Гончаренка, нові генератори вже працюють у трьох громадах, але в яких саме, він не уточнив.",
        "uk",
        [("Гончаренко", "нові генератори вже працюють у трьох громадах")],
    ),
    (
        "Гончаренко заявив, що ремонт мосту завершать восени, але коли саме, не уточнив.",
        "uk",
        [("Гончаренко", "ремонт мосту завершать восени")],
    ),
    (
        "Петрова сообщила, что часть пострадавших уже выписана, но сколько именно, она не сказала.",
        "ru",
        [("Петрова", "часть пострадавших уже выписана")],
    ),
    (
        "По словам Петровой, решение уже принято, но когда его объявят, пока не сообщила.",
        "ru",
        [("Петрова", "решение уже принято")],
    ),
    (
        "The ministry said its forces had struck a depot near Sumy but did not mention the school next to it.",
        "en",
        [("The ministry", "its forces had struck a depot near Sumy")],
    ),
    # guards: a question word the clause goes on with, and a "но" clause with its own subject and verb
    (
        "Гончаренко заявив, що ракети влучили в склад, але хто саме постраждав, ще невідомо.",
        "uk",
        [("Гончаренко", "ракети влучили в склад, але хто саме постраждав, ще невідомо")],
    ),
    (
        "Петрова сказала, что власти знают о проблеме, но какие именно меры примут, не решили.",
        "ru",
        [("Петрова", "власти знают о проблеме, но какие именно меры примут, не решили")],
    ),
    (
        "The mayor said the audit found no fraud but did not rule out errors in the accounts.",
        "en",
        [("The mayor", "the audit found no fraud")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WITHHELD)
def test_withheld_detail_ends_the_clause_1_281(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert linked_statements(text, lang) == expected


LEAD_ADJUNCTS: list[tuple[str, str, str]] = [
    (
        "Deputy Energy Minister Olena Kravets said output fell. In a later post on Telegram, the deputy "
        "minister gave a lower figure, saying two units had been restarted.",
        "Olena Kravets",
        "two units had been restarted",
    ),
    (
        "Mayor Tom Hollis said the bridge would reopen in May. At a briefing on Friday, the mayor gave a new "
        "date, saying the steel had arrived late.",
        "Tom Hollis",
        "the steel had arrived late",
    ),
    # guards: an adjunct without a comma of its own, and a subject that is a body
    (
        "In a statement, Acme Corp. raised its forecast, saying demand was strong.",
        "Acme Corp.",
        "demand was strong",
    ),
    (
        "At a rally in Ohio on Friday, Senator Joan Miles attacked the bill, saying it would raise costs.",
        "Joan Miles",
        "it would raise costs",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), LEAD_ADJUNCTS)
def test_leading_adjunct_is_no_part_of_the_subject_1_281(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in linked_statements(text, "en")


THERE: list[tuple[str, str, str]] = [
    (
        "У міністерстві зазначили, що школу відремонтують до вересня. Кошти вже виділили, додали там.",
        "uk",
        "міністерстві",
    ),
    (
        "В прокуратуре отметили, что дело передано в суд. Обвиняемый вину не признал, добавили там.",
        "ru",
        "прокуратуре",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), THERE)
def test_there_keeps_the_id_of_the_body_before_1_281(text: str, lang: str, speaker: str) -> None:
    recs = linked_records(text, lang)
    assert [r["speaker"] for r in recs] == [speaker, speaker]
    assert len({r["speaker_id"] for r in recs}) == 1
