"""Worst-case inputs for the extractor: texts of odd shapes a feed or a fetched page can carry (a run-on
sentence full of cue words, a transcript of one speaker's quotes, a flood of quote marks, a list of names,
one enormous word), at a size and at four times it. The work on an ordinary article grows with its length;
these shapes find the places where it grows with the length times the number of cues, quotes or names
(a scan of the whole sentence or text per cue, a list copied per quote). The ratio of the two CPU times is
about 4 when the work is linear, 16 when it is quadratic.

``stage_worstcase`` is the ``worstcase`` stage of ``ingest bench`` (run in a child process like the others).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

_EN_WORDS = (
    "the minister said that he would not resign , and “ ” \" ' according to officials told reporters on "
    "Monday . Mr. J. Smith President spokesman’s — ( ) : ; 40% $3.5 billion he she they added"
).split()
_UK_WORDS = (
    "Міністр Іван Петренко заявив , що « » — за словами голови Сергія він сказала повідомив . Україна".split()
)
_DE_WORDS = (
    "Der Minister Anna Keller sagte , dass „ “ er habe sei so laut zufolge . erklärte Ministerium".split()
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


def _fuzz(words: tuple[str, ...] | list[str], seed: int) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)  # the same text for the same n: runs compare
        out: list[str] = []
        size = 0
        while size < n:
            w = rng.choice(words)
            out.append(w)
            size += len(w) + 1
        return " ".join(out)

    return make


# name: (language, text of about n characters); written here, no text from elsewhere
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "cue words, no full stop": ("en", _repeat("said ")),
    "“according to” run": ("en", _repeat("according to ")),
    "“he said,” run": ("en", _repeat("he said, ")),
    "one speaker's quotes, one paragraph (en)": ("en", _repeat("“It is done,” Harlow said. ")),
    "one speaker's quotes, one paragraph (uk)": ("uk", _repeat("«Ми впораємося», — заявив Петренко. ")),
    "one speaker's quotes, one line each (de)": ("de", _repeat("„Das ist erledigt“, sagte Keller.\n")),
    "straight quotes around words": ("en", _repeat('"a" ')),
    "curly quote marks only": ("en", _repeat("“")),
    "list of names": ("en", lambda n: ", ".join(["Anna Harlow"] * max(1, n // 13)) + " said."),
    "one enormous word": ("en", lambda n: "A" + "a" * n),
    "initials": ("en", _repeat("J. ")),
    "empty lines": ("en", _repeat("\n")),
    "German clauses, no full stop": ("de", _repeat("Der Minister sagte, er habe recht, ")),
    "random English words": ("en", _fuzz(_EN_WORDS, 7)),
    "random Ukrainian words": ("uk", _fuzz(_UK_WORDS, 7)),
    "random German words": ("de", _fuzz(_DE_WORDS, 7)),
}


def extraction_cpu(text: str, lang: str) -> tuple[float, int]:
    """CPU seconds and statements of one cold extraction of ``text``."""
    from ingest.extract import article_from_record, extract_statements
    from ingest.extract.pipeline import clear_caches

    article = article_from_record({"id": "worst-case", "text": text, "language": lang})
    clear_caches()
    started = time.process_time()
    n = len(extract_statements(article))
    return time.process_time() - started, n


def stage_worstcase(p: dict[str, Any]) -> dict[str, Any]:
    """Each shape at ``chars`` and at four times it (at most the extractor's 200,000-character cap)."""
    from ingest.extract.pipeline import MAX_EXTRACT_CHARS
    from ingest.native import is_native

    small = int(p.get("chars", 50_000))
    large = min(4 * small, MAX_EXTRACT_CHARS)
    extraction_cpu("Warm-up: the minister said the patterns are compiled.", "en")
    shapes: dict[str, Any] = {}
    for name, (lang, make) in SHAPES.items():
        if p.get("only") and name not in p["only"]:
            continue
        cpu_small, st_small = extraction_cpu(make(small), lang)
        cpu_large, st_large = extraction_cpu(make(large), lang)
        shapes[name] = {
            "lang": lang, "chars": [small, large], "cpu_s": [round(cpu_small, 4), round(cpu_large, 4)],
            "statements": [st_small, st_large], "ratio": round(cpu_large / max(cpu_small, 1e-4), 2),
        }  # fmt: skip
    return {"native": is_native(), "growth": large / small, "shapes": shapes}
