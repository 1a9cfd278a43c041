"""Quotes of real US news with their speakers: BASIL (../shared/corpora/basil-same-event-triplets, 300
articles of one event told by three outlets) annotates the quotes that carry bias, each with the person
or group who said it. Not every quote is annotated, so only recall and speakers can be measured:

- ``quotes``: annotated quotes of at least 15 characters whose speaker is one named person (not a group
  such as "Democrats" or "Romney_campaign", not "other_*");
- ``found``: the share of them that an extracted statement overlaps;
- ``right_speaker``: the share whose overlapping statements include one whose speaker holds the
  annotated surname (a role phrase linked to that person counts only through its resolved name).

The triplets split in two halves by a hash of their id: ``dev`` (read to find rules) and ``test`` (never
read, the held-out measure).

    python -m ingest.evalbasil [dev|test] [--misses]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from ingest.config import IngestError
from ingest.evaluate import shared_dir
from ingest.extract import Registry, load_registry
from ingest.extract.pipeline import extract_article
from ingest.models import ArticleText

MIN_QUOTE_CHARS = 15
# one named person: two to four capitalised parts joined by "_" ("Michael_Steele", "Ruth_Bader_Ginsburg")
_PERSON_LABEL_RE = re.compile(r"[A-Z][a-z.'-]+(?:_[A-Z][A-Za-z.'-]*){1,3}")
_GROUP_LABEL_RE = re.compile(
    r"(?i)campaign|democrat|republican|officials|lawmakers|department|committee|house|senate|party|america"
    r"|administration|companies|union|court|council"
)
_QUOTE_MARKS = '“”" '


def basil_root() -> Path:
    return shared_dir() / "corpora" / "basil-same-event-triplets"


def in_split(triplet: str, split: str) -> bool:
    """``dev``: the triplets whose SHA-1 is even; ``test``: the odd ones."""
    odd = int(hashlib.sha1(triplet.encode()).hexdigest(), 16) % 2
    return (split == "dev") == (odd == 0)


def load_basil(split: str) -> list[tuple[ArticleText, list[dict[str, Any]]]]:
    """The articles of one half with their annotations (quotes with a speaker only)."""
    root = basil_root()
    if not (root / "articles").is_dir():
        raise IngestError(f"{root}: not found (is ../shared present?)")
    out = []
    for path in sorted((root / "articles").glob("*/*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        ann_path = root / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not in_split(art["triplet-uuid"], split) or not ann_path.is_file():
            continue
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        text = "\n".join(" ".join(par) for par in art["body-paragraphs"])
        doc = ArticleText(id=art["uuid"], text=text, title=art.get("title", ""), language="en",
                          outlet=str(art.get("source", "")).lower())  # fmt: skip
        quotes = [a for a in ann["phrase-level-annotations"] if a.get("quote") == "yes" and a.get("speaker")]
        out.append((doc, quotes))
    return out


def is_person_label(label: str) -> bool:
    return _PERSON_LABEL_RE.fullmatch(label) is not None and _GROUP_LABEL_RE.search(label) is None


def score_basil(split: str = "dev", registry: Registry | None = None, misses: bool = False) -> dict[str, Any]:
    """The figures of one half (see the module docstring); with ``misses``, the quotes missed or given to
    someone else, each with the paragraph it is in."""
    total = found = right = 0
    missed: list[dict[str, Any]] = []
    for doc, quotes in load_basil(split):
        statements = [e.statement for e in extract_article(doc, registry)]
        for q in quotes:
            snippet = q["txt"].strip(_QUOTE_MARKS)
            start = doc.text.find(snippet)
            if not is_person_label(q["speaker"]) or start < 0 or len(snippet) < MIN_QUOTE_CHARS:
                continue
            end = start + len(snippet)
            surname = q["speaker"].replace("_", " ").split()[-1].lower()
            hits = [s for s in statements if s.start < end and s.end > start]
            ok = any(surname in s.speaker.lower() for s in hits)
            total += 1
            found += bool(hits)
            right += ok
            if misses and not ok:
                para_start = doc.text.rfind("\n", 0, start) + 1
                para_end = doc.text.find("\n", end)
                missed.append({"speaker": q["speaker"], "got": [s.speaker for s in hits],
                               "paragraph": doc.text[para_start : para_end if para_end != -1 else None]})  # fmt: skip
    res: dict[str, Any] = {
        "split": split,
        "quotes": total,
        "found": round(found / total, 3) if total else 0.0,
        "right_speaker": round(right / total, 3) if total else 0.0,
    }
    if misses:
        res["misses"] = missed
    return res


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    split = next((a for a in args if a in ("dev", "test")), "dev")
    try:
        res = score_basil(split, load_registry(Path("speakers.toml")) if Path("speakers.toml").is_file() else None,
                          misses="--misses" in args)  # fmt: skip
    except IngestError as exc:
        print(f"python -m ingest.evalbasil: {exc}", file=sys.stderr)
        return 2
    for row in res.pop("misses", []):
        print(f"-- {row['speaker']} | got {row['got']}\n   {row['paragraph'][:400]}")
    for k, v in res.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
