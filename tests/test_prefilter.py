"""ingest.extract.prefilter: a pattern tried only where its needles allow gives exactly the plain matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract.councils import ANY_COUNCIL_RE
from ingest.extract.prefilter import NeedledPattern, needles_of
from ingest.extract.statebodies import ANY_CLASS_RE


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("foreign ministry|central bank", 0, {"foreign ministry": (0,), "central bank": (0,)}),
        (r"\bмзс\b", re.I, {"мзс": (0,)}),
        (r"м[іи]н[іи]стерств\w* оборон\w*", 0, {"стерств": (4,)}),  # a run four letters in
        (r"au(?:ß|ss)enministeri\w*", re.I, {"enministeri": (3, 4)}),  # after a branch of two widths
        (r"(?:Foo|Bar)baz", 0, {"Foo": (0,), "Bar": (0,)}),
        (r"ab\w*", 0, None),  # no needle of three letters
        (r"abc|\w+", 0, None),  # one branch without a needle: none at all
        (r"(?i:said)", 0, None),  # folding inside only: searched the plain way
        (r"FOO bar", re.I, {"foo bar": (0,)}),
    ],
)
def test_needles_of(pattern: str, flags: int, expected: dict[str, tuple[int, ...]] | None) -> None:
    assert needles_of(re.compile(pattern, flags)) == expected


_FRAGMENTS = [
    "Foreign Ministry", "foreign  ministry", "МЗС", "мзс України", "МИДа", "Außenministerium", "AUSSENMINISTERIUM",
    "Auswärtiges Amt", "Міністерство оборони", "министерство иностранных дел", "Generalstab", "ГЕНШТАБ",
    "Bank of Russia", "Банк России", "NBU", "нбу", "Нацбанк", "central bank", "Zentralbank", "ſtaff", "general ſtaff",
    "mınistry", "İstanbul", "Σ", "ß", "the", " ", ", ", ".\n", "x", "ministry of", "defence ministry", "de",
    "City Council", "Stadtrat", "міськрада", "МІСЬКОЇ РАДИ", "обласна рада", "горсовет", "Gebietsrats", "district  council",
]  # fmt: skip


@pytest.mark.parametrize("pattern", [ANY_CLASS_RE, ANY_COUNCIL_RE], ids=["state bodies", "councils"])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30), st.integers(0, 40), st.integers(0, 400))
def test_needled_finditer_is_plain_finditer(
    pattern: re.Pattern[str], parts: list[str], pos: int, end: int
) -> None:
    text = "".join(parts)
    needled = NeedledPattern(pattern)
    assert needled.needles is not None
    plain = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, pos, end)]
    fast = [(m.start(), m.end(), m.group()) for m in needled.finditer(text, pos, end)]
    assert fast == plain
    assert [m.span() for m in needled.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_the_body_pattern_has_needles() -> None:
    """Every branch of the state-body pattern has a needle, so whole articles are not scanned at every letter."""
    found = needles_of(ANY_CLASS_RE)
    assert found is not None and "generalstab" in found and "мзс" in found


def test_text_folding_unlike_lower_is_searched_plainly() -> None:
    """A dotless ı matches "i" when case is ignored but lower-cases to itself: the plain search finds the match."""
    text = "The Mınistry of Foreign Affairs said"
    needled = NeedledPattern(ANY_CLASS_RE)
    assert needled.starts(text, 0, len(text)) is None
    assert [m.group() for m in needled.finditer(text)] == ["Mınistry of Foreign Affairs"]
