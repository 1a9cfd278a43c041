"""Texts of odd shapes (a run-on sentence, one speaker quoted hundreds of times, a list of names) keep the
extractor's work bounded: overlong sentences are cut in pieces, per-statement lookups over the whole text
are made once per article, and searches before a comma are bounded. Their speed is measured by
`ingest bench` ("Worst-case inputs" in docs/benchmarks.md); these tests check what the bounds must keep.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.bench.worstcase import SHAPES, stage_worstcase
from ingest.extract import article_from_record, extract_statements, mentions_rolebefore, sentences
from ingest.extract.sentences import MAX_SENTENCE_CHARS, split_sentences


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("unit", "chars"),
    [
        ("said ", 20_000),  # cue words without a full stop
        ("the plan, ", 9_000),  # commas: a piece ends after one
        ("a" * 40 + " ", 7_000),  # long words
        ("x" * 50_000, 50_000),  # no blank at all: cut at the limit
    ],
)
def test_an_overlong_sentence_is_cut_in_pieces_that_keep_every_word(unit: str, chars: int) -> None:
    text = (unit * (chars // len(unit) + 1))[:chars]
    sents = split_sentences(text)
    assert len(sents) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sents)
    assert [s.first_in_para for s in sents] == [True] + [False] * (len(sents) - 1)
    assert {s.para for s in sents} == {0}
    assert "".join(_pieces(text)).replace(" ", "") == text.replace(" ", "")  # nothing lost, nothing doubled
    if ", " in unit:
        assert all(p.endswith(",") for p in _pieces(text)[:-1])


def test_a_long_real_sentence_is_one_sentence() -> None:
    long = "The senator said " + ", ".join(f"the {i}th amendment" for i in range(120)) + " would pass."
    assert 1_500 < len(long) < MAX_SENTENCE_CHARS
    assert _pieces(long) == [long]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["said ", "Anna Harlow, ", "“It is” ", "x" * 700, ". ", "\n", "—"]), max_size=40)
)
def test_sentences_are_bounded_ordered_and_disjoint(parts: list[str]) -> None:
    text = "".join(parts) * 3
    sents = split_sentences(text)
    assert all(0 < s.end - s.start <= MAX_SENTENCE_CHARS for s in sents)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in sents)


def _reference_role_phrase_start(text: str, comma: int) -> int:  # the unbounded searches it replaces
    return max(
        text.rfind(". ", 0, comma) + 2,
        text.rfind("\n", 0, comma) + 1,
        text.rfind(", ", 0, comma) + 2,
        comma - 90,
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", " ", ".", ",", "\n", "Chief ", "the port chief "]), min_size=1, max_size=120
    )
)
def test_the_bounded_search_before_a_comma_finds_the_same_phrase(parts: list[str]) -> None:
    body = "".join(parts)
    text = body + ", said"
    comma = len(body)
    start = _reference_role_phrase_start(text, comma)
    seg = text[start:comma].strip()
    expected = seg if seg and len(seg.split()) <= 8 and mentions_rolebefore.role_class(seg) else ""
    assert mentions_rolebefore.role_phrase_before_comma(text, comma) == expected


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Mira Harlow runs the port. " + "“It is done,” Harlow said. " * 300, "Mira Harlow"),
        ("uk", "Іван Петренко очолює порт. " + "«Ми впораємося», — заявив Петренко. " * 300, "Іван Петренко"),
    ],
)
def test_one_speaker_quoted_hundreds_of_times_is_one_person(lang: str, text: str, speaker: str) -> None:
    st_ = extract_statements(article_from_record({"id": "w", "text": text, "language": lang}))
    assert len(st_) == 300
    assert {s.speaker_id for s in st_} == {st_[0].speaker_id}
    assert speaker.split()[-1] in st_[0].speaker


def test_every_shape_is_deterministic_and_about_the_size_asked() -> None:
    for name, (lang, make) in SHAPES.items():
        assert lang in ("en", "de", "uk", "ru"), name
        assert make(3_000) == make(3_000), name
        assert 1_500 <= len(make(3_000)) <= 3_300, name


def test_the_worstcase_stage_measures_every_shape_at_two_sizes() -> None:
    result = stage_worstcase({"chars": 400})
    assert result["growth"] == 4.0
    assert set(result["shapes"]) == set(SHAPES)
    for x in result["shapes"].values():
        assert x["chars"] == [400, 1_600]
        assert all(c >= 0 for c in x["cpu_s"]) and x["ratio"] > 0
    quotes = result["shapes"]["one speaker's quotes, one paragraph (en)"]["statements"]
    assert quotes[1] > quotes[0] > 0


def test_sentences_module_states_its_bound() -> None:
    assert sentences.MAX_SENTENCE_CHARS >= 1_516  # the longest of 82,000 real sentences is one sentence
