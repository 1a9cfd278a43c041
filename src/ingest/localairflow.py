"""A local Airflow for trying the DAGs: `airflow standalone` with a project-local AIRFLOW_HOME.

Runs Airflow as subprocesses (nothing here imports airflow): migrates the metadata database,
creates the `feed_fetch` pool, starts api-server, scheduler, dag-processor and triggerer in their
own process group on 127.0.0.1, and stops the whole group on exit. Used by `make airflow` and by
the end-to-end test that drives the REST API.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FETCH_POOL = ("feed_fetch", 4, "Concurrent feed fetches (politeness)")
TERMINAL_STATES = {"success", "failed"}


def airflow_env(
    home: Path,
    *,
    port: int = 8080,
    feeds: Path | None = None,
    warehouse: Path | None = None,
    log_ports: tuple[int, int] = (8793, 8794),
) -> dict[str, str]:
    """Environment for the airflow processes: local home, our dags, no examples, loopback, small pool of workers."""
    venv_bin = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW__")}
    env.update(
        {
            "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}",
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__PARALLELISM": "4",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(log_ports[0]),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(log_ports[1]),
            "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            "INGEST_FEEDS": str(feeds or ROOT / "feeds.toml"),
            "INGEST_WAREHOUSE": str(warehouse or ROOT / "warehouse"),
        }
    )
    return env


def prepare(env: dict[str, str]) -> None:
    """Migrate the metadata database and create the fetch pool (idempotent)."""
    Path(env["AIRFLOW_HOME"]).mkdir(parents=True, exist_ok=True)
    run_airflow(env, "db", "migrate")
    name, slots, description = FETCH_POOL
    run_airflow(env, "pools", "set", name, str(slots), description)


def run_airflow(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        ["airflow", *args],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=300,
    )


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start `airflow standalone` in its own process group (so the whole group can be stopped)."""
    with log.open("ab") as out:
        return subprocess.Popen(
            ["airflow", "standalone"], env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(proc: subprocess.Popen[bytes], grace: float = 20.0) -> None:
    """SIGTERM the group, then SIGKILL whatever is left; returns when nothing of it runs."""
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and group_alive(pgid):
            time.sleep(0.2)
            proc.poll()
        if not group_alive(pgid):
            break
    proc.poll()


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return any(pid_in_group(pid, pgid) for pid in list_pids())


def list_pids() -> Iterator[int]:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            yield int(entry.name)


def pid_in_group(pid: int, pgid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    fields = stat.rsplit(")", 1)[-1].split()
    return len(fields) > 3 and fields[0] != "Z" and int(fields[2]) == pgid


def api(base: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        base + path, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        text = resp.read().decode()
    return json.loads(text) if text else None


def wait_healthy(base: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            health = api(base, "GET", "/api/v2/monitor/health")
            if health.get("scheduler", {}).get("status") == "healthy":
                return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(1)
    raise TimeoutError(f"airflow at {base} not healthy after {timeout:.0f} s")


def wait_dag(base: str, dag_id: str, timeout: float = 120.0) -> None:
    """Wait until the dag-processor has parsed `dag_id`, then unpause it (new DAGs start paused)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            api(base, "PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})
            return
        except urllib.error.HTTPError as exc:
            if exc.code != 404:
                raise
        time.sleep(1)
    raise TimeoutError(f"DAG {dag_id} not parsed after {timeout:.0f} s")


def trigger(base: str, dag_id: str, conf: dict[str, Any] | None = None) -> str:
    run = api(base, "POST", f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf or {}})
    return str(run["dag_run_id"])


def wait_run(base: str, dag_id: str, run_id: str | None = None, timeout: float = 300.0) -> dict[str, Any]:
    """Wait for a run (the given one, else the latest) to finish; returns it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = api(base, "GET", f"/api/v2/dags/{dag_id}/dagRuns?order_by=-run_after&limit=5")["dag_runs"]
        for run in runs:
            if (run_id is None or run["dag_run_id"] == run_id) and run["state"] in TERMINAL_STATES:
                return dict(run)
        time.sleep(2)
    raise TimeoutError(f"{dag_id} run {run_id or '(latest)'} not finished after {timeout:.0f} s")


@contextmanager
def standalone(home: Path, start_timeout: float = 360.0, **kwargs: Any) -> Iterator[str]:
    """A running local Airflow; yields its base URL and stops every process on exit."""
    env = airflow_env(home, **kwargs)
    prepare(env)
    proc = start(env, home / "standalone.log")
    base = env["AIRFLOW__API__BASE_URL"]
    try:
        wait_healthy(base, timeout=start_timeout)
        yield base
    finally:
        stop(proc)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a local Airflow (standalone) on this project's DAGs.")
    parser.add_argument("--home", type=Path, default=ROOT / ".airflow")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    env = airflow_env(args.home.resolve(), port=args.port)
    print(f"preparing {env['AIRFLOW_HOME']} (metadata database, pool {FETCH_POOL[0]}) …", flush=True)
    prepare(env)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops Airflow as Ctrl-C does
    proc = start(env, args.home / "standalone.log")
    base = env["AIRFLOW__API__BASE_URL"]
    try:
        wait_healthy(base, timeout=180)
        print(f"Airflow UI: {base}  (no login needed: local all-admins mode)")
        print(
            f"DAGs from {env['AIRFLOW__CORE__DAGS_FOLDER']}; feeds {env['INGEST_FEEDS']}; warehouse {env['INGEST_WAREHOUSE']}"
        )
        print(f"logs: {args.home / 'standalone.log'}; stop with Ctrl-C")
        proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        print("stopping Airflow …", flush=True)
        stop(proc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
