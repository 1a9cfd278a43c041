"""ingest.xmlchars: CESU-8 surrogates in UTF-8 (round seven); the other repairs are tested through
sanitize_xml in test_xmlsafe.py."""

from __future__ import annotations

import pytest

from ingest.xmlchars import join_cesu8

SMILE_CESU = b"\xed\xa0\xbd\xed\xb8\x80"  # U+1F600 as two surrogates of three bytes each


@pytest.mark.parametrize(
    ("body", "joined", "count"),
    [
        (b"plain ASCII", b"plain ASCII", 0),
        ("valid UTF-8 – 😀 – \ud7ff".encode(), "valid UTF-8 – 😀 – \ud7ff".encode(), 0),
        (b"a " + SMILE_CESU + b" b", "a 😀 b".encode(), 1),
        (SMILE_CESU * 3, "😀😀😀".encode(), 3),
        (b"\xed\xa0\xbd alone", "\ufffd alone".encode(), 1),  # a high surrogate without its low one
        (b"\xed\xb8\x80\xed\xa0\xbd", "\ufffd\ufffd".encode(), 2),  # low before high: no pair
        (b"\xed\x9f\xbf", b"\xed\x9f\xbf", 0),  # U+D7FF, the last character before the surrogates
        (b"caf\xed", b"caf\xed", 0),  # a windows-1252 "í" at the end: not a sequence
    ],
)
def test_join_cesu8(body: bytes, joined: bytes, count: int) -> None:
    assert join_cesu8(body) == (joined, count)
