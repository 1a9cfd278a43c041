"""Table-driven tests of the statement extractor on fictional sentences (en, de, uk, ru)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract import EXTRACTOR_VERSION, extract_records, extract_statements
from ingest.extract.quotes import join_span
from ingest.models import ArticleText

Row = tuple[str, str, str]  # speaker, kind, quote


def _run(text: str, lang: str | None = None, title: str = "") -> list[Row]:
    doc = ArticleText(id="t1", text=text, title=title, language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]


ENGLISH: list[tuple[str, list[Row]]] = [
    (
        "“We will rebuild the bridge by spring,” Mayor Oleksandr Tkachuk said on Monday.",
        [("Oleksandr Tkachuk", "direct", "We will rebuild the bridge by spring")],
    ),
    (
        "Port director Ivan Savchenko said that grain exports had doubled since June.",
        [("Ivan Savchenko", "indirect", "grain exports had doubled since June")],
    ),
    (
        '"The queue is shorter than last week," said Marta Hlushko, head of the border service.',
        [("Marta Hlushko", "direct", "The queue is shorter than last week")],
    ),
    (
        "Farmer Petro Danylenko said: «The rain came too late for the wheat.»",
        [("Petro Danylenko", "direct", "The rain came too late for the wheat.")],
    ),
    (
        "According to the regional police, three people were detained overnight.",
        [("the regional police", "indirect", "three people were detained overnight")],
    ),
    (
        "Two lorries overturned near the bridge, the emergency service said.",
        [("the emergency service", "indirect", "Two lorries overturned near the bridge")],
    ),
    (
        "Economist Iryna Bondarenko told Reuters that inflation would peak in March.",
        [("Iryna Bondarenko", "indirect", "inflation would peak in March")],
    ),
    (
        "Senator Ann Carter wrote on X that the vote would be delayed.",
        [("Ann Carter", "indirect", "the vote would be delayed")],
    ),
    (
        "Two officials familiar with the talks said the draft was nearly finished.",
        [("Two officials familiar with the talks", "indirect", "the draft was nearly finished")],
    ),
    (
        "Analyst Tomas Berg said the plan was “a gamble” that could still pay off.",
        [("Tomas Berg", "indirect", "the plan was “a gamble” that could still pay off")],
    ),
    (
        "The so-called “grain corridor” stayed open all week.",
        [],
    ),
    (
        "Minister Olha Ruban called the report “nonsense”.",
        [],
    ),
    (
        "Coach Andriy Shevel said this after the match.",
        [],
    ),
    (
        "Nurse Liza Hart said the ward was full, adding that staff were exhausted.",
        [
            ("Liza Hart", "indirect", "the ward was full"),
            ("Liza Hart", "indirect", "staff were exhausted"),
        ],
    ),
    (
        "The city council confirmed that the tram line would reopen, but warned that fares would rise.",
        [
            ("The city council", "indirect", "the tram line would reopen"),
            ("The city council", "indirect", "fares would rise"),
        ],
    ),
    (
        "Governor Pavlo Kyrylenko was quoted by local media as saying that the curfew would end.",
        [("Pavlo Kyrylenko", "indirect", "the curfew would end")],
    ),
    (
        "Mayor Dana Kovac called on residents to save water.",
        [("Dana Kovac", "indirect", "residents to save water")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_sentences(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


def test_pronoun_resolves_to_full_name_and_gender() -> None:
    text = (
        "Volunteer Halyna Moroz said her team had delivered 300 parcels.\n"
        "Engineer Bohdan Lys said the pipes were frozen.\n"
        "“We cannot stop now,” she said."
    )
    rows = _run(text, "en")
    assert rows[-1] == ("Halyna Moroz", "direct", "We cannot stop now")


def test_surname_and_role_phrase_resolve_to_full_name() -> None:
    text = (
        "The head of the water utility, Roman Tkach, said on Friday that supplies were stable.\n"
        "Tkach added that repairs would take a week.\n"
        "“The network is old,” the utility chief said."
    )
    speakers = {r[0] for r in _run(text, "en")}
    assert speakers == {"Roman Tkach"}


def test_cataphoric_role_before_the_name() -> None:
    text = (
        "The airline expects flights to resume in spring, its chief executive said on Monday.\n"
        "“We are ready,” said Marko Horvat, head of the airline, at a briefing."
    )
    rows = _run(text, "en")
    assert [r[0] for r in rows] == ["Marko Horvat", "Marko Horvat"]


def test_split_and_multi_paragraph_quotes() -> None:
    text = (
        "“The shelter is full,” said coordinator Ada Novak. “We need blankets.\n"
        "“And we need them before the frost.”"
    )
    rows = _run(text, "en")
    assert rows[0] == ("Ada Novak", "direct", "The shelter is full")
    assert rows[1][0] == "Ada Novak"
    assert rows[1][2] == "We need blankets. And we need them before the frost."


def test_interview_answers() -> None:
    text = (
        "Dmytro Savka builds boats in Mykolaiv.\n"
        "Q: How is business?\n"
        "Savka: Slow, but orders are coming back.\n"
        "Q: What do you need?\n"
        "Savka: Steel and electricity."
    )
    rows = _run(text, "en")
    assert rows == [
        ("Dmytro Savka", "direct", "Slow, but orders are coming back."),
        ("Dmytro Savka", "direct", "Steel and electricity."),
    ]


def test_headline_statement_is_low_confidence_and_has_no_offsets() -> None:
    doc = ArticleText(
        id="h",
        title="Tkachuk: ‘The bridge will be ready in May’",
        text="Mayor Oleksandr Tkachuk visited the site on Monday.",
        language="en",
    )
    st_ = extract_statements(doc)
    assert len(st_) == 1
    assert st_[0].speaker == "Oleksandr Tkachuk"
    assert st_[0].confidence <= 0.5
    assert st_[0].start == -1


OTHER_LANGUAGES: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "„Die Brücke wird im Mai fertig“, sagte Bürgermeisterin Anna Vogel am Montag.",
        [("Anna Vogel", "direct", "Die Brücke wird im Mai fertig")],
    ),
    (
        "de",
        "Der Minister Paul Wendt sagte, dass die Gespräche weitergehen.",
        [("Paul Wendt", "indirect", "die Gespräche weitergehen")],
    ),
    (
        "de",
        "Laut Polizei wurden drei Menschen verletzt.",
        [("Polizei", "indirect", "wurden drei Menschen verletzt")],
    ),
    (
        "de",
        "»Wir bleiben dran«, so Vereinschef Jan Roth.",
        [("Jan Roth", "direct", "Wir bleiben dran")],
    ),
    (
        "uk",
        "Голова громади Марія Ткаченко заявила, що школа відкриється у вересні.",
        [("Марія Ткаченко", "indirect", "школа відкриється у вересні")],
    ),
    (
        "uk",
        "«Ми працюємо цілодобово», — сказав Остап Мельник журналістам.",
        [("Остап Мельник", "direct", "Ми працюємо цілодобово")],
    ),
    (
        "ru",
        "Губернатор Сергей Орлов заявил, что эвакуация завершена.",
        [("Сергей Орлов", "indirect", "эвакуация завершена")],
    ),
    (
        "ru",
        "Глава компании Ирина Белова сообщила, что выручка выросла. По её словам, рост продолжится.",
        [
            ("Ирина Белова", "indirect", "выручка выросла"),
            ("Ирина Белова", "indirect", "рост продолжится"),
        ],
    ),
]


OTHER_LANGUAGES += [
    (
        "uk",
        "Уряд схвалив новий бюджет. Про це повідомила пресслужба Кабміну.",
        [("пресслужба Кабміну", "indirect", "Уряд схвалив новий бюджет")],
    ),
    (
        "uk",
        "«Ворог не пройде», — йдеться у заяві командування.",
        [("командування", "direct", "Ворог не пройде")],
    ),
    (
        "de",
        "„Die Versorgung ist gesichert“, heißt es in einer Mitteilung des Wirtschaftsministeriums.",
        [("Wirtschaftsministerium", "direct", "Die Versorgung ist gesichert")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_LANGUAGES)
def test_other_languages(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said the plan was ready.", "en"),
        ("Die Ministerin sagte, der Plan sei fertig, und die Gespräche würden fortgesetzt.", "de"),
        ("Міністр заявив, що план готовий, і переговори тривають.", "uk"),
        ("Министр заявил, что план готов, а переговоры продолжаются.", "ru"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    st_ = extract_statements(ArticleText(id="x", text=text))
    assert st_ and st_[0].language == lang


def test_statement_fields_and_claims() -> None:
    text = "“Up to 40% of the shells come from abroad,” General Taras Hrom said."
    (s,) = extract_statements(ArticleText(id="a1", text=text, language="en"))
    assert s.article_id == "a1"
    assert s.extractor_version == EXTRACTOR_VERSION
    assert s.speaker_type == "person"
    assert s.cue == "said"
    assert text[s.start : s.end] == s.quote
    assert 0 < s.confidence <= 1
    assert s.speaker_id.startswith("P-")
    assert [(c.value, c.unit, c.qualifier) for c in s.claims] == [(40.0, "%", "up to")]
    assert s.claims[0].statement_id == s.statement_id


def test_extract_records_links_ids_across_articles_and_languages() -> None:
    records = [
        {"id": "a", "text": "Drone maker Serhiy Naumenko said orders had doubled.", "language": "en"},
        {"id": "b", "text": "Sergei Naumenko said prices would fall.", "language": "en"},
        {"id": "c", "text": "Naumenko said the plant was safe.", "language": "en"},
        {"id": "d", "text": "Сергій Науменко заявив, що виробництво зросло.", "language": "uk"},
    ]
    out = list(extract_records(records))
    assert {d["article_id"] for d in out} == {"a", "b", "c", "d"}
    assert len({d["speaker_id"] for d in out}) == 1
    by_id = {d["article_id"]: d for d in out}
    assert by_id["c"]["speaker"] == "Serhiy Naumenko"
    for d in out:
        assert {
            "speaker_type",
            "cue",
            "start",
            "end",
            "confidence",
            "extractor_version",
            "language",
            "claims",
        } <= set(d)


# --- invariants ---------------------------------------------------------------------------------

_NAMES = ["Olena Marchuk", "Ivan Petrenko", "the ministry", "he", "Two officials", "Anna Vogel"]
_CUES = ["said", "told reporters", "added", "warned"]
_MARKS = [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’")]
_WORDS = ["the", "plan", "is", "ready", "we", "will", "not", "stop", "prices", "rose", "by", "12%", "Kyiv"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    paras = []
    for _ in range(draw(st.integers(1, 5))):
        sents = []
        for _ in range(draw(st.integers(1, 3))):
            words = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8)))
            name = draw(st.sampled_from(_NAMES))
            cue = draw(st.sampled_from(_CUES))
            o, c = draw(st.sampled_from(_MARKS))
            form = draw(st.integers(0, 3))
            if form == 0:
                sents.append(f"{o}{words.capitalize()},{c} {name} {cue}.")
            elif form == 1:
                sents.append(f"{name.capitalize()} {cue} that {words}.")
            elif form == 2:
                sents.append(f"{words.capitalize()}, {name} {cue}.")
            else:
                sents.append(f"{o}{words.capitalize()}.")
        paras.append(" ".join(sents))
    return "\n".join(paras)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_offsets_point_at_the_quote(text: str) -> None:
    for s in extract_statements(ArticleText(id="h", text=text, language="en")):
        assert 0 <= s.start < s.end <= len(text)
        assert join_span(text, s.start, s.end) == s.quote
        if "\n" not in text[s.start : s.end]:
            assert text[s.start : s.end] == s.quote


@settings(max_examples=60, deadline=None)
@given(articles())
def test_extraction_is_deterministic(text: str) -> None:
    doc = ArticleText(id="h", text=text, language="en")
    assert extract_statements(doc) == extract_statements(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    for s in extract_statements(ArticleText(id="r", text=text)):
        assert s.start == -1 or join_span(text, s.start, s.end) == s.quote


def test_a_huge_text_is_read_up_to_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Statements come from the first MAX_EXTRACT_CHARS characters (cut at a line end), with offsets that
    still point into the whole text."""
    from ingest.extract import pipeline as extract_pipeline

    monkeypatch.setattr(extract_pipeline, "MAX_EXTRACT_CHARS", 400)
    para = "“We will rebuild the pier,” said Mayor Ana Lee on Monday.\n"
    text = para * 40
    found = extract_pipeline.extract_article(ArticleText(id="big", text=text, language="en"))
    assert 0 < len(found) <= 400 // len(para) + 1
    assert all(text[s.statement.start : s.statement.end] == s.statement.quote for s in found)
    assert max(s.statement.end for s in found) <= 400
