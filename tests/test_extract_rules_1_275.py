"""The rules found with blind batch DN (rules-1.275): German talk shows, a Bundestag debate, a trial, a fire,
a minister's affair and a regional interview; English inquest and rail dispute. Other sentences than the batch's;
the guards keep what each rule must not do.

* ``roles``: a newspaper's title word ("Rundschau", "Tagblatt", "Anzeiger", …) heads a body, not a person's name.
* ``konjunktiv``: a subject with an academic title ("Umweltministerin Dr. Eva Lang hat …") opens reported speech.
* ``mentions``: the role word before "Dr."/"Prof." is the name's title ("Bundesministerin Dr. Eva Lang").
* ``personnames``/``names``/``forward``: "zu" after a given name is a name particle ("Karl-Theodor zu Guttenberg"),
  not after a surname or before a plural listener ("sagte Anna zu Reportern").
* ``clauses``: the dot of "Dr." in an inverted subject ends no sentence ("räumte Sprecher Dr. X ein, …").
* ``lexicon``/``coordination``: "hatte angegeben" and "hat ausgesagt" are perfect cues.
* ``cues``: "…, ließ er über seinen Sprecher mitteilen." closes a reported clause.
* ``lexicon_de``: a verb-first Konjunktiv II condition with no Konjunktiv I is the writer's ("Würde …, wäre …").
* ``nptidy``/``lexicon``: "The online retailer that sold the charger said …": the body before the relative clause.
* ``antecedents``: a "LONDON (Reuters) - " dateline before a lead's role ("The chief executive … said").
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements
from ingest.extract.speakers import analyze_np

# (text, lang, (speaker, quote) that must be found, or None; (speaker, quote) that must not be found, or None)
CASES: list[tuple[str, str, tuple[str, str] | None, tuple[str, str] | None]] = [
    # a paper's title word: the pronoun after it is the minister's, not the paper's
    (
        "Sozialministerin Dr. Hanna Wolters (SPD) hat die Kritik zurückgewiesen. Die „Kieler Rundschau“ hatte "
        "berichtet, das Geld sei verschwendet worden. „Das ist falsch“, sagte sie am Abend.",
        "de",
        ("Hanna Wolters", "Das ist falsch"),
        ("Kieler Rundschau", "Das ist falsch"),
    ),
    # reported speech after a subject with an academic title
    (
        "Verkehrsministerin Prof. Dr. Ilse Brandner (FDP) hat die Pläne verteidigt. Die Strecke werde bis 2030 "
        "fertig.",
        "de",
        ("Ilse Brandner", "Die Strecke werde bis 2030 fertig"),
        None,
    ),
    # the role word before "Dr." is the title: "die Ministerin" finds her, not the minister named later
    (
        "Bundesbauministerin Dr. Carola Senft (SPD) hat den Plan vorgestellt. Die Mieten würden bis 2030 "
        "stabil bleiben, betonte die Ministerin.\nSachsens Bauministerin Ulla Grote hielt dagegen.",
        "de",
        ("Carola Senft", "Die Mieten würden bis 2030 stabil bleiben"),
        None,
    ),
    # "zu" in a name, in an inverted subject after a separable cue
    (
        "Am Mittwoch räumte der Agrarsprecher Karl-Theodor zu Salm ein, die Förderung reiche nicht aus.",
        "de",
        ("Karl-Theodor zu Salm", "die Förderung reiche nicht aus"),
        None,
    ),
    # guard: "zu" before a listener
    (
        "„Wir bleiben dran“, sagte Anna zu Reportern in Kiel.",
        "de",
        ("Anna", "Wir bleiben dran"),
        ("Anna zu Reportern", "Wir bleiben dran"),
    ),
    # the title's dot in an inverted subject
    (
        "Am Montag sagte der Klinikdirektor Dr. Peter Haas, die Station bleibe geöffnet.",
        "de",
        ("Peter Haas", "die Station bleibe geöffnet"),
        None,
    ),
    # a pluperfect "angegeben" and a perfect "ausgesagt"
    (
        "Der Nachbar hatte angegeben, er habe in der Nacht zwei Männer gesehen.",
        "de",
        ("Der Nachbar", "er habe in der Nacht zwei Männer gesehen"),
        None,
    ),
    (
        "Die Kassiererin hat ausgesagt, sie sei mit einer Waffe bedroht worden.",
        "de",
        ("Die Kassiererin", "sie sei mit einer Waffe bedroht worden"),
        None,
    ),
    # "ließ … mitteilen" after a reported clause
    (
        "Bürgermeister Jan Ohlsen lehnte ein Interview ab. Die Entscheidung sei endgültig, ließ er über "
        "die Pressestelle mitteilen.",
        "de",
        ("Jan Ohlsen", "Die Entscheidung sei endgültig"),
        None,
    ),
    # the writer's verb-first condition after a statement
    (
        "Die Koalition stehe, sagte Fraktionschef Ralf Behrens. Käme es zum Bruch, wären Neuwahlen im Frühjahr "
        "möglich.",
        "de",
        ("Ralf Behrens", "Die Koalition stehe"),
        ("Ralf Behrens", "Käme es zum Bruch, wären Neuwahlen im Frühjahr möglich"),
    ),
    # guard: a condition with Konjunktiv I stays the speaker's
    (
        "Die Koalition stehe, sagte Fraktionschef Ralf Behrens. Käme es zum Bruch, sei Stillstand die Folge.",
        "de",
        ("Ralf Behrens", "Käme es zum Bruch, sei Stillstand die Folge"),
        None,
    ),
    # a body before a relative clause with an irregular past verb
    (
        "The online retailer that sold the charger said it had withdrawn the product from sale.",
        "en",
        ("The online retailer", "it had withdrawn the product from sale"),
        None,
    ),
    (
        "The company that built the stand said it had followed every safety rule.",
        "en",
        ("The company", "it had followed every safety rule"),
        None,
    ),
    # a Reuters-style dateline before a lead's role; the person named in full next is its holder
    (
        "FRANKFURT (Reuters) - The chief executive of Halder Logistics said on Monday the firm would cut 900 jobs."
        '\n"This is the hardest decision I have made," Petra Lindholm told reporters.\nThe chief executive said '
        "the cuts would be complete by June.",
        "en",
        ("Petra Lindholm", "the cuts would be complete by June"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "lang", "found", "not_found"), CASES)
def test_rules_1_275(
    text: str, lang: str, found: tuple[str, str] | None, not_found: tuple[str, str] | None
) -> None:
    got = _statements(text, lang)
    if found is not None:
        assert found in got, got
    if not_found is not None:
        assert not_found not in got, got


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Die „Badische Rundschau“", "organisation"),
        ("Das „Mindener Tagblatt“", "organisation"),
        ("Der Kölner Stadt-Anzeiger", "organisation"),
        ("Die Ministerin Anna Rundt", "person"),  # guard: a surname is no title word
    ],
)
def test_newspaper_title_words_are_bodies_1_275(phrase: str, kind: str) -> None:
    assert analyze_np(phrase, "de").kind == kind
