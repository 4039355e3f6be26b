"""The templates of the storage errors a researcher can meet in the app about files
(``fieldkit/storage/``: attachments and their formats, the blob store, backups, the database
file, encryption, imported text and transcript files, photos), listed for
``scripts/update-translations`` (context "Storage"); grouped by the module that raises them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORAGE_FILES = (
    # fieldkit/storage/attachment_checks.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "an observation can hold photos and documents, not audio recordings",
    ),
    QT_TRANSLATE_NOOP("Storage", "a case can hold photos and documents, not audio recordings"),
    QT_TRANSLATE_NOOP("Storage", "attachment kind {kind} is unknown; use photo, audio or document"),
    QT_TRANSLATE_NOOP("Storage", "a {record} cannot hold attachments"),
    QT_TRANSLATE_NOOP("Storage", "{amount} GB"),
    QT_TRANSLATE_NOOP("Storage", "{amount} MB"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} is {size}; photos up to {limit} are accepted"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the recording {name} is {size}; audio recordings up to {limit} are accepted",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the document {name} is {size}; documents up to {limit} are accepted",
    ),
    QT_TRANSLATE_NOOP("Storage", "the file {path} does not exist"),
    QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("Storage", "{path} is not an ordinary file"),
    QT_TRANSLATE_NOOP("Storage", "fieldkit may not read {path} (permission denied)"),
    QT_TRANSLATE_NOOP("Storage", "the file {path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "an attachment needs a file name"),
    # fieldkit/storage/attachment_formats.py
    QT_TRANSLATE_NOOP("Storage", "a JPEG image"),
    QT_TRANSLATE_NOOP("Storage", "a PNG image"),
    QT_TRANSLATE_NOOP("Storage", "a GIF image"),
    QT_TRANSLATE_NOOP("Storage", "a WebP image"),
    QT_TRANSLATE_NOOP("Storage", "a TIFF image"),
    QT_TRANSLATE_NOOP("Storage", "a BMP image"),
    QT_TRANSLATE_NOOP("Storage", "a HEIC/AVIF image"),
    QT_TRANSLATE_NOOP("Storage", "a WAV recording"),
    QT_TRANSLATE_NOOP("Storage", "an MP3 recording"),
    QT_TRANSLATE_NOOP("Storage", "an AAC recording"),
    QT_TRANSLATE_NOOP("Storage", "an Ogg recording"),
    QT_TRANSLATE_NOOP("Storage", "a FLAC recording"),
    QT_TRANSLATE_NOOP("Storage", "an AMR recording"),
    QT_TRANSLATE_NOOP("Storage", "an M4A recording"),
    QT_TRANSLATE_NOOP("Storage", "a WebM recording"),
    QT_TRANSLATE_NOOP("Storage", "a PDF document"),
    QT_TRANSLATE_NOOP("Storage", "a Word, OpenDocument or ZIP file"),
    QT_TRANSLATE_NOOP("Storage", "an Office file"),
    QT_TRANSLATE_NOOP("Storage", "a rich-text document"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind "
        "it is",
    ),
    QT_TRANSLATE_NOOP("Storage", "the recording {name} is not audio (it looks like {label})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG "
        "on the phone or computer and attach that",
    ),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} is not an image (it looks like {label})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), "
        "or it is damaged",
    ),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} has too many pixels to open safely"),
    # fieldkit/storage/attachments.py
    QT_TRANSLATE_NOOP("Storage", "the file {name} is empty; nothing was attached"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} {where} is missing from the data folder {folder}; sync again to fetch it, or "
        "remove it and attach the file again",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, "
        "or remove it and attach the file again",
    ),
    QT_TRANSLATE_NOOP("Storage", "the photo {name}"),
    QT_TRANSLATE_NOOP("Storage", "the recording {name}"),
    QT_TRANSLATE_NOOP("Storage", "the document {name}"),
    QT_TRANSLATE_NOOP("Storage", "the file {name}"),
    QT_TRANSLATE_NOOP("Storage", "(attached to interview {id})"),
    QT_TRANSLATE_NOOP("Storage", "(attached to observation {id})"),
    QT_TRANSLATE_NOOP("Storage", "(attached to case {id})"),
    QT_TRANSLATE_NOOP("Storage", "(attached to {record} {id})"),
    # fieldkit/storage/backup.py
    QT_TRANSLATE_NOOP("Storage", "{path} is a folder; give the backup file's name, e.g. -o fk.bak"),
    QT_TRANSLATE_NOOP("Storage", "the backup file cannot be inside the data folder it backs up"),
    QT_TRANSLATE_NOOP("Storage", "the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("Storage", "cannot write the backup {path}: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "there is no backup file {path}; nothing was restored"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir "
        "NEW-FOLDER restore FILE): nothing was changed",
    ),
    QT_TRANSLATE_NOOP("Storage", "cannot restore into {folder}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit "
        "--data-dir NEW --passphrase-stdin restore FILE)",
    ),
    QT_TRANSLATE_NOOP("Storage", "the backup {path} is damaged (its header)"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase "
        "cannot be recovered)",
    ),
    QT_TRANSLATE_NOOP("Storage", "the backup {path}"),
    QT_TRANSLATE_NOOP("Storage", "cannot read the database {path} for the backup: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "{path} is not a fieldkit backup file"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to "
        "restore it",
    ),
    QT_TRANSLATE_NOOP("Storage", "the backup {path} holds an unexpected entry"),
    QT_TRANSLATE_NOOP("Storage", "the backup {path} is damaged"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the backup {path} is damaged or incomplete ({reason}); nothing was restored",
    ),
    QT_TRANSLATE_NOOP("Storage", "the backup {path} holds no database; nothing was restored"),
    QT_TRANSLATE_NOOP("Storage", "the backup {path} holds a damaged database ({reason})"),
    # fieldkit/storage/blobs.py
    QT_TRANSLATE_NOOP("Storage", "{amount} bytes"),
    QT_TRANSLATE_NOOP("Storage", "{amount} KB"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the attachment file {file}… is missing from {folder}; sync again or re-import it",
    ),
    QT_TRANSLATE_NOOP("Storage", "the file {file}…"),
    QT_TRANSLATE_NOOP("Storage", "not a SHA-256 hash: {value}"),
    QT_TRANSLATE_NOOP("Storage", "fieldkit may not read {path}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the attachment file {file}… is damaged (its contents changed on disk); sync again or "
        "re-import it",
    ),
    QT_TRANSLATE_NOOP("Storage", "the attachment file {file}… is missing"),
    QT_TRANSLATE_NOOP("Storage", "the attachment file {file}… is damaged"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps "
        "{reserve} free so edits can still be saved); nothing was stored",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} could not be read to the end ({reason}); nothing was stored — copy it to this "
        "computer and try again",
    ),
    QT_TRANSLATE_NOOP("Storage", "the attachment file {file}… cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("Storage", "the disk holding {folder} is full; nothing was stored"),
    QT_TRANSLATE_NOOP("Storage", "fieldkit may not write in {folder} ({reason})"),
    QT_TRANSLATE_NOOP("Storage", "could not store the file in {folder}: {reason}"),
    # fieldkit/storage/db.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin "
        "…, or unlock it in the app)",
    ),
    QT_TRANSLATE_NOOP("Storage", "the data folder {folder} is not encrypted"),
    QT_TRANSLATE_NOOP("Storage", "cannot create the database in {folder}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the data folder {folder} is a file, not a folder; choose another folder with --data-dir",
    ),
    QT_TRANSLATE_NOOP("Storage", "cannot create the data folder {folder}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the data folder {folder} is read-only; fieldkit needs to write there (choose another "
        "folder with --data-dir or fix its permissions)",
    ),
    QT_TRANSLATE_NOOP("Storage", "the database in {folder} is read-only: {reason}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the disk holding {folder} is full; free some space — nothing was saved from the change "
        "that failed, everything before it is safe",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the database in {folder} is busy in another program; try again in a moment",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a "
        "backup, or choose another data folder with --data-dir",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the database in {folder} is damaged ({reason}); restore it from a backup",
    ),
    QT_TRANSLATE_NOOP("Storage", "the database in {folder} could not be used: {reason}"),
    # fieldkit/storage/crypto/convert.py
    QT_TRANSLATE_NOOP("Storage", "the data folder {folder} is encrypted already"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{count} recording(s) in {folder} are not finished; open the app once so they are "
        "attached, then encrypt the folder",
    ),
    QT_TRANSLATE_NOOP("Storage", "the encrypted copy of the database failed its check ({check})"),
    # fieldkit/storage/crypto/folder_key.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the passphrase is too short: use at least {least} characters (a few words you will "
        "remember are best)",
    ),
    QT_TRANSLATE_NOOP("Storage", "{folder} is already encrypted (it has {file})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or "
        "use the recovery key. Nothing was changed",
    ),
    QT_TRANSLATE_NOOP("Storage", "{folder} is not encrypted (it has no {file})"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the key file {path} cannot be read ({reason}); without it the folder cannot be opened: "
        "put back the copy from a backup",
    ),
    QT_TRANSLATE_NOOP("Storage", "the key file {path} is not a fieldkit key file (or a newer one)"),
    # fieldkit/storage/crypto/keyring_store.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the passphrase cannot be remembered: the 'keyring' package is not installed; give the "
        "passphrase each time",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, "
        "KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time",
    ),
    QT_TRANSLATE_NOOP("Storage", "the keyring refused to keep the key: {reason}"),
    # fieldkit/storage/crypto/sealed_file.py
    QT_TRANSLATE_NOOP("Storage", "the file"),
    QT_TRANSLATE_NOOP("Storage", "{name} is not an encrypted fieldkit file"),
    QT_TRANSLATE_NOOP("Storage", "{name} is cut short (damaged)"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)",
    ),
    # fieldkit/storage/crypto/unlocking.py
    QT_TRANSLATE_NOOP("Storage", "{what} was expected on the first line of standard input"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the data folder {folder} is encrypted; give its passphrase on standard input with "
        "--passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)",
    ),
    # fieldkit/storage/photos.py
    QT_TRANSLATE_NOOP("Storage", "a picture needs at least one pixel"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} has too many pixels to show"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} is missing from the data folder"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} cannot be shown: it is damaged"),
    # fieldkit/storage/textfiles.py
    QT_TRANSLATE_NOOP("Storage", "a PNG image"),
    QT_TRANSLATE_NOOP("Storage", "a JPEG image"),
    QT_TRANSLATE_NOOP("Storage", "a GIF image"),
    QT_TRANSLATE_NOOP("Storage", "a WebP image"),
    QT_TRANSLATE_NOOP("Storage", "a PDF document; save it as plain text (.txt) first"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a Word (.docx), OpenDocument or ZIP file; save it as plain text first",
    ),
    QT_TRANSLATE_NOOP("Storage", "an old Word (.doc) file; save it as plain text"),
    QT_TRANSLATE_NOOP("Storage", "a rich-text (.rtf) file; save it as plain text (.txt) first"),
    QT_TRANSLATE_NOOP("Storage", "an audio or video file"),
    QT_TRANSLATE_NOOP("Storage", "an MP3 recording"),
    QT_TRANSLATE_NOOP("Storage", "an Ogg recording"),
    QT_TRANSLATE_NOOP("Storage", "a FLAC recording"),
    QT_TRANSLATE_NOOP("Storage", "a WebM or Matroska file"),
    QT_TRANSLATE_NOOP("Storage", "an MP4, M4A or HEIC file"),
    QT_TRANSLATE_NOOP("Storage", "a gzip-compressed file"),
    QT_TRANSLATE_NOOP("Storage", "an SQLite database"),
    QT_TRANSLATE_NOOP("Storage", "a program"),
    QT_TRANSLATE_NOOP("Storage", "the file {path} does not exist"),
    QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a text file"),
    QT_TRANSLATE_NOOP("Storage", "{path} is not an ordinary file"),
    QT_TRANSLATE_NOOP("Storage", "the file {name}"),
    QT_TRANSLATE_NOOP("Storage", "fieldkit may not read {path} (permission denied)"),
    QT_TRANSLATE_NOOP("Storage", "the file {path} cannot be read: {why}"),
    QT_TRANSLATE_NOOP("Storage", "the text"),
    QT_TRANSLATE_NOOP("Storage", "the file is empty"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file {name} is {size}; text files up to {most} are accepted (split it into parts)",
    ),
    QT_TRANSLATE_NOOP("Storage", "a byte-order mark (BOM) was removed"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 "
        "(check accented letters and quotes)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8",
    ),
    QT_TRANSLATE_NOOP("Storage", "the file was in {encoding} encoding and was converted to UTF-8"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{count} invalid byte sequence(s) in the {encoding} text were replaced by �",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} looks like a binary file, not text (it looks like {what})",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} looks like a binary file, not text; choose a plain-text (.txt) transcript",
    ),
    QT_TRANSLATE_NOOP("Storage", "Windows line ends (CRLF) were converted"),
    QT_TRANSLATE_NOOP("Storage", "old Mac line ends (CR alone) were converted"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "accented letters were stored in their composed form (Unicode NFC)",
    ),
    QT_TRANSLATE_NOOP("Storage", "{count} NUL character(s) (invisible zero bytes) were removed"),
    # fieldkit/storage/transcript_files.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "subtitle cues became lines with their start times as [mm:ss] marks",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{source} holds no subtitle cues (lines like “00:00:16,000 --> 00:00:20,000”); is it "
        "really an .srt or .vtt file?",
    ),
    QT_TRANSLATE_NOOP("Storage", "the subtitles"),
    QT_TRANSLATE_NOOP("Storage", "the Word file {name} is too large to be a transcript"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in "
        "a word processor and save it as .docx or plain text (.txt)",
    ),
    QT_TRANSLATE_NOOP("Storage", "read from a Word document"),
)
