"""robots.txt for article pages: fetched once per origin with the fetch rules, cached, obeyed.

``RobotsRules.verdict(url)`` answers ``allowed``, ``disallowed``, ``unavailable`` (try the page in a
later run) or ``budget`` (no time left to ask). The first page of an origin fetches
``<origin>/robots.txt`` through the caller's fetch function (same client, host limiter, deadline,
size cap and User-Agent as pages); other threads asking about that origin wait for it. As RFC 9309
says: a 2xx body is parsed (``urllib.robotparser`` groups; the group of our User-Agent's product
token, else ``*``; longest matching rule wins, ``*`` and ``$`` wildcards); a 4xx (404 included) or 410 means everything is allowed; a 5xx, 429, timeout or connection
error makes the origin unavailable for this run (nothing fetched from it). Answers are cached in
memory and, except "unavailable", in the catalog's ``robots_txt`` table for ``ROBOTS_TTL`` (24 h).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from urllib.parse import unquote, urlsplit
from urllib.robotparser import RobotFileParser

from ingest.models import FetchResult

ROBOTS_TTL = timedelta(hours=24)
ROBOTS_ACCEPT = "text/plain, */*;q=0.5"
SCHEMA = """
create table if not exists robots_txt (
    origin text primary key, status text not null, body text not null, http_status integer,
    fetched_at text not null, expires_at text not null);
"""

Verdict = Literal["allowed", "disallowed", "unavailable", "budget"]
RobotsFetch = Callable[[str], FetchResult | None]  # None: not fetched (the run's budget is spent)


@dataclass(slots=True)
class RobotsEntry:
    origin: str  # scheme://host[:port]
    status: str  # ok (rules in body) | allow_all | unavailable
    body: str
    fetched_at: datetime
    expires_at: datetime
    http_status: int | None = None
    error: str | None = None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def entry_from_result(origin: str, result: FetchResult, now: datetime) -> RobotsEntry:
    """What a fetch of ``<origin>/robots.txt`` means (RFC 9309 §2.3.1)."""
    status, body = "unavailable", ""
    code = result.http_status
    if result.status == "ok" and result.body is not None:
        status, body = "ok", result.body.decode("utf-8", errors="replace")
    elif result.status in ("error", "gone") and code is not None and 400 <= code < 500 and code != 429:
        status = "allow_all"
    return RobotsEntry(
        origin, status, body, now, now + ROBOTS_TTL, code, None if status != "unavailable" else result.error
    )


def parse_rules(body: str) -> RobotFileParser:
    parser = RobotFileParser()
    parser.parse(body.splitlines())
    return parser


def is_allowed(parser: RobotFileParser, user_agent: str, url: str) -> bool:
    """RFC 9309 matching over ``urllib.robotparser``'s groups (which itself takes the first rule that
    matches and knows no wildcards): the group of our product token, else ``*``; the longest matching
    rule wins, Allow on a tie; ``*`` matches any run of characters and a final ``$`` the end."""
    entries = getattr(parser, "entries", [])
    entry = next((e for e in entries if e.applies_to(user_agent)), getattr(parser, "default_entry", None))
    if entry is None:
        return True
    parts = urlsplit(url)
    path = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
    best, allowed = -1, True
    for rule in entry.rulelines:
        pattern = unquote(rule.path)
        longer = len(pattern) > best or (len(pattern) == best and rule.allowance)
        if longer and rule_regex(pattern).match(path):
            best, allowed = len(pattern), rule.allowance
    return allowed


@functools.lru_cache(maxsize=4096)
def rule_regex(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = ".*".join(re.escape(part) for part in pattern.rstrip("$").split("*"))
    return re.compile(body + ("$" if anchored else ""))


class RobotsRules:
    """Per-run robots.txt answers (thread-safe): ``known`` entries come from the catalog."""

    def __init__(
        self, user_agent: str, fetch: RobotsFetch, known: dict[str, RobotsEntry], now: datetime
    ) -> None:
        self.user_agent = user_agent
        self.fetch = fetch
        self.now = now
        self.entries = {o: e for o, e in known.items() if e.expires_at > now}
        self.fresh: dict[str, RobotsEntry] = {}
        self._parsers: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}

    def verdict(self, url: str) -> tuple[Verdict, RobotsEntry | None]:
        origin = origin_of(url)
        with self._lock:
            lock = self._origin_locks.setdefault(origin, threading.Lock())
        with lock:
            entry = self.entries.get(origin)
            if entry is None:
                result = self.fetch(f"{origin}/robots.txt")
                if result is None:
                    return "budget", None
                entry = self.entries[origin] = self.fresh[origin] = entry_from_result(
                    origin, result, self.now
                )
            if entry.status == "unavailable":
                return "unavailable", entry
            if entry.status != "ok":
                return "allowed", entry
            parser = self._parsers.get(origin)
            if parser is None:
                parser = self._parsers[origin] = parse_rules(entry.body)
        return ("allowed" if is_allowed(parser, self.user_agent, url) else "disallowed"), entry

    def to_save(self) -> list[RobotsEntry]:
        """Entries fetched in this run that later runs may reuse (not the unavailable ones)."""
        return [e for e in self.fresh.values() if e.status != "unavailable"]


# -- catalog cache ------------------------------------------------------------------------------


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def load_entries(conn: sqlite3.Connection, origins: Iterable[str], now: datetime) -> dict[str, RobotsEntry]:
    """Unexpired cached entries of these origins."""
    out = {}
    wanted = sorted(set(origins))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "select origin, status, body, fetched_at, expires_at, http_status from robots_txt "
            f"where origin in ({marks})",
            chunk,
        ):
            entry = RobotsEntry(
                row[0], row[1], row[2], datetime.fromisoformat(row[3]), datetime.fromisoformat(row[4]), row[5]
            )
            if entry.expires_at > now:
                out[entry.origin] = entry
    return out


def write_entries(conn: sqlite3.Connection, entries: Iterable[RobotsEntry]) -> None:
    """Upsert entries (the caller holds the transaction)."""
    conn.executemany(
        "insert or replace into robots_txt values (?, ?, ?, ?, ?, ?)",
        [
            (e.origin, e.status, e.body, e.http_status, e.fetched_at.isoformat(), e.expires_at.isoformat())
            for e in entries
        ],
    )
