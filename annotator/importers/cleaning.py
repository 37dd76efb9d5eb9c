"""Cleaning scraped article text (txt, CSV and HTML imports only; never Annotator JSONL).

Scrapers leave debris around the story: WordPress shortcodes such as ``[fvplayer src=""]`` or
``[caption ...]...[/caption]``, navigation lines like "Skip to main content", and link lists at the
end ("You may also like...", "Related articles", "Share this"). Analysts should not have to read
past it, and suggestions should not be made from it. Cleaning runs once, before an article is
stored; evidence offsets are always into the cleaned text, so nothing needs re-mapping.

Paragraphs are kept: the result has one blank line at most between paragraphs, no trailing
spaces, and single spaces inside lines.
"""

from __future__ import annotations

import re

# Shortcodes whose body is debris too (an embedded player, a photo caption block).
PAIRED_SHORTCODES = (
    "caption", "wp_caption", "embed", "video", "audio", "gallery", "playlist", "youtube",
    "vimeo", "tweet", "twitter", "instagram", "facebook", "soundcloud", "iframe",
)
# Shortcodes removed as tags wherever they appear (with or without attributes).
KNOWN_SHORTCODES = PAIRED_SHORTCODES + (
    "fvplayer", "jwplayer", "ad", "ads", "adsense", "related", "contact-form-7", "shortcode",
    "button", "column", "row", "quote",
)
_NAMES = "|".join(re.escape(n) for n in KNOWN_SHORTCODES)
_PAIRED = "|".join(re.escape(n) for n in PAIRED_SHORTCODES)
# [caption id="x" ...]...[/caption]: the whole block, never across more than 2000 characters.
PAIRED_RE = re.compile(rf"\[({_PAIRED})\b[^\]\n]*\].{{0,2000}}?\[/\1\]", re.IGNORECASE | re.DOTALL)
# [fvplayer src=""], [/embed], [ad]: a known name, alone or with attributes.
KNOWN_TAG_RE = re.compile(rf"\[/?(?:{_NAMES})(?:\s[^\]\n]*)?\]", re.IGNORECASE)
# Any other [name key="value" ...] or [vc_row]/[et_pb_section ...] builder tag. Editorial brackets
# in quotes ("[the army] said", "[sic]") have no '=' and no builder prefix, so they stay.
GENERIC_TAG_RE = re.compile(
    r"\[/?(?:(?:vc|et_pb|wp|td|av|fusion)_[a-z0-9_]+(?:\s[^\]\n]*)?"
    r"|[a-z][a-z0-9_-]*\s+[a-z_-]+\s*=\s*[^\]\n]*)\]",
    re.IGNORECASE,
)

# Whole lines that are page furniture, not article text (compared case-insensitively).
BOILERPLATE_LINE_RE = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation|main menu)|advertisement|advert"
    r"|scroll to continue(?: with content)?|story continues below(?: advertisement)?"
    r"|click to share on .*|share on (?:facebook|twitter|whatsapp|linkedin|email)"
    r"|image (?:copyright|source).*|(?:play|watch) video|media playback is unsupported.*)[.:!…]*$",
    re.IGNORECASE,
)
# A line starting the trailing block of links and buttons after the story.
TRAILER_LINE_RE = re.compile(
    r"^(?:you (?:may|might) also (?:like|be interested in)|related(?: articles| stories| posts"
    r"| content| news| topics| coverage)?|more on this story|more from .{1,40}|read (?:more|next)"
    r"|recommended(?: for you)?|share this(?: article| story| post| page)?|sharing is caring"
    r"|most (?:read|popular)|(?:top|latest) stories|trending(?: now)?)\s*[.:!…]*$",
    re.IGNORECASE,
)
# After a trailer line, only short lines (headlines, buttons) may follow for the block to count.
TRAILER_MAX_LINE = 160
TRAILER_MAX_LINES = 25

SPACE_RE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def remove_shortcodes(text: str) -> str:
    text = PAIRED_RE.sub("", text)
    text = KNOWN_TAG_RE.sub("", text)
    return GENERIC_TAG_RE.sub("", text)


def normalise_whitespace(text: str) -> str:
    """Single spaces inside lines, no spaces at line ends, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = INVISIBLE_RE.sub("", text)
    text = CONTROL_RE.sub("", text)
    lines = [SPACE_RE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _cut_trailer(lines: list[str]) -> list[str]:
    """Drop a trailing "Related articles" / "Share this" block: a marker line, then short lines."""
    for index, line in enumerate(lines):
        if not TRAILER_LINE_RE.match(line):
            continue
        tail = [t for t in lines[index + 1 :] if t]
        short_tail = len(tail) <= TRAILER_MAX_LINES and all(len(t) <= TRAILER_MAX_LINE for t in tail)
        # Never cut everything: a marker on the first line is not a trailer.
        if short_tail and any(lines[:index]):
            return lines[:index]
    return lines


def clean_text(text: str) -> str:
    """The article as an analyst should read it: debris removed, paragraphs kept."""
    text = normalise_whitespace(remove_shortcodes(text))
    lines = [line for line in text.split("\n") if not BOILERPLATE_LINE_RE.match(line)]
    lines = _cut_trailer(lines)
    return normalise_whitespace("\n".join(lines))


def title_of(text: str, limit: int = 200) -> str:
    """The first non-empty line (the headline), shortened with an ellipsis when very long."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""
