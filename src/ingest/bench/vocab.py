"""Word lists and sentence templates for the synthetic benchmark corpus.

Everything here is invented for the benchmark: the countries, cities, people, outlets and
organisations do not exist, and no sentence is taken from a real article. Templates are
``str.format`` strings; each ``{slot}`` is filled with a random choice from ``SLOTS[slot]`` (or a
number, see ``corpus.Filler``), so two articles rarely share more than a few word 3-shingles.
"""

from __future__ import annotations

COUNTRIES = (
    "Valdoria", "Karvenia", "Drelland", "Sarnovia", "Eldmark", "Brisca", "Kalderon", "Norvenia",
    "Lutavia", "Pelaria", "Quorvia", "Tessmark", "Ondravia", "Merovan", "Hestria", "Zelmora",
)  # fmt: skip
CITIES = (
    "Velgrad", "Ostrin", "Marelle", "Dunhaven", "Karsk", "Tolvik", "Redmoor", "Selvana", "Brannock",
    "Ivesby", "Lorvane", "Hallin", "Pernitz", "Vosk", "Emberly", "Zarichne", "Koltava", "Miravel",
    "Dorsk", "Altbruck", "Savrin", "Lemberg Nova", "Crestow", "Fenmark", "Ruzhyn", "Tarnow Vale",
    "Belvik", "Oskaro", "Grenholm", "Wistrel", "Yarvin", "Ulmenau", "Kessel Bay", "Norrin", "Palvik",
    "Sedova", "Harrowgate", "Linsk", "Mordavin", "Ebbrook",
)  # fmt: skip
OUTLET_NOUNS = (
    "Courier", "Herald", "Post", "Observer", "Gazette", "Chronicle", "Ledger", "Tribune", "Wire",
    "Dispatch", "Monitor", "Journal", "Sentinel", "Bulletin", "Review", "Express", "Times", "Daily",
    "Record", "Mercury", "Star", "Standard", "Examiner", "Register", "Echo",
)  # fmt: skip
AGENCIES = ("Meridian Press", "Northwire", "Continental News Agency", "Baltic Line", "Eastgate Wire")
FIRST_NAMES = (
    "Anna", "Pavlo", "Marta", "Jonas", "Ilse", "Taras", "Oksana", "Dmytro", "Lena", "Viktor", "Sofia",
    "Mykola", "Greta", "Emil", "Halyna", "Ruslan", "Iryna", "Karl", "Nadia", "Stefan", "Olha", "Bohdan",
    "Clara", "Arno", "Yulia", "Roman", "Elena", "Tomas", "Vera", "Lukas", "Maren", "Denys", "Ada",
    "Felix", "Zoya", "Hugo", "Inga", "Oleh", "Petra", "Yaroslav", "Rosa", "Matteo", "Kateryna", "Jan",
    "Lidia", "Artem", "Nora", "Vasyl", "Ines", "Boris", "Mila", "Konrad", "Alina", "Samuel", "Daria",
    "Erik", "Hanna", "Leon", "Ulyana", "Paul",
)  # fmt: skip
SURNAME_HEADS = (
    "Bren", "Kost", "Lind", "Morv", "Sad", "Tark", "Vel", "Zorv", "Hask", "Orl", "Prys", "Dan", "Kalm",
    "Rud", "Sokol", "Tym", "Hrab", "Mel", "Ostap", "Vask", "Bel", "Gord", "Ivan", "Lev",
)  # fmt: skip
SURNAME_TAILS = (
    "enko",
    "chuk",
    "vik",
    "ovska",
    "yshyn",
    "ert",
    "ander",
    "ova",
    "ak",
    "iuk",
    "sen",
    "ovich",
    "ec",
    "ar",
)
ROLES = (
    "defence minister", "foreign minister", "energy minister", "finance minister", "health minister",
    "deputy prime minister", "interior minister", "economy minister", "infrastructure minister",
    "chief economist at {company}", "senior analyst at {thinktank}", "head of the {org}",
    "spokesperson for the {org}", "mayor of {city}", "governor of the {city} region",
    "commander of the {ordinal} brigade", "director of the {city} regional hospital",
    "chair of the parliamentary budget committee", "head of the {city} port authority",
    "opposition leader", "president of the {city} chamber of commerce",
)  # fmt: skip
ORGS = (
    "national grid operator", "central bank", "finance ministry", "health ministry", "port authority",
    "state railway company", "state energy company", "statistics office", "general staff",
    "border service", "emergency service", "defence ministry", "foreign ministry", "election commission",
    "anti-corruption bureau", "grain traders' association", "water utility", "customs service",
)  # fmt: skip
COMPANIES = (
    "Harbor Capital",
    "Velgrad Securities",
    "Ostrin Bank",
    "Northgate Advisers",
    "Marelle Trust",
    "Karsk Invest",
)
THINKTANKS = (
    "the Centre for Eastern Studies",
    "the Lutavia Institute",
    "the Meridian Policy Forum",
    "the Pelaria Council",
)
ORDINALS = ("3rd", "14th", "22nd", "47th", "53rd", "61st", "72nd", "92nd", "110th", "128th")
SLOTS: dict[str, tuple[str, ...]] = {
    "noun": (
        "power plants", "substations", "grain silos", "rail bridges", "air defence systems", "field hospitals",
        "fuel depots", "water pipelines", "school buildings", "border crossings", "river ports", "supply routes",
        "wind farms", "gas storage sites", "apartment blocks", "transmission lines", "repair crews", "ferries",
        "customs posts", "polling stations", "trade corridors", "drone workshops", "bomb shelters", "bakeries",
    ),
    "thing": (
        "the budget", "the ceasefire plan", "the aid package", "the grain deal", "the new tariff", "the reform bill",
        "the energy agreement", "the reconstruction fund", "the election law", "the rail contract", "the loan",
        "the evacuation plan", "the import quota", "the pension reform", "the security guarantee", "the tax bill",
    ),
    "verb": (
        "repair", "deliver", "rebuild", "protect", "inspect", "reopen", "expand", "replace", "finance",
        "evacuate", "secure", "modernise", "restore", "supply", "connect", "insure", "audit", "relocate",
    ),
    "pastpart": (
        "damaged", "repaired", "closed", "reopened", "shelled", "flooded", "expanded", "inspected", "delayed",
        "blocked", "rebuilt", "requisitioned", "abandoned", "modernised", "insured", "evacuated",
    ),
    "event": (
        "a drone attack", "a missile strike", "a storm", "a strike by rail workers", "a cyberattack", "a flood",
        "a fire at the depot", "a blackout", "a border closure", "a shelling", "a fuel shortage", "a landslide",
    ),
    "adj": (
        "difficult", "stable", "fragile", "encouraging", "unacceptable", "urgent", "manageable", "worrying",
        "realistic", "premature", "costly", "decisive", "uncertain", "promising", "tense", "serious",
    ),
    "people": (
        "residents", "farmers", "engineers", "teachers", "doctors", "volunteers", "pensioners", "soldiers",
        "drivers", "investors", "students", "miners", "nurses", "shop owners", "fishermen", "rail workers",
    ),
    "when": (
        "by the end of the month", "before winter", "next week", "within ten days", "by spring", "this year",
        "before the elections", "by the summer", "in the coming days", "after the holidays", "by March",
        "before the harvest", "next year", "by the autumn", "within a month", "as soon as possible",
    ),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "money_unit": ("million crowns", "billion crowns", "million marks", "billion marks", "million euros"),
    "unit": ("tonnes", "megawatts", "kilometres", "households", "wagons", "containers", "beds", "generators"),
    "medium": ("reporters", "a news conference", "parliament", "local television", "a briefing", "the radio station"),
    "cue": ("said", "told reporters", "said on {weekday}", "told {medium}", "said in a statement", "wrote on social media"),
    "reported_cue": ("said", "told {medium}", "said on {weekday}", "warned", "added", "confirmed", "insisted", "announced"),
    "section": ("world", "politics", "business", "economy", "region", "europe", "news", "energy"),
}  # fmt: skip
# Clauses: third person for reported speech and background, first person for direct quotes.
CLAUSES = (
    "the {org} would {verb} {num} {noun} {when}",
    "about {pct} of the {noun} in {city} had been {pastpart} since {event}",
    "{thing} was {adj} and needed a vote {when}",
    "{num} {people} had left {city} after {event} on {weekday}",
    "the cost of {thing} had risen to {money} because of {event}",
    "{city} would receive {num} {unit} of aid {when}",
    "the talks with {country} on {thing} were {adj}",
    "up to {pct} of {people} in the {city} region were still without power",
    "the government planned to {verb} the {noun} near {city} {when}",
    "{num} {noun} were {pastpart} overnight and {num2} more were at risk",
    "{country} had offered {money} for {thing}, but the terms were {adj}",
    "the situation in {city} remained {adj} after {event}",
    "inflation had slowed to {pct} in {month}, less than {people} had feared",
    "exports of grain through {city} rose to {num} thousand {unit} in {month}",
)  # fmt: skip
FIRST_PERSON = (
    "We will {verb} the {noun} in {city} {when}, whatever it costs",
    "We have {pastpart} {num} {noun} since {month}, and the work is not finished",
    "This is {adj}. The {people} in {city} cannot wait another winter",
    "I have asked {country} to {verb} {thing} {when}",
    "Nobody in {city} expected {event} to last so long",
    "We need {num} more {unit}, not promises",
    "Our {people} did everything they could after {event}",
    "I am not going to comment on {thing} until the vote",
    "If we do not {verb} the {noun} {when}, {city} will pay the price",
    "The numbers are {adj}: {pct} of the {noun} are still {pastpart}",
    "We asked for {money} and we received less than half",
    "Every day without {thing} costs us {money}",
    "{thing} is {adj}, and I will say so in parliament",
    "We are ready to {verb} the {noun} together with {country}",
)  # fmt: skip
BACKGROUND = (
    "{city} has been without reliable power since {event} on {weekday}.",
    "The {org} estimates that {num} {noun} need urgent work.",
    "{country} and {country2} signed a memorandum on {thing} in {month}.",
    "Local officials said {num} {people} had registered for help by {weekday} evening.",
    "The {noun} near {city} were {pastpart} twice last year.",
    "Prices of bread in {city} have risen by {pct} since {month}.",
    "Parliament is due to debate {thing} {when}.",
    "The {org} did not respond to a request for comment.",
    "Convoys carrying {num} {unit} of supplies left {city} on {weekday} morning.",
    "Analysts expect {thing} to cost about {money} over three years.",
    "Rescue teams worked through the night in {city} after {event}.",
    "The last census counted about {num} thousand {people} in the {city} district.",
    "{country} has promised to {verb} {num} {noun} {when}.",
    "Trains between {city} and {city2} were {pastpart} for {num2} hours on {weekday}.",
    "It was the {ordinal} such incident in the region this year.",
    "Neither side has published figures on {thing} since {month}.",
)  # fmt: skip
TITLES = (
    "{Last}: {short}",
    "{short_cap}, {role_short} says",
    "{city}: {short}",
    "{country} to {verb} {noun} {when}",
    "{Noun} in {city} {pastpart} after {event}",
    "Talks on {thing} stall as {city} waits",
)  # fmt: skip
SHORT = (
    "{noun} will be {pastpart} {when}",
    "we need {unit}, not promises",
    "{thing} is {adj}",
    "{num} {people} left {city}",
    "{pct} of {noun} still {pastpart}",
)  # fmt: skip
UPDATES = (
    "This story was updated on {weekday} with comments from the {org}.",
    "Updated with the {org}'s figures for {month}.",
    "An earlier version of this article misstated the number of {noun} in {city}.",
)  # fmt: skip
