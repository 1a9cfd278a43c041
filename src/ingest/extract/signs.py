"""Written notices: a quote after a colon that only gives what a sign, poster or banner says ("A notice on the gate
reads: "No entry."", "An der Tür hängt ein Schild: „Geschlossen.“", "На дверях висит объявление: «Вход закрыт»") is no
one's statement (rules-1.105). (rules-1.122) Also a display board ("На табло появилась строка: «…»") and a line or
sentence of text that stands or hangs somewhere ("Auf der Website steht nur noch ein Satz: „…“"), not in a document.
(rules-1.283) Also a headline that reads the words ("A headline in the paper read: "…"", "Die Schlagzeile lautete:
„…“"; not "used her words as its headline: "…"", which are hers), and "заголовок" in Ukrainian and Russian.
(rules-1.128) Also leaflets and sheets ("висят листки: «…»") and an agenda ("Auf der Tagesordnung steht: „…“").
(rules-1.167) Also a road or warning sign ("встановили знак: «…»") and a lead with no cue whose subject is a
place ("Auf einem Schild an der gesperrten Brücke stand: „…“": the bridge is no speaker)."""

from __future__ import annotations

import re

# The nouns of written notices, by language (whole words, any case ending for Ukrainian and Russian).
_SIGN_NOUNS_RE = {
    "en": re.compile(  # rules-1.167: not "signs of" (indications: "Signs of a shift were there all along")
        r"\b(?:signs?(?!\s+of\b)|signposts?|notices?|posters?|banners?|placards?|plaques?|inscriptions?|graffiti|billboards?|"
        r"stickers?|headlines?(?=[^:\"“”]{0,80}\b(?:read|reads|ran|runs)\s*:))\b|\b(?:screens?|displays?)\s+(?:read|reads|showed|shows)\b",  # 1.196: "the screen read: "…""
        re.I,
    ),
    "de": re.compile(
        r"\b(?:\w*[Ss]child(?:er|e?s)?|Aushang|Aushänge[n]?|Plakat(?:e|en|s)?|Transparent(?:e|en|s)?|Banner[ns]?|"
        r"Aufschrift(?:en)?|Inschrift(?:en)?|Schriftzug(?:e?s)?|Aufkleber[ns]?|Zettel[ns]?|Graffit[io]|"
        r"(?:Schlagzeilen?|Überschrift(?:en)?)(?=[^:„“]{0,80}\b(?:lautete?|lauten|hieß|heißt)\s*:))\b"  # 1.283
    ),
    "uk": re.compile(
        r"(?<![\w-])(?:оголошенн\w*|табличк\w*|табличц\w*|плакат\w*|напис|написом|написи|написів|вивіск\w*|"
        r"транспарант\w*|банер\w*|графіті|наліпк\w*|табло|заголов\w*|"  # rules-1.283: a headline
        r"листівк\w*|листок|листки|листків|аркуш\w*|"  # rules-1.128: leaflets, sheets
        r"записк\w*|записок|розклад|розкладом|розкладу|"  # rules-1.184: a note left on a door, a timetable
        r"(?<!на )(?<!у )знак(?:и|у|ом|ів)?)(?![\w-])",  # rules-1.167: a (road) sign, not "на знак протесту"
        re.I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:объявлени\w*|табличк\w*|табличек|плакат\w*|надпис\w*|вывеск\w*|вывесок|транспарант\w*|"
        r"баннер\w*|граффити|наклейк\w*|табло|заголов\w*|"  # rules-1.283: a headline
        r"листовк\w*|листовок|листок|листк\w*|"  # rules-1.128: "висят листки: «…»"
        r"записк\w*|записок|расписани\w*|"  # rules-1.184: a note left on a door, a timetable
        r"(?<!в )(?<!во )знак(?:и|а|у|ом|ов)?)(?![\w-])",  # rules-1.167: a (road) sign, not "в знак протеста"
        re.I,
    ),
}


# "Auf der Website steht der Hinweis: „…“": a "Hinweis" is a notice only where it stands or hangs; so is a
# "Satz" or "Zeile" of text (rules-1.122), but not one in a document ("Im Bericht steht der Satz: …")
# rules-1.128: and what stands on an agenda ("Auf der Tagesordnung steht nur ein Punkt: „…“")
_DE_NOTE_RE = re.compile(r"\b(?:Hinweis(?:e|es)?|Satz|Sätze|Zeilen?|Tagesordnung(?:spunkte?n?)?)\b")
_DE_DOCUMENT_RE = re.compile(
    r"\b(?:\w*(?:[Bb]ericht|[Bb]rief|[Ss]chreiben|[Ee]rklärung|[Mm]itteilung|[Uu]rteil|[Gg]utachten|[Pp]apier|"
    r"[Pp]rotokoll|[Bb]eschluss|[Vv]ertrag|[Gg]esetz|[Ee]ntwurf|[Aa]ntrag|[Bb]uch))\b"
)
# a line of text that appears or hangs somewhere (Ukrainian, Russian): "на сайті з'явився рядок: «…»"
_SLAVIC_LINE_RE = re.compile(r"(?<![\w-])(?:строк[аиуе]|строчк[аиуе]|рядок|рядка|рядки)(?![\w-])", re.I)
_SLAVIC_PLACED_RE = re.compile(
    r"(?<![\w-])(?:появил\w*|висит|висять|висят|висить|горит|горить|горять|горят|значит\w*|з['’]яви\w*)(?![\w-])",
    re.I,
)
_DE_PLACED_RE = re.compile(r"\b(?:steht|stand|stehen|standen|hängt|hing|hängen|hingen|prangt|prangte)\b")

# rules-1.173: a pronoun for a written thing named before, in a lead of its own ("Schüler mit Plakaten. Auf
# einem stand: „…“", "Auf vielen war zu lesen: „…“"; "Protesters carried placards. One read: "…""): no one
# stands or is read "on one"
_PRONOUN_NOTICE_RE = {
    "de": re.compile(
        r"\s*Auf\s+(?:einem|einer|einigen|vielen|manchen|mehreren|allen|beiden|anderen|dem\s+einen|der\s+einen)"
        r"(?:\s+(?:davon|von\s+ihnen|der\s+\w+))?\s+(?:stand|steht|standen|stehen|prangte|prangt|"
        r"(?:war|ist|waren|sind)\s+zu\s+lesen)\s*:?\s*$"
    ),
    "en": re.compile(r"\s*(?:One|Another|Some|Several|Many)(?:\s+of\s+them)?\s+(?:read|reads)\s*:?\s*$"),
}


# rules-1.184: a message from someone else that the lead's subject reads out or shows ("He read aloud a text
# message from his wife: "…"", "Sie zeigt eine Nachricht ihres Bruders: „…“", "показує повідомлення від сусідки:
# «…»"): the words are the sender's, who is not the subject; they are not taken as the subject's statement. A
# message "to" someone ("wrote in a message to supporters:") is the subject's own and is left alone.
# rules-1.196: also an answer someone else gave ("read out the answer of a chatbot: "…"", "las die Antwort eines
# Chatbots vor: „…“", "зачитав відповідь чат-бота: «…»", "показал ответ нейросети: «…»")
_RELAYED_MESSAGE_RE = {
    "en": re.compile(
        r"\b(?:(?:text|voice|WhatsApp|SMS)\s+)?(?:messages?|texts?|SMS|e-?mails?)\s+from\b"
        r"|\b(?:answers?|repl(?:y|ies)|responses?)\s+(?:from|of)\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:\w*[Nn]achricht(?:en)?|SMS|E-Mail|Textnachricht|Antwort(?:en)?)\s+"
        r"(?:von|ihres|seines|ihrer|seiner|eines|einer|des)\b"
    ),
    "uk": re.compile(
        r"(?<![\w-])(?:повідомлення|есемеск\w*|смс|SMS|лист)\s+від(?![\w-])|(?<![\w-])відповід(?:ь|і)\s+(?!на\s)\w",
        re.I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:сообщени[ея]|эсэмэск\w*|смс|SMS|письмо)\s+от(?![\w-])|(?<![\w-])ответы?\s+(?!на\s)\w",
        re.I,
    ),
}


# ... read out or shown by the lead's subject (not "X's last message from her prison cell to her children:")
_READ_OR_SHOWN_RE = {
    "en": re.compile(
        r"\b(?:read|reads|reading|showed|shows|showing|shown|displays?|displayed|holds up|held up)\b"
    ),
    "de": re.compile(r"\b(?:zeigt|zeigte|zeigen|zeigten|liest|las|lasen|vorgelesen|hält|hielt)\b"),
    "uk": re.compile(r"(?<![\w-])(?:показу\w*|показа\w*|чита\w*|прочита\w*|зачиту\w*|зачита\w*)", re.I),
    "ru": re.compile(r"(?<![\w-])(?:показыва\w*|показал\w*|чита\w*|прочита\w*|зачитыва\w*|зачитал\w*)", re.I),
}


def relayed_message(lead: str, lang: str) -> bool:
    """The words before a colon that open a quote name a message from someone else that the subject reads out or
    shows (_RELAYED_MESSAGE_RE, _READ_OR_SHOWN_RE)."""
    pattern = _RELAYED_MESSAGE_RE.get(lang)
    if pattern is None or pattern.search(lead) is None:
        return False
    return _READ_OR_SHOWN_RE[lang].search(lead) is not None


# rules-1.196: a numbered provision of a law or draft opening the lead ("Article 12 of the bill says:", "In Paragraf 4
# des Entwurfs heißt es:", "Стаття 9 документа передбачає:"): the text of the law, no one's statement
_PROVISION_LEAD_RE = re.compile(
    r"\s*(?:(?:In|in|Im|im|У|у|В|в)\s+)?(?:(?:Article|Section|Clause|Paragraph)\s+\d+\w*\s+of\s"
    r"|(?:§|Paragraf\w*|Artikel|Absatz|[Сс]тат(?:т|ь)[а-яіїє]*|[Пп]ункт[а-яіїє]*)\s*\d)"
)


# rules-1.290: the text of a bill, a law or a petition quoted after an impersonal cue ("У законопроєкті №… зазначено:",
# "У тексті петиції йдеться:", "В законопроекте говорится:"): the wording of a text, no one's statement
_LEGAL_TEXT_LEAD_RE = re.compile(
    r"\s*(?:У|В|Во)\s+(?:текст[іе]\s+)?(?:[\w-]+\s+){0,2}?(?:законопро[єе]кт|закон|петиці|петици)[а-яіїє]*"
    r"(?:\s+[^\s:]+){0,4}?\s+(?:йдеться|ідеться|зазначено|сказано|говориться|говорится|написано|записано|указано|"
    r"передбачено|предусмотрено)\s*:\s*$"
)


def is_sign_lead(lead: str, lang: str) -> bool:
    """The words before a colon that opens a quote name a written notice (``lead``: the sentence up to the quote)."""
    pattern = _SIGN_NOUNS_RE.get(lang)
    if pattern is None:
        return False
    if _PROVISION_LEAD_RE.match(lead) is not None:
        return True
    if lang in ("uk", "ru") and ("закон" in lead or "петиц" in lead) and _LEGAL_TEXT_LEAD_RE.match(lead):
        return True
    if pattern.search(lead) is not None:
        return True
    if relayed_message(lead, lang):
        return True
    if (pron := _PRONOUN_NOTICE_RE.get(lang)) is not None and pron.match(lead) is not None:
        return True
    if lang in ("uk", "ru"):
        return _SLAVIC_LINE_RE.search(lead) is not None and _SLAVIC_PLACED_RE.search(lead) is not None
    return (
        lang == "de"
        and _DE_NOTE_RE.search(lead) is not None
        and _DE_PLACED_RE.search(lead) is not None
        and _DE_DOCUMENT_RE.search(lead) is None
    )
