"""Date expressions in an article, resolved against its published date, with ACLED precision.

Precision follows the codebook: 1 = the day is known, 2 = a week or similar period, 3 = only the
month. Resolution rules:

- "on Sunday" / "Sunday": the latest Sunday on or before publication ("last Sunday": strictly
  before); "yesterday" and "overnight" (the night began the day before), "today", "N days ago"; explicit dates ("27 March 2016", "March 27",
  "2016-03-27", "27/03/2016" via dateparser): precision 1.
- "last week", "this week", "N weeks ago": precision 2; "over the weekend", "last weekend":
  the latest Saturday before publication, precision 2.
- "in May 2015", "last December", "early March": precision 3, dated to the 15th (the month's
  middle); a month without a year is the latest such month not after publication.

Without a published date, relative expressions cannot be resolved: they are returned with
``value=None`` and a ``note`` saying why, and only explicit dates with a year get a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "a": 1, "an": 1}
MID_MONTH = 15

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
# Each pattern opens with ``\b(?=[...])``: the characters a match can start with. ``re`` tries a
# pattern that opens with ``\b`` at every word of the text; the guard turns most words away at
# their first character (the date search took twice as long without). When adding an alternative,
# add its first character (a test compares every pattern with its guard removed).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?=[12])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?=[\d])(?P<num>[0-3]?\d/[01]?\d/(?:19|20)\d\d)\b")),
    ("dmy", re.compile(
        r"\b(?=[oMTWFS\d])(?:on\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    )),
    ("mdy", re.compile(
        r"\b(?=[oMTWFSJAOND])(?:on\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
        + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    )),
    ("month", re.compile(
        r"\b(?=[lemsJFMASOND])(?P<mod>(?:last|early|late|mid-?|earlier\s+in|since)\s+)?" + _MONTH
        + r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b"
    )),
    ("weekday", re.compile(
        r"\b(?=[leotMTWFS])(?P<mod>(?:late|early)\s+on\s+|on\s+|last\s+|this\s+(?:past\s+)?)?"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    )),
    ("relative", re.compile(
        r"\b(?=[ytoladefs\d])(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|overnight|"
        r"last night|last week(?:end)?|this week(?:end)?|(?:over|at|during)\s+the\s+weekend|"
        r"earlier this week|last month|this month|"
        r"earlier this month|(?P<n>\d+|one|two|three|four|five|six|seven|a|an)\s+(?P<unit>days?|weeks?)\s+ago)\b",
        re.IGNORECASE,
    )),
    # Days counted from the date told before ("the next day", "two days later"); "a day after
    # seizing it" dates the act it introduces, a day before the date the sentence gave.
    ("anaphoric", re.compile(
        r"\b(?=[taofs\d])(?:the\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)"
        r"|the\s+(?P<prev>previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before"
        r"|(?P<k>\d+|one|two|three|four|five|six|seven|a|an)\s+days?\s+(?P<dir>later|earlier|after))\b",
        re.IGNORECASE,
    )),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression: where it is, the date it means, its precision, and any caveat."""

    start: int
    end: int
    text: str
    value: date | None
    precision: int
    note: str = ""
    # "a day after seizing it": the date of the act the words introduce, not of the sentence's
    # own verb, which has the date this one counts from.
    introduces: bool = False


def _month_number(name: str) -> int:
    return MONTHS[name.casefold().rstrip(".")]


def _latest_month(month: int, published: date, strictly_before: bool) -> date:
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return date(year, month, MID_MONTH)


def _weekday_on_or_before(weekday: int, published: date, strictly_before: bool) -> date:
    delta = (published.weekday() - weekday) % 7
    if strictly_before and delta == 0:
        delta = 7
    return published - timedelta(days=delta)


@lru_cache(maxsize=1024)
def _parse_numeric(text: str) -> date | None:
    import dateparser  # slow to import; only explicit numeric dates need it

    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


def _resolve(kind: str, m: re.Match[str], published: date | None) -> tuple[date | None, int, str]:
    g = m.groupdict()
    no_pub = "no published date, so a relative date cannot be resolved"
    try:
        if kind == "iso":
            return date(int(g["y"]), int(g["m"]), int(g["d"])), 1, ""
        if kind == "numeric":
            return _parse_numeric(g["num"]), 1, ""
        if kind in ("dmy", "mdy"):
            month, day = _month_number(g["month"]), int(g["day"])
            if g.get("year"):
                return date(int(g["year"]), month, day), 1, ""
            if published is None:
                return None, 1, no_pub
            value = date(published.year, month, day)
            if value > published:
                value = date(published.year - 1, month, day)
            return value, 1, ""
    except ValueError:
        return None, 1, f"not a valid date: {m.group(0)!r}"
    if kind == "month":
        month = _month_number(g["month"])
        if g.get("year"):
            return date(int(g["year"]), month, MID_MONTH), 3, ""
        if published is None:
            return None, 3, no_pub
        strictly = (g.get("mod") or "").strip().casefold() == "last"
        return _latest_month(month, published, strictly), 3, ""
    if kind == "weekday":
        if published is None:
            return None, 1, no_pub
        strictly = (g.get("mod") or "").strip().casefold() == "last"
        return _weekday_on_or_before(WEEKDAYS.index(g["wd"].casefold()), published, strictly), 1, ""
    rel = g["rel"].casefold()
    if published is None:
        return None, 1, no_pub
    if g.get("unit"):
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].casefold()]
        if g["unit"].casefold().startswith("day"):
            return published - timedelta(days=n), 1, ""
        return published - timedelta(weeks=n), 2, ""
    if rel in ("yesterday", "last night", "overnight"):
        # "fought overnight" in a day's report: the night began the day before, the date coded.
        return published - timedelta(days=1), 1, ""
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return published, 1, ""
    if rel == "last week":
        return published - timedelta(days=7), 2, ""
    if "weekend" in rel and rel != "this weekend":  # the latest Saturday before publication
        return _weekday_on_or_before(5, published - timedelta(days=1), False), 2, ""
    if rel in ("this week", "this weekend", "earlier this week"):
        return published, 2, ""
    if rel == "last month":
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=MID_MONTH), 3, ""
    return published.replace(day=MID_MONTH), 3, ""  # this month, earlier this month


# "OUAGADOUGOU, May 14 (Reuters) -": a wire story's dateline says where it was filed, when and by
# whom; its date is the publication's, not an event's, and the agency is no actor.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[^\n(]{2,40}?)?\s*\([A-Za-z .&]{2,30}\)\s*[-–—]+"
)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every wire-story dateline at the start of a line."""
    return [m.span() for m in _DATELINE.finditer(text)]


# The words before a bare month name that make it the month ("in March", "until March").
_PREVIOUS_WORD = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|before|after|of|this|next|to|and|or|between)\s+$", re.IGNORECASE
)


def find_dates(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, most specific first where they overlap (none from
    a dateline)."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = list(datelines(text))
    counted: list[re.Match[str]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "anaphoric":
                taken.append((s, e))
                counted.append(m)
                continue
            if kind == "month" and m.group("month").lower() == "may" and not (
                m.group("year") or m.group("mod")
            ):
                continue  # the modal verb "may"
            if kind == "month" and m.group("month")[:1].islower():
                continue
            if kind == "month" and m.group("month") == "March" and not (m.group("year") or m.group("mod")) and (
                _PREVIOUS_WORD.search(text, max(s - 20, 0), s) is None
            ):
                continue  # "Security Forces Fire on Opposition March", "the march": the walk
            value, precision, note = _resolve(kind, m, published)
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), value, precision, note))
    found.sort(key=lambda d: d.start)
    if counted:
        found = _count_from_anchors(text, found, counted, published)
    return found


def _count_from_anchors(
    text: str, found: list[DateMention], counted: list[re.Match[str]], published: date | None,
) -> list[DateMention]:
    """Resolve "the next day", "two days later", "a day after" against the date told before them.

    The anchor is the nearest earlier dated mention (a counted one too: "two days later ... the
    next day"); "N days after" needs it in the same sentence
    ("pulled out on Tuesday, a day after seizing it"), since it dates the act it introduces from
    the date of the sentence's own verb. Without an anchor the words are no date at all.
    """
    out = list(found)
    for m in sorted(counted, key=lambda m: m.start()):
        g = m.groupdict()
        before = sorted((d for d in out if d.end <= m.start() and d.value is not None), key=lambda d: d.end)
        anchor = before[-1] if before else None
        if anchor is None:
            continue
        if g.get("k"):
            n = int(g["k"]) if g["k"].isdigit() else NUMBER_WORDS[g["k"].casefold()]
            direction = g["dir"].casefold()
            if direction == "after" and re.search(r"[.!?]\s", text[anchor.end : m.start()]):
                continue  # "N days after": the anchor must be this sentence's
            shift = n if direction == "later" else -n
        else:
            shift = 1 if g.get("next") else -1
        value = anchor.value + timedelta(days=shift)  # type: ignore[operator]
        if published is not None and value > published:
            value = published
        introduces = bool(g.get("dir")) and g["dir"].casefold() == "after"
        out.append(DateMention(m.start(), m.end(), m.group(0), value, anchor.precision, introduces=introduces))
    out.sort(key=lambda d: d.start)
    return out


def coarsen(value: date, precision: int) -> tuple[int, ...]:
    """The part of a date that its precision vouches for: day, ISO week, or month.

    Used to compare a suggestion with a gold date at the coarser of the two precisions, so that
    "May 2015" dated to the 15th (ours) and to the 1st (a coder's) count as the same.
    """
    if precision >= 3:
        return (value.year, value.month)
    if precision == 2:
        return tuple(value.isocalendar()[:2])
    return (value.year, value.month, value.day)
