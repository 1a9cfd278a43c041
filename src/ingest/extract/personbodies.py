"""A speaker the extractor took for a person that is one of the batch's named bodies ("Frontex said", rules-1.198).

Moved out of ``link`` (rules-1.396) unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.extract.names import org_key
from ingest.extract.pipeline import Extracted


def named_bodies(items: list[Extracted]) -> dict[str, tuple[str, str]]:
    """The organisation keys of the batch's named bodies ("Frontex", "… (Frontex)", "EU-Grenzschutzagentur
    Frontex"), each with its id and the lower-cased words of its names."""
    out: dict[str, tuple[str, str]] = {}
    for it in items:
        st = it.statement
        if st.speaker_type == "organisation" and st.speaker_id.startswith("O-") and st.speaker[:1].isupper():
            k = org_key(st.speaker)
            sid, words = out.get(k, (st.speaker_id, ""))
            out[k] = (sid, words + " " + " ".join(re.findall(r"\w+", st.speaker.lower())) + " ")
    return out


def body_of_person(
    it: Extracted, bodies: Mapping[str, tuple[str, str]], by_surname: Mapping[str, set[str]]
) -> str:
    """The id of the batch's body that a "person" is: a bare word no full name of the batch has as its surname
    ("Frontex said"), or a name with a body's description before it ("EU-Grenzschutzagentur Frontex")."""
    sp = it.statement.speaker
    k = org_key(sp)
    if k not in bodies:
        return ""
    if it.surname_only:  # (the word itself in the body's name: not "Democratic" for "the Democrats")
        named = f" {sp.lower()} " in bodies[k][1]
        return "" if by_surname.get(it.key.split("|", 1)[1]) or not named else bodies[k][0]
    return bodies[k][0] if k != org_key(sp, known=False) else ""


def make_body(it: Extracted, body: str) -> None:
    """``it`` spoken by the body ``body`` (rules-1.198: "Frontex said" is the body other articles call "Frontex")."""
    it.key = ""
    it.surname_only = False
    it.statement.speaker_type = "organisation"
    it.statement.speaker_id = body
