from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.langid import detect_language, detect_script


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said on Tuesday that the talks would continue in Brussels.", "en"),
        ("Der Minister sagte am Dienstag, dass die Gespräche in Brüssel fortgesetzt werden.", "de"),
        ("Le ministre a dit mardi que les négociations continueraient dans la capitale.", "fr"),
        ("El ministro dijo el martes que las negociaciones continuarán en la capital.", "es"),
        ("Il ministro ha detto che i negoziati della settimana sono anche per la pace.", "it"),
        ("Minister powiedział we wtorek, że rozmowy w Brukseli nie zostaną przerwane.", "pl"),
        ("De minister zei dinsdag dat het overleg in Brussel voor de zomer niet stopt.", "nl"),
        ("O ministro disse que as negociações em Bruxelas não vão parar para a paz.", "pt"),
        ("Міністр заявив у вівторок, що переговори у Брюсселі триватимуть і надалі.", "uk"),
        ("Министр заявил во вторник, что переговоры в Брюсселе будут продолжены.", "ru"),
        ("Він сказав, що це не так, але вона не погодилася з цим рішенням.", "uk"),  # no ї/є: function words
        ("Kyiv", None),  # too little evidence
        ("12345 — 67890 !!!", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_default_when_undecided() -> None:
    assert detect_language("Kyiv Lviv", default="uk") == "uk"


@pytest.mark.parametrize(
    ("text", "script"),
    [("Переговори тривають у Женеві", "cyrillic"), ("Talks continue in Geneva", "latin"), ("123 456", None)],
)
def test_detect_script(text: str, script: str | None) -> None:
    assert detect_script(text) == script


@given(st.text(max_size=400))
def test_detect_language_never_fails(text: str) -> None:
    assert detect_language(text) in (None, "en", "de", "fr", "es", "it", "pl", "nl", "pt", "uk", "ru")


def detect_script_by_counting(text: str) -> str | None:
    """detect_script as it was: both scripts' letters counted."""
    sample = text[:500]
    cyr = sum(map(len, re.findall(r"[\u0400-\u04ff]+", sample)))
    lat = sum(map(len, re.findall(r"[A-Za-z\u00c0-\u024f]+", sample)))
    if cyr + lat < 12:
        return None
    return "cyrillic" if cyr > lat else "latin"


LETTERS = st.sampled_from(["a", "Z", "é", "ɏ", "ж", "Ї", " ", "1", ".", "—", "ß", "\n", "ab", "Ωω"])


@given(st.one_of(st.lists(LETTERS, max_size=40).map("".join), st.text(max_size=60)), st.integers(0, 600))
def test_detect_script_equals_counting_both_scripts(text: str, pad: int) -> None:
    for sample in (text, "x" * pad + text, text + "ж"):
        assert detect_script(sample) == detect_script_by_counting(sample)
