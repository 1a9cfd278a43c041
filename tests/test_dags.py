"""The Airflow DAGs: they load without import errors, and `dag.test()` runs news_ingest end to end."""

from __future__ import annotations

import importlib.util
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

if importlib.util.find_spec("airflow") is None:  # do not import airflow before AIRFLOW_HOME is set
    pytest.skip("apache-airflow is not installed (uv sync --all-extras)", allow_module_level=True)

DAGS = Path(__file__).resolve().parents[1] / "dags"


@pytest.fixture(scope="module")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A throwaway AIRFLOW_HOME with a migrated SQLite metadata database (set before airflow is imported)."""
    home = tmp_path_factory.mktemp("airflow")
    env = {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__UNIT_TEST_MODE": "True",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    from airflow.utils import db

    db.initdb()
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def load_dagbag():  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_dags_load_without_import_errors(airflow_home: Path) -> None:
    started = time.perf_counter()
    bag = load_dagbag()
    print(f"dags folder parsed in {time.perf_counter() - started:.3f} s")
    assert bag.import_errors == {}
    dag = bag.get_dag("news_ingest")
    assert dag is not None
    assert dag.catchup is False and dag.max_active_runs == 1
    assert dag.doc_md and "news" in dag.tags
    assert all(t.retries >= 1 for t in dag.tasks)


def test_news_ingest_dag_test_builds_the_warehouse(
    airflow_home: Path, example_feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    warehouse = tmp_path / "warehouse"
    monkeypatch.setenv("INGEST_FEEDS", str(example_feeds_file))
    monkeypatch.setenv("INGEST_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("INGEST_FETCH_HOST_INTERVAL", "0")
    dag = load_dagbag().get_dag("news_ingest")
    run = dag.test()
    assert str(run.state) in ("success", "DagRunState.SUCCESS")
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] >= 9  # type: ignore[index]
    assert con.execute("select count(*) from statements").fetchone()[0] > 0  # type: ignore[index]
    assert con.execute(
        "select count(*) from fetches where feed = 'missing' and status = 'error'"
    ).fetchone() == (1,)
    con.close()
