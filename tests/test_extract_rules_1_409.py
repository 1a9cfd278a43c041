"""rules-1.409 (blind batch FM): a German "„…“ … Satz, sagte sie." reads the subject after the cue, not the clause
before it (``attribution.parse_after``); a dative medium with its name after the cue ("sagte der Nachrichtenagentur
X, …") is no speaker of a parenthesis (``listeners_de.dative_media_first``); "Xs Angaben nach" / "Seinen Angaben
nach" frame the sentence as "zufolge" does (``frames_de``); a sentence opening with "Demnach" right after a statement
continues it (``konjunktiv``); "Wie die Agentur X unter Berufung auf das Ministerium meldete, …" is the cited
body's (``frames_de.de_wie_group``)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Die Leiterin der Schule, Anna Berger, sagte am Montag, der Unterricht falle aus. „Wir bleiben offen“, "
            "sagte Berger. „Aber nicht lange.“ Von den 40 Lehrern arbeiteten nur noch 12 in der Schule, sagte sie.",
            "Anna Berger",
            "Von den 40 Lehrern arbeiteten nur noch 12 in der Schule",
        ),
        (
            "Der Chef der Firma, Paul Keller, sagte, die Lage sei ernst. „Wir kämpfen“, sagte Keller. „Jeden Tag.“ "
            "Die Produktion in der Halle laufe weiter, sagte er.",
            "Paul Keller",
            "Die Produktion in der Halle laufe weiter",
        ),
    ],
)
def test_clause_before_inverted_cue_is_no_speaker(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "de")
    assert (speaker, "indirect", quote) in rows, rows
    assert all(sp == speaker for sp, _, _ in rows), rows  # the quote before it keeps its speaker too


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the cue right after the quote, or a name before the cue with no comma: the speaker as before
        ("„Wir bleiben offen“, sagte Anna Berger.", "Anna Berger"),
        ("„Wir bleiben offen.“ Bürgermeisterin Anna Berger sagte, man prüfe alles.", "Anna Berger"),
    ],
)
def test_subject_before_cue_left_alone(text: str, speaker: str) -> None:
    rows = run_rules(text, "de")
    assert rows and all(sp == speaker for sp, _, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Ein Sprecher der Behörde, Jan Vogel, sagte der Nachrichtenagentur Reuters, allein im Mai seien 300 "
            "Anträge eingegangen.",
            "Jan Vogel",
            "allein im Mai seien 300 Anträge eingegangen",
        ),
        (
            "Der Vorsitzende des Verbands, Jan Vogel, sagte der Zeitung „Morgenpost“, die Preise stiegen weiter.",
            "Jan Vogel",
            "die Preise stiegen weiter",
        ),
    ],
)
def test_named_dative_medium_is_no_parenthesis_speaker(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "de")
    assert (speaker, "indirect", quote) in rows, rows


def test_real_parenthesis_left_alone() -> None:
    rows = run_rules("Die Lage, sagte der Sprecher Jan Vogel, sei ernst.", "de")
    assert any(sp == "Jan Vogel" and "Die Lage" in q for sp, _, q in rows), rows


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Der Sprecher der Polizei, Jan Vogel, sagte, die Lage sei ruhig. Vogels Angaben nach wurden zwei "
            "Männer festgenommen.",
            "Jan Vogel",
            "wurden zwei Männer festgenommen",
        ),
        (
            "Der Sprecher der Polizei, Jan Vogel, sagte, die Lage sei ruhig. Seinen Angaben nach ist niemand "
            "verletzt worden.",
            "Jan Vogel",
            "ist niemand verletzt worden",
        ),
    ],
)
def test_angaben_nach_frames_the_sentence(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "de")
    assert (speaker, "indirect", quote) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Er suchte nach Worten nach dem Unglück.",  # "nach Worten" is no frame of a source
        "Den Angaben nach ist alles gut.",  # no source named
    ],
)
def test_angaben_nach_without_source_left_alone(text: str) -> None:
    assert run_rules(text, "de") == []


@pytest.mark.parametrize(
    ("text", "speaker", "quotes"),
    [
        (
            "Wie die Polizei am Montag mitteilte, wurden zwei Männer festgenommen. Demnach stellten die beiden "
            "falsche Pässe aus. Sie hätten dafür viel Geld verlangt.",
            "Polizei",
            ["stellten die beiden falsche Pässe aus", "Sie hätten dafür viel Geld verlangt"],
        ),
    ],
)
def test_demnach_continues_the_statement_before(text: str, speaker: str, quotes: list[str]) -> None:
    rows = run_rules(text, "de")
    for q in quotes:
        assert (speaker, "indirect", q) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Die Feuerwehr war im Einsatz. Demnach ist alles ruhig.",  # no statement before: left alone
        "Der Zug hielt in Halle. Demnach kam er zu spät.",
    ],
)
def test_demnach_without_statement_left_alone(text: str) -> None:
    assert not any("alles ruhig" in q or "zu spät" in q for _, _, q in run_rules(text, "de"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wie die Agentur Tass unter Berufung auf das Gesundheitsministerium meldete, sind zwei Menschen tot.",
            "Gesundheitsministerium",
        ),
        (
            "Wie die Agentur Tass unter Berufung auf die örtliche Verwaltung meldete, sind zwei Menschen tot.",
            "Verwaltung",
        ),
        # vague or unnamed sources leave the outlet as the speaker
        (
            "Wie der „Spiegel“ unter Berufung auf Regierungskreise berichtet, soll der Plan scheitern.",
            "Spiegel",
        ),
        (
            "Wie die Agentur Tass unter Berufung auf die Quellen im Ministerium meldete, sind zwei Menschen tot.",
            "Agentur Tass",
        ),
        (
            "Wie die Agentur Tass unter Berufung auf eine Umfrage meldete, sind zwei Drittel dagegen.",
            "Agentur Tass",
        ),
    ],
)
def test_wie_agency_citing_a_body(text: str, speaker: str) -> None:
    rows = run_rules(text, "de")
    assert rows and all(speaker in sp for sp, _, _ in rows), rows
