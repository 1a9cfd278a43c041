"""rules-1.440 (blind batch IDS31): a quote opening its sentence and given to a head's role phrase ("the army
chief said", "sagte der Marinechef", "— сказав командувач ВМС") is the one person named at the opening of the
sentence just before it; a commander's role phrase passes the head rule's cheap pre-check; naval ranks name a
person ("Віце-адмірал X", "Vizeadmiral X"), "Captain Third Rank" is a title, and "іронізував"/"иронизировал" cue a
quote."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records


def _speakers(text: str, lang: str, *words: str) -> list[tuple[str, str]]:
    recs = linked_records(text, lang)
    out = []
    for w in words:
        hits = [r for r in recs if w in str(r["quote"])]
        out.append((str(hits[0]["speaker"]), str(hits[0]["speaker_id"])) if hits else ("", ""))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        (
            "en",
            "General Ivan Boiko, commander of the ground forces, toured the front on Friday. "
            '"The line is holding," the army chief said.',
            "Ivan Boiko",
        ),
        (
            "de",
            "Vizeadmiral Petrenko zog eine Bilanz des Monats. "
            '"Die Häfen arbeiten wieder", sagte der Marinechef.',
            "Petrenko",
        ),
        (
            "uk",
            "Віце-адмірал Ткаченко підбив підсумки місяця. «Порти знову працюють», — сказав командувач ВМС.",
            "Ткаченко",
        ),
        (
            "ru",
            "Вице-адмирал Ткаченко подвел итоги месяца. «Порты снова работают», — сказал командующий флотом.",
            "Ткаченко",
        ),
    ],
)
def test_head_role_after_the_person_opening_the_sentence_before(lang: str, text: str, named: str) -> None:
    word = text.split("«")[-1][:6] if "«" in text else text.split('"')[1][:8]
    ((speaker, sid),) = _speakers(text, lang, word)
    assert named in speaker and sid.startswith("P-")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # the quote is inside its sentence, not opening it
        ("en", 'General Ivan Boiko toured the front on Friday. Later "the line is holding," the army chief said.',
         "line is"),
        # two people named in the sentence before
        ("en", "General Ivan Boiko met Colonel Petro Lysyi on Friday. "
         '"The line is holding," the army chief said.', "line is"),
        # the person is named late in the sentence before, not at its opening
        ("en", "On Friday, after a long night of shelling near the river crossings, General Ivan Boiko toured the "
         'front. "The line is holding," the army chief said.', "line is"),
        # no person at all in the sentence before
        ("uk", "Ворог обстріляв порт уночі. «Порти знову працюють», — сказав командувач ВМС.", "Порти"),
    ],
)  # fmt: skip
def test_role_left_alone(lang: str, text: str, word: str) -> None:
    ((speaker, sid),) = _speakers(text, lang, word)
    assert sid[:2] != "P-" or "Boiko" not in speaker


@pytest.mark.parametrize(
    ("lang", "text", "word", "speaker"),
    [
        ("en", '"The ship was hit twice," navy spokesman Captain Third Rank Yurii Kravets told reporters.',
         "ship was", "Yurii Kravets"),
        ("en", '"The ship was hit twice," said Captain Second Rank Oleh Ivanenko.', "ship was", "Oleh Ivanenko"),
        ("uk", "«Нам не потрібні два буксири», — іронізував речник Олег Іваненко.", "буксири", "Олег Іваненко"),
        ("ru", "«Нам не нужны два буксира», — иронизировал представитель флота Олег Иваненко.", "буксира",
         "Олег Иваненко"),
    ],
)  # fmt: skip
def test_ranks_and_cues(lang: str, text: str, word: str, speaker: str) -> None:
    assert _speakers(text, lang, word)[0][0] == speaker


def test_rank_organisation_left_alone() -> None:
    assert _speakers("The Rank Organisation said profits fell.", "en", "profits")[0][0] == "Rank Organisation"
