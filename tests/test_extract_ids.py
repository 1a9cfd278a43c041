"""Speaker ids across articles: one id per named person or body, never one id for unrelated bodies
that are named only by what they are ("the company" in two articles is two companies)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_statements
from ingest.models import ArticleText

ARTICLES = {
    "en": (
        "The company said on Monday it would cut 400 jobs at its plant in Tarvel.",
        "The company said it had hired two new pilots for the summer season.",
    ),
    "de": (
        "Das Ministerium teilte mit, die Brücke bleibe bis Mai gesperrt.",
        "Das Ministerium teilte mit, die Förderung werde verlängert.",
    ),
    "uk": (
        "У компанії заявили, що ціни на квитки не зростуть.",
        "У компанії заявили, що новий склад прибуде в четвер.",
    ),
}


def speaker_ids(text: str, lang: str, article_id: str) -> list[tuple[str, str]]:
    found = extract_statements(ArticleText(id=article_id, text=text, language=lang))
    return [(s.speaker_type, s.speaker_id) for s in found]


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_an_unnamed_body_is_one_speaker_per_article(lang: str) -> None:
    first, second = ARTICLES[lang]
    a = speaker_ids(first, lang, "a1")
    b = speaker_ids(second, lang, "a2")
    assert a and b and {t for t, _ in a + b} == {"organisation"}
    assert {i for _, i in a}.isdisjoint({i for _, i in b})
    assert speaker_ids(first, lang, "a1") == a  # stable across runs
    both = speaker_ids(f"{first}\n{second}", lang, "a3")
    assert len({i for _, i in both}) == 1  # within one article: one body


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrenergo said on Monday that power cuts would end by Friday."),
        ("en", "The Ministry of Energy said on Monday that power cuts would end by Friday."),
        ("de", "Die Deutsche Bahn teilte mit, der Fahrplan gelte ab Sonntag."),
    ],
)
def test_a_named_body_keeps_one_id_across_articles(lang: str, text: str) -> None:
    a = speaker_ids(text, lang, "a1")
    assert a and a == speaker_ids(text, lang, "a2")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Commission President Ursula von der Leyen said the bloc would respond.", "von der Leyen"),
        ("en", "Von der Leyen said later that the deal was fair.", "Von der Leyen"),
        ("en", "Former Dutch striker Rafael van der Vaart said the team lacked pace.", "van der Vaart"),
        ("en", "Foreign minister Mauro dos Santos said the border would stay open.", "dos Santos"),
        (
            "de",
            "Jana Köhler von der Verbraucherzentrale Hamburg sagte, die Preise seien zu hoch.",
            "Jana Köhler",
        ),
    ],
)
def test_surnames_with_two_particles_are_whole(lang: str, text: str, speaker: str) -> None:
    found = extract_statements(ArticleText(id="a1", text=text, language=lang))
    assert found and found[0].speaker.endswith(speaker)  # the whole surname ("Ursula" may be missing)


def test_one_id_for_a_surname_with_particles() -> None:
    ids = {
        s.speaker_id
        for text in (
            "Ursula von der Leyen said the bloc would respond.",
            "Von der Leyen said the deal was fair.",
        )
        for s in extract_statements(ArticleText(id="a1", text=text, language="en"))
    }
    assert len(ids) == 1
