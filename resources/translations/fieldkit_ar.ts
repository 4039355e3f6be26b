<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="151"/>
        <source>About fieldkit</source>
        <translation>حول fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="152"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;المقابلات والملاحظات الميدانية والترميز للبحث الميداني، دون اتصال أولًا، مع خادم للفريق حين يتوفر الاتصال.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="60"/>
        <source>fieldkit cannot open its data</source>
        <translation>تعذّر على fieldkit فتح بياناته</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="54"/>
        <source>Audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="68"/>
        <source>Starting audio…</source>
        <translation>جارٍ تشغيل الصوت…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation>افتح تسجيلًا لإدراج علامات زمنية.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation>Ctrl+نقرة للتشغيل من %1</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="79"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="80"/>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="85"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="86"/>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="87"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation>تشغيل أو إيقاف مؤقت (F8 في النص المفرَّغ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="89"/>
        <source>Position in the recording</source>
        <translation>الموضع في التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="95"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="97"/>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="98"/>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="102"/>
        <source>Add recording…</source>
        <translation>إضافة تسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="103"/>
        <source>Attach a recording file to this interview</source>
        <translation>إرفاق ملف تسجيل بهذه المقابلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="105"/>
        <source>Play:</source>
        <translation>تشغيل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="179"/>
        <source>Opening the recording…</source>
        <translation>جارٍ فتح التسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="208"/>
        <source>Attach recordings</source>
        <translation>إرفاق تسجيلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="210"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation>التسجيلات (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="221"/>
        <source>Adding the recording…</source>
        <translation>جارٍ إضافة التسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="239"/>
        <source>Recording not attached</source>
        <translation>لم يُرفق التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="247"/>
        <source>Adding recordings</source>
        <translation>إضافة التسجيلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="261"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="274"/>
        <source>No recording yet</source>
        <translation>لا يوجد تسجيل بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="357"/>
        <source>This recording cannot be played: %1</source>
        <translation>لا يمكن تشغيل هذا التسجيل: %1</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="90"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="91"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="97"/>
        <source>● Record</source>
        <translation>● تسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="98"/>
        <source>Start recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="99"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="100"/>
        <source>Pause or resume recording</source>
        <translation>إيقاف التسجيل مؤقتًا أو استئنافه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="101"/>
        <source>■ Stop</source>
        <translation>■ إيقاف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="102"/>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="104"/>
        <source>Record:</source>
        <translation>تسجيل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="106"/>
        <source>Recording time</source>
        <translation>مدة التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="96"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="152"/>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="187"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation>لا يستطيع هذا الميكروفون التسجيل بدقة 16 بت؛ اختر ميكروفونًا آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="411"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation>جارٍ التسجيل… يُحفظ على القرص كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="237"/>
        <source>Cannot start recording</source>
        <translation>تعذّر بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="251"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation>تعذّر فتح الميكروفون %1؛ هل يستخدمه برنامج آخر؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="291"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation>متوقف مؤقتًا. كل ما سُجّل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>جارٍ حفظ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="337"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation>حُفظ التسجيل (%1) وأُرفق بهذه المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="343"/>
        <source>Nothing was recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="345"/>
        <source>The recording was not attached; see the message.</source>
        <translation>لم يُرفق التسجيل؛ راجع الرسالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="346"/>
        <source>Recording not attached</source>
        <translation>لم يُرفق التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="350"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation>التسجيل محفوظ وسيُرفق عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="351"/>
        <source>Recording not attached yet</source>
        <translation>لم يُرفق التسجيل بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="377"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation>توقف الميكروفون عن العمل؛ ما سُجّل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="387"/>
        <source>Waiting for sound from the microphone…</source>
        <translation>في انتظار الصوت من الميكروفون…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="400"/>
        <source>No sound is coming from %1: nothing is being recorded!</source>
        <translation>لا يصل أي صوت من %1: لا يُسجَّل شيء!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="404"/>
        <source>No sound has reached fieldkit from %1 for a few seconds, so nothing is being recorded. Check that it is plugged in and switched on, or choose another microphone in the list. What was recorded before is saved.</source>
        <translation>لم يصل أي صوت إلى fieldkit من %1 منذ بضع ثوانٍ، لذا لا يُسجَّل شيء. تحقّق من أنه موصول ومشغَّل، أو اختر ميكروفونًا آخر من القائمة. ما سُجّل من قبل محفوظ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="424"/>
        <source>%1 cannot record in this recording's format: stop, then record again.</source>
        <translation>لا يستطيع %1 التسجيل بصيغة هذا التسجيل: أوقفه ثم سجّل من جديد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="445"/>
        <source>Recording stopped: %1</source>
        <translation>توقف التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="480"/>
        <source>Connect a microphone.</source>
        <translation>وصّل ميكروفونًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="481"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation>لم يُعثر على ميكروفون: وصّل ميكروفونًا أو شغّله لتتمكن من التسجيل.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>Edit case</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="84"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="97"/>
        <source>Case title</source>
        <translation>عنوان الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="86"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation>مثال: مخيمات القراءة المجتمعية، كيسومو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>e.g. school, NGO programme</source>
        <translation>مثال: مدرسة، برنامج منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="91"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="92"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>Locality</source>
        <translation>المحلّة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>village, town or district</source>
        <translation>قرية أو بلدة أو مقاطعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="96"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="100"/>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="101"/>
        <source>&amp;Region:</source>
        <translation>ال&amp;منطقة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="102"/>
        <source>&amp;Locality:</source>
        <translation>ال&amp;محلّة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation>إجراءات الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;المشاركون&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="61"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="189"/>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation>إجراءات دليل الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation>تصفية المحاور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation>تصفية المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="132"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Add theme</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="134"/>
        <source>Sub-theme</source>
        <translation>محور فرعي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="136"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="138"/>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="139"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="140"/>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="141"/>
        <source>Delete theme…</source>
        <translation>حذف المحور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="145"/>
        <source>Show coded passages</source>
        <translation>عرض المقاطع المرمَّزة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="156"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="157"/>
        <source>More theme actions</source>
        <translation>إجراءات أخرى للمحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="270"/>
        <source>Pin to Alt+N</source>
        <translation>تثبيت على Alt+N</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="275"/>
        <source>(now %1)</source>
        <translation>(حاليًا %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="282"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="296"/>
        <source>Pin theme</source>
        <translation>تثبيت المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="306"/>
        <source>Theme colour</source>
        <translation>لون المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Name of the new theme:</source>
        <translation>اسم المحور الجديد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="327"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>اسم المحور الفرعي الجديد تحت «%1»:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="328"/>
        <source>Add sub-theme</source>
        <translation>إضافة محور فرعي</translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation>رمّزه %1</translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="29"/>
        <source>Code with theme</source>
        <translation>الترميز بمحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="32"/>
        <source>Type a theme's name…</source>
        <translation>اكتب اسم محور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="33"/>
        <source>Theme filter</source>
        <translation>تصفية المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="35"/>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="58"/>
        <source>Create “%1”</source>
        <translation>إنشاء «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="60"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation>محور جديد في دليل الترميز، يُطبَّق على هذه الكلمات فورًا</translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation>ترميزات هذا السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation>لا ترميزات بعد. حدّد كلمات ثم اضغط Ctrl+K (أو Alt+1…9 للمحاور المثبّتة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation>(حُذف نصّه)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation>مذكرة: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo on this coding:</source>
        <translation>مذكرة على هذا الترميز:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="112"/>
        <source>&amp;Show in the text</source>
        <translation>&amp;عرض في النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="115"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;تعديل المذكرة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="119"/>
        <source>&amp;Remove coding</source>
        <translation>إ&amp;زالة الترميز</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation>تجاهل التنبيه</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="47"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="51"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation>عُدّلت هذه الحقول على حاسوبين في الوقت نفسه. احتفظت المزامنة بالتعديل الأحدث ووضعت القيمة الأخرى جانبًا. اختر القيمة التي تريد الاحتفاظ بها، أو اكتب قيمة مدمجة؛ يُزامَن اختيارك مع الفريق مثل أي تعديل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="100"/>
        <source>Now in the record</source>
        <translation>الموجود الآن في السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Other</source>
        <translation>الأخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="61"/>
        <source>Unresolved conflicts</source>
        <translation>تعارضات لم تُحلّ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="73"/>
        <source>Merged value</source>
        <translation>القيمة المدمجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="75"/>
        <source>&amp;Keep the value in the record</source>
        <translation>الا&amp;حتفاظ بالقيمة الموجودة في السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="77"/>
        <source>Use the &amp;other value</source>
        <translation>استخدام القيمة ال&amp;أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="79"/>
        <source>Save the &amp;merged value</source>
        <translation>حفظ القيمة ال&amp;مدمجة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="83"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation>لا توجد تعارضات. عندما يُعدَّل الحقل نفسه على حاسوبين قبل مزامنتهما، تُعرض القيمتان هنا لتختار بينهما.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="105"/>
        <source>The other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="114"/>
        <source>Or merge them</source>
        <translation>أو ادمجهما</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="150"/>
        <source>Cannot list the conflicts</source>
        <translation>تعذّر عرض التعارضات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="197"/>
        <source> (this record was deleted since)</source>
        <translation> (حُذف هذا السجل منذ ذلك الحين)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="215"/>
        <source>unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="217"/>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="219"/>
        <source>another laptop (device %1)</source>
        <translation>حاسوب آخر (الجهاز %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="221"/>
        <source>Changed on %1</source>
        <translation>عُدّل في %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation>عُدّل في %1، %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="250"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="258"/>
        <source>Cannot resolve this conflict</source>
        <translation>تعذّر حلّ هذا التعارض</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="80"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="81"/>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="167"/>
        <source>e.g. 2024-03-15 or 15/03/2024</source>
        <translation>مثلًا 2024-03-15 أو 15/03/2024</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="170"/>
        <source>Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down</source>
        <translation>اكتب تاريخًا (2024-03-15 أو 15/03/2024 أو 15 مارس 2024 أو اليوم) أو اضغط Alt+السهم السفلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="178"/>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="182"/>
        <source>Pick the date from a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="185"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>اختر التاريخ من التقويم (Alt+السهم السفلي)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="190"/>
        <source>%1 in words</source>
        <translation>%1 كتابةً</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="221"/>
        <source>%1 is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="230"/>
        <source>%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, or pick it from the calendar.</source>
        <translation>«%1»: لا يمكن قراءة «%2» كتاريخ: اكتبه مثل 2024-03-15 أو 15/03/2024، أو اختره من التقويم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="240"/>
        <source>%1 %2 is in the future: write the day it happened.</source>
        <translation>«%1»: التاريخ %2 في المستقبل؛ اكتب اليوم الذي حدث فيه ذلك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="268"/>
        <source>Calendar for %1</source>
        <translation>تقويم «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="316"/>
        <source>optional; e.g. 09:30 or 2:15 pm</source>
        <translation>اختياري؛ مثلًا 09:30 أو 14:15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="328"/>
        <source>%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm.</source>
        <translation>«%1»: «%2» ليس وقتًا من اليوم: اكتبه مثل 09:30 أو 14:15.</translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="49"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="153"/>
        <source>Undo &amp;delete</source>
        <translation>تراجع عن ال&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="74"/>
        <source>Cannot delete this</source>
        <translation>تعذّر حذف هذا العنصر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="83"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="95"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="126"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="84"/>
        <source>Delete the %1?</source>
        <translation>حذف %1؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="86"/>
        <source>It takes with it %1.</source>
        <translation>سيُحذف معه %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="89"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation>للاحتفاظ بترميزاته تحت محور آخر، ادمجه بدلًا من ذلك (المزيد ▸ دمج في…). </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="92"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation>يمكنك التراجع عن ذلك بـ Ctrl+Z (تحرير ▸ تراجع عن الحذف).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="119"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation>حُذف %1. يعيده Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="139"/>
        <source>Cannot undo the delete</source>
        <translation>تعذّر التراجع عن الحذف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="142"/>
        <source>Restored the %1.</source>
        <translation>استُعيد %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="151"/>
        <source>Undo &amp;delete of %1</source>
        <translation>تراجع عن &amp;حذف %1</translation>
    </message>
</context>
<context>
    <name>DeleteWording</name>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="24"/>
        <source>study “%1”</source>
        <translation>الدراسة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="25"/>
        <source>case “%1”</source>
        <translation>الحالة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="26"/>
        <source>participant “%1”</source>
        <translation>المشارك «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="27"/>
        <source>interview “%1”</source>
        <translation>المقابلة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="28"/>
        <source>observation “%1”</source>
        <translation>الملاحظة الميدانية «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="29"/>
        <source>theme “%1”</source>
        <translation>المحور «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="30"/>
        <source>coding “%1”</source>
        <translation>الترميز «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="31"/>
        <source>tag “%1”</source>
        <translation>الوسم «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="32"/>
        <source>free-word tag “%1”</source>
        <translation>الوسم الحرّ «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="33"/>
        <source>memo “%1”</source>
        <translation>المذكرة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="34"/>
        <source>photo “%1”</source>
        <translation>الصورة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="35"/>
        <source>recording “%1”</source>
        <translation>التسجيل «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="36"/>
        <source>file “%1”</source>
        <translation>الملف «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>حالة واحدة (%Ln)</numerusform>
            <numerusform>حالتان (%Ln)</numerusform>
            <numerusform>%Ln حالات</numerusform>
            <numerusform>%Ln حالةً</numerusform>
            <numerusform>%Ln حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>مشارك واحد (%Ln)</numerusform>
            <numerusform>مشاركان (%Ln)</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln مقابلة</numerusform>
            <numerusform>مقابلة واحدة (%Ln)</numerusform>
            <numerusform>مقابلتان (%Ln)</numerusform>
            <numerusform>%Ln مقابلات</numerusform>
            <numerusform>%Ln مقابلةً</numerusform>
            <numerusform>%Ln مقابلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%Ln ملاحظة ميدانية</numerusform>
            <numerusform>ملاحظة ميدانية واحدة (%Ln)</numerusform>
            <numerusform>ملاحظتان ميدانيتان (%Ln)</numerusform>
            <numerusform>%Ln ملاحظات ميدانية</numerusform>
            <numerusform>%Ln ملاحظةً ميدانية</numerusform>
            <numerusform>%Ln ملاحظة ميدانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%Ln رابط مشارك</numerusform>
            <numerusform>رابط مشارك واحد (%Ln)</numerusform>
            <numerusform>رابطا مشارك (%Ln)</numerusform>
            <numerusform>%Ln روابط مشاركين</numerusform>
            <numerusform>%Ln رابطًا لمشاركين</numerusform>
            <numerusform>%Ln رابط لمشاركين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46"/>
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>%Ln محور فرعي</numerusform>
            <numerusform>محور فرعي واحد (%Ln)</numerusform>
            <numerusform>محوران فرعيان (%Ln)</numerusform>
            <numerusform>%Ln محاور فرعية</numerusform>
            <numerusform>%Ln محورًا فرعيًا</numerusform>
            <numerusform>%Ln محور فرعي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%Ln محور</numerusform>
            <numerusform>محور واحد (%Ln)</numerusform>
            <numerusform>محوران (%Ln)</numerusform>
            <numerusform>%Ln محاور</numerusform>
            <numerusform>%Ln محورًا</numerusform>
            <numerusform>%Ln محور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد (%Ln)</numerusform>
            <numerusform>%Ln ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln وسم</numerusform>
            <numerusform>وسم واحد (%Ln)</numerusform>
            <numerusform>%Ln وسمان</numerusform>
            <numerusform>%Ln وسوم</numerusform>
            <numerusform>%Ln وسمًا</numerusform>
            <numerusform>%Ln وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50"/>
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>%Ln وسم حرّ</numerusform>
            <numerusform>وسم حرّ واحد (%Ln)</numerusform>
            <numerusform>وسمان حرّان (%Ln)</numerusform>
            <numerusform>%Ln وسوم حرّة</numerusform>
            <numerusform>%Ln وسمًا حرًّا</numerusform>
            <numerusform>%Ln وسم حرّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%Ln مذكرة</numerusform>
            <numerusform>مذكرة واحدة (%Ln)</numerusform>
            <numerusform>مذكرتان (%Ln)</numerusform>
            <numerusform>%Ln مذكرات</numerusform>
            <numerusform>%Ln مذكرةً</numerusform>
            <numerusform>%Ln مذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>صورة واحدة (%Ln)</numerusform>
            <numerusform>صورتان (%Ln)</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورةً</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%Ln تسجيل</numerusform>
            <numerusform>تسجيل واحد (%Ln)</numerusform>
            <numerusform>تسجيلان (%Ln)</numerusform>
            <numerusform>%Ln تسجيلات</numerusform>
            <numerusform>%Ln تسجيلًا</numerusform>
            <numerusform>%Ln تسجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد (%Ln)</numerusform>
            <numerusform>ملفان (%Ln)</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="55"/>
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>%Ln اسم للحجب</numerusform>
            <numerusform>اسم واحد للحجب (%Ln)</numerusform>
            <numerusform>اسمان للحجب (%Ln)</numerusform>
            <numerusform>%Ln أسماء للحجب</numerusform>
            <numerusform>%Ln اسمًا للحجب</numerusform>
            <numerusform>%Ln اسم للحجب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="74"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="76"/>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation>ال&amp;خصائص…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation>حذف م&amp;شارك…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation>تعذّر فتح هذا العنصر</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation>ترميز بـ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation>إزالة الترميز %1</translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation>حُدّثت الترميزات بتغييرات الفريق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation>حُدّث هذا النص بتغييرات الفريق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation>تعذّرت إعادة تحميل هذا السجل: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation>عدّل شخص آخر هذا النص على حاسوب آخر أثناء كتابتك. نسختك محفوظة هنا؛ ونسخته محفوظة في مزامنة ▸ التعارضات، حيث يمكنك استعادتها أو دمج النسختين.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation>ما كتبته محفوظ؛ والنسخة الأخرى محفوظة كتعارض.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="129"/>
        <source>Encrypt this folder</source>
        <translation>تشفير هذا المجلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="132"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation>سيُشفَّر كل ما في مجلد البيانات هذا بعبارة مرور. لا يستطيع أحد استرجاع عبارة مرور منسية: من دونها، أو من دون مفتاح الاسترداد الذي سيُعرض عليك بعد ذلك، تضيع المقابلات إلى الأبد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="142"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation>أفهم أن عبارة المرور المفقودة لا يمكن استرجاعها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="151"/>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="171"/>
        <source>Tick the box to confirm you understand.</source>
        <translation>ضع علامة في المربع لتأكيد أنك فهمت.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="39"/>
        <source>Case-study &amp;PDF…</source>
        <translation>ملف &amp;PDF لدراسة الحالة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="40"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>مشروع &amp;REFI-QDA ‏(.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="41"/>
        <source>&amp;CSV tables…</source>
        <translation>جداول &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="42"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation>ا&amp;ستيراد مشروع REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Create or select a study first.</source>
        <translation>أنشئ دراسة أو اخترها أولًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="109"/>
        <source>Export case-study PDF</source>
        <translation>تصدير دراسة الحالة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="110"/>
        <source>This PDF will leave some material out.</source>
        <translation>سيستبعد ملف PDF هذا بعض المواد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="113"/>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="146"/>
        <source>Export REFI-QDA project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="183"/>
        <source>Exporting REFI-QDA project</source>
        <translation>جارٍ تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="190"/>
        <source>Folder for CSV files</source>
        <translation>مجلد ملفات CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="211"/>
        <source>Exporting CSV tables</source>
        <translation>جارٍ تصدير جداول CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="216"/>
        <source>Import REFI-QDA project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="228"/>
        <source>Imported “%1”: %2, %3.</source>
        <translation>تم استيراد «%1»: %2، %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln مقابلة</numerusform>
            <numerusform>مقابلة واحدة (%Ln)</numerusform>
            <numerusform>مقابلتان (%Ln)</numerusform>
            <numerusform>%Ln مقابلات</numerusform>
            <numerusform>%Ln مقابلةً</numerusform>
            <numerusform>%Ln مقابلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد (%Ln)</numerusform>
            <numerusform>%Ln ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="239"/>
        <source>Importing REFI-QDA project</source>
        <translation>جارٍ استيراد مشروع REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="43"/>
        <source>Export log</source>
        <translation>سجل التصدير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="45"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="46"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="47"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="48"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="49"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="50"/>
        <source>Withheld</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="51"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="54"/>
        <source>Exports of this study</source>
        <translation>عمليات تصدير هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="81"/>
        <source>anonymised %1</source>
        <comment>an export's format, e.g. anonymised pdf</comment>
        <translation>%1 مجهول الهوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="88"/>
        <source>the whole study</source>
        <translation>الدراسة كاملة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="90"/>
        <source>full dump</source>
        <translation>نسخة كاملة من البيانات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92"/>
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>كل الحالات (%Ln ملف)</numerusform>
            <numerusform>كل الحالات (ملف واحد، %Ln)</numerusform>
            <numerusform>كل الحالات (ملفان، %Ln)</numerusform>
            <numerusform>كل الحالات (%Ln ملفات)</numerusform>
            <numerusform>كل الحالات (%Ln ملفًا)</numerusform>
            <numerusform>كل الحالات (%Ln ملف)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="96"/>
        <source>case “%1”</source>
        <comment>an export's scope: one case</comment>
        <translation>الحالة «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="97"/>
        <source>case %1</source>
        <comment>an export's scope: one case, by id</comment>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="105"/>
        <source>no consent rules (a full dump, not for sharing)</source>
        <translation>لا قواعد للموافقة (نسخة كاملة من البيانات، ليست للمشاركة)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="37"/>
        <source>Withheld: %1.</source>
        <translation>محجوب: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="40"/>
        <source>Saved %1.</source>
        <translation>حُفظ: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>حُفظ: %1 (%Ln صفحة).</numerusform>
            <numerusform>حُفظ: %1 (صفحة واحدة، %Ln).</numerusform>
            <numerusform>حُفظ: %1 (صفحتان، %Ln).</numerusform>
            <numerusform>حُفظ: %1 (%Ln صفحات).</numerusform>
            <numerusform>حُفظ: %1 (%Ln صفحةً).</numerusform>
            <numerusform>حُفظ: %1 (%Ln صفحة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46"/>
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>حُفظ %Ln ملف CSV في %1.</numerusform>
            <numerusform>حُفظ ملف CSV واحد (%Ln) في %1.</numerusform>
            <numerusform>حُفظ ملفا CSV ‏(%Ln) في %1.</numerusform>
            <numerusform>حُفظت %Ln ملفات CSV في %1.</numerusform>
            <numerusform>حُفظ %Ln ملفًا CSV في %1.</numerusform>
            <numerusform>حُفظ %Ln ملف CSV في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49"/>
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>حُفظ %Ln ملف دراسة حالة في %1.</numerusform>
            <numerusform>حُفظ ملف دراسة حالة واحد (%Ln) في %1.</numerusform>
            <numerusform>حُفظ ملفا دراسة حالة (%Ln) في %1.</numerusform>
            <numerusform>حُفظت %Ln ملفات دراسة حالة في %1.</numerusform>
            <numerusform>حُفظ %Ln ملفًا لدراسات الحالة في %1.</numerusform>
            <numerusform>حُفظ %Ln ملف دراسة حالة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="52"/>
        <source>Cancelled before the end.</source>
        <translation>أُلغي قبل النهاية.</translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="226"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation>المجلد مشفَّر. يفتحه مفتاح الاسترداد هذا إذا نُسيت عبارة المرور. اطبعه أو دوّنه، واحفظه بعيدًا عن الحاسوب:

%1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="236"/>
        <source>&amp;Save to a file to print…</source>
        <translation>&amp;حفظ في ملف للطباعة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="243"/>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="252"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="264"/>
        <source>&amp;Encrypt this folder…</source>
        <translation>&amp;تشفير هذا المجلد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="276"/>
        <source>&amp;Lock when idle</source>
        <translation>&amp;قفل عند الخمول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="281"/>
        <source>After %1 minutes</source>
        <translation>بعد %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="283"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="340"/>
        <source>The folder was not encrypted</source>
        <translation>لم يُشفَّر المجلد</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="129"/>
        <source>%1 is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="150"/>
        <source>Please fix these %1 things, then save again:</source>
        <translation>صحّح هذه الأمور (%1)، ثم احفظ مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="166"/>
        <source>Problem with this field</source>
        <translation>مشكلة في هذا الحقل</translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="50"/>
        <source>Free-word tags (not in the codebook)</source>
        <translation>وسوم حرّة (خارج دليل الترميز)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="52"/>
        <source>Free-word tags</source>
        <translation>وسوم حرّة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="55"/>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="120"/>
        <source>Make a theme</source>
        <translation>اجعلها موضوعًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="57"/>
        <source>Add the chosen word to the codebook; its records are tagged with the theme</source>
        <translation>أضف الكلمة المختارة إلى دليل الترميز؛ تُوسَم سجلاتها بالموضوع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد (%Ln)</numerusform>
            <numerusform>سجلان (%Ln)</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="88"/>
        <source>“%1” tags %2; it is not a codebook theme.</source>
        <translation>«%1» تَسِم %2؛ وليست موضوعًا في دليل الترميز.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="98"/>
        <source>fieldkit user guide</source>
        <translation>دليل مستخدم fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="100"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="112"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation>&lt;b&gt;ملف ▸ دراسة جديدة…&lt;/b&gt; تبدأ دراسة؛ &lt;b&gt;ملف ▸ حالة جديدة…&lt;/b&gt; تضيف إليها مدرسة أو برنامجًا أو موقعًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="116"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation>اختر الحالة، ثم استخدم قائمة &lt;b&gt;الحالة&lt;/b&gt;: المشاركون وموافقتهم، والمقابلات والملاحظات الميدانية.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="120"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation>اكتب النص المفرَّغ أو الصقه: يُحفظ أثناء الكتابة. سجّل الصوت من الشريط فوق النص؛ &lt;b&gt;Ctrl+T&lt;/b&gt; يُدرج علامة زمنية، و&lt;b&gt;F8&lt;/b&gt; يشغّل التسجيل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="124"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation>حدّد كلمات واضغط &lt;b&gt;Ctrl+K&lt;/b&gt; لترميزها بمحور (اكتب اسمًا جديدًا لإنشاء محور)، أو اسحب محورًا من دليل الترميز إليها، أو ثبّت محاور على &lt;b&gt;Alt+1…9&lt;/b&gt; (انقر بالزر الأيمن على محور ▸ تثبيت على Alt+N).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="128"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation>ضع وسمًا على سجل كامل فوق نصّه؛ واكتب المذكرات بجانب الترميزات.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview's participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation>&lt;b&gt;تحرير ▸ الخصائص…&lt;/b&gt; (Alt+Enter) يعدّل سجلًا بعد حفظه، ومنه المشاركون في مقابلة؛ &lt;b&gt;حذف&lt;/b&gt; يسأل أولًا ويسمّي ما سيُحذف معه؛ و&lt;b&gt;Ctrl+Z&lt;/b&gt; خارج النص المفرَّغ يعيده.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="135"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation>&lt;b&gt;المراجعة ▸ الحالة والدراسة…&lt;/b&gt; تقارن المحاور بين الحالات؛ وقائمة &lt;b&gt;تصدير&lt;/b&gt; تُنتج ملفات PDF لدراسات الحالة ومشاريع REFI-QDA وجداول CSV.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="139"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team's server; until then nothing leaves this laptop.</source>
        <translation>&lt;b&gt;مزامنة ▸ الإعدادات…&lt;/b&gt; تسجّل دخولك إلى خادم فريقك؛ وحتى ذلك الحين لا يغادر شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="144"/>
        <source>The research loop</source>
        <translation>دورة البحث</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="263"/>
        <source>Colour scale</source>
        <translation>مقياس الألوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="269"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation>فاتح: مقطع مرمَّز واحد؛ داكن: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="16"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="17"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="18"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="19"/>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="20"/>
        <source>Portuguese (Brazil)</source>
        <translation>البرتغالية (البرازيل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="21"/>
        <source>Swahili</source>
        <translation>السواحلية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="22"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="23"/>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="24"/>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="25"/>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="26"/>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="27"/>
        <source>Hausa</source>
        <translation>الهوسا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="28"/>
        <source>Yoruba</source>
        <translation>اليوروبا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="29"/>
        <source>Igbo</source>
        <translation>الإيغبو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="30"/>
        <source>Zulu</source>
        <translation>الزولو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="31"/>
        <source>Kinyarwanda</source>
        <translation>الكينيارواندا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="32"/>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="33"/>
        <source>Ganda</source>
        <translation>اللوغندية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="34"/>
        <source>Wolof</source>
        <translation>الولوفية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="35"/>
        <source>Nepali</source>
        <translation>النيبالية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="36"/>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="37"/>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="38"/>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="22"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="33"/>
        <source>e.g. Kiswahili, العربية, Français</source>
        <translation>مثال: Kiswahili، العربية، Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="54"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="63"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="89"/>
        <source>Language not changed</source>
        <translation>لم تتغير اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="90"/>
        <source>Stop the recording first, then choose the language again.</source>
        <translation>أوقف التسجيل أولًا، ثم اختر اللغة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="66"/>
        <source>Input level</source>
        <translation>مستوى الإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="74"/>
        <source>waiting for sound…</source>
        <translation>في انتظار الصوت…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="75"/>
        <source>silence</source>
        <translation>صمت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="76"/>
        <source>NO SIGNAL</source>
        <translation>لا توجد إشارة</translation>
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
        <translation>الدراسات والحالات والسجلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="59"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>&amp;Review</source>
        <translation>الم&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Case and &amp;study…</source>
        <translation>الحالة وال&amp;دراسة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="94"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="240"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>ابدأ دراسة عبر &lt;b&gt;ملف ▸ دراسة جديدة…&lt;/b&gt;، ثم أضف حالات عبر &lt;b&gt;ملف ▸ حالة جديدة…&lt;/b&gt;، ثم المشاركين وموافقتهم والمقابلات والملاحظات الميدانية من قائمة &lt;b&gt;الحالة&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="137"/>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Choose a case or a record on the left</source>
        <translation>اختر حالة أو سجلًا من اليمين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="226"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>أضف حالة عبر &lt;b&gt;ملف ▸ حالة جديدة…&lt;/b&gt;؛ ثم المشاركين والمقابلات والملاحظات الميدانية من قائمة &lt;b&gt;الحالة&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="237"/>
        <source>This data folder holds no study yet</source>
        <translation>لا يحتوي مجلد البيانات هذا على أي دراسة بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="246"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team's server: the studies you belong to arrive with the first sync.</source>
        <translation>هل تنضم إلى فريق؟ استخدم &lt;b&gt;مزامنة ▸ الإعدادات…&lt;/b&gt; لتسجيل الدخول إلى خادم فريقك: تصل الدراسات التي تنتمي إليها مع أول مزامنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Interview: %1</source>
        <translation>مقابلة: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Observation: %1</source>
        <translation>ملاحظة ميدانية: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="293"/>
        <source>Cannot open this record</source>
        <translation>تعذّر فتح هذا السجل</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="233"/>
        <source>all cases</source>
        <translation>كل الحالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="236"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%1 في %2: %Ln مقطع مرمَّز</numerusform>
            <numerusform>%1 في %2: مقطع مرمَّز واحد (%Ln)</numerusform>
            <numerusform>%1 في %2: %Ln مقطعان مرمَّزان</numerusform>
            <numerusform>%1 في %2: %Ln مقاطع مرمَّزة</numerusform>
            <numerusform>%1 في %2: %Ln مقطعًا مرمَّزًا</numerusform>
            <numerusform>%1 في %2: %Ln مقطع مرمَّز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="239"/>
        <source>(with its sub-themes)</source>
        <translation>(مع محاوره الفرعية)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="247"/>
        <source>All cases</source>
        <translation>كل الحالات</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation>تعديل المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation>مذكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation>عنوان المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation>ال&amp;مذكرة:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="31"/>
        <source>Merge theme</source>
        <translation>دمج المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="33"/>
        <source>Merge “%1” into:</source>
        <translation>دمج «%1» في:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="36"/>
        <source>Theme to merge into</source>
        <translation>المحور المراد الدمج فيه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="49"/>
        <source>What the merge will do</source>
        <translation>ما سيفعله الدمج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="55"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="72"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation>ستنتقل %1 ترميزات و%2 وسوم من «%3» إلى «%4»، مع محاوره الفرعية. ثم يُزال «%3» من دليل الترميز.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="82"/>
        <source>Choose a theme.</source>
        <translation>اختر محورًا.</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="98"/>
        <source>Welcome to fieldkit</source>
        <translation>مرحبًا بك في fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="102"/>
        <source>What is your name? fieldkit writes it as Interviewer or Observer of the records you make and as “Prepared by” in your reports. You can change it later in Edit ▸ Preferences…</source>
        <translation>ما اسمك؟ يكتبه fieldkit بصفتك المُحاور أو المُلاحِظ في السجلات التي تنشئها وفي «أعدّه» في تقاريرك. يمكنك تغييره لاحقًا من تحرير ▸ التفضيلات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="181"/>
        <source>New data folder</source>
        <translation>مجلد بيانات جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="183"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation>&amp;تشفير %1 بعبارة مرور (يُنصح به على الحاسوب المحمول)</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>Edit interview</source>
        <translation>تعديل المقابلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="72"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="73"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="77"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation>اختياري؛ مثال: «مقابلة مع P-01 ‏(2024-03-01)»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="81"/>
        <source>Interviewer</source>
        <translation>المُحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="83"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="85"/>
        <source>Participants in this interview</source>
        <translation>المشاركون في هذه المقابلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="94"/>
        <source>No participants registered in this case yet.</source>
        <translation>لا يوجد مشاركون مسجّلون في هذه الحالة بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="98"/>
        <source>T&amp;ime:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="101"/>
        <source>I&amp;nterviewer:</source>
        <translation>الم&amp;حاور:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Partic&amp;ipants:</source>
        <translation>الم&amp;شاركون:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="124"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation>لم تُحدَّد أي مشارك: ستحجب عمليات التصدير كل اقتباسات هذه المقابلة إلى أن يُربط بها مشارك موافقته ممنوحة. حدّد من شارك، أو اضغط حفظ مرة أخرى لحفظها هكذا.</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>New observation</source>
        <translation>ملاحظة ميدانية جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>Edit observation</source>
        <translation>تعديل الملاحظة الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="192"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="193"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>Setting</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>e.g. Grade 3 classroom</source>
        <translation>مثال: فصل الصف الثالث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="199"/>
        <source>Observer</source>
        <translation>المُلاحِظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="201"/>
        <source>First notes</source>
        <translation>الملاحظات الأولى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="202"/>
        <source>What you see; you can go on in the editor.</source>
        <translation>ما تراه؛ يمكنك المتابعة في المحرّر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="203"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="204"/>
        <source>T&amp;ime:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="205"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="206"/>
        <source>&amp;Setting:</source>
        <translation>ال&amp;سياق:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="207"/>
        <source>O&amp;bserver:</source>
        <translation>الم&amp;لاحِظ:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="209"/>
        <source>&amp;Notes:</source>
        <translation>ال&amp;ملاحظات:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>Participant %1</source>
        <translation>المشارك %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="48"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="58"/>
        <source>Participant code</source>
        <translation>رمز المشارك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="50"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="52"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation>اختياري؛ لا تُظهره عمليات التصدير إلا حيث يُسمح بذكر الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="56"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="59"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="64"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="72"/>
        <source>Consent status</source>
        <translation>حالة الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="74"/>
        <source>pending (not recorded yet)</source>
        <translation>معلّقة (لم تُسجَّل بعد)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="75"/>
        <source>given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="76"/>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="81"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="86"/>
        <source>today when given and left empty</source>
        <translation>اليوم إذا مُنحت وتُرك فارغًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="88"/>
        <source>Consent form</source>
        <translation>شكل الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="90"/>
        <source>verbal</source>
        <translation>شفهية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="91"/>
        <source>written</source>
        <translation>مكتوبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="95"/>
        <source>&amp;Audio recording</source>
        <translation>التسجيل ال&amp;صوتي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="96"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation>الا&amp;قتباسات الحرفية في التقارير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="97"/>
        <source>A&amp;ttribution by name</source>
        <translation>ذ&amp;كر الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="103"/>
        <source>&amp;Form:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="107"/>
        <source>It allows:</source>
        <translation>تسمح بـ:</translation>
    </message>
</context>
<context>
    <name>ParticipantLabel</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="36"/>
        <source>consent pending</source>
        <translation>الموافقة معلّقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="37"/>
        <source>consent given</source>
        <translation>الموافقة ممنوحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>الموافقة مسحوبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="49"/>
        <source>no audio</source>
        <translation>بلا تسجيل صوتي</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="27"/>
        <source>Participants of this case</source>
        <translation>المشاركون في هذه الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="36"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="37"/>
        <source>It allows</source>
        <translation>تسمح بـ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="62"/>
        <source>given</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="63"/>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>verbal</source>
        <translation>شفهية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>written</source>
        <translation>مكتوبة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="75"/>
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="77"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="82"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit مقفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="56"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="57"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation>ت&amp;ذكّر على هذا الحاسوب (سلسلة المفاتيح)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="61"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="71"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation>مجلد البيانات %1 مشفَّر. أدخل عبارة المرور الخاصة به (أو مفتاح الاسترداد).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="85"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation>عبارة المرور هذه لا تفتح هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="99"/>
        <source>Not remembered</source>
        <translation>لم تُحفظ</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="70"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="89"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="92"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="44"/>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="45"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="46"/>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="47"/>
        <source>Case profile</source>
        <translation>لمحة عن الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="48"/>
        <source>Theme profile chart</source>
        <translation>مخطط ملف المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="49"/>
        <source>Key quotes by theme</source>
        <translation>أهم الاقتباسات حسب المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="50"/>
        <source>Interview and observation summaries</source>
        <translation>ملخصات المقابلات والملاحظات الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="51"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="52"/>
        <source>Codebook appendix</source>
        <translation>ملحق دليل الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="56"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation>صغير (للبريد الإلكتروني عبر اتصال بطيء)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="57"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation>متوسط (50 صورة تبقى دون 5 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="58"/>
        <source>Original (as taken; large files)</source>
        <translation>الأصلي (كما التُقطت؛ ملفات كبيرة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="119"/>
        <source>Export case-study PDF</source>
        <translation>تصدير دراسة الحالة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>This case: %1</source>
        <translation>هذه الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>(none selected)</source>
        <translation>(لم يُحدَّد شيء)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="124"/>
        <source>Every case of the study, into a folder</source>
        <translation>كل حالات الدراسة، في مجلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="127"/>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="129"/>
        <source>Folder for the PDFs</source>
        <translation>مجلد ملفات PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="135"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation>نسخة مجهولة الهوية (رموز المشاركين؛ استبدال الأسماء المطلوب حجبها؛ دون صور)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="138"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation>الاحتفاظ بالصور (تُحجب التعليقات؛ أما الوجوه واللافتات فيها فلا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="143"/>
        <source>Your name (left out when empty)</source>
        <translation>اسمك (يُحذف إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="144"/>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="146"/>
        <source>Photo size</source>
        <translation>حجم الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="152"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="159"/>
        <source>Themes to include (quotes and chart)</source>
        <translation>المحاور المضمّنة (الاقتباسات والمخطط)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="161"/>
        <source>Themes to include</source>
        <translation>المحاور المضمّنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="170"/>
        <source>PDF file:</source>
        <translation>ملف PDF:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="172"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="175"/>
        <source>Prepared by:</source>
        <translation>أعدّه:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="176"/>
        <source>Photo size:</source>
        <translation>حجم الصور:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="177"/>
        <source>Report language:</source>
        <translation>لغة التقرير:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="218"/>
        <source>Choose where to save.</source>
        <translation>اختر مكان الحفظ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="222"/>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="302"/>
        <source>Exporting case studies</source>
        <translation>جارٍ تصدير دراسات الحالة</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="107"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="152"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="109"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="110"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="279"/>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="112"/>
        <source>Caption of the selected photo</source>
        <translation>تعليق الصورة المحددة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="113"/>
        <source>Photo caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="121"/>
        <source>&amp;Delete photo…</source>
        <translation>&amp;حذف الصورة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>Photos (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>No photos</source>
        <translation>لا توجد صور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="248"/>
        <source>Photos cannot be shown: %1</source>
        <translation>تعذّر عرض الصور: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="281"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="319"/>
        <source>Adding photos</source>
        <translation>جارٍ إضافة الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="337"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation>أُضيف %1 من %2 ملفات. لم تُضف هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="342"/>
        <source>No photo was added:</source>
        <translation>لم تُضف أي صورة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="344"/>
        <source>Some files are not photos</source>
        <translation>بعض الملفات ليست صورًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="354"/>
        <source>Photos not added</source>
        <translation>لم تُضف الصور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation>لم يُحفظ التعليق</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ السابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation>التالية ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation>صورة — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="197"/>
        <source>This photo cannot be shown: %1</source>
        <translation>تعذّر عرض هذه الصورة: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>e.g. Amina Yusuf</source>
        <translation>مثال: أمينة يوسف</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Shown as Interviewer or Observer of new records and as “Prepared by” in reports.</source>
        <translation>يظهر بصفة المُحاور أو المُلاحِظ في السجلات الجديدة وفي «أعدّه» في التقارير.</translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="61"/>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="62"/>
        <source>Export &amp;log…</source>
        <translation>&amp;سجل التصدير…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="64"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation>س&amp;حب مشارك ومحو بياناته…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="96"/>
        <source>This folder has never been backed up: File ▸ Back up…</source>
        <translation>لم يُنسخ هذا المجلد احتياطيًا قط: ملف ▸ نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="98"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation>مضى على آخر نسخة احتياطية أكثر من أسبوع: ملف ▸ نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="111"/>
        <source>Back up this data folder</source>
        <translation>نسخ مجلد البيانات هذا احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="123"/>
        <source>A passphrase to encrypt the backup (leave empty for none). A forgotten passphrase cannot be recovered:</source>
        <translation>عبارة مرور لتشفير النسخة الاحتياطية (اتركها فارغة لعدم التشفير). لا يمكن استرجاع عبارة مرور منسية:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="141"/>
        <source>Backed up to {0} ({1}), encrypted with your passphrase.</source>
        <translation>حُفظت النسخة الاحتياطية في {0} ({1})، مشفّرة بعبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="143"/>
        <source>Backed up to {0} ({1}), encrypted with this folder's key.</source>
        <translation>حُفظت النسخة الاحتياطية في {0} ({1})، مشفّرة بمفتاح هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="145"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation>نُسخ احتياطيًا إلى {0} ‏({1}). غير مشفَّر: احفظه في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="151"/>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="153"/>
        <source>Backing up</source>
        <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="159"/>
        <source>Type the backup's passphrase again:</source>
        <translation>اكتب عبارة مرور النسخة الاحتياطية مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="164"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="171"/>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="165"/>
        <source>The two passphrases differ. Nothing was backed up: try again.</source>
        <translation>عبارتا المرور مختلفتان. لم يُحفظ أي شيء: حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="183"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="190"/>
        <source>An empty folder for the restored data</source>
        <translation>مجلد فارغ للبيانات المستعادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="197"/>
        <source>The passphrase of this backup:</source>
        <translation>عبارة مرور هذه النسخة الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="208"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation>استُعيد {0} ملفًا إلى {1}. افتحه بالأمر: fieldkit --data-dir {1}؛ ويأخذ هوية جهاز جديدة عند أول مزامنة (سجّل الدخول مرة أخرى).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="215"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="217"/>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="271"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="343"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="278"/>
        <source>Select the participant's case first.</source>
        <translation>اختر حالة المشارك أولًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="290"/>
        <source>This case has no participants.</source>
        <translation>لا يوجد مشاركون في هذه الحالة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="294"/>
        <source>Withdraw and erase</source>
        <translation>سحب ومحو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="295"/>
        <source>Participant:</source>
        <translation>المشارك:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="307"/>
        <source>Withdraw and erase {0}</source>
        <translation>سحب {0} ومحو بياناته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="310"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation>يسحب {0} موافقته. هذا يمحو، على هذا الحاسوب وعلى الخادم وعلى كل حاسوب يُزامن، ولا يمكن التراجع عنه:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="334"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation>مُحي {0} هنا؛ وتمحوه المزامنة القادمة في كل مكان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="345"/>
        <source>Erasing</source>
        <translation>جارٍ المحو</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation>&amp;دراسة جديدة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation>&amp;حالة جديدة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;تعديل الحالة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation>&amp;مشارك جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation>تعديل م&amp;شارك…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation>م&amp;قابلة جديدة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation>م&amp;لاحظة ميدانية جديدة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation>الأ&amp;سماء المطلوب حجبها…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation>اختر حالة أولًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="251"/>
        <source>Create a study first.</source>
        <translation>أنشئ دراسة أولًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="257"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="279"/>
        <source>Cannot open this</source>
        <translation>تعذّر فتح هذا العنصر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269"/>
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>%Ln اسم في قائمة الدراسة للحجب.</numerusform>
            <numerusform>اسم واحد (%Ln) في قائمة الدراسة للحجب.</numerusform>
            <numerusform>%Ln اسمان في قائمة الدراسة للحجب.</numerusform>
            <numerusform>%Ln أسماء في قائمة الدراسة للحجب.</numerusform>
            <numerusform>%Ln اسمًا في قائمة الدراسة للحجب.</numerusform>
            <numerusform>%Ln اسم في قائمة الدراسة للحجب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="258"/>
        <source>Your name (remembered for next time)</source>
        <translation>اسمك (يُحفظ للمرة القادمة)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="85"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="175"/>
        <source>language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="174"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="177"/>
        <source>setting: %1</source>
        <translation>السياق: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="284"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation>آخر ما كتبته لم يُحفظ بعد: %1 يبقى هنا في المحرّر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="304"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="315"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation>لا يوجد محور مثبّت على Alt+%1: انقر بالزر الأيمن على محور في دليل الترميز ▸ تثبيت على Alt+N.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="349"/>
        <source>New theme</source>
        <translation>محور جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="353"/>
        <source>Theme not created</source>
        <translation>لم يُنشأ المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="358"/>
        <source>Select some words first, then choose a theme.</source>
        <translation>حدّد بعض الكلمات أولًا، ثم اختر محورًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="380"/>
        <source>These words are already coded with %1.</source>
        <translation>هذه الكلمات مرمَّزة بالفعل بـ %1.</translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation>&lt;b&gt;المذكرات&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation>المذكرات على هذا السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation>إ&amp;ضافة مذكرة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation>حذف المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;تعديل المذكرة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation>&amp;حذف المذكرة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation>حذف المذكرة «%1»؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="61"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="63"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="64"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="145"/>
        <source>Remove the tag “%1”</source>
        <translation>إزالة الوسم «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="146"/>
        <source>Remove tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="159"/>
        <source>Free-word tag “%1” (not a codebook theme). Click to remove it.</source>
        <translation>وسم حرّ «%1» (ليس موضوعًا في دليل الترميز). انقر لإزالته.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="163"/>
        <source>Remove free-word tag %1</source>
        <translation>إزالة الوسم الحرّ %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="206"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation>«%1» ليس محورًا: اختر أحد الاقتراحات، أو اكتبه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="228"/>
        <source>Not a theme</source>
        <translation>ليس موضوعًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="231"/>
        <source>“%1” is not a theme in this study's codebook. Tag this record with it as a free word, or add it to the codebook as a new theme?</source>
        <translation>«%1» ليس موضوعًا في دليل الترميز لهذه الدراسة. هل تسم هذا السجل بها ككلمة حرّة، أم تضيفها إلى دليل الترميز كموضوع جديد؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="235"/>
        <source>Tag as a free word</source>
        <translation>وسم ككلمة حرّة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="236"/>
        <source>Add as a theme</source>
        <translation>إضافة كموضوع</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد (%Ln)</numerusform>
            <numerusform>%Ln ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingRecovery</name>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="40"/>
        <source>Unfinished recordings</source>
        <translation>تسجيلات غير مكتملة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="41"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation>تعذّر على fieldkit التحقق من التسجيلات غير المكتملة: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="67"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation>استُعيدت %1 تسجيلات انقطعت في المرة الماضية وأُرفقت بمقابلاتها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="77"/>
        <source>Recordings kept, not attached</source>
        <translation>تسجيلات محفوظة، غير مرفقة</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation>شخص ← [اسم]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation>مكان ← [مكان]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation>آخر ← [محجوب]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation>إبقاء: لا يُستبدل أبدًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation>الأسماء المطلوب حجبها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation>تستبدل النسخ مجهولة الهوية هذه الأسماء والأماكن في كل موضع: العناوين والنص والاقتباسات وأسماء الملفات وخصائص PDF؛ بأي حالة أحرف، مع التشكيل أو دونه، ككلمات كاملة. أضف تهجئات أخرى (بخطوط أخرى أيضًا) مفصولة بـ «;».</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation>الأسماء والأماكن المطلوب حجبها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation>اسم أو مكان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation>إ&amp;ضافة اسم أو مكان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation>هذه القائمة</translation>
    </message>
</context>
<context>
    <name>ReportLanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_export.py" line="22"/>
        <source>could not write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="85"/>
        <source>Case and study review</source>
        <translation>مراجعة الحالة والدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="98"/>
        <source>Review views</source>
        <translation>طرق عرض المراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="102"/>
        <source>&amp;Case:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="104"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="114"/>
        <source>Case profile</source>
        <translation>لمحة عن الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="121"/>
        <source>Cases and themes</source>
        <translation>الحالات والمحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="137"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation>المقاطع المرمَّزة في كل خلية (يشمل المحور الأم محاوره الفرعية):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="142"/>
        <source>Study matrix</source>
        <translation>مصفوفة الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="145"/>
        <source>Export c&amp;hart…</source>
        <translation>تصدير الم&amp;خطط…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="146"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation>حفظ مخطط ملف الحالة بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="147"/>
        <source>Export &amp;matrix…</source>
        <translation>تصدير الم&amp;صفوفة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="148"/>
        <source>Save the study matrix as CSV</source>
        <translation>حفظ مصفوفة الدراسة بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="157"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation>انقر على عمود أو خلية لعرض مقاطعها المرمَّزة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="161"/>
        <location filename="../../fieldkit/ui/review/window.py" line="288"/>
        <source>Coded passages</source>
        <translation>المقاطع المرمَّزة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="173"/>
        <source>Whole quote</source>
        <translation>الاقتباس كاملًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="239"/>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="241"/>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="242"/>
        <source>%1 - theme profile.png</source>
        <comment>a suggested file name</comment>
        <translation>%1 - ملف المحاور.png</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="243"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG ‏(*.png);;رسم SVG ‏(*.svg)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="248"/>
        <source>Theme profile: %1</source>
        <translation>ملف المحاور: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="251"/>
        <source>Cannot export the chart</source>
        <translation>تعذّر تصدير المخطط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>Export matrix</source>
        <translation>تصدير المصفوفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>study matrix.csv</source>
        <translation>مصفوفة الدراسة.csv</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="261"/>
        <source>Cannot export the matrix</source>
        <translation>تعذّر تصدير المصفوفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="277"/>
        <source>all cases</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="295"/>
        <source>(the whole record is tagged)</source>
        <translation>(السجل كله موسوم)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="298"/>
        <source>(audio or detached passage)</source>
        <translation>(مقطع صوتي أو منفصل)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307"/>
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%Ln مقطع مرمَّز</numerusform>
            <numerusform>مقطع مرمَّز واحد (%Ln)</numerusform>
            <numerusform>%Ln مقطعان مرمَّزان</numerusform>
            <numerusform>%Ln مقاطع مرمَّزة</numerusform>
            <numerusform>%Ln مقطعًا مرمَّزًا</numerusform>
            <numerusform>%Ln مقطع مرمَّز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="308"/>
        <source>No coded passages here.</source>
        <translation>لا توجد مقاطع مرمَّزة هنا.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="19"/>
        <source>learner</source>
        <translation>متعلم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="20"/>
        <source>teacher</source>
        <translation>معلم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="21"/>
        <source>parent</source>
        <translation>ولي أمر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="22"/>
        <source>community member</source>
        <translation>فرد من المجتمع المحلي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="23"/>
        <source>school leader</source>
        <translation>مدير مدرسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="24"/>
        <source>official</source>
        <translation>مسؤول حكومي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="25"/>
        <source>NGO staff</source>
        <translation>موظف في منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="26"/>
        <source>researcher</source>
        <translation>باحث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="27"/>
        <source>other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="65"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation>البحث في السجلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation>ابحث في النصوص المفرَّغة والملاحظات والحالات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation>الملاحظات الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="292"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation>كل المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Free-word tag</source>
        <translation>وسم حرّ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Any tags</source>
        <translation>أي وسوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="120"/>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="127"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="216"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="231"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="248"/>
        <source>(the whole record is tagged)</source>
        <translation>(السجل كله موسوم)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="250"/>
        <source>(audio passage)</source>
        <translation>(مقطع صوتي)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>%Ln مقطع مرمَّز بـ «%1»</numerusform>
            <numerusform>مقطع واحد (%Ln) مرمَّز بـ «%1»</numerusform>
            <numerusform>%Ln مقطعان مرمَّزان بـ «%1»</numerusform>
            <numerusform>%Ln مقاطع مرمَّزة بـ «%1»</numerusform>
            <numerusform>%Ln مقطعًا مرمَّزًا بـ «%1»</numerusform>
            <numerusform>%Ln مقطع مرمَّز بـ «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="263"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation>لا يوجد مقطع مرمَّز بـ «%1» هنا بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="290"/>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="291"/>
        <source>Observation</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="293"/>
        <source>Memo</source>
        <translation>مذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310"/>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>نتيجة واحدة (%Ln)</numerusform>
            <numerusform>%Ln نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="347"/>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/sync/server_monitor.py" line="145"/>
        <source>this computer has no network connection</source>
        <translation>لا يتصل هذا الحاسوب بالشبكة</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="47"/>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Changes set aside</source>
        <translation>التغييرات الموضوعة جانبًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="51"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation>وصلت هذه التغييرات من الخادم لكن تعذّر تطبيقها على هذا الحاسوب بعد، فوضعتها المزامنة جانبًا وتابعت مع كل ما عداها. معظمها ينتظر سجلًا لم يصل بعد؛ وتُطبَّق من تلقاء نفسها حين يصل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="63"/>
        <source>The server refused these changes made on this laptop. They are kept here with the server's reason, and everything else was sent. Send one again once its cause is fixed (for example after the server is updated), or discard it: the record keeps its values on this laptop.</source>
        <translation>رفض الخادم هذه التغييرات التي أُجريت على هذا الحاسوب. إنها محفوظة هنا مع سبب الخادم، وأُرسل كل ما عداها. أعد إرسال أحدها بعد إصلاح سببه (مثلًا بعد تحديث الخادم)، أو تجاهله: يحتفظ السجل بقيمه على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>Your changes the server refused</source>
        <translation>تغييراتك التي رفضها الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>The server's reason</source>
        <translation>سبب الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="74"/>
        <source>Send again</source>
        <translation>أعد الإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="76"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="155"/>
        <source>Not sent again</source>
        <translation>لم يُعد إرساله</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="163"/>
        <source>Discard the refused change</source>
        <translation>تجاهل التغيير المرفوض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="165"/>
        <source>Never send this change of %1? The record keeps its values on this laptop; the team will not get them.</source>
        <translation>ألا يُرسل هذا التغيير في %1 أبدًا؟ يحتفظ السجل بقيمه على هذا الحاسوب، ولن يتلقاها الفريق.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="171"/>
        <source>Not discarded</source>
        <translation>لم يُتجاهل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="58"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation>لا شيء موضوع جانبًا: طُبّق كل ما جُلب.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="115"/>
        <source>Cannot list the changes set aside</source>
        <translation>تعذّر عرض التغييرات الموضوعة جانبًا</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="61"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="66"/>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Transcript</source>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <source>Code with the theme pinned to that key</source>
        <translation>الترميز بالمحور المثبّت على هذا المفتاح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Leave the transcript</source>
        <translation>مغادرة النص المفرَّغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
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
        <translation>جارٍ فتح بياناتك في %1…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="10"/>
        <source>{field} must not be empty</source>
        <translation>يجب ألّا يكون الحقل «{field}» فارغًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="11"/>
        <source>{field} is too long ({length} characters; at most {most})</source>
        <translation>الحقل «{field}» طويل جدًا ({length} حرفًا؛ الحد الأقصى {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="12"/>
        <source>{field} is required (YYYY-MM-DD)</source>
        <translation>الحقل «{field}» مطلوب (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="13"/>
        <source>{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>{value} ليس تاريخًا صالحًا للحقل «{field}»؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="16"/>
        <source>time {value} is not valid; write it as HH:MM, e.g. 09:30</source>
        <translation>الوقت {value} غير صالح؛ اكتبه بالصيغة HH:MM، مثل 09:30</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="17"/>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>يجب أن تكون قيمة الحقل «{field}» إحدى القيم: {allowed} (وليس {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="18"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="318"/>
        <source>colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4</source>
        <translation>اللون {value} غير صالح؛ اكتبه بالصيغة #RRGGBB، مثل #1f77b4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="20"/>
        <source>the consent date {date} is in the future; write the day consent was given (today at the latest)</source>
        <translation>تاريخ الموافقة {date} في المستقبل؛ اكتب اليوم الذي مُنحت فيه الموافقة (اليوم على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="25"/>
        <source>participant code {code} is already used in this study (by {other})</source>
        <translation>رمز المشارك {code} مستخدم بالفعل في هذه الدراسة (من قِبل {other})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="28"/>
        <source>language {value} is not a language fieldkit knows; choose one from the list, or write its code, e.g. en, fr, sw, hi or pt-BR</source>
        <translation>اللغة {value} ليست لغة يعرفها fieldkit؛ اختر لغة من القائمة، أو اكتب رمزها، مثل en أو fr أو sw أو hi أو pt-BR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="33"/>
        <source>the observation's description is empty</source>
        <translation>وصف الملاحظة الميدانية فارغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="35"/>
        <source>a theme name is required</source>
        <translation>اسم المحور مطلوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="36"/>
        <source>a theme called {name} already exists in this study</source>
        <translation>يوجد بالفعل محور باسم {name} في هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="38"/>
        <source>The server at {at} showed a certificate this laptop does not trust ({why}). If your team runs its own certificate authority, sign in again with its certificate (a PEM file; --ca-file in the terminal).</source>
        <translation>قدّم الخادم {at} شهادة لا يثق بها هذا الحاسوب ({why}). إن كان لفريقك مرجع شهادات خاص به، فسجّل الدخول مجددًا بشهادته (ملف PEM؛ ‎--ca-file في الطرفية).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="44"/>
        <source>No secure connection could be made to the server at {at} ({why}). Check the address: https:// is for a server with a certificate, http:// for one without.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم {at} ({why}). تحقّق من العنوان: ‎https://‎ لخادم ذي شهادة، و‎http://‎ لخادم بلا شهادة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="49"/>
        <source>The server name {host} could not be found. Check the address for typing mistakes, and that this laptop is connected to the internet or your network.</source>
        <translation>تعذّر العثور على اسم الخادم {host}. تحقّق من خلوّ العنوان من أخطاء الكتابة، ومن أن هذا الحاسوب متصل بالإنترنت أو بشبكتك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="54"/>
        <source>The server at {at} took too long to answer. The connection may be slow or the server busy; try again later.</source>
        <translation>استغرق الخادم {at} وقتًا طويلًا في الرد. قد يكون الاتصال بطيئًا أو الخادم مشغولًا؛ حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="59"/>
        <source>The server at {at} did not answer (connection refused). Check the address and that the server is running.</source>
        <translation>لم يردّ الخادم {at} (رُفض الاتصال). تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="64"/>
        <source>The connection to the server at {at} was cut off. Try again; if it keeps happening, the network or the server is unstable.</source>
        <translation>انقطع الاتصال بالخادم {at}. حاول مجددًا؛ وإن تكرّر ذلك فالشبكة أو الخادم غير مستقر.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="69"/>
        <source>The server at {at} cannot be reached from this network (no route). Check that this laptop is connected, then the address.</source>
        <translation>لا يمكن الوصول إلى الخادم {at} من هذه الشبكة (لا يوجد مسار). تحقّق من اتصال هذا الحاسوب، ثم من العنوان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="74"/>
        <source>The server at {at} could not be reached ({why}). Check the address and that the server is running.</source>
        <translation>تعذّر الوصول إلى الخادم {at} ({why}). تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="79"/>
        <source> (it said: {detail})</source>
        <translation> (وكان رده: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="80"/>
        <source>The server at {at} did not accept the sign-in{said}. Check your user name and password, or sign in again.</source>
        <translation>لم يقبل الخادم {at} تسجيل الدخول{said}. تحقّق من اسم المستخدم وكلمة المرور، أو سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="85"/>
        <source>The server at {at} does not allow this account to do that{said}. Ask your team lead for access.</source>
        <translation>لا يسمح الخادم {at} لهذا الحساب بذلك{said}. اطلب الصلاحية من قائد فريقك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="90"/>
        <source>The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.</source>
        <translation>العنوان {at} يستجيب، لكن ليس كخادم fieldkit ‏(HTTP 404). تحقّق من العنوان.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="94"/>
        <source>The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try again later, and tell your team lead if it lasts.</source>
        <translation>واجه الخادم {at} مشكلة من جهته ‏(HTTP {status}). لم يُفقد شيء؛ حاول مجددًا لاحقًا، وأبلغ قائد فريقك إن استمرت.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="99"/>
        <source>The server at {at} refused the request (HTTP {status}){said}.</source>
        <translation>رفض الخادم {at} الطلب ‏(HTTP {status}){said}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="12"/>
        <source>an observation can hold photos and documents, not audio recordings</source>
        <translation>يمكن أن تضم الملاحظة الميدانية صورًا ومستندات، لا تسجيلات صوتية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="16"/>
        <source>a case can hold photos and documents, not audio recordings</source>
        <translation>يمكن أن تضم الحالة صورًا ومستندات، لا تسجيلات صوتية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="17"/>
        <source>attachment kind {kind} is unknown; use photo, audio or document</source>
        <translation>نوع المرفق {kind} غير معروف؛ استخدم photo أو audio أو document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="18"/>
        <source>a {record} cannot hold attachments</source>
        <translation>لا يمكن أن يضم عنصر من نوع {record} مرفقات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="19"/>
        <source>{amount} GB</source>
        <translation>{amount} غيغابايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="20"/>
        <source>{amount} MB</source>
        <translation>{amount} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="21"/>
        <source>the photo {name} is {size}; photos up to {limit} are accepted</source>
        <translation>حجم الصورة {name} هو {size}؛ تُقبل الصور حتى {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="22"/>
        <source>the recording {name} is {size}; audio recordings up to {limit} are accepted</source>
        <translation>حجم التسجيل {name} هو {size}؛ تُقبل التسجيلات الصوتية حتى {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="26"/>
        <source>the document {name} is {size}; documents up to {limit} are accepted</source>
        <translation>حجم المستند {name} هو {size}؛ تُقبل المستندات حتى {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="30"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="290"/>
        <source>the file {path} does not exist</source>
        <translation>الملف {path} غير موجود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="31"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="32"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="292"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path} ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="33"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="294"/>
        <source>fieldkit may not read {path} (permission denied)</source>
        <translation>لا يُسمح لـ fieldkit بقراءة {path} (رُفض الإذن)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="34"/>
        <source>the file {path} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة الملف {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="35"/>
        <source>an attachment needs a file name</source>
        <translation>يحتاج المرفق إلى اسم ملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="37"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="271"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="270"/>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="272"/>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="40"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="273"/>
        <source>a WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="41"/>
        <source>a TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="42"/>
        <source>a BMP image</source>
        <translation>صورة BMP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="43"/>
        <source>a HEIC/AVIF image</source>
        <translation>صورة HEIC/AVIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="44"/>
        <source>a WAV recording</source>
        <translation>تسجيل WAV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="45"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="282"/>
        <source>an MP3 recording</source>
        <translation>تسجيل MP3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="46"/>
        <source>an AAC recording</source>
        <translation>تسجيل AAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="47"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="283"/>
        <source>an Ogg recording</source>
        <translation>تسجيل Ogg</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="48"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="284"/>
        <source>a FLAC recording</source>
        <translation>تسجيل FLAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="49"/>
        <source>an AMR recording</source>
        <translation>تسجيل AMR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="50"/>
        <source>an M4A recording</source>
        <translation>تسجيل M4A</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="51"/>
        <source>a WebM recording</source>
        <translation>تسجيل WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="52"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="53"/>
        <source>a Word, OpenDocument or ZIP file</source>
        <translation>ملف Word أو OpenDocument أو ZIP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="54"/>
        <source>an Office file</source>
        <translation>ملف Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="55"/>
        <source>a rich-text document</source>
        <translation>مستند نص منسّق (RTF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="56"/>
        <source>fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind it is</source>
        <translation>لا يستطيع fieldkit معرفة ما إذا كان {name} صورة أم تسجيلًا أم مستندًا؛ حدّد نوعه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="61"/>
        <source>the recording {name} is not audio (it looks like {label})</source>
        <translation>التسجيل {name} ليس ملفًا صوتيًا (يبدو أنه {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="62"/>
        <source>{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM</source>
        <translation>{name} ليس تسجيلًا يعرفه fieldkit؛ استخدم WAV أو MP3 أو M4A أو Ogg/Opus أو FLAC أو AMR أو WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="66"/>
        <source>the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG on the phone or computer and attach that</source>
        <translation>الصورة {name} بصيغة HEIC/AVIF التي لا يستطيع fieldkit عرضها بعد؛ صدّرها بصيغة JPEG على الهاتف أو الحاسوب وأرفق ذلك الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="71"/>
        <source>the photo {name} is not an image (it looks like {label})</source>
        <translation>الصورة {name} ليست صورة (يبدو أنها {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="72"/>
        <source>the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), or it is damaged</source>
        <translation>الصورة {name} ليست صورة يستطيع fieldkit قراءتها (JPEG أو PNG أو GIF أو WebP أو TIFF أو BMP)، أو أنها تالفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="77"/>
        <source>the photo {name} has too many pixels to open safely</source>
        <translation>الصورة {name} تحتوي على عدد كبير جدًا من البكسلات لفتحها بأمان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="79"/>
        <source>the file {name} is empty; nothing was attached</source>
        <translation>الملف {name} فارغ؛ لم يُرفق شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="80"/>
        <source>{what} {where} is missing from the data folder {folder}; sync again to fetch it, or remove it and attach the file again</source>
        <translation>ملف مفقود من مجلد البيانات {folder}: {what} {where}؛ زامِن مرة أخرى لجلبه، أو أزل المرفق وأرفق الملف من جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="85"/>
        <source>{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, or remove it and attach the file again</source>
        <translation>ملف تالف: {what} {where}؛ تغيّر محتواه على القرص. زامِن مرة أخرى لجلب نسخة سليمة، أو أزل المرفق وأرفق الملف من جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="90"/>
        <source>the photo {name}</source>
        <translation>الصورة {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="91"/>
        <source>the recording {name}</source>
        <translation>التسجيل {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="92"/>
        <source>the document {name}</source>
        <translation>المستند {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="93"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="293"/>
        <source>the file {name}</source>
        <translation>الملف {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="94"/>
        <source>(attached to interview {id})</source>
        <translation>(من مرفقات المقابلة {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="95"/>
        <source>(attached to observation {id})</source>
        <translation>(من مرفقات الملاحظة الميدانية {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="96"/>
        <source>(attached to case {id})</source>
        <translation>(من مرفقات الحالة {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="97"/>
        <source>(attached to {record} {id})</source>
        <translation>(من مرفقات العنصر {record} {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="99"/>
        <source>{path} is a folder; give the backup file's name, e.g. -o fk.bak</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف النسخة الاحتياطية، مثل ‎-o fk.bak</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="100"/>
        <source>the backup file cannot be inside the data folder it backs up</source>
        <translation>لا يمكن أن يكون ملف النسخة الاحتياطية داخل مجلد البيانات الذي ينسخه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="12"/>
        <source>there is no study yet; create one with: fieldkit study create NAME</source>
        <translation>لا توجد دراسة بعد؛ أنشئ واحدة بالأمر: fieldkit study create NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="15"/>
        <source>several studies exist ({names}); choose one with --study ID</source>
        <translation>توجد عدة دراسات ({names})؛ اختر واحدة بالخيار --study ID</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="17"/>
        <source>the data folder {folder} is not encrypted (fieldkit encrypt)</source>
        <translation>مجلد البيانات {folder} غير مشفّر (fieldkit encrypt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="18"/>
        <source>the recovery key could not be written to {path} ({reason}); it is printed above instead: copy it now</source>
        <translation>تعذّرت كتابة مفتاح الاسترداد في {path} ‏({reason})؛ وهو معروض أعلاه بدلًا من ذلك: انسخه الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="24"/>
        <source>nothing deleted; add --yes to delete without being asked</source>
        <translation>لم يُحذف شيء؛ أضف --yes للحذف دون سؤال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="26"/>
        <source>unknown section {section}; choose from {choices}</source>
        <translation>قسم غير معروف {section}؛ اختر من بين {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="27"/>
        <source>--with-photos is for anonymised editions (with --anonymised)</source>
        <translation>الخيار --with-photos مخصص للنسخ مجهولة الهوية (مع --anonymised)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="28"/>
        <source>give the CASE_ID to export, or --all with --study</source>
        <translation>أعطِ CASE_ID المراد تصديره، أو --all مع --study</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="29"/>
        <source>give either a CASE_ID or --all, not both</source>
        <translation>أعطِ إما CASE_ID وإما --all، لا كليهما</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="31"/>
        <source>the name is empty; use --clear to remove it</source>
        <translation>الاسم فارغ؛ استخدم --clear لإزالته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="32"/>
        <source>the name is longer than {most} characters</source>
        <translation>الاسم أطول من الحد الأقصى ({most} حرفًا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="34"/>
        <source>participant {codes} did not allow audio recording; the recording was not imported</source>
        <translation>لم يسمح المشارك {codes} بالتسجيل الصوتي؛ لم يُستورد التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="39"/>
        <source>give the password on standard input</source>
        <translation>أدخل كلمة المرور عبر الإدخال القياسي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="41"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>تعذّر إنشاء {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="42"/>
        <source>cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="44"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>تعذّر إنشاء المجلد {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="46"/>
        <source>photo {file} ({record}) was left out: {problem}</source>
        <translation>استُبعدت الصورة {file} ‏({record}): {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="48"/>
        <source>unknown PDF section {section}; choose from {choices}</source>
        <translation>قسم PDF غير معروف {section}؛ اختر من بين {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="49"/>
        <source>the number of quotes per theme cannot be negative</source>
        <translation>لا يمكن أن يكون عدد الاقتباسات لكل محور سالبًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="50"/>
        <source>unknown photo size {size}; choose from {choices}</source>
        <translation>حجم صورة غير معروف {size}؛ اختر من بين {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="51"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="101"/>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="52"/>
        <source>the file name {name} gives away {leaks}; rename it before sending the anonymised edition</source>
        <translation>اسم الملف {name} يكشف {leaks}؛ غيّر الاسم قبل إرسال النسخة مجهولة الهوية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="56"/>
        <source>the PDF could not be written to {path}: {reason}</source>
        <translation>تعذّرت كتابة ملف PDF في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="57"/>
        <source>1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>استُبعدت صورة واحدة: لا تتضمن النسخ مجهولة الهوية صورًا إلا عند طلبها (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="61"/>
        <source>{count} photos were left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>عدد الصور المستبعدة: {count}؛ لا تتضمن النسخ مجهولة الهوية صورًا إلا عند طلبها (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="67"/>
        <source>the file is not a picture fieldkit can read ({reason})</source>
        <translation>الملف ليس صورة يستطيع fieldkit قراءتها ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="69"/>
        <source>pdftotext (poppler-utils) is needed to read a PDF's text back</source>
        <translation>يلزم pdftotext ‏(poppler-utils) لإعادة قراءة نص ملف PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="70"/>
        <source>pdftotext could not read {path}: {reason}</source>
        <translation>تعذّر على pdftotext قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="72"/>
        <source>{script} text in {place} could not be rendered: no font found</source>
        <translation>تعذّر عرض نص {script} في {place}: لم يُعثر على خط مناسب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="74"/>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} غير موجود أو ليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="75"/>
        <source>{name} holds too many files ({count})</source>
        <translation>يحتوي {name} على ملفات كثيرة جدًا ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="76"/>
        <source>{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} أرشيف zip لكنه ليس مشروع REFI-QDA: لا يحتوي على project.qde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="80"/>
        <source>{what} in {name} is too large ({size} bytes; at most {most})</source>
        <translation>{what} في {name} كبير جدًا ({size} بايت؛ الحد الأقصى {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="81"/>
        <source>{name} is not a REFI-QDA project: it is not a zip archive ({reason})</source>
        <translation>{name} ليس مشروع REFI-QDA: ليس أرشيف zip ‏({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="85"/>
        <source>{archive} contains an unsafe file name ({entry}); it was not imported</source>
        <translation>يحتوي {archive} على اسم ملف غير آمن ({entry})؛ لم يُستورد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="89"/>
        <source>{name} is encrypted; export it again without a password</source>
        <translation>{name} مشفّر؛ صدّره مرة أخرى بلا كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="90"/>
        <source>{name} unpacks to more than {most} GB</source>
        <translation>يتجاوز حجم {name} بعد فك الضغط {most} غيغابايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="91"/>
        <source>{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} bytes); not imported</source>
        <translation>يبدو {archive} قنبلة zip ‏({entry} سيتضخم عند فك الضغط من {packed} إلى {size} بايت)؛ لم يُستورد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="96"/>
        <source>{what} in {name} is damaged ({reason})</source>
        <translation>{what} في {name} تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="97"/>
        <source>{what} in {name} cannot be read ({reason})</source>
        <translation>تتعذّر قراءة {what} في {name} ‏({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="98"/>
        <source>{what} in {name} is larger than the archive says; the file is damaged or unsafe</source>
        <translation>{what} في {name} أكبر مما يذكره الأرشيف؛ الملف تالف أو غير آمن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="103"/>
        <source>{file} was left out: REFI-QDA files hold at most 2 GB per file</source>
        <translation>استُبعد {file}: لا تقبل ملفات REFI-QDA أكثر من 2 غيغابايت للملف الواحد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="104"/>
        <source>{file} was left out: {problem}</source>
        <translation>استُبعد {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="106"/>
        <source>the project file gives {what} an invalid identifier ({value}); it may be damaged</source>
        <translation>يعطي ملف المشروع {what} معرّفًا غير صالح ({value})؛ قد يكون الملف تالفًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="111"/>
        <source>positions in {source} were counted as {counting}, not as the standard's code points; fieldkit followed the file</source>
        <translation>حُسبت المواضع في {source} بوحدات {counting} لا بنقاط الترميز كما يقتضي المعيار؛ اتّبع fieldkit الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="116"/>
        <source>{count} picture region codings on {source} were not imported (fieldkit codes text and audio)</source>
        <translation>لم تُستورد ترميزات مناطق الصور في {source} (عددها {count})؛ يرمّز fieldkit النص والصوت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="121"/>
        <source>{source} is already in the study with a different text; its codings were not imported</source>
        <translation>{source} موجود في الدراسة بنص مختلف؛ لم تُستورد ترميزاته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="125"/>
        <source>a coding in {source} names a code missing from the codebook; skipped</source>
        <translation>ترميز في {source} يذكر رمزًا غير موجود في دليل الترميز؛ تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="129"/>
        <source>an audio selection on {source} runs from {start} to {end} ms, which is empty or negative; the project is inconsistent</source>
        <translation>يمتد تحديد صوتي في {source} من {start} إلى {end} ملّي ثانية، وهو فارغ أو سالب؛ المشروع غير متّسق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="135"/>
        <source>the code {name} was renamed {new} (name taken)</source>
        <translation>أُعيدت تسمية الرمز {name} إلى {new} (الاسم مستخدم)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="136"/>
        <source>a whole-source coding names a missing code; skipped</source>
        <translation>ترميز لمصدر كامل يذكر رمزًا مفقودًا؛ تم تخطيه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="138"/>
        <source>{source} ({kind}) was not imported: fieldkit keeps audio, photos and text</source>
        <translation>لم يُستورد {source} ‏({kind}): يحتفظ fieldkit بالصوت والصور والنص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="143"/>
        <source>a coding on {title} was left out: its text was deleted</source>
        <translation>استُبعد ترميز على {title}: حُذف نصه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="144"/>
        <source>the export was cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="146"/>
        <source>project.qde is not well-formed XML (line {line}, column {column}); the file is damaged or was not written by a REFI-QDA program</source>
        <translation>الملف project.qde ليس XML سليم البنية (السطر {line}، العمود {column})؛ الملف تالف أو لم يكتبه برنامج REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="151"/>
        <source>project.qde is empty; the file is damaged</source>
        <translation>الملف project.qde فارغ؛ الملف تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="152"/>
        <source>project.qde is not a REFI-QDA project (its root is &lt;{root}&gt; in namespace {namespace}, not &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>الملف project.qde ليس مشروع REFI-QDA (جذره &lt;{root}&gt; في فضاء الأسماء {namespace}، لا &lt;Project&gt; في urn:QDA-XML:project:1.0)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="157"/>
        <source>{what} has {attribute}={value}, which is not a whole number; the file is damaged</source>
        <translation>في {what} ‏{attribute}={value}، وهو ليس عددًا صحيحًا؛ الملف تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="161"/>
        <source>a coding in the project names no code (CodeRef missing)</source>
        <translation>ترميز في المشروع لا يذكر أي رمز (CodeRef مفقود)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="162"/>
        <source>project.qde declares a DTD or entities, which REFI-QDA does not use; it was not imported for safety</source>
        <translation>يصرّح الملف project.qde بـ DTD أو بكيانات لا يستخدمها REFI-QDA؛ لم يُستورد حفاظًا على الأمان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="167"/>
        <source>this is a REFI-QDA codebook, not a project; import it as a codebook</source>
        <translation>هذا دليل ترميز REFI-QDA وليس مشروعًا؛ استورده بوصفه دليل ترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="172"/>
        <source>this data folder has no study to export</source>
        <translation>لا توجد في مجلد البيانات هذا أي دراسة لتصديرها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="173"/>
        <source>this data folder holds {count} studies; choose the one to export (--study)</source>
        <translation>عدد الدراسات في مجلد البيانات هذا: {count}؛ اختر الدراسة التي تريد تصديرها (--study)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="178"/>
        <source>the text of {what} ({path}) is not inside {name}</source>
        <translation>نص {what} ‏({path}) غير موجود داخل {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="179"/>
        <source>{what} has {length} characters; fieldkit holds at most {most} per text</source>
        <translation>عدد أحرف {what}: {length}؛ لا يقبل fieldkit أكثر من {most} حرف في النص الواحد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="183"/>
        <source>{source} was not imported: its file ({path}) is not inside the project file</source>
        <translation>لم يُستورد {source}: ملفه ({path}) غير موجود داخل ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="187"/>
        <source>a selection in {what} runs from {start} to {end}, outside its text of {length} characters; the project is inconsistent</source>
        <translation>يمتد تحديد في {what} من {start} إلى {end}، خارج نصه البالغ {length} حرفًا؛ المشروع غير متّسق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="193"/>
        <source>{what} is not valid UTF-16 text</source>
        <translation>{what} ليس نصًا صالحًا بترميز UTF-16</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="194"/>
        <source>{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text sources must be UTF-8</source>
        <translation>{what} ليس نصًا بترميز UTF-8 (بايت خاطئ في الموضع {position})؛ يجب أن تكون مصادر النص في REFI-QDA بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="200"/>
        <source>reports are not available in {language}; they ship in {shipped}</source>
        <translation>التقارير غير متاحة باللغة {language}؛ وهي متاحة باللغات {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="102"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>تتعذّر كتابة النسخة الاحتياطية {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="103"/>
        <source>there is no backup file {path}; nothing was restored</source>
        <translation>لا يوجد ملف نسخة احتياطية {path}؛ لم يُستعد شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="104"/>
        <source>the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed</source>
        <translation>مجلد البيانات {folder} ليس فارغًا؛ استعِد في مجلد جديد (fieldkit --data-dir NEW-FOLDER restore FILE): لم يتغيّر شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="109"/>
        <source>cannot restore into {folder}: {reason}</source>
        <translation>تتعذّر الاستعادة إلى {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="110"/>
        <source>the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it</source>
        <translation>النسخة الاحتياطية {path} مشفّرة ({encryption})؛ لا يستطيع هذا الإصدار من fieldkit فتحها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="114"/>
        <source>the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</source>
        <translation>النسخة الاحتياطية {path} مشفّرة بعبارة مرور؛ أعطها عبر الإدخال القياسي (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="119"/>
        <source>the backup {path} is damaged (its header)</source>
        <translation>النسخة الاحتياطية {path} تالفة (ترويستها)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="120"/>
        <source>wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase cannot be recovered)</source>
        <translation>عبارة مرور خاطئة للنسخة الاحتياطية {path}: لم يُستعد شيء (لا يمكن استرداد عبارة مرور منسيّة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="125"/>
        <source>the backup {path}</source>
        <translation>النسخة الاحتياطية {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="126"/>
        <source>cannot read the database {path} for the backup: {reason}</source>
        <translation>تتعذّر قراءة قاعدة البيانات {path} من أجل النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="127"/>
        <source>{path} is not a fieldkit backup file</source>
        <translation>{path} ليس ملف نسخة احتياطية من fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="128"/>
        <source>the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to restore it</source>
        <translation>أُنشئت النسخة الاحتياطية {path} بإصدار أحدث من fieldkit (الصيغة {format})؛ حدّث fieldkit لاستعادتها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="133"/>
        <source>the backup {path} holds an unexpected entry</source>
        <translation>تحتوي النسخة الاحتياطية {path} على عنصر غير متوقَّع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="134"/>
        <source>the backup {path} is damaged</source>
        <translation>النسخة الاحتياطية {path} تالفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="135"/>
        <source>the backup {path} is damaged or incomplete ({reason}); nothing was restored</source>
        <translation>النسخة الاحتياطية {path} تالفة أو ناقصة ({reason})؛ لم يُستعد شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="139"/>
        <source>the backup {path} holds no database; nothing was restored</source>
        <translation>لا تحتوي النسخة الاحتياطية {path} على قاعدة بيانات؛ لم يُستعد شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="140"/>
        <source>the backup {path} holds a damaged database ({reason})</source>
        <translation>تحتوي النسخة الاحتياطية {path} على قاعدة بيانات تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="142"/>
        <source>{amount} bytes</source>
        <translation>{amount} بايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="143"/>
        <source>{amount} KB</source>
        <translation>{amount} كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="144"/>
        <source>the attachment file {file}… is missing from {folder}; sync again or re-import it</source>
        <translation>ملف المرفق {file}… مفقود من {folder}؛ زامِن مرة أخرى أو استورده من جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="148"/>
        <source>the file {file}…</source>
        <translation>الملف {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="149"/>
        <source>not a SHA-256 hash: {value}</source>
        <translation>ليست قيمة تجزئة SHA-256: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="150"/>
        <source>fieldkit may not read {path}</source>
        <translation>لا يُسمح لـ fieldkit بقراءة {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="151"/>
        <source>the attachment file {file}… is damaged (its contents changed on disk); sync again or re-import it</source>
        <translation>ملف المرفق {file}… تالف (تغيّر محتواه على القرص)؛ زامِن مرة أخرى أو استورده من جديد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="156"/>
        <source>the attachment file {file}… is missing</source>
        <translation>ملف المرفق {file}… مفقود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="157"/>
        <source>the attachment file {file}… is damaged</source>
        <translation>ملف المرفق {file}… تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="158"/>
        <source>not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps {reserve} free so edits can still be saved); nothing was stored</source>
        <translation>لا توجد مساحة حرة كافية لملف حجمه {size}: المتاح {free} في {folder} (يُبقي fieldkit {reserve} حرة لكي يظل حفظ التعديلات ممكنًا)؛ لم يُخزَّن شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="163"/>
        <source>{name} could not be read to the end ({reason}); nothing was stored — copy it to this computer and try again</source>
        <translation>تعذّرت قراءة {name} حتى النهاية ({reason})؛ لم يُخزَّن شيء — انسخ الملف إلى هذا الحاسوب وحاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="168"/>
        <source>the attachment file {file}… cannot be read: {reason}</source>
        <translation>تتعذّر قراءة ملف المرفق {file}…: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="169"/>
        <source>the disk holding {folder} is full; nothing was stored</source>
        <translation>القرص الذي يحوي {folder} ممتلئ؛ لم يُخزَّن شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="170"/>
        <source>fieldkit may not write in {folder} ({reason})</source>
        <translation>لا يُسمح لـ fieldkit بالكتابة في {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="171"/>
        <source>could not store the file in {folder}: {reason}</source>
        <translation>تعذّر تخزين الملف في {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="12"/>
        <source>research records are never erased; they are marked deleted so the deletion can sync</source>
        <translation>لا تُمحى سجلات البحث أبدًا؛ بل توسَم بأنها محذوفة لكي تتم مزامنة الحذف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="17"/>
        <source>the default codebook is not available in {language}; it ships in {shipped}</source>
        <translation>دليل الترميز الافتراضي غير متوفر باللغة {language}؛ وهو متوفر باللغات {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="22"/>
        <source>a {record} has no text to code</source>
        <translation>لا يحتوي عنصر من نوع {record} على نص لترميزه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="23"/>
        <source>the case {title} has no text of its own to code; tag it instead, or code one of its interviews or observations</source>
        <translation>الحالة {title} ليس لها نص خاص بها لترميزه؛ ضع عليها وسمًا بدلًا من ذلك، أو رمّز إحدى مقابلاتها أو ملاحظاتها الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="28"/>
        <source>start and end must be whole numbers of milliseconds (not {value})</source>
        <translation>يجب أن تكون البداية والنهاية أعدادًا صحيحة من أجزاء الثانية (لا {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="32"/>
        <source>start and end must be whole numbers (not {value})</source>
        <translation>يجب أن تكون البداية والنهاية أعدادًا صحيحة (لا {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="33"/>
        <source>the theme {name} is archived; restore it before using it</source>
        <translation>المحور {name} مؤرشف؛ استعِده قبل استخدامه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="34"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="299"/>
        <source>the span {start}–{end} lies outside the text, which has {length} characters</source>
        <translation>المقطع {start}–{end} يقع خارج النص الذي يضم {length} حرفًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="303"/>
        <source>the span {start}–{end} is empty; end must be greater than start</source>
        <translation>المقطع {start}–{end} فارغ؛ يجب أن تكون النهاية أكبر من البداية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="304"/>
        <source>the span covers only white space</source>
        <translation>لا يحتوي المقطع إلا على مسافات فارغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="40"/>
        <source>this span is already coded with {theme}</source>
        <translation>هذا المقطع مرمَّز بالفعل بالمحور {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="41"/>
        <source>{name} is not an audio recording</source>
        <translation>{name} ليس تسجيلًا صوتيًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="42"/>
        <source>the span {start}–{end} ms is empty or negative</source>
        <translation>المقطع {start}–{end} ملّي ثانية فارغ أو سالب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="43"/>
        <source>the span ends at {end} ms but the recording lasts {length} ms</source>
        <translation>ينتهي المقطع عند {end} ملّي ثانية لكن مدة التسجيل {length} ملّي ثانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="44"/>
        <source>this part of the recording is already coded with {theme}</source>
        <translation>هذا الجزء من التسجيل مرمَّز بالفعل بالمحور {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="46"/>
        <source>no conflict with id {id}</source>
        <translation>لا يوجد تعارض بالمعرّف {id}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="47"/>
        <source>this conflict was already resolved</source>
        <translation>سبق أن حُلّ هذا التعارض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="48"/>
        <source>choose keep, take_losing or custom, not {choice}</source>
        <translation>اختر keep أو take_losing أو custom، لا {choice}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="49"/>
        <source>the {record} of this conflict no longer exists</source>
        <translation>العنصر ({record}) الخاص بهذا التعارض لم يعد موجودًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="173"/>
        <source>the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin …, or unlock it in the app)</source>
        <translation>مجلد البيانات {folder} مشفّر؛ أعطِ عبارة مروره (fieldkit --passphrase-stdin …، أو افتح قفله في التطبيق)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="178"/>
        <source>the data folder {folder} is not encrypted</source>
        <translation>مجلد البيانات {folder} غير مشفّر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="179"/>
        <source>cannot create the database in {folder}: {reason}</source>
        <translation>يتعذّر إنشاء قاعدة البيانات في {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="180"/>
        <source>the data folder {folder} is a file, not a folder; choose another folder with --data-dir</source>
        <translation>مجلد البيانات {folder} ملف وليس مجلدًا؛ اختر مجلدًا آخر باستخدام ‎--data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="184"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>يتعذّر إنشاء مجلد البيانات {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="185"/>
        <source>the data folder {folder} is read-only; fieldkit needs to write there (choose another folder with --data-dir or fix its permissions)</source>
        <translation>مجلد البيانات {folder} للقراءة فقط؛ يحتاج fieldkit إلى الكتابة فيه (اختر مجلدًا آخر باستخدام ‎--data-dir أو أصلح أذوناته)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="190"/>
        <source>the database in {folder} is read-only: {reason}</source>
        <translation>قاعدة البيانات في {folder} للقراءة فقط: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="191"/>
        <source>the disk holding {folder} is full; free some space — nothing was saved from the change that failed, everything before it is safe</source>
        <translation>القرص الذي يحوي {folder} ممتلئ؛ حرّر بعض المساحة — لم يُحفظ شيء من التغيير الذي فشل، وكل ما قبله في أمان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="196"/>
        <source>the database in {folder} is busy in another program; try again in a moment</source>
        <translation>قاعدة البيانات في {folder} مشغولة ببرنامج آخر؛ حاول مرة أخرى بعد لحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="200"/>
        <source>the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a backup, or choose another data folder with --data-dir</source>
        <translation>الملف {file} في {folder} ليس قاعدة بيانات fieldkit أو أنه تالف؛ استعِده من نسخة احتياطية، أو اختر مجلد بيانات آخر باستخدام ‎--data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="205"/>
        <source>the database in {folder} is damaged ({reason}); restore it from a backup</source>
        <translation>قاعدة البيانات في {folder} تالفة ({reason})؛ استعِدها من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="209"/>
        <source>the database in {folder} could not be used: {reason}</source>
        <translation>تعذّر استخدام قاعدة البيانات في {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="211"/>
        <source>the data folder {folder} is encrypted already</source>
        <translation>مجلد البيانات {folder} مشفّر بالفعل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="212"/>
        <source>{count} recording(s) in {folder} are not finished; open the app once so they are attached, then encrypt the folder</source>
        <translation>تسجيلات غير مكتملة في {folder} (عددها {count})؛ افتح التطبيق مرة واحدة لكي تُرفق، ثم شفّر المجلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="217"/>
        <source>the encrypted copy of the database failed its check ({check})</source>
        <translation>فشلت النسخة المشفّرة من قاعدة البيانات في الفحص ({check})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="219"/>
        <source>the passphrase is too short: use at least {least} characters (a few words you will remember are best)</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم {least} حرفًا على الأقل (الأفضل بضع كلمات ستتذكرها)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="224"/>
        <source>{folder} is already encrypted (it has {file})</source>
        <translation>{folder} مشفّر بالفعل (يحتوي على {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="225"/>
        <source>the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or use the recovery key. Nothing was changed</source>
        <translation>عبارة المرور لا تفتح قفل مجلد البيانات {folder}؛ تحقّق منها (الأحرف الكبيرة، المسافات) أو استخدم مفتاح الاسترداد. لم يتغيّر شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="230"/>
        <source>{folder} is not encrypted (it has no {file})</source>
        <translation>{folder} غير مشفّر (لا يحتوي على {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="231"/>
        <source>the key file {path} cannot be read ({reason}); without it the folder cannot be opened: put back the copy from a backup</source>
        <translation>يتعذّر قراءة ملف المفتاح {path} ({reason})؛ ولا يمكن فتح المجلد من دونه: أعِد النسخة الموجودة في نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="236"/>
        <source>the key file {path} is not a fieldkit key file (or a newer one)</source>
        <translation>ملف المفتاح {path} ليس ملف مفتاح fieldkit (أو أنه من إصدار أحدث)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="238"/>
        <source>the passphrase cannot be remembered: the 'keyring' package is not installed; give the passphrase each time</source>
        <translation>لا يمكن تذكّر عبارة المرور: الحزمة «keyring» غير مثبّتة؛ أعطِ عبارة المرور في كل مرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="243"/>
        <source>the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time</source>
        <translation>لا يمكن تذكّر عبارة المرور: لا توجد سلسلة مفاتيح على هذا الحاسوب (مثل GNOME Keyring أو KWallet أو macOS Keychain أو Windows Credential Manager)؛ أعطِ عبارة المرور في كل مرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="248"/>
        <source>the keyring refused to keep the key: {reason}</source>
        <translation>رفضت سلسلة المفاتيح الاحتفاظ بالمفتاح: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="250"/>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="251"/>
        <source>{name} is not an encrypted fieldkit file</source>
        <translation>{name} ليس ملفًا مشفّرًا بواسطة fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="252"/>
        <source>{name} is cut short (damaged)</source>
        <translation>ملف مبتور (تالف): {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="253"/>
        <source>{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)</source>
        <translation>ملف تالف أو مبتور: {name} (الجزء {chunk} من {chunks} لا يُفكّ تشفيره)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="258"/>
        <source>{what} was expected on the first line of standard input</source>
        <translation>كان متوقَّعًا في السطر الأول من الإدخال القياسي: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="259"/>
        <source>the data folder {folder} is encrypted; give its passphrase on standard input with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)</source>
        <translation>مجلد البيانات {folder} مشفّر؛ أعطِ عبارة مروره عبر الإدخال القياسي باستخدام ‎--passphrase-stdin (مثل fieldkit --data-dir DIR --passphrase-stdin search radio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="55"/>
        <source>an id is required</source>
        <translation>المعرّف مطلوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="56"/>
        <source>the {kind} “{label}” is not deleted</source>
        <translation>«{label}» ({kind}) ليس ضمن العناصر المحذوفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="57"/>
        <source>the {kind} “{label}” was deleted</source>
        <translation>تم حذف «{label}» ({kind})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="58"/>
        <source>nothing deleted has an id starting with {ref}</source>
        <translation>لا يوجد عنصر محذوف يبدأ معرّفه بـ {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="59"/>
        <source>nothing has an id starting with {ref}</source>
        <translation>لا يوجد عنصر يبدأ معرّفه بـ {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="60"/>
        <source>the id {ref} matches several deleted rows; give more of it</source>
        <translation>المعرّف {ref} يطابق عدة عناصر محذوفة؛ اكتب جزءًا أطول منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="61"/>
        <source>the id {ref} matches several rows; give more of it</source>
        <translation>المعرّف {ref} يطابق عدة عناصر؛ اكتب جزءًا أطول منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="62"/>
        <source>nothing deleted has the id {ref} (give at least {least} characters)</source>
        <translation>لا يوجد عنصر محذوف بالمعرّف {ref} (اكتب {least} أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="66"/>
        <source>nothing has the id {ref} (give at least {least} characters)</source>
        <translation>لا يوجد عنصر بالمعرّف {ref} (اكتب {least} أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="67"/>
        <source>{kind} “{label}” is already deleted</source>
        <translation>سبق حذف «{label}» ({kind})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="68"/>
        <source>{kind} “{label}” is not deleted</source>
        <translation>«{label}» ({kind}) ليس ضمن العناصر المحذوفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="69"/>
        <source>the theme “{name}” codes or tags material ({counts}); delete it together with them (--with-codings), or merge it into another theme to keep them (fieldkit theme merge)</source>
        <translation>المحور «{name}» يرمّز موادَّ أو يسِمها ({counts})؛ احذفه معها (--with-codings)، أو ادمجه في محور آخر للاحتفاظ بها (fieldkit theme merge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="74"/>
        <source>{n} coding</source>
        <translation>الترميزات: {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="75"/>
        <source>{n} codings</source>
        <translation>الترميزات: {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="76"/>
        <source>{n} tag</source>
        <translation>الوسوم: {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="77"/>
        <source>{n} tags</source>
        <translation>الوسوم: {n}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="78"/>
        <source>{codings}, {tags}</source>
        <translation>{codings}، {tags}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="79"/>
        <source>its study “{label}” is deleted; restore that first</source>
        <translation>دراسته «{label}» محذوفة؛ استعدها أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="80"/>
        <source>its case “{label}” is deleted; restore that first</source>
        <translation>حالته «{label}» محذوفة؛ استعدها أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="81"/>
        <source>the interview “{label}” it belongs to is deleted; restore that first</source>
        <translation>المقابلة «{label}» التي ينتمي إليها محذوفة؛ استعدها أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="85"/>
        <source>the observation “{label}” it belongs to is deleted; restore that first</source>
        <translation>الملاحظة الميدانية «{label}» التي ينتمي إليها محذوفة؛ استعدها أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="89"/>
        <source>the case “{label}” it belongs to is deleted; restore that first</source>
        <translation>الحالة «{label}» التي ينتمي إليها محذوفة؛ استعدها أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="90"/>
        <source>the theme “{label}” it belongs to is deleted; restore that first</source>
        <translation>المحور «{label}» الذي ينتمي إليه محذوف؛ استعده أولًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="95"/>
        <source>a coding needs some words to mark</source>
        <translation>يحتاج الترميز إلى كلمات يحدّدها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="96"/>
        <source>the coded words “{words}” are no longer in the text</source>
        <translation>الكلمات المرمَّزة «{words}» لم تعد موجودة في النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="98"/>
        <source>several themes are called {name}; use the theme's id</source>
        <translation>توجد عدة محاور باسم {name}؛ استخدم معرّف المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="100"/>
        <source>clock values out of range: {wall}, {counter}</source>
        <translation>قيم الساعة خارج النطاق: {wall}، {counter}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="101"/>
        <source>not a clock stamp: {text}</source>
        <translation>ليس ختمًا زمنيًا للساعة: {text}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="102"/>
        <source>not a device id (16 lowercase hex digits): {device}</source>
        <translation>ليس معرّف جهاز (16 رقمًا ست عشريًا بأحرف صغيرة): {device}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="103"/>
        <source>a stamp from device {device} is {seconds} s ahead of this clock</source>
        <translation>ختم من الجهاز {device} متقدّم على هذه الساعة بمقدار {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="105"/>
        <source>study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="106"/>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="107"/>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="108"/>
        <source>interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="109"/>
        <source>observation</source>
        <translation>الملاحظة الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="110"/>
        <source>theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="111"/>
        <source>attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="112"/>
        <source>coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="113"/>
        <source>tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="114"/>
        <source>free-word tag</source>
        <translation>الوسم الحرّ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="115"/>
        <source>memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="116"/>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="117"/>
        <source>recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="118"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="119"/>
        <source>interview or observation</source>
        <translation>المقابلة أو الملاحظة الميدانية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="120"/>
        <source>interview or observation or case</source>
        <translation>المقابلة أو الملاحظة الميدانية أو الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="122"/>
        <source>the study “{name}” is shared through your team's server; it cannot be deleted from one laptop (delete its cases or records instead, or ask the server's administrator to retire it)</source>
        <translation>الدراسة «{name}» مشتركة عبر خادم فريقك؛ لا يمكن حذفها من حاسوب واحد (احذف حالاتها أو سجلاتها بدلًا من ذلك، أو اطلب من مسؤول الخادم سحبها)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="128"/>
        <source>the study “{name}” is shared through your team's server; only its lead can rename it or change its description</source>
        <translation>الدراسة «{name}» مشتركة عبر خادم فريقك؛ لا يستطيع إعادة تسميتها أو تغيير وصفها إلا قائدها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="133"/>
        <source>only the study's lead can erase a participant's material: the erasure reaches every laptop and cannot be undone. Their consent is recorded as withdrawn, so exports already leave them out; ask your team lead to erase</source>
        <translation>لا يستطيع محو مواد مشارك إلا قائد الدراسة: يصل المحو إلى كل حاسوب ولا يمكن التراجع عنه. موافقته مسجَّلة على أنها مسحوبة، لذا تستبعده عمليات التصدير أصلًا؛ اطلب من قائد فريقك إجراء المحو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="140"/>
        <source>an {kind} id is required</source>
        <translation>معرّف {kind} مطلوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="141"/>
        <source>a {kind} id is required</source>
        <translation>معرّف {kind} مطلوب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="142"/>
        <source>no {kind} with id {ref} (give at least {least} characters)</source>
        <translation>لم يُعثر على {kind} بالمعرّف {ref} (اكتب {least} أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="143"/>
        <source>no {kind} with id {ref}</source>
        <translation>لم يُعثر على {kind} بالمعرّف {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="144"/>
        <source>more than one {kind} has an id starting with {ref}; give more of it</source>
        <translation>أكثر من عنصر ({kind}) يبدأ معرّفه بـ {ref}؛ اكتب جزءًا أطول منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="148"/>
        <source>the id {ref} matches several records; give more of it</source>
        <translation>المعرّف {ref} يطابق عدة سجلات؛ اكتب جزءًا أطول منه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="150"/>
        <source>the memo is empty; write something or cancel</source>
        <translation>المذكرة فارغة؛ اكتب شيئًا أو ألغِ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="152"/>
        <source>this data folder has no device id; open it with Store.open</source>
        <translation>مجلد البيانات هذا بلا معرّف جهاز؛ افتحه باستخدام Store.open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="153"/>
        <source>the change log names a {table} row {row} that does not exist; the data folder is damaged</source>
        <translation>يذكر سجل التغييرات صفًا {table} {row} غير موجود؛ مجلد البيانات تالف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="265"/>
        <source>a picture needs at least one pixel</source>
        <translation>تحتاج الصورة إلى بكسل واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="266"/>
        <source>the photo {name} has too many pixels to show</source>
        <translation>الصورة {name} فيها بكسلات أكثر من أن تُعرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="267"/>
        <source>the photo {name} is missing from the data folder</source>
        <translation>الصورة {name} مفقودة من مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="268"/>
        <source>the photo {name} cannot be shown: it is damaged</source>
        <translation>لا يمكن عرض الصورة {name}: إنها تالفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="51"/>
        <source>consent was withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="52"/>
        <source>consent is not recorded yet (pending)</source>
        <translation>لم تُسجَّل الموافقة بعد (معلّقة)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="53"/>
        <source>consent does not allow audio recording</source>
        <translation>الموافقة لا تسمح بالتسجيل الصوتي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="158"/>
        <source>nothing to change: give at least one field</source>
        <translation>لا شيء لتغييره: حدّد حقلًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="159"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="160"/>
        <source>the {field} of an {kind} cannot be changed here (it can: {can})</source>
        <translation>لا يمكن تغيير الحقل «{field}» في {kind} من هنا (يمكن تغيير: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="161"/>
        <source>the {field} of a {kind} cannot be changed here (it can: {can})</source>
        <translation>لا يمكن تغيير الحقل «{field}» في {kind} من هنا (يمكن تغيير: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="162"/>
        <source>an empty participant code was given</source>
        <translation>أُعطي رمز مشارك فارغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="163"/>
        <source>no participant with the code or id {ref} in this study</source>
        <translation>لا يوجد مشارك بالرمز أو المعرّف {ref} في هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="164"/>
        <source>participant {code} belongs to another study</source>
        <translation>المشارك {code} ينتمي إلى دراسة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="166"/>
        <source>start the recording</source>
        <translation>بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="167"/>
        <source>this recording is finished; start a new one</source>
        <translation>انتهى هذا التسجيل؛ ابدأ تسجيلًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="168"/>
        <source>save the recording</source>
        <translation>حفظ التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="169"/>
        <source>the recording is still being written to disk; it will be recovered at the next start if fieldkit is closed now</source>
        <translation>لا يزال التسجيل يُكتب على القرص؛ سيُستعاد عند التشغيل التالي إذا أُغلق fieldkit الآن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="174"/>
        <source>the recording could not be saved: {why}</source>
        <translation>تعذّر حفظ التسجيل: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="175"/>
        <source>finish the recording</source>
        <translation>إنهاء التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="176"/>
        <source>Recovered after fieldkit was interrupted</source>
        <translation>استُعيد بعد انقطاع fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="177"/>
        <source>Recorded in fieldkit</source>
        <translation>سُجِّل في fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="179"/>
        <source>its journal.json is missing</source>
        <translation>ملف journal.json الخاص به مفقود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="180"/>
        <source>journal.json cannot be read: {why}</source>
        <translation>تتعذّر قراءة journal.json: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="181"/>
        <source>journal.json does not hold a recording's details</source>
        <translation>لا يحتوي journal.json على تفاصيل تسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="182"/>
        <source>journal.json does not name the interview or the recording's state</source>
        <translation>لا يذكر journal.json المقابلة أو حالة التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="186"/>
        <source>journal.json does not say the recording's audio format</source>
        <translation>لا يذكر journal.json صيغة صوت التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="187"/>
        <source>another fieldkit is already writing {folder}</source>
        <translation>نسخة أخرى من fieldkit تكتب بالفعل في {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="188"/>
        <source>the disk is full, so fieldkit could not {doing}; what was recorded until now is kept in {folder}</source>
        <translation>القرص ممتلئ، لذا تعذّر على fieldkit {doing}؛ ما سُجّل حتى الآن محفوظ في {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="193"/>
        <source>fieldkit may not write in {folder}, so it could not {doing}</source>
        <translation>لا يُسمح لـ fieldkit بالكتابة في {folder}، لذا تعذّر عليه {doing}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="194"/>
        <source>fieldkit could not {doing} in {folder}: {why}</source>
        <translation>تعذّر على fieldkit {doing} في {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="196"/>
        <source>A recording ({length}) was recovered and attached to its interview.</source>
        <translation>استُعيد تسجيل ({length}) وأُرفق بمقابلته.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="200"/>
        <source>A recording started {start} ({length}) was recovered and attached to its interview.</source>
        <translation>استُعيد تسجيل بدأ في {start} ({length}) وأُرفق بمقابلته.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="204"/>
        <source>A recording had captured no sound; nothing was attached.</source>
        <translation>لم يلتقط أحد التسجيلات أي صوت؛ لم يُرفق شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="205"/>
        <source>A recording started {start} had captured no sound; nothing was attached.</source>
        <translation>لم يلتقط تسجيل بدأ في {start} أي صوت؛ لم يُرفق شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="209"/>
        <source>the recording in {folder} is still being written</source>
        <translation>لا يزال التسجيل في {folder} قيد الكتابة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="210"/>
        <source>{error} The recording stays in {folder}; fieldkit tries again at the next start.</source>
        <translation>{error} يبقى التسجيل في {folder}؛ سيحاول fieldkit مجددًا عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="214"/>
        <source>A recording ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>ينتمي تسجيل ({length}) إلى مقابلة حُذفت، لذا لم يُرفق. وهو محفوظ باسم {file}؛ انسخه إلى مكان آمن أو أرفقه بمقابلة أخرى (إضافة تسجيل… في مشغّل المقابلة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="220"/>
        <source>A recording started {start} ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>ينتمي تسجيل بدأ في {start} ({length}) إلى مقابلة حُذفت، لذا لم يُرفق. وهو محفوظ باسم {file}؛ انسخه إلى مكان آمن أو أرفقه بمقابلة أخرى (إضافة تسجيل… في مشغّل المقابلة).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="226"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). The sound is kept as {file}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>تعذّر إرفاق تسجيل لأن سجلّه (journal) تالف ({reason}). الصوت محفوظ باسم {file}؛ أرفقه بمقابلته عبر إضافة تسجيل… في مشغّل المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="232"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). Its files are kept in {folder}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>تعذّر إرفاق تسجيل لأن سجلّه (journal) تالف ({reason}). ملفاته محفوظة في {folder}؛ أرفقه بمقابلته عبر إضافة تسجيل… في مشغّل المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="238"/>
        <source>attached to the interview {title}</source>
        <translation>أُرفق بالمقابلة {title}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="239"/>
        <source>Recording {start}.wav</source>
        <translation>تسجيل {start}.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="240"/>
        <source>Recording unknown time.wav</source>
        <translation>تسجيل في وقت غير معروف.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="242"/>
        <source>{field} is changed with set_text, which keeps codings in place</source>
        <translation>يُغيَّر الحقل «{field}» باستخدام set_text، الذي يُبقي الترميزات في مواضعها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="243"/>
        <source>the {field} of an {kind} cannot be changed here</source>
        <translation>لا يمكن تغيير الحقل «{field}» في {kind} من هنا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="244"/>
        <source>the {field} of a {kind} cannot be changed here</source>
        <translation>لا يمكن تغيير الحقل «{field}» في {kind} من هنا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="245"/>
        <source>Interview with {codes} ({date})</source>
        <translation>مقابلة مع {codes} ({date})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="246"/>
        <source>Interview {date}</source>
        <translation>مقابلة {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="247"/>
        <source>Observation {date}</source>
        <translation>ملاحظة ميدانية {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="249"/>
        <source>{term} is too short to redact: it would replace ordinary words</source>
        <translation>{term} أقصر من أن يُحجب: سيستبدل كلمات عادية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="250"/>
        <source>{term} is listed twice; list it once with its spellings</source>
        <translation>{term} مُدرج مرتين؛ أدرجه مرة واحدة مع تهجئاته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="251"/>
        <source>unknown kind {kind}; choose from {kinds}</source>
        <translation>نوع غير معروف {kind}؛ اختر من بين {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="252"/>
        <source>{term} is not on the study's list of names to redact (names of participants and case places are always redacted)</source>
        <translation>{term} ليس في قائمة الأسماء المطلوب حجبها في الدراسة (تُحجب أسماء المشاركين وأماكن الحالات دائمًا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="258"/>
        <source>a change to {table} {row} arrived before the record itself</source>
        <translation>وصل تغيير على {table} {row} قبل السجل نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="259"/>
        <source>a change to {table} {row} is declared for study {study} but the record belongs to study {owner}</source>
        <translation>تغيير على {table} {row} مُعلَن للدراسة {study} لكن السجل ينتمي إلى الدراسة {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="264"/>
        <source>a {table} from another replica refers to {target} {value}, which this replica does not have yet</source>
        <translation>عنصر {table} من نسخة أخرى يشير إلى {target} {value}، وهو غير موجود في هذه النسخة بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="269"/>
        <source>a change names an unknown kind of record: {table}</source>
        <translation>يذكر تغيير نوعًا غير معروف من السجلات: {table}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="270"/>
        <source>a change has an unknown operation: {op}</source>
        <translation>تغيير بعملية غير معروفة: {op}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="271"/>
        <source>a change to {table} {row} belongs to study {study}, not to the study being synced ({synced})</source>
        <translation>تغيير على {table} {row} ينتمي إلى الدراسة {study}، لا إلى الدراسة الجارية مزامنتها ({synced})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="276"/>
        <source>a change to {table} names unknown fields: {fields}</source>
        <translation>يذكر تغيير على {table} حقولًا غير معروفة: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="277"/>
        <source>a change to {table} {row} has mismatched bases</source>
        <translation>تغيير على {table} {row} له أساسات غير متطابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="278"/>
        <source>a new {table} row arrived without fields: {fields}</source>
        <translation>وصل صف {table} جديد من دون الحقول: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="279"/>
        <source>a change to {table} {row} is declared for study {study} but its row belongs to study {owner}</source>
        <translation>تغيير على {table} {row} مُعلَن للدراسة {study} لكن صفّه ينتمي إلى الدراسة {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="285"/>
        <source>a change from the server is not an object</source>
        <translation>تغيير من الخادم ليس كائنًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="286"/>
        <source>a change from the server lacks {keys}</source>
        <translation>ينقص تغييرًا من الخادم: {keys}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="287"/>
        <source>a change from the server has a bad {key}</source>
        <translation>تغيير من الخادم فيه {key} غير صالح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="288"/>
        <source>a change from the server has bad values or bases</source>
        <translation>تغيير من الخادم فيه قيم أو أساسات غير صالحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="289"/>
        <source>a change from the server has a bad base stamp</source>
        <translation>تغيير من الخادم فيه ختم أساس غير صالح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="290"/>
        <source>{field} has a value of the wrong kind: {value}</source>
        <translation>الحقل «{field}» فيه قيمة من النوع الخطأ: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="292"/>
        <source>the number of results must be a whole number, 0 or more</source>
        <translation>يجب أن يكون عدد النتائج عددًا صحيحًا، 0 أو أكثر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="293"/>
        <source>the results offset must be a whole number, 0 or more</source>
        <translation>يجب أن تكون إزاحة النتائج عددًا صحيحًا، 0 أو أكثر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="294"/>
        <source>cannot search records of type {types}; choose from {allowed}</source>
        <translation>لا يمكن البحث في سجلات من النوع {types}؛ اختر من بين {allowed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="296"/>
        <source>this coding marks a stretch of audio, not of text</source>
        <translation>هذا الترميز يحدّد مقطعًا صوتيًا، لا نصًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="297"/>
        <source>this span is already coded with the same theme</source>
        <translation>هذا المقطع مرمَّز بالفعل بالمحور نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="298"/>
        <source>start and end must be whole numbers</source>
        <translation>يجب أن تكون البداية والنهاية أعدادًا صحيحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="274"/>
        <source>a PDF document; save it as plain text (.txt) first</source>
        <translation>مستند PDF؛ احفظه أولًا نصًا عاديًا (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="275"/>
        <source>a Word (.docx), OpenDocument or ZIP file; save it as plain text first</source>
        <translation>ملف Word (.docx) أو OpenDocument أو ZIP؛ احفظه أولًا نصًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="279"/>
        <source>an old Word (.doc) file; save it as plain text</source>
        <translation>ملف Word قديم (.doc)؛ احفظه نصًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="280"/>
        <source>a rich-text (.rtf) file; save it as plain text (.txt) first</source>
        <translation>ملف نص منسَّق (.rtf)؛ احفظه أولًا نصًا عاديًا (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="281"/>
        <source>an audio or video file</source>
        <translation>ملف صوت أو فيديو</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="285"/>
        <source>a WebM or Matroska file</source>
        <translation>ملف WebM أو Matroska</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="286"/>
        <source>an MP4, M4A or HEIC file</source>
        <translation>ملف MP4 أو M4A أو HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="287"/>
        <source>a gzip-compressed file</source>
        <translation>ملف مضغوط بـ gzip</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="288"/>
        <source>an SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="289"/>
        <source>a program</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="291"/>
        <source>{path} is a folder, not a text file</source>
        <translation>{path} مجلد، وليس ملفًا نصيًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="295"/>
        <source>the file {path} cannot be read: {why}</source>
        <translation>تتعذّر قراءة الملف {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="296"/>
        <source>the text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="297"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="298"/>
        <source>the file {name} is {size}; text files up to {most} are accepted (split it into parts)</source>
        <translation>حجم الملف {name} هو {size}؛ تُقبل الملفات النصية حتى {most} (قسّمه إلى أجزاء)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="302"/>
        <source>a byte-order mark (BOM) was removed</source>
        <translation>أُزيلت علامة ترتيب البايتات (BOM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="303"/>
        <source>the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 (check accented letters and quotes)</source>
        <translation>يخلط الملف بين UTF-8 وبعض محارف Windows-1252؛ حُوِّل كلاهما إلى UTF-8 (راجع الحروف المشكولة وعلامات الاقتباس)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="308"/>
        <source>the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8</source>
        <translation>كان الملف بترميز Latin-1 (ISO-8859-1) وحُوِّل إلى UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="312"/>
        <source>the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8</source>
        <translation>كان الملف بترميز Windows-1252 (Latin-1) وحُوِّل إلى UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="316"/>
        <source>the file was in {encoding} encoding and was converted to UTF-8</source>
        <translation>كان الملف بترميز {encoding} وحُوِّل إلى UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="317"/>
        <source>{count} invalid byte sequence(s) in the {encoding} text were replaced by �</source>
        <translation>تسلسلات بايتات غير صالحة استُبدلت بـ � في نص {encoding}: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="321"/>
        <source>{source} looks like a binary file, not text (it looks like {what})</source>
        <translation>{source} يبدو ملفًا ثنائيًا، لا نصًا (يبدو أنه {what})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="325"/>
        <source>{source} looks like a binary file, not text; choose a plain-text (.txt) transcript</source>
        <translation>{source} يبدو ملفًا ثنائيًا، لا نصًا؛ اختر نصًا مفرَّغًا بصيغة نص عادي (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="329"/>
        <source>Windows line ends (CRLF) were converted</source>
        <translation>حُوِّلت نهايات أسطر Windows (CRLF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="330"/>
        <source>old Mac line ends (CR alone) were converted</source>
        <translation>حُوِّلت نهايات أسطر Mac القديمة (CR وحده)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="331"/>
        <source>accented letters were stored in their composed form (Unicode NFC)</source>
        <translation>خُزِّنت الحروف ذات العلامات بصيغتها المركّبة (Unicode NFC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="335"/>
        <source>{count} NUL character(s) (invisible zero bytes) were removed</source>
        <translation>محارف NUL (بايتات صفرية غير مرئية) أُزيلت: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="306"/>
        <source>no theme called {name} in this study (see `fieldkit theme list`)</source>
        <translation>لا يوجد محور باسم {name} في هذه الدراسة (انظر `fieldkit theme list`)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="310"/>
        <source>no theme called {name} in this study</source>
        <translation>لا يوجد محور باسم {name} في هذه الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="311"/>
        <source>a theme can only move under a theme of the same study</source>
        <translation>لا يمكن نقل محور إلا تحت محور من الدراسة نفسها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="312"/>
        <source>{name} cannot move under itself</source>
        <translation>لا يمكن نقل {name} تحت نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="313"/>
        <source>{name} cannot move under {parent}, which is inside it</source>
        <translation>لا يمكن نقل {name} تحت {parent}، الموجود داخله</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="314"/>
        <source>a theme cannot be merged into itself</source>
        <translation>لا يمكن دمج محور في نفسه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="315"/>
        <source>themes of different studies cannot be merged</source>
        <translation>لا يمكن دمج محاور من دراسات مختلفة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="316"/>
        <source>{name} cannot merge into its own sub-theme {target}</source>
        <translation>لا يمكن دمج {name} في محوره الفرعي {target}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="337"/>
        <source>subtitle cues became lines with their start times as [mm:ss] marks</source>
        <translation>أصبحت مقاطع الترجمة أسطرًا تبدأ بوقت بدايتها بعلامة [mm:ss]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="341"/>
        <source>{source} holds no subtitle cues (lines like “00:00:16,000 --&gt; 00:00:20,000”); is it really an .srt or .vtt file?</source>
        <translation>{source} لا يحوي مقاطع ترجمة (أسطرًا مثل «00:00:16,000 --&gt; 00:00:20,000»)؛ هل هو فعلًا ملف .srt أو .vtt؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="346"/>
        <source>the subtitles</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="347"/>
        <source>the Word file {name} is too large to be a transcript</source>
        <translation>ملف Word {name} أكبر من أن يكون نصًا مفرَّغًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="348"/>
        <source>{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in a word processor and save it as .docx or plain text (.txt)</source>
        <translation>{name} ليس مستند Word يستطيع fieldkit قراءته (ملف .doc قديم، أو تالف)؛ افتحه في معالج نصوص واحفظه بصيغة .docx أو نص عادي (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="353"/>
        <source>read from a Word document</source>
        <translation>قُرئ من مستند Word</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="320"/>
        <source>a sample rate of {rate} Hz is not supported</source>
        <translation>معدل أخذ العينات {rate} هرتز غير مدعوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="321"/>
        <source>{count} channels are not supported</source>
        <translation>عدد القنوات غير مدعوم: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="322"/>
        <source>{bits}-bit samples are not supported</source>
        <translation>العينات ذات {bits} بت غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="323"/>
        <source>the recording is longer than one WAV file can hold (4 GB); its segments are kept in {folder}</source>
        <translation>التسجيل أطول مما يتسع له ملف WAV واحد (4 غيغابايت)؛ مقاطعه محفوظة في {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="12"/>
        <source>the server address must start with http:// or https://, e.g. http://server:8765 (not {given})</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ http://‎ أو https://‎، مثل http://server:8765 ‏(لا {given})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="17"/>
        <source>give your user name on the server</source>
        <translation>أدخل اسم المستخدم الخاص بك على الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="18"/>
        <source>give your password (it is used to sign in, never stored)</source>
        <translation>أدخل كلمة المرور (تُستخدم لتسجيل الدخول ولا تُحفظ أبدًا)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="19"/>
        <source>--ca-file is for an https:// server address</source>
        <translation>الخيار --ca-file مخصص لعنوان خادم https://‎</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="20"/>
        <source>{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's certificate, not its key</source>
        <translation>لا يحتوي {path} على أي شهادة PEM ‏(-----BEGIN CERTIFICATE-----)؛ أعطِ شهادة جهة إصدار الشهادات لا مفتاحها</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="25"/>
        <source>cannot read the certificate authority file {path}: {reason}</source>
        <translation>تتعذّر قراءة ملف جهة إصدار الشهادات {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="26"/>
        <source>cannot remove the sign-in file: {reason}</source>
        <translation>تتعذّر إزالة ملف تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="28"/>
        <source>the server's sign-in reply has no token</source>
        <translation>لا يحتوي ردّ الخادم على تسجيل الدخول على رمز مميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="29"/>
        <source>the server's list of studies is malformed</source>
        <translation>قائمة الدراسات التي أرسلها الخادم غير سليمة البنية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="31"/>
        <source>refused change {id} is still being set aside; sync once more, then discard it</source>
        <translation>التغيير المرفوض {id} ما زال يوضع جانبًا؛ زامن مرة أخرى ثم تجاهله</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="35"/>
        <source>no refused change {id} on this laptop (fieldkit sync problems lists them)</source>
        <translation>لا يوجد تغيير مرفوض {id} على هذا الحاسوب (يسردها الأمر fieldkit sync problems)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="38"/>
        <source>held back after an earlier change of this record was refused by the server; that change was sent again or discarded meanwhile: send this one again or discard it too</source>
        <translation>مُحتجَز بعد أن رفض الخادم تغييرًا سابقًا لهذا السجل؛ وقد أُعيد إرسال ذلك التغيير أو تُجوهل في الأثناء: أعد إرسال هذا أو تجاهله أيضًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="46"/>
        <source>that id already belongs to a record of another study on this server</source>
        <translation>هذا المعرّف يخص بالفعل سجلًا من دراسة أخرى على هذا الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="50"/>
        <source>the server has never received that record, so no laptop could apply the edit</source>
        <translation>لم يستلم الخادم هذا السجل قط، فلا يمكن لأي حاسوب محمول تطبيق التعديل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="54"/>
        <source>that record belongs to another study</source>
        <translation>هذا السجل يخص دراسة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="55"/>
        <source>only a lead of study {study} can change the study itself (its name or settings); ask your team lead</source>
        <translation>لا يستطيع تغيير الدراسة نفسها (اسمها أو إعداداتها) إلا قائد الدراسة {study}؛ اسأل قائد فريقك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="60"/>
        <source>a pushed change is not an object</source>
        <translation>تغيير مُرسَل ليس كائنًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="61"/>
        <source>a pushed change lacks {key}</source>
        <translation>ينقص تغييرًا مُرسَلًا الحقل {key}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="62"/>
        <source>a pushed change has a bad {key}</source>
        <translation>تغيير مُرسَل يحمل {key} غير صالح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="63"/>
        <source>a pushed change lacks values</source>
        <translation>ينقص تغييرًا مُرسَلًا القيم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="64"/>
        <source>a pushed change lacks bases</source>
        <translation>ينقص تغييرًا مُرسَلًا الأسس</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="65"/>
        <source>a pushed change has bad values or bases</source>
        <translation>تغيير مُرسَل يحمل قيمًا أو أسسًا غير صالحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="66"/>
        <source>a record id has 1 to {most} characters</source>
        <translation>معرّف السجل من 1 إلى {most} حرفًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="67"/>
        <source>a change names an unknown kind of record: {entity}</source>
        <translation>تغيير يسمّي نوع سجل غير معروف: {entity}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="68"/>
        <source>a change to {entity} {row_id} belongs to study {other}, not {study}</source>
        <translation>تغيير على {entity} {row_id} يخص الدراسة {other}، لا {study}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="72"/>
        <source>a pushed change has a bad base stamp</source>
        <translation>تغيير مُرسَل يحمل ختم أساس غير صالح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="73"/>
        <source>not a clock stamp: {stamp}</source>
        <translation>ليس ختمًا زمنيًا: {stamp}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="74"/>
        <source>a change has mismatched bases</source>
        <translation>تغيير يحمل أسسًا غير متطابقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="75"/>
        <source>it is stamped by device {other}, not by the device that sends it ({device}): a laptop sends only its own changes</source>
        <translation>إنه مختوم من الجهاز {other}، لا من الجهاز الذي يرسله ({device}): الحاسوب المحمول يرسل تغييراته فقط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="80"/>
        <source>a change to {entity} names unknown fields: {fields}</source>
        <translation>تغيير على {entity} يسمّي حقولًا غير معروفة: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="81"/>
        <source>a new {entity} row lacks fields: {fields}</source>
        <translation>ينقص صفًا جديدًا من {entity} حقولٌ: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="82"/>
        <source>a change to {entity} {row_id} is for another study</source>
        <translation>تغيير على {entity} {row_id} يخص دراسة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="84"/>
        <source>too large for this server (limit {mb} MB)</source>
        <translation>أكبر من أن يقبله هذا الخادم (الحد {mb} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="85"/>
        <source>too large for this server</source>
        <translation>أكبر من أن يقبله هذا الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="87"/>
        <source>this data folder was restored from a backup or copied from another laptop and needs a device identity of its own; sync it with fieldkit sync or the app</source>
        <translation>استُعيد مجلد البيانات هذا من نسخة احتياطية أو نُسخ من حاسوب آخر، ويحتاج إلى هوية جهاز خاصة به؛ زامنه باستخدام fieldkit sync أو التطبيق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="92"/>
        <source>the server's sync reply is malformed</source>
        <translation>ردّ المزامنة من الخادم غير سليم البنية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="93"/>
        <source>sync is not making progress; stopped (please report this)</source>
        <translation>المزامنة لا تتقدّم؛ أُوقفت (يُرجى الإبلاغ عن ذلك)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="94"/>
        <source>{problem}; it did not help: set the laptop's date and time</source>
        <translation>{problem}؛ لم يُجدِ ذلك: اضبط تاريخ الحاسوب ووقته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="95"/>
        <source>the server answered for study {study}, which was not asked</source>
        <translation>ردّ الخادم بشأن الدراسة {study} التي لم تُطلب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="96"/>
        <source>the server did not move the pull cursor; sync stopped</source>
        <translation>لم يحرّك الخادم مؤشر الاستلام؛ توقفت المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="97"/>
        <source>changes from the server for study {study} cannot be applied: {problem}</source>
        <translation>يتعذّر تطبيق التغييرات الواردة من الخادم للدراسة {study}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="102"/>
        <source>this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times of its changes and sends them again (if this keeps happening, set the laptop's date and time)</source>
        <translation>ساعة هذا الحاسوب متقدّمة على ساعة الخادم بمقدار {ahead}؛ يصحّح fieldkit أوقات تغييراته ويرسلها من جديد (إن تكرّر ذلك، فاضبط تاريخ الحاسوب ووقته)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="109"/>
        <source>cannot save the sign-in token in {path}: {reason}</source>
        <translation>يتعذّر حفظ رمز تسجيل الدخول في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="110"/>
        <source>this data folder is not signed in to a server; run: fieldkit login --server URL --user NAME</source>
        <translation>مجلد البيانات هذا غير مسجَّل الدخول إلى أي خادم؛ شغّل: fieldkit login --server URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="115"/>
        <source>the sign-in file {path} is damaged; run fieldkit login again</source>
        <translation>ملف تسجيل الدخول {path} تالف؛ شغّل fieldkit login مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="117"/>
        <source>the server refused every new device id; try again later</source>
        <translation>رفض الخادم كل معرّفات الأجهزة الجديدة؛ حاول لاحقًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="118"/>
        <source>the server's reply to a new device identity has no token</source>
        <translation>لا يحتوي ردّ الخادم على هوية الجهاز الجديدة على رمز مميز</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="120"/>
        <source>the upload of file {file}… keeps ending on the server; try later</source>
        <translation>يتوقف رفع الملف {file}… على الخادم مرة بعد مرة؛ حاول لاحقًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="123"/>
        <source>the server sent a reply fieldkit cannot read</source>
        <translation>أرسل الخادم ردًّا لا يستطيع fieldkit قراءته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="124"/>
        <source>the server's reply for file {file}… does not match its range</source>
        <translation>ردّ الخادم على الملف {file}… لا يطابق نطاقه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="125"/>
        <source>not enough free space to fetch a {size} file ({free} free in {folder})</source>
        <translation>لا توجد مساحة حرة كافية لجلب ملف حجمه {size} (المساحة الحرة {free} في {folder})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="129"/>
        <source>file {file}… arrived damaged (its SHA-256 does not match); it will be fetched again at the next sync</source>
        <translation>وصل الملف {file}… تالفًا (لا يطابق SHA-256 الخاص به)؛ سيُجلب مرة أخرى في المزامنة القادمة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="134"/>
        <source>the server refused file {file}… (HTTP {status}): {detail}</source>
        <translation>رفض الخادم الملف {file}… ‏(HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="135"/>
        <source>the server's reply for file {file}… has no usable range</source>
        <translation>ردّ الخادم على الملف {file}… لا يتضمن نطاقًا صالحًا للاستخدام</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="136"/>
        <source>the server refused the range for file {file}…</source>
        <translation>رفض الخادم النطاق المطلوب للملف {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="137"/>
        <source>cannot send file {file}… of study {study}: {problem}</source>
        <translation>يتعذّر إرسال الملف {file}… من الدراسة {study}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="138"/>
        <source>the server refused a file request (HTTP {status}): {detail}</source>
        <translation>رفض الخادم طلب ملف ‏(HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="139"/>
        <source>file {file}… not sent: {problem}</source>
        <translation>لم يُرسل الملف {file}…: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="140"/>
        <source>files of study {study} not fetched: {problem}</source>
        <translation>لم تُجلب ملفات الدراسة {study}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="141"/>
        <source>the server sent the wrong part of file {file}…</source>
        <translation>أرسل الخادم الجزء الخطأ من الملف {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="142"/>
        <source>the upload of file {file}… is not progressing</source>
        <translation>رفع الملف {file}… لا يتقدّم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="143"/>
        <source>file {file}… cannot be fetched (range refused)</source>
        <translation>يتعذّر جلب الملف {file}… (رُفض النطاق)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="145"/>
        <source>{at} answered, but it does not look like a fieldkit server</source>
        <translation>ردّ {at}، لكنه لا يبدو خادم fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="146"/>
        <source>{at} sent a health reply fieldkit cannot read</source>
        <translation>أرسل {at} ردّ فحص حالة لا يستطيع fieldkit قراءته</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="148"/>
        <source>the server answered HTTP {status}</source>
        <translation>ردّ الخادم بـ HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="149"/>
        <source>{host} is not on this laptop's network, and http:// would send your sign-in and your data unencrypted across the internet; use the server's https:// address (or, knowingly, sign in again with --allow-insecure-http)</source>
        <translation>{host} ليس على شبكة هذا الحاسوب، وسيُرسل http://‎ بيانات تسجيل دخولك وبياناتك دون تشفير عبر الإنترنت؛ استخدم عنوان https://‎ للخادم (أو سجّل الدخول مجددًا مع --allow-insecure-http وأنت على علم بذلك)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="155"/>
        <source>the certificate authority file is not a PEM certificate fieldkit can use ({reason})</source>
        <translation>ملف جهة إصدار الشهادات ليس شهادة PEM يمكن لـ fieldkit استخدامها ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="159"/>
        <source>the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on</source>
        <translation>انقطع الاتصال بالخادم {at} في منتصف الردّ ({why})؛ زامن مرة أخرى للمتابعة</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="104"/>
        <source>case title</source>
        <translation>عنوان الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="105"/>
        <source>study name</source>
        <translation>اسم الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="106"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="107"/>
        <source>participant code</source>
        <translation>رمز المشارك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="108"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="109"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="110"/>
        <source>consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="111"/>
        <source>consent status</source>
        <translation>حالة الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="112"/>
        <source>consent form</source>
        <translation>استمارة الموافقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="113"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="114"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="115"/>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="116"/>
        <source>memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="117"/>
        <source>memo title</source>
        <translation>عنوان المذكرة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="118"/>
        <source>theme name</source>
        <translation>اسم المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="119"/>
        <source>transcript</source>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="120"/>
        <source>interviewer</source>
        <translation>المحاوِر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="121"/>
        <source>observer</source>
        <translation>المراقِب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="122"/>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="123"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="124"/>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="125"/>
        <source>locality</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="126"/>
        <source>setting</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="127"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="128"/>
        <source>caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="129"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="329"/>
        <source>name to redact</source>
        <translation>الاسم المطلوب حجبه</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="330"/>
        <source>other spelling</source>
        <translation>تهجئة أخرى</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation>دراسة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation>تعديل الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="42"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="47"/>
        <source>Study name</source>
        <translation>اسم الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation>مثال: المرحلة التجريبية لمخيمات القراءة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation>مزامنة ال&amp;آن</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="105"/>
        <source>&amp;Conflicts…</source>
        <translation>الت&amp;عارضات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="237"/>
        <source>Sync status unavailable</source>
        <translation>حالة المزامنة غير متاحة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="342"/>
        <source>Synced: sent %1, received %2, %3</source>
        <translation>تمت المزامنة: أُرسل %1، واستُلم %2، و%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="343"/>
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات جديدة (%Ln)</numerusform>
            <numerusform>تعارض جديد واحد (%Ln)</numerusform>
            <numerusform>تعارضان جديدان (%Ln)</numerusform>
            <numerusform>%Ln تعارضات جديدة</numerusform>
            <numerusform>%Ln تعارضًا جديدًا</numerusform>
            <numerusform>%Ln تعارض جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %Ln تغيير موضوع جانبًا</numerusform>
            <numerusform> · تغيير واحد موضوع جانبًا (%Ln)</numerusform>
            <numerusform> · تغييران موضوعان جانبًا (%Ln)</numerusform>
            <numerusform> · %Ln تغييرات موضوعة جانبًا</numerusform>
            <numerusform> · %Ln تغييرًا موضوعًا جانبًا</numerusform>
            <numerusform> · %Ln تغيير موضوع جانبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350"/>
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · %Ln من تغييراتك رفضها الخادم</numerusform>
            <numerusform> · تغيير واحد من تغييراتك رفضه الخادم (%Ln)</numerusform>
            <numerusform> · تغييران من تغييراتك رفضهما الخادم (%Ln)</numerusform>
            <numerusform> · %Ln من تغييراتك رفضها الخادم</numerusform>
            <numerusform> · %Ln من تغييراتك رفضها الخادم</numerusform>
            <numerusform> · %Ln من تغييراتك رفضها الخادم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="352"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation> · موفّر البيانات: تنتظر الملفات اتصالًا غير محدود</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="368"/>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="378"/>
        <source>Erased words removed</source>
        <translation>أُزيلت الكلمات الممحوّة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="372"/>
        <source>Some of your edits held words of a participant who withdrew consent and whose material was erased on every laptop. Those words were removed; the rest of your edits was kept.</source>
        <translation>احتوت بعض تعديلاتك على كلمات مشارك سحب موافقته ومُحيت مواده على كل الحواسيب. أُزيلت تلك الكلمات؛ واحتُفظ ببقية تعديلاتك.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="387"/>
        <source>Sync cancelled</source>
        <translation>أُلغيت المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="399"/>
        <source>Sync did not finish</source>
        <translation>لم تكتمل المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="411"/>
        <source>The server no longer accepts this laptop's sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation>لم يعد الخادم يقبل تسجيل دخول هذا الحاسوب: سجّل الدخول مرة أخرى (مزامنة ← الإعدادات). لم يضِع شيء مما ينتظر المزامنة.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="471"/>
        <source>Cannot save the sync settings</source>
        <translation>تعذّر حفظ إعدادات المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="52"/>
        <source>Sync settings</source>
        <translation>إعدادات المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="56"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="58"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="61"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="62"/>
        <source>used to sign in, never stored</source>
        <translation>تُستخدم لتسجيل الدخول، ولا تُحفظ أبدًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="65"/>
        <source>Certificate authority file</source>
        <translation>ملف جهة إصدار الشهادات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="67"/>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="241"/>
        <source>kept from the last sign-in</source>
        <translation>محفوظ من آخر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="69"/>
        <source>only for a server with your team's own certificate (PEM file)</source>
        <translation>فقط لخادم يستخدم شهادة فريقك الخاصة (ملف PEM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="74"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation>السماح باتصال http:// غير مشفَّر بخادم خارج هذه الشبكة (غير مستحسن)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="77"/>
        <source>Sign &amp;in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="83"/>
        <source>Connection security</source>
        <translation>أمان الاتصال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="87"/>
        <source>Account status</source>
        <translation>حالة الحساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="88"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation>المزامنة &amp;تلقائيًا عندما يكون الخادم متاحًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="91"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation>م&amp;وفّر البيانات: إرسال النص أولًا، والوسائط فقط عبر اتصالات غير محدودة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="99"/>
        <source>Team server and account</source>
        <translation>خادم الفريق والحساب</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="102"/>
        <source>Connection:</source>
        <translation>الاتصال:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="108"/>
        <source>Certificate a&amp;uthority:</source>
        <translation>&amp;جهة إصدار الشهادات:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="118"/>
        <source>When to sync</source>
        <translation>متى تتم المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="144"/>
        <source>Not signed in. This laptop's work stays here until you sign in.</source>
        <translation>لم تسجّل الدخول. يبقى عمل هذا الحاسوب هنا حتى تسجّل الدخول.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="147"/>
        <source>Signed in as %1 on %2.</source>
        <translation>مسجّل الدخول باسم %1 على %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="163"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation>🔒 مشفَّر (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="165"/>
        <source>, checked against your team's own certificate authority</source>
        <translation>، ومتحقَّق منه بجهة إصدار الشهادات الخاصة بفريقك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="169"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation>⚠ غير مشفَّر (http://)، مسموح به عند تسجيل الدخول: بيانات دخولك وبياناتك تنتقل مقروءة لأي أحد في الطريق. اطلب عنوانًا يبدأ بـ https://.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="175"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation>غير مشفَّر (http://): مقبول فقط لخادم على هذا الحاسوب أو على شبكته المحلية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="222"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="228"/>
        <source>Your team's certificate authority</source>
        <translation>جهة إصدار الشهادات الخاصة بفريقك</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="230"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="247"/>
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="248"/>
        <source>Cannot sign in</source>
        <translation>تعذّر تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="259"/>
        <source>Signing out…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="268"/>
        <source>The server could not be told; ask your team lead to revoke this laptop's sign-in if it is lost.</source>
        <translation>تعذّر إبلاغ الخادم؛ اطلب من قائد فريقك إلغاء تسجيل دخول هذا الحاسوب إذا فُقد.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="277"/>
        <source>Cannot sign out</source>
        <translation>تعذّر تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="38"/>
        <source>Connection indicator</source>
        <translation>مؤشر الاتصال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="40"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="46"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="49"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="50"/>
        <source>Cancel the sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="53"/>
        <source>Changes not yet synced</source>
        <translation>تغييرات لم تُزامَن بعد</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="55"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="58"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="59"/>
        <source>Open the conflicts view</source>
        <translation>فتح عرض التعارضات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="63"/>
        <source>Changes set aside</source>
        <translation>التغييرات الموضوعة جانبًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="65"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation>تغييرات من الخادم تعذّر على هذا الحاسوب تطبيقها بعد: انقر لعرضها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="89"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>لا تغييرات لم تُزامَن بعد (%Ln)</numerusform>
            <numerusform>تغيير واحد (%Ln) لم يُزامَن بعد</numerusform>
            <numerusform>تغييران (%Ln) لم يُزامَنا بعد</numerusform>
            <numerusform>%Ln تغييرات لم تُزامَن بعد</numerusform>
            <numerusform>%Ln تغييرًا لم يُزامَن بعد</numerusform>
            <numerusform>%Ln تغيير لم يُزامَن بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="93"/>
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>لا تغييرات (%Ln) في دراسات أنت مطّلع عليها فقط</numerusform>
            <numerusform>تغيير واحد (%Ln) في دراسات أنت مطّلع عليها فقط يبقى على هذا الحاسوب</numerusform>
            <numerusform>تغييران (%Ln) في دراسات أنت مطّلع عليها فقط يبقيان على هذا الحاسوب</numerusform>
            <numerusform>%Ln تغييرات في دراسات أنت مطّلع عليها فقط تبقى على هذا الحاسوب</numerusform>
            <numerusform>%Ln تغييرًا في دراسات أنت مطّلع عليها فقط يبقى على هذا الحاسوب</numerusform>
            <numerusform>%Ln تغيير في دراسات أنت مطّلع عليها فقط يبقى على هذا الحاسوب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="102"/>
        <source>Not signed in — nothing is sent</source>
        <translation>لم تسجّل الدخول — لا يُرسَل شيء</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="105"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation>يبقى كل شيء على هذا الحاسوب. للمشاركة مع فريق، سجّل الدخول عبر مزامنة ▸ الإعدادات…؛ ويُرسَل حينها ما أنجزته في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="113"/>
        <source>Offline · not signed in</source>
        <translation>غير متصل · لم تسجّل الدخول</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="114"/>
        <source>Checking the server…</source>
        <translation>جارٍ فحص الخادم…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="115"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="116"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="117"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="118"/>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="119"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation>سجّل الدخول مرة أخرى (مزامنة ← الإعدادات)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="150"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ لا تعارضات (%Ln)</numerusform>
            <numerusform>⚠ تعارض واحد (%Ln)</numerusform>
            <numerusform>⚠ تعارضان (%Ln)</numerusform>
            <numerusform>⚠ %Ln تعارضات</numerusform>
            <numerusform>⚠ %Ln تعارضًا</numerusform>
            <numerusform>⚠ %Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="155"/>
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ لا تغييرات موضوعة جانبًا (%Ln)</numerusform>
            <numerusform>⚠ تغيير واحد (%Ln) موضوع جانبًا</numerusform>
            <numerusform>⚠ تغييران (%Ln) موضوعان جانبًا</numerusform>
            <numerusform>⚠ %Ln تغييرات موضوعة جانبًا</numerusform>
            <numerusform>⚠ %Ln تغييرًا موضوعًا جانبًا</numerusform>
            <numerusform>⚠ %Ln تغيير موضوع جانبًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="87"/>
        <source>Nothing waiting to sync</source>
        <translation>لا شيء ينتظر المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="141"/>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="145"/>
        <source>Last sync %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="148"/>
        <source>No conflicts</source>
        <translation>لا توجد تعارضات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="169"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation>أُرسل %1 · استُلم %2 · %3 كيلوبايت</translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="181"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation>حدث خطأ لم يتوقعه fieldkit ‏(%1). بياناتك المحفوظة سليمة؛ يُرجى الإبلاغ عن ذلك.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="107"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="86"/>
        <source>Coded passages per theme</source>
        <translation>المقاطع المرمَّزة حسب المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="94"/>
        <source>No coded passages</source>
        <translation>لا توجد مقاطع مرمَّزة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="116"/>
        <source>No coded passages yet.</source>
        <translation>لا توجد مقاطع مرمَّزة بعد.</translation>
    </message>
</context>
<context>
    <name>ThemeChanges</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="39"/>
        <source>Add theme</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="45"/>
        <source>Rename theme</source>
        <translation>إعادة تسمية المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="51"/>
        <source>Theme colour</source>
        <translation>لون المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="57"/>
        <source>Archive theme</source>
        <translation>أرشفة المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="59"/>
        <source>Restore theme</source>
        <translation>استعادة المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="65"/>
        <source>Merge themes</source>
        <translation>دمج المحاور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="71"/>
        <source>Move theme</source>
        <translation>نقل المحور</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="122"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation>Alt+%1 يرمّز الكلمات المحددة بهذا المحور</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln ترميز</numerusform>
            <numerusform>ترميز واحد (%Ln)</numerusform>
            <numerusform>%Ln ترميزان</numerusform>
            <numerusform>%Ln ترميزات</numerusform>
            <numerusform>%Ln ترميزًا</numerusform>
            <numerusform>%Ln ترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="148"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln وسم</numerusform>
            <numerusform>وسم واحد (%Ln)</numerusform>
            <numerusform>%Ln وسمان</numerusform>
            <numerusform>%Ln وسوم</numerusform>
            <numerusform>%Ln وسمًا</numerusform>
            <numerusform>%Ln وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="151"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>%Ln ترميز مع محاوره الفرعية</numerusform>
            <numerusform>ترميز واحد (%Ln) مع محاوره الفرعية</numerusform>
            <numerusform>%Ln ترميزان مع محاوره الفرعية</numerusform>
            <numerusform>%Ln ترميزات مع محاوره الفرعية</numerusform>
            <numerusform>%Ln ترميزًا مع محاوره الفرعية</numerusform>
            <numerusform>%Ln ترميز مع محاوره الفرعية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="155"/>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="30"/>
        <source>Import &amp;transcript…</source>
        <translation>استيراد &amp;نص مفرَّغ…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="33"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation>وضع نص ملف ‎.txt أو Word ‏(.docx) أو ترجمة مصاحبة (.srt، .vtt) في السجل المفتوح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="45"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="54"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="65"/>
        <source>Import transcript</source>
        <translation>استيراد نص مفرَّغ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="47"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation>النصوص المفرَّغة (*.txt *.docx *.srt *.vtt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="56"/>
        <source>Replace the text of “%1” with the file's text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation>هل تريد استبدال نص «%1» بنص الملف؟ تبقى الترميزات على الكلمات التي ما زالت موجودة؛ و«تحرير ▸ تراجع» (Ctrl+Z) يعيد النص القديم.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="76"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation>افتح مقابلة أو ملاحظة ميدانية أولًا: يوضع النص المفرَّغ فيها.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="93"/>
        <source>Cannot import %1: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="106"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation>لا يحتوي %1 على أي نص؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="116"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="117"/>
        <source>Imported %1</source>
        <translation>استُورد %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="39"/>
        <source>Welcome to fieldkit</source>
        <translation>مرحبًا بك في fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="44"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation>يحفظ fieldkit مقابلاتك وملاحظاتك الميدانية وترميزك على هذا الحاسوب؛ ويعمل دون اتصال. كيف تودّ أن تبدأ؟</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Explore the demo study</source>
        <translation>استكشاف الدراسة التجريبية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="55"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation>سبع حالات نموذجية في مجلد بيانات منفصل؛ ويبقى مجلدك فارغًا.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>Start a new study</source>
        <translation>بدء دراسة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="60"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation>مع دليل الترميز الافتراضي لمنظومة التعلّم، جاهزًا للتعديل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Sign in to my team's server</source>
        <translation>تسجيل الدخول إلى خادم فريقي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="65"/>
        <source>Receive your team's studies and send your work when online.</source>
        <translation>استلم دراسات فريقك وأرسل عملك عند الاتصال.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="103"/>
        <source>The demo study could not be made</source>
        <translation>تعذّر إنشاء الدراسة التجريبية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="126"/>
        <source>The study was not created</source>
        <translation>لم تُنشأ الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="159"/>
        <source>New study</source>
        <translation>دراسة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="160"/>
        <source>Study name:</source>
        <translation>اسم الدراسة:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation>ال&amp;ترميز بمحور…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation>إدراج &amp;علامة زمنية</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation>&amp;تشغيل التسجيل أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation>&amp;حول fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="53"/>
        <source>Pre&amp;ferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="104"/>
        <source>Open a recording to insert time marks.</source>
        <translation>افتح تسجيلًا لإدراج علامات زمنية.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="112"/>
        <source>This record has no recording.</source>
        <translation>لا يوجد تسجيل لهذا السجل.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="128"/>
        <source>Nothing here can be deleted yet.</source>
        <translation>لا يوجد هنا ما يمكن حذفه بعد.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="37"/>
        <source>Recorded without consent on file</source>
        <translation>سُجِّل دون موافقة مسجَّلة</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="64"/>
        <source>Cannot start recording</source>
        <translation>تعذّر بدء التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="83"/>
        <source>Consent before recording</source>
        <translation>الموافقة قبل التسجيل</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="85"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation>لم يسمح كل المشاركين في هذه المقابلة بالتسجيل الصوتي:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="92"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation>سجّل موافقتهم الآن، أو سجّل على أي حال (تُحفظ ملاحظة بذلك مع المقابلة)، أو ألغِ.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="99"/>
        <source>Record &amp;consent now…</source>
        <translation>تسجيل ال&amp;موافقة الآن…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="103"/>
        <source>Record &amp;anyway</source>
        <translation>التسجيل على &amp;أي حال</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="144"/>
        <source>%1 started an audio recording on %2 although not every participant had allowed it:</source>
        <translation>بدأ %1 تسجيلًا صوتيًا في %2 مع أن بعض المشاركين لم يسمحوا به:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="162"/>
        <source>Consent note</source>
        <translation>ملاحظة عن الموافقة</translation>
    </message>
</context>
</TS>
