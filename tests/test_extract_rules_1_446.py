"""rules-1.446 (blind batch FZ): a German agency relay after a speech verb ("…, sagte X, wie die Agentur Y
meldete.", "…, sagte er laut der Nachrichtenagentur Y.") is blanked: neither a statement nor the speaker.
A relay in a sentence with no speech verb before it is left alone (there the outlet is the source)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.relay_de import blank_relays_de


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (
            "Die Rate sei gestiegen, sagte die Ministerin, wie die Agentur Interfax meldete. Dann ging sie.",
            True,
        ),
        (
            "Zwei Männer seien gefasst worden, teilte die Polizei mit, wie das Staatsfernsehen berichtete.",
            True,
        ),
        ("Der Staat werde niemandem etwas verbieten, sagte er laut der Nachrichtenagentur Interfax.", True),
        ("Der Minister wies die Vorwürfe zurück, wie die Agentur Belta meldete.", True),
        ("Das sagte der Minister am Samstag nach Angaben der Agentur Belta.", True),
        ("Das Dorf ist nach Angaben der Agentur Tass gefallen.", False),  # no speech verb
        ("Das Dorf sei gefallen, wie die Agentur Tass meldete.", False),  # no speech verb: the outlet speaks
        ("Wie die Agentur Tass meldete, sagte er nichts dazu.", False),  # a leading relay: not this rule
        ("Die Preise steigen laut der Agentur Interfax weiter.", False),  # not at the sentence's end
    ],
)
def test_relay_blanked_1_446(text: str, blanked: bool) -> None:
    out = blank_relays_de(text, "de")
    assert len(out) == len(text)
    assert (out != text) == blanked, out
    assert blank_relays_de(text, "en") == text


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Die Inflation sei auf acht Prozent gestiegen, sagte die Vizechefin der Notenbank, Jelena Morosowa, "
            "wie die Agentur Interfax meldete.",
            "Die Inflation",
            "Jelena Morosowa",
        ),
        (
            "Der Minister Pawel Orlow äußerte sich am Montag. Der Staat werde niemandem den Chat verbieten, "
            "sagte er laut der Nachrichtenagentur Interfax.",
            "Der Staat",
            "Pawel Orlow",
        ),
    ],
)
def test_relay_speaker_1_446(text: str, quote_start: str, speaker: str) -> None:
    rows = run_rules(text, "de")
    assert [sp for sp, _, q in rows if q.startswith(quote_start)] == [speaker], rows
    assert not [q for _, _, q in rows if "Agentur" in q], rows
