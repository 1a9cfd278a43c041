"""Trimming a subject phrase to its noun phrase: leading conjunctions and time adjuncts, trailing
auxiliaries, adverbs and weekdays ("Earlier this month the ministry also" → "the ministry")."""

from __future__ import annotations

import re

from ingest.extract.generations import mark_apposed_generation
from ingest.extract.given_names import is_first_name
from ingest.extract.initials import caps_surname
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_slavic import UK_RU_CUES

_LEAD_STRIP = frozenset(
    _w(
        "and but also so then however meanwhile still yet while as when and, the a an der die das des dem "
        "den і й та а але и но также також "
    )
)
_TRAIL_STRIP = frozenset(
    _w(
        "also has had have then later again further once previously earlier repeatedly recently already often "
        "frequently sometimes always usually routinely famously occasionally regularly "
        "meanwhile today yesterday tonight separately publicly privately reportedly personally itself himself "
        "herself had has will would could is are was were been just first last також теж ще вже знову также тоже еще уже снова "
        "auch zudem außerdem ebenfalls noch bereits erneut gestern heute vorgestern morgens abends zuletzt "
        "selbst раніше ранее неодноразово неоднократно вчора вчера сьогодні сегодня нещодавно недавно "
        "накануне напередодні "  # rules-1.226
    )
)
# only in lower case ("Reuters now reports", "the ministry initially said"; not the outlet "MS Now")
_TRAIL_STRIP_LOWER = frozenset(
    _w(
        "now still too initially originally subsequently officially formally instead however though "
        "nonetheless nevertheless jetzt nun inzwischen "
        "mittlerweile теперь тепер зараз сейчас "
        # rules-1.300: a later time adverb ("Агентство ANRE позднее сообщило", "У відомстві згодом уточнили")
        "позднее позже затем потом впоследствии пізніше згодом потім "
        "водночас натомість одночасно одновременно "  # rules-1.324: "Очільник регулятора водночас наголосив"
        # rules-1.195: a verb of denial before a cue noun ("The ministry dismissed reports that …")
        "denied dismissed"
    )
)
# rules-1.306: "there" after a short noun phrase opened by a determiner or a plural head ("a nurse there", "Officials
# there"): the place adverb, no part of the speaker; not after a verb ("those who live there", "a man working there")
_THERE_NP_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any)\s+(?:[\w’'-]+\s+){0,2}"
    r"|(?:[\w’'-]+\s+)?)(?!\w*(?:ing|ed)\s)(?!(?:who|that|which|live|lives|work|works)\s)[\w’'-]+\s+there"
)
# a trailing manner adverb ("Progressive lawmakers wryly noted"), not a noun ending in -ly (rules-1.25)
_TRAIL_LY_RE = re.compile(r"\s[a-z]{3,}ly$")
_LY_NOUNS = frozenset(
    _w("family ally assembly rally monopoly supply daily weekly monthly quarterly anomaly italy")
)
_SLAVIC_LEAD_RE = re.compile(  # rules-1.226: "Напомним, (накануне) глава МИД заявил": the narrator's aside
    r"(?:напомним|нагадаємо),\s+(?:(?:ранее|раніше|накануне|напередодні|вчера|вчора)\s+)?(?=\S)|"
    r"(?:при этом|при цьому|тем не менее|кроме того|крім того|між тим|между тем|в то же время|водночас|тим часом|"
    r"тем временем|"
    r"в свою очередь|у свою чергу|вместе с тем|разом з тим|"
    # rules-1.197: a time adverb before the subject ("Утром ведомство уточнило …", "Згодом відомство …")
    r"утром|вечером|днем|днём|ночью|позднее|позже|затем|потом|вчера|сегодня|ранее|вранці|уранці|ввечері|"
    r"вночі|пізніше|згодом|потім|вчора|сьогодні|раніше|накануне|напередодні|увечері|уночі|зранку|вдень|удень|"
    r"тогда|тоді)\s*,?\s+(?=\S)"
    # rules-1.261: a season, also after "ще"/"еще" ("Летом он уверял …", "Ще влітку він запевняв …")
    r"|(?:(?:ще|еще|ещё|вже|уже)\s+)?(?:летом|зимой|весной|осенью|влітку|улітку|взимку|узимку|навесні|восени)\s+(?=\S)"
    # rules-1.282: a year ("Ещё в 2016 году глава города обещал …", "Ще у 2014 році прем'єр …"); before, "Ещё" was a name
    r"|(?:(?:ще|еще|ещё|вже|уже)\s+)?(?:в|у)\s+\d{4}\s+(?:році|году|р\.|г\.)\s*,?\s+(?=\S)"
    # rules-1.251: an event in the genitive before the subject ("Після голосування омбудсман …", "После встречи
    # министр …"): one lower-case noun after the preposition, then the subject
    r"|(?:після|после|перед|під час|во время|в ходе|в ході|по итогам|за підсумками|"
    r"наприкінці|на початку|в кінці|у кінці|в конце|в начале)\s+(?-i:[а-яіїєґё'’-]{3,})\s+"  # rules-1.379
    r"(?=\S)"
    # an adverbial participle phrase: "Отвечая на вопрос о переговорах, …", "Коментуючи заяву, …"
    r"|[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ючи|учи|ячи|ачи|уя|юя|ря|вая|чая|ясь)\s[^,]{2,80},\s+"
    # "На вопрос о возможной отставке специалист (ответил)": the subject is the last words (rules-1.31;
    # "На запитання журналістів …", rules-1.33)
    r"|На\s+(?:вопрос|питання|запитання|запит|запрос)\s[^,]{0,80}?\s+(?=(?:(?-i:[А-ЯІЇЄҐ])\S*\s+)*\S+$)"
    # rules-1.173: the question itself after a comma ("На вопрос, появятся ли рейсы в Китай, директор (ответил)",
    # "На запитання журналістів, чи …, він"): the subject follows the question's last comma
    r"|На\s+(?:вопрос|питання|запитання|запит|запрос)(?:\s[^,]{0,60}?)?,\s.{0,200},\s+(?=\S)"
    # rules-1.314: an outlet passing the words on ("Як передає Укрінформ, речник (повідомив)")
    r"|(?:як|как)\s+(?:передає|передает|передаёт|повідомляє|сообщает|пише|пишет)\s+[^,]{1,60},\s+(?=\S)",
    re.I,
)
# rules-1.228: the same adverbs between the subject and the verb ("Госкомпания «Укртепло» тем временем сообщила")
_SLAVIC_TRAIL_RE = re.compile(
    r"\s+(?:тем временем|тим часом|между тем|між тим|в свою очередь|у свою чергу|своєю чергою|со своей стороны|"
    r"зі свого боку|з свого боку"
    # rules-1.276: a reply's adverbial ("У Фонді на це відповіли", "В министерстве по этому поводу заявили")
    r"|на это|на це|по этому поводу|по данному поводу|з цього приводу|з приводу цього|в ответ|у відповідь|"
    r"в відповідь|в связи с этим|в этой связи|у зв['’]язку з цим|в зв['’]язку з цим"
    # rules-1.282: the request or the occasion answered ("У компанії на запит редакції відповіли", "В банке на запрос
    # нашей редакции по электронной почте ответили", "Председатель ЦБ на пресс-конференции заявила")
    r"|на\s+(?:(?:наш|мій|мой|письмовий|письменный|офіційний|официальный)\s+)?(?:запит|запрос|запитання|вопрос|"
    r"питання|брифінгу|брифинге|пресс-конференции|прес-конференції|пресконференції)(?:\s+[^\s,.]+){0,5}"
    # rules-1.352 (blind batch IDS22): a weekday and a place after the name ("— заявил Журавель в среду в Днепре,
    # добавив, что …")
    r"|(?:в|у|во)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю|понедельник|вторник|среду|"
    r"четверг|пятницу|субботу|воскресенье)(?:\s+(?:в|у|во|на)\s+[А-ЯІЇЄҐ][^\s,.]*)?)$",
    re.I,
)
_LEAD_TIME_RE = re.compile(
    r"(?:(?:earlier|later|late|early)\s+)?(?:(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|"
    r"weekend|summer|winter|spring|autumn)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|\d{4})|yesterday|today|tonight|"
    r"(?:seconds|minutes|hours|days|weeks|months|years|moments)\s+later)\s*,?\s+",  # rules-1.81: "Minutes later,"
    re.I,
)
_LEAD_TIME_INITIALS = frozenset("eltnomwfsiyhd")
# rules-1.153: a place adverbial opening the sentence before the subject ("Outside court, the son of one
# resident said …", "Inside the hall, a steward said …"); only capitalised, before a determiner or a name
_LEAD_PLACE_RE = re.compile(
    r"(?:Outside|Inside|Near|Behind|Beside|Opposite)\s+[^,]{1,40},\s+(?=(?:the|a|an|his|her|its|their|one)\s|[A-Z])"
)  # the first letters of _LEAD_TIME_RE's words
_WEEKDAY_KEY_RE = re.compile(  # before trying _WEEKDAY_RE
    "day|week|month|свою|своей|свого|seits|uary|ember|ober|March|April|May|June|July|August|tag|nabend|"
    "ельник|торник|торок|среду|середу|четв|ятниц|суббот|субот|воскрес|неділ"
)
_WEEKDAY_RE = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|evening|night|afternoon))?|last\s+week|this\s+week|last\s+month|в\s+свою\s+очередь|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"у\s+свою\s+чергу|со\s+своей\s+стороны|зі\s+свого\s+боку|з\s+свого\s+боку|seinerseits|ihrerseits|"
    # rules-1.115: "einer Mitteilung der Stadtwerke vom Montag", "des Ministeriums am Freitagabend"
    r"(?:vom|am)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    r"(?:abend|morgen|vormittag|nachmittag)?|"
    # rules-1.242: "МИД Украины в понедельник (заявил)", "Міноборони у вівторок увечері (повідомило)"
    r"(?:в|во|у)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|"
    r"четвер|п['’]ятницю|суботу|неділю)(?:\s+(?:утром|вечером|днем|днём|ночью|вранці|уранці|ввечері|увечері|вночі))?)$"
)
_LEAD_CONJ = frozenset(
    _w(
        "and but also however meanwhile still yet earlier separately while whereas although though even "
        "ранее раніше также також тем водночас "
        "однако проте однак впрочем зокрема кроме крім allerdings zudem außerdem auch jedoch dagegen indes "
        "unterdessen später zuvor сам сама сами самі само aber doch und "
        "окремо отдельно натомість втім"  # rules-1.174: "Окремо начальник ГУР розповів, що …"
    )
)

GO_ON_TO_RE = re.compile(r"\s+(?:(?:has|had|would|will)\s+)?(?:went|goes|go|gone)\s+on\s+to$")
_LEAD_CUES = frozenset(_w("said says told added"))  # lower case: "Said" is a first name
_ASIDE_NOUNS = ("statement", "interview", "post", "letter", "email", "briefing", "video", "filing", "release")
_TRAIL_PARTICIPLE_RE = re.compile(
    r",\s+(?:writing|tweeting|posting|speaking)\s+(?!on\s+condition)(?:on|in|to|at|from)\s+[^,]{1,40}?,?$"
)
_TRAIL_ASIDE_RE = re.compile(
    rf",\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:{'|'.join(_ASIDE_NOUNS)})(?:\s+(?:on|to)\s+\S+)?"
    r"(?:\s+(?:released|issued|posted|published|sent|given|carried|read)\s+(?:by|on|to|in|at)\b[^,]{0,60})?$"
    # "according to Khamenei, in remarks carried by state TV on Saturday" (rules-1.25)
    r"|,\s+in\s+(?:(?:his|her|their|its)\s+)?(?:remarks|comments|a\s+speech|a\s+post|an?\s+\w+\s+(?:post|statement))"
    r"\s+(?:carried|broadcast|published|aired|posted|reported)\s+(?:by|on|in)\s+[^,]{1,60}$"
)
# rules-1.387: "The agency, according to a press release issued on Friday, said": the document between commas
_TRAIL_ACCORDING_DOC_RE = re.compile(
    r",\s+according\s+to\s+(?:a|an|the|its|their)\s+(?:press\s+)?(?:statement|release|letter|post|notice)"
    r"(?:\s+(?:issued|released|published|posted|sent)(?:\s+(?:on|late|last|earlier|at|in)\b[^,]{0,40})?)?,?$"
)

# rules-1.237: the question put to the speaker between commas ("X, asked about the freeze, said …")
_ASKED_ASIDE_RE = re.compile(
    r",\s+(?:when\s+|after\s+being\s+)?asked\s+(?:about|whether|if|by|what|how|why|when|where|who|to|for|on|at|during)"
    r"\b[^,;:\"“”]{0,80}$"
)

# rules-1.326: an outlet carrying the subject's statement between the subject and its cue ("Министерство, как
# сообщает РИА Новости, заявило, что …"): the subject speaks
_TRAIL_AS_SOURCE_RE = re.compile(
    r",\s+(?:як|как)\s+(?:пише|пишуть|пишет|пишут|повідомляє|повідомляють|передає|передають|сообщает|сообщают|"
    r"передает|передаёт|передают)\s+[^,]{2,60}?,?$"
)

# rules-1.326: a given name and the town the person is from ("Марина з Житомира", "Анна из Рыльска")
_CYR_HOME_RE = re.compile(r"(?<=\s)([А-ЯІЇЄҐ][а-яіїєґё'’]+)\s+(?:з|із|зі|из)\s+[А-ЯІЇЄҐ][а-яіїєґё'’-]+$")


def clean_np(text: str, keep_comma: bool = False) -> str:
    """Strip leading conjunctions and trailing auxiliaries/adverbs/time adjuncts; with ``keep_comma``
    a comma closing the phrase (an apposition before the verb) is kept."""
    s = mark_apposed_generation(text.strip(" ;:—–-\t\n"))  # "X der Jüngere, bisher …" (rules-1.243)
    if s[:1] == "”":  # "…,” the police said": the closing mark of the quote before (rules-1.21)
        s = s[1:].lstrip()
    c = s[:1].lower()  # the patterns are tried only where their first letter can match
    lead = (_LEAD_TIME_RE.match(s) if c in _LEAD_TIME_INITIALS else None) or (
        _SLAVIC_LEAD_RE.match(s) if "\u0400" <= c <= "\u04ff" else None
    )
    if lead is not None and lead.end() < len(s):
        s = s[lead.end() :]  # "Earlier this month it said", "On Monday the ministry said"
    elif s[:1] in "OINBH" and (place := _LEAD_PLACE_RE.match(s)) is not None and place.end() < len(s):
        s = s[place.end() :]  # "Outside court, the son of one resident (said)" (rules-1.153)
    changed = True
    weekday = _WEEKDAY_KEY_RE.search(s) is not None
    while changed and s:
        changed = False
        m = _WEEKDAY_RE.search(s.rstrip(" ,")) if weekday else None
        if m:
            s = s[: m.start()].rstrip(" ")
            changed = True
        parts = s.rsplit(None, 1)  # the last word (and whether there are more)
        if len(parts) > 1 and (
            parts[-1].lower().rstrip(",") in _TRAIL_STRIP or parts[-1].rstrip(",") in _TRAIL_STRIP_LOWER
        ):
            s = s[: s.rfind(parts[-1])].rstrip(" ")
            changed = True
        if (
            s.endswith("ly")
            and (ly := _TRAIL_LY_RE.search(s)) is not None
            and s[ly.start() + 1 :] not in _LY_NOUNS
        ):
            s = s[: ly.start()]
            changed = True
        if (
            "\u0400" <= s.rstrip(",")[-1:] <= "\u04ff"  # (rules-1.352: before an apposition's comma too)
            and (adv := _SLAVIC_TRAIL_RE.search(s.rstrip(","))) is not None
            and adv.start() > 0
        ):
            s = s[: adv.start()] + ("," if s.endswith(",") else "")
            changed = True
        if s.endswith(" to") and (go_on := GO_ON_TO_RE.search(s)) is not None:
            s = s[: go_on.start()]  # "She went on to say that …", "…,” he went on to say (rules-1.52)
            changed = True
        if s.endswith(" there") and _THERE_NP_RE.fullmatch(s) is not None:
            s = s[:-6]  # "a nurse there (said)", "officials there": a place adverb (rules-1.306)
            changed = True
        if s.endswith((", who", ", which")):  # "the official, who was quoted …, said" (rules-1.21)
            s = s[: s.rfind(",")]
            changed = True
        if "ing " in s and (part := _TRAIL_PARTICIPLE_RE.search(s)) is not None and part.start() > 0:
            s = s[: part.start()]  # "The president, writing on X, (said)" (rules-1.272)
            changed = True
        if (", in " in s or ", on " in s) and (aside := _TRAIL_ASIDE_RE.search(s)) is not None:
            s = s[: aside.start()]  # "The ministry, in a statement, said" (rules-1.22)
            changed = True
        if ", according to " in s and (acc := _TRAIL_ACCORDING_DOC_RE.search(s)) is not None:
            s = s[: acc.start()]  # "The agency, according to a release issued on Friday, said" (rules-1.387)
            changed = True
        if (", як " in s or ", как " in s) and (via := _TRAIL_AS_SOURCE_RE.search(s)) and via.start():
            s = s[: via.start()]  # "Міністерство, як пише агентство ТАСС, (заявило)" (rules-1.326)
            changed = True
        if (" з " in s or " зі " in s or " із " in s or " из " in s) and (home := _CYR_HOME_RE.search(s)):
            s = s[: home.end(1)] if is_first_name(home[1]) else s  # "Марина з Житомира" (rules-1.326)
            changed = changed or is_first_name(home[1])
        if " asked " in s and (asked := _ASKED_ASIDE_RE.search(s)) is not None and asked.start() > 0:
            s = s[: asked.start()]  # "An IMF spokesperson, asked about the freeze, said" (rules-1.237)
            changed = True
        parts = s.split(None, 1)  # the first word
        if len(parts) > 1 and (parts[0] in _LEAD_CUES or parts[0] in UK_RU_CUES):
            # "said a businessman, who said …", "— заявила она, добавив, что …" (rules-1.21)
            s = parts[1]
            changed = True
        elif parts and parts[0].lower().rstrip(",") in _LEAD_CONJ:
            s = s[len(parts[0]) :].lstrip(" ,")
            changed = True
    s = s.strip(" ;:—–-")
    if (
        s[-1:].islower()
        and "\u0400" <= s[-1:] <= "\u04ff"
        and any(w.isupper() and len(w) > 4 for w in s.split()[-3:])
    ):
        s = _caps_surname_last(s)
    if keep_comma and s.endswith(","):
        return s.rstrip(" ,") + ","
    return s.strip(" ,")


# rules-1.361 (blind batch IDS23): a surname in capitals before the first name (and patronymic) at the phrase's end
_CAPS_SURNAME_RE = re.compile(
    r"(?<!\S)([А-ЯЁІЇЄҐ]{5,}) ([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)((?: [А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)$"
)


def _caps_surname_last(s: str) -> str:
    """ "полковник поліції САВЧУК Віктор (Миколайович)", the Ukrainian official style, as "… Віктор (Миколайович)
    Савчук", when the word in capitals is a surname by ``caps_surname`` and a first name follows it."""
    m = _CAPS_SURNAME_RE.search(s)
    if m is None or not is_first_name(m[2]) or not caps_surname([m[1], m[2], *m[3].split()]):
        return s
    return f"{s[: m.start()]}{m[2]}{m[3]} {m[1].capitalize()}"


# A medium at the end of a subject phrase ("X in a Telegram post", "Кудрин в своем Telegram-канале", "the
# White House’s rapid response account on X", rules-1.34: X, Truth Social, Bluesky, LinkedIn, Threads)
_TRAIL_MEDIUM_RE = re.compile(
    r"\s+(?:в|у|во|на|in|im|auf|bei|on)\s+(?:сво\w+\s+|his\s+|her\s+|its\s+|their\s+|a\s+|an\s+|the\s+|"
    r"einer\s+|seinem\s+|ihrem\s+)?(?:social\s+media\s+)?(?:platform\s+|network\s+)?(?:Telegram|[Тт]елеграм|Facebook|Twitter|Instagram|YouTube|TikTok|соцмереж|"
    r"соцсет|ефір|эфир|інтерв['’]ю|интервью|X(?![\w’'])|Truth Social|Bluesky|LinkedIn|Threads"
    # rules-1.115: a statement ("Компания «X» в своем заявлении подчеркнула", "у своїй заяві"; 1.195: "у спільній заяві")
    # rules-1.326: a summary, also with its adjective ("Генштаб у вечірньому зведенні", "в утренней сводке")
    r"|(?:[а-яёіїєґ]+(?:ому|ем|ій|ой|ей)\s+)?(?:зведенн|сводк)"
    r"|(?:официальн\w+\s+|офіційн\w+\s+|письменн\w+\s+|спільн\w+\s+|совместн\w+\s+)?(?:заявлени|заяв[іи]|сообщени|повідомленн|обращени|зверненн"
    r"|отч[её]т|звіт|доклад|доповід))[^\s,]*"  # rules-1.196: a report ("Аналитики «X» в своем отчете указали")
    r"(?:\s+(?:post|video|channel|account))?$"
)
_MEDIUM_KEYS = (  # one of them is in every match
    *"Telegram елеграм Facebook Twitter Instagram YouTube TikTok соцмереж соцсет ефір эфир інтерв интервью".split(),
    *"Truth Bluesky LinkedIn Threads заяв сообщени повідомленн обращени зверненн отчет отчёт звіт доклад доповід".split(),
    " X",
    "зведенн",
    "сводк",
)


# rules-1.158: a conversation or interview with its partner at the end of a Ukrainian or Russian subject ("Чадова
# в разговоре с корреспондентом «Коммерсанта»", "Министр в интервью «Ведомостям»", "у розмові з журналістами")
_TRAIL_TALK_RE = re.compile(
    r"\s+(?:в|у|во)\s+(?:сво\w+\s+)?(?:разговоре|беседе|интервью|комментарии|розмові|бесіді|інтерв['’]ю|коментарі)"
    r"(?:\s+[^\s,]+){0,5}"
    # rules-1.176: with a participle phrase after a comma ("в інтерв'ю, опублікованому в суботу")
    r"(?:,\s+[а-яёіїєґ'’]+(?:ому|ом|ім)(?:\s+[^\s,]+){0,4})?,?$"
)


def strip_medium(phrase: str) -> str:
    """``phrase`` without a medium at its end (but never the whole phrase)."""
    if (t := _TRAIL_TALK_RE.search(phrase)) is not None and t.start() > 0:
        phrase = phrase[: t.start()]
    if not any(k in phrase for k in _MEDIUM_KEYS):
        return phrase
    m = _TRAIL_MEDIUM_RE.search(phrase)
    return phrase[: m.start()] if m is not None and m.start() > 0 else phrase
