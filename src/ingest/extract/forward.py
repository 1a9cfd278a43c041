"""Speaker phrases after a cue word ("said Olena Marchenko, head of the operator, in …", "— сказав він",
"повідомили в Генштабі", "sagte die Ministerin dem NDR"); the speaker phrases' plausibility: ``plausible``."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import MEDIUM_ADJUNCT_RE, source_complement_end
from ingest.extract.appositions import ends_with_name, follows_possessive, name_after_place, role_before_name
from ingest.extract.bodynames import CYR_AND, count_or_one_of, joined_genitive_end
from ingest.extract.cues import Token
from ingest.extract.cyr_time import CYR_TIME_RE, skip_time_before_body
from ingest.extract.lexicon import PERSON_NOUNS
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.lexicon_slavic import PRON_POSS
from ingest.extract.listeners_de import cue_or_manner, de_name_like, is_named_media_listener
from ingest.extract.nameruns import NAME_PARTICLES, particle_then_name, rank_then_name
from ingest.extract.orgnames import acronym_end, loc_body_start, lower_body_start
from ingest.extract.outlets import outlet_listener_at
from ingest.extract.roles import ROLE_CLASSES, is_cyr_role, is_org_head
from ingest.extract.roles_cyr import cyr_adjective_at
from ingest.extract.scarequotes import name_quote_end
from ingest.extract.speakers import is_cap, is_first_name, is_org_word, is_speaker_noun, is_title_token
from ingest.extract.vonbodies import zu_in_name

STOP_PUNCT = frozenset('.!?;:“”«»„"')
_INDEFINITE_EN = frozenset(("a", "an", "one", "another"))
_FWD_STOP = frozenset(
    _w(
        "in at on during after before to from with when while as by late earlier today yesterday that "
        "adding citing according who which journalists reporters reuters afp ap bloomberg am im bei vor "
        "nach auf gegenüber laut zu zum zur und and but і й та у в на під після під-час журналістам "
        "журналистам агентству газеті газете виданню изданию телеканалу в во во-время после перед ранее "
        "раніше також также dem mit an hinzu zufolge bekannt unter über seit ohne "
        "ins ans aufs "  # rules-1.25: "rief Kröger ins Plenum"; 1.275: "ließ die Ministerin mitteilen"
        "mitteilen verlauten ausrichten "
    )
)
_FWD_STOP_EN = _FWD_STOP - {"an"}  # "said an official" (rules-1.215)
_DE_MEDIA = frozenset(
    _w(
        "Zeitung Nachrichtenagentur Agentur Deutschen Presse-Agentur Tageszeitung Wochenzeitung Zeitschrift "
        'Sendung Sender Funke-Mediengruppe Mediengruppe Redaktion „ "'
    )
)
_DE_MEDIA_PLURAL = frozenset(_w("Zeitungen Sendern Medien Blättern Agenturen"))  # after "den" (rules-1.325)
# Dative listeners between an inverted cue and its speaker ("сказала журналістам речниця …").
_SLAVIC_LISTENERS = frozenset(
    _w(
        "журналістам журналистам репортерам кореспонденту корреспонденту кореспондентам корреспондентам "
        "виданню изданию агентству агентствам телеканалу порталу газеті газете радіо радио"
    )
)
ABBREVIATIONS = TITLE_ABBREVIATIONS
_APPOSITION_STOP = frozenset(_w("who which whose"))
_INITIALS_RE = re.compile(r"[A-ZА-ЯІЇЄҐ](?:\.[A-ZА-ЯІЇЄҐ])*")
_CYR_ON = frozenset(_w("на"))
_CYR_PLURAL_OBJECT_ENDS = ("ів", "їв", "ов", "ев", "ей", "ам", "ям")  # "депутатів", "коллег", "жителям"
_CYR_FROM = frozenset(_w("із з зі из от від"))
_PRONOUN_SUBJECTS = frozenset(_w("він вона вони он она они er sie he she they"))


def _after_lead_adjunct(toks: list[Token]) -> int:
    """Index of a role noun or first name within five tokens after a leading locative ("в районном чате
    пользовательница …"; rules-1.38: a second adjunct and an adjective, "на пресс-конференции после старта
    генеральный конструктор …"; rules-1.86: a spokesman or source noun, "в беседе с ТАСС представитель
    авиакомпании …"), else 0."""
    for k in range(2, min(7, len(toks))):
        w = toks[k].group()
        if _cyr_role_nominative(w) or is_first_name(w) or is_speaker_noun(w):
            return k
        if not w[:1].isalpha() and w not in "«»":  # (1.86: an outlet in quote marks, "з «Суспільним»")
            break
    return 0


def _de_agency_genitive(toks: list[Token], k: int) -> bool:
    """ "der Agentur" with no agency name after it is a genitive ("der Leiter der Agentur am Dienstag"),
    not the listener ("sagte sie der Agentur Reuters"; rules-1.22)."""
    if toks[k].group() != "Agentur":
        return False
    return k + 1 == len(toks) or not (is_cap(toks[k + 1].group()) or toks[k + 1].group() in '„“"«')


def is_abbreviation(word: str, lang: str = "") -> bool:
    """A title abbreviation or an initial ("Rev.", "G.K. Butterfield"); in German an ordinal ("die 3. Kammer")."""
    return word in ABBREVIATIONS or bool(_INITIALS_RE.fullmatch(word)) or (lang == "de" and word.isdigit())


_CYR_IN = frozenset(_w("в у во"))
_CYR_LEAD_PREPS = _CYR_IN | _CYR_ON
# "… та продовольства Віктор …", "начальник управления МЧС по области Игорь …" (rules-1.16)
_CYR_PLACE_PREPS = _CYR_IN | _CYR_ON | _CYR_FROM | frozenset(_w("та і и по"))
_PLACE_PREPS = frozenset(_w("in im at"))
# A capitalised adjective in an oblique case continues a body's name ("пресслужбі Львівської міської ради")
_CYR_OBLIQUE_ADJ_RE = re.compile(
    r"(?:ської|цької|ського|цького|ской|цкой|ского|цкого|ного|ної|ной|ових|ських|ских|ском|цком|ському|цькому)$"
)


def _cyr_role_nominative(word: str) -> bool:
    """A lower-case Ukrainian/Russian role noun that is no dative listener ("руководитель", not "журналістам")."""
    low = word.lower()
    return (
        word[:1].islower()
        and low not in _SLAVIC_LISTENERS
        and not low.endswith(_CYR_PLURAL_OBJECT_ENDS)  # "журналістам", "депутатів": listeners, objects
        and is_cyr_role(low)
    )


def parse_forward(toks: list[Token], text: str, lang: str, org_in: bool = False) -> tuple[str, int]:
    """Speaker NP right after an inverted cue ("said Olena Marchenko, head of the operator, in …").
    With ``org_in`` (a plural Ukrainian/Russian cue) a locative body is the speaker ("повідомили в
    Генштабі")."""
    out: list[Token] = []
    i, stop = 0, _FWD_STOP_EN if lang == "en" else _FWD_STOP  # (German "an" is no English article, 1.215)
    med = MEDIUM_ADJUNCT_RE.match(text, toks[0].start()) if toks and not org_in else None
    if med is not None:  # "повідомив у Telegram очільник ОВА …", "said in a statement the ministry …"
        while i < len(toks) and toks[i].start() < med.end():
            i += 1
    if org_in and lang in ("uk", "ru"):
        toks = skip_time_before_body(toks, text)  # "сообщили в пятницу в ведомстве" (rules-1.261)
    own = 2 if len(toks) > 2 and toks[1].group().lower() in PRON_POSS else 1  # "в її пресслужбі" (1.80)
    if (
        org_in
        and lang in ("uk", "ru")
        and len(toks) > own
        and toks[0].group().lower() in _CYR_IN
        and (lower_body_start if own == 2 else loc_body_start)(
            toks[own].group(), toks[own + 1].group() if len(toks) > own + 1 else ""
        )
    ):
        out.append(toks[own] if own == 2 else toks[0])  # (the body itself after a possessive pronoun)
        i = own + 1 if own == 2 else 1
    if (
        lang in ("uk", "ru")
        and not out
        and i == 0
        and toks
        and (tm := CYR_TIME_RE.match(text, toks[0].start()))
    ):
        while i < len(toks) and toks[i].start() < tm.end():  # "сообщило в субботу Министерство обороны"
            i += 1
        toks = toks[i:]
        i = 0
    if lang in ("uk", "ru") and not out and i == 0:  # "рассказал РБК собеседник …": an outlet listens
        listener = bool(toks) and toks[0].group().lower() in _SLAVIC_LISTENERS  # "сказала журналістам …"
        j = int(listener)
        quoted = -1
        if toks and toks[0].group() == "«" and (qe := name_quote_end(text, toks[0].start())) != -1:
            while j < len(toks) and toks[j].start() < qe:
                j += 1  # "повідомили «Українській правді» двоє депутатів" (rules-1.18)
            quoted = j
        while j < min(4, len(toks)) and (is_cap(toks[j].group()) or toks[j].group() in '«»"'):
            j += 1
        if 0 < quoted < len(toks) - 1 and is_cap(toks[quoted].group()) and is_cap(toks[quoted + 1].group()):
            i = quoted  # "сказав «Українській правді» Олег Коваль": a name after the outlet (rules-1.18)
        elif (
            0 < j < len(toks)
            and (
                _cyr_role_nominative(toks[j + cyr_adjective_at(toks, j)].group())
                or (
                    is_speaker_noun(toks[j].group()) and not toks[j].group().endswith(_CYR_PLURAL_OBJECT_ENDS)
                )
            )  # not "— запевнив Марчук депутатів" (a listener after the name)
            and not is_org_word(toks[j - 1].group())  # "Міністерство енергетики" is the speaker
        ):
            i = j  # "рассказала РИА Новости руководитель исследования …"
        elif 0 < j < len(toks) - 1 and not listener and count_or_one_of(toks, j):
            i = j  # "сообщили «Медузе» два сотрудника театра" (rules-1.18), "… одна из пассажирок" (1.197)
        elif (
            org_in
            and 0 < j < len(toks) - 1
            and not listener
            and toks[j].group().lower() in _CYR_IN
            and lower_body_start(toks[j + 1].group(), toks[j + 2].group() if j + 2 < len(toks) else "")
        ):
            out.append(toks[j])  # "сообщили ТАСС в пресс-службе управления" (rules-1.18)
            i = j + 1
        elif listener and len(toks) > 1:
            i = 1  # "заявив журналістам Олег Коваль", "сказала журналістам 62-річна мешканка …"
        elif toks and toks[0].group().lower() in _CYR_LEAD_PREPS:
            i = _after_lead_adjunct(toks)  # "пишет в районном чате пользовательница …"
    skip_to = -1
    while i < len(toks):
        t = toks[i]
        if t.start() < skip_to:
            out.append(t)
            i += 1
            continue
        if lang in ("uk", "ru") and out and outlet_listener_at(toks[i : i + 5], out[-1].group()):
            break  # "— сказал глава ассоциации РИА Новости": the outlet listens (rules-1.336)
        if (
            (out or i == 0) and t.group() in '«„“"' and (qe := name_quote_end(text, t.start())) != -1
        ):  # "банка «Восток»"; "повідомляє «Економічна правда»" (an outlet right after the cue)
            if not out:  # the outlet's name is the whole phrase ("… з посиланням на …" is not)
                while i < len(toks) and toks[i].start() < qe:
                    out.append(toks[i])
                    i += 1
                break
            skip_to = qe
            out.append(t)
            i += 1
            continue
        if not out and t.group().lower() in _PRONOUN_SUBJECTS:
            out.append(t)  # "— сказала она «Интерфаксу»": a pronoun is the whole speaker phrase
            break
        if t.group() == "." and out and is_abbreviation(out[-1].group(), lang):
            out.append(t)  # "Dr. Ivanna Rudenko"; "die 3. Kammer" (rules-1.35)
            i += 1
            continue
        if t.group() in STOP_PUNCT or (t.group() == "," and not out):
            break
        if t.group() == ",":
            # apposition: ", head of the operator," / ", Anja Brandt" / ", who …" (relative clause: stop)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not (
                nxt.group().lower() in {"the", "a", "an"}
                or (
                    is_title_token(nxt.group()) and (lang != "de" or is_cap(nxt.group()))
                )  # ", man …" (1.231)
                or nxt.group().lower() in {"head", "chief"}
                or is_first_name(nxt.group())
                or (lang == "en" and ends_with_name(toks, i + 1))  # ", Farah Qureshi." (rules-1.40)
                or (
                    lang in ("uk", "ru")
                    and _cyr_role_nominative(toks[i + 1 + cyr_adjective_at(toks, i + 1)].group())
                )
                or (
                    lang == "de" and is_cap(nxt.group()) and i + 2 < len(toks) and is_cap(toks[i + 2].group())
                )
            ):
                break
            j = i + 1
            while (
                j < len(toks)
                and toks[j].group() not in {",", "."}
                and toks[j].group() not in STOP_PUNCT
                and toks[j].group() not in _APPOSITION_STOP
            ):
                j += 1  # ", a Miami lawyer who has been involved …": the relative clause is not the NP
            out.extend(toks[i:j])
            i = j
            continue
        low = t.group().lower()
        if low == "&" and out and i + 1 < len(toks) and is_cap(toks[i + 1].group()):
            out.append(t)  # "said H&R Block", "said Procter & Gamble": one name (rules-1.215)
            i += 1
            continue
        if low == "und" and out and out[-1].group() == "-":
            out.append(t)  # "die Industrie- und Handelskammer"
            i += 1
            continue
        if (
            lang in ("uk", "ru")
            and low in _CYR_IN
            and out
            and is_speaker_noun(out[-1].group())
            and i + 1 < len(toks)
            and toks[i + 1].group()[:1].isalpha()
        ):
            out.extend(toks[i : i + 2])  # "источник в отрасли", "джерело в уряді"
            i += 2
            continue
        if (
            lang in ("uk", "ru")
            and out
            and t.group().isupper()
            and len(t.group()) > 1
            and out[-1].group()[:1].isupper()
            and out[-1].group()[1:].islower()
            and not is_org_word(out[-1].group())
            and not _CYR_OBLIQUE_ADJ_RE.search(out[-1].group())  # "Херсонської ОВА Олександр Прокудін"
            and (i + 1 == len(toks) or not toks[i + 1].group()[:1].isalpha())
        ):
            break  # "— рассказал Елагин ТАСС": an agency after a name is the listener
        if (
            low in ("for", "and")
            and out
            and i + 1 < len(toks)
            and is_cap(toks[i + 1].group())
            and (is_org_head(out[-1].group()) if low == "for" else any(x.group() == "for" for x in out))
        ):
            out.append(t)  # "said the Office for Energy Security and Resilience" (rules-1.20)
            i += 1
            continue
        if lang in ("uk", "ru") and low in CYR_AND and (k := joined_genitive_end(toks, i, out, lang)) > i:
            out.extend(toks[i:k])  # "в Міністерстві освіти і науки" (rules-1.109)
            i = k
            continue
        if lang in ("uk", "ru") and out and low in _FWD_STOP and (k := acronym_end(toks, i)) > i:
            out.extend(toks[i:k])  # "группа реагирования на вулканические извержения (KVERT)" (rules-1.60)
            i = k
            continue
        if low == "zu" and lang == "de" and zu_in_name(toks, i, out):
            out.append(t)  # "räumte Karl-Theodor zu Guttenberg ein" (rules-1.275)
            i += 1
            continue
        if not is_cap(t.group()) and (low in stop or cue_or_manner(low, lang)) and out:
            k = source_complement_end(toks, i, out, lang)  # "said two people familiar with the talks" (1.246)
            if k == -1 and (low in _CYR_PLACE_PREPS or low in _PLACE_PREPS):
                k = name_after_place(toks, i, lang)
            if k == -1:
                break
            out.extend(toks[i:k])  # "председатель совета дома на улице Шаумяна Нина Бородина"
            i = k
            continue
        if (
            lang == "de"
            and out
            and low in ("der", "den")
            and i + 1 < len(toks)
            and (
                toks[i + 1].group() in _DE_MEDIA
                or is_named_media_listener(toks, i + 1, out, _DE_MEDIA)
                or (low == "den" and toks[i + 1].group() in _DE_MEDIA_PLURAL)  # "sagte X den Zeitungen der …"
            )
            and not _de_agency_genitive(toks, i + 1)
        ):
            break  # "sagte die Ministerin der Zeitung „Bild“": the listener
        if (
            lang == "de"
            and low in ("der", "den", "dem")
            and out
            and i + 2 < len(toks)
            and toks[i + 2].group() in ("zu", ".", ",", "!")
            and is_cap(out[-1].group())
            and not (is_title_token(out[-1].group()) or is_org_word(out[-1].group()))
        ):
            break  # "rief Lorenz der Menge zu", "sagte Kessler den Anhängern": a dative listener after a name
        if not is_cap(t.group()) and not out and low in stop:
            break
        if (  # "antwortete der Bahnchef knapp:", "sagte Lorenz später:": an adverb before the colon (1.16)
            lang == "de"
            and out
            and t.group().islower()
            and de_name_like(out[-1].group())
            and (i + 1 == len(toks) or toks[i + 1].group() == ":")
        ):
            break
        if (
            lang in ("uk", "ru")
            and out
            and (low in _SLAVIC_LISTENERS or low.endswith(_CYR_PLURAL_OBJECT_ENDS))
            and t.group().isalpha()
            and t.group().islower()
            and is_cap(out[-1].group())
            and not out[-1].group().isupper()
            and not (is_org_word(out[-1].group()) or _CYR_OBLIQUE_ADJ_RE.search(out[-1].group()))
            and (i + 1 == len(toks) or not toks[i + 1].group()[:1].isalpha())
        ):
            break  # "— запевнив Марчук депутатів", "— сказал Иванов журналистам": the listener after a name
        if (
            lang in ("uk", "ru")
            and out
            and low in _CYR_PLACE_PREPS
            and (k := name_after_place(toks, i, lang)) > 0
        ):
            out.extend(toks[i:k])  # "начальник управления МЧС по области Игорь Самохвалов"
            i = k
            continue
        if (
            not is_cap(t.group())
            and out
            and is_cap(out[-1].group())
            and low not in {"of", "von", "de"}
            and not (low in NAME_PARTICLES and particle_then_name(toks, i + 1))
            and (lang == "en" or (lang in ("uk", "ru") and len(out) >= 3))
            and not (lang in ("uk", "ru") and _CYR_OBLIQUE_ADJ_RE.search(out[-1].group()))
            and not (lang == "en" and role_before_name(toks, i))  # "said Harbridge manager Declan Furey"
            and not (lang == "en" and follows_possessive(toks, i))  # "said Acme's economist" (1.40)
            # a name or acronym modifies the role: "said the UN envoy" (1.36), "said one Trump confidant" (1.104)
            and not (
                lang == "en" and out[0].group() == "the" and (low in ROLE_CLASSES or low in PERSON_NOUNS)
            )
            and not (lang == "en" and out[0].group() in _INDEFINITE_EN and t.group().isalpha())
            and not (
                (out[-1].group().isupper() or is_org_word(out[-1].group())) and rank_then_name(toks, i, lang)
            )  # "ФСБ генерал-майор Г. А. X", "Минобороны генерал-майор X" (1.449)
        ):
            break  # "Литвин журналістам", "Koval said" - a lowercase word after the name ends it
        out.append(t)
        if len(out) > 12:
            break
        i += 1
    if not out:
        return "", -1
    return text[out[0].start() : out[-1].end()], out[0].start()
