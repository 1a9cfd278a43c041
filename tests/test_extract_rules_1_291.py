"""The identity rules found with blind batch IDS15 (rules-1.291): organisations named in four languages (full name,
short name, transliteration, a noun alone) get one id; bodies with similar names stay apart. Other names than the
batch's; the guards keep bodies apart.

* ``councils``: a region's commercial court is keyed by its place as a council is ("Commercial Court of Zarichne
  Region" = "Wirtschaftsgericht des Gebiets Saritschne" = "Господарський суд Зарічненської області"); a bare
  court takes the place of the court the article names; "In Zarichne itself, the city council" names its city.
* ``statebody_resolve``: a Russian locative "в министерстве" is a bare ministry (the one the article named).
* ``namelinks.link_body_names``: a body's own name in two spellings ("Sonyachne Kolo", «Сонячне коло») joins ids.
* ``lexicon.ORG_STEMS``: "партія", "партии" are body words, so "В партії «Вільна долина» заявили" is the party, no
  person "Вільна".
* ``namelinks.link_generic_bodies``: "the party said" after "the opposition party Free Valley said" is that party.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records


def _records(docs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return list(
        extract_records(
            [{"id": f"a{i}", "language": lang, "text": text} for i, (lang, text) in enumerate(docs)]
        )
    )


def _ids(docs: list[tuple[str, str]]) -> list[str]:
    recs = _records(docs)
    assert len(recs) >= len(docs), recs
    return [r["speaker_id"] for r in recs]


# one body named in several forms, each in an article of its own: one id
SAME_BODY: list[list[tuple[str, str]]] = [
    [  # a region's commercial court: English with its place, German and Ukrainian bare after the full name
        ("en", "The Commercial Court of Zarichne Region said the lease was void."),
        (
            "de",
            "Das Wirtschaftsgericht des Gebiets Saritschne hob den Pachtvertrag auf. Das Urteil sei rechtskräftig, "
            "teilte das Wirtschaftsgericht mit.",
        ),
        (
            "uk",
            "Господарський суд Зарічненської області скасував договір оренди. Як повідомили в суді, рішення набуло "
            "законної сили.",
        ),
    ],
    [  # a Russian locative ministry after the ministry named with its country
        ("en", "Poland's foreign ministry said the decision was a provocation."),
        ("ru", "МИД Польши осудил решение. «Это провокация», — заявили в министерстве."),
    ],
    [  # a charity's own name in Latin letters and in Ukrainian
        ("en", "The charity Sunny Circle (Sonyachne Kolo) said it had delivered 40 tonnes of food."),
        ("uk", "Благодійна організація «Сонячне коло» заявила, що доставила 40 тонн продуктів."),
    ],
    [  # a company's one-word name in German transliteration and in Russian, in a case ending
        (
            "de",
            "Das Staatsunternehmen Ukrlisowos teilte mit, die Lieferungen würden im Mai wieder aufgenommen.",
        ),
        ("ru", "В «Укрлисовозе» заявили, что поставки возобновятся в мае."),
        ("en", "The state firm Ukrlisovoz said deliveries would resume in May."),
    ],
]


@pytest.mark.parametrize("docs", SAME_BODY)
def test_one_body_one_id(docs: list[tuple[str, str]]) -> None:
    assert len(set(_ids(docs))) == 1


# a noun alone within one article: the body named with it before
ONE_ARTICLE: list[tuple[str, str]] = [
    (
        "en",
        'The opposition party Free Valley (Vilna Dolyna) said the vote was rigged. "We will appeal," the party said.',
    ),
    (
        "de",
        "Die Umweltorganisation Selenyj Hai (Grüner Hain) erklärte, die Proben seien belastet. Die Organisation teilte mit, sie "
        "werde klagen.",
    ),
    (
        "en",
        "In Zarichne itself, the city council said the beaches would stay shut. The Zarichne City Council said "
        "on Friday it would pay for the clean-up.",
    ),
]


@pytest.mark.parametrize("lang,text", ONE_ARTICLE)
def test_noun_is_the_named_body(lang: str, text: str) -> None:
    assert len(set(_ids([(lang, text)]))) == 1


# guards: bodies with similar names or nouns stay apart
APART: list[list[tuple[str, str]]] = [
    [  # the state company and a private one sharing a word
        ("en", "The state firm Ukrlisovoz said deliveries would resume in May."),
        ("uk", "У фірмі «Лісовоз Трейд» заявили, що поставки не відновлюватимуть."),
    ],
    [  # two regions' commercial courts
        ("en", "The Commercial Court of Zarichne Region said the lease was void."),
        ("uk", "Господарський суд Вербівської області заявив, що договір є чинним."),
    ],
    [  # a city's council and its region's commercial court
        ("en", "The Zarichne City Council said it would appeal."),
        ("en", "The Commercial Court of Zarichne Region said the lease was void."),
    ],
]


@pytest.mark.parametrize("docs", APART)
def test_bodies_stay_apart(docs: list[tuple[str, str]]) -> None:
    ids = _ids(docs)
    assert len(set(ids)) == len(docs), ids


def test_noun_inside_another_body_name_is_not_it() -> None:
    # "Unternehmen" after "Verband kommunaler Unternehmen": the association is no company
    from ingest.extract.namelinks import _names_noun

    assert not _names_noun("Verband kommunaler Unternehmen (VKU)", "unternehmen")
    assert not _names_noun("the court and local media", "court")
    assert _names_noun("Landesinnungsverband des Bäckerhandwerks", "innungsverband")


def test_party_in_quotes_is_the_party() -> None:
    recs = _records(
        [
            ("uk", "В партії «Вільна долина» заявили, що оскаржать результати."),
            ("ru", "В партии «Вольная долина» заявили, что обжалуют результаты."),
        ]
    )
    assert [r["speaker_type"] for r in recs] == ["organisation", "organisation"]
    assert len({r["speaker_id"] for r in recs}) == 1
