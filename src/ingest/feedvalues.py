"""Field normalisation shared by every parse path (lxml fast path, feedparser, JSON Feed).

Each path extracts raw strings; these functions turn them into the values of :class:`Entry` in one
way so the paths agree: dates to aware UTC, titles to plain text, languages to a primary subtag,
authors to a display name, links resolved and script URLs dropped.
"""

from __future__ import annotations

import functools
import html
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_tz
from typing import Any
from urllib.parse import urljoin, urlsplit

TAG_RE = re.compile(r"<[^>]*>")
C1_TABLE = {code: bytes([code]).decode("cp1252", "ignore") or chr(code) for code in range(0x80, 0xA0)}
HTMLISH_RE = re.compile(r"</[A-Za-z][\w:-]*\s*>|&#?\w+;")
LANGUAGE_RE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
AUTHOR_EMAIL_NAME_RE = re.compile(r"^\s*([^\s()<>@]+@[^\s()<>]+)\s*\((.*)\)\s*$")
AUTHOR_NAME_EMAIL_RE = re.compile(r"^\s*(.*?)\s*[(<]\s*([^\s()<>@]+@[^\s()<>]+)\s*[)>]\s*$")
SCHEME_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Where an item's enclosure is (path, attribute): RSS <enclosure url>, Atom 1.0/0.3 <link rel="enclosure">
ENCLOSURE_PATHS = (
    ("enclosure", "url"),
    ("{http://www.w3.org/2005/Atom}link[@rel='enclosure']", "href"),
    ("{http://purl.org/atom/ns#}link[@rel='enclosure']", "href"),
)
WEB_SCHEMES = {"http", "https"}
ABSOLUTE_URL_RE = re.compile(r"^https?://[^\s/?#]+(?:[/?#]|$)", re.I)
ISO_DATE_RE = re.compile(
    r"^(\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?"
    r"(?:[T\s]+(\d\d):?(\d\d)(?::?(\d\d)(?:[.,]\d+)?)?)?"
    r"\s*(Z|[A-Za-z]{2,5}|[+-]\d\d(?::?\d\d?)?)?$",  # "+00:0": an offset cut short (read as "+00:00")
    re.I,
)
RFC822_DATE_RE = re.compile(
    r"^(?:[A-Za-z]++\.?,?\s*)?(?:(\d{1,2})[\s-]+([A-Za-z]++)\.?,?|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)"
    r"[\s-]+(\d{2,4})"
    r"(?:[\sT,]+(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
    r"\s*([A-Za-z]{1,5})?\s*([+-]\d{1,2}(?::?\d\d)?)?(?:\s+[A-Za-z]{2,5})?\s*(?:\([^)]*\))?$"
)
# C's asctime(), as old Perl/CGI generators write it: "Tue Nov 24 10:00:00 2026" (zone optional)
ASCTIME_RE = re.compile(
    r"^[A-Za-z]{3},?\s+[A-Za-z]{3}\s+\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?\s+(?:\S+\s+)?\d{4}$"
)
RFC822_COMMON_RE = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) (?:([+-])(\d\d)(\d\d)|GMT|UTC?|Z)$"
)
MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
COMMON_MONTHS = {key: n for name, n in MONTHS.items() for key in (name, name.title(), name.upper())}
# Month names of other languages, keyed by their first letters (German, Russian and Ukrainian in
# nominative and genitive forms, Dutch, French, Spanish, Italian, Portuguese, Polish): "19. März
# 2026", "19 ноября 2026 г.", "19 листопада 2026". English names are in MONTHS.
LOCAL_MONTHS = {
    "jän": 1, "gen": 1, "ene": 1, "janv": 1, "sty": 1, "янв": 1, "січ": 1,
    "fév": 2, "fev": 2, "lut": 2, "фев": 2, "лют": 2,
    "mär": 3, "mrz": 3, "mrt": 3, "mars": 3, "мар": 3, "бер": 3,
    "avr": 4, "abr": 4, "kwi": 4, "апр": 4, "кві": 4,
    "mai": 5, "mei": 5, "mag": 5, "maj": 5, "май": 5, "мая": 5, "тра": 5,
    "juin": 6, "giu": 6, "cze": 6, "июн": 6, "чер": 6,
    "juil": 7, "lug": 7, "lip": 7, "июл": 7, "лип": 7,
    "aoû": 8, "ago": 8, "sie": 8, "авг": 8, "сер": 8,
    "set": 9, "wrz": 9, "сен": 9, "вер": 9,
    "okt": 10, "ott": 10, "out": 10, "paź": 10, "окт": 10, "жов": 10,
    "lis": 11, "ноя": 11, "лис": 11,
    "dez": 12, "déc": 12, "dic": 12, "gru": 12, "дек": 12, "гру": 12,
}  # fmt: skip
# "Donnerstag, 19. März 2026 um 10:00 Uhr", "19 ноября 2026 г., 10:00", "19.11.2026 10:00" (day
# first, as dotted dates are in German, Russian and Ukrainian), "2026/11/19 10:00": tried only
# after the English forms failed.
LOCAL_TIME = r"(?:,?\s*(?:[^\W\d_]{1,3}\s+)?(\d{1,2})[:.](\d\d)(?::(\d\d))?(?:\s*Uhr)?)?"
LOCAL_ZONE = r"\s*([A-Za-z]{1,5})?\s*([+-]\d{1,2}(?::?\d\d)?)?$"
LOCAL_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})(?:\.\s*|\s+(?:de\s+)?)([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})"
    r"(?:\s*(?:г|р|r)\.)?" + LOCAL_TIME + LOCAL_ZONE
)
NUMERIC_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})/(\d{1,2})/(\d{1,2}))"
    + LOCAL_TIME
    + LOCAL_ZONE
)
ZONES = {
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3,
    "bst": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3, "wet": 0, "west": 1,
    "msk": 3, "ist": 5.5, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10, "aedt": 11,
    "acst": 9.5, "awst": 8, "nzst": 12, "nzdt": 13,
    "mez": 1, "mesz": 2, "oez": 2, "oesz": 3, "wez": 0, "wesz": 1,  # German: "24 Dez 2026 10:00 MEZ"
}  # fmt: skip


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (and common variants) or ISO 8601/W3C-DTF to an aware UTC datetime; None if unparseable."""
    if not value:
        return None
    text = value.strip()
    if "  " in text or "\n" in text or "\t" in text:
        text = " ".join(text.split())
    try:
        match = RFC822_COMMON_RE.match(text)  # the usual "Tue, 10 Jun 2003 04:00:00 +0000", quickly
        if match and match.group(2) in COMMON_MONTHS:
            return build_common_date(match)
        if text[:1].isdigit() and len(text) >= 10:
            try:
                stamp = datetime.fromisoformat(text.replace("z", "Z"))
            except ValueError:
                pass
            else:
                return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
        match = ISO_DATE_RE.match(text)
        if match:
            return build_iso_date(match)
        match = RFC822_DATE_RE.match(text)
        if match:
            return build_rfc822_date(match)
        if ASCTIME_RE.match(text):
            parts = parsedate_tz(text)
            if parts:
                return datetime(*parts[:6], tzinfo=UTC) - timedelta(seconds=parts[9] or 0)
        return parse_local_date(text)
    except (ValueError, OverflowError):
        return None
    return None


def build_common_date(match: re.Match[str]) -> datetime:
    day, month, year, hour, minute, second, sign, off_h, off_m = match.groups()
    stamp = make_stamp(int(year), COMMON_MONTHS[month], int(day), int(hour), int(minute), int(second))
    stamp = stamp.replace(tzinfo=UTC)
    if sign and (off_h != "00" or off_m != "00"):
        if int(off_h) > 14 or int(off_m) > 59:
            raise ValueError(f"offset out of range: {sign}{off_h}{off_m}")
        offset = timedelta(hours=int(off_h), minutes=int(off_m))
        stamp = stamp - offset if sign == "+" else stamp + offset
    return stamp


def build_iso_date(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second, zone = match.groups()
    if zone and zone.isalpha() and zone.lower() not in (ZONES if hour else ("z", "utc", "gmt")):
        return None  # "2026 Nov" is no date in January: a zone name other than UTC needs a time
    stamp = make_stamp(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
    )
    return to_utc(stamp, parse_offset(zone))


def build_rfc822_date(match: re.Match[str]) -> datetime | None:
    day1, mon1, mon2, day2, year, hour, minute, second, ampm, zone, offset = match.groups()
    month = lookup_month(mon1 or mon2)
    if month is None:
        return None
    y = int(year)
    if y < 100:
        y += 2000 if y < 50 else 1900
    elif y < 1000:
        y += 1900
    h = int(hour or 0)
    if ampm:
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    stamp = make_stamp(y, month, int(day1 or day2), h, int(minute or 0), int(second or 0))
    hours = parse_offset(offset) if offset else None
    zone_hours = ZONES.get(zone.lower(), 0) if zone else 0
    return to_utc(stamp, zone_hours + (hours or 0))


def make_stamp(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    """A naive datetime; ``24:00:00`` (ISO 8601's end of the day) is the next day's midnight."""
    if hour == 24 and minute == second == 0:
        return datetime(year, month, day) + timedelta(days=1)
    return datetime(year, month, day, hour, minute, second)


def parse_local_date(text: str) -> datetime | None:
    """Dates with month names of other languages or in dotted/slashed numeric form (see LOCAL_DATE_RE)."""
    match = LOCAL_DATE_RE.match(text)
    if match:
        day, name, year, hour, minute, second, zone, offset = match.groups()
        month = lookup_month(name)
        if month is None:
            return None
    else:
        match = NUMERIC_DATE_RE.match(text)
        if match is None:
            return None
        day1, month1, year1, year2, month2, day2, hour, minute, second, zone, offset = match.groups()
        day, month, year = day1 or day2, int(month1 or month2), year1 or year2
    stamp = datetime(int(year), month, int(day), int(hour or 0), int(minute or 0), int(second or 0))
    zone_hours = ZONES.get(zone.lower(), 0) if zone else 0
    return to_utc(stamp, zone_hours + (parse_offset(offset) if offset else 0))


def lookup_month(name: str) -> int | None:
    """The month of an English or :data:`LOCAL_MONTHS` name, full or abbreviated, any case."""
    folded = name.lower()  # English first: every RSS date takes this path; no key is in both tables
    return MONTHS.get(folded[:3]) or LOCAL_MONTHS.get(folded[:4]) or LOCAL_MONTHS.get(folded[:3])


def parse_offset(zone: str | None) -> float:
    """``'+05:30'`` -> 5.5; names and ``Z`` via :data:`ZONES`; anything unknown is UTC."""
    if not zone or zone[0] not in "+-":
        return ZONES.get((zone or "z").lower(), 0)
    digits = zone[1:].replace(":", "")
    digits += "0" if len(digits) == 3 else ""  # "+05:3" was "+05:30" cut short
    hours = int(digits[:2]) + (int(digits[2:4]) / 60 if len(digits) > 2 else 0)
    if hours > 14:
        raise ValueError(f"offset out of range: {zone}")
    return -hours if zone[0] == "-" else hours


def to_utc(stamp: datetime, offset_hours: float) -> datetime:
    return (stamp - timedelta(hours=offset_hours)).replace(tzinfo=UTC)


def repair_mojibake(value: str) -> str:
    """UTF-8 that was decoded as Latin-1 somewhere upstream ("cafÃ©"), decoded again (feedparser's
    rule: text made only of Latin-1 characters whose bytes are valid UTF-8 is read as UTF-8)."""
    if value.isascii():
        return value
    try:
        repaired = value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value
    return repaired.translate(C1_TABLE)


def looks_like_html(value: str | None) -> bool:
    """feedparser's test for RSS text of unknown type: a closing tag or an entity reference."""
    return value is not None and HTMLISH_RE.search(value) is not None


def clean_title(value: str | None, is_html: bool = False) -> str:
    """Plain text on one line: tags stripped and entities decoded when ``is_html``."""
    if not value:
        return ""
    if is_html:
        value = html.unescape(TAG_RE.sub(" ", value))
    return " ".join(value.split())


def text_to_html(value: str) -> str:
    return html.escape(value, quote=False)


def fallback_html(value: str | None) -> str:
    """``itunes:summary`` / ``media:description`` as HTML: the text of an item that has neither a
    description nor content (a podcast episode, a YouTube entry). HTML when it looks like HTML."""
    value = (value or "").strip()
    return value if not value or looks_like_html(value) else text_to_html(value)


@functools.lru_cache(maxsize=256)
def clean_language(value: str | None) -> str | None:
    """``'en-US'`` -> ``'en'``: the lower-case primary subtag, None when it is not a language tag."""
    match = LANGUAGE_RE.match(value or "")
    return match.group(1).lower() if match else None


def clean_author(name: str | None, email: str | None = None) -> str | None:
    """A display name: ``'jo@x.org (Jo Doe)'`` and ``'Jo Doe <jo@x.org>'`` give ``'Jo Doe'``."""
    name = " ".join((name or "").split())
    if name and "@" not in name:
        return name
    if name:
        match = AUTHOR_EMAIL_NAME_RE.match(name) or None
        if match and match.group(2).strip():
            return match.group(2).strip()
        match = AUTHOR_NAME_EMAIL_RE.match(name)
        if match and match.group(1):
            return match.group(1)
        return name
    email = (email or "").strip()
    return email or None


def resolve_url(base: str | None, href: str | None) -> str | None:
    """``href`` made absolute against ``base``. None when empty, invalid, or absolute with a scheme
    other than http(s) (``tag:``, ``javascript:``, ``mailto:``); kept relative when nothing resolves it.
    """
    href = (href or "").strip()
    if not href:
        return None
    if "\t" in href or "\n" in href or "\r" in href:  # dropped by browsers: "java\tscript:" runs
        href = href.replace("\t", "").replace("\n", "").replace("\r", "")
    try:
        url = href if (not base or ABSOLUTE_URL_RE.match(href)) else urljoin(base, href)
        if "[" in url:
            urlsplit(url)  # raises ValueError for a malformed IPv6 host
    except ValueError:
        return None
    match = SCHEME_RE.match(url)
    if match and match.group(1).lower() not in WEB_SCHEMES:
        return None
    return url


def clean_guid(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def element_base(element: Any, default: str | None) -> str | None:
    """``default`` (the feed URL or the parent's base) combined with the element's ``xml:base``."""
    value = element.get(XML_BASE)
    if value is None:
        return default
    return resolve_url(default, value) or default


def find_last(element: Any, path: str) -> Any:
    """The last match of ``path``: feedparser lets a later duplicate overwrite an earlier one."""
    found = None
    for found in element.iterfind(path):  # noqa: B007
        pass
    return found


def find_enclosure(element: Any, base: str | None) -> str | None:
    """The URL of the item's first enclosure with one that is not an image (see :data:`ENCLOSURE_PATHS`)."""
    for path, attribute in ENCLOSURE_PATHS:
        for found in element.iterfind(path):
            if is_image_type(found.get("type")):
                continue
            url = resolve_url(element_base(found, base), found.get(attribute))
            if url:
                return url
    return None


def is_image_type(media_type: object) -> bool:
    """An image enclosure (a thumbnail, often the same one on many items) names no item."""
    return isinstance(media_type, str) and media_type.strip().lower().startswith("image/")


def element_lang(element: Any) -> str | None:
    """The ``xml:lang`` in scope at ``element``."""
    node = element
    while node is not None:
        value = node.get(XML_LANG)
        if value is not None:
            return value
        node = node.getparent()
    return None
