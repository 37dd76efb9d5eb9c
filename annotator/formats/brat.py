"""brat's naming and offsets, shared by the brat exporter and the brat importer.

Both directions must agree on role names (``actor1`` <-> ``ActorOne``), value spelling and
brat's reading of the text (universal newlines), so the rules live once, below both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

LINE_BREAKS = "\n\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"
LINE_BREAK = re.compile(f"[{re.escape(LINE_BREAKS)}]")
UNSAFE_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_UNSAFE_VALUE = re.compile(r"[^A-Za-z0-9_-]+")
_DIGIT_WORDS = {"0": "Zero", "1": "One", "2": "Two", "3": "Three", "4": "Four", "5": "Five",
                "6": "Six", "7": "Seven", "8": "Eight", "9": "Nine"}


def brat_role(field: str) -> str:
    """``assoc_actor_1`` -> ``AssocActorOne``: no trailing digit, no underscore."""
    parts = re.findall(r"[A-Za-z]+|\d", field)
    return "".join(_DIGIT_WORDS.get(p, p[:1].upper() + p[1:]) for p in parts)


def brat_value(value: Any) -> str:
    return _UNSAFE_VALUE.sub("_", str(value)).strip("_")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks (brat's discontinuous span)."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in LINE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


# The label of an event's trigger spans after the first ("bombarded ... killing"): brat gives an
# event one trigger, and an event-type span used as an argument is an error ("cannot take a
# Trigger argument"), so the others are entities in the event's Trigger role.
MORE_TRIGGER_WORDS = "MORE_TRIGGER_WORDS"

# The note that carries an event without a trigger (brat has no such event): its arguments, then
# its values, so that importing the folder again brings the event back.
TRIGGERLESS = "event without trigger"


class BratOffsets:
    """Python offsets into the stored text -> offsets into the text as brat reads it.

    brat opens ``NAME.txt`` with universal newlines: "\r\n" and a lone "\r" both become one
    "\n". So in text with CRLF line ends every CRLF before a position shifts it one character
    left in brat's view. ``brat_text`` is that view; :meth:`to_brat` maps a position into it.
    """

    def __init__(self, text: str) -> None:
        self.crlf = [m.start() for m in re.finditer("\r\n", text)]
        self.brat_text = text.replace("\r\n", "\n").replace("\r", "\n")

    def to_brat(self, position: int) -> int:
        return position - bisect_left(self.crlf, position - 1)

    def to_python(self, position: int) -> int:
        """The inverse of :meth:`to_brat`: a position in brat's reading -> one in the stored text."""
        if not hasattr(self, "_crlf_in_brat"):
            self._crlf_in_brat = [c - n for n, c in enumerate(self.crlf)]
        return position + bisect_left(self._crlf_in_brat, position)
