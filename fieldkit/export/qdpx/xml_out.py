"""Writing project.qde as a stream: each element goes to the file as it is made.

A study of 25,000 sources and 100,000 codings would take hundreds of megabytes as an element
tree; written as a stream it takes the memory of one source at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO
from xml.sax.saxutils import XMLGenerator

from fieldkit.export.qdpx.names import NS
from fieldkit.export.qdpx.qde_xml import xml_safe


class XmlOut:
    """Elements of the REFI-QDA namespace (the default namespace of the root element)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._gen = XMLGenerator(stream, encoding="UTF-8", short_empty_elements=True)
        self._gen.startDocument()
        self._root = True

    def start(self, tag: str, **attrs: str | None) -> None:
        values = {k: xml_safe(v) for k, v in attrs.items() if v is not None}
        if self._root:
            values = {"xmlns": NS, **values}
            self._root = False
        self._gen.startElement(tag, values)  # type: ignore[arg-type]

    def end(self, tag: str) -> None:
        self._gen.endElement(tag)

    @contextmanager
    def element(self, tag: str, **attrs: str | None) -> Iterator[None]:
        self.start(tag, **attrs)
        yield
        self.end(tag)

    def empty(self, tag: str, **attrs: str | None) -> None:
        self.start(tag, **attrs)
        self.end(tag)

    def text(self, tag: str, text: str) -> None:
        self.start(tag)
        self._gen.characters(xml_safe(text))
        self.end(tag)

    def close(self) -> None:
        self._gen.endDocument()


__all__ = ["XmlOut"]
