"""The templates of the storage errors a researcher can meet in the app (``fieldkit/storage/``),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORAGE = (
    # --- part A: attachments … db ---
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
    # fieldkit/storage/changes.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "research records are never erased; they are marked deleted so the deletion can sync",
    ),
    # fieldkit/storage/codebook.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the default codebook is not available in {language}; it ships in {shipped}",
    ),
    # fieldkit/storage/codings.py
    QT_TRANSLATE_NOOP("Storage", "a {record} has no text to code"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the case {title} has no text of its own to code; tag it instead, or code one of its "
        "interviews or observations",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "start and end must be whole numbers of milliseconds (not {value})",
    ),
    QT_TRANSLATE_NOOP("Storage", "start and end must be whole numbers (not {value})"),
    QT_TRANSLATE_NOOP("Storage", "the theme {name} is archived; restore it before using it"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the span {start}–{end} lies outside the text, which has {length} characters",
    ),
    QT_TRANSLATE_NOOP("Storage", "the span {start}–{end} is empty; end must be greater than start"),
    QT_TRANSLATE_NOOP("Storage", "the span covers only white space"),
    QT_TRANSLATE_NOOP("Storage", "this span is already coded with {theme}"),
    QT_TRANSLATE_NOOP("Storage", "{name} is not an audio recording"),
    QT_TRANSLATE_NOOP("Storage", "the span {start}–{end} ms is empty or negative"),
    QT_TRANSLATE_NOOP("Storage", "the span ends at {end} ms but the recording lasts {length} ms"),
    QT_TRANSLATE_NOOP("Storage", "this part of the recording is already coded with {theme}"),
    # fieldkit/storage/conflicts.py
    QT_TRANSLATE_NOOP("Storage", "no conflict with id {id}"),
    QT_TRANSLATE_NOOP("Storage", "this conflict was already resolved"),
    QT_TRANSLATE_NOOP("Storage", "choose keep, take_losing or custom, not {choice}"),
    QT_TRANSLATE_NOOP("Storage", "the {record} of this conflict no longer exists"),
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
    # --- end of part A ---
    # --- part B: deletion … wav_segments ---
    # fieldkit/storage/deletion.py
    QT_TRANSLATE_NOOP("Storage", "an id is required"),
    QT_TRANSLATE_NOOP("Storage", "the {kind} “{label}” is not deleted"),
    QT_TRANSLATE_NOOP("Storage", "the {kind} “{label}” was deleted"),
    QT_TRANSLATE_NOOP("Storage", "nothing deleted has an id starting with {ref}"),
    QT_TRANSLATE_NOOP("Storage", "nothing has an id starting with {ref}"),
    QT_TRANSLATE_NOOP("Storage", "the id {ref} matches several deleted rows; give more of it"),
    QT_TRANSLATE_NOOP("Storage", "the id {ref} matches several rows; give more of it"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "nothing deleted has the id {ref} (give at least {least} characters)",
    ),
    QT_TRANSLATE_NOOP("Storage", "nothing has the id {ref} (give at least {least} characters)"),
    QT_TRANSLATE_NOOP("Storage", "{kind} “{label}” is already deleted"),
    QT_TRANSLATE_NOOP("Storage", "{kind} “{label}” is not deleted"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the theme “{name}” codes or tags material ({counts}); delete it together with them "
        "(--with-codings), or merge it into another theme to keep them (fieldkit theme merge)",
    ),
    QT_TRANSLATE_NOOP("Storage", "{n} coding"),
    QT_TRANSLATE_NOOP("Storage", "{n} codings"),
    QT_TRANSLATE_NOOP("Storage", "{n} tag"),
    QT_TRANSLATE_NOOP("Storage", "{n} tags"),
    QT_TRANSLATE_NOOP("Storage", "{codings}, {tags}"),
    QT_TRANSLATE_NOOP("Storage", "its study “{label}” is deleted; restore that first"),
    QT_TRANSLATE_NOOP("Storage", "its case “{label}” is deleted; restore that first"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the interview “{label}” it belongs to is deleted; restore that first",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the observation “{label}” it belongs to is deleted; restore that first",
    ),
    QT_TRANSLATE_NOOP("Storage", "the case “{label}” it belongs to is deleted; restore that first"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the theme “{label}” it belongs to is deleted; restore that first",
    ),
    # fieldkit/storage/editing.py
    QT_TRANSLATE_NOOP("Storage", "a coding needs some words to mark"),
    QT_TRANSLATE_NOOP("Storage", "the coded words “{words}” are no longer in the text"),
    # fieldkit/storage/free_tags.py
    QT_TRANSLATE_NOOP("Storage", "several themes are called {name}; use the theme's id"),
    # fieldkit/storage/hlc.py
    QT_TRANSLATE_NOOP("Storage", "clock values out of range: {wall}, {counter}"),
    QT_TRANSLATE_NOOP("Storage", "not a clock stamp: {text}"),
    QT_TRANSLATE_NOOP("Storage", "not a device id (16 lowercase hex digits): {device}"),
    QT_TRANSLATE_NOOP("Storage", "a stamp from device {device} is {seconds} s ahead of this clock"),
    # fieldkit/storage/kind_names.py
    QT_TRANSLATE_NOOP("Storage", "study"),
    QT_TRANSLATE_NOOP("Storage", "case"),
    QT_TRANSLATE_NOOP("Storage", "participant"),
    QT_TRANSLATE_NOOP("Storage", "interview"),
    QT_TRANSLATE_NOOP("Storage", "observation"),
    QT_TRANSLATE_NOOP("Storage", "theme"),
    QT_TRANSLATE_NOOP("Storage", "attachment"),
    QT_TRANSLATE_NOOP("Storage", "coding"),
    QT_TRANSLATE_NOOP("Storage", "tag"),
    QT_TRANSLATE_NOOP("Storage", "free-word tag"),
    QT_TRANSLATE_NOOP("Storage", "memo"),
    QT_TRANSLATE_NOOP("Storage", "photo"),
    QT_TRANSLATE_NOOP("Storage", "recording"),
    QT_TRANSLATE_NOOP("Storage", "file"),
    QT_TRANSLATE_NOOP("Storage", "interview or observation"),
    QT_TRANSLATE_NOOP("Storage", "interview or observation or case"),
    # fieldkit/storage/local_values.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "the study “{name}” is shared through your team's server; it cannot be deleted from "
        "one laptop (delete its cases or records instead, or ask the server's administrator to "
        "retire it)",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the study “{name}” is shared through your team's server; only its lead can rename it "
        "or change its description",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "only the study's lead can erase a participant's material: the erasure reaches every "
        "laptop and cannot be undone. Their consent is recorded as withdrawn, so exports "
        "already leave them out; ask your team lead to erase",
    ),
    # fieldkit/storage/lookup.py
    QT_TRANSLATE_NOOP("Storage", "an {kind} id is required"),
    QT_TRANSLATE_NOOP("Storage", "a {kind} id is required"),
    QT_TRANSLATE_NOOP("Storage", "no {kind} with id {ref} (give at least {least} characters)"),
    QT_TRANSLATE_NOOP("Storage", "no {kind} with id {ref}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "more than one {kind} has an id starting with {ref}; give more of it",
    ),
    QT_TRANSLATE_NOOP("Storage", "the id {ref} matches several records; give more of it"),
    # fieldkit/storage/memos.py
    QT_TRANSLATE_NOOP("Storage", "the memo is empty; write something or cancel"),
    # fieldkit/storage/outbox.py
    QT_TRANSLATE_NOOP("Storage", "this data folder has no device id; open it with Store.open"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the change log names a {table} row {row} that does not exist; the data folder is damaged",
    ),
    # fieldkit/storage/photos.py
    QT_TRANSLATE_NOOP("Storage", "a picture needs at least one pixel"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} has too many pixels to show"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} is missing from the data folder"),
    QT_TRANSLATE_NOOP("Storage", "the photo {name} cannot be shown: it is damaged"),
    # fieldkit/storage/record_edits.py
    QT_TRANSLATE_NOOP("Storage", "nothing to change: give at least one field"),
    QT_TRANSLATE_NOOP("Storage", "nothing"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of an {kind} cannot be changed here (it can: {can})"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of a {kind} cannot be changed here (it can: {can})"),
    QT_TRANSLATE_NOOP("Storage", "an empty participant code was given"),
    QT_TRANSLATE_NOOP("Storage", "no participant with the code or id {ref} in this study"),
    QT_TRANSLATE_NOOP("Storage", "participant {code} belongs to another study"),
    # fieldkit/storage/recording.py
    QT_TRANSLATE_NOOP("Storage", "start the recording"),
    QT_TRANSLATE_NOOP("Storage", "this recording is finished; start a new one"),
    QT_TRANSLATE_NOOP("Storage", "save the recording"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the recording is still being written to disk; it will be recovered at the next start "
        "if fieldkit is closed now",
    ),
    QT_TRANSLATE_NOOP("Storage", "the recording could not be saved: {why}"),
    QT_TRANSLATE_NOOP("Storage", "finish the recording"),
    # fieldkit/storage/recording_journal.py
    QT_TRANSLATE_NOOP("Storage", "its journal.json is missing"),
    QT_TRANSLATE_NOOP("Storage", "journal.json cannot be read: {why}"),
    QT_TRANSLATE_NOOP("Storage", "journal.json does not hold a recording's details"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "journal.json does not name the interview or the recording's state",
    ),
    QT_TRANSLATE_NOOP("Storage", "journal.json does not say the recording's audio format"),
    QT_TRANSLATE_NOOP("Storage", "another fieldkit is already writing {folder}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the disk is full, so fieldkit could not {doing}; what was recorded until now is kept "
        "in {folder}",
    ),
    QT_TRANSLATE_NOOP("Storage", "fieldkit may not write in {folder}, so it could not {doing}"),
    QT_TRANSLATE_NOOP("Storage", "fieldkit could not {doing} in {folder}: {why}"),
    # fieldkit/storage/recording_outcomes.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording ({length}) was recovered and attached to its interview.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording started {start} ({length}) was recovered and attached to its interview.",
    ),
    QT_TRANSLATE_NOOP("Storage", "A recording had captured no sound; nothing was attached."),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording started {start} had captured no sound; nothing was attached.",
    ),
    QT_TRANSLATE_NOOP("Storage", "the recording in {folder} is still being written"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{error} The recording stays in {folder}; fieldkit tries again at the next start.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording ({length}) belongs to an interview that was deleted, so it was not "
        "attached. It is kept as {file}; copy it somewhere safe or attach it to another "
        "interview (Add recording… in the interview's player).",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording started {start} ({length}) belongs to an interview that was deleted, so "
        "it was not attached. It is kept as {file}; copy it somewhere safe or attach it to "
        "another interview (Add recording… in the interview's player).",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording could not be attached because its journal is damaged ({reason}). The "
        "sound is kept as {file}; attach it to its interview with Add recording… in the "
        "interview's player.",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "A recording could not be attached because its journal is damaged ({reason}). Its "
        "files are kept in {folder}; attach it to its interview with Add recording… in the "
        "interview's player.",
    ),
    QT_TRANSLATE_NOOP("Storage", "attached to the interview {title}"),
    # fieldkit/storage/records.py
    QT_TRANSLATE_NOOP("Storage", "{field} is changed with set_text, which keeps codings in place"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of an {kind} cannot be changed here"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of a {kind} cannot be changed here"),
    # fieldkit/storage/redact_list.py
    QT_TRANSLATE_NOOP("Storage", "{term} is too short to redact: it would replace ordinary words"),
    QT_TRANSLATE_NOOP("Storage", "{term} is listed twice; list it once with its spellings"),
    QT_TRANSLATE_NOOP("Storage", "unknown kind {kind}; choose from {kinds}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "{term} is not on the study's list of names to redact (names of participants and case "
        "places are always redacted)",
    ),
    # fieldkit/storage/remote_apply.py
    QT_TRANSLATE_NOOP("Storage", "a change to {table} {row} arrived before the record itself"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a change to {table} {row} is declared for study {study} but the record belongs to "
        "study {owner}",
    ),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a {table} from another replica refers to {target} {value}, which this replica does "
        "not have yet",
    ),
    QT_TRANSLATE_NOOP("Storage", "a change names an unknown kind of record: {table}"),
    QT_TRANSLATE_NOOP("Storage", "a change has an unknown operation: {op}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a change to {table} {row} belongs to study {study}, not to the study being synced "
        "({synced})",
    ),
    QT_TRANSLATE_NOOP("Storage", "a change to {table} names unknown fields: {fields}"),
    QT_TRANSLATE_NOOP("Storage", "a change to {table} {row} has mismatched bases"),
    QT_TRANSLATE_NOOP("Storage", "a new {table} row arrived without fields: {fields}"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "a change to {table} {row} is declared for study {study} but its row belongs to study "
        "{owner}",
    ),
    # fieldkit/storage/row_changes.py
    QT_TRANSLATE_NOOP("Storage", "a change from the server is not an object"),
    QT_TRANSLATE_NOOP("Storage", "a change from the server lacks {keys}"),
    QT_TRANSLATE_NOOP("Storage", "a change from the server has a bad {key}"),
    QT_TRANSLATE_NOOP("Storage", "a change from the server has bad values or bases"),
    QT_TRANSLATE_NOOP("Storage", "a change from the server has a bad base stamp"),
    QT_TRANSLATE_NOOP("Storage", "{field} has a value of the wrong kind: {value}"),
    # fieldkit/storage/search.py
    QT_TRANSLATE_NOOP("Storage", "the number of results must be a whole number, 0 or more"),
    QT_TRANSLATE_NOOP("Storage", "the results offset must be a whole number, 0 or more"),
    QT_TRANSLATE_NOOP("Storage", "cannot search records of type {types}; choose from {allowed}"),
    # fieldkit/storage/text_edits.py
    QT_TRANSLATE_NOOP("Storage", "this coding marks a stretch of audio, not of text"),
    QT_TRANSLATE_NOOP("Storage", "this span is already coded with the same theme"),
    QT_TRANSLATE_NOOP("Storage", "start and end must be whole numbers"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the span {start}–{end} lies outside the text, which has {length} characters",
    ),
    QT_TRANSLATE_NOOP("Storage", "the span {start}–{end} is empty; end must be greater than start"),
    QT_TRANSLATE_NOOP("Storage", "the span covers only white space"),
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
    # fieldkit/storage/themes.py
    QT_TRANSLATE_NOOP(
        "Storage",
        "no theme called {name} in this study (see `fieldkit theme list`)",
    ),
    QT_TRANSLATE_NOOP("Storage", "no theme called {name} in this study"),
    QT_TRANSLATE_NOOP("Storage", "a theme can only move under a theme of the same study"),
    QT_TRANSLATE_NOOP("Storage", "{name} cannot move under itself"),
    QT_TRANSLATE_NOOP("Storage", "{name} cannot move under {parent}, which is inside it"),
    QT_TRANSLATE_NOOP("Storage", "a theme cannot be merged into itself"),
    QT_TRANSLATE_NOOP("Storage", "themes of different studies cannot be merged"),
    QT_TRANSLATE_NOOP("Storage", "{name} cannot merge into its own sub-theme {target}"),
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
    # fieldkit/storage/validate.py
    QT_TRANSLATE_NOOP("Storage", "colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4"),
    # fieldkit/storage/wav_segments.py
    QT_TRANSLATE_NOOP("Storage", "a sample rate of {rate} Hz is not supported"),
    QT_TRANSLATE_NOOP("Storage", "{count} channels are not supported"),
    QT_TRANSLATE_NOOP("Storage", "{bits}-bit samples are not supported"),
    QT_TRANSLATE_NOOP(
        "Storage",
        "the recording is longer than one WAV file can hold (4 GB); its segments are kept in "
        "{folder}",
    ),
    # field names put in {field} by redact_list.py and record_edits.py
    QT_TRANSLATE_NOOP("StorageField", "name to redact"),
    QT_TRANSLATE_NOOP("StorageField", "other spelling"),
)
