"""Naming rules that the exporters and importers share (labels, brat names and offsets).

They sit below both packages so that a format read back in is named exactly as it was written.
"""
