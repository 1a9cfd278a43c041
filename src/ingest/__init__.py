"""News statement tracker: feeds → articles → statements → Parquet and DuckDB."""

import sys

__version__ = "0.1.0"

# httpx's __init__ imports its command-line client, and with it click, rich and pygments where they
# are installed (beside Airflow): about 0.3 s of every process start. It falls back to a stub when
# that import fails, and nothing here runs httpx's CLI (encode/httpx#3547). Left alone if loaded.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
