"""Locality-sensitive hashing of MinHash signatures: band keys, candidate pairs that share a band
bucket, and the similarity estimate of a pair. Pure NumPy, in slices, so that memory stays a few
arrays of n at a million documents (see clusters for how stories use them)."""

from __future__ import annotations

import numpy as np

_BUCKET_MASK = np.uint64((1 << 47) - 1)  # band keys fit SQLite's 6-byte integers
_KEY_ROWS_PER_SLICE = 1 << 16  # signatures turned into band keys together
_MAX_BUCKET_PAIRS = 32  # within one band bucket, each article is compared with at most this many others


def make_band_keys(sig: np.ndarray, band_rows: int) -> np.ndarray:
    """(n, bands) LSH bucket keys (non-negative, < 2**47; a band's index is part of its key), by slices."""
    n, num_perm = sig.shape
    bands = num_perm // band_rows
    out = np.empty((n, bands), dtype=np.int64)
    salt, width = np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15), bands * band_rows
    for lo in range(0, n, _KEY_ROWS_PER_SLICE):
        rows = sig[lo : lo + _KEY_ROWS_PER_SLICE, :width].astype(np.uint64).reshape(-1, bands, band_rows)
        packed = np.zeros((len(rows), bands), dtype=np.uint64)
        for r in range(band_rows):
            packed <<= np.uint64(16)
            packed |= rows[:, :, r]
        packed ^= salt
        packed ^= packed >> np.uint64(31)
        packed *= np.uint64(0xD6E8FEB86659FD93)
        packed ^= packed >> np.uint64(32)
        out[lo : lo + len(rows)] = packed & _BUCKET_MASK
    return out


def find_batch_pairs(keys: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) sharing a band bucket (empty documents never pair), one band at a time."""
    n, bands = keys.shape
    live = np.flatnonzero(sizes > 0)
    codes = []
    for b in range(bands):
        col = keys[live, b]
        order = np.argsort(col, kind="stable")  # equal keys keep the documents in order
        flat, doc = col[order], live[order]
        for d in range(1, _MAX_BUCKET_PAIRS + 1):
            same = flat[d:] == flat[:-d] if d < len(flat) else np.zeros(0, dtype=bool)
            if not same.any():
                break
            codes.append(doc[:-d][same] * np.int64(n) + doc[d:][same])  # doc[:-d] < doc[d:] within a bucket
    code = sort_unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
    return code // max(n, 1), code % max(n, 1)


def sort_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-D array (sorted distinct values), without the numpy.ma import it makes
    (40 ms of CPU in every process, for asking whether the array is masked)."""
    values = np.sort(values, kind="stable")
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def estimate_similarity(
    left: np.ndarray, right: np.ndarray, i: np.ndarray | None = None, j: np.ndarray | None = None
) -> np.ndarray:
    """Share of equal MinHash values (the Jaccard estimate) of each pair of rows: left[k] and right[k], or
    left[i[k]] and right[j[k]] (gathered by slices: millions of candidate pairs are never copied at once)."""
    n = len(left) if i is None else len(i)
    out = np.empty(n, dtype=np.float64)
    for lo in range(0, n, step := 1 << 16):
        a = left[lo : lo + step] if i is None else left[i[lo : lo + step]]
        b = right[lo : lo + step] if j is None else right[j[lo : lo + step]]
        out[lo : lo + step] = (a == b).mean(axis=1)
    return out
