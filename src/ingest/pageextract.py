"""An article page (HTML bytes) → its main text, metadata, and what kind of page it is.

``extract_page(body, headers, url, http_status)`` decodes the bytes (``htmlcharset.decode_html``), lets
trafilatura find the main text (paragraphs kept as lines, comments and tables left out), drops what trafilatura keeps of the page chrome (the headline repeated, a byline
line, "Read more: …" promos, subscribe/consent prompts) and normalises the text like feed text
(``ingest.text.clean_text``: typographic quotes kept). Metadata: title, byline, published/updated
times (meta tags and JSON-LD, else trafilatura's date), ``<link rel="canonical">`` (absolute) and
language (``<html lang>``, else detected).

``kind`` says whether the text can be used: ``article``; ``paywall`` (subscribe prompts or
``isAccessibleForFree: false`` with little text); ``consent`` (a cookie/consent wall); ``error`` (an
HTTP error, a "page not found" page, since round thirteen a redirect from the article's URL to a home
page or a section front above it); ``empty`` (no main text; ``redirect``: where its meta refresh or
script sends a browser); ``not_html`` (round thirteen: a PDF, an image, JSON or a feed where the page
was). Phrases in en, de, uk and ru. Pure: bytes in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import lxml.html
import trafilatura
from lxml import etree

from ingest.htmlcharset import decode_html
from ingest.htmlredirect import immediate_redirect
from ingest.langid import detect_language
from ingest.pagehead import HeadInfo, parse_time, read_head
from ingest.text import clean_text, clean_title
from ingest.urls import is_front_of

PageKind = Literal["article", "paywall", "consent", "error", "empty", "not_html"]

MIN_ARTICLE_CHARS = 120  # less main text than this: an empty page
WALL_MAX_CHARS = 1500  # a page with a wall prompt and less other text than this is the wall
HIDDEN_WALL_MAX_CHARS = 600  # the same for a prompt outside the main text (a teaser is short)
ERROR_MAX_CHARS = 1000  # a "page not found" title with less text than this is an error page
PROMPT_MAX_CHARS = 200  # lines longer than this are never taken for a prompt

PAYWALL_RE = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|subscribe to (?:read|unlock|access)|"
    r"to (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign (?:in|up)|register)|"
    r"(?:article|story|content) is (?:only )?(?:available|reserved|exclusive)(?: only)? (?:to|for) "
    r"(?:paying |our )?(?:subscribers|members)|(?:for|to) subscribers only|subscribers[- ]only|"
    r"already (?:a subscriber|subscribed|have a subscription)|"
    r"you(?:'ve| have) (?:reached|used up) (?:your|the) (?:free )?(?:article |monthly )?limit|"
    r"unlock (?:this|the full) (?:article|story)|subscription required|"
    r"(?:nur|exklusiv) für (?:abonnenten|abonnentinnen|abonnierende)|(?:jetzt )?weiterlesen mit|"
    r"bereits abonnent|jetzt (?:abonnieren|abo abschließen|testen und weiterlesen)|"
    r"um (?:den|diesen) (?:artikel|beitrag) (?:weiter|vollständig|komplett) zu lesen|"
    r"оформ(?:іть|ити) (?:передплату|підписку)|(?:лише|тільки) для (?:передплатників|підписників)|"
    r"щоб (?:читати|прочитати) (?:далі|повністю|цю статтю)|вже маєте (?:передплату|підписку)|"
    r"оформ(?:ите|ить) подписку|(?:только|лишь) для (?:подписчиков|подписчиц)|"
    r"чтобы (?:читать|прочитать) (?:дальше|далее|полностью|эту статью)|уже есть подписка",
    re.IGNORECASE,
)
CONSENT_RE = re.compile(
    r"(?:we|this (?:site|website)) uses? cookies|(?:accept|allow|agree to) (?:all )?cookies|"
    r"\b(?:accept|reject|refuse) all\b|manage (?:preferences|cookies|consent|settings|options)|"
    r"cookie (?:settings|preferences|consent|policy)|we (?:value|care about) your privacy|"
    r"consent to (?:the |our )?(?:use|processing)|withdraw (?:your )?consent|partners (?:store|use) "
    r"(?:and access )?(?:information|cookies)|personali[sz]ed (?:ads|advertising)|"
    r"\balle (?:akzeptieren|ablehnen)\b|cookie-einstellungen|datenschutz-?einstellungen|"
    r"wir (?:verwenden|nutzen) cookies|einwilligung (?:widerrufen|erteilen)|ihre einwilligung|"
    r"mit werbung (?:weiter)?lesen|werbefrei lesen|"
    r"(?:прийняти|відхилити) (?:всі|все)|файли (?:cookie|кукі)|згод[ауи] на (?:обробку|використання)|"
    r"цінуємо вашу конфіденційність|налаштування (?:cookie|конфіденційності)|"
    r"(?:принять|отклонить) (?:все|всё)|файлы (?:cookie|куки)|согласие на (?:обработку|использование)|"
    r"ценим вашу конфиденциальность|настройки (?:cookie|конфиденциальности)",
    re.IGNORECASE,
)
ERROR_TITLE_RE = re.compile(
    r"\b404\b|page (?:was )?not found|not found\b|(?:page|article|story) (?:does not|doesn't|no longer) "
    r"exists?|(?:couldn't|could not|can't|cannot) find (?:that|this|the) page|internal server error|"
    r"service unavailable|access denied|seite (?:wurde )?nicht gefunden|seite existiert nicht|"
    r"fehler 404|сторінк\w* не знайден\w*|сторінки не існує|помилка 404|страниц\w* не найден\w*|"
    r"страницы не существует|ошибка 404",
    re.IGNORECASE,
)
PROMO_LINE_RE = re.compile(
    r"^(?:read (?:more|also|next)|see also|also read|related|more on this|"
    r"lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|"
    r"читайте (?:також|также|ещё|еще)|дивіться також|смотрите также|по теме|на тему|"
    r"більше (?:новин|на тему))\s*[:\-–—>»]",
    re.IGNORECASE,
)
BYLINE_LINE_RE = re.compile(
    r"^(?:by|von|від|автор(?:ка)?|от|written by|text(?: von)?|фото|photo)\s*:?\s+\S.{0,80}$", re.IGNORECASE
)
BYLINE_PREFIX_RE = re.compile(r"^(?:by|von|від|автор(?:ка)?|от)\s*:?\s+", re.IGNORECASE)
QUOTE_CHARS_RE = re.compile(r"[\"“”„«»‘’‚‹›]")
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
SPACE_RE = re.compile(r"\s+")
# media types that are never an article page, whatever their body (round thirteen)
NOT_PAGE_TYPE_RE = re.compile(
    r"^(?:image|audio|video|font|model)/|^application/(?:pdf|json|[\w.-]+\+json|rss\+xml|atom\+xml|rdf\+xml"
    r"|javascript|ecmascript|zip|msword|vnd\.[\w.+-]+)$|^text/(?:css|javascript|csv|calendar|vcard)$",
    re.IGNORECASE,
)
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")  # never in markup: a binary body decoded
BINARY_SHARE = 0.01  # more control characters than this in the first SNIFF_CHARS: binary data
SNIFF_CHARS = 4096
JSON_START_RE = re.compile(r"^\s*[\[{]")
FEED_START_RE = re.compile(
    r"^\s*(?:<\?xml\b[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!DOCTYPE[^>]*>)\s*)*<((?:\w+:)?(?:rss|feed|RDF))\b",
    re.DOTALL,
)

VISIBLE_TEXT_XPATH = etree.XPath(
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)
MAX_TEXT_NODES = 3000
DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str = ""
    byline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    canonical: str | None = None
    language: str | None = None
    kind: PageKind = "article"
    reason: str | None = None  # why the page is not an article
    encoding: str = "utf-8"
    redirect: str | None = None  # an empty page's meta refresh or script redirect (round thirteen)


def extract_page(
    body: bytes,
    headers: Mapping[str, str] | None = None,
    url: str | None = None,
    http_status: int | None = None,
    asked_url: str | None = None,
) -> PageText:
    """The main text and metadata of an article page, and its kind. ``url`` is where the fetch ended,
    ``asked_url`` the article's own URL when a redirect led elsewhere."""
    headers = headers or {}
    html, encoding = decode_html(body, headers.get("content-type"))
    if http_status is not None and http_status >= 400:
        return PageText("", kind="error", reason=f"HTTP {http_status}", encoding=encoding)
    if asked_url and url and is_front_of(asked_url, url):  # round thirteen: a removed article
        return PageText(
            "", kind="error", reason=f"error page: redirected to the front page {url}", encoding=encoding
        )
    other = describe_not_html(html, headers.get("content-type"))
    if other is not None:
        return PageText("", kind="not_html", reason=other, encoding=encoding)
    tree = parse_html(html)
    if tree is None:
        return PageText("", kind="empty", reason="no HTML", encoding=encoding)
    head = read_head(tree, url)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )  # fmt: skip
    title = clean_title(doc_field(doc, "title") or head.title or head.h1)
    lines = split_lines(doc_field(doc, "text") or "")
    byline = clean_byline(doc_field(doc, "author"))
    lines = drop_chrome(lines, {title, head.h1, head.title}, byline)
    kind, reason = classify_page(lines, head, " ".join(VISIBLE_TEXT_XPATH(tree)[:MAX_TEXT_NODES]))
    text = "\n".join(line for line in lines if not is_prompt(line)) if kind == "article" else "\n".join(lines)
    return PageText(
        text=text,
        title=title,
        byline=byline,
        published=head.published or parse_time(doc_field(doc, "date")),
        updated=head.updated,
        canonical=head.canonical,
        language=head.language or detect_language(text),
        kind=kind,
        reason=reason,
        encoding=encoding,
        redirect=immediate_redirect(body, url, headers.get("refresh")) if kind == "empty" and url else None,
    )


def describe_not_html(html: str, content_type: str | None) -> str | None:
    """Why a body is no HTML page (its media type, binary data, JSON, a feed), or None when it may be one.
    A body with no or a generic type (``application/octet-stream``, ``text/plain``) is judged by itself."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if NOT_PAGE_TYPE_RE.search(media):
        return f"not an HTML page: {media}"
    head = html[:SNIFF_CHARS]
    if (head and len(CONTROL_CHARS_RE.findall(head)) > BINARY_SHARE * len(head)) or head.startswith("%PDF-"):
        start = " ".join(CONTROL_CHARS_RE.sub("", head[:64]).split())[:8]
        return f"not an HTML page: binary data (starts with {start!r})"
    if JSON_START_RE.match(head):
        return "not an HTML page: JSON"
    feed = FEED_START_RE.match(head)
    if feed is not None:
        return f"not an HTML page: a feed (<{feed.group(1)}>)"
    return None


def doc_field(doc: object, name: str) -> str | None:
    """A text field of trafilatura's result (a Document, or None when it found nothing)."""
    value = getattr(doc, name, None)
    return value if isinstance(value, str) else None


# -- structure ---------------------------------------------------------------------------------


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    html = XML_DECL_RE.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


# -- text and kind --------------------------------------------------------------------------------


def split_lines(text: str) -> list[str]:
    cleaned = clean_text(text or "")
    return [line for line in cleaned.split("\n") if line.strip()]


def clean_byline(author: str | None) -> str | None:
    name = BYLINE_PREFIX_RE.sub("", clean_text(author or "")).strip(" ,;:")
    return name or None


def drop_chrome(lines: list[str], titles: set[str], byline: str | None) -> list[str]:
    """Drop the headline repeated as the first line, byline lines at the top, and "Read more: …" promos."""
    folded_titles = {fold(t) for t in titles if t}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < 3 and not out and fold(line) in folded_titles:
            continue
        if i < 4 and not out and (BYLINE_LINE_RE.match(line) or (byline and fold(line) == fold(byline))):
            continue
        if len(line) <= PROMPT_MAX_CHARS and PROMO_LINE_RE.match(line):
            continue
        out.append(line)
    return out


def fold(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip().casefold()


def is_prompt(line: str) -> bool:
    """A short line asking to subscribe or consent, with no quotation in it (never a statement)."""
    return (
        len(line) <= PROMPT_MAX_CHARS
        and QUOTE_CHARS_RE.search(line) is None
        and (PAYWALL_RE.search(line) is not None or CONSENT_RE.search(line) is not None)
    )


def classify_page(lines: list[str], head: HeadInfo, page_text: str) -> tuple[PageKind, str | None]:
    """What the page is, from its main text (lines), its head and all of its visible text."""
    paywall = [line for line in lines if PAYWALL_RE.search(line)]
    consent = [line for line in lines if CONSENT_RE.search(line)]
    rest = sum(len(line) for line in lines if line not in paywall and line not in consent)
    consent_chars = sum(len(line) for line in consent)
    consent_title = CONSENT_RE.search(f"{head.title}\n{head.h1}")
    if consent and rest < WALL_MAX_CHARS and (consent_chars >= rest or consent_title):
        return "consent", f"consent wall: {excerpt(consent[0], CONSENT_RE)}"
    if consent_title and rest < MIN_ARTICLE_CHARS:
        return "consent", f"consent wall: {consent_title.group(0)}"
    if rest < WALL_MAX_CHARS:
        if paywall:
            return "paywall", f"paywall: {excerpt(paywall[0], PAYWALL_RE)}"
        if head.paid:
            return "paywall", "paywall: isAccessibleForFree is false"
        hidden = PAYWALL_RE.search(page_text) if rest < HIDDEN_WALL_MAX_CHARS else None
        if hidden:
            return "paywall", f"paywall: {hidden.group(0)}"
    if rest < ERROR_MAX_CHARS:
        for label in (head.title, head.h1):
            match = ERROR_TITLE_RE.search(label)
            if match:
                return "error", f"error page: {label}"
    if rest < MIN_ARTICLE_CHARS:
        return ("error", "error page: noindex, no text") if head.noindex else ("empty", "no main text")
    return "article", None


def excerpt(line: str, regex: re.Pattern[str]) -> str:
    match = regex.search(line)
    return match.group(0) if match else line[:60]
