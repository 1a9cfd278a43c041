"""Story clusters: MinHash over word shingles, LSH bands, and story assignment. Pure, vectorised.

Copies of one story (wire copy run by several outlets, with a byline added, a paragraph trimmed,
the headline reworded, a summary of it) share ``story_id``; different articles about the same event
do not. Two articles published at most ``window_days`` apart are the same story when the MinHash
estimate of the Jaccard similarity of their word 3-shingles (title + the first ``max_words`` words of
the text) reaches ``threshold``, or when the smaller shingle set is ``containment`` inside the other
(a summary of a full text). The bar rises to ``strict_threshold`` for very short articles, and for
two short articles whose titles substitute a word their own texts carry ("Erdoğan says truce
possible…" / "Macron says truce possible…"; "…skeleton challenge" / "…curling challenge").
Paragraphs that one outlet repeats under three or more items of a batch stay out of the signature
(boilerplate the text stage does not know).

Articles are taken in publication order: each joins the story of its most similar earlier match
(ties: the smaller story id), else opens a story of its own (``story_id = article_id``); one that
opened a story nobody joined then joins the story of a later match. Stories are never merged after
the fact, so a story id, once given, never changes, and the outcome does not depend on the order of
the input. Tuning and figures: docs/dedup.md.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ingest.lsh import estimate_similarity, find_batch_pairs, make_band_keys, sort_unique
from ingest.text import hash_words, mix64

SHINGLE_WORDS = 3
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_SHINGLES_PER_STEP = 4096  # MinHash work buffer: num_perm x this many 32-bit values (cache-sized)
_DOCS_PER_CHUNK = 2048  # documents tokenised and hashed together
_CHARS_PER_WORD = 12  # a text is cut at max_words * this many characters before it is split into words
_MAX_BOILERPLATE_CHARS = 600  # longer paragraphs are never taken for an outlet's boilerplate

TITLE_STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with without as is are was were be been being
    it its this that these those he she they we you i his her their our your not no new after before over
    under into onto up down out off about against amid among between during says say said tells told will
    would could should may might can has have had do does did than then there here what who whom why how
    when where which while if so just more most less least all any some very also vs via per update wrapup
    refile corrected exclusive breaking live watch video analysis opinion factbox explainer report""".split()
)


@dataclass(frozen=True, slots=True)
class ClusterParams:
    num_perm: int = 72
    band_rows: int = 3
    max_words: int = 80
    threshold: float = 0.4
    containment: float = 0.7  # also the same story when this share of the smaller shingle set is in the other
    strict_threshold: float = 0.8
    min_shingles: int = 8
    title_guard_shingles: int = 40  # two articles this short must not substitute a title word (else strict)
    window_days: int = 3
    boilerplate_repeats: int = 3

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows


DEFAULT_PARAMS = ClusterParams()


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What clustering needs of one article (revision)."""

    article_id: str
    title: str
    text: str
    day: int  # publication day number (date.toordinal())
    rank: str  # sort key: earlier-published copies first (ISO published_at, first_seen_at)
    outlet: str = ""
    story_id: str = ""  # already fixed (a known article's story); "" to assign


@dataclass(slots=True)
class Signatures:
    """MinHash signatures of n documents (16-bit minima: b-bit MinHash) and what the guards need."""

    sig: np.ndarray  # (n, num_perm) uint16
    sizes: np.ndarray  # (n,) int32: distinct shingles
    days: np.ndarray  # (n,) int32
    # short documents only (else empty): 16-bit hashes of the title words also found in the text, and
    # of all the words — what the title-substitution guard compares
    anchors: list[frozenset[int]] = field(default_factory=list)
    words: list[frozenset[int]] = field(default_factory=list)


@functools.cache
def make_permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Fixed hash functions x -> (a·x + b) mod 2**32 (a odd: a permutation of 32-bit values); the same
    in every process, so signatures stored in the index stay comparable."""
    rng = np.random.default_rng(0x5EED_4_5107)
    a = rng.integers(0, 1 << 32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    b = rng.integers(0, 1 << 32, size=num_perm, dtype=np.uint64).astype(np.uint32)
    return a, b


def signature_body(text: str, max_words: int, skip_lines: frozenset[str]) -> str:
    """The start of the text that can hold `max_words` words, without the outlet's boilerplate lines."""
    body = "\n".join(line for line in text.split("\n") if line not in skip_lines) if skip_lines else text
    return body[: max_words * _CHARS_PER_WORD]


_STOPWORD_HASHES = sort_unique(hash_words(sorted(TITLE_STOPWORDS))[0])


def find_boilerplate_lines(docs: Sequence[StoryDoc], repeats: int) -> dict[str, frozenset[str]]:
    """Per outlet: paragraphs (of at most a few lines' length) found under `repeats` or more different
    articles of the batch."""
    unique = {d.article_id: d for d in docs}.values()
    counts: dict[str, Counter[str]] = {}
    for d in unique:  # every distinct line counted in C; which ones may be boilerplate is asked once per line
        counter = counts.get(d.outlet)
        if counter is None:
            counter = counts[d.outlet] = Counter()
        counter.update(set(d.text.split("\n")))
    out: dict[str, frozenset[str]] = {}
    for outlet, counter in counts.items():
        lines = frozenset(
            line
            for line, n in counter.items()
            if n >= repeats and line and len(line) <= _MAX_BOILERPLATE_CHARS
        )
        if lines:
            out[outlet] = lines
    return out


def make_signatures(docs: Sequence[StoryDoc], params: ClusterParams = DEFAULT_PARAMS) -> Signatures:
    """MinHash signatures of the documents (title + start of the text), vectorised by chunks of documents."""
    skip = find_boilerplate_lines(docs, params.boilerplate_repeats) if params.boilerplate_repeats else {}
    n = len(docs)
    sig = np.full((n, params.num_perm), 0xFFFF, dtype=np.uint16)
    sizes = np.zeros(n, dtype=np.int32)
    empty: frozenset[int] = frozenset()
    no_lines: frozenset[str] = frozenset()
    anchors, vocab = [empty] * n, [empty] * n
    for lo in range(0, n, _DOCS_PER_CHUNK):
        chunk = docs[lo : lo + _DOCS_PER_CHUNK]
        parts: list[str] = []
        for d in chunk:
            parts += (
                d.title.casefold(),
                signature_body(d.text, params.max_words, skip.get(d.outlet, no_lines)).casefold(),
            )
        hashes, part_of, length, digit = hash_words(parts)
        rank = np.arange(len(part_of)) - np.searchsorted(part_of, np.arange(len(parts)))[part_of]
        keep = (part_of % 2 == 0) | (rank < params.max_words)  # the title, then max_words words of text
        hashes, part_of, length, digit = hashes[keep], part_of[keep], length[keep], digit[keep]
        doc_of = part_of // 2
        lengths = np.bincount(doc_of, minlength=len(chunk))
        shingles, shingle_doc = make_shingles(hashes, lengths)
        sig[lo : lo + len(chunk)], sizes[lo : lo + len(chunk)] = minhash_segments(
            shingles, shingle_doc, len(chunk), params.num_perm
        )
        short = np.flatnonzero(lengths < params.title_guard_shingles + SHINGLE_WORDS - 1)
        if len(short):
            content = ~np.isin(hashes, _STOPWORD_HASHES) & ((length > 1) | digit)
            bounds = np.searchsorted(doc_of, np.arange(len(chunk) + 1))
            for k in short.tolist():
                s, e = bounds[k], bounds[k + 1]
                anchors[lo + k], vocab[lo + k] = make_guard_sets(
                    hashes[s:e], part_of[s:e] % 2 == 0, content[s:e]
                )
    days = np.fromiter((d.day for d in docs), dtype=np.int32, count=n)
    return Signatures(sig, sizes, days, anchors, vocab)


def make_guard_sets(
    hashes: np.ndarray, in_title: np.ndarray, content: np.ndarray
) -> tuple[frozenset[int], frozenset[int]]:
    """(anchors, words) of one short document, as 16-bit hashes: the title's content words that its
    text repeats (all of them when there is no text), and every word."""
    short = (hashes & np.uint64(0xFFFF)).astype(np.int64)
    title, body = short[in_title], short[~in_title]
    repeated = set(body.tolist()) or set(title.tolist())
    anchors = {w for w in short[in_title & content].tolist() if w in repeated}
    return frozenset(anchors), frozenset(short.tolist())


def make_shingles(hashes: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of word 3-shingles (a shorter document is one shingle), and the document of each."""
    n = len(hashes)
    doc_of = np.repeat(np.arange(len(lengths)), lengths)
    remaining = np.repeat(np.cumsum(lengths), lengths) - np.arange(n)  # words left in the document
    padded = np.concatenate([hashes, np.zeros(SHINGLE_WORDS - 1, dtype=np.uint64)])
    mixed = padded[:n] * _SHINGLE_MULT[0]
    for k in range(1, SHINGLE_WORDS):
        mixed += np.where(remaining > k, padded[k : k + n], np.uint64(0)) * _SHINGLE_MULT[k]
    mixed = mix64(mixed) >> np.uint64(32)
    valid = (remaining >= SHINGLE_WORDS) | (remaining == np.repeat(lengths, lengths))
    return mixed[valid], doc_of[valid]


def minhash_segments(
    shingles: np.ndarray, doc_of: np.ndarray, n_docs: int, num_perm: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per document: the low 16 bits (b-bit MinHash) of the minimum of each of `num_perm` hash
    functions over its distinct shingles; and the number of distinct shingles."""
    a, b = (v[:, None] for v in make_permutations(num_perm))
    shingles = shingles.astype(np.uint32)
    order = np.lexsort((shingles, doc_of))
    shingles, doc_of = shingles[order], doc_of[order]
    keep = np.ones(len(shingles), dtype=bool)
    keep[1:] = (shingles[1:] != shingles[:-1]) | (doc_of[1:] != doc_of[:-1])
    shingles, doc_of = shingles[keep], doc_of[keep]
    sizes = np.bincount(doc_of, minlength=n_docs).astype(np.int32)
    sig = np.full((n_docs, num_perm), 0xFFFF, dtype=np.uint16)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    buf = np.empty((num_perm, _SHINGLES_PER_STEP), dtype=np.uint32)
    doc = 0
    while doc < n_docs:  # steps of whole documents, about _SHINGLES_PER_STEP shingles each
        stop = int(np.searchsorted(starts, starts[doc] + _SHINGLES_PER_STEP, side="right")) - 1
        stop = min(max(stop, doc + 1), n_docs)
        lo, hi = starts[doc], starts[stop]
        if hi > lo:
            if hi - lo > buf.shape[1]:
                buf = np.empty((num_perm, hi - lo), dtype=np.uint32)
            values = buf[:, : hi - lo]
            np.multiply(a, shingles[None, lo:hi], out=values)
            values += b
            present = np.flatnonzero(sizes[doc:stop])
            mins = np.minimum.reduceat(values, starts[doc:stop][present] - lo, axis=1)
            sig[doc + present] = (mins.T & np.uint32(0xFFFF)).astype(np.uint16)
        doc = stop
    return sig, sizes


def titles_conflict(
    anchors_a: frozenset[int], words_a: frozenset[int], anchors_b: frozenset[int], words_b: frozenset[int]
) -> bool:
    """Each title has a word that its own text repeats and the other article never uses: a substitution
    of the story's subject ("Erdoğan says…"/"Macron says…", "…skeleton challenge"/"…curling challenge")
    rather than a reworded headline over the same text."""
    return bool(anchors_a - words_b) and bool(anchors_b - words_a)


def verify_pairs(
    left: Signatures, right: Signatures, i: np.ndarray, j: np.ndarray, params: ClusterParams = DEFAULT_PARAMS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep the candidate pairs (left[i], right[j]) that are the same story; returns (i, j, similarity)."""
    if len(i) == 0:
        return i, j, np.zeros(0)
    sim = estimate_similarity(left.sig, right.sig, i, j)
    close = np.abs(left.days[i].astype(np.int64) - right.days[j]) <= params.window_days
    small = np.minimum(left.sizes[i], right.sizes[j])
    if params.containment:  # |A ∩ B| estimated from J and the set sizes, over the smaller set
        shared = sim * (left.sizes[i] + right.sizes[j]) / (1 + sim)
        sim = np.maximum(
            sim, np.where(shared >= params.containment * np.maximum(small, 1), params.threshold, 0.0)
        )
    ok = close & (small > 0) & (sim >= params.threshold)
    strict = ok & ((small < params.min_shingles) | (sim < params.strict_threshold))
    for k in np.flatnonzero(strict):
        a, b = i[k], j[k]
        if small[k] < params.min_shingles or (
            left.words[a]
            and right.words[b]
            and titles_conflict(left.anchors[a], left.words[a], right.anchors[b], right.words[b])
        ):
            ok[k] = sim[k] >= params.strict_threshold
    return i[ok], j[ok], sim[ok]


@dataclass(slots=True)
class IndexedStories:
    """Earlier articles found in the story index for a batch: their stories and signatures."""

    article_ids: list[str]
    story_ids: list[str]
    signatures: Signatures


def assign_story_ids(
    docs: Sequence[StoryDoc],
    sigs: Signatures,
    history: IndexedStories | None = None,
    history_pairs: tuple[np.ndarray, np.ndarray] | None = None,
    params: ClusterParams = DEFAULT_PARAMS,
) -> list[str]:
    """The story id of every document: a fixed one, the best earlier match's, or its own article id."""
    n = len(docs)
    keys = make_band_keys(sigs.sig, params.band_rows)
    bi, bj, bsim = verify_pairs(sigs, sigs, *find_batch_pairs(keys, sigs.sizes), params)
    ranks = np.empty(n, dtype=np.int64)
    ranks[sorted(range(n), key=lambda k: (docs[k].rank, docs[k].article_id))] = np.arange(n)
    later, earlier = np.where(ranks[bi] > ranks[bj], bi, bj), np.where(ranks[bi] > ranks[bj], bj, bi)
    matches: dict[int, list[tuple[float, int, bool]]] = {}  # doc -> (similarity, other, other is history)
    for a, b, s in zip(later.tolist(), earlier.tolist(), bsim.tolist(), strict=True):
        matches.setdefault(a, []).append((s, b, False))
    if history is not None and history_pairs is not None and len(history_pairs[0]):
        hi, hj, hsim = verify_pairs(sigs, history.signatures, *history_pairs, params)
        for a, b, s in zip(hi.tolist(), hj.tolist(), hsim.tolist(), strict=True):
            matches.setdefault(a, []).append((s, b, True))
    order = np.argsort(ranks).tolist()
    stories = [""] * n
    for k in order:  # earliest first: join the best earlier match's story, else open one
        doc = docs[k]
        if doc.story_id:
            stories[k] = doc.story_id
            continue
        candidates = [
            (s, history.story_ids[other] if in_history and history else stories[other])
            for s, other, in_history in matches.get(k, ())
        ]
        stories[k] = pick_story(candidates) or doc.article_id
    join_lone_openers(docs, stories, order, later, earlier, bsim)
    return stories


def pick_story(candidates: list[tuple[float, str]]) -> str | None:
    """The story of the most similar match (ties: the smaller story id)."""
    return min(candidates, key=lambda c: (-c[0], c[1]))[1] if candidates else None


def join_lone_openers(
    docs: Sequence[StoryDoc],
    stories: list[str],
    order: list[int],
    later: np.ndarray,
    earlier: np.ndarray,
    sim: np.ndarray,
) -> None:
    """A document that opened a story nobody joined, but matches a later copy that joined another
    story (a summary published between two full copies), joins that story."""
    members = Counter(stories)
    lone = np.array([stories[k] == d.article_id and members[d.article_id] == 1 for k, d in enumerate(docs)])
    if not len(earlier) or not lone[earlier].any():
        return
    pick = lone[earlier]
    neighbours: dict[int, list[tuple[float, int]]] = {}
    for a, b, s in zip(later[pick].tolist(), earlier[pick].tolist(), sim[pick].tolist(), strict=True):
        neighbours.setdefault(b, []).append((s, a))
    for k in order:
        own = docs[k].article_id
        if docs[k].story_id or stories[k] != own or members[own] != 1 or k not in neighbours:
            continue
        target = pick_story([(s, stories[other]) for s, other in neighbours[k] if stories[other] != own])
        if target:
            members[own] -= 1
            members[target] += 1
            stories[k] = target


def cluster_docs(docs: Sequence[StoryDoc], params: ClusterParams = DEFAULT_PARAMS) -> list[str]:
    """Story ids for a set of documents with no history (a rebuild, the benchmarks, the evaluation)."""
    return assign_story_ids(docs, make_signatures(docs, params), params=params)
