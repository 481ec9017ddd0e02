"""The common case of reading YAML, at the speed of libyaml's parser.

Most question files are plain: mappings, lists and text, with no anchors,
aliases, tags, nulls or repeated keys. For those, recording where every value
was written costs more than parsing, and is needed only when there is a
problem to report. `read_plain` builds the plain data from the parser's event
stream in one tight loop and gives up (returns UNUSUAL) at the first thing
that is not plain; the caller then reads the file again with the full builder
in `yamlsource`, which handles and reports everything. Positions of a plainly
read file are computed on first use, by that same builder.
"""

from __future__ import annotations

import re
from typing import Any, Final

import yaml

try:
    from yaml import CSafeLoader as _EventSource
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventSource  # type: ignore[assignment]

UNUSUAL: Final = object()
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
# Characters no text field may hold once escapes are read (see yamlsource).
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff\ufffe\uffff]"
)
# Zero-width (non-)joiners shape emoji and some scripts; beside ASCII they only hide.
_STRAY_JOINER = re.compile("(?<=[\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f])")


def hidden_char(text: str) -> re.Match[str] | None:
    """The first control, bidi-override or zero-width character in `text`, if any."""
    found = _HIDDEN.search(text)
    if found is None and ("\u200c" in text or "\u200d" in text):
        found = _STRAY_JOINER.search(text)
    return found


_NO_KEY: Final = object()

_SCALAR = yaml.ScalarEvent
_MAPPING_START = yaml.MappingStartEvent
_SEQUENCE_START = yaml.SequenceStartEvent
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_DOCUMENT_START = yaml.DocumentStartEvent
_STREAM_END = yaml.StreamEndEvent
_QUIET = (yaml.StreamStartEvent, yaml.DocumentEndEvent)


def event_parser(text: str) -> Any:
    """libyaml's parser when PyYAML was built with it (it feeds events too), else PyYAML's."""
    return _EventSource(text)


def read_plain(text: str, max_depth: int) -> Any:
    """The document as dicts, lists and str, or UNUSUAL when the full reader is needed."""
    parser = event_parser(text)
    try:
        return _build(parser.get_event, max_depth)
    except yaml.YAMLError:
        return UNUSUAL
    finally:
        parser.dispose()


def _build(next_event: Any, max_depth: int) -> Any:  # one flat loop, for speed
    root: list[Any] = []
    container: Any = root
    key: Any = _NO_KEY
    stack: list[tuple[Any, Any]] = []
    documents = 0
    while True:
        event = next_event()
        kind = type(event)
        if kind is _SCALAR:
            if event.anchor is not None or event.tag is not None:
                return UNUSUAL
            value = event.value
            if event.implicit[0]:
                if value in NULL_WORDS:
                    return UNUSUAL
            elif event.style == '"' and hidden_char(value):
                return UNUSUAL
            if type(container) is dict:
                if key is _NO_KEY:
                    if value in container:
                        return UNUSUAL
                    key = value
                else:
                    container[key] = value
                    key = _NO_KEY
            else:
                container.append(value)
        elif kind is _MAPPING_START or kind is _SEQUENCE_START:
            if event.anchor is not None or event.tag is not None or len(stack) >= max_depth:
                return UNUSUAL
            new: Any = {} if kind is _MAPPING_START else []
            if type(container) is dict:
                if key is _NO_KEY:
                    return UNUSUAL
                container[key] = new
            else:
                container.append(new)
            stack.append((container, _NO_KEY))
            container, key = new, _NO_KEY
        elif kind in _ENDS:
            container, key = stack.pop()
        elif kind is _STREAM_END:
            break
        elif kind is _DOCUMENT_START:
            documents += 1
            if documents > 1:
                return UNUSUAL
        elif kind not in _QUIET:
            return UNUSUAL  # an alias
    if not root or root[0] is None:
        return UNUSUAL
    return root[0]
