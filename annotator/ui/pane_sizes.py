"""The window's default pane widths, shared by the start-up shell and the window (no Qt import:
the shell reads it before Qt's enums are built).

List, text, events and form: the form gets enough room for a sub-event type such as
"Government regains territory" at the default 1280-pixel window.
"""

PANE_SIZES = (390, 500, 480)
