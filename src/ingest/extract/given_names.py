"""Given names: gender of common first names (Latin and Cyrillic) and equivalence classes of
first-name romanisations (Kyrylo = Kirill, Serhiy = Sergei, Olena = Elena = Yelena, ...)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ingest.extract.given_names_world import WORLD_FEMALE, WORLD_MALE


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --- First names (gender) -------------------------------------------------------------------
_MALE = """
andriy andrii andrey andrei andrej andrew oleksandr olexandr alexander aleksandr alexandr alex sasha
oleksiy oleksii olexiy alexei aleksey alexey aleksei serhiy serhii sergiy sergii sergei sergey sergej
dmytro dmitriy dmitry dmitri dmitrij mykhailo mykhaylo mikhail michail michael mykola nikolai nikolay
nicholas volodymyr vladimir wolodymyr ivan iwan petro pyotr petr peter pavlo pavel paul yuriy yurii
yuri iurii jurij yury viktor victor vitaliy vitalii vitaly vitali vasyl vasily vasiliy bohdan bogdan
taras ihor igor yevhen yevgeny evgeny evgeniy eugene anatoliy anatoly oleh oleg roman ruslan maksym
maxim maksim artem artyom denys denis kyrylo kirill cyril valeriy valery valerii vadym vadim stepan
stepan hryhoriy grigory grigoriy borys boris leonid arseniy arseny arsen danylo daniil daniel
rostyslav rostislav yaroslav svyatoslav sviatoslav vyacheslav viacheslav stanislav anton artur
arthur yakiv yakov fedir fyodor fedor semen semyon konstantin kostiantyn kostyantyn ilya illia
heorhiy georgy georgiy george timur tymur vladyslav vladislav volodymyr marat ramzan dzhokhar
gennady hennadiy gennadiy mikheil valentin valentyn eduard emil
olexij oleksij olexii olexander wadim wadym wiktor witalij wassyl mychajlo mykola jewhen serhij andrij juri
alexej aleksej jewgenij jewgeni witali kyrill kostjantyn
jonas lukas luc luca marco mario hans klaus jurgen jürgen wolfgang friedrich olaf boris markus
thomas tomas stefan stephan matthias christian martin frank peter karl josef joseph johann johannes
robert rob bob john james william bill donald joe joseph mike kevin mark david richard charles chris
christopher steven steve brian tony anthony paul george jack henry edward ed emmanuel francois
jean pierre olivier jacques antonio giorgio mario matteo pedro jose carlos juan luis miguel
rishi keir boris justin xi li wang ali mohammed mohammad ahmed hassan recep viktor andrzej
mateusz donald radoslaw radosław jan pavel petr karel niels jens lars anders henrik mette sauli
alexander jens mark olaf konrad wilhelm heinrich hermann helmut horst gerhard günter günther dieter
manfred werner rolf uwe jörg joerg ralf ralph bernd norbert reinhard ulrich andreas michael tobias jan
florian sebastian philipp felix moritz maximilian leon paul lars sven kai dirk jochen volker harald
gregor hubertus armin olaf winfried boris cem robert christoph lothar rainer achim wolfram torsten
thorsten jürgen georg ludwig frank-walter karl-heinz hans-peter
jean-luc jean-claude jean-pierre emmanuel nicolas francois françois laurent julien mathieu thierry
pierre-andre andre andré matteo giuseppe sergio silvio romano enrico mariano pedro pablo javier alejandro
andrzej jaroslaw jarosław tomasz piotr pawel paweł krzysztof marek wojciech rafal rafał
john james william george charles thomas henry edward richard robert michael david daniel matthew
andrew anthony joseph steven kevin brian timothy jeffrey ronald gary larry scott eric stephen
jonathan benjamin samuel nathan adam patrick sean ryan jacob ethan tyler aaron kyle jeremy
mitch chuck ted marco rand jeb ben bernie tim tom jim jerry ron rick newt hank dick barack
alois anton benedikt bernhard bruno carsten detlef dominik egon elias emil erich ernst erwin eugen fabian
fritz gerd gottfried günther hannes heiko helge henning holger hubert ingo jakob joachim johann josef julian
kurt lennart leopold lutz marcel marius mathias max niklas nils oliver oskar otto patrick peer rudolf
hendrik henrik rüdiger simon steffen thilo till timo tim udo ulf valentin viktor vincent walter werner wilfried yannick
lorenz laurenz vinzenz patrik
adrian alan albert alfred arnold barry bruce carl colin craig dean dennis derek douglas duncan earl
ernest fred gordon graham harold harry howard ian keith kenneth lawrence leonard luke martin neil nigel
norman oscar philip ralph ray roger ross roy russell stanley stuart terry trevor victor wayne
ostap nazar myroslav orest vsevolod mykyta nikita gleb hlib yegor egor lev matvey matvii savva platon
timofey tymofiy efim arkady arkadiy philipp filip nestor emil ildar rinat rustam albert eric erik
ahmed omar karim tariq hamid rashid yusuf mustafa ibrahim khalid chalid hakan emre mehmet ali reza farid
liam noah oliver elijah lucas mason logan owen caleb hunter connor evan gavin isaac jason miles
nolan quentin rhys seth toby victor wesley zachary felipe rodrigo diego sergio raul fernando
callum calum alasdair alistair hamish angus euan ewan iain fergus gints janis jānis andris maris māris edgars
ottokar siegfried eberhard burkhard detlev arnd jannik lasse ekkehard kuno friedhelm gernot hinrich jost
ollie olly freddy gethin emyr aled owain finlay niall cian oisin ronan
"""
_FEMALE = """
olena elena yelena jelena helena olga olha olya iryna irina yuliya yulia julia iuliia yuliia
natalja tetjana ljudmila jekaterina julija
kateryna katerina ekaterina yekaterina kate catherine tetiana tetyana tatiana tatyana natalia
nataliya natalya natalie oksana svitlana svetlana lyudmyla lyudmila ludmila liudmyla halyna galina
hanna anna ganna maria mariya mariia marina maryna nadia nadiya nadezhda viktoriya victoria viktoria
alina alyona alena daria darya dariia daryna sofia sofiya sophia valentyna valentina larysa larisa
inna ivanna lesia lesya khrystyna kristina christina veronika vera anastasia anastasiya nastya
zoya liliya lilia ella ruslana ulyana uliana zhanna oleksandra aleksandra alexandra polina
maria margarita ksenia kseniya oksana lyubov liubov evgenia yevheniya
miriam anne anna angela annalena ursula ulrike sabine petra claudia katarina katharina christine
christina kristin kirsten heike birgit susanne stefanie andrea nancy julia lena sarah sara
emily emma hannah laura jessica jennifer mary elizabeth liz margaret kamala hillary nikki
marine giorgia roberta kaja mette sanna aino jacinda theresa nicola ewa beata agnieszka
ursula ylva magdalena sophie marie amelie giulia elisa
gisela brigitte monika renate helga ingrid ute gabriele karin sigrid elke jutta doris bärbel
annette cornelia dorothea franziska johanna katrin kathrin lisa luisa nina silke simone tanja
svenja wiebke yvonne manuela marianne christiane irene celine céline isabel rita ruth liza
michelle melania ivanka susan karen linda barbara patricia deborah carolyn kathleen diane
rachel rebecca stephanie heather megan ashley amanda samantha michele chelsea
marta ewa joanna katarzyna małgorzata malgorzata zofia
isabelle catherine christine valerie valérie segolene ségolène brigitte hillary nancy elizabeth
kamala tulsi amy kirsten sandra sabina sabrina carina karina jana janina anja antje astrid bettina
carola daniela diana edith elena elisabeth erika eva frieda greta hanna heidi ilse ines iris jasmin
judith karla kerstin klara kristina lea lina luise maren marlene martina melanie michaela miriam nadine
nadja natascha nicole paula pia regina rosa sofie stella susanna theresa ulla vanessa vera
victoria viola wilma agnieszka alicja beata dorota grazyna halina hanna irena jolanta krystyna
lina mila nika ola olha sabine stefanie lucia lucie ana carmen pilar sara elena
solomiya zoriana myroslava olesya tamara raisa nina lidia lidiya diana angelina valeria yelyzaveta
yelizaveta elizaveta kira maya zlata yaroslava bohdana roksolana maryana stefaniya emilia taisiya alla
elvira inessa rimma regina snizhana snezhana alisa ada ava grace chloe zoe ella ruby lily isla
freya mia olivia amelia isabella sophia charlotte harper evelyn abigail madison avery scarlett
aria layla nora hazel aurora penelope riley lillian addison eleanor natalie leah audrey brooklyn
claire skylar lucy paisley anna caroline nova genesis emilia kennedy maya willow kinsley naomi
aaliyah elena sarah ariana allison gabriella alice madelyn cora ruby eva serenity autumn adeline
hailey gianna valentina isla eliana quinn nevaeh ivy sadie piper lydia alexa josephine emery julia
delilah arianna vivian kaylee sophie brielle madeline hilde ingrid greta margit liesel anke
fiona moira morag eilidh ailsa kirsty morwenna élise elise nathalie elina ilze inese
friederike ottilie gesine almut hiltrud sieglinde ingeborg rosemarie annegret henrike hedwig mechthild
irmgard adelheid liselotte lieselotte birte gesa edeltraud roswitha elfriede christa hildegard gertrud
anneliese margot gerda mathilde wilhelmine henriette merle jule
ellie maisie lottie tilly imogen seren jodie jessie gracie hollie libby abbie nellie aisling grainne morven
rhian lowri bethany felicity rosalind philippa pippa hattie
"""
# The world lists (given_names_world*.py) add names of other regions; an entry here keeps its gender.
FEMALE_NAMES = frozenset(_FEMALE.split()) | (WORLD_FEMALE - frozenset(_MALE.split()))
MALE_NAMES = (frozenset(w for w in _MALE.split() if w.replace("-", "").isalpha()) | WORLD_MALE) - FEMALE_NAMES
# rules-1.343: Ukraine's official romanisation of "-ія" ("Solomiia", "Sofiia") beside the "-iya" of older copy
FEMALE_NAMES |= frozenset(w[:-3] + "iia" for w in FEMALE_NAMES if w.endswith("iya") and w.isascii())
# a name with an umlaut or accent is looked up without it ("Jörg" → "jorg", rules-1.31)
FEMALE_NAMES |= frozenset(_strip_accents(w) for w in FEMALE_NAMES)
MALE_NAMES |= frozenset(_strip_accents(w) for w in MALE_NAMES) - FEMALE_NAMES

# Cyrillic first names (nominative) with gender; rules-1.263 added the last lines of each list (Spanish,
# Portuguese, Italian, Dutch and Turkish names as sports and culture pages write them: "Лукас", "Марино", "Ян");
# rules-1.277 a last line of men's names (Georgian, Basque, Dutch, Scottish: "Давид", "Іньїго", "Шурд", "Крейг");
# rules-1.309 German, Scandinavian and English men's names ("по словам Томаса Штайнера": the genitive's nominative)
_CYR_MALE = """
андрій андрей олександр александр олексій алексей сергій сергей дмитро дмитрий михайло михаил микола
николай володимир владимир іван иван петро петр пётр павло павел юрій юрий віктор виктор віталій
виталий василь василий богдан тарас ігор игорь євген евгений анатолій анатолий олег роман руслан
максим артем артём денис кирило кирилл валерій валерий вадим степан григорій григорий борис леонід
леонид арсеній арсений данило даниил ростислав ярослав святослав вячеслав станіслав станислав антон
артур яків яков федір федор фёдор семен семён костянтин константин ілля илья георгій георгий тимур
владислав геннадій геннадий валентин едуард эдуард рамзан марат остап назар мирослав орест зеновій
всеволод ярема лук'ян євстахій мстислав любомир богдан-ігор тимофій тимофей никита микита глеб гліб егор
єгор лев матвей матвій савва савелий платон прохор добрыня эмиль ефим юхим аркадий аркадій вениамин
веніамін виталий филипп пилип нестор остап самуил эрик ильдар ринат айдар рустам азат альберт
янис андрис гинтс марис эдгарс
халид халід мехмет гіоргі гиорги ахмед ахмет мустафа омар
дьордь дьєрдь ласло золтан іштван иштван ференц янош габор томаш йожеф
білл билл вільям уильям вильям
шамиль шаміль магомед ахмат заур эльдар ельдар ренат аслан рашид тагир тагір хасан хусейн умар исмаил
ісмаїл алихан аліхан нурлан ерлан єрлан дамир дамір рамиль раміль фарид фарід гейдар булат арсен самвел
ашот гурам зураб ираклий іраклій леван давит вахтанг нодар тенгиз тенгіз бидзина бідзіна ильхам ільхам
касым бахтияр кемаль
лукас педро диего дієго хуан карлос хосе жозе жоао жуан рафаэль рафаель габриэль габріель мигель мігель
хавьер хав'єр хорхе серхио серхіо пабло альваро фернандо родриго родріго хулио хуліо мартин мартін матео
себастьян алехандро эдуардо едуардо рикардо рікардо тиаго тіаго винисиус вінісіус неймар марсело бруно
фабио фабіо густаво ренато паулу пауло луис луїс мануэль мануель фелипе феліпе антонио антоніо франсиско
франциско марио маріо марино паоло джованни франческо маттео питер пітер йост рууд руд хенк виллем віллем
ян дирк кеес маартен мартен мемфис эмре емре керем арда мерт озан бурак хакан эрдем ердем мурат селим ферхат
давид давіт шурд крейг іньїго иньиго ініго иниго микель мікель айтор унаи унаї хабьер хаб'єр горка икер ікер
томас клаус юрген юрґен вольфганг михаэль міхаель кристиан крістіан торстен свен ларс ульф йенс єнс андреас
маркус тобиас тобіас штефан патрик патрік даниэль даніель феликс фелікс маттиас маттіас йоханнес йоганнес джон
джеймс майкл роберт ричард річард дэвид девід стивен стівен кристофер крістофер
тоомас урмас яан індрек индрек прійт прийт пріт рейн тійт тийт андрус айвар маргус тармо
"""
_CYR_FEMALE = """
олена елена ольга ірина ирина юлія юлия катерина екатерина тетяна татьяна наталія наталья наталия
оксана світлана светлана людмила галина ганна анна марія мария марина надія надежда вікторія виктория
аліна алина альона алёна дарія дарья софія софья софия валентина лариса інна инна іванна леся
христина кристина вероніка вероника віра вера анастасія анастасия зоя лілія лилия руслана уляна
ульяна жанна олександра александра поліна полина ксенія ксения любов любовь євгенія евгения
маргарита яна ліна лина віра вира соломія зоряна мирослава олеся тамара раїса раиса ніна нина лідія лидия діана диана
ангеліна ангелина валерія валерия єлизавета елизавета кіра кира майя майя злата ярослава богдана роксолана
христя мар'яна марьяна стефанія стефания емілія эмилия таїсія таисия вікторина евгения евдокия елена
алла эльвира ельвіра элла інеса инесса римма лариса регіна регина снежана сніжана жанна аліса алиса
марта дарина элина
сабіна сабіне сабина
лола кармен пилар пілар лусия лусія беатрис габриэла габріела фернанда изабель ізабель паула фенна лотте
мерве зейнеп айше элиф еліф мартина мартіна луиса луїса хуана
гульнара зарина заріна лейла айгуль камила каміла динара алсу гузель эльмира ельміра асель фатима фатіма
амина аміна нино ніно тамар саломе мариам маріам
кадрі кадри керсті керсти пірет пирет трійн триин
"""
CYR_FEMALE_NAMES = frozenset(_CYR_FEMALE.split())
CYR_MALE_NAMES = frozenset(_CYR_MALE.split()) - CYR_FEMALE_NAMES


# First-name equivalence classes: canonical → variants (Latin, lowercase, after diacritic strip); rules-1.134: English
# short forms ("Bob Goodlatte" is "Robert W. Goodlatte").
# rules-1.380: six Ukrainian names whose Russian form is spelled apart ("Віра" = "Вера", "Любов" = "Любовь", "Гліб" = "Глеб")
_FIRST_CLASSES = """
kyrylo kirill kiril kyril cyril kirilo
oleksiy oleksii oleksij olexiy alexei aleksey alexey aleksei aleksej alexej alexey oleksi olexij olexii
serhiy serhii serhij sergiy sergii sergei sergey sergej serge sergiy
dmytro dmitriy dmitry dmitri dmitrij dmytriy dimitri
olena elena yelena jelena olena ielena alena
oleksandr olexandr oleksander olexander aleksandr alexandr alexander aleksander
andriy andrii andrij andrey andrei andrej
mykhailo mykhaylo mikhail michail mikhaylo mihail mychajlo
mykola nikolai nikolay nikolaj mikola
volodymyr vladimir wolodymyr volodimir wladimir
yuriy yurii yuri iurii jurij yury juri
yevhen yevgeny evgeny evgeniy evgenii yevgeniy jewgeni eugene yevgen jewhen
vitaliy vitalii vitaly vitali vitalij witalij
vasyl vasily vasiliy vasilii wassili vasil wassyl
hryhoriy grigory grigoriy grigorii hryhorii
ihor igor ihor
oleh oleg
petro pyotr petr pjotr
pavlo pavel
maksym maxim maksim
artem artyom artiom
denys denis
heorhiy georgy georgiy georgii heorhii giorgi georgi
khalid khaled chalid
kostiantyn kostyantyn konstantin kostjantyn
illia ilya illya ilia
fedir fyodor fedor
yakiv yakov
semen semyon
hennadiy gennady gennadiy gennadii hennadii
valeriy valery valerii valeri
vadim vadym wadim wadym
anatoliy anatoly anatolii anatolij
arseniy arseny arsenii
danylo daniil
viacheslav vyacheslav
stanislav stanislaw
yaroslav jaroslav iaroslav jaroslaw
sviatoslav svyatoslav
rostyslav rostislav
vladyslav vladislav
borys boris
leonid leonid
taras taras
bohdan bogdan
olha olga
iryna irina
yuliya yulia julia iuliia yuliia julija
kateryna katerina ekaterina yekaterina jekaterina
tetiana tetyana tatiana tatyana tatjana
nataliya natalia natalya nataliia natalja
svitlana svetlana
liudmyla lyudmyla lyudmila ludmila ljudmila
halyna galina halina
hanna anna ganna
mariya maria mariia marija
maryna marina
nadiya nadia nadezhda nadiia
vira vera wira wera
liubov lyubov lubov ljubow
valentyna valentina walentyna walentina
hlib gleb
tymofiy tymofii timofey timofei
matviy matvii matvey matvei
viktoriya viktoria victoria viktoriia
daria darya dariia dariya
sofiya sofia sophia sofiia
larysa larisa
khrystyna kristina christina
anastasiya anastasia anastasiia
oleksandra aleksandra alexandra
polina polina
kseniya ksenia kseniia
yevheniya evgenia yevgeniya
robert bob rob bobby
william bill will billy
richard dick rick
james jim jimmy
joseph joe joey
michael mike mick
thomas tom tommy
edward ed eddie ted
daniel dan danny
anthony tony
charles charlie chuck
stephen steven steve
david dave
benjamin ben
matthew matt
andrew andy
nicholas nick
kenneth ken
timothy tim
gregory greg
jeffrey jeff geoffrey
donald don
ronald ron
lawrence larry laurence
elizabeth liz beth betsy
katherine catherine kate kathy cathy kathryn
margaret maggie peggy
susan sue
jennifer jen jenny
deborah debbie deb
rebecca becky
victoria vicky
sabine sabina
matthias mathias mattias matias
"""
FIRST_CLASS: dict[str, str] = {}
for _line in _FIRST_CLASSES.strip().splitlines():
    _ws = _line.split()
    for _v in _ws:
        FIRST_CLASS.setdefault(_v, _ws[0])


_MEN_IN_IA = frozenset(("ilija", "zakhariia", "yeremiia", "zakharija"))  # men's names with that ending


@lru_cache(maxsize=65536)
def gender_of_first(first: str) -> str:
    f = first.lower()
    if f.isascii() is False and f[:1] < "\u0400":
        f = _strip_accents(f)
    if f in FEMALE_NAMES or f in CYR_FEMALE_NAMES:
        return "f"
    if f in MALE_NAMES or f in CYR_MALE_NAMES:
        return "m"
    if len(f) > 4 and f.endswith(("ija", "iia")) and f.isalpha() and f not in _MEN_IN_IA:
        return "f"  # rules-1.184: a Slavic woman's name transliterated ("Natalija", "Julija", "Lilija"); rules-1.343:
        # Ukraine's official romanisation writes "-ія" as "-iia" ("Nataliia", "Solomiia", "Sofiia", "Liliia")
    return ""


# rules-1.161: English given names of either sex ("Kelly Forbes", "Dana Whitcombe"; not "Jordan", a country): first names without a gender
UNISEX_NAMES = frozenset(
    "kelly taylor morgan casey jamie robin dana leslie shannon drew reese blake kerry lindsay tracy hayden "
    "skyler rowan jody kendall peyton emerson frankie billie cameron sidney remy noel jackie pat".split()
)


@lru_cache(maxsize=65536)
def is_first_name(tok: str) -> bool:
    return gender_of_first(tok) != "" or tok.lower() in UNISEX_NAMES
