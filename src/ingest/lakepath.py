"""Where the Parquet lake lives: ``<warehouse>/lake`` by default, or ``INGEST_LAKE``: a folder, a
``file://`` URI, or the URI of any fsspec filesystem (``s3://bucket/news/lake`` with s3fs installed,
``gs://…`` with gcsfs, ``memory://lake`` in tests).

Only the lake may be remote. The catalog (SQLite), the raw archive, the inbox and ``news.duckdb``
stay in the warehouse folder: they need a POSIX filesystem (rename, fsync, file locks), and the
catalog is what makes a remote lake safe: a lake file is listed only after its write completed, and
files of a batch that never committed are deleted on the next open. On a local lake a file is
written to a temp file, fsynced and renamed; on an object store it is one PUT, which readers see
whole or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import unquote, urlparse

from ingest.config import IngestError

if TYPE_CHECKING:
    import duckdb
    from upath import UPath

LAKE_ENV = "INGEST_LAKE"
LakePath: TypeAlias = "Path | UPath"


def resolve_lake(warehouse: Path, location: str | None = None) -> LakePath:
    """The lake of ``warehouse``: ``location``, else ``$INGEST_LAKE``, else ``<warehouse>/lake``."""
    loc = (os.environ.get(LAKE_ENV, "") if location is None else location).strip()
    if not loc:
        return warehouse / "lake"
    if loc.startswith("file://"):
        parsed = urlparse(loc)
        if parsed.netloc not in ("", "localhost"):
            raise IngestError(f"{LAKE_ENV}={loc}: a file:// URI must name a local path (file:///data/lake)")
        return Path(unquote(parsed.path))
    if "://" not in loc:
        return Path(loc).expanduser()
    from upath import UPath

    try:
        lake = UPath(loc)
        lake.fs  # noqa: B018 - instantiates the filesystem: a missing driver or bad URI fails here
    except (ImportError, ValueError) as exc:
        raise IngestError(f"{LAKE_ENV}={loc}: {str(exc).splitlines()[0]}") from None
    return lake


def is_remote(lake: LakePath) -> bool:
    """True for a lake on a non-local filesystem (no rename, no fsync)."""
    return not isinstance(lake, Path)


def duckdb_path(lake: LakePath, rel: str) -> str:
    """What DuckDB's read_parquet is given for a lake file: a local path, or the URI in the form DuckDB
    reports back in its ``filename`` column (``memory:///lake/…``: the filesystem's own path form)."""
    path = lake / rel
    if not is_remote(path):
        return str(path)
    fs: Any = path.fs  # type: ignore[union-attr]
    return str(fs.unstrip_protocol(path.path))  # type: ignore[union-attr]


def register_lake(con: duckdb.DuckDBPyConnection, lake: LakePath) -> None:
    """Let ``con`` read a remote lake through its fsspec filesystem (no-op for a local lake)."""
    if is_remote(lake):
        fs: Any = lake.fs  # type: ignore[union-attr]
        if not con.filesystem_is_registered(fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]):
            con.register_filesystem(fs)


def connect_lake(lake: LakePath) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection that can read the lake (its filesystem registered when remote)."""
    import duckdb

    con = duckdb.connect()
    register_lake(con, lake)
    return con
