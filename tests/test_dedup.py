from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.dedup import KnownArticle, dedup_articles
from ingest.models import Article

T0 = datetime(2026, 11, 24, 8, tzinfo=UTC)


def art(
    article_id: str = "a1",
    feed: str = "f1",
    text: str = "Body text of the article.",
    title: str = "Title",
    seen: datetime = T0,
    url: str = "https://x.example/a",
) -> Article:
    return Article(
        article_id=article_id,
        feed=feed,
        outlet="X",
        url=url,
        canonical_url=url,
        guid=None,
        title=title,
        text=text,
        published_at=seen,
        first_seen_at=seen,
        language="en",
        content_hash=f"h:{title}:{text}",
    )


def known(a: Article, revision: int = 1) -> KnownArticle:
    return KnownArticle(
        a.article_id, revision, a.title, len(a.text), frozenset({a.content_hash}), a.first_seen_at
    )


def test_same_article_in_two_feeds_is_one_article_with_two_sightings() -> None:
    res = dedup_articles([art(feed="f1"), art(feed="f2", seen=T0 + timedelta(minutes=5))], {}, set())
    assert len(res.revisions) == 1 and res.revisions[0].revision == 1
    assert res.new_articles == 1 and res.duplicates == 1
    assert sorted(s.feed for s in res.sightings) == ["f1", "f2"]
    assert res.revisions[0].first_seen_at == T0


def test_known_unchanged_article_adds_nothing() -> None:
    a = art()
    res = dedup_articles([a], {a.article_id: known(a)}, {(a.article_id, a.feed, a.url)})
    assert res.revisions == [] and res.sightings == [] and res.duplicates == 1


def test_changed_title_is_a_new_revision() -> None:
    a = art()
    b = replace(art(title="Corrected title"), content_hash="h2")
    res = dedup_articles([b], {a.article_id: known(a, revision=2)}, set())
    assert [(r.article_id, r.revision, r.title) for r in res.revisions] == [("a1", 3, "Corrected title")]
    assert res.revised == 1


def test_shorter_summary_of_known_text_is_not_a_revision() -> None:
    full = art(text="Full text " * 50)
    summary = art(text="Full text " * 5)
    res = dedup_articles([summary], {full.article_id: known(full)}, set())
    assert res.revisions == []


def test_return_to_an_earlier_version_is_not_a_revision() -> None:
    a, b = art(text="Version one of the text."), art(text="Version two of the text!")
    k = KnownArticle("a1", 2, "Title", len(b.text), frozenset({a.content_hash, b.content_hash}), T0)
    assert dedup_articles([a], {"a1": k}, set()).revisions == []


def test_summary_with_another_title_is_not_a_revision_of_the_full_text() -> None:
    """One feed carries the summary, another the full text, each with its own title: no ping-pong."""
    full = art(feed="full", text="Full text " * 50, title="Truce talks resume in Geneva")
    summary = art(feed="summary", text="Full text " * 5, title="Truce talks resume")
    res = dedup_articles([summary], {full.article_id: known(full)}, set())
    assert res.revisions == [] and res.duplicates == 1
    assert [s.feed for s in res.sightings] == ["summary"]


def test_correction_of_the_title_alone_is_a_revision() -> None:
    a = art(title="Minister resigns")
    b = replace(art(title="Minister does not resign"), content_hash="h2")
    res = dedup_articles([b], {a.article_id: known(a)}, set())
    assert [(r.revision, r.title) for r in res.revisions] == [(2, "Minister does not resign")]


def apply_run(batch: list[Article], state: dict[str, KnownArticle], revisions: list[tuple[str, int]]) -> None:
    """Commit a batch the way the catalog does: latest revision, all content hashes kept."""
    res = dedup_articles(batch, state, set())
    for r in res.revisions:
        prior = state.get(r.article_id)
        hashes = (prior.content_hashes if prior else frozenset()) | {r.content_hash}
        state[r.article_id] = KnownArticle(
            r.article_id, r.revision, r.title, len(r.text), hashes, r.first_seen_at
        )
        revisions.append((r.article_id, r.revision))


@given(
    st.lists(
        st.sets(st.sampled_from(["summary", "full", "summary-retitled"]), min_size=1), min_size=1, max_size=12
    )
)
def test_alternating_feeds_settle_after_at_most_one_revision_each(runs: list[set[str]]) -> None:
    versions = {
        "summary": art(feed="s", text="Full text " * 5, title="Truce talks resume"),
        "summary-retitled": art(feed="s2", text="Full text " * 5, title="Truce talks resume - Wire"),
        "full": art(feed="f", text="Full text " * 50, title="Truce talks resume in Geneva"),
    }
    state: dict[str, KnownArticle] = {}
    revisions: list[tuple[str, int]] = []
    full_seen_at = None
    for n, run in enumerate(runs):
        apply_run([versions[v] for v in sorted(run)], state, revisions)
        if "full" in run and full_seen_at is None:
            full_seen_at, count = n, len(revisions)
    seen = set().union(*runs)
    assert len(revisions) <= len(seen)  # each version wins once at most: never back and forth
    if full_seen_at is not None:
        assert state["a1"].text_length == len(versions["full"].text)  # the full text stays the latest
        assert len(revisions) == count  # and nothing after it replaces it


articles = st.lists(
    st.builds(
        art,
        article_id=st.sampled_from(["a1", "a2", "a3"]),
        feed=st.sampled_from(["f1", "f2"]),
        text=st.sampled_from(["short", "a longer text", "the longest text of all"]),
        seen=st.sampled_from([T0, T0 + timedelta(hours=1)]),
    ),
    max_size=12,
)


@given(articles, st.randoms())
def test_dedup_is_order_independent(batch: list[Article], rnd: object) -> None:
    shuffled = list(batch)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = dedup_articles(batch, {}, set()), dedup_articles(shuffled, {}, set())
    assert a.revisions == b.revisions and a.sightings == b.sightings
    assert len({r.article_id for r in a.revisions}) == len(a.revisions)
    assert a.new_articles + a.duplicates == len(batch)


FULL_TEXT = "The minister said the bridge would reopen in May after repairs to its eastern span. " * 16
RETRACTIONS = [  # (title, text, a new revision?) — round eighteen: a notice replacing the text is a revision
    ("Bridge to reopen in May", "This article has been retracted because it did not meet our editorial standards.", True),
    ("Retracted: Bridge to reopen in May", "Editor's note: see our corrections page.", True),
    ("Bridge to reopen in May", "The story you requested has been removed.", True),
    ("Brücke wird im Mai eröffnet", "Dieser Artikel wurde zurückgezogen.", True),
    ("Міст відкриють у травні", "Цю статтю видалено на прохання редакції.", True),
    ("Мост откроют в мае", "Эта статья удалена редакцией.", True),
    ("Мост откроют в мае", "Материал был снят с публикации.", True),
    ("Bridge to reopen in May", "The minister said the bridge would reopen in May.", False),  # a summary (guard)
    ("Bridge to reopen in May", "The paper's retraction of a story about the bridge was criticised.", False),  # guard
    ("Retraction row: council split", "The council argued for hours over the retraction of the motion. " * 10, False),  # a long text under such a title is an article (guard: shorter than 80%)
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "revised"), RETRACTIONS)
def test_a_retraction_notice_replacing_the_text_is_a_revision(title: str, text: str, revised: bool) -> None:
    full = art(text=FULL_TEXT, title="Bridge to reopen in May")
    notice = art(text=text, title=title)
    res = dedup_articles([notice], {full.article_id: known(full)}, set())
    assert [r.revision for r in res.revisions] == ([2] if revised else [])


# Round twenty-three: an article's publication time is the first one its outlet gave it. (stored time and whether
# trusted, candidate's time and whether trusted, the candidate's text edited?) -> (a revision?, its time, trusted)
T_SEEN = T0 + timedelta(hours=3)  # the article was first fetched then
DATE_CASES = [
    ((T0, True), (T0 + timedelta(hours=8), True), True, (True, T0, True)),  # an edit bumps pubDate: kept (new)
    ((T_SEEN, False), (T0, True), False, (True, T0, True)),  # a date after none or a future one (new)
    ((T_SEEN, False), (T0, True), True, (True, T0, True)),  # the same, with an edit
    ((T0, True), (T0 - timedelta(hours=2), True), True, (True, T0 - timedelta(hours=2), True)),  # an earlier one
    ((T0, True), (T_SEEN, False), True, (True, T0, True)),  # an edit that loses its date (new)
    ((T_SEEN, False), (T_SEEN + timedelta(days=3), True), True, (True, T_SEEN, False)),  # after first seen (new)
    ((T_SEEN, False), (T_SEEN + timedelta(days=3), True), False, (False, None, None)),  # the same, no edit (guard)
    ((T0, True), (T0 + timedelta(hours=8), True), False, (False, None, None)),  # a moved date alone (guard)
    ((T_SEEN, False), (T_SEEN + timedelta(hours=1), False), False, (False, None, None)),  # still undated (guard)
    ((None, True), (T0 + timedelta(hours=8), True), True, (True, T0 + timedelta(hours=8), True)),  # old catalog
]  # fmt: skip


@pytest.mark.parametrize(("stored", "candidate", "edited", "expected"), DATE_CASES)
def test_a_revision_keeps_the_first_publication_time(
    stored: tuple[datetime | None, bool],
    candidate: tuple[datetime, bool],
    edited: bool,
    expected: tuple[bool, datetime | None, bool | None],
) -> None:
    first = art(seen=T_SEEN)
    prior = replace(
        known(first), published_at=stored[0], date_trusted=stored[1], content_hash=first.content_hash
    )
    text = first.text + " An added sentence." if edited else first.text
    new = replace(
        art(text=text, seen=T_SEEN + timedelta(days=1)), published_at=candidate[0], date_trusted=candidate[1]
    )
    res = dedup_articles([new], {new.article_id: prior}, set())
    revised, published, trusted = expected
    assert bool(res.revisions) == revised
    if revised:
        [rev] = res.revisions
        assert (rev.revision, rev.published_at, rev.date_trusted, rev.first_seen_at) == (
            2,
            published,
            trusted,
            T_SEEN,
        )
