"""Transcript files from elsewhere: encodings, BOMs, line ends, NULs, files that are not text."""

from __future__ import annotations

import os
import unicodedata
import zlib
from pathlib import Path

import pytest

from fieldkit.errors import FileTooLargeError, UnreadableFileError
from fieldkit.storage.textfiles import DecodedText, decode_text_bytes, read_text_file
from tests.storage.permissions import permissions_enforced

FRENCH = "L'école du village a ouvert une bibliothèque.\nLes élèves lisent à voix haute.\n"


def write(tmp_path: Path, data: bytes, name: str = "transcript.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_utf8_is_returned_unchanged_without_notes(tmp_path: Path) -> None:
    text = "Mwalimu alisema: «watoto wanasoma» — शिक्षक ने कहा 😊\n"
    decoded = read_text_file(write(tmp_path, text.encode("utf-8")))
    assert decoded == DecodedText(text, "utf-8", ())


def test_latin1_file_is_converted_and_said_so(tmp_path: Path) -> None:
    decoded = read_text_file(write(tmp_path, FRENCH.encode("latin-1")))
    assert decoded.text == FRENCH
    assert decoded.encoding == "cp1252"
    assert decoded.notes == (
        "the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8",
    )


def test_windows_1252_smart_quotes_and_dashes_survive(tmp_path: Path) -> None:
    text = "“Nous voulons apprendre” – dit l’élève… €5\n"
    decoded = read_text_file(write(tmp_path, text.encode("cp1252")))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_bytes_undefined_in_windows_1252_fall_back_to_latin1() -> None:
    # 0x81 has no character in Windows-1252; Latin-1 decodes everything.
    decoded = decode_text_bytes(b"caf\xe9 \x81 ok\n")
    assert decoded.encoding == "latin-1"
    assert decoded.text == "café \x81 ok\n"
    assert "Latin-1 (ISO-8859-1)" in decoded.notes[0]


def test_mostly_utf8_with_a_stray_windows_1252_quote() -> None:
    data = "élève, école, région: ".encode() + b"\x93quoted\x94\n"
    decoded = decode_text_bytes(data)
    assert decoded.text == "élève, école, région: “quoted”\n"
    assert decoded.encoding == "utf-8"
    assert "mixes UTF-8 with a few Windows-1252" in decoded.notes[0]


def test_utf8_with_bom(tmp_path: Path) -> None:
    decoded = read_text_file(write(tmp_path, b"\xef\xbb\xbf" + FRENCH.encode()))
    assert decoded.text == FRENCH
    assert not decoded.text.startswith("\ufeff")
    assert decoded.notes == ("a byte-order mark (BOM) was removed",)


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    decoded = read_text_file(write(tmp_path, bom + FRENCH.replace("\n", "\r\n").encode(codec)))
    assert decoded.text == FRENCH
    assert decoded.encoding == codec
    assert "a byte-order mark (BOM) was removed" in decoded.notes
    assert any("UTF-16" in n and "converted to UTF-8" in n for n in decoded.notes)
    assert "Windows line ends (CRLF) were converted" in decoded.notes


def test_utf16_without_bom_is_recognised() -> None:
    decoded = decode_text_bytes(FRENCH.encode("utf-16-le"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-16-le"


def test_crlf_line_ends(tmp_path: Path) -> None:
    decoded = read_text_file(write(tmp_path, b"line one\r\nline two\r\n"))
    assert decoded.text == "line one\nline two\n"
    assert decoded.notes == ("Windows line ends (CRLF) were converted",)


def test_mixed_line_ends_all_become_lf() -> None:
    decoded = decode_text_bytes(b"a\r\nb\rc\nd\r")
    assert decoded.text == "a\nb\nc\nd\n"
    assert "\r" not in decoded.text
    assert decoded.notes == (
        "Windows line ends (CRLF) were converted",
        "old Mac line ends (CR alone) were converted",
    )


def test_nul_characters_are_removed_and_counted() -> None:
    decoded = decode_text_bytes(b"Interview\x00 with P-01\x00\x00\n")
    assert decoded.text == "Interview with P-01\n"
    assert decoded.notes == ("3 NUL character(s) (invisible zero bytes) were removed",)


def test_decomposed_accents_are_composed_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "élève")
    decoded = decode_text_bytes(decomposed.encode())
    assert decoded.text == "élève"
    assert len(decoded.text) == 5  # code points, as codings count them
    assert any("NFC" in n for n in decoded.notes)


def test_empty_file_is_accepted_with_a_note(tmp_path: Path) -> None:
    decoded = read_text_file(write(tmp_path, b""))
    assert decoded == DecodedText("", "utf-8", ("the file is empty",))


def png_bytes() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (png_bytes(), "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Word (.docx)"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, looks_like: str) -> None:
    path = write(tmp_path, data, "transcript.txt")
    with pytest.raises(UnreadableFileError) as err:
        read_text_file(path)
    assert "transcript.txt looks like a binary file, not text" in str(err.value)
    assert looks_like in str(err.value)


def test_unknown_binary_content_is_refused() -> None:
    data = zlib.compress(os.urandom(4096))[2:]  # random bytes, no known signature
    with pytest.raises(UnreadableFileError, match="looks like a binary file"):
        decode_text_bytes(data, source="the file x.dat")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"does not exist"):
        read_text_file(tmp_path / "nowhere.txt")


def test_a_folder_is_not_a_text_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"is a folder, not a text file"):
        read_text_file(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, b"secret\n")
    path.chmod(0o000)
    with permissions_enforced(), pytest.raises(UnreadableFileError, match="may not read"):
        read_text_file(path)


def test_too_large_names_size_and_limit_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.touch()
    os.truncate(path, 3 * 1024 * 1024 * 1024)  # sparse: costs no disk space
    with pytest.raises(FileTooLargeError) as err:
        read_text_file(path)
    assert str(err.value) == (
        "the file huge.txt is 3.0 GB; text files up to 19.1 MB are accepted (split it into parts)"
    )


def test_custom_limit(tmp_path: Path) -> None:
    path = write(tmp_path, b"x" * 101)
    with pytest.raises(FileTooLargeError, match="101 bytes"):
        read_text_file(path, max_bytes=100)
    assert read_text_file(path, max_bytes=101).text == "x" * 101


def test_zero_padding_after_a_crash_is_removed_not_refused() -> None:
    decoded = decode_text_bytes(FRENCH.encode() + b"\x00" * 4096)
    assert decoded.text == FRENCH
    assert decoded.notes == ("4,096 NUL character(s) (invisible zero bytes) were removed",)
