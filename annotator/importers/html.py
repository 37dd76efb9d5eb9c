"""HTML pages (.html, .htm): main text, title and date extracted by trafilatura.

trafilatura parses the page with lxml and keeps the article body; scripts and styles are dropped,
never executed. The headline becomes the first paragraph of the text (as in .txt imports), each
extracted block a paragraph, and the text is cleaned like the other scraped formats.
"""

from __future__ import annotations

import logging

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import clean_text, title_of
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, RecordError, parse_date

# trafilatura logs every page it finds little in; the import report says it once, clearly.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract(html: bytes) -> tuple[str, str, str | None, str | None, str | None]:
    """(body text, title, date, url, site name) of a page; empty body when nothing was found."""
    import trafilatura  # heavy import, only when an HTML file is imported

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False, favor_recall=True
    )
    if doc is None:
        return "", "", None, None, None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)  # type: ignore[call-overload]
    return (
        data.get("text") or "",
        data.get("title") or "",
        data.get("date"),
        data.get("url"),
        data.get("sitename"),
    )


def read_html(file: InputFile, options: ImportOptions) -> RecordStream:
    source = str(file)
    if file.size > options.max_text_bytes:
        yield 1, RecordError(source, 1, f"page is {file.size} bytes; pages over {options.max_text_bytes} are not read")
        return
    with file.open() as handle:
        page = handle.read(options.max_text_bytes + 1)
    nul = page.find(b"\x00")
    if nul >= 0:
        line = page.count(b"\n", 0, nul) + 1
        yield line, RecordError(source, line, "binary content (NUL byte), not an HTML page")
        return
    try:
        body, title, published, url, site = extract(page)
    except Exception as exc:  # a parser failure on one page must not stop a folder import
        yield 1, RecordError(source, 1, f"cannot read the page: {exc}")
        return
    body = "\n\n".join(line for line in body.split("\n") if line.strip())
    title = clean_text(title)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    text = clean_text(body)
    if not text:
        yield 1, RecordError(source, 1, "no article text found in the page")
        return
    try:
        date = parse_date(published)
    except ValueError:
        date = None  # trafilatura normalises dates; anything else is not worth rejecting a page
    yield 1, ArticleRecord(
        text=text, id=file.stem, title=title_of(title or text), source=site, url=url, published=date
    )
