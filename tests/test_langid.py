from __future__ import annotations

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
