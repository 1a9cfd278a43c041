from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.text import clean_text, html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
        ("<p>“Quoted,” he said.</p>", "“Quoted,” he said."),
        ("Tom &amp; Jerry &laquo;here&raquo;", "Tom & Jerry «here»"),
        ("<div>a<br>b<br/>c</div>", "a\nb\nc"),
        ("<p>Keep</p><script>alert(1)</script><style>p{}</style><p>this</p>", "Keep\nthis"),
        ("<p>  lots   of\tspace\u00a0here </p>", "lots of space here"),
        ("<p>e\u0301t\u00e9</p>", "\u00e9t\u00e9"),
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("plain text, no tags", "plain text, no tags"),
        ("", ""),
        ("<p>Unclosed <b>bold", "Unclosed bold"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@given(st.text(max_size=300))
def test_clean_text_is_idempotent(s: str) -> None:
    once = clean_text(s)
    assert clean_text(once) == once
    assert "\n\n" not in once and "  " not in once
