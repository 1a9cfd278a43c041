"""The benchmark suite: a deterministic, valid, labelled synthetic corpus, and a harness that writes every section.

No timing assertions: the speed targets are checked by `make bench`, not by tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.bench import run_bench
from ingest.bench.corpus import Generator, read_manifest, write_corpus
from ingest.bench.report import SECTIONS
from ingest.bench.runner import ADDED_RE, CLUSTER_RE, HISTORY_RE, stats
from ingest.bench.stages import CONTENT_TYPES
from ingest.parse import parse_feed
from ingest.text import html_to_text

SIZE = 400


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root, SIZE, feeds=8, seed=11)
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    write_corpus(tmp_path / "again", SIZE, feeds=8, seed=11)
    assert tree_bytes(tmp_path / "again") == tree_bytes(corpus)
    write_corpus(tmp_path / "other", SIZE, feeds=8, seed=12)
    assert tree_bytes(tmp_path / "other")["manifest.jsonl"] != tree_bytes(corpus)["manifest.jsonl"]


def test_reuse_and_regenerate(corpus: Path, tmp_path: Path) -> None:
    info = write_corpus(tmp_path, 50, feeds=3, seed=11)
    assert write_corpus(tmp_path, 50, feeds=3, seed=11) == info  # reused from corpus.json
    assert write_corpus(tmp_path, 60, feeds=3, seed=11)["items"] == 60
    assert len(read_manifest(tmp_path)) == 60


def test_every_format_parses_with_the_labelled_item_counts(corpus: Path) -> None:
    info = json.loads((corpus / "corpus.json").read_text())
    manifest = read_manifest(corpus)
    formats = set()
    for f in info["files"]:
        path = corpus / "feeds" / f["file"]
        parsed = parse_feed(
            path.read_bytes(),
            content_type=CONTENT_TYPES[path.suffix[1:]],
            url=f"http://127.0.0.1/{f['file']}",
        )
        assert not parsed.bozo
        assert len(parsed.entries) == f["items"] == sum(1 for m in manifest if m["feed"] == f["feed"])
        formats.add(parsed.format)
        for entry in parsed.entries:
            assert entry.title and entry.url and entry.published
            assert 2_000 <= len(html_to_text(entry.content_html)) <= 4_600
    assert {"rss20", "atom10", "json11"} <= formats
    assert sum(f["items"] for f in info["files"]) == SIZE


def test_copies_and_revisions_are_labelled(corpus: Path) -> None:
    manifest = {m["i"]: m for m in read_manifest(corpus)}
    kinds = [m["kind"] for m in manifest.values()]
    assert kinds.count("copy") >= 20 and kinds.count("revision") >= 3
    gen = Generator(11, 8)
    for m in manifest.values():
        if m["kind"] == "original":
            assert m["of"] is None and m["statements"]
            continue
        src = manifest[m["of"]]
        assert src["kind"] == "original" and m["of"] < m["i"]
        if m["kind"] == "copy":  # another outlet, its own URL, the same body (plus a byline or credit line)
            assert m["feed"] != src["feed"] and m["url"] != src["url"]
            assert m["statements"] == src["statements"]
            body, original = gen.item(m["i"]).paragraphs, gen.item(src["i"]).paragraphs
            assert all(p in body for p in original)
        else:  # the same article again: same feed, URL and GUID, changed text
            assert (m["feed"], m["url"], m["guid"]) == (src["feed"], src["url"], src["guid"])
            assert gen.item(m["i"]).paragraphs != gen.item(src["i"]).paragraphs


def test_articles_quote_named_role_organisation_and_anonymous_speakers(corpus: Path) -> None:
    statements = [s for m in read_manifest(corpus) if m["kind"] == "original" for s in m["statements"]]
    kinds = {s["kind"] for s in statements}
    speakers = {s["speaker"] for s in statements}
    assert kinds == {"direct", "indirect"}
    assert "(anonymous)" in speakers
    assert any(s.startswith("the ") for s in speakers)  # organisations
    assert any("'s " in s for s in speakers)  # role phrases ("Valdoria's energy minister")


def test_owner_benchmark_lines_are_understood() -> None:
    assert CLUSTER_RE.search("clustered 1,000,000 articles in 98.2 s (98 µs per article); 900,000 stories")
    assert HISTORY_RE.search("history: 1,000,000 articles indexed in 210.3 s, catalog 512 MB")
    m = ADDED_RE.search(
        "added 1,000 to 1,000,000: lookup+assign 0.41 s, write 0.20 s, total 0.61 s; 990 stories"
    )
    assert m and m[5] == "0.61"
    assert stats([3.0, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}


@pytest.mark.slow
def test_quick_bench_writes_every_section(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    out.write_text(
        "# Benchmarks\n\nhand-written intro\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\n## Notes\nkept\n"
    )
    results = run_bench(True, [150], 1, out, data=tmp_path / "data", e2e_articles=150, e2e_feeds=3, scale=False,
                        owner_benches=False, log=lambda _: None)  # fmt: skip
    text = out.read_text()
    for section in SECTIONS:
        assert f"### {section}" in text
    assert "hand-written intro" in text and "## Notes\nkept" in text and "\nold\n" not in text
    assert results["sizes"]["150"]["parse"]["runs"] == 1
    native = results["sizes"]["150"]["extract"]["last"]["native"]
    assert ("extractor: compiled (mypyc" if native else "extractor: pure Python") in text
    for stage in ("parse", "normalise", "extract", "parquet"):
        assert "errors" not in results["sizes"]["150"][stage], results["sizes"]["150"][stage]
    assert results["e2e"]["ours"]["runs"] == results["e2e"]["naive"]["runs"] == 1
    steps = {k: results["e2e"]["ours"][f"{k}_s"]["median"] for k in ("fetch", "process", "build")}
    assert (
        all(v > 0 for v in steps.values())
        and sum(steps.values()) <= results["e2e"]["ours"]["run_s"]["median"] + 0.01
    )
    assert "Where a run of ours spends its time" in text and "build " in text
    assert len(results["targets"]) == 9
