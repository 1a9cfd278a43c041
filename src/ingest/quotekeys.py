"""Word lists the warehouse SQL uses to key statements and name claim subjects (passed as parameters).

* A statement's **content words**: its quote lowercased, numbers normalised ("11,000" → "11000",
  "40 percent" → "40 pct"), "n't" → "not", split on anything that is not a letter, digit or "%",
  minus ``STOP_WORDS``. Two statements are one *thread* when they have the same speaker, the same
  first ``KEY_WORDS`` content words and the same numbers (sql/macros/quote_words.sql, thread_key.sql).
* A statement's **stance**: its content words without ``NEGATIONS``; two threads of one speaker with
  the same stance and a different count of negations contradict each other.
* A claim's **subject keyword**: the first content word after the number in the quote that is not in
  ``GENERIC_WORDS`` (else the last one before it).
"""

from __future__ import annotations

from typing import Any

KEY_WORDS = 12

_EN = """a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves ca wo s t d ll m re ve y o let's it's we're
they're i'm we've i've we'll they'll there's that's said says say also already still even just really yet"""
_DE = """der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis da
dass durch für hat haben habe hatte hatten ich ihr ihre im in ist sind sein seine sich sie so um vom von vor wir
werden wird wurde wurden zu zum zur mit nach noch nur schon sehr über unter was wie wo es er man mehr uns unser
unsere diese dieser dieses jetzt dann denn doch ob"""
_UK = """і й та а але в у на з із зі до від для по при про за під над що як це ця цей ці ми ви вони він вона воно
я ти їх його її нас вас нам вам був була було були бути є буде будуть вже ще також тільки так то там тут цього
який яка яке які які щоб або чи ж же би б"""
_RU = """и в во на с со к ко от до для по при про за под над что как это эта этот эти мы вы они он она оно я ты
их его ее нас вас нам вам был была было были быть есть будет будут уже еще также только так то там тут этого
который которая которое которые чтобы или ли же бы б а но из у о об"""
_NEGATIONS = """not no never none nothing nobody neither nor without nicht kein keine keinen keiner keinem nie niemals
не ні ніколи жодного жоден немає нет никогда ни"""
_GENERIC = """pct percent per cent prozent відсотків відсотка процентов процента million millions billion billions
thousand thousands tausend millionen milliarden тисяч мільйонів мільярдів тысяч миллионов миллиардов times mal
раз рази half third quarter total number amount level levels figure figures share rate part cent year years
month months week weeks day days today now than up least around about nearly almost only just"""

STOP_WORDS: tuple[str, ...] = tuple(sorted(set(f"{_EN} {_DE} {_UK} {_RU}".split())))
NEGATIONS: tuple[str, ...] = tuple(sorted(set(_NEGATIONS.split())))
GENERIC_WORDS: tuple[str, ...] = tuple(sorted(set(_GENERIC.split()) | set(STOP_WORDS)))
SHARE_UNITS: tuple[str, ...] = ("%", "fraction")


def sql_params() -> dict[str, Any]:
    """The parameters of the SQL models that key statements and claims."""
    return {
        "stop_words": list(STOP_WORDS),
        "negations": list(NEGATIONS),
        "generic_words": list(GENERIC_WORDS),
        "share_units": list(SHARE_UNITS),
        "key_words": KEY_WORDS,
    }
