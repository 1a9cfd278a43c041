"""LSH over MinHash signatures: band keys by slices, candidate pairs band by band, pair similarity."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import lsh


def signatures(n: int, num_perm: int = 72, seed: int = 0) -> np.ndarray:
    """Random signatures where every fifth row copies the one before with a few values changed."""
    rng = np.random.default_rng(seed)
    sig = rng.integers(0, 1 << 16, size=(n, num_perm), dtype=np.uint16)
    for k in range(1, n, 5):
        sig[k] = sig[k - 1]
        sig[k, rng.integers(0, num_perm, size=rng.integers(0, num_perm // 2))] = rng.integers(0, 1 << 16)
    return sig


def test_band_keys_do_not_depend_on_the_slice_size(monkeypatch: pytest.MonkeyPatch) -> None:
    sig = signatures(1000)
    whole = lsh.make_band_keys(sig, 3)
    monkeypatch.setattr(lsh, "_KEY_ROWS_PER_SLICE", 7)
    assert np.array_equal(lsh.make_band_keys(sig, 3), whole)
    assert whole.shape == (1000, 24) and (whole >= 0).all() and (whole < 2**47).all()


@pytest.mark.parametrize(("n", "empty_every"), [(0, 1), (1, 1), (300, 7), (1000, 0)])
def test_pairs_are_the_documents_that_share_a_bucket(n: int, empty_every: int) -> None:
    """Band by band, the pairs are exactly those sharing a key (no bucket here has 32 members)."""
    sig = signatures(n, seed=n)
    keys = lsh.make_band_keys(sig, 3)
    sizes = np.ones(n, dtype=np.int32)
    if empty_every:
        sizes[::empty_every] = 0  # an empty document never pairs
    i, j = lsh.find_batch_pairs(keys, sizes)
    want = {
        (a, b)
        for a, b in combinations(range(n), 2)
        if sizes[a] and sizes[b] and set(keys[a].tolist()) & set(keys[b].tolist())
    }
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == want
    assert (i < j).all() and len(set(zip(i.tolist(), j.tolist(), strict=True))) == len(i)
    assert n < 300 or want  # the copies do share buckets


def test_pair_similarity_gathers_the_rows() -> None:
    sig = signatures(500, seed=3)
    rng = np.random.default_rng(4)
    i, j = rng.integers(0, 500, size=2000), rng.integers(0, 500, size=2000)
    want = (sig[i] == sig[j]).mean(axis=1)
    assert np.array_equal(lsh.estimate_similarity(sig, sig, i, j), want)
    assert np.array_equal(lsh.estimate_similarity(sig[i], sig[j]), want)


@given(st.lists(st.integers(-(2**63), 2**63 - 1)), st.sampled_from([np.int64, np.uint64]))
def test_sort_unique_is_np_unique(values: list[int], dtype: type) -> None:
    array = np.array([v % 2**64 if dtype is np.uint64 else v for v in values], dtype=dtype)
    got, want = lsh.sort_unique(array), np.unique(array)
    assert got.dtype == want.dtype and np.array_equal(got, want)
