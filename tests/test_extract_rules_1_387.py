"""rules-1.387 (blind batch FD): English copy in the house styles of outlets in Ireland, Canada, Ghana, Uganda,
Tanzania, Zambia, Jamaica, Sri Lanka, Bangladesh and New Zealand.

- "X, in a statement signed by its spokesman, [Title] Y, said …": the statement between the commas (with the
  signer's apposition) is no part of the subject; the body X is the speaker (before, a title before Y or a long
  name made the phrase too long and the sentence had no statement).
- "X, according to a press release issued on Friday, said …": the document between the commas, with its
  participle and date, is dropped from the subject.
- "According to a press release issued by <a long name>, …": the author after "issued by" is judged on its own
  (before, the whole phrase was over the ten-word limit).
- A bare reaction participle before the subject ("Reacting, the chairman of …, Mr X, said") is dropped before the
  phrase's length is measured.
- A nickname in single quote marks between a known first name and a surname ("Michael 'Sly' Reid") is no part
  of the name, as one in double marks was."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the signed statement between commas: the body speaks
        (
            "The Regional Police Command, in a statement signed by its spokesman, Chief Supt. Ama Mensah, said 14 "
            "people had been arrested.",
            ("Regional Police Command", "indirect", "14 people had been arrested"),
        ),
        (
            "The Dairy Board, in a statement signed by its acting chief executive, Mr Peter John Okello, said milk "
            "prices would rise in March.",
            ("Dairy Board", "indirect", "milk prices would rise in March"),
        ),
        (
            "The ministry, in a statement signed by its spokesman, said the road would reopen on Monday.",
            ("The ministry", "indirect", "the road would reopen on Monday"),
        ),
        # the document between commas with its participle and date
        (
            "The Roads Agency, according to a press release issued on Friday, said the bridge would reopen in May.",
            ("Roads Agency", "indirect", "the bridge would reopen in May"),
        ),
        (
            "The Roads Agency, according to a statement released late on Friday, said the bridge would reopen.",
            ("Roads Agency", "indirect", "the bridge would reopen"),
        ),
        # "According to a press release issued by <a long name>, …"
        (
            "According to a press release issued by the National Association of Private Bus Owners of Kenya, "
            "fares will rise next month.",
            ("National Association of Private Bus Owners of Kenya", "indirect", "fares will rise next month"),
        ),
        # a bare reaction participle before a long subject
        (
            "Reacting, the chairman of the Greater Manchester Chamber of Commerce, Mr John Paul Roberts, said the "
            "rise would hit small traders.",
            ("John Paul Roberts", "indirect", "the rise would hit small traders"),
        ),
        (
            "Responding, the head of the Port Harcourt Traders' Union, Mrs Ngozi Ada Eze, said the market would "
            "stay shut.",
            ("Ngozi Ada Eze", "indirect", "the market would stay shut"),
        ),
        # a nickname in single marks
        (
            "Coach Michael 'Sly' Reid said the team had no choice. 'We could not win,' he said.",
            ("Michael Reid", "direct", "We could not win"),
        ),
        (
            "Coach Michael ‘Sly’ Reid said the team had no choice. ‘We could not win,’ he said.",
            ("Michael Reid", "direct", "We could not win"),
        ),
    ],
)
def test_rules_1_387(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a surname that ends in -ing is no reaction participle
        (
            "Manning, the quarterback, said the team was ready.",
            ("Manning", "indirect", "the team was ready"),
        ),
        # a signed statement after the verb (no commas around it): read as before
        (
            "The Regional Police Command said in a statement signed by its spokesman that 14 people had been "
            "arrested.",
            ("Regional Police Command", "indirect", "14 people had been arrested"),
        ),
        # a one-word quote after a word that is no first name stays a quote
        (
            "'It is over,' said Anna Brown.",
            ("Anna Brown", "direct", "It is over"),
        ),
    ],
)
def test_rules_1_387_left_alone(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")


def test_rules_1_387_signer_without_body_comma_is_no_body() -> None:
    # "X, in a statement signed by its spokesman, Y, said": the signer is not reported as a second speaker
    rows = run_rules(
        "The Dairy Board, in a statement signed by its spokesman, Paul Okello, said milk prices would rise.",
        "en",
    )
    assert [r[0] for r in rows] == ["Dairy Board"]
