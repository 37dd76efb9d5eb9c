"""Reading input files in bounded pieces, and counting the bytes read for the progress bar.

Readers never call ``read()`` on a whole file: they take lines (capped in length) from a counted
binary handle, so a file of any size, or one enormous line, is read in bounded memory, and the
import loop can ask how far into the file a reader has got.
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path

# The capped line reader is part of the interchange format's reading rules; readers take it from here.
from annotator.interchange import LineTooLong, iter_lines  # noqa: F401

SNIFF_BYTES = 8192
CHUNK = 1 << 16
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ByteCounter(io.RawIOBase):
    """A raw file that counts the bytes handed out, so progress is by bytes for every reader.

    Wrapped in ``io.BufferedReader`` the count runs ahead of the reader by at most one buffer
    (64 KiB), which is exact enough for a progress bar.
    """

    def __init__(self, raw: io.RawIOBase) -> None:
        super().__init__()
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        n = self._raw.readinto(buffer) or 0
        self.count += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class InputFile:
    """One file being imported: its path and size, and how many bytes its reader has consumed.

    It behaves like a path (``open(f)``, ``str(f)``, ``f.stem``) so simple readers can ignore the
    counting; readers that call :meth:`open` make the progress bar advance by bytes.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.size = self.path.stat().st_size if self.path.exists() else 0
        self._counters: list[ByteCounter] = []

    def open(self) -> io.BufferedReader:
        counter = ByteCounter(io.FileIO(self.path, "rb"))
        self._counters.append(counter)
        return io.BufferedReader(counter, buffer_size=CHUNK)

    @property
    def bytes_read(self) -> int:
        return min(self.size, max((c.count for c in self._counters), default=0))

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def suffix(self) -> str:
        return self.path.suffix

    def __fspath__(self) -> str:
        return str(self.path)

    def __str__(self) -> str:
        return str(self.path)


def line_of_offset(path: Path, offset: int) -> int:
    """The 1-based line holding byte ``offset``, counted in chunks (for error messages)."""
    line = 1
    remaining = offset
    with open(path, "rb") as handle:
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            line += chunk.count(b"\n")
            remaining -= len(chunk)
    return line


def binary_evidence(path: Path) -> int | None:
    """The line of the first NUL byte when the file's first 8 KiB look binary, else None.

    Binary means NUL bytes in bytes that are not UTF-8 (an image, an archive, a PDF). Text that is
    UTF-8 apart from a stray NUL is not binary: readers reject just the lines holding one. UTF-16
    text (with a byte-order mark) is full of NUL bytes but is text, so it is not flagged either.
    """
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if head.startswith(UTF16_BOMS):
        return None
    nul = head.find(b"\x00")
    if nul < 0:
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return head.count(b"\n", 0, nul) + 1
    return None
