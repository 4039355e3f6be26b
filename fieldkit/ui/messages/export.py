"""The templates of the export errors a researcher can meet in the app
(``fieldkit/export/`` and ``fieldkit/commands/``),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXPORT = (
    # fieldkit/commands/context.py
    QT_TRANSLATE_NOOP(
        "Storage", "there is no study yet; create one with: fieldkit study create NAME"
    ),
    QT_TRANSLATE_NOOP("Storage", "several studies exist ({names}); choose one with --study ID"),
    # fieldkit/commands/crypto_cmd.py
    QT_TRANSLATE_NOOP("Storage", "the data folder {folder} is not encrypted (fieldkit encrypt)"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the recovery key could not be written to {path} ({reason}); it is printed above "
        "instead: copy it now",
    ),
    # fieldkit/commands/edit_cmd.py
    QT_TRANSLATE_NOOP("Storage", "nothing deleted; add --yes to delete without being asked"),
    # fieldkit/commands/exchange_cmd.py
    QT_TRANSLATE_NOOP("Storage", "unknown section {section}; choose from {choices}"),
    QT_TRANSLATE_NOOP("Storage", "--with-photos is for anonymised editions (with --anonymised)"),
    QT_TRANSLATE_NOOP("Storage", "give the CASE_ID to export, or --all with --study"),
    QT_TRANSLATE_NOOP("Storage", "give either a CASE_ID or --all, not both"),
    # fieldkit/commands/profile_cmd.py
    QT_TRANSLATE_NOOP("Storage", "the name is empty; use --clear to remove it"),
    QT_TRANSLATE_NOOP("Storage", "the name is longer than {most} characters"),
    # fieldkit/commands/records_cmd.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "participant {codes} did not allow audio recording; the recording was not imported",
    ),
    # fieldkit/commands/sync_cmd.py
    QT_TRANSLATE_NOOP("Storage", "give the password on standard input"),
    # fieldkit/export/csv_export.py (also commands/export_cmd.py, export/qdpx/writer.py)
    QT_TRANSLATE_NOOP("Storage", "cannot create {folder}: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "cannot write {path}: {reason}"),
    # fieldkit/export/pdf/batch.py
    QT_TRANSLATE_NOOP("Storage", "the folder {folder} cannot be created: {reason}"),
    # fieldkit/export/pdf/case_photos.py
    QT_TRANSLATE_NOOP("Storage", "photo {file} ({record}) was left out: {problem}"),
    # fieldkit/export/pdf/case_report.py
    QT_TRANSLATE_NOOP("Storage", "unknown PDF section {section}; choose from {choices}"),
    QT_TRANSLATE_NOOP("Storage", "the number of quotes per theme cannot be negative"),
    QT_TRANSLATE_NOOP("Storage", "unknown photo size {size}; choose from {choices}"),
    QT_TRANSLATE_NOOP("Storage", "the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file name {name} gives away {leaks}; rename it before sending the anonymised edition",
    ),
    QT_TRANSLATE_NOOP("Storage", "the PDF could not be written to {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{count} photos were left out: anonymised editions carry no photos unless asked "
        "(--with-photos)",
    ),
    # fieldkit/export/pdf/photos.py
    QT_TRANSLATE_NOOP("Storage", "the file is not a picture fieldkit can read ({reason})"),
    # fieldkit/export/pdf/readback.py
    QT_TRANSLATE_NOOP("Storage", "pdftotext (poppler-utils) is needed to read a PDF's text back"),
    QT_TRANSLATE_NOOP("Storage", "pdftotext could not read {path}: {reason}"),
    # fieldkit/export/pdf/text.py
    QT_TRANSLATE_NOOP("Storage", "{script} text in {place} could not be rendered: no font found"),
    # fieldkit/export/qdpx/archive.py
    QT_TRANSLATE_NOOP("Storage", "{path} does not exist or is not a file"),
    QT_TRANSLATE_NOOP("Storage", "{name} holds too many files ({count})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside",
    ),
    QT_TRANSLATE_NOOP("Storage", "{what} in {name} is too large ({size} bytes; at most {most})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} is not a REFI-QDA project: it is not a zip archive ({reason})",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{archive} contains an unsafe file name ({entry}); it was not imported",
    ),
    QT_TRANSLATE_NOOP("Storage", "{name} is encrypted; export it again without a password"),
    QT_TRANSLATE_NOOP("Storage", "{name} unpacks to more than {most} GB"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} "
        "bytes); not imported",
    ),
    QT_TRANSLATE_NOOP("Storage", "{what} in {name} is damaged ({reason})"),
    QT_TRANSLATE_NOOP("Storage", "{what} in {name} cannot be read ({reason})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} in {name} is larger than the archive says; the file is damaged or unsafe",
    ),
    # fieldkit/export/qdpx/export_plan.py
    QT_TRANSLATE_NOOP("Storage", "{file} was left out: REFI-QDA files hold at most 2 GB per file"),
    QT_TRANSLATE_NOOP("Storage", "{file} was left out: {problem}"),
    # fieldkit/export/qdpx/ids.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the project file gives {what} an invalid identifier ({value}); it may be damaged",
    ),
    # fieldkit/export/qdpx/import_records.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "positions in {source} were counted as {counting}, not as the standard's code "
        "points; fieldkit followed the file",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{count} picture region codings on {source} were not imported (fieldkit codes "
        "text and audio)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} is already in the study with a different text; its codings were not imported",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a coding in {source} names a code missing from the codebook; skipped",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "an audio selection on {source} runs from {start} to {end} ms, which is empty or "
        "negative; the project is inconsistent",
    ),
    # fieldkit/export/qdpx/import_writer.py
    QT_TRANSLATE_NOOP("Storage", "the code {name} was renamed {new} (name taken)"),
    QT_TRANSLATE_NOOP("Storage", "a whole-source coding names a missing code; skipped"),
    # fieldkit/export/qdpx/importer.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} ({kind}) was not imported: fieldkit keeps audio, photos and text",
    ),
    # fieldkit/export/qdpx/qde_sources.py (also export/qdpx/writer.py)
    QT_TRANSLATE_NOOP("Storage", "a coding on {title} was left out: its text was deleted"),
    QT_TRANSLATE_NOOP("Storage", "the export was cancelled; no file was written"),
    # fieldkit/export/qdpx/reader.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "project.qde is not well-formed XML (line {line}, column {column}); the file is "
        "damaged or was not written by a REFI-QDA program",
    ),
    QT_TRANSLATE_NOOP("Storage", "project.qde is empty; the file is damaged"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "project.qde is not a REFI-QDA project (its root is <{root}> in namespace "
        "{namespace}, not <Project> in urn:QDA-XML:project:1.0)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} has {attribute}={value}, which is not a whole number; the file is damaged",
    ),
    QT_TRANSLATE_NOOP("Storage", "a coding in the project names no code (CodeRef missing)"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "project.qde declares a DTD or entities, which REFI-QDA does not use; it was not "
        "imported for safety",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "this is a REFI-QDA codebook, not a project; import it as a codebook",
    ),
    # fieldkit/export/qdpx/snapshot.py
    QT_TRANSLATE_NOOP("Storage", "this data folder has no study to export"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "this data folder holds {count} studies; choose the one to export (--study)",
    ),
    # fieldkit/export/qdpx/source_files.py
    QT_TRANSLATE_NOOP("Storage", "the text of {what} ({path}) is not inside {name}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} has {length} characters; fieldkit holds at most {most} per text",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} was not imported: its file ({path}) is not inside the project file",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a selection in {what} runs from {start} to {end}, outside its text of {length} "
        "characters; the project is inconsistent",
    ),
    # fieldkit/export/qdpx/textpos.py
    QT_TRANSLATE_NOOP("Storage", "{what} is not valid UTF-16 text"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text "
        "sources must be UTF-8",
    ),
    # fieldkit/export/report_words.py
    QT_TRANSLATE_NOOP("Storage", "reports are not available in {language}; they ship in {shipped}"),
)
