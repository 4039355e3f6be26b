"""Hand-written .qdpx files as other programs write them (QualCoder, NVivo-like quirks)."""

from __future__ import annotations

import zipfile
from pathlib import Path

QC_TEXT_GUID = "5A1C0E52-3F0B-4C1E-9A51-0B7D2C1E9F01"
QC_INLINE_GUID = "5A1C0E52-3F0B-4C1E-9A51-0B7D2C1E9F02"
QC_LONELY_GUID = "5A1C0E52-3F0B-4C1E-9A51-0B7D2C1E9F03"
CODE_ROOT = "C0DE0000-0000-4000-8000-000000000001"
CODE_TRUST = "C0DE0000-0000-4000-8000-000000000002"
CODE_FAMILY = "C0DE0000-0000-4000-8000-000000000003"
CODE_OTHER_A = "C0DE0000-0000-4000-8000-000000000004"
CODE_OTHER_B = "C0DE0000-0000-4000-8000-000000000005"
USER = "05E40000-0000-4000-8000-000000000001"

# The text as a Windows tool stores it: CRLF line ends, a BOM, accents, Devanagari, Arabic.
LINES = [
    "Q: Comment la communauté aide-t-elle l'école?",
    "R: Les parents réparent le toit ensemble.",
    "Q: और शिक्षक?",
    "R: शिक्षक परिवारों पर भरोसा करते हैं।",
    "R: الأهل يساعدون المدرسة.",
]
TEXT_LF = "\n".join(LINES) + "\n"
TEXT_CRLF = "\r\n".join(LINES) + "\r\n"
QUOTES = {
    "trust": "शिक्षक परिवारों पर भरोसा करते हैं।",
    "family": "Les parents réparent le toit ensemble.",
    "arabic": "الأهل يساعدون المدرسة.",
}
INLINE_TEXT = "Observation: 😀 learners read aloud under the tree.\nThey share one book."


def crlf_span(words: str) -> tuple[int, int]:
    """Positions of ``words`` in the CRLF text, counted in code points (the standard)."""
    start = TEXT_CRLF.index(words)
    return start, start + len(words)


def utf16_span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    units = len(text[:start].encode("utf-16-le")) // 2
    return units, units + len(words.encode("utf-16-le")) // 2


def qualcoder_project(*, selections: str | None = None, extra_sources: str = "") -> str:
    t0, t1 = crlf_span(QUOTES["trust"])
    f0, f1 = crlf_span(QUOTES["family"])
    a0, a1 = crlf_span(QUOTES["arabic"])
    i0, i1 = utf16_span(INLINE_TEXT, "learners read aloud")
    if selections is None:
        selections = f"""
      <PlainTextSelection guid="{{5E1E0000-0000-4000-8000-000000000001}}" name="{QUOTES["trust"]}"
          startPosition="{t0}" endPosition="{t1}" creatingUser="{USER}">
        <Description>Trust shown in Devanagari.</Description>
        <Coding guid="C0D10000-0000-4000-8000-000000000001" creatingUser="{USER}">
          <CodeRef targetGUID="{CODE_TRUST}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="5E1E0000-0000-4000-8000-000000000002" name="{QUOTES["family"]}"
          startPosition="{f0}" endPosition="{f1}" creatingUser="{USER}">
        <Coding guid="C0D10000-0000-4000-8000-000000000002" creatingUser="{USER}">
          <CodeRef targetGUID="{CODE_FAMILY}"/>
        </Coding>
        <Coding guid="C0D10000-0000-4000-8000-000000000003">
          <CodeRef targetGUID="{CODE_TRUST}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="5E1E0000-0000-4000-8000-000000000003" name="{QUOTES["arabic"]}"
          startPosition="{a0}" endPosition="{a1}">
        <Coding guid="C0D10000-0000-4000-8000-000000000004">
          <CodeRef targetGUID="{CODE_OTHER_B}"/>
        </Coding>
      </PlainTextSelection>"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Village schools (QualCoder)"
    origin="QualCoder 3.5" creatingUserGUID="{USER}">
  <Users><User guid="{USER}" name="Amara Okafor"/></Users>
  <CodeBook><Codes>
    <Code guid="{{{CODE_ROOT}}}" name="Community" isCodable="false" color="#A0C">
      <Description>Folder for community codes</Description>
      <Code guid="{CODE_TRUST}" name="Trust and relationships" isCodable="true" color="#FF0000">
        <Description>Trust between families and school</Description>
        <NoteRef targetGUID="A0000000-0000-4000-8000-00000000000A"/>
      </Code>
      <Code guid="{CODE_FAMILY}" name="Parents' work" isCodable="true" color="#00ff00"/>
      <Code guid="{CODE_OTHER_A}" name="Other" isCodable="true"/>
    </Code>
    <Code guid="C0DE0000-0000-4000-8000-0000000000FF" name="Language" isCodable="false">
      <Code guid="{CODE_OTHER_B}" name="Other" isCodable="true" color="#123456"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="7A000000-0000-4000-8000-000000000001" name="Country" typeOfVariable="Text"/>
    <Variable guid="7A000000-0000-4000-8000-000000000002" name="Pupils" typeOfVariable="Integer"/>
  </Variables>
  <Cases>
    <Case guid="CA5E0000-0000-4000-8000-000000000001" name="Kano primary school">
      <Description>A rural primary school.</Description>
      <VariableValue><VariableRef targetGUID="7A000000-0000-4000-8000-000000000001"/>
        <TextValue>Nigeria</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="7A000000-0000-4000-8000-000000000002"/>
        <IntegerValue>412</IntegerValue></VariableValue>
      <SourceRef targetGUID="{QC_TEXT_GUID}"/>
      <SourceRef targetGUID="{QC_INLINE_GUID}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="{QC_TEXT_GUID}" name="Interview head teacher.txt"
        plainTextPath="internal://{QC_TEXT_GUID}.txt" creatingUser="{USER}"
        creationDateTime="2023-05-02T10:00:00Z">
      <Description>First visit</Description>{selections}
      <Coding guid="C0D10000-0000-4000-8000-0000000000AA">
        <CodeRef targetGUID="{CODE_FAMILY}"/></Coding>
      <NoteRef targetGUID="A0000000-0000-4000-8000-00000000000B"/>
    </TextSource>
    <TextSource guid="{QC_INLINE_GUID}" name="Field note">
      <PlainTextContent>{INLINE_TEXT}</PlainTextContent>
      <PlainTextSelection guid="5E1E0000-0000-4000-8000-000000000009" name="learners read aloud"
          startPosition="{i0}" endPosition="{i1}">
        <Coding guid="C0D10000-0000-4000-8000-000000000009">
          <CodeRef targetGUID="{CODE_TRUST}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{QC_LONELY_GUID}" name="Loose note" plainTextPath="internal://lonely.txt"/>
    {extra_sources}
  </Sources>
  <Notes>
    <Note guid="A0000000-0000-4000-8000-00000000000A" name="About trust" creatingUser="{USER}">
      <PlainTextContent>Trust is earned slowly — lentement.</PlainTextContent>
    </Note>
    <Note guid="A0000000-0000-4000-8000-00000000000B" name="Visit memo">
      <PlainTextContent>Head teacher was welcoming.</PlainTextContent>
    </Note>
    <Note guid="A0000000-0000-4000-8000-00000000000C" name="Project diary">
      <PlainTextContent>Started coding in May.</PlainTextContent>
    </Note>
  </Notes>
</Project>
"""


def write_qdpx(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    if files is None:
        files = {
            f"sources/{QC_TEXT_GUID}.txt": b"\xef\xbb\xbf" + TEXT_CRLF.encode("utf-8"),
            "sources/lonely.txt": b"Just a loose note.\r\n",
        }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde if isinstance(qde, bytes) else qde.encode("utf-8"))
        for name, data in files.items():
            zf.writestr(name, data)
    return path
