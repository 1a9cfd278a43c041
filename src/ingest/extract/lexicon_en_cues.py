"""English cue verbs: the verbs that report speech, with the confidence that each introduces a
statement, and those that need an explicit complementiser or only report a thought (data only)."""

from __future__ import annotations


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# --- English --------------------------------------------------------------------------------
# Verbs that report speech; the value is the confidence that the verb introduces a statement.
EN_SPEECH_CUES: dict[str, float] = {}
for _stem, _forms, _conf in [
    ("say", "say says said saying", 1.0),
    ("tell", "tell tells told telling", 0.95),
    ("add", "add adds added adding", 0.95),
    ("warn", "warn warns warned warning", 0.9),
    ("stress", "stress stresses stressed stressing", 0.9),
    ("note", "note notes noted noting", 0.85),
    ("claim", "claim claims claimed claiming", 0.9),
    ("deny", "deny denies denied denying", 0.8),
    ("emphasize", "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised", 0.9),
    ("argue", "argue argues argued arguing", 0.9),
    ("insist", "insist insists insisted insisting", 0.9),
    ("announce", "announce announces announced announcing", 0.85),
    ("confirm", "confirm confirms confirmed confirming", 0.85),
    ("explain", "explain explains explained explaining", 0.85),
    ("write", "write writes wrote writing written", 0.85),
    ("tweet", "tweet tweets tweeted tweeting", 0.85),  # rules-1.84: ", tweeting, “…”"
    ("post", "posted", 0.7),
    ("state", "states stated", 0.9),
    ("declare", "declare declares declared", 0.9),
    ("acknowledge", "acknowledge acknowledges acknowledged", 0.85),
    ("admit", "admit admits admitted", 0.85),
    ("suggest", "suggest suggests suggested", 0.75),
    ("predict", "predict predicts predicted", 0.8),
    ("estimate", "estimate estimates estimated", 0.7),
    ("report", "report reports reported", 0.75),
    ("reply", "reply replies replied", 0.85),
    ("respond", "responded", 0.7),
    ("assert", "assert asserts asserted", 0.9),
    ("maintain", "maintains maintained", 0.7),
    ("contend", "contend contends contended", 0.85),
    ("concede", "concede concedes conceded", 0.85),
    ("reiterate", "reiterate reiterates reiterated", 0.9),
    ("repeat", "repeated", 0.7),
    ("recall", "recalled recalls", 0.7),
    ("promise", "promise promises promised", 0.8),
    ("pledge", "pledge pledges pledged", 0.8),
    ("vow", "vow vows vowed", 0.8),
    ("allege", "allege alleges alleged", 0.85),
    ("accuse", "accused accuses", 0.6),
    ("urge", "urge urges urged", 0.8),
    ("point", "pointed", 0.8),  # "pointed out that"
    ("remark", "remarked", 0.85),
    ("comment", "commented", 0.7),
    ("indicate", "indicated indicates", 0.7),
    ("signal", "signalled signaled", 0.6),
    ("forecast", "forecast forecasts", 0.7),
    ("believe", "believe believes believed", 0.6),
    ("think", "think thinks", 0.5),
    ("expect", "expects expected", 0.5),
    ("fear", "fear fears feared", 0.5),
    ("hope", "hopes hoped", 0.5),
    ("agree", "agreed agrees", 0.6),
    ("caution", "cautioned cautions", 0.85),
    ("complain", "complained complains", 0.8),
    ("boast", "boasted", 0.8),
    ("reveal", "revealed reveals", 0.75),
    ("disclose", "disclosed", 0.75),
    ("ask", "asked asks", 0.6),
    ("call", "called calls", 0.75),  # only with "on ... to" / "for"
    ("quote", "quoted", 0.9),  # "was quoted as saying"
    ("assure", "assured assures", 0.8),
    ("conclude", "concluded", 0.6),
    ("counter", "countered", 0.85),
    ("retort", "retorted", 0.9),
    ("observe", "observed", 0.7),
    ("specify", "specified", 0.7),
    ("clarify", "clarified", 0.8),
    ("underline", "underlined underlines", 0.85),
    ("highlight", "highlighted", 0.7),
    ("testify", "testifies testified", 0.9),  # rules-1.169: testimony ("testified that")
    ("reaffirm", "reaffirms reaffirmed", 0.9),
    ("speculate", "speculated speculates", 0.7),
    ("opine", "opine opines opined", 0.85),  # rules-1.378: South Asian and African house style ("he opined")
    ("aver", "aver avers averred", 0.85),  # rules-1.378: "He averred that …"
    # rules-1.25: manner of speaking, in features and politics copy ("…,” he blasted on Truth Social)
    *[
        (w.split()[0], w, c)
        for w, c in (
            ("blasted blasts", 0.7),
            ("slammed slams", 0.7),
            ("quipped quips", 0.85),
            ("joked jokes", 0.8),
            ("scoffed", 0.7),
            ("snapped", 0.6),
            ("fumed", 0.7),
            ("railed", 0.6),
            ("exclaimed", 0.85),
            ("demanded", 0.75),
            ("lamented laments", 0.8),
            ("mused", 0.8),
            ("shouted", 0.7),
            ("whispered", 0.7),
            ("answered", 0.8),
            ("thundered", 0.7),
            ("bemoaned", 0.7),
            ("grinned grins", 0.5),
            ("laughed", 0.5),
            ("reflected", 0.7),  # rules-1.29: "“…,” Bates reflected, “…”" (not "reflects on")
            ("hit hits", 0.6),  # rules-1.42: only as "hit back that …" (phrasal.BACK_CUES)
            ("shot shoots", 0.6),
            ("fired fires", 0.6),
            ("struck strikes", 0.6),
            ("charged charges", 0.75),  # rules-1.50: "Bloomberg also charged that Trump had …"
            ("continued", 0.7),  # rules-1.50: "“…?” Akin continued." (only with "that" before a clause)
        )
    ],
]:
    for _f in _forms.split():
        EN_SPEECH_CUES[_f] = _conf

# Participles that report a statement after a clause and its comma (", adding that …"; rules-1.20: telling,
# emphasizing; rules-1.84: tweeting, writing)
EN_PARTICIPLE_CUES = frozenset(
    _w(
        "adding saying noting stressing arguing warning explaining insisting claiming telling emphasizing "
        "emphasising tweeting writing"
    )
)

# Cues that report a statement only before "that" or ":" ("member states", "has continued to call for", "As
# the brawl continued, …"; rules-1.50: the last three)
EN_THAT_ONLY = frozenset(("states", "state", "continued", "charged", "charges"))

# Cues that need an explicit complementiser ("that", a colon, "to"-clause for "urge/call")
# before the reported clause; without it they take an object ("wrote a letter").
EN_NEEDS_THAT = frozenset(
    _w(
        "write writes wrote written tweet tweets tweeted tweeting posted report reports reported note notes noted "
        "announce announces announced confirm confirms confirmed deny denies denied "
        "explain explains explained reveal revealed reveals disclosed indicate indicated indicates signal "
        "signalled signaled stressed stresses stress emphasize emphasizes emphasized emphasise emphasises "
        "emphasised underline underlined underlines highlighted estimate estimates estimated believe "
        "believes believed think thinks thought expect expects expected fear fears feared hopes hoped "
        "agreed agrees predict predicts predicted suggest suggests suggested admit admits admitted "
        "acknowledge acknowledges acknowledged recall recalled recalls promised promise promises pledge "
        "pledges pledged vow vows vowed allege alleges alleged accused accuses complained complains "
        "concluded observed specified clarified repeated reiterate reiterates reiterated maintains "
        "blasted blasts slammed slams quipped quips joked jokes scoffed snapped fumed railed exclaimed demanded "
        "lamented laments mused shouted whispered answered thundered bemoaned grinned grins laughed "
        "reflected hit hits shot shoots fired fires struck strikes charged charges continued "
        "maintained forecast forecasts commented responded replied replies reply assured assures assure "
        "boasted pointed remarked remarks conceded concede concedes contend contends contended assert "
        "asserts asserted state states stated declare declares declared claim claims claimed insist insists "
        "insisted warn warns warned testifies testified reaffirms reaffirmed speculated "
        "speculates opine opines opined aver avers averred "
    )
)
EN_COGNITION = frozenset(
    _w(
        "believe believes believed think thinks thought expect expects expected fear fears feared hopes "
        "hoped estimate estimates estimated forecast forecasts predict predicts predicted "
    )
)
# Verbs after which a direct quote attribution ", X said" may appear.
