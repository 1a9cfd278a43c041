"""The sentence shapes that hand the sentence before to a speaker: "Про це повідомив X." / "Об этом сообщил
X." / "Такую оценку озвучили в …" / "Das teilte X mit." / "Das hat X mitgeteilt." (moved from frames,
rules-1.30)."""

from __future__ import annotations

import re

# "Про це повідомив X." / "Об этом сообщил X." — the previous sentence is X's statement.
ABOUT_THIS_RE = re.compile(
    r"^(?:Про\s+це|Об\s+этом|Це|Это|(?:Такі|Ці|Такие|Эти)\s+(?:дані|данные|цифри|цифры|висновки|выводы|сведения|відомості)"
    r"|(?:Таку|Такую|Таке|Такое|Такий|Такой)\s+(?:думку|мнение|оцінку|оценку|заяву|заявление|прогноз|позицію|позицию"
    r"|інформацію|информацию)"  # rules-1.67: "Таку інформацію оприлюднила X", "Такие выводы содержатся в …"
    r"|(?:К|До)\s+(?:такому|такого|этому|цього)\s+(?:выводу|заключению|висновку)"  # 1.140: "К такому выводу пришли X"
    # rules-1.283: "Заявление сделал X." / "Соответствующее заявление сделала X." / "Заяву зробив X." (a made one)
    r"|(?:Соответствующее\s+заявление|Відповідну\s+заяву|Заявление|Заяву)(?=\s+(?:сделал|зробил|зробив)))\s+"
    r"(?:також\s+|также\s+|раніше\s+|ранее\s+)?(?:(?:в|во|у)\s+(?:понедельник|вторник|среду|четверг|пятницу|"
    r"субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)\s+|(?:вчера|сегодня|"
    r"накануне|вчора|учора|сьогодні|напередодні)\s+)?"
    r"(?:«[^«»\n]{2,40}»\s+)?"  # rules-1.127: an outlet listening, "Об этом «Коммерсанту» рассказал X"
    r"(?P<cue>\w+)\s+(?P<np>[^.!?]{2,160}?)\s*[.!]?$"  # day: 1.30
)

# rules-1.230: "That's according to X." / "This is according to a statement from X." / "So says X." — English
EN_ABOUT_THIS_RE = re.compile(
    r"(?:(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:all\s+|also\s+)?(?P<acc>according)\s+to|So\s+(?P<cue>says|said))"
    r"\s+(?P<np>[^.!?;:\n]{2,160}?)\s*[.!]?\s*"
)

# "Das teilte das Ministerium am Montag mit." / "Dies sagte X der dpa." — the previous sentence is X's.
DE_ABOUT_THIS_RE = re.compile(
    r"(?:Das|Dies)\s+(?P<cue>teilten?|sagten?|erklärten?|berichteten?|bestätigten?|gab(?:en)?|verkündeten?|"
    r"kündigten?|schrieben?|schrieb|betonten?|meldeten?|twitterten?|verbreiteten?"
    # the present (rules-1.111): "Dies gibt der Landesapothekerverband bekannt.", "Das teilt die Stadt mit."
    r"|teil(?:t|en)|sag(?:t|en)|erklär(?:t|en)|bericht(?:et|en)|bestätig(?:t|en)|gibt|geben|verkünd(?:et|en)|"
    r"kündig(?:t|en)|schreib(?:t|en)|beton(?:t|en)|meld(?:et|en)"
    # rules-1.225: "Das räumte X ein.", "Das stellte X klar.", "Das hob X hervor." (their particle must end it)
    r"|räum(?:te|ten|t|en)|stell(?:te|ten|t|en)|hob|hoben|heb(?:t|en)"
    r"|hielt|hielten|hält|halten"  # rules-1.382: "Das hielt X fest." (ending in "fest")
    # rules-1.437: "Das verlautete aus Koalitionskreisen.", "Das erfuhr X aus …", "Das versicherte X."
    r"|verlautete|verlautet|erfuhr(?:en)?|versicherten?|versicher(?:t|n))\s+(?P<np>\S)"
)
_DE_PRESENT_PARTICLE = {"gibt": "bekannt", "geben": "bekannt", "teilt": "mit", "teilen": "mit", "kündigt": "an",
                        "kündigen": "an"}  # fmt: skip
# rules-1.225: a verb that is speech only with its particle at the end ("Das räumte die Ministerin ein.", not
# "Das stellte die Polizei sicher.")
_DE_PARTICLE_ONLY = {"räum": "ein", "stell": "klar", "hob": "hervor", "heb": "hervor", "hielt": "fest", "hält": "fest",
                     "halten": "fest"}  # fmt: skip
# the perfect: "Das hat das Schulamt am Dienstag den Eltern mitgeteilt." (rules-1.16)
_DE_ABOUT_PERFECT_RE = re.compile(r"(?:Das|Dies)\s+(?:hat|haben)\s+(?P<np>\S)")
_DE_SPEECH_PARTICIPLE_RE = re.compile(
    r"\s(?P<cue>mitgeteilt|gesagt|erklärt|berichtet|bestätigt|bekanntgegeben|angekündigt|geschrieben|betont|"
    r"gemeldet|verkündet|eingeräumt|klargestellt|hervorgehoben|festgehalten)\s*[.!]?\s*$"
)


def de_about_this(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(cue, start, end of the speaker's words) of "Das teilte X mit." / "Das hat X mitgeteilt." in
    text[start:end]."""
    m = DE_ABOUT_THIS_RE.match(text, start, end)
    if m is not None:
        cue = m.group("cue")
        particle = _DE_PRESENT_PARTICLE.get(cue) or next(
            (v for k, v in _DE_PARTICLE_ONLY.items() if cue.startswith(k)), None
        )
        if particle is not None and not text[start:end].rstrip(" .!\n").endswith(" " + particle):
            return None  # "Das gibt es nicht": no "bekannt" at the end, no speech
        if cue.startswith(("verlautet", "erfuhr")):  # rules-1.437: "Das verlautete am Mittwoch aus
            k = text.find(" aus ", m.start("np") - 1, end)  # Koalitionskreisen." / "Das erfuhr Reuters aus
            return (cue, k + 5, end) if k >= 0 else None  # Regierungskreisen.": the source follows "aus"
        return m.group("cue"), m.start("np"), end
    if not text.startswith(("Das ha", "Dies ha"), start):
        return None
    m = _DE_ABOUT_PERFECT_RE.match(text, start, end)
    p = _DE_SPEECH_PARTICIPLE_RE.search(text, m.end(), end) if m is not None else None
    return (p.group("cue"), m.start("np"), p.start()) if m is not None and p is not None else None
