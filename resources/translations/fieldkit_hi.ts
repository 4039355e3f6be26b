<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="151"/>
        <source>About fieldkit</source>
        <translation>fieldkit के बारे में</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="152"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;क्षेत्र अनुसंधान के लिए साक्षात्कार, अवलोकन और कोडिंग — पहले ऑफ़लाइन, और कनेक्शन मिलने पर टीम सर्वर के साथ।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="60"/>
        <source>fieldkit cannot open its data</source>
        <translation>fieldkit अपना डेटा नहीं खोल सकता</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="54"/>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="68"/>
        <source>Starting audio…</source>
        <translation>ऑडियो शुरू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation>समय चिह्न डालने के लिए कोई रिकॉर्डिंग खोलें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation>%1 से चलाने के लिए Ctrl+क्लिक करें</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="79"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="80"/>
        <source>Recording</source>
        <translation>रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="85"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>▶ Play</source>
        <translation>▶ चलाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="86"/>
        <source>Play or pause</source>
        <translation>चलाएँ या रोकें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="87"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation>चलाएँ या रोकें (प्रतिलेख में F8)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="89"/>
        <source>Position in the recording</source>
        <translation>रिकॉर्डिंग में स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="95"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="97"/>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="98"/>
        <source>Playback speed</source>
        <translation>चलाने की गति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="102"/>
        <source>Add recording…</source>
        <translation>रिकॉर्डिंग जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="103"/>
        <source>Attach a recording file to this interview</source>
        <translation>इस साक्षात्कार से एक रिकॉर्डिंग फ़ाइल संलग्न करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="105"/>
        <source>Play:</source>
        <translation>चलाएँ:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="179"/>
        <source>Opening the recording…</source>
        <translation>रिकॉर्डिंग खुल रही है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="208"/>
        <source>Attach recordings</source>
        <translation>रिकॉर्डिंग संलग्न करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="210"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation>रिकॉर्डिंग (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="221"/>
        <source>Adding the recording…</source>
        <translation>रिकॉर्डिंग जोड़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="239"/>
        <source>Recording not attached</source>
        <translation>रिकॉर्डिंग संलग्न नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="247"/>
        <source>Adding recordings</source>
        <translation>रिकॉर्डिंग जोड़ी जा रही हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="261"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="274"/>
        <source>No recording yet</source>
        <translation>अभी कोई रिकॉर्डिंग नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ विराम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="357"/>
        <source>This recording cannot be played: %1</source>
        <translation>यह रिकॉर्डिंग नहीं चलाई जा सकती: %1</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="90"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="91"/>
        <source>Microphone</source>
        <translation>माइक्रोफ़ोन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="97"/>
        <source>● Record</source>
        <translation>● रिकॉर्ड करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="98"/>
        <source>Start recording</source>
        <translation>रिकॉर्डिंग शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="99"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Pause</source>
        <translation>विराम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="100"/>
        <source>Pause or resume recording</source>
        <translation>रिकॉर्डिंग रोकें या फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="101"/>
        <source>■ Stop</source>
        <translation>■ बंद करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="102"/>
        <source>Stop recording</source>
        <translation>रिकॉर्डिंग बंद करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="104"/>
        <source>Record:</source>
        <translation>रिकॉर्ड:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="106"/>
        <source>Recording time</source>
        <translation>रिकॉर्डिंग का समय</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="96"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="152"/>
        <source>No microphone</source>
        <translation>कोई माइक्रोफ़ोन नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="187"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation>यह माइक्रोफ़ोन 16-बिट ध्वनि रिकॉर्ड नहीं कर सकता; कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="411"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation>रिकॉर्डिंग जारी… हर कुछ सेकंड में डिस्क पर सहेजी जाती है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="237"/>
        <source>Cannot start recording</source>
        <translation>रिकॉर्डिंग शुरू नहीं हो सकी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="251"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation>माइक्रोफ़ोन %1 खोला नहीं जा सका; क्या कोई दूसरा प्रोग्राम इसका उपयोग कर रहा है?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="291"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation>रुका हुआ। अब तक रिकॉर्ड किया गया सब कुछ सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>रिकॉर्डिंग सहेजी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="337"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation>रिकॉर्डिंग सहेजी गई (%1) और इस साक्षात्कार से संलग्न की गई।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="343"/>
        <source>Nothing was recorded.</source>
        <translation>कुछ भी रिकॉर्ड नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="345"/>
        <source>The recording was not attached; see the message.</source>
        <translation>रिकॉर्डिंग संलग्न नहीं हुई; संदेश देखें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="346"/>
        <source>Recording not attached</source>
        <translation>रिकॉर्डिंग संलग्न नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="350"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation>रिकॉर्डिंग रखी गई है और अगली बार शुरू करने पर संलग्न की जाएगी।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="351"/>
        <source>Recording not attached yet</source>
        <translation>रिकॉर्डिंग अभी संलग्न नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="377"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation>माइक्रोफ़ोन ने काम करना बंद कर दिया; अब तक की रिकॉर्डिंग सहेजी गई है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="387"/>
        <source>Waiting for sound from the microphone…</source>
        <translation>माइक्रोफ़ोन से ध्वनि की प्रतीक्षा…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="400"/>
        <source>No sound is coming from %1: nothing is being recorded!</source>
        <translation>%1 से कोई ध्वनि नहीं आ रही: कुछ भी रिकॉर्ड नहीं हो रहा!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="404"/>
        <source>No sound has reached fieldkit from %1 for a few seconds, so nothing is being recorded. Check that it is plugged in and switched on, or choose another microphone in the list. What was recorded before is saved.</source>
        <translation>कुछ सेकंड से %1 से fieldkit तक कोई ध्वनि नहीं पहुँची, इसलिए कुछ भी रिकॉर्ड नहीं हो रहा। जाँचें कि यह जुड़ा और चालू है, या सूची से कोई दूसरा माइक्रोफ़ोन चुनें। पहले रिकॉर्ड किया गया सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="424"/>
        <source>%1 cannot record in this recording's format: stop, then record again.</source>
        <translation>%1 इस रिकॉर्डिंग के प्रारूप में रिकॉर्ड नहीं कर सकता: रोकें, फिर से रिकॉर्ड करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="445"/>
        <source>Recording stopped: %1</source>
        <translation>रिकॉर्डिंग रुक गई: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="480"/>
        <source>Connect a microphone.</source>
        <translation>माइक्रोफ़ोन जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="481"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation>कोई माइक्रोफ़ोन नहीं मिला: रिकॉर्ड करने के लिए कोई माइक्रोफ़ोन जोड़ें या उसे चालू करें।</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>Edit case</source>
        <translation>केस संपादित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>New case</source>
        <translation>नया केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="84"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="97"/>
        <source>Case title</source>
        <translation>केस का शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="86"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation>जैसे सामुदायिक पठन शिविर, किसुमु</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>e.g. school, NGO programme</source>
        <translation>जैसे स्कूल, एनजीओ कार्यक्रम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="91"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="92"/>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>Locality</source>
        <translation>इलाका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>village, town or district</source>
        <translation>गाँव, कस्बा या ज़िला</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="96"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="100"/>
        <source>C&amp;ountry:</source>
        <translation>देश (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="101"/>
        <source>&amp;Region:</source>
        <translation>क्षेत्र (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="102"/>
        <source>&amp;Locality:</source>
        <translation>इलाका (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>विवरण (&amp;D):</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation>केस क्रियाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;प्रतिभागी&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="61"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="189"/>
        <source>Codebook</source>
        <translation>कोडबुक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation>कोडबुक क्रियाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation>थीम छाँटें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation>थीम छाँटें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="132"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Add theme</source>
        <translation>थीम जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="134"/>
        <source>Sub-theme</source>
        <translation>उप-थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="136"/>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="138"/>
        <source>Colour…</source>
        <translation>रंग…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="139"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Archive</source>
        <translation>संग्रहित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="140"/>
        <source>Merge into…</source>
        <translation>इसमें विलय करें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="141"/>
        <source>Delete theme…</source>
        <translation>थीम हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="145"/>
        <source>Show coded passages</source>
        <translation>कोड किए गए अंश दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="156"/>
        <source>More</source>
        <translation>और</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="157"/>
        <source>More theme actions</source>
        <translation>थीम की और क्रियाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="270"/>
        <source>Pin to Alt+N</source>
        <translation>Alt+N पर पिन करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="275"/>
        <source>(now %1)</source>
        <translation>(अभी %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="282"/>
        <source>Unpin</source>
        <translation>पिन हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="296"/>
        <source>Pin theme</source>
        <translation>थीम पिन करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="306"/>
        <source>Theme colour</source>
        <translation>थीम का रंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Name of the new theme:</source>
        <translation>नई थीम का नाम:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="327"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>“%1” की नई उप-थीम का नाम:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="328"/>
        <source>Add sub-theme</source>
        <translation>उप-थीम जोड़ें</translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation>%1 द्वारा कोड किया गया</translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="29"/>
        <source>Code with theme</source>
        <translation>थीम से कोड करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="32"/>
        <source>Type a theme's name…</source>
        <translation>थीम का नाम लिखें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="33"/>
        <source>Theme filter</source>
        <translation>थीम फ़िल्टर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="35"/>
        <source>Themes</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="58"/>
        <source>Create “%1”</source>
        <translation>“%1” बनाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="60"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation>कोडबुक में एक नई थीम, जो इन शब्दों पर तुरंत लागू होगी</translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation>इस रिकॉर्ड की कोडिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation>अभी कोई कोडिंग नहीं। शब्द चुनें, फिर Ctrl+K दबाएँ (या पिन की गई थीम के लिए Alt+1…9)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation>(इसका पाठ हटा दिया गया)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation>मेमो: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo on this coding:</source>
        <translation>इस कोडिंग पर मेमो:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="112"/>
        <source>&amp;Show in the text</source>
        <translation>पाठ में दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="115"/>
        <source>&amp;Edit memo…</source>
        <translation>मेमो संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="119"/>
        <source>&amp;Remove coding</source>
        <translation>कोडिंग हटाएँ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation>सूचना हटाएँ</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="47"/>
        <source>Sync conflicts</source>
        <translation>सिंक टकराव</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="51"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation>ये फ़ील्ड एक ही समय में दो लैपटॉप पर बदले गए। सिंक ने बाद वाला संपादन रखा और दूसरे मान को अलग रख दिया। रखने के लिए मान चुनें, या मिला हुआ मान लिखें; आपका चुनाव किसी भी संपादन की तरह टीम के साथ सिंक होता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="100"/>
        <source>Now in the record</source>
        <translation>अभी रिकॉर्ड में</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Other</source>
        <translation>दूसरा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="61"/>
        <source>Unresolved conflicts</source>
        <translation>अनसुलझे टकराव</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="73"/>
        <source>Merged value</source>
        <translation>मिला हुआ मान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="75"/>
        <source>&amp;Keep the value in the record</source>
        <translation>रिकॉर्ड का मान रखें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="77"/>
        <source>Use the &amp;other value</source>
        <translation>दूसरा मान उपयोग करें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="79"/>
        <source>Save the &amp;merged value</source>
        <translation>मिला हुआ मान सहेजें (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="83"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation>कोई टकराव नहीं। जब एक ही फ़ील्ड सिंक होने से पहले दो लैपटॉप पर बदला जाता है, तो दोनों मान यहाँ दिखते हैं ताकि आप चुन सकें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="105"/>
        <source>The other value</source>
        <translation>दूसरा मान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="114"/>
        <source>Or merge them</source>
        <translation>या उन्हें मिलाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="150"/>
        <source>Cannot list the conflicts</source>
        <translation>टकराव सूचीबद्ध नहीं किए जा सके</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="197"/>
        <source> (this record was deleted since)</source>
        <translation> (यह रिकॉर्ड बाद में हटा दिया गया)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="215"/>
        <source>unknown device</source>
        <translation>अज्ञात उपकरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="217"/>
        <source>this laptop</source>
        <translation>यह लैपटॉप</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="219"/>
        <source>another laptop (device %1)</source>
        <translation>दूसरा लैपटॉप (उपकरण %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="221"/>
        <source>Changed on %1</source>
        <translation>%1 को बदला गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation>%1, %2 को बदला गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="250"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="258"/>
        <source>Cannot resolve this conflict</source>
        <translation>यह टकराव सुलझाया नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="80"/>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="81"/>
        <source>yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="167"/>
        <source>e.g. 2024-03-15 or 15/03/2024</source>
        <translation>जैसे 2024-03-15 या 15/03/2024</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="170"/>
        <source>Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down</source>
        <translation>तारीख लिखें (2024-03-15, 15/03/2024, 15 मार्च 2024, आज) या Alt+Down दबाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="178"/>
        <source>Calendar…</source>
        <translation>कैलेंडर…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="182"/>
        <source>Pick the date from a calendar</source>
        <translation>कैलेंडर से तारीख चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="185"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>कैलेंडर से तारीख चुनें (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="190"/>
        <source>%1 in words</source>
        <translation>%1 शब्दों में</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="221"/>
        <source>%1 is required.</source>
        <translation>“%1” आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="230"/>
        <source>%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, or pick it from the calendar.</source>
        <translation>“%1”: “%2” पढ़ने योग्य तारीख नहीं है: इसे 2024-03-15 या 15/03/2024 की तरह लिखें, या कैलेंडर से चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="240"/>
        <source>%1 %2 is in the future: write the day it happened.</source>
        <translation>“%1”: %2 भविष्य में है; वह दिन लिखें जब यह हुआ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="268"/>
        <source>Calendar for %1</source>
        <translation>“%1” के लिए कैलेंडर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="316"/>
        <source>optional; e.g. 09:30 or 2:15 pm</source>
        <translation>वैकल्पिक; जैसे 09:30 या 14:15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="328"/>
        <source>%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm.</source>
        <translation>“%1”: “%2” दिन का समय नहीं है: इसे 09:30 या 14:15 की तरह लिखें।</translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="49"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="153"/>
        <source>Undo &amp;delete</source>
        <translation>हटाना पूर्ववत करें (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="74"/>
        <source>Cannot delete this</source>
        <translation>इसे हटाया नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="83"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="95"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="126"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="84"/>
        <source>Delete the %1?</source>
        <translation>%1 हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="86"/>
        <source>It takes with it %1.</source>
        <translation>इसके साथ यह भी जाएगा: %1।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="89"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation>इसकी कोडिंग किसी दूसरी थीम के अंतर्गत रखने के लिए, इसके बजाय इसका विलय करें (और ▸ इसमें विलय करें…)। </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="92"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation>आप इसे Ctrl+Z से पूर्ववत कर सकते हैं (संपादन ▸ हटाना पूर्ववत करें)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="119"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation>%1 हटाया गया। Ctrl+Z इसे वापस लाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="139"/>
        <source>Cannot undo the delete</source>
        <translation>हटाना पूर्ववत नहीं किया जा सका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="142"/>
        <source>Restored the %1.</source>
        <translation>%1 पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="151"/>
        <source>Undo &amp;delete of %1</source>
        <translation>%1 का हटाना पूर्ववत करें (&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeleteWording</name>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="24"/>
        <source>study “%1”</source>
        <translation>अध्ययन “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="25"/>
        <source>case “%1”</source>
        <translation>केस “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="26"/>
        <source>participant “%1”</source>
        <translation>प्रतिभागी “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="27"/>
        <source>interview “%1”</source>
        <translation>साक्षात्कार “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="28"/>
        <source>observation “%1”</source>
        <translation>अवलोकन “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="29"/>
        <source>theme “%1”</source>
        <translation>थीम “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="30"/>
        <source>coding “%1”</source>
        <translation>कोडिंग “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="31"/>
        <source>tag “%1”</source>
        <translation>टैग “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="32"/>
        <source>free-word tag “%1”</source>
        <translation>मुक्त-शब्द टैग “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="33"/>
        <source>memo “%1”</source>
        <translation>मेमो “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="34"/>
        <source>photo “%1”</source>
        <translation>फ़ोटो “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="35"/>
        <source>recording “%1”</source>
        <translation>रिकॉर्डिंग “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="36"/>
        <source>file “%1”</source>
        <translation>फ़ाइल “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln केस</numerusform>
            <numerusform>%Ln केस</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%Ln प्रतिभागी</numerusform>
            <numerusform>%Ln प्रतिभागी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln साक्षात्कार</numerusform>
            <numerusform>%Ln साक्षात्कार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%Ln अवलोकन</numerusform>
            <numerusform>%Ln अवलोकन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%Ln प्रतिभागी लिंक</numerusform>
            <numerusform>%Ln प्रतिभागी लिंक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46"/>
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>%Ln उप-थीम</numerusform>
            <numerusform>%Ln उप-थीम</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%Ln थीम</numerusform>
            <numerusform>%Ln थीम</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln कोडिंग</numerusform>
            <numerusform>%Ln कोडिंग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln टैग</numerusform>
            <numerusform>%Ln टैग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50"/>
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>%Ln मुक्त-शब्द टैग</numerusform>
            <numerusform>%Ln मुक्त-शब्द टैग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%Ln मेमो</numerusform>
            <numerusform>%Ln मेमो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln फ़ोटो</numerusform>
            <numerusform>%Ln फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%Ln रिकॉर्डिंग</numerusform>
            <numerusform>%Ln रिकॉर्डिंग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln फ़ाइल</numerusform>
            <numerusform>%Ln फ़ाइलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="55"/>
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>छिपाने के लिए %Ln नाम</numerusform>
            <numerusform>छिपाने के लिए %Ln नाम</numerusform>
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
        <translation>%1 और %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation>गुण (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation>हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation>प्रतिभागी हटाएँ (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation>इसे खोला नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation>%1 से कोड करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation>कोडिंग %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation>टीम के बदलावों से कोडिंग अपडेट हुई।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation>यह पाठ टीम के बदलावों से अपडेट हुआ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation>यह रिकॉर्ड फिर से लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation>जब आप लिख रहे थे, किसी ने दूसरे लैपटॉप पर यह पाठ बदल दिया। आपका संस्करण यहाँ सहेजा गया है; उनका संस्करण सिंक ▸ टकराव में रखा गया है, जहाँ से आप उसे वापस ले सकते हैं या दोनों को मिला सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation>आपका लिखा सहेजा गया है; दूसरा संस्करण टकराव के रूप में रखा गया है।</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="129"/>
        <source>Encrypt this folder</source>
        <translation>इस फ़ोल्डर को एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="132"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation>इस डेटा फ़ोल्डर की हर चीज़ एक पासफ़्रेज़ से एन्क्रिप्ट की जाएगी। भूला हुआ पासफ़्रेज़ कोई भी वापस नहीं ला सकता: उसके बिना, या आगे दिखाई जाने वाली रिकवरी कुंजी के बिना, साक्षात्कार हमेशा के लिए खो जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="142"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation>मैं समझता/समझती हूँ कि खोया हुआ पासफ़्रेज़ वापस नहीं मिल सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="151"/>
        <source>&amp;Again:</source>
        <translation>दोबारा (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="171"/>
        <source>Tick the box to confirm you understand.</source>
        <translation>यह पुष्टि करने के लिए बॉक्स पर निशान लगाएँ कि आप समझ गए हैं।</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="39"/>
        <source>Case-study &amp;PDF…</source>
        <translation>केस अध्ययन PDF (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="40"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA प्रोजेक्ट (.qdpx) (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="41"/>
        <source>&amp;CSV tables…</source>
        <translation>CSV तालिकाएँ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="42"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation>REFI-QDA प्रोजेक्ट आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Create or select a study first.</source>
        <translation>पहले कोई अध्ययन बनाएँ या चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="109"/>
        <source>Export case-study PDF</source>
        <translation>केस अध्ययन PDF निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="110"/>
        <source>This PDF will leave some material out.</source>
        <translation>यह PDF कुछ सामग्री छोड़ देगी।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="113"/>
        <source>Export anyway</source>
        <translation>फिर भी निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="146"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA प्रोजेक्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="183"/>
        <source>Exporting REFI-QDA project</source>
        <translation>REFI-QDA प्रोजेक्ट निर्यात हो रहा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="190"/>
        <source>Folder for CSV files</source>
        <translation>CSV फ़ाइलों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="211"/>
        <source>Exporting CSV tables</source>
        <translation>CSV तालिकाएँ निर्यात हो रही हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="216"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA प्रोजेक्ट आयात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="228"/>
        <source>Imported “%1”: %2, %3.</source>
        <translation>“%1” आयात किया गया: %2, %3।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln साक्षात्कार</numerusform>
            <numerusform>%Ln साक्षात्कार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln कोडिंग</numerusform>
            <numerusform>%Ln कोडिंग</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="239"/>
        <source>Importing REFI-QDA project</source>
        <translation>REFI-QDA प्रोजेक्ट आयात हो रहा है</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="43"/>
        <source>Export log</source>
        <translation>निर्यात लॉग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="45"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="46"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="47"/>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="48"/>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="49"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="50"/>
        <source>Withheld</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="51"/>
        <source>Laptop</source>
        <translation>लैपटॉप</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="54"/>
        <source>Exports of this study</source>
        <translation>इस अध्ययन के निर्यात</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="81"/>
        <source>anonymised %1</source>
        <comment>an export's format, e.g. anonymised pdf</comment>
        <translation>अनाम %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="88"/>
        <source>the whole study</source>
        <translation>पूरा अध्ययन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="90"/>
        <source>full dump</source>
        <translation>डेटा की पूरी प्रति</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92"/>
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>सभी केस (%Ln फ़ाइल)</numerusform>
            <numerusform>सभी केस (%Ln फ़ाइलें)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="96"/>
        <source>case “%1”</source>
        <comment>an export's scope: one case</comment>
        <translation>केस “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="97"/>
        <source>case %1</source>
        <comment>an export's scope: one case, by id</comment>
        <translation>केस %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="105"/>
        <source>no consent rules (a full dump, not for sharing)</source>
        <translation>कोई सहमति नियम नहीं (डेटा की पूरी प्रति, साझा करने के लिए नहीं)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="37"/>
        <source>Withheld: %1.</source>
        <translation>रोका गया: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="40"/>
        <source>Saved %1.</source>
        <translation>सहेजा गया: %1।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>सहेजा गया: %1 (%Ln पृष्ठ)।</numerusform>
            <numerusform>सहेजा गया: %1 (%Ln पृष्ठ)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46"/>
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>%Ln CSV फ़ाइल %1 में सहेजी गई।</numerusform>
            <numerusform>%Ln CSV फ़ाइलें %1 में सहेजी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49"/>
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln केस अध्ययन फ़ाइल %1 में सहेजी गई।</numerusform>
            <numerusform>%Ln केस अध्ययन फ़ाइलें %1 में सहेजी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="52"/>
        <source>Cancelled before the end.</source>
        <translation>अंत से पहले रद्द किया गया।</translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="226"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation>फ़ोल्डर एन्क्रिप्टेड है। पासफ़्रेज़ भूल जाने पर यह रिकवरी कुंजी इसे खोलती है। इसे प्रिंट करें या लिख लें, और लैपटॉप से दूर रखें:

%1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="236"/>
        <source>&amp;Save to a file to print…</source>
        <translation>प्रिंट करने के लिए फ़ाइल में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="243"/>
        <source>Save the recovery key</source>
        <translation>रिकवरी कुंजी सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="252"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="264"/>
        <source>&amp;Encrypt this folder…</source>
        <translation>इस फ़ोल्डर को एन्क्रिप्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="276"/>
        <source>&amp;Lock when idle</source>
        <translation>निष्क्रिय होने पर लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="281"/>
        <source>After %1 minutes</source>
        <translation>%1 मिनट बाद</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="283"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="340"/>
        <source>The folder was not encrypted</source>
        <translation>फ़ोल्डर एन्क्रिप्ट नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="129"/>
        <source>%1 is required.</source>
        <translation>“%1” आवश्यक है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="150"/>
        <source>Please fix these %1 things, then save again:</source>
        <translation>ये %1 बातें ठीक करें, फिर दोबारा सहेजें:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="166"/>
        <source>Problem with this field</source>
        <translation>इस फ़ील्ड में समस्या</translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="50"/>
        <source>Free-word tags (not in the codebook)</source>
        <translation>मुक्त टैग (कोडबुक में नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="52"/>
        <source>Free-word tags</source>
        <translation>मुक्त टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="55"/>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="120"/>
        <source>Make a theme</source>
        <translation>थीम बनाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="57"/>
        <source>Add the chosen word to the codebook; its records are tagged with the theme</source>
        <translation>चुने गए शब्द को कोडबुक में जोड़ें; उसके रिकॉर्ड को उस थीम से टैग किया जाता है</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln रिकॉर्ड</numerusform>
            <numerusform>%Ln रिकॉर्ड</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="88"/>
        <source>“%1” tags %2; it is not a codebook theme.</source>
        <translation>“%1” %2 को टैग करता है; यह कोडबुक की थीम नहीं है।</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="98"/>
        <source>fieldkit user guide</source>
        <translation>fieldkit उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="100"/>
        <source>User guide</source>
        <translation>उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="112"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation>&lt;b&gt;फ़ाइल ▸ नया अध्ययन…&lt;/b&gt; एक अध्ययन शुरू करता है; &lt;b&gt;फ़ाइल ▸ नया केस…&lt;/b&gt; उसमें कोई स्कूल, कार्यक्रम या स्थल जोड़ता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="116"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation>केस चुनें, फिर &lt;b&gt;केस&lt;/b&gt; मेनू का उपयोग करें: प्रतिभागी और उनकी सहमति, साक्षात्कार और अवलोकन।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="120"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation>प्रतिलेख लिखें या चिपकाएँ: यह लिखते समय ही सहेजा जाता है। पाठ के ऊपर वाली पट्टी से ऑडियो रिकॉर्ड करें; &lt;b&gt;Ctrl+T&lt;/b&gt; समय चिह्न डालता है, &lt;b&gt;F8&lt;/b&gt; चलाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="124"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation>शब्द चुनें और उन्हें किसी थीम से कोड करने के लिए &lt;b&gt;Ctrl+K&lt;/b&gt; दबाएँ (नई थीम बनाने के लिए नया नाम लिखें), कोडबुक से कोई थीम उन पर खींचें, या थीम को &lt;b&gt;Alt+1…9&lt;/b&gt; पर पिन करें (थीम पर राइट-क्लिक ▸ Alt+N पर पिन करें)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="128"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation>पूरे रिकॉर्ड को उसके पाठ के ऊपर टैग करें; कोडिंग के बगल में मेमो लिखें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview's participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation>&lt;b&gt;संपादन ▸ गुण…&lt;/b&gt; (Alt+Enter) सहेजने के बाद रिकॉर्ड बदलता है, साक्षात्कार के प्रतिभागी भी; &lt;b&gt;हटाएँ&lt;/b&gt; पहले पूछता है और बताता है कि साथ में क्या जाएगा; प्रतिलेख के बाहर &lt;b&gt;Ctrl+Z&lt;/b&gt; उसे वापस लाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="135"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation>&lt;b&gt;समीक्षा ▸ केस और अध्ययन…&lt;/b&gt; केसों में थीमों की तुलना करता है; &lt;b&gt;निर्यात&lt;/b&gt; मेनू केस अध्ययन PDF, REFI-QDA प्रोजेक्ट और CSV बनाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="139"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team's server; until then nothing leaves this laptop.</source>
        <translation>&lt;b&gt;सिंक ▸ सेटिंग्स…&lt;/b&gt; आपकी टीम के सर्वर में साइन इन करता है; तब तक कुछ भी इस लैपटॉप से बाहर नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="144"/>
        <source>The research loop</source>
        <translation>शोध का चक्र</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="263"/>
        <source>Colour scale</source>
        <translation>रंग पैमाना</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="269"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation>हल्का: 1 कोड किया गया अंश; गहरा: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="16"/>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="17"/>
        <source>French</source>
        <translation>फ़्रेंच</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="18"/>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="19"/>
        <source>Portuguese</source>
        <translation>पुर्तगाली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="20"/>
        <source>Portuguese (Brazil)</source>
        <translation>पुर्तगाली (ब्राज़ील)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="21"/>
        <source>Swahili</source>
        <translation>स्वाहिली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="22"/>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="23"/>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="24"/>
        <source>Bengali</source>
        <translation>बांग्ला</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="25"/>
        <source>Urdu</source>
        <translation>उर्दू</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="26"/>
        <source>Amharic</source>
        <translation>अम्हारी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="27"/>
        <source>Hausa</source>
        <translation>हौसा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="28"/>
        <source>Yoruba</source>
        <translation>योरूबा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="29"/>
        <source>Igbo</source>
        <translation>इग्बो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="30"/>
        <source>Zulu</source>
        <translation>ज़ुलू</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="31"/>
        <source>Kinyarwanda</source>
        <translation>किन्यारवांडा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="32"/>
        <source>Somali</source>
        <translation>सोमाली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="33"/>
        <source>Ganda</source>
        <translation>गांडा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="34"/>
        <source>Wolof</source>
        <translation>वोलोफ़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="35"/>
        <source>Nepali</source>
        <translation>नेपाली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="36"/>
        <source>Tamil</source>
        <translation>तमिल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="37"/>
        <source>Indonesian</source>
        <translation>इंडोनेशियाई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="38"/>
        <source>Chinese</source>
        <translation>चीनी</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="22"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="33"/>
        <source>e.g. Kiswahili, العربية, Français</source>
        <translation>जैसे Kiswahili, العربية, Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="54"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="63"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="89"/>
        <source>Language not changed</source>
        <translation>भाषा नहीं बदली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="90"/>
        <source>Stop the recording first, then choose the language again.</source>
        <translation>पहले रिकॉर्डिंग बंद करें, फिर भाषा दोबारा चुनें।</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="66"/>
        <source>Input level</source>
        <translation>इनपुट स्तर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="74"/>
        <source>waiting for sound…</source>
        <translation>ध्वनि की प्रतीक्षा…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="75"/>
        <source>silence</source>
        <translation>मौन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="76"/>
        <source>NO SIGNAL</source>
        <translation>कोई सिग्नल नहीं</translation>
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
        <translation>अध्ययन, केस और रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="59"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>&amp;Review</source>
        <translation>समीक्षा (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Case and &amp;study…</source>
        <translation>केस और अध्ययन (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="94"/>
        <source>&amp;Sync</source>
        <translation>सिंक (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="240"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>&lt;b&gt;फ़ाइल ▸ नया अध्ययन…&lt;/b&gt; से शुरू करें, फिर &lt;b&gt;फ़ाइल ▸ नया केस…&lt;/b&gt; से केस जोड़ें, और &lt;b&gt;केस&lt;/b&gt; मेनू से प्रतिभागी और उनकी सहमति, साक्षात्कार और अवलोकन जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="137"/>
        <source>&amp;Export</source>
        <translation>निर्यात (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Choose a case or a record on the left</source>
        <translation>बाईं ओर कोई केस या रिकॉर्ड चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="226"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>&lt;b&gt;फ़ाइल ▸ नया केस…&lt;/b&gt; से एक केस जोड़ें; फिर &lt;b&gt;केस&lt;/b&gt; मेनू से प्रतिभागी, साक्षात्कार और अवलोकन।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="237"/>
        <source>This data folder holds no study yet</source>
        <translation>इस डेटा फ़ोल्डर में अभी कोई अध्ययन नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="246"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team's server: the studies you belong to arrive with the first sync.</source>
        <translation>किसी टीम से जुड़ रहे हैं? अपनी टीम के सर्वर में साइन इन करने के लिए &lt;b&gt;सिंक ▸ सेटिंग्स…&lt;/b&gt; का उपयोग करें: जिन अध्ययनों से आप जुड़े हैं वे पहले सिंक के साथ आ जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Interview: %1</source>
        <translation>साक्षात्कार: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Observation: %1</source>
        <translation>अवलोकन: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="293"/>
        <source>Cannot open this record</source>
        <translation>यह रिकॉर्ड खोला नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="233"/>
        <source>all cases</source>
        <translation>सभी केस</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="236"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%2 में %1: %Ln कोड किया गया अंश</numerusform>
            <numerusform>%2 में %1: %Ln कोड किए गए अंश</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="239"/>
        <source>(with its sub-themes)</source>
        <translation>(अपनी उप-थीमों सहित)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="247"/>
        <source>All cases</source>
        <translation>सभी केस</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation>मेमो संपादित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation>नया मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation>मेमो का शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation>मेमो (&amp;M):</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="31"/>
        <source>Merge theme</source>
        <translation>थीम का विलय करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="33"/>
        <source>Merge “%1” into:</source>
        <translation>“%1” का इसमें विलय करें:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="36"/>
        <source>Theme to merge into</source>
        <translation>जिस थीम में विलय करना है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="49"/>
        <source>What the merge will do</source>
        <translation>विलय से क्या होगा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="55"/>
        <source>Merge</source>
        <translation>विलय करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="72"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation>%1 कोडिंग और %2 टैग “%3” से “%4” में चले जाएँगे, उसकी उप-थीमों सहित। फिर “%3” कोडबुक से हटा दी जाएगी।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="82"/>
        <source>Choose a theme.</source>
        <translation>कोई थीम चुनें।</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="98"/>
        <source>Welcome to fieldkit</source>
        <translation>fieldkit में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="102"/>
        <source>What is your name? fieldkit writes it as Interviewer or Observer of the records you make and as “Prepared by” in your reports. You can change it later in Edit ▸ Preferences…</source>
        <translation>आपका नाम क्या है? fieldkit इसे आपके बनाए रिकॉर्ड में साक्षात्कारकर्ता या अवलोकनकर्ता के रूप में और आपकी रिपोर्टों में “द्वारा तैयार” में लिखता है। आप इसे बाद में संपादन ▸ वरीयताएँ… में बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Your &amp;name:</source>
        <translation>आपका नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Later</source>
        <translation>बाद में (&amp;L)</translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="181"/>
        <source>New data folder</source>
        <translation>नया डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="183"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation>%1 को पासफ़्रेज़ से एन्क्रिप्ट करें (लैपटॉप पर अनुशंसित) (&amp;E)</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>New interview</source>
        <translation>नया साक्षात्कार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>Edit interview</source>
        <translation>साक्षात्कार संपादित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="72"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="73"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="77"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation>वैकल्पिक; जैसे “P-01 के साथ साक्षात्कार (2024-03-01)”</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="81"/>
        <source>Interviewer</source>
        <translation>साक्षात्कारकर्ता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="83"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="85"/>
        <source>Participants in this interview</source>
        <translation>इस साक्षात्कार के प्रतिभागी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="94"/>
        <source>No participants registered in this case yet.</source>
        <translation>इस केस में अभी कोई प्रतिभागी दर्ज नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>तारीख (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="98"/>
        <source>T&amp;ime:</source>
        <translation>समय (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="101"/>
        <source>I&amp;nterviewer:</source>
        <translation>साक्षात्कारकर्ता (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>स्थान (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Partic&amp;ipants:</source>
        <translation>प्रतिभागी (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="124"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation>किसी प्रतिभागी पर निशान नहीं है: निर्यात इस साक्षात्कार के हर उद्धरण को तब तक रोकेंगे जब तक सहमति दे चुका कोई प्रतिभागी जोड़ा नहीं जाता। जिन्होंने भाग लिया उन पर निशान लगाएँ, या इसे ऐसे ही सहेजने के लिए फिर से सहेजें दबाएँ।</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>New observation</source>
        <translation>नया अवलोकन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>Edit observation</source>
        <translation>अवलोकन संपादित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="192"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="193"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>Setting</source>
        <translation>परिवेश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>e.g. Grade 3 classroom</source>
        <translation>जैसे कक्षा 3 का कमरा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="199"/>
        <source>Observer</source>
        <translation>अवलोकनकर्ता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="201"/>
        <source>First notes</source>
        <translation>पहले नोट्स</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="202"/>
        <source>What you see; you can go on in the editor.</source>
        <translation>आप जो देखते हैं; आप संपादक में आगे लिख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="203"/>
        <source>&amp;Date:</source>
        <translation>तारीख (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="204"/>
        <source>T&amp;ime:</source>
        <translation>समय (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="205"/>
        <source>&amp;Title:</source>
        <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="206"/>
        <source>&amp;Setting:</source>
        <translation>परिवेश (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="207"/>
        <source>O&amp;bserver:</source>
        <translation>अवलोकनकर्ता (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="209"/>
        <source>&amp;Notes:</source>
        <translation>नोट्स (&amp;N):</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>Participant %1</source>
        <translation>प्रतिभागी %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>New participant</source>
        <translation>नया प्रतिभागी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="48"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="58"/>
        <source>Participant code</source>
        <translation>प्रतिभागी कोड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="50"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="52"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation>वैकल्पिक; निर्यात इसे वहीं दिखाते हैं जहाँ नाम सहित श्रेय की अनुमति है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="56"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="59"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>कोड (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>भूमिका (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="64"/>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation>नोट्स (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="72"/>
        <source>Consent status</source>
        <translation>सहमति की स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="74"/>
        <source>pending (not recorded yet)</source>
        <translation>लंबित (अभी दर्ज नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="75"/>
        <source>given</source>
        <translation>दी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="76"/>
        <source>withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="81"/>
        <source>Consent date</source>
        <translation>सहमति की तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="86"/>
        <source>today when given and left empty</source>
        <translation>दी गई हो और खाली छोड़ी गई हो तो आज</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="88"/>
        <source>Consent form</source>
        <translation>सहमति का रूप</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="90"/>
        <source>verbal</source>
        <translation>मौखिक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="91"/>
        <source>written</source>
        <translation>लिखित</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="95"/>
        <source>&amp;Audio recording</source>
        <translation>ऑडियो रिकॉर्डिंग (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="96"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation>रिपोर्टों में शब्दशः उद्धरण (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="97"/>
        <source>A&amp;ttribution by name</source>
        <translation>नाम सहित श्रेय (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>तारीख (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="103"/>
        <source>&amp;Form:</source>
        <translation>रूप (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="107"/>
        <source>It allows:</source>
        <translation>यह अनुमति देती है:</translation>
    </message>
</context>
<context>
    <name>ParticipantLabel</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="36"/>
        <source>consent pending</source>
        <translation>सहमति लंबित</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="37"/>
        <source>consent given</source>
        <translation>सहमति दी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>सहमति वापस ली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="49"/>
        <source>no audio</source>
        <translation>ऑडियो नहीं</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="27"/>
        <source>Participants of this case</source>
        <translation>इस केस के प्रतिभागी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="36"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="37"/>
        <source>It allows</source>
        <translation>अनुमति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="62"/>
        <source>given</source>
        <translation>दी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="63"/>
        <source>withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>verbal</source>
        <translation>मौखिक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>written</source>
        <translation>लिखित</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="75"/>
        <source>audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>quotes</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="77"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="82"/>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit लॉक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="56"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="57"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation>इस कंप्यूटर पर याद रखें (कीरिंग) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="61"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="71"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation>डेटा फ़ोल्डर %1 एन्क्रिप्टेड है। इसका पासफ़्रेज़ (या इसकी रिकवरी कुंजी) दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="85"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation>वह पासफ़्रेज़ इस फ़ोल्डर को अनलॉक नहीं करता।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="99"/>
        <source>Not remembered</source>
        <translation>याद नहीं रखा गया</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="70"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="89"/>
        <source>Choose a folder</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="92"/>
        <source>Save as</source>
        <translation>इस रूप में सहेजें</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="44"/>
        <source>Cover</source>
        <translation>आवरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="45"/>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="46"/>
        <source>Executive summary</source>
        <translation>कार्यकारी सारांश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="47"/>
        <source>Case profile</source>
        <translation>केस प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="48"/>
        <source>Theme profile chart</source>
        <translation>थीम प्रोफ़ाइल चार्ट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="49"/>
        <source>Key quotes by theme</source>
        <translation>थीम के अनुसार मुख्य उद्धरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="50"/>
        <source>Interview and observation summaries</source>
        <translation>साक्षात्कार और अवलोकन सारांश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="51"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="52"/>
        <source>Codebook appendix</source>
        <translation>कोडबुक परिशिष्ट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="56"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation>छोटा (धीमे कनेक्शन पर ई-मेल के लिए)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="57"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation>मध्यम (50 फ़ोटो 5 MB से कम रहती हैं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="58"/>
        <source>Original (as taken; large files)</source>
        <translation>मूल (जैसी ली गईं; बड़ी फ़ाइलें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="119"/>
        <source>Export case-study PDF</source>
        <translation>केस अध्ययन PDF निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>This case: %1</source>
        <translation>यह केस: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>(none selected)</source>
        <translation>(कुछ नहीं चुना)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="124"/>
        <source>Every case of the study, into a folder</source>
        <translation>अध्ययन का हर केस, एक फ़ोल्डर में</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="127"/>
        <source>PDF file</source>
        <translation>PDF फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="129"/>
        <source>Folder for the PDFs</source>
        <translation>PDF के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="135"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation>अनाम संस्करण (प्रतिभागी कोड; छिपाए जाने वाले नाम बदले गए; फ़ोटो नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="138"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation>फ़ोटो रखें (कैप्शन छिपाए जाते हैं; उनमें दिखने वाले चेहरे और संकेत नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="143"/>
        <source>Your name (left out when empty)</source>
        <translation>आपका नाम (खाली हो तो छोड़ दिया जाता है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="144"/>
        <source>Prepared by</source>
        <translation>द्वारा तैयार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="146"/>
        <source>Photo size</source>
        <translation>फ़ोटो का आकार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="152"/>
        <source>Sections</source>
        <translation>खंड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="159"/>
        <source>Themes to include (quotes and chart)</source>
        <translation>शामिल करने वाली थीम (उद्धरण और चार्ट)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="161"/>
        <source>Themes to include</source>
        <translation>शामिल करने वाली थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="170"/>
        <source>PDF file:</source>
        <translation>PDF फ़ाइल:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="172"/>
        <source>Folder:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="175"/>
        <source>Prepared by:</source>
        <translation>द्वारा तैयार:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="176"/>
        <source>Photo size:</source>
        <translation>फ़ोटो का आकार:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="177"/>
        <source>Report language:</source>
        <translation>रिपोर्ट की भाषा:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="218"/>
        <source>Choose where to save.</source>
        <translation>सहेजने की जगह चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="222"/>
        <source>Choose at least one section.</source>
        <translation>कम से कम एक खंड चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="302"/>
        <source>Exporting case studies</source>
        <translation>केस अध्ययन निर्यात हो रहे हैं</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="107"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="152"/>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="109"/>
        <source>Add photos…</source>
        <translation>फ़ोटो जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="110"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="279"/>
        <source>Add photos</source>
        <translation>फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="112"/>
        <source>Caption of the selected photo</source>
        <translation>चुनी गई फ़ोटो का कैप्शन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="113"/>
        <source>Photo caption</source>
        <translation>फ़ोटो कैप्शन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="121"/>
        <source>&amp;Delete photo…</source>
        <translation>फ़ोटो हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>Photos (%1)</source>
        <translation>फ़ोटो (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>No photos</source>
        <translation>कोई फ़ोटो नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="248"/>
        <source>Photos cannot be shown: %1</source>
        <translation>फ़ोटो नहीं दिखाई जा सकतीं: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="281"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>फ़ोटो (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="319"/>
        <source>Adding photos</source>
        <translation>फ़ोटो जोड़ी जा रही हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="337"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation>%2 में से %1 फ़ाइलें जोड़ी गईं। ये नहीं जोड़ी गईं:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="342"/>
        <source>No photo was added:</source>
        <translation>कोई फ़ोटो नहीं जोड़ी गई:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="344"/>
        <source>Some files are not photos</source>
        <translation>कुछ फ़ाइलें फ़ोटो नहीं हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="354"/>
        <source>Photos not added</source>
        <translation>फ़ोटो नहीं जोड़ी गईं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation>कैप्शन सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ पिछली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation>अगली ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation>फ़िट करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation>फ़ोटो — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="197"/>
        <source>This photo cannot be shown: %1</source>
        <translation>यह फ़ोटो नहीं दिखाई जा सकती: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>e.g. Amina Yusuf</source>
        <translation>जैसे अमीना यूसुफ़</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>आपका नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Shown as Interviewer or Observer of new records and as “Prepared by” in reports.</source>
        <translation>नए रिकॉर्ड में साक्षात्कारकर्ता या अवलोकनकर्ता के रूप में और रिपोर्टों में “द्वारा तैयार” में दिखाया जाता है।</translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>बैकअप लें (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="61"/>
        <source>&amp;Restore a backup…</source>
        <translation>बैकअप पुनर्स्थापित करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="62"/>
        <source>Export &amp;log…</source>
        <translation>निर्यात लॉग (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="64"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation>प्रतिभागी को हटाएँ और मिटाएँ (&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="96"/>
        <source>This folder has never been backed up: File ▸ Back up…</source>
        <translation>इस फ़ोल्डर का कभी बैकअप नहीं लिया गया: फ़ाइल ▸ बैकअप लें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="98"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation>आपका पिछला बैकअप एक हफ़्ते से पुराना है: फ़ाइल ▸ बैकअप लें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="111"/>
        <source>Back up this data folder</source>
        <translation>इस डेटा फ़ोल्डर का बैकअप लें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="123"/>
        <source>A passphrase to encrypt the backup (leave empty for none). A forgotten passphrase cannot be recovered:</source>
        <translation>बैकअप को एन्क्रिप्ट करने के लिए एक पासफ़्रेज़ (किसी के लिए नहीं तो खाली छोड़ें)। भूला हुआ पासफ़्रेज़ वापस नहीं पाया जा सकता:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="141"/>
        <source>Backed up to {0} ({1}), encrypted with your passphrase.</source>
        <translation>{0} ({1}) में बैकअप लिया गया, आपके पासफ़्रेज़ से एन्क्रिप्ट किया गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="143"/>
        <source>Backed up to {0} ({1}), encrypted with this folder's key.</source>
        <translation>{0} ({1}) में बैकअप लिया गया, इस फ़ोल्डर की कुंजी से एन्क्रिप्ट किया गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="145"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation>{0} में बैकअप लिया गया ({1})। एन्क्रिप्टेड नहीं: इसे सुरक्षित रखें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="151"/>
        <source>Back up</source>
        <translation>बैकअप लें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="153"/>
        <source>Backing up</source>
        <translation>बैकअप लिया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="159"/>
        <source>Type the backup's passphrase again:</source>
        <translation>बैकअप का पासफ़्रेज़ फिर से लिखें:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="164"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="171"/>
        <source>Backup passphrase</source>
        <translation>बैकअप का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="165"/>
        <source>The two passphrases differ. Nothing was backed up: try again.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं। कुछ भी बैकअप नहीं हुआ: फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="183"/>
        <source>Restore a backup</source>
        <translation>बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="190"/>
        <source>An empty folder for the restored data</source>
        <translation>पुनर्स्थापित डेटा के लिए एक खाली फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="197"/>
        <source>The passphrase of this backup:</source>
        <translation>इस बैकअप का पासफ़्रेज़:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="208"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation>{0} फ़ाइलें {1} में पुनर्स्थापित की गईं। इसे इससे खोलें: fieldkit --data-dir {1}; पहले सिंक पर इसे नई उपकरण पहचान मिलती है (फिर से साइन इन करें)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="215"/>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="217"/>
        <source>Restoring</source>
        <translation>पुनर्स्थापित किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="271"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="343"/>
        <source>Erase</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="278"/>
        <source>Select the participant's case first.</source>
        <translation>पहले प्रतिभागी का केस चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="290"/>
        <source>This case has no participants.</source>
        <translation>इस केस में कोई प्रतिभागी नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="294"/>
        <source>Withdraw and erase</source>
        <translation>हटाएँ और मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="295"/>
        <source>Participant:</source>
        <translation>प्रतिभागी:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="307"/>
        <source>Withdraw and erase {0}</source>
        <translation>{0} को हटाएँ और मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="310"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation>{0} सहमति वापस लेते हैं। यह इस लैपटॉप पर, सर्वर पर और सिंक करने वाले हर लैपटॉप पर मिटाता है, और इसे पूर्ववत नहीं किया जा सकता:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="334"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation>{0} यहाँ मिटाया गया; अगला सिंक इसे हर जगह मिटा देगा।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="345"/>
        <source>Erasing</source>
        <translation>मिटाया जा रहा है</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation>नया अध्ययन (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation>नया केस (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation>केस संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation>नया प्रतिभागी (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation>प्रतिभागी संपादित करें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation>नया साक्षात्कार (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation>नया अवलोकन (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation>छिपाए जाने वाले नाम (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation>केस (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation>पहले कोई केस चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="251"/>
        <source>Create a study first.</source>
        <translation>पहले कोई अध्ययन बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="257"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="279"/>
        <source>Cannot open this</source>
        <translation>इसे खोला नहीं जा सकता</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269"/>
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>अध्ययन की छिपाने वाली सूची में %Ln नाम।</numerusform>
            <numerusform>अध्ययन की छिपाने वाली सूची में %Ln नाम।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="258"/>
        <source>Your name (remembered for next time)</source>
        <translation>आपका नाम (अगली बार के लिए याद रखा जाएगा)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="85"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="175"/>
        <source>language: %1</source>
        <translation>भाषा: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="174"/>
        <source>not set</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="177"/>
        <source>setting: %1</source>
        <translation>परिवेश: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="284"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation>आपका हाल का लिखा अभी सहेजा नहीं गया: %1 यह यहीं संपादक में रहता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="304"/>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="315"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation>Alt+%1 पर कोई थीम पिन नहीं है: कोडबुक में किसी थीम पर राइट-क्लिक करें ▸ Alt+N पर पिन करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="349"/>
        <source>New theme</source>
        <translation>नई थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="353"/>
        <source>Theme not created</source>
        <translation>थीम नहीं बनी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="358"/>
        <source>Select some words first, then choose a theme.</source>
        <translation>पहले कुछ शब्द चुनें, फिर कोई थीम चुनें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="380"/>
        <source>These words are already coded with %1.</source>
        <translation>ये शब्द पहले से %1 से कोड किए गए हैं।</translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation>&lt;b&gt;मेमो&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation>इस रिकॉर्ड पर मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation>मेमो जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation>मेमो हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation>मेमो संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation>मेमो हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation>मेमो “%1” हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation>हटाया नहीं गया</translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="61"/>
        <source>Tags:</source>
        <translation>टैग:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="63"/>
        <source>Add a tag</source>
        <translation>टैग जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="64"/>
        <source>Add a tag…</source>
        <translation>टैग जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="145"/>
        <source>Remove the tag “%1”</source>
        <translation>टैग “%1” हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="146"/>
        <source>Remove tag %1</source>
        <translation>टैग %1 हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="159"/>
        <source>Free-word tag “%1” (not a codebook theme). Click to remove it.</source>
        <translation>मुक्त टैग “%1” (कोडबुक की थीम नहीं)। हटाने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="163"/>
        <source>Remove free-word tag %1</source>
        <translation>मुक्त टैग %1 हटाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="206"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation>“%1” कोई थीम नहीं है: कोई सुझाव चुनें, या इसे फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="228"/>
        <source>Not a theme</source>
        <translation>थीम नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="231"/>
        <source>“%1” is not a theme in this study's codebook. Tag this record with it as a free word, or add it to the codebook as a new theme?</source>
        <translation>“%1” इस अध्ययन की कोडबुक में कोई थीम नहीं है। इस रिकॉर्ड को इस मुक्त शब्द से टैग करें, या इसे कोडबुक में नई थीम के रूप में जोड़ें?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="235"/>
        <source>Tag as a free word</source>
        <translation>मुक्त शब्द के रूप में टैग करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="236"/>
        <source>Add as a theme</source>
        <translation>थीम के रूप में जोड़ें</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln कोडिंग</numerusform>
            <numerusform>%Ln कोडिंग</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingRecovery</name>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="40"/>
        <source>Unfinished recordings</source>
        <translation>अधूरी रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="41"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation>fieldkit अधूरी रिकॉर्डिंग की जाँच नहीं कर सका: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="67"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation>पिछली बार बीच में रुकी %1 रिकॉर्डिंग वापस लाई गईं और उनके साक्षात्कारों से संलग्न की गईं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="77"/>
        <source>Recordings kept, not attached</source>
        <translation>रिकॉर्डिंग रखी गईं, संलग्न नहीं</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation>व्यक्ति → [नाम]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation>स्थान → [स्थान]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation>अन्य → [छिपाया गया]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation>रखें: कभी नहीं बदला जाता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation>छिपाए जाने वाले नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation>अनाम संस्करण इन नामों और स्थानों को हर जगह बदल देते हैं: शीर्षक, पाठ, उद्धरण, फ़ाइल नाम और PDF गुण; किसी भी केस में, मात्राओं/उच्चारण चिह्नों के साथ या बिना, पूरे शब्दों के रूप में। दूसरी वर्तनियाँ (दूसरी लिपियों में भी) “;” से अलग करके जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation>छिपाए जाने वाले नाम और स्थान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation>नाम या स्थान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation>दूसरी वर्तनियाँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation>नाम या स्थान जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation>यह सूची</translation>
    </message>
</context>
<context>
    <name>ReportLanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation>रिपोर्ट की भाषा</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_export.py" line="22"/>
        <source>could not write %1</source>
        <translation>%1 लिखा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="85"/>
        <source>Case and study review</source>
        <translation>केस और अध्ययन समीक्षा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="98"/>
        <source>Review views</source>
        <translation>समीक्षा दृश्य</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="102"/>
        <source>&amp;Case:</source>
        <translation>केस (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="104"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="114"/>
        <source>Case profile</source>
        <translation>केस प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="121"/>
        <source>Cases and themes</source>
        <translation>केस और थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="137"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation>हर सेल में कोड किए गए अंश (मूल थीम अपनी उप-थीमों को भी गिनती है):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="142"/>
        <source>Study matrix</source>
        <translation>अध्ययन मैट्रिक्स</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="145"/>
        <source>Export c&amp;hart…</source>
        <translation>चार्ट निर्यात करें (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="146"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation>केस प्रोफ़ाइल चार्ट को PNG या SVG के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="147"/>
        <source>Export &amp;matrix…</source>
        <translation>मैट्रिक्स निर्यात करें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="148"/>
        <source>Save the study matrix as CSV</source>
        <translation>अध्ययन मैट्रिक्स को CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="157"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation>किसी बार या सेल के कोड किए गए अंश देखने के लिए उस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="161"/>
        <location filename="../../fieldkit/ui/review/window.py" line="288"/>
        <source>Coded passages</source>
        <translation>कोड किए गए अंश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Quote</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="173"/>
        <source>Whole quote</source>
        <translation>पूरा उद्धरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="239"/>
        <source>case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="241"/>
        <source>Export chart</source>
        <translation>चार्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="242"/>
        <source>%1 - theme profile.png</source>
        <comment>a suggested file name</comment>
        <translation>%1 - थीम प्रोफ़ाइल.png</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="243"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG छवि (*.png);;SVG चित्र (*.svg)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="248"/>
        <source>Theme profile: %1</source>
        <translation>थीम प्रोफ़ाइल: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="251"/>
        <source>Cannot export the chart</source>
        <translation>चार्ट निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>Export matrix</source>
        <translation>मैट्रिक्स निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>study matrix.csv</source>
        <translation>अध्ययन मैट्रिक्स.csv</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV तालिका (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="261"/>
        <source>Cannot export the matrix</source>
        <translation>मैट्रिक्स निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="277"/>
        <source>all cases</source>
        <translation>सभी केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="295"/>
        <source>(the whole record is tagged)</source>
        <translation>(पूरा रिकॉर्ड टैग किया गया है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="298"/>
        <source>(audio or detached passage)</source>
        <translation>(ऑडियो या अलग किया गया अंश)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307"/>
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%Ln कोड किया गया अंश</numerusform>
            <numerusform>%Ln कोड किए गए अंश</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="308"/>
        <source>No coded passages here.</source>
        <translation>यहाँ कोई कोड किया गया अंश नहीं।</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="19"/>
        <source>learner</source>
        <translation>शिक्षार्थी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="20"/>
        <source>teacher</source>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="21"/>
        <source>parent</source>
        <translation>अभिभावक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="22"/>
        <source>community member</source>
        <translation>समुदाय सदस्य</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="23"/>
        <source>school leader</source>
        <translation>विद्यालय प्रमुख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="24"/>
        <source>official</source>
        <translation>सरकारी अधिकारी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="25"/>
        <source>NGO staff</source>
        <translation>एनजीओ कर्मचारी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="26"/>
        <source>researcher</source>
        <translation>शोधकर्ता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="27"/>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="65"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation>रिकॉर्ड खोजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation>प्रतिलेख, नोट्स, केस खोजें…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation>खोज के शब्द</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation>रिकॉर्ड का प्रकार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation>साक्षात्कार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="292"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation>सभी केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation>सभी थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Free-word tag</source>
        <translation>मुक्त टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Any tags</source>
        <translation>कोई भी टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="120"/>
        <source>Search status</source>
        <translation>खोज की स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="127"/>
        <source>Search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="216"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="231"/>
        <source>Searching…</source>
        <translation>खोज जारी…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="248"/>
        <source>(the whole record is tagged)</source>
        <translation>(पूरा रिकॉर्ड टैग किया गया है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="250"/>
        <source>(audio passage)</source>
        <translation>(ऑडियो अंश)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>“%1” से कोड किया गया %Ln अंश</numerusform>
            <numerusform>“%1” से कोड किए गए %Ln अंश</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="263"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation>यहाँ अभी कोई अंश “%1” से कोड नहीं किया गया है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="290"/>
        <source>Interview</source>
        <translation>साक्षात्कार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="291"/>
        <source>Observation</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="293"/>
        <source>Memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310"/>
        <source>Nothing found.</source>
        <translation>कुछ नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln परिणाम</numerusform>
            <numerusform>%Ln परिणाम</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="347"/>
        <source>Open record</source>
        <translation>रिकॉर्ड खोलें</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/sync/server_monitor.py" line="145"/>
        <source>this computer has no network connection</source>
        <translation>इस कंप्यूटर में नेटवर्क कनेक्शन नहीं है</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="47"/>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Changes set aside</source>
        <translation>अलग रखे गए बदलाव</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="51"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation>ये बदलाव सर्वर से आए लेकिन अभी इस लैपटॉप पर लागू नहीं हो सके, इसलिए सिंक ने इन्हें अलग रखा और बाकी सब जारी रखा। ज़्यादातर किसी ऐसे रिकॉर्ड की प्रतीक्षा में हैं जो अभी नहीं पहुँचा; उसके आते ही ये अपने आप लागू हो जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="63"/>
        <source>The server refused these changes made on this laptop. They are kept here with the server's reason, and everything else was sent. Send one again once its cause is fixed (for example after the server is updated), or discard it: the record keeps its values on this laptop.</source>
        <translation>सर्वर ने इस लैपटॉप पर किए गए ये बदलाव अस्वीकार कर दिए। ये सर्वर के कारण के साथ यहाँ रखे गए हैं, और बाकी सब भेज दिया गया। कारण ठीक होने पर (जैसे सर्वर अपडेट होने के बाद) किसी को फिर से भेजें, या उसे छोड़ दें: रिकॉर्ड इस लैपटॉप पर अपने मान रखता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>Your changes the server refused</source>
        <translation>आपके बदलाव जिन्हें सर्वर ने अस्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>The server's reason</source>
        <translation>सर्वर का कारण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="74"/>
        <source>Send again</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="76"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Study</source>
        <translation>अध्ययन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Fields</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="155"/>
        <source>Not sent again</source>
        <translation>फिर से नहीं भेजा गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="163"/>
        <source>Discard the refused change</source>
        <translation>अस्वीकार किया गया बदलाव छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="165"/>
        <source>Never send this change of %1? The record keeps its values on this laptop; the team will not get them.</source>
        <translation>%1 का यह बदलाव कभी न भेजें? रिकॉर्ड इस लैपटॉप पर अपने मान रखता है; टीम को वे नहीं मिलेंगे।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="171"/>
        <source>Not discarded</source>
        <translation>नहीं छोड़ा गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="58"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation>कुछ भी अलग नहीं रखा गया: जो कुछ आया वह सब लागू हुआ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="115"/>
        <source>Cannot list the changes set aside</source>
        <translation>अलग रखे गए बदलाव सूचीबद्ध नहीं किए जा सके</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="61"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="66"/>
        <source>Codebook</source>
        <translation>कोडबुक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Transcript</source>
        <translation>प्रतिलेख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <source>Code with the theme pinned to that key</source>
        <translation>उस कुंजी पर पिन की गई थीम से कोड करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Leave the transcript</source>
        <translation>प्रतिलेख से बाहर जाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
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
        <translation>%1 में आपका डेटा खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation>शुरू हो रहा है</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="10"/>
        <source>{field} must not be empty</source>
        <translation>“{field}” खाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="11"/>
        <source>{field} is too long ({length} characters; at most {most})</source>
        <translation>“{field}” बहुत लंबा है ({length} अक्षर; अधिकतम {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="12"/>
        <source>{field} is required (YYYY-MM-DD)</source>
        <translation>“{field}” आवश्यक है (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="13"/>
        <source>{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>{value} “{field}” के लिए मान्य तारीख नहीं है; इसे YYYY-MM-DD रूप में लिखें, जैसे 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="16"/>
        <source>time {value} is not valid; write it as HH:MM, e.g. 09:30</source>
        <translation>समय {value} मान्य नहीं है; इसे HH:MM रूप में लिखें, जैसे 09:30</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="17"/>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>“{field}” इनमें से एक होना चाहिए: {allowed} ({value} नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="18"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="318"/>
        <source>colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4</source>
        <translation>रंग {value} मान्य नहीं है; इसे #RRGGBB रूप में लिखें, जैसे #1f77b4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="20"/>
        <source>the consent date {date} is in the future; write the day consent was given (today at the latest)</source>
        <translation>सहमति की तारीख {date} भविष्य में है; वह दिन लिखें जब सहमति दी गई थी (अधिक से अधिक आज)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="25"/>
        <source>participant code {code} is already used in this study (by {other})</source>
        <translation>प्रतिभागी कोड {code} इस अध्ययन में पहले से उपयोग में है ({other} द्वारा)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="28"/>
        <source>language {value} is not a language fieldkit knows; choose one from the list, or write its code, e.g. en, fr, sw, hi or pt-BR</source>
        <translation>भाषा {value} fieldkit की जानी-पहचानी भाषा नहीं है; सूची से कोई भाषा चुनें, या उसका कोड लिखें, जैसे en, fr, sw, hi या pt-BR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="33"/>
        <source>the observation's description is empty</source>
        <translation>अवलोकन का विवरण खाली है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="35"/>
        <source>a theme name is required</source>
        <translation>थीम का नाम आवश्यक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="36"/>
        <source>a theme called {name} already exists in this study</source>
        <translation>{name} नाम की थीम इस अध्ययन में पहले से मौजूद है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="38"/>
        <source>The server at {at} showed a certificate this laptop does not trust ({why}). If your team runs its own certificate authority, sign in again with its certificate (a PEM file; --ca-file in the terminal).</source>
        <translation>{at} पर सर्वर ने ऐसा प्रमाणपत्र दिखाया जिस पर यह लैपटॉप भरोसा नहीं करता ({why})। अगर आपकी टीम का अपना प्रमाणपत्र प्राधिकरण है, तो उसके प्रमाणपत्र (एक PEM फ़ाइल; टर्मिनल में --ca-file) के साथ फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="44"/>
        <source>No secure connection could be made to the server at {at} ({why}). Check the address: https:// is for a server with a certificate, http:// for one without.</source>
        <translation>{at} पर सर्वर से कोई सुरक्षित कनेक्शन नहीं बन सका ({why})। पता जाँचें: https:// प्रमाणपत्र वाले सर्वर के लिए है, http:// बिना प्रमाणपत्र वाले के लिए।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="49"/>
        <source>The server name {host} could not be found. Check the address for typing mistakes, and that this laptop is connected to the internet or your network.</source>
        <translation>सर्वर का नाम {host} नहीं मिला। पते में टाइपिंग की गलतियाँ जाँचें, और देखें कि यह लैपटॉप इंटरनेट या आपके नेटवर्क से जुड़ा है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="54"/>
        <source>The server at {at} took too long to answer. The connection may be slow or the server busy; try again later.</source>
        <translation>{at} पर सर्वर ने जवाब देने में बहुत देर लगाई। कनेक्शन धीमा या सर्वर व्यस्त हो सकता है; बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="59"/>
        <source>The server at {at} did not answer (connection refused). Check the address and that the server is running.</source>
        <translation>{at} पर सर्वर ने जवाब नहीं दिया (कनेक्शन अस्वीकृत)। पता जाँचें और देखें कि सर्वर चल रहा है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="64"/>
        <source>The connection to the server at {at} was cut off. Try again; if it keeps happening, the network or the server is unstable.</source>
        <translation>{at} पर सर्वर से कनेक्शन टूट गया। फिर कोशिश करें; अगर ऐसा होता रहे, तो नेटवर्क या सर्वर अस्थिर है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="69"/>
        <source>The server at {at} cannot be reached from this network (no route). Check that this laptop is connected, then the address.</source>
        <translation>{at} पर सर्वर तक इस नेटवर्क से नहीं पहुँचा जा सकता (कोई मार्ग नहीं)। जाँचें कि यह लैपटॉप जुड़ा है, फिर पता जाँचें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="74"/>
        <source>The server at {at} could not be reached ({why}). Check the address and that the server is running.</source>
        <translation>{at} पर सर्वर तक नहीं पहुँचा जा सका ({why})। पता जाँचें और देखें कि सर्वर चल रहा है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="79"/>
        <source> (it said: {detail})</source>
        <translation> (उसने कहा: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="80"/>
        <source>The server at {at} did not accept the sign-in{said}. Check your user name and password, or sign in again.</source>
        <translation>{at} पर सर्वर ने साइन-इन स्वीकार नहीं किया{said}। अपना उपयोगकर्ता नाम और पासवर्ड जाँचें, या फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="85"/>
        <source>The server at {at} does not allow this account to do that{said}. Ask your team lead for access.</source>
        <translation>{at} पर सर्वर इस खाते को ऐसा करने की अनुमति नहीं देता{said}। पहुँच के लिए अपने टीम लीड से पूछें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="90"/>
        <source>The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.</source>
        <translation>पता {at} जवाब देता है, पर fieldkit सर्वर की तरह नहीं (HTTP 404)। पता जाँचें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="94"/>
        <source>The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try again later, and tell your team lead if it lasts.</source>
        <translation>{at} पर सर्वर में अपनी ही कोई समस्या थी (HTTP {status})। कुछ भी नहीं खोया; बाद में फिर कोशिश करें, और अगर यह बना रहे तो अपने टीम लीड को बताएँ।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="99"/>
        <source>The server at {at} refused the request (HTTP {status}){said}.</source>
        <translation>{at} पर सर्वर ने अनुरोध अस्वीकार कर दिया (HTTP {status}){said}।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="12"/>
        <source>an observation can hold photos and documents, not audio recordings</source>
        <translation>अवलोकन में फ़ोटो और दस्तावेज़ रखे जा सकते हैं, ऑडियो रिकॉर्डिंग नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="16"/>
        <source>a case can hold photos and documents, not audio recordings</source>
        <translation>केस में फ़ोटो और दस्तावेज़ रखे जा सकते हैं, ऑडियो रिकॉर्डिंग नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="17"/>
        <source>attachment kind {kind} is unknown; use photo, audio or document</source>
        <translation>अनुलग्नक का प्रकार {kind} अज्ञात है; photo, audio या document का उपयोग करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="18"/>
        <source>a {record} cannot hold attachments</source>
        <translation>{record} प्रकार के रिकॉर्ड में अनुलग्नक नहीं रखे जा सकते</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="19"/>
        <source>{amount} GB</source>
        <translation>{amount} GB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="20"/>
        <source>{amount} MB</source>
        <translation>{amount} MB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="21"/>
        <source>the photo {name} is {size}; photos up to {limit} are accepted</source>
        <translation>फ़ोटो {name} का आकार {size} है; {limit} तक की फ़ोटो स्वीकार की जाती हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="22"/>
        <source>the recording {name} is {size}; audio recordings up to {limit} are accepted</source>
        <translation>रिकॉर्डिंग {name} का आकार {size} है; {limit} तक की ऑडियो रिकॉर्डिंग स्वीकार की जाती हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="26"/>
        <source>the document {name} is {size}; documents up to {limit} are accepted</source>
        <translation>दस्तावेज़ {name} का आकार {size} है; {limit} तक के दस्तावेज़ स्वीकार किए जाते हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="30"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="290"/>
        <source>the file {path} does not exist</source>
        <translation>फ़ाइल {path} मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="31"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} एक फ़ोल्डर है, फ़ाइल नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="32"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="292"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path} एक साधारण फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="33"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="294"/>
        <source>fieldkit may not read {path} (permission denied)</source>
        <translation>fieldkit को {path} पढ़ने की अनुमति नहीं है (अनुमति अस्वीकृत)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="34"/>
        <source>the file {path} cannot be read: {reason}</source>
        <translation>फ़ाइल {path} पढ़ी नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="35"/>
        <source>an attachment needs a file name</source>
        <translation>अनुलग्नक के लिए फ़ाइल का नाम ज़रूरी है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="37"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="271"/>
        <source>a JPEG image</source>
        <translation>एक JPEG छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="270"/>
        <source>a PNG image</source>
        <translation>एक PNG छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="272"/>
        <source>a GIF image</source>
        <translation>एक GIF छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="40"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="273"/>
        <source>a WebP image</source>
        <translation>एक WebP छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="41"/>
        <source>a TIFF image</source>
        <translation>एक TIFF छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="42"/>
        <source>a BMP image</source>
        <translation>एक BMP छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="43"/>
        <source>a HEIC/AVIF image</source>
        <translation>एक HEIC/AVIF छवि</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="44"/>
        <source>a WAV recording</source>
        <translation>एक WAV रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="45"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="282"/>
        <source>an MP3 recording</source>
        <translation>एक MP3 रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="46"/>
        <source>an AAC recording</source>
        <translation>एक AAC रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="47"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="283"/>
        <source>an Ogg recording</source>
        <translation>एक Ogg रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="48"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="284"/>
        <source>a FLAC recording</source>
        <translation>एक FLAC रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="49"/>
        <source>an AMR recording</source>
        <translation>एक AMR रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="50"/>
        <source>an M4A recording</source>
        <translation>एक M4A रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="51"/>
        <source>a WebM recording</source>
        <translation>एक WebM रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="52"/>
        <source>a PDF document</source>
        <translation>एक PDF दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="53"/>
        <source>a Word, OpenDocument or ZIP file</source>
        <translation>एक Word, OpenDocument या ZIP फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="54"/>
        <source>an Office file</source>
        <translation>एक Office फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="55"/>
        <source>a rich-text document</source>
        <translation>एक रिच-टेक्स्ट (RTF) दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="56"/>
        <source>fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind it is</source>
        <translation>fieldkit यह नहीं बता सकता कि {name} फ़ोटो है, रिकॉर्डिंग है या दस्तावेज़; बताएँ कि यह किस प्रकार का है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="61"/>
        <source>the recording {name} is not audio (it looks like {label})</source>
        <translation>रिकॉर्डिंग {name} ऑडियो नहीं है (यह {label} लगती है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="62"/>
        <source>{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM</source>
        <translation>{name} ऐसी रिकॉर्डिंग नहीं है जिसे fieldkit जानता हो; WAV, MP3, M4A, Ogg/Opus, FLAC, AMR या WebM का उपयोग करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="66"/>
        <source>the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG on the phone or computer and attach that</source>
        <translation>फ़ोटो {name} एक HEIC/AVIF छवि है, जिसे fieldkit अभी नहीं दिखा सकता; इसे फ़ोन या कंप्यूटर पर JPEG के रूप में निर्यात करें और वही संलग्न करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="71"/>
        <source>the photo {name} is not an image (it looks like {label})</source>
        <translation>फ़ोटो {name} कोई छवि नहीं है (यह {label} लगती है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="72"/>
        <source>the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), or it is damaged</source>
        <translation>फ़ोटो {name} ऐसी छवि नहीं है जिसे fieldkit पढ़ सके (JPEG, PNG, GIF, WebP, TIFF या BMP), या वह क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="77"/>
        <source>the photo {name} has too many pixels to open safely</source>
        <translation>फ़ोटो {name} में सुरक्षित रूप से खोलने के लिए बहुत अधिक पिक्सेल हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="79"/>
        <source>the file {name} is empty; nothing was attached</source>
        <translation>फ़ाइल {name} खाली है; कुछ भी संलग्न नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="80"/>
        <source>{what} {where} is missing from the data folder {folder}; sync again to fetch it, or remove it and attach the file again</source>
        <translation>डेटा फ़ोल्डर {folder} में फ़ाइल नहीं मिली: {what} {where}; इसे लाने के लिए फिर से सिंक करें, या अनुलग्नक हटाकर फ़ाइल फिर से संलग्न करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="85"/>
        <source>{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, or remove it and attach the file again</source>
        <translation>फ़ाइल क्षतिग्रस्त है: {what} {where}; डिस्क पर इसकी सामग्री बदल गई है। सही प्रति लाने के लिए फिर से सिंक करें, या अनुलग्नक हटाकर फ़ाइल फिर से संलग्न करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="90"/>
        <source>the photo {name}</source>
        <translation>फ़ोटो {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="91"/>
        <source>the recording {name}</source>
        <translation>रिकॉर्डिंग {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="92"/>
        <source>the document {name}</source>
        <translation>दस्तावेज़ {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="93"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="293"/>
        <source>the file {name}</source>
        <translation>फ़ाइल {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="94"/>
        <source>(attached to interview {id})</source>
        <translation>(साक्षात्कार {id} का अनुलग्नक)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="95"/>
        <source>(attached to observation {id})</source>
        <translation>(अवलोकन {id} का अनुलग्नक)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="96"/>
        <source>(attached to case {id})</source>
        <translation>(केस {id} का अनुलग्नक)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="97"/>
        <source>(attached to {record} {id})</source>
        <translation>({record} {id} का अनुलग्नक)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="99"/>
        <source>{path} is a folder; give the backup file's name, e.g. -o fk.bak</source>
        <translation>{path} एक फ़ोल्डर है; बैकअप फ़ाइल का नाम दें, जैसे -o fk.bak</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="100"/>
        <source>the backup file cannot be inside the data folder it backs up</source>
        <translation>बैकअप फ़ाइल उसी डेटा फ़ोल्डर के अंदर नहीं हो सकती जिसका वह बैकअप लेती है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="12"/>
        <source>there is no study yet; create one with: fieldkit study create NAME</source>
        <translation>अभी कोई अध्ययन नहीं है; इससे एक बनाएँ: fieldkit study create NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="15"/>
        <source>several studies exist ({names}); choose one with --study ID</source>
        <translation>कई अध्ययन मौजूद हैं ({names}); --study ID से एक चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="17"/>
        <source>the data folder {folder} is not encrypted (fieldkit encrypt)</source>
        <translation>डेटा फ़ोल्डर {folder} एन्क्रिप्टेड नहीं है (fieldkit encrypt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="18"/>
        <source>the recovery key could not be written to {path} ({reason}); it is printed above instead: copy it now</source>
        <translation>पुनर्प्राप्ति कुंजी {path} में नहीं लिखी जा सकी ({reason}); इसके बजाय वह ऊपर छपी है: उसे अभी कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="24"/>
        <source>nothing deleted; add --yes to delete without being asked</source>
        <translation>कुछ नहीं हटाया गया; बिना पूछे हटाने के लिए --yes जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="26"/>
        <source>unknown section {section}; choose from {choices}</source>
        <translation>अज्ञात खंड {section}; इनमें से चुनें: {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="27"/>
        <source>--with-photos is for anonymised editions (with --anonymised)</source>
        <translation>--with-photos अनाम संस्करणों के लिए है (--anonymised के साथ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="28"/>
        <source>give the CASE_ID to export, or --all with --study</source>
        <translation>निर्यात करने के लिए CASE_ID दें, या --study के साथ --all</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="29"/>
        <source>give either a CASE_ID or --all, not both</source>
        <translation>या तो CASE_ID दें या --all, दोनों नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="31"/>
        <source>the name is empty; use --clear to remove it</source>
        <translation>नाम खाली है; उसे हटाने के लिए --clear का उपयोग करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="32"/>
        <source>the name is longer than {most} characters</source>
        <translation>नाम {most} अक्षरों से लंबा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="34"/>
        <source>participant {codes} did not allow audio recording; the recording was not imported</source>
        <translation>प्रतिभागी {codes} ने ऑडियो रिकॉर्डिंग की अनुमति नहीं दी; रिकॉर्डिंग आयात नहीं की गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="39"/>
        <source>give the password on standard input</source>
        <translation>पासवर्ड मानक इनपुट पर दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="41"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>{folder} नहीं बनाया जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="42"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} में लिखा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="44"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>फ़ोल्डर {folder} नहीं बनाया जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="46"/>
        <source>photo {file} ({record}) was left out: {problem}</source>
        <translation>फ़ोटो {file} ({record}) छोड़ दी गई: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="48"/>
        <source>unknown PDF section {section}; choose from {choices}</source>
        <translation>अज्ञात PDF खंड {section}; इनमें से चुनें: {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="49"/>
        <source>the number of quotes per theme cannot be negative</source>
        <translation>प्रति थीम उद्धरणों की संख्या ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="50"/>
        <source>unknown photo size {size}; choose from {choices}</source>
        <translation>अज्ञात फ़ोटो आकार {size}; इनमें से चुनें: {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="51"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="101"/>
        <source>the folder {folder} does not exist</source>
        <translation>फ़ोल्डर {folder} मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="52"/>
        <source>the file name {name} gives away {leaks}; rename it before sending the anonymised edition</source>
        <translation>फ़ाइल नाम {name} से {leaks} का पता चलता है; अनाम संस्करण भेजने से पहले उसका नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="56"/>
        <source>the PDF could not be written to {path}: {reason}</source>
        <translation>PDF को {path} में नहीं लिखा जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="57"/>
        <source>1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>1 फ़ोटो छोड़ दी गई: अनाम संस्करणों में फ़ोटो तभी होती हैं जब माँगी जाएँ (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="61"/>
        <source>{count} photos were left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>{count} फ़ोटो छोड़ दी गईं: अनाम संस्करणों में फ़ोटो तभी होती हैं जब माँगी जाएँ (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="67"/>
        <source>the file is not a picture fieldkit can read ({reason})</source>
        <translation>यह फ़ाइल ऐसी तस्वीर नहीं है जिसे fieldkit पढ़ सके ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="69"/>
        <source>pdftotext (poppler-utils) is needed to read a PDF's text back</source>
        <translation>PDF का पाठ वापस पढ़ने के लिए pdftotext (poppler-utils) आवश्यक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="70"/>
        <source>pdftotext could not read {path}: {reason}</source>
        <translation>pdftotext {path} को नहीं पढ़ सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="72"/>
        <source>{script} text in {place} could not be rendered: no font found</source>
        <translation>{place} में {script} पाठ नहीं दिखाया जा सका: कोई फ़ॉन्ट नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="74"/>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} मौजूद नहीं है या फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="75"/>
        <source>{name} holds too many files ({count})</source>
        <translation>{name} में बहुत अधिक फ़ाइलें हैं ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="76"/>
        <source>{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} एक zip संग्रह है, पर REFI-QDA प्रोजेक्ट नहीं: इसके भीतर project.qde नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="80"/>
        <source>{what} in {name} is too large ({size} bytes; at most {most})</source>
        <translation>{name} में {what} बहुत बड़ा है ({size} बाइट; अधिकतम {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="81"/>
        <source>{name} is not a REFI-QDA project: it is not a zip archive ({reason})</source>
        <translation>{name} REFI-QDA प्रोजेक्ट नहीं है: यह zip संग्रह नहीं है ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="85"/>
        <source>{archive} contains an unsafe file name ({entry}); it was not imported</source>
        <translation>{archive} में एक असुरक्षित फ़ाइल नाम है ({entry}); इसे आयात नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="89"/>
        <source>{name} is encrypted; export it again without a password</source>
        <translation>{name} एन्क्रिप्टेड है; इसे बिना पासवर्ड के फिर से निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="90"/>
        <source>{name} unpacks to more than {most} GB</source>
        <translation>{name} खोलने पर {most} GB से अधिक हो जाता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="91"/>
        <source>{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} bytes); not imported</source>
        <translation>{archive} एक zip बम जैसा लगता है ({entry} खुलने पर {packed} से {size} बाइट हो जाएगा); आयात नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="96"/>
        <source>{what} in {name} is damaged ({reason})</source>
        <translation>{name} में {what} क्षतिग्रस्त है ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="97"/>
        <source>{what} in {name} cannot be read ({reason})</source>
        <translation>{name} में {what} पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="98"/>
        <source>{what} in {name} is larger than the archive says; the file is damaged or unsafe</source>
        <translation>{name} में {what} संग्रह में बताए आकार से बड़ा है; फ़ाइल क्षतिग्रस्त या असुरक्षित है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="103"/>
        <source>{file} was left out: REFI-QDA files hold at most 2 GB per file</source>
        <translation>{file} छोड़ दी गई: REFI-QDA फ़ाइलों में प्रति फ़ाइल अधिकतम 2 GB होते हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="104"/>
        <source>{file} was left out: {problem}</source>
        <translation>{file} छोड़ दी गई: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="106"/>
        <source>the project file gives {what} an invalid identifier ({value}); it may be damaged</source>
        <translation>प्रोजेक्ट फ़ाइल {what} को एक अमान्य पहचानकर्ता देती है ({value}); फ़ाइल क्षतिग्रस्त हो सकती है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="111"/>
        <source>positions in {source} were counted as {counting}, not as the standard's code points; fieldkit followed the file</source>
        <translation>{source} में स्थितियाँ मानक के कोड पॉइंट के बजाय {counting} के रूप में गिनी गई थीं; fieldkit ने फ़ाइल का पालन किया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="116"/>
        <source>{count} picture region codings on {source} were not imported (fieldkit codes text and audio)</source>
        <translation>{source} पर चित्र-क्षेत्र की {count} कोडिंग आयात नहीं की गईं (fieldkit पाठ और ऑडियो को कोड करता है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="121"/>
        <source>{source} is already in the study with a different text; its codings were not imported</source>
        <translation>{source} अध्ययन में पहले से अलग पाठ के साथ मौजूद है; इसकी कोडिंग आयात नहीं की गईं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="125"/>
        <source>a coding in {source} names a code missing from the codebook; skipped</source>
        <translation>{source} की एक कोडिंग ऐसे कोड का नाम लेती है जो कोडबुक में नहीं है; छोड़ दी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="129"/>
        <source>an audio selection on {source} runs from {start} to {end} ms, which is empty or negative; the project is inconsistent</source>
        <translation>{source} पर एक ऑडियो चयन {start} से {end} ms तक है, जो खाली या ऋणात्मक है; प्रोजेक्ट असंगत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="135"/>
        <source>the code {name} was renamed {new} (name taken)</source>
        <translation>कोड {name} का नाम बदलकर {new} किया गया (नाम पहले से लिया हुआ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="136"/>
        <source>a whole-source coding names a missing code; skipped</source>
        <translation>पूरे स्रोत की एक कोडिंग अनुपस्थित कोड का नाम लेती है; छोड़ दी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="138"/>
        <source>{source} ({kind}) was not imported: fieldkit keeps audio, photos and text</source>
        <translation>{source} ({kind}) आयात नहीं किया गया: fieldkit ऑडियो, फ़ोटो और पाठ रखता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="143"/>
        <source>a coding on {title} was left out: its text was deleted</source>
        <translation>{title} पर एक कोडिंग छोड़ दी गई: उसका पाठ हटा दिया गया था</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="144"/>
        <source>the export was cancelled; no file was written</source>
        <translation>निर्यात रद्द कर दिया गया; कोई फ़ाइल नहीं लिखी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="146"/>
        <source>project.qde is not well-formed XML (line {line}, column {column}); the file is damaged or was not written by a REFI-QDA program</source>
        <translation>project.qde सही ढंग से बना XML नहीं है (पंक्ति {line}, स्तंभ {column}); फ़ाइल क्षतिग्रस्त है या किसी REFI-QDA प्रोग्राम ने नहीं लिखी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="151"/>
        <source>project.qde is empty; the file is damaged</source>
        <translation>project.qde खाली है; फ़ाइल क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="152"/>
        <source>project.qde is not a REFI-QDA project (its root is &lt;{root}&gt; in namespace {namespace}, not &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>project.qde REFI-QDA प्रोजेक्ट नहीं है (इसका मूल नेमस्पेस {namespace} में &lt;{root}&gt; है, urn:QDA-XML:project:1.0 में &lt;Project&gt; नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="157"/>
        <source>{what} has {attribute}={value}, which is not a whole number; the file is damaged</source>
        <translation>{what} में {attribute}={value} है, जो पूर्ण संख्या नहीं है; फ़ाइल क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="161"/>
        <source>a coding in the project names no code (CodeRef missing)</source>
        <translation>प्रोजेक्ट की एक कोडिंग किसी कोड का नाम नहीं लेती (CodeRef अनुपस्थित)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="162"/>
        <source>project.qde declares a DTD or entities, which REFI-QDA does not use; it was not imported for safety</source>
        <translation>project.qde एक DTD या एंटिटी घोषित करता है, जिनका REFI-QDA उपयोग नहीं करता; सुरक्षा के लिए इसे आयात नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="167"/>
        <source>this is a REFI-QDA codebook, not a project; import it as a codebook</source>
        <translation>यह REFI-QDA कोडबुक है, प्रोजेक्ट नहीं; इसे कोडबुक के रूप में आयात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="172"/>
        <source>this data folder has no study to export</source>
        <translation>इस डेटा फ़ोल्डर में निर्यात करने के लिए कोई अध्ययन नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="173"/>
        <source>this data folder holds {count} studies; choose the one to export (--study)</source>
        <translation>इस डेटा फ़ोल्डर में {count} अध्ययन हैं; निर्यात करने के लिए एक चुनें (--study)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="178"/>
        <source>the text of {what} ({path}) is not inside {name}</source>
        <translation>{what} का पाठ ({path}) {name} के भीतर नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="179"/>
        <source>{what} has {length} characters; fieldkit holds at most {most} per text</source>
        <translation>{what} में {length} अक्षर हैं; fieldkit प्रति पाठ अधिकतम {most} अक्षर रखता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="183"/>
        <source>{source} was not imported: its file ({path}) is not inside the project file</source>
        <translation>{source} आयात नहीं किया गया: इसकी फ़ाइल ({path}) प्रोजेक्ट फ़ाइल के भीतर नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="187"/>
        <source>a selection in {what} runs from {start} to {end}, outside its text of {length} characters; the project is inconsistent</source>
        <translation>{what} में एक चयन {start} से {end} तक है, जो उसके {length} अक्षरों के पाठ से बाहर है; प्रोजेक्ट असंगत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="193"/>
        <source>{what} is not valid UTF-16 text</source>
        <translation>{what} मान्य UTF-16 पाठ नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="194"/>
        <source>{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text sources must be UTF-8</source>
        <translation>{what} UTF-8 पाठ नहीं है (स्थान {position} पर गलत बाइट); REFI-QDA पाठ स्रोत UTF-8 में होने चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="200"/>
        <source>reports are not available in {language}; they ship in {shipped}</source>
        <translation>रिपोर्ट {language} में उपलब्ध नहीं हैं; वे इन भाषाओं में आती हैं: {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="102"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>बैकअप {path} लिखा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="103"/>
        <source>there is no backup file {path}; nothing was restored</source>
        <translation>कोई बैकअप फ़ाइल {path} नहीं है; कुछ भी पुनर्स्थापित नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="104"/>
        <source>the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed</source>
        <translation>डेटा फ़ोल्डर {folder} खाली नहीं है; किसी नए फ़ोल्डर में पुनर्स्थापित करें (fieldkit --data-dir NEW-FOLDER restore FILE): कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="109"/>
        <source>cannot restore into {folder}: {reason}</source>
        <translation>{folder} में पुनर्स्थापित नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="110"/>
        <source>the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it</source>
        <translation>बैकअप {path} एन्क्रिप्ट किया गया है ({encryption}); fieldkit का यह संस्करण इसे नहीं खोल सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="114"/>
        <source>the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</source>
        <translation>बैकअप {path} एक पासफ़्रेज़ से एन्क्रिप्ट किया गया है; इसे स्टैंडर्ड इनपुट पर दें (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="119"/>
        <source>the backup {path} is damaged (its header)</source>
        <translation>बैकअप {path} क्षतिग्रस्त है (उसका हेडर)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="120"/>
        <source>wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase cannot be recovered)</source>
        <translation>बैकअप {path} के लिए गलत पासफ़्रेज़: कुछ भी पुनर्स्थापित नहीं किया गया (भूला हुआ पासफ़्रेज़ वापस नहीं पाया जा सकता)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="125"/>
        <source>the backup {path}</source>
        <translation>बैकअप {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="126"/>
        <source>cannot read the database {path} for the backup: {reason}</source>
        <translation>बैकअप के लिए डेटाबेस {path} पढ़ा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="127"/>
        <source>{path} is not a fieldkit backup file</source>
        <translation>{path} fieldkit की बैकअप फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="128"/>
        <source>the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to restore it</source>
        <translation>बैकअप {path} fieldkit के नए संस्करण से बनाया गया था (प्रारूप {format}); इसे पुनर्स्थापित करने के लिए fieldkit अपडेट करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="133"/>
        <source>the backup {path} holds an unexpected entry</source>
        <translation>बैकअप {path} में एक अनपेक्षित प्रविष्टि है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="134"/>
        <source>the backup {path} is damaged</source>
        <translation>बैकअप {path} क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="135"/>
        <source>the backup {path} is damaged or incomplete ({reason}); nothing was restored</source>
        <translation>बैकअप {path} क्षतिग्रस्त या अधूरा है ({reason}); कुछ भी पुनर्स्थापित नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="139"/>
        <source>the backup {path} holds no database; nothing was restored</source>
        <translation>बैकअप {path} में कोई डेटाबेस नहीं है; कुछ भी पुनर्स्थापित नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="140"/>
        <source>the backup {path} holds a damaged database ({reason})</source>
        <translation>बैकअप {path} में क्षतिग्रस्त डेटाबेस है ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="142"/>
        <source>{amount} bytes</source>
        <translation>{amount} बाइट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="143"/>
        <source>{amount} KB</source>
        <translation>{amount} KB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="144"/>
        <source>the attachment file {file}… is missing from {folder}; sync again or re-import it</source>
        <translation>अनुलग्नक फ़ाइल {file}… {folder} में नहीं है; फिर से सिंक करें या इसे फिर से आयात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="148"/>
        <source>the file {file}…</source>
        <translation>फ़ाइल {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="149"/>
        <source>not a SHA-256 hash: {value}</source>
        <translation>यह SHA-256 हैश नहीं है: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="150"/>
        <source>fieldkit may not read {path}</source>
        <translation>fieldkit को {path} पढ़ने की अनुमति नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="151"/>
        <source>the attachment file {file}… is damaged (its contents changed on disk); sync again or re-import it</source>
        <translation>अनुलग्नक फ़ाइल {file}… क्षतिग्रस्त है (डिस्क पर इसकी सामग्री बदल गई है); फिर से सिंक करें या इसे फिर से आयात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="156"/>
        <source>the attachment file {file}… is missing</source>
        <translation>अनुलग्नक फ़ाइल {file}… नहीं मिली</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="157"/>
        <source>the attachment file {file}… is damaged</source>
        <translation>अनुलग्नक फ़ाइल {file}… क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="158"/>
        <source>not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps {reserve} free so edits can still be saved); nothing was stored</source>
        <translation>{size} की फ़ाइल के लिए पर्याप्त खाली जगह नहीं है: {folder} में {free} खाली है (fieldkit {reserve} खाली रखता है ताकि बदलाव अब भी सहेजे जा सकें); कुछ भी संग्रहीत नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="163"/>
        <source>{name} could not be read to the end ({reason}); nothing was stored — copy it to this computer and try again</source>
        <translation>{name} अंत तक पढ़ी नहीं जा सकी ({reason}); कुछ भी संग्रहीत नहीं किया गया — इसे इस कंप्यूटर पर कॉपी करें और फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="168"/>
        <source>the attachment file {file}… cannot be read: {reason}</source>
        <translation>अनुलग्नक फ़ाइल {file}… पढ़ी नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="169"/>
        <source>the disk holding {folder} is full; nothing was stored</source>
        <translation>{folder} वाली डिस्क भरी हुई है; कुछ भी संग्रहीत नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="170"/>
        <source>fieldkit may not write in {folder} ({reason})</source>
        <translation>fieldkit को {folder} में लिखने की अनुमति नहीं है ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="171"/>
        <source>could not store the file in {folder}: {reason}</source>
        <translation>फ़ाइल {folder} में संग्रहीत नहीं की जा सकी: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="12"/>
        <source>research records are never erased; they are marked deleted so the deletion can sync</source>
        <translation>शोध रिकॉर्ड कभी मिटाए नहीं जाते; उन्हें हटाया गया चिह्नित किया जाता है ताकि हटाना सिंक हो सके</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="17"/>
        <source>the default codebook is not available in {language}; it ships in {shipped}</source>
        <translation>डिफ़ॉल्ट कोडबुक {language} में उपलब्ध नहीं है; यह {shipped} में आती है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="22"/>
        <source>a {record} has no text to code</source>
        <translation>{record} प्रकार के रिकॉर्ड में कोड करने के लिए कोई पाठ नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="23"/>
        <source>the case {title} has no text of its own to code; tag it instead, or code one of its interviews or observations</source>
        <translation>केस {title} का अपना कोई पाठ नहीं है जिसे कोड किया जा सके; इसके बजाय इस पर टैग लगाएँ, या इसके किसी साक्षात्कार या अवलोकन को कोड करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="28"/>
        <source>start and end must be whole numbers of milliseconds (not {value})</source>
        <translation>आरंभ और अंत मिलीसेकंड की पूर्ण संख्याएँ होने चाहिए ({value} नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="32"/>
        <source>start and end must be whole numbers (not {value})</source>
        <translation>आरंभ और अंत पूर्ण संख्याएँ होने चाहिए ({value} नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="33"/>
        <source>the theme {name} is archived; restore it before using it</source>
        <translation>थीम {name} संग्रहित है; इसका उपयोग करने से पहले इसे पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="34"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="299"/>
        <source>the span {start}–{end} lies outside the text, which has {length} characters</source>
        <translation>अंश {start}–{end} पाठ के बाहर है, जिसमें {length} अक्षर हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="303"/>
        <source>the span {start}–{end} is empty; end must be greater than start</source>
        <translation>अंश {start}–{end} खाली है; अंत आरंभ से बड़ा होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="304"/>
        <source>the span covers only white space</source>
        <translation>अंश में केवल रिक्त स्थान है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="40"/>
        <source>this span is already coded with {theme}</source>
        <translation>यह अंश पहले से {theme} के साथ कोड किया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="41"/>
        <source>{name} is not an audio recording</source>
        <translation>{name} ऑडियो रिकॉर्डिंग नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="42"/>
        <source>the span {start}–{end} ms is empty or negative</source>
        <translation>अंश {start}–{end} ms खाली या ऋणात्मक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="43"/>
        <source>the span ends at {end} ms but the recording lasts {length} ms</source>
        <translation>अंश {end} ms पर समाप्त होता है, लेकिन रिकॉर्डिंग {length} ms लंबी है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="44"/>
        <source>this part of the recording is already coded with {theme}</source>
        <translation>रिकॉर्डिंग का यह हिस्सा पहले से {theme} के साथ कोड किया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="46"/>
        <source>no conflict with id {id}</source>
        <translation>आईडी {id} वाला कोई टकराव नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="47"/>
        <source>this conflict was already resolved</source>
        <translation>यह टकराव पहले ही सुलझा लिया गया था</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="48"/>
        <source>choose keep, take_losing or custom, not {choice}</source>
        <translation>keep, take_losing या custom चुनें, {choice} नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="49"/>
        <source>the {record} of this conflict no longer exists</source>
        <translation>इस टकराव का रिकॉर्ड ({record}) अब मौजूद नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="173"/>
        <source>the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin …, or unlock it in the app)</source>
        <translation>डेटा फ़ोल्डर {folder} एन्क्रिप्ट किया गया है; इसका पासफ़्रेज़ दें (fieldkit --passphrase-stdin …, या ऐप में इसे अनलॉक करें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="178"/>
        <source>the data folder {folder} is not encrypted</source>
        <translation>डेटा फ़ोल्डर {folder} एन्क्रिप्ट नहीं किया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="179"/>
        <source>cannot create the database in {folder}: {reason}</source>
        <translation>{folder} में डेटाबेस नहीं बनाया जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="180"/>
        <source>the data folder {folder} is a file, not a folder; choose another folder with --data-dir</source>
        <translation>डेटा फ़ोल्डर {folder} एक फ़ाइल है, फ़ोल्डर नहीं; --data-dir से कोई दूसरा फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="184"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>डेटा फ़ोल्डर {folder} नहीं बनाया जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="185"/>
        <source>the data folder {folder} is read-only; fieldkit needs to write there (choose another folder with --data-dir or fix its permissions)</source>
        <translation>डेटा फ़ोल्डर {folder} केवल-पठन है; fieldkit को उसमें लिखना होता है (--data-dir से कोई दूसरा फ़ोल्डर चुनें या उसकी अनुमतियाँ ठीक करें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="190"/>
        <source>the database in {folder} is read-only: {reason}</source>
        <translation>{folder} का डेटाबेस केवल-पठन है: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="191"/>
        <source>the disk holding {folder} is full; free some space — nothing was saved from the change that failed, everything before it is safe</source>
        <translation>{folder} वाली डिस्क भरी हुई है; कुछ जगह खाली करें — विफल हुए बदलाव से कुछ भी सहेजा नहीं गया, उससे पहले का सब कुछ सुरक्षित है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="196"/>
        <source>the database in {folder} is busy in another program; try again in a moment</source>
        <translation>{folder} का डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है; थोड़ी देर में फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="200"/>
        <source>the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a backup, or choose another data folder with --data-dir</source>
        <translation>{folder} की फ़ाइल {file} fieldkit डेटाबेस नहीं है या क्षतिग्रस्त है; इसे किसी बैकअप से पुनर्स्थापित करें, या --data-dir से कोई दूसरा डेटा फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="205"/>
        <source>the database in {folder} is damaged ({reason}); restore it from a backup</source>
        <translation>{folder} का डेटाबेस क्षतिग्रस्त है ({reason}); इसे किसी बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="209"/>
        <source>the database in {folder} could not be used: {reason}</source>
        <translation>{folder} का डेटाबेस उपयोग नहीं किया जा सका: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="211"/>
        <source>the data folder {folder} is encrypted already</source>
        <translation>डेटा फ़ोल्डर {folder} पहले से एन्क्रिप्ट किया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="212"/>
        <source>{count} recording(s) in {folder} are not finished; open the app once so they are attached, then encrypt the folder</source>
        <translation>{folder} में {count} रिकॉर्डिंग पूरी नहीं हुई हैं; ऐप एक बार खोलें ताकि वे संलग्न हो जाएँ, फिर फ़ोल्डर एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="217"/>
        <source>the encrypted copy of the database failed its check ({check})</source>
        <translation>डेटाबेस की एन्क्रिप्ट की गई प्रति अपनी जाँच में विफल रही ({check})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="219"/>
        <source>the passphrase is too short: use at least {least} characters (a few words you will remember are best)</source>
        <translation>पासफ़्रेज़ बहुत छोटा है: कम से कम {least} अक्षर इस्तेमाल करें (कुछ शब्द जो आपको याद रहें, सबसे अच्छे हैं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="224"/>
        <source>{folder} is already encrypted (it has {file})</source>
        <translation>{folder} पहले से एन्क्रिप्ट किया गया है (इसमें {file} है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="225"/>
        <source>the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or use the recovery key. Nothing was changed</source>
        <translation>पासफ़्रेज़ डेटा फ़ोल्डर {folder} को अनलॉक नहीं करता; इसे जाँचें (बड़े अक्षर, रिक्त स्थान) या रिकवरी कुंजी का उपयोग करें। कुछ भी नहीं बदला गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="230"/>
        <source>{folder} is not encrypted (it has no {file})</source>
        <translation>{folder} एन्क्रिप्ट नहीं किया गया है (इसमें {file} नहीं है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="231"/>
        <source>the key file {path} cannot be read ({reason}); without it the folder cannot be opened: put back the copy from a backup</source>
        <translation>कुंजी फ़ाइल {path} पढ़ी नहीं जा सकती ({reason}); इसके बिना फ़ोल्डर नहीं खुल सकता: किसी बैकअप से इसकी प्रति वापस रखें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="236"/>
        <source>the key file {path} is not a fieldkit key file (or a newer one)</source>
        <translation>कुंजी फ़ाइल {path} fieldkit की कुंजी फ़ाइल नहीं है (या किसी नए संस्करण की है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="238"/>
        <source>the passphrase cannot be remembered: the 'keyring' package is not installed; give the passphrase each time</source>
        <translation>पासफ़्रेज़ याद नहीं रखा जा सकता: 'keyring' पैकेज इंस्टॉल नहीं है; हर बार पासफ़्रेज़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="243"/>
        <source>the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time</source>
        <translation>पासफ़्रेज़ याद नहीं रखा जा सकता: इस कंप्यूटर में कोई कीरिंग नहीं है (जैसे GNOME Keyring, KWallet, macOS Keychain या Windows Credential Manager); हर बार पासफ़्रेज़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="248"/>
        <source>the keyring refused to keep the key: {reason}</source>
        <translation>कीरिंग ने कुंजी रखने से इनकार कर दिया: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="250"/>
        <source>the file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="251"/>
        <source>{name} is not an encrypted fieldkit file</source>
        <translation>{name} fieldkit द्वारा एन्क्रिप्ट की गई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="252"/>
        <source>{name} is cut short (damaged)</source>
        <translation>फ़ाइल अधूरी है (क्षतिग्रस्त): {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="253"/>
        <source>{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)</source>
        <translation>फ़ाइल क्षतिग्रस्त या अधूरी है: {name} ({chunks} में से खंड {chunk} डिक्रिप्ट नहीं होता)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="258"/>
        <source>{what} was expected on the first line of standard input</source>
        <translation>स्टैंडर्ड इनपुट की पहली पंक्ति में अपेक्षित था: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="259"/>
        <source>the data folder {folder} is encrypted; give its passphrase on standard input with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)</source>
        <translation>डेटा फ़ोल्डर {folder} एन्क्रिप्ट किया गया है; --passphrase-stdin के साथ स्टैंडर्ड इनपुट पर इसका पासफ़्रेज़ दें (जैसे fieldkit --data-dir DIR --passphrase-stdin search radio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="55"/>
        <source>an id is required</source>
        <translation>आईडी आवश्यक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="56"/>
        <source>the {kind} “{label}” is not deleted</source>
        <translation>“{label}” ({kind}) हटाए गए आइटमों में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="57"/>
        <source>the {kind} “{label}” was deleted</source>
        <translation>“{label}” ({kind}) हटाए गए आइटमों में है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="58"/>
        <source>nothing deleted has an id starting with {ref}</source>
        <translation>हटाए गए किसी भी आइटम की आईडी {ref} से शुरू नहीं होती</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="59"/>
        <source>nothing has an id starting with {ref}</source>
        <translation>किसी भी आइटम की आईडी {ref} से शुरू नहीं होती</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="60"/>
        <source>the id {ref} matches several deleted rows; give more of it</source>
        <translation>आईडी {ref} कई हटाए गए आइटमों से मेल खाती है; इसका और हिस्सा दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="61"/>
        <source>the id {ref} matches several rows; give more of it</source>
        <translation>आईडी {ref} कई आइटमों से मेल खाती है; इसका और हिस्सा दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="62"/>
        <source>nothing deleted has the id {ref} (give at least {least} characters)</source>
        <translation>हटाए गए किसी भी आइटम की आईडी {ref} नहीं है (कम से कम {least} अक्षर दें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="66"/>
        <source>nothing has the id {ref} (give at least {least} characters)</source>
        <translation>किसी भी आइटम की आईडी {ref} नहीं है (कम से कम {least} अक्षर दें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="67"/>
        <source>{kind} “{label}” is already deleted</source>
        <translation>“{label}” ({kind}) पहले से हटाए गए आइटमों में है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="68"/>
        <source>{kind} “{label}” is not deleted</source>
        <translation>“{label}” ({kind}) हटाए गए आइटमों में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="69"/>
        <source>the theme “{name}” codes or tags material ({counts}); delete it together with them (--with-codings), or merge it into another theme to keep them (fieldkit theme merge)</source>
        <translation>थीम “{name}” से सामग्री कोड या टैग की गई है ({counts}); इसे उनके साथ हटाएँ (--with-codings), या उन्हें रखने के लिए इसे किसी दूसरी थीम में मिलाएँ (fieldkit theme merge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="74"/>
        <source>{n} coding</source>
        <translation>{n} कोडिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="75"/>
        <source>{n} codings</source>
        <translation>{n} कोडिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="76"/>
        <source>{n} tag</source>
        <translation>{n} टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="77"/>
        <source>{n} tags</source>
        <translation>{n} टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="78"/>
        <source>{codings}, {tags}</source>
        <translation>{codings}, {tags}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="79"/>
        <source>its study “{label}” is deleted; restore that first</source>
        <translation>इसका अध्ययन “{label}” हटा दिया गया है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="80"/>
        <source>its case “{label}” is deleted; restore that first</source>
        <translation>इसका केस “{label}” हटा दिया गया है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="81"/>
        <source>the interview “{label}” it belongs to is deleted; restore that first</source>
        <translation>जिस साक्षात्कार “{label}” का यह हिस्सा है, वह हटा दिया गया है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="85"/>
        <source>the observation “{label}” it belongs to is deleted; restore that first</source>
        <translation>जिस अवलोकन “{label}” का यह हिस्सा है, वह हटा दिया गया है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="89"/>
        <source>the case “{label}” it belongs to is deleted; restore that first</source>
        <translation>जिस केस “{label}” का यह हिस्सा है, वह हटा दिया गया है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="90"/>
        <source>the theme “{label}” it belongs to is deleted; restore that first</source>
        <translation>जिस थीम “{label}” का यह हिस्सा है, वह हटा दी गई है; पहले उसे वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="95"/>
        <source>a coding needs some words to mark</source>
        <translation>कोडिंग के लिए चिह्नित करने को कुछ शब्द चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="96"/>
        <source>the coded words “{words}” are no longer in the text</source>
        <translation>कोड किए गए शब्द “{words}” अब पाठ में नहीं हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="98"/>
        <source>several themes are called {name}; use the theme's id</source>
        <translation>कई थीम का नाम {name} है; थीम की आईडी का उपयोग करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="100"/>
        <source>clock values out of range: {wall}, {counter}</source>
        <translation>घड़ी के मान सीमा से बाहर हैं: {wall}, {counter}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="101"/>
        <source>not a clock stamp: {text}</source>
        <translation>घड़ी की मुहर नहीं है: {text}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="102"/>
        <source>not a device id (16 lowercase hex digits): {device}</source>
        <translation>डिवाइस आईडी नहीं है (छोटे अक्षरों में 16 हेक्स अंक): {device}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="103"/>
        <source>a stamp from device {device} is {seconds} s ahead of this clock</source>
        <translation>डिवाइस {device} की एक मुहर इस घड़ी से {seconds} सेकंड आगे है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="105"/>
        <source>study</source>
        <translation>अध्ययन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="106"/>
        <source>case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="107"/>
        <source>participant</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="108"/>
        <source>interview</source>
        <translation>साक्षात्कार</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="109"/>
        <source>observation</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="110"/>
        <source>theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="111"/>
        <source>attachment</source>
        <translation>अनुलग्नक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="112"/>
        <source>coding</source>
        <translation>कोडिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="113"/>
        <source>tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="114"/>
        <source>free-word tag</source>
        <translation>मुक्त-शब्द टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="115"/>
        <source>memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="116"/>
        <source>photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="117"/>
        <source>recording</source>
        <translation>रिकॉर्डिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="118"/>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="119"/>
        <source>interview or observation</source>
        <translation>साक्षात्कार या अवलोकन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="120"/>
        <source>interview or observation or case</source>
        <translation>साक्षात्कार, अवलोकन या केस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="122"/>
        <source>the study “{name}” is shared through your team's server; it cannot be deleted from one laptop (delete its cases or records instead, or ask the server's administrator to retire it)</source>
        <translation>अध्ययन “{name}” आपकी टीम के सर्वर के ज़रिए साझा है; इसे एक लैपटॉप से नहीं हटाया जा सकता (इसके बजाय इसके केस या रिकॉर्ड हटाएँ, या सर्वर के व्यवस्थापक से इसे सेवानिवृत्त करने को कहें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="128"/>
        <source>the study “{name}” is shared through your team's server; only its lead can rename it or change its description</source>
        <translation>अध्ययन “{name}” आपकी टीम के सर्वर के ज़रिए साझा है; केवल इसका प्रमुख ही इसका नाम या विवरण बदल सकता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="133"/>
        <source>only the study's lead can erase a participant's material: the erasure reaches every laptop and cannot be undone. Their consent is recorded as withdrawn, so exports already leave them out; ask your team lead to erase</source>
        <translation>केवल अध्ययन का प्रमुख ही किसी प्रतिभागी की सामग्री मिटा सकता है: मिटाना हर लैपटॉप तक पहुँचता है और पूर्ववत नहीं हो सकता। उनकी सहमति वापस ली गई दर्ज है, इसलिए निर्यात उन्हें पहले से छोड़ देते हैं; मिटाने के लिए अपनी टीम के प्रमुख से कहें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="140"/>
        <source>an {kind} id is required</source>
        <translation>{kind} की आईडी आवश्यक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="141"/>
        <source>a {kind} id is required</source>
        <translation>{kind} की आईडी आवश्यक है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="142"/>
        <source>no {kind} with id {ref} (give at least {least} characters)</source>
        <translation>आईडी {ref} का कोई {kind} नहीं मिला (कम से कम {least} अक्षर दें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="143"/>
        <source>no {kind} with id {ref}</source>
        <translation>आईडी {ref} का कोई {kind} नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="144"/>
        <source>more than one {kind} has an id starting with {ref}; give more of it</source>
        <translation>एक से अधिक {kind} की आईडी {ref} से शुरू होती है; इसका और हिस्सा दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="148"/>
        <source>the id {ref} matches several records; give more of it</source>
        <translation>आईडी {ref} कई रिकॉर्ड से मेल खाती है; इसका और हिस्सा दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="150"/>
        <source>the memo is empty; write something or cancel</source>
        <translation>मेमो खाली है; कुछ लिखें या रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="152"/>
        <source>this data folder has no device id; open it with Store.open</source>
        <translation>इस डेटा फ़ोल्डर की कोई डिवाइस आईडी नहीं है; इसे Store.open से खोलें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="153"/>
        <source>the change log names a {table} row {row} that does not exist; the data folder is damaged</source>
        <translation>परिवर्तन लॉग एक {table} पंक्ति {row} का नाम लेता है जो मौजूद नहीं है; डेटा फ़ोल्डर क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="265"/>
        <source>a picture needs at least one pixel</source>
        <translation>चित्र में कम से कम एक पिक्सेल होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="266"/>
        <source>the photo {name} has too many pixels to show</source>
        <translation>फ़ोटो {name} में दिखाने के लिए बहुत अधिक पिक्सेल हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="267"/>
        <source>the photo {name} is missing from the data folder</source>
        <translation>फ़ोटो {name} डेटा फ़ोल्डर में नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="268"/>
        <source>the photo {name} cannot be shown: it is damaged</source>
        <translation>फ़ोटो {name} नहीं दिखाई जा सकती: यह क्षतिग्रस्त है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="51"/>
        <source>consent was withdrawn</source>
        <translation>सहमति वापस ले ली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="52"/>
        <source>consent is not recorded yet (pending)</source>
        <translation>सहमति अभी दर्ज नहीं है (लंबित)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="53"/>
        <source>consent does not allow audio recording</source>
        <translation>सहमति ऑडियो रिकॉर्डिंग की अनुमति नहीं देती</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="158"/>
        <source>nothing to change: give at least one field</source>
        <translation>बदलने को कुछ नहीं: कम से कम एक फ़ील्ड दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="159"/>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="160"/>
        <source>the {field} of an {kind} cannot be changed here (it can: {can})</source>
        <translation>{kind} का “{field}” यहाँ नहीं बदला जा सकता (बदले जा सकते हैं: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="161"/>
        <source>the {field} of a {kind} cannot be changed here (it can: {can})</source>
        <translation>{kind} का “{field}” यहाँ नहीं बदला जा सकता (बदले जा सकते हैं: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="162"/>
        <source>an empty participant code was given</source>
        <translation>खाली प्रतिभागी कोड दिया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="163"/>
        <source>no participant with the code or id {ref} in this study</source>
        <translation>इस अध्ययन में कोड या आईडी {ref} वाला कोई प्रतिभागी नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="164"/>
        <source>participant {code} belongs to another study</source>
        <translation>प्रतिभागी {code} किसी दूसरे अध्ययन का है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="166"/>
        <source>start the recording</source>
        <translation>रिकॉर्डिंग शुरू करने</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="167"/>
        <source>this recording is finished; start a new one</source>
        <translation>यह रिकॉर्डिंग पूरी हो चुकी है; नई शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="168"/>
        <source>save the recording</source>
        <translation>रिकॉर्डिंग सहेजने</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="169"/>
        <source>the recording is still being written to disk; it will be recovered at the next start if fieldkit is closed now</source>
        <translation>रिकॉर्डिंग अभी डिस्क पर लिखी जा रही है; अगर fieldkit अभी बंद किया गया तो अगली बार शुरू होने पर इसे वापस पा लिया जाएगा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="174"/>
        <source>the recording could not be saved: {why}</source>
        <translation>रिकॉर्डिंग सहेजी नहीं जा सकी: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="175"/>
        <source>finish the recording</source>
        <translation>रिकॉर्डिंग पूरी करने</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="176"/>
        <source>Recovered after fieldkit was interrupted</source>
        <translation>fieldkit के बाधित होने के बाद पुनर्प्राप्त</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="177"/>
        <source>Recorded in fieldkit</source>
        <translation>fieldkit में रिकॉर्ड किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="179"/>
        <source>its journal.json is missing</source>
        <translation>इसकी journal.json फ़ाइल नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="180"/>
        <source>journal.json cannot be read: {why}</source>
        <translation>journal.json पढ़ी नहीं जा सकती: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="181"/>
        <source>journal.json does not hold a recording's details</source>
        <translation>journal.json में रिकॉर्डिंग का विवरण नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="182"/>
        <source>journal.json does not name the interview or the recording's state</source>
        <translation>journal.json में साक्षात्कार या रिकॉर्डिंग की स्थिति का नाम नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="186"/>
        <source>journal.json does not say the recording's audio format</source>
        <translation>journal.json में रिकॉर्डिंग का ऑडियो प्रारूप नहीं बताया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="187"/>
        <source>another fieldkit is already writing {folder}</source>
        <translation>कोई दूसरा fieldkit पहले से {folder} में लिख रहा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="188"/>
        <source>the disk is full, so fieldkit could not {doing}; what was recorded until now is kept in {folder}</source>
        <translation>डिस्क भर गई है, इसलिए fieldkit {doing} में असमर्थ रहा; अब तक जो रिकॉर्ड हुआ वह {folder} में रखा है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="193"/>
        <source>fieldkit may not write in {folder}, so it could not {doing}</source>
        <translation>fieldkit को {folder} में लिखने की अनुमति नहीं है, इसलिए वह {doing} में असमर्थ रहा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="194"/>
        <source>fieldkit could not {doing} in {folder}: {why}</source>
        <translation>fieldkit {folder} में {doing} में असमर्थ रहा: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="196"/>
        <source>A recording ({length}) was recovered and attached to its interview.</source>
        <translation>एक रिकॉर्डिंग ({length}) वापस लाई गई और उसके साक्षात्कार से संलग्न की गई।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="200"/>
        <source>A recording started {start} ({length}) was recovered and attached to its interview.</source>
        <translation>{start} को शुरू हुई एक रिकॉर्डिंग ({length}) वापस लाई गई और उसके साक्षात्कार से संलग्न की गई।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="204"/>
        <source>A recording had captured no sound; nothing was attached.</source>
        <translation>एक रिकॉर्डिंग ने कोई ध्वनि नहीं पकड़ी थी; कुछ भी संलग्न नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="205"/>
        <source>A recording started {start} had captured no sound; nothing was attached.</source>
        <translation>{start} को शुरू हुई एक रिकॉर्डिंग ने कोई ध्वनि नहीं पकड़ी थी; कुछ भी संलग्न नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="209"/>
        <source>the recording in {folder} is still being written</source>
        <translation>{folder} में रिकॉर्डिंग अभी लिखी जा रही है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="210"/>
        <source>{error} The recording stays in {folder}; fieldkit tries again at the next start.</source>
        <translation>{error} रिकॉर्डिंग {folder} में रहती है; fieldkit अगली बार शुरू होने पर फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="214"/>
        <source>A recording ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>एक रिकॉर्डिंग ({length}) ऐसे साक्षात्कार की है जो हटा दिया गया, इसलिए इसे संलग्न नहीं किया गया। यह {file} के रूप में रखी है; इसे किसी सुरक्षित जगह कॉपी करें या किसी दूसरे साक्षात्कार से संलग्न करें (साक्षात्कार के प्लेयर में रिकॉर्डिंग जोड़ें…)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="220"/>
        <source>A recording started {start} ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>{start} को शुरू हुई एक रिकॉर्डिंग ({length}) ऐसे साक्षात्कार की है जो हटा दिया गया, इसलिए इसे संलग्न नहीं किया गया। यह {file} के रूप में रखी है; इसे किसी सुरक्षित जगह कॉपी करें या किसी दूसरे साक्षात्कार से संलग्न करें (साक्षात्कार के प्लेयर में रिकॉर्डिंग जोड़ें…)।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="226"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). The sound is kept as {file}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>एक रिकॉर्डिंग संलग्न नहीं की जा सकी क्योंकि उसका जर्नल क्षतिग्रस्त है ({reason})। ध्वनि {file} के रूप में रखी है; साक्षात्कार के प्लेयर में रिकॉर्डिंग जोड़ें… से इसे उसके साक्षात्कार से संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="232"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). Its files are kept in {folder}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>एक रिकॉर्डिंग संलग्न नहीं की जा सकी क्योंकि उसका जर्नल क्षतिग्रस्त है ({reason})। इसकी फ़ाइलें {folder} में रखी हैं; साक्षात्कार के प्लेयर में रिकॉर्डिंग जोड़ें… से इसे उसके साक्षात्कार से संलग्न करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="238"/>
        <source>attached to the interview {title}</source>
        <translation>साक्षात्कार {title} से संलग्न</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="239"/>
        <source>Recording {start}.wav</source>
        <translation>रिकॉर्डिंग {start}.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="240"/>
        <source>Recording unknown time.wav</source>
        <translation>रिकॉर्डिंग अज्ञात समय.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="242"/>
        <source>{field} is changed with set_text, which keeps codings in place</source>
        <translation>“{field}” set_text से बदला जाता है, जो कोडिंग को उनकी जगह पर रखता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="243"/>
        <source>the {field} of an {kind} cannot be changed here</source>
        <translation>{kind} का “{field}” यहाँ नहीं बदला जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="244"/>
        <source>the {field} of a {kind} cannot be changed here</source>
        <translation>{kind} का “{field}” यहाँ नहीं बदला जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="245"/>
        <source>Interview with {codes} ({date})</source>
        <translation>{codes} के साथ साक्षात्कार ({date})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="246"/>
        <source>Interview {date}</source>
        <translation>साक्षात्कार {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="247"/>
        <source>Observation {date}</source>
        <translation>अवलोकन {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="249"/>
        <source>{term} is too short to redact: it would replace ordinary words</source>
        <translation>{term} छिपाने के लिए बहुत छोटा है: इससे सामान्य शब्द बदल जाएँगे</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="250"/>
        <source>{term} is listed twice; list it once with its spellings</source>
        <translation>{term} दो बार सूचीबद्ध है; इसे इसकी वर्तनियों के साथ एक बार सूचीबद्ध करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="251"/>
        <source>unknown kind {kind}; choose from {kinds}</source>
        <translation>अज्ञात प्रकार {kind}; इनमें से चुनें: {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="252"/>
        <source>{term} is not on the study's list of names to redact (names of participants and case places are always redacted)</source>
        <translation>{term} अध्ययन की छिपाए जाने वाले नामों की सूची में नहीं है (प्रतिभागियों के नाम और केस के स्थान हमेशा छिपाए जाते हैं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="258"/>
        <source>a change to {table} {row} arrived before the record itself</source>
        <translation>{table} {row} का एक परिवर्तन रिकॉर्ड से पहले ही आ गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="259"/>
        <source>a change to {table} {row} is declared for study {study} but the record belongs to study {owner}</source>
        <translation>{table} {row} का परिवर्तन अध्ययन {study} के लिए घोषित है, पर रिकॉर्ड अध्ययन {owner} का है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="264"/>
        <source>a {table} from another replica refers to {target} {value}, which this replica does not have yet</source>
        <translation>दूसरी प्रतिकृति का एक {table} {target} {value} का हवाला देता है, जो इस प्रतिकृति में अभी नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="269"/>
        <source>a change names an unknown kind of record: {table}</source>
        <translation>एक परिवर्तन अज्ञात प्रकार के रिकॉर्ड का नाम लेता है: {table}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="270"/>
        <source>a change has an unknown operation: {op}</source>
        <translation>एक परिवर्तन में अज्ञात संक्रिया है: {op}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="271"/>
        <source>a change to {table} {row} belongs to study {study}, not to the study being synced ({synced})</source>
        <translation>{table} {row} का परिवर्तन अध्ययन {study} का है, सिंक हो रहे अध्ययन ({synced}) का नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="276"/>
        <source>a change to {table} names unknown fields: {fields}</source>
        <translation>{table} का एक परिवर्तन अज्ञात फ़ील्ड का नाम लेता है: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="277"/>
        <source>a change to {table} {row} has mismatched bases</source>
        <translation>{table} {row} के परिवर्तन के आधार मेल नहीं खाते</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="278"/>
        <source>a new {table} row arrived without fields: {fields}</source>
        <translation>एक नई {table} पंक्ति इन फ़ील्ड के बिना आई: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="279"/>
        <source>a change to {table} {row} is declared for study {study} but its row belongs to study {owner}</source>
        <translation>{table} {row} का परिवर्तन अध्ययन {study} के लिए घोषित है, पर उसकी पंक्ति अध्ययन {owner} की है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="285"/>
        <source>a change from the server is not an object</source>
        <translation>सर्वर से आया एक परिवर्तन ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="286"/>
        <source>a change from the server lacks {keys}</source>
        <translation>सर्वर से आए एक परिवर्तन में {keys} नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="287"/>
        <source>a change from the server has a bad {key}</source>
        <translation>सर्वर से आए एक परिवर्तन का {key} गलत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="288"/>
        <source>a change from the server has bad values or bases</source>
        <translation>सर्वर से आए एक परिवर्तन के मान या आधार गलत हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="289"/>
        <source>a change from the server has a bad base stamp</source>
        <translation>सर्वर से आए एक परिवर्तन की आधार मुहर गलत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="290"/>
        <source>{field} has a value of the wrong kind: {value}</source>
        <translation>“{field}” का मान गलत प्रकार का है: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="292"/>
        <source>the number of results must be a whole number, 0 or more</source>
        <translation>परिणामों की संख्या 0 या उससे अधिक पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="293"/>
        <source>the results offset must be a whole number, 0 or more</source>
        <translation>परिणामों का ऑफ़सेट 0 या उससे अधिक पूर्ण संख्या होना चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="294"/>
        <source>cannot search records of type {types}; choose from {allowed}</source>
        <translation>{types} प्रकार के रिकॉर्ड नहीं खोजे जा सकते; इनमें से चुनें: {allowed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="296"/>
        <source>this coding marks a stretch of audio, not of text</source>
        <translation>यह कोडिंग ऑडियो का एक हिस्सा चिह्नित करती है, पाठ का नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="297"/>
        <source>this span is already coded with the same theme</source>
        <translation>यह अंश पहले से उसी थीम से कोड किया गया है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="298"/>
        <source>start and end must be whole numbers</source>
        <translation>आरंभ और अंत पूर्ण संख्याएँ होनी चाहिए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="274"/>
        <source>a PDF document; save it as plain text (.txt) first</source>
        <translation>एक PDF दस्तावेज़; पहले इसे सादे पाठ (.txt) के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="275"/>
        <source>a Word (.docx), OpenDocument or ZIP file; save it as plain text first</source>
        <translation>एक Word (.docx), OpenDocument या ZIP फ़ाइल; पहले इसे सादे पाठ के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="279"/>
        <source>an old Word (.doc) file; save it as plain text</source>
        <translation>एक पुरानी Word (.doc) फ़ाइल; इसे सादे पाठ के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="280"/>
        <source>a rich-text (.rtf) file; save it as plain text (.txt) first</source>
        <translation>एक रिच-टेक्स्ट (.rtf) फ़ाइल; पहले इसे सादे पाठ (.txt) के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="281"/>
        <source>an audio or video file</source>
        <translation>एक ऑडियो या वीडियो फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="285"/>
        <source>a WebM or Matroska file</source>
        <translation>एक WebM या Matroska फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="286"/>
        <source>an MP4, M4A or HEIC file</source>
        <translation>एक MP4, M4A या HEIC फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="287"/>
        <source>a gzip-compressed file</source>
        <translation>एक gzip-संपीड़ित फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="288"/>
        <source>an SQLite database</source>
        <translation>एक SQLite डेटाबेस</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="289"/>
        <source>a program</source>
        <translation>एक प्रोग्राम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="291"/>
        <source>{path} is a folder, not a text file</source>
        <translation>{path} एक फ़ोल्डर है, पाठ फ़ाइल नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="295"/>
        <source>the file {path} cannot be read: {why}</source>
        <translation>फ़ाइल {path} पढ़ी नहीं जा सकती: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="296"/>
        <source>the text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="297"/>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="298"/>
        <source>the file {name} is {size}; text files up to {most} are accepted (split it into parts)</source>
        <translation>फ़ाइल {name} का आकार {size} है; {most} तक की पाठ फ़ाइलें स्वीकार की जाती हैं (इसे भागों में बाँटें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="302"/>
        <source>a byte-order mark (BOM) was removed</source>
        <translation>एक बाइट-क्रम चिह्न (BOM) हटाया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="303"/>
        <source>the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 (check accented letters and quotes)</source>
        <translation>फ़ाइल में UTF-8 के साथ कुछ Windows-1252 अक्षर मिले हैं; दोनों को UTF-8 में बदला गया (विशेषक वाले अक्षर और उद्धरण चिह्न जाँचें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="308"/>
        <source>the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8</source>
        <translation>फ़ाइल Latin-1 (ISO-8859-1) एन्कोडिंग में थी और UTF-8 में बदली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="312"/>
        <source>the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8</source>
        <translation>फ़ाइल Windows-1252 (Latin-1) एन्कोडिंग में थी और UTF-8 में बदली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="316"/>
        <source>the file was in {encoding} encoding and was converted to UTF-8</source>
        <translation>फ़ाइल {encoding} एन्कोडिंग में थी और UTF-8 में बदली गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="317"/>
        <source>{count} invalid byte sequence(s) in the {encoding} text were replaced by �</source>
        <translation>{encoding} पाठ में अमान्य बाइट अनुक्रम � से बदले गए: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="321"/>
        <source>{source} looks like a binary file, not text (it looks like {what})</source>
        <translation>{source} बाइनरी फ़ाइल लगती है, पाठ नहीं (यह {what} लगती है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="325"/>
        <source>{source} looks like a binary file, not text; choose a plain-text (.txt) transcript</source>
        <translation>{source} बाइनरी फ़ाइल लगती है, पाठ नहीं; सादे पाठ (.txt) वाला प्रतिलेख चुनें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="329"/>
        <source>Windows line ends (CRLF) were converted</source>
        <translation>Windows पंक्ति-अंत (CRLF) बदले गए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="330"/>
        <source>old Mac line ends (CR alone) were converted</source>
        <translation>पुराने Mac के पंक्ति-अंत (केवल CR) बदले गए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="331"/>
        <source>accented letters were stored in their composed form (Unicode NFC)</source>
        <translation>विशेषक वाले अक्षर अपने संयुक्त रूप (Unicode NFC) में सहेजे गए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="335"/>
        <source>{count} NUL character(s) (invisible zero bytes) were removed</source>
        <translation>हटाए गए NUL अक्षर (अदृश्य शून्य बाइट): {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="306"/>
        <source>no theme called {name} in this study (see `fieldkit theme list`)</source>
        <translation>इस अध्ययन में {name} नाम की कोई थीम नहीं है (देखें `fieldkit theme list`)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="310"/>
        <source>no theme called {name} in this study</source>
        <translation>इस अध्ययन में {name} नाम की कोई थीम नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="311"/>
        <source>a theme can only move under a theme of the same study</source>
        <translation>कोई थीम केवल उसी अध्ययन की थीम के नीचे ले जाई जा सकती है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="312"/>
        <source>{name} cannot move under itself</source>
        <translation>{name} को स्वयं के नीचे नहीं ले जाया जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="313"/>
        <source>{name} cannot move under {parent}, which is inside it</source>
        <translation>{name} को {parent} के नीचे नहीं ले जाया जा सकता, जो इसी के अंदर है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="314"/>
        <source>a theme cannot be merged into itself</source>
        <translation>किसी थीम को स्वयं में नहीं मिलाया जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="315"/>
        <source>themes of different studies cannot be merged</source>
        <translation>अलग-अलग अध्ययनों की थीम नहीं मिलाई जा सकतीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="316"/>
        <source>{name} cannot merge into its own sub-theme {target}</source>
        <translation>{name} को उसकी अपनी उप-थीम {target} में नहीं मिलाया जा सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="337"/>
        <source>subtitle cues became lines with their start times as [mm:ss] marks</source>
        <translation>उपशीर्षक संकेत अपने आरंभ-समय के [mm:ss] चिह्न के साथ पंक्तियाँ बन गए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="341"/>
        <source>{source} holds no subtitle cues (lines like “00:00:16,000 --&gt; 00:00:20,000”); is it really an .srt or .vtt file?</source>
        <translation>{source} में कोई उपशीर्षक संकेत नहीं है (“00:00:16,000 --&gt; 00:00:20,000” जैसी पंक्तियाँ); क्या यह सचमुच .srt या .vtt फ़ाइल है?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="346"/>
        <source>the subtitles</source>
        <translation>उपशीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="347"/>
        <source>the Word file {name} is too large to be a transcript</source>
        <translation>Word फ़ाइल {name} प्रतिलेख होने के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="348"/>
        <source>{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in a word processor and save it as .docx or plain text (.txt)</source>
        <translation>{name} ऐसा Word दस्तावेज़ नहीं है जिसे fieldkit पढ़ सके (पुराना .doc, या क्षतिग्रस्त); इसे किसी वर्ड प्रोसेसर में खोलकर .docx या सादे पाठ (.txt) के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="353"/>
        <source>read from a Word document</source>
        <translation>Word दस्तावेज़ से पढ़ा गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="320"/>
        <source>a sample rate of {rate} Hz is not supported</source>
        <translation>{rate} Hz की सैंपल दर समर्थित नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="321"/>
        <source>{count} channels are not supported</source>
        <translation>चैनलों की संख्या समर्थित नहीं है: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="322"/>
        <source>{bits}-bit samples are not supported</source>
        <translation>{bits}-बिट सैंपल समर्थित नहीं हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="323"/>
        <source>the recording is longer than one WAV file can hold (4 GB); its segments are kept in {folder}</source>
        <translation>रिकॉर्डिंग एक WAV फ़ाइल की क्षमता (4 GB) से लंबी है; इसके खंड {folder} में रखे हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="12"/>
        <source>the server address must start with http:// or https://, e.g. http://server:8765 (not {given})</source>
        <translation>सर्वर का पता http:// या https:// से शुरू होना चाहिए, जैसे http://server:8765 ({given} नहीं)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="17"/>
        <source>give your user name on the server</source>
        <translation>सर्वर पर अपना उपयोगकर्ता नाम दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="18"/>
        <source>give your password (it is used to sign in, never stored)</source>
        <translation>अपना पासवर्ड दें (यह साइन इन के लिए उपयोग होता है, कभी सहेजा नहीं जाता)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="19"/>
        <source>--ca-file is for an https:// server address</source>
        <translation>--ca-file https:// सर्वर पते के लिए है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="20"/>
        <source>{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's certificate, not its key</source>
        <translation>{path} में कोई PEM प्रमाणपत्र नहीं है (-----BEGIN CERTIFICATE-----); प्रमाणपत्र प्राधिकरण का प्रमाणपत्र दें, उसकी कुंजी नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="25"/>
        <source>cannot read the certificate authority file {path}: {reason}</source>
        <translation>प्रमाणपत्र प्राधिकरण फ़ाइल {path} पढ़ी नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="26"/>
        <source>cannot remove the sign-in file: {reason}</source>
        <translation>साइन-इन फ़ाइल हटाई नहीं जा सकती: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="28"/>
        <source>the server's sign-in reply has no token</source>
        <translation>साइन इन पर सर्वर के उत्तर में कोई टोकन नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="29"/>
        <source>the server's list of studies is malformed</source>
        <translation>सर्वर की अध्ययन सूची गलत ढंग से बनी है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="31"/>
        <source>refused change {id} is still being set aside; sync once more, then discard it</source>
        <translation>अस्वीकार किया गया बदलाव {id} अभी अलग रखा जा रहा है; एक बार और सिंक करें, फिर उसे छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="35"/>
        <source>no refused change {id} on this laptop (fieldkit sync problems lists them)</source>
        <translation>इस लैपटॉप पर कोई अस्वीकार किया गया बदलाव {id} नहीं है (fieldkit sync problems उनकी सूची देता है)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="38"/>
        <source>held back after an earlier change of this record was refused by the server; that change was sent again or discarded meanwhile: send this one again or discard it too</source>
        <translation>इस रिकॉर्ड का पहले का बदलाव सर्वर द्वारा अस्वीकार किए जाने के बाद रोका गया; वह बदलाव इस बीच फिर से भेजा गया या छोड़ दिया गया: इसे भी फिर से भेजें या छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="46"/>
        <source>that id already belongs to a record of another study on this server</source>
        <translation>यह पहचान इस सर्वर पर पहले से किसी दूसरे अध्ययन के रिकॉर्ड की है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="50"/>
        <source>the server has never received that record, so no laptop could apply the edit</source>
        <translation>सर्वर को यह रिकॉर्ड कभी नहीं मिला, इसलिए कोई भी लैपटॉप यह बदलाव लागू नहीं कर सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="54"/>
        <source>that record belongs to another study</source>
        <translation>यह रिकॉर्ड किसी दूसरे अध्ययन का है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="55"/>
        <source>only a lead of study {study} can change the study itself (its name or settings); ask your team lead</source>
        <translation>केवल अध्ययन {study} का प्रमुख ही अध्ययन को (उसका नाम या सेटिंग) बदल सकता है; अपनी टीम के प्रमुख से पूछें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="60"/>
        <source>a pushed change is not an object</source>
        <translation>भेजा गया बदलाव कोई ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="61"/>
        <source>a pushed change lacks {key}</source>
        <translation>भेजे गए बदलाव में {key} नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="62"/>
        <source>a pushed change has a bad {key}</source>
        <translation>भेजे गए बदलाव में {key} गलत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="63"/>
        <source>a pushed change lacks values</source>
        <translation>भेजे गए बदलाव में मान नहीं हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="64"/>
        <source>a pushed change lacks bases</source>
        <translation>भेजे गए बदलाव में आधार नहीं हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="65"/>
        <source>a pushed change has bad values or bases</source>
        <translation>भेजे गए बदलाव में मान या आधार गलत हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="66"/>
        <source>a record id has 1 to {most} characters</source>
        <translation>रिकॉर्ड की पहचान में 1 से {most} अक्षर होते हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="67"/>
        <source>a change names an unknown kind of record: {entity}</source>
        <translation>एक बदलाव अज्ञात प्रकार के रिकॉर्ड का नाम लेता है: {entity}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="68"/>
        <source>a change to {entity} {row_id} belongs to study {other}, not {study}</source>
        <translation>{entity} {row_id} का बदलाव अध्ययन {other} का है, {study} का नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="72"/>
        <source>a pushed change has a bad base stamp</source>
        <translation>भेजे गए बदलाव में आधार टाइमस्टैम्प गलत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="73"/>
        <source>not a clock stamp: {stamp}</source>
        <translation>यह टाइमस्टैम्प नहीं है: {stamp}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="74"/>
        <source>a change has mismatched bases</source>
        <translation>एक बदलाव के आधार मेल नहीं खाते</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="75"/>
        <source>it is stamped by device {other}, not by the device that sends it ({device}): a laptop sends only its own changes</source>
        <translation>इस पर उपकरण {other} का टाइमस्टैम्प है, भेजने वाले उपकरण ({device}) का नहीं: लैपटॉप केवल अपने बदलाव भेजता है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="80"/>
        <source>a change to {entity} names unknown fields: {fields}</source>
        <translation>{entity} का बदलाव अज्ञात फ़ील्ड का नाम लेता है: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="81"/>
        <source>a new {entity} row lacks fields: {fields}</source>
        <translation>{entity} की नई पंक्ति में फ़ील्ड नहीं हैं: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="82"/>
        <source>a change to {entity} {row_id} is for another study</source>
        <translation>{entity} {row_id} का बदलाव किसी दूसरे अध्ययन के लिए है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="84"/>
        <source>too large for this server (limit {mb} MB)</source>
        <translation>इस सर्वर के लिए बहुत बड़ा (सीमा {mb} MB)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="85"/>
        <source>too large for this server</source>
        <translation>इस सर्वर के लिए बहुत बड़ा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="87"/>
        <source>this data folder was restored from a backup or copied from another laptop and needs a device identity of its own; sync it with fieldkit sync or the app</source>
        <translation>यह डेटा फ़ोल्डर बैकअप से पुनर्स्थापित किया गया या किसी दूसरे लैपटॉप से कॉपी किया गया है और इसे अपनी अलग डिवाइस पहचान चाहिए; इसे fieldkit sync या ऐप से सिंक करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="92"/>
        <source>the server's sync reply is malformed</source>
        <translation>सर्वर का सिंक उत्तर गलत ढंग से बना है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="93"/>
        <source>sync is not making progress; stopped (please report this)</source>
        <translation>सिंक आगे नहीं बढ़ रहा; रोक दिया गया (कृपया इसकी सूचना दें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="94"/>
        <source>{problem}; it did not help: set the laptop's date and time</source>
        <translation>{problem}; इससे मदद नहीं मिली: लैपटॉप की तारीख और समय ठीक करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="95"/>
        <source>the server answered for study {study}, which was not asked</source>
        <translation>सर्वर ने अध्ययन {study} के लिए उत्तर दिया, जो माँगा नहीं गया था</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="96"/>
        <source>the server did not move the pull cursor; sync stopped</source>
        <translation>सर्वर ने प्राप्ति कर्सर आगे नहीं बढ़ाया; सिंक रुक गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="97"/>
        <source>changes from the server for study {study} cannot be applied: {problem}</source>
        <translation>अध्ययन {study} के लिए सर्वर से आए बदलाव लागू नहीं किए जा सकते: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="102"/>
        <source>this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times of its changes and sends them again (if this keeps happening, set the laptop's date and time)</source>
        <translation>इस लैपटॉप की घड़ी सर्वर की घड़ी से {ahead} आगे है; fieldkit अपने बदलावों का समय ठीक करके उन्हें फिर से भेजता है (यदि ऐसा बार-बार हो, तो लैपटॉप की तारीख और समय ठीक करें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="109"/>
        <source>cannot save the sign-in token in {path}: {reason}</source>
        <translation>साइन-इन टोकन {path} में सहेजा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="110"/>
        <source>this data folder is not signed in to a server; run: fieldkit login --server URL --user NAME</source>
        <translation>यह डेटा फ़ोल्डर किसी सर्वर में साइन इन नहीं है; चलाएँ: fieldkit login --server URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="115"/>
        <source>the sign-in file {path} is damaged; run fieldkit login again</source>
        <translation>साइन-इन फ़ाइल {path} क्षतिग्रस्त है; fieldkit login फिर से चलाएँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="117"/>
        <source>the server refused every new device id; try again later</source>
        <translation>सर्वर ने हर नई डिवाइस आईडी अस्वीकार कर दी; बाद में फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="118"/>
        <source>the server's reply to a new device identity has no token</source>
        <translation>नई डिवाइस पहचान पर सर्वर के उत्तर में कोई टोकन नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="120"/>
        <source>the upload of file {file}… keeps ending on the server; try later</source>
        <translation>फ़ाइल {file}… का अपलोड सर्वर पर बार-बार समाप्त हो रहा है; बाद में कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="123"/>
        <source>the server sent a reply fieldkit cannot read</source>
        <translation>सर्वर ने ऐसा उत्तर भेजा जिसे fieldkit पढ़ नहीं सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="124"/>
        <source>the server's reply for file {file}… does not match its range</source>
        <translation>फ़ाइल {file}… के लिए सर्वर का उत्तर उसकी सीमा से मेल नहीं खाता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="125"/>
        <source>not enough free space to fetch a {size} file ({free} free in {folder})</source>
        <translation>{size} की फ़ाइल लाने के लिए पर्याप्त खाली जगह नहीं है ({folder} में {free} खाली)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="129"/>
        <source>file {file}… arrived damaged (its SHA-256 does not match); it will be fetched again at the next sync</source>
        <translation>फ़ाइल {file}… क्षतिग्रस्त पहुँची (उसका SHA-256 मेल नहीं खाता); अगले सिंक में उसे फिर से लाया जाएगा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="134"/>
        <source>the server refused file {file}… (HTTP {status}): {detail}</source>
        <translation>सर्वर ने फ़ाइल {file}… अस्वीकार कर दी (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="135"/>
        <source>the server's reply for file {file}… has no usable range</source>
        <translation>फ़ाइल {file}… के लिए सर्वर के उत्तर में कोई उपयोगी सीमा नहीं है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="136"/>
        <source>the server refused the range for file {file}…</source>
        <translation>सर्वर ने फ़ाइल {file}… के लिए माँगी गई सीमा अस्वीकार कर दी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="137"/>
        <source>cannot send file {file}… of study {study}: {problem}</source>
        <translation>अध्ययन {study} की फ़ाइल {file}… भेजी नहीं जा सकती: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="138"/>
        <source>the server refused a file request (HTTP {status}): {detail}</source>
        <translation>सर्वर ने एक फ़ाइल अनुरोध अस्वीकार कर दिया (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="139"/>
        <source>file {file}… not sent: {problem}</source>
        <translation>फ़ाइल {file}… नहीं भेजी गई: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="140"/>
        <source>files of study {study} not fetched: {problem}</source>
        <translation>अध्ययन {study} की फ़ाइलें नहीं लाई गईं: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="141"/>
        <source>the server sent the wrong part of file {file}…</source>
        <translation>सर्वर ने फ़ाइल {file}… का गलत हिस्सा भेजा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="142"/>
        <source>the upload of file {file}… is not progressing</source>
        <translation>फ़ाइल {file}… का अपलोड आगे नहीं बढ़ रहा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="143"/>
        <source>file {file}… cannot be fetched (range refused)</source>
        <translation>फ़ाइल {file}… लाई नहीं जा सकती (सीमा अस्वीकृत)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="145"/>
        <source>{at} answered, but it does not look like a fieldkit server</source>
        <translation>{at} ने उत्तर दिया, पर यह fieldkit सर्वर नहीं लगता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="146"/>
        <source>{at} sent a health reply fieldkit cannot read</source>
        <translation>{at} ने स्थिति-जाँच का ऐसा उत्तर भेजा जिसे fieldkit पढ़ नहीं सकता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="148"/>
        <source>the server answered HTTP {status}</source>
        <translation>सर्वर ने HTTP {status} उत्तर दिया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="149"/>
        <source>{host} is not on this laptop's network, and http:// would send your sign-in and your data unencrypted across the internet; use the server's https:// address (or, knowingly, sign in again with --allow-insecure-http)</source>
        <translation>{host} इस लैपटॉप के नेटवर्क पर नहीं है, और http:// आपका साइन-इन और डेटा बिना एन्क्रिप्शन के इंटरनेट पर भेजेगा; सर्वर का https:// पता इस्तेमाल करें (या, जानते-बूझते, --allow-insecure-http के साथ फिर से साइन इन करें)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="155"/>
        <source>the certificate authority file is not a PEM certificate fieldkit can use ({reason})</source>
        <translation>प्रमाणपत्र प्राधिकरण फ़ाइल ऐसा PEM प्रमाणपत्र नहीं है जिसे fieldkit इस्तेमाल कर सके ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="159"/>
        <source>the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on</source>
        <translation>{at} पर सर्वर से कनेक्शन उत्तर के बीच में टूट गया ({why}); जारी रखने के लिए फिर से सिंक करें</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="104"/>
        <source>case title</source>
        <translation>केस का शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="105"/>
        <source>study name</source>
        <translation>अध्ययन का नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="106"/>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="107"/>
        <source>participant code</source>
        <translation>प्रतिभागी कोड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="108"/>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="109"/>
        <source>date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="110"/>
        <source>consent date</source>
        <translation>सहमति की तारीख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="111"/>
        <source>consent status</source>
        <translation>सहमति की स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="112"/>
        <source>consent form</source>
        <translation>सहमति पत्र</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="113"/>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="114"/>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="115"/>
        <source>summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="116"/>
        <source>memo</source>
        <translation>मेमो</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="117"/>
        <source>memo title</source>
        <translation>मेमो का शीर्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="118"/>
        <source>theme name</source>
        <translation>थीम का नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="119"/>
        <source>transcript</source>
        <translation>प्रतिलेख</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="120"/>
        <source>interviewer</source>
        <translation>साक्षात्कारकर्ता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="121"/>
        <source>observer</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="122"/>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="123"/>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="124"/>
        <source>region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="125"/>
        <source>locality</source>
        <translation>इलाका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="126"/>
        <source>setting</source>
        <translation>परिवेश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="127"/>
        <source>notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="128"/>
        <source>caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="129"/>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="329"/>
        <source>name to redact</source>
        <translation>छिपाने वाला नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="330"/>
        <source>other spelling</source>
        <translation>दूसरी वर्तनी</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation>नया अध्ययन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation>अध्ययन संपादित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="42"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="47"/>
        <source>Study name</source>
        <translation>अध्ययन का नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation>जैसे पठन शिविर पायलट</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>विवरण (&amp;D):</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation>अभी सिंक करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="105"/>
        <source>&amp;Conflicts…</source>
        <translation>टकराव (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="237"/>
        <source>Sync status unavailable</source>
        <translation>सिंक की स्थिति उपलब्ध नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="342"/>
        <source>Synced: sent %1, received %2, %3</source>
        <translation>सिंक हुआ: %1 भेजे, %2 प्राप्त, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="343"/>
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%Ln नया टकराव</numerusform>
            <numerusform>%Ln नए टकराव</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %Ln बदलाव अलग रखा गया</numerusform>
            <numerusform> · %Ln बदलाव अलग रखे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350"/>
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · आपका %Ln बदलाव सर्वर ने अस्वीकार किया</numerusform>
            <numerusform> · आपके %Ln बदलाव सर्वर ने अस्वीकार किए</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="352"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation> · डेटा सेवर: फ़ाइलें असीमित कनेक्शन की प्रतीक्षा करती हैं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="368"/>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="378"/>
        <source>Erased words removed</source>
        <translation>मिटाए गए शब्द हटाए गए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="372"/>
        <source>Some of your edits held words of a participant who withdrew consent and whose material was erased on every laptop. Those words were removed; the rest of your edits was kept.</source>
        <translation>आपके कुछ बदलावों में ऐसे प्रतिभागी के शब्द थे जिसने सहमति वापस ले ली और जिसकी सामग्री हर लैपटॉप पर मिटा दी गई। वे शब्द हटा दिए गए; आपके बाकी बदलाव रखे गए।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="387"/>
        <source>Sync cancelled</source>
        <translation>सिंक रद्द हुआ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="399"/>
        <source>Sync did not finish</source>
        <translation>सिंक पूरा नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="411"/>
        <source>The server no longer accepts this laptop's sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation>सर्वर अब इस लैपटॉप का साइन-इन स्वीकार नहीं करता: फिर से साइन इन करें (सिंक → सेटिंग्स)। सिंक की प्रतीक्षा में कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="471"/>
        <source>Cannot save the sync settings</source>
        <translation>सिंक सेटिंग्स सहेजी नहीं जा सकीं</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="52"/>
        <source>Sync settings</source>
        <translation>सिंक सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="56"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="58"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="61"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="62"/>
        <source>used to sign in, never stored</source>
        <translation>साइन इन के लिए उपयोग होता है, कभी संग्रहीत नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="65"/>
        <source>Certificate authority file</source>
        <translation>प्रमाणपत्र प्राधिकरण फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="67"/>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="241"/>
        <source>kept from the last sign-in</source>
        <translation>पिछले साइन-इन से रखी गई</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="69"/>
        <source>only for a server with your team's own certificate (PEM file)</source>
        <translation>केवल उस सर्वर के लिए जिसका अपनी टीम का प्रमाणपत्र हो (PEM फ़ाइल)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="74"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation>इस नेटवर्क के बाहर के सर्वर पर बिना एन्क्रिप्शन वाले http:// की अनुमति दें (सलाह नहीं दी जाती)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="77"/>
        <source>Sign &amp;in</source>
        <translation>साइन इन करें (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>साइन आउट करें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="83"/>
        <source>Connection security</source>
        <translation>कनेक्शन सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="87"/>
        <source>Account status</source>
        <translation>खाते की स्थिति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="88"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation>सर्वर उपलब्ध होने पर अपने आप सिंक करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="91"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation>डेटा सेवर: पहले पाठ भेजें, मीडिया केवल असीमित कनेक्शन पर (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="99"/>
        <source>Team server and account</source>
        <translation>टीम सर्वर और खाता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>सर्वर (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="102"/>
        <source>Connection:</source>
        <translation>कनेक्शन:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="108"/>
        <source>Certificate a&amp;uthority:</source>
        <translation>प्रमाणपत्र प्राधिकरण (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="118"/>
        <source>When to sync</source>
        <translation>कब सिंक करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="144"/>
        <source>Not signed in. This laptop's work stays here until you sign in.</source>
        <translation>साइन इन नहीं है। आपके साइन इन करने तक इस लैपटॉप का काम यहीं रहता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="147"/>
        <source>Signed in as %1 on %2.</source>
        <translation>%2 पर %1 के रूप में साइन इन है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="163"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation>🔒 एन्क्रिप्टेड (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="165"/>
        <source>, checked against your team's own certificate authority</source>
        <translation>, आपकी टीम के अपने प्रमाणपत्र प्राधिकरण से जाँचा गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="169"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation>⚠ एन्क्रिप्टेड नहीं (http://), साइन इन पर अनुमति दी गई: आपका साइन-इन और डेटा रास्ते में किसी के भी द्वारा पढ़ा जा सकता है। https:// पता माँगें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="175"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation>एन्क्रिप्टेड नहीं (http://): केवल इस लैपटॉप या इसके स्थानीय नेटवर्क के सर्वर के लिए स्वीकार्य</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="222"/>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="228"/>
        <source>Your team's certificate authority</source>
        <translation>आपकी टीम का प्रमाणपत्र प्राधिकरण</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="230"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>प्रमाणपत्र (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="247"/>
        <source>Sign-in failed: %1</source>
        <translation>साइन इन विफल: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="248"/>
        <source>Cannot sign in</source>
        <translation>साइन इन नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="259"/>
        <source>Signing out…</source>
        <translation>साइन आउट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="268"/>
        <source>The server could not be told; ask your team lead to revoke this laptop's sign-in if it is lost.</source>
        <translation>सर्वर को सूचित नहीं किया जा सका; यदि यह लैपटॉप खो जाए तो अपने टीम प्रमुख से इसका साइन-इन रद्द करने को कहें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="277"/>
        <source>Cannot sign out</source>
        <translation>साइन आउट नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="38"/>
        <source>Connection indicator</source>
        <translation>कनेक्शन संकेतक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="40"/>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="46"/>
        <source>Sync progress</source>
        <translation>सिंक की प्रगति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="49"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="50"/>
        <source>Cancel the sync</source>
        <translation>सिंक रद्द करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="53"/>
        <source>Changes not yet synced</source>
        <translation>बदलाव जो अभी सिंक नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="55"/>
        <source>Last sync</source>
        <translation>पिछला सिंक</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="58"/>
        <source>Sync conflicts</source>
        <translation>सिंक टकराव</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="59"/>
        <source>Open the conflicts view</source>
        <translation>टकराव दृश्य खोलें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="63"/>
        <source>Changes set aside</source>
        <translation>अलग रखे गए बदलाव</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="65"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation>सर्वर के बदलाव जो यह लैपटॉप अभी लागू नहीं कर सका: देखने के लिए क्लिक करें</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="89"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%Ln बदलाव अभी सिंक नहीं हुआ</numerusform>
            <numerusform>%Ln बदलाव अभी सिंक नहीं हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="93"/>
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>उन अध्ययनों में %Ln बदलाव जिनमें आप केवल दर्शक हैं, इसी लैपटॉप पर रहता है</numerusform>
            <numerusform>उन अध्ययनों में %Ln बदलाव जिनमें आप केवल दर्शक हैं, इसी लैपटॉप पर रहते हैं</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="102"/>
        <source>Not signed in — nothing is sent</source>
        <translation>साइन इन नहीं है — कुछ नहीं भेजा जाता</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="105"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation>सब कुछ इस लैपटॉप पर रहता है। टीम के साथ साझा करने के लिए सिंक ▸ सेटिंग्स… से साइन इन करें; तब तक आपने जो बनाया वह तब भेजा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="113"/>
        <source>Offline · not signed in</source>
        <translation>ऑफ़लाइन · साइन इन नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="114"/>
        <source>Checking the server…</source>
        <translation>सर्वर की जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="115"/>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="116"/>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="117"/>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="118"/>
        <source>Sync failed</source>
        <translation>सिंक विफल</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="119"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation>फिर से साइन इन करें (सिंक → सेटिंग्स)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="150"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln टकराव</numerusform>
            <numerusform>⚠ %Ln टकराव</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="155"/>
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ %Ln बदलाव अलग रखा गया</numerusform>
            <numerusform>⚠ %Ln बदलाव अलग रखे गए</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="87"/>
        <source>Nothing waiting to sync</source>
        <translation>सिंक के लिए कुछ भी प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="141"/>
        <source>Never synced</source>
        <translation>कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="145"/>
        <source>Last sync %1</source>
        <translation>पिछला सिंक %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="148"/>
        <source>No conflicts</source>
        <translation>कोई टकराव नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="169"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation>%1 भेजे · %2 प्राप्त · %3 kB</translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="181"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation>कुछ ऐसा गलत हुआ जिसकी fieldkit को उम्मीद नहीं थी (%1)। आपका सहेजा गया डेटा सुरक्षित है; कृपया इसकी सूचना दें।</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="107"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="86"/>
        <source>Coded passages per theme</source>
        <translation>थीम के अनुसार कोड किए गए अंश</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="94"/>
        <source>No coded passages</source>
        <translation>कोई कोड किया गया अंश नहीं</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="116"/>
        <source>No coded passages yet.</source>
        <translation>अभी कोई कोड किया गया अंश नहीं।</translation>
    </message>
</context>
<context>
    <name>ThemeChanges</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="39"/>
        <source>Add theme</source>
        <translation>थीम जोड़ें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="45"/>
        <source>Rename theme</source>
        <translation>थीम का नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="51"/>
        <source>Theme colour</source>
        <translation>थीम का रंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="57"/>
        <source>Archive theme</source>
        <translation>थीम संग्रहित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="59"/>
        <source>Restore theme</source>
        <translation>थीम पुनर्स्थापित करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="65"/>
        <source>Merge themes</source>
        <translation>थीमों का विलय करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="71"/>
        <source>Move theme</source>
        <translation>थीम स्थानांतरित करें</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Codings</source>
        <translation>कोडिंग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="122"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation>Alt+%1 चुने गए शब्दों को इस थीम से कोड करता है</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln कोडिंग</numerusform>
            <numerusform>%Ln कोडिंग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="148"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln टैग</numerusform>
            <numerusform>%Ln टैग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="151"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>उप-थीमों सहित %Ln कोडिंग</numerusform>
            <numerusform>उप-थीमों सहित %Ln कोडिंग</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="155"/>
        <source>archived</source>
        <translation>संग्रहित</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="30"/>
        <source>Import &amp;transcript…</source>
        <translation>प्रतिलेख आयात करें (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="33"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation>किसी .txt, Word (.docx) या सबटाइटल (.srt, .vtt) फ़ाइल का पाठ खुले रिकॉर्ड में डालें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="45"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="54"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="65"/>
        <source>Import transcript</source>
        <translation>प्रतिलेख आयात करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="47"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation>प्रतिलेख (*.txt *.docx *.srt *.vtt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="56"/>
        <source>Replace the text of “%1” with the file's text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation>“%1” का पाठ फ़ाइल के पाठ से बदलें? कोडिंग उन शब्दों पर बनी रहती है जो अब भी मौजूद हैं; संपादन ▸ पूर्ववत करें (Ctrl+Z) पुराना पाठ वापस लाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="76"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation>पहले कोई साक्षात्कार या अवलोकन खोलें: प्रतिलेख उसी में जाता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="93"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 आयात नहीं हो सका: %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="106"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation>%1 में कोई पाठ नहीं है; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="116"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="117"/>
        <source>Imported %1</source>
        <translation>%1 आयात किया गया</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="39"/>
        <source>Welcome to fieldkit</source>
        <translation>fieldkit में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="44"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation>fieldkit आपके साक्षात्कार, अवलोकन और कोडिंग इसी कंप्यूटर पर रखता है; यह बिना कनेक्शन के काम करता है। आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Explore the demo study</source>
        <translation>डेमो अध्ययन देखें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="55"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation>एक अलग डेटा फ़ोल्डर में सात उदाहरण केस; आपका अपना फ़ोल्डर खाली रहता है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>Start a new study</source>
        <translation>नया अध्ययन शुरू करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="60"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation>डिफ़ॉल्ट अधिगम पारितंत्र कोडबुक के साथ, संपादन के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Sign in to my team's server</source>
        <translation>मेरी टीम के सर्वर में साइन इन करें</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="65"/>
        <source>Receive your team's studies and send your work when online.</source>
        <translation>अपनी टीम के अध्ययन प्राप्त करें और ऑनलाइन होने पर अपना काम भेजें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="103"/>
        <source>The demo study could not be made</source>
        <translation>डेमो अध्ययन नहीं बन सका</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="126"/>
        <source>The study was not created</source>
        <translation>अध्ययन नहीं बना</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="159"/>
        <source>New study</source>
        <translation>नया अध्ययन</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="160"/>
        <source>Study name:</source>
        <translation>अध्ययन का नाम:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation>थीम से कोड करें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation>समय चिह्न डालें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation>रिकॉर्डिंग चलाएँ या रोकें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation>बड़ा पाठ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation>छोटा पाठ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation>सामान्य पाठ आकार (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation>उपयोगकर्ता गाइड (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation>fieldkit के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="53"/>
        <source>Pre&amp;ferences…</source>
        <translation>वरीयताएँ (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="104"/>
        <source>Open a recording to insert time marks.</source>
        <translation>समय चिह्न डालने के लिए कोई रिकॉर्डिंग खोलें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="112"/>
        <source>This record has no recording.</source>
        <translation>इस रिकॉर्ड की कोई रिकॉर्डिंग नहीं है।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="128"/>
        <source>Nothing here can be deleted yet.</source>
        <translation>यहाँ अभी कुछ भी हटाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="37"/>
        <source>Recorded without consent on file</source>
        <translation>दर्ज सहमति के बिना रिकॉर्ड किया गया</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="64"/>
        <source>Cannot start recording</source>
        <translation>रिकॉर्डिंग शुरू नहीं हो सकी</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="83"/>
        <source>Consent before recording</source>
        <translation>रिकॉर्डिंग से पहले सहमति</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="85"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation>इस साक्षात्कार के हर प्रतिभागी ने ऑडियो रिकॉर्डिंग की अनुमति नहीं दी है:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="92"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation>अभी उनकी सहमति दर्ज करें, या फिर भी रिकॉर्ड करें (साक्षात्कार के साथ इसकी एक टिप्पणी रखी जाती है), या रद्द करें।</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="99"/>
        <source>Record &amp;consent now…</source>
        <translation>अभी सहमति दर्ज करें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="103"/>
        <source>Record &amp;anyway</source>
        <translation>फिर भी रिकॉर्ड करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="144"/>
        <source>%1 started an audio recording on %2 although not every participant had allowed it:</source>
        <translation>%1 ने %2 को ऑडियो रिकॉर्डिंग शुरू की, जबकि हर प्रतिभागी ने इसकी अनुमति नहीं दी थी:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="162"/>
        <source>Consent note</source>
        <translation>सहमति नोट</translation>
    </message>
</context>
</TS>
