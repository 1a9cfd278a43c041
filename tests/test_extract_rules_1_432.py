"""rules-1.432: a deputy is not the holder of the office ("Заместитель прокурора отметил" after "Прокурор области
Иван Петров"; "The deputy minister said" after "Energy Minister Ivan Petrov"), and the office's own phrase goes to
its holder before a deputy ("The minister added" after the deputy minister was quoted); "генпрокурор" and
"прокурор" are a prosecutor's role, so "Заместитель генпрокурора ответил" is the deputy introduced so before."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.roleholders import deputy_office


def _speaker_of(text: str, lang: str, quote_start: str) -> str:
    rows = run_rules(text, lang)
    found = [sp for sp, _, q in rows if q.startswith(quote_start)]
    assert found, rows
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "quote_start", "speaker"),
    [
        (  # a deputy after the holder: not the holder
            "Energy Minister Ivan Petrov said the plant would reopen. The deputy minister said repairs had begun.",
            "en",
            "repairs",
            "The deputy minister",
        ),
        (
            "Прокурор области Иван Петров заявил, что дело передано в суд. Заместитель прокурора отметил, что "
            "обвиняемый задержан.",
            "ru",
            "обвиняемый",
            "Заместитель прокурора",
        ),
        (
            "Energieminister Ivan Petrow sagte, das Kraftwerk werde wieder öffnen. Der stellvertretende Minister "
            "sagte, die Reparaturen hätten begonnen.",
            "de",
            "die Reparaturen",
            "Der stellvertretende Minister",
        ),
        (
            "Генеральний прокурор Іван Петренко заявив, що справу передано до суду. Заступник генпрокурора "
            "зазначив, що обвинуваченого затримано.",
            "uk",
            "обвинуваченого",
            "Заступник генпрокурора",
        ),
        (  # the office's phrase: its holder, not the deputy quoted last
            "Energy Minister Ivan Petrov said the plant would reopen. Deputy minister Olena Shevchuk said repairs had "
            "begun. The minister added that power would return on Friday.",
            "en",
            "power would",
            "Ivan Petrov",
        ),
        (  # the deputy's own phrase again: the deputy
            "Генпрокуратура потребовала изъять имущество бывшего мэра. Об этом сообщил заместитель генпрокурора "
            "Игорь Ланской. Ланскому задали вопрос об уголовном деле. Заместитель генпрокурора ответил, что "
            "материалы направлены в Следственный комитет.",
            "ru",
            "материалы",
            "Игорь Ланской",
        ),
        (
            "Deputy Energy Minister Olena Shevchuk said repairs had begun. The deputy minister said the plant would "
            "reopen on Friday.",
            "en",
            "the plant",
            "Olena Shevchuk",
        ),
        (  # left alone: a deputy of another office than the one the person named after holds
            "Rubio is ahead. “We are treating March as one long Election Day,” said Rubio’s deputy campaign "
            "manager, Rich Beeson, who ran the ground game as political director.",
            "en",
            "We are treating",
            "Rich Beeson",
        ),
    ],
)
def test_deputy_and_holder_1_432(text: str, lang: str, quote_start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, quote_start) == speaker


@pytest.mark.parametrize(
    ("phrase", "office"),
    [
        ("the deputy minister", "minis"),
        ("deputy energy minister", "energ"),
        ("vice president", "presi"),
        ("der stellvertretende minister", "minis"),
        ("vizekanzler", "kanzl"),
        ("заместитель прокурора", "проку"),
        ("замгенпрокурора", "генпроку"),
        ("віце-прем'єр", "прем"),
        ("перший заступник міністра оборони", "мініс"),
        ("the first deputy prime minister", "prime"),
        ("the deputy", ""),
        # not a deputy: the owner is one, or no deputy word at all
        ("the former vice president’s spokeswoman", None),
        ("речник віце-прем'єра", None),
        ("the head of service", None),
        ("energy minister", None),
    ],
)
def test_deputy_office_1_432(phrase: str, office: str | None) -> None:
    assert deputy_office(phrase) == office
