"""Where bundled resources live, read through importlib.resources.

Resources sit in the top-level ``resources/`` folder of a checkout and are installed as the
``annotator.resources`` package, so the same call works from a checkout, a wheel and a bundle.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return a bundled resource, e.g. ``resource("schemas", "acled.yaml")``."""
    node = files("annotator.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
