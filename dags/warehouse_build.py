"""
### warehouse_build

Rebuilds `news.duckdb` from the Parquet lake whenever `news_ingest` lands new data (the
`news_lake` asset), then runs the data checks; a failed check fails the task, naming the check
and a sample of offending rows. This DAG is the single writer of the warehouse
(`max_active_runs=1`): DuckDB allows one writing process per file. Readers are never blocked:
the new file is published by an atomic rename.

Param `warehouse` (default `INGEST_WAREHOUSE`, else `warehouse`).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import Asset, Param, dag, task

LAKE = Asset(name="news_lake", uri="ingest://warehouse/lake")


@dag(
    dag_id="warehouse_build",
    schedule=[LAKE],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news", "warehouse"],
    default_args={"owner": "news-data", "retries": 1, "retry_delay": timedelta(minutes=1)},
    params={
        "warehouse": Param(
            os.environ.get("INGEST_WAREHOUSE", "warehouse"), type="string", title="Warehouse folder"
        )
    },
    doc_md=__doc__,
)
def warehouse_build() -> None:
    @task(execution_timeout=timedelta(hours=1))
    def build(**context) -> dict:
        from ingest import pipeline

        return pipeline.build_step(context["params"]["warehouse"]).as_dict()

    build()


warehouse_build()
