"""Checks shared by the whole-pipeline runs of misbehaving servers (rounds five to seven): what each case
keeps after both runs, and the publication times stored."""

from __future__ import annotations

import re
from datetime import UTC
from typing import Any


def check_case_outcome(runs: Any, name: str, case: Any) -> None:
    """Both runs keep the case's titles; after the second, the feed's state and its one-line error."""
    assert [runs.titles[i].get(name, []) for i in range(2)] == [sorted(case.titles)] * 2
    state = runs.states[1][name]
    assert state.state == case.state, state
    error = state.last_error
    if case.error is None:
        assert error is None, error
        return
    assert error is not None and "\n" not in error and len(error) < 300
    assert re.fullmatch(".*".join(map(re.escape, case.error.split("…"))), error), error  # "…": anything
    assert f"{name}: {error}" in runs.summaries[1].errors


def check_published(runs: Any, name: str, case: Any) -> None:
    """The publication times stored after the second run, in title order (naive times are UTC)."""
    if case.published is not None:
        stored = [
            at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC) for at in runs.published[1][name]
        ]
        assert stored == case.published
