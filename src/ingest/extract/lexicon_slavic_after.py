"""Ukrainian and Russian cue verbs that count only right after a quote and its dash ("«…», — показывает
фермер X", "— сміється вона"): never a cue elsewhere (cues._LOOKAHEAD_ONLY; lexicon_slavic merges them into
UK_RU_CUES)."""

from __future__ import annotations

# rules-1.76: what one shows while speaking, a cue only right after a quote and its dash ("«…», — показывает
# фермер X"; never "данные показали"; cues._EXTRA)
SLAVIC_AFTER_QUOTE_CUES = {"показывает": "", "показывают": "p", "показал": "m", "показала": "f"}
SLAVIC_AFTER_QUOTE_CUES.update({"показує": "", "показують": "p", "показав": "m", "показала": "f"})
# rules-1.132: laughing after a quote ("«…», — сміється жінка", "— смеется он"; never "смеются над …" elsewhere)
SLAVIC_AFTER_QUOTE_CUES.update(
    {
        "сміється": "",
        "сміються": "p",
        "засміявся": "m",
        "засміялася": "f",
        "розсміявся": "m",
        "розсміялася": "f",
    }
)
SLAVIC_AFTER_QUOTE_CUES.update(
    {"смеется": "", "смеётся": "", "смеются": "p", "рассмеялся": "m", "рассмеялась": "f", "засмеялся": "m"}
)
# rules-1.439: going on after a quote ("«…», — продолжила Петрова", "— продовжив він"): the speaker goes on
# with a quote (often one opened a paragraph before); never "продолжил работу", "продовжують обстрілювати"
SLAVIC_AFTER_QUOTE_CUES.update(
    {"продолжил": "m", "продолжила": "f", "продолжили": "p", "продолжает": "", "продолжают": "p"}
)
SLAVIC_AFTER_QUOTE_CUES.update(
    {"продовжив": "m", "продовжила": "f", "продовжили": "p", "продовжує": "", "продовжують": "p"}
)
