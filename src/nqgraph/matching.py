"""Regular expressions matched at a position of a long text, in time that does not grow with it;
and the capital letters the recognisers' patterns share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from operator import itemgetter

#: The capital letters, as the inside of a character class ("[{CAPITALS}]"): A-Z, and every
#: other upper-case letter to U+1EF9 (Vietnamese "Đ", "Ủ", "Ư" … among them).
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())

__all__ = ["Taken", "ends_with", "inside"]

TAIL = 40  # characters: longer than any words looked for right before a position


def ends_with(
    pattern: re.Pattern[str], text: str, end: int, start: int = 0
) -> re.Match[str] | None:
    """`pattern`, which ends in "\\s*$", matched at the end of `text[start:end]`: looked for over
    the few characters before `end` only (and the spaces right before it), so that a line of
    thousands of values or references is read in linear time. Look-behinds and "\\b" still see
    the characters before where the search starts."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return pattern.search(text, max(start, stop - TAIL), end)


def inside(pos: int, spans: Sequence[tuple[int, int, str]]) -> bool:
    """Whether `pos` falls inside one of `spans` ((start, end, name), not at its ends), which
    come in text order and do not overlap (as a regular expression's matches do): only the last
    one starting before `pos` may hold it, found by bisection."""
    i = bisect_left(spans, pos, key=itemgetter(0)) - 1
    return i >= 0 and pos < spans[i][1]


class Taken:
    """The stretches of a text taken by what was found so far, kept as disjoint half-open
    intervals in text order: whether a new stretch overlaps one, and taking it, by bisection
    (a line of thousands of references is read in linear time, not in their number squared).
    A stretch overlaps another when they share a character; an empty one (s, s) is taken
    where it falls strictly inside a new stretch."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []
        for start, end in sorted(spans):
            if start >= end:
                insort(self._points, start)
            elif self._ends and start <= self._ends[-1]:  # overlapping or touching: merged
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a stretch taken."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and start < self._ends[i]:
            return True
        if i + 1 < len(self._starts) and self._starts[i + 1] < end:
            return True
        p = bisect_right(self._points, start)
        return p < len(self._points) and self._points[p] < end

    def take(self, start: int, end: int) -> None:
        """Take [start, end), which overlaps no stretch taken (`overlaps` said so)."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
