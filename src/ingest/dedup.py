"""Deduplication of articles within a batch and against what the warehouse already holds.

Pure: the caller looks up what is known about the batch's article ids (``KnownArticle``) and the
sightings already recorded, and gets back the rows to add. The result does not depend on the order
of the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from ingest.models import Article

# A changed text shorter than this share of the stored one is taken for a summary of the same
# revision (one outlet's feeds often carry both), not for a correction — even when its title
# differs: a summary feed and a full-text feed of the same article may title it differently, and
# taking each for a revision of the other would flip the article back and forth on every run.
MIN_REVISION_LENGTH_SHARE = 0.8

# Round eighteen: an outlet that retracts or deletes an item often keeps it in its feed for a while with
# its text replaced by a short notice ("This article has been retracted …"), and a title marked so. That
# notice is the article's new version however short it is: taken for a summary, it left the retracted
# text and its statements in place. Only a short text (a notice, not an article about a retraction).
RETRACTION_TITLE_RE = re.compile(
    r"^\W*(?:retracted|retraction|withdrawn|removed|deleted|zurückgezogen|gelöscht|відкликано|видалено|"
    r"отозвано|удалено)\b",
    re.IGNORECASE,
)
RETRACTION_NOTICE_RE = re.compile(
    r"\b(?:this|the) (?:article|story|report|post|item|piece|page)(?: you (?:requested|are looking for))? "
    r"(?:has been|was|is) (?:retracted|withdrawn|removed|deleted|taken down|unpublished|no longer available)\b|"
    r"\b(?:Artikel|Beitrag|Bericht|Text) wurde (?:zurückgezogen|entfernt|gelöscht|depubliziert)|"
    r"(?:статтю|матеріал|новину|публікацію) (?:було )?(?:видалено|відкликано|знято з публікації)|"
    r"(?:статья|материал|новость|публикация) (?:был[аои]? )?(?:удал[её]н[аоы]?|отозван[аоы]?|снят[аоы]?)",
    re.IGNORECASE,
)
RETRACTION_NOTICE_MAX = 600

# Round twenty-three: an article's publication time is the first one its outlet gave it. An edit that moves
# the item's date (a CMS that bumps `pubDate` on every update) was stored with the update's time, so the
# original of a story became later than its copies (they turned original) and its statements were first said
# hours later. A revision keeps the stored trusted time unless the new one is earlier; a trusted time for an
# article stored with its first-seen time (its date was missing or in the future) replaces it, also when the
# text is unchanged: a revision of the date alone. Up to this long after the article was first seen (as
# normalise.FUTURE_TOLERANCE: a time later than that would put the publication after the first fetch).
FOUND_DATE_TOLERANCE = timedelta(days=1)


@dataclass(slots=True)
class KnownArticle:
    article_id: str
    revision: int
    title: str
    text_length: int
    content_hashes: frozenset[str]
    first_seen_at: datetime
    story_id: str = ""
    is_original: bool = True
    published_at: datetime | None = None  # of the stored revision; None when not recorded (older catalogs)
    date_trusted: bool = True
    content_hash: str = ""  # of the stored revision; "" when not recorded


@dataclass(frozen=True, slots=True)
class Sighting:
    article_id: str
    feed: str
    url: str
    seen_at: datetime


@dataclass(slots=True)
class DedupResult:
    revisions: list[Article] = field(default_factory=list)  # new articles and new revisions, to store
    sightings: list[Sighting] = field(default_factory=list)  # first sightings per (article, feed, url)
    new_articles: int = 0
    revised: int = 0
    duplicates: int = 0  # candidates that added no revision


def dedup_articles(
    candidates: list[Article],
    known: dict[str, KnownArticle],
    known_sightings: set[tuple[str, str, str]],
) -> DedupResult:
    result = DedupResult()
    groups: dict[str, list[Article]] = {}
    for art in candidates:
        groups.setdefault(art.article_id, []).append(art)
    for article_id in sorted(groups):
        group = groups[article_id]
        record_sightings(group, known_sightings, result)
        best = choose_version(group)
        prior = known.get(article_id)
        if prior is None:
            result.revisions.append(replace(best, revision=1))
            result.new_articles += 1
            result.duplicates += len(group) - 1
        elif is_new_revision(best, prior) or is_date_found(best, prior):
            published_at, trusted = choose_published(best, prior)
            result.revisions.append(
                replace(
                    best,
                    revision=prior.revision + 1,
                    first_seen_at=prior.first_seen_at,
                    published_at=published_at,
                    date_trusted=trusted,
                )
            )
            result.revised += 1
            result.duplicates += len(group) - 1
        else:
            result.duplicates += len(group)
    return result


def choose_version(group: list[Article]) -> Article:
    """The most complete copy (longest text, then title; ties broken by hash, date, feed, URL), first seen at the earliest sighting."""
    best = min(
        group,
        key=lambda a: (
            -len(a.text),
            -len(a.title),
            a.content_hash,
            a.published_at,
            a.feed,
            a.url,
            a.guid or "",
        ),
    )
    first_seen = min(a.first_seen_at for a in group)
    return replace(best, first_seen_at=first_seen) if first_seen != best.first_seen_at else best


def is_new_revision(candidate: Article, prior: KnownArticle) -> bool:
    """A content never stored before (a return to an earlier version is not a revision) that is not
    a shorter summary of the stored text; a changed title with the same text is a correction."""
    if candidate.content_hash in prior.content_hashes:
        return False
    return len(candidate.text) >= MIN_REVISION_LENGTH_SHARE * prior.text_length or is_retraction_notice(
        candidate
    )


def is_date_found(candidate: Article, prior: KnownArticle) -> bool:
    """The stored revision's text again, now with a trusted publication time where the stored one was the
    first-seen time (an item first dated in the future, or not at all)."""
    return (
        candidate.content_hash == prior.content_hash
        and prior.published_at is not None
        and not prior.date_trusted
        and is_plausible_date(candidate, prior)
    )


def is_plausible_date(candidate: Article, prior: KnownArticle) -> bool:
    """A trusted publication time no later than a day after the article was first seen."""
    return candidate.date_trusted and candidate.published_at <= prior.first_seen_at + FOUND_DATE_TOLERANCE


def choose_published(candidate: Article, prior: KnownArticle) -> tuple[datetime, bool]:
    """A revision's publication time and whether it is trusted: the earlier of the stored and the new trusted
    times; the stored one when the new one is not trusted (or too late to be); the candidate's when the stored
    one was not recorded (a catalog of an older version)."""
    if prior.published_at is None:
        return candidate.published_at, candidate.date_trusted
    if not is_plausible_date(candidate, prior):
        return prior.published_at, prior.date_trusted
    if not prior.date_trusted:
        return candidate.published_at, True
    return min(candidate.published_at, prior.published_at), True


def is_retraction_notice(candidate: Article) -> bool:
    """A short text that says the item was retracted, withdrawn or deleted, or a short text under a title
    marked so: the article's new version, never a summary of the old one."""
    if len(candidate.text) > RETRACTION_NOTICE_MAX:
        return False
    return bool(RETRACTION_TITLE_RE.search(candidate.title) or RETRACTION_NOTICE_RE.search(candidate.text))


def record_sightings(
    group: list[Article], known_sightings: set[tuple[str, str, str]], result: DedupResult
) -> None:
    firsts: dict[tuple[str, str, str], datetime] = {}
    for art in group:
        key = (art.article_id, art.feed, art.url)
        if key in known_sightings:
            continue
        if key not in firsts or art.first_seen_at < firsts[key]:
            firsts[key] = art.first_seen_at
    for (article_id, feed, url), seen_at in sorted(firsts.items()):
        result.sightings.append(Sighting(article_id, feed, url, seen_at))
