"""Shared fixtures: temporary warehouses, feeds files, the example feeds served on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from ingest.serve import serve_directory

# `make test` (and CI) run the property tests on a fixed sequence of examples, so a green run stays
# green; HYPOTHESIS_PROFILE=explore draws new random examples (run it when touching urls/dedup/parse).
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared (corpora and eval sets) — the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "warehouse"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def examples_url() -> Iterator[str]:
    """The bundled example feeds served on a free port of 127.0.0.1."""
    with serve_directory(EXAMPLES / "feeds") as base_url:
        yield base_url


def write_feeds_file(path: Path, feeds: list[dict[str, str]]) -> Path:
    lines = []
    for feed in feeds:
        lines.append("[[feeds]]")
        lines += [f'{k} = "{v}"' for k, v in feed.items()]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def example_feeds_file(tmp_path: Path, examples_url: str) -> Path:
    """A feeds file listing the four example feeds (served locally) and one URL that answers 404."""
    return write_feeds_file(
        tmp_path / "feeds.toml",
        [
            {
                "name": "kyiv-wire",
                "url": examples_url + "kyiv-wire.xml",
                "outlet": "Kyiv Wire",
                "language": "en",
            },
            {"name": "dnipro-herald", "url": examples_url + "dnipro-herald.xml", "outlet": "Dnipro Herald"},
            {"name": "eurodesk", "url": examples_url + "eurodesk.atom", "outlet": "Eurodesk Daily"},
            {"name": "donau", "url": examples_url + "donau-nachrichten.rdf", "outlet": "Donau Nachrichten"},
            {"name": "missing", "url": examples_url + "no-such-feed.xml", "outlet": "Nowhere"},
        ],
    )


def reset_peak_rss() -> None:
    """Start this process's peak RSS again from its current size (Linux; elsewhere the peak stays)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_kib() -> int:
    """This process's peak RSS since the last reset (Linux: VmHWM), else since it started."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
