"""Items whose link moved: the same guid in the same feed, a new link, the same publication time.

An article's identity is its link (``normalise.make_article_id``), so an item whose link changes
(an edited slug, a session or cache-busting parameter that is no tracking parameter, another host
of the outlet) would become a second article, with its statements a second time. The catalog
keeps, per feed and guid, the article it named last and that item's publication time
(``item_guids``). A candidate whose own article is unknown is taken for that article again when
its feed gives it the same guid and the same trusted publication time (within
:data:`SAME_TIME`): then the new link is a sighting, an edit a revision, and nothing is doubled.

Every such move is remembered as an alias (``article_aliases``: the id the new link gives → the
article's id), so the moved link names the same article from then on, in any feed and whatever
guid comes with it later.

Round eighteen: an item that moves to another feed of its outlet (from its "news" feed to its "world"
feed when an editor changes its section, the section in its link too) keeps its guid and its
publication time, so it is looked up under its outlet as well (:data:`OUTLET_KEY`): a real guid
(never a title key), the same trusted publication time (never the content-hash rule for re-dated
items), and one article per outlet and guid in the batch. It was a second article, statements and all.
Seen for the first time in one batch in two feeds of its outlet under two links (its mobile feed still
naming the old section), the item is one article too (``merge_feed_copies``): the answer did not
depend on whether a run had seen it before it moved.

A feed that reuses one guid for different items (a daily briefing under a fixed guid) gives them
different publication times, so they stay apart; a guid carried by several different links in
one batch is ambiguous and never followed. Round eleven: a candidate with another publication time
is still taken for the article when its title and text are exactly ones that article has had (its
content hash): a feed that republishes its old items with a new date on every fetch (no link, no
guid: known by title and day) gave them a new article, statements and all, every day.

An item without a guid is known by its title instead (a key no guid can take): a feed without
guids whose links carry a cache-buster (``?ts=…``) or a session keeps its articles the same way.
So is an item whose guid is its link over again (WordPress-style ``<guid>`` = ``<link>``): a token
the server adds to the link on every request is in the guid too, which then names nothing.
A title shared by several items of one batch is ambiguous like a shared guid.

An item without a trusted date (none, or an implausible one) has no time to compare: it is taken
for the article its guid named last only when that one was undated too and the item's title and
text are exactly ones the article has had (its content hash): an undated podcast episode whose
signed enclosure URL changes on every fetch, a link with a cache-buster. An undated guid reused
for new text stays a new article. Undated items are recorded with an empty ``published``; they
never replace the record of a dated one.

Round twenty-three: an item pulled and republished under a new guid *and* a new link (a CMS that re-creates
the post, a migration that gives every item a new id and slug) has nothing the rules above can follow, and
was a second article with its statements a second time. Its title and text are exactly those of a stored
article of its outlet, so each text of at least :data:`MIN_CONTENT_CHARS` is recorded under its outlet and
content hash (:data:`CONTENT_KEY`, the article that first had it) and a candidate whose own article is unknown
is taken for that article (``follow_republished``): the new link a sighting, the move an alias. Short texts
(a title with a line of teaser) are no identity; another outlet's identical text is a syndicated copy, its
own article.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from ingest.models import Article
from ingest.normalise import normalise_title

SAME_TIME = timedelta(hours=1)
_LOOKUP_CHUNK = 400

GuidKey = tuple[str, str]  # (feed, guid, or the title key of an item without one)
TITLE_KEY = "\x1ftitle:"  # starts the key of an item without a guid (no guid starts so)
OUTLET_KEY = (
    "\x1foutlet:"  # in the feed column: the record of a guid under its outlet (no feed name starts so)
)
CONTENT_KEY = "\x1fcontent:"  # in the feed column: the record of a text (its content hash) under its outlet
MIN_CONTENT_CHARS = 200  # as build.MIN_COPY_CHARS: a text this long names one article of its outlet


def item_key(art: Article) -> str | None:
    """What names an item within its feed: its guid; without one, or when the guid is just the
    item's link again (a token in one is in both), its normalised title."""
    if art.guid and art.guid != art.url:
        return art.guid
    title = normalise_title(art.title)
    return TITLE_KEY + title if title else None


def pick_unique_guids(candidates: Iterable[Article], trusted: bool = True) -> dict[GuidKey, Article]:
    """One candidate per (feed, guid) with a trusted date (``trusted=False``: without one), for keys
    naming one article in the batch."""
    ids: dict[GuidKey, set[str]] = {}
    first: dict[GuidKey, Article] = {}
    for art in candidates:
        name = item_key(art)
        if name is None or art.date_trusted != trusted:
            continue
        key = (art.feed, name)
        ids.setdefault(key, set()).add(art.article_id)
        if key not in first or art.published_at < first[key].published_at:
            first[key] = art
    return {key: art for key, art in first.items() if len(ids[key]) == 1}


def follow_moved_items(
    conn: sqlite3.Connection, candidates: Sequence[Article], known_ids: set[str]
) -> list[Article]:
    """``candidates`` with the article id of an item whose link moved replaced by its earlier one.
    ``known_ids``: the candidates' article ids the catalog already knows (those never move)."""
    moves = lookup_aliases(conn, {a.article_id for a in candidates} - known_ids)
    taken = known_ids | moves.keys()
    pending = {k: a for k, a in pick_unique_guids(candidates).items() if a.article_id not in taken}
    undated = {
        k: a
        for k, a in pick_unique_guids(candidates, trusted=False).items()
        if a.article_id not in taken and k not in pending
    }
    found = lookup_guids(conn, pending.keys() | undated.keys())
    by_outlet = pick_outlet_guids(a for k, a in pending.items() if k not in found)
    found_outlet = lookup_guids(conn, by_outlet.keys())
    for key, art in by_outlet.items():
        article_id, published = found_outlet.get(key, (art.article_id, None))
        if article_id != art.article_id and not is_redated(art, published) and published is not None:
            moves[art.article_id] = article_id
    redated = {k for k in pending if k in found and is_redated(pending[k], found[k][1])}
    hashes = lookup_content_hashes(
        conn,
        {found[k][0] for k in redated} | {found[k][0] for k in undated if k in found and found[k][1] is None},
    )
    for key, art in pending.items():
        article_id, published = found.get(key, (art.article_id, None))
        if article_id == art.article_id or published is None:  # a dated item never follows an undated record
            continue
        if key not in redated or art.content_hash in hashes.get(article_id, ()):
            moves[art.article_id] = article_id
    for key, art in undated.items():
        article_id, published = found.get(key, (art.article_id, None))
        if (
            article_id != art.article_id
            and published is None
            and art.content_hash in hashes.get(article_id, ())
        ):
            moves[art.article_id] = article_id
    merge_feed_copies(conn, candidates, known_ids, moves)
    follow_republished(conn, candidates, taken | moves.keys(), moves)
    if not moves:
        return list(candidates)
    return [replace(a, article_id=moves[a.article_id]) if a.article_id in moves else a for a in candidates]


def outlet_key(art: Article) -> GuidKey | None:
    """The key of an item's real guid under its outlet (None for an item known by its title)."""
    name = item_key(art)
    if name is None or name.startswith(TITLE_KEY):
        return None
    return (OUTLET_KEY + art.outlet, name)


def pick_outlet_guids(candidates: Iterable[Article]) -> dict[GuidKey, Article]:
    """One dated candidate per (outlet, guid), for keys naming one article in the batch."""
    ids: dict[GuidKey, set[str]] = {}
    first: dict[GuidKey, Article] = {}
    for art in candidates:
        key = outlet_key(art)
        if key is None or not art.date_trusted:
            continue
        ids.setdefault(key, set()).add(art.article_id)
        if key not in first or art.published_at < first[key].published_at:
            first[key] = art
    return {key: art for key, art in first.items() if len(ids[key]) == 1}


def content_key(art: Article) -> GuidKey | None:
    """The key of an item's title and text under its outlet (None for a text too short to name an article)."""
    if len(art.text) < MIN_CONTENT_CHARS:
        return None
    return (CONTENT_KEY + art.outlet, art.content_hash)


def follow_republished(
    conn: sqlite3.Connection, candidates: Sequence[Article], taken: set[str], moves: dict[str, str]
) -> None:
    """Add to ``moves`` the candidates not yet followed whose title and text are exactly those of a stored
    article of their outlet (an item republished under a new guid and link)."""
    pending: dict[GuidKey, list[Article]] = {}
    for art in candidates:
        key = content_key(art)
        if key is not None and art.article_id not in taken:
            pending.setdefault(key, []).append(art)
    for key, (article_id, _) in lookup_guids(conn, pending).items():
        moves.update((a.article_id, article_id) for a in pending[key] if a.article_id != article_id)


def pick_unique_contents(candidates: Iterable[Article]) -> dict[GuidKey, Article]:
    """One candidate per (outlet, content hash), for texts that name one article in the batch."""
    ids: dict[GuidKey, set[str]] = {}
    first: dict[GuidKey, Article] = {}
    for art in candidates:
        key = content_key(art)
        if key is None:
            continue
        ids.setdefault(key, set()).add(art.article_id)
        first.setdefault(key, art)
    return {key: art for key, art in first.items() if len(ids[key]) == 1}


def merge_feed_copies(
    conn: sqlite3.Connection, candidates: Sequence[Article], known_ids: set[str], moves: dict[str, str]
) -> None:
    """Add to ``moves`` the items of one batch that carry one guid in several feeds of their outlet, one link
    per feed, published within SAME_TIME: all are taken for one article (the one stored under that guid and
    time, else the stored one among them, else the least id)."""
    groups: dict[GuidKey, dict[str, set[str]]] = {}
    times: dict[GuidKey, list[datetime]] = {}
    for art in candidates:
        key = outlet_key(art)
        if key is None or not art.date_trusted or art.article_id in moves:
            continue
        groups.setdefault(key, {}).setdefault(art.feed, set()).add(art.article_id)
        times.setdefault(key, []).append(art.published_at)
    ready = {
        key: per_feed
        for key, per_feed in groups.items()
        if len(per_feed) > 1  # one feed, or a guid on two links of one feed (ambiguous): left alone
        and all(len(one) == 1 for one in per_feed.values())
        and len(set().union(*per_feed.values())) > 1
        and max(times[key]) - min(times[key]) <= SAME_TIME
    }
    recorded = lookup_guids(conn, ready)
    for key, per_feed in ready.items():
        ids = set().union(*per_feed.values())
        stored, published = recorded.get(key, ("", None))
        if published is not None and all(
            not is_redated(a, published) for a in candidates if outlet_key(a) == key
        ):
            target = stored
        elif len(ids & known_ids) <= 1:
            target = min(ids & known_ids or ids)
        else:
            continue
        moves.update((i, target) for i in ids - known_ids - {target})


def is_redated(art: Article, published: datetime | None) -> bool:
    """Whether a dated candidate's publication time is another than the one its feed gave the item before
    (more than SAME_TIME apart; False when the item was undated then)."""
    return published is not None and abs(art.published_at - published) > SAME_TIME


def lookup_aliases(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(article_ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        sql = f"select alias_id, article_id from article_aliases where alias_id in ({','.join('?' * len(chunk))})"
        out.update(conn.execute(sql, chunk).fetchall())
    return out


def lookup_guids(
    conn: sqlite3.Connection, keys: Iterable[GuidKey]
) -> dict[GuidKey, tuple[str, datetime | None]]:
    """(feed, guid) -> (article id, publication time; None for an undated item)."""
    wanted = sorted(set(keys))
    out: dict[GuidKey, tuple[str, datetime | None]] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        marks = ",".join("(?, ?)" for _ in chunk)
        params = [v for key in chunk for v in key]
        sql = (
            f"select feed, guid, article_id, published from item_guids where (feed, guid) in (values {marks})"
        )
        for feed, guid, article_id, published in conn.execute(sql, params):
            out[(feed, guid)] = (article_id, datetime.fromisoformat(published) if published else None)
    return out


def lookup_content_hashes(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """The content hashes each stored article has had (the catalog's ``articles`` rows)."""
    wanted = sorted(set(article_ids))
    out: dict[str, frozenset[str]] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        sql = f"select article_id, content_hashes from articles where article_id in ({','.join('?' * len(chunk))})"
        out.update((article_id, frozenset(json.loads(raw))) for article_id, raw in conn.execute(sql, chunk))
    return out


def record_moves(conn: sqlite3.Connection, moved: Iterable[tuple[Article, Article]]) -> None:
    """Remember each (before, after) candidate whose article id changed as an alias (in the batch's
    transaction)."""
    aliases = sorted({(a.article_id, b.article_id) for a, b in moved if a.article_id != b.article_id})
    conn.executemany("insert or ignore into article_aliases values (?, ?)", aliases)


def record_guids(conn: sqlite3.Connection, candidates: Iterable[Article]) -> None:
    """Remember the article each (feed, guid) named in this batch (inside the batch's transaction)."""
    candidates = list(candidates)
    dated = pick_unique_guids(candidates)
    rows = [
        (feed, guid, art.article_id, art.published_at.isoformat())
        for (feed, guid), art in sorted(dated.items())
    ]
    rows += [
        (feed, guid, art.article_id, art.published_at.isoformat())
        for (feed, guid), art in sorted(pick_outlet_guids(candidates).items())
    ]
    conn.executemany("insert or replace into item_guids values (?, ?, ?, ?)", rows)
    undated = sorted(pick_unique_guids(candidates, trusted=False).items())
    conn.executemany(  # an undated item never replaces the record of a dated one
        "insert into item_guids values (?, ?, ?, '') on conflict (feed, guid) do update"
        " set article_id = excluded.article_id where item_guids.published = ''",
        [(feed, guid, art.article_id) for (feed, guid), art in undated if (feed, guid) not in dated],
    )
    conn.executemany(  # a text keeps naming the article that first had it
        "insert or ignore into item_guids values (?, ?, ?, ?)",
        [
            (feed, digest, art.article_id, art.published_at.isoformat())
            for (feed, digest), art in sorted(pick_unique_contents(candidates).items())
        ],
    )
