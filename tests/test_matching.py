"""The position helpers the recognisers share: each agrees with the plain search it replaces."""

from __future__ import annotations

import random
import re

import pytest

from nqgraph.matching import Taken, ends_with, inside


def _random_spans(rng: random.Random, count: int, width: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(count):
        start = rng.randrange(width)
        out.append((start, start + rng.choice([0, 1, 2, 3, 5, 8, 13])))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_taken_agrees_with_comparing_every_pair(seed: int) -> None:
    """Overlap as `find_references` judged it by comparing a new stretch with every one taken
    (`start < e and s < end`), on random stretches, empty ones and touching ones among them."""
    rng = random.Random(seed)
    first = _random_spans(rng, rng.randrange(0, 15), 60)
    taken, plain = Taken(first), list(first)
    for start, end in _random_spans(rng, 40, 60):
        if start == end:
            continue  # no empty stretch is ever offered
        expected = any(start < e and s < end for s, e in plain)
        assert taken.overlaps(start, end) is expected, (first, plain, start, end)
        if not expected:
            taken.take(start, end)
            plain.append((start, end))


@pytest.mark.parametrize("seed", range(10))
def test_inside_agrees_with_looking_at_every_name(seed: int) -> None:
    rng = random.Random(seed)
    names, pos = [], 0
    for _ in range(rng.randrange(0, 12)):  # in text order, not overlapping, as matches are
        start = pos + rng.randrange(0, 4)
        pos = start + rng.randrange(1, 6)
        names.append((start, pos, "x"))
    for p in range(-1, pos + 2):
        assert inside(p, names) is any(s < p < e for s, e, _ in names)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Luật số 12", 8),  # "số " ends the text before the number
        ("ngày  10", 6),  # two spaces
        ("x" * 100 + " giai đoạn 2021", 111),  # far from the start
        ("không số", 8),  # a word before it, and a space
        ("năm", 3),
        ("tháng" + " " * 60 + "5", 65),  # spaces longer than the window
    ],
)
def test_ends_with_agrees_with_searching_from_the_start(text: str, end: int) -> None:
    pattern = re.compile(r"(?<!\w)(?:số|ngày|tháng|năm|giai\s+đoạn)\s*$", re.IGNORECASE)
    found, plain = ends_with(pattern, text, end), pattern.search(text, 0, end)
    assert (found and found.span()) == (plain and plain.span())
