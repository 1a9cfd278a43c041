"""Dates of feed items to aware UTC datetimes, for every parse path (see docs/parsing.md).

RFC 822 with its variants and ISO 8601/W3C-DTF first; then month names of other languages, dotted
and slashed numeric dates, Unix timestamps, and IANA zone names after a date. A slashed date whose
order its numbers do not tell (``05/11/2026``) is read by the order the rest of the same feed shows
(another item's ``24/11/2026``): :func:`reading_feed` makes the feed's body known while it is parsed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingest.monthnames import COMMON_MONTHS, MONTHS, lookup_month

ISO_DATE_RE = re.compile(
    r"^(\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?"
    r"(?:[T\s]+(\d\d):?(\d\d)(?::?(\d\d)(?:[.,]\d+)?)?)?"
    r"\s*(Z|[A-Za-z]{2,5}|[+-]\d\d(?::?\d\d?)?)?"  # "+00:0": an offset cut short (read as "+00:00")
    r"(?:(?<=[A-Za-z])\s*([+-]\d{1,2}(?::?\d\d)?))?"  # "CET +0100", "UTC+2": an offset after the name
    r"(?:(?<=\d)\s*\(?[A-Za-z]{2,5}\)?)?$",  # "+01:00 CET", "+0200 (EET)": the offset counts
    re.I,
)
RFC822_DATE_RE = re.compile(
    r"^(?:[A-Za-z]++\.?,?\s*)?(?:(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]++)\.?,?|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)"
    r"[\s-]+(\d{2,4})"
    r"(?:[\sT,]+(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
    r"\s*([A-Za-z]{1,5})?\s*([+-]\d{1,2}(?::?\d\d)?)?(?:\s+[A-Za-z]{2,5})?\s*(?:\([^)]*\))?$"
)
# C's asctime(), as old Perl/CGI generators write it: "Tue Nov 24 10:00:00 2026", and Java's
# Date.toString() with its zone before the year: "Tue Nov 24 11:00:00 CET 2026", "… GMT+03:00 2026"
ASCTIME_RE = re.compile(
    r"^[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s+"
    r"(?:(?:GMT|UTC)?([+-]\d{1,2}(?::?\d\d)?)\s+|([A-Za-z]{1,5})\s+)?(\d{4})$"
)
# AP style "10:00 a.m." / "5 p.m.": read as "am" / "pm"
DOTTED_AMPM_RE = re.compile(r"(?<=\d)\s*([AaPp])\.\s?([Mm])\.?(?=\s|,|$)")
# Chinese, Japanese and Korean: "2026年11月24日 10:00", "2026年11月24日(火) 10時00分", "2026년 11월 24일 오후 3:00"
CJK_DATE_RE = re.compile(
    r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*(?:[(（][^)）]{1,6}[)）])?"
    r"\s*(?:([上下]午|午[前後]|오전|오후|[AaPp][Mm])\s*)?(?:(\d{1,2})\s*[:時时시]\s*(\d{1,2})\s*[分분]?"
    r"(?:\s*:?\s*(\d{1,2})\s*[秒초]?)?)?"
    r"\s*([A-Za-z]{1,5})?\s*([+-]\d{1,2}(?::?\d\d)?)?$"
)
PM_WORDS = frozenset({"下午", "午後", "오후", "pm"})
RFC822_COMMON_RE = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) (?:([+-])(\d\d)(\d\d)|GMT|UTC?|Z)$"
)
# "Donnerstag, 19. März 2026 um 10:00 Uhr", "19 ноября 2026 г., 10:00", "19.11.2026 10:00" (day
# first, as dotted dates are in German, Russian and Ukrainian), "2026/11/19 10:00": tried only
# after the English forms failed.
# Round seventeen: one or two short words before the time ("a las", "alle", "às", "kl."), the year's word
# written out ("2026 года", "2026 року", Polish "2026 roku"), "24. 11. 2026" (Czech, Slovak: spaces after dots)
LOCAL_TIME = r"(?:,?\s*(?:[^\W\d_]{1,4}\.?\s+){0,2}(\d{1,2})[:.](\d\d)(?::(\d\d))?(?:\s*Uhr)?)?"
LOCAL_ZONE = r"\s*([A-Za-z]{1,5}|(?i:мск))?\s*([+-]\d{1,2}(?::?\d\d)?)?$"  # Moscow's "МСК" too (round 22)
LOCAL_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})(?:\.\s*|\s+(?:de\s+)?)([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})"
    r"(?:\s*(?:(?:г|р|r)\.|года|року|roku)(?!\w))?" + LOCAL_TIME + LOCAL_ZONE
)
NUMERIC_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(?:(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{4})[/.](\d{1,2})[/.](\d{1,2}))"
    + LOCAL_TIME
    + LOCAL_ZONE
)
# Round nine: Hungarian, year first ("2026. november 24. 10:00", "hétfő, 2026. nov. 24., 10:00")
YEAR_FIRST_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+,?\s+)?(\d{4})\.\s*([^\W\d_]{3,})\.?\s+(\d{1,2})\.?(?:,?\s*[^\W\d_]{4,},?)?"
    + LOCAL_TIME
    + LOCAL_ZONE
)
# Round nine: an hour without minutes before am/pm ("10 a.m. ET", "Nov 24, 2026 10 PM EST")
HOUR_ONLY_AMPM_RE = re.compile(r"(?<![\d:.])(\d{1,2})\s*([AaPp][Mm])\b")
ZONES = {
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3,
    "bst": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3, "wet": 0, "west": 1,
    "msk": 3, "мск": 3, "ist": 5.5, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10, "aedt": 11,
    "acst": 9.5, "awst": 8, "nzst": 12, "nzdt": 13,
    "mez": 1, "mesz": 2, "oez": 2, "oesz": 3, "wez": 0, "wesz": 1,  # German: "24 Dez 2026 10:00 MEZ"
    # Round seven: abbreviations news sites print that were read as UTC (hours off). Ambiguous ones
    # keep their North American or first-listed meaning (CST, AST, IST, BST, GST the Gulf's).
    "wib": 7, "wita": 8, "wit": 9, "pkt": 5, "npt": 5.75, "irst": 3.5, "aft": 4.5, "ict": 7,
    "pht": 8, "myt": 8, "trt": 3, "gst": 4, "idt": 3, "msd": 4, "samt": 4, "yekt": 5,
    "omst": 6, "krat": 7, "irkt": 8, "yakt": 9, "vlat": 10, "magt": 11, "pett": 12, "azt": 4,
    "get": 4, "uzt": 5, "almt": 5, "sast": 2, "cat": 2, "eat": 3, "wat": 1, "brt": -3, "brst": -2,
    "art": -3, "clt": -4, "clst": -3, "cot": -5, "pet": -5, "vet": -4, "uyt": -3, "nst": -3.5,
    "ndt": -2.5, "acdt": 10.5, "awdt": 9, "chst": 10,
}  # fmt: skip
# Round eight: US zones named without standard or daylight time ("10:00 a.m. ET"), with summer time
GENERIC_ZONES = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles",
    "akt": "America/Anchorage", "ht": "Pacific/Honolulu",
}  # fmt: skip


# Unix time: seconds (9-10 digits: 1973-2286, fractions allowed) or milliseconds (13 digits). 11 and
# 12 digits are neither (a compact 202611241000 is no 1976 millisecond count).
FULL_OFFSET_RE = re.compile(r"^[+-](?:\d{1,2}:\d\d|\d{3,4})$")  # "+0200", "-05:00": hours and minutes
UNIX_TIME_RE = re.compile(r"^(?:([1-9]\d{8,9})(?:\.\d{1,9})?|([1-9]\d{12}))$")
# An IANA zone name after a date: "2026-11-24 10:00 Europe/Kyiv", RFC 9557's "...+02:00[Europe/Kyiv]"
IANA_ZONE_RE = re.compile(r"^(.*?[\d.])\s*[\[(]?([A-Za-z]+(?:/[A-Za-z0-9_+-]+){1,2})[\])]?$")
OWN_OFFSET_RE = re.compile(r"(?:[+-]\d\d:?\d\d|\dZ)$")
# "24/11/2026 10:00", "11/24/2026 10:00:00 AM", "Tue 24-11-2026": day and month in either order
SLASHED_DATE_RE = re.compile(
    r"^(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})([/-])(\d{1,2})\2(\d{4})"
    r"(?:,?\s*T?\s*(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?)?" + LOCAL_ZONE
)
# A slashed date as a whole element text or JSON string anywhere in a feed body (for the feed's order)
# (also in CDATA, and with the "\/" of PHP's json_encode)
FEED_SLASHED_RE = re.compile(
    rb"""[>"\[]\s*(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})(\\?[/-])(\d{1,2})\2\d{4}\b[^<>"\]]{0,40}[<"\]]"""
)
# Round twenty-two: the time before the date, as Russian and Ukrainian CMSs print it ("12:00, 24.11.2025",
# "12:00 24 ноября 2025", "12:00 / 24.11.2025"): read with the time moved after the date
TIME_FIRST_RE = re.compile(
    r"^(\d{1,2}:\d\d(?::\d\d)?)\s*[,/|]?\s+(?=\d|[^\W\d_]+,?\s+\d)(.+?)(\s+[+-]\d{1,2}(?::?\d\d)?)?$"
)
# "Tuesday, November 24, 2026 - 10:00" (Drupal), "November 24, 2026 at 10:00 am" (WordPress)
DATE_TIME_JOINER_RE = re.compile(r"(?<=\d)\s+(?:-|at|@)\s+(?=\d{1,2}[:.]\d\d)", re.I)


@dataclass
class FeedDates:
    """The body of the feed being parsed; its slashed-date order is worked out on first need."""

    body: bytes
    order: list[bool | None] = field(default_factory=list)  # [] until worked out

    def day_first(self) -> bool | None:
        """True when the feed's slashed dates are day first (some has a first number over 12 and
        none a second one), False when month first, None when the feed does not tell."""
        if not self.order:
            days = months = False
            for match in FEED_SLASHED_RE.finditer(self.body):
                first, second = int(match[1]), int(match[3])
                days, months = days or first > 12 >= second, months or second > 12 >= first
            self.order.append(days if days != months else None)
        return self.order[0]


FEED_BEING_READ: ContextVar[FeedDates | None] = ContextVar("feed_being_read", default=None)


@contextmanager
def reading_feed(body: bytes) -> Iterator[None]:
    """While parsing ``body``: an ambiguous slashed date is read in the order the feed shows."""
    token = FEED_BEING_READ.set(FeedDates(body))
    try:
        yield
    finally:
        FEED_BEING_READ.reset(token)


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (and common variants) or ISO 8601/W3C-DTF to an aware UTC datetime; None if unparseable."""
    if not value:
        return None
    text = value.strip()
    if "  " in text or "\n" in text or "\t" in text:
        text = " ".join(text.split())
    if "m." in text or "M." in text:
        text = DOTTED_AMPM_RE.sub(r" \1\2", text)
    try:
        match = RFC822_COMMON_RE.match(text)  # the usual "Tue, 10 Jun 2003 04:00:00 +0000", quickly
        if match and match.group(2) in COMMON_MONTHS:
            return build_common_date(match)
        if text[:1].isdigit() and len(text) >= 9 and (stamp := parse_unix_time(text)):
            return stamp
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
        if match := ASCTIME_RE.match(text):
            return build_asctime_date(match)
        if match := CJK_DATE_RE.match(text):
            return build_cjk_date(match)
        joined = DATE_TIME_JOINER_RE.sub(" ", text)
        if joined != text:
            return parse_date(joined)
        if found := parse_local_date(text) or parse_zone_named_date(text):
            return found
        if (first := TIME_FIRST_RE.match(text)) and (
            found := parse_date(f"{first[2]} {first[1]}{first[3] or ''}")
        ):
            return found
        hour_only = HOUR_ONLY_AMPM_RE.sub(r"\1:00 \2", text)
        return parse_date(hour_only) if hour_only != text else None
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
    year, month, day, hour, minute, second, zone, own_offset = match.groups()
    stamp = make_stamp(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
    )
    if own_offset and hour:  # round twelve: read as in RFC 822 dates (apply_zone)
        return apply_zone(stamp, zone, own_offset)
    known = zone and (zone.lower() in ZONES or zone.lower() in GENERIC_ZONES)
    if zone and zone.isalpha() and not (known if hour else zone.lower() in ("z", "utc", "gmt")):
        return None  # "2026 Nov" is no date in January: a zone name other than UTC needs a time
    if zone and zone.isalpha():
        return apply_zone(stamp, zone, None)
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
    return apply_zone(stamp, zone, offset)


def build_asctime_date(match: re.Match[str]) -> datetime | None:
    """``Tue Nov 24 11:00:00 CET 2026`` (Java's Date.toString): the zone counts (it was read as UTC)."""
    name, day, hour, minute, second, offset, zone, year = match.groups()
    month = MONTHS.get(name.lower())
    if month is None:
        return None
    return apply_zone(
        make_stamp(int(year), month, int(day), int(hour), int(minute), int(second or 0)), zone, offset
    )


def build_cjk_date(match: re.Match[str]) -> datetime:
    """``2026年11月24日 10:00``, with 午後/下午/오후 (afternoon) before the hour."""
    year, month, day, half, hour, minute, second, zone, offset = match.groups()
    h = int(hour or 0)
    if half:
        h = h % 12 + (12 if half.lower() in PM_WORDS else 0)
    return apply_zone(
        make_stamp(int(year), int(month), int(day), h, int(minute or 0), int(second or 0)), zone, offset
    )


def apply_zone(stamp: datetime, zone: str | None, offset: str | None) -> datetime:
    """A naive local time in UTC: a zone abbreviation (:data:`ZONES`; a US zone without standard or
    daylight time, :data:`GENERIC_ZONES`, with its summer time; unknown ones are UTC) plus an offset
    in hours (``GMT+2``, ``MSK+1``). An offset with its minutes (``CEST +0200``, PHP's ``T O``) is the
    whole offset from UTC, the zone's own written after its name: it counts alone (round twelve)."""
    generic = GENERIC_ZONES.get(zone.lower()) if zone else None
    if generic and not offset and (local := lookup_zone(generic)):
        return stamp.replace(tzinfo=local).astimezone(UTC)
    whole = offset is not None and FULL_OFFSET_RE.match(offset) is not None
    zone_hours = ZONES.get(zone.lower(), 0) if zone and not whole else 0
    return to_utc(stamp, zone_hours + (parse_offset(offset) if offset else 0))


def make_stamp(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    """A naive datetime; ``24:00:00`` (ISO 8601's end of the day) is the next day's midnight."""
    if hour == 24 and minute == second == 0:
        return datetime(year, month, day) + timedelta(days=1)
    return datetime(year, month, day, hour, minute, second)


def parse_local_date(text: str) -> datetime | None:
    """Dates with month names of other languages or in dotted/slashed numeric form (see LOCAL_DATE_RE)."""
    match = LOCAL_DATE_RE.match(text)
    year_first = None if match else YEAR_FIRST_DATE_RE.match(text)
    if match or year_first:
        if match:
            day, name, year, hour, minute, second, zone, offset = match.groups()
        elif year_first:
            year, name, day, hour, minute, second, zone, offset = year_first.groups()
        month = lookup_month(name)
        if month is None:
            return None
    else:
        match = NUMERIC_DATE_RE.match(text)
        if match is None:
            return parse_slashed_date(text)
        day1, month1, year1, year2, month2, day2, hour, minute, second, zone, offset = match.groups()
        day, month, year = day1 or day2, int(month1 or month2), year1 or year2
    stamp = datetime(int(year), month, int(day), int(hour or 0), int(minute or 0), int(second or 0))
    return apply_zone(stamp, zone, offset)


def parse_offset(zone: str | None) -> float:
    """``'+05:30'`` -> 5.5; names and ``Z`` via :data:`ZONES`; anything unknown is UTC."""
    if not zone or zone[0] not in "+-":
        return ZONES.get((zone or "z").lower(), 0)
    hour, colon, minute = zone[1:].partition(":")
    if not colon and len(hour) > 2:  # "+0200"; "+530" (round twelve: was "+53:0", no date)
        hour, minute = hour[:-2], hour[-2:]
    minute += "0" if len(minute) == 1 else ""  # "+05:3" was "+05:30" cut short
    hours = int(hour) + (int(minute) / 60 if minute else 0)
    if hours > 14:
        raise ValueError(f"offset out of range: {zone}")
    return -hours if zone[0] == "-" else hours


def to_utc(stamp: datetime, offset_hours: float) -> datetime:
    return (stamp - timedelta(hours=offset_hours)).replace(tzinfo=UTC)


def parse_unix_time(text: str) -> datetime | None:
    """``1764000000`` (seconds, maybe with a fraction) or ``1764000000000`` (milliseconds); None
    for anything else."""
    match = UNIX_TIME_RE.match(text)
    if match is None:
        return None
    seconds = float(text) if match[1] else int(match[2]) / 1000
    return datetime.fromtimestamp(seconds, UTC)


def parse_zone_named_date(text: str) -> datetime | None:
    """A date followed by an IANA zone name (``2026-11-24 10:00 Europe/Kyiv``): the local time there,
    with its summer time. An offset written before the name counts instead (RFC 9557's
    ``2026-11-24T10:00:00+02:00[Europe/Kyiv]``). An unknown name is no date."""
    match = IANA_ZONE_RE.match(text)
    if match is None or (zone := lookup_zone(match[2])) is None:
        return None
    stamp = parse_date(match[1])
    if stamp is None or OWN_OFFSET_RE.search(match[1]):
        return stamp
    return stamp.replace(tzinfo=None).replace(tzinfo=zone).astimezone(UTC)


@functools.lru_cache(maxsize=512)
def lookup_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_slashed_date(text: str) -> datetime | None:
    """``24/11/2026`` (day first: 24 is no month), ``11/24/2026`` (month first), or one whose numbers
    do not tell, in the order the rest of the feed shows (None when it does not)."""
    match = SLASHED_DATE_RE.match(text)
    if match is None:
        return None
    first, _, second, year, hour, minute, second_, ampm, zone, offset = match.groups()
    a, b = int(first), int(second)
    if a > 12 or b > 12 or a == b:
        day, month = (a, b) if a > 12 else (b, a)
    else:
        feed = FEED_BEING_READ.get()
        day_first = feed.day_first() if feed is not None else None
        if day_first is None:
            return None  # 05/11/2026: 5 November or May 11, and nothing says which
        day, month = (a, b) if day_first else (b, a)
    h = int(hour or 0)
    if ampm:
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    stamp = datetime(int(year), month, day, h, int(minute or 0), int(second_ or 0))
    return apply_zone(stamp, zone, offset)
