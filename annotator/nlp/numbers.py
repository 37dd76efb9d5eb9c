"""Fatality counts: "killing more than 100 militants" -> 100, "twelve people were killed" -> 12.

ACLED codes the number a report states, so qualifiers ("at least", "more than") keep the number.
Vague quantities ("dozens", "scores", "several") give no number: the mention is returned with
``value=None`` and a note, so the analyst sees the words but decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.nlp.textscan import RunScan

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE = {"dozens", "scores", "hundreds", "thousands", "several", "many", "numerous", "some"}

_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s+hundred)?"
)
_NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|a\s+dozen|{_WORD_NUM}|dozens|scores|hundreds|thousands|several|numerous)"
_QUAL = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|as\s+many\s+as|an\s+estimated|approximately)\s+)?"
_WHO = r"(?:[\w'-]+\s+){0,3}?"
_KILLED = r"(?:killed|dead|died|slain|perished|deaths|fatalities|lost\s+their\s+lives)"

_NUM2 = _NUM.replace("?P<num>", "?P<num2>")

_PATTERNS: list[re.Pattern[str] | RunScan] = [
    # "nine soldiers and about 15 assailants were killed": ACLED counts every side's dead.
    RunScan(
        re.compile(
            rf"\b{_QUAL}{_NUM}\s+{_WHO}and\s+{_QUAL}{_NUM2}\s+{_WHO}"
            rf"(?:(?:were|have\s+been|had\s+been|have|had)\s+)?{_KILLED}\b", re.I
        ),
        re.compile(r"[\w\s,'-]+"),
        re.compile(_KILLED, re.I),
    ),
    # "killing more than 100 militants", "killed 12 people", "shot dead two workers"
    re.compile(
        rf"\b(?:kill(?:ed|ing|s)?|massacred|slaughtered|(?:shot|shooting|shoots|shoot)\s+dead|gunn(?:ed|ing)\s+down)"
        rf"\s+{_QUAL}{_NUM}\b(?:\s+[\w'-]+){{0,2}}", re.I,
    ),
    # "killing a 10-year-old boy", "shot dead a village headman": one person, named by a noun
    # for one.
    RunScan(
        re.compile(
            r"\b(?:kill(?:ed|ing|s)?|(?:shot|shooting|shoots|shoot)\s+dead|gunn(?:ed|ing)\s+down)\s+(?P<num>an?|one)\s+"
            r"(?:[\w'-]+\s+){0,3}?(?:man|woman|boy|girl|child|baby|infant|person|civilian|soldier|policeman|policewoman|"
            r"officer|farmer|student|teacher|trader|driver|worker|journalist|teenager|resident|villager|fighter|militant|"
            r"headman|chief|pastor|priest|imam|guard|rider|vendor|herder|passenger|pilgrim|nurse|doctor)\b",
            re.I,
        ),
        re.compile(r"[\w\s'-]+"),
        re.compile(r"kill|dead|down", re.I),
    ),
    # "at least 12 dead", "twelve people were killed", "12 soldiers have died": the slowest
    # pattern, searched only in runs of the characters it is made of that hold a word for death.
    RunScan(
        re.compile(
            rf"\b{_QUAL}{_NUM}\s+{_WHO}(?:(?:were|was|have\s+been|had\s+been|are|have|had)\s+)?{_KILLED}\b", re.I
        ),
        re.compile(r"[\w\s,'-]+"),
        re.compile(_KILLED, re.I),
    ),
    # "left 5 dead", "leaving at least 30 dead"
    re.compile(rf"\b(?:left|leaving)\s+{_QUAL}{_NUM}\s+{_WHO}dead\b", re.I),
    # "the death toll rose to 40"
    re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached)\s+{_QUAL}{_NUM}\b", re.I),
    # "a child was killed by a stray bullet": one, when the verb says it was done to them. Like
    # the next one, it would be tried at every "a" of an article: only runs holding the verb.
    RunScan(
        re.compile(
            r"\b(?P<num>an?|one)\s+(?:[\w'-]+\s+){0,5}?(?:was|has\s+been|had\s+been)\s+(?:killed|slain|shot\s+dead)\b",
            re.I,
        ),
        re.compile(r"[\w\s,'-]+"),
        re.compile(r"killed|slain|shot\s+dead", re.I),
    ),
    # "a man was beaten to death", "two women were hacked to death"
    RunScan(
        re.compile(
            rf"\b{_QUAL}(?P<num>\d+|{_WORD_NUM}|an?)\s+{_WHO}(?:was|were|had\s+been|have\s+been)\s+"
            r"(?:beaten|hacked|stabbed|burned|burnt|stoned|shot|clubbed|lynched|tortured)\s+to\s+death\b", re.I,
        ),
        re.compile(r"[\w\s,'-]+"),
        re.compile(r"to\s+death", re.I),
    ),
]


_NEGATED = re.compile(r"\bno\s$", re.I)


@dataclass(frozen=True)
class FatalityMention:
    start: int
    end: int
    text: str
    value: int | None
    note: str = ""


def parse_number(text: str) -> int | None:
    """A count written in digits or words ("1,200", "twelve", "thirty-five", "a dozen")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t == "a dozen":
        return 12
    if t in ("a", "an"):
        return 1  # "a man was beaten to death"
    multiplier = 1
    if t.endswith(" hundred"):
        multiplier, t = 100, t[: -len(" hundred")]
    parts = t.split()
    total = 0
    for part in parts:
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total * multiplier if parts else None


def find_fatalities(text: str, start: int = 0, end: int | None = None) -> list[FatalityMention]:
    """Fatality mentions in ``text[start:end]``, in text order, without overlaps."""
    end = len(text) if end is None else end
    found: list[FatalityMention] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < f.end and f.start < e for f in found) or _NEGATED.search(text, max(s - 3, 0), s):
                continue  # "No one was killed": no count
            counts = [n for n in (m.group("num"), m.groupdict().get("num2")) if n is not None]
            given = [n for n in counts if n.lower() not in VAGUE]
            if not given:
                found.append(FatalityMention(s, e, m.group(0), None, f"{counts[0]!r} gives no number"))
                continue
            # "five soldiers and dozens of militants": at least the counts that are given.
            values = [parse_number(n) for n in given]
            if any(v is None for v in values):
                continue
            value = sum(values)  # type: ignore[arg-type]
            found.append(FatalityMention(s, e, m.group(0), value))
    found.sort(key=lambda f: f.start)
    return found
