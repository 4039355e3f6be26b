<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../fieldkit/ui/audio_panel.py" line="54"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_panel.py" line="68"/>
        <source>Starting audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="78"/>
        <location filename="../../fieldkit/ui/audio_player.py" line="79"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="84"/>
        <location filename="../../fieldkit/ui/audio_player.py" line="340"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="85"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="86"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="88"/>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="94"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="95"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="99"/>
        <source>Add recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="100"/>
        <source>Attach a recording file to this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="102"/>
        <source>Play:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="176"/>
        <source>Opening the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="205"/>
        <source>Attach recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="207"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="218"/>
        <source>Adding the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="236"/>
        <source>Recording not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="244"/>
        <source>Adding recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="257"/>
        <source>No recording yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="340"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_player.py" line="343"/>
        <source>This recording cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="83"/>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="84"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="89"/>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="90"/>
        <source>Start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="91"/>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="392"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="92"/>
        <source>Pause or resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="93"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="94"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="100"/>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="101"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="103"/>
        <source>Recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="147"/>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="182"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="227"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="232"/>
        <source>Cannot start recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="245"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="281"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="289"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="301"/>
        <source>Saving the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="325"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="331"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="333"/>
        <source>The recording was not attached; see the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="334"/>
        <source>Recording not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="338"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="339"/>
        <source>Recording not attached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="364"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="378"/>
        <source>Recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="392"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="404"/>
        <source>Connect a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio_recorder.py" line="405"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="81"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="81"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="83"/>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="85"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="88"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="88"/>
        <source>e.g. school, NGO programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="90"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="91"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="93"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="93"/>
        <source>village, town or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="95"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="96"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="97"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="98"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="99"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="100"/>
        <source>&amp;Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="101"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="59"/>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="174"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="129"/>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="302"/>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="131"/>
        <source>Sub-theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="133"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="135"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="136"/>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="232"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="137"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="138"/>
        <source>Delete theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="142"/>
        <source>Show coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="153"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="154"/>
        <source>More theme actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="232"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="253"/>
        <source>Pin to Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="258"/>
        <source>(now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="265"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="279"/>
        <source>Pin theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="289"/>
        <source>Theme colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="302"/>
        <source>Name of the new theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="310"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_dock.py" line="311"/>
        <source>Add sub-theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="34"/>
        <source>Code with theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="37"/>
        <source>Type a theme&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="38"/>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="40"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="63"/>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_palette.py" line="65"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="98"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="98"/>
        <source>Memo on this coding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="110"/>
        <source>&amp;Show in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="113"/>
        <source>&amp;Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codings_panel.py" line="117"/>
        <source>&amp;Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="46"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="50"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="58"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="58"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="58"/>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="99"/>
        <source>Now in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="58"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="60"/>
        <source>Unresolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="72"/>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="74"/>
        <source>&amp;Keep the value in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="76"/>
        <source>Use the &amp;other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="78"/>
        <source>Save the &amp;merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="82"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="104"/>
        <source>The other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="113"/>
        <source>Or merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="149"/>
        <source>Cannot list the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="196"/>
        <source> (this record was deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="214"/>
        <source>unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="216"/>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="218"/>
        <source>another laptop (device %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="220"/>
        <source>Changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="253"/>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="261"/>
        <source>Cannot resolve this conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="47"/>
        <location filename="../../fieldkit/ui/delete_actions.py" line="147"/>
        <source>Undo &amp;delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="72"/>
        <source>Cannot delete this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="81"/>
        <location filename="../../fieldkit/ui/delete_actions.py" line="93"/>
        <location filename="../../fieldkit/ui/delete_actions.py" line="120"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="82"/>
        <source>Delete the %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="84"/>
        <source>It takes with it %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="87"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="90"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="116"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="133"/>
        <source>Cannot undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="136"/>
        <source>Restored the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_actions.py" line="145"/>
        <source>Undo &amp;delete of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="128"/>
        <source>Encrypt this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="131"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="138"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="138"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="141"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="149"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="150"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="162"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="170"/>
        <source>Tick the box to confirm you understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="37"/>
        <source>Case-study &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="38"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="39"/>
        <source>&amp;CSV tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="40"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="55"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="55"/>
        <source>Create or select a study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="105"/>
        <source>Export case-study PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="106"/>
        <source>This PDF will leave some material out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="109"/>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="142"/>
        <source>Export REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="172"/>
        <source>Exporting REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="179"/>
        <source>Folder for CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="199"/>
        <source>Exporting CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="204"/>
        <source>Import REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_actions.py" line="227"/>
        <source>Importing REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="255"/>
        <source>&amp;Encrypt this folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="267"/>
        <source>&amp;Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="272"/>
        <source>After %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="274"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="331"/>
        <source>The folder was not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/form_dialog.py" line="46"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="93"/>
        <source>fieldkit user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="95"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="107"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="111"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="115"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="119"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="123"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="125"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview&apos;s participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="134"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team&apos;s server; until then nothing leaves this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="261"/>
        <source>Colour scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="267"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="46"/>
        <source>fieldkit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="50"/>
        <source>Studies, cases and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="54"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="81"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="81"/>
        <source>Case and &amp;study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="84"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="216"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="118"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="199"/>
        <source>Choose a case or a record on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="202"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="213"/>
        <source>This data folder holds no study yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="222"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team&apos;s server: the studies you belong to arrive with the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="267"/>
        <source>Cannot open this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="231"/>
        <source>all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review_chart.py" line="234"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="237"/>
        <source>(with its sub-themes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="245"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="64"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="30"/>
        <source>Merge theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="32"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="35"/>
        <source>Theme to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="48"/>
        <source>What the merge will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="54"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="71"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/theme_dialogs.py" line="81"/>
        <source>Choose a theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="180"/>
        <source>New data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="182"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="53"/>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="53"/>
        <source>Edit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="56"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="58"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="58"/>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="60"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="62"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="65"/>
        <source>e.g. en, sw, hi, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="68"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="70"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="72"/>
        <source>Participants in this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="81"/>
        <source>No participants registered in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="84"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="85"/>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="86"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="87"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="88"/>
        <source>I&amp;nterviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="89"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="90"/>
        <source>Partic&amp;ipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="100"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="157"/>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="157"/>
        <source>Edit observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="161"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="163"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="163"/>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="164"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="164"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="166"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="166"/>
        <source>e.g. Grade 3 classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="169"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="171"/>
        <source>First notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="172"/>
        <source>What you see; you can go on in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="173"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="174"/>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="175"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="176"/>
        <source>&amp;Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="177"/>
        <source>O&amp;bserver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_dialogs.py" line="179"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="43"/>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="43"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="45"/>
        <source>Participant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="49"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="53"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="57"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="58"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="61"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="64"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="67"/>
        <source>Consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="69"/>
        <source>pending (not recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="70"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="71"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="76"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="78"/>
        <source>YYYY-MM-DD (today when given and left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="81"/>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="82"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="83"/>
        <source>verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="84"/>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="88"/>
        <source>&amp;Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="89"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="90"/>
        <source>A&amp;ttribution by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="94"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="96"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participant_dialog.py" line="100"/>
        <source>It allows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="25"/>
        <source>Participants of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="31"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>It allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="59"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="60"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="70"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="71"/>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="72"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="52"/>
        <source>fieldkit is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="52"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="55"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="56"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="60"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="70"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="84"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="98"/>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="87"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="90"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="42"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="43"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="44"/>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="45"/>
        <source>Case profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="46"/>
        <source>Theme profile chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="47"/>
        <source>Key quotes by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="48"/>
        <source>Interview and observation summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="49"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="50"/>
        <source>Codebook appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="54"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="55"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="56"/>
        <source>Original (as taken; large files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="117"/>
        <source>Export case-study PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="119"/>
        <source>This case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="119"/>
        <source>(none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="122"/>
        <source>Every case of the study, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="125"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="127"/>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="133"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="136"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="141"/>
        <source>Your name (left out when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="142"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="144"/>
        <source>Photo size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="150"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="157"/>
        <source>Themes to include (quotes and chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="159"/>
        <source>Themes to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="168"/>
        <source>PDF file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="170"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="173"/>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="174"/>
        <source>Photo size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="175"/>
        <source>Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="216"/>
        <source>Choose where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="220"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="106"/>
        <location filename="../../fieldkit/ui/photo_strip.py" line="151"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="108"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="109"/>
        <location filename="../../fieldkit/ui/photo_strip.py" line="274"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="111"/>
        <source>Caption of the selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="112"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="120"/>
        <source>&amp;Delete photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="233"/>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="233"/>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="243"/>
        <source>Photos cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="276"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="314"/>
        <source>Adding photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="332"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="337"/>
        <source>No photo was added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="339"/>
        <source>Some files are not photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="350"/>
        <source>Photos not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photo_viewer.py" line="195"/>
        <source>This photo cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="49"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="50"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="51"/>
        <source>Export &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="53"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="84"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="91"/>
        <source>Back up this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="105"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="112"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="114"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="121"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="128"/>
        <source>An empty folder for the restored data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="140"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="147"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="149"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="189"/>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="191"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="192"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="193"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="194"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="195"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="196"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="197"/>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="200"/>
        <source>Exports of this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="233"/>
        <location filename="../../fieldkit/ui/protect_actions.py" line="305"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="240"/>
        <source>Select the participant&apos;s case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="252"/>
        <source>This case has no participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="256"/>
        <source>Withdraw and erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="257"/>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="269"/>
        <source>Withdraw and erase {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="272"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="296"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect_actions.py" line="307"/>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/record_actions.py" line="249"/>
        <source>Create a study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_actions.py" line="255"/>
        <location filename="../../fieldkit/ui/record_actions.py" line="277"/>
        <source>Cannot open this</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/record_actions.py" line="267"/>
        <source>%n name(s) on the study&apos;s list to redact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="75"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="163"/>
        <source>language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="163"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="165"/>
        <source>setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="269"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="289"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="300"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="334"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="338"/>
        <source>Theme not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="343"/>
        <source>Select some words first, then choose a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_editor.py" line="365"/>
        <source>These words are already coded with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="55"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="57"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="58"/>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="122"/>
        <source>Remove the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="123"/>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="157"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="172"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_tags.py" line="174"/>
        <source>“%1” is not a theme in this study&apos;s codebook yet. Add it as a theme and tag this record with it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="84"/>
        <source>Case and study review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="97"/>
        <source>Review views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="101"/>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="103"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="113"/>
        <source>Case profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="120"/>
        <source>Cases and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="136"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="141"/>
        <source>Study matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="144"/>
        <source>Export c&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="145"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="146"/>
        <source>Export &amp;matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="147"/>
        <source>Save the study matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="156"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="160"/>
        <location filename="../../fieldkit/ui/review.py" line="287"/>
        <source>Coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="161"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="161"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="161"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="172"/>
        <source>Whole quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="238"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="240"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="242"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="247"/>
        <source>Theme profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="250"/>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="254"/>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="254"/>
        <source>study matrix.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="254"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="260"/>
        <source>Cannot export the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="276"/>
        <source>all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="294"/>
        <source>(the whole record is tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="297"/>
        <source>(audio or detached passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review.py" line="302"/>
        <source>%n coded passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review.py" line="303"/>
        <source>No coded passages here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="65"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="103"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search_dock.py" line="282"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="117"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="124"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="211"/>
        <location filename="../../fieldkit/ui/search_dock.py" line="226"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="242"/>
        <source>(audio passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search_dock.py" line="249"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="253"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="280"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="281"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="283"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="300"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search_dock.py" line="302"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search_dock.py" line="337"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/server_monitor.py" line="136"/>
        <source>this computer has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="34"/>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="54"/>
        <source>Changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="38"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="47"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="48"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="49"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="50"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="59"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/set_aside_view.py" line="77"/>
        <source>Cannot list the changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="59"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="64"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="69"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="70"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="69"/>
        <source>Code with the theme pinned to that key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="70"/>
        <source>Leave the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="74"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="74"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="74"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="21"/>
        <source>fieldkit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="22"/>
        <source>Opening your data in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="42"/>
        <source>Study name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="47"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_dialogs.py" line="48"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="99"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="102"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="104"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="236"/>
        <source>Sync status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="341"/>
        <source>Synced: sent %1, received %2, %3 new conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="347"/>
        <source> · %1 changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="349"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="367"/>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="379"/>
        <source>Sync did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="391"/>
        <source>The server no longer accepts this laptop&apos;s sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_controller.py" line="451"/>
        <source>Cannot save the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="50"/>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="54"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="56"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="59"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="60"/>
        <source>used to sign in, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="63"/>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="65"/>
        <location filename="../../fieldkit/ui/sync_settings.py" line="223"/>
        <source>kept from the last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="67"/>
        <source>only for a server with your team&apos;s own certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="72"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="75"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="77"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="81"/>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="85"/>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="86"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="89"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="97"/>
        <source>Team server and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="99"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="100"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="101"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="102"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="106"/>
        <source>Certificate a&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="114"/>
        <source>When to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="140"/>
        <source>Not signed in. This laptop&apos;s work stays here until you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="143"/>
        <source>Signed in as %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="158"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="160"/>
        <source>, checked against your team&apos;s own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="164"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="170"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="205"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="211"/>
        <source>Your team&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="213"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="229"/>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="230"/>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="241"/>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="250"/>
        <source>The server could not be told; ask your team lead to revoke this laptop&apos;s sign-in if it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_settings.py" line="259"/>
        <source>Cannot sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="36"/>
        <source>Connection indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="38"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="44"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="48"/>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="51"/>
        <source>Changes not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="53"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="56"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="57"/>
        <source>Open the conflicts view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="61"/>
        <source>Changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="63"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="100"/>
        <source>Not signed in — nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="103"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="111"/>
        <source>Offline · not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="112"/>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="113"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="114"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="115"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="116"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="117"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="85"/>
        <source>Nothing waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="87"/>
        <source>1 change not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="89"/>
        <source>%1 changes not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="92"/>
        <source>%1 changes in studies where you are a viewer stay on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="139"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="143"/>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="146"/>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="148"/>
        <source>⚠ 1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="151"/>
        <source>⚠ %1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="158"/>
        <source>⚠ 1 change set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="161"/>
        <source>⚠ %1 changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync_status.py" line="176"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="166"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="85"/>
        <source>Coded passages per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="92"/>
        <source>No coded passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review_chart.py" line="114"/>
        <source>No coded passages yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="90"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="90"/>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="90"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="90"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="116"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook_model.py" line="141"/>
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook_model.py" line="142"/>
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook_model.py" line="145"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook_model.py" line="149"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="29"/>
        <source>Import &amp;transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="32"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="44"/>
        <location filename="../../fieldkit/ui/transcript_import.py" line="53"/>
        <location filename="../../fieldkit/ui/transcript_import.py" line="64"/>
        <source>Import transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="46"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="55"/>
        <source>Replace the text of “%1” with the file&apos;s text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="75"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="92"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="105"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/transcript_import.py" line="116"/>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="38"/>
        <source>Welcome to fieldkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="43"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="53"/>
        <source>Explore the demo study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="58"/>
        <source>Start a new study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="63"/>
        <source>Sign in to my team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Receive your team&apos;s studies and send your work when online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="66"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="77"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="83"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="97"/>
        <source>Open a recording to insert time marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="105"/>
        <source>This record has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/window_menus.py" line="121"/>
        <source>Nothing here can be deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="45"/>
        <source>fieldkit cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="81"/>
        <source>Consent before recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="83"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="89"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="93"/>
        <source>Record &amp;consent now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="94"/>
        <source>Record &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/consent_check.py" line="62"/>
        <source>Cannot start recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../fieldkit/ui/export_dialogs.py" line="299"/>
        <source>Exporting case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="101"/>
        <source>The demo study could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="145"/>
        <source>About fieldkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="147"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="225"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="233"/>
        <source>&amp;Save to a file to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="237"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/folder_lock.py" line="244"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.panel</name>
    <message>
        <location filename="../../fieldkit/ui/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldkit/ui/recording_recovery.py" line="36"/>
        <source>Unfinished recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/recording_recovery.py" line="37"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/recording_recovery.py" line="62"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/recording_recovery.py" line="70"/>
        <source>Recordings kept, not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="121"/>
        <source>The study was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="152"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="153"/>
        <source>Study name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
