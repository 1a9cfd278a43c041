"""Word lists per language: cue verbs, titles, organisation heads, group nouns, first names.

Everything here is data (and trie_pattern, which turns a list into a regex alternation); the
regexes built from it live in the modules that use them.
Cue verbs are listed by surface form (no lemmatiser): English past/present/perfect forms, the
German finite forms used in news, Ukrainian and Russian past tense forms in both genders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ingest.extract.lexicon_de_cues import DE_CUE_WORDS
from ingest.extract.lexicon_en_cues import EN_COGNITION as EN_COGNITION  # re-exported
from ingest.extract.lexicon_en_cues import EN_NEEDS_THAT as EN_NEEDS_THAT
from ingest.extract.lexicon_en_cues import EN_SPEECH_CUES as EN_SPEECH_CUES
from ingest.extract.lexicon_people import ANON_MARKERS as ANON_MARKERS
from ingest.extract.lexicon_people import FEMALE_ROLE_WORDS as FEMALE_ROLE_WORDS
from ingest.extract.lexicon_people import MALE_ROLE_WORDS as MALE_ROLE_WORDS
from ingest.extract.lexicon_people import MORE_PERSON_NOUNS_EN
from ingest.extract.lexicon_people import NUMBER_WORDS_EN as NUMBER_WORDS_EN
from ingest.extract.lexicon_people import POSSESSIVE_EN as POSSESSIVE_EN
from ingest.extract.lexicon_people import PRONOUNS_EN as PRONOUNS_EN
from ingest.extract.lexicon_slavic import SLAVIC_AFTER_QUOTE_CUES as SLAVIC_AFTER_QUOTE_CUES
from ingest.extract.lexicon_slavic import SLAVIC_EVIDENCE_CUES as SLAVIC_EVIDENCE_CUES
from ingest.extract.lexicon_slavic import SLAVIC_OBJECT_CUES as SLAVIC_OBJECT_CUES
from ingest.extract.lexicon_slavic import UK_RU_CUES as UK_RU_CUES


def words(s: str) -> tuple[str, ...]:
    """Whitespace-separated word list (keeps the lists below compact)."""
    return tuple(s.split())


_w = words


def trie_pattern(items: Iterable[str]) -> str:
    """A regex alternation of ``items`` factored as a trie (much faster than a flat alternation in
    ``re``): at a position it matches the longest item that starts there."""
    trie: dict[str, Any] = {}
    for w in items:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


# --- English (the cue verbs: lexicon_en_cues) -------------------------------------------------
EN_QUOTE_CUES = frozenset(EN_SPEECH_CUES) - EN_COGNITION - {"call", "calls", "called", "ask", "asks"}

PLATFORMS = "Telegram|X|Twitter|Facebook|Instagram|LinkedIn|Truth Social|Bluesky|Threads|VKontakte|VK|YouTube|social media|his blog|her blog"

# --- German ---------------------------------------------------------------------------------
DE_SPEECH_CUES: dict[str, float] = dict.fromkeys(DE_CUE_WORDS.split(), 0.9)
DE_SPEECH_CUES.update(dict.fromkeys([w + "n" for w in DE_SPEECH_CUES if w.endswith("te")], 0.9))
# rules-1.34: the present plural of the present cues ("Experten schätzen, dass …"), not of the separable ones
# ("teilt … mit": "teilen" alone is sharing) nor of the irregular ones
_NO_PLURAL = frozenset(_w("heißt riet rät empfiehlt verspricht kündigt teilt räumt fügt mitteilt einräumt"))


def _present_plural(w: str) -> str:
    if w.endswith("iert"):
        return w[:-1] + "en"  # kritisiert → kritisieren
    return w[:-1] + ("n" if w.endswith(("et", "ert", "elt")) else "en")  # erwartet, äußert, bemängelt; sagt


DE_SPEECH_CUES.update(
    dict.fromkeys(
        [
            _present_plural(w)
            for w in list(DE_SPEECH_CUES)
            if w.endswith("t") and not w.endswith("te") and not w.startswith("ge") and w not in _NO_PLURAL
        ],
        0.9,
    )
)
# rules-1.36: participles unlike the present ("X hat angekündigt, die Sanierung werde …"; not "geraten",
# "gerufen"), cues only after "hat"/"hatte" in their sentence and never passive (cues.find_cues)
DE_PERFECT_PARTICIPLES = frozenset(
    _w(
        "gewarnt gefordert gemeint geschrieben gemahnt geäußert geantwortet gehofft geglaubt geschätzt "
        "mitgeteilt eingeräumt angekündigt hinzugefügt bekanntgegeben gemeldet geschildert versprochen "
        "gerügt empfohlen geurteilt unterstrichen gefürchtet angemerkt"
        " angegeben ausgesagt"  # rules-1.275: "Die Zeugin hatte angegeben, sie sei …"
    )
)
DE_SPEECH_CUES.update(dict.fromkeys(DE_PERFECT_PARTICIPLES, 0.9))
# rules-1.29: cues only with their particle ("…, rechnet sie vor.", "Sie rechnete vor, …"), found by the
# cue scan's lookahead (cues._EXTRA), never as a word of their own ("Die Stadt rechnet mit …"); rules-1.35:
# "machte … deutlich, dass"; rules-1.169: "stellte … fest/klar", "hob … hervor", "führte … aus"
DE_PARTICLE_CUES = frozenset(_w("rechnet rechnete rechneten machte machten macht stellte stellten hob hoben"))
DE_PARTICLE_CUES |= frozenset(_w("führte führten geht ging"))  # rules-1.189: "geht davon aus, dass"
DE_PARTICLE_CUES |= frozenset(_w("ließ ließen lässt"))  # rules-1.275: "…, ließ er … mitteilen."
DE_SPEECH_CUES.update(dict.fromkeys(DE_PARTICLE_CUES, 0.9))
DE_SAYS_FORMS = frozenset(
    _w(
        "sagte sagt sagten erklärte erklärt erklärten betonte betont betonten warnte warnt warnten "
        "schrieb schreibt meinte meint versicherte versichert bekräftigte bekräftigt bestätigte bestätigt "
        "unterstrich unterstreicht erläuterte erläutert berichtete berichtet behauptete behauptet "
        "argumentierte mahnte mahnt ergänzte ergänzt kritisierte kritisiert forderte fordert "
    )
)

# --- Titles and role words (capitalised words that precede a name without being part of it) ------
PERSON_NOUNS_LIST = _w(
    "nurse doctor surgeon engineer volunteer farmer teacher coach analyst coordinator activist lawyer "
    "attorney economist officer researcher scientist pilot driver journalist reporter photographer "
    "historian professor lecturer student resident owner founder manager director editor writer author "
    "strategist pollster consultant expert adviser advisor diplomat negotiator mediator prosecutor investigator "
    "commentator blogger designer architect entrepreneur businessman businesswoman banker trader "
    "mechanic miner soldier sergeant medic paramedic firefighter rescuer priest rabbi imam chef "
    "worker organiser organizer campaigner candidate nominee councillor councilor alderman sheriff "
    "veteran survivor witness mother father spokesman spokeswoman deputy aide chairwoman supporter voter "
    "official lawmaker senator governor mayor minister president chairman leader member executive secretary "
    "man woman boy girl friend neighbour neighbor colleague partner professor judge rector dean principal "
    "headteacher headmaster headmistress curator conductor ombudsman ombudswoman registrar superintendent "
    "chaplain commissioner pastor vicar nun monk farmer fisherman shopkeeper "
    "constituent donor ally backer "  # rules-1.55: "said Cruz constituent Dan Golvach"
    "speaker "  # rules-1.72: "“…,” the speaker said" (a House Speaker named before, a keynote speaker)
    # rules-1.3: sport, courts, everyday roles
    "forward striker midfielder defender goalkeeper keeper winger skipper player footballer athlete "
    "referee defendant claimant plaintiff barrister solicitor magistrate juror pensioner retiree patient "
    "passenger commuter shopper "
    # rules-1.13: staff of public buildings and tenants ("A librarian at one of the branches said …")
    "librarian caretaker cleaner porter receptionist technician carer tenant "
    "coxswain helmsman lifeguard harbourmaster ranger warden "  # rules-1.14: crews ("The coxswain said …")
    # rules-1.25: family ("Alexey Navalny's mom says …", "the victim's widow said …")
    "mom mum dad wife husband son daughter sister brother widow widower grandmother grandfather aunt uncle "
    # rules-1.29: broadcasting ("As a phone rang, the announcer said, “…”", "the ad's narrator says")
    "announcer narrator anchor presenter moderator interviewer host envoy emissary questioner caller attendee "
    # rules-1.34: customers, bystanders, staff, people in custody ("“…,” one employee wrote on Slack")
    "employee customer spectator client visitor tourist motorist pedestrian cyclist bystander onlooker parent "
    "classmate pupil graduate homeowner landlord landlady vendor victim eyewitness protester demonstrator user "
    "listener viewer subscriber buyer investor shareholder donor villager refugee migrant midwife waiter "
    "electrician labourer laborer janitor nanny umpire attendant cashier intern trainee apprentice contractor "
    "prisoner inmate detainee suspect hostage delegate "  # (rules-1.90: "Some delegates at the convention said")
    # rules-1.35: police and accident investigators ("…," the inspector said.)
    "inspector detective constable "
    # rules-1.36: the press ("said CNN correspondent Jane Doe", "the columnist wrote"); inquests and expert
    # evidence ("The coroner said she would write to …")
    "correspondent columnist pundit coroner pathologist toxicologist arborist surveyor "
    # rules-1.40: a team's captain before the name ("said Wolves captain Tomasz Kowal")
    "captain front-runner frontrunner hopeful contender challenger incumbent "  # rules-1.129: races
    "agent broker dealer"  # rules-1.313: "“…,” the agent said" ("a shipping agent", "a grain broker")
)
TITLE_WORDS = frozenset(
    _w(
        "president vice prime minister deputy secretary general governor mayor chancellor senator sen rep "
        "representative lt col gen maj capt sgt adm admiral colonel major captain lieutenant sergeant "
        "commander dr mr mrs ms miss prof professor judge justice chief head spokesman spokeswoman rev reverend "
        "spokesperson ambassador envoy foreign defence defense interior finance economy energy health "
        "justice state national security adviser advisor director chairman chairwoman chair speaker king "
        "queen prince princess pope patriarch archbishop bishop father sir lord lady mp mep pm commissioner "
        "minister' ministers governor-general attorney auditor inspector chancellor foreign-affairs "
        "economic agriculture education culture infrastructure transport digital environment trade "
        "industry social labour labor veterans opposition lawmaker senior first former acting new then "
        "top sheikh emir crown premier presidential executive ceo cfo coo founder co-founder leader "
        "committee parliamentary party central bank military intelligence police army navy air force "
        "regional district city council deputy-head second third rank "  # 1.440: "Captain Third Rank X"
        "hon honourable honorable datuk dato seri alhaji engr comrade cllr barrister madam atty thiru "  # rules-1.378
        "hauptmann "  # rules-1.327: a German captain's rank before the name ("Hauptmann Artjom K.")
    )
    + PERSON_NOUNS_LIST
    + MORE_PERSON_NOUNS_EN
)
PERSON_NOUNS = frozenset(PERSON_NOUNS_LIST + MORE_PERSON_NOUNS_EN)
DEMONYMS = frozenset(  # nationality / origin adjectives that may precede a title
    _w(
        "american british english french german italian spanish portuguese dutch belgian swiss austrian "
        "polish czech slovak hungarian romanian bulgarian serbian croatian slovenian greek turkish "
        "russian ukrainian belarusian moldovan georgian armenian azerbaijani kazakh lithuanian latvian "
        "estonian finnish swedish norwegian danish icelandic irish scottish welsh canadian mexican "
        "brazilian argentine chinese japanese korean indian pakistani iranian iraqi syrian israeli "
        "palestinian egyptian saudi qatari emirati african nigerian kenyan south north western eastern "
        "european nato eu un us u.s. uk "
    )
)
# Head nouns of role phrases ("the minister", "its chief executive") and equivalence classes.
ROLE_CLASSES: dict[str, str] = {}
for _cls, _words in [
    (
        "head",
        "chief head director boss leader ceo executive chairman chairwoman chair manager "
        "керівник голова директор глава руководитель начальник очільник chef leiter leiterin direktor "
        "direktorin vorsitzende vorsitzender präsident präsidentin",
    ),
    (
        "minister",
        "minister ministerin міністр міністерка министр ressortchef ressortchefin",
    ),  # 1.324: Ressort
    (
        "spokesperson",
        "spokesman spokeswoman spokesperson sprecher sprecherin речник речниця "
        "пресс-секретарь пресс-секретар прес-секретар прессекретарь representative",
    ),
    ("president", "president президент präsident"),
    ("governor", "governor губернатор голова-ова gouverneur"),
    ("mayor", "mayor мер мэр міський bürgermeister bürgermeisterin"),
    (
        "general",
        "general commander kommandeur kommandeurin befehlshaber befehlshaberin генерал командувач командующий admiral адмірал адмирал контр-адмірал контр-адмирал generalmajor generalleutnant generaloberst brigadegeneral konteradmiral vizeadmiral flottillenadmiral "  # (German ranks: 1.224)
        "sens reps govs supt det insp cmdr atty cpl pvt brig amb msgr",  # rules-1.75: TITLE_ABBREVIATIONS
    ),
    # economists and analysts are one class: copy calls the same person both ("Chefvolkswirt X …
    # the analyst", "главный экономист X … — отметил аналитик")
    (
        "analyst",
        "analyst аналітик аналитик analytiker expert експерт эксперт economist економіст экономист ökonom "
        "volkswirt chefvolkswirt аналітикиня аналітикині аналітикиню аналітикинею",  # 1.379: the feminine
    ),
    ("lawmaker", "lawmaker legislator mp deputy депутат депутатка abgeordnete abgeordneter політик политик"),
    ("senator", "senator sen senatorin сенатор"),
    ("ambassador", "ambassador посол botschafter"),
    ("envoy", "envoy emissary"),  # rules-1.335: "…, the government's special envoy said.\nPavel Hruby told …"
    ("prosecutor", "prosecutor прокурор staatsanwalt"),
    ("judge", "judge justice magistrate"),  # rules-1.38: "Mr Justice Harrington …" … "The judge said"
    (  # rules-1.236: "Ukraines Menschenrechtsbeauftragter X … sagte der Ombudsmann" is one person
        "ombudsman",
        "ombudsman ombudswoman ombudsmann ombudsfrau menschenrechtsbeauftragte menschenrechtsbeauftragter",
    ),
    ("lawyer", "lawyer attorney counsel anwalt anwältin rechtsanwalt rechtsanwältin адвокат адвокатка"),
    (
        "player",
        "player footballer midfielder striker forward defender winger goalkeeper keeper spieler fußballer "
        "stürmer mittelfeldspieler verteidiger torwart torhüter schlussmann kapitän kapitänin "
        "kreisläufer angreifer spielmacher sprinter",  # rules-1.395
    ),
]:
    for _word in _words.split():
        ROLE_CLASSES[_word] = _cls
ROLE_CLASSES.update(dict.fromkeys(_w("congressman congresswoman assemblyman assemblywoman"), "lawmaker"))

# --- Organisations, groups, anonymous sources -------------------------------------------------
ORG_HEADS = frozenset(
    _w(
        "ministry ministries government kremlin bank office service services agency agencies army force "
        "forces military navy command staff council committee commission parliament court police "
        "intelligence administration authority authorities company firm operator railway railways airline "
        "utility group outlet newspaper broadcaster channel agency institute university union party tv "
        "television radio "  # rules-1.29: "Iranian state TV said", "Russian state television reported"
        "presidency cabinet secretariat department embassy mission delegation fund organization organisation "
        "alliance coalition corporation corp inc ltd plc regulator prosecutor's prosecutors prosecution "
        "guard guards directorate headquarters center centre observatory monitor watchdog commissariat "
        "inspectorate network media tribunal senate house duma rada bundestag pentagon whitehouse nato un "
        "eu opec imf who iaea osce unesco unicef kyivstar ukrenergo naftogaz gazprom rosatom energoatom "
        "ukrzaliznytsia ukrzaliznytsya ukrsalisnyzja air airways airlines "  # 1.148: the railway; 1.30: airlines
        "agro "  # rules-1.243: "Sokil Agro said" is a company
        "bahn "  # rules-1.31: "die Deutsche Bahn" (a German compound ending already was one)
        "body bodies "  # rules-1.33: "…, an industry body said", "the sport's governing body"
        "panel panels "  # rules-1.309: "…, an independent panel of health experts said in a report"
        "confederation "  # rules-1.325: "…, the confederation said" after "The Confederation of Industry"
        "board management club clubs klub klubs kreisen team federation league association chamber exchange carrier manufacturer "  # kreisen: "Aus Kreisen der Behörde" (1.113)
        "maker producer group's operator's council's times post journal guardian telegraph herald tribune "
        "gazette chronicle reuters bloomberg afp interfax tass ria ukrinform zeitung spiegel "
        "paper daily tabloid magazine broadsheet publication website "
        "marketplace platform retailer "  # rules-1.275: "The online marketplace that sold the battery said"
        # rules-1.5: public institutions
        "library museum hospital clinic school zoo charity theatre theater "
        # rules-1.9: investigation branches and inspectorates ("the branch said")
        "branch lab laboratory division front governorate movement forum municipality assembly congress caucus "
        # rules-1.11: rescue and health bodies ("…, the coastguard said", "the trust said"), "центр" in its
        # case forms ("В центре «Амурский тигр» отметили", "По данным центра")
        "coastguard coastguards brigade trust inquiry центр центра центре центру центром центрі "
        "синод синода синоду синоде синоді синодом "  # rules-1.326: a church's synod ("В синоде заявили")
        # rules-1.60: departments in every case ("повідомили у відділі транспорту", "в отделе полиции");
        # whole words only: "отдельные", "відділити" are no bodies
        "відділ відділу відділі відділом відділи відділів отдел отдела отделе отделу отделом отделы отделов "
        # rules-1.12: prefectures ("…, the prefecture of Haute-Vérane said")
        "prefecture prefectures "
        # rules-1.13: transport and custodial bodies ("…, the airport said on Tuesday"); rules-1.127: rescue
        "airport airports port ports harbour terminal prison rescue foundation transit "  # ("Marine Rescue": no person)
        # rules-1.17: an election campaign as a body ("His campaign said in a statement …")
        "campaign academy college consortium syndicate cartel registry archive archives gallery orchestra festival "
        # rules-1.19: UN programmes ("The United Nations Development Programme said")
        "programme program "
        # rules-1.21: news outlets ("The Associated Press said", "Politico reported", "CBS News said")
        "news press politico axios salon forbes wired newsweek esquire tatler globe inquirer jazeera "
        # rules-1.22: firms named by their trade ("Westpoint Securities said", "Harrow Lane Homes"), bureaus,
        # German towns and districts ("Die Stadt teilte mit", "Der Kreis prüfe …")
        "securities holdings homes capital partners investments bureau stadt kreis "
        "finance eye bund "  # 1.23: outlets ("said Yahoo Finance", "Middle East Eye"); 1.117: "Dem Bund für Umwelt …"
        # rules-1.25: drug and laboratory firms named by their trade ("Meridian Biologics said")
        "biologics therapeutics pharmaceuticals biosciences biotech diagnostics laboratories labs "
        "pharma "  # rules-1.352 (blind batch IDS22): "Halberg Pharma" is a firm, not a person "Pharma"
        # rules-1.40: financial firms by their trade ("the lender said", "Nationstead Building Society")
        "lender lenders insurer insurers society "
        "importer importers exporter exporters wholesaler wholesalers distributor distributors "  # rules-1.351
        "leasing lessor lessors "  # rules-1.283: leasing firms ("Aviaprom Leasing said", "the lessor said")
        # rules-1.225: firms named by what they make or do ("Skyforge Systems said", "Harlow Ridge Foods")
        "systems dynamics aerospace robotics solutions networks logistics software enterprises ventures foods brands "
        # rules-1.48: industrial firms named by their trade ("Veltrix Semiconductor said", "Halden Motors"), and
        # makers of things ("the chipmaker said"; "lawmakers" and "policymakers" are people)
        "semiconductor semiconductors technologies electronics motors industries energy chipmaker chipmakers carmaker "
        "carmakers automaker automakers drugmaker drugmakers steelmaker steelmakers planemaker planemakers"
    )
)
# Newspapers named with a role or person noun, only as "The Economist", "The Observer" (an organisation
# there; "the economist said" stays a person); the other outlet words are in ORG_HEADS
OUTLET_ROLE_NOUNS = frozenset(_w("economist spectator observer guardian examiner courier"))
# rules-1.326: the people an organisation stem also starts ("дружина прикордонника": a border guard, no body)
ORG_STEM_PEOPLE = ("прикордонник", "пограничник")
# Organisation words in German / Ukrainian / Russian (lowercased stems).
ORG_STEMS = _w(
    "департамент управлін управлен організац организац фундац апарат аппарат комітет комитет фонд інститут институт університет университет вуз "
    "мерія мэрия метрополітен метрополитен думе думы думой госдум "  # думе: rules-1.93 (not "дума": "думаю")
    "пресс-служб прес-служб пресслужб командуван командовани штаб кабмін кабинет адміністрац администрац "
    "поліці полици прокуратур парламент нацгвард прикордон погранич компані компани агентств "
    "bistum erzbistum diözese landeskirche "  # rules-1.9: church bodies ("Nach Angaben des Bistums")
    "nationen дипведомств дипвідомств "  # rules-1.19: "der Vereinten Nationen"; 1.213: "в дипведомстве"
    "ministeri regierung behörde amt bundes polizei armee kreml міністерств уряд генштаб кремл "
    "министерств правительств служб відомств ведомств офіс офис мвс мвд сбу фсб зсу нбу банк "
    "перевізник перевозчик авіакомпан авиакомпан концерн холдинг корпорац госкорпорац держкорпорац завод "
    "консорциум консорціум konsortium альянс "  # 1.314: "в сообщении консорциума"; 1.380: "в заяві Альянсу"
    "підприємств предприяти груп движени рух угрупован угрупуван роскосмос "  # rules-1.78: groups ("ініціативна група"); 1.144: movements; 1.196: "угруповання «X»", "Роскосмоса"
    "федерац асоціац ассоциац спілк союз мерія мерії мерію мерією мэрия мэрии мэрию мэрией "
    "виконком минобор мінобор минфин мінфін минэнерг міненерг нацбанк центробанк юнісеф юнисеф госкомпан держкомпан "
    "минэконом мінеконом минздрав мінздоров минтранс мінтранс мінінфра минюст мін'юст мінʼюст минпромторг "
    "минцифр мінцифр минпрос минсельхоз мінагро минприрод мінприрод минстро мінрегіон мінсоц минтруд росстат "
    "роскомнадзор росавиац рособрнадзор роспотребнадзор держстат нацполіц "
    "росздравнадзор ростехнадзор ространснадзор росприроднадзор "  # rules-1.60
    "партія партії партію партією партия партии партию партией "  # rules-1.291: a party ("В партії «X» заявили")
    "регулятор редакц телеканал радиостанц радіостанц видавництв издательств видання издани газет портал театр музе "
    "філармон филармон галере кінотеатр кинотеатр бібліотек библиотек мереж "
    # rules-1.5: unions and utilities
    "профспілк профспілц спілці профсоюз теплосет тепломереж водоканал обленерго облэнерго энергосбыт дирекц дирекці "
    # rules-1.6: intelligence and security bodies ("По данным разведки", "у розвідці"); rules-1.95: forestry
    "розвідк разведк контррозвідк контрразведк спецслужб лісгосп лесхоз лісництв лесничеств "
    # rules-1.10: investigations, city councils, inspectorates ("За даними слідства", "У міськраді запевняють")
    "слідств следстви следствен міськрад горсовет інспекц инспекц "
    # rules-1.12: diplomatic missions ("говорится в заявлении дипмиссии"); rules-1.158: consulates ("консульство")
    "дипмісі дипмисси посольств консульств "
    # rules-1.21: town halls and commissions ("Aus dem Rathaus hieß es", "повідомила Центральна виборча комісія")
    "rathaus комісі комисси "
    # rules-1.263: sports clubs ("У клубі заявили, що …", "в клубе сообщили")
    "клуб бирж бірж "  # rules-1.430: an exchange ("По данным биржи, …", "на біржі повідомили")
    # rules-1.22: secretariats ("повідомили в секретаріаті ради")
    "секретаріат секретариат бюро фінустанов финучрежден "  # rules-1.117: "додали у фінустанові"
    # rules-1.35: district administrations ("В управе района сообщили …")
    "управа управы управе управу управой "
    # rules-1.40: weather services ("Как сообщили в региональном гидрометцентре, …")
    "гидрометцентр гідрометцентр метеоцентр укргідрометцентр "
    # rules-1.42: branches of a body ("В отделении Банка России по Архангельской области сообщили …")
    "отделени відділенн "
    # rules-1.54: village, settlement, district and regional councils ("За даними сільради", "у райраді",
    # "в сельсовете"); "раді" is the Ukrainian locative of "рада" after an adjective ("у міській раді")
    "сільрад селищрад райрад облрад сельсовет поссовет райсовет облсовет "  # 1.361: "сообщили в облсовете"
    "оперштаб "  # rules-1.174: an operational headquarters ("По данным регионального оперштаба, …")
    # rules-1.262: Ukrainian state companies by their names ("Про це повідомила Укрзалізниця", "в Укренерго")
    "укрзалізниц укренерго укрпошт укрнафт укргазвидобуван укртрансгаз укравтодор укроборонпром укргідроенерго "
)
GROUP_NOUNS = frozenset(
    _w(
        "officials diplomats sources people analysts economists experts residents witnesses lawmakers "
        "legislators observers critics officers soldiers troops activists investigators prosecutors "
        "doctors medics volunteers locals villagers protesters demonstrators researchers scientists "
        "executives traders investors bankers insiders negotiators campaigners workers employees "
        "representatives members ministers leaders authorities environmentalists diplomat official source "
        "person insider aides aide participants spokespeople commentators citizens voters parents "
        "survivors rescuers engineers pilots farmers drivers teachers students journalists reporters "
        "bloggers experten ermittler beamte beamten polizisten demonstranten anwohner zeugen kritiker "
        "diplomaten politiker analysten ökonomen organisers organizers residents opponents supporters "
        "relatives families veranstalter organisatoren initiatoren meinungsforscher "
        # rules-1.25: a study's authors ("Nach Angaben der Autoren", "die Forschenden")
        "autoren studienautoren forschenden hackers hacker "  # rules-1.196: "Hackers said", "nach Angaben der Hacker"
        "unions lawyers aktivisten umweltschützer zeitungen agenturen "  # rules-1.34: "mehrere Zeitungen"
        # rules-1.23: university staff ("according to two senior academics")
        "academics lecturers professors scholars "
        # rules-1.25: states as a group ("Eight Muslim countries … condemned …")
        "countries nations governments allies states medien "
        # rules-1.25: "Some environmental groups acknowledge that …", "attorneys for the family said"
        "groups organisations organizations agencies companies firms attorneys advocates lobbyists "
        "senators republicans democrats conservatives liberals percent "
        # rules-1.39: sides in court and parliament ("Nach Angaben der Verteidigung habe …", "the defence said")
        "defence defense opposition verteidigung anklage nebenklage opposition "
        "businesses retailers shopkeepers "  # "Local businesses said …" (rules-1.32)
        "campaigns "  # rules-1.42: "Both campaigns said …"
        # rules-1.8: German plural bodies ("teilten die Banken mit")
        "banken konzerne firmen behörden kliniken gewerkschaften verbände parteien sender "
        "verbünde "  # rules-1.325: "Nach Berechnungen der Verbünde …"
        # rules-1.9: a family as the source of a death notice ("her family said")
        "family "
        # rules-1.11: a crew ("the crew said")
        "crew"
    )
)
