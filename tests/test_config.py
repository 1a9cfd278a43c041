from __future__ import annotations

from pathlib import Path

import pytest

from ingest.config import ConfigError, load_feeds

GOOD = """
[[feeds]]
name = "wire"
url = "https://wire.example/rss"
outlet = "Wire"
language = "EN"

[[feeds]]
name = "local"
url = "feeds/local.xml"
fulltext = "never"
"""


def test_load_feeds_reads_fields_and_resolves_local_paths(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD)
    wire, local = load_feeds(path)
    assert (wire.name, wire.url, wire.outlet, wire.language, wire.fulltext) == (
        "wire",
        "https://wire.example/rss",
        "Wire",
        "en",
        "auto",
    )
    assert local.outlet == "local"
    assert local.url == str(tmp_path / "feeds" / "local.xml")
    assert local.is_local and not wire.is_local
    assert local.fulltext == "never"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[feeds]]\nurl = 'https://a.example/'\n", "feed #1: missing 'name'"),
        ("[[feeds]]\nname = 'a'\n", "feed 'a': missing 'url'"),
        (
            "[[feeds]]\nname = 'a'\nurl = 'https://a.example/'\n[[feeds]]\nname = 'a'\nurl = 'https://b.example/'\n",
            "feed 'a': duplicate name",
        ),
        ("[[feeds]]\nname = 'a'\nurl = 'ftp://a.example/feed'\n", "unsupported URL scheme 'ftp'"),
        ("[[feeds]]\nname = 'a'\nurl = 'https:///feed'\n", "URL has no host"),
        (
            "[[feeds]]\nname = 'a'\nurl = 'https://a.example/'\nfulltext = 'sometimes'\n",
            "'fulltext' must be one of",
        ),
        ("[[feeds]]\nname = 'a'\nurl = 'https://a.example/'\ncolour = 'red'\n", "unknown key 'colour'"),
        ("feeds = 3\n", "'feeds' must be an array of tables"),
        ("title = 'x'\n", "no [[feeds]] tables"),
        ("[[feeds]\nname = 'a'\n", "invalid TOML"),
    ],
)
def test_bad_feeds_file_gives_one_line_error_naming_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_feeds(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_feeds_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="feeds file not found"):
        load_feeds(tmp_path / "nope.toml")


def test_repository_feeds_file_is_valid() -> None:
    feeds = load_feeds(Path(__file__).resolve().parents[1] / "feeds.toml")
    assert len(feeds) >= 20
    assert {f.language for f in feeds} >= {"en", "uk", "ru", "de"}
    assert all(f.url.startswith("https://") or f.url.startswith("http://") for f in feeds)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://user:s3cret@[::1/feed", "invalid URL 'http://***@[::1/feed' (Invalid IPv6 URL)"),
        (
            "https://user:s3cret@news.example:99999/feed",
            "invalid URL 'https://***@news.example:99999/feed' (Port out of range",
        ),
        ("https://user:s3cret@/feed", "URL has no host: 'https://***@/feed'"),
    ],
)
def test_a_malformed_feed_url_is_a_one_line_user_error_without_the_login(
    tmp_path: Path, url: str, message: str
) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(f"[[feeds]]\nname = 'a'\nurl = '{url}'\n")
    with pytest.raises(ConfigError) as err:  # was an internal error (ValueError) for the first two
        load_feeds(path)
    assert message in str(err.value) and "s3cret" not in str(err.value) and "\n" not in str(err.value)
