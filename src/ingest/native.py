"""The statement extractor compiled to C with mypyc, used when it matches the sources exactly.

``make native`` (run by ``make test`` and ``make bench``) or ``python -m ingest.native`` compiles
``ingest/extract/*.py`` with mypyc (shipped with mypy) into ``ingest/extract/_native/``: one shim
extension per module, the group library they share, and ``manifest.json`` with the SHA-256 of every
source file, the interpreter's extension suffix and the extractor version.

``ingest.extract`` calls :func:`activate` before it imports any of its modules. The compiled modules
are put in front of the package path only when the manifest matches the sources byte for byte, so an
edited rule is never shadowed by a stale build: the pure-Python modules run until the next build.
``INGEST_PURE_PYTHON=1`` forces the pure-Python modules. The output is the same either way
(tests/test_native.py compares both on every gold set); the compiled one is about a fifth faster.

A machine without a C compiler keeps the pure-Python extractor: the build prints one line and
exits 0. With ``--strict`` (``make test``) a build that fails although a compiler is there (a type
error mypyc refuses, say) exits 1.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

GROUP = "ingest_extract_native"
NATIVE_DIRNAME = "_native"
MANIFEST = "manifest.json"
_PACKAGE_DIR = Path(__file__).resolve().parent
_EXTRACT_DIR = _PACKAGE_DIR / "extract"


def compiled_sources(extract_dir: Path = _EXTRACT_DIR) -> list[Path]:
    """The modules that are compiled: every module of the extract package but its ``__init__``."""
    return sorted(p for p in extract_dir.glob("*.py") if p.name != "__init__.py")


def source_digests(extract_dir: Path = _EXTRACT_DIR) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in compiled_sources(extract_dir)}


def _suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def native_status(extract_dir: Path = _EXTRACT_DIR) -> str:
    """The build's state: "current", "pure" (INGEST_PURE_PYTHON set), "missing" (never built) or
    "stale" (built from other sources or for another interpreter)."""
    if os.environ.get("INGEST_PURE_PYTHON", "") not in ("", "0"):
        return "pure"
    manifest = extract_dir / NATIVE_DIRNAME / MANIFEST
    if not manifest.is_file():
        return "missing"
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "stale"
    if meta.get("suffix") != _suffix() or meta.get("sources") != source_digests(extract_dir):
        return "stale"
    return "current"


def activate(package_path: list[str], extract_dir: Path = _EXTRACT_DIR) -> bool:
    """Put the compiled modules in front of ``package_path`` (the extract package's ``__path__``)
    when they are current; load their shared library first. True when they are used."""
    if native_status(extract_dir) != "current":
        return False
    native_dir = extract_dir / NATIVE_DIRNAME
    name = f"{GROUP}__mypyc"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, native_dir / f"{name}{_suffix()}")
        if spec is None or spec.loader is None:
            return False
        lib = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(lib)
        except ImportError:
            return False
        sys.modules[name] = lib
    package_path.insert(0, str(native_dir))
    return True


def is_native() -> bool:
    """Whether the extractor modules in use are the compiled ones."""
    import ingest.extract.pipeline as p

    return not str(p.__file__).endswith(".py")


_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="ingest-extract-native",
    ext_modules=mypycify(sys.argv[1:], opt_level="3", group_name={group!r}),
    script_args=["build_ext", "--inplace"],
)
"""


def build_native(force: bool = False, package_dir: Path = _PACKAGE_DIR) -> str:
    """Compile the modules of ``package_dir``/extract unless their build is current. Returns
    "current" or "built"; raises RuntimeError with the compiler's last line when the build fails."""
    extract_dir = package_dir / "extract"
    if not force and native_status(extract_dir) == "current":
        return "current"
    digests = source_digests(extract_dir)
    target = extract_dir / NATIVE_DIRNAME
    with tempfile.TemporaryDirectory(prefix="ingest-native-") as tmp:
        work = Path(tmp) / "src"
        # the whole package, so that mypy sees the types of ingest.models and ingest.config
        shutil.copytree(
            package_dir, work / "ingest", ignore=shutil.ignore_patterns("__pycache__", NATIVE_DIRNAME, "*.so")
        )
        (work / "setup.py").write_text(_SETUP.format(group=GROUP), encoding="utf-8")
        files = [f"ingest/extract/{p.name}" for p in compiled_sources(extract_dir)]
        proc = subprocess.run(
            [sys.executable, "setup.py", "--ignore-missing-imports", *files],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
            raise RuntimeError(f"mypyc build failed: {lines[-1] if lines else 'no output'}")
        staged = Path(tempfile.mkdtemp(prefix=".native-", dir=extract_dir))
        try:
            for so in (work / "ingest" / "extract").glob(f"*{_suffix()}"):
                shutil.copy2(so, staged / so.name)
            shutil.copy2(work / f"{GROUP}__mypyc{_suffix()}", staged)
            meta = {"suffix": _suffix(), "sources": digests, "python": sys.version.split()[0]}
            (staged / MANIFEST).write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
            old = extract_dir / f".native-old-{os.getpid()}"
            if target.exists():
                target.rename(old)  # a running process keeps its mapped libraries
            staged.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    return "built"


def has_compiler() -> bool:
    """Whether the C compiler this Python was built with is on PATH (without one, a failed build is
    expected and the pure-Python extractor is used)."""
    cc = (sysconfig.get_config_var("CC") or "cc").split()
    return bool(cc) and shutil.which(cc[0]) is not None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--status" in args:
        print(native_status())
        return 0
    try:
        result = build_native(force="--force" in args)
    except (RuntimeError, OSError) as exc:
        print(f"ingest.native: {exc}; the pure-Python extractor stays in use", file=sys.stderr)
        return 1 if "--strict" in args and has_compiler() else 0
    print(f"ingest.native: compiled extractor {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
