"""ingest.feeddates: round seven's zone abbreviations and ISO times with an offset and a zone name
(earlier rounds' forms are in test_parse_quirks.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.feeddates import parse_date

NOV24 = datetime(2026, 11, 24, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # abbreviations that were read as UTC (hours off), now with their offsets
        ("Tue, 24 Nov 2026 17:00:00 WIB", NOV24),  # Indonesia, western
        ("Tue, 24 Nov 2026 18:00:00 WITA", NOV24),
        ("Tue, 24 Nov 2026 19:00:00 WIT", NOV24),
        ("Tue, 24 Nov 2026 07:00:00 BRT", NOV24),  # Brasília
        ("Tue, 24 Nov 2026 07:00:00 ART", NOV24),  # Argentina
        ("Tue, 24 Nov 2026 13:00:00 TRT", NOV24),  # Türkiye
        ("Tue, 24 Nov 2026 12:00:00 SAST", NOV24),  # South Africa
        ("Tue, 24 Nov 2026 13:00:00 EAT", NOV24),  # East Africa
        ("Tue, 24 Nov 2026 11:00:00 WAT", NOV24),  # West Africa
        ("Tue, 24 Nov 2026 15:00:00 PKT", NOV24),  # Pakistan
        ("Tue, 24 Nov 2026 15:45:00 NPT", NOV24),  # Nepal, +05:45
        ("Tue, 24 Nov 2026 13:30:00 IRST", NOV24),  # Iran, +03:30
        ("Tue, 24 Nov 2026 18:00:00 PHT", NOV24),  # Philippines
        ("Tue, 24 Nov 2026 17:00:00 ICT", NOV24),  # Indochina
        ("Tue, 24 Nov 2026 18:00:00 MYT", NOV24),  # Malaysia
        ("Tue, 24 Nov 2026 14:00:00 GST", NOV24),  # Gulf
        ("Tue, 24 Nov 2026 15:00:00 YEKT", NOV24),  # Yekaterinburg
        ("Tue, 24 Nov 2026 20:00:00 VLAT", NOV24),  # Vladivostok
        ("Tue, 24 Nov 2026 06:30:00 NST", NOV24),  # Newfoundland, -03:30
        ("Tue, 24 Nov 2026 05:00:00 COT", NOV24),  # Colombia
        ("24 Nov 2026 15:00 PKT", NOV24),
        ("2026-11-24 17:00:00 WIB", NOV24),  # ISO with a zone name
        ("24 ноября 2026, 15:00 YEKT", NOV24),  # other languages' forms take the same table
        # known before round seven, unchanged
        ("Tue, 24 Nov 2026 05:00:00 EST", NOV24),
        ("Tue, 24 Nov 2026 11:00:00 CET", NOV24),
        ("Tue, 24 Nov 2026 13:00:00 MSK", NOV24),
        ("Tue, 24 Nov 2026 15:30:00 IST", NOV24),  # India's
        # an ISO time with an offset and a zone name: the offset counts
        ("2026-11-24T11:00:00+01:00 CET", NOV24),
        ("2026-11-24 12:00:00 +0200 (EET)", NOV24),
        ("2026-11-24T12:00:00+02:00 XYZ", NOV24),  # whatever the name
        ("2026-11-24T11:00:00 +0100CET", NOV24),
        # still no date
        ("2026 Nov", None),
        ("2026-11-24 10:00 XYZ", None),  # an unknown name without an offset
        ("2026-11-24 ABC", None),
    ],
)
def test_zone_abbreviations_and_names_after_offsets(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("24 November 2026 17:00 WIB", NOV24),
        ("Selasa, 24 Nopember 2026 17:00 WIB", NOV24),  # the old spelling
        ("Rabu, 19 Agu 2026 17:00:00 +0700", datetime(2026, 8, 19, 10, tzinfo=UTC)),
        ("19 Agustus 2026 17:00 WIB", datetime(2026, 8, 19, 10, tzinfo=UTC)),
        ("24 Desember 2026", datetime(2026, 12, 24, tzinfo=UTC)),
        ("3 Peb 2026", datetime(2026, 2, 3, tzinfo=UTC)),
        ("24 Kasım 2026 13:00 TRT", NOV24),
        ("Sal, 24 Kas 2026 13:00:00 +0300", NOV24),
        ("Çarşamba, 19 Şubat 2026 13:00 +0300", datetime(2026, 2, 19, 10, tzinfo=UTC)),
        ("1 Ocak 2026", datetime(2026, 1, 1, tzinfo=UTC)),
        ("24 Nisan 2026", datetime(2026, 4, 24, tzinfo=UTC)),
        ("24 Haziran 2026", datetime(2026, 6, 24, tzinfo=UTC)),
        ("24 Temmuz 2026", datetime(2026, 7, 24, tzinfo=UTC)),
        ("24 Ağustos 2026", datetime(2026, 8, 24, tzinfo=UTC)),
        ("15 Eylül 2026", datetime(2026, 9, 15, tzinfo=UTC)),
        ("29 Ekim 2026 10:00", datetime(2026, 10, 29, 10, tzinfo=UTC)),
        ("24 Aralık 2026", datetime(2026, 12, 24, tzinfo=UTC)),
        ("24 Mayıs 2026", datetime(2026, 5, 24, tzinfo=UTC)),  # through the English "may"
        # other languages' names unchanged
        ("19 листопада 2026", datetime(2026, 11, 19, tzinfo=UTC)),
        ("19 de agosto de 2026", datetime(2026, 8, 19, tzinfo=UTC)),
    ],
)
def test_indonesian_and_turkish_month_names(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round eight: Java's Date.toString() names its zone before the year (it was read as UTC)
        ("Tue Nov 24 11:00:00 CET 2026", NOV24),
        ("Tue Nov 24 13:00:00 MSK 2026", NOV24),
        ("Tue Nov 24 02:00:00 PST 2026", NOV24),
        ("Tue Nov 24 13:00:00 GMT+03:00 2026", NOV24),
        ("Tue Nov 24 10:00:00 UTC 2026", NOV24),
        ("Tue Nov 24 10:00:00 2026", NOV24),  # C's asctime(), as before
        ("Tue Nov 24 10:00:00 XYZ 2026", NOV24),  # an unknown abbreviation stays UTC (feedparser's rule)
        # US zones without standard or daylight time, with summer time; AP style "a.m."
        ("Nov. 24, 2026 5:00 a.m. ET", NOV24),
        ("November 24, 2026 4:00 AM CT", NOV24),
        ("Tue, 24 Nov 2026 02:00:00 PT", NOV24),
        ("Fri, 24 Jul 2026 06:00:00 ET", datetime(2026, 7, 24, 10, tzinfo=UTC)),  # EDT in July
        ("2026-11-24 03:00 MT", NOV24),
        ("Tue, 24 Nov 2026 07:00:00 ET +0200", datetime(2026, 11, 24, 5, tzinfo=UTC)),  # the offset counts
        # Chinese, Japanese and Korean dates
        ("2026年11月24日 19:00 JST", NOV24),
        ("2026年11月24日(火) 10時00分", NOV24),
        ("2026年11月24日 下午6:00 +0800", NOV24),
        ("2026年11月24日 午後7時00分 JST", NOV24),
        ("2026년 11월 24일 오후 7:00 KST", NOV24),
        ("２０２６年１１月２４日 １０:００", NOV24),  # full-width digits
        ("2026年11月24日", datetime(2026, 11, 24, tzinfo=UTC)),
        # Finnish: "marraskuuta" (November) was read as March
        ("24. marraskuuta 2026 klo 10.00", NOV24),
        ("24. Juni 2026 10:00", datetime(2026, 6, 24, 10, tzinfo=UTC)),  # German still June
        # still no date
        ("2026年13月24日", None),
        ("2026-11-24 ET", None),  # a zone name needs a time
    ],
)
def test_java_dates_us_zones_and_cjk_dates(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


D24 = datetime(2026, 11, 24, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round nine: Romanian month names (ianuarie, iunie, iulie, noiembrie were no date)
        ("24 noiembrie 2026 10:00", NOV24),
        ("Luni, 24 Noiembrie 2026, ora 10:00", NOV24),
        ("Lun, 24 Noi 2026 12:00:00 +0200", NOV24),
        ("24 ianuarie 2026", datetime(2026, 1, 24, tzinfo=UTC)),
        ("24 iunie 2026", datetime(2026, 6, 24, tzinfo=UTC)),
        ("24 iulie 2026", datetime(2026, 7, 24, tzinfo=UTC)),
        ("24 octombrie 2026", datetime(2026, 10, 24, tzinfo=UTC)),
        # Greek, genitive, nominative and abbreviated, with and without accents
        ("24 Νοεμβρίου 2026 10:00", NOV24),
        ("Τρί, 24 Νοε 2026 12:00:00 +0200", NOV24),
        ("24 Μαΐου 2026", datetime(2026, 5, 24, tzinfo=UTC)),
        ("24 Ιουνίου 2026", datetime(2026, 6, 24, tzinfo=UTC)),
        ("24 Ιούλιος 2026", datetime(2026, 7, 24, tzinfo=UTC)),
        ("24 ΑΥΓΟΥΣΤΟΥ 2026", datetime(2026, 8, 24, tzinfo=UTC)),
        # Hungarian, year first
        ("2026. november 24. 10:00", NOV24),
        ("2026. nov. 24. 11:00 CET", NOV24),
        ("kedd, 2026. november 24.", D24),
        ("2026. november 24., kedd 10:00", NOV24),
        ("2026. márc. 24.", datetime(2026, 3, 24, tzinfo=UTC)),
        ("2026. május 24.", datetime(2026, 5, 24, tzinfo=UTC)),
        ("2026. szeptember 24.", datetime(2026, 9, 24, tzinfo=UTC)),
        # an hour without minutes before am/pm (was no date)
        ("Nov 24, 2026, 5 a.m. ET", NOV24),
        ("Nov. 24, 2026 5 AM EST", NOV24),
        ("November 24, 2026 at 10am", NOV24),
        ("24 November 2026 10 PM +0000", datetime(2026, 11, 24, 22, tzinfo=UTC)),
        # unchanged
        ("24. März 2026", datetime(2026, 3, 24, tzinfo=UTC)),  # German ä, not Hungarian á
        ("24 mars 2026", datetime(2026, 3, 24, tzinfo=UTC)),
        ("24 Νοέμ 2026 25:00", None),
        ("2026. smarch 24.", None),
        ("2 hours ago", None),  # relative: left alone (docs/fetching.md, round nine)
    ],
)
def test_round_nine_month_names_and_hours_without_minutes(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round twelve: a zone abbreviation followed by its own UTC offset (PHP's "T O", "TO"): the
        # offset was added to the zone's, hours off, silently
        ("Tue, 24 Nov 2026 12:00:00 CEST +0200", NOV24),
        ("Tue, 24 Nov 2026 12:00:00 CEST+0200", NOV24),
        ("Tue, 24 Nov 2026 12:00:00 EET +02:00", NOV24),
        ("Tue, 24 Nov 2026 05:00:00 EST -0500", NOV24),
        ("Tue, 24 Nov 2026 13:00:00 MSK +0300", NOV24),
        ("2026-11-24 11:00:00 CET +0100", NOV24),
        ("2026-11-24T12:00:00 EET+02:00", NOV24),
        ("24.11.2026 12:00 EET +0200", NOV24),
        # unchanged: an offset after GMT/UTC, a zone's relative hours ("MSK+1": Moscow time plus one)
        ("Tue, 24 Nov 2026 12:00:00 GMT+0200", NOV24),
        ("Tue, 24 Nov 2026 12:00:00 UTC+2", NOV24),
        ("Tue, 24 Nov 2026 14:00:00 MSK+1", NOV24),
        ("Tue, 24 Nov 2026 12:00:00 +0200 EET", NOV24),
        # an offset whose hour has one digit, with or without a colon: was "+20:0" cut short, no date
        ("Tue, 24 Nov 2026 12:00:00 GMT+2:00", NOV24),
        ("Tue, 24 Nov 2026 15:30:00 +530", NOV24),
        ("Tue, 24 Nov 2026 05:00:00 UTC-5:00", NOV24),
        ("2026-11-24T15:30:00+05:3", NOV24),  # an ISO offset cut short: as before
        ("2026-11-24 12:00:00 UTC+2", NOV24),
        ("2026-11-24 12:00:00 XYZ +0200", NOV24),  # whatever the name, as after an offset
        # an ambiguous abbreviation with its offset: the offset tells which (China's CST, not Chicago's)
        ("Tue, 24 Nov 2026 18:00:00 CST +0800", NOV24),
        ("Tue, 24 Nov 2026 15:30:00 IST +0530", NOV24),
        # a day-first ordinal (British and Indian sites): was no date
        ("Tuesday 24th November 2026 10:00", NOV24),
        ("Tue, 24th Nov 2026 10:00:00 GMT", NOV24),
        ("1st Dec 2026", datetime(2026, 12, 1, tzinfo=UTC)),
    ],
)
def test_offsets_after_zone_names_and_day_first_ordinals(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round seventeen: the year's word written out (Russian "года", Ukrainian "року", Polish "roku"; the
        # abbreviations "г." and "р." were read), two short words before the time (Spanish "a las", Italian
        # "alle", Norwegian "kl."), a Czech or Slovak date with spaces after its dots: no date (first seen)
        ("24 ноября 2026 года в 10:00", NOV24),
        ("вторник, 24 ноября 2026 года, 10:00", NOV24),
        ("24 листопада 2026 року о 10:00", NOV24),
        ("24 listopada 2026 roku, 10:00", NOV24),
        ("24 ноября 2026 года", datetime(2026, 11, 24, tzinfo=UTC)),
        ("24 de noviembre de 2026 a las 10:00", NOV24),
        ("24 novembre 2026 alle 10:00", NOV24),
        ("tirsdag 24. november 2026 kl. 10:00", NOV24),
        ("24. 11. 2026 10:00", NOV24),
        ("24. 11. 2026", datetime(2026, 11, 24, tzinfo=UTC)),
        # guards: read before, or still no date
        ("24 ноября 2026 г. в 10:00", NOV24),
        ("24. November 2026 um 10:00 Uhr", NOV24),
        ("24.11.2026, 10:00", NOV24),
        ("24 ноября 2026 годах", None),
        ("lundi 24 novembre 2026 10h00", None),  # "10h00" times stay no date (round seven)
    ],
)
def test_year_words_connectors_and_spaced_dots(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round twenty-two: the time before the date (Russian and Ukrainian CMSs), with an offset after the date,
        # and Moscow time written in Cyrillic ("МСК"): no date (first seen)
        ("10:00, 24.11.2026", NOV24),
        ("10:00 24 ноября 2026", NOV24),
        ("10:00 / 24.11.2026", NOV24),
        ("10:00, понеділок, 24 листопада 2026", NOV24),
        ("13:00, 24.11.2026 +0300", NOV24),
        ("24 ноября 2026, 13:00 МСК", NOV24),
        ("24.11.2026 13:00 мск", NOV24),
        ("Tue, 24 Nov 2026 13:00:00 МСК", NOV24),
        # guards: read before, or still no date
        ("24.11.2026 13:00 MSK", NOV24),
        ("24 ноября 2026 годах", None),
        ("10:00", None),
        ("10:00 and then 5", None),
    ],
)
def test_time_before_the_date_and_cyrillic_moscow_time(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected
