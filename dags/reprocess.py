"""
### reprocess

Manual. Re-runs stages from what is already stored — no fetching — then rebuilds the warehouse:

* `parse`: the raw archive's bodies fetched in the date range are parsed, normalised and
  deduplicated again (articles a bug once dropped come back; changed texts become revisions);
* `pages`: archived article pages are extracted again (a better page extractor); changed texts
  become revisions;
* `extract`: the current extractor runs over the latest revision of every article published in the
  range whose statements came from another extractor version (all of them with `force`).

Idempotent: a second run with the same code adds nothing. The extractor version used is recorded
with every extraction. Trigger it with params, e.g. `{"since": "2026-11-01", "stages": ["extract"]}`.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task


@dag(
    dag_id="reprocess",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["news", "maintenance"],
    default_args={"owner": "news-data", "retries": 0},
    params={
        "warehouse": Param(
            os.environ.get("INGEST_WAREHOUSE", "warehouse"), type="string", title="Warehouse folder"
        ),
        "feeds_file": Param(os.environ.get("INGEST_FEEDS", "feeds.toml"), type="string", title="Feeds file"),
        "since": Param(None, type=["null", "string"], title="From (YYYY-MM-DD, inclusive)"),
        "until": Param(None, type=["null", "string"], title="Until (YYYY-MM-DD, exclusive)"),
        "stages": Param(["parse", "pages", "extract"], type="array", title="Stages (parse, pages, extract)"),
        "force": Param(False, type="boolean", title="Extract again even if the extractor version is current"),
    },
    doc_md=__doc__,
)
def reprocess() -> None:
    @task(execution_timeout=timedelta(hours=6))
    def reprocess_stored(**context) -> dict:
        from ingest import pipeline

        return pipeline.reprocess_step(**pipeline.reprocess_args(context["params"]))

    reprocess_stored()


reprocess()
