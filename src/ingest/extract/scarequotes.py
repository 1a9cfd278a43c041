"""Short phrases in quote marks inside a subject: names and scare quotes (rules-1.136)."""

from __future__ import annotations

import re

# a short name in quote marks after a word ("банка «Восток»", "der Zeitung „Bild“")
_NAME_QUOTE_RE = re.compile(r"[«„“\"]([A-ZА-ЯІЇЄҐÄÖÜ0-9][^«»„“”\".!?,:;\n]{0,40})[»“”\"]")
# "Пенсионерка, которая приходит за «кирпичиком», говорит …", "Der Wirt, der sein Lokal „zum Anker“ nennt,
# sagt …": one to three lower-case words in « » or „ “ after a lower-case word
SCARE_QUOTE_RE = re.compile(r"[«„]([a-zа-яіїєґёäöüß][^«»„“”\".!?,:;\n—–]{0,30})[»“]")


def scare_quote_end(text: str, pos: int) -> int:
    """End offset of a scare quote (one to three lower-case words in « » or „ “) opening at ``pos`` right
    after a lower-case word, or -1. Such marks belong to the clause around them, not to a quotation."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].isalpha() or not text[pos - 2].islower():
        return -1
    m = SCARE_QUOTE_RE.match(text, pos)
    if m is None or len(m.group(1).split()) > 3:
        return -1
    return m.end()


def short_quote_end(text: str, pos: int) -> int:
    """End offset of a short name (``name_quote_end``) or a scare quote (``scare_quote_end``) in quote
    marks opening at ``pos``, or -1."""
    end = name_quote_end(text, pos)
    return end if end != -1 else scare_quote_end(text, pos)


def name_quote_end(text: str, pos: int) -> int:
    """End offset of a short name in quote marks starting at ``pos`` ("банка «Восток»", "НЕК
    «Укренерго»", "der Zeitung „Bild“"; 1.290: after another, "«X» «Холдауту»"), or -1. Not a quote."""
    if pos < 2 or text[pos - 1] != " " or not (text[pos - 2].isalnum() or text[pos - 2] == "»"):  # «A» «B»
        return -1
    m = _NAME_QUOTE_RE.match(text, pos)
    if m is None or len(m.group(1).split()) > 4:
        return -1
    return m.end()
