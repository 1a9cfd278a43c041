"""Words that tell who a source is: markers of anonymity ("who asked not to be named"), English number
words and pronouns, and role words that show a gender ("spokeswoman", "Sprecher"); moved out of lexicon
(rules-1.38) so that every module stays within 400 lines. lexicon re-exports them."""

from __future__ import annotations


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


ANON_MARKERS = (
    "familiar with",
    "on condition of anonymity",
    "condition of anonymity",
    "who asked not to be",
    "who declined to be",
    "not authorised to",
    "not authorized to",
    "who attended",
    "who were present",
    "who was present",
    "close to",
    "with knowledge of",
    "briefed on",
    "involved in the",  # rules-1.314: "according to people involved in the talks"
    "speaking anonymously",
    "who requested anonymity",
    # rules-1.113: "A regular who did not want to be named said …"
    "who did not want to be",
    "who didn't want to be",
    "who did not wish to be",
    "who preferred not to be",
    "unnamed",
    "anonymous",
)
NUMBER_WORDS_EN = frozenset(
    _w("a an one two three four five six seven eight nine ten several some many few multiple dozens")
)

PRONOUNS_EN: dict[str, str] = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": ""}
POSSESSIVE_EN: dict[str, str] = {"his": "m", "her": "f", "their": "p", "its": "o"}

FEMALE_ROLE_WORDS = frozenset(
    _w(
        "spokeswoman chairwoman businesswoman congresswoman councilwoman selectwoman woman mrs ms madam queen "
        "princess ministerin sprecherin präsidentin kanzlerin abgeordnete bürgermeisterin chefin leiterin "
        "direktorin речниця міністерка депутатка mother mom mum wife daughter sister widow grandmother aunt "
        "lady actress"  # rules-1.51: "The former first lady and U.S. senator said"
    )
)
MALE_ROLE_WORDS = frozenset(
    _w(
        "spokesman chairman businessman congressman councilman mr king prince sprecher kanzler речник father "
        "dad husband son brother widower grandfather uncle"
    )
)


# Title abbreviations written with a full stop before a name ("Sen.", "Det. Sgt.", "Supt."): one list for the
# three places that read them (rules-1.75): no sentence ends after one (``sentences``, all but "Del.", which
# also ends a sentence as Delaware), a speaker phrase runs on through one (``forward.is_abbreviation``), and a
# final "according to" may hold one (``according.EN_ACCORDING_END_RE``).
TITLE_ABBREVIATIONS = frozenset(
    _w(
        "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Cpl Pvt Brig Adm Cmdr Gov Govs Sen Sens Rep Reps Del Atty "
        "Supt Det Insp Amb Pres Hon Ald Msgr Rev St Jr Sr Ft Mt Engr"
    )
)

# The gender an honorific before a surname shows ("Mr. Netanyahu … she told" is not his; rules-1.90)
TITLE_GENDER = {"Mr": "m", "Mr.": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f", "Miss": "f", "Sir": "m",
                "Dame": "f", "Lord": "m", "Lady": "f", "Baroness": "f", "Baron": "m"}  # fmt: skip

# Titles before a name that name a person even when the first name is unknown ("Deputy Minister Viktor
# Hrebeniuk", "Міністр енергетики Олена Литвин"; rules-1.51: US and court titles, "Supreme Court Justice …")
MENTION_TITLES = (
    "President Minister Governor Mayor Senator Chancellor Secretary General Premier Spokesman Spokeswoman "
    "Spokesperson Chairman Chairwoman Chair CEO Director Chief Commander Ambassador Judge Prosecutor Deputy "
    "Adviser Advisor Analyst Economist Professor Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Colonel Lieutenant Captain Major "
    "Lord Lady Baroness Baron Sir Dame Bishop Cardinal Rabbi Pastor Rev Rev. "
    "Justice Speaker Commissioner Sheriff Representative Rep Rep. Sen Sen. Gov Gov. Councillor Councilman "
    "Councilwoman Superintendent Inspector Admiral Sergeant Detective Archbishop Imam Coach "
    "Hon Hon. Datuk Seri Alhaji Engr Engr. Comrade Cllr Barrister Madam Atty Atty. Thiru "  # rules-1.378
    "Міністр Міністерка Президент Голова Речник Речниця Мер Губернатор Депутат Депутатка Посол Генерал "
    "Министр Глава Мэр Пресс-секретарь Прес-секретар Представитель Представник Премьер-министр Вице-премьер "
    "Очільник Очільниця Директор Директорка Керівник Керівниця Руководитель Посолка "
    "Гендиректор Гендиректорка "  # rules-1.236: "Гендиректор агентства Томас Альбарран"
    "Адмірал Віце-адмірал Контрадмірал Адмирал Вице-адмирал Контр-адмирал Vizeadmiral Konteradmiral"  # 1.440
).split() + [
    f"{head}{a}єр{tail}"
    for a in ("'", "’", "ʼ")
    for head, tails in (("Прем", ("-міністерка", "-міністр")), ("Віцепрем", ("", "-міністерка", "-міністр")))
    for tail in tails
]
# rules-1.163: English role and profession nouns that head an unnamed speaker ("The virologist said …"), beyond
# lexicon.PERSON_NOUNS_LIST; not "producer", "brewer", "builder", "developer", "guard" (firms and bodies as often)
MORE_PERSON_NOUNS_EN = tuple(
    "treasurer administrator vice-chancellor vice-president comptroller controller auditor trustee councilman "
    "councilwoman selectman selectwoman selectmen consul monarch princess archbishop patriarch cleric physician "
    "psychiatrist "
    "psychologist epidemiologist toxicologist virologist immunologist biologist physicist chemist geologist seismologist "
    "meteorologist forecaster climatologist astronomer archaeologist anthropologist sociologist demographer "
    "statistician accountant actor actress musician artist novelist poet filmmaker comedian jockey swimmer "
    "sprinter skier golfer quarterback bursar arbitrator lobbyist cartographer translator interpreter cameraman "
    "rancher vintner bartender pharmacist dentist veterinarian anaesthetist anesthesiologist radiologist "
    "oncologist cardiologist neurologist paediatrician pediatrician gynaecologist obstetrician "
    # rules-1.166: people in a court or a workplace
    "supervisor forewoman bailiff whistleblower paralegal stenographer "
    # rules-1.306: athletes of more sports ("The runner had denied … and told the tribunal that …")
    "runner marathoner hurdler skater rower gymnast wrestler".split()
)
# ... and those that are also surnames or titles ("Larry King", "Brian Baker", "Chancellor Scholz"): a role's
# head only when written in lower case ("the king said", "the baker said")
LOWER_PERSON_NOUNS_EN = frozenset(
    "clerk chancellor king queen prince pope bishop cardinal mufti preacher singer dancer boxer pitcher "
    "provost steward marshal colonel lieutenant corporal planner sailor baker butcher plumber vet foreman".split()
)
