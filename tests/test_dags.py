"""The Airflow DAGs: they load without import errors, and `dag.test()` runs news_ingest end to end."""

from __future__ import annotations

import ast
import importlib.util
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from faultserver import (
    LOOPBACK_HOSTS,
    Behaviour,
    FaultServer,
    fault_server_module,  # noqa: F401 (the fixture fault_server needs)
    hang,
    make_gzip_bomb,
    reset,
    respond,
)
from faultserver import fault_server as fault_server
from hostile_checks import feeds_file

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


DAG_IDS = ("news_ingest", "warehouse_build", "reprocess")
ALLOWED_MODULE_IMPORTS = {"__future__", "os", "datetime", "airflow.sdk"}


def test_dags_load_without_import_errors(airflow_home: Path) -> None:
    started = time.perf_counter()
    bag = load_dagbag()
    print(f"dags folder parsed in {time.perf_counter() - started:.3f} s")
    assert bag.import_errors == {}
    assert set(DAG_IDS) <= set(bag.dag_ids)
    for dag_id in DAG_IDS:
        dag = bag.get_dag(dag_id)
        assert dag.doc_md and dag.tags and "news" in dag.tags, dag_id
        assert dag.catchup is False and dag.max_active_runs == 1, dag_id
        assert all(t.owner == "news-data" for t in dag.tasks), dag_id
    ingest = bag.get_dag("news_ingest")
    fetch = ingest.get_task("fetch_feed")
    assert fetch.pool == "feed_fetch" and fetch.retries >= 1 and fetch.execution_timeout is not None
    assert [o.name for o in ingest.get_task("process").outlets] == ["news_lake"]
    condition = bag.get_dag("warehouse_build").timetable.asset_condition
    assert [a.name for a in condition.objects] == ["news_lake"]


@pytest.mark.parametrize("path", sorted(DAGS.glob("*.py")), ids=lambda p: p.name)
def test_dag_files_are_thin(path: Path) -> None:
    """Only light imports and no clock reads at module level; task bodies call ingest.pipeline."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Import):
            assert {a.name for a in node.names} <= ALLOWED_MODULE_IMPORTS, ast.unparse(node)
        if isinstance(node, ast.ImportFrom):
            assert node.module in ALLOWED_MODULE_IMPORTS, ast.unparse(node)
    source = path.read_text(encoding="utf-8")
    assert "now()" not in source and "utcnow" not in source and "pandas" not in source
    tasks = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and any("task" in ast.unparse(d) for d in n.decorator_list)
    ]
    assert tasks
    for fn in tasks:
        body = [n for n in fn.body if not isinstance(n, ast.Expr)]
        assert len(body) <= 3, f"{fn.name}: task bodies stay 1-3 lines"
        assert "pipeline." in ast.unparse(fn), f"{fn.name} calls ingest.pipeline"


def run_dag(dag_id: str, conf: dict | None = None):  # type: ignore[no-untyped-def]
    dag = load_dagbag().get_dag(dag_id)
    return dag.test(run_conf=conf) if conf else dag.test()


def test_news_ingest_then_warehouse_build_then_reprocess(
    airflow_home: Path, example_feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    warehouse = tmp_path / "warehouse"
    monkeypatch.setenv("INGEST_FEEDS", str(example_feeds_file))
    monkeypatch.setenv("INGEST_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("INGEST_FETCH_HOST_INTERVAL", "0")
    monkeypatch.setenv("INGEST_TASK_RETRIES", "0")

    run = run_dag("news_ingest")
    states = {
        ti.task_id + (f"[{ti.map_index}]" if ti.map_index >= 0 else ""): str(ti.state)
        for ti in run.get_task_instances()
    }
    print(states)
    assert states["process"].endswith("success")
    failed = [k for k, v in states.items() if v.endswith("failed")]
    assert len(failed) == 1 and failed[0].startswith("fetch_feed"), states  # only the 404 feed's instance
    assert not (warehouse / "news.duckdb").exists()  # the build is the other DAG's job

    assert str(run_dag("warehouse_build").state).endswith("success")
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] >= 9  # type: ignore[index]
    assert con.execute("select count(*) from statements").fetchone()[0] > 0  # type: ignore[index]
    assert con.execute(
        "select count(*) from fetches where feed = 'missing' and status = 'error'"
    ).fetchone() == (1,)
    n_statements = con.execute("select count(*) from statements").fetchone()
    con.close()

    done = run_dag("reprocess", {"warehouse": str(warehouse), "stages": ["parse", "extract"]})
    assert str(done.state).endswith("success")
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    assert con.execute("select count(*) from statements").fetchone() == n_statements
    con.close()


RSS_TYPE = {"Content-Type": "application/rss+xml"}


def rss(outlet: str) -> bytes:
    items = "".join(
        f"<item><title>{outlet} story {i}</title><link>https://{outlet}.example/a/{i}</link>"
        f"<description>The {outlet} council said the ferry timetable changes on day {i}.</description></item>"
        for i in range(2)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'.encode()


def test_dag_with_bad_feeds_among_good(
    fault_server: FaultServer, airflow_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Airflow's own ``dag.test()``: each bad feed fails only its own mapped task; process and the build run."""
    urls: dict[str, str] = {}
    for i in range(4):
        fault_server.add(f"/dag-good{i}", respond(200, rss(f"dag-good{i}"), RSS_TYPE))
        urls[f"dag-good{i}"] = fault_server.url(f"/dag-good{i}", host=LOOPBACK_HOSTS[i])
    bad: dict[str, Behaviour] = {
        "dag-hang": hang(30.0),
        "dag-bomb": lambda h: h.send(200, make_gzip_bomb(64 << 20), {"Content-Encoding": "gzip"}),
        "dag-reset": reset(),
        "dag-503": respond(503, b"down", {"Retry-After": "120"}),
        "dag-html": respond(200, b"<html><title>Sign in</title></html>", {"Content-Type": "text/html"}),
    }
    for name, behaviour in bad.items():
        fault_server.add(f"/{name}", behaviour)
        urls[name] = fault_server.url(f"/{name}", host="127.0.0.5")
    feeds = feeds_file(tmp_path / "feeds.toml", urls)
    warehouse = tmp_path / "warehouse"
    for key, value in {"DEADLINE": "3", "TIMEOUT": "1.5", "HOST_INTERVAL": "0"}.items():
        monkeypatch.setenv(f"INGEST_FETCH_{key}", value)
    monkeypatch.setenv("INGEST_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("INGEST_FEEDS", str(feeds))
    monkeypatch.setenv("INGEST_TASK_RETRIES", "0")

    bag = load_dagbag()
    started = time.monotonic()
    run = bag.get_dag("news_ingest").test()
    took = time.monotonic() - started
    states = {(ti.task_id, ti.map_index): str(ti.state) for ti in run.get_task_instances()}
    print(f"news_ingest: {took:.1f} s", states)
    failed = sorted(k for k, v in states.items() if v.endswith("failed"))
    # a fetch that failed fails its instance; a 503 is retry_later and a page that is no feed is found
    # by process (both by design): their instances succeed, their errors are in the catalog
    assert [t for t, _ in failed] == ["fetch_feed"] * 3, states
    assert took < 60, took
    assert states[("process", -1)].endswith("success") and states[("fetch_pages", -1)].endswith("success")
    assert str(bag.get_dag("warehouse_build").test().state).endswith("success")
    import duckdb

    from ingest.catalog import read_states

    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    feeds_stored = [f for (f,) in con.execute("select distinct feed from articles order by 1").fetchall()]
    con.close()
    assert feeds_stored == sorted(n for n in urls if n.startswith("dag-good"))
    states_now = read_states(warehouse)
    for name in bad:
        error = states_now[name].last_error
        assert error and "\n" not in error and len(error) < 300, (name, error)
