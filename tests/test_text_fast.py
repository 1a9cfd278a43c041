"""The fast paths of ingest.text give what the slow paths give: simple markup read without lxml, the
boilerplate pass skipped for texts with no possible boilerplate line, lines joined without a generator,
words hashed segment by segment."""

from __future__ import annotations

import unicodedata

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ingest import text
from ingest.text import (
    _INVISIBLE_RE,
    _LINE_BREAK_RE,
    _ODD_SPACE_RE,
    _SPACES_RE,
    _TAIL_CHARS,
    BOILERPLATE_LINE_RE,
    TRAILING_BOILERPLATE_RE,
    clean_text,
    hash_words,
    markup_to_text,
    may_have_boilerplate,
    mix64,
    parse_markup,
    read_simple_markup,
    strip_boilerplate,
)

# text of the kind that is hard for a parser: blanks of every sort, controls, quotes, '>', combining marks
CHARS = st.sampled_from(
    [
        *"ab Z9.,;:'\">=/?!-_()[]",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "  ",
        "\u00a0",
        "\u2003",
        "\u200b",
        "\u00ad",
        "\x01",
        "\x0c",
        "\x7f",
        "\x85",
        "\u2028",
        "e\u0301",
        "\u0301",
        "ё",
        "ß",
        "ſ",
        "“",
        "”",
        "…",
        "😀",
        "&",
        "\ud800",
        "\ufffe",
    ]
)
TEXT = st.lists(CHARS, max_size=12).map("".join)
HREF = st.sampled_from(
    [
        "https://example.org/a",
        "",
        "x y",
        " /rel ",
        "https://twitter.com/intent/tweet?u=1",
        "mailto:?x",
        "ü",
        ">",
        "x\ud800y",
        "\x85",
        "\ufffe",
    ]
)
INLINE = st.one_of(
    TEXT,
    st.builds(lambda t, x: f"<{t}>{x}</{t}>", st.sampled_from(["em", "strong", "b", "i"]), TEXT),
    st.builds(lambda h, x: f'<a href="{h}">{x}</a>', HREF, TEXT),
)
PARAGRAPH = st.lists(INLINE, max_size=5).map(lambda xs: "<p>" + "".join(xs) + "</p>")
BLANKS = st.sampled_from(["", " ", "\n", "\r\n", "\t \n"])
SIMPLE = st.lists(st.tuples(BLANKS, PARAGRAPH), min_size=1, max_size=5).map(
    lambda ps: "".join(b + p for b, p in ps)
)
TOKENS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<em>",
        "</em>",
        "<b>",
        "</i>",
        '<a href="/x">',
        "</a>",
        "<br>",
        "<span>",
        "<P>",
        " ",
        "\n",
    ]
)
MESSY = st.lists(st.one_of(TEXT, TOKENS), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.one_of(SIMPLE, MESSY))
@example('<p>a</p>\n<p>b <em>c</em> <a href="https://example.org/t">d</a></p>')
@example("<p></p>")
@example(" <p>a<em></em></p> ")
@example('<p><a href="https://twitter.com/intent/tweet">share</a> x</p>')
def test_simple_markup_reads_as_lxml_reads_it(fragment: str) -> None:
    simple = read_simple_markup(fragment)
    if simple is not None:
        assert clean_text(simple) == parse_markup(fragment)
        assert markup_to_text(fragment) == clean_text(simple)


def test_simple_markup_is_taken_for_plain_paragraphs_and_not_for_the_rest() -> None:
    assert (
        read_simple_markup('<p>a <em>b</em></p>\n<p><a href="/t">c</a></p>') == "\na b\n \nc\n"
    )  # round fifteen: a line break in the source is a space
    for fragment in ("<p>a &amp; b</p>", '<p class="x">a</p>', "a<p>b</p>", "<p>a<br>b</p>", "<p><em>a</p>"):
        assert read_simple_markup(fragment) is None
    assert read_simple_markup('<p><a href="https://t.me/share/url?u=1">x</a></p>') is None


def strip_boilerplate_reference(text: str) -> str:
    """strip_boilerplate as it was: every line matched."""
    if not text:
        return text
    lines = [line for line in text.split("\n") if len(line) > 600 or not BOILERPLATE_LINE_RE.match(line)]
    if lines:
        last = lines[-1]
        marker = TRAILING_BOILERPLATE_RE.search(last, max(0, len(last) - _TAIL_CHARS))
        lines[-1] = last[: marker.start()] if marker else last
        if not lines[-1]:
            lines.pop()
    return "\n".join(lines)


LINES = st.sampled_from(
    [
        "The post A appeared first on B.",
        "X was originally published in Y",
        "This story first appeared on Z",
        "Continue reading at The Site",
        "Read more",
        "READ MORE: the headline",
        "Click here to read more",
        "Full story",
        "Weiterlesen",
        "Читать далее",
        "Читайте також: новина",
        "[link] [comments]",
        "12 comments",
        "Share this article",
        "Tweet",
        "(Image credit: AP)",
        "Related stories:",
        "Lesen Sie auch: x",
        "ſhare",
        "The minister said the talks would resume.",
        "This year was hard.",
        "(a remark)",
        "",
        " ",
        "He said: “No.” […]",
        "It rose 3%. Continue reading…",
        "2024 was a year",
        "comment",
    ]
)
BOILER_TEXT = st.one_of(st.lists(LINES, max_size=6).map("\n".join), st.text(max_size=60))


@settings(max_examples=600, deadline=None)
@given(BOILER_TEXT)
def test_strip_boilerplate_equals_the_line_by_line_pass(text: str) -> None:
    assert strip_boilerplate(text) == strip_boilerplate_reference(text)
    if not may_have_boilerplate(text):
        assert not any(BOILERPLATE_LINE_RE.match(line) for line in text.split("\n"))


def clean_text_reference(text: str) -> str:
    """clean_text as it was: lines stripped one by one in a generator."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    text = _LINE_BREAK_RE.sub("\n", text)  # round twelve: U+2028 and U+2029 are line breaks
    if "  " in text or _ODD_SPACE_RE.search(text):
        text = _SPACES_RE.sub(" ", text)
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in (part.strip() for part in text.split("\n")) if line)


@given(st.one_of(TEXT, st.text(max_size=40), st.lists(CHARS, max_size=40).map("".join)))
def test_clean_text_equals_the_line_by_line_pass(text: str) -> None:
    assert clean_text(text) == clean_text_reference(text)


def hash_words_reference(parts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """hash_words as it was: prefix sums of cp * Q**i over the whole input, shifted by Q**-start."""
    word_chars = np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=bool)
    word_chars[0xFFFF] = False
    digits = np.array([chr(c).isdigit() for c in range(0x10000)], dtype=bool)
    poly = np.uint64(0x100000001B3)
    cps = np.frombuffer("\x00".join(parts).encode("utf-32-le", errors="replace"), dtype=np.uint32)
    n = len(cps)
    is_word = word_chars[np.minimum(cps, 0xFFFF)].astype(np.int8)
    edges = np.diff(is_word, prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    powers = np.empty(n + 1, dtype=np.uint64)
    inverse = np.empty(n + 1, dtype=np.uint64)
    powers[0] = inverse[0] = 1
    np.cumprod(np.full(n, poly, dtype=np.uint64), out=powers[1:])
    np.cumprod(np.full(n, np.uint64(pow(0x100000001B3, -1, 1 << 64)), dtype=np.uint64), out=inverse[1:])
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(cps.astype(np.uint64) * powers[:n], out=prefix[1:])
    hashes = mix64((prefix[ends] - prefix[starts]) * inverse[starts])
    part_starts = np.cumsum([0] + [len(p) + 1 for p in parts[:-1]])
    part_of = np.searchsorted(part_starts, starts, side="right") - 1
    return hashes, part_of, ends - starts, digits[np.minimum(cps[starts], 0xFFFF)]


WORDY = st.lists(
    st.sampled_from(["a", "Ab", "_", "9", "²", "٣", " ", "-", "ё", "😀", "\x00", "\ud800", "x" * 40])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), WORDY.map("".join)), min_size=1, max_size=6))
@example([""])
@example(["", "a"])
def test_hash_words_equals_the_prefix_sum_hashing(parts: list[str]) -> None:
    for got, want in zip(hash_words(parts), hash_words_reference(parts), strict=True):
        assert np.array_equal(got, want)


def test_the_bmp_tables_are_str_isalnum_and_isdigit() -> None:
    word = np.array([chr(c).isalnum() or c == 0x5F for c in range(0x10000)], dtype=bool)
    word[0xFFFF] = False
    assert np.array_equal(text._WORD_CHARS, word)
    assert np.array_equal(text._DIGITS, np.array([chr(c).isdigit() for c in range(0x10000)], dtype=bool))


def test_invisible_and_odd_space_characters_are_unprintable() -> None:
    for c in map(chr, range(0x10000)):
        if _INVISIBLE_RE.match(c) or _ODD_SPACE_RE.match(c):
            assert not c.isprintable(), hex(ord(c))
