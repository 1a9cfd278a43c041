"""Numeric claims inside statements."""

from __future__ import annotations

import pytest

from ingest.extract.claims import _CLAIM_HEAD_RE, _CLAIM_SCAN_RE, _claim_matches, _scan_claims, find_claims


@pytest.mark.parametrize(
    ("quote", "lang", "expected"),
    [
        ("up to 40% of the shells come from abroad", "en", [(40.0, "%", "up to", "up to 40%")]),
        (
            "more than 11,000 soldiers were wounded",
            "en",
            [(11000.0, "soldiers", "more than", "more than 11,000 soldiers")],
        ),
        ("the plant makes 1.6 million drones a year", "en", [(1.6e6, "drones", "", "1.6 million drones")]),
        ("imports cover about 12% of demand", "en", [(12.0, "%", "about", "about 12%")]),
        ("we received 300 transformers", "en", [(300.0, "transformers", "", "300 transformers")]),
        ("two additional systems will arrive", "en", [(2.0, "systems", "", "two additional systems")]),
        ("half of the losses", "en", [(0.5, "fraction", "", "half")]),
        ("demand is three times higher", "en", [(3.0, "times", "", "three times")]),
        ("the war began in 2022 and the talks on 24 February at 10:30", "en", []),
        ("zwei zusätzliche Systeme bis Jahresende", "de", [(2.0, "Systeme", "", "zwei zusätzliche Systeme")]),
        ("die Inflation lag bei 15,5 Prozent", "de", [(15.5, "%", "", "15,5 Prozent")]),
        ("відключення скоротять до чотирьох годин", "uk", [(4.0, "годин", "up to", "до чотирьох годин")]),
        (
            "потери составили более 1 200 человек",
            "ru",
            [(1200.0, "человек", "more than", "более 1 200 человек")],
        ),
        # rules-1.178: currency signs, ranges, a word after the number that is no unit
        (
            "repairs will cost about $45m and €3.5 billion",
            "en",
            [(45e6, "USD", "about", "about $45m"), (3.5e9, "EUR", "", "€3.5 billion")],
        ),
        ("the fine was £310,000 of the total", "en", [(310000.0, "GBP", "", "£310,000")]),
        ("инфляция снизится до 4–5%", "ru", [(4.0, "%", "at least", "до 4"), (5.0, "%", "up to", "5%")]),
        ("prices rose 3-4 per cent", "en", [(3.0, "%", "at least", "3"), (4.0, "%", "up to", "4 per cent")]),
        ("збитки сягнули ₴120 млн", "uk", [(1.2e8, "UAH", "", "₴120 млн")]),
        ("12 and 14 soldiers died", "en", [(12.0, "", "", "12"), (14.0, "soldiers", "", "14 soldiers")]),
        ("the 2022-2023 season", "en", [(2023.0, "season", "", "2023 season")]),  # a year is no range's start
    ],
)
def test_claims(quote: str, lang: str, expected: list[tuple[float, str, str, str]]) -> None:
    got = [(c.value, c.unit, c.qualifier, c.text) for c in find_claims(quote, "s1", lang)]
    assert got == expected


def test_claim_ids_are_deterministic_and_distinct() -> None:
    a = find_claims("40% here and 40% there", "s1")
    b = find_claims("40% here and 40% there", "s1")
    assert [c.claim_id for c in a] == [c.claim_id for c in b]
    assert len({c.claim_id for c in a}) == 2


@pytest.mark.parametrize(
    "quote",
    [
        "UP TO 40% OF THE SHELLS and MORE THAN 11,000 SOLDIERS",
        "Two-Thirds of the 1.6 Million Drones, Half of them",
        "Die Hälfte der 300 Mitarbeiter, rund 40 Prozent",
        "ДВА ГОДА и Понад 40 ВІДСОТКІВ, около 5 тысяч",
        "ſome 40 drones",  # long s: IGNORECASE reads "some", str.lower() keeps "ſ"
        "İstanbul sent 5 ships and over 20 trucks",  # lower-cases to a longer string
        "no number at all",
    ],
)
def test_lowercase_scan_equals_case_insensitive_scan(quote: str) -> None:
    """The fast path (case-sensitive patterns on the lower-cased quote) finds the same claims, with every
    group at the same offsets, as the case-insensitive scan of the quote."""
    slow = _scan_claims(quote, _CLAIM_HEAD_RE, _CLAIM_SCAN_RE)
    fast = _claim_matches(quote)
    groups = list(_CLAIM_HEAD_RE.groupindex)
    assert [[m.span(g) for g in groups] for m in fast] == [[m.span(g) for g in groups] for m in slow]


def test_claim_texts_keep_their_case() -> None:
    (claim,) = find_claims("MORE THAN 11,000 SOLDIERS were wounded", "s1")
    assert (claim.value, claim.unit, claim.qualifier, claim.text) == (
        11000.0,
        "SOLDIERS",
        "more than",
        "MORE THAN 11,000 SOLDIERS",
    )
    (half,) = find_claims("Die Hälfte der Betriebe", "s2", "de")
    assert (half.value, half.unit, half.text) == (0.5, "fraction", "Die Hälfte")
