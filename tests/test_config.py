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


ENVIRONMENT = [
    # (variable, value, the Settings field and its value, or the one-line error)
    ("INGEST_FETCH_TIMEOUT", "2.5", ("fetch_timeout_s", 2.5)),
    ("INGEST_FETCH_TIMEOUT", " 7 ", ("fetch_timeout_s", 7.0)),
    ("INGEST_FETCH_HOST_INTERVAL", "0", ("fetch_host_interval_s", 0.0)),
    ("INGEST_FULLTEXT_BUDGET", "0", ("fulltext_budget_s", 0.0)),
    ("INGEST_FETCH_WORKERS", "4", ("fetch_workers", 4)),
    ("INGEST_WRITER_WAIT", "0", ("writer_wait_s", 0.0)),
    ("INGEST_WRITER_WAIT", "", "environment variable INGEST_WRITER_WAIT='': not a number"),
    ("INGEST_WRITER_WAIT", "-1", "environment variable INGEST_WRITER_WAIT='-1': must be a number 0 or more"),
    ("INGEST_BUILD_MEMORY", "1.5GB", ("build_memory", "1.5GB")),
    ("INGEST_BUILD_MEMORY", "512MiB", ("build_memory", "512MiB")),
    ("INGEST_BUILD_MEMORY", "", ("build_memory", None)),  # the default
    (
        "INGEST_FETCH_TIMEOUT",
        "-1",
        "environment variable INGEST_FETCH_TIMEOUT='-1': must be a number above 0",
    ),
    ("INGEST_FETCH_TIMEOUT", "0", "environment variable INGEST_FETCH_TIMEOUT='0': must be a number above 0"),
    ("INGEST_FETCH_TIMEOUT", "10s", "environment variable INGEST_FETCH_TIMEOUT='10s': not a number"),
    (
        "INGEST_FETCH_TIMEOUT",
        "nan",
        "environment variable INGEST_FETCH_TIMEOUT='nan': must be a number above 0",
    ),
    (
        "INGEST_FETCH_DEADLINE",
        "inf",
        "environment variable INGEST_FETCH_DEADLINE='inf': must be a number above 0",
    ),
    (
        "INGEST_FETCH_HOST_INTERVAL",
        "-0.5",
        "environment variable INGEST_FETCH_HOST_INTERVAL='-0.5': must be a number 0 or more",
    ),
    (
        "INGEST_MAX_BODY_BYTES",
        "-5",
        "environment variable INGEST_MAX_BODY_BYTES='-5': must be a whole number above 0",
    ),
    (
        "INGEST_FETCH_WORKERS",
        "0",
        "environment variable INGEST_FETCH_WORKERS='0': must be a whole number above 0",
    ),
    ("INGEST_FETCH_PER_HOST", "two", "environment variable INGEST_FETCH_PER_HOST='two': not a whole number"),
    (
        "INGEST_FULLTEXT_WORKERS",
        "1.5",
        "environment variable INGEST_FULLTEXT_WORKERS='1.5': not a whole number",
    ),
    (
        "INGEST_BUILD_MEMORY",
        "lots",
        "environment variable INGEST_BUILD_MEMORY='lots': must be a size such as 1.5GB or 512MiB",
    ),
    (
        "INGEST_BUILD_MEMORY",
        "0GB",
        "environment variable INGEST_BUILD_MEMORY='0GB': must be a size such as 1.5GB or 512MiB",
    ),
]


@pytest.mark.parametrize(("variable", "value", "expected"), ENVIRONMENT)
def test_environment_values_are_checked_when_settings_are_made(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: object
) -> None:
    from ingest.config import Settings, default_build_memory

    monkeypatch.setenv(variable, value)
    if isinstance(expected, str):
        with pytest.raises(ConfigError) as caught:
            Settings()
        assert str(caught.value) == expected
        return
    name, want = expected  # type: ignore[misc]
    assert getattr(Settings(), name) == (default_build_memory() if want is None else want)


FEEDS_FILE_BYTES = [
    # (how the feeds file is written, the feed names read or the one-line error after the path)
    ("UTF-8", GOOD.encode(), ["wire", "local"]),
    (
        "UTF-8 with a BOM (Notepad, Windows PowerShell's utf8)",
        b"\xef\xbb\xbf" + GOOD.encode(),
        ["wire", "local"],
    ),
    ("a BOM and CRLF line ends", b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode(), ["wire", "local"]),
    (
        "UTF-16 with its BOM (PowerShell's >)",
        GOOD.encode("utf-16"),
        "not UTF-8 text (invalid start byte at byte 0)",
    ),
    (
        "a BOM before a syntax error",
        b"\xef\xbb\xbf[[feeds]\n",
        "invalid TOML: Expected ']]' at the end of an array declaration (at line 1, column 8)",
    ),
]


@pytest.mark.parametrize(("label", "content", "expected"), FEEDS_FILE_BYTES)
def test_feeds_file_bytes(tmp_path: Path, label: str, content: bytes, expected: object) -> None:
    path = tmp_path / "feeds.toml"
    path.write_bytes(content)
    if isinstance(expected, str):
        with pytest.raises(ConfigError) as caught:
            load_feeds(path)
        assert str(caught.value) == f"{path}: {expected}", label
    else:
        assert [f.name for f in load_feeds(path)] == expected, label
