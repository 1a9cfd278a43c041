"""The BASIL adapter: which speaker labels name one person, and the fixed dev/test split."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.evalbasil import in_split, is_person_label


@pytest.mark.parametrize(
    ("label", "person"),
    [
        ("Michael_Steele", True),
        ("Ruth_Bader_Ginsburg", True),
        ("Democrats", False),
        ("Romney_campaign", False),
        ("Republican_Lawmakers", False),
        ("State_Department_officials", False),
        ("other_anti", False),
        ("Secure_America_Now", False),
    ],
)
def test_person_labels(label: str, person: bool) -> None:
    assert is_person_label(label) is person


@pytest.mark.parametrize(
    "triplet", ["2b95d2cf-e979-4f9c-ae27-9a5370934f23", "8385a996-1afc-4778-a06d-7070a8f19e27"]
)
def test_every_triplet_is_in_exactly_one_half(triplet: str) -> None:
    assert in_split(triplet, "dev") != in_split(triplet, "test")


def test_ingest_eval_basil_names_a_missing_corpus(tmp_path: Path) -> None:
    """`ingest eval basil` without the corpus: a one-line error naming the folder, no traceback."""
    env = {**os.environ, "INGEST_SHARED": str(tmp_path)}
    res = subprocess.run(
        [sys.executable, "-m", "ingest", "eval", "basil", "--split", "test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "basil-same-event-triplets" in res.stderr
