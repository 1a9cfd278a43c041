"""
### news_ingest

Pulls the feeds of the feeds file every 30 minutes (`INGEST_SCHEDULE_MINUTES`; 0: manual runs only)
into the Parquet lake:

`due_feeds → fetch_feed (mapped: one task instance per feed) → process → fetch_pages`

* **due_feeds** lists the feeds that are enabled, not gone and past their backoff.
* **fetch_feed** fetches one feed (pool `feed_fetch` caps concurrent fetches; retries with
  exponential backoff). Its body goes into the raw archive, its attempt into the inbox. A failing
  feed fails only its own task instance.
* **process** (runs whatever the fetches did) parses, normalises, deduplicates, extracts
  statements and commits one batch to the lake, then emits the `news_lake` asset, which triggers
  `warehouse_build`. Article pages of summary-only feeds are fetched inline within the page budget.
* **fetch_pages** fetches article pages left queued by earlier runs (slow sites, budget spent)
  and commits their text as revisions; it emits `news_lake` too.

Configuration: DAG params `feeds_file` and `warehouse` (defaults from `INGEST_FEEDS` /
`INGEST_WAREHOUSE`, else `feeds.toml` / `warehouse`). Tasks pass feed names and small dicts of
counts, never data frames; nothing but the documented lake/warehouse paths is shared between tasks.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import Asset, Param, TriggerRule, dag, task


def paths(context: dict) -> tuple[str, str]:
    """The feeds file and warehouse folder of this run (DAG params)."""
    return context["params"]["feeds_file"], context["params"]["warehouse"]


LAKE = Asset(name="news_lake", uri="ingest://warehouse/lake")
RETRIES = int(os.environ.get("INGEST_TASK_RETRIES", "2"))
EVERY_MINUTES = int(os.environ.get("INGEST_SCHEDULE_MINUTES", "30"))  # 0: manual runs only


@dag(
    dag_id="news_ingest",
    schedule=timedelta(minutes=EVERY_MINUTES) if EVERY_MINUTES > 0 else None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news", "ingest"],
    default_args={
        "owner": "news-data",
        "retries": RETRIES,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
    },
    params={
        "feeds_file": Param(
            os.environ.get("INGEST_FEEDS", "feeds.toml"), type="string", title="Feeds file (TOML)"
        ),
        "warehouse": Param(
            os.environ.get("INGEST_WAREHOUSE", "warehouse"), type="string", title="Warehouse folder"
        ),
    },
    doc_md=__doc__,
)
def news_ingest() -> None:
    @task(execution_timeout=timedelta(minutes=2))
    def due_feeds(**context) -> list[str]:
        from ingest import pipeline

        return pipeline.due_feeds(*paths(context))

    @task(pool="feed_fetch", execution_timeout=timedelta(minutes=2), max_active_tis_per_dagrun=16)
    def fetch_feed(feed: str, **context) -> dict:
        from ingest import pipeline

        return pipeline.fetch_one(*paths(context), feed)

    @task(outlets=[LAKE], trigger_rule=TriggerRule.ALL_DONE, execution_timeout=timedelta(minutes=30))
    def process(**context) -> dict:
        from ingest import pipeline

        return pipeline.process_step(*paths(context)).as_dict()

    @task(outlets=[LAKE], execution_timeout=timedelta(minutes=15))
    def fetch_pages(**context) -> dict:
        from ingest import pipeline

        return pipeline.fulltext_step(*paths(context))

    fetched = fetch_feed.expand(feed=due_feeds())
    fetched >> process() >> fetch_pages()


news_ingest()
