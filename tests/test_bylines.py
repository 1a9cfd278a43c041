"""A wire byline glued to the dateline of a story's first sentence (round fifteen)."""

from __future__ import annotations

import pytest

from ingest.bylines import split_glued_byline, split_glued_credit
from ingest.text import html_to_text

SAID = "“The pier reopens on Monday,” said harbour master Ilona Kravets."


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            f"By JANE DOE Associated Press WASHINGTON (AP) — {SAID}",
            f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}",
        ),
        (
            f"By Jane Doe, Reuters KYIV, Ukraine (Reuters) - {SAID}",
            f"By Jane Doe, Reuters\nKYIV, Ukraine (Reuters) - {SAID}",
        ),
        (
            f"By JANE DOE and JOHN ROE Associated Press KYIV, Ukraine (AP) — {SAID}",
            f"By JANE DOE and JOHN ROE Associated Press\nKYIV, Ukraine (AP) — {SAID}",
        ),
        (f"By Jane Doe PARIS, Nov 24 (Reuters) - {SAID}", f"By Jane Doe\nPARIS, Nov 24 (Reuters) - {SAID}"),
        (f"By Jane Doe LONDON — {SAID}", f"By Jane Doe\nLONDON — {SAID}"),
        (f"By JANE DOE KYIV (AP) — {SAID}", f"By JANE DOE\nKYIV (AP) — {SAID}"),
        # guards: no dateline, a byline on its own line already, a sentence that starts with "By"
        ("By Jane Doe The pier reopens on Monday.", "By Jane Doe The pier reopens on Monday."),
        (
            f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}",
            f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}",
        ),
        (
            "By Monday the pier was open, harbour master Ilona Kravets said.",
            "By Monday the pier was open, harbour master Ilona Kravets said.",
        ),
        (f"WASHINGTON (AP) — {SAID}", f"WASHINGTON (AP) — {SAID}"),
        (
            "By NATO standards — the alliance's — it is small.",
            "By NATO standards — the alliance's — it is small.",
        ),
        ("", ""),
    ],
)
def test_a_glued_byline_is_set_apart(text: str, split: str) -> None:
    assert split_glued_byline(text) == split
    assert split_glued_byline(split) == split  # idempotent


def test_html_to_text_sets_a_glued_byline_apart() -> None:
    html = f"<p>By JANE DOE Associated Press WASHINGTON (AP) — {SAID}</p><p>More.</p>"
    assert html_to_text(html) == f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}\nMore."


BODY = "Ukraine has received only a fraction of the shells it was promised, the head of military intelligence said."


@pytest.mark.parametrize(
    ("text", "split"),
    [  # round eighteen: an agency credit glued to the first sentence of a copy that cut the dateline
        (f"(Eastwire) - {BODY}", f"(Eastwire) -\n{BODY}"),
        (f"(Reuters) — {BODY}\nMore.", f"(Reuters) —\n{BODY}\nMore."),
        (f"(AP)– {BODY}", f"(AP)–\n{BODY}"),
        (f"(Thomson Reuters Foundation) - {BODY}", f"(Thomson Reuters Foundation) -\n{BODY}"),
        # guards: a dateline before it (read already), on its own line already, no dash, not at the start
        (f"KYIV (Eastwire) - {BODY}", f"KYIV (Eastwire) - {BODY}"),
        (f"(Eastwire) -\n{BODY}", f"(Eastwire) -\n{BODY}"),
        (f"(Eastwire) {BODY}", f"(Eastwire) {BODY}"),
        (f"(1) - {BODY}", f"(1) - {BODY}"),
        (f"{BODY} (Eastwire) - more", f"{BODY} (Eastwire) - more"),
        ("(Eastwire) - ", "(Eastwire) - "),
    ],
)
def test_a_glued_credit_is_set_apart(text: str, split: str) -> None:
    assert split_glued_credit(text) == split
    assert split_glued_credit(split) == split  # idempotent


def test_html_to_text_sets_a_glued_credit_apart() -> None:
    assert html_to_text(f"<p>(Eastwire) - {BODY}</p><p>More.</p>") == f"(Eastwire) -\n{BODY}\nMore."
