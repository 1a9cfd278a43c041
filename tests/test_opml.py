"""OPML import: lenient on malformed files, reports what it skips, writes a valid feeds file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ingest.config import ConfigError, load_feeds, parse_feeds
from ingest.models import Feed
from ingest.opml import feeds_to_toml, import_opml, parse_lenient, parse_strict

FEEDLISTS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedlists"
PLENARY = FEEDLISTS / "plenaryapp-awesome-rss-feeds"
needs_corpus = pytest.mark.skipif(not FEEDLISTS.is_dir(), reason="../shared corpora absent")

MALFORMED = """<?xml version='1.0' encoding='UTF-8' ?>
<opml version="1.0"><head><title>x</title></head><body>
<!-- <outline text="commented out" xmlUrl="https://nope.example/rss"/> -->
<outline text="Russia" title="Russia" language="ru">
  <outline text="Газета "Коммерсантъ". Главное" title="Газета "Коммерсантъ". Главное" xmlUrl="https://www.kommersant.ru/RSS/main.xml" type="rss" />
  <outline text="KUSA - News" title="KUSA - News" xmlUrl="http://rssfeeds.9news.com/kusa/home&x=1&amp;y=2" type="rss" />
  <outline text='Single quoted' xmlUrl='https://single.example/rss' type='rss'/>
</outline>
<outline text="World & Nation" title="World & Nation" description="a > b" xmlUrl="https://www.latimes.com/world-nation/rss2.0.xml" type="rss" />
</body></opml>
"""

WELL_FORMED = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><body>
<outline text="International" language="en">
  <outline type="rss" text="BBC News - World" title="BBC News - World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
  <outline type="rss" text="BBC again" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
  <outline type="rss" text="Gopher" xmlUrl="gopher://old.example/feed"/>
  <outline type="rss" text="No URL" htmlUrl="https://example.org/"/>
  <outline type="rss" text="Podcast" xmlUrl="feed://pod.example.org/rss" language="EN_gb"/>
  <outline type="rss" text="BBC News - World" xmlUrl="https://other.example/rss" language="not a language"/>
</outline>
<outline text="Empty category"/>
<outline type="rss" xmlURL="https://untitled.example/feed.xml"/>
</body></opml>
"""


def write(tmp_path: Path, text: str, name: str = "list.opml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_file_is_read_leniently(tmp_path: Path) -> None:
    feeds, skipped = import_opml(write(tmp_path, MALFORMED))
    assert [(f.name, f.url, f.outlet, f.language) for f in feeds] == [
        (
            'Газета "Коммерсантъ". Главное',
            "https://www.kommersant.ru/RSS/main.xml",
            'Газета "Коммерсантъ". Главное',
            "ru",
        ),
        ("KUSA - News", "http://rssfeeds.9news.com/kusa/home&x=1&y=2", "KUSA", "ru"),
        ("Single quoted", "https://single.example/rss", "Single quoted", "ru"),
        ("World & Nation", "https://www.latimes.com/world-nation/rss2.0.xml", "World & Nation", None),
    ]
    assert len(skipped) == 1 and skipped[0].startswith("list.opml: not well-formed XML (")


def test_well_formed_file_and_skip_reasons(tmp_path: Path) -> None:
    feeds, skipped = import_opml(write(tmp_path, WELL_FORMED))
    assert [(f.name, f.url, f.outlet, f.language) for f in feeds] == [
        ("BBC News - World", "https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News", "en"),
        ("Podcast", "http://pod.example.org/rss", "Podcast", "en-gb"),
        ("BBC News - World (2)", "https://other.example/rss", "BBC News", None),
        ("untitled.example", "https://untitled.example/feed.xml", "untitled.example", None),
    ]
    assert skipped == [
        "outline 'BBC again': duplicate of feed 'BBC News - World' (https://feeds.bbci.co.uk/news/world/rss.xml)",
        "outline 'Gopher': not an http(s) URL: 'gopher://old.example/feed'",
        "outline 'No URL': no xmlUrl",
    ]


def test_missing_empty_and_non_opml_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="OPML file not found"):
        import_opml(tmp_path / "nope.opml")
    feeds, skipped = import_opml(write(tmp_path, "", "empty.opml"))
    assert feeds == [] and skipped[-1] == "empty.opml: no <outline> elements found"
    feeds, skipped = import_opml(write(tmp_path, "<html><body>hello</body></html>", "page.opml"))
    assert feeds == [] and skipped == ["page.opml: no <outline> elements found"]


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<opml><body><outline text="&x;" xmlUrl="https://e.example/rss"/></body></opml>'
    )
    feeds, _ = import_opml(write(tmp_path, xxe))
    assert len(feeds) == 1 and "root:" not in feeds[0].name


def test_lenient_parser_agrees_with_lxml_on_well_formed_input() -> None:
    strict = [(a, [x.get("text") for x in anc]) for a, anc in parse_strict(WELL_FORMED.encode())]
    lenient = [(a, [x.get("text") for x in anc]) for a, anc in parse_lenient(WELL_FORMED)]
    assert strict == lenient


def test_feeds_to_toml_roundtrip(tmp_path: Path) -> None:
    feeds = [
        Feed('Quote " and \\ back', "https://e.example/a?x=1&y=2", "Outlet\tTab", "en"),
        Feed("Ctl\x01\x7f", "https://e.example/b", "O", None, fulltext="never", enabled=False),
        Feed("Юникод", "https://e.example/c", "Газета", "ru"),
    ]
    text = feeds_to_toml(feeds, source="list.opml\nsecond line")
    assert text.startswith("# Imported from list.opml second line\n")
    assert parse_feeds(tomllib.loads(text), source="t") == feeds
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    assert load_feeds(path) == feeds


@needs_corpus
@pytest.mark.shared
def test_plenaryapp_lists_import_completely(tmp_path: Path) -> None:
    files = sorted(PLENARY.rglob("*.opml"))
    assert len(files) == 26
    total, malformed = 0, 0
    for path in files:
        feeds, skipped = import_opml(path)
        expected = path.read_text(encoding="utf-8").lower().count("xmlurl=")
        assert len(feeds) == expected, (path.name, skipped)
        malformed += any("not well-formed" in s for s in skipped)
        total += len(feeds)
        out = tmp_path / f"{path.stem}.toml"
        out.write_text(feeds_to_toml(feeds, source=path.name), encoding="utf-8")
        assert load_feeds(out) == feeds
    assert (total, malformed) == (270, 14)
    russia, _ = import_opml(PLENARY / "countries" / "with_category" / "Russia.opml")
    assert 'Газета "Коммерсантъ". Главное' in [f.name for f in russia]


@needs_corpus
@pytest.mark.shared
def test_default_news_feeds() -> None:
    feeds, skipped = import_opml(FEEDLISTS / "default_news_feeds.opml")
    assert len(feeds) == 76 and skipped == []
    by_lang: dict[str | None, int] = {}
    for f in feeds:
        by_lang[f.language] = by_lang.get(f.language, 0) + 1
    # the Ukraine and Russia groups say language="uk/en/ru" / "ru/en": mixed, so left to detection
    assert by_lang == {"en": 36, "de": 4, None: 36}
    assert all(f.url.startswith(("http://", "https://")) for f in feeds)


DUPLICATE_SPELLINGS = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><body><outline text="News"><outline text="Inner">
  <outline type="rss" text="First" xmlUrl="https://Feeds.Example.org/news/rss.xml"/>
  <outline type="rss" text="Slash" xmlUrl="https://feeds.example.org/news/rss.xml/"/>
  <outline type="rss" text="Plain http" xmlUrl="http://feeds.example.org:80/news/rss.xml"/>
  <outline type="rss" text="Dot" xmlUrl="https://feeds.example.org./news/rss.xml"/>
  <outline type="rss" text="Other path case" xmlUrl="https://feeds.example.org/News/rss.xml"/>
  <outline type="rss" text="Other query" xmlUrl="https://feeds.example.org/news/rss.xml?section=world"/>
  <outline type="rss" text="Other port" xmlUrl="https://feeds.example.org:8443/news/rss.xml"/>
  <outline type="rss" text="Bad port" xmlUrl="https://feeds.example.org:x/news/rss.xml"/>
</outline></outline></body></opml>
"""


def test_spellings_of_one_feed_url_are_one_feed(tmp_path: Path) -> None:
    """Round eleven: the same feed under another scheme, host case, default port or trailing slash was
    imported twice (fetched twice on every run); path case, query and port still tell feeds apart."""
    feeds, skipped = import_opml(write(tmp_path, DUPLICATE_SPELLINGS))
    assert [f.name for f in feeds] == ["First", "Other path case", "Other query", "Other port", "Bad port"]
    assert [line.split(":")[0] for line in skipped] == [
        "outline 'Slash'",
        "outline 'Plain http'",
        "outline 'Dot'",
    ]
    assert all("duplicate of feed 'First'" in line for line in skipped)
