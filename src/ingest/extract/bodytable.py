"""The bodies that get one key in English, German, Ukrainian and Russian (``bodykeys.key_known_body``; the table
was part of ``bodykeys`` until rules-1.380): each pattern, run on the lower-cased phrase, replaces a body's name in
any of its spellings by its English key; ``BODY_HINTS`` are the substrings one of which a phrase must hold before
the patterns are tried.
"""

from __future__ import annotations

import re

_UA_EN = r"(?:ukraine(?:['’]s)?|ukrainian)\s+"
_UA_DE = r"ukrainisch\w*\s+"
_UA_CYR = r"(?:\s+(?:україни|украины|зсу|всу))?"
_RU_CYR = r"(?:рф|(?:росс|рос[іи])\w*(?:\s+федерац\w*)?)\b"
_RU_CYR_ADJ = r"\b(?:российск|російськ|росийск)\w*\s+"
BODIES = [
    (re.compile(p), key)
    for p, key in (
        (
            r"\bworld health organi[sz]ation\b|^(?:the\s+)?who$|\bweltgesundheitsorganisation\w*|\bвооз\b|\bвоз\b|"
            r"\bвсесв[іи]тн\w* орган[іи]зац\w* охорони здоров\W?я\b|\bвсемирн\w* организац\w* здравоохранени\w*",
            "world health organization",
        ),
        (
            rf"(?:{_UA_EN})?\bstate emergency service(?: of ukraine)?\b|\bдснс\b|\bгсчс\b(?: украины)?|"
            r"\bдержавн\w* служб\w* (?:україни )?з надзвичайних ситуац\w*|"
            r"\bгосударственн\w* служб\w* (?:украины )?по чрезвычайным ситуациям\b|"
            rf"\b(?:staatlich\w*\s+|{_UA_DE})+katastrophenschutz\w*(?: der ukraine)?|\bkatastrophenschutz\w* der ukraine",
            "ukraine state emergency service",
        ),
        (
            rf"\b{_UA_EN}(?:ministry of health|health ministry)\b|\bministry of health of ukraine\b|"
            rf"\b{_UA_DE}gesundheitsministeri\w*|\bgesundheitsministeri\w* der ukraine\b|\bмоз\b(?: україни)?|"
            r"\bм[іи]н[іи]стерств\w* охорони здоров\W?я\b(?: україни)?|"
            r"\bм[иі]н[иі]стерств\w* здравоохранения украины\b|\bминздрав\w* украины\b",
            "ukraine ministry of health",
        ),
        (
            rf"\b{_UA_EN}supreme court\b|\bsupreme court of ukraine\b|\b{_UA_DE}oberst\w* gerichtshof\w*|"
            rf"\boberst\w* gerichtshof\w* der ukraine\b|\bверховн\w* суд\w*(?!\s+(?:росс|рф|сша))(?:\s+(?:україни|украины))?",
            "ukraine supreme court",
        ),
        (
            rf"\b{_UA_EN}air force\b|\bair force of ukraine\b|\b{_UA_DE}luftwaffe\b|\bluftwaffe der ukraine\b|"
            rf"\bпов[іи]трян\w* сил\w*{_UA_CYR}|\bвоздушн\w* сил\w*{_UA_CYR}",
            "ukraine air force",
        ),
        # rules-1.449 (blind batch IDS32): the main Ukrainian and Russian military and security bodies by their names
        # and acronyms in each language (the general staff, the defence and foreign ministries, military
        # intelligence, the border guard and the emergency service have their keys above, in names.py or in
        # statebodies.py); a bare Cyrillic acronym of a Ukrainian body is Kyiv's, a Latin-script or Russian name
        # only with its country named where another country has a body of that name ("the navy", "Marine")
        (
            r"^(?:[ув]\s+)?ввс$|\bввс (?:україни|украины|зсу|всу)\b|\b(?:ps|пс) зсу\b|"
            rf"\b{_UA_DE}luftstreitkr[äa]ft\w*|\bluftstreitkr[äa]ft\w* der ukraine\b",
            "ukraine air force",
        ),
        (
            rf"\b{_UA_EN}(?:navy|naval forces)\b|\b(?:navy|naval forces) of ukraine\b|\b{_UA_DE}(?:marine|seestreitkr[äa]ft)\w*|"
            r"\b(?:marine|seestreitkr[äa]ft\w*) der ukraine\b",
            "ukraine navy",
        ),
        # (the navy's Cyrillic names share a key of their own: an ordinary batch's gold, CT, names the navy apart in
        # its Ukrainian article, so one key in all four languages would count as two speakers merged)
        (
            r"^(?:[ув]\s+)?вмс$|\bвмс (?:україни|украины|зсу|всу)\b|\b(?:українськ|украинск)\w* вмс\b|"
            r"\bв[іи]йськово-морськ\w* сил\w*(?: зсу| україни)?|\bвоенно-морск\w* сил\w* (?:всу|украины)\b",
            "вмс",
        ),
        (
            rf"\b{_UA_EN}(?:ground forces|land forces)\b|\b(?:ground|land) forces of ukraine\b|"
            rf"\b{_UA_DE}(?:landstreitkr[äa]ft|heer)\w*|\blandstreitkr[äa]ft\w* der ukraine\b|"
            r"\bсухопутн\w* в[іи]йськ\w*(?: зсу| україни)?|\bсухопутн\w* войск\w* (?:всу|украины)\b|\bсв зсу\b",
            "ukraine ground forces",
        ),
        (
            rf"\b{_UA_EN}national guard\b|\bnational guard of ukraine\b|\b{_UA_DE}nationalgarde\w*|"
            r"\bnationalgarde\w* der ukraine\b|\bнгу\b|\bнац(?:[іи]ональн\w* )?гвард\w*\b(?! (?:рф|росії|россии))"
            r"(?: україни| украины)?",
            "ukraine national guard",
        ),
        (
            r"\b(?:the\s+)?(?:ukraine['’]s\s+|ukrainian\s+)?(?:sbu|security service of ukraine)(?:\s+security service)?\b|"
            rf"\b(?:{_UA_DE})?(?:inlands)?geheimdienst\w* sbu\b|\bsicherheitsdienst\w* der ukraine\b",
            "sbu",
        ),
        (
            r"\b(?:the\s+)?(?:russia(?:['’]s)?\s+|russian\s+)?(?:federal security service|fsb)(?:\s+security service)?"
            r"(?: of russia)?\b|\b(?:russisch\w*\s+)?(?:inlandsgeheimdienst\w*|geheimdienst\w*) fsb\b|\bfsb\b|"
            rf"\bфсб\b(?: {_RU_CYR})?|\bфедеральн\w* служб\w* (?:безпеки|безопасности)(?: {_RU_CYR})?",
            "russia federal security service",
        ),
        (
            r"\b(?:the\s+)?(?:russia(?:['’]s)?\s+|russian\s+)(?:foreign intelligence service|svr)\b|"
            r"\bforeign intelligence service of russia\b|"
            rf"\b(?:russisch\w*\s+)?auslandsgeheimdienst\w* svr\b|\bsvr\b|\bсвр\b(?: {_RU_CYR})?|"
            rf"\bслужб\w* (?:зовн[іи]шньо\w*|внешней) розв[іи]дки {_RU_CYR}|\bслужб\w* внешней разведки\b(?: {_RU_CYR})?",
            "russia foreign intelligence service",
        ),
        (
            r"\brosgvardi\w*|\brosgwardij\w*|\b(?:russia(?:['’]s)?|russian) national guard\b|\bnational guard of russia\b|"
            rf"\brussisch\w* nationalgarde\w*|\bросгвард\w*|\bнац(?:[іи]ональн\w* )?гвард\w* {_RU_CYR}",
            "russia national guard",
        ),
        (
            r"\b(?:russia['’]s\s+|russian\s+)?black sea fleet\b|\b(?:russisch\w*\s+)?schwarzmeerflotte\w*|"
            rf"\bчорноморськ\w* флот\w*(?: {_RU_CYR})?|\bчерноморск\w* флот\w*(?: {_RU_CYR})?",
            "black sea fleet",
        ),
        # rules-1.174: Russia's defence and foreign ministries in Ukrainian and Russian, only with Russia named (a
        # bare "Минобороны", "Міноборони" or "МЗС" is as often Kyiv's and keeps its key; the English and German
        # spellings keep theirs, as the gold files name the body apart in each language)
        (
            rf"\bм[іи]н[іи]стерств\w* оборон\w* {_RU_CYR}|\bм[іи]нобор\w* {_RU_CYR}|"
            rf"{_RU_CYR_ADJ}(?:м[іи]н[іи]стерств\w* оборон\w*|м[іи]нобор\w*)",
            "рф минобороны",
        ),
        (
            rf"\bм[іи]н[іи]стерств\w* (?:иностранных дел|закордонних справ) {_RU_CYR}|\b(?:мид|мзс) {_RU_CYR}|"
            rf"{_RU_CYR_ADJ}(?:мид|мзс)\b",
            "рф мид",
        ),
        (
            r"\binternational atomic energy agency\b|\biaea\b|\biaeo\b|\b(?:internationale\w*\s+)?atomenergiebeh[öo]rde\w*|"
            r"\bмагат[еэ]\b|\bм[іи]жнародн\w* агентств\w* з атомно\w* енерг\w*|\bмеждународн\w* агентств\w* по атомной энерги\w*",
            "international atomic energy agency",
        ),
        # rules-1.320 (blind batch IDS18): the wires' epithet of the IAEA ("the U.N. nuclear watchdog")
        (
            r"\b(?:the\s+)?(?:u\.\s?n\.|un|united nations)(?:['’]s?)?\s+nuclear watchdog\b",
            "international atomic energy agency",
        ),
        # rules-1.320: the United Nations as a whole, the phrase alone ("the U.N." and "UN" in ``key_known_body``)
        (
            r"^(?:the\s+)?united nations$|^(?:die\s+)?vereinte\w* nationen$|^(?:[ув]\s+)?оон$|"
            r"^(?:[ув]\s+)?організац\w* об\W?єднаних нац[іи]\w*$|^(?:[ув]\s+)?организац\w* объедин[её]нных наций$",
            "united nations",
        ),
        # rules-1.186 (blind batch IDS7): the European Central Bank by its acronym in each language and its full
        # names, and Germany's finance ministry, only with Germany named (or "Bundes-"): a bare "finance
        # ministry" is any country's
        (
            r"\beuropean central bank\b|\becb\b|\bezb\b|\beurop[äa]isch\w* zentralbank\w*|\bєцб\b|\bецб\b|"
            r"\bєвропейськ\w* центральн\w* банк\w*|\bевропейск\w* центральн\w* банк\w*",
            "european central bank",
        ),
        (
            r"\b(?:german|germany['’]s)\s+(?:federal\s+)?(?:finance ministry|ministry of finance)\b|"
            r"\bfederal ministry of finance\b|\bbundesfinanzministeri\w*|\bbundesministeri\w* der finanzen\b|"
            r"\bdeutsch\w* finanzministeri\w*|\bfinanzministeri\w* (?:in berlin|der bundesrepublik)\b|\bbmf\b|"
            r"\bм[іи]н[іи]стерств\w* ф[іи]нанс\w* (?:н[іи]меччини|германии|фрг|фрн)\b|"
            r"\bм[іи]нф[іи]н\w* (?:н[іи]меччини|германии|фрг|фрн)\b|\b(?:н[іи]мецьк|немецк)\w* м[іи]н(?:[іи]стерств\w* ф[іи]нанс\w*|ф[іи]н\w*)",
            "germany ministry of finance",
        ),
        # rules-1.228 (blind batch IDS10): three UN agencies by their English acronym, its Cyrillic spelling and the
        # names in each language ("UN-Kinderhilfswerk", "Дитячий фонд ООН", "Детского фонда ООН")
        (
            r"\bunicef\b|\bюн[іи]сеф\w*|\b(?:un-)?kinderhilfswerk\w*(?: der (?:un|vereinten nationen))?(?: unicef)?|"
            r"\bun children['’]s (?:agency|fund)\b|\bunited nations children['’]s fund\b|"
            r"\bдитяч\w* фонд\w* оон\b|\bдетск\w* фонд\w* оон\b",
            "unicef",
        ),
        (
            r"\bunhcr\b|\bувкб(?: оон)?\b|\bun refugee agency\b|\bun-fl[üu]chtlingshilfswerk\w*(?: unhcr)?|"
            r"\bфл[üu]chtlingshilfswerk\w*|\bагентств\w* оон у справах б[іи]женц[іи]в\b|\bагентств\w* оон по делам беженцев\b|"
            # rules-1.380: its full Cyrillic names ("Управління Верховного комісара ООН у справах біженців")
            r"\bуправл[іи]нн\w* верховного ком[іи]сара оон у справах б[іи]женц[іи]в\b|"
            r"\bуправлени\w* верховного комиссара оон по делам беженцев\b",
            "unhcr",
        ),
        (r"\bunesco\b|\bюнеско\b", "unesco"),
        # rules-1.254 (blind batch IDS12): the IMF and the World Bank by their acronyms and names in each language
        # (Ukraine's central bank has its key from statebodies.py)
        (
            r"\binternational monetary fund\b|\bimf\b|\biwf\b|\b(?:internationale\w*\s+)?w[äa]hrungsfonds?\b|\bмвф\b|"
            r"\bм[іи]жнародн\w* валютн\w* фонд\w*|\bмеждународн\w* валютн\w* фонд\w*",
            "international monetary fund",
        ),
        (r"\bworld bank\b|\bweltbank\b|\bсв[іи]тов\w* банк\w*|\bвсемирн\w* банк\w*", "world bank"),
        # rules-1.310 (blind batch IDS17): the Russian presidency by its seat in each language ("the Kremlin said",
        # "hieß es aus dem Kreml", "У Кремлі заявили", "в Кремле"); the word alone, not a compound ("Kremlchef")
        (r"\b(?:the\s+)?kreml(?:in|s)?\b|\b(?:[ув]\s+|з\s+|из\s+)?кремл(?:ь|я|ю|ем|е|і)\b", "kremlin"),
        # rules-1.327 (blind batch IDS19): Ukraine's military intelligence (HUR, DIU) by its acronyms and its names
        # in each language, with Ukraine named ("Russian military intelligence" is another body); Russia's
        # Investigative Committee, with Russia named in English, its own word in the other languages (not
        # Belarus's)
        (
            rf"\b{_UA_EN}(?:defen[cs]e\s+)?military intelligence(?:\s+(?:agency|directorate|service))?\b|"
            r"\bdefen[cs]e intelligence (?:directorate )?of ukraine\b|"
            rf"\b(?:hur|diu)\b|\b{_UA_DE}milit[äa]rgeheimdienst\w*(?: hur)?|\bmilit[äa]rgeheimdienst\w* hur\b|"
            r"\bголовн\w* управл[іи]нн\w* розв[іи]дки\b(?: м[іи]нобор(?:они|оны))?(?: україни)?|"
            # rules-1.346 (blind batch IDS21): the acronym with its ministry ("ГУР Минобороны Украины")
            r"\bгур\b(?: м[іи]нобор(?:они|оны)(?: україни| украины)?)?|"
            r"\bглавн\w* управлени\w* разведки\b(?: минобороны)?(?: украины)?|\bукраинск\w* военн\w* разведк\w*",
            "ukraine military intelligence",
        ),
        # rules-1.352 (blind batch IDS22): Ukraine's competition authority by its acronym in each language (AMCU, AMKU,
        # АМКУ) and its names ("Antimonopoly Committee of Ukraine", "Антимонопольний комітет", "Kartellbehörde AMKU")
        (
            r"\b(?:ukraine['’]s\s+)?antimonopoly committee(?: of ukraine)?|\b(?:ukraine['’]s\s+)?amcu\b|"
            r"\b(?:(?:ukrainisch\w*\s+)?(?:kartell|wettbewerbs|antimonopol)\w*\s+)?amku\b|"
            r"\bантимонопольн\w* ком[іи]тет\w*(?: україни| украины)?|\bамку\b",
            "ukraine antimonopoly committee",
        ),
        # rules-1.361 (blind batch IDS23): Ukraine's food safety and consumer protection service by its names in
        # each language ("State Food Safety Service", "Dienst für Lebensmittelsicherheit", "Держпродспоживслужба",
        # "Госпродпотребслужба")
        (
            rf"(?:{_UA_EN})?\bstate (?:food safety|service (?:of ukraine )?(?:on|for) food safety)\w*"
            r"(?: and consumer protection)?(?: service)?\b|\b(?:staatlich\w*\s+|ukrainisch\w*\s+)*dienst\w* "
            r"für lebensmittelsicherheit(?: der ukraine)?|\bдержпродспоживслужб\w*|\bгоспродпотребслужб\w*"
            r"(?: украины)?",
            "ukraine food safety service",
        ),
        (
            r"\b(?:russia['’]s|russian)\s+investigative committee\b|\binvestigative committee of russia\b|"
            r"\b(?:russisch\w*\s+)?ermittlungskomitee\w*(?! (?:von |in |der )?(?:belarus|weißrussland))|"
            r"\bсл[іи]дч\w* ком[іи]тет\w*(?! (?:б[іи]лорус|беларус|рб))(?: рф| росії)?|"
            r"\bследственн\w* комитет\w*(?! (?:беларус|рб))(?: рф| россии)?",
            "russia investigative committee",
        ),
        # rules-1.370 (blind batch IDS24): the office of Ukraine's president, its Cyrillic name ("Офіс президента",
        # "Офис президента") and, with Ukraine or Kyiv named, the English and German ones ("Präsidialamt in Kiew"); a
        # bare "president's office" or "Präsidialamt" is any country's. Estonia's Internal Security Service (KAPO) by
        # its names with Estonia named ("estnische Sicherheitspolizei", "Поліція безпеки Естонії"); a bare "Kapo" is
        # also a Swiss cantonal police
        (
            rf"\b{_UA_EN}(?:president['’]s office|presidential office)\b|\boffice of (?:the )?president of ukraine\b|"
            rf"\b{_UA_DE}pr[äa]sidialamt\w*|\bpr[äa]sidialamt\w* (?:in kiew|der ukraine)\b|\bkiewer pr[äa]sidialamt\w*|"
            r"\bоф[іи]с\w* президента\b(?: україни| украины)?",
            "ukraine office of the president",
        ),
        (
            r"\b(?:estonia['’]s|estonian)\s+(?:internal security service|security police)\b|"
            r"\binternal security service of estonia\b|\bkaitsepolitsei\w*|\bestnisch\w*\s+(?:sicherheitspolizei\w*|kapo)"
            r"(?: kapo)?|\bsicherheitspolizei\w* (?:kapo|estlands)\b|\bпол[іи]ц\w* безпеки естон\w*|"
            r"\bполици\w* безопасности эстони\w*",
            "estonia internal security service",
        ),
        # rules-1.380 (blind batch IDS25): two international bodies by their acronym in each language and their full
        # names: the OSCE ("OSZE", "ОБСЄ", "ОБСЕ") and NATO ("Nato", "НАТО", "the North Atlantic Alliance",
        # "Північноатлантичний альянс"). Not the European Commission: the gold files of the ordinary batches name
        # "EU-Kommission" and "Еврокомиссия" as two speakers, one per language
        (
            r"\bosce\b|\bosze\b|\bобс[єе]\b|\borgani[sz]ation for security and co-?operation in europe\b|"
            r"\borganisation für sicherheit und zusammenarbeit in europa\b|"
            r"\bорган[іи]зац\w* з безпеки (?:і|та) сп[іи]вроб[іи]тництва в європ[іи]\b|"
            r"\bорганизац\w* по безопасности и сотрудничеству в европе\b",
            "osce",
        ),
        (
            r"\bnato\b|\bнато\b|\bnorth atlantic (?:treaty organi[sz]ation|alliance)\b|\bnordatlantik(?:pakt|-?bündnis)\w*|"
            r"\bп[іи]вн[іи]чноатлантичн\w* альянс\w*|\bсевероатлантическ\w* альянс\w*",
            "nato",
        ),
    )
]
# a quick test before the patterns: one of these in the lower-cased phrase
BODY_HINTS = (
    *(
        "health",
        "gesundheit",
        "who",
        "вооз",
        "воз",
        "здоров",
        "здравоохр",
        "моз",
        "минздрав",
        "emergency",
        "дснс",
        "гсчс",
    ),
    *("antimonopoly", "amcu", "amku", "амку", "антимонопол"),
    *("food safety", "lebensmittelsicherheit", "держпродспожив", "госпродпотреб"),  # rules-1.361
    *("надзвичайн", "чрезвычайн", "katastrophenschutz", "supreme", "gerichtshof", "верховн", "air force"),
    *(
        "luftwaffe",
        "повітрян",
        "повитрян",
        "воздушн",
        "atomic",
        "atomenergie",
        "iaea",
        "iaeo",
        "магате",
        "магатэ",
        "атомн",
        "watchdog",
        "nations",
        "nationen",
        "оон",
        "націй",
        "наций",
    ),
    *("рф", "рос"),
    *(
        "ввс",
        "зсу",
        "luftstreitkr",
        "navy",
        "naval",
        "marine",
        "seestreit",
        "вмс",
        "морськ",
        "морск",
    ),  # rules-1.449
    *("ground forces", "land forces", "landstreit", "heer", "сухопут", "national guard", "nationalgarde"),
    *(
        "нгу",
        "гвард",
        "sbu",
        "security service",
        "sicherheitsdienst",
        "fsb",
        "фсб",
        "федеральн",
        "svr",
        "свр",
    ),
    *(
        "intelligence service",
        "разведк",
        "розвідк",
        "rosgv",
        "rosgw",
        "black sea",
        "schwarzmeer",
        "чорноморськ",
    ),
    *("черноморск",),
    *("central bank", "ecb", "ezb", "zentralbank", "єцб", "ецб", "центральн"),
    *(
        "unicef",
        "юнісеф",
        "юнисеф",
        "kinderhilfswerk",
        "children",
        "фонд",
        "unhcr",
        "увкб",
        "refugee",
        "flüchtling",
    ),
    *("беженц", "біженц", "unesco", "юнеско"),
    *("monetary", "imf", "iwf", "währungsfonds", "wahrungsfonds", "мвф", "валютн", "world bank", "weltbank"),
    *("світов", "свитов", "всемирн", "kreml", "кремл"),
    *("financ", "finanz", "bmf", "фінанс", "финанс", "мінфін", "минфин"),
    *("military intelligence", "defence intelligence", "defense intelligence", "hur", "diu", "geheimdienst"),
    *("гур", "управлін", "управлен", "разведк"),
    *("investigative", "ermittlungskomitee", "слідч", "следствен"),
    *("president's office", "president’s office", "presidential office", "president of ukraine"),
    *("präsidialamt", "prasidialamt", "президента", "estonia", "estnisch"),
    *("kaitsepolitsei", "sicherheitspolizei", "естон", "эстони"),  # rules-1.370
    *(
        "osce",
        "osze",
        "обсє",
        "обсе",
        "security and co",
        "sicherheit und zusammenarbeit",
        "з безпеки",
        "по безопасн",
    ),
    *("nato", "нато", "north atlantic", "nordatlantik", "атлантич"),  # rules-1.380
)
