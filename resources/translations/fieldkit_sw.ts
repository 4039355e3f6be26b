<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="151"/>
        <source>About fieldkit</source>
        <translation>Kuhusu fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="152"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Mahojiano, uchunguzi na usimbaji kwa utafiti wa uwandani, nje ya mtandao kwanza, pamoja na seva ya timu muunganisho unapopatikana.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="60"/>
        <source>fieldkit cannot open its data</source>
        <translation>fieldkit haiwezi kufungua data yake</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="54"/>
        <source>Audio</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="68"/>
        <source>Starting audio…</source>
        <translation>Inaanzisha sauti…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Fungua rekodi ya sauti ili kuweka alama za muda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation>Ctrl+bofya kucheza kuanzia %1</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="79"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="80"/>
        <source>Recording</source>
        <translation>Rekodi ya sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="85"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>▶ Play</source>
        <translation>▶ Cheza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="86"/>
        <source>Play or pause</source>
        <translation>Cheza au sitisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="87"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation>Cheza au sitisha (F8 ndani ya nakala ya mahojiano)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="89"/>
        <source>Position in the recording</source>
        <translation>Mahali katika rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="95"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="97"/>
        <source>Speed</source>
        <translation>Kasi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="98"/>
        <source>Playback speed</source>
        <translation>Kasi ya kucheza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="102"/>
        <source>Add recording…</source>
        <translation>Ongeza rekodi…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="103"/>
        <source>Attach a recording file to this interview</source>
        <translation>Ambatisha faili ya rekodi kwenye mahojiano haya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="105"/>
        <source>Play:</source>
        <translation>Cheza:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="179"/>
        <source>Opening the recording…</source>
        <translation>Inafungua rekodi…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="208"/>
        <source>Attach recordings</source>
        <translation>Ambatisha rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="210"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation>Rekodi za sauti (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="221"/>
        <source>Adding the recording…</source>
        <translation>Inaongeza rekodi…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="239"/>
        <source>Recording not attached</source>
        <translation>Rekodi haijaambatishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="247"/>
        <source>Adding recordings</source>
        <translation>Inaongeza rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="261"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="274"/>
        <source>No recording yet</source>
        <translation>Bado hakuna rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Sitisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="357"/>
        <source>This recording cannot be played: %1</source>
        <translation>Rekodi hii haiwezi kuchezwa: %1</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="90"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="91"/>
        <source>Microphone</source>
        <translation>Maikrofoni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="97"/>
        <source>● Record</source>
        <translation>● Rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="98"/>
        <source>Start recording</source>
        <translation>Anza kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="99"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Pause</source>
        <translation>Sitisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="100"/>
        <source>Pause or resume recording</source>
        <translation>Sitisha au endelea kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="101"/>
        <source>■ Stop</source>
        <translation>■ Simamisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="102"/>
        <source>Stop recording</source>
        <translation>Simamisha kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="104"/>
        <source>Record:</source>
        <translation>Rekodi:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="106"/>
        <source>Recording time</source>
        <translation>Muda wa kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="96"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="152"/>
        <source>No microphone</source>
        <translation>Hakuna maikrofoni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="187"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation>Maikrofoni hii haiwezi kurekodi sauti ya biti 16; chagua nyingine.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="411"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation>Inarekodi… inahifadhiwa kwenye diski kila baada ya sekunde chache.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="237"/>
        <source>Cannot start recording</source>
        <translation>Haiwezi kuanza kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="251"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation>Maikrofoni %1 haikuweza kufunguliwa; je, programu nyingine inaitumia?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="291"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation>Imesitishwa. Kila kilichorekodiwa hadi sasa kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>Inahifadhi rekodi…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="337"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation>Rekodi imehifadhiwa (%1) na kuambatishwa kwenye mahojiano haya.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="343"/>
        <source>Nothing was recorded.</source>
        <translation>Hakuna kilichorekodiwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="345"/>
        <source>The recording was not attached; see the message.</source>
        <translation>Rekodi haikuambatishwa; tazama ujumbe.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="346"/>
        <source>Recording not attached</source>
        <translation>Rekodi haijaambatishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="350"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation>Rekodi imehifadhiwa na itaambatishwa programu itakapoanza tena.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="351"/>
        <source>Recording not attached yet</source>
        <translation>Rekodi bado haijaambatishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="377"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation>Maikrofoni imeacha kufanya kazi; rekodi hadi sasa imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="387"/>
        <source>Waiting for sound from the microphone…</source>
        <translation>Inasubiri sauti kutoka kwenye maikrofoni…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="400"/>
        <source>No sound is coming from %1: nothing is being recorded!</source>
        <translation>Hakuna sauti inayotoka %1: hakuna kinachorekodiwa!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="404"/>
        <source>No sound has reached fieldkit from %1 for a few seconds, so nothing is being recorded. Check that it is plugged in and switched on, or choose another microphone in the list. What was recorded before is saved.</source>
        <translation>Hakuna sauti iliyofika fieldkit kutoka %1 kwa sekunde kadhaa, kwa hivyo hakuna kinachorekodiwa. Hakikisha imeunganishwa na imewashwa, au chagua maikrofoni nyingine kwenye orodha. Kilichorekodiwa awali kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="424"/>
        <source>%1 cannot record in this recording's format: stop, then record again.</source>
        <translation>%1 haiwezi kurekodi katika muundo wa rekodi hii: simamisha, kisha rekodi tena.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="445"/>
        <source>Recording stopped: %1</source>
        <translation>Kurekodi kumesimama: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Resume</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="480"/>
        <source>Connect a microphone.</source>
        <translation>Unganisha maikrofoni.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="481"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation>Hakuna maikrofoni iliyopatikana: unganisha moja, au iwashe, ili kurekodi.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>Edit case</source>
        <translation>Hariri kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>New case</source>
        <translation>Kisa kipya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="84"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="97"/>
        <source>Case title</source>
        <translation>Jina la kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="86"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation>mf. Kambi za kusoma za jamii, Kisumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>e.g. school, NGO programme</source>
        <translation>mf. shule, mpango wa shirika lisilo la kiserikali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="91"/>
        <source>Country</source>
        <translation>Nchi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="92"/>
        <source>Region</source>
        <translation>Mkoa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>Locality</source>
        <translation>Eneo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>village, town or district</source>
        <translation>kijiji, mji au wilaya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="96"/>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Aina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="100"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Nchi:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="101"/>
        <source>&amp;Region:</source>
        <translation>&amp;Mkoa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="102"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Eneo:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>Ma&amp;elezo:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation>Vitendo vya kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Washiriki&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="61"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="189"/>
        <source>Codebook</source>
        <translation>Kitabu cha misimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation>Vitendo vya kitabu cha misimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation>Chuja mada…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation>Chuja mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="132"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Add theme</source>
        <translation>Ongeza mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="134"/>
        <source>Sub-theme</source>
        <translation>Mada ndogo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="136"/>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="138"/>
        <source>Colour…</source>
        <translation>Rangi…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="139"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Archive</source>
        <translation>Hifadhi kwenye kumbukumbu za zamani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="140"/>
        <source>Merge into…</source>
        <translation>Unganisha ndani ya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="141"/>
        <source>Delete theme…</source>
        <translation>Futa mada…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="145"/>
        <source>Show coded passages</source>
        <translation>Onyesha vifungu vyenye msimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="156"/>
        <source>More</source>
        <translation>Zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="157"/>
        <source>More theme actions</source>
        <translation>Vitendo zaidi vya mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="270"/>
        <source>Pin to Alt+N</source>
        <translation>Bandika kwenye Alt+N</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="275"/>
        <source>(now %1)</source>
        <translation>(sasa %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="282"/>
        <source>Unpin</source>
        <translation>Bandua</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="296"/>
        <source>Pin theme</source>
        <translation>Bandika mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="306"/>
        <source>Theme colour</source>
        <translation>Rangi ya mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Name of the new theme:</source>
        <translation>Jina la mada mpya:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="327"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>Jina la mada ndogo mpya ya “%1”:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="328"/>
        <source>Add sub-theme</source>
        <translation>Ongeza mada ndogo</translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation>msimbo umewekwa na %1</translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="29"/>
        <source>Code with theme</source>
        <translation>Weka msimbo wa mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="32"/>
        <source>Type a theme's name…</source>
        <translation>Andika jina la mada…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="33"/>
        <source>Theme filter</source>
        <translation>Kichujio cha mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="35"/>
        <source>Themes</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="58"/>
        <source>Create “%1”</source>
        <translation>Unda “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="60"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation>Mada mpya katika kitabu cha misimbo, inatumika kwa maneno haya mara moja</translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation>Usimbaji wa kumbukumbu hii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation>Bado hakuna usimbaji. Chagua maneno, kisha bonyeza Ctrl+K (au Alt+1…9 kwa mada zilizobandikwa).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation>(maandishi yake yamefutwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation>Dokezo: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo on this coding:</source>
        <translation>Dokezo kuhusu usimbaji huu:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="112"/>
        <source>&amp;Show in the text</source>
        <translation>&amp;Onyesha katika maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="115"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Hariri dokezo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="119"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Ondoa usimbaji</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation>Funga taarifa</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="47"/>
        <source>Sync conflicts</source>
        <translation>Migongano ya usawazishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="51"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation>Sehemu hizi zilibadilishwa kwenye kompyuta mbili kwa wakati mmoja. Usawazishaji ulihifadhi mabadiliko ya baadaye na kuweka thamani nyingine kando. Chagua thamani ya kubaki, au andika thamani iliyounganishwa; chaguo lako linasawazishwa kwa timu kama badiliko lolote.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>Kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="100"/>
        <source>Now in the record</source>
        <translation>Sasa katika kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="61"/>
        <source>Unresolved conflicts</source>
        <translation>Migongano ambayo haijatatuliwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="73"/>
        <source>Merged value</source>
        <translation>Thamani iliyounganishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="75"/>
        <source>&amp;Keep the value in the record</source>
        <translation>&amp;Baki na thamani iliyo kwenye kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="77"/>
        <source>Use the &amp;other value</source>
        <translation>Tumia thamani &amp;nyingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="79"/>
        <source>Save the &amp;merged value</source>
        <translation>Hifadhi thamani &amp;iliyounganishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="83"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation>Hakuna migongano. Sehemu ileile ikibadilishwa kwenye kompyuta mbili kabla hazijasawazishwa, thamani zote mbili zinaorodheshwa hapa ili uchague.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="105"/>
        <source>The other value</source>
        <translation>Thamani nyingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="114"/>
        <source>Or merge them</source>
        <translation>Au ziunganishe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="150"/>
        <source>Cannot list the conflicts</source>
        <translation>Haiwezi kuorodhesha migongano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="197"/>
        <source> (this record was deleted since)</source>
        <translation> (kumbukumbu hii imefutwa tangu hapo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="215"/>
        <source>unknown device</source>
        <translation>kifaa kisichojulikana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="217"/>
        <source>this laptop</source>
        <translation>kompyuta hii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="219"/>
        <source>another laptop (device %1)</source>
        <translation>kompyuta nyingine (kifaa %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="221"/>
        <source>Changed on %1</source>
        <translation>Imebadilishwa %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation>Imebadilishwa %1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="250"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="258"/>
        <source>Cannot resolve this conflict</source>
        <translation>Haiwezi kutatua mgongano huu</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="80"/>
        <source>today</source>
        <translation>leo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="81"/>
        <source>yesterday</source>
        <translation>jana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="167"/>
        <source>e.g. 2024-03-15 or 15/03/2024</source>
        <translation>mf. 2024-03-15 au 15/03/2024</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="170"/>
        <source>Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down</source>
        <translation>Andika tarehe (2024-03-15, 15/03/2024, 15 Machi 2024, leo) au bonyeza Alt+Chini</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="178"/>
        <source>Calendar…</source>
        <translation>Kalenda…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="182"/>
        <source>Pick the date from a calendar</source>
        <translation>Chagua tarehe kwenye kalenda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="185"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Chagua tarehe kwenye kalenda (Alt+Chini)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="190"/>
        <source>%1 in words</source>
        <translation>%1 kwa maneno</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="221"/>
        <source>%1 is required.</source>
        <translation>Sehemu “%1” inahitajika.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="230"/>
        <source>%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, or pick it from the calendar.</source>
        <translation>“%1”: “%2” si tarehe tunayoweza kusoma: iandike kama 2024-03-15 au 15/03/2024, au uichague kwenye kalenda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="240"/>
        <source>%1 %2 is in the future: write the day it happened.</source>
        <translation>“%1”: %2 ni siku ijayo; andika siku ilipotokea.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="268"/>
        <source>Calendar for %1</source>
        <translation>Kalenda ya “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="316"/>
        <source>optional; e.g. 09:30 or 2:15 pm</source>
        <translation>si lazima; mf. 09:30 au 14:15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="328"/>
        <source>%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm.</source>
        <translation>“%1”: “%2” si saa ya siku: iandike kama 09:30 au 14:15.</translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="49"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="153"/>
        <source>Undo &amp;delete</source>
        <translation>Tendua &amp;kufuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="74"/>
        <source>Cannot delete this</source>
        <translation>Haiwezi kufuta hiki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="83"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="95"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="126"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="84"/>
        <source>Delete the %1?</source>
        <translation>Ufute %1?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="86"/>
        <source>It takes with it %1.</source>
        <translation>Pamoja nacho kinaondoka: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="89"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation>Ili kubaki na usimbaji wake chini ya mada nyingine, iunganishe badala yake (Zaidi ▸ Unganisha ndani ya…). </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="92"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation>Unaweza kutendua hili kwa Ctrl+Z (Hariri ▸ Tendua kufuta).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="119"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation>Imefutwa: %1. Ctrl+Z inairudisha.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="139"/>
        <source>Cannot undo the delete</source>
        <translation>Haiwezi kutendua kufuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="142"/>
        <source>Restored the %1.</source>
        <translation>Imerejeshwa: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="151"/>
        <source>Undo &amp;delete of %1</source>
        <translation>Tendua &amp;kufuta %1</translation>
    </message>
</context>
<context>
    <name>DeleteWording</name>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="24"/>
        <source>study “%1”</source>
        <translation>utafiti “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="25"/>
        <source>case “%1”</source>
        <translation>kisa “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="26"/>
        <source>participant “%1”</source>
        <translation>mshiriki “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="27"/>
        <source>interview “%1”</source>
        <translation>mahojiano “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="28"/>
        <source>observation “%1”</source>
        <translation>uchunguzi “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="29"/>
        <source>theme “%1”</source>
        <translation>mada “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="30"/>
        <source>coding “%1”</source>
        <translation>usimbaji “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="31"/>
        <source>tag “%1”</source>
        <translation>lebo “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="32"/>
        <source>free-word tag “%1”</source>
        <translation>lebo huru “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="33"/>
        <source>memo “%1”</source>
        <translation>dokezo “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="34"/>
        <source>photo “%1”</source>
        <translation>picha “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="35"/>
        <source>recording “%1”</source>
        <translation>rekodi “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="36"/>
        <source>file “%1”</source>
        <translation>faili “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>Kisa %Ln</numerusform>
            <numerusform>Visa %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>Mshiriki %Ln</numerusform>
            <numerusform>Washiriki %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>Mahojiano %Ln</numerusform>
            <numerusform>Mahojiano %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>Uchunguzi %Ln</numerusform>
            <numerusform>Uchunguzi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>Kiungo %Ln cha mshiriki</numerusform>
            <numerusform>Viungo %Ln vya washiriki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46"/>
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>Mada ndogo %Ln</numerusform>
            <numerusform>Mada ndogo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>Mada %Ln</numerusform>
            <numerusform>Mada %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>Usimbaji %Ln</numerusform>
            <numerusform>Usimbaji %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>Lebo %Ln</numerusform>
            <numerusform>Lebo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50"/>
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>Lebo huru %Ln</numerusform>
            <numerusform>Lebo huru %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>Dokezo %Ln</numerusform>
            <numerusform>Madokezo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>Picha %Ln</numerusform>
            <numerusform>Picha %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>Rekodi %Ln</numerusform>
            <numerusform>Rekodi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>Faili %Ln</numerusform>
            <numerusform>Faili %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="55"/>
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>Jina %Ln la kuficha</numerusform>
            <numerusform>Majina %Ln ya kuficha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="74"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="76"/>
        <source>%1 and %2</source>
        <translation>%1 na %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Sifa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Futa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation>Futa m&amp;shiriki…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation>Haiwezi kufungua hiki</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation>Weka msimbo wa %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation>Ondoa usimbaji %1</translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation>Usimbaji umesasishwa kwa mabadiliko ya timu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation>Maandishi haya yamesasishwa kwa mabadiliko ya timu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation>Haikuweza kupakia upya kumbukumbu hii: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation>Mtu amebadilisha maandishi haya kwenye kompyuta nyingine ulipokuwa ukiandika. Toleo lako limehifadhiwa hapa; lao limewekwa chini ya Sawazisha ▸ Migongano, ambapo unaweza kulirudisha au kuunganisha hayo mawili.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation>Ulichoandika kimehifadhiwa; toleo lingine limewekwa kama mgongano.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="129"/>
        <source>Encrypt this folder</source>
        <translation>Simba folda hii kwa fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="132"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation>Kila kitu katika folda hii ya data kitasimbwa kwa fiche kwa kaulisiri. Kaulisiri iliyosahaulika haiwezi kurejeshwa na mtu yeyote: bila hiyo, au ufunguo wa kurejesha utakaoonyeshwa baadaye, mahojiano yamepotea kabisa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Again</source>
        <translation>Tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="142"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation>Ninaelewa kuwa kaulisiri iliyopotea haiwezi kurejeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="151"/>
        <source>&amp;Again:</source>
        <translation>&amp;Tena:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>Kaulisiri hizo mbili zinatofautiana.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="171"/>
        <source>Tick the box to confirm you understand.</source>
        <translation>Weka alama kwenye kisanduku kuthibitisha kuwa umeelewa.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="39"/>
        <source>Case-study &amp;PDF…</source>
        <translation>&amp;PDF ya uchunguzi kifani…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="40"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>Mradi wa &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="41"/>
        <source>&amp;CSV tables…</source>
        <translation>Majedwali ya &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="42"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation>&amp;Leta mradi wa REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Create or select a study first.</source>
        <translation>Unda au chagua utafiti kwanza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="109"/>
        <source>Export case-study PDF</source>
        <translation>Hamisha PDF ya uchunguzi kifani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="110"/>
        <source>This PDF will leave some material out.</source>
        <translation>PDF hii itaacha baadhi ya maudhui nje.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="113"/>
        <source>Export anyway</source>
        <translation>Hamisha hata hivyo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="146"/>
        <source>Export REFI-QDA project</source>
        <translation>Hamisha mradi wa REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="183"/>
        <source>Exporting REFI-QDA project</source>
        <translation>Inahamisha mradi wa REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="190"/>
        <source>Folder for CSV files</source>
        <translation>Folda ya faili za CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="211"/>
        <source>Exporting CSV tables</source>
        <translation>Inahamisha majedwali ya CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="216"/>
        <source>Import REFI-QDA project</source>
        <translation>Leta mradi wa REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="228"/>
        <source>Imported “%1”: %2, %3.</source>
        <translation>“%1” imeingizwa: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>Mahojiano %Ln</numerusform>
            <numerusform>Mahojiano %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>Usimbaji %Ln</numerusform>
            <numerusform>Usimbaji %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="239"/>
        <source>Importing REFI-QDA project</source>
        <translation>Inaleta mradi wa REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="43"/>
        <source>Export log</source>
        <translation>Kumbukumbu ya uhamishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="45"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="46"/>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="47"/>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="48"/>
        <source>Scope</source>
        <translation>Upeo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="49"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="50"/>
        <source>Withheld</source>
        <translation>Imezuiliwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="51"/>
        <source>Laptop</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="54"/>
        <source>Exports of this study</source>
        <translation>Uhamishaji wa utafiti huu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="81"/>
        <source>anonymised %1</source>
        <comment>an export's format, e.g. anonymised pdf</comment>
        <translation>%1 lisilo na majina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="88"/>
        <source>the whole study</source>
        <translation>utafiti wote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="90"/>
        <source>full dump</source>
        <translation>nakala kamili ya data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92"/>
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>visa vyote (faili %Ln)</numerusform>
            <numerusform>visa vyote (faili %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="96"/>
        <source>case “%1”</source>
        <comment>an export's scope: one case</comment>
        <translation>kisa “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="97"/>
        <source>case %1</source>
        <comment>an export's scope: one case, by id</comment>
        <translation>kisa %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="105"/>
        <source>no consent rules (a full dump, not for sharing)</source>
        <translation>hakuna kanuni za ridhaa (nakala kamili ya data, si ya kushiriki)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="37"/>
        <source>Withheld: %1.</source>
        <translation>Imezuiliwa: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="40"/>
        <source>Saved %1.</source>
        <translation>Imehifadhiwa: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Imehifadhiwa: %1 (ukurasa %Ln).</numerusform>
            <numerusform>Imehifadhiwa: %1 (kurasa %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46"/>
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Faili %Ln ya CSV imehifadhiwa katika %1.</numerusform>
            <numerusform>Faili %Ln za CSV zimehifadhiwa katika %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49"/>
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>Faili %Ln ya uchunguzi kifani imehifadhiwa katika %1.</numerusform>
            <numerusform>Faili %Ln za uchunguzi kifani zimehifadhiwa katika %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="52"/>
        <source>Cancelled before the end.</source>
        <translation>Imesitishwa kabla ya mwisho.</translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="226"/>
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation>Folda imesimbwa kwa fiche. Ufunguo huu wa kurejesha unaifungua kaulisiri ikisahaulika. Uchapishe au uuandike, na uuweke mbali na kompyuta:

%1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="236"/>
        <source>&amp;Save to a file to print…</source>
        <translation>&amp;Hifadhi kwenye faili ya kuchapisha…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="243"/>
        <source>Save the recovery key</source>
        <translation>Hifadhi ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="252"/>
        <source>Not saved</source>
        <translation>Haijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="264"/>
        <source>&amp;Encrypt this folder…</source>
        <translation>&amp;Simba folda hii kwa fiche…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="276"/>
        <source>&amp;Lock when idle</source>
        <translation>&amp;Funga isipotumika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="281"/>
        <source>After %1 minutes</source>
        <translation>Baada ya dakika %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="283"/>
        <source>Never</source>
        <translation>Kamwe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="340"/>
        <source>The folder was not encrypted</source>
        <translation>Folda haikusimbwa kwa fiche</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="129"/>
        <source>%1 is required.</source>
        <translation>Sehemu “%1” inahitajika.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="150"/>
        <source>Please fix these %1 things, then save again:</source>
        <translation>Rekebisha mambo haya %1, kisha hifadhi tena:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="166"/>
        <source>Problem with this field</source>
        <translation>Tatizo katika sehemu hii</translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="50"/>
        <source>Free-word tags (not in the codebook)</source>
        <translation>Lebo huru (nje ya kitabu cha misimbo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="52"/>
        <source>Free-word tags</source>
        <translation>Lebo huru</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="55"/>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="120"/>
        <source>Make a theme</source>
        <translation>Fanya kuwa mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="57"/>
        <source>Add the chosen word to the codebook; its records are tagged with the theme</source>
        <translation>Ongeza neno ulilochagua kwenye kitabu cha misimbo; rekodi zake zinawekewa mada hiyo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>rekodi %Ln</numerusform>
            <numerusform>rekodi %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="88"/>
        <source>“%1” tags %2; it is not a codebook theme.</source>
        <translation>“%1” inaweka lebo kwenye %2; si mada ya kitabu cha misimbo.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="98"/>
        <source>fieldkit user guide</source>
        <translation>Mwongozo wa mtumiaji wa fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="100"/>
        <source>User guide</source>
        <translation>Mwongozo wa mtumiaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="112"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation>&lt;b&gt;Faili ▸ Utafiti mpya…&lt;/b&gt; huanzisha utafiti; &lt;b&gt;Faili ▸ Kisa kipya…&lt;/b&gt; huongeza shule, mpango au eneo kwake.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="116"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation>Chagua kisa, kisha tumia menyu ya &lt;b&gt;Kisa&lt;/b&gt;: washiriki na ridhaa yao, mahojiano na uchunguzi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="120"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation>Andika au bandika nakala ya mahojiano: inahifadhiwa unapoandika. Rekodi sauti kutoka kwenye upau ulio juu ya maandishi; &lt;b&gt;Ctrl+T&lt;/b&gt; huweka alama ya muda, &lt;b&gt;F8&lt;/b&gt; hucheza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="124"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation>Chagua maneno na ubonyeze &lt;b&gt;Ctrl+K&lt;/b&gt; kuyawekea msimbo wa mada (andika jina jipya kuunda mada), buruta mada kutoka kitabu cha misimbo hadi juu yake, au bandika mada kwenye &lt;b&gt;Alt+1…9&lt;/b&gt; (bofya kulia mada ▸ Bandika kwenye Alt+N).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="128"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation>Weka lebo kwenye kumbukumbu nzima juu ya maandishi yake; andika madokezo kando ya usimbaji.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview's participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation>&lt;b&gt;Hariri ▸ Sifa…&lt;/b&gt; (Alt+Enter) hubadilisha kumbukumbu baada ya kuhifadhi, pamoja na washiriki wa mahojiano; &lt;b&gt;Futa&lt;/b&gt; huuliza kwanza na kutaja kinachoondoka pamoja nayo; &lt;b&gt;Ctrl+Z&lt;/b&gt; nje ya nakala ya mahojiano huirudisha.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="135"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation>&lt;b&gt;Mapitio ▸ Kisa na utafiti…&lt;/b&gt; hulinganisha mada katika visa; menyu ya &lt;b&gt;Hamisha&lt;/b&gt; huandika PDF za uchunguzi kifani, miradi ya REFI-QDA na CSV.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="139"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team's server; until then nothing leaves this laptop.</source>
        <translation>&lt;b&gt;Sawazisha ▸ Mipangilio…&lt;/b&gt; hukuingiza kwenye seva ya timu yako; hadi hapo hakuna kinachoondoka kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="144"/>
        <source>The research loop</source>
        <translation>Mzunguko wa utafiti</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="263"/>
        <source>Colour scale</source>
        <translation>Kipimo cha rangi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="269"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation>hafifu: kifungu 1 chenye msimbo; iliyokolea: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="16"/>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="17"/>
        <source>French</source>
        <translation>Kifaransa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="18"/>
        <source>Spanish</source>
        <translation>Kihispania</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="19"/>
        <source>Portuguese</source>
        <translation>Kireno</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="20"/>
        <source>Portuguese (Brazil)</source>
        <translation>Kireno (Brazili)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="21"/>
        <source>Swahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="22"/>
        <source>Arabic</source>
        <translation>Kiarabu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="23"/>
        <source>Hindi</source>
        <translation>Kihindi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="24"/>
        <source>Bengali</source>
        <translation>Kibengali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="25"/>
        <source>Urdu</source>
        <translation>Kiurdu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="26"/>
        <source>Amharic</source>
        <translation>Kiamhari</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="27"/>
        <source>Hausa</source>
        <translation>Kihausa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="28"/>
        <source>Yoruba</source>
        <translation>Kiyoruba</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="29"/>
        <source>Igbo</source>
        <translation>Kiigbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="30"/>
        <source>Zulu</source>
        <translation>Kizulu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="31"/>
        <source>Kinyarwanda</source>
        <translation>Kinyarwanda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="32"/>
        <source>Somali</source>
        <translation>Kisomali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="33"/>
        <source>Ganda</source>
        <translation>Kiganda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="34"/>
        <source>Wolof</source>
        <translation>Kiwolofu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="35"/>
        <source>Nepali</source>
        <translation>Kinepali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="36"/>
        <source>Tamil</source>
        <translation>Kitamili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="37"/>
        <source>Indonesian</source>
        <translation>Kiindonesia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="38"/>
        <source>Chinese</source>
        <translation>Kichina</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="22"/>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="33"/>
        <source>e.g. Kiswahili, العربية, Français</source>
        <translation>mf. Kiswahili, العربية, Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="54"/>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="63"/>
        <source>&amp;Language</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="89"/>
        <source>Language not changed</source>
        <translation>Lugha haijabadilishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="90"/>
        <source>Stop the recording first, then choose the language again.</source>
        <translation>Simamisha kurekodi kwanza, kisha chagua lugha tena.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="66"/>
        <source>Input level</source>
        <translation>Kiwango cha sauti inayoingia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="74"/>
        <source>waiting for sound…</source>
        <translation>inasubiri sauti…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="75"/>
        <source>silence</source>
        <translation>kimya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="76"/>
        <source>NO SIGNAL</source>
        <translation>HAKUNA ISHARA</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="51"/>
        <source>fieldkit — %1</source>
        <translation>fieldkit — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="55"/>
        <source>Studies, cases and records</source>
        <translation>Tafiti, visa na kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="59"/>
        <source>Record</source>
        <translation>Kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>&amp;Review</source>
        <translation>&amp;Mapitio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Case and &amp;study…</source>
        <translation>Kisa na &amp;utafiti…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="94"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sawazisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="240"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Anza na &lt;b&gt;Faili ▸ Utafiti mpya…&lt;/b&gt;, kisha ongeza visa kwa &lt;b&gt;Faili ▸ Kisa kipya…&lt;/b&gt;, na washiriki na ridhaa yao, mahojiano na uchunguzi kutoka kwenye menyu ya &lt;b&gt;Kisa&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="137"/>
        <source>&amp;Export</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Choose a case or a record on the left</source>
        <translation>Chagua kisa au kumbukumbu upande wa kushoto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="226"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Ongeza kisa kwa &lt;b&gt;Faili ▸ Kisa kipya…&lt;/b&gt;; kisha washiriki, mahojiano na uchunguzi kutoka kwenye menyu ya &lt;b&gt;Kisa&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="237"/>
        <source>This data folder holds no study yet</source>
        <translation>Folda hii ya data bado haina utafiti wowote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="246"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team's server: the studies you belong to arrive with the first sync.</source>
        <translation>Unajiunga na timu? Tumia &lt;b&gt;Sawazisha ▸ Mipangilio…&lt;/b&gt; kuingia kwenye seva ya timu yako: tafiti unazoshiriki zinafika na usawazishaji wa kwanza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Interview: %1</source>
        <translation>Mahojiano: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Observation: %1</source>
        <translation>Uchunguzi: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="293"/>
        <source>Cannot open this record</source>
        <translation>Haiwezi kufungua kumbukumbu hii</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="233"/>
        <source>all cases</source>
        <translation>visa vyote</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="236"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%1 katika %2: kifungu %Ln chenye msimbo</numerusform>
            <numerusform>%1 katika %2: vifungu %Ln vyenye msimbo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="239"/>
        <source>(with its sub-themes)</source>
        <translation>(pamoja na mada zake ndogo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="247"/>
        <source>All cases</source>
        <translation>Visa vyote</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation>Hariri dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation>Dokezo jipya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation>Kichwa cha dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Dokezo:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="31"/>
        <source>Merge theme</source>
        <translation>Unganisha mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="33"/>
        <source>Merge “%1” into:</source>
        <translation>Unganisha “%1” ndani ya:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="36"/>
        <source>Theme to merge into</source>
        <translation>Mada ya kuunganisha ndani yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="49"/>
        <source>What the merge will do</source>
        <translation>Kile ambacho kuunganisha kutafanya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="55"/>
        <source>Merge</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="72"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation>Usimbaji %1 na lebo %2 zitahamishwa kutoka “%3” kwenda “%4”, pamoja na mada zake ndogo. Kisha “%3” itaondolewa kwenye kitabu cha misimbo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="82"/>
        <source>Choose a theme.</source>
        <translation>Chagua mada.</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="98"/>
        <source>Welcome to fieldkit</source>
        <translation>Karibu fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="102"/>
        <source>What is your name? fieldkit writes it as Interviewer or Observer of the records you make and as “Prepared by” in your reports. You can change it later in Edit ▸ Preferences…</source>
        <translation>Jina lako ni nani? fieldkit huliandika kama Mhoji au Mtazamaji wa kumbukumbu unazounda na kama “Imeandaliwa na” katika ripoti zako. Unaweza kulibadilisha baadaye katika Hariri ▸ Mapendeleo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Jina lako:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Later</source>
        <translation>&amp;Baadaye</translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="181"/>
        <source>New data folder</source>
        <translation>Folda mpya ya data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="183"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation>&amp;Simba %1 kwa fiche kwa kaulisiri (inapendekezwa kwenye kompyuta mpakato)</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>New interview</source>
        <translation>Mahojiano mapya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>Edit interview</source>
        <translation>Hariri mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="72"/>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="73"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="77"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation>si lazima; mf. “Mahojiano na P-01 (2024-03-01)”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="81"/>
        <source>Interviewer</source>
        <translation>Mhoji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="83"/>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="85"/>
        <source>Participants in this interview</source>
        <translation>Washiriki katika mahojiano haya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="94"/>
        <source>No participants registered in this case yet.</source>
        <translation>Bado hakuna washiriki waliosajiliwa katika kisa hiki.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarehe:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="98"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Saa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="101"/>
        <source>I&amp;nterviewer:</source>
        <translation>M&amp;hoji:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>Ma&amp;hali:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Partic&amp;ipants:</source>
        <translation>Wash&amp;iriki:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="124"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation>Hakuna mshiriki aliyewekewa alama: uhamishaji utazuia kila nukuu ya mahojiano haya hadi mshiriki ambaye ridhaa yake imetolewa aunganishwe. Weka alama kwa walioshiriki, au bonyeza Hifadhi tena ili kuhifadhi hivi hivi.</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>New observation</source>
        <translation>Uchunguzi mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>Edit observation</source>
        <translation>Hariri uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="192"/>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="193"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>Setting</source>
        <translation>Mazingira</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>e.g. Grade 3 classroom</source>
        <translation>mf. darasa la tatu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="199"/>
        <source>Observer</source>
        <translation>Mtazamaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="201"/>
        <source>First notes</source>
        <translation>Maelezo ya kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="202"/>
        <source>What you see; you can go on in the editor.</source>
        <translation>Unachokiona; unaweza kuendelea katika kihariri.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="203"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarehe:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="204"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Saa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="205"/>
        <source>&amp;Title:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="206"/>
        <source>&amp;Setting:</source>
        <translation>Ma&amp;zingira:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="207"/>
        <source>O&amp;bserver:</source>
        <translation>M&amp;tazamaji:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="209"/>
        <source>&amp;Notes:</source>
        <translation>Ma&amp;elezo:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>Participant %1</source>
        <translation>Mshiriki %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>New participant</source>
        <translation>Mshiriki mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="48"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="58"/>
        <source>Participant code</source>
        <translation>Msimbo wa mshiriki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="52"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation>si lazima; uhamishaji unalionyesha tu pale kutajwa kwa jina kunaporuhusiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="56"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="59"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>&amp;Msimbo:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>J&amp;ukumu:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="64"/>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation>Ma&amp;elezo:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="72"/>
        <source>Consent status</source>
        <translation>Hali ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="74"/>
        <source>pending (not recorded yet)</source>
        <translation>inasubiriwa (bado haijarekodiwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="75"/>
        <source>given</source>
        <translation>imetolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="76"/>
        <source>withdrawn</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="81"/>
        <source>Consent date</source>
        <translation>Tarehe ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="86"/>
        <source>today when given and left empty</source>
        <translation>leo ikitolewa na kuachwa tupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="88"/>
        <source>Consent form</source>
        <translation>Namna ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not recorded</source>
        <translation>haijarekodiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="90"/>
        <source>verbal</source>
        <translation>kwa mdomo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="91"/>
        <source>written</source>
        <translation>kwa maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="95"/>
        <source>&amp;Audio recording</source>
        <translation>Kurekodi &amp;sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="96"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation>&amp;Nukuu halisi katika ripoti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="97"/>
        <source>A&amp;ttribution by name</source>
        <translation>Ku&amp;tajwa kwa jina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarehe:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="103"/>
        <source>&amp;Form:</source>
        <translation>&amp;Namna:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="107"/>
        <source>It allows:</source>
        <translation>Inaruhusu:</translation>
    </message>
</context>
<context>
    <name>ParticipantLabel</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="36"/>
        <source>consent pending</source>
        <translation>ridhaa inasubiri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="37"/>
        <source>consent given</source>
        <translation>ridhaa imetolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>ridhaa imeondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="49"/>
        <source>no audio</source>
        <translation>bila sauti</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="27"/>
        <source>Participants of this case</source>
        <translation>Washiriki wa kisa hiki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="36"/>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="37"/>
        <source>It allows</source>
        <translation>Inaruhusu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>pending</source>
        <translation>inasubiriwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="62"/>
        <source>given</source>
        <translation>imetolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="63"/>
        <source>withdrawn</source>
        <translation>imeondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>verbal</source>
        <translation>kwa mdomo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>written</source>
        <translation>kwa maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="75"/>
        <source>audio</source>
        <translation>sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>quotes</source>
        <translation>nukuu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="77"/>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="82"/>
        <source>nothing</source>
        <translation>hakuna</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit imefungwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>Unlock</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="56"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="57"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation>&amp;Kumbuka kwenye kompyuta hii (keyring)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="61"/>
        <source>Problem</source>
        <translation>Tatizo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="71"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation>Folda ya data %1 imesimbwa kwa fiche. Weka kaulisiri yake (au ufunguo wake wa kurejesha).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="85"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation>Kaulisiri hiyo haifungui folda hii.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="99"/>
        <source>Not remembered</source>
        <translation>Haijakumbukwa</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="70"/>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="89"/>
        <source>Choose a folder</source>
        <translation>Chagua folda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="92"/>
        <source>Save as</source>
        <translation>Hifadhi kama</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="44"/>
        <source>Cover</source>
        <translation>Jalada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="45"/>
        <source>Contents</source>
        <translation>Yaliyomo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="46"/>
        <source>Executive summary</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="47"/>
        <source>Case profile</source>
        <translation>Wasifu wa kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="48"/>
        <source>Theme profile chart</source>
        <translation>Chati ya wasifu wa mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="49"/>
        <source>Key quotes by theme</source>
        <translation>Nukuu muhimu kwa mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="50"/>
        <source>Interview and observation summaries</source>
        <translation>Muhtasari wa mahojiano na uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="51"/>
        <source>Photos</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="52"/>
        <source>Codebook appendix</source>
        <translation>Kiambatisho: kitabu cha misimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="56"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation>Ndogo (kwa barua pepe kwenye mtandao wa polepole)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="57"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation>Wastani (picha 50 zinabaki chini ya MB 5)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="58"/>
        <source>Original (as taken; large files)</source>
        <translation>Asili (kama zilivyopigwa; faili kubwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="119"/>
        <source>Export case-study PDF</source>
        <translation>Hamisha PDF ya uchunguzi kifani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>This case: %1</source>
        <translation>Kisa hiki: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>(none selected)</source>
        <translation>(hakuna kilichochaguliwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="124"/>
        <source>Every case of the study, into a folder</source>
        <translation>Kila kisa cha utafiti, ndani ya folda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="127"/>
        <source>PDF file</source>
        <translation>Faili ya PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="129"/>
        <source>Folder for the PDFs</source>
        <translation>Folda ya PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="135"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation>Toleo lisilo na majina (misimbo ya washiriki; majina ya kuficha yamebadilishwa; bila picha)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="138"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation>Baki na picha (maelezo ya picha yanafichwa; nyuso na mabango ndani yake hayafichwi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="143"/>
        <source>Your name (left out when empty)</source>
        <translation>Jina lako (linaachwa likiwa tupu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="144"/>
        <source>Prepared by</source>
        <translation>Imeandaliwa na</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="146"/>
        <source>Photo size</source>
        <translation>Ukubwa wa picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="152"/>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="159"/>
        <source>Themes to include (quotes and chart)</source>
        <translation>Mada za kujumuisha (nukuu na chati)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="161"/>
        <source>Themes to include</source>
        <translation>Mada za kujumuisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="170"/>
        <source>PDF file:</source>
        <translation>Faili ya PDF:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="172"/>
        <source>Folder:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="175"/>
        <source>Prepared by:</source>
        <translation>Imeandaliwa na:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="176"/>
        <source>Photo size:</source>
        <translation>Ukubwa wa picha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="177"/>
        <source>Report language:</source>
        <translation>Lugha ya ripoti:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="218"/>
        <source>Choose where to save.</source>
        <translation>Chagua mahali pa kuhifadhi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="222"/>
        <source>Choose at least one section.</source>
        <translation>Chagua angalau sehemu moja.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="302"/>
        <source>Exporting case studies</source>
        <translation>Inahamisha uchunguzi kifani</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="107"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="152"/>
        <source>Photos</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="109"/>
        <source>Add photos…</source>
        <translation>Ongeza picha…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="110"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="279"/>
        <source>Add photos</source>
        <translation>Ongeza picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="112"/>
        <source>Caption of the selected photo</source>
        <translation>Maelezo ya picha iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="113"/>
        <source>Photo caption</source>
        <translation>Maelezo ya picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="121"/>
        <source>&amp;Delete photo…</source>
        <translation>&amp;Futa picha…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>Photos (%1)</source>
        <translation>Picha (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>No photos</source>
        <translation>Hakuna picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="248"/>
        <source>Photos cannot be shown: %1</source>
        <translation>Picha haziwezi kuonyeshwa: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="281"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="319"/>
        <source>Adding photos</source>
        <translation>Inaongeza picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="337"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation>Faili %1 kati ya %2 zimeongezwa. Hizi hazikuongezwa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="342"/>
        <source>No photo was added:</source>
        <translation>Hakuna picha iliyoongezwa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="344"/>
        <source>Some files are not photos</source>
        <translation>Baadhi ya faili si picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="354"/>
        <source>Photos not added</source>
        <translation>Picha hazikuongezwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation>Maelezo ya picha hayakuhifadhiwa</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ Iliyotangulia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation>Inayofuata ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation>Punguza ukubwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation>Ongeza ukubwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation>Tosheleza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation>Picha — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="197"/>
        <source>This photo cannot be shown: %1</source>
        <translation>Picha hii haiwezi kuonyeshwa: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>e.g. Amina Yusuf</source>
        <translation>mf. Amina Yusuf</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>Mapendeleo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Jina lako:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Shown as Interviewer or Observer of new records and as “Prepared by” in reports.</source>
        <translation>Linaonyeshwa kama Mhoji au Mtazamaji wa kumbukumbu mpya na kama “Imeandaliwa na” katika ripoti.</translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Hifadhi nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="61"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Rejesha nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="62"/>
        <source>Export &amp;log…</source>
        <translation>&amp;Kumbukumbu ya uhamishaji…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="64"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation>&amp;Ondoa na kufuta mshiriki…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="96"/>
        <source>This folder has never been backed up: File ▸ Back up…</source>
        <translation>Folda hii haijawahi kuhifadhiwa nakala rudufu: Faili ▸ Hifadhi nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="98"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation>Nakala rudufu yako ya mwisho ina zaidi ya wiki moja: Faili ▸ Hifadhi nakala rudufu…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="111"/>
        <source>Back up this data folder</source>
        <translation>Hifadhi nakala rudufu ya folda hii ya data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="123"/>
        <source>A passphrase to encrypt the backup (leave empty for none). A forgotten passphrase cannot be recovered:</source>
        <translation>Nenosiri la kusimba nakala ya akiba (acha wazi kwa bila). Nenosiri lililosahaulika haliwezi kurejeshwa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="141"/>
        <source>Backed up to {0} ({1}), encrypted with your passphrase.</source>
        <translation>Nakala ya akiba imehifadhiwa kwenye {0} ({1}), imesimbwa kwa nenosiri lako.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="143"/>
        <source>Backed up to {0} ({1}), encrypted with this folder's key.</source>
        <translation>Nakala ya akiba imehifadhiwa kwenye {0} ({1}), imesimbwa kwa ufunguo wa folda hii.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="145"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation>Nakala rudufu imehifadhiwa kwenye {0} ({1}). Haijasimbwa kwa fiche: iweke mahali salama.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="151"/>
        <source>Back up</source>
        <translation>Hifadhi nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="153"/>
        <source>Backing up</source>
        <translation>Inahifadhi nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="159"/>
        <source>Type the backup's passphrase again:</source>
        <translation>Andika tena nenosiri la nakala ya akiba:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="164"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="171"/>
        <source>Backup passphrase</source>
        <translation>Nenosiri la nakala ya akiba</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="165"/>
        <source>The two passphrases differ. Nothing was backed up: try again.</source>
        <translation>Manenosiri mawili hayalingani. Hakuna kilichohifadhiwa: jaribu tena.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="183"/>
        <source>Restore a backup</source>
        <translation>Rejesha nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="190"/>
        <source>An empty folder for the restored data</source>
        <translation>Folda tupu kwa data iliyorejeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="197"/>
        <source>The passphrase of this backup:</source>
        <translation>Nenosiri la nakala hii ya akiba:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="208"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation>Faili {0} zimerejeshwa ndani ya {1}. Ifungue kwa: fieldkit --data-dir {1}; inachukua utambulisho mpya wa kifaa katika usawazishaji wake wa kwanza (ingia tena).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="215"/>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="217"/>
        <source>Restoring</source>
        <translation>Inarejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="271"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="343"/>
        <source>Erase</source>
        <translation>Futa kabisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="278"/>
        <source>Select the participant's case first.</source>
        <translation>Chagua kisa cha mshiriki kwanza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="290"/>
        <source>This case has no participants.</source>
        <translation>Kisa hiki hakina washiriki.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="294"/>
        <source>Withdraw and erase</source>
        <translation>Ondoa na kufuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="295"/>
        <source>Participant:</source>
        <translation>Mshiriki:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="307"/>
        <source>Withdraw and erase {0}</source>
        <translation>Ondoa na kufuta {0}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="310"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation>{0} anaondoa ridhaa. Hii inafuta, kwenye kompyuta hii, kwenye seva na kwenye kila kompyuta inayosawazisha, na haiwezi kutenduliwa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="334"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation>{0} amefutwa hapa; usawazishaji ujao utamfuta kila mahali.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="345"/>
        <source>Erasing</source>
        <translation>Inafuta</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation>&amp;Utafiti mpya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation>&amp;Kisa kipya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Hariri kisa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation>M&amp;shiriki mpya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation>Hariri m&amp;shiriki…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation>M&amp;ahojiano mapya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation>&amp;Uchunguzi mpya…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation>Ma&amp;jina ya kuficha…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation>&amp;Kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation>Chagua kisa kwanza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="251"/>
        <source>Create a study first.</source>
        <translation>Unda utafiti kwanza.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="257"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="279"/>
        <source>Cannot open this</source>
        <translation>Haiwezi kufungua hiki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269"/>
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>Jina %Ln kwenye orodha ya utafiti ya kuficha.</numerusform>
            <numerusform>Majina %Ln kwenye orodha ya utafiti ya kuficha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="258"/>
        <source>Your name (remembered for next time)</source>
        <translation>Jina lako (litakumbukwa kwa wakati ujao)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="85"/>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="175"/>
        <source>language: %1</source>
        <translation>lugha: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="174"/>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="177"/>
        <source>setting: %1</source>
        <translation>mazingira: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="284"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation>Ulichoandika mwisho bado hakijahifadhiwa: %1 Kinabaki hapa katika kihariri.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="304"/>
        <source>Not saved</source>
        <translation>Haijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="315"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation>Hakuna mada iliyobandikwa kwenye Alt+%1: bofya kulia mada katika kitabu cha misimbo ▸ Bandika kwenye Alt+N.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="349"/>
        <source>New theme</source>
        <translation>Mada mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="353"/>
        <source>Theme not created</source>
        <translation>Mada haikuundwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="358"/>
        <source>Select some words first, then choose a theme.</source>
        <translation>Chagua maneno kwanza, kisha chagua mada.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="380"/>
        <source>These words are already coded with %1.</source>
        <translation>Maneno haya tayari yana msimbo wa %1.</translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Madokezo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation>Madokezo kuhusu kumbukumbu hii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation>&amp;Ongeza dokezo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation>Futa dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Hariri dokezo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation>&amp;Futa dokezo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation>Ufute dokezo “%1”?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation>Haijafutwa</translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="61"/>
        <source>Tags:</source>
        <translation>Lebo:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="63"/>
        <source>Add a tag</source>
        <translation>Ongeza lebo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="64"/>
        <source>Add a tag…</source>
        <translation>Ongeza lebo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="145"/>
        <source>Remove the tag “%1”</source>
        <translation>Ondoa lebo “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="146"/>
        <source>Remove tag %1</source>
        <translation>Ondoa lebo %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="159"/>
        <source>Free-word tag “%1” (not a codebook theme). Click to remove it.</source>
        <translation>Lebo huru “%1” (si mada ya kitabu cha misimbo). Bofya ili kuiondoa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="163"/>
        <source>Remove free-word tag %1</source>
        <translation>Ondoa lebo huru %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="206"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation>“%1” si mada: chagua pendekezo, au liandike tena.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="228"/>
        <source>Not a theme</source>
        <translation>Si mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="231"/>
        <source>“%1” is not a theme in this study's codebook. Tag this record with it as a free word, or add it to the codebook as a new theme?</source>
        <translation>“%1” si mada katika kitabu cha misimbo cha utafiti huu. Weka lebo kwenye rekodi hii kwa neno hili huru, au liongeze kwenye kitabu cha misimbo kama mada mpya?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="235"/>
        <source>Tag as a free word</source>
        <translation>Weka lebo kama neno huru</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="236"/>
        <source>Add as a theme</source>
        <translation>Ongeza kama mada</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>Usimbaji %Ln</numerusform>
            <numerusform>Usimbaji %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingRecovery</name>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="40"/>
        <source>Unfinished recordings</source>
        <translation>Rekodi ambazo hazijakamilika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="41"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation>fieldkit haikuweza kukagua rekodi ambazo hazijakamilika: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="67"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation>Rekodi %1 zilizokatizwa mara ya mwisho zimerejeshwa na kuambatishwa kwenye mahojiano yake.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="77"/>
        <source>Recordings kept, not attached</source>
        <translation>Rekodi zimehifadhiwa, hazijaambatishwa</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation>mtu → [jina]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation>mahali → [mahali]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation>nyingine → [imefichwa]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation>baki: haibadilishwi kamwe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation>Majina ya kuficha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation>Matoleo yasiyo na majina yanabadilisha majina na maeneo haya kila mahali: vichwa, maandishi, nukuu, majina ya faili na sifa za PDF; herufi kubwa au ndogo, na au bila alama za lafudhi, kama maneno kamili. Ongeza maendelezo mengine (pia katika hati nyingine) yakitenganishwa na “;”.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation>Majina na maeneo ya kuficha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation>Jina au mahali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation>Maendelezo mengine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation>&amp;Ongeza jina au mahali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ondoa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation>orodha hii</translation>
    </message>
</context>
<context>
    <name>ReportLanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation>Lugha ya ripoti</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_export.py" line="22"/>
        <source>could not write %1</source>
        <translation>imeshindwa kuandika %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="85"/>
        <source>Case and study review</source>
        <translation>Mapitio ya kisa na utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="98"/>
        <source>Review views</source>
        <translation>Mionekano ya mapitio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="102"/>
        <source>&amp;Case:</source>
        <translation>&amp;Kisa:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="104"/>
        <source>Case</source>
        <translation>Kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="114"/>
        <source>Case profile</source>
        <translation>Wasifu wa kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="121"/>
        <source>Cases and themes</source>
        <translation>Visa na mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="137"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation>Vifungu vyenye msimbo kwa kila kisanduku (mada mzazi inahesabu mada zake ndogo):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="142"/>
        <source>Study matrix</source>
        <translation>Jedwali la utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="145"/>
        <source>Export c&amp;hart…</source>
        <translation>Hamisha &amp;chati…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="146"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation>Hifadhi chati ya wasifu wa kisa kama PNG au SVG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="147"/>
        <source>Export &amp;matrix…</source>
        <translation>Hamisha &amp;jedwali…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="148"/>
        <source>Save the study matrix as CSV</source>
        <translation>Hifadhi jedwali la utafiti kama CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="157"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation>Bofya upau au kisanduku kuorodhesha vifungu vyake vyenye msimbo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="161"/>
        <location filename="../../fieldkit/ui/review/window.py" line="288"/>
        <source>Coded passages</source>
        <translation>Vifungu vyenye msimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Quote</source>
        <translation>Nukuu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Record</source>
        <translation>Kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="173"/>
        <source>Whole quote</source>
        <translation>Nukuu nzima</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="239"/>
        <source>case</source>
        <translation>kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="241"/>
        <source>Export chart</source>
        <translation>Hamisha chati</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="242"/>
        <source>%1 - theme profile.png</source>
        <comment>a suggested file name</comment>
        <translation>%1 - wasifu wa mada.png</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="243"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Picha ya PNG (*.png);;Mchoro wa SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="248"/>
        <source>Theme profile: %1</source>
        <translation>Wasifu wa mada: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="251"/>
        <source>Cannot export the chart</source>
        <translation>Haiwezi kuhamisha chati</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>Export matrix</source>
        <translation>Hamisha jedwali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>study matrix.csv</source>
        <translation>jedwali la utafiti.csv</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>CSV table (*.csv)</source>
        <translation>Jedwali la CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="261"/>
        <source>Cannot export the matrix</source>
        <translation>Haiwezi kuhamisha jedwali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="277"/>
        <source>all cases</source>
        <translation>visa vyote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="295"/>
        <source>(the whole record is tagged)</source>
        <translation>(kumbukumbu nzima imewekewa lebo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="298"/>
        <source>(audio or detached passage)</source>
        <translation>(kifungu cha sauti au kilichotenganishwa)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307"/>
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>Kifungu %Ln chenye msimbo</numerusform>
            <numerusform>Vifungu %Ln vyenye msimbo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="308"/>
        <source>No coded passages here.</source>
        <translation>Hakuna vifungu vyenye msimbo hapa.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="19"/>
        <source>learner</source>
        <translation>mwanafunzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="20"/>
        <source>teacher</source>
        <translation>mwalimu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="21"/>
        <source>parent</source>
        <translation>mzazi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="22"/>
        <source>community member</source>
        <translation>mwanajamii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="23"/>
        <source>school leader</source>
        <translation>kiongozi wa shule</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="24"/>
        <source>official</source>
        <translation>afisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="25"/>
        <source>NGO staff</source>
        <translation>mfanyakazi wa NGO</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="26"/>
        <source>researcher</source>
        <translation>mtafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="27"/>
        <source>other</source>
        <translation>mwingine</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="65"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation>Tafuta kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation>Tafuta nakala za mahojiano, maelezo, visa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation>Maneno ya kutafuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation>Aina ya kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>All types</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation>Mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation>Uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="292"/>
        <source>Case</source>
        <translation>Kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation>Visa vyote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation>Mada zote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Free-word tag</source>
        <translation>Lebo huru</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Any tags</source>
        <translation>Lebo zozote</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="120"/>
        <source>Search status</source>
        <translation>Hali ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="127"/>
        <source>Search results</source>
        <translation>Matokeo ya utafutaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="216"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="231"/>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="248"/>
        <source>(the whole record is tagged)</source>
        <translation>(kumbukumbu nzima imewekewa lebo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="250"/>
        <source>(audio passage)</source>
        <translation>(kifungu cha sauti)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>Kifungu %Ln chenye msimbo wa “%1”</numerusform>
            <numerusform>Vifungu %Ln vyenye msimbo wa “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="263"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation>Bado hakuna kifungu chenye msimbo wa “%1” hapa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="290"/>
        <source>Interview</source>
        <translation>Mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="291"/>
        <source>Observation</source>
        <translation>Uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="293"/>
        <source>Memo</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310"/>
        <source>Nothing found.</source>
        <translation>Hakuna kilichopatikana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>Tokeo %Ln</numerusform>
            <numerusform>Matokeo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="347"/>
        <source>Open record</source>
        <translation>Fungua kumbukumbu</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/sync/server_monitor.py" line="145"/>
        <source>this computer has no network connection</source>
        <translation>kompyuta hii haina muunganisho wa mtandao</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="47"/>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Changes set aside</source>
        <translation>Mabadiliko yaliyowekwa kando</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="51"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation>Mabadiliko haya yalikuja kutoka kwenye seva lakini bado hayakuweza kutumika kwenye kompyuta hii, kwa hivyo usawazishaji uliyaweka kando na kuendelea na mengine yote. Mengi yanasubiri kumbukumbu ambayo bado haijafika; yanatumika yenyewe inapofika.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="63"/>
        <source>The server refused these changes made on this laptop. They are kept here with the server's reason, and everything else was sent. Send one again once its cause is fixed (for example after the server is updated), or discard it: the record keeps its values on this laptop.</source>
        <translation>Seva imekataa mabadiliko haya yaliyofanywa kwenye kompyuta hii. Yamehifadhiwa hapa pamoja na sababu ya seva, na mengine yote yametumwa. Tuma moja tena sababu yake ikisharekebishwa (kwa mfano baada ya seva kusasishwa), au liache: rekodi inabaki na thamani zake kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>Your changes the server refused</source>
        <translation>Mabadiliko yako ambayo seva imekataa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>The server's reason</source>
        <translation>Sababu ya seva</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="74"/>
        <source>Send again</source>
        <translation>Tuma tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="76"/>
        <source>Discard</source>
        <translation>Acha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Study</source>
        <translation>Utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Record</source>
        <translation>Kumbukumbu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Fields</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="155"/>
        <source>Not sent again</source>
        <translation>Halikutumwa tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="163"/>
        <source>Discard the refused change</source>
        <translation>Acha badiliko lililokataliwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="165"/>
        <source>Never send this change of %1? The record keeps its values on this laptop; the team will not get them.</source>
        <translation>Usitume kamwe badiliko hili la %1? Rekodi inabaki na thamani zake kwenye kompyuta hii; timu haitazipata.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="171"/>
        <source>Not discarded</source>
        <translation>Halikuachwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="58"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation>Hakuna kilichowekwa kando: kila kilichopokelewa kimetumika.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="115"/>
        <source>Cannot list the changes set aside</source>
        <translation>Haiwezi kuorodhesha mabadiliko yaliyowekwa kando</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="61"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="66"/>
        <source>Codebook</source>
        <translation>Kitabu cha misimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Transcript</source>
        <translation>Nakala ya mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <source>Code with the theme pinned to that key</source>
        <translation>Weka msimbo wa mada iliyobandikwa kwenye kitufe hicho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Leave the transcript</source>
        <translation>Toka kwenye nakala ya mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Where</source>
        <translation>Wapi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="21"/>
        <source>fieldkit — %1</source>
        <translation>fieldkit — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="22"/>
        <source>Opening your data in %1…</source>
        <translation>Inafungua data yako katika %1…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation>Inaanza</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="10"/>
        <source>{field} must not be empty</source>
        <translation>Sehemu “{field}” haipaswi kuwa tupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="11"/>
        <source>{field} is too long ({length} characters; at most {most})</source>
        <translation>Sehemu “{field}” ni ndefu mno (herufi {length}; zisizozidi {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="12"/>
        <source>{field} is required (YYYY-MM-DD)</source>
        <translation>Sehemu “{field}” inahitajika (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="13"/>
        <source>{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>{value} si tarehe sahihi kwa “{field}”; iandike kama YYYY-MM-DD, k.m. 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="16"/>
        <source>time {value} is not valid; write it as HH:MM, e.g. 09:30</source>
        <translation>Saa {value} si sahihi; iandike kama HH:MM, k.m. 09:30</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="17"/>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>Sehemu “{field}” lazima iwe mojawapo ya: {allowed} (si {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="18"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="318"/>
        <source>colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4</source>
        <translation>Rangi {value} si sahihi; iandike kama #RRGGBB, k.m. #1f77b4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="20"/>
        <source>the consent date {date} is in the future; write the day consent was given (today at the latest)</source>
        <translation>Tarehe ya ridhaa {date} iko katika siku zijazo; andika siku ridhaa ilipotolewa (leo, si baadaye)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="25"/>
        <source>participant code {code} is already used in this study (by {other})</source>
        <translation>Msimbo wa mshiriki {code} tayari unatumika katika utafiti huu (na {other})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="28"/>
        <source>language {value} is not a language fieldkit knows; choose one from the list, or write its code, e.g. en, fr, sw, hi or pt-BR</source>
        <translation>Lugha {value} si lugha ambayo fieldkit inaijua; chagua moja kutoka kwenye orodha, au andika msimbo wake, k.m. en, fr, sw, hi au pt-BR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="33"/>
        <source>the observation's description is empty</source>
        <translation>Maelezo ya uchunguzi ni tupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="35"/>
        <source>a theme name is required</source>
        <translation>Jina la mada linahitajika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="36"/>
        <source>a theme called {name} already exists in this study</source>
        <translation>Mada inayoitwa {name} tayari ipo katika utafiti huu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="38"/>
        <source>The server at {at} showed a certificate this laptop does not trust ({why}). If your team runs its own certificate authority, sign in again with its certificate (a PEM file; --ca-file in the terminal).</source>
        <translation>Seva {at} imeonyesha cheti ambacho kompyuta hii haikiamini ({why}). Ikiwa timu yako ina mamlaka yake ya vyeti, ingia tena ukitumia cheti chake (faili ya PEM; --ca-file kwenye terminal).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="44"/>
        <source>No secure connection could be made to the server at {at} ({why}). Check the address: https:// is for a server with a certificate, http:// for one without.</source>
        <translation>Muunganisho salama na seva {at} haukuweza kufanywa ({why}). Kagua anwani: https:// ni kwa seva yenye cheti, http:// kwa isiyo na cheti.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="49"/>
        <source>The server name {host} could not be found. Check the address for typing mistakes, and that this laptop is connected to the internet or your network.</source>
        <translation>Jina la seva {host} halikupatikana. Kagua anwani kama ina makosa ya uchapaji, na kwamba kompyuta hii imeunganishwa kwenye intaneti au mtandao wako.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="54"/>
        <source>The server at {at} took too long to answer. The connection may be slow or the server busy; try again later.</source>
        <translation>Seva {at} ilichukua muda mrefu mno kujibu. Huenda muunganisho ni wa polepole au seva ina shughuli nyingi; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="59"/>
        <source>The server at {at} did not answer (connection refused). Check the address and that the server is running.</source>
        <translation>Seva {at} haikujibu (muunganisho umekataliwa). Kagua anwani na kwamba seva inafanya kazi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="64"/>
        <source>The connection to the server at {at} was cut off. Try again; if it keeps happening, the network or the server is unstable.</source>
        <translation>Muunganisho na seva {at} umekatika. Jaribu tena; ukiendelea kutokea, mtandao au seva si thabiti.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="69"/>
        <source>The server at {at} cannot be reached from this network (no route). Check that this laptop is connected, then the address.</source>
        <translation>Seva {at} haifikiki kutoka mtandao huu (hakuna njia). Kagua kwamba kompyuta hii imeunganishwa, kisha anwani.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="74"/>
        <source>The server at {at} could not be reached ({why}). Check the address and that the server is running.</source>
        <translation>Seva {at} haikuweza kufikiwa ({why}). Kagua anwani na kwamba seva inafanya kazi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="79"/>
        <source> (it said: {detail})</source>
        <translation> (ilisema: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="80"/>
        <source>The server at {at} did not accept the sign-in{said}. Check your user name and password, or sign in again.</source>
        <translation>Seva {at} haikukubali kuingia{said}. Kagua jina lako la mtumiaji na nenosiri, au ingia tena.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="85"/>
        <source>The server at {at} does not allow this account to do that{said}. Ask your team lead for access.</source>
        <translation>Seva {at} hairuhusu akaunti hii kufanya hivyo{said}. Muombe kiongozi wa timu yako ruhusa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="90"/>
        <source>The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.</source>
        <translation>Anwani {at} inajibu, lakini si kama seva ya fieldkit (HTTP 404). Kagua anwani.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="94"/>
        <source>The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try again later, and tell your team lead if it lasts.</source>
        <translation>Seva {at} ilipata tatizo lake yenyewe (HTTP {status}). Hakuna kilichopotea; jaribu tena baadaye, na umjulishe kiongozi wa timu yako likiendelea.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="99"/>
        <source>The server at {at} refused the request (HTTP {status}){said}.</source>
        <translation>Seva {at} imekataa ombi (HTTP {status}){said}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="12"/>
        <source>an observation can hold photos and documents, not audio recordings</source>
        <translation>Uchunguzi unaweza kuwa na picha na hati, si rekodi za sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="16"/>
        <source>a case can hold photos and documents, not audio recordings</source>
        <translation>Kisa kinaweza kuwa na picha na hati, si rekodi za sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="17"/>
        <source>attachment kind {kind} is unknown; use photo, audio or document</source>
        <translation>Aina ya kiambatisho {kind} haijulikani; tumia photo, audio au document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="18"/>
        <source>a {record} cannot hold attachments</source>
        <translation>Kipengee cha aina {record} hakiwezi kuwa na viambatisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="19"/>
        <source>{amount} GB</source>
        <translation>GB {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="20"/>
        <source>{amount} MB</source>
        <translation>MB {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="21"/>
        <source>the photo {name} is {size}; photos up to {limit} are accepted</source>
        <translation>Picha {name} ina ukubwa wa {size}; zinakubaliwa picha zisizozidi {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="22"/>
        <source>the recording {name} is {size}; audio recordings up to {limit} are accepted</source>
        <translation>Rekodi {name} ina ukubwa wa {size}; zinakubaliwa rekodi za sauti zisizozidi {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="26"/>
        <source>the document {name} is {size}; documents up to {limit} are accepted</source>
        <translation>Hati {name} ina ukubwa wa {size}; zinakubaliwa hati zisizozidi {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="30"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="290"/>
        <source>the file {path} does not exist</source>
        <translation>Faili {path} haipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="31"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ni folda, si faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="32"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="292"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path} si faili ya kawaida</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="33"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="294"/>
        <source>fieldkit may not read {path} (permission denied)</source>
        <translation>fieldkit hairuhusiwi kusoma {path} (ruhusa imekataliwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="34"/>
        <source>the file {path} cannot be read: {reason}</source>
        <translation>Faili {path} haiwezi kusomwa: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="35"/>
        <source>an attachment needs a file name</source>
        <translation>Kiambatisho kinahitaji jina la faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="37"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="271"/>
        <source>a JPEG image</source>
        <translation>picha ya JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="270"/>
        <source>a PNG image</source>
        <translation>picha ya PNG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="272"/>
        <source>a GIF image</source>
        <translation>picha ya GIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="40"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="273"/>
        <source>a WebP image</source>
        <translation>picha ya WebP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="41"/>
        <source>a TIFF image</source>
        <translation>picha ya TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="42"/>
        <source>a BMP image</source>
        <translation>picha ya BMP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="43"/>
        <source>a HEIC/AVIF image</source>
        <translation>picha ya HEIC/AVIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="44"/>
        <source>a WAV recording</source>
        <translation>rekodi ya WAV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="45"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="282"/>
        <source>an MP3 recording</source>
        <translation>rekodi ya MP3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="46"/>
        <source>an AAC recording</source>
        <translation>rekodi ya AAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="47"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="283"/>
        <source>an Ogg recording</source>
        <translation>rekodi ya Ogg</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="48"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="284"/>
        <source>a FLAC recording</source>
        <translation>rekodi ya FLAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="49"/>
        <source>an AMR recording</source>
        <translation>rekodi ya AMR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="50"/>
        <source>an M4A recording</source>
        <translation>rekodi ya M4A</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="51"/>
        <source>a WebM recording</source>
        <translation>rekodi ya WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="52"/>
        <source>a PDF document</source>
        <translation>hati ya PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="53"/>
        <source>a Word, OpenDocument or ZIP file</source>
        <translation>faili ya Word, OpenDocument au ZIP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="54"/>
        <source>an Office file</source>
        <translation>faili ya Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="55"/>
        <source>a rich-text document</source>
        <translation>hati ya maandishi yaliyopambwa (RTF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="56"/>
        <source>fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind it is</source>
        <translation>fieldkit haiwezi kujua kama {name} ni picha, rekodi au hati; sema ni ya aina gani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="61"/>
        <source>the recording {name} is not audio (it looks like {label})</source>
        <translation>Rekodi {name} si sauti (inaonekana kuwa {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="62"/>
        <source>{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM</source>
        <translation>{name} si rekodi ambayo fieldkit inaijua; tumia WAV, MP3, M4A, Ogg/Opus, FLAC, AMR au WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="66"/>
        <source>the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG on the phone or computer and attach that</source>
        <translation>Picha {name} ni picha ya HEIC/AVIF, ambayo fieldkit bado haiwezi kuionyesha; ihamishe kama JPEG kwenye simu au kompyuta kisha uambatishe hiyo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="71"/>
        <source>the photo {name} is not an image (it looks like {label})</source>
        <translation>Picha {name} si picha (inaonekana kuwa {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="72"/>
        <source>the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), or it is damaged</source>
        <translation>Picha {name} si picha ambayo fieldkit inaweza kuisoma (JPEG, PNG, GIF, WebP, TIFF au BMP), au imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="77"/>
        <source>the photo {name} has too many pixels to open safely</source>
        <translation>Picha {name} ina pikseli nyingi mno kuweza kufunguliwa kwa usalama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="79"/>
        <source>the file {name} is empty; nothing was attached</source>
        <translation>Faili {name} ni tupu; hakuna kilichoambatishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="80"/>
        <source>{what} {where} is missing from the data folder {folder}; sync again to fetch it, or remove it and attach the file again</source>
        <translation>Faili haipo kwenye folda ya data {folder}: {what} {where}; sawazisha tena ili kuileta, au ondoa kiambatisho kisha uambatishe faili tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="85"/>
        <source>{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, or remove it and attach the file again</source>
        <translation>Faili imeharibika: {what} {where}; maudhui yake yamebadilika kwenye diski. Sawazisha tena ili kuleta nakala nzuri, au ondoa kiambatisho kisha uambatishe faili tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="90"/>
        <source>the photo {name}</source>
        <translation>picha {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="91"/>
        <source>the recording {name}</source>
        <translation>rekodi {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="92"/>
        <source>the document {name}</source>
        <translation>hati {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="93"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="293"/>
        <source>the file {name}</source>
        <translation>faili {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="94"/>
        <source>(attached to interview {id})</source>
        <translation>(kiambatisho cha mahojiano {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="95"/>
        <source>(attached to observation {id})</source>
        <translation>(kiambatisho cha uchunguzi {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="96"/>
        <source>(attached to case {id})</source>
        <translation>(kiambatisho cha kisa {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="97"/>
        <source>(attached to {record} {id})</source>
        <translation>(kiambatisho cha kipengee {record} {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="99"/>
        <source>{path} is a folder; give the backup file's name, e.g. -o fk.bak</source>
        <translation>{path} ni folda; toa jina la faili ya nakala rudufu, k.m. -o fk.bak</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="100"/>
        <source>the backup file cannot be inside the data folder it backs up</source>
        <translation>Faili ya nakala rudufu haiwezi kuwa ndani ya folda ya data inayoihifadhi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="12"/>
        <source>there is no study yet; create one with: fieldkit study create NAME</source>
        <translation>Bado hakuna utafiti; unda mmoja kwa: fieldkit study create NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="15"/>
        <source>several studies exist ({names}); choose one with --study ID</source>
        <translation>Kuna tafiti kadhaa ({names}); chagua mmoja kwa --study ID</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="17"/>
        <source>the data folder {folder} is not encrypted (fieldkit encrypt)</source>
        <translation>Folda ya data {folder} haijasimbwa kwa siri (fieldkit encrypt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="18"/>
        <source>the recovery key could not be written to {path} ({reason}); it is printed above instead: copy it now</source>
        <translation>Ufunguo wa urejeshaji haukuweza kuandikwa kwenye {path} ({reason}); badala yake umeonyeshwa hapo juu: unakili sasa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="24"/>
        <source>nothing deleted; add --yes to delete without being asked</source>
        <translation>Hakuna kilichofutwa; ongeza --yes ili kufuta bila kuulizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="26"/>
        <source>unknown section {section}; choose from {choices}</source>
        <translation>Sehemu isiyojulikana {section}; chagua kati ya {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="27"/>
        <source>--with-photos is for anonymised editions (with --anonymised)</source>
        <translation>--with-photos ni kwa matoleo yasiyo na majina (pamoja na --anonymised)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="28"/>
        <source>give the CASE_ID to export, or --all with --study</source>
        <translation>Toa CASE_ID ya kuhamisha, au --all pamoja na --study</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="29"/>
        <source>give either a CASE_ID or --all, not both</source>
        <translation>Toa CASE_ID au --all, si vyote viwili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="31"/>
        <source>the name is empty; use --clear to remove it</source>
        <translation>Jina ni tupu; tumia --clear kuliondoa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="32"/>
        <source>the name is longer than {most} characters</source>
        <translation>Jina ni refu kuliko herufi {most}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="34"/>
        <source>participant {codes} did not allow audio recording; the recording was not imported</source>
        <translation>Mshiriki {codes} hakuruhusu kurekodi sauti; rekodi haikuingizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="39"/>
        <source>give the password on standard input</source>
        <translation>Toa nenosiri kupitia ingizo la kawaida (stdin)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="41"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>Haiwezekani kuunda {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="42"/>
        <source>cannot write {path}: {reason}</source>
        <translation>Haiwezekani kuandika {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="44"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>Folda {folder} haiwezi kuundwa: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="46"/>
        <source>photo {file} ({record}) was left out: {problem}</source>
        <translation>Picha {file} ({record}) iliachwa nje: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="48"/>
        <source>unknown PDF section {section}; choose from {choices}</source>
        <translation>Sehemu ya PDF isiyojulikana {section}; chagua kati ya {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="49"/>
        <source>the number of quotes per theme cannot be negative</source>
        <translation>Idadi ya nukuu kwa kila mada haiwezi kuwa hasi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="50"/>
        <source>unknown photo size {size}; choose from {choices}</source>
        <translation>Ukubwa wa picha usiojulikana {size}; chagua kati ya {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="51"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="101"/>
        <source>the folder {folder} does not exist</source>
        <translation>Folda {folder} haipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="52"/>
        <source>the file name {name} gives away {leaks}; rename it before sending the anonymised edition</source>
        <translation>Jina la faili {name} linafichua {leaks}; libadilishe kabla ya kutuma toleo lisilo na majina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="56"/>
        <source>the PDF could not be written to {path}: {reason}</source>
        <translation>PDF haikuweza kuandikwa kwenye {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="57"/>
        <source>1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>Picha 1 iliachwa nje: matoleo yasiyo na majina hayabebi picha isipokuwa zikiombwa (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="61"/>
        <source>{count} photos were left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>Picha {count} ziliachwa nje: matoleo yasiyo na majina hayabebi picha isipokuwa zikiombwa (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="67"/>
        <source>the file is not a picture fieldkit can read ({reason})</source>
        <translation>Faili si picha ambayo fieldkit inaweza kusoma ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="69"/>
        <source>pdftotext (poppler-utils) is needed to read a PDF's text back</source>
        <translation>pdftotext (poppler-utils) inahitajika ili kusoma tena maandishi ya PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="70"/>
        <source>pdftotext could not read {path}: {reason}</source>
        <translation>pdftotext haikuweza kusoma {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="72"/>
        <source>{script} text in {place} could not be rendered: no font found</source>
        <translation>Maandishi ya {script} katika {place} hayakuweza kuonyeshwa: hakuna fonti iliyopatikana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="74"/>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} haipo au si faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="75"/>
        <source>{name} holds too many files ({count})</source>
        <translation>{name} ina faili nyingi mno ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="76"/>
        <source>{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} ni kumbukumbu ya zip lakini si mradi wa REFI-QDA: haina project.qde ndani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="80"/>
        <source>{what} in {name} is too large ({size} bytes; at most {most})</source>
        <translation>{what} ndani ya {name} ni kubwa mno (baiti {size}; zisizozidi {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="81"/>
        <source>{name} is not a REFI-QDA project: it is not a zip archive ({reason})</source>
        <translation>{name} si mradi wa REFI-QDA: si kumbukumbu ya zip ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="85"/>
        <source>{archive} contains an unsafe file name ({entry}); it was not imported</source>
        <translation>{archive} ina jina la faili lisilo salama ({entry}); haikuingizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="89"/>
        <source>{name} is encrypted; export it again without a password</source>
        <translation>{name} imesimbwa kwa siri; ihamishe tena bila nenosiri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="90"/>
        <source>{name} unpacks to more than {most} GB</source>
        <translation>{name} inafunguka kuwa zaidi ya GB {most}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="91"/>
        <source>{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} bytes); not imported</source>
        <translation>{archive} inaonekana kuwa bomu la zip ({entry} lingefunguka kutoka baiti {packed} hadi {size}); haikuingizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="96"/>
        <source>{what} in {name} is damaged ({reason})</source>
        <translation>{what} ndani ya {name} imeharibika ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="97"/>
        <source>{what} in {name} cannot be read ({reason})</source>
        <translation>{what} ndani ya {name} haiwezi kusomwa ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="98"/>
        <source>{what} in {name} is larger than the archive says; the file is damaged or unsafe</source>
        <translation>{what} ndani ya {name} ni kubwa kuliko kumbukumbu inavyosema; faili imeharibika au si salama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="103"/>
        <source>{file} was left out: REFI-QDA files hold at most 2 GB per file</source>
        <translation>{file} iliachwa nje: faili za REFI-QDA hubeba GB 2 kwa kila faili, si zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="104"/>
        <source>{file} was left out: {problem}</source>
        <translation>{file} iliachwa nje: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="106"/>
        <source>the project file gives {what} an invalid identifier ({value}); it may be damaged</source>
        <translation>Faili ya mradi inampa {what} kitambulisho batili ({value}); huenda imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="111"/>
        <source>positions in {source} were counted as {counting}, not as the standard's code points; fieldkit followed the file</source>
        <translation>Nafasi ndani ya {source} zilihesabiwa kama {counting}, si kama nukta za msimbo za kiwango; fieldkit ilifuata faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="116"/>
        <source>{count} picture region codings on {source} were not imported (fieldkit codes text and audio)</source>
        <translation>Usimbaji {count} wa maeneo ya picha kwenye {source} haukuingizwa (fieldkit huweka msimbo kwenye maandishi na sauti)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="121"/>
        <source>{source} is already in the study with a different text; its codings were not imported</source>
        <translation>{source} tayari kiko kwenye utafiti chenye maandishi tofauti; usimbaji wake haukuingizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="125"/>
        <source>a coding in {source} names a code missing from the codebook; skipped</source>
        <translation>Usimbaji mmoja ndani ya {source} unataja msimbo usiopo katika kitabu cha misimbo; umerukwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="129"/>
        <source>an audio selection on {source} runs from {start} to {end} ms, which is empty or negative; the project is inconsistent</source>
        <translation>Uteuzi wa sauti kwenye {source} unaanzia {start} hadi {end} ms, ambao ni tupu au hasi; mradi haulingani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="135"/>
        <source>the code {name} was renamed {new} (name taken)</source>
        <translation>Msimbo {name} ulipewa jina jipya {new} (jina limeshachukuliwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="136"/>
        <source>a whole-source coding names a missing code; skipped</source>
        <translation>Usimbaji wa chanzo kizima unataja msimbo usiopo; umerukwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="138"/>
        <source>{source} ({kind}) was not imported: fieldkit keeps audio, photos and text</source>
        <translation>{source} ({kind}) haikuingizwa: fieldkit huhifadhi sauti, picha na maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="143"/>
        <source>a coding on {title} was left out: its text was deleted</source>
        <translation>Usimbaji kwenye {title} uliachwa nje: maandishi yake yalifutwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="144"/>
        <source>the export was cancelled; no file was written</source>
        <translation>Uhamishaji ulisitishwa; hakuna faili iliyoandikwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="146"/>
        <source>project.qde is not well-formed XML (line {line}, column {column}); the file is damaged or was not written by a REFI-QDA program</source>
        <translation>project.qde si XML iliyoundwa vizuri (mstari {line}, safu {column}); faili imeharibika au haikuandikwa na programu ya REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="151"/>
        <source>project.qde is empty; the file is damaged</source>
        <translation>project.qde ni tupu; faili imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="152"/>
        <source>project.qde is not a REFI-QDA project (its root is &lt;{root}&gt; in namespace {namespace}, not &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>project.qde si mradi wa REFI-QDA (mzizi wake ni &lt;{root}&gt; katika nafasi ya majina {namespace}, si &lt;Project&gt; katika urn:QDA-XML:project:1.0)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="157"/>
        <source>{what} has {attribute}={value}, which is not a whole number; the file is damaged</source>
        <translation>{what} ina {attribute}={value}, ambayo si namba kamili; faili imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="161"/>
        <source>a coding in the project names no code (CodeRef missing)</source>
        <translation>Usimbaji mmoja katika mradi hautaji msimbo wowote (CodeRef haipo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="162"/>
        <source>project.qde declares a DTD or entities, which REFI-QDA does not use; it was not imported for safety</source>
        <translation>project.qde inatangaza DTD au huluki, ambazo REFI-QDA haitumii; haikuingizwa kwa sababu za usalama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="167"/>
        <source>this is a REFI-QDA codebook, not a project; import it as a codebook</source>
        <translation>Hiki ni kitabu cha misimbo cha REFI-QDA, si mradi; kiingize kama kitabu cha misimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="172"/>
        <source>this data folder has no study to export</source>
        <translation>Folda hii ya data haina utafiti wa kuhamisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="173"/>
        <source>this data folder holds {count} studies; choose the one to export (--study)</source>
        <translation>Folda hii ya data ina tafiti {count}; chagua utakaohamisha (--study)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="178"/>
        <source>the text of {what} ({path}) is not inside {name}</source>
        <translation>Maandishi ya {what} ({path}) hayamo ndani ya {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="179"/>
        <source>{what} has {length} characters; fieldkit holds at most {most} per text</source>
        <translation>{what} ina herufi {length}; fieldkit hupokea zisizozidi {most} kwa kila maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="183"/>
        <source>{source} was not imported: its file ({path}) is not inside the project file</source>
        <translation>{source} haikuingizwa: faili yake ({path}) haimo ndani ya faili ya mradi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="187"/>
        <source>a selection in {what} runs from {start} to {end}, outside its text of {length} characters; the project is inconsistent</source>
        <translation>Uteuzi ndani ya {what} unaanzia {start} hadi {end}, nje ya maandishi yake ya herufi {length}; mradi haulingani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="193"/>
        <source>{what} is not valid UTF-16 text</source>
        <translation>{what} si maandishi halali ya UTF-16</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="194"/>
        <source>{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text sources must be UTF-8</source>
        <translation>{what} si maandishi ya UTF-8 (baiti mbaya katika nafasi {position}); vyanzo vya maandishi vya REFI-QDA lazima viwe UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="200"/>
        <source>reports are not available in {language}; they ship in {shipped}</source>
        <translation>Ripoti hazipatikani kwa {language}; zinapatikana kwa {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="102"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>Haiwezekani kuandika nakala rudufu {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="103"/>
        <source>there is no backup file {path}; nothing was restored</source>
        <translation>Hakuna faili ya nakala rudufu {path}; hakuna kilichorejeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="104"/>
        <source>the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed</source>
        <translation>Folda ya data {folder} si tupu; rejesha kwenye folda mpya (fieldkit --data-dir FOLDA-MPYA restore FAILI): hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="109"/>
        <source>cannot restore into {folder}: {reason}</source>
        <translation>Haiwezekani kurejesha ndani ya {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="110"/>
        <source>the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it</source>
        <translation>Nakala rudufu {path} imesimbwa ({encryption}); toleo hili la fieldkit haliwezi kuifungua</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="114"/>
        <source>the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</source>
        <translation>Nakala rudufu {path} imesimbwa kwa nenosiri; liweke kwenye ingizo la kawaida (fieldkit --data-dir MPYA --passphrase-stdin restore FAILI)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="119"/>
        <source>the backup {path} is damaged (its header)</source>
        <translation>Nakala rudufu {path} imeharibika (kichwa chake)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="120"/>
        <source>wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase cannot be recovered)</source>
        <translation>Nenosiri si sahihi kwa nakala rudufu {path}: hakuna kilichorejeshwa (nenosiri lililosahaulika haliwezi kurejeshwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="125"/>
        <source>the backup {path}</source>
        <translation>nakala rudufu {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="126"/>
        <source>cannot read the database {path} for the backup: {reason}</source>
        <translation>Haiwezekani kusoma hifadhidata {path} kwa ajili ya nakala rudufu: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="127"/>
        <source>{path} is not a fieldkit backup file</source>
        <translation>{path} si faili ya nakala rudufu ya fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="128"/>
        <source>the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to restore it</source>
        <translation>Nakala rudufu {path} ilitengenezwa na fieldkit mpya zaidi (muundo {format}); sasisha fieldkit ili kuirejesha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="133"/>
        <source>the backup {path} holds an unexpected entry</source>
        <translation>Nakala rudufu {path} ina kipengee kisichotarajiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="134"/>
        <source>the backup {path} is damaged</source>
        <translation>Nakala rudufu {path} imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="135"/>
        <source>the backup {path} is damaged or incomplete ({reason}); nothing was restored</source>
        <translation>Nakala rudufu {path} imeharibika au haijakamilika ({reason}); hakuna kilichorejeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="139"/>
        <source>the backup {path} holds no database; nothing was restored</source>
        <translation>Nakala rudufu {path} haina hifadhidata; hakuna kilichorejeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="140"/>
        <source>the backup {path} holds a damaged database ({reason})</source>
        <translation>Nakala rudufu {path} ina hifadhidata iliyoharibika ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="142"/>
        <source>{amount} bytes</source>
        <translation>baiti {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="143"/>
        <source>{amount} KB</source>
        <translation>KB {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="144"/>
        <source>the attachment file {file}… is missing from {folder}; sync again or re-import it</source>
        <translation>Faili ya kiambatisho {file}… haipo kwenye {folder}; sawazisha tena au iingize upya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="148"/>
        <source>the file {file}…</source>
        <translation>faili {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="149"/>
        <source>not a SHA-256 hash: {value}</source>
        <translation>Si hashi ya SHA-256: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="150"/>
        <source>fieldkit may not read {path}</source>
        <translation>fieldkit hairuhusiwi kusoma {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="151"/>
        <source>the attachment file {file}… is damaged (its contents changed on disk); sync again or re-import it</source>
        <translation>Faili ya kiambatisho {file}… imeharibika (maudhui yake yamebadilika kwenye diski); sawazisha tena au iingize upya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="156"/>
        <source>the attachment file {file}… is missing</source>
        <translation>Faili ya kiambatisho {file}… haipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="157"/>
        <source>the attachment file {file}… is damaged</source>
        <translation>Faili ya kiambatisho {file}… imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="158"/>
        <source>not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps {reserve} free so edits can still be saved); nothing was stored</source>
        <translation>Hakuna nafasi ya kutosha kwa faili ya {size}: {free} ziko wazi kwenye {folder} (fieldkit huacha {reserve} wazi ili mabadiliko bado yaweze kuhifadhiwa); hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="163"/>
        <source>{name} could not be read to the end ({reason}); nothing was stored — copy it to this computer and try again</source>
        <translation>{name} haikuweza kusomwa hadi mwisho ({reason}); hakuna kilichohifadhiwa — inakili kwenye kompyuta hii kisha ujaribu tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="168"/>
        <source>the attachment file {file}… cannot be read: {reason}</source>
        <translation>Faili ya kiambatisho {file}… haiwezi kusomwa: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="169"/>
        <source>the disk holding {folder} is full; nothing was stored</source>
        <translation>Diski yenye {folder} imejaa; hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="170"/>
        <source>fieldkit may not write in {folder} ({reason})</source>
        <translation>fieldkit hairuhusiwi kuandika ndani ya {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="171"/>
        <source>could not store the file in {folder}: {reason}</source>
        <translation>Haikuwezekana kuhifadhi faili ndani ya {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="12"/>
        <source>research records are never erased; they are marked deleted so the deletion can sync</source>
        <translation>Rekodi za utafiti hazifutwi kamwe; zinawekwa alama ya kufutwa ili ufutaji uweze kusawazishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="17"/>
        <source>the default codebook is not available in {language}; it ships in {shipped}</source>
        <translation>Kitabu cha misimbo cha msingi hakipatikani kwa {language}; kinapatikana kwa {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="22"/>
        <source>a {record} has no text to code</source>
        <translation>Kipengee cha aina {record} hakina maandishi ya kuweka msimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="23"/>
        <source>the case {title} has no text of its own to code; tag it instead, or code one of its interviews or observations</source>
        <translation>Kisa {title} hakina maandishi yake chenyewe ya kuweka msimbo; kiwekee lebo badala yake, au weka msimbo kwenye mojawapo ya mahojiano au uchunguzi wake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="28"/>
        <source>start and end must be whole numbers of milliseconds (not {value})</source>
        <translation>Mwanzo na mwisho lazima viwe namba kamili za milisekunde (si {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="32"/>
        <source>start and end must be whole numbers (not {value})</source>
        <translation>Mwanzo na mwisho lazima viwe namba kamili (si {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="33"/>
        <source>the theme {name} is archived; restore it before using it</source>
        <translation>Mada {name} imehifadhiwa kando; irejeshe kabla ya kuitumia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="34"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="299"/>
        <source>the span {start}–{end} lies outside the text, which has {length} characters</source>
        <translation>Kifungu {start}–{end} kiko nje ya maandishi, ambayo yana herufi {length}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="303"/>
        <source>the span {start}–{end} is empty; end must be greater than start</source>
        <translation>Kifungu {start}–{end} ni tupu; mwisho lazima uwe mkubwa kuliko mwanzo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="304"/>
        <source>the span covers only white space</source>
        <translation>Kifungu kina nafasi tupu tu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="40"/>
        <source>this span is already coded with {theme}</source>
        <translation>Kifungu hiki tayari kimewekewa msimbo wa {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="41"/>
        <source>{name} is not an audio recording</source>
        <translation>{name} si rekodi ya sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="42"/>
        <source>the span {start}–{end} ms is empty or negative</source>
        <translation>Kifungu {start}–{end} ms ni tupu au hasi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="43"/>
        <source>the span ends at {end} ms but the recording lasts {length} ms</source>
        <translation>Kifungu kinaishia {end} ms lakini rekodi inachukua ms {length}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="44"/>
        <source>this part of the recording is already coded with {theme}</source>
        <translation>Sehemu hii ya rekodi tayari imewekewa msimbo wa {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="46"/>
        <source>no conflict with id {id}</source>
        <translation>Hakuna mgongano wenye kitambulisho {id}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="47"/>
        <source>this conflict was already resolved</source>
        <translation>Mgongano huu tayari umetatuliwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="48"/>
        <source>choose keep, take_losing or custom, not {choice}</source>
        <translation>Chagua keep, take_losing au custom, si {choice}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="49"/>
        <source>the {record} of this conflict no longer exists</source>
        <translation>Kipengee ({record}) cha mgongano huu hakipo tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="173"/>
        <source>the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin …, or unlock it in the app)</source>
        <translation>Folda ya data {folder} imesimbwa; toa nenosiri lake (fieldkit --passphrase-stdin …, au ifungue kwenye programu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="178"/>
        <source>the data folder {folder} is not encrypted</source>
        <translation>Folda ya data {folder} haijasimbwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="179"/>
        <source>cannot create the database in {folder}: {reason}</source>
        <translation>Haiwezekani kuunda hifadhidata ndani ya {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="180"/>
        <source>the data folder {folder} is a file, not a folder; choose another folder with --data-dir</source>
        <translation>Folda ya data {folder} ni faili, si folda; chagua folda nyingine kwa --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="184"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>Haiwezekani kuunda folda ya data {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="185"/>
        <source>the data folder {folder} is read-only; fieldkit needs to write there (choose another folder with --data-dir or fix its permissions)</source>
        <translation>Folda ya data {folder} ni ya kusoma tu; fieldkit inahitaji kuandika humo (chagua folda nyingine kwa --data-dir au rekebisha ruhusa zake)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="190"/>
        <source>the database in {folder} is read-only: {reason}</source>
        <translation>Hifadhidata iliyo ndani ya {folder} ni ya kusoma tu: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="191"/>
        <source>the disk holding {folder} is full; free some space — nothing was saved from the change that failed, everything before it is safe</source>
        <translation>Diski yenye {folder} imejaa; futa vitu ili kupata nafasi — hakuna kilichohifadhiwa kutoka kwa badiliko lililoshindwa, kila kitu kabla yake kiko salama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="196"/>
        <source>the database in {folder} is busy in another program; try again in a moment</source>
        <translation>Hifadhidata iliyo ndani ya {folder} inatumiwa na programu nyingine; jaribu tena baada ya muda mfupi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="200"/>
        <source>the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a backup, or choose another data folder with --data-dir</source>
        <translation>Faili {file} iliyo ndani ya {folder} si hifadhidata ya fieldkit au imeharibika; irejeshe kutoka nakala rudufu, au chagua folda nyingine ya data kwa --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="205"/>
        <source>the database in {folder} is damaged ({reason}); restore it from a backup</source>
        <translation>Hifadhidata iliyo ndani ya {folder} imeharibika ({reason}); irejeshe kutoka nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="209"/>
        <source>the database in {folder} could not be used: {reason}</source>
        <translation>Hifadhidata iliyo ndani ya {folder} haikuweza kutumika: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="211"/>
        <source>the data folder {folder} is encrypted already</source>
        <translation>Folda ya data {folder} tayari imesimbwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="212"/>
        <source>{count} recording(s) in {folder} are not finished; open the app once so they are attached, then encrypt the folder</source>
        <translation>Rekodi {count} ndani ya {folder} hazijakamilika; fungua programu mara moja ili ziambatishwe, kisha usimbe folda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="217"/>
        <source>the encrypted copy of the database failed its check ({check})</source>
        <translation>Nakala iliyosimbwa ya hifadhidata imeshindwa ukaguzi wake ({check})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="219"/>
        <source>the passphrase is too short: use at least {least} characters (a few words you will remember are best)</source>
        <translation>Nenosiri ni fupi mno: tumia angalau herufi {least} (maneno machache utakayoyakumbuka ni bora zaidi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="224"/>
        <source>{folder} is already encrypted (it has {file})</source>
        <translation>{folder} tayari imesimbwa (ina {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="225"/>
        <source>the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or use the recovery key. Nothing was changed</source>
        <translation>Nenosiri halifungui folda ya data {folder}; likague (herufi kubwa, nafasi) au tumia ufunguo wa kurejesha. Hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="230"/>
        <source>{folder} is not encrypted (it has no {file})</source>
        <translation>{folder} haijasimbwa (haina {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="231"/>
        <source>the key file {path} cannot be read ({reason}); without it the folder cannot be opened: put back the copy from a backup</source>
        <translation>Faili ya ufunguo {path} haiwezi kusomwa ({reason}); bila hiyo folda haiwezi kufunguliwa: rudisha nakala kutoka nakala rudufu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="236"/>
        <source>the key file {path} is not a fieldkit key file (or a newer one)</source>
        <translation>Faili ya ufunguo {path} si faili ya ufunguo ya fieldkit (au ni ya toleo jipya zaidi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="238"/>
        <source>the passphrase cannot be remembered: the 'keyring' package is not installed; give the passphrase each time</source>
        <translation>Nenosiri haliwezi kukumbukwa: kifurushi cha 'keyring' hakijasakinishwa; toa nenosiri kila mara</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="243"/>
        <source>the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time</source>
        <translation>Nenosiri haliwezi kukumbukwa: kompyuta hii haina keyring (kama GNOME Keyring, KWallet, macOS Keychain au Windows Credential Manager); toa nenosiri kila mara</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="248"/>
        <source>the keyring refused to keep the key: {reason}</source>
        <translation>Keyring imekataa kuhifadhi ufunguo: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="250"/>
        <source>the file</source>
        <translation>faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="251"/>
        <source>{name} is not an encrypted fieldkit file</source>
        <translation>{name} si faili iliyosimbwa na fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="252"/>
        <source>{name} is cut short (damaged)</source>
        <translation>Faili imekatika (imeharibika): {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="253"/>
        <source>{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)</source>
        <translation>Faili imeharibika au imekatika: {name} (kipande {chunk} kati ya {chunks} hakifunguki)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="258"/>
        <source>{what} was expected on the first line of standard input</source>
        <translation>Kilitarajiwa kwenye mstari wa kwanza wa ingizo la kawaida: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="259"/>
        <source>the data folder {folder} is encrypted; give its passphrase on standard input with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)</source>
        <translation>Folda ya data {folder} imesimbwa; toa nenosiri lake kwenye ingizo la kawaida kwa --passphrase-stdin (k.m. fieldkit --data-dir FOLDA --passphrase-stdin search radio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="55"/>
        <source>an id is required</source>
        <translation>Kitambulisho kinahitajika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="56"/>
        <source>the {kind} “{label}” is not deleted</source>
        <translation>Kipengee “{label}” ({kind}) hakijafutwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="57"/>
        <source>the {kind} “{label}” was deleted</source>
        <translation>Kipengee “{label}” ({kind}) kimefutwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="58"/>
        <source>nothing deleted has an id starting with {ref}</source>
        <translation>Hakuna kipengee kilichofutwa chenye kitambulisho kinachoanza na {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="59"/>
        <source>nothing has an id starting with {ref}</source>
        <translation>Hakuna kipengee chenye kitambulisho kinachoanza na {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="60"/>
        <source>the id {ref} matches several deleted rows; give more of it</source>
        <translation>Kitambulisho {ref} kinalingana na vipengee kadhaa vilivyofutwa; andika sehemu ndefu zaidi yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="61"/>
        <source>the id {ref} matches several rows; give more of it</source>
        <translation>Kitambulisho {ref} kinalingana na vipengee kadhaa; andika sehemu ndefu zaidi yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="62"/>
        <source>nothing deleted has the id {ref} (give at least {least} characters)</source>
        <translation>Hakuna kipengee kilichofutwa chenye kitambulisho {ref} (andika angalau herufi {least})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="66"/>
        <source>nothing has the id {ref} (give at least {least} characters)</source>
        <translation>Hakuna kipengee chenye kitambulisho {ref} (andika angalau herufi {least})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="67"/>
        <source>{kind} “{label}” is already deleted</source>
        <translation>Kipengee “{label}” ({kind}) kimeshafutwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="68"/>
        <source>{kind} “{label}” is not deleted</source>
        <translation>Kipengee “{label}” ({kind}) hakijafutwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="69"/>
        <source>the theme “{name}” codes or tags material ({counts}); delete it together with them (--with-codings), or merge it into another theme to keep them (fieldkit theme merge)</source>
        <translation>Mada “{name}” ina usimbaji au lebo kwenye maudhui ({counts}); ifute pamoja nayo (--with-codings), au iunganishe na mada nyingine ili kuyabakiza (fieldkit theme merge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="74"/>
        <source>{n} coding</source>
        <translation>usimbaji {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="75"/>
        <source>{n} codings</source>
        <translation>usimbaji {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="76"/>
        <source>{n} tag</source>
        <translation>lebo {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="77"/>
        <source>{n} tags</source>
        <translation>lebo {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="78"/>
        <source>{codings}, {tags}</source>
        <translation>{codings}, {tags}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="79"/>
        <source>its study “{label}” is deleted; restore that first</source>
        <translation>Utafiti wake “{label}” umefutwa; urejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="80"/>
        <source>its case “{label}” is deleted; restore that first</source>
        <translation>Kisa chake “{label}” kimefutwa; kirejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="81"/>
        <source>the interview “{label}” it belongs to is deleted; restore that first</source>
        <translation>Mahojiano “{label}” inayohusika nayo yamefutwa; yarejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="85"/>
        <source>the observation “{label}” it belongs to is deleted; restore that first</source>
        <translation>Uchunguzi “{label}” unaohusika nao umefutwa; urejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="89"/>
        <source>the case “{label}” it belongs to is deleted; restore that first</source>
        <translation>Kisa “{label}” kinachohusika nacho kimefutwa; kirejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="90"/>
        <source>the theme “{label}” it belongs to is deleted; restore that first</source>
        <translation>Mada “{label}” inayohusika nayo imefutwa; irejeshe kwanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="95"/>
        <source>a coding needs some words to mark</source>
        <translation>Usimbaji unahitaji maneno fulani ya kuweka alama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="96"/>
        <source>the coded words “{words}” are no longer in the text</source>
        <translation>Maneno yenye msimbo “{words}” hayapo tena kwenye maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="98"/>
        <source>several themes are called {name}; use the theme's id</source>
        <translation>Mada kadhaa zinaitwa {name}; tumia kitambulisho cha mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="100"/>
        <source>clock values out of range: {wall}, {counter}</source>
        <translation>Thamani za saa ziko nje ya kiwango: {wall}, {counter}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="101"/>
        <source>not a clock stamp: {text}</source>
        <translation>Si muhuri wa saa: {text}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="102"/>
        <source>not a device id (16 lowercase hex digits): {device}</source>
        <translation>Si kitambulisho cha kifaa (tarakimu 16 za heksadesimali kwa herufi ndogo): {device}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="103"/>
        <source>a stamp from device {device} is {seconds} s ahead of this clock</source>
        <translation>Muhuri kutoka kifaa {device} uko mbele ya saa hii kwa sekunde {seconds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="105"/>
        <source>study</source>
        <translation>utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="106"/>
        <source>case</source>
        <translation>kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="107"/>
        <source>participant</source>
        <translation>mshiriki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="108"/>
        <source>interview</source>
        <translation>mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="109"/>
        <source>observation</source>
        <translation>uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="110"/>
        <source>theme</source>
        <translation>mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="111"/>
        <source>attachment</source>
        <translation>kiambatisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="112"/>
        <source>coding</source>
        <translation>usimbaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="113"/>
        <source>tag</source>
        <translation>lebo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="114"/>
        <source>free-word tag</source>
        <translation>lebo huru</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="115"/>
        <source>memo</source>
        <translation>dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="116"/>
        <source>photo</source>
        <translation>picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="117"/>
        <source>recording</source>
        <translation>rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="118"/>
        <source>file</source>
        <translation>faili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="119"/>
        <source>interview or observation</source>
        <translation>mahojiano au uchunguzi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="120"/>
        <source>interview or observation or case</source>
        <translation>mahojiano, uchunguzi au kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="122"/>
        <source>the study “{name}” is shared through your team's server; it cannot be deleted from one laptop (delete its cases or records instead, or ask the server's administrator to retire it)</source>
        <translation>Utafiti “{name}” unashirikiwa kupitia seva ya timu yako; hauwezi kufutwa kutoka kompyuta moja (badala yake futa visa au rekodi zake, au mwombe msimamizi wa seva auondoe)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="128"/>
        <source>the study “{name}” is shared through your team's server; only its lead can rename it or change its description</source>
        <translation>Utafiti “{name}” unashirikiwa kupitia seva ya timu yako; ni kiongozi wake pekee anayeweza kuubadilisha jina au maelezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="133"/>
        <source>only the study's lead can erase a participant's material: the erasure reaches every laptop and cannot be undone. Their consent is recorded as withdrawn, so exports already leave them out; ask your team lead to erase</source>
        <translation>Ni kiongozi wa utafiti pekee anayeweza kufuta maudhui ya mshiriki: ufutaji huo unafika kila kompyuta na hauwezi kutenduliwa. Ridhaa yake imerekodiwa kuwa imeondolewa, kwa hiyo uhamishaji tayari unamwacha nje; mwombe kiongozi wa timu yako afute</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="140"/>
        <source>an {kind} id is required</source>
        <translation>Kitambulisho cha {kind} kinahitajika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="141"/>
        <source>a {kind} id is required</source>
        <translation>Kitambulisho cha {kind} kinahitajika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="142"/>
        <source>no {kind} with id {ref} (give at least {least} characters)</source>
        <translation>Hakuna {kind} kwa kitambulisho {ref} (andika angalau herufi {least})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="143"/>
        <source>no {kind} with id {ref}</source>
        <translation>Hakuna {kind} kwa kitambulisho {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="144"/>
        <source>more than one {kind} has an id starting with {ref}; give more of it</source>
        <translation>Zaidi ya kipengee kimoja ({kind}) kina kitambulisho kinachoanza na {ref}; andika sehemu ndefu zaidi yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="148"/>
        <source>the id {ref} matches several records; give more of it</source>
        <translation>Kitambulisho {ref} kinalingana na rekodi kadhaa; andika sehemu ndefu zaidi yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="150"/>
        <source>the memo is empty; write something or cancel</source>
        <translation>Dokezo ni tupu; andika kitu au ghairi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="152"/>
        <source>this data folder has no device id; open it with Store.open</source>
        <translation>Folda hii ya data haina kitambulisho cha kifaa; ifungue kwa Store.open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="153"/>
        <source>the change log names a {table} row {row} that does not exist; the data folder is damaged</source>
        <translation>Kumbukumbu ya mabadiliko inataja safu {table} {row} ambayo haipo; folda ya data imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="265"/>
        <source>a picture needs at least one pixel</source>
        <translation>Picha inahitaji angalau pikseli moja</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="266"/>
        <source>the photo {name} has too many pixels to show</source>
        <translation>Picha {name} ina pikseli nyingi mno kuweza kuonyeshwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="267"/>
        <source>the photo {name} is missing from the data folder</source>
        <translation>Picha {name} haipo kwenye folda ya data</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="268"/>
        <source>the photo {name} cannot be shown: it is damaged</source>
        <translation>Picha {name} haiwezi kuonyeshwa: imeharibika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="51"/>
        <source>consent was withdrawn</source>
        <translation>ridhaa imeondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="52"/>
        <source>consent is not recorded yet (pending)</source>
        <translation>ridhaa bado haijarekodiwa (inasubiriwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="53"/>
        <source>consent does not allow audio recording</source>
        <translation>ridhaa hairuhusu kurekodi sauti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="158"/>
        <source>nothing to change: give at least one field</source>
        <translation>Hakuna cha kubadilisha: toa angalau sehemu moja</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="159"/>
        <source>nothing</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="160"/>
        <source>the {field} of an {kind} cannot be changed here (it can: {can})</source>
        <translation>Sehemu “{field}” ya {kind} haiwezi kubadilishwa hapa (zinazoweza: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="161"/>
        <source>the {field} of a {kind} cannot be changed here (it can: {can})</source>
        <translation>Sehemu “{field}” ya {kind} haiwezi kubadilishwa hapa (zinazoweza: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="162"/>
        <source>an empty participant code was given</source>
        <translation>Msimbo wa mshiriki uliotolewa ni tupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="163"/>
        <source>no participant with the code or id {ref} in this study</source>
        <translation>Hakuna mshiriki mwenye msimbo au kitambulisho {ref} katika utafiti huu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="164"/>
        <source>participant {code} belongs to another study</source>
        <translation>Mshiriki {code} ni wa utafiti mwingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="166"/>
        <source>start the recording</source>
        <translation>kuanza kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="167"/>
        <source>this recording is finished; start a new one</source>
        <translation>Rekodi hii imekwisha; anza nyingine mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="168"/>
        <source>save the recording</source>
        <translation>kuhifadhi rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="169"/>
        <source>the recording is still being written to disk; it will be recovered at the next start if fieldkit is closed now</source>
        <translation>Rekodi bado inaandikwa kwenye diski; itarejeshwa fieldkit itakapoanzishwa tena ikifungwa sasa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="174"/>
        <source>the recording could not be saved: {why}</source>
        <translation>Rekodi haikuweza kuhifadhiwa: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="175"/>
        <source>finish the recording</source>
        <translation>kumaliza rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="176"/>
        <source>Recovered after fieldkit was interrupted</source>
        <translation>Imerejeshwa baada ya fieldkit kukatizwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="177"/>
        <source>Recorded in fieldkit</source>
        <translation>Imerekodiwa katika fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="179"/>
        <source>its journal.json is missing</source>
        <translation>Faili lake la journal.json halipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="180"/>
        <source>journal.json cannot be read: {why}</source>
        <translation>journal.json haisomeki: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="181"/>
        <source>journal.json does not hold a recording's details</source>
        <translation>journal.json haina maelezo ya rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="182"/>
        <source>journal.json does not name the interview or the recording's state</source>
        <translation>journal.json haitaji mahojiano wala hali ya rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="186"/>
        <source>journal.json does not say the recording's audio format</source>
        <translation>journal.json haisemi muundo wa sauti wa rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="187"/>
        <source>another fieldkit is already writing {folder}</source>
        <translation>fieldkit nyingine tayari inaandika {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="188"/>
        <source>the disk is full, so fieldkit could not {doing}; what was recorded until now is kept in {folder}</source>
        <translation>Diski imejaa, kwa hiyo fieldkit haikuweza {doing}; kilichorekodiwa hadi sasa kimehifadhiwa katika {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="193"/>
        <source>fieldkit may not write in {folder}, so it could not {doing}</source>
        <translation>fieldkit hairuhusiwi kuandika katika {folder}, kwa hiyo haikuweza {doing}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="194"/>
        <source>fieldkit could not {doing} in {folder}: {why}</source>
        <translation>fieldkit haikuweza {doing} katika {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="196"/>
        <source>A recording ({length}) was recovered and attached to its interview.</source>
        <translation>Rekodi ({length}) imerejeshwa na kuambatishwa kwenye mahojiano yake.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="200"/>
        <source>A recording started {start} ({length}) was recovered and attached to its interview.</source>
        <translation>Rekodi iliyoanza {start} ({length}) imerejeshwa na kuambatishwa kwenye mahojiano yake.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="204"/>
        <source>A recording had captured no sound; nothing was attached.</source>
        <translation>Rekodi moja haikunasa sauti yoyote; hakuna kilichoambatishwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="205"/>
        <source>A recording started {start} had captured no sound; nothing was attached.</source>
        <translation>Rekodi iliyoanza {start} haikunasa sauti yoyote; hakuna kilichoambatishwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="209"/>
        <source>the recording in {folder} is still being written</source>
        <translation>Rekodi iliyo katika {folder} bado inaandikwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="210"/>
        <source>{error} The recording stays in {folder}; fieldkit tries again at the next start.</source>
        <translation>{error} Rekodi inabaki katika {folder}; fieldkit itajaribu tena itakapoanzishwa wakati ujao.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="214"/>
        <source>A recording ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Rekodi ({length}) ni ya mahojiano yaliyofutwa, kwa hiyo haikuambatishwa. Imehifadhiwa kama {file}; inakili mahali salama au iambatishe kwenye mahojiano mengine (Ongeza rekodi… kwenye kicheza sauti cha mahojiano).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="220"/>
        <source>A recording started {start} ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Rekodi iliyoanza {start} ({length}) ni ya mahojiano yaliyofutwa, kwa hiyo haikuambatishwa. Imehifadhiwa kama {file}; inakili mahali salama au iambatishe kwenye mahojiano mengine (Ongeza rekodi… kwenye kicheza sauti cha mahojiano).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="226"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). The sound is kept as {file}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>Rekodi haikuweza kuambatishwa kwa sababu kumbukumbu yake (journal) imeharibika ({reason}). Sauti imehifadhiwa kama {file}; iambatishe kwenye mahojiano yake kwa Ongeza rekodi… kwenye kicheza sauti cha mahojiano.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="232"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). Its files are kept in {folder}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>Rekodi haikuweza kuambatishwa kwa sababu kumbukumbu yake (journal) imeharibika ({reason}). Faili zake zimehifadhiwa katika {folder}; iambatishe kwenye mahojiano yake kwa Ongeza rekodi… kwenye kicheza sauti cha mahojiano.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="238"/>
        <source>attached to the interview {title}</source>
        <translation>imeambatishwa kwenye mahojiano {title}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="239"/>
        <source>Recording {start}.wav</source>
        <translation>Rekodi {start}.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="240"/>
        <source>Recording unknown time.wav</source>
        <translation>Rekodi saa isiyojulikana.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="242"/>
        <source>{field} is changed with set_text, which keeps codings in place</source>
        <translation>Sehemu “{field}” hubadilishwa kwa set_text, inayoweka usimbaji mahali pake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="243"/>
        <source>the {field} of an {kind} cannot be changed here</source>
        <translation>Sehemu “{field}” ya {kind} haiwezi kubadilishwa hapa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="244"/>
        <source>the {field} of a {kind} cannot be changed here</source>
        <translation>Sehemu “{field}” ya {kind} haiwezi kubadilishwa hapa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="245"/>
        <source>Interview with {codes} ({date})</source>
        <translation>Mahojiano na {codes} ({date})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="246"/>
        <source>Interview {date}</source>
        <translation>Mahojiano ya {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="247"/>
        <source>Observation {date}</source>
        <translation>Uchunguzi wa {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="249"/>
        <source>{term} is too short to redact: it would replace ordinary words</source>
        <translation>{term} ni fupi mno kufichwa: lingebadilisha maneno ya kawaida</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="250"/>
        <source>{term} is listed twice; list it once with its spellings</source>
        <translation>{term} limeorodheshwa mara mbili; liorodheshe mara moja pamoja na maendelezo yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="251"/>
        <source>unknown kind {kind}; choose from {kinds}</source>
        <translation>Aina isiyojulikana {kind}; chagua kati ya {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="252"/>
        <source>{term} is not on the study's list of names to redact (names of participants and case places are always redacted)</source>
        <translation>{term} halipo kwenye orodha ya majina ya kuficha ya utafiti (majina ya washiriki na mahali pa visa hufichwa kila mara)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="258"/>
        <source>a change to {table} {row} arrived before the record itself</source>
        <translation>Badiliko la {table} {row} lilifika kabla ya rekodi yenyewe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="259"/>
        <source>a change to {table} {row} is declared for study {study} but the record belongs to study {owner}</source>
        <translation>Badiliko la {table} {row} limetangazwa kwa utafiti {study} lakini rekodi ni ya utafiti {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="264"/>
        <source>a {table} from another replica refers to {target} {value}, which this replica does not have yet</source>
        <translation>Kipengee {table} kutoka nakala nyingine kinarejelea {target} {value}, ambacho nakala hii bado haina</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="269"/>
        <source>a change names an unknown kind of record: {table}</source>
        <translation>Badiliko linataja aina ya rekodi isiyojulikana: {table}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="270"/>
        <source>a change has an unknown operation: {op}</source>
        <translation>Badiliko lina operesheni isiyojulikana: {op}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="271"/>
        <source>a change to {table} {row} belongs to study {study}, not to the study being synced ({synced})</source>
        <translation>Badiliko la {table} {row} ni la utafiti {study}, si la utafiti unaosawazishwa ({synced})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="276"/>
        <source>a change to {table} names unknown fields: {fields}</source>
        <translation>Badiliko la {table} linataja sehemu zisizojulikana: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="277"/>
        <source>a change to {table} {row} has mismatched bases</source>
        <translation>Badiliko la {table} {row} lina misingi isiyolingana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="278"/>
        <source>a new {table} row arrived without fields: {fields}</source>
        <translation>Safu mpya ya {table} ilifika bila sehemu: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="279"/>
        <source>a change to {table} {row} is declared for study {study} but its row belongs to study {owner}</source>
        <translation>Badiliko la {table} {row} limetangazwa kwa utafiti {study} lakini safu yake ni ya utafiti {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="285"/>
        <source>a change from the server is not an object</source>
        <translation>Badiliko kutoka seva si kitu (object)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="286"/>
        <source>a change from the server lacks {keys}</source>
        <translation>Badiliko kutoka seva linakosa {keys}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="287"/>
        <source>a change from the server has a bad {key}</source>
        <translation>Badiliko kutoka seva lina {key} mbovu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="288"/>
        <source>a change from the server has bad values or bases</source>
        <translation>Badiliko kutoka seva lina thamani au misingi mibovu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="289"/>
        <source>a change from the server has a bad base stamp</source>
        <translation>Badiliko kutoka seva lina muhuri wa msingi mbovu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="290"/>
        <source>{field} has a value of the wrong kind: {value}</source>
        <translation>Sehemu “{field}” ina thamani ya aina isiyo sahihi: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="292"/>
        <source>the number of results must be a whole number, 0 or more</source>
        <translation>Idadi ya matokeo lazima iwe namba kamili, 0 au zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="293"/>
        <source>the results offset must be a whole number, 0 or more</source>
        <translation>Mruko wa matokeo lazima uwe namba kamili, 0 au zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="294"/>
        <source>cannot search records of type {types}; choose from {allowed}</source>
        <translation>Haiwezekani kutafuta rekodi za aina {types}; chagua kati ya {allowed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="296"/>
        <source>this coding marks a stretch of audio, not of text</source>
        <translation>Usimbaji huu unaweka alama kwenye kipande cha sauti, si maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="297"/>
        <source>this span is already coded with the same theme</source>
        <translation>Kifungu hiki tayari kina msimbo wa mada hiyo hiyo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="298"/>
        <source>start and end must be whole numbers</source>
        <translation>Mwanzo na mwisho lazima ziwe namba kamili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="274"/>
        <source>a PDF document; save it as plain text (.txt) first</source>
        <translation>hati ya PDF; ihifadhi kwanza kama maandishi matupu (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="275"/>
        <source>a Word (.docx), OpenDocument or ZIP file; save it as plain text first</source>
        <translation>faili la Word (.docx), OpenDocument au ZIP; lihifadhi kwanza kama maandishi matupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="279"/>
        <source>an old Word (.doc) file; save it as plain text</source>
        <translation>faili la zamani la Word (.doc); lihifadhi kama maandishi matupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="280"/>
        <source>a rich-text (.rtf) file; save it as plain text (.txt) first</source>
        <translation>faili la maandishi yaliyoumbizwa (.rtf); lihifadhi kwanza kama maandishi matupu (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="281"/>
        <source>an audio or video file</source>
        <translation>faili la sauti au video</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="285"/>
        <source>a WebM or Matroska file</source>
        <translation>faili la WebM au Matroska</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="286"/>
        <source>an MP4, M4A or HEIC file</source>
        <translation>faili la MP4, M4A au HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="287"/>
        <source>a gzip-compressed file</source>
        <translation>faili lililobanwa kwa gzip</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="288"/>
        <source>an SQLite database</source>
        <translation>hifadhidata ya SQLite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="289"/>
        <source>a program</source>
        <translation>programu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="291"/>
        <source>{path} is a folder, not a text file</source>
        <translation>{path} ni folda, si faili la maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="295"/>
        <source>the file {path} cannot be read: {why}</source>
        <translation>Faili {path} haliwezi kusomwa: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="296"/>
        <source>the text</source>
        <translation>maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="297"/>
        <source>the file is empty</source>
        <translation>faili ni tupu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="298"/>
        <source>the file {name} is {size}; text files up to {most} are accepted (split it into parts)</source>
        <translation>Faili {name} lina ukubwa wa {size}; faili za maandishi hadi {most} ndizo zinakubaliwa (ligawe katika sehemu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="302"/>
        <source>a byte-order mark (BOM) was removed</source>
        <translation>alama ya mpangilio wa baiti (BOM) iliondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="303"/>
        <source>the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 (check accented letters and quotes)</source>
        <translation>faili linachanganya UTF-8 na herufi chache za Windows-1252; zote zilibadilishwa kuwa UTF-8 (kagua herufi zenye alama na alama za nukuu)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="308"/>
        <source>the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8</source>
        <translation>faili lilikuwa katika usimbaji wa Latin-1 (ISO-8859-1) na likabadilishwa kuwa UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="312"/>
        <source>the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8</source>
        <translation>faili lilikuwa katika usimbaji wa Windows-1252 (Latin-1) na likabadilishwa kuwa UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="316"/>
        <source>the file was in {encoding} encoding and was converted to UTF-8</source>
        <translation>faili lilikuwa katika usimbaji wa {encoding} na likabadilishwa kuwa UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="317"/>
        <source>{count} invalid byte sequence(s) in the {encoding} text were replaced by �</source>
        <translation>mfuatano wa baiti batili uliobadilishwa kwa � katika maandishi ya {encoding}: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="321"/>
        <source>{source} looks like a binary file, not text (it looks like {what})</source>
        <translation>{source} inaonekana kuwa faili la binari, si maandishi (inaonekana kuwa {what})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="325"/>
        <source>{source} looks like a binary file, not text; choose a plain-text (.txt) transcript</source>
        <translation>{source} inaonekana kuwa faili la binari, si maandishi; chagua nakala ya mahojiano ya maandishi matupu (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="329"/>
        <source>Windows line ends (CRLF) were converted</source>
        <translation>miisho ya mistari ya Windows (CRLF) ilibadilishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="330"/>
        <source>old Mac line ends (CR alone) were converted</source>
        <translation>miisho ya mistari ya Mac za zamani (CR pekee) ilibadilishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="331"/>
        <source>accented letters were stored in their composed form (Unicode NFC)</source>
        <translation>herufi zenye alama zilihifadhiwa katika umbo lake lililounganishwa (Unicode NFC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="335"/>
        <source>{count} NUL character(s) (invisible zero bytes) were removed</source>
        <translation>herufi za NUL (baiti sufuri zisizoonekana) zilizoondolewa: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="306"/>
        <source>no theme called {name} in this study (see `fieldkit theme list`)</source>
        <translation>Hakuna mada inayoitwa {name} katika utafiti huu (tazama `fieldkit theme list`)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="310"/>
        <source>no theme called {name} in this study</source>
        <translation>Hakuna mada inayoitwa {name} katika utafiti huu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="311"/>
        <source>a theme can only move under a theme of the same study</source>
        <translation>Mada inaweza kuhamishwa tu chini ya mada ya utafiti ule ule</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="312"/>
        <source>{name} cannot move under itself</source>
        <translation>{name} haiwezi kuhamishwa chini yake yenyewe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="313"/>
        <source>{name} cannot move under {parent}, which is inside it</source>
        <translation>{name} haiwezi kuhamishwa chini ya {parent}, iliyo ndani yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="314"/>
        <source>a theme cannot be merged into itself</source>
        <translation>Mada haiwezi kuunganishwa na yenyewe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="315"/>
        <source>themes of different studies cannot be merged</source>
        <translation>Mada za tafiti tofauti haziwezi kuunganishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="316"/>
        <source>{name} cannot merge into its own sub-theme {target}</source>
        <translation>{name} haiwezi kuunganishwa na mada ndogo yake yenyewe {target}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="337"/>
        <source>subtitle cues became lines with their start times as [mm:ss] marks</source>
        <translation>vipande vya manukuu vimekuwa mistari yenye nyakati zake za kuanza kama alama za [mm:ss]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="341"/>
        <source>{source} holds no subtitle cues (lines like “00:00:16,000 --&gt; 00:00:20,000”); is it really an .srt or .vtt file?</source>
        <translation>{source} haina vipande vya manukuu (mistari kama “00:00:16,000 --&gt; 00:00:20,000”); je, kweli ni faili la .srt au .vtt?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="346"/>
        <source>the subtitles</source>
        <translation>manukuu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="347"/>
        <source>the Word file {name} is too large to be a transcript</source>
        <translation>Faili la Word {name} ni kubwa mno kuwa nakala ya mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="348"/>
        <source>{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in a word processor and save it as .docx or plain text (.txt)</source>
        <translation>{name} si hati ya Word ambayo fieldkit inaweza kusoma (.doc ya zamani, au imeharibika); ifungue katika programu ya kuchakata maneno na uihifadhi kama .docx au maandishi matupu (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="353"/>
        <source>read from a Word document</source>
        <translation>imesomwa kutoka hati ya Word</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="320"/>
        <source>a sample rate of {rate} Hz is not supported</source>
        <translation>Kiwango cha sampuli cha Hz {rate} hakitumiki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="321"/>
        <source>{count} channels are not supported</source>
        <translation>Idadi ya chaneli haitumiki: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="322"/>
        <source>{bits}-bit samples are not supported</source>
        <translation>Sampuli za biti {bits} hazitumiki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="323"/>
        <source>the recording is longer than one WAV file can hold (4 GB); its segments are kept in {folder}</source>
        <translation>Rekodi ni ndefu kuliko faili moja la WAV linavyoweza kubeba (GB 4); vipande vyake vimehifadhiwa katika {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="12"/>
        <source>the server address must start with http:// or https://, e.g. http://server:8765 (not {given})</source>
        <translation>Anwani ya seva lazima ianze na http:// au https://, kwa mfano http://server:8765 (si {given})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="17"/>
        <source>give your user name on the server</source>
        <translation>Toa jina lako la mtumiaji kwenye seva</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="18"/>
        <source>give your password (it is used to sign in, never stored)</source>
        <translation>Toa nenosiri lako (linatumika kuingia tu, halihifadhiwi kamwe)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="19"/>
        <source>--ca-file is for an https:// server address</source>
        <translation>--ca-file ni kwa anwani ya seva ya https://</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="20"/>
        <source>{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's certificate, not its key</source>
        <translation>{path} haina cheti cha PEM (-----BEGIN CERTIFICATE-----); toa cheti cha mamlaka ya vyeti, si ufunguo wake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="25"/>
        <source>cannot read the certificate authority file {path}: {reason}</source>
        <translation>Haiwezekani kusoma faili ya mamlaka ya vyeti {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="26"/>
        <source>cannot remove the sign-in file: {reason}</source>
        <translation>Haiwezekani kuondoa faili ya kuingia: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="28"/>
        <source>the server's sign-in reply has no token</source>
        <translation>Jibu la seva kuhusu kuingia halina tokeni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="29"/>
        <source>the server's list of studies is malformed</source>
        <translation>Orodha ya tafiti kutoka kwa seva ina kasoro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="31"/>
        <source>refused change {id} is still being set aside; sync once more, then discard it</source>
        <translation>badiliko lililokataliwa {id} bado linawekwa kando; sawazisha mara moja zaidi, kisha liache</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="35"/>
        <source>no refused change {id} on this laptop (fieldkit sync problems lists them)</source>
        <translation>hakuna badiliko lililokataliwa {id} kwenye kompyuta hii (fieldkit sync problems huyaorodhesha)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="38"/>
        <source>held back after an earlier change of this record was refused by the server; that change was sent again or discarded meanwhile: send this one again or discard it too</source>
        <translation>Limezuiliwa baada ya seva kukataa badiliko la awali la rekodi hii; badiliko hilo limetumwa tena au kutupwa tangu hapo: tuma hili tena au ulitupe pia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="46"/>
        <source>that id already belongs to a record of another study on this server</source>
        <translation>Kitambulisho hicho tayari ni cha rekodi ya utafiti mwingine kwenye seva hii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="50"/>
        <source>the server has never received that record, so no laptop could apply the edit</source>
        <translation>Seva haijawahi kupokea rekodi hiyo, kwa hivyo hakuna kompyuta inayoweza kutumia badiliko hilo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="54"/>
        <source>that record belongs to another study</source>
        <translation>Rekodi hiyo ni ya utafiti mwingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="55"/>
        <source>only a lead of study {study} can change the study itself (its name or settings); ask your team lead</source>
        <translation>Ni kiongozi wa utafiti {study} pekee anayeweza kubadilisha utafiti wenyewe (jina lake au mipangilio yake); muulize kiongozi wa timu yako</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="60"/>
        <source>a pushed change is not an object</source>
        <translation>Badiliko lililotumwa si kitu (object)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="61"/>
        <source>a pushed change lacks {key}</source>
        <translation>Badiliko lililotumwa halina {key}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="62"/>
        <source>a pushed change has a bad {key}</source>
        <translation>Badiliko lililotumwa lina {key} mbaya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="63"/>
        <source>a pushed change lacks values</source>
        <translation>Badiliko lililotumwa halina thamani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="64"/>
        <source>a pushed change lacks bases</source>
        <translation>Badiliko lililotumwa halina misingi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="65"/>
        <source>a pushed change has bad values or bases</source>
        <translation>Badiliko lililotumwa lina thamani au misingi mibaya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="66"/>
        <source>a record id has 1 to {most} characters</source>
        <translation>Kitambulisho cha rekodi kina herufi 1 hadi {most}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="67"/>
        <source>a change names an unknown kind of record: {entity}</source>
        <translation>Badiliko linataja aina ya rekodi isiyojulikana: {entity}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="68"/>
        <source>a change to {entity} {row_id} belongs to study {other}, not {study}</source>
        <translation>Badiliko la {entity} {row_id} ni la utafiti {other}, si {study}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="72"/>
        <source>a pushed change has a bad base stamp</source>
        <translation>Badiliko lililotumwa lina muhuri wa msingi mbaya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="73"/>
        <source>not a clock stamp: {stamp}</source>
        <translation>Si muhuri wa saa: {stamp}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="74"/>
        <source>a change has mismatched bases</source>
        <translation>Badiliko lina misingi isiyolingana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="75"/>
        <source>it is stamped by device {other}, not by the device that sends it ({device}): a laptop sends only its own changes</source>
        <translation>Limegongwa muhuri na kifaa {other}, si kifaa kinacholituma ({device}): kompyuta hutuma mabadiliko yake tu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="80"/>
        <source>a change to {entity} names unknown fields: {fields}</source>
        <translation>Badiliko la {entity} linataja sehemu zisizojulikana: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="81"/>
        <source>a new {entity} row lacks fields: {fields}</source>
        <translation>Safu mpya ya {entity} haina sehemu: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="82"/>
        <source>a change to {entity} {row_id} is for another study</source>
        <translation>Badiliko la {entity} {row_id} ni la utafiti mwingine</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="84"/>
        <source>too large for this server (limit {mb} MB)</source>
        <translation>Kubwa mno kwa seva hii (kikomo {mb} MB)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="85"/>
        <source>too large for this server</source>
        <translation>Kubwa mno kwa seva hii</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="87"/>
        <source>this data folder was restored from a backup or copied from another laptop and needs a device identity of its own; sync it with fieldkit sync or the app</source>
        <translation>Folda hii ya data ilirejeshwa kutoka nakala rudufu au ilinakiliwa kutoka kompyuta nyingine na inahitaji utambulisho wake wa kifaa; isawazishe kwa fieldkit sync au programu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="92"/>
        <source>the server's sync reply is malformed</source>
        <translation>Jibu la usawazishaji kutoka kwa seva lina kasoro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="93"/>
        <source>sync is not making progress; stopped (please report this)</source>
        <translation>Usawazishaji hauendelei; umesimamishwa (tafadhali ripoti hili)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="94"/>
        <source>{problem}; it did not help: set the laptop's date and time</source>
        <translation>{problem}; haikusaidia: weka tarehe na saa ya kompyuta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="95"/>
        <source>the server answered for study {study}, which was not asked</source>
        <translation>Seva ilijibu kwa utafiti {study}, ambao haukuombwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="96"/>
        <source>the server did not move the pull cursor; sync stopped</source>
        <translation>Seva haikusogeza kiashiria cha kupokea; usawazishaji umesimama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="97"/>
        <source>changes from the server for study {study} cannot be applied: {problem}</source>
        <translation>Mabadiliko kutoka kwa seva kwa utafiti {study} hayawezi kutumika: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="102"/>
        <source>this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times of its changes and sends them again (if this keeps happening, set the laptop's date and time)</source>
        <translation>Saa ya kompyuta hii iko mbele ya ya seva kwa {ahead}; fieldkit inasahihisha nyakati za mabadiliko yake na kuyatuma tena (hili likiendelea kutokea, weka tarehe na saa ya kompyuta)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="109"/>
        <source>cannot save the sign-in token in {path}: {reason}</source>
        <translation>Haiwezekani kuhifadhi tokeni ya kuingia kwenye {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="110"/>
        <source>this data folder is not signed in to a server; run: fieldkit login --server URL --user NAME</source>
        <translation>Folda hii ya data haijaingia kwenye seva yoyote; endesha: fieldkit login --server URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="115"/>
        <source>the sign-in file {path} is damaged; run fieldkit login again</source>
        <translation>Faili ya kuingia {path} imeharibika; endesha fieldkit login tena</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="117"/>
        <source>the server refused every new device id; try again later</source>
        <translation>Seva ilikataa kila kitambulisho kipya cha kifaa; jaribu tena baadaye</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="118"/>
        <source>the server's reply to a new device identity has no token</source>
        <translation>Jibu la seva kuhusu utambulisho mpya wa kifaa halina tokeni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="120"/>
        <source>the upload of file {file}… keeps ending on the server; try later</source>
        <translation>Upakiaji wa faili {file}… unaendelea kukatizwa kwenye seva; jaribu baadaye</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="123"/>
        <source>the server sent a reply fieldkit cannot read</source>
        <translation>Seva ilituma jibu ambalo fieldkit haiwezi kusoma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="124"/>
        <source>the server's reply for file {file}… does not match its range</source>
        <translation>Jibu la seva kwa faili {file}… halilingani na masafa yake</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="125"/>
        <source>not enough free space to fetch a {size} file ({free} free in {folder})</source>
        <translation>Hakuna nafasi ya kutosha kupakua faili ya {size} ({free} zimebaki katika {folder})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="129"/>
        <source>file {file}… arrived damaged (its SHA-256 does not match); it will be fetched again at the next sync</source>
        <translation>Faili {file}… ilifika ikiwa imeharibika (SHA-256 yake hailingani); itapakuliwa tena katika usawazishaji ujao</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="134"/>
        <source>the server refused file {file}… (HTTP {status}): {detail}</source>
        <translation>Seva ilikataa faili {file}… (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="135"/>
        <source>the server's reply for file {file}… has no usable range</source>
        <translation>Jibu la seva kwa faili {file}… halina masafa yanayotumika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="136"/>
        <source>the server refused the range for file {file}…</source>
        <translation>Seva ilikataa masafa ya faili {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="137"/>
        <source>cannot send file {file}… of study {study}: {problem}</source>
        <translation>Haiwezekani kutuma faili {file}… ya utafiti {study}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="138"/>
        <source>the server refused a file request (HTTP {status}): {detail}</source>
        <translation>Seva ilikataa ombi la faili (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="139"/>
        <source>file {file}… not sent: {problem}</source>
        <translation>Faili {file}… haikutumwa: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="140"/>
        <source>files of study {study} not fetched: {problem}</source>
        <translation>Faili za utafiti {study} hazikupakuliwa: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="141"/>
        <source>the server sent the wrong part of file {file}…</source>
        <translation>Seva ilituma sehemu isiyo sahihi ya faili {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="142"/>
        <source>the upload of file {file}… is not progressing</source>
        <translation>Upakiaji wa faili {file}… hauendelei</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="143"/>
        <source>file {file}… cannot be fetched (range refused)</source>
        <translation>Faili {file}… haiwezi kupakuliwa (masafa yamekataliwa)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="145"/>
        <source>{at} answered, but it does not look like a fieldkit server</source>
        <translation>{at} ilijibu, lakini haionekani kuwa seva ya fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="146"/>
        <source>{at} sent a health reply fieldkit cannot read</source>
        <translation>{at} ilituma jibu la hali ambalo fieldkit haiwezi kusoma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="148"/>
        <source>the server answered HTTP {status}</source>
        <translation>Seva ilijibu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="149"/>
        <source>{host} is not on this laptop's network, and http:// would send your sign-in and your data unencrypted across the internet; use the server's https:// address (or, knowingly, sign in again with --allow-insecure-http)</source>
        <translation>{host} haiko kwenye mtandao wa kompyuta hii, na http:// ingetuma taarifa zako za kuingia na data yako bila usimbaji fiche kupitia intaneti; tumia anwani ya https:// ya seva (au, ukijua hatari yake, ingia tena kwa --allow-insecure-http)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="155"/>
        <source>the certificate authority file is not a PEM certificate fieldkit can use ({reason})</source>
        <translation>Faili ya mamlaka ya vyeti si cheti cha PEM ambacho fieldkit inaweza kutumia ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="159"/>
        <source>the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on</source>
        <translation>Muunganisho na seva {at} ulikatika katikati ya jibu ({why}); sawazisha tena ili kuendelea</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="104"/>
        <source>case title</source>
        <translation>kichwa cha kisa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="105"/>
        <source>study name</source>
        <translation>jina la utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="106"/>
        <source>title</source>
        <translation>kichwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="107"/>
        <source>participant code</source>
        <translation>msimbo wa mshiriki</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="108"/>
        <source>role</source>
        <translation>jukumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="109"/>
        <source>date</source>
        <translation>tarehe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="110"/>
        <source>consent date</source>
        <translation>tarehe ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="111"/>
        <source>consent status</source>
        <translation>hali ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="112"/>
        <source>consent form</source>
        <translation>fomu ya ridhaa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="113"/>
        <source>language</source>
        <translation>lugha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="114"/>
        <source>description</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="115"/>
        <source>summary</source>
        <translation>muhtasari</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="116"/>
        <source>memo</source>
        <translation>dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="117"/>
        <source>memo title</source>
        <translation>kichwa cha dokezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="118"/>
        <source>theme name</source>
        <translation>jina la mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="119"/>
        <source>transcript</source>
        <translation>nakala ya mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="120"/>
        <source>interviewer</source>
        <translation>mhoji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="121"/>
        <source>observer</source>
        <translation>mtazamaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="122"/>
        <source>place</source>
        <translation>mahali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="123"/>
        <source>country</source>
        <translation>nchi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="124"/>
        <source>region</source>
        <translation>mkoa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="125"/>
        <source>locality</source>
        <translation>eneo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="126"/>
        <source>setting</source>
        <translation>mazingira</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="127"/>
        <source>notes</source>
        <translation>maelezo ya ziada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="128"/>
        <source>caption</source>
        <translation>maelezo ya picha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="129"/>
        <source>status</source>
        <translation>hali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="329"/>
        <source>name to redact</source>
        <translation>jina la kuficha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="330"/>
        <source>other spelling</source>
        <translation>maendelezo mengine</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation>Utafiti mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation>Hariri utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="42"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="47"/>
        <source>Study name</source>
        <translation>Jina la utafiti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation>mf. Majaribio ya kambi za kusoma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>Ma&amp;elezo:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation>Sawazisha &amp;sasa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Mipangilio…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="105"/>
        <source>&amp;Conflicts…</source>
        <translation>Mi&amp;gongano…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="237"/>
        <source>Sync status unavailable</source>
        <translation>Hali ya usawazishaji haipatikani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="342"/>
        <source>Synced: sent %1, received %2, %3</source>
        <translation>Imesawazishwa: %1 zimetumwa, %2 zimepokelewa, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="343"/>
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>mgongano mpya %Ln</numerusform>
            <numerusform>migongano mipya %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · badiliko %Ln limewekwa kando</numerusform>
            <numerusform> · mabadiliko %Ln yamewekwa kando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350"/>
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · badiliko lako %Ln limekataliwa na seva</numerusform>
            <numerusform> · mabadiliko yako %Ln yamekataliwa na seva</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="352"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation> · kiokoa data: faili zinasubiri muunganisho usio na kikomo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="368"/>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="378"/>
        <source>Erased words removed</source>
        <translation>Maneno yaliyofutwa yameondolewa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="372"/>
        <source>Some of your edits held words of a participant who withdrew consent and whose material was erased on every laptop. Those words were removed; the rest of your edits was kept.</source>
        <translation>Baadhi ya mabadiliko yako yalikuwa na maneno ya mshiriki aliyeondoa ridhaa yake na ambaye nyenzo zake zilifutwa kwenye kila kompyuta. Maneno hayo yameondolewa; mabadiliko yako mengine yamehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="387"/>
        <source>Sync cancelled</source>
        <translation>Usawazishaji umeghairiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="399"/>
        <source>Sync did not finish</source>
        <translation>Usawazishaji haukukamilika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="411"/>
        <source>The server no longer accepts this laptop's sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation>Seva haikubali tena kuingia kwa kompyuta hii: ingia tena (Sawazisha → Mipangilio). Hakuna kinachosubiri kusawazishwa kilichopotea.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="471"/>
        <source>Cannot save the sync settings</source>
        <translation>Haiwezi kuhifadhi mipangilio ya usawazishaji</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="52"/>
        <source>Sync settings</source>
        <translation>Mipangilio ya usawazishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="56"/>
        <source>Server address</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="58"/>
        <source>User name</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="61"/>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="62"/>
        <source>used to sign in, never stored</source>
        <translation>linatumika kuingia, halihifadhiwi kamwe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="65"/>
        <source>Certificate authority file</source>
        <translation>Faili ya mamlaka ya vyeti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="67"/>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="241"/>
        <source>kept from the last sign-in</source>
        <translation>imehifadhiwa tangu kuingia kwa mwisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="69"/>
        <source>only for a server with your team's own certificate (PEM file)</source>
        <translation>kwa seva yenye cheti cha timu yako pekee (faili ya PEM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="74"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation>Ruhusu http:// isiyosimbwa kwa fiche kwenda seva nje ya mtandao huu (haishauriwi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="77"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="83"/>
        <source>Connection security</source>
        <translation>Usalama wa muunganisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="87"/>
        <source>Account status</source>
        <translation>Hali ya akaunti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="88"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation>Sawazisha &amp;kiotomatiki seva inapofikika</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="91"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation>Kiokoa &amp;data: tuma maandishi kwanza, picha na sauti tu kwenye muunganisho usio na kikomo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="99"/>
        <source>Team server and account</source>
        <translation>Seva ya timu na akaunti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="102"/>
        <source>Connection:</source>
        <translation>Muunganisho:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>&amp;Jina la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="108"/>
        <source>Certificate a&amp;uthority:</source>
        <translation>&amp;Mamlaka ya vyeti:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="118"/>
        <source>When to sync</source>
        <translation>Wakati wa kusawazisha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="144"/>
        <source>Not signed in. This laptop's work stays here until you sign in.</source>
        <translation>Hujaingia. Kazi ya kompyuta hii inabaki hapa hadi utakapoingia.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="147"/>
        <source>Signed in as %1 on %2.</source>
        <translation>Umeingia kama %1 kwenye %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="163"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation>🔒 Imesimbwa kwa fiche (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="165"/>
        <source>, checked against your team's own certificate authority</source>
        <translation>, imethibitishwa kwa mamlaka ya vyeti ya timu yako</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="169"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation>⚠ Haijasimbwa kwa fiche (http://), imeruhusiwa wakati wa kuingia: taarifa zako za kuingia na data zinasafiri zikisomeka na yeyote njiani. Omba anwani ya https://.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="175"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation>Haijasimbwa kwa fiche (http://): inakubaliwa tu kwa seva kwenye kompyuta hii au mtandao wake wa ndani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="222"/>
        <source>Signing in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="228"/>
        <source>Your team's certificate authority</source>
        <translation>Mamlaka ya vyeti ya timu yako</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="230"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Vyeti (*.pem *.crt *.cer);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="247"/>
        <source>Sign-in failed: %1</source>
        <translation>Kuingia kumeshindikana: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="248"/>
        <source>Cannot sign in</source>
        <translation>Haiwezi kuingia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="259"/>
        <source>Signing out…</source>
        <translation>Inatoka…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="268"/>
        <source>The server could not be told; ask your team lead to revoke this laptop's sign-in if it is lost.</source>
        <translation>Seva haikuweza kujulishwa; mwombe kiongozi wa timu yako abatilishe kuingia kwa kompyuta hii ikipotea.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="277"/>
        <source>Cannot sign out</source>
        <translation>Haiwezi kutoka</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="38"/>
        <source>Connection indicator</source>
        <translation>Kiashiria cha muunganisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="40"/>
        <source>Connection</source>
        <translation>Muunganisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="46"/>
        <source>Sync progress</source>
        <translation>Maendeleo ya usawazishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="49"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="50"/>
        <source>Cancel the sync</source>
        <translation>Ghairi usawazishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="53"/>
        <source>Changes not yet synced</source>
        <translation>Mabadiliko ambayo bado hayajasawazishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="55"/>
        <source>Last sync</source>
        <translation>Usawazishaji wa mwisho</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="58"/>
        <source>Sync conflicts</source>
        <translation>Migongano ya usawazishaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="59"/>
        <source>Open the conflicts view</source>
        <translation>Fungua mwonekano wa migongano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="63"/>
        <source>Changes set aside</source>
        <translation>Mabadiliko yaliyowekwa kando</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="65"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation>Mabadiliko kutoka kwenye seva ambayo kompyuta hii bado haijaweza kutumia: bofya kuyaona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="89"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>Badiliko %Ln halijasawazishwa bado</numerusform>
            <numerusform>Mabadiliko %Ln hayajasawazishwa bado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="93"/>
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>Badiliko %Ln katika tafiti ambazo wewe ni msomaji linabaki kwenye kompyuta hii</numerusform>
            <numerusform>Mabadiliko %Ln katika tafiti ambazo wewe ni msomaji yanabaki kwenye kompyuta hii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="102"/>
        <source>Not signed in — nothing is sent</source>
        <translation>Hujaingia — hakuna kinachotumwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="105"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation>Kila kitu kinabaki kwenye kompyuta hii. Ili kushiriki na timu, ingia kupitia Sawazisha ▸ Mipangilio…; ulichofanya kwa sasa kitatumwa wakati huo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="113"/>
        <source>Offline · not signed in</source>
        <translation>Nje ya mtandao · hujaingia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="114"/>
        <source>Checking the server…</source>
        <translation>Inakagua seva…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="115"/>
        <source>Online</source>
        <translation>Mtandaoni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="116"/>
        <source>Offline</source>
        <translation>Nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="117"/>
        <source>Syncing…</source>
        <translation>Inasawazisha…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="118"/>
        <source>Sync failed</source>
        <translation>Usawazishaji umeshindikana</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="119"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation>Ingia tena (Sawazisha → Mipangilio)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="150"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ Mgongano %Ln</numerusform>
            <numerusform>⚠ Migongano %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="155"/>
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ Badiliko %Ln limewekwa kando</numerusform>
            <numerusform>⚠ Mabadiliko %Ln yamewekwa kando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="87"/>
        <source>Nothing waiting to sync</source>
        <translation>Hakuna kinachosubiri kusawazishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="141"/>
        <source>Never synced</source>
        <translation>Haijawahi kusawazishwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="145"/>
        <source>Last sync %1</source>
        <translation>Usawazishaji wa mwisho %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="148"/>
        <source>No conflicts</source>
        <translation>Hakuna migongano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="169"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation>zimetumwa %1 · zimepokelewa %2 · kB %3</translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="181"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation>Jambo ambalo fieldkit haikutarajia limetokea (%1). Data yako iliyohifadhiwa iko salama; tafadhali ripoti hili.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="107"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="86"/>
        <source>Coded passages per theme</source>
        <translation>Vifungu vyenye msimbo kwa kila mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="94"/>
        <source>No coded passages</source>
        <translation>Hakuna vifungu vyenye msimbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="116"/>
        <source>No coded passages yet.</source>
        <translation>Bado hakuna vifungu vyenye msimbo.</translation>
    </message>
</context>
<context>
    <name>ThemeChanges</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="39"/>
        <source>Add theme</source>
        <translation>Ongeza mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="45"/>
        <source>Rename theme</source>
        <translation>Badilisha jina la mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="51"/>
        <source>Theme colour</source>
        <translation>Rangi ya mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="57"/>
        <source>Archive theme</source>
        <translation>Hifadhi mada kwenye kumbukumbu za zamani</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="59"/>
        <source>Restore theme</source>
        <translation>Rejesha mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="65"/>
        <source>Merge themes</source>
        <translation>Unganisha mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="71"/>
        <source>Move theme</source>
        <translation>Hamisha mada</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Theme</source>
        <translation>Mada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Codings</source>
        <translation>Usimbaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Tags</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Key</source>
        <translation>Kitufe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="122"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation>Alt+%1 huweka msimbo wa mada hii kwa maneno yaliyochaguliwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>Usimbaji %Ln</numerusform>
            <numerusform>Usimbaji %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="148"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>Lebo %Ln</numerusform>
            <numerusform>Lebo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="151"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>Usimbaji %Ln pamoja na mada zake ndogo</numerusform>
            <numerusform>Usimbaji %Ln pamoja na mada zake ndogo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="155"/>
        <source>archived</source>
        <translation>imehifadhiwa kando</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="30"/>
        <source>Import &amp;transcript…</source>
        <translation>Leta &amp;nakala ya mahojiano…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="33"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation>Weka maandishi ya faili ya .txt, Word (.docx) au manukuu (.srt, .vtt) ndani ya kumbukumbu iliyo wazi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="45"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="54"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="65"/>
        <source>Import transcript</source>
        <translation>Leta nakala ya mahojiano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="47"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation>Nakala za mahojiano (*.txt *.docx *.srt *.vtt);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="56"/>
        <source>Replace the text of “%1” with the file's text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation>Ubadilishe maandishi ya “%1” kwa maandishi ya faili? Usimbaji unabaki kwenye maneno ambayo bado yapo; Hariri ▸ Tendua (Ctrl+Z) inarudisha maandishi ya zamani.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="76"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation>Fungua mahojiano au uchunguzi kwanza: nakala ya mahojiano inaingia humo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="93"/>
        <source>Cannot import %1: %2</source>
        <translation>Haiwezi kuleta %1: %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="106"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation>%1 haina maandishi; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="116"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="117"/>
        <source>Imported %1</source>
        <translation>Imeletwa %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="39"/>
        <source>Welcome to fieldkit</source>
        <translation>Karibu fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="44"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation>fieldkit huhifadhi mahojiano, uchunguzi na usimbaji wako kwenye kompyuta hii; inafanya kazi bila muunganisho. Ungependa kuanza vipi?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Explore the demo study</source>
        <translation>Gundua utafiti wa mfano</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="55"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation>Visa saba vya mfano katika folda tofauti ya data; yako inabaki tupu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>Start a new study</source>
        <translation>Anzisha utafiti mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="60"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation>Pamoja na kitabu cha misimbo cha msingi cha mfumo ikolojia wa kujifunza, tayari kuhaririwa.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Sign in to my team's server</source>
        <translation>Ingia kwenye seva ya timu yangu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="65"/>
        <source>Receive your team's studies and send your work when online.</source>
        <translation>Pokea tafiti za timu yako na utume kazi yako ukiwa mtandaoni.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="103"/>
        <source>The demo study could not be made</source>
        <translation>Utafiti wa mfano haukuweza kuundwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="126"/>
        <source>The study was not created</source>
        <translation>Utafiti haukuundwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="159"/>
        <source>New study</source>
        <translation>Utafiti mpya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="160"/>
        <source>Study name:</source>
        <translation>Jina la utafiti:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation>&amp;Weka msimbo wa mada…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation>Weka &amp;alama ya muda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation>&amp;Cheza au sitisha rekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Futa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation>Maandishi &amp;makubwa zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation>Maandishi ma&amp;dogo zaidi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation>Ukubwa wa &amp;kawaida wa maandishi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation>&amp;Mwongozo wa mtumiaji</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation>&amp;Kuhusu fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="53"/>
        <source>Pre&amp;ferences…</source>
        <translation>Ma&amp;pendeleo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Tazama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="104"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Fungua rekodi ya sauti ili kuweka alama za muda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="112"/>
        <source>This record has no recording.</source>
        <translation>Kumbukumbu hii haina rekodi ya sauti.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="128"/>
        <source>Nothing here can be deleted yet.</source>
        <translation>Hakuna kinachoweza kufutwa hapa bado.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="37"/>
        <source>Recorded without consent on file</source>
        <translation>Imerekodiwa bila ridhaa iliyohifadhiwa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="64"/>
        <source>Cannot start recording</source>
        <translation>Haiwezi kuanza kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="83"/>
        <source>Consent before recording</source>
        <translation>Ridhaa kabla ya kurekodi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="85"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation>Si kila mshiriki wa mahojiano haya ameruhusu kurekodiwa kwa sauti:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="92"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation>Rekodi ridhaa yao sasa, au rekodi hata hivyo (dokezo linalosema hivyo linahifadhiwa pamoja na mahojiano), au ghairi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="99"/>
        <source>Record &amp;consent now…</source>
        <translation>Rekodi &amp;ridhaa sasa…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="103"/>
        <source>Record &amp;anyway</source>
        <translation>Rekodi &amp;hata hivyo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="144"/>
        <source>%1 started an audio recording on %2 although not every participant had allowed it:</source>
        <translation>%1 alianza kurekodi sauti tarehe %2 ingawa si kila mshiriki aliyeruhusu:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="162"/>
        <source>Consent note</source>
        <translation>Dokezo la ridhaa</translation>
    </message>
</context>
</TS>
