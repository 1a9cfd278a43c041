"""rules-1.352 (blind batch IDS22: cross-article identity): a firm named "… Pharma", a firm's Latin name after a
Cyrillic company noun, the Ukrainian legal form "ПрАТ", a possessive apposition after a body's name, Ukraine's
competition authority in four languages, a firm's bare name as the body the batch names, a name in an apposition
that is someone else's, a weekday and a place after a Slavic speaker, a German genitive role before a name, a
hyphenated surname in an English apposition, and a firm's chief named by role alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, run_rules
from ingest.extract.names import org_key
from ingest.extract.npclean import clean_np
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import analyze_np


@pytest.mark.parametrize(("word", "org"), [("Pharma", True), ("Pharmaceuticals", True), ("Pharmakis", False)])
def test_pharma_is_a_firm_word(word: str, org: bool) -> None:
    assert is_org_word(word) is org


def test_pharma_firm_is_no_person() -> None:
    assert analyze_np("Halberg Pharma", "en").kind == "organisation"


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("концерні Halberg Pharma", "Halberg Pharma"),  # a Cyrillic company noun before a Latin name
        ("німецька компанія Siemens Energy", "Siemens Energy"),
        ("компанії Bolt", "Bolt"),
        ("ПрАТ «Дніпрофарм»", "«Дніпрофарм»"),  # the legal form of a private joint-stock company
        ("Fingrid, Finland's grid operator", "Fingrid"),  # a possessive apposition
        ("DTEK, Ukraine's largest private energy company", "DTEK"),
    ],
)
def test_firm_name_without_its_description(phrase: str, same_as: str) -> None:
    assert org_key(phrase) == org_key(same_as)


@pytest.mark.parametrize(("phrase", "key"), [("компанія", "компан"), ("концерн", "концер")])
def test_company_noun_alone_left_alone(phrase: str, key: str) -> None:
    assert org_key(phrase) == key


@pytest.mark.parametrize(
    ("phrase", "same"),
    [
        ("Antimonopoly Committee of Ukraine", True),
        ("the AMCU", True),
        ("Kartellbehörde AMKU", True),
        ("die ukrainische Kartellbehörde AMKU", True),
        ("АМКУ", True),
        ("Антимонопольний комітет України", True),
        ("Антимонопольному комітеті", True),
        ("Антимонопольном комитете", True),
        ("Kartellbehörde", False),  # the German noun alone: any country's
        ("Federal Antimonopoly Service", False),  # Russia's body
        ("Bundeskartellamt", False),
    ],
)
def test_ukraine_antimonopoly_committee(phrase: str, same: bool) -> None:
    assert (org_key(phrase) == org_key("AMCU")) is same


def test_bare_firm_name_is_the_body_named_in_cyrillic() -> None:
    recs = linked_batch(
        ("uk", "У ПрАТ «Дніпрофарм» заявили, що підтримують вимогу профспілки."),
        ("en", "Dniprofarm said it supported the union's request."),
    )
    ids = ids_of(recs, "профспілки") | ids_of(recs, "union")
    assert len(ids) == 1 and next(iter(ids)).startswith("O-")


def test_bare_word_left_a_person() -> None:
    # a surname a full name of the batch has, and a word no body of the batch is called: persons, as before
    recs = linked_batch(
        ("uk", "У ТОВ «Коваленко» заявили, що підтримують вимогу профспілки."),
        ("en", "Iryna Kovalenko said the plan was late. Kovalenko said the union would wait."),
        ("en", "Halvorsen said the union would wait for the ruling."),
    )
    by_quote = {str(r["quote"]): str(r["speaker_id"]) for r in recs}
    assert by_quote["the union would wait"] == by_quote["the plan was late"]
    assert by_quote["the union would wait for the ruling"].startswith("P-")


@pytest.mark.parametrize(
    ("phrase", "lang", "name"),
    [
        ("Die Chefin Olena Lyssenko, nicht verwandt mit Firmenchef Andrij Lyssenko,", "de", "Olena Lyssenko"),
        ("Dessen Chefin Olena Lyssenko, eine Kollegin von Minister Andrij Lyssenko", "de", "Olena Lyssenko"),
        (
            "Medivest chief executive Olena Lysenko, no relation to Dniprofarm chief Andrii Lysenko",
            "en",
            "Olena Lysenko",
        ),
        ("Sarah Pym, retail analyst at Peel Hunt", "en", "Sarah Pym"),
        (
            "Гендиректор «Медивеста» Елена Лысенко, однофамилица главы «Днепрофарма» Андрея Лысенко",
            "ru",
            "Елена Лысенко",
        ),
        # left alone: a role before the comma and its holder after it, a list
        ("The head of the Kentucky Distillers' Association, Sam Whitaker,", "en", "Sam Whitaker"),
        ("Commissioner for Data Protection, Dr Siobhán Keane,", "en", "Siobhán Keane"),
        ("Ученица Гринберга, кардиохирург Дарья Ахметова,", "ru", "Дарья Ахметова"),
    ],
)
def test_name_in_an_apposition_is_someone_else(phrase: str, lang: str, name: str) -> None:
    assert analyze_np(phrase, lang).name == name


def test_de_apposition_with_a_namesake() -> None:
    text = (
        "Dessen Chefin Olena Lyssenko, nicht verwandt mit Dniprofarm-Chef Andrij Lyssenko, warnte, die beiden "
        "Firmen würden zusammen den Markt kontrollieren."
    )
    assert run_rules(text, "de")[0][0] == "Olena Lyssenko"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "«Комитет независим», — заявил Журавель в среду в Днепре, добавив, что правительство не будет "
            "вмешиваться в проверку.",
            "ru",
            "Журавель",
        ),
        (
            "«Комітет незалежний», — заявив Журавель у середу в Дніпрі, додавши, що уряд не втручатиметься.",
            "uk",
            "Журавель",
        ),
    ],
)
def test_weekday_and_place_after_a_slavic_speaker(text: str, lang: str, speaker: str) -> None:
    assert {row[0] for row in run_rules(text, lang)} == {speaker}


@pytest.mark.parametrize(
    ("phrase", "out"),
    [
        ("Журавель в среду в Днепре,", "Журавель,"),
        ("Журавель в Днепре,", "Журавель в Днепре,"),  # a place alone: left alone
    ],
)
def test_slavic_trailing_weekday(phrase: str, out: str) -> None:
    assert clean_np(phrase, keep_comma=True) == out


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben des Ministers Shurawel prüfen bereits drei deutsche Konzerne Investitionen.",
            "Shurawel",
        ),
        (
            "Nach Angaben der Ministerin Olena Koval prüfen bereits drei Konzerne Investitionen.",
            "Olena Koval",
        ),
        # left alone: no role noun, an acronym after the role
        (
            "Nach Angaben der Niedersächsischen Landesforsten sind 30 Hektar abgestorben.",
            "Niedersächsischen Landesforsten",
        ),
        ("Nach Angaben des Betreibers PKP PLK soll die Strecke wieder befahrbar sein.", "Betreiber PKP PLK"),
    ],
)
def test_de_genitive_role_before_a_name(text: str, speaker: str) -> None:
    assert run_rules(text, "de")[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are ready," said the committee\'s chair, Nataliia Bondar-Levytska.',
            "Nataliia Bondar-Levytska",
        ),
        ('"We are ready," said the chief economist, Amara Lindqvist-Berg.', "Amara Lindqvist-Berg"),
        ('"We are ready," said the committee\'s chair, John Smith.', "John Smith"),
    ],
)
def test_hyphenated_name_in_an_apposition(text: str, speaker: str) -> None:
    assert run_rules(text, "en")[0][0] == speaker


_CHIEF_NAMED = (
    "en",
    "Dniprofarm's chief executive, Andrii Lysenko, said the plant would grow. Medivest's chief executive Olena "
    "Lysenko said the deal was bad.",
)


@pytest.mark.parametrize(
    ("article", "quote"),
    [
        ("en", "Dniprofarm shares rose 6% in Kyiv. The company's chief executive said the ruling was fair."),
        (
            "uk",
            "У ПрАТ «Дніпрофарм» заявили, що підтримують профспілку. Гендиректор компанії повідомив, що рішення справедливе.",
        ),
        ("de", "Dniprofarm reagierte gelassen. Das Urteil sei fair, sagte der Konzernchef am Freitag."),
    ],
)
def test_firm_chief_by_role_is_the_named_chief(article: str, quote: str) -> None:
    recs = linked_batch(_CHIEF_NAMED, (article, quote))
    chief = ids_of(recs, "the plant would grow")
    assert len(chief) == 1
    assert {
        str(r["speaker_id"]) for r in recs if r["article_id"] == "a1" and r["speaker_type"] != "organisation"
    } == chief


@pytest.mark.parametrize(
    ("article", "quote"),
    [
        # a former chief, a context that names no chief's firm
        (
            "en",
            "Dniprofarm shares rose 6% in Kyiv. The company's former chief executive said the ruling was fair.",
        ),
        ("en", "Shares rose 6% in Kyiv. The company's chief executive said the ruling was fair."),
    ],
)
def test_firm_chief_left_alone(article: str, quote: str) -> None:
    recs = linked_batch(_CHIEF_NAMED, (article, quote))
    assert all(str(r["speaker_id"]).startswith("U-") for r in recs if str(r["article_id"]) == "a1")
