"""A deterministic synthetic news corpus: full-text articles with quotes, served as RSS 2.0, Atom and JSON Feed.

``write_corpus(root, articles)`` writes ``root/feeds/*.{xml,atom,json}`` (about ``items_per_feed``
items per feed, newest first), ``root/manifest.jsonl`` (one labelled line per item: kind, the
original it copies or revises, feed, format, URL, GUID and the gold statements) and
``root/corpus.json`` (the spec, counts and bytes). The same spec always gives the same bytes: item
``i`` is a pure function of ``(seed, i)`` (its own ``random.Random``), so any slice can be made on
its own and an increment (``start=n``) can revise articles of the history before it.

Items are originals (~87%), syndicated copies of a recent original in another outlet (~10%: the
same body with a wire byline and/or credit line, the headline sometimes reworded) and revisions of
an earlier original in its own feed (~3%: same URL and GUID, a figure changed, an update note
added, a later ``updated`` date). Article bodies are 2–4 KB of text: a dateline lead, background
sentences, direct quotes (curly and straight), reported speech, named speakers introduced with a
role and then by surname, role-phrase, organisation and anonymous speakers. All names are invented
(:mod:`ingest.bench.vocab`).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingest.bench import vocab as v
from ingest.bench.feedwriter import FORMAT_EXT, render_feed

GENERATOR_VERSION = 1
DEFAULT_SEED = 20261125
BASE_TIME = datetime(2024, 1, 2, tzinfo=UTC)
STEP_SECONDS = 40
COPY_SHARE, REVISION_SHARE = 0.10, 0.03
COPY_WINDOW, REVISION_WINDOW = 200, 2000
FORMAT_CYCLES = {  # mixed: 5/8 RSS, 2/8 Atom, 1/8 JSON Feed; xml: what feedparser reads (the naive baseline)
    "mixed": ("rss", "atom", "json", "rss", "rss", "atom", "rss", "rss"),
    "xml": ("rss", "atom", "rss", "rss", "rss", "atom", "rss", "rss"),
}
SURNAMES = tuple(h + t for h in v.SURNAME_HEADS for t in v.SURNAME_TAILS)
POOLS = {"city": v.CITIES, "city2": v.CITIES, "country": v.COUNTRIES, "country2": v.COUNTRIES, "org": v.ORGS,
         "company": v.COMPANIES, "thinktank": v.THINKTANKS, "ordinal": v.ORDINALS}  # fmt: skip
_SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class Item:
    index: int
    kind: str  # original | copy | revision
    of: int | None  # the original copied or revised
    feed: int
    title: str
    paragraphs: list[str]  # HTML paragraphs (inline markup only)
    url: str
    guid: str | None
    published: datetime
    updated: datetime | None = None
    author: str | None = None
    statements: list[dict[str, str]] = field(default_factory=list)

    def label(self, fmt: str) -> dict[str, Any]:
        return {"i": self.index, "kind": self.kind, "of": self.of, "feed": self.feed, "format": fmt, "url": self.url,
                "guid": self.guid, "title": self.title, "statements": self.statements}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outlet:
    index: int
    name: str
    slug: str
    domain: str
    format: str
    guid_style: str  # permalink | urn | none
    tracking: bool  # links carry utm_* parameters

    @property
    def filename(self) -> str:
        return f"{self.index:04d}-{self.slug}.{FORMAT_EXT[self.format]}"


def outlet(k: int, formats: str = "mixed") -> Outlet:
    city, noun = v.CITIES[k % len(v.CITIES)], v.OUTLET_NOUNS[(k // len(v.CITIES)) % len(v.OUTLET_NOUNS)]
    cycle = k // (len(v.CITIES) * len(v.OUTLET_NOUNS))
    name = f"The {city} {noun}" + (f" {cycle + 1}" if cycle else "")
    slug = _SLUG_RE.sub("-", name.lower().removeprefix("the ")).strip("-")
    cycle_formats = FORMAT_CYCLES[formats]
    return Outlet(k, name, slug, f"{slug}.example", cycle_formats[k % len(cycle_formats)],
                  ("permalink", "urn", "none")[k % 3], k % 4 == 0)  # fmt: skip


class Filler(dict[str, str]):
    """Template slots: fixed values (the article's city, country, person) or a fresh random choice per use."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key in ("num", "num2"):
            return str(r.randint(2, 950)) if r.random() < 0.8 else f"{r.randint(1_000, 90_000):,}"
        if key == "pct":
            return f"{r.randint(3, 95)}%" if r.random() < 0.7 else f"{r.randint(3, 95)} percent"
        if key == "money":
            return f"{r.randint(12, 990) / 10:g} {r.choice(v.SLOTS['money_unit'])}"
        value = r.choice(POOLS.get(key) or v.SLOTS[key.lower()])
        if key == "Noun":
            value = value[:1].upper() + value[1:]
        return value.format_map(self) if "{" in value else value


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Generator:
    """Items of one corpus: ``item(i)`` depends only on the seed, ``i`` and the feed count."""

    def __init__(self, seed: int, feeds: int) -> None:
        self.seed, self.feeds = seed, feeds
        self._originals: dict[int, Item] = {}

    def rng(self, i: int) -> random.Random:
        return random.Random(self.seed * 1_000_003 + i)

    def kind(self, i: int) -> str:
        u = self.rng(i).random()
        if i >= 10 and u < COPY_SHARE:
            return "copy"
        if i >= 50 and u < COPY_SHARE + REVISION_SHARE:
            return "revision"
        return "original"

    def item(self, i: int) -> Item:
        r = self.rng(i)
        u = r.random()
        if i >= 10 and u < COPY_SHARE:
            return self.copy(i, r, self.original_before(i - 1 - r.randrange(min(i, COPY_WINDOW))))
        if i >= 50 and u < COPY_SHARE + REVISION_SHARE:
            return self.revision(i, r, self.original_before(i - 1 - r.randrange(min(i, REVISION_WINDOW))))
        return self.original(i, r)

    def original_before(self, j: int) -> Item:
        while self.kind(j) != "original":
            j -= 1
        if j not in self._originals:
            if len(self._originals) > 4 * REVISION_WINDOW:
                self._originals.clear()
            r = self.rng(j)
            r.random()
            self._originals[j] = self.original(j, r)
        return self._originals[j]

    def when(self, i: int, r: random.Random) -> datetime:
        return BASE_TIME + timedelta(seconds=i * STEP_SECONDS + r.randrange(STEP_SECONDS))

    def link(
        self, out: Outlet, i: int, title: str, when: datetime, r: random.Random
    ) -> tuple[str, str | None]:
        slug = "-".join(_SLUG_RE.sub(" ", title.lower()).split()[:8])
        url = f"https://www.{out.domain}/{r.choice(v.SLOTS['section'])}/{when:%Y/%m/%d}/{slug}-{i}"
        guid = {"permalink": url, "urn": f"urn:{out.domain}:article:{i}", "none": None}[out.guid_style]
        return (url + "?utm_source=rss&utm_medium=feed" if out.tracking else url), guid

    def original(self, i: int, r: random.Random) -> Item:
        city, country = r.choice(v.CITIES), r.choice(v.COUNTRIES)
        fill = Filler(r, {"city": city, "country": country})
        people = [self.person(r, fill) for _ in range(r.randint(2, 4))]
        named: set[int] = set()
        statements: list[dict[str, str]] = []
        lead, said = self.reported(r, fill, people[0], 0, named)
        paragraphs = [f"{city.upper()} — {lead}"]
        statements.append(said)
        target = r.randint(2_000, 3_900)
        size = len(paragraphs[0])
        while size < target:
            u = r.random()
            if u < 0.5:
                para = " ".join(self.background(r, fill) for _ in range(r.randint(2, 4)))
            else:
                k = r.randrange(len(people))
                para, said = (self.direct if u < 0.78 else self.reported)(r, fill, people[k], k, named)
                statements.append(said)
                if u < 0.78 and r.random() < 0.15:  # a second quote by the same speaker in the paragraph
                    more = cap(r.choice(v.FIRST_PERSON).format_map(fill))
                    para += f" “{more}.”"
                    statements.append({**said, "quote": more})
                if r.random() < 0.5:
                    para += " " + " ".join(self.background(r, fill) for _ in range(r.randint(1, 2)))
            paragraphs.append(para)
            size += len(para) + 1
        title = cap(r.choice(v.TITLES).format_map(Filler(r, {
            "city": city, "country": country, "Last": people[0]["last"],
            "short": r.choice(v.SHORT).format_map(fill), "short_cap": cap(r.choice(v.SHORT).format_map(fill)),
            "role_short": people[0]["role"].split(" of ")[0].split(" at ")[0]})))  # fmt: skip
        feed = r.randrange(self.feeds)
        when = self.when(i, r)
        url, guid = self.link(outlet(feed), i, title, when, r)
        author = f"{r.choice(v.FIRST_NAMES)} {r.choice(SURNAMES)}" if r.random() < 0.7 else None
        return Item(i, "original", None, feed, title, paragraphs, url, guid, when, None, author, statements)

    def person(self, r: random.Random, fill: Filler) -> dict[str, str]:
        first, last = r.choice(v.FIRST_NAMES), r.choice(SURNAMES)
        return {"first": first, "last": last, "role": r.choice(v.ROLES).format_map(fill)}

    def speaker(self, p: dict[str, str], k: int, named: set[int]) -> str:
        if k in named:
            return p["last"]
        named.add(k)
        return f"{p['first']} {p['last']}, the {p['role']},"

    def direct(
        self, r: random.Random, fill: Filler, p: dict[str, str], k: int, named: set[int]
    ) -> tuple[str, dict[str, str]]:
        quote = cap(r.choice(v.FIRST_PERSON).format_map(fill))
        if r.random() < 0.3:
            quote += ". " + cap(r.choice(v.FIRST_PERSON).format_map(fill))
        cue = r.choice(v.SLOTS["cue"]).format_map(fill)
        who = self.speaker(p, k, named)
        open_, close = ("“", "”") if r.random() < 0.85 else ('"', '"')
        if r.random() < 0.75:
            text = f"{open_}{quote},{close} {who} {cue}."
        else:
            text = f"{who} {cue}: {open_}{quote}.{close}"
        return text.replace(",,", ","), {
            "speaker": f"{p['first']} {p['last']}",
            "kind": "direct",
            "quote": quote,
        }

    def reported(
        self, r: random.Random, fill: Filler, p: dict[str, str], k: int, named: set[int]
    ) -> tuple[str, dict[str, str]]:
        clause = r.choice(v.CLAUSES).format_map(fill)
        u = r.random()
        if u < 0.12:  # organisation
            org = r.choice(v.ORGS)
            return f"The {org} said in a statement that {clause}.", {
                "speaker": f"the {org}",
                "kind": "indirect",
                "quote": clause,
            }
        if u < 0.20:  # role phrase only
            role = r.choice(v.ROLES[:9])
            return f"{fill['country']}'s {role} said {clause}.", {
                "speaker": f"{fill['country']}'s {role}",
                "kind": "indirect",
                "quote": clause,
            }
        if u < 0.25:  # anonymous
            return f"An official who asked not to be named said {clause}.", {
                "speaker": "(anonymous)",
                "kind": "indirect",
                "quote": clause,
            }
        who = self.speaker(p, k, named)
        cue = r.choice(v.SLOTS["reported_cue"]).format_map(fill)
        text = (
            f"According to {who.rstrip(',')}, {clause}."
            if r.random() < 0.25
            else f"{who} {cue} that {clause}."
        )
        return text.replace(",,", ","), {
            "speaker": f"{p['first']} {p['last']}",
            "kind": "indirect",
            "quote": clause,
        }

    def background(self, r: random.Random, fill: Filler) -> str:
        sentence = r.choice(v.BACKGROUND).format_map(fill)
        if r.random() < 0.1:
            country = fill["country"]
            sentence = sentence.replace(
                country, f'<a href="https://www.example.org/topics/{country.lower()}">{country}</a>', 1
            )
        return sentence

    def copy(self, i: int, r: random.Random, src: Item) -> Item:
        feed = (src.feed + 1 + r.randrange(self.feeds - 1)) % self.feeds if self.feeds > 1 else src.feed
        paragraphs = list(src.paragraphs)
        u = r.random()
        if u < 0.7:
            paragraphs.insert(0, f"By {r.choice(v.FIRST_NAMES)} {r.choice(SURNAMES)}, {r.choice(v.AGENCIES)}")
        if u > 0.4:
            paragraphs.append(f"<em>(Reporting by {r.choice(v.FIRST_NAMES)} {r.choice(SURNAMES)}; "
                              f"editing by {r.choice(v.FIRST_NAMES)} {r.choice(SURNAMES)})</em>")  # fmt: skip
        title = src.title if r.random() < 0.6 else f"UPDATE 1-{src.title}"
        when = self.when(i, r)
        url, guid = self.link(outlet(feed), i, title, when, r)
        return Item(
            i, "copy", src.index, feed, title, paragraphs, url, guid, when, None, None, list(src.statements)
        )

    def revision(self, i: int, r: random.Random, src: Item) -> Item:
        paragraphs = list(src.paragraphs)
        k = r.randrange(len(paragraphs))
        paragraphs[k] = re.sub(
            r"\b\d+\b", lambda m: str(int(m[0]) + 1 + r.randrange(9)), paragraphs[k], count=1
        )
        paragraphs.append(f"<em>{r.choice(v.UPDATES).format_map(Filler(r, {}))}</em>")
        body = "\n".join(paragraphs)
        statements = [s for s in src.statements if s["quote"] in body]
        title = src.title if r.random() < 0.7 else f"{src.title} (updated)"
        return Item(i, "revision", src.index, src.feed, title, paragraphs, src.url, src.guid, src.published,
                    self.when(i, r), src.author, statements)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    articles: int
    feeds: int
    seed: int = DEFAULT_SEED
    start: int = 0
    formats: str = "mixed"
    version: int = GENERATOR_VERSION


def default_feeds(articles: int, items_per_feed: int = 100) -> int:
    return max(3, -(-articles // items_per_feed))


def write_corpus(root: Path, articles: int, *, feeds: int | None = None, seed: int = DEFAULT_SEED,
                 start: int = 0, formats: str = "mixed", reuse: bool = True) -> dict[str, Any]:  # fmt: skip
    """Write the corpus under ``root`` (reused when ``corpus.json`` matches the spec); returns its description."""
    spec = CorpusSpec(articles, feeds or default_feeds(articles), seed, start, formats)
    info_path = root / "corpus.json"
    if reuse and info_path.is_file():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if info.get("spec") == asdict(spec):
            return dict(info)
    gen = Generator(seed, spec.feeds)
    per_feed: list[list[Item]] = [[] for _ in range(spec.feeds)]
    (root / "feeds").mkdir(parents=True, exist_ok=True)
    for old in (root / "feeds").iterdir():
        old.unlink()
    kinds = {"original": 0, "copy": 0, "revision": 0}
    with (root / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for i in range(start, start + articles):
            item = gen.item(i)
            per_feed[item.feed].append(item)
            kinds[item.kind] += 1
            manifest.write(
                json.dumps(item.label(outlet(item.feed, formats).format), ensure_ascii=False, default=str)
                + "\n"
            )
    files, total = [], 0
    for k, items in enumerate(per_feed):
        out = outlet(k, formats)
        body = render_feed(out, items[::-1], BASE_TIME + timedelta(seconds=(start + articles) * STEP_SECONDS))
        (root / "feeds" / out.filename).write_bytes(body)
        files.append({"feed": k, "name": out.slug, "outlet": out.name, "file": out.filename, "format": out.format,
                      "items": len(items), "bytes": len(body)})  # fmt: skip
        total += len(body)
    counts = {f: sum(1 for x in files if x["format"] == f) for f in ("rss", "atom", "json")}
    info = {
        "spec": asdict(spec),
        "items": articles,
        "kinds": kinds,
        "feed_formats": counts,
        "bytes": total,
        "files": files,
    }
    info_path.write_text(json.dumps(info, indent=1), encoding="utf-8")
    return info


def feeds_toml(root: Path, base_url: str | None = None) -> str:
    """A feeds file for the corpus: URLs under ``base_url`` when served, else local paths."""
    info = json.loads((root / "corpus.json").read_text(encoding="utf-8"))
    lines = []
    for f in info["files"]:
        url = base_url + f["file"] if base_url else str((root / "feeds" / f["file"]).resolve())
        lines += ["[[feeds]]", f'name = "{f["name"]}"', f'url = "{url}"', f'outlet = "{f["outlet"]}"', ""]
    return "\n".join(lines)


def read_manifest(root: Path) -> list[dict[str, Any]]:
    with (root / "manifest.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
