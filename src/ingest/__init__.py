"""News statement tracker: feeds → articles → statements → Parquet and DuckDB."""

__version__ = "0.1.0"
