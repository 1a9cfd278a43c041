"""
### news_ingest

Pulls the RSS/Atom feeds listed in the feeds file every 30 minutes and turns them into
deduplicated articles and who-said-what statements in the Parquet lake and `news.duckdb`.

`fetch → process (parse, normalise, dedup, store, extract) → build (DuckDB + data checks)`

Configuration (environment, read when a task runs): `INGEST_FEEDS` (feeds file, default
`feeds.toml`), `INGEST_WAREHOUSE` (data folder, default `warehouse/`).
Tasks pass small dicts (counts, paths), never data frames.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task


@dag(
    dag_id="news_ingest",
    schedule=timedelta(minutes=30),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news", "ingest"],
    default_args={"owner": "news-data", "retries": 2, "retry_delay": timedelta(minutes=1)},
    doc_md=__doc__,
)
def news_ingest() -> None:
    @task(execution_timeout=timedelta(minutes=10))
    def fetch() -> dict:
        from ingest import config, pipeline

        return pipeline.fetch_step(config.env_feeds_file(), config.env_warehouse())

    @task(execution_timeout=timedelta(minutes=20))
    def process(fetched: dict) -> dict:
        from ingest import config, pipeline

        return pipeline.process_step(config.env_feeds_file(), config.env_warehouse()).as_dict()

    @task(execution_timeout=timedelta(minutes=30))
    def build(processed: dict) -> dict:
        from ingest import config, pipeline

        return pipeline.build_step(config.env_warehouse()).as_dict()

    build(process(fetch()))


news_ingest()
