"""Writing project.qde as a stream: each element goes to the file as it is made.

A study of 25,000 sources and 100,000 codings would take hundreds of megabytes as an element
tree; written as a stream it takes the memory of one source at a time. (xml.sax's XMLGenerator
does the same but took three times as long on the large demo corpus.)
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from fieldkit.export.consent_text import NO_REDACTION, Redactor
from fieldkit.export.qdpx.names import NS
from fieldkit.export.qdpx.qde_xml import xml_safe


def _text(value: str) -> str:
    return xml_safe(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    value = _text(value).replace('"', "&quot;")
    if "\n" in value or "\r" in value or "\t" in value:
        value = value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    return value


# A selection's name is its covered text: blacked out as the source file is, so importers that
# check names against the text still find them.
_SAME_LENGTH = frozenset({"PlainTextSelection"})


class XmlOut:
    """Elements of the REFI-QDA namespace (the default namespace of the root element).

    Every element's text and ``name`` attribute pass through ``redactor`` as they are written
    (the consent policy's hidden words: see ``fieldkit.export.consent_text``)."""

    def __init__(self, stream: BinaryIO, redactor: Redactor = NO_REDACTION) -> None:
        self._redactor = redactor
        self._out = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
        self._out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self._root = True

    def _open(self, tag: str, attrs: dict[str, str | None], close: str) -> None:
        name = attrs.get("name")
        if name and self._redactor.finds(name):
            hide = self._redactor.same_length if tag in _SAME_LENGTH else self._redactor.text
            attrs["name"] = hide(name)
        parts = [f"<{tag}"]
        if self._root:
            parts.append(f' xmlns="{NS}"')
            self._root = False
        parts.extend(f' {k}="{_attr(v)}"' for k, v in attrs.items() if v is not None)
        parts.append(close)
        self._out.write("".join(parts))

    def start(self, tag: str, **attrs: str | None) -> None:
        self._open(tag, attrs, ">")

    def end(self, tag: str) -> None:
        self._out.write(f"</{tag}>")

    @contextmanager
    def element(self, tag: str, **attrs: str | None) -> Iterator[None]:
        self._open(tag, attrs, ">")
        yield
        self._out.write(f"</{tag}>")

    def empty(self, tag: str, **attrs: str | None) -> None:
        self._open(tag, attrs, "/>")

    def text(self, tag: str, text: str) -> None:
        if self._redactor.finds(text):
            text = self._redactor.text(text)
        self._out.write(f"<{tag}>{_text(text)}</{tag}>")

    def close(self) -> None:
        """Flush what is buffered; the stream itself stays open (its owner closes it)."""
        self._out.flush()
        self._out.detach()


__all__ = ["XmlOut"]
