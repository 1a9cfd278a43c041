"""The identity rules found with blind batch IDS5 (rules-1.159): bodies across languages and short forms.

* ``names.org_key`` (with ``bodykeys``): a bracketed acronym, a relative clause and an English press office are no
  part of a body's key; the WHO, Ukraine's State Emergency Service, and Ukraine's health ministry, Supreme Court
  and Air Force (the last three only with Ukraine named in a Latin-script phrase) one key in four languages; the
  Ukrainian and Russian spellings of one body's words one key. Guards: Berlin's "Gesundheitsministerium",
  Russia's "Минздрав", an unqualified "Supreme Court" and "Air Force", "Верховный суд России" stay apart.
* ``acronyms``: an acronym with an English press office or as the body of an anonymous spokesperson takes the id
  of the full name quoted in the article (read without a bracket or a clause after a comma) when the initials
  fit, else the acronym's own; "НСЗУ" fits "Національна служба здоров'я". A name with its own acronym in brackets
  is keyed by the acronym ("… (CGC)" = the bare "CGC" of other articles).
* ``shortforms``: "the court", "das Gericht", "Суд", "Die Behörde", "службы" take the id of the one body of
  their kind named or quoted just before; not when two such bodies are named, nor a coordinated speaker.
* ``roles.is_org_word``: a capitalised Cyrillic court ("Верховний Суд", "Суд зазначив") is a body; "у залі суду"
  after a name is not.
* ``inflect.surname_nominative``: a man's genitive in "-вля" has a fleeting vowel ("Муравля" → Муравель).
* ``shortforms.rescuers_service``: "рятувальники"/"спасатели" after the State Emergency Service was named are
  that service; with no service named they stay a group.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_statements
from ingest.extract.inflect import surname_nominative
from ingest.extract.names import org_key
from ingest.models import ArticleText

# (phrase, phrase): the same key
SAME_KEY: list[tuple[str, str]] = [
    ("World Health Organization", "Weltgesundheitsorganisation"),
    ("WHO", "ВООЗ"),
    ("Всесвітня організація охорони здоров'я", "Всемирной организации здравоохранения"),
    ("State Emergency Service of Ukraine", "ДСНС"),
    ("ГСЧС Украины", "Державна служба України з надзвичайних ситуацій"),
    ("des ukrainischen Katastrophenschutzes", "пресс-службе ГСЧС"),
    ("Ukraine's health ministry", "МОЗ"),
    ("das ukrainische Gesundheitsministerium", "Министерство здравоохранения Украины"),
    ("Supreme Court of Ukraine", "Верховний Суд"),
    ("Oberster Gerichtshof der Ukraine", "Верховного суда Украины"),
    ("Ukrainian Air Force", "Повітряних сил ЗСУ"),
    ("die ukrainische Luftwaffe", "Воздушные силы ВСУ"),
    ("Carpathian Grid Company (CGC)", "CGC"),  # the acronym in brackets is the key, as the bare one elsewhere
    ("the Carpathian Grid Company, which owns the lines", "Carpathian Grid Company"),
    ("the KGC press service", "KGC"),
    ("Royal Mountain Rescue Service (RMRS)", "RMRS"),
    ("Карпатська енергетична компанія", "Карпатская энергетическая компания"),
    ("Карпатської енергетичної компанії", "Карпатской энергетической компании"),
]
# (phrase, phrase): kept apart (guards)
OTHER_KEY: list[tuple[str, str]] = [
    ("Gesundheitsministerium", "МОЗ"),  # Berlin's, as often as not
    ("Минздрав", "Ukraine's health ministry"),  # Russia's
    ("Supreme Court", "Ukraine's Supreme Court"),  # Washington's
    ("Верховный суд России", "Верховний Суд"),
    ("Air Force", "Ukrainian Air Force"),
    ("Luftwaffe", "ukrainische Luftwaffe"),
    ("State Customs Service", "State Emergency Service"),
    ("Карпатська енергетична компанія", "Карпатська водна компанія"),
    ("Carpathian Grid Company (Carpathia)", "Carpathia"),  # guard: not the name's initials
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_same_body_key_1_159(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_KEY)
def test_other_body_key_1_159(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


# (speaker phrase, speaker phrase): one id in one article (quoted full name, acronym)
ACRONYM_LINKS: list[tuple[str, str, bool]] = [
    ("The Carpathian Grid Company (CGC), which owns the lines,", "A CGC spokeswoman", True),
    ("The Carpathian Grid Company", "the CGC press service", True),
    ("Національна служба здоров'я", "НСЗУ", True),
    ("The Carpathian Power Company", "A CGC spokeswoman", False),  # guard: other initials
]


@pytest.mark.parametrize(("full", "short", "same"), ACRONYM_LINKS)
def test_acronym_links_1_159(full: str, short: str, same: bool) -> None:
    lang = "uk" if full[0] in "НД" else "en"
    if lang == "uk":
        text = f"{full} повідомила, що виплати зростуть. У {short} заявили, що договори підпишуть у травні."
    else:
        text = f"{full} said on Monday that prices would rise. Contracts would be signed in May, {short.lower()[:2]}{short[2:]} said."
    got = _ids(text, lang)
    assert len(got) == 2
    assert (got[0][1] == got[1][1]) is same


# (word, nominative)
GENITIVES: list[tuple[str, str]] = [
    ("Муравля", "Муравель"),
    ("Шмигаля", "Шмигаль"),  # guard: no fleeting vowel before -ль after a vowel
    ("Кравця", "Кравець"),  # the rule of rules-1.145 still
]


@pytest.mark.parametrize(("word", "nom"), GENITIVES)
def test_fleeting_vowel_genitive_1_159(word: str, nom: str) -> None:
    assert surname_nominative(word, "gen", "m", "uk") == nom


def _ids(text: str, lang: str, aid: str = "a1") -> list[tuple[str, str]]:
    doc = ArticleText(id=aid, text=text, title="", language=lang)
    return [(s.speaker, s.speaker_id) for s in extract_statements(doc)]


# (text, lang, statement indices that share one id, indices whose id differs from the first group's)
ONE_BODY: list[tuple[str, str, list[int], list[int]]] = [
    (
        "Ukraine's Supreme Court on Tuesday overturned the verdict against the mayor. "
        "The court said the first trial had ignored key evidence.\n"
        "Ukraine's Supreme Court said in a statement that a retrial would start in May.",
        "en",
        [0, 1],
        [],
    ),
    (  # guard: two courts named before, "the court" is neither
        "Ukraine's Supreme Court and the Kyiv Appeals Court both heard the case on Tuesday. "
        "The court said the first trial had ignored key evidence.\n"
        "Ukraine's Supreme Court said in a statement that a retrial would start in May.",
        "en",
        [1],
        [0],
    ),
    (
        "Der Oberste Gerichtshof der Ukraine hat das Urteil gegen den Bürgermeister aufgehoben. Das Gericht "
        "erklärte am Dienstag, der erste Prozess habe wichtige Beweise übergangen.",
        "de",
        [0],
        [],
    ),
    (
        "Верховний Суд скасував вирок меру міста. Суд зазначив, що під час першого процесу ігнорували докази.",
        "uk",
        [0],
        [],
    ),
    (
        "The Carpathian Grid Company restored power to 4,000 homes on Tuesday. A CGC spokeswoman said crews "
        "would work through the night. The Carpathian Grid Company said damage was worse than expected.",
        "en",
        [0, 1],
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "same", "other"), ONE_BODY)
def test_short_form_takes_body_id_1_159(text: str, lang: str, same: list[int], other: list[int]) -> None:
    got = _ids(text, lang)
    ids = {got[i][1] for i in same}
    assert len(ids) == 1
    assert ids.pop().startswith("O-")
    assert all(got[i][1] != got[same[0]][1] for i in other)


def test_court_word_is_a_body_1_159() -> None:
    got = _ids("Верховний Суд залишив у силі рішення про штраф, повідомили в пресслужбі суду.", "uk")
    assert got and all(sid.startswith("O-") for _, sid in got)
    # guard: "у залі суду" after a name is the person
    got = _ids("«Я не знав про ціни», — сказав Остап Гринь у залі суду.", "uk")
    assert got == [("Остап Гринь", got[0][1])] and got[0][1].startswith("P-")


def test_across_articles_1_159() -> None:
    en = _ids("Ukraine's Air Force said it had shot down 30 of 35 drones overnight.", "en", "a1")
    de = _ids("Die ukrainische Luftwaffe meldete, 30 von 35 Drohnen seien abgeschossen worden.", "de", "a2")
    ru = _ids("В Воздушных силах ВСУ сообщили, что ночью сбиты 30 из 35 дронов.", "ru", "a3")
    assert en[0][1] == de[0][1] == ru[0][1]
    # guard: Germany's air force
    other = _ids("Die Luftwaffe teilte mit, zwei Eurofighter seien in Rostock gelandet.", "de", "a4")
    assert other[0][1] != en[0][1]


def test_rescuers_1_159() -> None:
    got = _ids(
        "Пожежу в Черкасах загасили за ніч, повідомили в ДСНС. За даними рятувальників, вогонь охопив склад.",
        "uk",
    )
    assert len({sid for _, sid in got}) == 1
    # guard: rescuers of no named service stay a group
    got = _ids("Пожежу в Черкасах загасили за ніч. За даними рятувальників, вогонь охопив склад.", "uk")
    assert got and got[-1][1].startswith("G-")
