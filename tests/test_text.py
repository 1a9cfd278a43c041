from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.text import clean_text, clean_title, html_to_text, strip_boilerplate


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
        ("<p>“Quoted,” he said.</p>", "“Quoted,” he said."),
        (
            "<p>„Wir schaffen das“, sagte sie. «Oui», dit-il. ‘Single’.</p>",
            "„Wir schaffen das“, sagte sie. «Oui», dit-il. ‘Single’.",
        ),
        ("Tom &amp; Jerry &laquo;here&raquo;", "Tom & Jerry «here»"),
        ("Caf&eacute; &#8220;x&#8221; &#x2014; &nbsp;y", "Café “x” — y"),
        ("<div>a<br>b<br/>c</div>", "a\nb\nc"),
        ("<p>a</p>\n\n<p></p><p>b</p>", "a\nb"),
        ("<p>Keep</p><script>alert(1)</script><style>p{}</style><p>this</p>", "Keep\nthis"),
        ("<p>  lots   of\tspace\u00a0here </p>", "lots of space here"),
        ("<p>e\u0301t\u00e9</p>", "\u00e9t\u00e9"),
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
        # round eleven: bidirectional marks (they split names: the speaker was "Olena")
        (
            "Olena\u200f Shevchuk\u200e said \u202bשלום\u202c and \u2067سلام\u2069\u061c.",
            "Olena Shevchuk said שלום and سلام.",
        ),
        # round eleven: a no-break or thin space inside curly double quotes
        ("\u201c\u00a0We are ready,\u00a0\u201d said he.", "\u201cWe are ready,\u201d said he."),
        ("He said\u00a0\u201c\u202fYes\u2009\u201d.", "He said \u201cYes\u201d."),
        (
            "Sie sagte: \u201e\u00a0Wir sind bereit\u00a0\u201c, und ging.",
            "Sie sagte: \u201eWir sind bereit\u201c, und ging.",
        ),
        ("\u00ab\u00a0Oui\u00a0\u00bb, dit-il.", "\u00ab Oui \u00bb, dit-il."),  # French spacing is French
        (
            "said\u00a0\u201cWe\u201d and \u201eJa\u201c\u00a0sagte",
            "said \u201cWe\u201d and \u201eJa\u201c sagte",
        ),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("<h2>Head</h2>Body <b>bold</b> <i>it</i>", "Head\nBody bold it"),
        ("plain text, no tags", "plain text, no tags"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("", ""),
        ("<p>Unclosed <b>bold", "Unclosed bold"),
        ("<p>x</p><!-- comment --><p>y</p>", "x\ny"),
        # round nine: nested deeper than the HTML parser's 256 levels (everything after was lost)
        (
            "<p>Intro.</p>" + "<span>" * 300 + "Deep &amp; on" + "</span>" * 300 + "<p>After.</p>",
            "Intro.\nDeep & on\nAfter.",
        ),
        (
            "<p>Intro.</p>" + "<font color=red>" * 400 + "Never closed <b>bold</b>",
            "Intro.\nNever closed bold",
        ),
        (
            "<div>" * 5000 + "Five thousand<script>x()</script><br>deep" + "</div>" * 5000,
            "Five thousand\ndeep",
        ),
        ("<p>Wide</p>" * 400, "\n".join(["Wide"] * 400)),  # many tags, not deep: the parser reads it
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # WordPress and Medium footers
        (
            "<p>Talks resume.</p><p>The post <a href='x'>Talks resume</a> appeared first on <a>Kyiv Wire</a>.</p>",
            "Talks resume.",
        ),
        (
            "<p>Talks resume.</p><p>Talks resume was originally published in Kyiv Wire on Medium, where people are continuing the conversation.</p>",
            "Talks resume.",
        ),
        ("<p>Talks resume.</p><p>This article originally appeared on Eurodesk Daily.</p>", "Talks resume."),
        # read-more links, alone or at the end of the summary
        (
            "<p>The minister said talks would resume.</p><p><a href='/a'>Continue reading...</a></p>",
            "The minister said talks would resume.",
        ),
        (
            "The minister said talks would resume. <a href='/a'>Read more</a>",
            "The minister said talks would resume.",
        ),
        ("The minister said talks would resume [&#8230;]", "The minister said talks would resume"),
        (
            "The minister said talks would resume [...] Continue reading →",
            "The minister said talks would resume",
        ),
        ("<p>Talks resume.</p><p>Click here to read the full story</p>", "Talks resume."),
        ("<p>Talks resume.</p><p>Read full article &gt;&gt;</p>", "Talks resume."),
        ("<p>Gespräche gehen weiter.</p><p>Weiterlesen</p>", "Gespräche gehen weiter."),
        ("<p>Переговори тривають.</p><p>Читати далі</p>", "Переговори тривають."),
        ("submitted by /u/x <br/> <a href='y'>[link]</a> <a href='z'>[comments]</a>", "submitted by /u/x"),
        # feed-injected share links and blocks
        (
            "<p>Talks resume.</p><div class='feedflare'><a href='http://feeds.feedburner.com/~ff/x?a=1'>Email</a></div>",
            "Talks resume.",
        ),
        (
            "<p>Talks resume. <a href='https://twitter.com/intent/tweet?text=x'>Tweet this</a></p>",
            "Talks resume.",
        ),
        (
            "<p>Talks resume.</p><div class='share-buttons'><a href='#'>Facebook</a> <a href='#'>X</a></div>",
            "Talks resume.",
        ),
        ("<p>Talks resume.</p><p>Share this:</p><ul><li>Twitter</li><li>Facebook</li></ul>", "Talks resume."),
        # a link to another article, with its headline
        (
            "<p>Talks resume.</p><p>Read More: <a href='/x'>Why the ‘Grain Deal’ Collapsed, Explained</a></p>",
            "Talks resume.",
        ),
        (
            "<p>Gespräche gehen weiter.</p><p>Lesen Sie auch: Was der Streik kostet</p>",
            "Gespräche gehen weiter.",
        ),
        ("<p>Переговори тривають.</p><p>Читайте також: Що відомо про угоду</p>", "Переговори тривають."),
        (
            "<p>Переговоры продолжаются.</p><p>Читайте также Кто подписал договор</p>",
            "Переговоры продолжаются.",
        ),
        # not boilerplate: an article that merely mentions these words
        (
            "<p>“Read more books,” the minister told pupils.</p>",
            "“Read more books,” the minister told pupils.",
        ),
        (
            "<p>Read more about it, she said, was her advice.</p>",
            "Read more about it, she said, was her advice.",
        ),
        (
            "<p>Officials said they would share this plan with the public.</p>",
            "Officials said they would share this plan with the public.",
        ),
        ("<p>You can read more</p>", "You can read more"),
        (
            "<p>Read more: the minister’s letter runs to 40 pages and sets out three demands.</p>",
            "",
        ),  # a colon after "Read more" is a link's label, even before a sentence
        ("<p>We read next: the letter, then the reply.</p>", "We read next: the letter, then the reply."),
    ],
)
def test_boilerplate_is_dropped(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_a_long_block_with_a_share_class_is_kept() -> None:
    body = "<p>" + "The talks will continue next week in Geneva. " * 20 + "</p>"
    assert html_to_text(f"<div class='social-affairs'>{body}</div>").startswith("The talks will continue")


def test_clean_title_is_one_line_without_boilerplate_removal() -> None:
    assert clean_title("Read more: <b>truce</b>\n talks &amp; more") == "Read more: truce talks & more"


@given(st.text(max_size=300))
def test_clean_text_is_idempotent(s: str) -> None:
    once = clean_text(s)
    assert clean_text(once) == once
    assert "\n\n" not in once and "  " not in once


@given(st.text(alphabet=st.sampled_from("ab .\n[]…Rread moCntiu"), max_size=120))
def test_strip_boilerplate_is_idempotent(s: str) -> None:
    once = strip_boilerplate(clean_text(s))
    assert strip_boilerplate(once) == once


@given(st.text(alphabet=st.sampled_from(" \t\f\v\u00a0\u2003\u202f\u3000\u200b\nab\r"), max_size=60))
def test_the_space_pass_is_skipped_only_when_it_would_change_nothing(s: str) -> None:
    from ingest import text

    assert ("  " in s or text._ODD_SPACE_RE.search(s) is not None) == (text._SPACES_RE.sub(" ", s) != s)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # round twelve: an emoji written as two references to its UTF-16 halves (Java's old
        # escapeHtml, some .NET encoders) inside escaped HTML or a title was two U+FFFD
        ("Smile &#55357;&#56832; now", "Smile \U0001f600 now"),
        ("<p>Smile &#xD83D;&#xDE00; now</p>", "Smile \U0001f600 now"),
        ("<p>&#55357;&#56832;&#55357;&#56832;</p>", "\U0001f600\U0001f600"),
        ("a &#55357; b", "a \ufffd b"),  # a lone half is no character
        ("&#128512; &#x1F600;", "\U0001f600 \U0001f600"),  # the character's own reference, as before
    ],
)
def test_surrogate_pair_references_in_html_are_one_character(html: str, text: str) -> None:
    assert html_to_text(html) == text
    assert clean_title(html) == text


@pytest.mark.parametrize(
    ("raw", "text", "title"),
    [
        # round twelve: Unicode's line and paragraph separators (JavaScript-built JSON, text pasted from
        # word processors) stayed in texts and titles: a "one-line" title over two lines, one paragraph
        # where the feed had two
        ("Line one.\u2028Line two.", "Line one.\nLine two.", "Line one. Line two."),
        ("<p>Para one.\u2029Para two.</p>", "Para one.\nPara two.", "Para one. Para two."),
        (" \u2028 Lonely \u2029 ", "Lonely", "Lonely"),
        ("Plain line", "Plain line", "Plain line"),  # as before
    ],
)
def test_unicode_line_separators_are_line_breaks(raw: str, text: str, title: str) -> None:
    assert html_to_text(raw) == text
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # round twelve: the cells of a table row ran together ("Yes120", "NameVotes")
        (
            "<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Yes</td><td>120</td></tr></table>",
            "Name Votes\nYes 120",
        ),
        ("<table><tr><td>Kyiv</td><td><b>12</b>%</td><td></td></tr></table>", "Kyiv 12%"),
        ("<td>x</td><td>y</td>", "x y"),
        ("<p>Before</p><table><tr><td>A</td></tr></table><p>After</p>", "Before\nA\nAfter"),  # as before
        ("<p><span>Ex</span><span>ample</span></p>", "Example"),  # inline tags stay joined
    ],
)
def test_table_cells_are_kept_apart(html: str, text: str) -> None:
    assert html_to_text(html) == text
    deep = "<span>" * 300 + html  # too deep for the HTML parser: read flat, the cells apart too
    assert html_to_text(deep) == text
