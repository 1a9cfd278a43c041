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


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round seventeen: a "<" in a plain-text title (Atom type="text", JSON Feed, a page's <title>) is a
        # character; the HTML parser took it for a tag and the words after it were lost
        ("Why x<y matters", "Why x<y matters"),
        ("The <details> element, explained", "The <details> element, explained"),
        ("If a<b and b>c", "If a<b and b>c"),
        ("Vector<int> in C++", "Vector<int> in C++"),
        ("Write to <editor@news.example>", "Write to <editor@news.example>"),
        ("Tom &amp; Jerry &lt;3", "Tom & Jerry <3"),
        # guards: markup no text has is still read as markup
        ("<b>Bold</b> news", "Bold news"),
        ("Line<br>break", "Line break"),
        ('<span class="kicker">Live:</span> Storm', "Live: Storm"),
        ('<span class="x">Unclosed', "Unclosed"),
        ('<img src="/a.png"> Pictured', "Pictured"),
        ("A <!-- note --> B", "A B"),
        ("Smile &#55357;&#56832; now", "Smile \U0001f600 now"),
    ],
)
def test_a_title_is_markup_only_when_it_holds_markup(title: str, expected: str) -> None:
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round seventeen: Word's line break (vertical tab) and page break (form feed) were dropped as
        # invisible characters, running words together
        ("Body\x0bwith\x0ccontrols", "Body with controls"),
        ("<p>One\x0btwo</p><p>Three\x0c</p>", "One two\nThree"),
        ("a\x0c\nb", "a\nb"),
        ("zero\u200bwidth\x00nul", "zerowidthnul"),  # guard: invisible characters still go
    ],
)
def test_vertical_tab_and_form_feed_are_spaces(text: str, expected: str) -> None:
    assert html_to_text(text) == expected
    assert "\x0b" not in clean_text(text) and "\x0c" not in clean_text(text)


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


RELATED = (
    "<ul><li><a href='/a/2'>“We will not stop,” says mayor Petro Hnatiuk</a></li>"
    "<li><a href='/a/3'>Ferry strike ends, union leader Olha Savchuk says</a></li></ul>"
)
SAID = "<p>“The pier reopens on Monday,” said harbour master Ilona Kravets.</p>"
SAID_TEXT = "“The pier reopens on Monday,” said harbour master Ilona Kravets."


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # round fifteen: a list of links to other articles, with or without its heading: their quoted
        # headlines were taken for statements of this article
        (SAID + "<h3>Related</h3>" + RELATED, SAID_TEXT),
        (SAID + "<p><strong>Related:</strong></p>" + RELATED, SAID_TEXT),
        (SAID + "<p>See also:</p>" + RELATED, SAID_TEXT),
        (SAID + "<p><b>ALSO READ</b></p>" + RELATED, SAID_TEXT),
        (SAID + "<p>More on this story:</p>" + RELATED, SAID_TEXT),
        (SAID + "<p>RELATED COVERAGE</p>" + RELATED, SAID_TEXT),
        (SAID + RELATED, SAID_TEXT),
        (SAID + "<p>Related: <a href='/a/2'>Mayor Petro Hnatiuk says “we will not stop”</a></p>", SAID_TEXT),
        (SAID + "<ol><li><a href='#one'>One</a>, <a href='#two'>two</a></li></ol>", SAID_TEXT),
        ("<p>Related: the mayor, who lives by the pier.</p>", ""),  # a "Related:" line is a link's label
        # round fifteen: WordPress's "more" link with the post's title inside it
        (
            SAID + "<p><a href='/a/1' class='more-link'>Continue reading <span class='screen-reader-text'>"
            "Pier reopens</span> →</a></p>",
            SAID_TEXT,
        ),
        (SAID[:-4] + " <a href='/a/1#more-12'>Read more<span> “Pier reopens”</span></a></p>", SAID_TEXT),
        (SAID + "<p><a href='/a/1'>Continue reading “Pier reopens”</a></p>", SAID_TEXT),
        # round fifteen: newsletter and subscription boxes, embeds' link lines, a comment link
        (SAID + "<p><em>Sign up for our free newsletter to get the news every morning.</em></p>", SAID_TEXT),
        (
            SAID
            + "<p class='button-wrapper'><a class='button primary' href='https://notes.example/subscribe?'>"
            "<span>Subscribe now</span></a></p><div class='subscription-widget-wrap'><p>Thanks for reading "
            "Harbour Notes! Subscribe for free to receive new posts and support my work.</p></div>",
            SAID_TEXT,
        ),
        (
            SAID + "<p>Thanks for reading Harbour Notes! Subscribe for free to receive new posts.</p>",
            SAID_TEXT,
        ),
        (
            SAID
            + "<blockquote class='instagram-media'><div><a href='https://www.instagram.com/p/x/'>View this "
            "post on Instagram</a></div><p><a href='https://www.instagram.com/p/x/'>A post shared by Harbour "
            "Daily (@harbourdaily)</a></p></blockquote>",
            SAID_TEXT,
        ),
        (SAID + "<p><a href='/a/1#respond'>Leave a comment</a></p>", SAID_TEXT),
        # round fifteen: footnote marks glued to a closing quote hid the statement from the extractor
        (
            "<p>“The pier reopens on Monday,”<a class='footnote-anchor' href='#footnote-1'>1</a> said harbour master "
            "Ilona Kravets.</p><div class='footnote'><a class='footnote-number' href='#footnote-anchor-1'>1</a>"
            "<div class='footnote-content'><p>At the pier.</p></div></div>",
            SAID_TEXT + "\nAt the pier.",
        ),
        ("<p>“The pier reopens on Monday,”<sup>2</sup> said harbour master Ilona Kravets.</p>", SAID_TEXT),
        ("<p>“The pier reopens on Monday,”<sup>*</sup> said harbour master Ilona Kravets.</p>", SAID_TEXT),
        (SAID[:-4] + "<sup><a href='#cite_note-1'>[1]</a></sup></p>", SAID_TEXT),
        (SAID[:-4] + "<sup>[12]</sup></p>", SAID_TEXT),
        (
            "<p>“The pier reopens on Monday,”<a href='#fn1'>1</a> said harbour master Ilona Kravets.</p>",
            SAID_TEXT,
        ),
        # round fifteen: cards embedding another post, Blogger's feed footer, ad labels, copyright, credits
        (
            SAID
            + "<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' href='/a/9'><div "
            "class='kg-bookmark-title'>“We will not stop,” says mayor Petro Hnatiuk</div></a></figure>",
            SAID_TEXT,
        ),
        (
            SAID
            + "<blockquote class='wp-embedded-content'><a href='/a/9/'>“We will not stop,” says mayor Petro "
            "Hnatiuk</a></blockquote>",
            SAID_TEXT,
        ),
        (
            SAID
            + "<div class='embedded-post-wrap'><div class='embedded-post-title'>“We will not stop,” says "
            "mayor Petro Hnatiuk</div></div>",
            SAID_TEXT,
        ),
        (SAID + "<div class='blogger-post-footer'>“Visit my blog,” said Jane Roe.</div>", SAID_TEXT),
        (
            SAID
            + "<div class='ad-slot'><p>ADVERTISEMENT</p></div><p>Story continues below advertisement</p>",
            SAID_TEXT,
        ),
        (SAID + "<p>© 2025 Harbour Daily. All rights reserved.</p>", SAID_TEXT),
        (
            SAID
            + "<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published.</p>",
            SAID_TEXT,
        ),
        (SAID + "<p>(Photo by Oleh Marchuk/Getty Images)</p>", SAID_TEXT),
        ("<p>Photo: Oleh Marchuk/Reuters</p>" + SAID, SAID_TEXT),
        # guards: lists that are the article's own text, and sentences that only start like boilerplate
        (
            "<p>The council listed its demands:</p><ul><li>“Open the pier,” said councillor Olha Savchuk.</li>"
            "<li>Fix the <a href='/road'>road</a></li></ul>",
            "The council listed its demands:\n“Open the pier,” said councillor Olha Savchuk.\nFix the road",
        ),
        ("<ul><li>First point</li><li>Second point</li></ul>", "First point\nSecond point"),
        (  # links inside the text, under no related heading: the article's own (a quiz's answers)
            "<p>Round three:</p><ul><li><a href='https://v.example/1'>Jet — “Are You Gonna Be My Girl?”</a></li>"
            "</ul><p>How did you do?</p>",
            "Round three:\nJet — “Are You Gonna Be My Girl?”\nHow did you do?",
        ),
        ("<ul><li><a>Not a link</a></li></ul>", "Not a link"),
        (
            "<p>See also the mayor’s letter, which the council published.</p>",
            "See also the mayor’s letter, which the council published.",
        ),
        ("<p>“Subscribe now,” the mayor urged residents.</p>", "“Subscribe now,” the mayor urged residents."),
        (
            "<p>Readers who sign up for the newsletter get it free.</p>",
            "Readers who sign up for the newsletter get it free.",
        ),
        ("<p><a href='/more'>Continue reading</a> the report.</p>", "Continue reading the report."),
        ("<p>The hall is 120 m<sup>2</sup>; CO<sub>2</sub> fell.</p>", "The hall is 120 m2; CO2 fell."),
        ("<p>See part <a href='#part-2'>2</a> of the report.</p>", "See part 2 of the report."),
        (
            "<p>Copyright law changed, all rights reserved by the town.</p>",
            "Copyright law changed, all rights reserved by the town.",
        ),
        ("<p>Photo: the pier at dawn</p>", "Photo: the pier at dawn"),
        ("<p>Pictures by local children line the pier.</p>", "Pictures by local children line the pier."),
        # round twenty-two: an aggregator's list of a story's copies, each link followed by its outlet's name
        # (Google News: <font>Outlet</font> after two no-break spaces; "- Outlet"), ending the item: dropped
        (
            '<ol><li><a href="https://agg.example/a/1">“We will rebuild,” says mayor</a>&nbsp;&nbsp;<font color="#6f6f6f">'
            'Harbour Herald</font></li><li><a href="https://agg.example/a/2">“Nobody asked us,” say fishermen</a>&nbsp;'
            '&nbsp;<font color="#6f6f6f">Coast Daily</font></li></ol>',
            "",
        ),
        (
            "<p>The pier reopens.</p><ul><li><a href='/a/1'>Pier reopens</a> - Coast Daily</li>"
            "<li><a href='/a/2'>Pier opens again</a> (Valley Post)</li></ul>",
            "The pier reopens.",
        ),
        # round twenty-two: navigation in an item's HTML (a Yandex Turbo item's <header><menu> and breadcrumbs, a
        # CMS's <nav>, class="breadcrumb"): the links' words ran together as a line ("ГлавнаяНовости")
        (
            '<header><h1>Паром</h1><menu><a href="https://x.example/">Главная</a><a href="https://x.example/news">'
            'Новости</a></menu><div data-block="breadcrumblist"><a href="https://x.example/">Главная</a></div></header>'
            "<p>Паром будет ходить реже.</p>",
            "Паром\nПаром будет ходить реже.",
        ),
        (
            "<nav><a href='/'>Home</a> &gt; <a href='/news'>News</a></nav><p>The pier reopens.</p>",
            "The pier reopens.",
        ),
        (
            "<ol class='breadcrumb'><li><a href='/'>Home</a></li></ol><p>The pier reopens.</p>",
            "The pier reopens.",
        ),
        # guards: a list item whose words after the link are a sentence, or a named link inside the text, stay
        (
            "<p>Sources:</p><ul><li><a href='/r'>The report</a> was published by the council on Monday after a"
            " long delay.</li></ul>",
            "Sources:\nThe report was published by the council on Monday after a long delay.",
        ),
        (
            "<ul><li><a href='/a/1'>Pier reopens</a> Coast Daily</li></ul><p>The pier reopens.</p>",
            "Pier reopens Coast Daily\nThe pier reopens.",
        ),
        (
            "<p>The navigation menu of the ferry was replaced.</p>",
            "The navigation menu of the ferry was replaced.",
        ),
        ('<div data-block="accordion"><p>Ferry times change.</p></div>', "Ferry times change."),
    ],
)
def test_feed_furniture_is_dropped(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # round fifteen: a paragraph hard-wrapped in its source (Markdown output, hand-written HTML): the line
        # break is a space in HTML, but was kept as a paragraph break ("said harbour" / "master Ilona Kravets")
        (
            "<p>“The pier reopens on Monday,” said harbour\nmaster Ilona Kravets, who added\nthat boats would wait.</p>",
            "“The pier reopens on Monday,” said harbour master Ilona Kravets, who added that boats would wait.",
        ),
        ("<p>said harbour\r\n  master Ilona\rKravets.</p>", "said harbour master Ilona Kravets."),
        (
            "<p>said <a href='/p'>harbour\nmaster</a> Ilona\nKravets.</p>",
            "said harbour master Ilona Kravets.",
        ),
        (
            "<p>said <b>harbour</b>\nmaster.</p>\n<p>Second\nparagraph.</p>",
            "said harbour master.\nSecond paragraph.",
        ),
        ("<td>Yes\n</td><td>\n120</td>", "Yes 120"),
        ("<p>Intro.</p>" + "<span>" * 300 + "Deep\nline" + "</span>" * 300, "Intro.\nDeep line"),
        # guards: a blank line is still a paragraph break, <pre> keeps its lines, plain text keeps its lines
        (
            "First paragraph with <b>bold</b>.\n\nSecond paragraph.",
            "First paragraph with bold.\nSecond paragraph.",
        ),
        (
            "<p>Code:</p><pre>line one\nline two\n  <b>indented</b>\nend</pre>",
            "Code:\nline one\nline two\nindented\nend",
        ),
        ("line one\nline two", "line one\nline two"),
    ],
)
def test_source_line_breaks_are_spaces(html: str, text: str) -> None:
    assert html_to_text(html) == text
