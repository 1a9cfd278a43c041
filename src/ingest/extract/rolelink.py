"""A minister of another country named only by role, one id across the batch (rules-1.204, blind batch IDS9).

"The Polish defence minister said …" in one article, "Der polnische Verteidigungsminister sagte …" in a second and
"Министр обороны Польши заявил …" in a third are one person, though the batch never names them: an unnamed role
phrase gets an id scoped to its article (``names.unknown_id``), since "the regional governor" of two articles need
not be one person. A minister with a portfolio and a country is one person at a time, so such phrases share one
id across the batch: the key is the portfolio and the country, each folded across English, German, Ukrainian and
Russian. A deputy, a former or an acting minister keeps the article's id.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.names import unknown_id

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

_MINISTER_RE = re.compile(r"minister|міністр|министр", re.I)
_NOT_HOLDER_RE = re.compile(
    r"former|ex-|deputy|acting|shadow|ehemalig|stellvertret|vize|kommissarisch|колишн|бывш|заступник|замест|"
    r"віце|вице|т\.?\s?в\.?\s?о|и\.?\s?о\.|виконувач|исполняющ|counterpart|amtskolleg|колег",
    re.I,
)
_PORTFOLIOS = (
    ("defence", re.compile(r"defen[cs]e|verteidigung|оборон", re.I)),
    ("foreign", re.compile(r"foreign|au(?:ß|ss)en|закордонн|иностранн", re.I)),
    ("interior", re.compile(r"interior|home|innen|внутрішн|внутренн", re.I)),
    ("finance", re.compile(r"financ|finanz|фінанс|финанс", re.I)),
    ("energy", re.compile(r"energ|енерг|энерг", re.I)),
    ("justice", re.compile(r"justice|justiz|юстиц", re.I)),
)
_COUNTRIES = (
    ("pl", re.compile(r"(?<!\w)(?:pol(?:ish|and|n|en)|польс|польщ|польш)", re.I)),
    ("ua", re.compile(r"(?<!\w)(?:ukrain|україн|украин)", re.I)),
    ("ru", re.compile(r"(?<!\w)(?:russ|росі|росси|россий)", re.I)),
    ("de", re.compile(r"(?<!\w)(?:german|deutsch|німе|неме|герман)", re.I)),
    ("fr", re.compile(r"(?<!\w)(?:french|france|frankr|franz|франц)", re.I)),
    ("gb", re.compile(r"(?<!\w)(?:british|britain|brit|британ)", re.I)),
    ("us", re.compile(r"(?<!\w)(?:americ|amerik|америк|сша|u\.s\.)", re.I)),
    ("by", re.compile(r"(?<!\w)(?:belarus|weißruss|білорус|белорус)", re.I)),
    ("hu", re.compile(r"(?<!\w)(?:hungar|ungar|угор|венгр)", re.I)),
    ("md", re.compile(r"(?<!\w)(?:moldov|moldau|молдов|молдав)", re.I)),
    ("ro", re.compile(r"(?<!\w)(?:romania|rumän|румун|румын)", re.I)),
    ("lt", re.compile(r"(?<!\w)(?:lithuan|litau|литв)", re.I)),
    ("lv", re.compile(r"(?<!\w)(?:latvi|lettl|lettisch|латв)", re.I)),
    ("ee", re.compile(r"(?<!\w)(?:eston|estland|естон|эстон)", re.I)),
)


def office_key(phrase: str) -> str:
    """ "defence|pl" for "The Polish defence minister", "Der polnische Verteidigungsminister", "Министр обороны
    Польши"; "" for a phrase that is not one country's minister of one portfolio."""
    if not _MINISTER_RE.search(phrase) or _NOT_HOLDER_RE.search(phrase):
        return ""
    ports = {name for name, rx in _PORTFOLIOS if rx.search(phrase)}
    lands = {code for code, rx in _COUNTRIES if rx.search(phrase)}
    if len(ports) != 1 or len(lands) != 1:
        return ""
    return f"{ports.pop()}|{lands.pop()}"


def link_offices(items: list[Extracted]) -> None:
    """In place: unnamed ministers (person statements with an article-scoped id) of one portfolio and country
    share one id across the batch."""
    groups: dict[str, list[Extracted]] = {}
    for it in items:
        st = it.statement
        if st.speaker_type == "person" and st.speaker_id.startswith("U-") and (key := office_key(st.speaker)):
            groups.setdefault(key, []).append(it)
    for key, its in groups.items():
        if len({it.statement.article_id for it in its}) > 1:
            sid = unknown_id("minister " + key.replace("|", " "), "batch")
            for it in its:
                it.statement.speaker_id = sid
