"""Text from a file or a user, made safe to print on a terminal.

A question file can hold escape sequences (`"\\e[2J"`, an OSC title or link) and
bidi or zero-width characters; printed raw they clear the screen, retitle the
window, hide or reorder text. Every command that prints file-supplied text
passes it through `printable`.
"""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \\), other two-character escapes,
# and their 8-bit forms.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[ -/]*[0-~]?",
    re.DOTALL,
)
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def printable(text: str) -> str:
    """`text` without terminal escape sequences or control, bidi and zero-width characters;
    tabs and line breaks become spaces only where they would break a one-line message."""
    text = _ESCAPES.sub("", text)
    return _INVISIBLE.sub("", text.replace("\t", " "))
