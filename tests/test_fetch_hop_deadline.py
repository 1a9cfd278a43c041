# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument
"""Round twenty-one: a fetch cut by its deadline at a redirect's target names where the redirect led,
as every other failure there does since round twelve (a feed that moved to a hanging host)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from faultserver import Behaviour, FaultServer, drip, fault_server, fault_server_module, hang, redirect  # noqa: F401
from ingest.config import Settings
from ingest.fetch import fetch_url

BODY = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'

CASES: dict[str, tuple[bool, Behaviour, float, str]] = {
    # label: (reached by a redirect, behaviour at the end, per-read timeout, the error (a regex))
    "redirect to a hang, cut by the deadline": (
        True, hang(10.0), 5.0, r"timed out after 1\.0 s \(deadline\) \(reached by a redirect to http://\S+/end\)"
    ),
    "redirect to a drip, cut by the deadline": (
        True, drip(BODY, 0.3), 5.0, r"timed out after 1\.0 s \(deadline\) \(reached by a redirect to http://\S+/end\)"
    ),
    # guards
    "redirect to a hang, read timeout": (
        True, hang(10.0), 0.3, r"no data after 0\.3 s \(read timeout\) \(reached by a redirect to http://\S+/end\)"
    ),
    "a hang asked directly, cut by the deadline": (False, hang(10.0), 5.0, r"timed out after 1\.0 s \(deadline\)"),
}  # fmt: skip


@pytest.mark.parametrize("label", list(CASES))
def test_deadline_at_a_redirect_target_names_it(
    fault_server: FaultServer, tmp_path: Path, label: str
) -> None:
    redirected, behaviour, timeout_s, expected = CASES[label]
    fault_server.add("/end", behaviour)
    fault_server.add("/start", redirect(302, fault_server.url("/end", host="127.0.0.2")))
    settings = Settings(
        warehouse=tmp_path, fetch_deadline_s=1.0, fetch_timeout_s=timeout_s, fetch_host_interval_s=0
    )
    result = fetch_url(fault_server.url("/start" if redirected else "/end"), settings)
    assert result.status == "error"
    assert result.error is not None and re.fullmatch(expected, result.error), result.error
