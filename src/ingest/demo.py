"""`ingest demo`: serve the bundled example feeds on 127.0.0.1 and run the real pipeline on them."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

from ingest import pipeline
from ingest.config import IngestError, Settings
from ingest.serve import serve_directory
from ingest.warehouse import query_warehouse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLE_SQL = """
select speaker, kind, quote, outlet, published_at
from statements
order by published_at desc, outlet, start
limit 8
"""


def find_examples() -> Path:
    for root in (EXAMPLES, Path.cwd() / "examples"):
        if (root / "demo-feeds.toml").is_file():
            return root
    raise IngestError(f"example feeds not found (looked for {EXAMPLES / 'demo-feeds.toml'})")


def write_served_feeds(template: Path, base_url: str, target: Path) -> None:
    """Copy the demo feeds file, pointing each feed's url at the local server."""
    data = tomllib.loads(template.read_text(encoding="utf-8"))
    lines = []
    for feed in data["feeds"]:
        lines.append("[[feeds]]")
        for key, value in feed.items():
            if key == "url":
                value = base_url + str(value)
            lines.append(f"{key} = {toml_string(value)}")
        lines.append("")
    target.write_text("\n".join(lines), encoding="utf-8")


def toml_string(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def run_demo(warehouse: Path) -> str:
    examples = find_examples()
    with (
        tempfile.TemporaryDirectory(prefix="ingest-demo-") as tmp,
        serve_directory(examples / "feeds") as base_url,
    ):
        feeds_file = Path(tmp) / "feeds.toml"
        write_served_feeds(examples / "demo-feeds.toml", base_url, feeds_file)
        settings = Settings(
            warehouse=warehouse, fetch_host_interval_s=0.0
        )  # our own server: no politeness delay
        summary = pipeline.run(
            feeds_file, warehouse, force=True, settings=settings, speakers_file=default_registry()
        )
    _, rows = query_warehouse(warehouse, SAMPLE_SQL)
    out = [
        f"served {len(tomllib.loads((examples / 'demo-feeds.toml').read_text())['feeds'])} example feeds at {base_url}",
        pipeline.describe_run(summary),
        "",
        "sample statements:",
    ]
    for speaker, kind, quote, outlet, published in rows:
        short = quote if len(quote) <= 110 else quote[:109] + "…"
        out.append(f"  {published:%Y-%m-%d %H:%M} {outlet} | {speaker} ({kind}): {short}")
    out.append("")
    out.append(
        f'query it: .venv/bin/ingest sql "select speaker, count(*) from statements group by 1 order by 2 desc" --warehouse {warehouse}'
    )
    return "\n".join(out)


def default_registry() -> Path | None:
    for path in (EXAMPLES.parent / "speakers.toml", Path.cwd() / "speakers.toml"):
        if path.is_file():
            return path
    return None
