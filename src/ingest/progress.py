"""A one-line progress bar on stderr, drawn only when stderr is a terminal (no dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 28
MIN_INTERVAL_S = 0.1


class ProgressBar:
    """``bar(done, total, label)`` redraws the line (at most every MIN_INTERVAL_S); ``bar.close()`` ends it."""

    def __init__(self, title: str, stream: TextIO | None = None) -> None:
        self.title = title
        self.stream = stream or sys.stderr
        self.started = time.perf_counter()
        self.last_draw = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int, label: str = "") -> None:
        now = time.perf_counter()
        if done < total and now - self.last_draw < MIN_INTERVAL_S:
            return
        self.last_draw = now
        self.stream.write("\r" + render_bar(self.title, done, total, label, now - self.started) + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def render_bar(title: str, done: int, total: int, label: str, elapsed: float) -> str:
    share = min(1.0, done / total) if total else 1.0
    filled = round(share * BAR_WIDTH)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return f"{title} [{bar}] {share:4.0%} {elapsed:6.1f}s {label}"[:120]


def terminal_progress(title: str, stream: TextIO | None = None) -> ProgressBar | None:
    """A progress bar when the stream (stderr by default) is a terminal, else None."""
    stream = stream or sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return ProgressBar(title, stream) if tty else None
