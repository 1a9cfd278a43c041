"""ingest.feedvalues.resolve_url: links as feeds write them (round seven: links without a scheme,
ampersands escaped twice)."""

from __future__ import annotations

import pytest

from ingest.feedvalues import clean_title, repair_cp1252_mojibake, resolve_url

BASE = "https://news.example/dir/feed.xml"


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        # "www.host/…" is a host written without its scheme, not a path below the feed's folder
        (BASE, "www.other.example/a/1", "https://www.other.example/a/1"),
        (BASE, "www2.other.example/a?id=5", "https://www2.other.example/a?id=5"),
        (BASE, "WWW.Other.Example", "https://WWW.Other.Example"),
        (BASE, "www.other.example:8080/x", "https://www.other.example:8080/x"),
        (
            "http://news.example/feed",
            "www.other.example/a",
            "http://www.other.example/a",
        ),  # the feed's scheme
        (None, "www.other.example/a", "http://www.other.example/a"),
        # still relative: no dot after www, a path, a file named www.*
        (BASE, "www/a/1", "https://news.example/dir/www/a/1"),
        (BASE, "/www.other.example/a", "https://news.example/www.other.example/a"),
        (BASE, "wwwhat.example/a", "https://news.example/dir/wwwhat.example/a"),
        (BASE, "www.html", "https://news.example/dir/www.html"),
        # "&" escaped twice (a template escaping an escaped link), or WordPress's &#038; in CDATA
        (BASE, "https://a.example/x?id=1&amp;cat=2", "https://a.example/x?id=1&cat=2"),
        (BASE, "https://a.example/x?id=1&amp;amp;cat=2&AMP;p=3", "https://a.example/x?id=1&cat=2&p=3"),
        (
            BASE,
            "https://a.example/x?id=1&#038;cat=2&#38;p=3&#x26;q=4",
            "https://a.example/x?id=1&cat=2&p=3&q=4",
        ),
        (BASE, "/x?id=1&amp;cat=2", "https://news.example/x?id=1&cat=2"),
        (BASE, "https://a.example/x?q=a&b", "https://a.example/x?q=a&b"),  # a plain "&" stays
        (BASE, "https://a.example/x?q=%26amp%3B", "https://a.example/x?q=%26amp%3B"),  # an encoded one too
        # round nine: a link written as an escaped HTML anchor gives its href
        (BASE, '<a href="https://a.example/x/9">Read more</a>', "https://a.example/x/9"),
        (BASE, "<A HREF='/x/10' target=_blank>/x/10</A>", "https://news.example/x/10"),
        (BASE, '<a class="more" href=/x/11>more</a>', "https://news.example/x/11"),
        (BASE, '<a href="/x?id=1&amp;p=2">q</a>', "https://news.example/x?id=1&p=2"),
        (BASE, '<a href="javascript:void(0)">x</a>', None),
        (BASE, "<b>no link</b>", None),
        (BASE, "<a name='top'>x</a>", None),
        # unchanged rules
        (BASE, "javascript:alert(1)", None),
        (BASE, "https://a.example/x", "https://a.example/x"),
        (BASE, "", None),
    ],
)
def test_resolve_url(base: str | None, href: str, expected: str | None) -> None:
    assert resolve_url(base, href) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Donâ€™t â€“ cafÃ© Ã©tÃ©", "Don’t – café été"),
        ("â€œQuotedâ€\x9d", "“Quoted”"),  # an unassigned windows-1252 byte read as a C1 control
        ("Café – “real”", "Café – “real”"),  # windows-1252 text is no UTF-8
        ("Fuß» and ÃO", "Fuß» and ÃO"),
        ("Die Straße« heiß“ Fuß»", "Die Straße« heiß“ Fuß»"),  # German: valid UTF-8 bytes, never meant
        ("ÐŸÑ€Ð¸Ð²ÐµÑ‚ Å‚Ã³dÅº", "Привет łódź"),
        ("Кириллица", "Кириллица"),
        ("ascii", "ascii"),
        # round nine: mojibake beside correct text (was left as it was)
        ("Café: Donâ€™t stop â€“ now", "Café: Don’t stop – now"),
        ("Привет â€œquotedâ€\x9d", "Привет “quoted”"),
        ("Price 5 â‚¬ — Brandâ„¢ rules", "Price 5 € — Brand™ rules"),
        ("Ünïcode and rÃ©sumÃ© Â© 2026", "Ünïcode and résumé © 2026"),
        ("SÃO PAULO — AÇÃO", "SÃO PAULO — AÇÃO"),  # Portuguese: Ã before a letter is a letter
        ("Straße «Zitat» — ok", "Straße «Zitat» — ok"),
        ("Don’t â€“ but â€ alone", "Don’t – but â€ alone"),  # a run whose last byte was lost: kept
    ],
)
def test_repair_cp1252_mojibake(value: str, expected: str) -> None:
    assert repair_cp1252_mojibake(value) == expected


@pytest.mark.parametrize(
    ("value", "is_html", "expected"),
    [
        # round twelve: an emoji as two references to its UTF-16 halves in an HTML title was two U+FFFD
        ("Smile &#55357;&#56832; please", True, "Smile \U0001f600 please"),
        ("Smile &#xd83d;&#xde00; please", True, "Smile \U0001f600 please"),
        ("Lone &#55357; half", True, "Lone \ufffd half"),  # no character: as before
        ("Smile &#55357;&#56832; please", False, "Smile &#55357;&#56832; please"),  # plain text: as written
    ],
)
def test_surrogate_pair_references_in_an_html_title_are_one_character(
    value: str, is_html: bool, expected: str
) -> None:
    assert clean_title(value, is_html) == expected
