from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_add_commands_print_the_new_id_alone(ok, tmp_path: Path) -> None:
    study = ok("study", "create", "Learning ecosystems pilot")
    case = ok("case", "add", "--study", study[:8], "--title", "Reading camps", "--country", "Kenya")
    participant = ok(
        "participant",
        "add",
        "--case",
        case,
        "--code",
        "P-01",
        "--role",
        "teacher",
        "--consent",
        "given",
        "--no-audio",
    )
    transcript = tmp_path / "t.txt"
    transcript.write_text("Q: Habari?\nA: Walimu na wazazi wanaaminiana.\n", encoding="utf-8")
    interview = ok(
        "interview",
        "add",
        "--case",
        case,
        "--participant",
        participant,
        "--date",
        "2024-03-01",
        "--language",
        "sw",
        "--transcript",
        str(transcript),
    )
    notes = tmp_path / "n.txt"
    notes.write_text("Children read aloud under the mango tree.", encoding="utf-8")
    observation = ok(
        "observation", "add", "--case", case, "--date", "2024-03-02", "--text", str(notes)
    )
    for made in (study, case, participant, interview, observation):
        assert UUID.match(made), made
    listed = json.loads(ok("study", "list", "--json"))
    assert listed[0]["id"] == study and listed[0]["interviews"] == 1
    assert listed[0]["observations"] == 1 and listed[0]["current"] is True


def test_transcript_in_latin1_with_crlf_is_normalised_and_said(fk, ok, tmp_path: Path) -> None:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    raw = "Q: Comment ça va?\r\nA: Très bien, la confiance règne.\r\n".encode("latin-1")
    path = tmp_path / "latin1.txt"
    path.write_bytes(raw)
    result = fk(
        "interview", "add", "--case", case, "--date", "2024-01-05", "--transcript", str(path)
    )
    assert result.code == 0, result.err
    assert UUID.match(result.out.strip())
    assert "converted" in result.err.lower()
    dump = json.loads(ok("export", "json"))
    text = dump["tables"]["interviews"][0]["transcript"]
    assert text == "Q: Comment ça va?\nA: Très bien, la confiance règne.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["case", "add", "--title", "   "], "case title must not be empty"),
        (["case", "add", "--title", "x" * 301], "too long"),
        (["interview", "add", "--case", "{case}", "--date", "2024-02-30"], "not a valid date"),
        (["interview", "add", "--case", "{case}", "--date", "yesterday"], "YYYY-MM-DD"),
        (["interview", "add", "--case", "nope-nope", "--date", "2024-01-01"], "no case"),
        (
            [
                "interview",
                "add",
                "--case",
                "{case}",
                "--date",
                "2024-01-01",
                "--language",
                "Klingon",  # "français" is a name fieldkit knows (stored as "fr")
            ],
            "not a language fieldkit knows",
        ),
        (
            [
                "interview",
                "add",
                "--case",
                "{case}",
                "--date",
                "2024-01-01",
                "--transcript",
                "/does/not/exist.txt",
            ],
            "does not exist",
        ),
        (
            ["participant", "add", "--case", "{case}", "--code", "P-01", "--role", "teacher"],
            "already used",
        ),
        (["tag", "{case}", "No such theme"], "no theme called"),
        (["theme", "add", "Trust and relationships"], "already exists"),
        (["theme", "add", "New", "--color", "red"], "#RRGGBB"),
        (["theme", "merge", "Digital access", "Digital access"], "into itself"),
        (["study", "use", "zzzz"], "no study"),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(fk, ok, argv, message) -> None:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    ok("participant", "add", "--case", case, "--code", "P-01", "--role", "teacher")
    before = ok("export", "json")
    result = fk(*[a.replace("{case}", case) for a in argv])
    assert result.code == 1
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldkit: error: ")
    assert message in lines[0]
    assert ok("export", "json") == before


def test_code_and_tag_by_keyboard_positions(ok, tmp_path: Path) -> None:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    text = "Q: What changed?\nA: Parents now trust the teachers. 😀 शिक्षा matters.\n"
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    interview = ok(
        "interview", "add", "--case", case, "--date", "2024-01-01", "--transcript", str(path)
    )
    start = text.index("शिक्षा")
    coding = ok(
        "code",
        interview,
        "Learners at the centre",
        "--start",
        str(start),
        "--end",
        str(start + len("शिक्षा")),
        "--memo",
        "Hindi word for education",
    )
    assert UUID.match(coding)
    ok("tag", interview[:8], "digital access")
    dump = json.loads(ok("export", "json"))
    (row,) = dump["tables"]["codings"]
    assert row["quote"] == "शिक्षा" and row["memo"] == "Hindi word for education"
    themes = {t["name"]: t for t in json.loads(ok("theme", "list", "--json"))}
    assert themes["Learners at the centre"]["codings"] == 1
    assert themes["Digital access"]["tags"] == 1


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    data = tmp_path / "d"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldkit",
            "--data-dir",
            str(data),
            "code",
            "abcd",
            "X",
            "--start",
            "1",
            "--end",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("fieldkit: error: ")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldkit",
            "--data-dir",
            str(data),
            "code",
            "abcd",
            "X",
            "--start",
            "-1",
            "--end",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "is negative" in proc.stderr


def test_data_folder_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.paths import resolve_data_dir

    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("FIELDKIT_DATA_DIR")
    assert str(resolve_data_dir(None)).startswith(str(tmp_path / "home"))


def test_several_studies_need_a_choice(fk, ok) -> None:
    first = ok("study", "create", "First")
    ok("study", "create", "Second")
    ok("study", "use", first[:6])
    assert json.loads(ok("study", "list", "--json"))[0]["current"] is True
    (tmp := fk("case", "add", "--title", "C"))
    assert tmp.code == 0
    case_study = json.loads(ok("export", "json"))["tables"]["cases"][0]["study_id"]
    assert case_study == first


def _media(tmp_path: Path) -> tuple[Path, Path]:
    import io
    import math
    import struct
    import wave

    from PIL import Image

    photo = tmp_path / "class.jpg"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(photo, "JPEG")
    audio = tmp_path / "talk.wav"
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(16000))
        )
    audio.write_bytes(buf.getvalue())
    return photo, audio


def test_audio_and_photos_are_attached_by_hash(ok, tmp_path: Path) -> None:
    photo, audio = _media(tmp_path)
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    p = ok(
        "participant",
        "add",
        "--case",
        case,
        "--code",
        "P-01",
        "--role",
        "teacher",
        "--consent",
        "given",
    )
    interview = ok(
        "interview",
        "add",
        "--case",
        case,
        "--participant",
        p,
        "--date",
        "2024-01-01",
        "--audio",
        str(audio),
    )
    notes = tmp_path / "n.txt"
    notes.write_text("Lesson outside.", encoding="utf-8")
    ok(
        "observation",
        "add",
        "--case",
        case,
        "--date",
        "2024-01-02",
        "--text",
        str(notes),
        "--photo",
        str(photo),
        "--photo",
        str(photo),
    )
    rows = json.loads(ok("export", "json"))["tables"]["attachments"]
    kinds = sorted((r["kind"], r["target_id"] == interview) for r in rows)
    assert kinds == [("audio", True), ("photo", False), ("photo", False)]
    audio_row = next(r for r in rows if r["kind"] == "audio")
    assert audio_row["duration_ms"] == 2000
    import hashlib

    assert audio_row["sha256"] == hashlib.sha256(audio.read_bytes()).hexdigest()


def test_audio_refused_when_a_participant_did_not_allow_it(fk, ok, tmp_path: Path) -> None:
    _, audio = _media(tmp_path)
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    p = ok(
        "participant",
        "add",
        "--case",
        case,
        "--code",
        "P-01",
        "--role",
        "parent",
        "--consent",
        "given",
        "--no-audio",
    )
    before = ok("export", "json")
    result = fk(
        "interview",
        "add",
        "--case",
        case,
        "--participant",
        p,
        "--date",
        "2024-01-01",
        "--audio",
        str(audio),
    )
    assert result.code == 1 and "did not allow audio recording" in result.err
    assert ok("export", "json") == before


def test_a_text_file_that_is_binary_is_refused(fk, ok, tmp_path: Path) -> None:
    photo, _ = _media(tmp_path)
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "C")
    result = fk("observation", "add", "--case", case, "--date", "2024-01-02", "--text", str(photo))
    assert result.code == 1 and "binary" in result.err


def test_search_text_set_and_show(fk, ok, tmp_path: Path) -> None:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "Escola comunitária")
    path = tmp_path / "t.txt"
    path.write_text("A: A confiança entre pais e professores cresceu.\n", encoding="utf-8")
    interview = ok(
        "interview",
        "add",
        "--case",
        case,
        "--date",
        "2024-01-01",
        "--language",
        "pt",
        "--transcript",
        str(path),
    )
    start = path.read_text(encoding="utf-8").index("confiança")
    ok(
        "code",
        interview,
        "Trust and relationships",
        "--start",
        str(start),
        "--end",
        str(start + len("confiança")),
    )
    hits = json.loads(ok("search", "confianca", "--json"))
    assert [h["record_id"] for h in hits] == [interview]
    assert "[confiança]" in hits[0]["snippet"]
    for nasty in ('"', "NEAR(", "😀", "(((", "*"):
        result = fk("search", nasty, "--json")
        assert result.code == 0, result.err
    path.write_text(
        "Q: E depois?\nA: A confiança entre pais e professores cresceu.\n", encoding="utf-8"
    )
    result = fk("text", "set", interview, str(path))
    assert result.code == 0 and "1 moved" in result.err
    shown = json.loads(ok("show", interview, "--json"))
    (coding,) = shown["codings"]
    text = shown["transcript"]
    assert text[coding["start"] : coding["end"]] == "confiança"
    assert coding["theme"] == "Trust and relationships"


def test_text_set_reads_word_and_subtitle_files(ok, fk, tmp_path: Path) -> None:
    import docx

    study = ok("study", "create", "Pilot")
    case = ok("case", "add", "--study", study, "--title", "Radio school")
    interview = ok("interview", "add", "--case", case, "--date", "2024-05-01")
    srt = tmp_path / "talk.srt"
    srt.write_text("1\n00:01:02,000 --> 00:01:03,000\nP-01: Hello.\n", encoding="utf-8")
    result = fk("text", "set", interview, str(srt))
    assert result.code == 0, result.err
    assert json.loads(ok("show", interview, "--json"))["transcript"] == "[01:02] P-01: Hello."
    document = docx.Document()
    document.add_paragraph("P-01: From Word.")
    path = tmp_path / "talk.docx"
    document.save(str(path))
    assert fk("text", "set", interview, str(path)).code == 0
    assert json.loads(ok("show", interview, "--json"))["transcript"] == "P-01: From Word."
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = fk("text", "set", interview, str(bad))
    assert result.code != 0 and "Word document" in result.err and "Traceback" not in result.err
