"""Speaker ids: transliteration folding, first-name classes, organisations, registry roles."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ingest.config import ConfigError
from ingest.extract import Registry, extract_records, extract_statements, load_registry
from ingest.extract.names import (
    detect_language,
    fold_word,
    org_key,
    person_id,
    person_key,
    transliterate_text,
)
from ingest.extract.registry import parse_registry
from ingest.extract.speakers import analyze_np, role_class
from ingest.models import ArticleText

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kyrylo Budanov", "Kirill Budanov"),
        ("Kyrylo Budanov", "Кирило Буданов"),
        ("Kirill Budanov", "Кирилл Буданов"),
        ("Serhiy Naumenko", "Sergei Naumenko"),
        ("Serhii Naumenko", "Sergey Naumenko"),
        ("Dmytro Peskarev", "Dmitriy Peskarev"),
        ("Dmitry Peskarev", "Дмитрий Пескарев"),
        ("Olena Lytvyn", "Elena Litvin"),
        ("Yelena Litvin", "Олена Литвин"),
        ("Oleksiy Hordiyenko", "Alexei Gordienko"),
        ("Aleksey Gordiyenko", "Олексій Гордієнко"),
        ("Yuliia Khomenko", "Yulia Khomenko"),
        ("Andriy Zelenskyi", "Andrei Zelensky"),
        ("Volodymyr Shevchenko", "Wolodymyr Schewtschenko"),
    ],
)
def test_romanisation_variants_share_a_key(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)
    assert person_id(person_key(a)) == person_id(person_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Olena Lytvyn", "Olena Lytvynenko"),
        ("Serhiy Naumenko", "Mykola Naumenko"),
        ("Irina Zaitseva", "Igor Zaitsev"),
    ],
)
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize(
    ("word", "lang", "latin"),
    [
        ("Литвин", "uk", "Lytvyn"),
        ("Гордієнко", "uk", "Hordiienko"),
        ("Пескарев", "ru", "Peskarev"),
        ("Щука", "ru", "Shchuka"),
    ],
)
def test_transliteration(word: str, lang: str, latin: str) -> None:
    assert transliterate_text(word, lang) == latin
    assert fold_word(word, lang) == fold_word(latin)


@pytest.mark.parametrize(
    ("a", "b"),
    [("The ministry of energy", "energy ministry"), ("Ministry of Defence", "the defence ministry")],
)
def test_organisation_keys(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        ("Ukraine’s military intelligence chief, Kyrylo Budanov,", "person", "Kyrylo Budanov"),
        ("Sergei Naumenko, who heads an association of drone producers,", "person", "Sergei Naumenko"),
        ("Belgian Foreign Minister Luc Vermeulen", "person", "Luc Vermeulen"),
        ("the company’s passenger director, Oksana Melnyk,", "person", "Oksana Melnyk"),
        ("Two people who attended the hearing", "anonymous", ""),
        ("a senior official, speaking on condition of anonymity,", "anonymous", ""),
        ("Polish rail officials", "group", ""),
        ("The ministry of energy", "organisation", ""),
        ("the DIU chief", "role", ""),
        ("she", "pronoun", ""),
        ("Пресс-секретарь президента Дмитрий Пескарев", "person", "Дмитрий Пескарев"),
        ("die Abgeordnete Miriam Kessler", "person", "Miriam Kessler"),
        ("der Staatsanwalt", "role", ""),
    ],
)
def test_speaker_phrases(phrase: str, kind: str, name: str) -> None:
    sp = analyze_np(phrase, "de" if phrase.startswith(("die ", "der ")) else "en")
    assert sp.kind == kind
    assert sp.name == name


@pytest.mark.parametrize(
    ("a", "b"),
    [("the chief of the GUR", "Ukraine's military intelligence chief"), ("its chief executive", "head of the operator"),
     ("пресс-секретаря", "Пресс-секретарь президента"), ("the minister", "Energieministerin")],
)  # fmt: skip
def test_role_classes(a: str, b: str) -> None:
    assert role_class(a) and role_class(a) == role_class(b)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Він сказав, що їхня країна готова.", "uk"), ("Он сказал, что объём вырос.", "ru"),
     ("Der Minister sagte, dass die Lage ernst sei und nicht besser werde.", "de"), ("The minister said so.", "en")],
)  # fmt: skip
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


REGISTRY_TOML = """
[[person]]
name = "Vira Holub"
aliases = ["Vera Golub", "Віра Голуб"]
gender = "f"
  [[person.roles]]
  role = "central bank governor"
  aliases = ["head of the central bank", "the governor"]
  from = 2020-01-01
  to = 2024-12-31

[[person]]
name = "Maksym Orel"
  [[person.roles]]
  role = "central bank governor"
  aliases = ["head of the central bank", "the governor"]
  from = 2025-01-01

[[organisation]]
name = "National Bank of Ukraine"
aliases = ["NBU", "Нацбанк"]
"""


def _registry() -> Registry:
    import tomllib

    return parse_registry(tomllib.loads(REGISTRY_TOML), "test")


@pytest.mark.parametrize(
    ("day", "holder"), [(date(2023, 5, 1), "Vira Holub"), (date(2025, 5, 1), "Maksym Orel")]
)
def test_registry_role_by_date(day: date, holder: str) -> None:
    p = _registry().role_holder("the central bank governor", day)
    assert p is not None and p.name == holder


def test_role_phrase_resolves_through_registry_on_article_date() -> None:
    text = "“Inflation has peaked,” the central bank governor told reporters."
    for day, holder in [
        (datetime(2023, 3, 1, tzinfo=UTC), "Vira Holub"),
        (datetime(2025, 3, 1, tzinfo=UTC), "Maksym Orel"),
    ]:
        (s,) = extract_statements(ArticleText(id="r", text=text, language="en", published=day), _registry())
        assert s.speaker == holder


def test_registry_alias_wins_and_surname_resolves() -> None:
    reg = _registry()
    out = list(
        extract_records(
            [
                {"id": "1", "text": "Vera Golub said rates would stay high.", "language": "en"},
                {"id": "2", "text": "Голуб заявила, що ставка не зміниться.", "language": "uk"},
            ],
            reg,
        )
    )
    assert len({d["speaker_id"] for d in out}) == 1
    assert out[1]["speaker"] == "Vira Holub"


def test_load_registry_errors(tmp_path: Path) -> None:
    assert load_registry(None).persons == []
    with pytest.raises(ConfigError, match="not found"):
        load_registry(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[person]]\naliases = ['x']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="needs a 'name'"):
        load_registry(bad)
    bad.write_text("[[person\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_registry(bad)


def test_load_registry_reads_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "speakers.toml"  # saved by Notepad or Windows PowerShell 5 with a UTF-8 BOM
    path.write_bytes(b"\xef\xbb\xbf" + "[[person]]\nname = 'Vira Holub'\naliases = ['Віра Голуб']\n".encode())
    assert [p.name for p in load_registry(path).persons] == ["Vira Holub"]


def test_repository_registry_loads() -> None:
    reg = load_registry(REPO / "speakers.toml")
    assert reg.persons
    assert all(" " in p.name for p in reg.persons)
