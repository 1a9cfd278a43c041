"""xmlsafe: encoding resolution, DOCTYPE removal, prolog handling."""

from __future__ import annotations

import codecs

import pytest

from ingest.charsets import decode_body, parse_content_type
from ingest.parse import parse_feed
from ingest.xmlsafe import sanitize_xml, strip_prolog

CYRILLIC = "Вечерний вестник"
RSS_1251 = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{CYRILLIC}</title></channel></rss>'


@pytest.mark.parametrize(
    ("body", "content_type", "codec", "bozo"),
    [
        # BOM wins over everything
        (
            codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="koi8-r"?><a/>',
            "text/xml; charset=latin-1",
            "utf-8",
            False,
        ),
        ("<a>é</a>".encode("utf-16"), None, "utf-16-le", False),
        (codecs.BOM_UTF16_BE + "<a>é</a>".encode("utf-16-be"), None, "utf-16-be", False),
        # UTF-16 without a BOM, recognised by the "<?xml" byte pattern
        ('<?xml version="1.0" encoding="utf-16"?><a/>'.encode("utf-16-le"), None, "utf-16-le", False),
        # then the HTTP charset (windows-1251 declared only in the header)
        (RSS_1251.encode("cp1251"), "text/xml; charset=windows-1251", "cp1251", False),
        (RSS_1251.encode("cp1251"), 'application/rss+xml; charset="windows-1251"', "cp1251", False),
        # HTTP charset overrides the XML declaration
        (
            b'<?xml version="1.0" encoding="utf-8"?><a>\xe9</a>',
            "text/xml; charset=iso-8859-1",
            "cp1252",
            False,
        ),
        # then the XML declaration
        ('<?xml version="1.0" encoding="koi8-r"?><a>Привет</a>'.encode("koi8-r"), None, "koi8-r", False),
        ('<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>'.encode("latin-1"), None, "cp1252", False),
        # nothing declared: UTF-8 if it decodes
        ("<a>café</a>".encode(), None, "utf-8", False),
        # a declaration that does not decode: fall back, and say so
        (b'<?xml version="1.0" encoding="utf-8"?><a>caf\xe9</a>', None, "cp1252", True),
        (b'<?xml version="1.0" encoding="bogus"?><a/>', None, "utf-8", True),
    ],
)
def test_decode_body_follows_the_precedence_rules(
    body: bytes, content_type: str | None, codec: str, bozo: bool
) -> None:
    text, used, reason = decode_body(body, content_type)
    assert used == codec
    assert (reason is not None) == bozo
    assert "\ufeff" not in text


def test_windows_1251_declared_only_in_http_decodes_to_cyrillic() -> None:
    safe = sanitize_xml(RSS_1251.encode("cp1251"), "text/xml; charset=windows-1251")
    assert CYRILLIC in safe.data.decode("utf-8")


def test_cyrillic_without_any_declaration_is_sniffed() -> None:
    body = (RSS_1251 * 3).encode("cp1251")
    text, codec, reason = decode_body(body, None)
    assert CYRILLIC in text
    assert codec == "cp1251" and reason is not None


def test_latin1_without_declaration_keeps_accents() -> None:
    body = (
        "<rss><channel><title>Notícias de São Paulo: ação, eleição e opinião</title></channel></rss>".encode(
            "latin-1"
        )
    )
    text, _, _ = decode_body(body, None)
    assert "São Paulo" in text and "eleição" in text


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        (None, ("", None)),
        ("text/xml", ("text/xml", None)),
        ('text/xml;charset= "us-ascii"', ("text/xml", "us-ascii")),
        ("text/xml;charset = us-ascii", ("text/xml", "us-ascii")),
        ("Application/RSS+XML; Charset=UTF-8; q=0.9", ("application/rss+xml", "utf-8")),
    ],
)
def test_parse_content_type(content_type: str | None, expected: tuple[str, str | None]) -> None:
    assert parse_content_type(content_type) == expected


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x.example/rss-0.91.dtd">',
        '<!DOCTYPE r [ <!ENTITY a "x>y]"> <!-- ] \' --> <!ENTITY b SYSTEM "file:///etc/passwd"> ]>',
        "<!doctype rss [<!ENTITY % p SYSTEM 'http://127.0.0.1:9/x.dtd'> %p;]>",
        '<!ENTITY stray "outside a doctype">',
        "<!DOCTYPE html>",
    ],
)
def test_doctype_and_entity_declarations_are_dropped(prolog: str) -> None:
    body = f'<?xml version="1.0"?>\n<!-- keep me -->\n{prolog}\n<rss version="2.0"><channel/></rss>'.encode()
    safe = sanitize_xml(body)
    text = safe.data.decode()
    assert safe.doctype_removed
    assert "<!DOCTYPE" not in text.upper() and "ENTITY" not in text
    assert "<!-- keep me -->" in text
    assert safe.root == "rss"
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')


def test_unterminated_doctype_swallows_the_rest() -> None:
    safe = sanitize_xml(b'<!DOCTYPE rss [ <!ENTITY a "never closed ]><rss/>')
    assert safe.root is None


def test_huge_internal_subset_is_linear() -> None:
    subset = "".join(f'<!ENTITY e{i} "{"x" * 50}">' for i in range(20000))
    body = f"<!DOCTYPE r [{subset}]><rss version='2.0'><channel/></rss>".encode()
    safe = sanitize_xml(body)
    assert safe.root == "rss" and len(safe.data) < 200


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("<rss/>", "rss"),
        ('<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><feed/>', "feed"),
        ("  \n<rdf:RDF/>", "rdf:RDF"),
        ("<!DOCTYPE html><html><body/></html>", "html"),
        ("plain text", None),
    ],
)
def test_strip_prolog_finds_the_root(text: str, root: str | None) -> None:
    assert strip_prolog(text)[2] == root


@pytest.mark.parametrize("thorough", [False, True])
def test_c1_character_references_become_windows_1252(thorough: bool) -> None:
    body = b"<rss><channel><title>don&#146;t &#0150; stop \xc2\x92</title></channel></rss>"
    text = sanitize_xml(body, thorough=thorough).data.decode()
    assert "don\u2019t \u2013 stop \u2019" in text


def test_thorough_mode_drops_forbidden_control_characters() -> None:
    body = b"<rss><channel><title>a\x0cb\x00c</title></channel></rss>"
    assert b"\x0c" in sanitize_xml(body).data  # left for the parser to notice
    safe = sanitize_xml(body, thorough=True)
    assert b"<title>a bc</title>" in safe.data  # the form feed a space since round seventeen
    assert safe.bozo_reason and "not allowed" in safe.bozo_reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round seventeen: a vertical tab (Word's line break) or form feed (its page break), raw or as a
        # reference, stands between words; it was dropped and the words ran together ("Formfeed")
        (b"Form\x0cfeed", b"Form feed"),
        (b"Line\x0bbreak", b"Line break"),
        (b"Ref&#12;feed &#xB;tab &#x0c;hex", b"Ref feed  tab  hex"),
        # guards: other C0 controls are still dropped, surrogates and non-characters U+FFFD
        (b"a\x00b\x1fc &#0;d &#x7;e", b"abc d e"),
        (b"half &#xD800; non &#xFFFE;", "half \ufffd non \ufffd".encode()),
    ],
)
def test_vertical_tab_and_form_feed_are_spaces(title: bytes, expected: bytes) -> None:
    body = b"<rss><channel><title>" + title + b"</title></channel></rss>"
    assert b"<title>" + expected + b"</title>" in sanitize_xml(body, thorough=True).data


def test_well_formed_utf8_body_is_passed_without_copy() -> None:
    body = b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel/></rss>'
    assert sanitize_xml(body).data is body


def feed_with_subset(subset: str, title: str, encoding: str = "utf-8") -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE rss [{subset}]><rss version="2.0"><channel>'
        f"<title>t</title><item><title>{title}</title><link>https://x.example/a</link></item></channel></rss>"
    ).encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1252"])
@pytest.mark.parametrize(
    ("subset", "title", "expected"),
    [
        # round nine: plain-text entities of the internal subset are expanded (they were left as text)
        ('<!ENTITY site "Fictional Daily">', "From &site;", "From Fictional Daily"),
        ("<!ENTITY site 'Caf&#233; Daily'><!ENTITY nbsp \"&#160;\">", "&site;&nbsp;x", "Café Daily x"),
        ('<!ENTITY a "first"><!ENTITY a "second">', "&a;", "first"),  # the first declaration binds
        # never: nesting (billion laughs), external or parameter entities, markup, redeclared XML ones
        ('<!ENTITY b "bb"><!ENTITY a "&b;&b;">', "&a;", "&a;"),
        ('<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;", "&x;"),
        ('<!ENTITY % p "pp"><!ENTITY q "%p;">', "&q;", "&q;"),
        ('<!ENTITY m "<b>bold</b>">', "&m;", "&m;"),
        ('<!ENTITY amp "gotcha"><!ENTITY lt "oops">', "A &amp; B &lt; C", "A & B < C"),
    ],
)
def test_plain_internal_entities_are_expanded_and_nothing_else(
    subset: str, title: str, expected: str, encoding: str
) -> None:
    parsed = parse_feed(feed_with_subset(subset, title, encoding), url="https://x.example/feed")
    assert [e.title for e in parsed.entries] == [expected]


def test_entity_expansion_is_bounded() -> None:
    value = "x" * 200
    body = feed_with_subset(f'<!ENTITY big "{value}"><!ENTITY s "ok">', "&s; " + "&big;" * 6000)
    safe = sanitize_xml(body)  # 1.2 MB of expansion: over the budget, the references stay as they are
    assert len(safe.data) < len(body) and b"&big;" in safe.data and b"&s;" not in safe.data


@pytest.mark.parametrize("thorough", [False, True])
@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        # round twelve: hexadecimal C1 references were kept as C1 controls (U+0093 in the title)
        ("&#x93;Quoted&#x94; &#X96; &#x0092;", "\u201cQuoted\u201d \u2013 \u2019"),
        ("&#147;x&#148;", "\u201cx\u201d"),  # decimal, as before
        ("&#x81; &#x9D;", "&#x81; &#x9D;"),  # no windows-1252 character there: left as it is
        ("&#x2019; &#xA0;", "&#x2019; &#xA0;"),  # not C1
    ],
)
def test_hexadecimal_c1_references_become_windows_1252(thorough: bool, refs: str, expected: str) -> None:
    body = f"<rss><channel><title>{refs}</title></channel></rss>".encode()
    text = sanitize_xml(body, thorough=thorough).data.decode()
    assert f"<title>{expected}</title>" in text
