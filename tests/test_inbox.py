"""The inbox of fetch records: a record that cannot be read is moved aside and named, never stops the others."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.inbox import put_inbox, read_inbox
from ingest.models import FetchResult

DAMAGED = [
    # (what the record holds, the reason named)
    (b'{"feed": "harbour", "url": "ht', "Unterminated string starting at: line 1 column 28 (char 27)"),
    (b"", "Expecting value: line 1 column 1 (char 0)"),
    (b"[1, 2]", "'str' object cannot be interpreted as an integer"),
    (b'{"feed": "harbour"}', "'fetch_id'"),
    (
        b'{"fetch_id": "f1", "feed": "harbour", "fetched_at": "yesterday"}',
        "Invalid isoformat string: 'yesterday'",
    ),
    (b"\xff\xfe\x00garbage", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
    (b'"just a string"', "'str' object has no attribute 'pop'"),
]


@pytest.mark.parametrize(("content", "reason"), DAMAGED)
def test_a_damaged_record_is_moved_aside_and_the_others_are_read(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    good = put_inbox(
        tmp_path,
        FetchResult(feed="valley", url="http://127.0.0.1/v.xml", fetched_at=datetime.now(UTC), status="ok"),
    )
    bad = tmp_path / "inbox" / "20251124T100000000000-0123abcd.json"
    bad.write_bytes(content)
    damaged: list[str] = []
    records = read_inbox(tmp_path, damaged)
    assert [(path, result.feed) for path, result, _ in records] == [(good, "valley")]
    assert damaged == [f"inbox record {bad.name} unreadable ({reason}): moved to inbox/damaged/"]
    assert not bad.exists() and (tmp_path / "inbox" / "damaged" / bad.name).read_bytes() == content
    assert [r[0] for r in read_inbox(tmp_path)] == [good]  # a moved record is not read again
