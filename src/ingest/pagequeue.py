"""State of page fetching in the catalog's SQLite file: the page queue and the page validators.

* ``page_queue`` — articles whose page is still wanted: not fetched within a run's budget, or
  failed in a way worth retrying (timeout, 5xx, 429/503, robots.txt unavailable). Each row keeps a
  snapshot of the article revision it was queued for, its attempts, and when to try next
  (``next_try_at``: NULL = the next run). ``retry_policy`` decides what happens after an attempt.
* ``page_validators`` — ETag / Last-Modified / body digest of every page fetched, for conditional
  GETs on re-fetch (a 304 re-uses the archived body).

Functions take the catalog's ``sqlite3.Connection``; writers expect the caller's transaction
(``cat.transaction()``, or the ``on_commit`` hook of ``Catalog.commit_batch``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from typing import Any

from ingest.models import Article

SCHEMA = """
create table if not exists page_queue (
    article_id text primary key, feed text not null, url text not null, revision integer not null,
    attempts integer not null default 0, queued_at text not null, next_try_at text,
    last_status text, last_error text, article text not null);
create table if not exists page_validators (
    url text primary key, etag text, last_modified text, body_sha256 text, http_status integer,
    content_type text, fetched_at text not null);
"""
MAX_ATTEMPTS = 5
RETRY_BASE = timedelta(minutes=15)
RETRY_CAP = timedelta(hours=24)
RETRY_STATUSES = frozenset({"deferred", "retry_later", "robots_unavailable"})
_CHUNK = 500
_ARTICLE_TIMES = ("published_at", "first_seen_at")


@dataclass(slots=True)
class QueueEntry:
    article: Article  # the revision it was queued for
    queued_at: datetime
    attempts: int = 0
    next_try_at: datetime | None = None
    last_status: str | None = None
    last_error: str | None = None

    @property
    def article_id(self) -> str:
        return self.article.article_id


@dataclass(slots=True)
class Validator:
    url: str
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    http_status: int | None = None
    content_type: str | None = None


@dataclass(slots=True)
class QueueChanges:
    """What a page run changes: queue rows to (re)write, rows to drop, validators to store."""

    keep: dict[str, QueueEntry] = field(default_factory=dict)
    drop: set[str] = field(default_factory=set)
    validators: dict[str, Validator] = field(default_factory=dict)

    def write(self, conn: sqlite3.Connection) -> None:
        write_changes(conn, self)


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def is_retryable(status: str, http_status: int | None, error: str | None = None) -> bool:
    """Worth another attempt: cut by the budget, a timeout or connection error, a 5xx, 408, 429; since
    round thirteen also a body that failed after a 2xx head (a timeout or the connection closed mid-body,
    a body cut short), but not an empty body."""
    if status in RETRY_STATUSES:
        return True
    if status != "error":
        return False
    if http_status is None or http_status >= 500 or http_status == 408:
        return True
    return 200 <= http_status < 300 and error != "empty body"


def retry_policy(
    entry: QueueEntry,
    status: str,
    http_status: int | None,
    now: datetime,
    retry_after: datetime | None = None,
    error: str | None = None,
) -> QueueEntry | None:
    """The queue entry after an attempt that ended with ``status``; None once the page is done with
    (fetched, or failed for good, or out of attempts). ``pending`` (never started) changes nothing."""
    if status == "pending":
        return entry
    if not is_retryable(status, http_status, error) or entry.attempts + 1 >= MAX_ATTEMPTS:
        return None
    attempts = entry.attempts + 1
    if status == "deferred":
        next_try = None  # only the budget stopped it: the next run
    elif retry_after is not None:
        next_try = max(now, min(retry_after, now + RETRY_CAP))
    else:
        next_try = now + min(RETRY_CAP, RETRY_BASE * 2 ** (attempts - 1))
    return replace(entry, attempts=attempts, next_try_at=next_try, last_status=status)


# -- reading ----------------------------------------------------------------------------------


def load_queue(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, QueueEntry]:
    out: dict[str, QueueEntry] = {}
    for chunk in chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"select * from page_queue where article_id in ({marks})", chunk):
            entry = decode_entry(row)
            out[entry.article_id] = entry
    return out


def due_entries(conn: sqlite3.Connection, now: datetime, limit: int | None = None) -> list[QueueEntry]:
    """Queued pages due now (next_try_at empty or past), oldest first."""
    rows = conn.execute(
        "select * from page_queue where next_try_at is null or next_try_at <= ? "
        "order by queued_at, article_id limit ?",
        (now.isoformat(), -1 if limit is None else limit),
    )
    return [decode_entry(row) for row in rows]


def queue_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("select count(*) from page_queue").fetchone()[0])


def load_validators(conn: sqlite3.Connection, urls: Iterable[str]) -> dict[str, Validator]:
    out: dict[str, Validator] = {}
    for chunk in chunks(sorted(set(urls))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "select url, fetched_at, etag, last_modified, body_sha256, http_status, content_type "
            f"from page_validators where url in ({marks})",
            chunk,
        ):
            out[row[0]] = Validator(row[0], datetime.fromisoformat(row[1]), *row[2:])
    return out


# -- writing ----------------------------------------------------------------------------------


def write_changes(conn: sqlite3.Connection, changes: QueueChanges) -> None:
    """Apply a run's queue and validator changes (inside the caller's transaction)."""
    drop = sorted(changes.drop - set(changes.keep))
    for chunk in chunks(drop):
        conn.execute(f"delete from page_queue where article_id in ({','.join('?' * len(chunk))})", chunk)
    conn.executemany(
        "insert or replace into page_queue values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [encode_entry(e) for _, e in sorted(changes.keep.items())],
    )
    conn.executemany(
        "insert or replace into page_validators values (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                v.url,
                v.etag,
                v.last_modified,
                v.body_sha256,
                v.http_status,
                v.content_type,
                v.fetched_at.isoformat(),
            )
            for _, v in sorted(changes.validators.items())
        ],
    )


def encode_entry(e: QueueEntry) -> tuple[Any, ...]:
    art = e.article
    return (
        art.article_id,
        art.feed,
        art.url,
        art.revision,
        e.attempts,
        e.queued_at.isoformat(),
        e.next_try_at.isoformat() if e.next_try_at else None,
        e.last_status,
        e.last_error,
        encode_article(art),
    )


def decode_entry(row: tuple[Any, ...]) -> QueueEntry:
    return QueueEntry(
        article=decode_article(row[9]),
        queued_at=datetime.fromisoformat(row[5]),
        attempts=row[4],
        next_try_at=datetime.fromisoformat(row[6]) if row[6] else None,
        last_status=row[7],
        last_error=row[8],
    )


def encode_article(art: Article) -> str:
    data = {f.name: getattr(art, f.name) for f in fields(Article)}
    for key in _ARTICLE_TIMES:
        data[key] = data[key].isoformat()
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def decode_article(text: str) -> Article:
    data = json.loads(text)
    known = {f.name for f in fields(Article)}
    for key in _ARTICLE_TIMES:
        data[key] = datetime.fromisoformat(data[key])
    return Article(**{k: v for k, v in data.items() if k in known})


def chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]
