"""Annotator: turn news articles into structured, evidence-backed event records.

The package root and every sub-package except ``annotator.ui`` are free of Qt, so that the CLI,
the tests and any pipeline can use the same core without a display.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("annotator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
