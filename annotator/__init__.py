"""Annotator: turn news articles into structured, evidence-backed event records.

The package root and every sub-package except ``annotator.ui`` are free of Qt, so that the CLI,
the tests and any pipeline can use the same core without a display.
"""



def __getattr__(name: str) -> str:
    """``__version__`` on first use: importlib.metadata costs ~50 ms that the window's start,
    which never shows the version before the About box, should not pay."""
    if name != "__version__":
        raise AttributeError(f"module 'annotator' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("annotator")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"
