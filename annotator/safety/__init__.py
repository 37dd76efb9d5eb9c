"""Keeping analysts' work safe: integrity checks on open, rotating backups, restore, crash tests.

Nothing here imports Qt; the window shows what these functions report.
"""
