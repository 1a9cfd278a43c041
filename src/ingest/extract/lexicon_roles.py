"""Person and role nouns that head unnamed speaker phrases ("eine Polizeisprecherin", "die Pädagogin",
"— сказав наставник", "— пояснила лікарка"), by language.

German nouns are listed in the masculine; the feminine forms are derived (Sprecher → Sprecherin,
Pädagoge → Pädagogin, Anwalt → Anwältin) so that no feminine is missing. They are matched as the end of
a compound (Polizeisprecherin, Schulleiterin, Personalvorständin). Nominalised adjectives
(Abgeordnete/Abgeordneter, Vorsitzende) are listed with their endings. Ukrainian and Russian role
nouns are stems: a stem covers the feminine (лікар → лікарка, наставник → наставниця, тренер →
тренерка) and the case forms (наставника, тренеру)."""

from __future__ import annotations

import re

from ingest.extract.lexicon import trie_pattern


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# --- German -----------------------------------------------------------------------------------
# rules-1.454: nationality nouns of Europe and the world's larger states ("sagte der Ukrainer", "die Lettin"); a
# masculine that ends a common noun ("Pole": "Metropole", "Lette": "Palette", "Inder": "Kinder") only as its feminine
DE_DEMONYMS = (
    "ukrainer belgier litauer belarusse weißrusse tscheche slowake slowene serbe rumäne bulgare ungar österreicher "
    "schweizer norweger isländer schotte waliser luxemburger moldauer armenier aserbaidschaner kasache "
    "usbeke amerikaner kanadier mexikaner kolumbianer venezolaner chilene kubaner japaner chinese koreaner "
    "vietnamese iraner iraker syrer libanese jordanier israeli palästinenser afghane pakistaner ägypter "
    "marokkaner tunesier algerier libyer nigerianer kenianer südafrikaner äthiopier australier neuseeländer"
).split()
_DE_DEMONYM_FEMININES = ("polin", "lettin", "estin", "inderin")

DE_ROLE_NOUNS = _w(
    # officials and politics
    "minister sprecher chef präsident kanzler leiter direktor experte analyst berater bürgermeister "
    "gouverneur botschafter politiker sekretär senator landrat stadtrat vorstand geschäftsführer "
    "koordinator vertreter beamte ermittler kritiker richter anwalt staatsanwalt verteidiger "
    "gewerkschafter aktivist unterhändler vermittler verhandlungsführer diplomat "
    "kommissar "  # rules-1.236: "Kommissarin Ilona Järvik", "EU-Erweiterungskommissarin …" before a name
    # military and emergency services
    "general kommandeur oberst offizier soldat polizist sanitäter retter feuerwehrmann helfer "
    "leutnant admiral feldwebel inspekteur "  # rules-1.225: "Generalleutnant", "Konteradmiral", "Stabsfeldwebel"
    # professions
    "ökonom volkswirt forscher wissenschaftler historiker jurist arzt mediziner pfleger lehrer pädagoge "
    "erzieher professor ingenieur techniker journalist reporter redakteur fotograf moderator autor "
    "unternehmer manager händler landwirt winzer fahrer pilot mitarbeiter angestellte "
    "bischof pfarrer biologe virologe meteorologe psychologe soziologe politologe "
    # people met in news copy
    "zeuge augenzeuge anwohner bewohner nachbar rentner schüler student passant besucher mieter "
    "vermieter intendant regisseur kurator juror demoskop "
    # rules-1.34: patients, guests, victims, family ("sagte eine Patientin", "erzählte der Vater")
    "patient fan opfer gast fahrgast mutter vater tochter sohn ehefrau ehemann witwe "
    # rules-1.22: fire brigades and innkeepers ("Stadtbrandmeister", "Kreisbrandrat", "die Wirtin")
    "brandmeister brandrat wehrführer wirt "
    "klimaforscher glaziologe hydrologe geologe "
    # rules-1.8: experts in court and inquiry reports
    "gutachter prüfer statiker sachverständige "
    # sport
    "trainer spieler kapitän torwart stürmer sportdirektor "
    # rules-1.395: more positions of the sports pages ("sagte der Kreisläufer", "der Angreifer", "die Sprinterin")
    "kreisläufer angreifer spielmacher sprinter "
    # rules-1.150: a goalkeeper and a coach by their sports-page names ("sagte der Schlussmann", "der Coach")
    "schlussmann torhüter coach "
    # rules-1.9: nationality nouns as descriptions of the person just spoken of ("sagte der Schwede");
    # only weak nouns, whose dative differs ("dem Schweden"; "dem Niederländer" would look nominative)
    "schwede däne russe franzose brite finne großmeister "
    # rules-1.277: more of them (weak: "dem Türken"), and the "-er" nouns of sports pages ("sagte der Engländer")
    "türke kroate portugiese baske grieche niederländer engländer georgier brasilianer spanier argentinier "
    + " ".join((*DE_DEMONYMS, *_DE_DEMONYM_FEMININES))  # rules-1.454 (above)
    + " "
    # rules-1.31: people met in vox pops and at rallies ("sagte eine Verkäuferin", "rief eine Rednerin")
    "verkäufer redner teilnehmer demonstrant pendler kunde hebamme "
    # rules-1.35: heads of a town hall's departments ("sagte die Dezernentin", "der Referent"); 1.388: "der Kämmerer"
    "dezernent referent kämmerer "
    # rules-1.78: deputies ("Fraktionsvize Hendrik …", "die Vize")
    "vize "
    # rules-1.115: owners and workers of any trade ("sagte Inhaber …", "erzählte ein Lagerarbeiter")
    "inhaber arbeiter "
    # rules-1.168: professions without a role noun before ("sagte der Apotheker", "die Epidemiologin"); not
    # Fischer, Förster, König (common surnames)
    "epidemiologe kardiologe statistiker apotheker physiker chemiker psychiater konsul rabbiner musiker "
    "künstler bäcker kassierer schatzmeister dekan rektor dirigent notar dolmetscher architekt"
    " ombudsmann"  # rules-1.203: "…, sagte der Ombudsmann."
    " nachfolger vorgänger"  # rules-1.368: "Sein Nachfolger Dronow kündigte an, …" (a role before the surname)
    # rules-1.377: Austrian heads of a Land, a district and an association ("so der Landeshauptmann", "Obmann X")
    " landeshauptmann bezirkshauptmann obmann"
    # rules-1.377: a party's member of a parliament or government, the party's short name joined by a hyphen
    # ("der SVP-Nationalrat", "ÖVP-Landesrat X"); "der Nationalrat" alone stays the chamber
    " -nationalrat -ständerat -kantonsrat -grossrat -großrat -landesrat -regierungsrat -bundesrat -gemeinderat"
)
_DE_IRREGULAR_FEMININE = {
    "anwalt": "anwältin",
    "staatsanwalt": "staatsanwältin",
    "arzt": "ärztin",
    "landrat": "landrätin",
    "stadtrat": "stadträtin",
    "vorstand": "vorständin",
    "beamte": "beamtin",
    "feuerwehrmann": "feuerwehrfrau",
    "angestellte": "angestellte",
    "ombudsmann": "ombudsfrau",  # rules-1.203
    "landeshauptmann": "landeshauptfrau",  # rules-1.377
    "bezirkshauptmann": "bezirkshauptfrau",
    "obmann": "obfrau",
}
# Nominalised adjectives: der/ein Abgeordnete(r), die Abgeordnete, den Abgeordneten.
DE_ADJECTIVE_ROLES = _w(
    "abgeordnete vorsitzende beauftragte angestellte jährige beamte angeklagte beschuldigte verdächtige "
    "verletzte betroffene jugendliche "
    # rules-1.17: people named by what happened to them or by their part ("Eine Geschädigte aus X")
    "geschädigte befragte geflüchtete vertriebene hinterbliebene angehörige beteiligte überlebende "
    "erkrankte inhaftierte festgenommene sachverständige bevollmächtigte delegierte"
)


def de_feminine(noun: str) -> str:
    """The feminine of a German masculine person noun: Sprecher → Sprecherin, Pädagoge → Pädagogin,
    Anwalt → Anwältin."""
    if noun in _DE_IRREGULAR_FEMININE:
        return _DE_IRREGULAR_FEMININE[noun]
    return (noun[:-1] if noun.endswith("e") else noun) + "in"


# rules-1.18: "-rätin" is a woman on any council (Betriebsrätin, Personalrätin, Gemeinderätin), a person
DE_FEMININE_ROLES = (*(de_feminine(n) for n in DE_ROLE_NOUNS), "rätin")
_DE_ROLE_FORMS = sorted(
    {
        *DE_ROLE_NOUNS,
        *DE_FEMININE_ROLES,
        *(a + e for a in DE_ADJECTIVE_ROLES for e in ("", "r", "n")),
        *(n + "s" for n in DE_ROLE_NOUNS if n.endswith("er")),  # "eines Gerichtssprechers" (rules-1.13)
        "erin",  # any woman named by an agent noun: "Kassiererin", "Bäckerin" (rules-1.31)
    },
    key=lambda w: (-len(w), w),
)


class SuffixSet:
    """Word endings. ``search(word)`` is the longest one that ends ``word`` ("" if none): the text of
    ``re.search("(?:e1|e2|…)$", word)``, found by one anchored match of a trie of the reversed endings
    on the reversed word instead of an alternation tried at every position of the word."""

    __slots__ = ("_rev", "_stem_only")

    def __init__(self, endings: list[str] | tuple[str, ...], stem_only: tuple[str, ...] = ()) -> None:
        self._rev = re.compile(trie_pattern({e[::-1] for e in endings if e}))
        self._stem_only = frozenset(stem_only)  # endings that are no word alone ("erin": the name Erin)

    def search(self, word: str) -> str:
        m = self._rev.match(word[::-1])
        if m is None or (m.end() == len(word) and m.group()[::-1] in self._stem_only):
            return ""
        return m.group()[::-1]


# A German role noun, alone or at the end of a compound (lower-cased token).
DE_ROLE_SUFFIXES = SuffixSet(_DE_ROLE_FORMS, stem_only=("erin",))

# --- Ukrainian and Russian --------------------------------------------------------------------
CYR_ROLE_STEMS = _w(
    # officials
    "міністр министр президент прем речни пресс-секрет прес-секрет прессекрет голов глав керівни "
    "руководител директор губернатор мер мэр депутат парламентар нардеп генерал командувач командующ посол очільни заступни "
    "заместител спікер спикер радни советни начальни секретар координатор лідер лидер представни "
    "староста старосты старосту старосте старостой старости старостою "  # rules-1.309: a village head ("Староста села")
    "генсек "  # rules-1.261: a secretary general, short ("— отметил генсек.", "генсекретар НАТО")
    "гендиректор "  # rules-1.236: "Гендиректор агентства Томас Альбарран" (a role, not the name's first word)
    "голова віце вице завідувач заведующ ректор декан уповноважен уполномочен омбудсм "
    "посланни посланец посланець посланц спецпосланни спецпосланец спецпосланець спецпосланц спецпредставни "  # 1.139
    "посередни посредни "  # rules-1.148: a mediator
    "дипломат "  # rules-1.158: a diplomat ("— добавил дипломат.", "— сказав дипломат.")
    "постпред "  # rules-1.400: a permanent representative, short ("По словам постпреда, …")
    "военком військком замвоенком замвійськком комиссар комісар "  # 1.224: "— рассказал военком."; 1.430: deputy
    "еврокомиссар єврокомісар єврокомiсар "  # rules-1.268: a European commissioner ("Еврокомиссар пояснил, что …")
    "замминистр замглав замначальни замруководител замдиректор замгендиректор помощни помічни "  # 1.369: "зам-", aides
    "управляющ керуюч "  # rules-1.213: a manager ("— отметил в разговоре с «X» управляющий активами …")
    "зампред топ-менеджер "  # rules-1.394: "По словам зампреда, …", "— заявил топ-менеджер"
    "сенатор аудитор замгенпрокурор "  # rules-1.410: "По словам сенатора", "— сказал аудитор"
    "канцлер "  # rules-1.458: a chancellor ("— сказал канцлер.", "Австрийский канцлер подчеркнул, что …")
    "замгубернатор "  # rules-1.439: a governor's deputy, short ("Замгубернатора уточнила, что …")
    # law
    "прокурор адвокат суддя судья судді судьи судде судье суддею судьей слідч следовател юрист правозахисник правозахисниц правозащитник "
    "правозащитниц нотаріус нотариус правоохоронц правоохоронец правоохранител "
    "истец истц истиц ответчи позивач відповідач "  # rules-1.113: parties to a lawsuit ("По словам истцов")
    # experts and professions
    "енергетик энергетик експерт эксперт аналітик аналитик економіст экономист політолог политолог "
    "соціолог социолог історик историк професор профессор дослідник дослідниця исследователь "
    "науковець науковц викладач преподавател вчител учител вихователь воспитател лікар врач хірург "
    "хирург фельдшер медсестр журналіст журналист кореспондент корреспондент блогер інженер инженер "
    "фермер аграрі аграри підприємець підприємц підприємиц предпринимател бізнесмен бизнесмен банкір "
    "банкир водій водител рятувальни спасател волонтер поліцейськ полицейск прикордонник пограничник "
    "митник таможенник "  # rules-1.132: customs officers ("По данным таможенников, …")
    "хакер "  # rules-1.196: hackers ("По утверждению хакеров, …", "Хакери заявили, що …")
    "пасічни пчеловод бджоляр механік механик педагог ріелтор риелтор програміст программист "  # 1.239
    "військовослужб военнослужащ боєць боец командир офіцер офицер сержант солдат активіст активист "
    "пенсіонер пенсионер мешкан житель жителька очевид свідок свідк свидетел жінка женщина чоловік мужчина "
    "пасажир пассажир пацієнт пациент "
    "жінок женщин мужчин "  # rules-1.212: the genitive plural after "one of" ("— сказала одна из женщин")
    "біженець біженц біженк беженец беженц беженк переселен "  # rules-1.184: refugees ("По словам беженки, …")
    # rules-1.14: workers ("Рабочий цеха заморозки, попросивший …, рассказал")
    "рабочий робітни сотрудни співробітни працівни "
    # rules-1.4: science, culture, elections
    "учены учёны учена учёна вчени вчена вчені кліматолог климатолог гляціолог гляциолог геолог "
    "метеоролог синоптик режисер режиссер кандидат доктор "
    "гідролог гидролог сейсмолог вулканолог "  # rules-1.167: hydrologists ("Гидрологи прогнозируют, что …")
    # sport
    "хокеїст хоккеист футболіст футболист спортсмен тренер наставни гравець игрок нападник нападающ "
    "захисник защитник півзахисник полузащитник воротар вратар голкіпер голкипер форвард капітан "
    "капитан арбітр арбитр чемпіон чемпион "
    # rules-1.7: more sports, medicine, shipping, security
    "фігурист фигурист біатлоніст биатлонист лижни лыжни плавчи пловчи гімнаст гимнаст боксер "
    "тенісист теннисист легкоатлет призер педіатр педиатр лікар врач епідеміолог эпидемиолог "
    "інфекціоніст инфекционист капітан капитан моряк штурман експерт эксперт аналітик "
    # rules-1.5: chairs, members, medicine and science, users, students
    "председател член медик астроном астрофизик астрофізик фізик физик біолог биолог хімік химик "
    "ученог учёног ученом учёном користувач пользовател студент сотрудни співробітни працівни работни машиніст машинист диспетчер "
    # rules-1.11: specialists and scientists ("— наголосила науковиця", "— отметил специалист")
    "науковиц спеціаліст специалист фахів археолог еколог эколог ветеринар "
    # rules-1.12: officials ("— наголосив посадовець", "— отметил чиновник")
    "посадовець посадовц посадовиц урядовець урядовц урядовиц чиновни інспектор инспектор адмірал адмирал контр-адм віце-адм вице-адм "
    # rules-1.23: the feminine minister, applicants and girls ("За словами міністерки", "— каже дівчина")
    "міністерк абітурієнт абитуриент дівчин девушк "
    # rules-1.28: performers and artists ("— усміхнувся музикант", "— сказала певица")
    "музикант музыкант співак співачк певец певиц артист актор акторк актер актрис художник художниц "
    "саксофоніст саксофонист піаніст пианист скрипал скрипач гітарист гитарист диригент композитор "
    "хореограф танцівни танцовщ "
    # rules-1.29: relatives as a source ("По словам родственников, …", "За словами родичів")
    "родственни родич "
    # rules-1.30: neighbours ("Её сосед добавил, что …", "— розповіла сусідка")
    "сосед сусід "
    # rules-1.33: a city's head ("— написал градоначальник")
    "градоначальни "
    # rules-1.34: customers, passers-by, visitors, fans, pupils, victims, suspects, family
    "покупател покупець покупц прохож перехож посетител відвідувач болельщ уболівальн школьни школяр "
    "пострадавш постраждал подозреваем підозрюван обвиняем обвинувачен продавец продавщиц продавц "
    "турист мать мати отец батько волонтёр "
    "потерпіл потерпевш "  # rules-1.78: victims of a crime ("Одна з потерпілих розповіла, що …")
    # rules-1.38: designers and builders of machines ("добавил конструктор", "— сказав конструктор проєкту")
    "конструктор "
    # rules-1.60: owners and hosts ("…, кажуть господарі.", "— рассказала хозяйка кафе"), growers and winemakers
    "господар хозяин хозяйк хозяев виноградар винороб винодел "
    # rules-1.115: kitchens and restaurants ("По словам шефа", "— написал повар", "— каже кухарка")
    "шеф повар кухар кондитер официант офіціант бармен ресторатор сомелье "
    # rules-1.127: orchestras and offices ("— добавил дирижер", "— рассказала бухгалтер Наталья")
    "дирижер концертмейстер хормейстер бухгалтер "
    # rules-1.136: officers' ranks ("По словам полковника, …", "— сказав підполковник")
    "полковни підполковни подполковни майор лейтенант "
    # rules-1.168: professions ("— сказав вірусолог", "— рассказала переводчица")
    "вірусолог вирусолог кардіолог кардиолог стоматолог психолог фармацевт консул єпископ епископ священник "
    "священик імам имам письменник письменниц писател перекладач переводчи рибалк рыбак лісник лесник пілот "
    "пилот казначей куратор архітектор архитектор король короля королю королем королём пекар організатор "
    "организатор "  # rules-1.177: "Один з організаторів сказав …"
    "брокер рибовод рыбовод птахівни птицевод тваринни животновод засновни співзасновни основател соосновател "
    "невролог онколог терапевт реабілітолог реабилитолог травматолог офтальмолог "  # rules-1.379: "— говорит брокер"
    # rules-1.237: athletes ("— заявила атлетка", "сказал штангист") and church ranks ("Митрополит Феофан")
    "атлет штангіст штангист важкоатлет тяжелоатлет бігун бегун спринтер фехтувальни фехтовальщ дзюдоїст "
    "дзюдоист борчин борец митрополит архієпископ архиепископ патріарх патриарх настоятел "
    # rules-1.263: authors ("— зізналася авторка") and people called by nationality, as sports and culture
    # pages name the person just spoken of ("— додав нідерландець", "— сказал голландец", "— сказав хорват")
    "автор нідерландець нідерландц нідерландк голландець голландец голландц голландк бразилець бразилец "
    "бразильц бразилійк бразильянк іспанець испанец іспанц испанц іспанк испанк португалець португалец "
    "португальц аргентинець аргентинец аргентинц хорват турок турка турком туркові турчанк італієць "
    "італійц итальянец итальянц француз німець німц немец немц британець британец британц американець "
    "американец американц японець японец японц серб швед норвежець норвежец норвежц бельгієць бельгиец "
    "бельгійц бельгийц швейцарець швейцарец швейцарц австрієць австриец австрійц австрийц датчанин "
    "данець данц мексиканець мексиканец мексиканц колумбієць колумбиец колумбійц колумбийц канадець "
    "канадец канадц українець украинец українц украинц словак словенець словенец словенц румун румын"
)
# Words that start like a role stem but are institutions, activities or adjectives.
CYR_NOT_ROLE = _w(
    "генеральн правоохранительн президентськ президентск міністерств министерств мерії мэри чемпіонат чемпионат арбітраж "
    "арбитраж лікарн лікарськ врачебн хірургічн хирургическ журналістськ журналистск інженерн инженерн "
    "фермерськ фермерск предпринимательств предпринимательск преподавательск учительск вчительськ "
    "воспитательн спасательн волонтерськ волонтерск офіцерськ офицерск солдатськ солдатск тренерськ "
    "тренерск соціологічн социологическ соціологія социология професорськ профессорск исследовательск "
    "адвокатськ адвокатск прокурорськ прокурорск суддівськ судейск кандидатськ кандидатск режисерськ "
    "режиссерск геологічн геологическ метеорологічн метеорологическ докторськ докторск мереж "
    "военкомат військкомат комиссариат комісаріат "  # rules-1.224: the commissariat is a body
    "аудитори аудиторі сенаторск сенаторськ "  # rules-1.410: an audience, a senator's (not the auditor)
    # rules-1.263: not the authors' works, authority, cars, nor the countries and adjectives of the
    # nationality nouns above ("Хорватія", "французький", "Сербия", "шведский")
    "авторитет авторск авторськ авторств автореферат хорваті хорватии хорватия хорватию хорватск хорватськ "
    "французск французьк сербі сербии сербия сербию сербск сербськ швеці швеци швецию шведск шведськ "
    "румуні румуни румынии румыния румынию румунськ румынск словаччин словакия словакии словацк "
    "словенськ словенск туркмен турков турки "
    "археологічн археологическ екологічн экологическ экологичн ветеринарн "
    "секретаріат секретариат "  # rules-1.22: a secretariat is a body, not a secretary
    "артистичн артистическ акторськ актерск композиторськ диригентськ "
    "соседн сусідн "  # rules-1.30: the adjective "neighbouring"
    "головне главное "  # neuter "main" ("Головне управління …"): a body, never a person
    "туристичн туристическ материал матеріал отечеств "  # rules-1.34: not tourists, mothers, fathers
    "господарств господарськ господарн хозяйств виноградарськ виноградарск виноробн винодельч "  # 1.60: farms
    "шефств шефськ шефск поварн кухарськ кондитерськ кондитерск"  # rules-1.115: patronage, sweet shops
    " дирижерск концертмейстерськ концертмейстерск хормейстерськ хормейстерск бухгалтері бухгалтерії "
    "бухгалтерію бухгалтерією бухгалтерия бухгалтерии бухгалтерию бухгалтерией бухгалтерськ бухгалтерск "
    # rules-1.168: adjectives, bodies and activities of the professions above
    "вірусологічн вирусологическ кардіологічн кардиологическ стоматологічн стоматологическ психологічн "
    "психологическ фармацевтичн фармацевтическ консульств консультаці консультац консультуван "
    "консультирован пілотн пилотн пілотуван пилотир пілотаж пилотаж казначейств кураторськ кураторск пекарн "
    "педагогічн педагогическ"  # rules-1.239
)  # rules-1.127: the offices and adjectives of those roles ("бухгалтерия", "дирижерский")


def de_surname_role(kept: list[str]) -> str:
    """The surname of "Müller, Sprecher der Stadt" (a surname, then an apposition headed by a German role
    noun; not a firm's "Marktführer der Branche"), else "" (rules-1.177)."""
    name = kept[0].strip(" ,") if len(kept) == 2 else ""
    words = kept[1].strip(" ,").split() if name[:1].isupper() and " " not in name else []
    if words and words[0].lower() in ("der", "die", "das", "ein", "eine"):
        words = words[1:]
    head = words[0].lower() if words and words[0][:1].isupper() else ""
    ok = head and DE_ROLE_SUFFIXES.search(head) and not head.endswith(("marktführer", "tabellenführer"))
    return name if ok else ""


# rules-1.185: a channel after a hyphen is a body ("Telegram-канал «…» написав", "по данным Telegram-канала Baza"); not
# the medium a person writes in ("в своем Telegram-канале губернатор …", "у Telegram-каналі")
CHANNELS = frozenset(("канал", "канала", "каналу"))

# German descriptions that any office holder may also be given ("die CDU-Politikerin", "der 61-Jährige")
DE_DESCRIPTIVE_RE = re.compile(
    r"(?:politiker|jährige|experte|ökonom|analyst|aktivist|kritiker|unternehmer|manager|wissenschaftler|"
    r"forscher|jurist|mediziner|gewerkschafter|schwede|schwedin|däne|dänin|russe|russin|franzose|französin|"
    r"brite|britin|finne|finnin|biologe|biolog|ärzt|arzt|ingenieur|historiker|chemiker|physiker|architekt|"
    r"psychologe|psycholog|pädagoge|pädagog|türke|türkin|kroate|kroatin|portugiese|portugiesin|baske|baskin|"
    r"grieche|griechin|niederländer|engländer|georgier|brasilianer|spanier|argentinier)(?:in|r|n)?$"  # professions: rules-1.14  # nationality nouns describe, whatever the role
    + r"|(?:"
    + "|".join((*DE_DEMONYMS, *(de_feminine(d) for d in DE_DEMONYMS), *_DE_DEMONYM_FEMININES))
    + r")$"  # 1.454
)

# a Cyrillic feminine role noun opening a phrase: "очільниця", "міністерка", "директорка"
CYR_FEMALE_ROLE_RE = re.compile(
    r"^\w*(?:иця|ниця|ерка|орка|истка|істка|антка|ентка|уха"
    # rules-1.290: the oblique cases too ("За словами нардепки", "очільниці", "директорки", "депутаткою")
    r"|(?:иц|ерк|орк|истк|істк|антк|ентк|атк|епк)(?:і|и|ю|у|ею|ою|ей|ой|ы|е))(?![\w-])"
)  # (not before a hyphen: "вице-премьера" is no "-ице")
