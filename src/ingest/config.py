"""Settings and the feeds file.

The feeds file is TOML with ``[[feeds]]`` tables (``name``, ``url``, optional ``outlet``,
``language``, ``fulltext``, ``enabled``). Every problem is reported as a :class:`ConfigError` whose
message is one line naming the file and what is wrong.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ingest.models import Feed
from ingest.urls import redact_credentials

DEFAULT_FEEDS_FILE = "feeds.toml"
DEFAULT_WAREHOUSE = "warehouse"
FULLTEXT_MODES = ("auto", "always", "never")
_FEED_KEYS = {"name", "url", "outlet", "language", "fulltext", "enabled"}


class IngestError(Exception):
    """A user-facing error: the CLI prints its message on one line and exits non-zero."""


class ConfigError(IngestError):
    pass


def env_value(name: str, default: str) -> str:
    return os.environ.get(name, default)


def from_env(name: str, default: str, cast: type, *, zero: bool = False) -> Any:
    """A default_factory reading `name` from the environment when a Settings is made: a finite number above 0
    (or 0 too, with ``zero``); anything else is a ConfigError naming the variable, before any work starts."""
    return lambda: env_number(name, env_value(name, default), cast, zero=zero)


def env_number(name: str, raw: str, cast: type, *, zero: bool = False) -> Any:
    """The value of environment variable ``name`` (text ``raw``) as ``cast``, checked."""
    kind = "a whole number" if cast is int else "a number"
    try:
        value = cast(raw.strip())
    except ValueError:
        raise ConfigError(f"environment variable {name}={raw!r}: not {kind}") from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        bound = "0 or more" if zero else "above 0"
        raise ConfigError(f"environment variable {name}={raw!r}: must be {kind} {bound}")
    return value


def env_writer_wait() -> float:
    """INGEST_WRITER_WAIT: seconds a run waits for another writer of its warehouse (ingest.writerlock); 0: none."""
    return float(env_number("INGEST_WRITER_WAIT", env_value("INGEST_WRITER_WAIT", "3600"), float, zero=True))


BUILD_MEMORY_RE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B|bytes?|[kmgt]i?b)?\s*")


def env_build_memory() -> str:
    """INGEST_BUILD_MEMORY (a DuckDB size such as ``1.5GB``), else the default; checked before a run starts."""
    raw = env_value("INGEST_BUILD_MEMORY", "")
    if not raw.strip():
        return default_build_memory()
    if not BUILD_MEMORY_RE.fullmatch(raw) or not float(re.sub(r"[^\d.]", "", raw)):
        raise ConfigError(
            f"environment variable INGEST_BUILD_MEMORY={raw!r}: must be a size such as 1.5GB or 512MiB"
        )
    return raw.strip()


# MiB: the warehouse build's DuckDB memory limit when RAM allows (its peak RSS stays under 2 GB)
BUILD_MEMORY_CAP = 1536


def available_memory_mib() -> int | None:
    """Physical RAM, or the cgroup (v2) memory limit when that is lower; None when unknown."""
    sizes = []
    with contextlib.suppress(ValueError, OSError):
        sizes.append(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    with contextlib.suppress(OSError):
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit.isdigit():
            sizes.append(int(limit))
    return min(sizes) // (1 << 20) if sizes else None


def default_build_memory() -> str:
    """DuckDB memory limit of a warehouse build: a quarter of the machine's memory, at most BUILD_MEMORY_CAP."""
    ram = available_memory_mib()
    mib = BUILD_MEMORY_CAP if ram is None else max(256, min(BUILD_MEMORY_CAP, ram // 4))
    return f"{mib}MiB"


@dataclass(frozen=True, slots=True)
class Settings:
    """Paths, limits and budgets shared by the stages; INGEST_* environment variables override the defaults
    (read when a Settings is made, not at import)."""

    warehouse: Path = field(default_factory=lambda: Path(env_value("INGEST_WAREHOUSE", DEFAULT_WAREHOUSE)))
    fetch_timeout_s: float = field(default_factory=from_env("INGEST_FETCH_TIMEOUT", "10", float))
    fetch_deadline_s: float = field(default_factory=from_env("INGEST_FETCH_DEADLINE", "30", float))
    max_body_bytes: int = field(default_factory=from_env("INGEST_MAX_BODY_BYTES", str(15 * 1024 * 1024), int))
    fetch_workers: int = field(default_factory=from_env("INGEST_FETCH_WORKERS", "16", int))
    fetch_per_host: int = field(default_factory=from_env("INGEST_FETCH_PER_HOST", "2", int))
    fetch_host_interval_s: float = field(
        default_factory=from_env("INGEST_FETCH_HOST_INTERVAL", "1.0", float, zero=True)
    )
    user_agent: str = field(
        default_factory=lambda: env_value(
            "INGEST_USER_AGENT", "news-statement-tracker/0.1 (+https://example.org/news-statement-tracker)"
        )
    )
    # article pages of summary-only feeds (ingest.fulltext): time per run, "short" text, threads
    fulltext_budget_s: float = field(
        default_factory=from_env("INGEST_FULLTEXT_BUDGET", "60", float, zero=True)
    )
    fulltext_min_chars: int = field(
        default_factory=from_env("INGEST_FULLTEXT_MIN_CHARS", "600", int, zero=True)
    )
    fulltext_workers: int = field(default_factory=from_env("INGEST_FULLTEXT_WORKERS", "8", int))
    # seconds a run waits for another writer of the same warehouse (read again by ingest.writerlock; here: checked at start)
    writer_wait_s: float = field(default_factory=env_writer_wait)
    # the warehouse build's DuckDB memory limit (a DuckDB size such as "1.5GB"; it spills to .build/tmp beyond it)
    build_memory: str = field(default_factory=env_build_memory)

    @property
    def duckdb_path(self) -> Path:
        return self.warehouse / "news.duckdb"


def load_feeds(path: str | os.PathLike[str]) -> list[Feed]:
    """Read and validate a feeds file; relative local feed paths resolve against the file's folder."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: feeds file not found")
    try:
        data = tomllib.loads(
            p.read_text(encoding="utf-8-sig")
        )  # a BOM (Notepad, PowerShell 5) is no statement
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    return parse_feeds(data, source=str(p), base_dir=p.parent)


def parse_feeds(data: dict[str, object], source: str, base_dir: Path | None = None) -> list[Feed]:
    raw = data.get("feeds")
    if raw is None:
        raise ConfigError(f"{source}: no [[feeds]] tables")
    if not isinstance(raw, list):
        raise ConfigError(f"{source}: 'feeds' must be an array of tables ([[feeds]])")
    feeds: list[Feed] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw, start=1):
        where = f"{source}: feed #{i}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: must be a table")
        unknown = sorted(set(item) - _FEED_KEYS)
        if unknown:
            raise ConfigError(
                f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_FEED_KEYS))})"
            )
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: missing 'name'")
        name = name.strip()
        where = f"{source}: feed {name!r}"
        if name in seen:
            raise ConfigError(f"{where}: duplicate name (also feed #{seen[name]})")
        seen[name] = i
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            raise ConfigError(f"{where}: missing 'url'")
        url = check_feed_url(url.strip(), where, base_dir)
        outlet = item.get("outlet", name)
        language = item.get("language")
        fulltext = item.get("fulltext", "auto")
        enabled = item.get("enabled", True)
        if not isinstance(outlet, str) or not outlet.strip():
            raise ConfigError(f"{where}: 'outlet' must be a non-empty string")
        if language is not None and (not isinstance(language, str) or not language.strip()):
            raise ConfigError(f"{where}: 'language' must be a language code such as 'en'")
        if fulltext not in FULLTEXT_MODES:
            raise ConfigError(
                f"{where}: 'fulltext' must be one of {', '.join(FULLTEXT_MODES)}, not {fulltext!r}"
            )
        if not isinstance(enabled, bool):
            raise ConfigError(f"{where}: 'enabled' must be true or false")
        feeds.append(
            Feed(
                name=name,
                url=url,
                outlet=outlet.strip(),
                language=language.strip().lower() if isinstance(language, str) else None,
                fulltext=fulltext,
                enabled=enabled,
            )
        )
    return feeds


def check_feed_url(url: str, where: str, base_dir: Path | None) -> str:
    """Accept http(s) URLs and local paths (``file://`` or plain); reject every other scheme."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        hostname, _ = parts.hostname, parts.port
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535", ...
        raise ConfigError(f"{where}: invalid URL {redact_credentials(url)!r} ({exc})") from None
    if scheme in ("http", "https"):
        if not hostname:
            raise ConfigError(f"{where}: URL has no host: {redact_credentials(url)!r}")
        return url
    if scheme == "file":
        return parts.path
    if scheme and len(scheme) > 1:  # one letter is a Windows drive, not a scheme
        raise ConfigError(f"{where}: unsupported URL scheme {scheme!r} (use http, https or a file path)")
    path = Path(url).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return str(path)


def check_folder(folder: Path, *, create: bool = True) -> None:
    """Create the warehouse folder when missing; one line when the path is a file or cannot be made."""
    if folder.exists() and not folder.is_dir():
        raise IngestError(f"{folder}: the warehouse is not a folder (a file is in its place)")
    if not create:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IngestError(f"{folder}: cannot create the warehouse folder ({exc.strerror})") from None


def env_feeds_file() -> Path:
    """The feeds file named by INGEST_FEEDS (default feeds.toml), read at call time."""
    return Path(os.environ.get("INGEST_FEEDS", DEFAULT_FEEDS_FILE))


def env_warehouse() -> Path:
    """The warehouse folder named by INGEST_WAREHOUSE (default warehouse/), read at call time."""
    return Path(os.environ.get("INGEST_WAREHOUSE", DEFAULT_WAREHOUSE))


def env_speakers_file() -> Path | None:
    """The speaker registry: INGEST_SPEAKERS, else speakers.toml in the working folder when there is one."""
    named = os.environ.get("INGEST_SPEAKERS")
    if named:
        return Path(named)
    local = Path("speakers.toml")
    return local if local.is_file() else None
