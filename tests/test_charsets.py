"""ingest.charsets: which encoding a feed body is in (round seven's exceptions; the precedence rules
themselves are in test_xmlsafe.py and test_parse_quirks.py)."""

from __future__ import annotations

import pytest

from ingest.charsets import decode_body, decode_lenient_utf8, prefer_body_over_server_default

CYRILLIC = "Президент заявил сегодня, что министр обороны уйдёт в отставку"
WESTERN = "Größenwahn über Straßenbäume – “Zitat” für 5 €, déjà vu à l’été"


def rss(text: str, decl: str = "") -> str:
    return f"{decl}<rss><channel><item><title>{text}</title><description>{text}</description></item></channel></rss>"


def cesu8(text: str) -> bytes:
    wide = text.encode("utf-16-le")
    units = [int.from_bytes(wide[k : k + 2], "little") for k in range(0, len(wide), 2)]
    return "".join(map(chr, units)).encode("utf-8", "surrogatepass")


@pytest.mark.parametrize(
    ("body", "content_type", "codec", "text", "reason"),
    [
        # a server's default Latin-1 charset gives way to the declaration ...
        (
            rss(CYRILLIC, '<?xml version="1.0" encoding="windows-1251"?>').encode("cp1251"),
            "text/xml; charset=ISO-8859-1",
            "cp1251",
            CYRILLIC,
            "charset iso-8859-1 taken for a server default; decoded as cp1251",
        ),
        (
            rss(CYRILLIC, '<?xml version="1.0" encoding="koi8-r"?>').encode("koi8-r"),
            "application/rss+xml; charset=windows-1252",
            "koi8-r",
            CYRILLIC,
            "charset windows-1252 taken for a server default; decoded as koi8-r",
        ),
        # ... and, without one, to the body's own script (whole words of high bytes)
        (rss(CYRILLIC).encode("cp1251"), "text/xml; charset=iso-8859-1", "cp1251", CYRILLIC, "…"),
        # Western text under the same label stays windows-1252, untouched
        (rss(WESTERN).encode("cp1252"), "text/xml; charset=iso-8859-1", "cp1252", WESTERN, None),
        (
            rss(WESTERN, '<?xml version="1.0" encoding="ISO-8859-1"?>').encode("cp1252"),
            "text/xml; charset=iso-8859-1",
            "cp1252",
            WESTERN,
            None,
        ),
        # a declaration that does not decode leaves the server's charset in charge
        (
            rss(WESTERN, '<?xml version="1.0" encoding="utf-8"?>').encode("cp1252"),
            "text/xml; charset=iso-8859-1",
            "cp1252",
            WESTERN,
            None,
        ),
        # a header naming another encoding is still the header (RFC 7303)
        (
            rss(CYRILLIC, '<?xml version="1.0" encoding="koi8-r"?>').encode("cp1251"),
            "text/xml; charset=windows-1251",
            "cp1251",
            CYRILLIC,
            None,
        ),
        # CESU-8: surrogates written one by one as UTF-8 are joined, under any UTF-8 label or none
        (cesu8(rss("Party 😀 – 🇺🇦")), "text/xml; charset=utf-8", "utf-8", "Party 😀 – 🇺🇦", "…CESU-8…"),
        (
            cesu8(rss("Party 😀 time")),
            None,
            "utf-8",
            "Party 😀 time",
            "2 CESU-8 surrogate sequence(s) read as their characters",
        ),
        # a lone surrogate is U+FFFD; the rest of the body is still UTF-8
        (rss("half X – é").encode().replace(b"X", b"\xed\xa0\xbd"), None, "utf-8", "half \ufffd – é", "…"),
    ],
)
def test_decode_body_reads_what_servers_and_generators_got_wrong(
    body: bytes, content_type: str | None, codec: str, text: str, reason: str | None
) -> None:
    decoded, used, why = decode_body(body, content_type)
    assert used == codec and text in decoded
    if reason is None:
        assert why is None
    else:
        assert why is not None and all(part in why for part in reason.split("…"))


@pytest.mark.parametrize(
    ("body", "content_type", "known", "order"),
    [
        (b"<a>\xcf\xf0\xe8\xe2\xe5\xf2</a>", "text/xml; charset=iso-8859-1", ["cp1252", "cp1251"], ["cp1251", "cp1252"]),
        (b"<a>\xcf\xf0\xe8\xe2\xe5\xf2</a>", "text/xml; charset=windows-1251", ["cp1251", "koi8-r"], ["cp1251", "koi8-r"]),
        (b"<a>plain</a>", "text/xml; charset=iso-8859-1", ["cp1252", "cp1251"], ["cp1252", "cp1251"]),  # ASCII
        (b"<a>caf\xe9</a>", "text/xml; charset=iso-8859-1", ["cp1252"], ["cp1252"]),  # short runs: Western
        (b"<a>caf\xe9</a>", "text/xml; charset=iso-8859-1", ["cp1252", "cp1252"], ["cp1252", "cp1252"]),
        (b"<a>caf\xe9</a>", None, ["cp1251"], ["cp1251"]),  # only a declaration: nothing to demote
    ],
)  # fmt: skip
def test_a_server_default_charset_is_demoted_only_when_the_body_says_otherwise(
    body: bytes, content_type: str | None, known: list[str], order: list[str]
) -> None:
    assert prefer_body_over_server_default(body, content_type, known) == order


@pytest.mark.parametrize(
    ("body", "text", "stray", "joined"),
    [
        (cesu8("😀"), "😀", 0, 1),
        (cesu8("a 😀 b 🎉 c"), "a 😀 b 🎉 c", 0, 2),
        (b"\xed\xb8\x80 low first", "\ufffd low first", 0, 1),
        (cesu8("😀 é é") + b" caf\xe9", "😀 é é café", 1, 1),  # CESU-8 and a stray Latin-1 byte
        ("é é é caf".encode() + b"\xe9", "é é é café", 1, 0),
        (b"caf\xe9", None, 0, 0),  # legacy text: left to the other candidates
    ],
)
def test_decode_lenient_utf8_joins_surrogates_and_reads_stray_bytes(
    body: bytes, text: str | None, stray: int, joined: int
) -> None:
    assert decode_lenient_utf8(body) == (text, stray, joined)


POLISH = "Zażółć gęślą jaźń: Sąd Najwyższy orzekł, że było źle"
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy"
SPANISH = "¿Qué pasa? El niño ¿sabe? 5 m³, 1º, año"


@pytest.mark.parametrize(
    ("body", "content_type", "codec", "text"),
    [
        # round eight: windows-1250 under a server's default Latin-1 charset was "Za¿ó³æ gê¶l¹"
        (rss(POLISH).encode("cp1250"), "text/xml; charset=iso-8859-1", "cp1250", POLISH),
        (rss(POLISH).encode("cp1250"), "application/rss+xml; charset=windows-1252", "cp1250", POLISH),
        (rss(POLISH).encode("cp1250"), None, "cp1250", POLISH),  # nothing declared
        (rss(CZECH).encode("cp1250"), "text/xml; charset=iso-8859-1", "cp1250", CZECH),  # ť: no cp1252 byte
        # Western text with those signs where Western text has them stays windows-1252
        (rss(SPANISH).encode("cp1252"), "text/xml; charset=iso-8859-1", "cp1252", SPANISH),
        (rss(WESTERN).encode("cp1252"), None, "cp1252", WESTERN),
        # a declaration is still believed (only a server's default gives way)
        (
            rss(POLISH, '<?xml version="1.0" encoding="windows-1250"?>').encode("cp1250"),
            None,
            "cp1250",
            POLISH,
        ),
    ],
)
def test_central_european_bodies_under_a_western_default(
    body: bytes, content_type: str | None, codec: str, text: str
) -> None:
    decoded, used, _ = decode_body(body, content_type)
    assert (used, text in decoded) == (codec, True)
