from __future__ import annotations

import importlib.util
import random
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clusters import (
    DEFAULT_PARAMS,
    IndexedStories,
    StoryDoc,
    assign_story_ids,
    cluster_docs,
    find_boilerplate_lines,
    make_signatures,
)
from ingest.lsh import estimate_similarity, find_batch_pairs, make_band_keys

DAY = 739_000
WIRE = (
    "KYIV, Nov 24 – Ukraine's energy minister said on Monday that scheduled power cuts in the capital would be "
    "shortened from next week after repairs to two damaged substations were completed ahead of plan.\n"
    "“We expect outages of no more than four hours a day in most districts,” Svitlana Hrynchuk told reporters, "
    "adding that the grid operator had imported additional electricity from Poland and Slovakia.\n"
    "The ministry said crews had worked through the weekend despite air raid alerts, and that spare "
    "transformers supplied by European partners had been installed at both sites.\n"
    "Residents of the left-bank districts, where the cuts were longest, should see the largest improvement, "
    "officials said, although they warned that schedules could change at short notice."
)
TITLE = "Kyiv power cuts to shorten next week after substation repairs, minister says"


def doc(
    article_id: str, title: str, text: str, day: int = DAY, rank: str = "", outlet: str = "", story: str = ""
) -> StoryDoc:
    return StoryDoc(article_id, title, text, day, rank or article_id, outlet or article_id, story)


def syndicated(text: str) -> str:
    """A wire copy as another outlet runs it: byline, a trimmed last paragraph, a credit line, a word changed."""
    paras = text.split("\n")[:-1]
    paras[1] = paras[1].replace("reporters", "journalists")
    return "\n".join(["By Olena Bondar, Reuters", *paras, "Reporting by Olena Bondar; Editing by Tom Becker"])


def stories_of(docs: list[StoryDoc]) -> dict[str, str]:
    return dict(zip((d.article_id for d in docs), cluster_docs(docs), strict=True))


def test_syndicated_copies_share_one_story() -> None:
    docs = [
        doc("orig", TITLE, WIRE, rank="1"),
        doc("copy", "Power cuts in Kyiv to be shortened after repairs", syndicated(WIRE), rank="2"),
        doc("lead", TITLE, WIRE.split("\n")[0], rank="3"),  # a summary feed: the first paragraph only
    ]
    assert set(stories_of(docs).values()) == {"orig"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # look-alike titles, different stories
        (
            (
                "Erdoğan says truce possible by year end",
                "Turkish President Tayyip Erdoğan said on Tuesday a truce was possible by the end of the year after talks in Ankara.",
            ),
            (
                "Macron says truce possible by year end",
                "French President Emmanuel Macron said on Wednesday a truce was possible by the end of the year after talks in Paris.",
            ),
        ),
        # a templated series: the title's subject changes with the text
        (
            "Winter Olympics: presenters go head-to-head in skeleton challenge|Radio presenters Mollie King and Matt Edmondson go head-to-head in a skeleton challenge.".split(
                "|"
            ),
            "Winter Olympics: presenters go head-to-head in curling challenge|Radio presenters Mollie King and Matt Edmondson go head-to-head in a curling challenge.".split(
                "|"
            ),
        ),
        # two items whose text is only the same boilerplate (left once the text stage has dropped it)
        (
            ("Minister resigns over procurement scandal", "Click here to read the full story"),
            ("Central bank holds interest rate at 13 percent", "Click here to read the full story"),
        ),
        # the same event written up independently
        (
            ("Kyiv power cuts to ease", WIRE.split("\n")[0]),
            (
                "Blackouts in the capital will be shorter, grid operator says",
                "Ukrenergo said on Monday that households in Kyiv would have electricity for longer each day from next week, as two substations hit in October are back in service.",
            ),
        ),
        # one title, nothing else, different subjects
        (("Zelensky meets Scholz in Berlin", ""), ("Zelensky meets Macron in Berlin", "")),
    ],
)
def test_different_stories_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    docs = [doc("a", *a), doc("b", *b)]
    assert stories_of(docs) == {"a": "a", "b": "b"}


def test_lines_an_outlet_repeats_under_many_items_are_ignored() -> None:
    footer = (
        "Subscribe to the Kyiv Wire morning briefing for the day's top stories from Ukraine and the region, "
        "delivered to your inbox at seven every weekday morning. Our reporters in Kyiv, Lviv, Odesa and Kharkiv "
        "cover politics, the economy, energy and culture, and our editors pick the three stories you should read "
        "before work. Unsubscribe at any time."
    )
    titles = ["Minister resigns", "Rate held at 13%", "Grain corridor reopens", "Metro line extended"]
    docs = [doc(f"k{i}", t, f"{t}.\n{footer}", outlet="Kyiv Wire") for i, t in enumerate(titles)]
    assert len(set(cluster_docs(docs))) == 4
    alone = cluster_docs(docs[:2], replace(DEFAULT_PARAMS, boilerplate_repeats=0))
    assert alone == ["k0", "k0"]  # without the rule the shared footer would make them one story


def test_identical_titles_without_text_are_one_story_but_not_far_apart_in_time() -> None:
    docs = [
        doc("a", "Earthquake of magnitude 6.1 hits Aceh", ""),
        doc("b", "Earthquake of magnitude 6.1 hits Aceh", "", rank="z"),
        doc("c", "Earthquake of magnitude 6.1 hits Aceh", "", day=DAY + 30),
    ]
    assert stories_of(docs) == {"a": "a", "b": "a", "c": "c"}


def test_empty_documents_are_never_merged() -> None:
    assert stories_of([doc("a", "", ""), doc("b", "", "")]) == {"a": "a", "b": "b"}


def test_earliest_copy_opens_the_story_and_fixed_stories_are_kept() -> None:
    docs = [
        doc("late", TITLE, WIRE, rank="2026-11-24T10"),
        doc("early", TITLE, syndicated(WIRE), rank="2026-11-24T08"),
    ]
    assert stories_of(docs) == {"late": "early", "early": "early"}
    docs.append(doc("known", TITLE, WIRE, rank="2026-11-24T09", story="story-from-last-week"))
    assert stories_of(docs)["known"] == "story-from-last-week"


def test_history_matches_give_the_earlier_story() -> None:
    old = [doc("old", TITLE, WIRE), doc("far", TITLE, WIRE, day=DAY - 10)]
    history = IndexedStories(["old", "far"], ["S-old", "S-far"], make_signatures(old))
    new = [doc("new", "Kyiv outages to get shorter", syndicated(WIRE), day=DAY + 1)]
    sigs = make_signatures(new)
    pairs = (np.array([0, 0]), np.array([0, 1]))
    assert assign_story_ids(new, sigs, history, pairs) == ["S-old"]  # "far" is outside the day window
    assert assign_story_ids(new, sigs, history, (np.array([0]), np.array([1]))) == ["new"]


def test_signatures_do_not_depend_on_the_rest_of_the_batch() -> None:
    params = replace(DEFAULT_PARAMS, boilerplate_repeats=0)
    docs = [doc("a", "x", "one two"), doc("b", TITLE, WIRE), doc("c", "y", "")]
    together = make_signatures(docs, params)
    for k, d in enumerate(docs):
        alone = make_signatures([d], params)
        assert (alone.sig[0] == together.sig[k]).all() and alone.sizes[0] == together.sizes[k]


def exact_jaccard(a: str, b: str) -> float:
    def shingles(s: str) -> set[tuple[str, ...]]:
        w = re.findall(r"\w+", s.casefold())
        return set(zip(w, w[1:], w[2:], strict=False))

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_minhash_estimates_jaccard() -> None:
    """Unbiased, with the spread of a 72-value MinHash (sqrt(J(1-J)/72) is at most 0.059)."""
    rnd = random.Random(3)
    vocab = [f"w{i}" for i in range(2000)]
    pairs, exact = [], []
    for n in range(600):
        a = [rnd.choice(vocab) for _ in range(rnd.randrange(20, 120))]
        b = list(a)
        for k in rnd.sample(range(len(b)), rnd.randrange(0, len(b))):
            b[k] = rnd.choice(vocab)
        pairs += [doc(f"a{n}", "", " ".join(a)), doc(f"b{n}", "", " ".join(b))]
        exact.append(exact_jaccard(" ".join(a), " ".join(b)))
    sigs = make_signatures(pairs, replace(DEFAULT_PARAMS, max_words=1000, boilerplate_repeats=0))
    errors = estimate_similarity(sigs.sig[0::2], sigs.sig[1::2]) - np.array(exact)
    assert abs(errors.mean()) < 0.006 and errors.std() < 0.045


def test_band_keys() -> None:
    sigs = make_signatures(
        [doc("a", TITLE, WIRE), doc("b", TITLE, WIRE), doc("c", "Other", "Entirely different words here.")]
    )
    keys = make_band_keys(sigs.sig, DEFAULT_PARAMS.band_rows)
    assert keys.shape == (3, DEFAULT_PARAMS.bands) and keys.dtype == np.int64
    assert (keys >= 0).all() and (keys < 2**47).all()
    assert (keys[0] == keys[1]).all() and not (keys[0] == keys[2]).any()
    assert len(set(keys[0].tolist())) == DEFAULT_PARAMS.bands  # a band's index is part of its key
    i, j = find_batch_pairs(keys, sigs.sizes)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]


VARIANTS = [
    doc("w0", TITLE, WIRE, rank="3"),
    doc("w1", "Kyiv outages to get shorter", syndicated(WIRE), rank="1"),
    doc("w2", TITLE, WIRE.split("\n")[0], rank="2"),
    doc(
        "e1",
        "Erdoğan says truce possible by year end",
        "Turkish President Tayyip Erdoğan said a truce was possible by the end of the year.",
        rank="1",
    ),
    doc(
        "m1",
        "Macron says truce possible by year end",
        "French President Emmanuel Macron said a truce was possible by the end of the year.",
        rank="1",
    ),
    doc(
        "m2",
        "Macron: truce possible by year end",
        "French President Emmanuel Macron said a truce was possible by the end of the year.",
        rank="4",
    ),
    doc("x1", "Earthquake hits Aceh", "", rank="5"),
    doc("x2", "Earthquake hits Aceh", "", rank="5"),
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(VARIANTS))
def test_clustering_does_not_depend_on_input_order(docs: list[StoryDoc]) -> None:
    assert stories_of(docs) == stories_of(VARIANTS)


def test_expected_stories_of_the_variants() -> None:
    stories = stories_of(VARIANTS)
    assert stories["w0"] == stories["w1"] == stories["w2"] == "w1"
    assert stories["e1"] == "e1" and stories["m1"] == stories["m2"] == "m1"
    assert stories["x1"] == stories["x2"] == "x1"


def load_bench() -> object:
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_dedup.py"
    spec = importlib.util.spec_from_file_location("bench_dedup", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_dedup"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
@pytest.mark.slow
def test_quality_on_same_event_corpora(shared_dir: Path) -> None:
    """ECB+, NewsWCL50 and BASIL: no independent write-ups merged; simulated syndication found (docs/dedup.md)."""
    bench = load_bench()
    originals = bench.load_corpora(shared_dir / "corpora")  # type: ignore[attr-defined]
    result = bench.evaluate(originals, DEFAULT_PARAMS)  # type: ignore[attr-defined]
    assert result["pairwise_precision"] >= 0.99
    assert result["pairwise_recall"] >= 0.88
    merged, total = map(int, result["same_event_pairs_merged"]["independent"].split("/"))
    assert total > 5000 and merged <= 2
    assert result["different_event_originals_merged"] == 0
    assert min(result["recall_by_edit"].values()) >= 0.85


def find_boilerplate_lines_reference(docs: list[StoryDoc], repeats: int) -> dict[str, frozenset[str]]:
    """find_boilerplate_lines as it was: one Counter of (outlet, line) pairs."""
    from collections import Counter

    unique = {d.article_id: d for d in docs}.values()
    counts = Counter(
        (d.outlet, line) for d in unique for line in set(d.text.split("\n")) if line and len(line) <= 600
    )
    out: dict[str, set[str]] = {}
    for (outlet, line), n in counts.items():
        if n >= repeats:
            out.setdefault(outlet, set()).add(line)
    return {outlet: frozenset(lines) for outlet, lines in out.items()}


BOILER_LINES = st.sampled_from(
    ["", "Share this", "Follow us", "x" * 599, "y" * 600, "z" * 601, "A", "a", " "]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a1", "a2", "a3", "a4", "a5"]),
            st.sampled_from(["o1", "o2", ""]),
            st.lists(BOILER_LINES, max_size=6).map("\n".join),
        ),
        max_size=12,
    ),
    st.integers(1, 4),
)
def test_find_boilerplate_lines_equals_counting_pairs(rows: list[tuple[str, str, str]], repeats: int) -> None:
    docs = [StoryDoc(a, "t", text, 1, a, outlet) for a, outlet, text in rows]
    assert find_boilerplate_lines(docs, repeats) == find_boilerplate_lines_reference(docs, repeats)
