"""Plain .txt files (and folders of them): one file is one article.

The text is decoded strictly (see :mod:`annotator.importers.textfile`) and cleaned of scraper
debris; the first non-empty line is the title and stays in the text, so the analyst sees the
headline. The id is the file name without its suffix.
"""

from __future__ import annotations

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import clean_text, title_of
from annotator.importers.streams import InputFile
from annotator.importers.textfile import read_text
from annotator.interchange import ArticleRecord, RecordError


def read_txt(file: InputFile, options: ImportOptions) -> RecordStream:
    raw = read_text(file, options.max_text_bytes)
    if isinstance(raw, RecordError):
        yield raw.line or 1, raw
        return
    text = clean_text(raw)
    if not text:
        yield 1, RecordError(str(file), 1, "no article text (only whitespace or page debris)")
        return
    yield 1, ArticleRecord(text=text, id=file.stem, title=title_of(text))
