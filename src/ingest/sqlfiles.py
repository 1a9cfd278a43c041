"""The SQL models in ``sql/``: discovery, headers and build order.

One file is one relation named like the file. Layers run in the order staging → intermediate →
marts → checks; inside a layer a model runs after the models it references (found by name; a
reference to ``old_<name>`` or ``new_<name>``, the rows a build removed from or added to
``<name>``, counts as a reference to ``<name>``).

Each file starts with ``-- <name>: <description>`` and further ``-- key: value`` header lines:

* ``grain`` (required): what one row is.
* ``materialized``: how the build keeps the relation (see ``MATERIALIZATIONS``); staging defaults
  to ``temp``, intermediate and marts to ``incremental``, checks are ``check``.
* ``unique_key``: the columns that identify a row (``append`` and ``incremental``).
* ``scope``: for ``incremental``, ``<columns> in <relation>`` — the keys a build recomputes; the
  statement must return exactly the rows of those keys.
* ``capture``: the columns of the replaced rows kept as ``old_<name>`` (default ``*``).
* ``cluster_by``: for ``append``, the columns each step's new rows are sorted by before they are
  stored, so that DuckDB's per-row-group min/max lets a filter on them skip row groups.
* ``columns``: followed by one ``--   <column>: <description>`` line per column (the data dictionary).

Saved queries (``sql/queries/*.sql``) use the same header style; see ``load_queries``. Macros
(``sql/macros/*.sql``: one ``create or replace temp macro <name>`` each) are defined on the build
connection before the models run; see ``load_macros``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LAYERS = ("staging", "intermediate", "marts", "checks")
MATERIALIZATIONS = ("temp", "view", "table", "append", "incremental", "check")
DEFAULT_MATERIALIZED = {
    "staging": "temp",
    "intermediate": "incremental",
    "marts": "incremental",
    "checks": "check",
}
SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
_HEADER_RE = re.compile(r"^--\s*(\w[\w ]*?)\s*:\s*(.*)$")
_COLUMN_RE = re.compile(r"^--\s{2,}(\w+)\s*:\s*(.*)$")
_PARAM_RE = re.compile(r"\$([a-z_][a-z0-9_]*)")
_COMMENT_RE = re.compile(r"--[^\n]*")
_SCOPE_RE = re.compile(r"^\(?\s*([\w\s,]+?)\s*\)?\s+in\s+(\w+)$")


@dataclass(frozen=True, slots=True)
class SqlModel:
    name: str
    layer: str
    path: Path
    sql: str  # the statement (header comments included; they are SQL comments)
    headers: dict[str, str] = field(default_factory=dict)
    params: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()  # (column, description) from the `-- columns:` block

    @property
    def grain(self) -> str:
        return self.headers.get("grain", "")

    @property
    def description(self) -> str:
        return self.headers.get(self.name, "")

    @property
    def materialized(self) -> str:
        return self.headers.get("materialized", DEFAULT_MATERIALIZED.get(self.layer, "table"))

    @property
    def unique_key(self) -> tuple[str, ...]:
        return split_columns(self.headers.get("unique_key", ""))

    @property
    def scope(self) -> tuple[tuple[str, ...], str]:
        """(key columns, relation) of an incremental model's ``-- scope:`` header."""
        m = _SCOPE_RE.match(self.headers.get("scope", ""))
        if not m:
            return (), ""
        return split_columns(m.group(1)), m.group(2)

    @property
    def capture(self) -> tuple[str, ...]:
        return split_columns(self.headers.get("capture", ""))

    @property
    def cluster_by(self) -> tuple[str, ...]:
        return split_columns(self.headers.get("cluster_by", ""))

    @property
    def persistent(self) -> bool:
        return self.materialized in ("view", "table", "append", "incremental")


def split_columns(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split(",") if c.strip())


def find_sql_dir() -> Path:
    """The project's sql/ folder (also when running from an installed copy inside the repo)."""
    if SQL_DIR.is_dir():
        return SQL_DIR
    cwd = Path.cwd() / "sql"
    if cwd.is_dir():
        return cwd
    raise FileNotFoundError(f"sql folder not found at {SQL_DIR} or {cwd}")


def parse_model(name: str, layer: str, path: Path, text: str, names: set[str]) -> SqlModel:
    headers = read_headers(text)
    body = _COMMENT_RE.sub("", text)
    refs = tuple(
        sorted(n for n in names if n != name and re.search(rf"\b(?:old_|new_)?{re.escape(n)}\b", body))
    )
    params = tuple(sorted(set(_PARAM_RE.findall(body))))
    return SqlModel(name, layer, path, text.strip().rstrip(";"), headers, params, refs, read_columns(text))


@cache
def load_models(sql_dir: Path | None = None) -> tuple[SqlModel, ...]:
    """All models in build order, validated (materialization, keys and scope headers)."""
    root = sql_dir or find_sql_dir()
    raw: list[tuple[str, str, Path, str]] = []
    for layer in LAYERS:
        for path in sorted((root / layer).glob("*.sql")):
            raw.append((path.stem, layer, path, path.read_text(encoding="utf-8")))
    names = {name for name, *_ in raw}
    models = [parse_model(name, layer, path, text, names) for name, layer, path, text in raw]
    for model in models:
        validate_model(model, names)
    return tuple(order_models(models))


def validate_model(model: SqlModel, names: set[str]) -> None:
    where = f"sql/{model.layer}/{model.name}.sql"
    if model.materialized not in MATERIALIZATIONS:
        raise ValueError(
            f"{where}: unknown materialized {model.materialized!r} (one of {', '.join(MATERIALIZATIONS)})"
        )
    if (model.layer == "checks") != (model.materialized == "check"):
        raise ValueError(f"{where}: checks, and only checks, are materialized as check")
    if model.materialized in ("append", "incremental") and not model.unique_key:
        raise ValueError(f"{where}: {model.materialized} needs a '-- unique_key:' header")
    if model.materialized == "incremental":
        columns, relation = model.scope
        if not columns or relation not in names:
            raise ValueError(f"{where}: incremental needs '-- scope: <columns> in <relation>' naming a model")
        if relation not in model.refs:
            raise ValueError(f"{where}: scope relation {relation} is not referenced by the statement")


def read_headers(text: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if _COLUMN_RE.match(line):
            continue
        m = _HEADER_RE.match(line)
        if m:
            headers[m.group(1).strip().lower()] = m.group(2).strip()
    return headers


def read_columns(text: str) -> tuple[tuple[str, str], ...]:
    """The ``-- columns:`` block of the header: ``--   <column>: <description>`` lines."""
    out: list[tuple[str, str]] = []
    inside = False
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if re.match(r"^--\s*columns\s*:\s*$", line):
            inside = True
            continue
        m = _COLUMN_RE.match(line)
        if inside and m:
            out.append((m.group(1), m.group(2).strip()))
        elif inside and line.strip() not in ("--", ""):
            inside = False
    return tuple(out)


def order_models(models: list[SqlModel]) -> list[SqlModel]:
    """Layer order, then dependencies (a model after those it references), then name."""
    by_name = {m.name: m for m in models}
    done: set[str] = set()
    out: list[SqlModel] = []

    def visit(m: SqlModel, stack: tuple[str, ...]) -> None:
        if m.name in done:
            return
        if m.name in stack:
            raise ValueError(f"sql/{m.layer}/{m.name}.sql: circular reference via {' → '.join(stack)}")
        for ref in m.refs:
            dep = by_name[ref]
            if LAYERS.index(dep.layer) > LAYERS.index(m.layer):
                raise ValueError(
                    f"sql/{m.layer}/{m.name}.sql references {ref} from a later layer ({dep.layer})"
                )
            visit(dep, (*stack, m.name))
        done.add(m.name)
        out.append(m)

    for layer in LAYERS:
        for m in sorted((m for m in models if m.layer == layer), key=lambda m: m.name):
            visit(m, ())
    return out


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    path: Path
    sql: str
    description: str
    params: tuple[str, ...]
    defaults: dict[str, str] = field(
        default_factory=dict
    )  # from `-- param <name>: <description> (default: <value>)`
    param_help: dict[str, str] = field(default_factory=dict)


_PARAM_HEADER_RE = re.compile(r"^--\s*param\s+(\w+)\s*:\s*(.*?)\s*(?:\(default:\s*(.*)\))?\s*$")


@cache
def load_queries(sql_dir: Path | None = None) -> dict[str, SavedQuery]:
    """The saved queries in ``sql/queries/``, by name."""
    root = (sql_dir or find_sql_dir()) / "queries"
    out = {}
    for path in sorted(root.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        headers = read_headers(text)
        defaults, helps = {}, {}
        for line in text.splitlines():
            m = _PARAM_HEADER_RE.match(line)
            if m:
                helps[m.group(1)] = m.group(2)
                if m.group(3) is not None:
                    defaults[m.group(1)] = m.group(3).strip()
        params = tuple(sorted(set(_PARAM_RE.findall(_COMMENT_RE.sub("", text)))))
        out[path.stem] = SavedQuery(
            path.stem, path, text.strip().rstrip(";"), headers.get(path.stem, ""), params, defaults, helps
        )
    return out


@dataclass(frozen=True, slots=True)
class SqlMacro:
    name: str
    path: Path
    sql: str
    headers: dict[str, str] = field(default_factory=dict)


@cache
def load_macros(sql_dir: Path | None = None) -> tuple[SqlMacro, ...]:
    """The temp macros in ``sql/macros/``, by file name."""
    root = (sql_dir or find_sql_dir()) / "macros"
    out = []
    for path in sorted(root.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        if not re.search(rf"create or replace temp macro {re.escape(path.stem)}\(", text):
            raise ValueError(
                f"sql/macros/{path.name}: expected 'create or replace temp macro {path.stem}(…)'"
            )
        out.append(SqlMacro(path.stem, path, text.strip().rstrip(";"), read_headers(text)))
    return tuple(out)
