"""One-line messages of failed fetches (ingest.fetcherrors): error answers that say why (round ten), failures at a
redirect's target named (round twelve)."""

from __future__ import annotations

import httpx
import pytest

from ingest.fetcherrors import (
    HopError,
    describe_error,
    describe_status,
    name_redirect_hop,
    read_page_title,
    status_line,
)

CHALLENGE = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking</body></html>"


@pytest.mark.parametrize(
    ("status", "headers", "page", "login_sent", "expected"),
    [
        pytest.param(
            401, {"www-authenticate": 'Basic realm="Members"'}, b"", False,
            'HTTP 401 Unauthorized: the feed needs a login (Basic realm="Members");'
            " put user:password@ in its URL in the feeds file",
            id="401-without-a-login",
        ),
        pytest.param(
            401, {"www-authenticate": 'Basic  realm="Members",\r\n charset="UTF-8"'}, b"", True,
            'HTTP 401 Unauthorized: the login in the feeds file was refused (Basic realm="Members", charset="UTF-8")',
            id="401-login-refused",
        ),
        pytest.param(
            401, {"www-authenticate": 'Digest realm="x", nonce="1"'}, b"", True,
            'HTTP 401 Unauthorized: the feed asks for Digest authentication (Digest realm="x", nonce="1"),'
            " which we do not send",
            id="401-digest",
        ),
        pytest.param(
            401, {}, b"<title>Login</title>", True,
            "HTTP 401 Unauthorized: the login in the feeds file was refused", id="401-no-challenge-header",
        ),
        pytest.param(
            403, {"cf-mitigated": "challenge"}, CHALLENGE, False,
            "HTTP 403 Forbidden: a bot challenge page titled 'Just a moment...' (needs a browser)",
            id="cloudflare-challenge",
        ),
        pytest.param(
            503, {"cf-mitigated": "challenge"}, b"", False,
            "HTTP 503 Service Unavailable: a bot challenge page (needs a browser)", id="challenge-header-only",
        ),
        pytest.param(
            403, {}, b"<html><head><title>Attention Required! | Cloudflare</title>", False,
            "HTTP 403 Forbidden: a bot challenge page titled 'Attention Required! | Cloudflare' (needs a browser)",
            id="challenge-by-title",
        ),
        pytest.param(
            451, {}, b"<html><title>\n  Not available in your region &amp; country\n</title>", False,
            "HTTP 451 Unavailable For Legal Reasons: a page titled 'Not available in your region & country'",
            id="451-page-title",
        ),
        pytest.param(403, {}, b"<title>403 Forbidden</title>", False, "HTTP 403 Forbidden", id="title-repeats-status"),
        pytest.param(403, {}, b"Forbidden", False, "HTTP 403 Forbidden", id="no-title"),
        pytest.param(522, {}, b"", False, "HTTP 522 Connection Timed Out (Cloudflare)", id="cloudflare-522"),
        pytest.param(999, {}, b"", False, "HTTP 999 Request Denied (bot blocking)", id="999"),
        pytest.param(599, {}, b"", False, "HTTP 599", id="unknown-code"),
    ],
)  # fmt: skip
def test_error_answers_say_why_when_they_can(
    status: int, headers: dict[str, str], page: bytes, login_sent: bool, expected: str
) -> None:
    assert describe_status(status, headers, page, login_sent) == expected
    assert "\n" not in expected


def test_a_page_title_is_read_from_the_start_only() -> None:
    assert read_page_title(b" " * 20_000 + b"<title>late</title>") == ""
    assert read_page_title(b"<TITLE lang='en'>Caf\xc3\xa9 &#8211; closed</TITLE>") == "Café – closed"
    assert status_line(404) == "HTTP 404 Not Found"


def hop_error(cause: Exception, url: str) -> HopError:
    try:
        raise HopError(url) from cause
    except HopError as exc:
        return exc


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        # round twelve: a failure at a redirect's target names it (the feed URL itself answered)
        (
            hop_error(
                httpx.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version number"), "https://n.example/f"
            ),
            "connection failed: [SSL: WRONG_VERSION_NUMBER] wrong version number"
            " (reached by a redirect to https://n.example/f)",
        ),
        (
            hop_error(httpx.ConnectError("[Errno 111] Connection refused"), "http://n.example:81/f"),
            "connection failed: [Errno 111] Connection refused (reached by a redirect to http://n.example:81/f)",
        ),
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            "connection failed: [Errno 111] Connection refused",
        ),
        (HopError("https://n.example/f"), "HopError: https://n.example/f"),  # no cause: what it says
    ],
)
def test_a_failure_at_a_redirect_target_names_it(exc: Exception, expected: str) -> None:
    assert describe_error(exc) == expected


@pytest.mark.parametrize(
    ("url", "first", "expected"),
    [
        ("http://n.example/new", "http://n.example/feed", " (reached by a redirect to http://n.example/new)"),
        ("http://n.example/feed", "http://n.example/feed", ""),
    ],
)
def test_name_redirect_hop(url: str, first: str, expected: str) -> None:
    assert name_redirect_hop(url, first) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # round seventeen: a 101 nobody asked for was h11's words, naming no status
        (
            "Received server _SWITCH_UPGRADE event without a pending proposal",
            "invalid HTTP response: 101 Switching Protocols to a request that asked for no other protocol",
        ),
        # guards
        ("illegal header line: bytearray(b'X: a\\x00b')", "invalid HTTP response: illegal header line: bytearray(b'X: a\\x00b')"),
        ("Server disconnected without sending a response.", "connection closed by server: Server disconnected without sending a response."),
    ],
)  # fmt: skip
def test_protocol_errors_are_named(message: str, expected: str) -> None:
    assert describe_error(httpx.RemoteProtocolError(message)) == expected
