"""The mypyc-compiled extractor: used only when built from exactly the current sources, and its
output is the pure-Python extractor's, byte for byte."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import native

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "src" / "ingest" / "extract"


@pytest.fixture()
def extract_copy(tmp_path: Path) -> Path:
    d = tmp_path / "extract"
    d.mkdir()
    for p in native.compiled_sources(EXTRACT):
        shutil.copy2(p, d / p.name)
    return d


def write_manifest(extract_dir: Path, **over: object) -> None:
    (extract_dir / native.NATIVE_DIRNAME).mkdir(exist_ok=True)
    meta = {"suffix": native._suffix(), "sources": native.source_digests(extract_dir), **over}
    (extract_dir / native.NATIVE_DIRNAME / native.MANIFEST).write_text(json.dumps(meta))


def test_status_follows_the_sources(extract_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INGEST_PURE_PYTHON", raising=False)
    assert native.native_status(extract_copy) == "missing"
    write_manifest(extract_copy)
    assert native.native_status(extract_copy) == "current"
    quotes = extract_copy / "quotes.py"
    quotes.write_text(quotes.read_text(encoding="utf-8") + "\n# an edited rule\n", encoding="utf-8")
    assert native.native_status(extract_copy) == "stale"
    write_manifest(extract_copy)
    (extract_copy / "new_rules.py").write_text("X = 1\n", encoding="utf-8")
    assert native.native_status(extract_copy) == "stale"  # a new module is not in the build either


@pytest.mark.parametrize(
    ("env", "over", "expected"),
    [
        ("1", {}, "pure"),
        ("0", {}, "current"),
        ("", {"suffix": ".cpython-99-other.so"}, "stale"),
    ],
)
def test_status_cases(
    extract_copy: Path, monkeypatch: pytest.MonkeyPatch, env: str, over: dict[str, object], expected: str
) -> None:
    monkeypatch.setenv("INGEST_PURE_PYTHON", env)
    write_manifest(extract_copy, **over)
    assert native.native_status(extract_copy) == expected


def test_broken_manifest_is_stale(extract_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INGEST_PURE_PYTHON", raising=False)
    (extract_copy / native.NATIVE_DIRNAME).mkdir()
    (extract_copy / native.NATIVE_DIRNAME / native.MANIFEST).write_text("{not json")
    assert native.native_status(extract_copy) == "stale"


def test_stale_build_is_not_activated(extract_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INGEST_PURE_PYTHON", raising=False)
    write_manifest(extract_copy)
    (extract_copy / "quotes.py").write_text("# edited\n", encoding="utf-8")
    path = [str(extract_copy)]
    assert native.activate(path, extract_copy) is False
    assert path == [str(extract_copy)]


def test_failed_build_is_one_line_and_keeps_the_old_build(tmp_path: Path) -> None:
    pkg = tmp_path / "ingest"
    (pkg / "extract").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "extract" / "__init__.py").write_text("")
    (pkg / "extract" / "broken.py").write_text('COUNT: int = "not a number"\n')
    write_manifest(pkg / "extract", sources={"old.py": "0" * 64})
    with pytest.raises(RuntimeError) as err:
        native.build_native(package_dir=pkg)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith("mypyc build failed:") and "broken.py" in msg
    assert (pkg / "extract" / native.NATIVE_DIRNAME / native.MANIFEST).is_file()
    assert not list((pkg / "extract").glob(".native-*"))


def _snapshot(tmp_path: Path, name: str, pure: bool) -> tuple[bytes, str]:
    env = {k: v for k, v in os.environ.items() if k != "INGEST_PURE_PYTHON"}
    if pure:
        env["INGEST_PURE_PYTHON"] = "1"
    out = tmp_path / f"{name}.jsonl"
    code = (
        "import sys; from ingest.evaluate import snapshot; from ingest.native import is_native;"
        f"snapshot({str(out)!r}); print(is_native())"
    )
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.read_bytes(), proc.stdout.strip()


@pytest.mark.slow
def test_compiled_output_is_the_pure_output(tmp_path: Path) -> None:
    if native.native_status() != "current":
        pytest.skip(f"compiled extractor {native.native_status()} (run `make native`; needs a C compiler)")
    compiled, used_native = _snapshot(tmp_path, "native", pure=False)
    pure, used_pure = _snapshot(tmp_path, "pure", pure=True)
    assert (used_native, used_pure) == ("True", "False")
    assert compiled.count(b"\n") > 100
    assert compiled == pure


@pytest.mark.parametrize(
    ("args", "compiler", "status"),
    [
        ([], True, 0),  # make native: a failed build leaves pure Python, no error
        (["--strict"], True, 1),  # make test: a build that fails with a compiler present is an error
        (["--strict"], False, 0),  # no compiler: pure Python is the expected outcome
    ],
)
def test_failed_build_exit_status(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    compiler: bool,
    status: int,
) -> None:
    def fail(force: bool = False) -> str:
        raise RuntimeError("mypyc build failed: x.py:1: error: something")

    monkeypatch.setattr(native, "build_native", fail)
    monkeypatch.setattr(native, "has_compiler", lambda: compiler)
    assert native.main(args) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "mypyc build failed: x.py:1" in err


def test_results_survive_pickling_as_the_workers_send_them() -> None:
    # the extraction workers return `Extracted` pickled; a compiled class whose __init__ is written out needs
    # its own __reduce__ (pickle's default calls it without arguments): this failed only in the workers
    from ingest.extract import ArticleText
    from ingest.extract.pipeline import extract_article

    doc = ArticleText(
        id="p1", text="“We will appeal,” said Anna Lee, the mayor. She added that costs rose.", language="en"
    )
    found = extract_article(doc, None)
    assert found and pickle.loads(pickle.dumps(found)) == found
