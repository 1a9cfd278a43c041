"""The catalog: a SQLite file next to the lake that is the commit log of the pipeline.

It holds per-feed fetch state, the identity index of known articles and sightings, the fetch
records already processed, and the list of committed lake files. A batch is committed in one
SQLite transaction; lake files written before a commit that never happened are deleted on the
next open (``recover``), so a run killed at any moment loses nothing and doubles nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from ingest import store
from ingest.config import IngestError, check_folder
from ingest.dedup import KnownArticle, Sighting
from ingest.lakepath import LakePath, duckdb_path, resolve_lake
from ingest.models import Article, FeedState
from ingest.urls import redact_credentials
from ingest.writerlock import acquire_writer, release_writer

SCHEMA = """
create table if not exists feed_state (feed text primary key, data text not null);
create table if not exists articles (
    article_id text primary key, revision integer not null, title text not null,
    text_length integer not null, content_hashes text not null, first_seen_at text not null,
    story_id text not null default '', is_original integer not null default 1,
    published_at text not null default '', date_trusted integer not null default 1,
    content_hash text not null default '');
create table if not exists sightings (
    article_id text not null, feed text not null, url text not null, primary key (article_id, feed, url));
create table if not exists item_guids (
    feed text not null, guid text not null, article_id text not null, published text not null,
    primary key (feed, guid));
create table if not exists article_aliases (alias_id text primary key, article_id text not null);
create table if not exists processed_fetches (fetch_id text primary key, batch_id text not null);
create table if not exists lake_files (
    seq integer primary key autoincrement, path text not null unique, tbl text not null,
    batch_id text not null, rows integer not null);
create table if not exists pending_files (path text primary key, batch_id text not null);
create table if not exists persons (key text primary key, surname text not null, name text not null);
create index if not exists persons_surname on persons (surname);
create table if not exists batches (batch_id text primary key, committed_at text not null, summary text not null);
"""
_LOOKUP_CHUNK = 500
# Round twenty-three: columns added to a table after catalogs were made (a catalog of an older version gains
# them when opened; '' is "not recorded", and the rules that read them then do as before)
ARTICLE_COLUMNS = (
    "article_id, revision, title, text_length, content_hashes, first_seen_at, story_id, is_original,"
    " published_at, date_trusted, content_hash"
)
ADDED_COLUMNS = {
    "articles": (
        ("published_at", "text not null default ''"),
        ("date_trusted", "integer not null default 1"),
        ("content_hash", "text not null default ''"),
    ),
}


class Catalog:
    def __init__(self, path: Path, lake: LakePath) -> None:
        self.path = path
        self.lake = lake
        check_folder(path.parent)
        self.writer = acquire_writer(path.parent)  # one writer per warehouse: ingest.writerlock
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60)
            try:
                self.conn.execute("pragma journal_mode=wal")
                self.conn.execute("pragma synchronous=full")
                self.conn.executescript(SCHEMA)
                add_missing_columns(self.conn)
            except BaseException:
                self.conn.close()
                raise
            self.recover()
        except sqlite3.DatabaseError as exc:
            release_writer(self.writer)
            raise catalog_error(path, exc) from None
        except BaseException:
            release_writer(self.writer)
            raise

    @classmethod
    def open(cls, warehouse: Path) -> Catalog:
        """The catalog of ``warehouse``; its lake is ``<warehouse>/lake`` or ``$INGEST_LAKE`` (see lakepath)."""
        return cls(warehouse / "catalog.sqlite", resolve_lake(warehouse))

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            release_writer(self.writer)

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("begin immediate")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("rollback")
            raise
        self.conn.execute("commit")

    # -- recovery -------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Remove lake files of batches that were written but never committed."""
        orphans = [r[0] for r in self.conn.execute("select path from pending_files")]
        store.remove_files(self.lake, orphans)
        if orphans:
            store.remove_temp_files(self.lake)
        with self.transaction() as tx:
            tx.execute("delete from pending_files")
        return orphans

    def begin_batch(self, batch_id: str, rel_paths: Iterable[str]) -> None:
        """Announce the files a batch is about to write (removed by `recover` if it never commits)."""
        rel_paths = list(rel_paths)
        for chunk in chunked(rel_paths, _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            taken = self.conn.execute(
                f"select path from lake_files where path in ({marks})", chunk
            ).fetchone()
            if taken:
                raise IngestError(f"batch {batch_id}: lake file {taken[0]} is already committed")
        with self.transaction() as tx:
            tx.executemany(
                "insert or replace into pending_files values (?, ?)", [(p, batch_id) for p in rel_paths]
            )

    # -- feed state -----------------------------------------------------------------------
    def load_states(self) -> dict[str, FeedState]:
        return {
            feed: decode_state(data) for feed, data in self.conn.execute("select feed, data from feed_state")
        }

    def save_states(self, states: Iterable[FeedState]) -> None:
        with self.transaction() as tx:
            tx.executemany(
                "insert or replace into feed_state values (?, ?)", [(s.feed, encode_state(s)) for s in states]
            )

    # -- identity index -------------------------------------------------------------------
    def lookup_articles(self, article_ids: Iterable[str]) -> dict[str, KnownArticle]:
        out: dict[str, KnownArticle] = {}
        for chunk in chunked(sorted(set(article_ids)), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"select {ARTICLE_COLUMNS} from articles where article_id in ({marks})", chunk
            ):
                out[row[0]] = KnownArticle(
                    article_id=row[0],
                    revision=row[1],
                    title=row[2],
                    text_length=row[3],
                    content_hashes=frozenset(json.loads(row[4])),
                    first_seen_at=datetime.fromisoformat(row[5]),
                    story_id=row[6],
                    is_original=bool(row[7]),
                    published_at=datetime.fromisoformat(row[8]) if row[8] else None,
                    date_trusted=bool(row[9]),
                    content_hash=row[10],
                )
        return out

    def lookup_sightings(self, article_ids: Iterable[str]) -> set[tuple[str, str, str]]:
        out: set[tuple[str, str, str]] = set()
        for chunk in chunked(sorted(set(article_ids)), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            out.update(
                self.conn.execute(
                    f"select article_id, feed, url from sightings where article_id in ({marks})", chunk
                )
            )
        return out

    def lookup_persons(self, surnames: Iterable[str]) -> dict[str, str]:
        """Person keys (first-name class|surname) seen in earlier batches with these surnames, with their names."""
        out: dict[str, str] = {}
        for chunk in chunked(sorted(set(surnames)), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            out.update(self.conn.execute(f"select key, name from persons where surname in ({marks})", chunk))
        return out

    def save_persons(self, persons: dict[str, str]) -> None:
        """Remember person keys and names (hints for linking bare surnames in later batches; idempotent)."""
        rows = [(k, k.split("|", 1)[-1], name) for k, name in sorted(persons.items())]
        with self.transaction() as tx:
            tx.executemany("insert or ignore into persons values (?, ?, ?)", rows)

    def processed_fetch_ids(self, fetch_ids: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in chunked(sorted(set(fetch_ids)), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            out.update(
                r[0]
                for r in self.conn.execute(
                    f"select fetch_id from processed_fetches where fetch_id in ({marks})", chunk
                )
            )
        return out

    # -- commit -----------------------------------------------------------------------------
    def commit_batch(
        self,
        batch_id: str,
        committed_at: datetime,
        revisions: list[Article],
        known: dict[str, KnownArticle],
        sightings: list[Sighting],
        fetch_ids: Iterable[str],
        states: Iterable[FeedState],
        files: dict[str, tuple[str, int]],
        summary: dict[str, Any],
        on_commit: Callable[[sqlite3.Connection], None] | None = None,
    ) -> None:
        """Record everything a batch added, in one transaction (the commit point of a run).

        ``on_commit`` writes a stage's own index rows (the story index) in that same transaction."""
        with self.transaction() as tx:
            if on_commit is not None:
                on_commit(tx)
            tx.executemany(
                f"insert or replace into articles ({ARTICLE_COLUMNS}) values ({', '.join('?' * 11)})",
                [
                    (
                        art.article_id,
                        art.revision,
                        art.title,
                        len(art.text),
                        json.dumps(list_content_hashes(known.get(art.article_id), art.content_hash)),
                        art.first_seen_at.isoformat(),
                        art.story_id,
                        int(art.is_original),
                        art.published_at.isoformat(),
                        int(art.date_trusted),
                        art.content_hash,
                    )
                    for art in revisions
                ],
            )
            tx.executemany(
                "insert or ignore into sightings values (?, ?, ?)",
                [(s.article_id, s.feed, s.url) for s in sightings],
            )
            tx.executemany(
                "insert or ignore into processed_fetches values (?, ?)", [(f, batch_id) for f in fetch_ids]
            )
            tx.executemany(
                "insert or replace into feed_state values (?, ?)", [(s.feed, encode_state(s)) for s in states]
            )
            for table, (rel, rows) in sorted(files.items()):
                tx.execute(
                    "insert or ignore into lake_files (path, tbl, batch_id, rows) values (?, ?, ?, ?)",
                    (rel, table, batch_id, rows),
                )
            tx.execute("delete from pending_files where batch_id = ?", (batch_id,))
            tx.execute(
                "insert or replace into batches values (?, ?, ?)",
                (batch_id, committed_at.isoformat(), json.dumps(summary)),
            )

    # -- lake manifest -----------------------------------------------------------------------
    def lake_files(self, table: str, after_seq: int = 0) -> list[tuple[int, str]]:
        return list(
            self.conn.execute(
                "select seq, path from lake_files where tbl = ? and seq > ? order by seq", (table, after_seq)
            )
        )

    def readable_files(self, tables: Iterable[str]) -> dict[str, list[str]]:
        """Per table, what read_parquet is given: the empty schema file first (no files still have
        columns), then every committed file, as DuckDB names them (see lakepath.duckdb_path)."""
        empty = store.ensure_empty_files(self.lake)
        return {
            t: [duckdb_path(self.lake, p) for p in [empty[t], *(p for _, p in self.lake_files(t))]]
            for t in tables
        }

    def last_seq(self) -> int:
        row = self.conn.execute("select coalesce(max(seq), 0) from lake_files").fetchone()
        return int(row[0])

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.conn.execute("select count(*) from articles").fetchone()[0],
            "batches": self.conn.execute("select count(*) from batches").fetchone()[0],
        }


def add_missing_columns(conn: sqlite3.Connection) -> None:
    """Add to the tables of an older catalog the columns this version reads (``ADDED_COLUMNS``)."""
    for table, columns in ADDED_COLUMNS.items():
        have = {row[1] for row in conn.execute(f"pragma table_info({table})")}
        for name, kind in columns:
            if name not in have:
                conn.execute(f"alter table {table} add column {name} {kind}")


def list_content_hashes(prior: KnownArticle | None, content_hash: str) -> list[str]:
    """The article's content hashes so far, sorted: the known ones and this revision's."""
    if prior is None:
        return [content_hash]
    return sorted({*prior.content_hashes, content_hash})


def chunked(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def encode_state(state: FeedState) -> str:
    data = asdict(state)
    for key in ("url", "original_url", "redirect_target"):  # a login stays in the feeds file
        data[key] = redact_credentials(data[key])
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = value.isoformat()
    return json.dumps(data, sort_keys=True)


def decode_state(text: str) -> FeedState:
    data = json.loads(text)
    known = {f.name for f in fields(FeedState)}
    for key in ("last_fetch_at", "last_success_at", "next_fetch_at", "failing_since", "last_body_at"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    return FeedState(**{k: v for k, v in data.items() if k in known})


def read_states(warehouse: Path) -> dict[str, FeedState]:
    """Feed states without opening the catalog for writing (empty when there is no catalog yet)."""
    check_folder(warehouse, create=False)
    path = warehouse / "catalog.sqlite"
    if not path.is_file():
        return {}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        if not conn.execute("select 1 from sqlite_master where name = 'feed_state'").fetchone():
            return {}  # created by a run killed before it made the tables: the next writer makes them
        return {feed: decode_state(data) for feed, data in conn.execute("select feed, data from feed_state")}
    except sqlite3.DatabaseError as exc:
        raise catalog_error(path, exc) from None
    finally:
        conn.close()


def catalog_error(path: Path, exc: sqlite3.DatabaseError) -> IngestError:
    """One line for a catalog SQLite cannot use: corrupt, not a database, locked too long, unwritable."""
    reason = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, sqlite3.OperationalError) and "locked" not in reason:
        return IngestError(f"{path}: cannot use the catalog ({reason})")
    if "locked" in reason:
        return IngestError(f"{path}: the catalog stayed locked by another process ({reason})")
    return IngestError(f"{path}: the catalog is damaged ({reason}); restore it from a backup")
