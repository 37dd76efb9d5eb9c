"""Dates resolved against the published date (with ACLED precision) and fatality counts."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from annotator.nlp import numbers
from annotator.nlp.dates import coarsen, find_dates
from annotator.nlp.numbers import find_fatalities, parse_number
from annotator.nlp.textscan import RunScan

PUB = date(2016, 3, 27)  # a Sunday


def _one(text: str, published: date | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("troops entered the town on Sunday", date(2016, 3, 27), 1),  # publication day itself
        ("the army said on Thursday", date(2016, 3, 24), 1),
        ("fighting broke out last Sunday", date(2016, 3, 20), 1),  # "last": strictly before
        ("gunmen attacked the base yesterday", date(2016, 3, 26), 1),
        ("the strikes began last week", date(2016, 3, 20), 2),
        ("IS seized the city in May 2015", date(2015, 5, 15), 3),
        ("they retook it last December", date(2015, 12, 15), 3),
        ("the raid happened in early March", date(2016, 3, 15), 3),
        ("on 14 February 2016 the talks failed", date(2016, 2, 14), 1),
        ("on March 3 the convoy left", date(2016, 3, 3), 1),
        ("on December 30 the convoy left", date(2015, 12, 30), 1),  # no year: the latest before
        ("the report dated 2016-01-05", date(2016, 1, 5), 1),
        ("the report dated 05/01/2016", date(2016, 1, 5), 1),  # day first, via dateparser
        ("two days ago", date(2016, 3, 25), 1),
        ("protesters gathered over the weekend", date(2016, 3, 26), 2),
    ],
)
def test_dates_resolve_against_publication(text: str, expected: date, precision: int) -> None:
    found = _one(text)
    assert found.value == expected
    assert found.precision == precision
    assert text[found.start : found.end] == found.text


def test_modal_may_is_not_a_month() -> None:
    assert find_dates("The talks may resume soon.", PUB) == []


def test_without_published_date_relative_dates_stay_empty_with_a_reason() -> None:
    found = _one("troops entered the town on Sunday", None)
    assert found.value is None and "no published date" in found.note
    assert _one("in May 2015", None).value == date(2015, 5, 15)


def test_coarsen_compares_at_precision() -> None:
    assert coarsen(date(2015, 5, 1), 3) == coarsen(date(2015, 5, 15), 3)
    assert coarsen(date(2016, 3, 26), 2) == coarsen(date(2016, 3, 22), 2)
    assert coarsen(date(2016, 3, 26), 1) != coarsen(date(2016, 3, 25), 1)


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("the strikes hit 158 targets, killing more than 100 militants.", 100, "killing more than 100 militants"),
        ("At least 12 dead after the blast.", 12, "At least 12 dead"),
        ("Twelve people were killed in the attack.", 12, "Twelve people were killed"),
        ("thirty-five civilians were killed overnight", 35, "thirty-five civilians were killed"),
        ("The death toll rose to 40 on Monday.", 40, "death toll rose to 40"),
        ("some 1,200 people have died since June", 1200, "some 1,200 people have died"),
        ("a dozen soldiers were killed", 12, "a dozen soldiers were killed"),
    ],
)
def test_fatalities(text: str, value: int, words: str) -> None:
    found = find_fatalities(text)
    assert [(f.value, f.text) for f in found] == [(value, words)]
    assert text[found[0].start : found[0].end] == words


def test_vague_fatalities_give_no_number_but_a_note() -> None:
    found = find_fatalities("Dozens were killed when the market was shelled.")
    assert len(found) == 1 and found[0].value is None and "no number" in found[0].note


def test_wounded_is_not_killed() -> None:
    assert find_fatalities("12 wounded in the clashes") == []
    assert [f.value for f in find_fatalities("killed 3 and wounded 12")] == [3]


def test_parse_number() -> None:
    assert parse_number("twenty-one") == 21
    assert parse_number("two hundred") == 200
    assert parse_number("1,450") == 1450
    assert parse_number("several") is None


def test_the_fatality_pattern_searched_in_runs_finds_what_a_full_search_finds() -> None:
    """The slow fatality pattern is tried only in runs of the characters it is made of that hold a
    word for death (annotator/nlp/textscan.py); a search of the whole text must find the same."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.corpus import iter_articles  # noqa: PLC0415

    scans = [p for p in numbers._PATTERNS if isinstance(p, RunScan)]
    # "nine soldiers and 15 assailants were killed", "killing a 10-year-old boy", "twelve people
    # were killed", "a child was killed", "a man was beaten to death"
    assert len(scans) == 5
    texts = [a["text"] for a in iter_articles(60, seed=5)] + [
        "Twelve people were killed. At least 1,200 civilians have died, and twenty-one soldiers were slain.",
        "(40 killed) 'Some 30 of the villagers' lost their lives; 3 DEAD, 5 KILLED; ſome 7 ſlain",
        "x12 killed, 12killed, 12 killed_, killed 12, 12\u2003people\u00a0were\nkilled",
        "nearly 70 pro-government fighters' relatives have been killed - over 9 were-killed",
        "5 dead.7 dead-8 died:9 perished",
        "two soldiers and 3 rebels were killed; 4 police and about five gunmen died, 6 and 7 dead",
        "A child was killed; one man had been slain, an officer was shot dead and a boy was shot.",
        "A man was beaten to death; two women were hacked to death and 3 were stabbed to death.",
        "killing a 10-year-old boy; shot dead a village headman, gunned down one teacher; killed an unarmed man",
    ]
    found = []
    for scan in scans:
        found.append(0)
        for text in texts:
            for start, end in ((0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
                expected = [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in scan.finditer(text, start, end)] == expected, text
                found[-1] += len(expected)
    both_sides, killing_one, one_count, one_person, to_death = found
    assert both_sides >= 3 and killing_one >= 4 and one_count > 50 and one_person >= 3 and to_death >= 3



def _sample(tree, rng) -> str:
    """A random string that the parsed pattern ``tree`` (``re._parser``) matches, or nearly."""
    from re import _constants as c  # noqa: PLC0415

    out = []
    for op, arg in tree:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.IN:
            items = [a for a in arg if a[0] is not c.NEGATE]
            kind, value = rng.choice(items)
            if kind is c.LITERAL:
                out.append(chr(value))
            elif kind is c.RANGE:
                out.append(chr(rng.randint(*value)))
            else:  # a category: \d, \s, \w
                out.append({c.CATEGORY_DIGIT: rng.choice("03\u0663"), c.CATEGORY_SPACE: rng.choice(" \n")}.get(value, "x"))
        elif op is c.BRANCH:
            out.append(_sample(rng.choice(arg[1]), rng))
        elif op is c.SUBPATTERN:
            out.append(_sample(arg[-1], rng))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = arg
            out.extend(_sample(sub, rng) for _ in range(rng.randint(low, min(high, low + 2))))
        elif op is c.ANY:
            out.append(rng.choice("a ,"))
    return "".join(out)


def test_the_first_character_guards_of_the_date_patterns_change_no_match() -> None:
    """Each date pattern opens with ``\\b(?=[...])``, the characters a match can start with, so
    ``re`` skips the other word starts at once (the date search took twice as long without). The
    same pattern without the guard must find the same: on articles, and on strings drawn from
    every branch of the pattern itself (in any case for case-blind ones), in random company."""
    import random  # noqa: PLC0415
    import re  # noqa: PLC0415
    from re import _parser  # noqa: PLC0415

    from annotator.nlp import dates  # noqa: PLC0415

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.corpus import iter_articles  # noqa: PLC0415

    guard = re.compile(r"^\\b\(\?=\[[^\]]+\]\)")
    rng = random.Random(3)
    articles = [a["text"] for a in iter_articles(40, seed=5)]
    bares = []
    for kind, pattern in dates._PATTERNS:
        assert guard.match(pattern.pattern), kind
        bares.append(re.compile(guard.sub(r"\\b", pattern.pattern), pattern.flags))
    drawn = []
    for bare in bares:
        tree = _parser.parse(bare.pattern, bare.flags)
        for _ in range(2000):
            text = _sample(tree, rng)
            if bare.flags & re.IGNORECASE:
                text = "".join(ch.upper() if rng.random() < 0.3 else ch for ch in text)
            drawn.append(rng.choice(("", "on ", "x", "last ", "(", "9")) + text + rng.choice(("", " ", "s", ".")))
    texts = articles + [" ".join(drawn[i : i + 3]) for i in range(0, len(drawn), 3)]
    found = 0
    for (kind, pattern), bare in zip(dates._PATTERNS, bares, strict=True):
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in bare.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected, (kind, text)
            found += len(expected)
    assert found > 5000


@pytest.mark.parametrize("phrase", ["ſeven days ago", "laſt week", "ſix weeks ago", "on ſunday", "in ſeptember 2023"])
def test_a_long_s_never_breaks_the_date_reader(phrase: str) -> None:
    """The patterns match case-insensitively, so "ſ" (long s) matches "s"; the words found are
    looked up case-folded, as the pattern matched them, instead of raising KeyError."""
    found = find_dates(f"Gunmen attacked the village {phrase}.", date(2024, 3, 10))
    assert all(d.value is not None and d.value <= date(2024, 3, 10) for d in found)
