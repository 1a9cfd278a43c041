"""Round eleven of misbehaving feeds, through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs and texts stored, the feed's state
and its one-line error. The bodies carry right-to-left marks inside names and words, no-break spaces
inside curly quotes, and items without link or guid that come back with a new date on every fetch;
an OPML file lists one feed under several spellings of its URL. Cases that were already fine stay as
guards (one URL under two names, a link moving from http to https and gaining www between runs, the
full text in ``<description>`` beside a ``<content:encoded>`` teaser, the same title in NFD and NFC,
scripts, iframes and tracking pixels in a description).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultServer, hang, redirect, respond, sequence
from hostile_checks import (
    FeedCase,
    Runs,
    check_case_outcome,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
    table_rows,
)
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import Settings, load_feeds
from ingest.opml import feeds_to_toml, import_opml

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
DATES = ("Mon, 24 Nov 2025 10:00:00 +0000", "Tue, 25 Nov 2025 11:30:00 +0000")
NS = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'


def item(
    title: str,
    *,
    link: str | None = None,
    guid: str | None = None,
    text: str = MINISTER,
    extra: str = "",
    date: str = DATES[0],
) -> str:
    return (
        f"<item><title>{title}</title>"
        + (f"<link>{link}</link>" if link else "")
        + (f'<guid isPermaLink="false">{guid}</guid>' if guid else "")
        + f"<pubDate>{date}</pubDate><description>{text}</description>{extra}</item>"
    )  # fmt: skip


def rss(outlet: str, *items: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel><title>{outlet}</title>'
        f"{''.join(items)}</channel></rss>"
    ).encode()


def served(body: bytes) -> Behaviour:
    return respond(200, body, RSS_TYPE)


def republished(date: str) -> bytes:
    """Items without link or guid, re-dated on every fetch (known by title and day)."""
    return rss(
        "re",
        item("Council approves budget", date=date),
        item("Bridge reopens", text="The bridge reopened.", date=date),
    )


def moving_link(host: str) -> bytes:
    return rss("mv", item("Moving link", link=f"{host}/2025/11/moving-link", guid="mv-1"))


@dataclass
class Case(FeedCase):
    path: str | None = None  # served at another case's path (one URL under two names)


CASES: dict[str, Case] = {
    "bidi-marks-in-names": Case(
        served(rss("rtl", item("\u200fשלום\u200f: Olena\u200e Shevchuk visits", link="https://rtl.example/a/1", text="“We are ready,” said Minister Olena\u200f Shevchuk\u202c."))),
        ["שלום: Olena Shevchuk visits"],
        texts=["“We are ready,” said Minister Olena Shevchuk."],
    ),
    "no-break-spaces-inside-quotes": Case(
        served(rss("nb", item("Quotes with spaces", link="https://nb.example/a/1", text="“&#160;We are ready,&#160;” said Minister Olena Shevchuk."))),
        ["Quotes with spaces"],
        texts=["“We are ready,” said Minister Olena Shevchuk."],
    ),
    "republished-with-new-dates": Case(
        sequence(served(republished(DATES[0])), served(republished(DATES[1]))),
        ["Bridge reopens", "Council approves budget"],
    ),
    # guards: already fine before round eleven
    "one-url-first-name": Case(served(rss("two", item("Under two names", link="https://two.example/a/1"))), ["Under two names"]),
    "one-url-second-name": Case(served(b""), ["Under two names"], path="/one-url-first-name"),
    "link-gains-https-and-www": Case(
        sequence(served(moving_link("http://mv.example")), served(moving_link("https://www.mv.example"))),
        ["Moving link"],
        urls=["http://mv.example/2025/11/moving-link"],
    ),
    "full-text-in-description-teaser-in-content": Case(
        served(rss("ds", item("Teaser elsewhere", link="https://ds.example/a/1", text=f"&lt;p&gt;{MINISTER}&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;", extra="<content:encoded><![CDATA[<p>“We are…</p>]]></content:encoded>"))),
        ["Teaser elsewhere"],
        texts=[f"{MINISTER}\nSecond paragraph."],
    ),
    "nfd-and-nfc-titles": Case(
        sequence(served(rss("nf", item("Cafe\u0301 owners protest"))), served(rss("nf", item("Café owners protest")))),
        ["Café owners protest"],
    ),
    "scripts-iframes-and-pixels": Case(
        served(rss("px", item("Clean text", link="https://px.example/a/1", text='&lt;p&gt;Body.&lt;img src="https://t.example/p.gif" width="1" height="1"&gt;&lt;iframe src="https://ads.example"&gt;Ad&lt;/iframe&gt;&lt;script&gt;track()&lt;/script&gt;&lt;/p&gt;'))),
        ["Clean text"],
        texts=["Body."],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("round11")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        urls = {}
        for i, (name, case) in enumerate(CASES.items()):
            if case.path is None:
                s.add(f"/{name}", case.serve)
            host = s.hosts[0] if case.path else s.hosts[i % 3]
            urls[name] = s.url(case.path or f"/{name}", host=host)
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse")


SHARED = ("one-url-first-name", "one-url-second-name")  # one article, stored under either name


@pytest.mark.parametrize("name", [name for name in CASES if name not in SHARED])
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_urls_and_texts(runs, name, case)


def test_one_url_under_two_names_is_one_article(runs: Runs) -> None:
    for i in range(2):
        assert [t for name in SHARED for t in runs.titles[i].get(name, [])] == ["Under two names"]
        assert all(runs.states[i][name].last_error is None for name in SHARED)


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()) - 1)  # SHARED: one


def test_one_feed_under_several_spellings_in_an_opml_file_is_fetched_once(tmp_path: Path) -> None:
    """Round eleven: the OPML import kept each spelling as a feed of its own, each fetched on every run."""
    with FaultServer(LOOPBACK_HOSTS[:1]) as s:
        s.add("/news/rss.xml", served(rss("op", item("Listed three times", link="https://op.example/a/1"))))
        url = s.url("/news/rss.xml")
        spellings = (url, url + "/", url.replace("http://", "HTTP://").replace("127.0.0.1", "127.0.0.1."))
        outlines = "".join(
            f'<outline type="rss" text="Feed {i}" xmlUrl="{u}"/>' for i, u in enumerate(spellings)
        )
        opml = tmp_path / "list.opml"
        opml.write_text(
            f'<?xml version="1.0"?><opml version="2.0"><body><outline text="Nested">{outlines}</outline></body></opml>'
        )
        feeds, skipped = import_opml(opml)
        assert [f.name for f in feeds] == ["Feed 0"] and len(skipped) == 2
        feeds_file = tmp_path / "feeds.toml"
        feeds_file.write_text(feeds_to_toml(feeds, str(opml)))
        assert [f.url for f in load_feeds(feeds_file)] == [url]
        runs = run_twice(feeds_file, tmp_path / "warehouse")
        assert runs.titles[1] == {"Feed 0": ["Listed three times"]}
        assert runs.rows[1] == runs.rows[0] and runs.rows[0]["articles"] == 1
        assert len(s.hits("/news/rss.xml")) == 2  # once per run


def test_many_feeds_on_one_host_some_hanging_some_garbage_some_looping(tmp_path: Path) -> None:
    """Round eleven: 60 feeds on one server, every fifth hanging, others garbage or a redirect loop. The
    healthy feeds behind the hanging ones were refused with them (`not fetched before the run's
    deadline`); now every healthy feed is stored, each bad one has its own error, within about four
    deadlines, and a re-run adds nothing."""
    with FaultServer(LOOPBACK_HOSTS[:1]) as s:
        s.add("/hang", hang(30))
        s.add("/garbage", respond(200, b"\x00\xff garbage <<<", RSS_TYPE))
        lines, kinds = [], {}
        for i in range(60):
            kind = ("hang", "garbage", "loop", "ok", "ok")[i % 5]
            if kind == "loop":
                s.add(f"/loop{i}", redirect(302, f"/loop{i}"))
            if kind == "ok":
                s.add(f"/ok{i}", served(rss(f"m{i}", item(f"Story {i}", link=f"https://m.example/a/{i}"))))
            path = {"hang": f"/hang?i={i}", "garbage": f"/garbage?i={i}"}.get(kind, f"/{kind}{i}")
            lines.append(f'[[feeds]]\nname = "m{i}"\nurl = "{s.url(path)}"\nfulltext = "never"\n')
            kinds[f"m{i}"] = kind
        feeds = tmp_path / "feeds.toml"
        feeds.write_text("\n".join(lines))
        settings = Settings(
            warehouse=tmp_path / "w", fetch_deadline_s=2.0, fetch_timeout_s=1.0, fetch_host_interval_s=0.0
        )
        took = []
        rows = []
        for _ in range(2):
            started = time.monotonic()
            summary = pipeline.run(feeds, tmp_path / "w", settings=settings, force=True)
            took.append(time.monotonic() - started)
            rows.append(table_rows(tmp_path / "w"))
            states = read_states(tmp_path / "w")
            errors = {name: states[name].last_error or "" for name in kinds}
            assert all(errors[n] == "" for n, k in kinds.items() if k == "ok"), errors
            assert all(
                errors[n].startswith(("timed out after", "no data after"))
                for n, k in kinds.items()
                if k == "hang"
            )
            assert all(
                errors[n].startswith("not a feed: binary data") for n, k in kinds.items() if k == "garbage"
            )
            assert all(errors[n].startswith("redirect loop at") for n, k in kinds.items() if k == "loop")
            assert len(summary.errors) == 36
        assert rows[0]["articles"] == 24 and rows[1] == rows[0]
        assert max(took) < 4.25 * settings.fetch_deadline_s + 5.0, took  # fetches, then storing and the build
