"""Small helpers for writing project.qde elements: tags, text, times, XML-safe strings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from fieldkit.export.qdpx.names import q


def when(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{value.isoformat(timespec='seconds')[:19]}Z"


def sub(parent: ET.Element, tag: str, **attrs: str | None) -> ET.Element:
    return ET.SubElement(parent, q(tag), {k: v for k, v in attrs.items() if v is not None})


def text_el(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = sub(parent, tag)
    el.text = xml_safe(text)
    return el


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters; drop them from names and descriptions."""
    return _NOT_XML.sub("", text)


__all__ = ["sub", "text_el", "when", "xml_safe"]
