"""Transcripts from Word, subtitle files and text in any common encoding (#11 item 11)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from fieldkit.errors import UnreadableFileError
from fieldkit.storage.transcript_files import read_transcript_file, subtitles_to_transcript

SRT = """1
00:00:16,000 --> 00:00:20,500
P-030: The trust came when they saw
we come back every week.

2
00:01:02,250 --> 00:01:05,000
<i>Interviewer:</i> Even in winter?

3
01:00:01,000 --> 01:00:03,000
{\\an8}P-030: Even in winter.
"""

VTT = """WEBVTT
Kind: captions

NOTE recorded in the school yard

intro
00:16.000 --> 00:20.000 align:start
<v P-030>جاءت الثقة عندما رأوا أننا نعود</v>

00:01:02.000 --> 00:01:04.000
<v.loud Head teacher>We have <b>45</b> learners.
"""


def test_srt_cues_keep_their_times_and_speaker_labels(tmp_path: Path) -> None:
    path = tmp_path / "interview.srt"
    path.write_text(SRT, encoding="utf-8")
    decoded = read_transcript_file(path)
    assert decoded.text.split("\n") == [
        "[00:16] P-030: The trust came when they saw we come back every week.",
        "[01:02] Interviewer: Even in winter?",
        "[1:00:01] P-030: Even in winter.",
    ]
    assert any("[mm:ss]" in note for note in decoded.notes)


def test_vtt_voices_become_speaker_labels(tmp_path: Path) -> None:
    path = tmp_path / "interview.vtt"
    path.write_bytes(VTT.encode("utf-8-sig"))
    assert read_transcript_file(path).text.split("\n") == [
        "[00:16] P-030: جاءت الثقة عندما رأوا أننا نعود",
        "[01:02] Head teacher: We have 45 learners.",
    ]


def test_windows_line_ends_and_latin1_subtitles(tmp_path: Path) -> None:
    path = tmp_path / "entrevista.srt"
    path.write_bytes(
        "1\r\n00:00:03,000 --> 00:00:04,000\r\nP-01: Educação já!\r\n".encode("latin-1")
    )
    assert read_transcript_file(path).text == "[00:03] P-01: Educação já!"


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "cp1252", "utf-8"])
def test_text_files_in_common_encodings(tmp_path: Path, encoding: str) -> None:
    text = "P-014: A escola é o coração da aldeia.\nP-015: Oui, c'est ça."
    path = tmp_path / "t.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert read_transcript_file(path).text == text


def test_word_documents_give_their_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("[00:00] Interviewer: Thank you for your time.")
    para = document.add_paragraph("[00:05] P-028: ")
    para.add_run("نعم، لا مشكلة").bold = True
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "P-029"
    table.cell(0, 1).text = "Radio lessons every morning."
    path = tmp_path / "Interview P-028.docx"
    document.save(str(path))
    decoded = read_transcript_file(path)
    assert decoded.text.split("\n") == [
        "[00:00] Interviewer: Thank you for your time.",
        "[00:05] P-028: نعم، لا مشكلة",
        "P-029 | Radio lessons every morning.",
    ]


def test_unreadable_files_get_a_clear_message(tmp_path: Path) -> None:
    fake = tmp_path / "old.docx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old Word file")
    with pytest.raises(UnreadableFileError, match=r"save it as \.docx or plain text"):
        read_transcript_file(fake)
    empty_subs = tmp_path / "notes.srt"
    empty_subs.write_text("just some words\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="no subtitle cues"):
        read_transcript_file(empty_subs)
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(UnreadableFileError, match="PNG"):
        read_transcript_file(picture)
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_transcript_file(tmp_path / "missing.docx")


def test_subtitles_without_text_are_skipped() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:03,000 --> 00:00:04,000\nYes."
    assert subtitles_to_transcript(text) == "[00:03] Yes."
