"""German ", wie X … mitteilte." with long adjuncts between the speaker and the cue (rules-1.224)."""

from __future__ import annotations

import re

# rules-1.224: ", wie Bundesentwicklungsministerin Petra Lohmann (SPD) am Freitag in der litauischen Hauptstadt
# ankündigte.": the speaker (up to 80 characters), then time and place adjuncts (up to 100 more) before the
# cue; frames_de.DE_WIE_END_RE takes 80 characters in all, so a long speaker with adjuncts was no frame
DE_WIE_END_LONG_RE = re.compile(
    r",\s+wie\s+(?P<np>[^,]{2,80}?)\s+(?:am|im|in|auf|bei|unter|nach|gegenüber|vor|seit)\s[^,]{2,100}?"
    r"\s+(?P<cue>\w+)(?:\s+(?:mit|an|hinzu))?\s*[.!]?$"
)
