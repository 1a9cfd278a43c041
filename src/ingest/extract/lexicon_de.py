"""German auxiliaries, in one place for the patterns built from them (data only): the perfect's "haben"
(``coordination``, ``cues``, ``final``), and the finite verbs that end a subject before a frame
(``frames_de``)."""

from __future__ import annotations

# the perfect and pluperfect auxiliary: "Die Ministerin hat angekündigt, …", "…, hatte Obama … gesagt"
DE_HABEN = ("hat", "hatte", "haben", "hatten")
# its Konjunktiv forms ("…, habe er … gesagt", "hätte")
DE_HABEN_SUBJUNCTIVE = ("habe", "hätte")
DE_SEIN = ("ist", "war", "sind", "waren", "sei")
# the passive's auxiliary ("gerügt worden", "wird … genannt")
DE_WERDEN = ("wurde", "wurden", "wird", "werden")
# Konjunktiv forms of reported speech that end a subject ("Nach Angaben der Polizei habe …", rules-1.39)
DE_SUBJUNCTIVE_FINITE = (
    "sei seien wäre wären werde werden würde würden könne könnte müsse solle wolle dürfe"
).split()
