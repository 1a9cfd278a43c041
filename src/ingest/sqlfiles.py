"""The SQL models in ``sql/``: discovery, headers and build order.

One file is one relation named like the file. Layers run in the order staging → intermediate →
marts → checks; inside a layer a model runs after the models it references (found by name).
Each file starts with ``-- <name>: <description>`` style header lines, one of them ``-- grain: …``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LAYERS = ("staging", "intermediate", "marts", "checks")
SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
_HEADER_RE = re.compile(r"^--\s*(\w[\w ]*?)\s*:\s*(.*)$")
_PARAM_RE = re.compile(r"\$([a-z_][a-z0-9_]*)")
_COMMENT_RE = re.compile(r"--[^\n]*")


@dataclass(frozen=True, slots=True)
class SqlModel:
    name: str
    layer: str
    path: Path
    sql: str  # the statement without header comments
    headers: dict[str, str] = field(default_factory=dict)
    params: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()

    @property
    def grain(self) -> str:
        return self.headers.get("grain", "")


def find_sql_dir() -> Path:
    """The project's sql/ folder (also when running from an installed copy inside the repo)."""
    if SQL_DIR.is_dir():
        return SQL_DIR
    cwd = Path.cwd() / "sql"
    if cwd.is_dir():
        return cwd
    raise FileNotFoundError(f"sql folder not found at {SQL_DIR} or {cwd}")


@cache
def load_models(sql_dir: Path | None = None) -> tuple[SqlModel, ...]:
    """All models in build order."""
    root = sql_dir or find_sql_dir()
    raw: list[tuple[str, str, Path, str]] = []
    for layer in LAYERS:
        for path in sorted((root / layer).glob("*.sql")):
            raw.append((path.stem, layer, path, path.read_text(encoding="utf-8")))
    names = {name for name, *_ in raw}
    models = []
    for name, layer, path, text in raw:
        headers = read_headers(text)
        body = _COMMENT_RE.sub("", text)
        refs = tuple(sorted(n for n in names if n != name and re.search(rf"\b{re.escape(n)}\b", body)))
        params = tuple(sorted(set(_PARAM_RE.findall(body))))
        models.append(SqlModel(name, layer, path, text.strip().rstrip(";"), headers, params, refs))
    return tuple(order_models(models))


def read_headers(text: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        m = _HEADER_RE.match(line)
        if m:
            headers[m.group(1).strip().lower()] = m.group(2).strip()
    return headers


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
                raise ValueError(f"sql/{m.layer}/{m.name}.sql references {ref} from a later layer ({dep.layer})")
            visit(dep, (*stack, m.name))
        done.add(m.name)
        out.append(m)

    for layer in LAYERS:
        for m in sorted((m for m in models if m.layer == layer), key=lambda m: m.name):
            visit(m, ())
    return out
