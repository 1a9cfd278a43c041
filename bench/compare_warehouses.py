"""Are two built warehouses identical? Every table and view, compared as multisets of rows.

    .venv/bin/python bench/compare_warehouses.py before/news.duckdb after/news.duckdb

For each relation of either database: the same columns and types, the same row count, and no row
left over by ``except all`` in either direction (so duplicates count too). ``build_log`` is skipped
(its timings and hashes differ by design). Exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import sys

import duckdb

SKIP = {"build_log"}


def relations(con: duckdb.DuckDBPyConnection, db: str) -> dict[str, str]:
    """Relation name → its columns and types, in column order."""
    rows = con.execute(
        "select table_name, string_agg(column_name || ' ' || data_type, ', ' order by column_index) "
        "from duckdb_columns() where database_name = ? and not internal group by table_name",
        [db],
    ).fetchall()
    return {name: columns for name, columns in rows if name not in SKIP}


def count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def compare(before: str, after: str) -> list[str]:
    """One line per relation; the lines of differing relations start with 'DIFF'."""
    con = duckdb.connect()
    con.execute("attach ? as a (read_only)", [before])
    con.execute("attach ? as b (read_only)", [after])
    a, b = relations(con, "a"), relations(con, "b")
    lines = [f"DIFF {name}: only in {'before' if name in a else 'after'}" for name in sorted(set(a) ^ set(b))]
    for name in sorted(set(a) & set(b)):
        if a[name] != b[name]:
            lines.append(f"DIFF {name}: columns {a[name]} vs {b[name]}")
            continue
        n_a, n_b = count(con, f"select count(*) from a.{name}"), count(con, f"select count(*) from b.{name}")
        gone = count(con, f"select count(*) from (from a.{name} except all from b.{name})")
        new = count(con, f"select count(*) from (from b.{name} except all from a.{name})")
        status = "ok" if n_a == n_b and gone == new == 0 else "DIFF"
        lines.append(f"{status:4s} {name}: {n_a} vs {n_b} rows, {gone} only before, {new} only after")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args()
    lines = compare(args.before, args.after)
    print("\n".join(lines))
    differ = sum(line.startswith("DIFF") for line in lines)
    print(f"{len(lines)} relations, {differ} differ" if differ else f"identical ({len(lines)} relations)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
