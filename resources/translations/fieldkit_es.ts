<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="151"/>
        <source>About fieldkit</source>
        <translation>Acerca de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="152"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Entrevistas, observaciones y codificación para la investigación de campo, primero sin conexión, con un servidor de equipo cuando hay conexión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="60"/>
        <source>fieldkit cannot open its data</source>
        <translation>fieldkit no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="54"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="68"/>
        <source>Starting audio…</source>
        <translation>Iniciando el audio…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Abra una grabación para insertar marcas de tiempo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation>Ctrl+clic para reproducir desde %1</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="79"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="80"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="85"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="86"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="87"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation>Reproducir o pausar (F8 en la transcripción)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="89"/>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="95"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="97"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="98"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="102"/>
        <source>Add recording…</source>
        <translation>Añadir grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="103"/>
        <source>Attach a recording file to this interview</source>
        <translation>Adjuntar un archivo de grabación a esta entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="105"/>
        <source>Play:</source>
        <translation>Reproducir:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="179"/>
        <source>Opening the recording…</source>
        <translation>Abriendo la grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="208"/>
        <source>Attach recordings</source>
        <translation>Adjuntar grabaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="210"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation>Grabaciones (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="221"/>
        <source>Adding the recording…</source>
        <translation>Añadiendo la grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="239"/>
        <source>Recording not attached</source>
        <translation>Grabación no adjuntada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="247"/>
        <source>Adding recordings</source>
        <translation>Añadiendo grabaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="261"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="274"/>
        <source>No recording yet</source>
        <translation>Aún no hay grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="357"/>
        <source>This recording cannot be played: %1</source>
        <translation>No se puede reproducir esta grabación: %1</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="90"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="91"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="97"/>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="98"/>
        <source>Start recording</source>
        <translation>Empezar a grabar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="99"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="100"/>
        <source>Pause or resume recording</source>
        <translation>Pausar o reanudar la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="101"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="102"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="104"/>
        <source>Record:</source>
        <translation>Grabar:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="106"/>
        <source>Recording time</source>
        <translation>Tiempo de grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="96"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="152"/>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="187"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation>Este micrófono no puede grabar sonido de 16 bits; elija otro.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="411"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation>Grabando… se guarda en el disco cada pocos segundos.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="237"/>
        <source>Cannot start recording</source>
        <translation>No se puede empezar a grabar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="251"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation>No se pudo abrir el micrófono %1; ¿lo está usando otro programa?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="291"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation>En pausa. Todo lo grabado hasta ahora está guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>Guardando la grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="337"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation>Grabación guardada (%1) y adjuntada a esta entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="343"/>
        <source>Nothing was recorded.</source>
        <translation>No se grabó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="345"/>
        <source>The recording was not attached; see the message.</source>
        <translation>La grabación no se adjuntó; vea el mensaje.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="346"/>
        <source>Recording not attached</source>
        <translation>Grabación no adjuntada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="350"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation>La grabación se conserva y se adjuntará en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="351"/>
        <source>Recording not attached yet</source>
        <translation>Grabación aún no adjuntada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="377"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation>El micrófono dejó de funcionar; lo grabado hasta ahora está guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="387"/>
        <source>Waiting for sound from the microphone…</source>
        <translation>Esperando sonido del micrófono…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="400"/>
        <source>No sound is coming from %1: nothing is being recorded!</source>
        <translation>No llega sonido de %1: ¡no se está grabando nada!</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="404"/>
        <source>No sound has reached fieldkit from %1 for a few seconds, so nothing is being recorded. Check that it is plugged in and switched on, or choose another microphone in the list. What was recorded before is saved.</source>
        <translation>No ha llegado sonido a fieldkit desde %1 durante unos segundos, así que no se está grabando nada. Compruebe que está conectado y encendido, o elija otro micrófono de la lista. Lo grabado antes está guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="424"/>
        <source>%1 cannot record in this recording's format: stop, then record again.</source>
        <translation>%1 no puede grabar en el formato de esta grabación: detenga y vuelva a grabar.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="445"/>
        <source>Recording stopped: %1</source>
        <translation>Grabación detenida: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="480"/>
        <source>Connect a microphone.</source>
        <translation>Conecte un micrófono.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="481"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation>No se encontró ningún micrófono: conecte uno, o enciéndalo, para grabar.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="84"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="97"/>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="86"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation>p. ej. Campamentos comunitarios de lectura, Kisumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>e.g. school, NGO programme</source>
        <translation>p. ej. escuela, programa de ONG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="91"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="92"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>village, town or district</source>
        <translation>aldea, ciudad o distrito</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="96"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="100"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="101"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="102"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Localidad:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation>Acciones del caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="61"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="189"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation>Acciones del libro de códigos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation>Filtrar temas…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation>Filtrar temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="132"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Add theme</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="134"/>
        <source>Sub-theme</source>
        <translation>Subtema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="136"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="138"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="139"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="140"/>
        <source>Merge into…</source>
        <translation>Fusionar en…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="141"/>
        <source>Delete theme…</source>
        <translation>Eliminar tema…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="145"/>
        <source>Show coded passages</source>
        <translation>Mostrar fragmentos codificados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="156"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="157"/>
        <source>More theme actions</source>
        <translation>Más acciones del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="270"/>
        <source>Pin to Alt+N</source>
        <translation>Fijar en Alt+N</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="275"/>
        <source>(now %1)</source>
        <translation>(ahora %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="282"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="296"/>
        <source>Pin theme</source>
        <translation>Fijar tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="306"/>
        <source>Theme colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Name of the new theme:</source>
        <translation>Nombre del nuevo tema:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="327"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>Nombre del nuevo subtema de «%1»:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="328"/>
        <source>Add sub-theme</source>
        <translation>Añadir subtema</translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation>codificado por %1</translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="29"/>
        <source>Code with theme</source>
        <translation>Codificar con un tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="32"/>
        <source>Type a theme's name…</source>
        <translation>Escriba el nombre de un tema…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="33"/>
        <source>Theme filter</source>
        <translation>Filtro de temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="35"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="58"/>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="60"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation>Un tema nuevo en el libro de códigos, aplicado de inmediato a estas palabras</translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation>Codificaciones de este registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation>Aún no hay codificaciones. Seleccione palabras y pulse Ctrl+K (o Alt+1…9 para los temas fijados).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation>(su texto se eliminó)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo on this coding:</source>
        <translation>Memo sobre esta codificación:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="112"/>
        <source>&amp;Show in the text</source>
        <translation>&amp;Mostrar en el texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="115"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Editar memo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="119"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Quitar codificación</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="47"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="51"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation>Estos campos se cambiaron en dos portátiles al mismo tiempo. La sincronización conservó la edición más reciente y apartó el otro valor. Elija el valor que desea conservar o escriba uno combinado; su elección se sincroniza con el equipo como cualquier edición.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="100"/>
        <source>Now in the record</source>
        <translation>Ahora en el registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="61"/>
        <source>Unresolved conflicts</source>
        <translation>Conflictos sin resolver</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="73"/>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="75"/>
        <source>&amp;Keep the value in the record</source>
        <translation>&amp;Conservar el valor del registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="77"/>
        <source>Use the &amp;other value</source>
        <translation>Usar el &amp;otro valor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="79"/>
        <source>Save the &amp;merged value</source>
        <translation>Guardar el valor &amp;combinado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="83"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation>No hay conflictos. Cuando el mismo campo se cambia en dos portátiles antes de sincronizarse, ambos valores aparecen aquí para que usted elija.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="105"/>
        <source>The other value</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="114"/>
        <source>Or merge them</source>
        <translation>O combínelos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="150"/>
        <source>Cannot list the conflicts</source>
        <translation>No se pueden listar los conflictos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="197"/>
        <source> (this record was deleted since)</source>
        <translation> (este registro se eliminó después)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="215"/>
        <source>unknown device</source>
        <translation>dispositivo desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="217"/>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="219"/>
        <source>another laptop (device %1)</source>
        <translation>otro portátil (dispositivo %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="221"/>
        <source>Changed on %1</source>
        <translation>Cambiado el %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation>Cambiado el %1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="250"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="258"/>
        <source>Cannot resolve this conflict</source>
        <translation>No se puede resolver este conflicto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="80"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="81"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="167"/>
        <source>e.g. 2024-03-15 or 15/03/2024</source>
        <translation>p. ej. 2024-03-15 o 15/03/2024</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="170"/>
        <source>Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down</source>
        <translation>Escriba una fecha (2024-03-15, 15/03/2024, 15 marzo 2024, hoy) o pulse Alt+Flecha abajo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="178"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="182"/>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="185"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="190"/>
        <source>%1 in words</source>
        <translation>%1 en letras</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="221"/>
        <source>%1 is required.</source>
        <translation>El campo «%1» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="230"/>
        <source>%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, or pick it from the calendar.</source>
        <translation>«%1»: «%2» no es una fecha legible: escríbala como 2024-03-15 o 15/03/2024, o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="240"/>
        <source>%1 %2 is in the future: write the day it happened.</source>
        <translation>«%1»: %2 está en el futuro; escriba el día en que ocurrió.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="268"/>
        <source>Calendar for %1</source>
        <translation>Calendario de «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="316"/>
        <source>optional; e.g. 09:30 or 2:15 pm</source>
        <translation>opcional; p. ej. 09:30 o 14:15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="328"/>
        <source>%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm.</source>
        <translation>«%1»: «%2» no es una hora del día: escríbala como 09:30 o 14:15.</translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="49"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="153"/>
        <source>Undo &amp;delete</source>
        <translation>Deshacer &amp;eliminación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="74"/>
        <source>Cannot delete this</source>
        <translation>No se puede eliminar esto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="83"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="95"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="126"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="84"/>
        <source>Delete the %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="86"/>
        <source>It takes with it %1.</source>
        <translation>Se elimina también: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="89"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation>Para conservar sus codificaciones bajo otro tema, fusiónelo en su lugar (Más ▸ Fusionar en…). </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="92"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation>Puede deshacerlo con Ctrl+Z (Edición ▸ Deshacer eliminación).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="119"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation>Eliminado: %1. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="139"/>
        <source>Cannot undo the delete</source>
        <translation>No se puede deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="142"/>
        <source>Restored the %1.</source>
        <translation>Restaurado: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="151"/>
        <source>Undo &amp;delete of %1</source>
        <translation>Deshacer &amp;eliminación de %1</translation>
    </message>
</context>
<context>
    <name>DeleteWording</name>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="24"/>
        <source>study “%1”</source>
        <translation>estudio «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="25"/>
        <source>case “%1”</source>
        <translation>caso «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="26"/>
        <source>participant “%1”</source>
        <translation>participante «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="27"/>
        <source>interview “%1”</source>
        <translation>entrevista «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="28"/>
        <source>observation “%1”</source>
        <translation>observación «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="29"/>
        <source>theme “%1”</source>
        <translation>tema «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="30"/>
        <source>coding “%1”</source>
        <translation>codificación «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="31"/>
        <source>tag “%1”</source>
        <translation>etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="32"/>
        <source>free-word tag “%1”</source>
        <translation>etiqueta libre «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="33"/>
        <source>memo “%1”</source>
        <translation>memo «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="34"/>
        <source>photo “%1”</source>
        <translation>foto «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="35"/>
        <source>recording “%1”</source>
        <translation>grabación «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="36"/>
        <source>file “%1”</source>
        <translation>archivo «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%Ln observación</numerusform>
            <numerusform>%Ln observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%Ln vínculo de participante</numerusform>
            <numerusform>%Ln vínculos de participante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46"/>
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>%Ln subtema</numerusform>
            <numerusform>%Ln subtemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50"/>
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta libre</numerusform>
            <numerusform>%Ln etiquetas libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%Ln memo</numerusform>
            <numerusform>%Ln memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%Ln grabación</numerusform>
            <numerusform>%Ln grabaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="55"/>
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>%Ln nombre que ocultar</numerusform>
            <numerusform>%Ln nombres que ocultar</numerusform>
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
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation>Eliminar p&amp;articipante…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation>No se puede abrir esto</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation>Codificar con %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation>Quitar codificación %1</translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation>Codificaciones actualizadas con los cambios del equipo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation>Este texto se actualizó con los cambios del equipo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation>No se pudo recargar este registro: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation>Alguien cambió este texto en otro portátil mientras usted escribía. Su versión está guardada aquí; la otra se conserva en Sincronizar ▸ Conflictos, donde puede recuperarla o combinar ambas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation>Lo que escribió está guardado; la otra versión se conserva como conflicto.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="129"/>
        <source>Encrypt this folder</source>
        <translation>Cifrar esta carpeta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="132"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation>Todo lo que hay en esta carpeta de datos se cifrará con una frase de contraseña. Nadie puede recuperar una frase de contraseña olvidada: sin ella, o sin la clave de recuperación que verá a continuación, las entrevistas se pierden para siempre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="142"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation>Entiendo que una frase de contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="151"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="171"/>
        <source>Tick the box to confirm you understand.</source>
        <translation>Marque la casilla para confirmar que lo entiende.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="39"/>
        <source>Case-study &amp;PDF…</source>
        <translation>&amp;PDF del estudio de caso…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="40"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>Proyecto &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="41"/>
        <source>&amp;CSV tables…</source>
        <translation>Tablas &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="42"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation>&amp;Importar proyecto REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Create or select a study first.</source>
        <translation>Primero cree o seleccione un estudio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="109"/>
        <source>Export case-study PDF</source>
        <translation>Exportar PDF del estudio de caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="110"/>
        <source>This PDF will leave some material out.</source>
        <translation>Este PDF dejará fuera parte del material.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="113"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="146"/>
        <source>Export REFI-QDA project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="183"/>
        <source>Exporting REFI-QDA project</source>
        <translation>Exportando proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="190"/>
        <source>Folder for CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="211"/>
        <source>Exporting CSV tables</source>
        <translation>Exportando tablas CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="216"/>
        <source>Import REFI-QDA project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="228"/>
        <source>Imported “%1”: %2, %3.</source>
        <translation>«%1» importado: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="239"/>
        <source>Importing REFI-QDA project</source>
        <translation>Importando proyecto REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="43"/>
        <source>Export log</source>
        <translation>Registro de exportaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="45"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="46"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="47"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="48"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="49"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="50"/>
        <source>Withheld</source>
        <translation>No divulgado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="51"/>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="54"/>
        <source>Exports of this study</source>
        <translation>Exportaciones de este estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="81"/>
        <source>anonymised %1</source>
        <comment>an export's format, e.g. anonymised pdf</comment>
        <translation>%1 anonimizado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="88"/>
        <source>the whole study</source>
        <translation>todo el estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="90"/>
        <source>full dump</source>
        <translation>copia completa de los datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92"/>
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>todos los casos (%Ln archivo)</numerusform>
            <numerusform>todos los casos (%Ln archivos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="96"/>
        <source>case “%1”</source>
        <comment>an export's scope: one case</comment>
        <translation>caso «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="97"/>
        <source>case %1</source>
        <comment>an export's scope: one case, by id</comment>
        <translation>caso %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="105"/>
        <source>no consent rules (a full dump, not for sharing)</source>
        <translation>sin reglas de consentimiento (copia completa de los datos, no para compartir)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="37"/>
        <source>Withheld: %1.</source>
        <translation>No divulgado: %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="40"/>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Guardado: %1 (%Ln página).</numerusform>
            <numerusform>Guardado: %1 (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46"/>
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>%Ln archivo CSV guardado en %1.</numerusform>
            <numerusform>%Ln archivos CSV guardados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49"/>
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln archivo de estudio de caso guardado en %1.</numerusform>
            <numerusform>%Ln archivos de estudio de caso guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="52"/>
        <source>Cancelled before the end.</source>
        <translation>Cancelado antes del final.</translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="226"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation>La carpeta está cifrada. Esta clave de recuperación la abre si se olvida la frase de contraseña. Imprímala o anótela, y guárdela lejos del portátil:

%1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="236"/>
        <source>&amp;Save to a file to print…</source>
        <translation>&amp;Guardar en un archivo para imprimir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="243"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="252"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="264"/>
        <source>&amp;Encrypt this folder…</source>
        <translation>&amp;Cifrar esta carpeta…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="276"/>
        <source>&amp;Lock when idle</source>
        <translation>&amp;Bloquear por inactividad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="281"/>
        <source>After %1 minutes</source>
        <translation>Tras %1 minutos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="283"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="340"/>
        <source>The folder was not encrypted</source>
        <translation>La carpeta no se cifró</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="129"/>
        <source>%1 is required.</source>
        <translation>El campo «%1» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="150"/>
        <source>Please fix these %1 things, then save again:</source>
        <translation>Corrija estos %1 puntos y vuelva a guardar:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="166"/>
        <source>Problem with this field</source>
        <translation>Problema en este campo</translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="50"/>
        <source>Free-word tags (not in the codebook)</source>
        <translation>Etiquetas libres (fuera del libro de códigos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="52"/>
        <source>Free-word tags</source>
        <translation>Etiquetas libres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="55"/>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="120"/>
        <source>Make a theme</source>
        <translation>Convertir en tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="57"/>
        <source>Add the chosen word to the codebook; its records are tagged with the theme</source>
        <translation>Añadir la palabra elegida al libro de códigos; sus registros se etiquetan con el tema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="88"/>
        <source>“%1” tags %2; it is not a codebook theme.</source>
        <translation>«%1» etiqueta %2; no es un tema del libro de códigos.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="98"/>
        <source>fieldkit user guide</source>
        <translation>Guía del usuario de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="100"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="112"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation>&lt;b&gt;Archivo ▸ Nuevo estudio…&lt;/b&gt; inicia un estudio; &lt;b&gt;Archivo ▸ Nuevo caso…&lt;/b&gt; le añade una escuela, un programa o un sitio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="116"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation>Seleccione el caso y use el menú &lt;b&gt;Caso&lt;/b&gt;: participantes y su consentimiento, entrevistas y observaciones.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="120"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation>Escriba o pegue la transcripción: se guarda mientras escribe. Grabe audio desde la barra sobre el texto; &lt;b&gt;Ctrl+T&lt;/b&gt; inserta una marca de tiempo, &lt;b&gt;F8&lt;/b&gt; reproduce.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="124"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation>Seleccione palabras y pulse &lt;b&gt;Ctrl+K&lt;/b&gt; para codificarlas con un tema (escriba un nombre nuevo para crearlo), arrastre un tema del libro de códigos sobre ellas, o fije temas en &lt;b&gt;Alt+1…9&lt;/b&gt; (clic derecho en un tema ▸ Fijar en Alt+N).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="128"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation>Etiquete un registro completo encima de su texto; escriba memos junto a las codificaciones.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview's participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation>&lt;b&gt;Edición ▸ Propiedades…&lt;/b&gt; (Alt+Intro) cambia un registro después de guardarlo, también los participantes de una entrevista; &lt;b&gt;Eliminar&lt;/b&gt; pregunta antes y nombra lo que se va con él; &lt;b&gt;Ctrl+Z&lt;/b&gt; fuera de la transcripción lo recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="135"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation>&lt;b&gt;Revisión ▸ Caso y estudio…&lt;/b&gt; compara temas entre casos; el menú &lt;b&gt;Exportar&lt;/b&gt; genera PDF de estudios de caso, proyectos REFI-QDA y CSV.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="139"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team's server; until then nothing leaves this laptop.</source>
        <translation>&lt;b&gt;Sincronizar ▸ Configuración…&lt;/b&gt; inicia sesión en el servidor de su equipo; hasta entonces nada sale de este portátil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="144"/>
        <source>The research loop</source>
        <translation>El ciclo de la investigación</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="263"/>
        <source>Colour scale</source>
        <translation>Escala de colores</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="269"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation>claro: 1 fragmento codificado; oscuro: %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="16"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="17"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="18"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="19"/>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="20"/>
        <source>Portuguese (Brazil)</source>
        <translation>portugués (Brasil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="21"/>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="22"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="23"/>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="24"/>
        <source>Bengali</source>
        <translation>bengalí</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="25"/>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="26"/>
        <source>Amharic</source>
        <translation>amárico</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="27"/>
        <source>Hausa</source>
        <translation>hausa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="28"/>
        <source>Yoruba</source>
        <translation>yoruba</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="29"/>
        <source>Igbo</source>
        <translation>igbo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="30"/>
        <source>Zulu</source>
        <translation>zulú</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="31"/>
        <source>Kinyarwanda</source>
        <translation>kinyarwanda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="32"/>
        <source>Somali</source>
        <translation>somalí</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="33"/>
        <source>Ganda</source>
        <translation>luganda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="34"/>
        <source>Wolof</source>
        <translation>wólof</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="35"/>
        <source>Nepali</source>
        <translation>nepalí</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="36"/>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="37"/>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="38"/>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="22"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="33"/>
        <source>e.g. Kiswahili, العربية, Français</source>
        <translation>p. ej. Kiswahili, العربية, Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="54"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="63"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="89"/>
        <source>Language not changed</source>
        <translation>Idioma no cambiado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="90"/>
        <source>Stop the recording first, then choose the language again.</source>
        <translation>Detenga primero la grabación y luego vuelva a elegir el idioma.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="66"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="74"/>
        <source>waiting for sound…</source>
        <translation>esperando sonido…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="75"/>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="76"/>
        <source>NO SIGNAL</source>
        <translation>SIN SEÑAL</translation>
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
        <translation>Estudios, casos y registros</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="59"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Case and &amp;study…</source>
        <translation>Caso y e&amp;studio…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="94"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="240"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Empiece con &lt;b&gt;Archivo ▸ Nuevo estudio…&lt;/b&gt;, añada casos con &lt;b&gt;Archivo ▸ Nuevo caso…&lt;/b&gt;, y participantes y su consentimiento, entrevistas y observaciones desde el menú &lt;b&gt;Caso&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="137"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Choose a case or a record on the left</source>
        <translation>Elija un caso o un registro a la izquierda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="226"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Añada un caso con &lt;b&gt;Archivo ▸ Nuevo caso…&lt;/b&gt;; después participantes, entrevistas y observaciones desde el menú &lt;b&gt;Caso&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="237"/>
        <source>This data folder holds no study yet</source>
        <translation>Esta carpeta de datos aún no contiene ningún estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="246"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team's server: the studies you belong to arrive with the first sync.</source>
        <translation>¿Se une a un equipo? Use &lt;b&gt;Sincronizar ▸ Configuración…&lt;/b&gt; para iniciar sesión en el servidor de su equipo: los estudios a los que pertenece llegan con la primera sincronización.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Interview: %1</source>
        <translation>Entrevista: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Observation: %1</source>
        <translation>Observación: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="293"/>
        <source>Cannot open this record</source>
        <translation>No se puede abrir este registro</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="233"/>
        <source>all cases</source>
        <translation>todos los casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="236"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%1 en %2: %Ln fragmento codificado</numerusform>
            <numerusform>%1 en %2: %Ln fragmentos codificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="239"/>
        <source>(with its sub-themes)</source>
        <translation>(con sus subtemas)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="247"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation>Editar memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation>Nuevo memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation>Título del memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="31"/>
        <source>Merge theme</source>
        <translation>Fusionar tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="33"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionar «%1» en:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="36"/>
        <source>Theme to merge into</source>
        <translation>Tema en el que fusionar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="49"/>
        <source>What the merge will do</source>
        <translation>Lo que hará la fusión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="55"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="72"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation>%1 codificaciones y %2 etiquetas pasarán de «%3» a «%4», junto con sus subtemas. Después «%3» se quitará del libro de códigos.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="82"/>
        <source>Choose a theme.</source>
        <translation>Elija un tema.</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="98"/>
        <source>Welcome to fieldkit</source>
        <translation>Bienvenido/a a fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="102"/>
        <source>What is your name? fieldkit writes it as Interviewer or Observer of the records you make and as “Prepared by” in your reports. You can change it later in Edit ▸ Preferences…</source>
        <translation>¿Cómo se llama? fieldkit lo escribe como entrevistador/a u observador/a de los registros que cree y en «Preparado por» de sus informes. Puede cambiarlo después en Edición ▸ Preferencias…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="181"/>
        <source>New data folder</source>
        <translation>Nueva carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="183"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation>&amp;Cifrar %1 con una frase de contraseña (recomendado en un portátil)</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>Edit interview</source>
        <translation>Editar entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="72"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="73"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="77"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation>opcional; p. ej. «Entrevista con P-01 (2024-03-01)»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="81"/>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="83"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="85"/>
        <source>Participants in this interview</source>
        <translation>Participantes en esta entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="94"/>
        <source>No participants registered in this case yet.</source>
        <translation>Aún no hay participantes registrados en este caso.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="98"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="101"/>
        <source>I&amp;nterviewer:</source>
        <translation>E&amp;ntrevistador/a:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Partic&amp;ipants:</source>
        <translation>Partic&amp;ipantes:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="124"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation>No hay ningún participante marcado: las exportaciones retendrán todas las citas de esta entrevista hasta que se vincule un participante con consentimiento otorgado. Marque quién participó, o pulse Guardar de nuevo para guardarla así.</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>New observation</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>Edit observation</source>
        <translation>Editar observación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="192"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="193"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>e.g. Grade 3 classroom</source>
        <translation>p. ej. aula de 3.er grado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="199"/>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="201"/>
        <source>First notes</source>
        <translation>Primeras notas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="202"/>
        <source>What you see; you can go on in the editor.</source>
        <translation>Lo que ve; puede continuar en el editor.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="203"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="204"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="205"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="206"/>
        <source>&amp;Setting:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="207"/>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bservador/a:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="209"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="48"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="58"/>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="52"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation>opcional; las exportaciones solo lo muestran donde se permite la atribución nominal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="56"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="59"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="64"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="72"/>
        <source>Consent status</source>
        <translation>Estado del consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="74"/>
        <source>pending (not recorded yet)</source>
        <translation>pendiente (aún no registrado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="75"/>
        <source>given</source>
        <translation>otorgado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="76"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="81"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="86"/>
        <source>today when given and left empty</source>
        <translation>hoy si se otorgó y se deja vacío</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="88"/>
        <source>Consent form</source>
        <translation>Forma del consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="90"/>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="91"/>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="95"/>
        <source>&amp;Audio recording</source>
        <translation>Grabación de &amp;audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="96"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation>&amp;Citas textuales en los informes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="97"/>
        <source>A&amp;ttribution by name</source>
        <translation>A&amp;tribución nominal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="103"/>
        <source>&amp;Form:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="107"/>
        <source>It allows:</source>
        <translation>Permite:</translation>
    </message>
</context>
<context>
    <name>ParticipantLabel</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="36"/>
        <source>consent pending</source>
        <translation>consentimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="37"/>
        <source>consent given</source>
        <translation>consentimiento dado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="49"/>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="27"/>
        <source>Participants of this case</source>
        <translation>Participantes de este caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="36"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="37"/>
        <source>It allows</source>
        <translation>Permite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="62"/>
        <source>given</source>
        <translation>otorgado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="63"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="75"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>quotes</source>
        <translation>citas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="77"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="82"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit está bloqueado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="56"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="57"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation>&amp;Recordar en este equipo (llavero)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="61"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="71"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation>La carpeta de datos %1 está cifrada. Introduzca su frase de contraseña (o su clave de recuperación).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="85"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation>Esa frase de contraseña no desbloquea esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="99"/>
        <source>Not remembered</source>
        <translation>No recordada</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="70"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="89"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="92"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="44"/>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="45"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="46"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="47"/>
        <source>Case profile</source>
        <translation>Perfil del caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="48"/>
        <source>Theme profile chart</source>
        <translation>Gráfico del perfil temático</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="49"/>
        <source>Key quotes by theme</source>
        <translation>Citas clave por tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="50"/>
        <source>Interview and observation summaries</source>
        <translation>Resúmenes de entrevistas y observaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="51"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="52"/>
        <source>Codebook appendix</source>
        <translation>Anexo: libro de códigos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="56"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation>Pequeño (para correo con conexión lenta)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="57"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation>Mediano (50 fotos ocupan menos de 5 MB)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="58"/>
        <source>Original (as taken; large files)</source>
        <translation>Original (tal como se tomaron; archivos grandes)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="119"/>
        <source>Export case-study PDF</source>
        <translation>Exportar PDF del estudio de caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>This case: %1</source>
        <translation>Este caso: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>(none selected)</source>
        <translation>(ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="124"/>
        <source>Every case of the study, into a folder</source>
        <translation>Todos los casos del estudio, en una carpeta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="127"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="129"/>
        <source>Folder for the PDFs</source>
        <translation>Carpeta para los PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="135"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation>Edición anonimizada (códigos de participante; nombres a ocultar sustituidos; sin fotos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="138"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation>Conservar las fotos (los pies de foto se ocultan; las caras y letreros que aparecen en ellas no)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="143"/>
        <source>Your name (left out when empty)</source>
        <translation>Su nombre (se omite si está vacío)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="144"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="146"/>
        <source>Photo size</source>
        <translation>Tamaño de las fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="152"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="159"/>
        <source>Themes to include (quotes and chart)</source>
        <translation>Temas a incluir (citas y gráfico)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="161"/>
        <source>Themes to include</source>
        <translation>Temas a incluir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="170"/>
        <source>PDF file:</source>
        <translation>Archivo PDF:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="172"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="175"/>
        <source>Prepared by:</source>
        <translation>Preparado por:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="176"/>
        <source>Photo size:</source>
        <translation>Tamaño de las fotos:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="177"/>
        <source>Report language:</source>
        <translation>Idioma del informe:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="218"/>
        <source>Choose where to save.</source>
        <translation>Elija dónde guardar.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="222"/>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="302"/>
        <source>Exporting case studies</source>
        <translation>Exportando estudios de caso</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="107"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="152"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="109"/>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="110"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="279"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="112"/>
        <source>Caption of the selected photo</source>
        <translation>Pie de la foto seleccionada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="113"/>
        <source>Photo caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="121"/>
        <source>&amp;Delete photo…</source>
        <translation>&amp;Eliminar foto…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>No photos</source>
        <translation>Sin fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="248"/>
        <source>Photos cannot be shown: %1</source>
        <translation>No se pueden mostrar las fotos: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="281"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="319"/>
        <source>Adding photos</source>
        <translation>Añadiendo fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="337"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation>Se añadieron %1 de %2 archivos. Estos no se añadieron:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="342"/>
        <source>No photo was added:</source>
        <translation>No se añadió ninguna foto:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="344"/>
        <source>Some files are not photos</source>
        <translation>Algunos archivos no son fotos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="354"/>
        <source>Photos not added</source>
        <translation>Fotos no añadidas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation>Pie de foto no guardado</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation>Foto — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="197"/>
        <source>This photo cannot be shown: %1</source>
        <translation>No se puede mostrar esta foto: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>e.g. Amina Yusuf</source>
        <translation>p. ej. Amina Yusuf</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Shown as Interviewer or Observer of new records and as “Prepared by” in reports.</source>
        <translation>Se muestra como entrevistador/a u observador/a de los registros nuevos y en «Preparado por» de los informes.</translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="61"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="62"/>
        <source>Export &amp;log…</source>
        <translation>&amp;Registro de exportaciones…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="64"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation>&amp;Retirar y borrar a un participante…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="96"/>
        <source>This folder has never been backed up: File ▸ Back up…</source>
        <translation>Esta carpeta nunca tuvo copia de seguridad: Archivo ▸ Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="98"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation>Su última copia de seguridad tiene más de una semana: Archivo ▸ Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="111"/>
        <source>Back up this data folder</source>
        <translation>Hacer copia de seguridad de esta carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="123"/>
        <source>A passphrase to encrypt the backup (leave empty for none). A forgotten passphrase cannot be recovered:</source>
        <translation>Una frase de contraseña para cifrar la copia de seguridad (dejar vacío para ninguna). Una frase olvidada no se puede recuperar:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="141"/>
        <source>Backed up to {0} ({1}), encrypted with your passphrase.</source>
        <translation>Copia de seguridad guardada en {0} ({1}), cifrada con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="143"/>
        <source>Backed up to {0} ({1}), encrypted with this folder's key.</source>
        <translation>Copia de seguridad guardada en {0} ({1}), cifrada con la clave de esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="145"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation>Copia guardada en {0} ({1}). Sin cifrar: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="151"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="153"/>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="159"/>
        <source>Type the backup's passphrase again:</source>
        <translation>Escriba de nuevo la frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="164"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="171"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="165"/>
        <source>The two passphrases differ. Nothing was backed up: try again.</source>
        <translation>Las dos frases de contraseña no coinciden. No se guardó nada: inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="183"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="190"/>
        <source>An empty folder for the restored data</source>
        <translation>Una carpeta vacía para los datos restaurados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="197"/>
        <source>The passphrase of this backup:</source>
        <translation>La frase de contraseña de esta copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="208"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation>Se restauraron {0} archivos en {1}. Ábrala con: fieldkit --data-dir {1}; adopta una nueva identidad de dispositivo en su primera sincronización (inicie sesión de nuevo).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="215"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="217"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="271"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="343"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="278"/>
        <source>Select the participant's case first.</source>
        <translation>Primero seleccione el caso del participante.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="290"/>
        <source>This case has no participants.</source>
        <translation>Este caso no tiene participantes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="294"/>
        <source>Withdraw and erase</source>
        <translation>Retirar y borrar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="295"/>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="307"/>
        <source>Withdraw and erase {0}</source>
        <translation>Retirar y borrar a {0}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="310"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation>{0} retira su consentimiento. Esto borra, en este portátil, en el servidor y en todos los portátiles que sincronicen, y no se puede deshacer:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="334"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation>{0} borrado aquí; la próxima sincronización lo borra en todas partes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="345"/>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation>Nuevo &amp;estudio…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation>Nuevo &amp;caso…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar caso…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation>Nuevo &amp;participante…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation>Editar p&amp;articipante…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation>Nueva &amp;entrevista…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation>Nueva &amp;observación…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation>&amp;Nombres a ocultar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation>Primero seleccione un caso.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="251"/>
        <source>Create a study first.</source>
        <translation>Primero cree un estudio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="257"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="279"/>
        <source>Cannot open this</source>
        <translation>No se puede abrir esto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269"/>
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>%Ln nombre en la lista del estudio para ocultar.</numerusform>
            <numerusform>%Ln nombres en la lista del estudio para ocultar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="258"/>
        <source>Your name (remembered for next time)</source>
        <translation>Su nombre (se recuerda para la próxima vez)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="85"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="175"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="174"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="177"/>
        <source>setting: %1</source>
        <translation>entorno: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="284"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation>Lo último que escribió aún no está guardado: %1 Permanece aquí en el editor.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="304"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="315"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation>Ningún tema está fijado en Alt+%1: haga clic derecho en un tema del libro de códigos ▸ Fijar en Alt+N.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="349"/>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="353"/>
        <source>Theme not created</source>
        <translation>Tema no creado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="358"/>
        <source>Select some words first, then choose a theme.</source>
        <translation>Primero seleccione algunas palabras y luego elija un tema.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="380"/>
        <source>These words are already coded with %1.</source>
        <translation>Estas palabras ya están codificadas con %1.</translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Memos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation>Memos de este registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation>&amp;Añadir memo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation>Eliminar memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Editar memo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation>&amp;Eliminar memo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation>¿Eliminar el memo «%1»?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="61"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="63"/>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="64"/>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="145"/>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="146"/>
        <source>Remove tag %1</source>
        <translation>Quitar etiqueta %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="159"/>
        <source>Free-word tag “%1” (not a codebook theme). Click to remove it.</source>
        <translation>Etiqueta libre «%1» (no es un tema del libro de códigos). Haga clic para quitarla.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="163"/>
        <source>Remove free-word tag %1</source>
        <translation>Quitar la etiqueta libre %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="206"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation>«%1» no es un tema: elija una sugerencia o escríbalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="228"/>
        <source>Not a theme</source>
        <translation>No es un tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="231"/>
        <source>“%1” is not a theme in this study's codebook. Tag this record with it as a free word, or add it to the codebook as a new theme?</source>
        <translation>«%1» no es un tema del libro de códigos de este estudio. ¿Etiquetar este registro con ella como palabra libre, o añadirla al libro de códigos como tema nuevo?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="235"/>
        <source>Tag as a free word</source>
        <translation>Etiquetar como palabra libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="236"/>
        <source>Add as a theme</source>
        <translation>Añadir como tema</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingRecovery</name>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="40"/>
        <source>Unfinished recordings</source>
        <translation>Grabaciones sin terminar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="41"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation>fieldkit no pudo comprobar si hay grabaciones sin terminar: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="67"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation>Se recuperaron %1 grabaciones interrumpidas la última vez y se adjuntaron a sus entrevistas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="77"/>
        <source>Recordings kept, not attached</source>
        <translation>Grabaciones conservadas, no adjuntadas</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation>persona → [nombre]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation>lugar → [lugar]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation>otro → [oculto]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation>conservar: nunca se sustituye</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation>Nombres a ocultar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation>Las ediciones anonimizadas sustituyen estos nombres y lugares en todas partes: títulos, texto, citas, nombres de archivo y propiedades del PDF; sin distinguir mayúsculas ni acentos, como palabras completas. Añada otras grafías (también en otras escrituras) separadas por «;».</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation>Nombres y lugares a ocultar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation>Nombre o lugar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation>Otras grafías</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation>&amp;Añadir nombre o lugar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation>esta lista</translation>
    </message>
</context>
<context>
    <name>ReportLanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_export.py" line="22"/>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="85"/>
        <source>Case and study review</source>
        <translation>Revisión de caso y estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="98"/>
        <source>Review views</source>
        <translation>Vistas de revisión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="102"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="104"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="114"/>
        <source>Case profile</source>
        <translation>Perfil del caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="121"/>
        <source>Cases and themes</source>
        <translation>Casos y temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="137"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation>Fragmentos codificados por celda (un tema padre cuenta sus subtemas):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="142"/>
        <source>Study matrix</source>
        <translation>Matriz del estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="145"/>
        <source>Export c&amp;hart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="146"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation>Guardar el gráfico del perfil del caso como PNG o SVG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="147"/>
        <source>Export &amp;matrix…</source>
        <translation>Exportar &amp;matriz…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="148"/>
        <source>Save the study matrix as CSV</source>
        <translation>Guardar la matriz del estudio como CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="157"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation>Haga clic en una barra o una celda para listar sus fragmentos codificados.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="161"/>
        <location filename="../../fieldkit/ui/review/window.py" line="288"/>
        <source>Coded passages</source>
        <translation>Fragmentos codificados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="173"/>
        <source>Whole quote</source>
        <translation>Cita completa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="239"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="241"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="242"/>
        <source>%1 - theme profile.png</source>
        <comment>a suggested file name</comment>
        <translation>%1 - perfil temático.png</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="243"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="248"/>
        <source>Theme profile: %1</source>
        <translation>Perfil temático: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="251"/>
        <source>Cannot export the chart</source>
        <translation>No se puede exportar el gráfico</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>Export matrix</source>
        <translation>Exportar matriz</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>study matrix.csv</source>
        <translation>matriz del estudio.csv</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="261"/>
        <source>Cannot export the matrix</source>
        <translation>No se puede exportar la matriz</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="277"/>
        <source>all cases</source>
        <translation>todos los casos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="295"/>
        <source>(the whole record is tagged)</source>
        <translation>(todo el registro está etiquetado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="298"/>
        <source>(audio or detached passage)</source>
        <translation>(fragmento de audio o separado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307"/>
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%Ln fragmento codificado</numerusform>
            <numerusform>%Ln fragmentos codificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="308"/>
        <source>No coded passages here.</source>
        <translation>No hay fragmentos codificados aquí.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="19"/>
        <source>learner</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="20"/>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="21"/>
        <source>parent</source>
        <translation>madre o padre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="22"/>
        <source>community member</source>
        <translation>miembro de la comunidad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="23"/>
        <source>school leader</source>
        <translation>director escolar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="24"/>
        <source>official</source>
        <translation>funcionario público</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="25"/>
        <source>NGO staff</source>
        <translation>personal de ONG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="26"/>
        <source>researcher</source>
        <translation>investigador</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="27"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="65"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation>Buscar en transcripciones, notas, casos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation>Palabras a buscar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="292"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Free-word tag</source>
        <translation>Etiqueta libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Any tags</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="120"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="127"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="216"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="231"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="248"/>
        <source>(the whole record is tagged)</source>
        <translation>(todo el registro está etiquetado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="250"/>
        <source>(audio passage)</source>
        <translation>(fragmento de audio)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>%Ln fragmento codificado con «%1»</numerusform>
            <numerusform>%Ln fragmentos codificados con «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="263"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation>Aún no hay ningún fragmento codificado con «%1» aquí.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="290"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="291"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="293"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="347"/>
        <source>Open record</source>
        <translation>Abrir registro</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/sync/server_monitor.py" line="145"/>
        <source>this computer has no network connection</source>
        <translation>este equipo no tiene conexión de red</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="47"/>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Changes set aside</source>
        <translation>Cambios apartados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="51"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation>Estos cambios llegaron del servidor pero aún no se pudieron aplicar en este portátil, así que la sincronización los apartó y continuó con todo lo demás. La mayoría espera un registro que aún no ha llegado; se aplican solos cuando llega.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="63"/>
        <source>The server refused these changes made on this laptop. They are kept here with the server's reason, and everything else was sent. Send one again once its cause is fixed (for example after the server is updated), or discard it: the record keeps its values on this laptop.</source>
        <translation>El servidor rechazó estos cambios hechos en este portátil. Se guardan aquí con el motivo del servidor, y todo lo demás se envió. Envíe uno de nuevo cuando se haya corregido la causa (por ejemplo, después de actualizar el servidor), o descártelo: el registro conserva sus valores en este portátil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>Your changes the server refused</source>
        <translation>Sus cambios rechazados por el servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>The server's reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="74"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="76"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="155"/>
        <source>Not sent again</source>
        <translation>No se envió de nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="163"/>
        <source>Discard the refused change</source>
        <translation>Descartar el cambio rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="165"/>
        <source>Never send this change of %1? The record keeps its values on this laptop; the team will not get them.</source>
        <translation>¿No enviar nunca este cambio de %1? El registro conserva sus valores en este portátil; el equipo no los recibirá.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="171"/>
        <source>Not discarded</source>
        <translation>No se descartó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="58"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation>Nada apartado: se aplicó todo lo recibido.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="115"/>
        <source>Cannot list the changes set aside</source>
        <translation>No se pueden listar los cambios apartados</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="61"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="66"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <source>Code with the theme pinned to that key</source>
        <translation>Codificar con el tema fijado en esa tecla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Leave the transcript</source>
        <translation>Salir de la transcripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <translation>Abriendo sus datos en %1…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="10"/>
        <source>{field} must not be empty</source>
        <translation>El campo «{field}» no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="11"/>
        <source>{field} is too long ({length} characters; at most {most})</source>
        <translation>El campo «{field}» es demasiado largo ({length} caracteres; como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="12"/>
        <source>{field} is required (YYYY-MM-DD)</source>
        <translation>El campo «{field}» es obligatorio (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="13"/>
        <source>{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>{value} no es una fecha válida para «{field}»; escríbala como AAAA-MM-DD, p. ej. 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="16"/>
        <source>time {value} is not valid; write it as HH:MM, e.g. 09:30</source>
        <translation>La hora {value} no es válida; escríbala como HH:MM, p. ej. 09:30</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="17"/>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>El campo «{field}» debe ser uno de estos valores: {allowed} (no {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="18"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="318"/>
        <source>colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4</source>
        <translation>El color {value} no es válido; escríbalo como #RRGGBB, p. ej. #1f77b4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="20"/>
        <source>the consent date {date} is in the future; write the day consent was given (today at the latest)</source>
        <translation>La fecha del consentimiento {date} está en el futuro; escriba el día en que se otorgó el consentimiento (hoy como muy tarde)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="25"/>
        <source>participant code {code} is already used in this study (by {other})</source>
        <translation>El código de participante {code} ya se usa en este estudio (por {other})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="28"/>
        <source>language {value} is not a language fieldkit knows; choose one from the list, or write its code, e.g. en, fr, sw, hi or pt-BR</source>
        <translation>El idioma {value} no es un idioma que fieldkit conozca; elija uno de la lista o escriba su código, p. ej. en, fr, sw, hi o pt-BR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="33"/>
        <source>the observation's description is empty</source>
        <translation>La descripción de la observación está vacía</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="35"/>
        <source>a theme name is required</source>
        <translation>Se necesita un nombre de tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="36"/>
        <source>a theme called {name} already exists in this study</source>
        <translation>Ya existe un tema llamado {name} en este estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="38"/>
        <source>The server at {at} showed a certificate this laptop does not trust ({why}). If your team runs its own certificate authority, sign in again with its certificate (a PEM file; --ca-file in the terminal).</source>
        <translation>El servidor {at} presentó un certificado en el que este equipo no confía ({why}). Si su equipo tiene su propia autoridad de certificación, vuelva a iniciar sesión con su certificado (un archivo PEM; --ca-file en la terminal).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="44"/>
        <source>No secure connection could be made to the server at {at} ({why}). Check the address: https:// is for a server with a certificate, http:// for one without.</source>
        <translation>No se pudo establecer una conexión segura con el servidor {at} ({why}). Compruebe la dirección: https:// es para un servidor con certificado, http:// para uno sin él.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="49"/>
        <source>The server name {host} could not be found. Check the address for typing mistakes, and that this laptop is connected to the internet or your network.</source>
        <translation>No se encontró el nombre de servidor {host}. Compruebe que la dirección no tenga errores de escritura y que este equipo esté conectado a internet o a su red.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="54"/>
        <source>The server at {at} took too long to answer. The connection may be slow or the server busy; try again later.</source>
        <translation>El servidor {at} tardó demasiado en responder. La conexión puede ser lenta o el servidor estar ocupado; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="59"/>
        <source>The server at {at} did not answer (connection refused). Check the address and that the server is running.</source>
        <translation>El servidor {at} no respondió (conexión rechazada). Compruebe la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="64"/>
        <source>The connection to the server at {at} was cut off. Try again; if it keeps happening, the network or the server is unstable.</source>
        <translation>La conexión con el servidor {at} se cortó. Inténtelo de nuevo; si sigue ocurriendo, la red o el servidor es inestable.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="69"/>
        <source>The server at {at} cannot be reached from this network (no route). Check that this laptop is connected, then the address.</source>
        <translation>No se puede llegar al servidor {at} desde esta red (sin ruta). Compruebe que este equipo esté conectado y, después, la dirección.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="74"/>
        <source>The server at {at} could not be reached ({why}). Check the address and that the server is running.</source>
        <translation>No se pudo conectar con el servidor {at} ({why}). Compruebe la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="79"/>
        <source> (it said: {detail})</source>
        <translation> (respondió: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="80"/>
        <source>The server at {at} did not accept the sign-in{said}. Check your user name and password, or sign in again.</source>
        <translation>El servidor {at} no aceptó el inicio de sesión{said}. Compruebe su nombre de usuario y contraseña, o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="85"/>
        <source>The server at {at} does not allow this account to do that{said}. Ask your team lead for access.</source>
        <translation>El servidor {at} no permite que esta cuenta haga eso{said}. Pida acceso a su responsable de equipo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="90"/>
        <source>The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.</source>
        <translation>La dirección {at} responde, pero no como un servidor de fieldkit (HTTP 404). Compruebe la dirección.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="94"/>
        <source>The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try again later, and tell your team lead if it lasts.</source>
        <translation>El servidor {at} tuvo un problema propio (HTTP {status}). No se perdió nada; inténtelo más tarde y avise a su responsable de equipo si persiste.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="99"/>
        <source>The server at {at} refused the request (HTTP {status}){said}.</source>
        <translation>El servidor {at} rechazó la solicitud (HTTP {status}){said}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="12"/>
        <source>an observation can hold photos and documents, not audio recordings</source>
        <translation>Una observación puede contener fotos y documentos, no grabaciones de audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="16"/>
        <source>a case can hold photos and documents, not audio recordings</source>
        <translation>Un caso puede contener fotos y documentos, no grabaciones de audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="17"/>
        <source>attachment kind {kind} is unknown; use photo, audio or document</source>
        <translation>El tipo de adjunto {kind} es desconocido; use photo, audio o document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="18"/>
        <source>a {record} cannot hold attachments</source>
        <translation>Un elemento de tipo {record} no puede tener adjuntos</translation>
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
        <translation>La foto {name} ocupa {size}; se aceptan fotos de hasta {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="22"/>
        <source>the recording {name} is {size}; audio recordings up to {limit} are accepted</source>
        <translation>La grabación {name} ocupa {size}; se aceptan grabaciones de audio de hasta {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="26"/>
        <source>the document {name} is {size}; documents up to {limit} are accepted</source>
        <translation>El documento {name} ocupa {size}; se aceptan documentos de hasta {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="30"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="290"/>
        <source>the file {path} does not exist</source>
        <translation>El archivo {path} no existe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="31"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="32"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="292"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="33"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="294"/>
        <source>fieldkit may not read {path} (permission denied)</source>
        <translation>fieldkit no tiene permiso para leer {path} (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="34"/>
        <source>the file {path} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="35"/>
        <source>an attachment needs a file name</source>
        <translation>Un adjunto necesita un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="37"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="271"/>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="270"/>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="272"/>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="40"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="273"/>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="41"/>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="42"/>
        <source>a BMP image</source>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="43"/>
        <source>a HEIC/AVIF image</source>
        <translation>una imagen HEIC/AVIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="44"/>
        <source>a WAV recording</source>
        <translation>una grabación WAV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="45"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="282"/>
        <source>an MP3 recording</source>
        <translation>una grabación MP3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="46"/>
        <source>an AAC recording</source>
        <translation>una grabación AAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="47"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="283"/>
        <source>an Ogg recording</source>
        <translation>una grabación Ogg</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="48"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="284"/>
        <source>a FLAC recording</source>
        <translation>una grabación FLAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="49"/>
        <source>an AMR recording</source>
        <translation>una grabación AMR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="50"/>
        <source>an M4A recording</source>
        <translation>una grabación M4A</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="51"/>
        <source>a WebM recording</source>
        <translation>una grabación WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="52"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="53"/>
        <source>a Word, OpenDocument or ZIP file</source>
        <translation>un archivo Word, OpenDocument o ZIP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="54"/>
        <source>an Office file</source>
        <translation>un archivo de Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="55"/>
        <source>a rich-text document</source>
        <translation>un documento de texto enriquecido (RTF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="56"/>
        <source>fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind it is</source>
        <translation>fieldkit no puede saber si {name} es una foto, una grabación o un documento; indique de qué tipo es</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="61"/>
        <source>the recording {name} is not audio (it looks like {label})</source>
        <translation>La grabación {name} no es audio (parece {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="62"/>
        <source>{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM</source>
        <translation>{name} no es una grabación que fieldkit conozca; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR o WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="66"/>
        <source>the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG on the phone or computer and attach that</source>
        <translation>La foto {name} es una imagen HEIC/AVIF, que fieldkit aún no puede mostrar; expórtela como JPEG en el teléfono o el equipo y adjunte ese archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="71"/>
        <source>the photo {name} is not an image (it looks like {label})</source>
        <translation>La foto {name} no es una imagen (parece {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="72"/>
        <source>the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), or it is damaged</source>
        <translation>La foto {name} no es una imagen que fieldkit pueda leer (JPEG, PNG, GIF, WebP, TIFF o BMP), o está dañada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="77"/>
        <source>the photo {name} has too many pixels to open safely</source>
        <translation>La foto {name} tiene demasiados píxeles para abrirla con seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="79"/>
        <source>the file {name} is empty; nothing was attached</source>
        <translation>El archivo {name} está vacío; no se adjuntó nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="80"/>
        <source>{what} {where} is missing from the data folder {folder}; sync again to fetch it, or remove it and attach the file again</source>
        <translation>Falta un archivo en la carpeta de datos {folder}: {what} {where}; sincronice de nuevo para obtenerlo, o quite el adjunto y vuelva a adjuntar el archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="85"/>
        <source>{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, or remove it and attach the file again</source>
        <translation>Archivo dañado: {what} {where}; su contenido cambió en el disco. Sincronice de nuevo para obtener una copia correcta, o quite el adjunto y vuelva a adjuntar el archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="90"/>
        <source>the photo {name}</source>
        <translation>la foto {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="91"/>
        <source>the recording {name}</source>
        <translation>la grabación {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="92"/>
        <source>the document {name}</source>
        <translation>el documento {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="93"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="293"/>
        <source>the file {name}</source>
        <translation>el archivo {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="94"/>
        <source>(attached to interview {id})</source>
        <translation>(adjunto de la entrevista {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="95"/>
        <source>(attached to observation {id})</source>
        <translation>(adjunto de la observación {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="96"/>
        <source>(attached to case {id})</source>
        <translation>(adjunto del caso {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="97"/>
        <source>(attached to {record} {id})</source>
        <translation>(adjunto del elemento {record} {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="99"/>
        <source>{path} is a folder; give the backup file's name, e.g. -o fk.bak</source>
        <translation>{path} es una carpeta; indique el nombre del archivo de la copia de seguridad, p. ej. -o fk.bak</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="100"/>
        <source>the backup file cannot be inside the data folder it backs up</source>
        <translation>El archivo de la copia de seguridad no puede estar dentro de la carpeta de datos que respalda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="12"/>
        <source>there is no study yet; create one with: fieldkit study create NAME</source>
        <translation>Aún no hay ningún estudio; cree uno con: fieldkit study create NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="15"/>
        <source>several studies exist ({names}); choose one with --study ID</source>
        <translation>Existen varios estudios ({names}); elija uno con --study ID</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="17"/>
        <source>the data folder {folder} is not encrypted (fieldkit encrypt)</source>
        <translation>La carpeta de datos {folder} no está cifrada (fieldkit encrypt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="18"/>
        <source>the recovery key could not be written to {path} ({reason}); it is printed above instead: copy it now</source>
        <translation>No se pudo escribir la clave de recuperación en {path} ({reason}); en su lugar aparece arriba: cópiela ahora</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="24"/>
        <source>nothing deleted; add --yes to delete without being asked</source>
        <translation>No se eliminó nada; añada --yes para eliminar sin que se le pregunte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="26"/>
        <source>unknown section {section}; choose from {choices}</source>
        <translation>Sección desconocida {section}; elija entre {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="27"/>
        <source>--with-photos is for anonymised editions (with --anonymised)</source>
        <translation>--with-photos es para ediciones anonimizadas (con --anonymised)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="28"/>
        <source>give the CASE_ID to export, or --all with --study</source>
        <translation>Indique el CASE_ID que quiere exportar, o --all con --study</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="29"/>
        <source>give either a CASE_ID or --all, not both</source>
        <translation>Indique un CASE_ID o --all, no ambos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="31"/>
        <source>the name is empty; use --clear to remove it</source>
        <translation>El nombre está vacío; use --clear para quitarlo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="32"/>
        <source>the name is longer than {most} characters</source>
        <translation>El nombre tiene más de {most} caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="34"/>
        <source>participant {codes} did not allow audio recording; the recording was not imported</source>
        <translation>El participante {codes} no permitió la grabación de audio; la grabación no se importó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="39"/>
        <source>give the password on standard input</source>
        <translation>Indique la contraseña en la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="41"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>No se puede crear {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="42"/>
        <source>cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="44"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>No se puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="46"/>
        <source>photo {file} ({record}) was left out: {problem}</source>
        <translation>La foto {file} ({record}) se dejó fuera: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="48"/>
        <source>unknown PDF section {section}; choose from {choices}</source>
        <translation>Sección de PDF desconocida {section}; elija entre {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="49"/>
        <source>the number of quotes per theme cannot be negative</source>
        <translation>El número de citas por tema no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="50"/>
        <source>unknown photo size {size}; choose from {choices}</source>
        <translation>Tamaño de foto desconocido {size}; elija entre {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="51"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="101"/>
        <source>the folder {folder} does not exist</source>
        <translation>La carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="52"/>
        <source>the file name {name} gives away {leaks}; rename it before sending the anonymised edition</source>
        <translation>El nombre de archivo {name} revela {leaks}; cámbielo antes de enviar la edición anonimizada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="56"/>
        <source>the PDF could not be written to {path}: {reason}</source>
        <translation>No se pudo escribir el PDF en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="57"/>
        <source>1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>Se dejó fuera 1 foto: las ediciones anonimizadas no llevan fotos salvo que se pidan (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="61"/>
        <source>{count} photos were left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>Se dejaron fuera {count} fotos: las ediciones anonimizadas no llevan fotos salvo que se pidan (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="67"/>
        <source>the file is not a picture fieldkit can read ({reason})</source>
        <translation>El archivo no es una imagen que fieldkit pueda leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="69"/>
        <source>pdftotext (poppler-utils) is needed to read a PDF's text back</source>
        <translation>Se necesita pdftotext (poppler-utils) para volver a leer el texto de un PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="70"/>
        <source>pdftotext could not read {path}: {reason}</source>
        <translation>pdftotext no pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="72"/>
        <source>{script} text in {place} could not be rendered: no font found</source>
        <translation>El texto en {script} de {place} no se pudo representar: no se encontró ninguna fuente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="74"/>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} no existe o no es un archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="75"/>
        <source>{name} holds too many files ({count})</source>
        <translation>{name} contiene demasiados archivos ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="76"/>
        <source>{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} es un archivo zip pero no un proyecto REFI-QDA: no contiene project.qde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="80"/>
        <source>{what} in {name} is too large ({size} bytes; at most {most})</source>
        <translation>{what} en {name} es demasiado grande ({size} bytes; como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="81"/>
        <source>{name} is not a REFI-QDA project: it is not a zip archive ({reason})</source>
        <translation>{name} no es un proyecto REFI-QDA: no es un archivo zip ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="85"/>
        <source>{archive} contains an unsafe file name ({entry}); it was not imported</source>
        <translation>{archive} contiene un nombre de archivo inseguro ({entry}); no se importó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="89"/>
        <source>{name} is encrypted; export it again without a password</source>
        <translation>{name} está cifrado; expórtelo de nuevo sin contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="90"/>
        <source>{name} unpacks to more than {most} GB</source>
        <translation>{name} ocupa más de {most} GB al descomprimirse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="91"/>
        <source>{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} bytes); not imported</source>
        <translation>{archive} parece una bomba zip ({entry} pasaría de {packed} a {size} bytes al descomprimirse); no se importó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="96"/>
        <source>{what} in {name} is damaged ({reason})</source>
        <translation>{what} en {name} está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="97"/>
        <source>{what} in {name} cannot be read ({reason})</source>
        <translation>{what} en {name} no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="98"/>
        <source>{what} in {name} is larger than the archive says; the file is damaged or unsafe</source>
        <translation>{what} en {name} es más grande de lo que indica el archivo; el archivo está dañado o no es seguro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="103"/>
        <source>{file} was left out: REFI-QDA files hold at most 2 GB per file</source>
        <translation>{file} se dejó fuera: los archivos REFI-QDA admiten como máximo 2 GB por archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="104"/>
        <source>{file} was left out: {problem}</source>
        <translation>{file} se dejó fuera: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="106"/>
        <source>the project file gives {what} an invalid identifier ({value}); it may be damaged</source>
        <translation>El archivo de proyecto da a {what} un identificador no válido ({value}); puede estar dañado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="111"/>
        <source>positions in {source} were counted as {counting}, not as the standard's code points; fieldkit followed the file</source>
        <translation>Las posiciones en {source} se contaron como {counting}, no como los puntos de código del estándar; fieldkit siguió el archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="116"/>
        <source>{count} picture region codings on {source} were not imported (fieldkit codes text and audio)</source>
        <translation>No se importaron {count} codificaciones de zonas de imagen en {source} (fieldkit codifica texto y audio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="121"/>
        <source>{source} is already in the study with a different text; its codings were not imported</source>
        <translation>{source} ya está en el estudio con un texto distinto; sus codificaciones no se importaron</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="125"/>
        <source>a coding in {source} names a code missing from the codebook; skipped</source>
        <translation>Una codificación en {source} nombra un código que falta en el libro de códigos; se omitió</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="129"/>
        <source>an audio selection on {source} runs from {start} to {end} ms, which is empty or negative; the project is inconsistent</source>
        <translation>Una selección de audio en {source} va de {start} a {end} ms, lo que es vacío o negativo; el proyecto es incoherente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="135"/>
        <source>the code {name} was renamed {new} (name taken)</source>
        <translation>El código {name} se renombró {new} (nombre ya usado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="136"/>
        <source>a whole-source coding names a missing code; skipped</source>
        <translation>Una codificación de fuente completa nombra un código que falta; se omitió</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="138"/>
        <source>{source} ({kind}) was not imported: fieldkit keeps audio, photos and text</source>
        <translation>{source} ({kind}) no se importó: fieldkit guarda audio, fotos y texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="143"/>
        <source>a coding on {title} was left out: its text was deleted</source>
        <translation>Una codificación en {title} se dejó fuera: su texto se eliminó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="144"/>
        <source>the export was cancelled; no file was written</source>
        <translation>La exportación se canceló; no se escribió ningún archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="146"/>
        <source>project.qde is not well-formed XML (line {line}, column {column}); the file is damaged or was not written by a REFI-QDA program</source>
        <translation>project.qde no es un XML bien formado (línea {line}, columna {column}); el archivo está dañado o no lo escribió un programa REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="151"/>
        <source>project.qde is empty; the file is damaged</source>
        <translation>project.qde está vacío; el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="152"/>
        <source>project.qde is not a REFI-QDA project (its root is &lt;{root}&gt; in namespace {namespace}, not &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>project.qde no es un proyecto REFI-QDA (su raíz es &lt;{root}&gt; en el espacio de nombres {namespace}, no &lt;Project&gt; en urn:QDA-XML:project:1.0)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="157"/>
        <source>{what} has {attribute}={value}, which is not a whole number; the file is damaged</source>
        <translation>{what} tiene {attribute}={value}, que no es un número entero; el archivo está dañado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="161"/>
        <source>a coding in the project names no code (CodeRef missing)</source>
        <translation>Una codificación del proyecto no nombra ningún código (falta CodeRef)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="162"/>
        <source>project.qde declares a DTD or entities, which REFI-QDA does not use; it was not imported for safety</source>
        <translation>project.qde declara una DTD o entidades, que REFI-QDA no usa; por seguridad no se importó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="167"/>
        <source>this is a REFI-QDA codebook, not a project; import it as a codebook</source>
        <translation>Esto es un libro de códigos REFI-QDA, no un proyecto; impórtelo como libro de códigos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="172"/>
        <source>this data folder has no study to export</source>
        <translation>Esta carpeta de datos no tiene ningún estudio que exportar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="173"/>
        <source>this data folder holds {count} studies; choose the one to export (--study)</source>
        <translation>Esta carpeta de datos contiene {count} estudios; elija el que quiere exportar (--study)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="178"/>
        <source>the text of {what} ({path}) is not inside {name}</source>
        <translation>El texto de {what} ({path}) no está dentro de {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="179"/>
        <source>{what} has {length} characters; fieldkit holds at most {most} per text</source>
        <translation>{what} tiene {length} caracteres; fieldkit admite como máximo {most} por texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="183"/>
        <source>{source} was not imported: its file ({path}) is not inside the project file</source>
        <translation>{source} no se importó: su archivo ({path}) no está dentro del archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="187"/>
        <source>a selection in {what} runs from {start} to {end}, outside its text of {length} characters; the project is inconsistent</source>
        <translation>Una selección en {what} va de {start} a {end}, fuera de su texto de {length} caracteres; el proyecto es incoherente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="193"/>
        <source>{what} is not valid UTF-16 text</source>
        <translation>{what} no es un texto UTF-16 válido</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="194"/>
        <source>{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text sources must be UTF-8</source>
        <translation>{what} no es un texto UTF-8 (byte incorrecto en la posición {position}); las fuentes de texto REFI-QDA deben estar en UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="200"/>
        <source>reports are not available in {language}; they ship in {shipped}</source>
        <translation>Los informes no están disponibles en {language}; existen en {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="102"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>No se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="103"/>
        <source>there is no backup file {path}; nothing was restored</source>
        <translation>No existe el archivo de copia de seguridad {path}; no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="104"/>
        <source>the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed</source>
        <translation>La carpeta de datos {folder} no está vacía; restaure en una carpeta nueva (fieldkit --data-dir CARPETA-NUEVA restore ARCHIVO): no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="109"/>
        <source>cannot restore into {folder}: {reason}</source>
        <translation>No se puede restaurar en {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="110"/>
        <source>the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it</source>
        <translation>La copia de seguridad {path} está cifrada ({encryption}); esta versión de fieldkit no puede abrirla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="114"/>
        <source>the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</source>
        <translation>La copia de seguridad {path} está cifrada con una frase de contraseña; escríbala en la entrada estándar (fieldkit --data-dir NUEVA --passphrase-stdin restore ARCHIVO)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="119"/>
        <source>the backup {path} is damaged (its header)</source>
        <translation>La copia de seguridad {path} está dañada (su encabezado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="120"/>
        <source>wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase cannot be recovered)</source>
        <translation>Frase de contraseña incorrecta para la copia de seguridad {path}: no se restauró nada (una frase de contraseña olvidada no se puede recuperar)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="125"/>
        <source>the backup {path}</source>
        <translation>la copia de seguridad {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="126"/>
        <source>cannot read the database {path} for the backup: {reason}</source>
        <translation>No se puede leer la base de datos {path} para la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="127"/>
        <source>{path} is not a fieldkit backup file</source>
        <translation>{path} no es un archivo de copia de seguridad de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="128"/>
        <source>the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to restore it</source>
        <translation>La copia de seguridad {path} se hizo con una versión más reciente de fieldkit (formato {format}); actualice fieldkit para restaurarla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="133"/>
        <source>the backup {path} holds an unexpected entry</source>
        <translation>La copia de seguridad {path} contiene una entrada inesperada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="134"/>
        <source>the backup {path} is damaged</source>
        <translation>La copia de seguridad {path} está dañada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="135"/>
        <source>the backup {path} is damaged or incomplete ({reason}); nothing was restored</source>
        <translation>La copia de seguridad {path} está dañada o incompleta ({reason}); no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="139"/>
        <source>the backup {path} holds no database; nothing was restored</source>
        <translation>La copia de seguridad {path} no contiene ninguna base de datos; no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="140"/>
        <source>the backup {path} holds a damaged database ({reason})</source>
        <translation>La copia de seguridad {path} contiene una base de datos dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="142"/>
        <source>{amount} bytes</source>
        <translation>{amount} bytes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="143"/>
        <source>{amount} KB</source>
        <translation>{amount} KB</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="144"/>
        <source>the attachment file {file}… is missing from {folder}; sync again or re-import it</source>
        <translation>Falta el archivo adjunto {file}… en {folder}; sincronice de nuevo o vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="148"/>
        <source>the file {file}…</source>
        <translation>el archivo {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="149"/>
        <source>not a SHA-256 hash: {value}</source>
        <translation>No es un hash SHA-256: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="150"/>
        <source>fieldkit may not read {path}</source>
        <translation>fieldkit no tiene permiso para leer {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="151"/>
        <source>the attachment file {file}… is damaged (its contents changed on disk); sync again or re-import it</source>
        <translation>El archivo adjunto {file}… está dañado (su contenido cambió en el disco); sincronice de nuevo o vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="156"/>
        <source>the attachment file {file}… is missing</source>
        <translation>Falta el archivo adjunto {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="157"/>
        <source>the attachment file {file}… is damaged</source>
        <translation>El archivo adjunto {file}… está dañado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="158"/>
        <source>not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps {reserve} free so edits can still be saved); nothing was stored</source>
        <translation>No hay espacio libre suficiente para un archivo de {size}: {free} libres en {folder} (fieldkit reserva {reserve} libres para que las ediciones se puedan seguir guardando); no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="163"/>
        <source>{name} could not be read to the end ({reason}); nothing was stored — copy it to this computer and try again</source>
        <translation>No se pudo leer {name} hasta el final ({reason}); no se guardó nada — cópielo a este equipo e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="168"/>
        <source>the attachment file {file}… cannot be read: {reason}</source>
        <translation>No se puede leer el archivo adjunto {file}…: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="169"/>
        <source>the disk holding {folder} is full; nothing was stored</source>
        <translation>El disco que contiene {folder} está lleno; no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="170"/>
        <source>fieldkit may not write in {folder} ({reason})</source>
        <translation>fieldkit no tiene permiso para escribir en {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="171"/>
        <source>could not store the file in {folder}: {reason}</source>
        <translation>No se pudo guardar el archivo en {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="12"/>
        <source>research records are never erased; they are marked deleted so the deletion can sync</source>
        <translation>Los registros de investigación nunca se borran; se marcan como eliminados para que la eliminación se pueda sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="17"/>
        <source>the default codebook is not available in {language}; it ships in {shipped}</source>
        <translation>El libro de códigos predeterminado no está disponible en {language}; se incluye en {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="22"/>
        <source>a {record} has no text to code</source>
        <translation>Un elemento de tipo {record} no tiene texto que codificar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="23"/>
        <source>the case {title} has no text of its own to code; tag it instead, or code one of its interviews or observations</source>
        <translation>El caso {title} no tiene texto propio que codificar; póngale una etiqueta, o codifique una de sus entrevistas u observaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="28"/>
        <source>start and end must be whole numbers of milliseconds (not {value})</source>
        <translation>El inicio y el final deben ser números enteros de milisegundos (no {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="32"/>
        <source>start and end must be whole numbers (not {value})</source>
        <translation>El inicio y el final deben ser números enteros (no {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="33"/>
        <source>the theme {name} is archived; restore it before using it</source>
        <translation>El tema {name} está archivado; restáurelo antes de usarlo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="34"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="299"/>
        <source>the span {start}–{end} lies outside the text, which has {length} characters</source>
        <translation>El fragmento {start}–{end} queda fuera del texto, que tiene {length} caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="303"/>
        <source>the span {start}–{end} is empty; end must be greater than start</source>
        <translation>El fragmento {start}–{end} está vacío; el final debe ser mayor que el inicio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="304"/>
        <source>the span covers only white space</source>
        <translation>El fragmento solo contiene espacios en blanco</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="40"/>
        <source>this span is already coded with {theme}</source>
        <translation>Este fragmento ya está codificado con {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="41"/>
        <source>{name} is not an audio recording</source>
        <translation>{name} no es una grabación de audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="42"/>
        <source>the span {start}–{end} ms is empty or negative</source>
        <translation>El fragmento {start}–{end} ms está vacío o es negativo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="43"/>
        <source>the span ends at {end} ms but the recording lasts {length} ms</source>
        <translation>El fragmento termina en {end} ms pero la grabación dura {length} ms</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="44"/>
        <source>this part of the recording is already coded with {theme}</source>
        <translation>Esta parte de la grabación ya está codificada con {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="46"/>
        <source>no conflict with id {id}</source>
        <translation>No hay ningún conflicto con el id {id}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="47"/>
        <source>this conflict was already resolved</source>
        <translation>Este conflicto ya se resolvió</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="48"/>
        <source>choose keep, take_losing or custom, not {choice}</source>
        <translation>Elija keep, take_losing o custom, no {choice}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="49"/>
        <source>the {record} of this conflict no longer exists</source>
        <translation>El elemento ({record}) de este conflicto ya no existe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="173"/>
        <source>the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin …, or unlock it in the app)</source>
        <translation>La carpeta de datos {folder} está cifrada; indique su frase de contraseña (fieldkit --passphrase-stdin …, o desbloquéela en la aplicación)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="178"/>
        <source>the data folder {folder} is not encrypted</source>
        <translation>La carpeta de datos {folder} no está cifrada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="179"/>
        <source>cannot create the database in {folder}: {reason}</source>
        <translation>No se puede crear la base de datos en {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="180"/>
        <source>the data folder {folder} is a file, not a folder; choose another folder with --data-dir</source>
        <translation>La carpeta de datos {folder} es un archivo, no una carpeta; elija otra carpeta con --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="184"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>No se puede crear la carpeta de datos {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="185"/>
        <source>the data folder {folder} is read-only; fieldkit needs to write there (choose another folder with --data-dir or fix its permissions)</source>
        <translation>La carpeta de datos {folder} es de solo lectura; fieldkit necesita escribir en ella (elija otra carpeta con --data-dir o corrija sus permisos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="190"/>
        <source>the database in {folder} is read-only: {reason}</source>
        <translation>La base de datos de {folder} es de solo lectura: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="191"/>
        <source>the disk holding {folder} is full; free some space — nothing was saved from the change that failed, everything before it is safe</source>
        <translation>El disco que contiene {folder} está lleno; libere espacio — no se guardó nada del cambio que falló, todo lo anterior está a salvo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="196"/>
        <source>the database in {folder} is busy in another program; try again in a moment</source>
        <translation>La base de datos de {folder} está ocupada por otro programa; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="200"/>
        <source>the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a backup, or choose another data folder with --data-dir</source>
        <translation>El archivo {file} de {folder} no es una base de datos de fieldkit o está dañado; restáurelo desde una copia de seguridad, o elija otra carpeta de datos con --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="205"/>
        <source>the database in {folder} is damaged ({reason}); restore it from a backup</source>
        <translation>La base de datos de {folder} está dañada ({reason}); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="209"/>
        <source>the database in {folder} could not be used: {reason}</source>
        <translation>No se pudo usar la base de datos de {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="211"/>
        <source>the data folder {folder} is encrypted already</source>
        <translation>La carpeta de datos {folder} ya está cifrada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="212"/>
        <source>{count} recording(s) in {folder} are not finished; open the app once so they are attached, then encrypt the folder</source>
        <translation>{count} grabación(es) en {folder} no están terminadas; abra la aplicación una vez para que se adjunten y luego cifre la carpeta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="217"/>
        <source>the encrypted copy of the database failed its check ({check})</source>
        <translation>La copia cifrada de la base de datos no superó su comprobación ({check})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="219"/>
        <source>the passphrase is too short: use at least {least} characters (a few words you will remember are best)</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {least} caracteres (lo mejor son unas cuantas palabras que vaya a recordar)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="224"/>
        <source>{folder} is already encrypted (it has {file})</source>
        <translation>{folder} ya está cifrada (contiene {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="225"/>
        <source>the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or use the recovery key. Nothing was changed</source>
        <translation>La frase de contraseña no desbloquea la carpeta de datos {folder}; revísela (mayúsculas, espacios) o use la clave de recuperación. No se cambió nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="230"/>
        <source>{folder} is not encrypted (it has no {file})</source>
        <translation>{folder} no está cifrada (no contiene {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="231"/>
        <source>the key file {path} cannot be read ({reason}); without it the folder cannot be opened: put back the copy from a backup</source>
        <translation>No se puede leer el archivo de clave {path} ({reason}); sin él la carpeta no se puede abrir: reponga la copia de una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="236"/>
        <source>the key file {path} is not a fieldkit key file (or a newer one)</source>
        <translation>El archivo de clave {path} no es un archivo de clave de fieldkit (o es de una versión más reciente)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="238"/>
        <source>the passphrase cannot be remembered: the 'keyring' package is not installed; give the passphrase each time</source>
        <translation>La frase de contraseña no se puede recordar: el paquete «keyring» no está instalado; escriba la frase de contraseña cada vez</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="243"/>
        <source>the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time</source>
        <translation>La frase de contraseña no se puede recordar: este equipo no tiene llavero (como GNOME Keyring, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows); escriba la frase de contraseña cada vez</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="248"/>
        <source>the keyring refused to keep the key: {reason}</source>
        <translation>El llavero se negó a guardar la clave: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="250"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="251"/>
        <source>{name} is not an encrypted fieldkit file</source>
        <translation>{name} no es un archivo cifrado por fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="252"/>
        <source>{name} is cut short (damaged)</source>
        <translation>Archivo truncado (dañado): {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="253"/>
        <source>{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)</source>
        <translation>Archivo dañado o truncado: {name} (el bloque {chunk} de {chunks} no se descifra)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="258"/>
        <source>{what} was expected on the first line of standard input</source>
        <translation>Se esperaba en la primera línea de la entrada estándar: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="259"/>
        <source>the data folder {folder} is encrypted; give its passphrase on standard input with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)</source>
        <translation>La carpeta de datos {folder} está cifrada; escriba su frase de contraseña en la entrada estándar con --passphrase-stdin (p. ej. fieldkit --data-dir CARPETA --passphrase-stdin search radio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="55"/>
        <source>an id is required</source>
        <translation>Se necesita un identificador</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="56"/>
        <source>the {kind} “{label}” is not deleted</source>
        <translation>«{label}» ({kind}) no está entre los elementos eliminados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="57"/>
        <source>the {kind} “{label}” was deleted</source>
        <translation>«{label}» ({kind}) está entre los elementos eliminados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="58"/>
        <source>nothing deleted has an id starting with {ref}</source>
        <translation>Ningún elemento eliminado tiene un identificador que empiece por {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="59"/>
        <source>nothing has an id starting with {ref}</source>
        <translation>Ningún elemento tiene un identificador que empiece por {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="60"/>
        <source>the id {ref} matches several deleted rows; give more of it</source>
        <translation>El identificador {ref} coincide con varios elementos eliminados; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="61"/>
        <source>the id {ref} matches several rows; give more of it</source>
        <translation>El identificador {ref} coincide con varios elementos; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="62"/>
        <source>nothing deleted has the id {ref} (give at least {least} characters)</source>
        <translation>Ningún elemento eliminado tiene el identificador {ref} (escriba al menos {least} caracteres)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="66"/>
        <source>nothing has the id {ref} (give at least {least} characters)</source>
        <translation>Ningún elemento tiene el identificador {ref} (escriba al menos {least} caracteres)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="67"/>
        <source>{kind} “{label}” is already deleted</source>
        <translation>«{label}» ({kind}) ya está entre los elementos eliminados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="68"/>
        <source>{kind} “{label}” is not deleted</source>
        <translation>«{label}» ({kind}) no está entre los elementos eliminados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="69"/>
        <source>the theme “{name}” codes or tags material ({counts}); delete it together with them (--with-codings), or merge it into another theme to keep them (fieldkit theme merge)</source>
        <translation>El tema «{name}» codifica o etiqueta material ({counts}); elimínelo junto con ellos (--with-codings) o fusiónelo con otro tema para conservarlos (fieldkit theme merge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="74"/>
        <source>{n} coding</source>
        <translation>{n} codificación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="75"/>
        <source>{n} codings</source>
        <translation>{n} codificaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="76"/>
        <source>{n} tag</source>
        <translation>{n} etiqueta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="77"/>
        <source>{n} tags</source>
        <translation>{n} etiquetas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="78"/>
        <source>{codings}, {tags}</source>
        <translation>{codings}, {tags}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="79"/>
        <source>its study “{label}” is deleted; restore that first</source>
        <translation>Su estudio «{label}» está eliminado; restáurelo primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="80"/>
        <source>its case “{label}” is deleted; restore that first</source>
        <translation>Su caso «{label}» está eliminado; restáurelo primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="81"/>
        <source>the interview “{label}” it belongs to is deleted; restore that first</source>
        <translation>La entrevista «{label}» a la que pertenece está eliminada; restáurela primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="85"/>
        <source>the observation “{label}” it belongs to is deleted; restore that first</source>
        <translation>La observación «{label}» a la que pertenece está eliminada; restáurela primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="89"/>
        <source>the case “{label}” it belongs to is deleted; restore that first</source>
        <translation>El caso «{label}» al que pertenece está eliminado; restáurelo primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="90"/>
        <source>the theme “{label}” it belongs to is deleted; restore that first</source>
        <translation>El tema «{label}» al que pertenece está eliminado; restáurelo primero</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="95"/>
        <source>a coding needs some words to mark</source>
        <translation>Una codificación necesita algunas palabras que marcar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="96"/>
        <source>the coded words “{words}” are no longer in the text</source>
        <translation>Las palabras codificadas «{words}» ya no están en el texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="98"/>
        <source>several themes are called {name}; use the theme's id</source>
        <translation>Varios temas se llaman {name}; use el identificador del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="100"/>
        <source>clock values out of range: {wall}, {counter}</source>
        <translation>Valores de reloj fuera de rango: {wall}, {counter}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="101"/>
        <source>not a clock stamp: {text}</source>
        <translation>No es una marca de reloj: {text}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="102"/>
        <source>not a device id (16 lowercase hex digits): {device}</source>
        <translation>No es un identificador de dispositivo (16 dígitos hexadecimales en minúsculas): {device}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="103"/>
        <source>a stamp from device {device} is {seconds} s ahead of this clock</source>
        <translation>Una marca del dispositivo {device} va {seconds} s por delante de este reloj</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="105"/>
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="106"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="107"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="108"/>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="109"/>
        <source>observation</source>
        <translation>observación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="110"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="111"/>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="112"/>
        <source>coding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="113"/>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="114"/>
        <source>free-word tag</source>
        <translation>etiqueta libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="115"/>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="116"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="117"/>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="118"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="119"/>
        <source>interview or observation</source>
        <translation>entrevista u observación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="120"/>
        <source>interview or observation or case</source>
        <translation>entrevista, observación o caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="122"/>
        <source>the study “{name}” is shared through your team's server; it cannot be deleted from one laptop (delete its cases or records instead, or ask the server's administrator to retire it)</source>
        <translation>El estudio «{name}» se comparte a través del servidor de su equipo; no puede eliminarse desde un solo portátil (elimine en su lugar sus casos o registros, o pida al administrador del servidor que lo retire)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="128"/>
        <source>the study “{name}” is shared through your team's server; only its lead can rename it or change its description</source>
        <translation>El estudio «{name}» se comparte a través del servidor de su equipo; solo su responsable puede cambiarle el nombre o la descripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="133"/>
        <source>only the study's lead can erase a participant's material: the erasure reaches every laptop and cannot be undone. Their consent is recorded as withdrawn, so exports already leave them out; ask your team lead to erase</source>
        <translation>Solo el responsable del estudio puede borrar el material de un participante: el borrado llega a todos los portátiles y no se puede deshacer. Su consentimiento consta como retirado, así que las exportaciones ya lo omiten; pida al responsable de su equipo que lo borre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="140"/>
        <source>an {kind} id is required</source>
        <translation>Se necesita un identificador ({kind})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="141"/>
        <source>a {kind} id is required</source>
        <translation>Se necesita un identificador ({kind})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="142"/>
        <source>no {kind} with id {ref} (give at least {least} characters)</source>
        <translation>No hay {kind} con el identificador {ref} (escriba al menos {least} caracteres)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="143"/>
        <source>no {kind} with id {ref}</source>
        <translation>No hay {kind} con el identificador {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="144"/>
        <source>more than one {kind} has an id starting with {ref}; give more of it</source>
        <translation>Más de un elemento ({kind}) tiene un identificador que empieza por {ref}; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="148"/>
        <source>the id {ref} matches several records; give more of it</source>
        <translation>El identificador {ref} coincide con varios registros; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="150"/>
        <source>the memo is empty; write something or cancel</source>
        <translation>El memo está vacío; escriba algo o cancele</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="152"/>
        <source>this data folder has no device id; open it with Store.open</source>
        <translation>Esta carpeta de datos no tiene identificador de dispositivo; ábrala con Store.open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="153"/>
        <source>the change log names a {table} row {row} that does not exist; the data folder is damaged</source>
        <translation>El registro de cambios nombra una fila {table} {row} que no existe; la carpeta de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="265"/>
        <source>a picture needs at least one pixel</source>
        <translation>Una imagen necesita al menos un píxel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="266"/>
        <source>the photo {name} has too many pixels to show</source>
        <translation>La foto {name} tiene demasiados píxeles para mostrarse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="267"/>
        <source>the photo {name} is missing from the data folder</source>
        <translation>La foto {name} falta en la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="268"/>
        <source>the photo {name} cannot be shown: it is damaged</source>
        <translation>La foto {name} no se puede mostrar: está dañada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="51"/>
        <source>consent was withdrawn</source>
        <translation>el consentimiento fue retirado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="52"/>
        <source>consent is not recorded yet (pending)</source>
        <translation>el consentimiento aún no está registrado (pendiente)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="53"/>
        <source>consent does not allow audio recording</source>
        <translation>el consentimiento no permite la grabación de audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="158"/>
        <source>nothing to change: give at least one field</source>
        <translation>Nada que cambiar: indique al menos un campo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="159"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="160"/>
        <source>the {field} of an {kind} cannot be changed here (it can: {can})</source>
        <translation>El campo «{field}» no se puede cambiar aquí para un elemento de tipo {kind} (se pueden cambiar: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="161"/>
        <source>the {field} of a {kind} cannot be changed here (it can: {can})</source>
        <translation>El campo «{field}» no se puede cambiar aquí para un elemento de tipo {kind} (se pueden cambiar: {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="162"/>
        <source>an empty participant code was given</source>
        <translation>Se dio un código de participante vacío</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="163"/>
        <source>no participant with the code or id {ref} in this study</source>
        <translation>Ningún participante tiene el código o identificador {ref} en este estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="164"/>
        <source>participant {code} belongs to another study</source>
        <translation>El participante {code} pertenece a otro estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="166"/>
        <source>start the recording</source>
        <translation>iniciar la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="167"/>
        <source>this recording is finished; start a new one</source>
        <translation>Esta grabación ha terminado; inicie una nueva</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="168"/>
        <source>save the recording</source>
        <translation>guardar la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="169"/>
        <source>the recording is still being written to disk; it will be recovered at the next start if fieldkit is closed now</source>
        <translation>La grabación todavía se está escribiendo en el disco; se recuperará en el próximo inicio si fieldkit se cierra ahora</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="174"/>
        <source>the recording could not be saved: {why}</source>
        <translation>No se pudo guardar la grabación: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="175"/>
        <source>finish the recording</source>
        <translation>terminar la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="176"/>
        <source>Recovered after fieldkit was interrupted</source>
        <translation>Recuperada tras la interrupción de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="177"/>
        <source>Recorded in fieldkit</source>
        <translation>Grabada en fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="179"/>
        <source>its journal.json is missing</source>
        <translation>Falta su archivo journal.json</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="180"/>
        <source>journal.json cannot be read: {why}</source>
        <translation>No se puede leer journal.json: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="181"/>
        <source>journal.json does not hold a recording's details</source>
        <translation>journal.json no contiene los datos de una grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="182"/>
        <source>journal.json does not name the interview or the recording's state</source>
        <translation>journal.json no indica la entrevista ni el estado de la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="186"/>
        <source>journal.json does not say the recording's audio format</source>
        <translation>journal.json no indica el formato de audio de la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="187"/>
        <source>another fieldkit is already writing {folder}</source>
        <translation>Otro fieldkit ya está escribiendo en {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="188"/>
        <source>the disk is full, so fieldkit could not {doing}; what was recorded until now is kept in {folder}</source>
        <translation>El disco está lleno, así que fieldkit no pudo {doing}; lo grabado hasta ahora se conserva en {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="193"/>
        <source>fieldkit may not write in {folder}, so it could not {doing}</source>
        <translation>fieldkit no tiene permiso para escribir en {folder}, así que no pudo {doing}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="194"/>
        <source>fieldkit could not {doing} in {folder}: {why}</source>
        <translation>fieldkit no pudo {doing} en {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="196"/>
        <source>A recording ({length}) was recovered and attached to its interview.</source>
        <translation>Se recuperó una grabación ({length}) y se adjuntó a su entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="200"/>
        <source>A recording started {start} ({length}) was recovered and attached to its interview.</source>
        <translation>Se recuperó una grabación iniciada el {start} ({length}) y se adjuntó a su entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="204"/>
        <source>A recording had captured no sound; nothing was attached.</source>
        <translation>Una grabación no había captado ningún sonido; no se adjuntó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="205"/>
        <source>A recording started {start} had captured no sound; nothing was attached.</source>
        <translation>Una grabación iniciada el {start} no había captado ningún sonido; no se adjuntó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="209"/>
        <source>the recording in {folder} is still being written</source>
        <translation>La grabación de {folder} todavía se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="210"/>
        <source>{error} The recording stays in {folder}; fieldkit tries again at the next start.</source>
        <translation>{error} La grabación se queda en {folder}; fieldkit lo intentará de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="214"/>
        <source>A recording ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Una grabación ({length}) pertenece a una entrevista que se eliminó, así que no se adjuntó. Se conserva como {file}; cópiela en un lugar seguro o adjúntela a otra entrevista (Añadir grabación… en el reproductor de la entrevista).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="220"/>
        <source>A recording started {start} ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Una grabación iniciada el {start} ({length}) pertenece a una entrevista que se eliminó, así que no se adjuntó. Se conserva como {file}; cópiela en un lugar seguro o adjúntela a otra entrevista (Añadir grabación… en el reproductor de la entrevista).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="226"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). The sound is kept as {file}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>No se pudo adjuntar una grabación porque su diario está dañado ({reason}). El sonido se conserva como {file}; adjúntelo a su entrevista con Añadir grabación… en el reproductor de la entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="232"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). Its files are kept in {folder}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>No se pudo adjuntar una grabación porque su diario está dañado ({reason}). Sus archivos se conservan en {folder}; adjúntela a su entrevista con Añadir grabación… en el reproductor de la entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="238"/>
        <source>attached to the interview {title}</source>
        <translation>adjuntada a la entrevista {title}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="239"/>
        <source>Recording {start}.wav</source>
        <translation>Grabación {start}.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="240"/>
        <source>Recording unknown time.wav</source>
        <translation>Grabación hora desconocida.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="242"/>
        <source>{field} is changed with set_text, which keeps codings in place</source>
        <translation>El campo «{field}» se cambia con set_text, que mantiene las codificaciones en su sitio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="243"/>
        <source>the {field} of an {kind} cannot be changed here</source>
        <translation>El campo «{field}» no se puede cambiar aquí para un elemento de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="244"/>
        <source>the {field} of a {kind} cannot be changed here</source>
        <translation>El campo «{field}» no se puede cambiar aquí para un elemento de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="245"/>
        <source>Interview with {codes} ({date})</source>
        <translation>Entrevista con {codes} ({date})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="246"/>
        <source>Interview {date}</source>
        <translation>Entrevista del {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="247"/>
        <source>Observation {date}</source>
        <translation>Observación del {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="249"/>
        <source>{term} is too short to redact: it would replace ordinary words</source>
        <translation>{term} es demasiado corto para ocultarlo: reemplazaría palabras corrientes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="250"/>
        <source>{term} is listed twice; list it once with its spellings</source>
        <translation>{term} aparece dos veces; inclúyalo una sola vez con sus grafías</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="251"/>
        <source>unknown kind {kind}; choose from {kinds}</source>
        <translation>Tipo desconocido {kind}; elija entre {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="252"/>
        <source>{term} is not on the study's list of names to redact (names of participants and case places are always redacted)</source>
        <translation>{term} no está en la lista de nombres a ocultar del estudio (los nombres de los participantes y los lugares de los casos se ocultan siempre)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="258"/>
        <source>a change to {table} {row} arrived before the record itself</source>
        <translation>Un cambio en {table} {row} llegó antes que el propio registro</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="259"/>
        <source>a change to {table} {row} is declared for study {study} but the record belongs to study {owner}</source>
        <translation>Un cambio en {table} {row} está declarado para el estudio {study}, pero el registro pertenece al estudio {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="264"/>
        <source>a {table} from another replica refers to {target} {value}, which this replica does not have yet</source>
        <translation>Un elemento {table} de otra réplica hace referencia a {target} {value}, que esta réplica aún no tiene</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="269"/>
        <source>a change names an unknown kind of record: {table}</source>
        <translation>Un cambio nombra un tipo de registro desconocido: {table}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="270"/>
        <source>a change has an unknown operation: {op}</source>
        <translation>Un cambio tiene una operación desconocida: {op}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="271"/>
        <source>a change to {table} {row} belongs to study {study}, not to the study being synced ({synced})</source>
        <translation>Un cambio en {table} {row} pertenece al estudio {study}, no al estudio que se sincroniza ({synced})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="276"/>
        <source>a change to {table} names unknown fields: {fields}</source>
        <translation>Un cambio en {table} nombra campos desconocidos: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="277"/>
        <source>a change to {table} {row} has mismatched bases</source>
        <translation>Un cambio en {table} {row} tiene bases que no coinciden</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="278"/>
        <source>a new {table} row arrived without fields: {fields}</source>
        <translation>Una fila nueva de {table} llegó sin los campos: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="279"/>
        <source>a change to {table} {row} is declared for study {study} but its row belongs to study {owner}</source>
        <translation>Un cambio en {table} {row} está declarado para el estudio {study}, pero su fila pertenece al estudio {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="285"/>
        <source>a change from the server is not an object</source>
        <translation>Un cambio del servidor no es un objeto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="286"/>
        <source>a change from the server lacks {keys}</source>
        <translation>A un cambio del servidor le falta {keys}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="287"/>
        <source>a change from the server has a bad {key}</source>
        <translation>Un cambio del servidor tiene un {key} incorrecto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="288"/>
        <source>a change from the server has bad values or bases</source>
        <translation>Un cambio del servidor tiene valores o bases incorrectos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="289"/>
        <source>a change from the server has a bad base stamp</source>
        <translation>Un cambio del servidor tiene una marca base incorrecta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="290"/>
        <source>{field} has a value of the wrong kind: {value}</source>
        <translation>El campo «{field}» tiene un valor del tipo equivocado: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="292"/>
        <source>the number of results must be a whole number, 0 or more</source>
        <translation>El número de resultados debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="293"/>
        <source>the results offset must be a whole number, 0 or more</source>
        <translation>El desplazamiento de los resultados debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="294"/>
        <source>cannot search records of type {types}; choose from {allowed}</source>
        <translation>No se pueden buscar registros de tipo {types}; elija entre {allowed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="296"/>
        <source>this coding marks a stretch of audio, not of text</source>
        <translation>Esta codificación marca un tramo de audio, no de texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="297"/>
        <source>this span is already coded with the same theme</source>
        <translation>Este fragmento ya está codificado con el mismo tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="298"/>
        <source>start and end must be whole numbers</source>
        <translation>El inicio y el final deben ser números enteros</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="274"/>
        <source>a PDF document; save it as plain text (.txt) first</source>
        <translation>un documento PDF; guárdelo primero como texto sin formato (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="275"/>
        <source>a Word (.docx), OpenDocument or ZIP file; save it as plain text first</source>
        <translation>un archivo Word (.docx), OpenDocument o ZIP; guárdelo primero como texto sin formato</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="279"/>
        <source>an old Word (.doc) file; save it as plain text</source>
        <translation>un archivo antiguo de Word (.doc); guárdelo como texto sin formato</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="280"/>
        <source>a rich-text (.rtf) file; save it as plain text (.txt) first</source>
        <translation>un archivo de texto enriquecido (.rtf); guárdelo primero como texto sin formato (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="281"/>
        <source>an audio or video file</source>
        <translation>un archivo de audio o vídeo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="285"/>
        <source>a WebM or Matroska file</source>
        <translation>un archivo WebM o Matroska</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="286"/>
        <source>an MP4, M4A or HEIC file</source>
        <translation>un archivo MP4, M4A o HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="287"/>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="288"/>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="289"/>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="291"/>
        <source>{path} is a folder, not a text file</source>
        <translation>{path} es una carpeta, no un archivo de texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="295"/>
        <source>the file {path} cannot be read: {why}</source>
        <translation>No se puede leer el archivo {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="296"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="297"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="298"/>
        <source>the file {name} is {size}; text files up to {most} are accepted (split it into parts)</source>
        <translation>El archivo {name} ocupa {size}; se aceptan archivos de texto de hasta {most} (divídalo en partes)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="302"/>
        <source>a byte-order mark (BOM) was removed</source>
        <translation>se quitó una marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="303"/>
        <source>the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 (check accented letters and quotes)</source>
        <translation>el archivo mezcla UTF-8 con algunos caracteres Windows-1252; ambos se convirtieron a UTF-8 (revise las letras acentuadas y las comillas)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="308"/>
        <source>the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8</source>
        <translation>el archivo estaba en codificación Latin-1 (ISO-8859-1) y se convirtió a UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="312"/>
        <source>the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8</source>
        <translation>el archivo estaba en codificación Windows-1252 (Latin-1) y se convirtió a UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="316"/>
        <source>the file was in {encoding} encoding and was converted to UTF-8</source>
        <translation>el archivo estaba en codificación {encoding} y se convirtió a UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="317"/>
        <source>{count} invalid byte sequence(s) in the {encoding} text were replaced by �</source>
        <translation>secuencias de bytes no válidas reemplazadas por � en el texto {encoding}: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="321"/>
        <source>{source} looks like a binary file, not text (it looks like {what})</source>
        <translation>{source} parece un archivo binario, no texto (parece {what})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="325"/>
        <source>{source} looks like a binary file, not text; choose a plain-text (.txt) transcript</source>
        <translation>{source} parece un archivo binario, no texto; elija una transcripción en texto sin formato (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="329"/>
        <source>Windows line ends (CRLF) were converted</source>
        <translation>se convirtieron los finales de línea de Windows (CRLF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="330"/>
        <source>old Mac line ends (CR alone) were converted</source>
        <translation>se convirtieron los finales de línea de Mac antiguos (solo CR)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="331"/>
        <source>accented letters were stored in their composed form (Unicode NFC)</source>
        <translation>las letras acentuadas se guardaron en su forma compuesta (Unicode NFC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="335"/>
        <source>{count} NUL character(s) (invisible zero bytes) were removed</source>
        <translation>caracteres NUL (bytes cero invisibles) eliminados: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="306"/>
        <source>no theme called {name} in this study (see `fieldkit theme list`)</source>
        <translation>Ningún tema se llama {name} en este estudio (vea `fieldkit theme list`)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="310"/>
        <source>no theme called {name} in this study</source>
        <translation>Ningún tema se llama {name} en este estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="311"/>
        <source>a theme can only move under a theme of the same study</source>
        <translation>Un tema solo puede moverse bajo un tema del mismo estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="312"/>
        <source>{name} cannot move under itself</source>
        <translation>{name} no puede moverse bajo sí mismo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="313"/>
        <source>{name} cannot move under {parent}, which is inside it</source>
        <translation>{name} no puede moverse bajo {parent}, que está dentro de él</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="314"/>
        <source>a theme cannot be merged into itself</source>
        <translation>Un tema no puede fusionarse consigo mismo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="315"/>
        <source>themes of different studies cannot be merged</source>
        <translation>No se pueden fusionar temas de estudios distintos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="316"/>
        <source>{name} cannot merge into its own sub-theme {target}</source>
        <translation>{name} no puede fusionarse con su propio subtema {target}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="337"/>
        <source>subtitle cues became lines with their start times as [mm:ss] marks</source>
        <translation>los subtítulos se convirtieron en líneas con su hora de inicio como marca [mm:ss]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="341"/>
        <source>{source} holds no subtitle cues (lines like “00:00:16,000 --&gt; 00:00:20,000”); is it really an .srt or .vtt file?</source>
        <translation>{source} no contiene subtítulos (líneas como «00:00:16,000 --&gt; 00:00:20,000»); ¿es de verdad un archivo .srt o .vtt?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="346"/>
        <source>the subtitles</source>
        <translation>los subtítulos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="347"/>
        <source>the Word file {name} is too large to be a transcript</source>
        <translation>El archivo Word {name} es demasiado grande para ser una transcripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="348"/>
        <source>{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in a word processor and save it as .docx or plain text (.txt)</source>
        <translation>{name} no es un documento Word que fieldkit pueda leer (un .doc antiguo o dañado); ábralo en un procesador de textos y guárdelo como .docx o texto sin formato (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="353"/>
        <source>read from a Word document</source>
        <translation>leído de un documento Word</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="320"/>
        <source>a sample rate of {rate} Hz is not supported</source>
        <translation>No se admite una frecuencia de muestreo de {rate} Hz</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="321"/>
        <source>{count} channels are not supported</source>
        <translation>Número de canales no admitido: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="322"/>
        <source>{bits}-bit samples are not supported</source>
        <translation>No se admiten muestras de {bits} bits</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="323"/>
        <source>the recording is longer than one WAV file can hold (4 GB); its segments are kept in {folder}</source>
        <translation>La grabación es más larga de lo que cabe en un archivo WAV (4 GB); sus segmentos se conservan en {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="12"/>
        <source>the server address must start with http:// or https://, e.g. http://server:8765 (not {given})</source>
        <translation>La dirección del servidor debe empezar por http:// o https://, por ejemplo http://server:8765 (no {given})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="17"/>
        <source>give your user name on the server</source>
        <translation>Indique su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="18"/>
        <source>give your password (it is used to sign in, never stored)</source>
        <translation>Indique su contraseña (se usa para iniciar sesión, nunca se guarda)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="19"/>
        <source>--ca-file is for an https:// server address</source>
        <translation>--ca-file es para una dirección de servidor https://</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="20"/>
        <source>{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's certificate, not its key</source>
        <translation>{path} no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----); indique el certificado de la autoridad de certificación, no su clave</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="25"/>
        <source>cannot read the certificate authority file {path}: {reason}</source>
        <translation>No se puede leer el archivo de la autoridad de certificación {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="26"/>
        <source>cannot remove the sign-in file: {reason}</source>
        <translation>No se puede eliminar el archivo de inicio de sesión: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="28"/>
        <source>the server's sign-in reply has no token</source>
        <translation>La respuesta del servidor al inicio de sesión no contiene ningún token</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="29"/>
        <source>the server's list of studies is malformed</source>
        <translation>La lista de estudios del servidor está mal formada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="31"/>
        <source>refused change {id} is still being set aside; sync once more, then discard it</source>
        <translation>el cambio rechazado {id} todavía se está apartando; sincronice una vez más y luego descártelo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="35"/>
        <source>no refused change {id} on this laptop (fieldkit sync problems lists them)</source>
        <translation>no hay ningún cambio rechazado {id} en este portátil (fieldkit sync problems los lista)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="38"/>
        <source>held back after an earlier change of this record was refused by the server; that change was sent again or discarded meanwhile: send this one again or discard it too</source>
        <translation>Retenido después de que el servidor rechazara un cambio anterior de este registro; ese cambio se volvió a enviar o se descartó entretanto: vuelva a enviar este o descártelo también</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="46"/>
        <source>that id already belongs to a record of another study on this server</source>
        <translation>Ese identificador ya pertenece a un registro de otro estudio en este servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="50"/>
        <source>the server has never received that record, so no laptop could apply the edit</source>
        <translation>El servidor nunca recibió ese registro, así que ningún portátil podría aplicar la edición</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="54"/>
        <source>that record belongs to another study</source>
        <translation>Ese registro pertenece a otro estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="55"/>
        <source>only a lead of study {study} can change the study itself (its name or settings); ask your team lead</source>
        <translation>Solo un responsable del estudio {study} puede cambiar el propio estudio (su nombre o su configuración); pregunte a su responsable de equipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="60"/>
        <source>a pushed change is not an object</source>
        <translation>Un cambio enviado no es un objeto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="61"/>
        <source>a pushed change lacks {key}</source>
        <translation>A un cambio enviado le falta {key}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="62"/>
        <source>a pushed change has a bad {key}</source>
        <translation>Un cambio enviado tiene un {key} incorrecto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="63"/>
        <source>a pushed change lacks values</source>
        <translation>A un cambio enviado le faltan los valores</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="64"/>
        <source>a pushed change lacks bases</source>
        <translation>A un cambio enviado le faltan las bases</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="65"/>
        <source>a pushed change has bad values or bases</source>
        <translation>Un cambio enviado tiene valores o bases incorrectos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="66"/>
        <source>a record id has 1 to {most} characters</source>
        <translation>Un identificador de registro tiene de 1 a {most} caracteres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="67"/>
        <source>a change names an unknown kind of record: {entity}</source>
        <translation>Un cambio nombra un tipo de registro desconocido: {entity}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="68"/>
        <source>a change to {entity} {row_id} belongs to study {other}, not {study}</source>
        <translation>Un cambio de {entity} {row_id} pertenece al estudio {other}, no a {study}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="72"/>
        <source>a pushed change has a bad base stamp</source>
        <translation>Un cambio enviado tiene una marca de tiempo base incorrecta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="73"/>
        <source>not a clock stamp: {stamp}</source>
        <translation>No es una marca de tiempo: {stamp}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="74"/>
        <source>a change has mismatched bases</source>
        <translation>Un cambio tiene bases que no coinciden</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="75"/>
        <source>it is stamped by device {other}, not by the device that sends it ({device}): a laptop sends only its own changes</source>
        <translation>Está marcado por el dispositivo {other}, no por el que lo envía ({device}): un portátil solo envía sus propios cambios</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="80"/>
        <source>a change to {entity} names unknown fields: {fields}</source>
        <translation>Un cambio de {entity} nombra campos desconocidos: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="81"/>
        <source>a new {entity} row lacks fields: {fields}</source>
        <translation>A una nueva fila de {entity} le faltan campos: {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="82"/>
        <source>a change to {entity} {row_id} is for another study</source>
        <translation>Un cambio de {entity} {row_id} es para otro estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="84"/>
        <source>too large for this server (limit {mb} MB)</source>
        <translation>Demasiado grande para este servidor (límite {mb} MB)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="85"/>
        <source>too large for this server</source>
        <translation>Demasiado grande para este servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="87"/>
        <source>this data folder was restored from a backup or copied from another laptop and needs a device identity of its own; sync it with fieldkit sync or the app</source>
        <translation>Esta carpeta de datos se restauró desde una copia de seguridad o se copió desde otro portátil y necesita su propia identidad de dispositivo; sincronícela con fieldkit sync o la aplicación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="92"/>
        <source>the server's sync reply is malformed</source>
        <translation>La respuesta de sincronización del servidor está mal formada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="93"/>
        <source>sync is not making progress; stopped (please report this)</source>
        <translation>La sincronización no avanza; se detuvo (por favor, infórmelo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="94"/>
        <source>{problem}; it did not help: set the laptop's date and time</source>
        <translation>{problem}; no sirvió de nada: ajuste la fecha y la hora del portátil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="95"/>
        <source>the server answered for study {study}, which was not asked</source>
        <translation>El servidor respondió por el estudio {study}, que no se había pedido</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="96"/>
        <source>the server did not move the pull cursor; sync stopped</source>
        <translation>El servidor no movió el cursor de recepción; la sincronización se detuvo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="97"/>
        <source>changes from the server for study {study} cannot be applied: {problem}</source>
        <translation>Los cambios del servidor para el estudio {study} no se pueden aplicar: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="102"/>
        <source>this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times of its changes and sends them again (if this keeps happening, set the laptop's date and time)</source>
        <translation>El reloj de este portátil va {ahead} por delante del del servidor; fieldkit corrige la hora de sus cambios y los vuelve a enviar (si sigue ocurriendo, ajuste la fecha y la hora del portátil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="109"/>
        <source>cannot save the sign-in token in {path}: {reason}</source>
        <translation>No se puede guardar el token de inicio de sesión en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="110"/>
        <source>this data folder is not signed in to a server; run: fieldkit login --server URL --user NAME</source>
        <translation>Esta carpeta de datos no ha iniciado sesión en ningún servidor; ejecute: fieldkit login --server URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="115"/>
        <source>the sign-in file {path} is damaged; run fieldkit login again</source>
        <translation>El archivo de inicio de sesión {path} está dañado; vuelva a ejecutar fieldkit login</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="117"/>
        <source>the server refused every new device id; try again later</source>
        <translation>El servidor rechazó todos los identificadores de dispositivo nuevos; inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="118"/>
        <source>the server's reply to a new device identity has no token</source>
        <translation>La respuesta del servidor a una nueva identidad de dispositivo no contiene ningún token</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="120"/>
        <source>the upload of file {file}… keeps ending on the server; try later</source>
        <translation>La subida del archivo {file}… se interrumpe una y otra vez en el servidor; inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="123"/>
        <source>the server sent a reply fieldkit cannot read</source>
        <translation>El servidor envió una respuesta que fieldkit no puede leer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="124"/>
        <source>the server's reply for file {file}… does not match its range</source>
        <translation>La respuesta del servidor para el archivo {file}… no coincide con su rango</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="125"/>
        <source>not enough free space to fetch a {size} file ({free} free in {folder})</source>
        <translation>No hay espacio libre suficiente para descargar un archivo de {size} ({free} libres en {folder})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="129"/>
        <source>file {file}… arrived damaged (its SHA-256 does not match); it will be fetched again at the next sync</source>
        <translation>El archivo {file}… llegó dañado (su SHA-256 no coincide); se volverá a descargar en la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="134"/>
        <source>the server refused file {file}… (HTTP {status}): {detail}</source>
        <translation>El servidor rechazó el archivo {file}… (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="135"/>
        <source>the server's reply for file {file}… has no usable range</source>
        <translation>La respuesta del servidor para el archivo {file}… no tiene un rango utilizable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="136"/>
        <source>the server refused the range for file {file}…</source>
        <translation>El servidor rechazó el rango del archivo {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="137"/>
        <source>cannot send file {file}… of study {study}: {problem}</source>
        <translation>No se puede enviar el archivo {file}… del estudio {study}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="138"/>
        <source>the server refused a file request (HTTP {status}): {detail}</source>
        <translation>El servidor rechazó una solicitud de archivo (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="139"/>
        <source>file {file}… not sent: {problem}</source>
        <translation>Archivo {file}… no enviado: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="140"/>
        <source>files of study {study} not fetched: {problem}</source>
        <translation>Archivos del estudio {study} no descargados: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="141"/>
        <source>the server sent the wrong part of file {file}…</source>
        <translation>El servidor envió la parte equivocada del archivo {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="142"/>
        <source>the upload of file {file}… is not progressing</source>
        <translation>La subida del archivo {file}… no avanza</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="143"/>
        <source>file {file}… cannot be fetched (range refused)</source>
        <translation>El archivo {file}… no se puede descargar (rango rechazado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="145"/>
        <source>{at} answered, but it does not look like a fieldkit server</source>
        <translation>{at} respondió, pero no parece un servidor de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="146"/>
        <source>{at} sent a health reply fieldkit cannot read</source>
        <translation>{at} envió una respuesta de estado que fieldkit no puede leer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="148"/>
        <source>the server answered HTTP {status}</source>
        <translation>El servidor respondió HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="149"/>
        <source>{host} is not on this laptop's network, and http:// would send your sign-in and your data unencrypted across the internet; use the server's https:// address (or, knowingly, sign in again with --allow-insecure-http)</source>
        <translation>{host} no está en la red de este portátil, y http:// enviaría su inicio de sesión y sus datos sin cifrar a través de internet; use la dirección https:// del servidor (o, a sabiendas, vuelva a iniciar sesión con --allow-insecure-http)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="155"/>
        <source>the certificate authority file is not a PEM certificate fieldkit can use ({reason})</source>
        <translation>El archivo de la autoridad de certificación no es un certificado PEM que fieldkit pueda usar ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="159"/>
        <source>the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on</source>
        <translation>La conexión con el servidor {at} se cortó a mitad de la respuesta ({why}); sincronice de nuevo para continuar</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="104"/>
        <source>case title</source>
        <translation>título del caso</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="105"/>
        <source>study name</source>
        <translation>nombre del estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="106"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="107"/>
        <source>participant code</source>
        <translation>código de participante</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="108"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="109"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="110"/>
        <source>consent date</source>
        <translation>fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="111"/>
        <source>consent status</source>
        <translation>estado del consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="112"/>
        <source>consent form</source>
        <translation>formulario de consentimiento</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="113"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="114"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="115"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="116"/>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="117"/>
        <source>memo title</source>
        <translation>título del memo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="118"/>
        <source>theme name</source>
        <translation>nombre del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="119"/>
        <source>transcript</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="120"/>
        <source>interviewer</source>
        <translation>entrevistador</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="121"/>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="122"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="123"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="124"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="125"/>
        <source>locality</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="126"/>
        <source>setting</source>
        <translation>entorno</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="127"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="128"/>
        <source>caption</source>
        <translation>pie de foto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="129"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="329"/>
        <source>name to redact</source>
        <translation>nombre a ocultar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="330"/>
        <source>other spelling</source>
        <translation>otra grafía</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation>Editar estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="42"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="47"/>
        <source>Study name</source>
        <translation>Nombre del estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation>p. ej. Piloto de campamentos de lectura</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="105"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="237"/>
        <source>Sync status unavailable</source>
        <translation>Estado de sincronización no disponible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="342"/>
        <source>Synced: sent %1, received %2, %3</source>
        <translation>Sincronizado: %1 enviados, %2 recibidos, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="343"/>
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto nuevo</numerusform>
            <numerusform>%Ln conflictos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %Ln cambio apartado</numerusform>
            <numerusform> · %Ln cambios apartados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350"/>
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · %Ln de sus cambios rechazado por el servidor</numerusform>
            <numerusform> · %Ln de sus cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="352"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation> · ahorro de datos: los archivos esperan una conexión sin límite de datos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="368"/>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="378"/>
        <source>Erased words removed</source>
        <translation>Palabras borradas eliminadas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="372"/>
        <source>Some of your edits held words of a participant who withdrew consent and whose material was erased on every laptop. Those words were removed; the rest of your edits was kept.</source>
        <translation>Algunas de sus ediciones contenían palabras de un participante que retiró su consentimiento y cuyo material se borró en todos los portátiles. Esas palabras se eliminaron; el resto de sus ediciones se conservó.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="387"/>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="399"/>
        <source>Sync did not finish</source>
        <translation>La sincronización no terminó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="411"/>
        <source>The server no longer accepts this laptop's sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation>El servidor ya no acepta el inicio de sesión de este portátil: inicie sesión de nuevo (Sincronizar → Configuración). No se pierde nada de lo que espera sincronizarse.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="471"/>
        <source>Cannot save the sync settings</source>
        <translation>No se puede guardar la configuración de sincronización</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="52"/>
        <source>Sync settings</source>
        <translation>Configuración de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="56"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="58"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="61"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="62"/>
        <source>used to sign in, never stored</source>
        <translation>se usa para iniciar sesión, nunca se guarda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="65"/>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="67"/>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="241"/>
        <source>kept from the last sign-in</source>
        <translation>conservado del último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="69"/>
        <source>only for a server with your team's own certificate (PEM file)</source>
        <translation>solo para un servidor con el certificado propio de su equipo (archivo PEM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="74"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation>Permitir http:// sin cifrar hacia un servidor fuera de esta red (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="77"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="83"/>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="87"/>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="88"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation>Sincronizar &amp;automáticamente cuando el servidor esté accesible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="91"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation>A&amp;horro de datos: enviar primero el texto, los archivos multimedia solo con conexiones sin límite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="99"/>
        <source>Team server and account</source>
        <translation>Servidor del equipo y cuenta</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="102"/>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="108"/>
        <source>Certificate a&amp;uthority:</source>
        <translation>A&amp;utoridad de certificación:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="118"/>
        <source>When to sync</source>
        <translation>Cuándo sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="144"/>
        <source>Not signed in. This laptop's work stays here until you sign in.</source>
        <translation>Sesión no iniciada. El trabajo de este portátil se queda aquí hasta que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="147"/>
        <source>Signed in as %1 on %2.</source>
        <translation>Sesión iniciada como %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="163"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation>🔒 Cifrado (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="165"/>
        <source>, checked against your team's own certificate authority</source>
        <translation>, verificado con la autoridad de certificación propia de su equipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="169"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation>⚠ Sin cifrar (http://), permitido al iniciar sesión: sus credenciales y datos viajan legibles para cualquiera en el camino. Pida una dirección https://.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="175"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation>Sin cifrar (http://): aceptado solo para un servidor en este portátil o en su red local</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="222"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="228"/>
        <source>Your team's certificate authority</source>
        <translation>La autoridad de certificación de su equipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="230"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="247"/>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="248"/>
        <source>Cannot sign in</source>
        <translation>No se puede iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="259"/>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="268"/>
        <source>The server could not be told; ask your team lead to revoke this laptop's sign-in if it is lost.</source>
        <translation>No se pudo avisar al servidor; pida a la persona responsable de su equipo que revoque el inicio de sesión de este portátil si se pierde.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="277"/>
        <source>Cannot sign out</source>
        <translation>No se puede cerrar sesión</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="38"/>
        <source>Connection indicator</source>
        <translation>Indicador de conexión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="40"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="46"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="50"/>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="53"/>
        <source>Changes not yet synced</source>
        <translation>Cambios aún no sincronizados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="55"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="58"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="59"/>
        <source>Open the conflicts view</source>
        <translation>Abrir la vista de conflictos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="63"/>
        <source>Changes set aside</source>
        <translation>Cambios apartados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="65"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation>Cambios del servidor que este portátil aún no pudo aplicar: haga clic para verlos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="89"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%Ln cambio aún sin sincronizar</numerusform>
            <numerusform>%Ln cambios aún sin sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="93"/>
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>%Ln cambio en estudios donde usted es lector se queda en este portátil</numerusform>
            <numerusform>%Ln cambios en estudios donde usted es lector se quedan en este portátil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="102"/>
        <source>Not signed in — nothing is sent</source>
        <translation>Sesión no iniciada: no se envía nada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="105"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation>Todo se queda en este portátil. Para compartir con un equipo, inicie sesión con Sincronizar ▸ Configuración…; lo que haya hecho mientras tanto se enviará entonces.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="113"/>
        <source>Offline · not signed in</source>
        <translation>Sin conexión · sesión no iniciada</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="114"/>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="115"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="116"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="117"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="118"/>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="119"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation>Inicie sesión de nuevo (Sincronizar → Configuración)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="150"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln conflicto</numerusform>
            <numerusform>⚠ %Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="155"/>
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ %Ln cambio apartado</numerusform>
            <numerusform>⚠ %Ln cambios apartados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="87"/>
        <source>Nothing waiting to sync</source>
        <translation>Nada pendiente de sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="141"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="145"/>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="148"/>
        <source>No conflicts</source>
        <translation>Sin conflictos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="169"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation>%1 enviados · %2 recibidos · %3 kB</translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="181"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation>Ocurrió algo que fieldkit no esperaba (%1). Sus datos guardados están a salvo; por favor, infórmelo.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="86"/>
        <source>Coded passages per theme</source>
        <translation>Fragmentos codificados por tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="94"/>
        <source>No coded passages</source>
        <translation>Sin fragmentos codificados</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="116"/>
        <source>No coded passages yet.</source>
        <translation>Aún no hay fragmentos codificados.</translation>
    </message>
</context>
<context>
    <name>ThemeChanges</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="39"/>
        <source>Add theme</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="45"/>
        <source>Rename theme</source>
        <translation>Cambiar nombre del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="51"/>
        <source>Theme colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="57"/>
        <source>Archive theme</source>
        <translation>Archivar tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="59"/>
        <source>Restore theme</source>
        <translation>Restaurar tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="65"/>
        <source>Merge themes</source>
        <translation>Fusionar temas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="71"/>
        <source>Move theme</source>
        <translation>Mover tema</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="122"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation>Alt+%1 codifica las palabras seleccionadas con este tema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codificación</numerusform>
            <numerusform>%Ln codificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="148"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="151"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>%Ln codificación con sus subtemas</numerusform>
            <numerusform>%Ln codificaciones con sus subtemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="155"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="30"/>
        <source>Import &amp;transcript…</source>
        <translation>Importar &amp;transcripción…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="33"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation>Poner el texto de un archivo .txt, Word (.docx) o de subtítulos (.srt, .vtt) en el registro abierto</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="45"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="54"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="65"/>
        <source>Import transcript</source>
        <translation>Importar transcripción</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="47"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation>Transcripciones (*.txt *.docx *.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="56"/>
        <source>Replace the text of “%1” with the file's text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation>¿Sustituir el texto de «%1» por el del archivo? Las codificaciones se mantienen en las palabras que sigan ahí; Edición ▸ Deshacer (Ctrl+Z) recupera el texto anterior.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="76"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation>Primero abra una entrevista o una observación: la transcripción va en ella.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="93"/>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="106"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation>%1 no contiene texto; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="116"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="117"/>
        <source>Imported %1</source>
        <translation>Importado %1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="39"/>
        <source>Welcome to fieldkit</source>
        <translation>Bienvenido/a a fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="44"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation>fieldkit guarda sus entrevistas, observaciones y codificación en este equipo; funciona sin conexión. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Explore the demo study</source>
        <translation>Explorar el estudio de demostración</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="55"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation>Siete casos de ejemplo en una carpeta de datos aparte; la suya sigue vacía.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>Start a new study</source>
        <translation>Empezar un estudio nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="60"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation>Con el libro de códigos predeterminado del ecosistema de aprendizaje, listo para editar.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Sign in to my team's server</source>
        <translation>Iniciar sesión en el servidor de mi equipo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="65"/>
        <source>Receive your team's studies and send your work when online.</source>
        <translation>Reciba los estudios de su equipo y envíe su trabajo cuando tenga conexión.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="103"/>
        <source>The demo study could not be made</source>
        <translation>No se pudo crear el estudio de demostración</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="126"/>
        <source>The study was not created</source>
        <translation>El estudio no se creó</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="159"/>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="160"/>
        <source>Study name:</source>
        <translation>Nombre del estudio:</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation>&amp;Codificar con un tema…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation>Insertar marca de &amp;tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation>&amp;Reproducir o pausar la grabación</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation>&amp;Acerca de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="53"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="104"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Abra una grabación para insertar marcas de tiempo.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="112"/>
        <source>This record has no recording.</source>
        <translation>Este registro no tiene grabación.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="128"/>
        <source>Nothing here can be deleted yet.</source>
        <translation>Aquí todavía no se puede eliminar nada.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="37"/>
        <source>Recorded without consent on file</source>
        <translation>Grabada sin consentimiento registrado</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="64"/>
        <source>Cannot start recording</source>
        <translation>No se puede empezar a grabar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="83"/>
        <source>Consent before recording</source>
        <translation>Consentimiento antes de grabar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="85"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation>No todos los participantes de esta entrevista han permitido una grabación de audio:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="92"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation>Registre ahora su consentimiento, o grabe de todos modos (se guarda una nota que lo indica con la entrevista), o cancele.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="99"/>
        <source>Record &amp;consent now…</source>
        <translation>Registrar &amp;consentimiento ahora…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="103"/>
        <source>Record &amp;anyway</source>
        <translation>Grabar &amp;de todos modos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="144"/>
        <source>%1 started an audio recording on %2 although not every participant had allowed it:</source>
        <translation>%1 inició una grabación de audio el %2 aunque no todos los participantes la habían permitido:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="162"/>
        <source>Consent note</source>
        <translation>Nota de consentimiento</translation>
    </message>
</context>
</TS>
