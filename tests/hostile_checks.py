"""Checks shared by the whole-pipeline runs of misbehaving servers (rounds five to eleven): what each case
keeps after both runs, and the publication times stored; for rounds eight to eleven also the run itself
(`run_twice`: the pipeline twice over one feeds file, with what the warehouse holds after each run)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from faultserver import Behaviour
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import FeedState


@dataclass
class Runs:
    """What each of the two runs gave: the summary, and per feed the stored titles, publication times,
    URLs and texts (in title order), the table sizes and the feed states."""

    summaries: list[RunSummary] = field(default_factory=list)
    titles: list[dict[str, list[str]]] = field(default_factory=list)
    published: list[dict[str, list[datetime]]] = field(default_factory=list)
    urls: list[dict[str, list[str]]] = field(default_factory=list)
    texts: list[dict[str, list[str]]] = field(default_factory=list)
    rows: list[dict[str, int]] = field(default_factory=list)
    states: list[dict[str, FeedState]] = field(default_factory=list)


@dataclass
class FeedCase:
    """One misbehaving feed of a round (rounds eight to twelve): how it is served, the titles stored after both
    runs, the feed's one-line error and state after the second, and what was stored where the case names it."""

    serve: Behaviour
    titles: list[str]
    error: str | None = None  # after run 2; "…" stands for anything
    state: str = "active"
    published: list[datetime] | None = None  # publication times stored, in title order
    urls: list[str] | None = None  # article URLs stored, in title order
    texts: list[str] | None = None  # texts stored, in title order


def feeds_file(path: Path, urls: dict[str, str], fulltext: str = "never") -> Path:
    """A feeds file at ``path`` with one feed per name (by default no article pages fetched; round
    thirteen's feeds are teasers whose pages are always fetched: ``fulltext="always"``)."""
    path.write_text(
        "\n".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\nfulltext = "{fulltext}"\n' for n, u in urls.items())
    )
    return path


def run_twice(feeds: Path, warehouse: Path) -> Runs:
    """The whole pipeline twice (forced), with what the warehouse holds after each run."""
    settings = Settings(
        warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0
    )
    out = Runs()
    for _ in range(2):
        out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=True))
        con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
        try:
            found: tuple[dict[str, list[Any]], ...] = ({}, {}, {}, {})
            query = (
                "select a.feed, a.title, a.published_at, a.url, r.text from articles as a join article_revisions"
                " as r on r.article_id = a.article_id and r.revision = a.revision order by a.feed, a.title"
            )
            for feed, *values in con.execute(query).fetchall():
                for kept, value in zip(found, values, strict=True):
                    kept.setdefault(feed, []).append(value)
        finally:
            con.close()
        columns: tuple[list[Any], ...] = (out.titles, out.published, out.urls, out.texts)
        for column, per_feed in zip(columns, found, strict=True):
            column.append(per_feed)
        out.rows.append(table_rows(warehouse))
        out.states.append(read_states(warehouse))
    return out


def check_case_outcome(runs: Any, name: str, case: Any) -> None:
    """Both runs keep the case's titles; after the second, the feed's state and its one-line error."""
    assert [runs.titles[i].get(name, []) for i in range(2)] == [sorted(case.titles)] * 2
    state = runs.states[1][name]
    assert state.state == case.state, state
    error = state.last_error
    if case.error is None:
        assert error is None, error
        return
    assert error is not None and "\n" not in error and len(error) < 300
    assert re.fullmatch(".*".join(map(re.escape, case.error.split("…"))), error), error  # "…": anything
    assert f"{name}: {error}" in runs.summaries[1].errors


def check_urls_and_texts(runs: Runs, name: str, case: Any) -> None:
    """The URLs and texts stored after the second run, in title order, where the case names them."""
    if case.urls is not None:
        assert runs.urls[1][name] == case.urls
    if case.texts is not None:
        assert runs.texts[1][name] == case.texts


def check_published(runs: Any, name: str, case: Any) -> None:
    """The publication times stored after the second run, in title order (naive times are UTC)."""
    if case.published is not None:
        stored = [
            at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC) for at in runs.published[1][name]
        ]
        assert stored == case.published


def table_rows(warehouse: Path) -> dict[str, int]:
    """Rows of the tables a re-run must not grow."""
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        tables = ("articles", "article_revisions", "article_sightings", "statements")
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}  # type: ignore[index]
    finally:
        con.close()


def check_rerun_adds_nothing(runs: Any, articles: int) -> None:
    """The second run stores nothing new; the first stored ``articles`` articles."""
    assert runs.rows[1]["articles"] == runs.rows[0]["articles"]
    assert runs.rows[1]["article_revisions"] == runs.rows[0]["article_revisions"]
    assert runs.rows[1]["statements"] == runs.rows[0]["statements"]
    assert runs.summaries[1].new_articles == 0 and runs.summaries[1].revised == 0
    assert runs.rows[0]["articles"] == articles
