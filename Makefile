# The two commands: `make demo` and `make test`. Everything installs into .venv/ from uv.lock.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never
# bytecode compiled at install: every process start (CLI, Airflow task, benchmark child) skips compiling
# the imported modules from source, 0.5 s of a start where bytecode cannot be written (PYTHONDONTWRITEBYTECODE)
export UV_COMPILE_BYTECODE := 1

.PHONY: demo test lint typecheck install install-all native bench airflow clean

demo: install            ## install, then run the pipeline once on the bundled example feeds
	.venv/bin/ingest demo

test: install-all lint typecheck  ## install (with Airflow), lint, type-check, compile the extractor, run the tests
	.venv/bin/python -m ingest.native --strict
	.venv/bin/pytest

lint:
	.venv/bin/ruff check src tests dags
	.venv/bin/ruff format --check src tests dags

typecheck:
	.venv/bin/mypy

airflow: install-all     ## a local Airflow (standalone) on 127.0.0.1:8080 with this project's DAGs
	.venv/bin/python -m ingest.localairflow

bench: install           ## benchmarks; results go to docs/benchmarks.md
	.venv/bin/python -m ingest.native
	.venv/bin/ingest bench

native: install          ## compile the extractor with mypyc (about 2 minutes; pure Python is used until then)
	.venv/bin/python -m ingest.native

install: $(UV)
	$(UV) sync --frozen --inexact
	.venv/bin/python -m compileall -q src

install-all: $(UV)
	$(UV) sync --frozen --all-extras
	.venv/bin/python -m compileall -q src

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet uv

clean:
	rm -rf .venv .tools .pytest_cache .ruff_cache .mypy_cache src/ingest/extract/_native
