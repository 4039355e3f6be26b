"""The templates of the storage messages a researcher can meet in the app about records
(``fieldkit/storage/``: records and their default titles, codings, themes, deletion, edits,
consent, changes pulled from the server, recordings), listed for ``scripts/update-translations``
(context "Storage", field names "StorageField"); grouped by the module that makes them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORAGE_RECORDS = (
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
    # fieldkit/storage/consent.py (why a recording's consent is missing)
    QT_TRANSLATE_NOOP("Storage", "consent was withdrawn"),
    QT_TRANSLATE_NOOP("Storage", "consent is not recorded yet (pending)"),
    QT_TRANSLATE_NOOP("Storage", "consent does not allow audio recording"),
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
    QT_TRANSLATE_NOOP("Storage", "Recovered after fieldkit was interrupted"),
    QT_TRANSLATE_NOOP("Storage", "Recorded in fieldkit"),
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
    QT_TRANSLATE_NOOP("Storage", "Recording {start}.wav"),
    QT_TRANSLATE_NOOP("Storage", "Recording unknown time.wav"),
    # fieldkit/storage/records.py
    QT_TRANSLATE_NOOP("Storage", "{field} is changed with set_text, which keeps codings in place"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of an {kind} cannot be changed here"),
    QT_TRANSLATE_NOOP("Storage", "the {field} of a {kind} cannot be changed here"),
    QT_TRANSLATE_NOOP("Storage", "Interview with {codes} ({date})"),
    QT_TRANSLATE_NOOP("Storage", "Interview {date}"),
    QT_TRANSLATE_NOOP("Storage", "Observation {date}"),
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
