"""A song, a poem or a saying as the subject of a cue (rules-1.282): "The song we all sang at school promised
that …", "Das alte Lied sagt, …", "Як співається в пісні, …", "Пословица гласит, что …". Words of verse and
old sayings are quoted, not stated: no speaker. Before, "The song we all sang at school" was read as a body."""

from __future__ import annotations

_VERSE_HEADS = frozenset(
    "song songs poem poems hymn anthem lullaby proverb saying rhyme ballad lyric lyrics carol "
    "lied gedicht hymne sprichwort volkslied kinderlied schlager redewendung volksweisheit "
    "пісня пісні вірш вірші гімн прислів'я приказка колискова "
    "песня песни стихотворение стихи гимн пословица поговорка колыбельная".split()
)
_LEADS = frozenset(
    "the a an this that our my his her their an old famous well-known "
    "das die der ein eine ein altes alte bekannte bekanntes "
    "стара стара відома старе старий одна одна старая старое старый известная известное известный".split()
)


# what may follow the head: nothing, a relative clause or its subject, or a preposition ("The song we all sang",
# "the poem that", "ein Lied aus", "пісня про"); not a noun ("hymn writer Anna Smith", "Song Li")
_FOLLOWERS = frozenset(
    "we i you they he she that which by of from about in on der die das aus von über den das "
    "ми я вони він вона яку який що про з із мы они он она которую который что о из".split()
)


def verse_subject(raw: str, lang: str) -> bool:
    """``raw`` opens with a song, a poem or a saying: its head noun, alone or after one or two determiners or
    adjectives (lower case but in German), then nothing or a relative clause or a preposition."""
    words = raw.rstrip(" ,").split(None, 4)
    for k, w in enumerate(words[:3]):
        low = w.lower()
        if low in _VERSE_HEADS:
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            return (not nxt or nxt in _FOLLOWERS) and (k == 0 or lang == "de" or w.islower())
        if low not in _LEADS:
            return False
    return False
