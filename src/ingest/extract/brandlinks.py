"""rules-1.352 (blind batch IDS22): a firm's bare name is the body the batch names with its legal form or in the
other script.

"Dniprofarm said" and "teilte Medivest mit" read as a person's surname when the article gives the word nothing
else. When no full name of the batch has that surname, and an organisation of the batch carries the same name in
quotes, in brackets or after its body words ("ПрАТ «Дніпрофарм»", "«Медівесті»", "Staatsunternehmen Ukrwodtrans"),
compared by consonants (``namelinks.body_names``), the word is that body. Left alone: a word a full name of the batch
has as surname ("Kovalenko" of "Iryna Kovalenko"), a phrase of two words or more, an acronym, a word no body of the
batch has as its name.
"""

from __future__ import annotations

from ingest.extract.namelinks import body_names
from ingest.extract.pipeline import Extracted


def brand_index(items: list[Extracted]) -> dict[str, str]:
    """The consonant skeleton of each own name of the batch's named bodies, with the body's id (the smallest one
    when two ids share a name; ``namelinks.link_body_names`` joins them later)."""
    out: dict[str, str] = {}
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation" or not st.speaker_id.startswith("O-"):
            continue
        for skel, _spelling in body_names(st.speaker):
            prev = out.get(skel)
            if prev is None or st.speaker_id < prev:
                out[skel] = st.speaker_id
    return out


def brand_body(it: Extracted, brands: dict[str, str]) -> str:
    """The id of the batch's body whose name the bare word of ``it`` is, or "" (the caller has checked that no
    full name of the batch has that word as its surname)."""
    sp = it.statement.speaker
    if not brands or " " in sp or not sp[:1].isupper() or sp.isupper():
        return ""
    names = body_names(sp)
    return brands.get(names[0][0], "") if len(names) == 1 else ""
