"""rules-1.323: a body named by a possessive pronoun ("her office", "his ministry", "his team") is that article's
own, as "the ministry" and "its office" were: two articles' "her office" are two offices, not one id."""

from __future__ import annotations

import pytest

from ingest.extract import extract_records


def _ids(texts: list[str]) -> list[str]:
    arts = [
        {"id": f"a{i}", "outlet": "t", "url": f"https://t.example/{i}", "published": "2026-11-28T09:00:00Z",
         "language": "en", "title": "", "text": text}
        for i, text in enumerate(texts)
    ]  # fmt: skip
    return [str(r["speaker_id"]) for r in extract_records(arts)]


@pytest.mark.parametrize(
    ("phrase", "separate"),
    [
        ("Her office", True),
        ("His ministry", True),
        ("Their team", True),
        ("The ministry", True),  # (as before)
        ("The Finance Ministry", False),  # a named body keeps one id across articles
    ],
)
def test_possessive_bodies_are_their_articles_own(phrase: str, separate: bool) -> None:
    ids = _ids(
        [
            f"Senator Ruth Calder spoke on Monday. {phrase} said the letter had been sent on Friday.",
            f"Governor Laura Mendes spoke on Tuesday. {phrase} said the plan would be published in May.",
        ]
    )
    assert len(ids) == 2 and all(i.startswith("O-") for i in ids), ids
    assert (ids[0] != ids[1]) is separate, ids
