<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="151"/>
        <source>About fieldkit</source>
        <translation>À propos de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="152"/>
        <source>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Interviews, observations and coding for field research, offline first, with a team server when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldkit %1&lt;/b&gt;&lt;p&gt;Entretiens, observations et codage pour la recherche de terrain, d'abord hors ligne, avec un serveur d'équipe quand une connexion apparaît.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldkit/ui/app.py" line="60"/>
        <source>fieldkit cannot open its data</source>
        <translation>fieldkit ne peut pas ouvrir ses données</translation>
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
        <translation>Démarrage de l'audio…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="151"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Ouvrez un enregistrement pour insérer des repères temporels.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_panel.py" line="259"/>
        <source>Ctrl+click to play from %1</source>
        <translation>Ctrl+clic pour lire à partir de %1</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="79"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="80"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="85"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="86"/>
        <source>Play or pause</source>
        <translation>Lire ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="87"/>
        <source>Play or pause (F8 in the transcript)</source>
        <translation>Lire ou mettre en pause (F8 dans la transcription)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="89"/>
        <source>Position in the recording</source>
        <translation>Position dans l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="95"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="97"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="98"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="102"/>
        <source>Add recording…</source>
        <translation>Ajouter un enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="103"/>
        <source>Attach a recording file to this interview</source>
        <translation>Joindre un fichier audio à cet entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="105"/>
        <source>Play:</source>
        <translation>Lire :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="179"/>
        <source>Opening the recording…</source>
        <translation>Ouverture de l'enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="208"/>
        <source>Attach recordings</source>
        <translation>Joindre des enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="210"/>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</source>
        <translation>Enregistrements (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.amr *.webm *.3gp)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="221"/>
        <source>Adding the recording…</source>
        <translation>Ajout de l'enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="239"/>
        <source>Recording not attached</source>
        <translation>Enregistrement non joint</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="247"/>
        <source>Adding recordings</source>
        <translation>Ajout des enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="261"/>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="274"/>
        <source>No recording yet</source>
        <translation>Pas encore d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="354"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_player.py" line="357"/>
        <source>This recording cannot be played: %1</source>
        <translation>Impossible de lire cet enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="90"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="91"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="97"/>
        <source>● Record</source>
        <translation>● Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="98"/>
        <source>Start recording</source>
        <translation>Démarrer l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="99"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="100"/>
        <source>Pause or resume recording</source>
        <translation>Mettre en pause ou reprendre l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="101"/>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="102"/>
        <source>Stop recording</source>
        <translation>Arrêter l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="104"/>
        <source>Record:</source>
        <translation>Enregistrer :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="106"/>
        <source>Recording time</source>
        <translation>Durée d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="96"/>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="152"/>
        <source>No microphone</source>
        <translation>Aucun microphone</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="187"/>
        <source>This microphone cannot record 16-bit sound; choose another one.</source>
        <translation>Ce microphone ne peut pas enregistrer en 16 bits ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="411"/>
        <source>Recording… saved to disk every few seconds.</source>
        <translation>Enregistrement… sauvegardé sur le disque toutes les quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="237"/>
        <source>Cannot start recording</source>
        <translation>Impossible de démarrer l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="251"/>
        <source>The microphone %1 could not be opened; is another program using it?</source>
        <translation>Impossible d'ouvrir le microphone %1 ; un autre programme l'utilise-t-il ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="291"/>
        <source>Paused. Everything recorded so far is saved.</source>
        <translation>En pause. Tout ce qui a été enregistré jusqu'ici est sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="312"/>
        <source>Saving the recording…</source>
        <translation>Sauvegarde de l'enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="337"/>
        <source>Recording saved (%1) and attached to this interview.</source>
        <translation>Enregistrement sauvegardé (%1) et joint à cet entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="343"/>
        <source>Nothing was recorded.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="345"/>
        <source>The recording was not attached; see the message.</source>
        <translation>L'enregistrement n'a pas été joint ; voir le message.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="346"/>
        <source>Recording not attached</source>
        <translation>Enregistrement non joint</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="350"/>
        <source>The recording is kept and will be attached at the next start.</source>
        <translation>L'enregistrement est conservé et sera joint au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="351"/>
        <source>Recording not attached yet</source>
        <translation>Enregistrement pas encore joint</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="377"/>
        <source>The microphone stopped working; the recording so far is saved.</source>
        <translation>Le microphone a cessé de fonctionner ; l'enregistrement jusqu'ici est sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="387"/>
        <source>Waiting for sound from the microphone…</source>
        <translation>En attente du son du microphone…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="400"/>
        <source>No sound is coming from %1: nothing is being recorded!</source>
        <translation>Aucun son ne vient de %1 : rien n'est enregistré !</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="404"/>
        <source>No sound has reached fieldkit from %1 for a few seconds, so nothing is being recorded. Check that it is plugged in and switched on, or choose another microphone in the list. What was recorded before is saved.</source>
        <translation>Aucun son n'est parvenu à fieldkit depuis %1 depuis quelques secondes : rien n'est enregistré. Vérifiez qu'il est branché et allumé, ou choisissez un autre microphone dans la liste. Ce qui a été enregistré avant est sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="424"/>
        <source>%1 cannot record in this recording's format: stop, then record again.</source>
        <translation>%1 ne peut pas enregistrer dans le format de cet enregistrement : arrêtez, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="445"/>
        <source>Recording stopped: %1</source>
        <translation>Enregistrement arrêté : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="461"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="480"/>
        <source>Connect a microphone.</source>
        <translation>Branchez un microphone.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_recorder.py" line="481"/>
        <source>No microphone found: connect one, or switch it on, to record.</source>
        <translation>Aucun microphone trouvé : branchez-en un, ou allumez-le, pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>Edit case</source>
        <translation>Modifier le cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="82"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="84"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="97"/>
        <source>Case title</source>
        <translation>Titre du cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="86"/>
        <source>e.g. Community reading camps, Kisumu</source>
        <translation>p. ex. Camps de lecture communautaires, Kisumu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="89"/>
        <source>e.g. school, NGO programme</source>
        <translation>p. ex. école, programme d'ONG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="91"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="92"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="94"/>
        <source>village, town or district</source>
        <translation>village, ville ou district</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="96"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="100"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="101"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="102"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Localité :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="103"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="27"/>
        <source>Case actions</source>
        <translation>Actions sur le cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/case_view.py" line="30"/>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="61"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="189"/>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="87"/>
        <source>Codebook actions</source>
        <translation>Actions sur la grille de codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="91"/>
        <source>Filter themes…</source>
        <translation>Filtrer les thèmes…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="92"/>
        <source>Filter themes</source>
        <translation>Filtrer les thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="97"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="132"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="134"/>
        <source>Sub-theme</source>
        <translation>Sous-thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="136"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="138"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="139"/>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="140"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="141"/>
        <source>Delete theme…</source>
        <translation>Supprimer le thème…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="145"/>
        <source>Show coded passages</source>
        <translation>Afficher les passages codés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="156"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="157"/>
        <source>More theme actions</source>
        <translation>Autres actions sur le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="249"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="270"/>
        <source>Pin to Alt+N</source>
        <translation>Épingler à Alt+N</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="275"/>
        <source>(now %1)</source>
        <translation>(actuellement %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="282"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="296"/>
        <source>Pin theme</source>
        <translation>Épingler le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="306"/>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="319"/>
        <source>Name of the new theme:</source>
        <translation>Nom du nouveau thème :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="327"/>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>Nom du nouveau sous-thème de « %1 » :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_dock.py" line="328"/>
        <source>Add sub-theme</source>
        <translation>Ajouter un sous-thème</translation>
    </message>
</context>
<context>
    <name>CodedTextEdit</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="82"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coded_text_edit.py" line="308"/>
        <source>coded by %1</source>
        <translation>codé par %1</translation>
    </message>
</context>
<context>
    <name>CodingPalette</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="29"/>
        <source>Code with theme</source>
        <translation>Coder avec un thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="32"/>
        <source>Type a theme's name…</source>
        <translation>Tapez le nom d'un thème…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="33"/>
        <source>Theme filter</source>
        <translation>Filtre des thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="35"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="58"/>
        <source>Create “%1”</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_palette.py" line="60"/>
        <source>A new theme in the codebook, used for these words at once</source>
        <translation>Un nouveau thème dans la grille de codage, appliqué aussitôt à ces mots</translation>
    </message>
</context>
<context>
    <name>CodingsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="27"/>
        <source>Codings of this record</source>
        <translation>Codages de cet enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="50"/>
        <source>No codings yet. Select words, then press Ctrl+K (or Alt+1…9 for pinned themes).</source>
        <translation>Aucun codage pour l'instant. Sélectionnez des mots, puis appuyez sur Ctrl+K (ou Alt+1…9 pour les thèmes épinglés).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="58"/>
        <source>(its text was deleted)</source>
        <translation>(son texte a été supprimé)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="60"/>
        <source>Memo: %1</source>
        <translation>Mémo : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="100"/>
        <source>Memo on this coding:</source>
        <translation>Mémo sur ce codage :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="112"/>
        <source>&amp;Show in the text</source>
        <translation>&amp;Afficher dans le texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="115"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Modifier le mémo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/codings_panel.py" line="119"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Retirer le codage</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="38"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="39"/>
        <source>Dismiss the notice</source>
        <translation>Ignorer l'avis</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="47"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="51"/>
        <source>These fields were changed on two laptops at the same time. Sync kept the later edit and set the other value aside. Choose the value to keep, or type a merged one; your choice syncs to the team like any edit.</source>
        <translation>Ces champs ont été modifiés sur deux ordinateurs en même temps. La synchronisation a gardé la modification la plus récente et mis l'autre valeur de côté. Choisissez la valeur à garder, ou saisissez une valeur fusionnée ; votre choix se synchronise avec l'équipe comme toute modification.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="100"/>
        <source>Now in the record</source>
        <translation>Actuellement dans la fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="59"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="61"/>
        <source>Unresolved conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="73"/>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="75"/>
        <source>&amp;Keep the value in the record</source>
        <translation>&amp;Garder la valeur de la fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="77"/>
        <source>Use the &amp;other value</source>
        <translation>Utiliser l'&amp;autre valeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="79"/>
        <source>Save the &amp;merged value</source>
        <translation>Enregistrer la valeur &amp;fusionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="83"/>
        <source>There are no conflicts. When the same field is changed on two laptops before they sync, both values are listed here for you to choose.</source>
        <translation>Aucun conflit. Quand le même champ est modifié sur deux ordinateurs avant leur synchronisation, les deux valeurs sont listées ici pour que vous choisissiez.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="105"/>
        <source>The other value</source>
        <translation>L'autre valeur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="114"/>
        <source>Or merge them</source>
        <translation>Ou fusionnez-les</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="150"/>
        <source>Cannot list the conflicts</source>
        <translation>Impossible de lister les conflits</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="197"/>
        <source> (this record was deleted since)</source>
        <translation> (cette fiche a été supprimée depuis)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="215"/>
        <source>unknown device</source>
        <translation>appareil inconnu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="217"/>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="219"/>
        <source>another laptop (device %1)</source>
        <translation>un autre ordinateur (appareil %1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="221"/>
        <source>Changed on %1</source>
        <translation>Modifié le %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="223"/>
        <source>Changed on %1, %2</source>
        <translation>Modifié le %1, %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="250"/>
        <location filename="../../fieldkit/ui/sync/conflicts_view.py" line="258"/>
        <source>Cannot resolve this conflict</source>
        <translation>Impossible de résoudre ce conflit</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="80"/>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="81"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="167"/>
        <source>e.g. 2024-03-15 or 15/03/2024</source>
        <translation>p. ex. 2024-03-15 ou 15/03/2024</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="170"/>
        <source>Type a date (2024-03-15, 15/03/2024, 15 March 2024, today) or press Alt+Down</source>
        <translation>Tapez une date (2024-03-15, 15/03/2024, 15 mars 2024, aujourd'hui) ou appuyez sur Alt+Flèche bas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="178"/>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="182"/>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="185"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Flèche bas)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="190"/>
        <source>%1 in words</source>
        <translation>%1 en toutes lettres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="221"/>
        <source>%1 is required.</source>
        <translation>Le champ « %1 » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="230"/>
        <source>%1 “%2” is not a date we can read: type it like 2024-03-15 or 15/03/2024, or pick it from the calendar.</source>
        <translation>« %1 » : « %2 » n'est pas une date lisible : tapez-la comme 2024-03-15 ou 15/03/2024, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="240"/>
        <source>%1 %2 is in the future: write the day it happened.</source>
        <translation>« %1 » : %2 est dans le futur ; indiquez le jour où cela a eu lieu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="268"/>
        <source>Calendar for %1</source>
        <translation>Calendrier pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="316"/>
        <source>optional; e.g. 09:30 or 2:15 pm</source>
        <translation>facultatif ; p. ex. 09:30 ou 14:15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/date_field.py" line="328"/>
        <source>%1 “%2” is not a time of day: type it like 09:30 or 2:15 pm.</source>
        <translation>« %1 » : « %2 » n'est pas une heure : tapez-la comme 09:30 ou 14:15.</translation>
    </message>
</context>
<context>
    <name>DeleteActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="49"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="153"/>
        <source>Undo &amp;delete</source>
        <translation>Annuler la &amp;suppression</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="74"/>
        <source>Cannot delete this</source>
        <translation>Impossible de supprimer ceci</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="83"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="95"/>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="126"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="84"/>
        <source>Delete the %1?</source>
        <translation>Supprimer : %1 ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="86"/>
        <source>It takes with it %1.</source>
        <translation>Cela entraîne aussi : %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="89"/>
        <source>To keep its codings under another theme, merge it instead (More ▸ Merge into…). </source>
        <translation>Pour garder ses codages sous un autre thème, fusionnez-le plutôt (Plus ▸ Fusionner dans…). </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="92"/>
        <source>You can undo this with Ctrl+Z (Edit ▸ Undo delete).</source>
        <translation>Vous pouvez annuler avec Ctrl+Z (Édition ▸ Annuler la suppression).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="119"/>
        <source>Deleted the %1. Ctrl+Z brings it back.</source>
        <translation>Supprimé : %1. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="139"/>
        <source>Cannot undo the delete</source>
        <translation>Impossible d'annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="142"/>
        <source>Restored the %1.</source>
        <translation>Restauré : %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/delete_actions.py" line="151"/>
        <source>Undo &amp;delete of %1</source>
        <translation>Annuler la &amp;suppression de %1</translation>
    </message>
</context>
<context>
    <name>DeleteWording</name>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="24"/>
        <source>study “%1”</source>
        <translation>étude « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="25"/>
        <source>case “%1”</source>
        <translation>cas « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="26"/>
        <source>participant “%1”</source>
        <translation>participant « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="27"/>
        <source>interview “%1”</source>
        <translation>entretien « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="28"/>
        <source>observation “%1”</source>
        <translation>observation « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="29"/>
        <source>theme “%1”</source>
        <translation>thème « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="30"/>
        <source>coding “%1”</source>
        <translation>codage « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="31"/>
        <source>tag “%1”</source>
        <translation>étiquette « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="32"/>
        <source>free-word tag “%1”</source>
        <translation>étiquette libre « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="33"/>
        <source>memo “%1”</source>
        <translation>mémo « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="34"/>
        <source>photo “%1”</source>
        <translation>photo « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="35"/>
        <source>recording “%1”</source>
        <translation>enregistrement « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/delete_wording.py" line="36"/>
        <source>file “%1”</source>
        <translation>fichier « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln cas</numerusform>
            <numerusform>%Ln cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%Ln observation</numerusform>
            <numerusform>%Ln observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45"/>
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%Ln lien de participant</numerusform>
            <numerusform>%Ln liens de participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46"/>
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>%Ln sous-thème</numerusform>
            <numerusform>%Ln sous-thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%Ln thème</numerusform>
            <numerusform>%Ln thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50"/>
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>%Ln étiquette libre</numerusform>
            <numerusform>%Ln étiquettes libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%Ln mémo</numerusform>
            <numerusform>%Ln mémos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="55"/>
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>%Ln nom à masquer</numerusform>
            <numerusform>%Ln noms à masquer</numerusform>
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
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="61"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="66"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="68"/>
        <source>Delete p&amp;articipant…</source>
        <translation>Supprimer le p&amp;articipant…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/edit_actions.py" line="157"/>
        <source>Cannot open this</source>
        <translation>Impossible d'ouvrir ceci</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="60"/>
        <source>Code with %1</source>
        <translation>Coder avec %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/coding_undo.py" line="74"/>
        <source>Remove coding %1</source>
        <translation>Retirer le codage %1</translation>
    </message>
</context>
<context>
    <name>EditorReload</name>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="90"/>
        <source>Codings updated with changes from the team.</source>
        <translation>Codages mis à jour avec les modifications de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="103"/>
        <source>This text was updated with changes from the team.</source>
        <translation>Ce texte a été mis à jour avec les modifications de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="107"/>
        <source>Could not reload this record: %1</source>
        <translation>Impossible de recharger cette fiche : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="115"/>
        <source>Someone changed this text on another laptop while you were typing. Your version is saved here; theirs is kept under Sync ▸ Conflicts, where you can take it back or merge the two.</source>
        <translation>Quelqu'un a modifié ce texte sur un autre ordinateur pendant que vous tapiez. Votre version est enregistrée ici ; la sienne est conservée dans Synchronisation ▸ Conflits, où vous pouvez la reprendre ou fusionner les deux.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/editor_reload.py" line="120"/>
        <source>Your typing is saved; the other version is kept as a conflict.</source>
        <translation>Votre saisie est enregistrée ; l'autre version est conservée comme conflit.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="129"/>
        <source>Encrypt this folder</source>
        <translation>Chiffrer ce dossier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="132"/>
        <source>Everything in this data folder will be encrypted with a passphrase. A forgotten passphrase cannot be recovered by anyone: without it, or the recovery key you will be shown next, the interviews are lost for good.</source>
        <translation>Tout le contenu de ce dossier de données sera chiffré avec une phrase secrète. Une phrase secrète oubliée ne peut être récupérée par personne : sans elle, ni la clé de récupération qui vous sera montrée ensuite, les entretiens sont perdus pour de bon.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="139"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="142"/>
        <source>I understand a lost passphrase cannot be recovered</source>
        <translation>Je comprends qu'une phrase secrète perdue ne peut pas être récupérée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="151"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="171"/>
        <source>Tick the box to confirm you understand.</source>
        <translation>Cochez la case pour confirmer que vous avez compris.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="39"/>
        <source>Case-study &amp;PDF…</source>
        <translation>&amp;PDF d'étude de cas…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="40"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>Projet &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="41"/>
        <source>&amp;CSV tables…</source>
        <translation>Tableaux &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="42"/>
        <source>&amp;Import REFI-QDA project…</source>
        <translation>&amp;Importer un projet REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="57"/>
        <source>Create or select a study first.</source>
        <translation>Créez ou sélectionnez d'abord une étude.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="109"/>
        <source>Export case-study PDF</source>
        <translation>Exporter le PDF d'étude de cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="110"/>
        <source>This PDF will leave some material out.</source>
        <translation>Ce PDF laissera de côté certains éléments.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="113"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="146"/>
        <source>Export REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="183"/>
        <source>Exporting REFI-QDA project</source>
        <translation>Export du projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="190"/>
        <source>Folder for CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="211"/>
        <source>Exporting CSV tables</source>
        <translation>Export des tableaux CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="216"/>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="228"/>
        <source>Imported “%1”: %2, %3.</source>
        <translation>« %1 » importé : %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="239"/>
        <source>Importing REFI-QDA project</source>
        <translation>Import du projet REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="43"/>
        <source>Export log</source>
        <translation>Journal des exports</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="45"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="46"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="47"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="48"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="49"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="50"/>
        <source>Withheld</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="51"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="54"/>
        <source>Exports of this study</source>
        <translation>Exports de cette étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="81"/>
        <source>anonymised %1</source>
        <comment>an export's format, e.g. anonymised pdf</comment>
        <translation>%1 anonymisé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="88"/>
        <source>the whole study</source>
        <translation>toute l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="90"/>
        <source>full dump</source>
        <translation>copie intégrale des données</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92"/>
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>tous les cas (%Ln fichier)</numerusform>
            <numerusform>tous les cas (%Ln fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="96"/>
        <source>case “%1”</source>
        <comment>an export's scope: one case</comment>
        <translation>cas « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="97"/>
        <source>case %1</source>
        <comment>an export's scope: one case, by id</comment>
        <translation>cas %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="105"/>
        <source>no consent rules (a full dump, not for sharing)</source>
        <translation>aucune règle de consentement (copie intégrale des données, à ne pas partager)</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="37"/>
        <source>Withheld: %1.</source>
        <translation>Non communiqué : %1.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="40"/>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré : %1 (%Ln page).</numerusform>
            <numerusform>Enregistré : %1 (%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46"/>
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>%Ln fichier CSV enregistré dans %1.</numerusform>
            <numerusform>%Ln fichiers CSV enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49"/>
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln fichier d'étude de cas enregistré dans %1.</numerusform>
            <numerusform>%Ln fichiers d'étude de cas enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/export_summary.py" line="52"/>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
</context>
<context>
    <name>FolderProtection</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="226"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="228"/>
        <source>The folder is encrypted. This recovery key opens it if the passphrase is forgotten. Print it or write it down, and keep it away from the laptop:

%1</source>
        <translation>Le dossier est chiffré. Cette clé de récupération l'ouvre si la phrase secrète est oubliée. Imprimez-la ou notez-la, et conservez-la loin de l'ordinateur :

%1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="236"/>
        <source>&amp;Save to a file to print…</source>
        <translation>&amp;Enregistrer dans un fichier à imprimer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="243"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="252"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="264"/>
        <source>&amp;Encrypt this folder…</source>
        <translation>&amp;Chiffrer ce dossier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="276"/>
        <source>&amp;Lock when idle</source>
        <translation>&amp;Verrouiller en cas d'inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="281"/>
        <source>After %1 minutes</source>
        <translation>Après %1 minutes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="283"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="340"/>
        <source>The folder was not encrypted</source>
        <translation>Le dossier n'a pas été chiffré</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="69"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="129"/>
        <source>%1 is required.</source>
        <translation>Le champ « %1 » est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="150"/>
        <source>Please fix these %1 things, then save again:</source>
        <translation>Corrigez ces %1 points, puis enregistrez de nouveau :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/form_dialog.py" line="166"/>
        <source>Problem with this field</source>
        <translation>Problème dans ce champ</translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="50"/>
        <source>Free-word tags (not in the codebook)</source>
        <translation>Étiquettes libres (hors grille de codage)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="52"/>
        <source>Free-word tags</source>
        <translation>Étiquettes libres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="55"/>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="120"/>
        <source>Make a theme</source>
        <translation>En faire un thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="57"/>
        <source>Add the chosen word to the codebook; its records are tagged with the theme</source>
        <translation>Ajouter le mot choisi à la grille de codage ; ses fiches reçoivent le thème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="88"/>
        <source>“%1” tags %2; it is not a codebook theme.</source>
        <translation>« %1 » étiquette %2 ; ce n'est pas un thème de la grille de codage.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="98"/>
        <source>fieldkit user guide</source>
        <translation>Guide de l'utilisateur de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="100"/>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="112"/>
        <source>&lt;b&gt;File ▸ New study…&lt;/b&gt; starts a study; &lt;b&gt;File ▸ New case…&lt;/b&gt; adds a school, programme or site to it.</source>
        <translation>&lt;b&gt;Fichier ▸ Nouvelle étude…&lt;/b&gt; crée une étude ; &lt;b&gt;Fichier ▸ Nouveau cas…&lt;/b&gt; y ajoute une école, un programme ou un site.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="116"/>
        <source>Select the case, then use the &lt;b&gt;Case&lt;/b&gt; menu: participants and their consent, interviews and observations.</source>
        <translation>Sélectionnez le cas, puis utilisez le menu &lt;b&gt;Cas&lt;/b&gt; : participants et leur consentement, entretiens et observations.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="120"/>
        <source>Type or paste the transcript: it is saved as you type. Record audio from the bar above the text; &lt;b&gt;Ctrl+T&lt;/b&gt; inserts a time mark, &lt;b&gt;F8&lt;/b&gt; plays.</source>
        <translation>Tapez ou collez la transcription : elle est enregistrée au fil de la saisie. Enregistrez l'audio depuis la barre au-dessus du texte ; &lt;b&gt;Ctrl+T&lt;/b&gt; insère un repère temporel, &lt;b&gt;F8&lt;/b&gt; lance la lecture.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="124"/>
        <source>Select words and press &lt;b&gt;Ctrl+K&lt;/b&gt; to code them with a theme (type a new name to create one), drag a theme from the codebook onto them, or pin themes to &lt;b&gt;Alt+1…9&lt;/b&gt; (right-click a theme ▸ Pin to Alt+N).</source>
        <translation>Sélectionnez des mots et appuyez sur &lt;b&gt;Ctrl+K&lt;/b&gt; pour les coder avec un thème (tapez un nouveau nom pour en créer un), glissez un thème de la grille de codage sur eux, ou épinglez des thèmes à &lt;b&gt;Alt+1…9&lt;/b&gt; (clic droit sur un thème ▸ Épingler à Alt+N).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="128"/>
        <source>Tag a whole record above its text; write memos beside the codings.</source>
        <translation>Étiquetez une fiche entière au-dessus de son texte ; écrivez des mémos à côté des codages.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="130"/>
        <source>&lt;b&gt;Edit ▸ Properties…&lt;/b&gt; (Alt+Enter) changes a record after saving, an interview's participants too; &lt;b&gt;Delete&lt;/b&gt; asks first and names what goes with it; &lt;b&gt;Ctrl+Z&lt;/b&gt; outside the transcript brings it back.</source>
        <translation>&lt;b&gt;Édition ▸ Propriétés…&lt;/b&gt; (Alt+Entrée) modifie une fiche après l'enregistrement, y compris les participants d'un entretien ; &lt;b&gt;Supprimer&lt;/b&gt; demande d'abord confirmation et nomme ce qui part avec ; &lt;b&gt;Ctrl+Z&lt;/b&gt; hors de la transcription le rétablit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="135"/>
        <source>&lt;b&gt;Review ▸ Case and study…&lt;/b&gt; compares themes across cases; the &lt;b&gt;Export&lt;/b&gt; menu writes case-study PDFs, REFI-QDA projects and CSV.</source>
        <translation>&lt;b&gt;Analyse ▸ Cas et étude…&lt;/b&gt; compare les thèmes entre les cas ; le menu &lt;b&gt;Exporter&lt;/b&gt; produit des PDF d'étude de cas, des projets REFI-QDA et du CSV.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="139"/>
        <source>&lt;b&gt;Sync ▸ Settings…&lt;/b&gt; signs in to your team's server; until then nothing leaves this laptop.</source>
        <translation>&lt;b&gt;Synchronisation ▸ Paramètres…&lt;/b&gt; vous connecte au serveur de votre équipe ; d'ici là, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="144"/>
        <source>The research loop</source>
        <translation>Le cycle de la recherche</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="263"/>
        <source>Colour scale</source>
        <translation>Échelle de couleurs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="269"/>
        <source>pale: 1 coded passage; dark: %1</source>
        <translation>clair : 1 passage codé ; foncé : %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="16"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="17"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="18"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="19"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="20"/>
        <source>Portuguese (Brazil)</source>
        <translation>portugais (Brésil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="21"/>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="22"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="23"/>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="24"/>
        <source>Bengali</source>
        <translation>bengali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="25"/>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="26"/>
        <source>Amharic</source>
        <translation>amharique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="27"/>
        <source>Hausa</source>
        <translation>haoussa</translation>
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
        <translation>zoulou</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="31"/>
        <source>Kinyarwanda</source>
        <translation>kinyarwanda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="32"/>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="33"/>
        <source>Ganda</source>
        <translation>luganda</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="34"/>
        <source>Wolof</source>
        <translation>wolof</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="35"/>
        <source>Nepali</source>
        <translation>népalais</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="36"/>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="37"/>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_names.py" line="38"/>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="22"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/language_box.py" line="33"/>
        <source>e.g. Kiswahili, العربية, Français</source>
        <translation>p. ex. Kiswahili, العربية, Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="54"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="63"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="89"/>
        <source>Language not changed</source>
        <translation>Langue non modifiée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/language_menu.py" line="90"/>
        <source>Stop the recording first, then choose the language again.</source>
        <translation>Arrêtez d'abord l'enregistrement, puis choisissez de nouveau la langue.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="66"/>
        <source>Input level</source>
        <translation>Niveau d'entrée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="74"/>
        <source>waiting for sound…</source>
        <translation>en attente du son…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="75"/>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/audio_signal.py" line="76"/>
        <source>NO SIGNAL</source>
        <translation>AUCUN SIGNAL</translation>
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
        <translation>Études, cas et fiches</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="59"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>&amp;Review</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91"/>
        <source>Case and &amp;study…</source>
        <translation>Cas et é&amp;tude…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="94"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="240"/>
        <source>Start one with &lt;b&gt;File ▸ New study…&lt;/b&gt;, then add cases with &lt;b&gt;File ▸ New case…&lt;/b&gt;, and participants and their consent, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Commencez par &lt;b&gt;Fichier ▸ Nouvelle étude…&lt;/b&gt;, puis ajoutez des cas avec &lt;b&gt;Fichier ▸ Nouveau cas…&lt;/b&gt;, et les participants et leur consentement, les entretiens et les observations depuis le menu &lt;b&gt;Cas&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="137"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223"/>
        <source>Choose a case or a record on the left</source>
        <translation>Choisissez un cas ou une fiche à gauche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="226"/>
        <source>Add a case with &lt;b&gt;File ▸ New case…&lt;/b&gt;; then participants, interviews and observations from the &lt;b&gt;Case&lt;/b&gt; menu.</source>
        <translation>Ajoutez un cas avec &lt;b&gt;Fichier ▸ Nouveau cas…&lt;/b&gt; ; puis les participants, entretiens et observations depuis le menu &lt;b&gt;Cas&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="237"/>
        <source>This data folder holds no study yet</source>
        <translation>Ce dossier de données ne contient encore aucune étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="246"/>
        <source>Joining a team? Use &lt;b&gt;Sync ▸ Settings…&lt;/b&gt; to sign in to your team's server: the studies you belong to arrive with the first sync.</source>
        <translation>Vous rejoignez une équipe ? Utilisez &lt;b&gt;Synchronisation ▸ Paramètres…&lt;/b&gt; pour vous connecter au serveur de votre équipe : les études dont vous faites partie arrivent à la première synchronisation.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Interview: %1</source>
        <translation>Entretien : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="276"/>
        <source>Observation: %1</source>
        <translation>Observation : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="293"/>
        <source>Cannot open this record</source>
        <translation>Impossible d'ouvrir cette fiche</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="233"/>
        <source>all cases</source>
        <translation>tous les cas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="236"/>
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%1 dans %2 : %Ln passage codé</numerusform>
            <numerusform>%1 dans %2 : %Ln passages codés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="239"/>
        <source>(with its sub-themes)</source>
        <translation>(avec ses sous-thèmes)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="247"/>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="62"/>
        <source>New memo</source>
        <translation>Nouveau mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>Memo title</source>
        <translation>Titre du mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="64"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="66"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="68"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="69"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Mémo :</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="31"/>
        <source>Merge theme</source>
        <translation>Fusionner le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="33"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="36"/>
        <source>Theme to merge into</source>
        <translation>Thème cible de la fusion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="49"/>
        <source>What the merge will do</source>
        <translation>Ce que fera la fusion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="55"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="72"/>
        <source>%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. “%3” will then be removed from the codebook.</source>
        <translation>%1 codages et %2 étiquettes passeront de « %3 » à « %4 », avec ses sous-thèmes. « %3 » sera ensuite retiré de la grille de codage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_dialogs.py" line="82"/>
        <source>Choose a theme.</source>
        <translation>Choisissez un thème.</translation>
    </message>
</context>
<context>
    <name>NamePrompt</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="98"/>
        <source>Welcome to fieldkit</source>
        <translation>Bienvenue dans fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="102"/>
        <source>What is your name? fieldkit writes it as Interviewer or Observer of the records you make and as “Prepared by” in your reports. You can change it later in Edit ▸ Preferences…</source>
        <translation>Quel est votre nom ? fieldkit l'inscrit comme enquêteur ou observateur des fiches que vous créez et dans « Préparé par » de vos rapports. Vous pourrez le changer plus tard dans Édition ▸ Préférences…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="111"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>NewFolderDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="181"/>
        <source>New data folder</source>
        <translation>Nouveau dossier de données</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="183"/>
        <source>&amp;Encrypt %1 with a passphrase (recommended on a laptop)</source>
        <translation>&amp;Chiffrer %1 avec une phrase secrète (recommandé sur un ordinateur portable)</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="70"/>
        <source>Edit interview</source>
        <translation>Modifier l'entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="73"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="77"/>
        <source>optional; e.g. “Interview with P-01 (2024-03-01)”</source>
        <translation>facultatif ; p. ex. « Entretien avec P-01 (2024-03-01) »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="81"/>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="83"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="85"/>
        <source>Participants in this interview</source>
        <translation>Participants à cet entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="94"/>
        <source>No participants registered in this case yet.</source>
        <translation>Aucun participant enregistré dans ce cas pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="97"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="98"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="101"/>
        <source>I&amp;nterviewer:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="102"/>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Partic&amp;ipants:</source>
        <translation>Partic&amp;ipants :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="124"/>
        <source>No participant is ticked: exports will withhold every quote of this interview until a participant whose consent is given is linked. Tick who took part, or press Save again to save it like this.</source>
        <translation>Aucun participant n'est coché : les exports retiendront toutes les citations de cet entretien jusqu'à ce qu'un participant ayant donné son consentement y soit lié. Cochez qui y a pris part, ou appuyez de nouveau sur Enregistrer pour l'enregistrer tel quel.</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>New observation</source>
        <translation>Nouvelle observation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="189"/>
        <source>Edit observation</source>
        <translation>Modifier l'observation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="192"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="193"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="194"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="196"/>
        <source>e.g. Grade 3 classroom</source>
        <translation>p. ex. classe de CE2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="199"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="201"/>
        <source>First notes</source>
        <translation>Premières notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="202"/>
        <source>What you see; you can go on in the editor.</source>
        <translation>Ce que vous voyez ; vous pourrez continuer dans l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="203"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="204"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="205"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="206"/>
        <source>&amp;Setting:</source>
        <translation>&amp;Cadre :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="207"/>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bservateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="209"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="46"/>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="48"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="58"/>
        <source>Participant code</source>
        <translation>Code participant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="52"/>
        <source>optional; exports show it only where attribution is allowed</source>
        <translation>facultatif ; les exports ne l'affichent que là où l'attribution nominative est autorisée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="56"/>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="59"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="60"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="62"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="64"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="69"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="72"/>
        <source>Consent status</source>
        <translation>Statut du consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="74"/>
        <source>pending (not recorded yet)</source>
        <translation>en attente (pas encore recueilli)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="75"/>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="76"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="81"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="86"/>
        <source>today when given and left empty</source>
        <translation>aujourd'hui si donné et laissé vide</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="88"/>
        <source>Consent form</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="89"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="90"/>
        <source>verbal</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="91"/>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="95"/>
        <source>&amp;Audio recording</source>
        <translation>Enregistrement &amp;audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="96"/>
        <source>Verbatim &amp;quotes in reports</source>
        <translation>&amp;Citations textuelles dans les rapports</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="97"/>
        <source>A&amp;ttribution by name</source>
        <translation>A&amp;ttribution nominative</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="103"/>
        <source>&amp;Form:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/participant_dialog.py" line="107"/>
        <source>It allows:</source>
        <translation>Il autorise :</translation>
    </message>
</context>
<context>
    <name>ParticipantLabel</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="36"/>
        <source>consent pending</source>
        <translation>consentement en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="37"/>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="38"/>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="49"/>
        <source>no audio</source>
        <translation>pas d'audio</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="27"/>
        <source>Participants of this case</source>
        <translation>Participants de ce cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="35"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="36"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="37"/>
        <source>It allows</source>
        <translation>Autorise</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="61"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="62"/>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="63"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>verbal</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="65"/>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="75"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="76"/>
        <source>quotes</source>
        <translation>citations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="77"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/participants_panel.py" line="82"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>fieldkit is locked</source>
        <translation>fieldkit est verrouillé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="53"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="56"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="57"/>
        <source>&amp;Remember on this computer (keyring)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (trousseau)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="61"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="71"/>
        <source>The data folder %1 is encrypted. Enter its passphrase (or its recovery key).</source>
        <translation>Le dossier de données %1 est chiffré. Saisissez sa phrase secrète (ou sa clé de récupération).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="85"/>
        <source>That passphrase does not unlock this folder.</source>
        <translation>Cette phrase secrète ne déverrouille pas ce dossier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/folder_lock.py" line="99"/>
        <source>Not remembered</source>
        <translation>Non mémorisée</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="70"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="89"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="92"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="44"/>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="45"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="46"/>
        <source>Executive summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="47"/>
        <source>Case profile</source>
        <translation>Profil du cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="48"/>
        <source>Theme profile chart</source>
        <translation>Graphique du profil thématique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="49"/>
        <source>Key quotes by theme</source>
        <translation>Citations clés par thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="50"/>
        <source>Interview and observation summaries</source>
        <translation>Résumés des entretiens et des observations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="51"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="52"/>
        <source>Codebook appendix</source>
        <translation>Annexe : grille de codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="56"/>
        <source>Small (for e-mail on a slow link)</source>
        <translation>Petite (pour l'e-mail sur une connexion lente)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="57"/>
        <source>Medium (50 photos stay under 5 MB)</source>
        <translation>Moyenne (50 photos font moins de 5 Mo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="58"/>
        <source>Original (as taken; large files)</source>
        <translation>Originale (telle que prise ; fichiers lourds)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="119"/>
        <source>Export case-study PDF</source>
        <translation>Exporter le PDF d'étude de cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>This case: %1</source>
        <translation>Ce cas : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="121"/>
        <source>(none selected)</source>
        <translation>(aucun sélectionné)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="124"/>
        <source>Every case of the study, into a folder</source>
        <translation>Tous les cas de l'étude, dans un dossier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="127"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="129"/>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="135"/>
        <source>Anonymised edition (participant codes; names to redact replaced; no photos)</source>
        <translation>Édition anonymisée (codes participant ; noms à masquer remplacés ; sans photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="138"/>
        <source>Keep the photos (captions are redacted; faces and signs in them are not)</source>
        <translation>Garder les photos (les légendes sont masquées ; les visages et panneaux qu'elles montrent ne le sont pas)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="143"/>
        <source>Your name (left out when empty)</source>
        <translation>Votre nom (omis s'il est vide)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="144"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="146"/>
        <source>Photo size</source>
        <translation>Taille des photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="152"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="159"/>
        <source>Themes to include (quotes and chart)</source>
        <translation>Thèmes à inclure (citations et graphique)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="161"/>
        <source>Themes to include</source>
        <translation>Thèmes à inclure</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="170"/>
        <source>PDF file:</source>
        <translation>Fichier PDF :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="172"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="175"/>
        <source>Prepared by:</source>
        <translation>Préparé par :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="176"/>
        <source>Photo size:</source>
        <translation>Taille des photos :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="177"/>
        <source>Report language:</source>
        <translation>Langue du rapport :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="218"/>
        <source>Choose where to save.</source>
        <translation>Choisissez où enregistrer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="222"/>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/export_dialogs.py" line="302"/>
        <source>Exporting case studies</source>
        <translation>Export des études de cas</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="107"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="152"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="109"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="110"/>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="279"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="112"/>
        <source>Caption of the selected photo</source>
        <translation>Légende de la photo sélectionnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="113"/>
        <source>Photo caption</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="121"/>
        <source>&amp;Delete photo…</source>
        <translation>&amp;Supprimer la photo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="239"/>
        <source>No photos</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="248"/>
        <source>Photos cannot be shown: %1</source>
        <translation>Impossible d'afficher les photos : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="281"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="319"/>
        <source>Adding photos</source>
        <translation>Ajout des photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="337"/>
        <source>Added %1 of %2 files. These were not added:</source>
        <translation>%1 fichiers sur %2 ajoutés. Ceux-ci n'ont pas été ajoutés :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="342"/>
        <source>No photo was added:</source>
        <translation>Aucune photo n'a été ajoutée :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="344"/>
        <source>Some files are not photos</source>
        <translation>Certains fichiers ne sont pas des photos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="354"/>
        <source>Photos not added</source>
        <translation>Photos non ajoutées</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_strip.py" line="391"/>
        <source>Caption not saved</source>
        <translation>Légende non enregistrée</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="77"/>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="80"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="90"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="91"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="92"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="93"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="155"/>
        <source>Photo — %1</source>
        <translation>Photo — %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/photos/photo_viewer.py" line="197"/>
        <source>This photo cannot be shown: %1</source>
        <translation>Impossible d'afficher cette photo : %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="46"/>
        <source>e.g. Amina Yusuf</source>
        <translation>p. ex. Amina Yusuf</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Shown as Interviewer or Observer of new records and as “Prepared by” in reports.</source>
        <translation>Indiqué comme enquêteur ou observateur des nouvelles fiches et dans « Préparé par » des rapports.</translation>
    </message>
</context>
<context>
    <name>ProtectActions</name>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="61"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="62"/>
        <source>Export &amp;log…</source>
        <translation>&amp;Journal des exports…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="64"/>
        <source>&amp;Withdraw and erase a participant…</source>
        <translation>Re&amp;trait et effacement d'un participant…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="96"/>
        <source>This folder has never been backed up: File ▸ Back up…</source>
        <translation>Ce dossier n'a jamais été sauvegardé : Fichier ▸ Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="98"/>
        <source>Your last backup is more than a week old: File ▸ Back up…</source>
        <translation>Votre dernière sauvegarde date de plus d'une semaine : Fichier ▸ Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="111"/>
        <source>Back up this data folder</source>
        <translation>Sauvegarder ce dossier de données</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="123"/>
        <source>A passphrase to encrypt the backup (leave empty for none). A forgotten passphrase cannot be recovered:</source>
        <translation>Une phrase secrète pour chiffrer la sauvegarde (laisser vide pour aucune). Une phrase secrète oubliée ne peut pas être récupérée :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="141"/>
        <source>Backed up to {0} ({1}), encrypted with your passphrase.</source>
        <translation>Sauvegardé dans {0} ({1}), chiffré avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="143"/>
        <source>Backed up to {0} ({1}), encrypted with this folder's key.</source>
        <translation>Sauvegardé dans {0} ({1}), chiffré avec la clé de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="145"/>
        <source>Backed up to {0} ({1}). Not encrypted: keep it safe.</source>
        <translation>Sauvegardé dans {0} ({1}). Non chiffré : conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="151"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="153"/>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="159"/>
        <source>Type the backup's passphrase again:</source>
        <translation>Saisissez de nouveau la phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="164"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="171"/>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="165"/>
        <source>The two passphrases differ. Nothing was backed up: try again.</source>
        <translation>Les deux phrases secrètes diffèrent. Rien n'a été sauvegardé : réessayez.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="183"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="190"/>
        <source>An empty folder for the restored data</source>
        <translation>Un dossier vide pour les données restaurées</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="197"/>
        <source>The passphrase of this backup:</source>
        <translation>La phrase secrète de cette sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="208"/>
        <source>Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a new device identity at its first sync (sign in again).</source>
        <translation>{0} fichiers restaurés dans {1}. Ouvrez-le avec : fieldkit --data-dir {1} ; il prend une nouvelle identité d'appareil à sa première synchronisation (reconnectez-vous).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="215"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="217"/>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="271"/>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="343"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="278"/>
        <source>Select the participant's case first.</source>
        <translation>Sélectionnez d'abord le cas du participant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="290"/>
        <source>This case has no participants.</source>
        <translation>Ce cas n'a aucun participant.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="294"/>
        <source>Withdraw and erase</source>
        <translation>Retrait et effacement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="295"/>
        <source>Participant:</source>
        <translation>Participant :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="307"/>
        <source>Withdraw and erase {0}</source>
        <translation>Retirer et effacer {0}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="310"/>
        <source>{0} withdraws consent. This erases, on this laptop, on the server and on every laptop that syncs, and cannot be undone:</source>
        <translation>{0} retire son consentement. Ceci efface, sur cet ordinateur, sur le serveur et sur tout ordinateur qui se synchronise, et ne peut pas être annulé :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="334"/>
        <source>{0} erased here; the next sync erases them everywhere.</source>
        <translation>{0} effacé ici ; la prochaine synchronisation l'efface partout.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/protect/protect_actions.py" line="345"/>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="43"/>
        <source>New &amp;study…</source>
        <translation>Nouvelle &amp;étude…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="44"/>
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;cas…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="45"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifier le cas…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="47"/>
        <source>New &amp;participant…</source>
        <translation>Nouveau &amp;participant…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="50"/>
        <source>Edit p&amp;articipant…</source>
        <translation>Modifier le p&amp;articipant…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="53"/>
        <source>New &amp;interview…</source>
        <translation>Nouvel &amp;entretien…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="56"/>
        <source>New &amp;observation…</source>
        <translation>Nouvelle &amp;observation…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="58"/>
        <source>&amp;Names to redact…</source>
        <translation>&amp;Noms à masquer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="74"/>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="170"/>
        <source>Select a case first.</source>
        <translation>Sélectionnez d'abord un cas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="179"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="251"/>
        <source>Create a study first.</source>
        <translation>Créez d'abord une étude.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="257"/>
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="279"/>
        <source>Cannot open this</source>
        <translation>Impossible d'ouvrir ceci</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269"/>
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>%Ln nom sur la liste de l'étude à masquer.</numerusform>
            <numerusform>%Ln noms sur la liste de l'étude à masquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/record_dialogs.py" line="258"/>
        <source>Your name (remembered for next time)</source>
        <translation>Votre nom (mémorisé pour la prochaine fois)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="85"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="175"/>
        <source>language: %1</source>
        <translation>langue : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="174"/>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="177"/>
        <source>setting: %1</source>
        <translation>cadre : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="284"/>
        <source>Your latest typing is not saved yet: %1 It stays here in the editor.</source>
        <translation>Votre dernière saisie n'est pas encore enregistrée : %1 Elle reste ici dans l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="304"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="315"/>
        <source>No theme is pinned to Alt+%1: right-click a theme in the codebook ▸ Pin to Alt+N.</source>
        <translation>Aucun thème n'est épinglé à Alt+%1 : clic droit sur un thème dans la grille de codage ▸ Épingler à Alt+N.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="349"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="353"/>
        <source>Theme not created</source>
        <translation>Thème non créé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="358"/>
        <source>Select some words first, then choose a theme.</source>
        <translation>Sélectionnez d'abord des mots, puis choisissez un thème.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_editor.py" line="380"/>
        <source>These words are already coded with %1.</source>
        <translation>Ces mots sont déjà codés avec %1.</translation>
    </message>
</context>
<context>
    <name>RecordMemos</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="93"/>
        <source>&lt;b&gt;Memos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mémos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="95"/>
        <source>Memos on this record</source>
        <translation>Mémos sur cette fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="99"/>
        <source>&amp;Add memo…</source>
        <translation>&amp;Ajouter un mémo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="100"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="101"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="102"/>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="184"/>
        <source>Delete memo</source>
        <translation>Supprimer le mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="124"/>
        <source>&amp;Edit memo…</source>
        <translation>&amp;Modifier le mémo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="126"/>
        <source>&amp;Delete memo…</source>
        <translation>&amp;Supprimer le mémo…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="185"/>
        <source>Delete the memo “%1”?</source>
        <translation>Supprimer le mémo « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_memos.py" line="198"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>RecordTags</name>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="61"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="63"/>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="64"/>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="145"/>
        <source>Remove the tag “%1”</source>
        <translation>Retirer l'étiquette « %1 »</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="146"/>
        <source>Remove tag %1</source>
        <translation>Retirer l'étiquette %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="159"/>
        <source>Free-word tag “%1” (not a codebook theme). Click to remove it.</source>
        <translation>Étiquette libre « %1 » (pas un thème de la grille). Cliquez pour la retirer.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="163"/>
        <source>Remove free-word tag %1</source>
        <translation>Retirer l'étiquette libre %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="206"/>
        <source>“%1” is not a theme: pick a suggestion, or type it again.</source>
        <translation>« %1 » n'est pas un thème : choisissez une suggestion, ou retapez-le.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="228"/>
        <source>Not a theme</source>
        <translation>Pas un thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="231"/>
        <source>“%1” is not a theme in this study's codebook. Tag this record with it as a free word, or add it to the codebook as a new theme?</source>
        <translation>« %1 » n'est pas un thème de la grille de codage de cette étude. Étiqueter cette fiche avec ce mot libre, ou l'ajouter à la grille comme nouveau thème ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="235"/>
        <source>Tag as a free word</source>
        <translation>Étiqueter avec un mot libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/record_tags.py" line="236"/>
        <source>Add as a theme</source>
        <translation>Ajouter comme thème</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingRecovery</name>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="40"/>
        <source>Unfinished recordings</source>
        <translation>Enregistrements inachevés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="41"/>
        <source>fieldkit could not check for unfinished recordings: %1</source>
        <translation>fieldkit n'a pas pu vérifier les enregistrements inachevés : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="67"/>
        <source>%1 recordings interrupted last time were recovered and attached to their interviews.</source>
        <translation>%1 enregistrements interrompus la dernière fois ont été récupérés et joints à leurs entretiens.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audio/recording_recovery.py" line="77"/>
        <source>Recordings kept, not attached</source>
        <translation>Enregistrements conservés, non joints</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="33"/>
        <source>person → [name]</source>
        <translation>personne → [nom]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="34"/>
        <source>place → [place]</source>
        <translation>lieu → [lieu]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="35"/>
        <source>other → [redacted]</source>
        <translation>autre → [masqué]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="36"/>
        <source>keep: never replaced</source>
        <translation>garder : jamais remplacé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="55"/>
        <source>Names to redact</source>
        <translation>Noms à masquer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="59"/>
        <source>Anonymised editions replace these names and places everywhere: titles, text, quotes, file names and PDF properties; any case, with or without accents, as whole words. Add other spellings (in other scripts too) separated by “;”.</source>
        <translation>Les éditions anonymisées remplacent ces noms et lieux partout : titres, texte, citations, noms de fichiers et propriétés du PDF ; sans tenir compte de la casse ni des accents, en mots entiers. Ajoutez d'autres graphies (y compris dans d'autres écritures) séparées par « ; ».</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="66"/>
        <source>Names and places to redact</source>
        <translation>Noms et lieux à masquer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Name or place</source>
        <translation>Nom ou lieu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="110"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="68"/>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="80"/>
        <source>&amp;Add name or place</source>
        <translation>&amp;Ajouter un nom ou un lieu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/redact_dialog.py" line="104"/>
        <source>this list</source>
        <translation>cette liste</translation>
    </message>
</context>
<context>
    <name>ReportLanguageBox</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/report_language_box.py" line="15"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_export.py" line="22"/>
        <source>could not write %1</source>
        <translation>impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="85"/>
        <source>Case and study review</source>
        <translation>Analyse des cas et de l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="98"/>
        <source>Review views</source>
        <translation>Vues d'analyse</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="102"/>
        <source>&amp;Case:</source>
        <translation>&amp;Cas :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="104"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="114"/>
        <source>Case profile</source>
        <translation>Profil du cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="121"/>
        <source>Cases and themes</source>
        <translation>Cas et thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="137"/>
        <source>Coded passages per cell (a parent theme counts its sub-themes):</source>
        <translation>Passages codés par cellule (un thème parent compte ses sous-thèmes) :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="142"/>
        <source>Study matrix</source>
        <translation>Matrice de l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="145"/>
        <source>Export c&amp;hart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="146"/>
        <source>Save the case profile chart as PNG or SVG</source>
        <translation>Enregistrer le graphique du profil du cas en PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="147"/>
        <source>Export &amp;matrix…</source>
        <translation>Exporter la &amp;matrice…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="148"/>
        <source>Save the study matrix as CSV</source>
        <translation>Enregistrer la matrice de l'étude en CSV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="157"/>
        <source>Click a bar or a cell to list its coded passages.</source>
        <translation>Cliquez sur une barre ou une cellule pour lister ses passages codés.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="161"/>
        <location filename="../../fieldkit/ui/review/window.py" line="288"/>
        <source>Coded passages</source>
        <translation>Passages codés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="162"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="173"/>
        <source>Whole quote</source>
        <translation>Citation complète</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="239"/>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="241"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="242"/>
        <source>%1 - theme profile.png</source>
        <comment>a suggested file name</comment>
        <translation>%1 - profil thématique.png</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="243"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="248"/>
        <source>Theme profile: %1</source>
        <translation>Profil thématique : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="251"/>
        <source>Cannot export the chart</source>
        <translation>Impossible d'exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>Export matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>study matrix.csv</source>
        <translation>matrice de l'étude.csv</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="255"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="261"/>
        <source>Cannot export the matrix</source>
        <translation>Impossible d'exporter la matrice</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="277"/>
        <source>all cases</source>
        <translation>tous les cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="295"/>
        <source>(the whole record is tagged)</source>
        <translation>(toute la fiche est étiquetée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="298"/>
        <source>(audio or detached passage)</source>
        <translation>(passage audio ou détaché)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307"/>
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%Ln passage codé</numerusform>
            <numerusform>%Ln passages codés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/window.py" line="308"/>
        <source>No coded passages here.</source>
        <translation>Aucun passage codé ici.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="19"/>
        <source>learner</source>
        <translation>apprenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="20"/>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="21"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="22"/>
        <source>community member</source>
        <translation>membre de la communauté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="23"/>
        <source>school leader</source>
        <translation>chef d'établissement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="24"/>
        <source>official</source>
        <translation>fonctionnaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="25"/>
        <source>NGO staff</source>
        <translation>personnel d'ONG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="26"/>
        <source>researcher</source>
        <translation>chercheur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/role_names.py" line="27"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="65"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="82"/>
        <source>Search records</source>
        <translation>Rechercher dans les fiches</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="98"/>
        <source>Search transcripts, notes, cases…</source>
        <translation>Rechercher dans les transcriptions, notes, cas…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="99"/>
        <source>Search words</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="103"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="105"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="106"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="107"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="108"/>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="292"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="111"/>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="112"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Free-word tag</source>
        <translation>Étiquette libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="113"/>
        <source>Any tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="120"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="127"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="216"/>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="231"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="248"/>
        <source>(the whole record is tagged)</source>
        <translation>(toute la fiche est étiquetée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="250"/>
        <source>(audio passage)</source>
        <translation>(passage audio)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259"/>
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>%Ln passage codé avec « %1 »</numerusform>
            <numerusform>%Ln passages codés avec « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="263"/>
        <source>No passage is coded with “%1” here yet.</source>
        <translation>Aucun passage n'est encore codé avec « %1 » ici.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="290"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="291"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="293"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/search/search_dock.py" line="347"/>
        <source>Open record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
</context>
<context>
    <name>ServerMonitor</name>
    <message>
        <location filename="../../fieldkit/ui/sync/server_monitor.py" line="145"/>
        <source>this computer has no network connection</source>
        <translation>cet ordinateur n'a pas de connexion réseau</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="47"/>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Changes set aside</source>
        <translation>Modifications mises de côté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="51"/>
        <source>These changes came from the server but could not be applied on this laptop yet, so sync set them aside and carried on with everything else. Most wait for a record that has not arrived; they are applied by themselves when it does.</source>
        <translation>Ces modifications venues du serveur n'ont pas encore pu être appliquées sur cet ordinateur ; la synchronisation les a donc mises de côté et a poursuivi avec tout le reste. La plupart attendent une fiche qui n'est pas encore arrivée ; elles s'appliquent d'elles-mêmes quand elle arrive.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="63"/>
        <source>The server refused these changes made on this laptop. They are kept here with the server's reason, and everything else was sent. Send one again once its cause is fixed (for example after the server is updated), or discard it: the record keeps its values on this laptop.</source>
        <translation>Le serveur a refusé ces modifications faites sur cet ordinateur. Elles sont gardées ici avec la raison donnée par le serveur, et tout le reste a été envoyé. Renvoyez-en une une fois sa cause corrigée (par exemple après la mise à jour du serveur), ou abandonnez-la : la fiche garde ses valeurs sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>Your changes the server refused</source>
        <translation>Vos modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="71"/>
        <source>The server's reason</source>
        <translation>Raison donnée par le serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="74"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="76"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="98"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="155"/>
        <source>Not sent again</source>
        <translation>Non renvoyée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="163"/>
        <source>Discard the refused change</source>
        <translation>Abandonner la modification refusée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="165"/>
        <source>Never send this change of %1? The record keeps its values on this laptop; the team will not get them.</source>
        <translation>Ne jamais envoyer cette modification de %1 ? La fiche garde ses valeurs sur cet ordinateur ; l'équipe ne les recevra pas.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="171"/>
        <source>Not discarded</source>
        <translation>Non abandonnée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="57"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="58"/>
        <source>Nothing set aside: everything pulled was applied.</source>
        <translation>Rien de côté : tout ce qui a été reçu a été appliqué.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/set_aside_view.py" line="115"/>
        <source>Cannot list the changes set aside</source>
        <translation>Impossible de lister les modifications mises de côté</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="61"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="66"/>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="71"/>
        <source>Code with the theme pinned to that key</source>
        <translation>Coder avec le thème épinglé à cette touche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="72"/>
        <source>Leave the transcript</source>
        <translation>Quitter la transcription</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/help_windows.py" line="76"/>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>Ouverture de vos données dans %1…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/startup_window.py" line="25"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="10"/>
        <source>{field} must not be empty</source>
        <translation>Le champ « {field} » ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="11"/>
        <source>{field} is too long ({length} characters; at most {most})</source>
        <translation>Le champ « {field} » est trop long ({length} caractères ; {most} au plus)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="12"/>
        <source>{field} is required (YYYY-MM-DD)</source>
        <translation>Le champ « {field} » est obligatoire (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="13"/>
        <source>{field} {value} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>{value} n'est pas une date valide pour « {field} » ; écrivez-la sous la forme AAAA-MM-JJ, par ex. 2024-03-15</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="16"/>
        <source>time {value} is not valid; write it as HH:MM, e.g. 09:30</source>
        <translation>L'heure {value} n'est pas valide ; écrivez-la sous la forme HH:MM, par ex. 09:30</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="17"/>
        <source>{field} must be one of {allowed} (not {value})</source>
        <translation>Le champ « {field} » doit valoir l'une de ces valeurs : {allowed} (pas {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="18"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="318"/>
        <source>colour {value} is not valid; write it as #RRGGBB, e.g. #1f77b4</source>
        <translation>La couleur {value} n'est pas valide ; écrivez-la sous la forme #RRGGBB, par ex. #1f77b4</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="20"/>
        <source>the consent date {date} is in the future; write the day consent was given (today at the latest)</source>
        <translation>La date du consentement {date} est dans le futur ; indiquez le jour où le consentement a été donné (aujourd'hui au plus tard)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="25"/>
        <source>participant code {code} is already used in this study (by {other})</source>
        <translation>Le code participant {code} est déjà utilisé dans cette étude (par {other})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="28"/>
        <source>language {value} is not a language fieldkit knows; choose one from the list, or write its code, e.g. en, fr, sw, hi or pt-BR</source>
        <translation>La langue {value} n'est pas une langue connue de fieldkit ; choisissez-en une dans la liste, ou écrivez son code, par ex. en, fr, sw, hi ou pt-BR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="33"/>
        <source>the observation's description is empty</source>
        <translation>La description de l'observation est vide</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="35"/>
        <source>a theme name is required</source>
        <translation>Un nom de thème est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="36"/>
        <source>a theme called {name} already exists in this study</source>
        <translation>Un thème nommé {name} existe déjà dans cette étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="38"/>
        <source>The server at {at} showed a certificate this laptop does not trust ({why}). If your team runs its own certificate authority, sign in again with its certificate (a PEM file; --ca-file in the terminal).</source>
        <translation>Le serveur {at} a présenté un certificat auquel cet ordinateur ne fait pas confiance ({why}). Si votre équipe a sa propre autorité de certification, reconnectez-vous avec son certificat (un fichier PEM ; --ca-file dans le terminal).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="44"/>
        <source>No secure connection could be made to the server at {at} ({why}). Check the address: https:// is for a server with a certificate, http:// for one without.</source>
        <translation>Aucune connexion sécurisée n'a pu être établie avec le serveur {at} ({why}). Vérifiez l'adresse : https:// pour un serveur avec certificat, http:// pour un serveur sans.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="49"/>
        <source>The server name {host} could not be found. Check the address for typing mistakes, and that this laptop is connected to the internet or your network.</source>
        <translation>Le nom de serveur {host} est introuvable. Vérifiez que l'adresse ne contient pas de faute de frappe et que cet ordinateur est connecté à Internet ou à votre réseau.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="54"/>
        <source>The server at {at} took too long to answer. The connection may be slow or the server busy; try again later.</source>
        <translation>Le serveur {at} a mis trop de temps à répondre. La connexion est peut-être lente ou le serveur occupé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="59"/>
        <source>The server at {at} did not answer (connection refused). Check the address and that the server is running.</source>
        <translation>Le serveur {at} n'a pas répondu (connexion refusée). Vérifiez l'adresse et que le serveur est en marche.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="64"/>
        <source>The connection to the server at {at} was cut off. Try again; if it keeps happening, the network or the server is unstable.</source>
        <translation>La connexion au serveur {at} a été coupée. Réessayez ; si cela se répète, le réseau ou le serveur est instable.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="69"/>
        <source>The server at {at} cannot be reached from this network (no route). Check that this laptop is connected, then the address.</source>
        <translation>Le serveur {at} est injoignable depuis ce réseau (aucune route). Vérifiez que cet ordinateur est connecté, puis l'adresse.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="74"/>
        <source>The server at {at} could not be reached ({why}). Check the address and that the server is running.</source>
        <translation>Le serveur {at} est injoignable ({why}). Vérifiez l'adresse et que le serveur est en marche.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="79"/>
        <source> (it said: {detail})</source>
        <translation> (il a répondu : {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="80"/>
        <source>The server at {at} did not accept the sign-in{said}. Check your user name and password, or sign in again.</source>
        <translation>Le serveur {at} n'a pas accepté la connexion{said}. Vérifiez votre nom d'utilisateur et votre mot de passe, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="85"/>
        <source>The server at {at} does not allow this account to do that{said}. Ask your team lead for access.</source>
        <translation>Le serveur {at} n'autorise pas ce compte à faire cela{said}. Demandez l'accès à votre responsable d'équipe.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="90"/>
        <source>The address {at} answers, but not as a fieldkit server (HTTP 404). Check the address.</source>
        <translation>L'adresse {at} répond, mais pas comme un serveur fieldkit (HTTP 404). Vérifiez l'adresse.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="94"/>
        <source>The server at {at} had a problem of its own (HTTP {status}). Nothing was lost; try again later, and tell your team lead if it lasts.</source>
        <translation>Le serveur {at} a rencontré un problème de son côté (HTTP {status}). Rien n'est perdu ; réessayez plus tard et prévenez votre responsable d'équipe si cela dure.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="99"/>
        <source>The server at {at} refused the request (HTTP {status}){said}.</source>
        <translation>Le serveur {at} a refusé la demande (HTTP {status}){said}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="12"/>
        <source>an observation can hold photos and documents, not audio recordings</source>
        <translation>Une observation peut contenir des photos et des documents, pas des enregistrements audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="16"/>
        <source>a case can hold photos and documents, not audio recordings</source>
        <translation>Un cas peut contenir des photos et des documents, pas des enregistrements audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="17"/>
        <source>attachment kind {kind} is unknown; use photo, audio or document</source>
        <translation>Le type de pièce jointe {kind} est inconnu ; utilisez photo, audio ou document</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="18"/>
        <source>a {record} cannot hold attachments</source>
        <translation>Un élément de type {record} ne peut pas avoir de pièces jointes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="19"/>
        <source>{amount} GB</source>
        <translation>{amount} Go</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="20"/>
        <source>{amount} MB</source>
        <translation>{amount} Mo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="21"/>
        <source>the photo {name} is {size}; photos up to {limit} are accepted</source>
        <translation>La photo {name} pèse {size} ; les photos sont acceptées jusqu'à {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="22"/>
        <source>the recording {name} is {size}; audio recordings up to {limit} are accepted</source>
        <translation>L'enregistrement {name} pèse {size} ; les enregistrements audio sont acceptés jusqu'à {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="26"/>
        <source>the document {name} is {size}; documents up to {limit} are accepted</source>
        <translation>Le document {name} pèse {size} ; les documents sont acceptés jusqu'à {limit}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="30"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="290"/>
        <source>the file {path} does not exist</source>
        <translation>Le fichier {path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="31"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="32"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="292"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path} n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="33"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="294"/>
        <source>fieldkit may not read {path} (permission denied)</source>
        <translation>fieldkit n'a pas le droit de lire {path} (permission refusée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="34"/>
        <source>the file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="35"/>
        <source>an attachment needs a file name</source>
        <translation>Une pièce jointe a besoin d'un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="37"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="271"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="270"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="272"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="40"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="273"/>
        <source>a WebP image</source>
        <translation>une image WebP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="41"/>
        <source>a TIFF image</source>
        <translation>une image TIFF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="42"/>
        <source>a BMP image</source>
        <translation>une image BMP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="43"/>
        <source>a HEIC/AVIF image</source>
        <translation>une image HEIC/AVIF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="44"/>
        <source>a WAV recording</source>
        <translation>un enregistrement WAV</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="45"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="282"/>
        <source>an MP3 recording</source>
        <translation>un enregistrement MP3</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="46"/>
        <source>an AAC recording</source>
        <translation>un enregistrement AAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="47"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="283"/>
        <source>an Ogg recording</source>
        <translation>un enregistrement Ogg</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="48"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="284"/>
        <source>a FLAC recording</source>
        <translation>un enregistrement FLAC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="49"/>
        <source>an AMR recording</source>
        <translation>un enregistrement AMR</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="50"/>
        <source>an M4A recording</source>
        <translation>un enregistrement M4A</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="51"/>
        <source>a WebM recording</source>
        <translation>un enregistrement WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="52"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="53"/>
        <source>a Word, OpenDocument or ZIP file</source>
        <translation>un fichier Word, OpenDocument ou ZIP</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="54"/>
        <source>an Office file</source>
        <translation>un fichier Office</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="55"/>
        <source>a rich-text document</source>
        <translation>un document en texte enrichi (RTF)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="56"/>
        <source>fieldkit cannot tell whether {name} is a photo, a recording or a document; say which kind it is</source>
        <translation>fieldkit ne peut pas savoir si {name} est une photo, un enregistrement ou un document ; indiquez de quel type il s'agit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="61"/>
        <source>the recording {name} is not audio (it looks like {label})</source>
        <translation>L'enregistrement {name} n'est pas un fichier audio (cela ressemble à {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="62"/>
        <source>{name} is not a recording fieldkit knows; use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM</source>
        <translation>{name} n'est pas un enregistrement que fieldkit connaît ; utilisez WAV, MP3, M4A, Ogg/Opus, FLAC, AMR ou WebM</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="66"/>
        <source>the photo {name} is a HEIC/AVIF image, which fieldkit cannot show yet; export it as JPEG on the phone or computer and attach that</source>
        <translation>La photo {name} est une image HEIC/AVIF, que fieldkit ne sait pas encore afficher ; exportez-la en JPEG sur le téléphone ou l'ordinateur et joignez ce fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="71"/>
        <source>the photo {name} is not an image (it looks like {label})</source>
        <translation>La photo {name} n'est pas une image (cela ressemble à {label})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="72"/>
        <source>the photo {name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, TIFF or BMP), or it is damaged</source>
        <translation>La photo {name} n'est pas une image que fieldkit sait lire (JPEG, PNG, GIF, WebP, TIFF ou BMP), ou elle est endommagée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="77"/>
        <source>the photo {name} has too many pixels to open safely</source>
        <translation>La photo {name} a trop de pixels pour être ouverte sans risque</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="79"/>
        <source>the file {name} is empty; nothing was attached</source>
        <translation>Le fichier {name} est vide ; rien n'a été joint</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="80"/>
        <source>{what} {where} is missing from the data folder {folder}; sync again to fetch it, or remove it and attach the file again</source>
        <translation>Fichier absent du dossier de données {folder} : {what} {where} ; synchronisez de nouveau pour le récupérer, ou retirez la pièce jointe et joignez de nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="85"/>
        <source>{what} {where} is damaged: its contents changed on disk; sync again to fetch a good copy, or remove it and attach the file again</source>
        <translation>Fichier endommagé : {what} {where} ; son contenu a changé sur le disque. Synchronisez de nouveau pour en récupérer une copie intacte, ou retirez la pièce jointe et joignez de nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="90"/>
        <source>the photo {name}</source>
        <translation>la photo {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="91"/>
        <source>the recording {name}</source>
        <translation>l'enregistrement {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="92"/>
        <source>the document {name}</source>
        <translation>le document {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="93"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="293"/>
        <source>the file {name}</source>
        <translation>le fichier {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="94"/>
        <source>(attached to interview {id})</source>
        <translation>(pièce jointe de l'entretien {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="95"/>
        <source>(attached to observation {id})</source>
        <translation>(pièce jointe de l'observation {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="96"/>
        <source>(attached to case {id})</source>
        <translation>(pièce jointe du cas {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="97"/>
        <source>(attached to {record} {id})</source>
        <translation>(pièce jointe de l'élément {record} {id})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="99"/>
        <source>{path} is a folder; give the backup file's name, e.g. -o fk.bak</source>
        <translation>{path} est un dossier ; donnez le nom du fichier de sauvegarde, par ex. -o fk.bak</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="100"/>
        <source>the backup file cannot be inside the data folder it backs up</source>
        <translation>Le fichier de sauvegarde ne peut pas se trouver dans le dossier de données qu'il sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="12"/>
        <source>there is no study yet; create one with: fieldkit study create NAME</source>
        <translation>Il n'y a encore aucune étude ; créez-en une avec : fieldkit study create NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="15"/>
        <source>several studies exist ({names}); choose one with --study ID</source>
        <translation>Plusieurs études existent ({names}) ; choisissez-en une avec --study ID</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="17"/>
        <source>the data folder {folder} is not encrypted (fieldkit encrypt)</source>
        <translation>Le dossier de données {folder} n'est pas chiffré (fieldkit encrypt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="18"/>
        <source>the recovery key could not be written to {path} ({reason}); it is printed above instead: copy it now</source>
        <translation>La clé de récupération n'a pas pu être écrite dans {path} ({reason}) ; elle est affichée ci-dessus à la place : copiez-la maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="24"/>
        <source>nothing deleted; add --yes to delete without being asked</source>
        <translation>Rien n'a été supprimé ; ajoutez --yes pour supprimer sans confirmation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="26"/>
        <source>unknown section {section}; choose from {choices}</source>
        <translation>Section inconnue {section} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="27"/>
        <source>--with-photos is for anonymised editions (with --anonymised)</source>
        <translation>--with-photos est réservé aux éditions anonymisées (avec --anonymised)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="28"/>
        <source>give the CASE_ID to export, or --all with --study</source>
        <translation>Indiquez le CASE_ID à exporter, ou --all avec --study</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="29"/>
        <source>give either a CASE_ID or --all, not both</source>
        <translation>Indiquez soit un CASE_ID, soit --all, pas les deux</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="31"/>
        <source>the name is empty; use --clear to remove it</source>
        <translation>Le nom est vide ; utilisez --clear pour le supprimer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="32"/>
        <source>the name is longer than {most} characters</source>
        <translation>Le nom dépasse {most} caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="34"/>
        <source>participant {codes} did not allow audio recording; the recording was not imported</source>
        <translation>Le participant {codes} n'a pas autorisé l'enregistrement audio ; l'enregistrement n'a pas été importé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="39"/>
        <source>give the password on standard input</source>
        <translation>Indiquez le mot de passe sur l'entrée standard</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="41"/>
        <source>cannot create {folder}: {reason}</source>
        <translation>Impossible de créer {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="42"/>
        <source>cannot write {path}: {reason}</source>
        <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="44"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>Le dossier {folder} ne peut pas être créé : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="46"/>
        <source>photo {file} ({record}) was left out: {problem}</source>
        <translation>La photo {file} ({record}) a été laissée de côté : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="48"/>
        <source>unknown PDF section {section}; choose from {choices}</source>
        <translation>Section de PDF inconnue {section} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="49"/>
        <source>the number of quotes per theme cannot be negative</source>
        <translation>Le nombre de citations par thème ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="50"/>
        <source>unknown photo size {size}; choose from {choices}</source>
        <translation>Taille de photo inconnue {size} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="51"/>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="101"/>
        <source>the folder {folder} does not exist</source>
        <translation>Le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="52"/>
        <source>the file name {name} gives away {leaks}; rename it before sending the anonymised edition</source>
        <translation>Le nom de fichier {name} révèle {leaks} ; renommez-le avant d'envoyer l'édition anonymisée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="56"/>
        <source>the PDF could not be written to {path}: {reason}</source>
        <translation>Le PDF n'a pas pu être écrit dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="57"/>
        <source>1 photo was left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>1 photo a été laissée de côté : les éditions anonymisées ne contiennent pas de photos, sauf demande (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="61"/>
        <source>{count} photos were left out: anonymised editions carry no photos unless asked (--with-photos)</source>
        <translation>{count} photos ont été laissées de côté : les éditions anonymisées ne contiennent pas de photos, sauf demande (--with-photos)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="67"/>
        <source>the file is not a picture fieldkit can read ({reason})</source>
        <translation>Le fichier n'est pas une image que fieldkit sait lire ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="69"/>
        <source>pdftotext (poppler-utils) is needed to read a PDF's text back</source>
        <translation>pdftotext (poppler-utils) est nécessaire pour relire le texte d'un PDF</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="70"/>
        <source>pdftotext could not read {path}: {reason}</source>
        <translation>pdftotext n'a pas pu lire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="72"/>
        <source>{script} text in {place} could not be rendered: no font found</source>
        <translation>Le texte en {script} dans {place} n'a pas pu être affiché : aucune police trouvée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="74"/>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} n'existe pas ou n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="75"/>
        <source>{name} holds too many files ({count})</source>
        <translation>{name} contient trop de fichiers ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="76"/>
        <source>{name} is a zip archive but not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} est une archive zip mais pas un projet REFI-QDA : elle ne contient pas de project.qde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="80"/>
        <source>{what} in {name} is too large ({size} bytes; at most {most})</source>
        <translation>{what} dans {name} est trop volumineux ({size} octets ; {most} au plus)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="81"/>
        <source>{name} is not a REFI-QDA project: it is not a zip archive ({reason})</source>
        <translation>{name} n'est pas un projet REFI-QDA : ce n'est pas une archive zip ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="85"/>
        <source>{archive} contains an unsafe file name ({entry}); it was not imported</source>
        <translation>{archive} contient un nom de fichier dangereux ({entry}) ; il n'a pas été importé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="89"/>
        <source>{name} is encrypted; export it again without a password</source>
        <translation>{name} est chiffré ; exportez-le de nouveau sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="90"/>
        <source>{name} unpacks to more than {most} GB</source>
        <translation>{name} dépasse {most} Go une fois décompressé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="91"/>
        <source>{archive} looks like a zip bomb ({entry} would unpack from {packed} to {size} bytes); not imported</source>
        <translation>{archive} ressemble à une bombe zip ({entry} passerait de {packed} à {size} octets une fois décompressé) ; non importé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="96"/>
        <source>{what} in {name} is damaged ({reason})</source>
        <translation>{what} dans {name} est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="97"/>
        <source>{what} in {name} cannot be read ({reason})</source>
        <translation>{what} dans {name} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="98"/>
        <source>{what} in {name} is larger than the archive says; the file is damaged or unsafe</source>
        <translation>{what} dans {name} est plus volumineux que ne l'indique l'archive ; le fichier est endommagé ou dangereux</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="103"/>
        <source>{file} was left out: REFI-QDA files hold at most 2 GB per file</source>
        <translation>{file} a été laissé de côté : les fichiers REFI-QDA acceptent au plus 2 Go par fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="104"/>
        <source>{file} was left out: {problem}</source>
        <translation>{file} a été laissé de côté : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="106"/>
        <source>the project file gives {what} an invalid identifier ({value}); it may be damaged</source>
        <translation>Le fichier de projet donne à {what} un identifiant non valide ({value}) ; il est peut-être endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="111"/>
        <source>positions in {source} were counted as {counting}, not as the standard's code points; fieldkit followed the file</source>
        <translation>Les positions dans {source} étaient comptées en {counting}, et non en points de code comme le veut la norme ; fieldkit a suivi le fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="116"/>
        <source>{count} picture region codings on {source} were not imported (fieldkit codes text and audio)</source>
        <translation>{count} codages de zones d'image sur {source} n'ont pas été importés (fieldkit code le texte et l'audio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="121"/>
        <source>{source} is already in the study with a different text; its codings were not imported</source>
        <translation>{source} est déjà dans l'étude avec un texte différent ; ses codages n'ont pas été importés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="125"/>
        <source>a coding in {source} names a code missing from the codebook; skipped</source>
        <translation>Un codage dans {source} désigne un code absent de la grille de codage ; ignoré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="129"/>
        <source>an audio selection on {source} runs from {start} to {end} ms, which is empty or negative; the project is inconsistent</source>
        <translation>Une sélection audio sur {source} va de {start} à {end} ms, ce qui est vide ou négatif ; le projet est incohérent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="135"/>
        <source>the code {name} was renamed {new} (name taken)</source>
        <translation>Le code {name} a été renommé {new} (nom déjà pris)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="136"/>
        <source>a whole-source coding names a missing code; skipped</source>
        <translation>Un codage de source entière désigne un code manquant ; ignoré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="138"/>
        <source>{source} ({kind}) was not imported: fieldkit keeps audio, photos and text</source>
        <translation>{source} ({kind}) n'a pas été importé : fieldkit conserve l'audio, les photos et le texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="143"/>
        <source>a coding on {title} was left out: its text was deleted</source>
        <translation>Un codage sur {title} a été laissé de côté : son texte a été supprimé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="144"/>
        <source>the export was cancelled; no file was written</source>
        <translation>L'exportation a été annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="146"/>
        <source>project.qde is not well-formed XML (line {line}, column {column}); the file is damaged or was not written by a REFI-QDA program</source>
        <translation>project.qde n'est pas un XML bien formé (ligne {line}, colonne {column}) ; le fichier est endommagé ou n'a pas été écrit par un programme REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="151"/>
        <source>project.qde is empty; the file is damaged</source>
        <translation>project.qde est vide ; le fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="152"/>
        <source>project.qde is not a REFI-QDA project (its root is &lt;{root}&gt; in namespace {namespace}, not &lt;Project&gt; in urn:QDA-XML:project:1.0)</source>
        <translation>project.qde n'est pas un projet REFI-QDA (sa racine est &lt;{root}&gt; dans l'espace de noms {namespace}, et non &lt;Project&gt; dans urn:QDA-XML:project:1.0)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="157"/>
        <source>{what} has {attribute}={value}, which is not a whole number; the file is damaged</source>
        <translation>{what} a {attribute}={value}, qui n'est pas un nombre entier ; le fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="161"/>
        <source>a coding in the project names no code (CodeRef missing)</source>
        <translation>Un codage du projet ne désigne aucun code (CodeRef manquant)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="162"/>
        <source>project.qde declares a DTD or entities, which REFI-QDA does not use; it was not imported for safety</source>
        <translation>project.qde déclare une DTD ou des entités, que REFI-QDA n'utilise pas ; par sécurité, il n'a pas été importé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="167"/>
        <source>this is a REFI-QDA codebook, not a project; import it as a codebook</source>
        <translation>Ceci est une grille de codage REFI-QDA, pas un projet ; importez-la comme grille de codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="172"/>
        <source>this data folder has no study to export</source>
        <translation>Ce dossier de données ne contient aucune étude à exporter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="173"/>
        <source>this data folder holds {count} studies; choose the one to export (--study)</source>
        <translation>Ce dossier de données contient {count} études ; choisissez celle à exporter (--study)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="178"/>
        <source>the text of {what} ({path}) is not inside {name}</source>
        <translation>Le texte de {what} ({path}) ne se trouve pas dans {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="179"/>
        <source>{what} has {length} characters; fieldkit holds at most {most} per text</source>
        <translation>{what} compte {length} caractères ; fieldkit en accepte au plus {most} par texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="183"/>
        <source>{source} was not imported: its file ({path}) is not inside the project file</source>
        <translation>{source} n'a pas été importé : son fichier ({path}) ne se trouve pas dans le fichier de projet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="187"/>
        <source>a selection in {what} runs from {start} to {end}, outside its text of {length} characters; the project is inconsistent</source>
        <translation>Une sélection dans {what} va de {start} à {end}, hors de son texte de {length} caractères ; le projet est incohérent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="193"/>
        <source>{what} is not valid UTF-16 text</source>
        <translation>{what} n'est pas un texte UTF-16 valide</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="194"/>
        <source>{what} is not UTF-8 text (bad byte at position {position}); REFI-QDA text sources must be UTF-8</source>
        <translation>{what} n'est pas un texte UTF-8 (octet incorrect à la position {position}) ; les sources texte REFI-QDA doivent être en UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/export.py" line="200"/>
        <source>reports are not available in {language}; they ship in {shipped}</source>
        <translation>Les rapports ne sont pas disponibles en {language} ; ils existent en {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="102"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>Impossible d'écrire la sauvegarde {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="103"/>
        <source>there is no backup file {path}; nothing was restored</source>
        <translation>Il n'y a pas de fichier de sauvegarde {path} ; rien n'a été restauré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="104"/>
        <source>the data folder {folder} is not empty; restore into a new folder (fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed</source>
        <translation>Le dossier de données {folder} n'est pas vide ; restaurez dans un nouveau dossier (fieldkit --data-dir NOUVEAU-DOSSIER restore FICHIER) : rien n'a été modifié</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="109"/>
        <source>cannot restore into {folder}: {reason}</source>
        <translation>Impossible de restaurer dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="110"/>
        <source>the backup {path} is encrypted ({encryption}); this version of fieldkit cannot open it</source>
        <translation>La sauvegarde {path} est chiffrée ({encryption}) ; cette version de fieldkit ne peut pas l'ouvrir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="114"/>
        <source>the backup {path} is encrypted with a passphrase; give it on standard input (fieldkit --data-dir NEW --passphrase-stdin restore FILE)</source>
        <translation>La sauvegarde {path} est chiffrée avec une phrase secrète ; donnez-la sur l'entrée standard (fieldkit --data-dir NOUVEAU --passphrase-stdin restore FICHIER)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="119"/>
        <source>the backup {path} is damaged (its header)</source>
        <translation>La sauvegarde {path} est endommagée (son en-tête)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="120"/>
        <source>wrong passphrase for the backup {path}: nothing was restored (a forgotten passphrase cannot be recovered)</source>
        <translation>Phrase secrète incorrecte pour la sauvegarde {path} : rien n'a été restauré (une phrase secrète oubliée ne peut pas être récupérée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="125"/>
        <source>the backup {path}</source>
        <translation>la sauvegarde {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="126"/>
        <source>cannot read the database {path} for the backup: {reason}</source>
        <translation>Impossible de lire la base de données {path} pour la sauvegarde : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="127"/>
        <source>{path} is not a fieldkit backup file</source>
        <translation>{path} n'est pas un fichier de sauvegarde fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="128"/>
        <source>the backup {path} was made by a newer fieldkit (format {format}); update fieldkit to restore it</source>
        <translation>La sauvegarde {path} a été faite par une version plus récente de fieldkit (format {format}) ; mettez fieldkit à jour pour la restaurer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="133"/>
        <source>the backup {path} holds an unexpected entry</source>
        <translation>La sauvegarde {path} contient une entrée inattendue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="134"/>
        <source>the backup {path} is damaged</source>
        <translation>La sauvegarde {path} est endommagée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="135"/>
        <source>the backup {path} is damaged or incomplete ({reason}); nothing was restored</source>
        <translation>La sauvegarde {path} est endommagée ou incomplète ({reason}) ; rien n'a été restauré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="139"/>
        <source>the backup {path} holds no database; nothing was restored</source>
        <translation>La sauvegarde {path} ne contient aucune base de données ; rien n'a été restauré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="140"/>
        <source>the backup {path} holds a damaged database ({reason})</source>
        <translation>La sauvegarde {path} contient une base de données endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="142"/>
        <source>{amount} bytes</source>
        <translation>{amount} octets</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="143"/>
        <source>{amount} KB</source>
        <translation>{amount} Ko</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="144"/>
        <source>the attachment file {file}… is missing from {folder}; sync again or re-import it</source>
        <translation>Le fichier joint {file}… est absent de {folder} ; synchronisez de nouveau ou importez-le une nouvelle fois</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="148"/>
        <source>the file {file}…</source>
        <translation>le fichier {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="149"/>
        <source>not a SHA-256 hash: {value}</source>
        <translation>Ce n'est pas une empreinte SHA-256 : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="150"/>
        <source>fieldkit may not read {path}</source>
        <translation>fieldkit n'a pas le droit de lire {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="151"/>
        <source>the attachment file {file}… is damaged (its contents changed on disk); sync again or re-import it</source>
        <translation>Le fichier joint {file}… est endommagé (son contenu a changé sur le disque) ; synchronisez de nouveau ou importez-le une nouvelle fois</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="156"/>
        <source>the attachment file {file}… is missing</source>
        <translation>Le fichier joint {file}… est absent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="157"/>
        <source>the attachment file {file}… is damaged</source>
        <translation>Le fichier joint {file}… est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="158"/>
        <source>not enough free space for a {size} file: {free} free in {folder} (fieldkit keeps {reserve} free so edits can still be saved); nothing was stored</source>
        <translation>Pas assez d'espace libre pour un fichier de {size} : {free} libres dans {folder} (fieldkit garde {reserve} libres pour que les modifications puissent encore être enregistrées) ; rien n'a été stocké</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="163"/>
        <source>{name} could not be read to the end ({reason}); nothing was stored — copy it to this computer and try again</source>
        <translation>La lecture de {name} s'est interrompue avant la fin ({reason}) ; rien n'a été stocké — copiez le fichier sur cet ordinateur et réessayez</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="168"/>
        <source>the attachment file {file}… cannot be read: {reason}</source>
        <translation>Le fichier joint {file}… ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="169"/>
        <source>the disk holding {folder} is full; nothing was stored</source>
        <translation>Le disque qui contient {folder} est plein ; rien n'a été stocké</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="170"/>
        <source>fieldkit may not write in {folder} ({reason})</source>
        <translation>fieldkit n'a pas le droit d'écrire dans {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="171"/>
        <source>could not store the file in {folder}: {reason}</source>
        <translation>Impossible de stocker le fichier dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="12"/>
        <source>research records are never erased; they are marked deleted so the deletion can sync</source>
        <translation>Les fiches de recherche ne sont jamais effacées ; elles sont marquées comme supprimées pour que la suppression puisse se synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="17"/>
        <source>the default codebook is not available in {language}; it ships in {shipped}</source>
        <translation>La grille de codage par défaut n'est pas disponible en {language} ; elle est fournie en {shipped}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="22"/>
        <source>a {record} has no text to code</source>
        <translation>Un élément de type {record} n'a pas de texte à coder</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="23"/>
        <source>the case {title} has no text of its own to code; tag it instead, or code one of its interviews or observations</source>
        <translation>Le cas {title} n'a pas de texte propre à coder ; attribuez-lui plutôt une étiquette, ou codez l'un de ses entretiens ou l'une de ses observations</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="28"/>
        <source>start and end must be whole numbers of milliseconds (not {value})</source>
        <translation>Le début et la fin doivent être des nombres entiers de millisecondes (pas {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="32"/>
        <source>start and end must be whole numbers (not {value})</source>
        <translation>Le début et la fin doivent être des nombres entiers (pas {value})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="33"/>
        <source>the theme {name} is archived; restore it before using it</source>
        <translation>Le thème {name} est archivé ; restaurez-le avant de l'utiliser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="34"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="299"/>
        <source>the span {start}–{end} lies outside the text, which has {length} characters</source>
        <translation>Le passage {start}–{end} sort du texte, qui compte {length} caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="38"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="303"/>
        <source>the span {start}–{end} is empty; end must be greater than start</source>
        <translation>Le passage {start}–{end} est vide ; la fin doit être supérieure au début</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="39"/>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="304"/>
        <source>the span covers only white space</source>
        <translation>Le passage ne contient que des espaces</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="40"/>
        <source>this span is already coded with {theme}</source>
        <translation>Ce passage est déjà codé avec {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="41"/>
        <source>{name} is not an audio recording</source>
        <translation>{name} n'est pas un enregistrement audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="42"/>
        <source>the span {start}–{end} ms is empty or negative</source>
        <translation>Le passage {start}–{end} ms est vide ou négatif</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="43"/>
        <source>the span ends at {end} ms but the recording lasts {length} ms</source>
        <translation>Le passage se termine à {end} ms mais l'enregistrement dure {length} ms</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="44"/>
        <source>this part of the recording is already coded with {theme}</source>
        <translation>Cette partie de l'enregistrement est déjà codée avec {theme}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="46"/>
        <source>no conflict with id {id}</source>
        <translation>Aucun conflit avec l'identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="47"/>
        <source>this conflict was already resolved</source>
        <translation>Ce conflit a déjà été résolu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="48"/>
        <source>choose keep, take_losing or custom, not {choice}</source>
        <translation>Choisissez keep, take_losing ou custom, pas {choice}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="49"/>
        <source>the {record} of this conflict no longer exists</source>
        <translation>L'élément ({record}) de ce conflit n'existe plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="173"/>
        <source>the data folder {folder} is encrypted; give its passphrase (fieldkit --passphrase-stdin …, or unlock it in the app)</source>
        <translation>Le dossier de données {folder} est chiffré ; donnez sa phrase secrète (fieldkit --passphrase-stdin …, ou déverrouillez-le dans l'application)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="178"/>
        <source>the data folder {folder} is not encrypted</source>
        <translation>Le dossier de données {folder} n'est pas chiffré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="179"/>
        <source>cannot create the database in {folder}: {reason}</source>
        <translation>Impossible de créer la base de données dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="180"/>
        <source>the data folder {folder} is a file, not a folder; choose another folder with --data-dir</source>
        <translation>Le dossier de données {folder} est un fichier, pas un dossier ; choisissez un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="184"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier de données {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="185"/>
        <source>the data folder {folder} is read-only; fieldkit needs to write there (choose another folder with --data-dir or fix its permissions)</source>
        <translation>Le dossier de données {folder} est en lecture seule ; fieldkit doit pouvoir y écrire (choisissez un autre dossier avec --data-dir ou corrigez ses permissions)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="190"/>
        <source>the database in {folder} is read-only: {reason}</source>
        <translation>La base de données de {folder} est en lecture seule : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="191"/>
        <source>the disk holding {folder} is full; free some space — nothing was saved from the change that failed, everything before it is safe</source>
        <translation>Le disque qui contient {folder} est plein ; libérez de l'espace — rien n'a été enregistré de la modification qui a échoué, tout ce qui précède est en sécurité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="196"/>
        <source>the database in {folder} is busy in another program; try again in a moment</source>
        <translation>La base de données de {folder} est occupée par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="200"/>
        <source>the file {file} in {folder} is not a fieldkit database or is damaged; restore it from a backup, or choose another data folder with --data-dir</source>
        <translation>Le fichier {file} de {folder} n'est pas une base de données fieldkit ou il est endommagé ; restaurez-le depuis une sauvegarde, ou choisissez un autre dossier de données avec --data-dir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="205"/>
        <source>the database in {folder} is damaged ({reason}); restore it from a backup</source>
        <translation>La base de données de {folder} est endommagée ({reason}) ; restaurez-la depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="209"/>
        <source>the database in {folder} could not be used: {reason}</source>
        <translation>La base de données de {folder} n'a pas pu être utilisée : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="211"/>
        <source>the data folder {folder} is encrypted already</source>
        <translation>Le dossier de données {folder} est déjà chiffré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="212"/>
        <source>{count} recording(s) in {folder} are not finished; open the app once so they are attached, then encrypt the folder</source>
        <translation>{count} enregistrement(s) dans {folder} ne sont pas terminés ; ouvrez l'application une fois pour qu'ils soient joints, puis chiffrez le dossier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="217"/>
        <source>the encrypted copy of the database failed its check ({check})</source>
        <translation>La copie chiffrée de la base de données n'a pas passé sa vérification ({check})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="219"/>
        <source>the passphrase is too short: use at least {least} characters (a few words you will remember are best)</source>
        <translation>La phrase secrète est trop courte : utilisez au moins {least} caractères (quelques mots dont vous vous souviendrez, c'est le mieux)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="224"/>
        <source>{folder} is already encrypted (it has {file})</source>
        <translation>{folder} est déjà chiffré (il contient {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="225"/>
        <source>the passphrase does not unlock the data folder {folder}; check it (capitals, spaces) or use the recovery key. Nothing was changed</source>
        <translation>La phrase secrète ne déverrouille pas le dossier de données {folder} ; vérifiez-la (majuscules, espaces) ou utilisez la clé de récupération. Rien n'a été modifié</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="230"/>
        <source>{folder} is not encrypted (it has no {file})</source>
        <translation>{folder} n'est pas chiffré (il ne contient pas {file})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="231"/>
        <source>the key file {path} cannot be read ({reason}); without it the folder cannot be opened: put back the copy from a backup</source>
        <translation>Le fichier de clé {path} ne peut pas être lu ({reason}) ; sans lui, le dossier ne peut pas être ouvert : remettez en place la copie d'une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="236"/>
        <source>the key file {path} is not a fieldkit key file (or a newer one)</source>
        <translation>Le fichier de clé {path} n'est pas un fichier de clé fieldkit (ou il vient d'une version plus récente)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="238"/>
        <source>the passphrase cannot be remembered: the 'keyring' package is not installed; give the passphrase each time</source>
        <translation>La phrase secrète ne peut pas être mémorisée : le paquet « keyring » n'est pas installé ; donnez la phrase secrète à chaque fois</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="243"/>
        <source>the passphrase cannot be remembered: this computer has no keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the passphrase each time</source>
        <translation>La phrase secrète ne peut pas être mémorisée : cet ordinateur n'a pas de trousseau (comme GNOME Keyring, KWallet, le trousseau macOS ou le Gestionnaire d'identification Windows) ; donnez la phrase secrète à chaque fois</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="248"/>
        <source>the keyring refused to keep the key: {reason}</source>
        <translation>Le trousseau a refusé de garder la clé : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="250"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="251"/>
        <source>{name} is not an encrypted fieldkit file</source>
        <translation>{name} n'est pas un fichier chiffré par fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="252"/>
        <source>{name} is cut short (damaged)</source>
        <translation>Fichier tronqué (endommagé) : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="253"/>
        <source>{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)</source>
        <translation>Fichier endommagé ou tronqué : {name} (le bloc {chunk} sur {chunks} ne se déchiffre pas)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="258"/>
        <source>{what} was expected on the first line of standard input</source>
        <translation>Attendu sur la première ligne de l'entrée standard : {what}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="259"/>
        <source>the data folder {folder} is encrypted; give its passphrase on standard input with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search radio)</source>
        <translation>Le dossier de données {folder} est chiffré ; donnez sa phrase secrète sur l'entrée standard avec --passphrase-stdin (par ex. fieldkit --data-dir DOSSIER --passphrase-stdin search radio)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="55"/>
        <source>an id is required</source>
        <translation>Un identifiant est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="56"/>
        <source>the {kind} “{label}” is not deleted</source>
        <translation>« {label} » ({kind}) ne figure pas parmi les éléments supprimés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="57"/>
        <source>the {kind} “{label}” was deleted</source>
        <translation>« {label} » ({kind}) fait partie des éléments supprimés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="58"/>
        <source>nothing deleted has an id starting with {ref}</source>
        <translation>Aucun élément supprimé n'a d'identifiant commençant par {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="59"/>
        <source>nothing has an id starting with {ref}</source>
        <translation>Aucun élément n'a d'identifiant commençant par {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="60"/>
        <source>the id {ref} matches several deleted rows; give more of it</source>
        <translation>L'identifiant {ref} correspond à plusieurs éléments supprimés ; donnez-en plus de caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="61"/>
        <source>the id {ref} matches several rows; give more of it</source>
        <translation>L'identifiant {ref} correspond à plusieurs éléments ; donnez-en plus de caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="62"/>
        <source>nothing deleted has the id {ref} (give at least {least} characters)</source>
        <translation>Aucun élément supprimé n'a l'identifiant {ref} (donnez au moins {least} caractères)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="66"/>
        <source>nothing has the id {ref} (give at least {least} characters)</source>
        <translation>Aucun élément n'a l'identifiant {ref} (donnez au moins {least} caractères)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="67"/>
        <source>{kind} “{label}” is already deleted</source>
        <translation>« {label} » ({kind}) figure déjà parmi les éléments supprimés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="68"/>
        <source>{kind} “{label}” is not deleted</source>
        <translation>« {label} » ({kind}) ne figure pas parmi les éléments supprimés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="69"/>
        <source>the theme “{name}” codes or tags material ({counts}); delete it together with them (--with-codings), or merge it into another theme to keep them (fieldkit theme merge)</source>
        <translation>Le thème « {name} » code ou étiquette du matériel ({counts}) ; supprimez-le avec ces codages (--with-codings), ou fusionnez-le dans un autre thème pour les garder (fieldkit theme merge)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="74"/>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="75"/>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="76"/>
        <source>{n} tag</source>
        <translation>{n} étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="77"/>
        <source>{n} tags</source>
        <translation>{n} étiquettes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="78"/>
        <source>{codings}, {tags}</source>
        <translation>{codings}, {tags}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="79"/>
        <source>its study “{label}” is deleted; restore that first</source>
        <translation>Son étude « {label} » est supprimée ; restaurez-la d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="80"/>
        <source>its case “{label}” is deleted; restore that first</source>
        <translation>Son cas « {label} » est supprimé ; restaurez-le d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="81"/>
        <source>the interview “{label}” it belongs to is deleted; restore that first</source>
        <translation>L'entretien « {label} » auquel il appartient est supprimé ; restaurez-le d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="85"/>
        <source>the observation “{label}” it belongs to is deleted; restore that first</source>
        <translation>L'observation « {label} » à laquelle il appartient est supprimée ; restaurez-la d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="89"/>
        <source>the case “{label}” it belongs to is deleted; restore that first</source>
        <translation>Le cas « {label} » auquel il appartient est supprimé ; restaurez-le d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="90"/>
        <source>the theme “{label}” it belongs to is deleted; restore that first</source>
        <translation>Le thème « {label} » auquel il appartient est supprimé ; restaurez-le d'abord</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="95"/>
        <source>a coding needs some words to mark</source>
        <translation>Un codage doit marquer des mots</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="96"/>
        <source>the coded words “{words}” are no longer in the text</source>
        <translation>Les mots codés « {words} » ne sont plus dans le texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="98"/>
        <source>several themes are called {name}; use the theme's id</source>
        <translation>Plusieurs thèmes s'appellent {name} ; utilisez l'identifiant du thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="100"/>
        <source>clock values out of range: {wall}, {counter}</source>
        <translation>Valeurs d'horloge hors limites : {wall}, {counter}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="101"/>
        <source>not a clock stamp: {text}</source>
        <translation>Ce n'est pas un horodatage d'horloge : {text}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="102"/>
        <source>not a device id (16 lowercase hex digits): {device}</source>
        <translation>Ce n'est pas un identifiant d'appareil (16 chiffres hexadécimaux en minuscules) : {device}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="103"/>
        <source>a stamp from device {device} is {seconds} s ahead of this clock</source>
        <translation>Un horodatage de l'appareil {device} est en avance de {seconds} s sur cette horloge</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="105"/>
        <source>study</source>
        <translation>étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="106"/>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="107"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="108"/>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="109"/>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="110"/>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="111"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="112"/>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="113"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="114"/>
        <source>free-word tag</source>
        <translation>étiquette libre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="115"/>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="116"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="117"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="118"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="119"/>
        <source>interview or observation</source>
        <translation>entretien ou observation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="120"/>
        <source>interview or observation or case</source>
        <translation>entretien, observation ou cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="122"/>
        <source>the study “{name}” is shared through your team's server; it cannot be deleted from one laptop (delete its cases or records instead, or ask the server's administrator to retire it)</source>
        <translation>L'étude « {name} » est partagée par le serveur de votre équipe ; elle ne peut pas être supprimée depuis un seul ordinateur (supprimez plutôt ses cas ou ses fiches, ou demandez à l'administrateur du serveur de la retirer)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="128"/>
        <source>the study “{name}” is shared through your team's server; only its lead can rename it or change its description</source>
        <translation>L'étude « {name} » est partagée par le serveur de votre équipe ; seul son responsable peut la renommer ou modifier sa description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="133"/>
        <source>only the study's lead can erase a participant's material: the erasure reaches every laptop and cannot be undone. Their consent is recorded as withdrawn, so exports already leave them out; ask your team lead to erase</source>
        <translation>Seul le responsable de l'étude peut effacer le matériel d'un participant : l'effacement atteint chaque ordinateur et ne peut pas être annulé. Son consentement est enregistré comme retiré, donc les exports l'écartent déjà ; demandez au responsable de votre équipe de procéder à l'effacement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="140"/>
        <source>an {kind} id is required</source>
        <translation>L'identifiant d'un élément de type {kind} est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="141"/>
        <source>a {kind} id is required</source>
        <translation>L'identifiant d'un élément de type {kind} est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="142"/>
        <source>no {kind} with id {ref} (give at least {least} characters)</source>
        <translation>Aucun élément de type {kind} n'a l'identifiant {ref} (donnez au moins {least} caractères)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="143"/>
        <source>no {kind} with id {ref}</source>
        <translation>Aucun élément de type {kind} n'a l'identifiant {ref}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="144"/>
        <source>more than one {kind} has an id starting with {ref}; give more of it</source>
        <translation>Plusieurs éléments de type {kind} ont un identifiant commençant par {ref} ; donnez-en plus de caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="148"/>
        <source>the id {ref} matches several records; give more of it</source>
        <translation>L'identifiant {ref} correspond à plusieurs fiches ; donnez-en plus de caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="150"/>
        <source>the memo is empty; write something or cancel</source>
        <translation>Le mémo est vide ; écrivez quelque chose ou annulez</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="152"/>
        <source>this data folder has no device id; open it with Store.open</source>
        <translation>Ce dossier de données n'a pas d'identifiant d'appareil ; ouvrez-le avec Store.open</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="153"/>
        <source>the change log names a {table} row {row} that does not exist; the data folder is damaged</source>
        <translation>Le journal des modifications cite une ligne {table} {row} qui n'existe pas ; le dossier de données est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="265"/>
        <source>a picture needs at least one pixel</source>
        <translation>Une image doit avoir au moins un pixel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="266"/>
        <source>the photo {name} has too many pixels to show</source>
        <translation>La photo {name} a trop de pixels pour être affichée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="267"/>
        <source>the photo {name} is missing from the data folder</source>
        <translation>La photo {name} manque dans le dossier de données</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="268"/>
        <source>the photo {name} cannot be shown: it is damaged</source>
        <translation>La photo {name} ne peut pas être affichée : elle est endommagée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="51"/>
        <source>consent was withdrawn</source>
        <translation>le consentement a été retiré</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="52"/>
        <source>consent is not recorded yet (pending)</source>
        <translation>le consentement n'est pas encore enregistré (en attente)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="53"/>
        <source>consent does not allow audio recording</source>
        <translation>le consentement n'autorise pas l'enregistrement audio</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="158"/>
        <source>nothing to change: give at least one field</source>
        <translation>Rien à modifier : indiquez au moins un champ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="159"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="160"/>
        <source>the {field} of an {kind} cannot be changed here (it can: {can})</source>
        <translation>Le champ « {field} » ne peut pas être modifié ici pour un élément de type {kind} (modifiables : {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="161"/>
        <source>the {field} of a {kind} cannot be changed here (it can: {can})</source>
        <translation>Le champ « {field} » ne peut pas être modifié ici pour un élément de type {kind} (modifiables : {can})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="162"/>
        <source>an empty participant code was given</source>
        <translation>Un code participant vide a été donné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="163"/>
        <source>no participant with the code or id {ref} in this study</source>
        <translation>Aucun participant n'a le code ou l'identifiant {ref} dans cette étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="164"/>
        <source>participant {code} belongs to another study</source>
        <translation>Le participant {code} appartient à une autre étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="166"/>
        <source>start the recording</source>
        <translation>démarrer l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="167"/>
        <source>this recording is finished; start a new one</source>
        <translation>Cet enregistrement est terminé ; commencez-en un nouveau</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="168"/>
        <source>save the recording</source>
        <translation>sauvegarder l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="169"/>
        <source>the recording is still being written to disk; it will be recovered at the next start if fieldkit is closed now</source>
        <translation>L'enregistrement est encore en cours d'écriture sur le disque ; il sera récupéré au prochain démarrage si fieldkit est fermé maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="174"/>
        <source>the recording could not be saved: {why}</source>
        <translation>L'enregistrement n'a pas pu être sauvegardé : {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="175"/>
        <source>finish the recording</source>
        <translation>terminer l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="176"/>
        <source>Recovered after fieldkit was interrupted</source>
        <translation>Récupéré après l'interruption de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="177"/>
        <source>Recorded in fieldkit</source>
        <translation>Enregistré dans fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="179"/>
        <source>its journal.json is missing</source>
        <translation>Son fichier journal.json est absent</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="180"/>
        <source>journal.json cannot be read: {why}</source>
        <translation>journal.json est illisible : {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="181"/>
        <source>journal.json does not hold a recording's details</source>
        <translation>journal.json ne contient pas les détails d'un enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="182"/>
        <source>journal.json does not name the interview or the recording's state</source>
        <translation>journal.json n'indique pas l'entretien ou l'état de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="186"/>
        <source>journal.json does not say the recording's audio format</source>
        <translation>journal.json n'indique pas le format audio de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="187"/>
        <source>another fieldkit is already writing {folder}</source>
        <translation>Un autre fieldkit écrit déjà dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="188"/>
        <source>the disk is full, so fieldkit could not {doing}; what was recorded until now is kept in {folder}</source>
        <translation>Le disque est plein, fieldkit n'a donc pas pu {doing} ; ce qui a été enregistré jusqu'ici est conservé dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="193"/>
        <source>fieldkit may not write in {folder}, so it could not {doing}</source>
        <translation>fieldkit n'a pas le droit d'écrire dans {folder}, il n'a donc pas pu {doing}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="194"/>
        <source>fieldkit could not {doing} in {folder}: {why}</source>
        <translation>fieldkit n'a pas pu {doing} dans {folder} : {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="196"/>
        <source>A recording ({length}) was recovered and attached to its interview.</source>
        <translation>Un enregistrement ({length}) a été récupéré et joint à son entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="200"/>
        <source>A recording started {start} ({length}) was recovered and attached to its interview.</source>
        <translation>Un enregistrement commencé le {start} ({length}) a été récupéré et joint à son entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="204"/>
        <source>A recording had captured no sound; nothing was attached.</source>
        <translation>Un enregistrement n'avait capté aucun son ; rien n'a été joint.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="205"/>
        <source>A recording started {start} had captured no sound; nothing was attached.</source>
        <translation>Un enregistrement commencé le {start} n'avait capté aucun son ; rien n'a été joint.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="209"/>
        <source>the recording in {folder} is still being written</source>
        <translation>L'enregistrement dans {folder} est encore en cours d'écriture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="210"/>
        <source>{error} The recording stays in {folder}; fieldkit tries again at the next start.</source>
        <translation>{error} L'enregistrement reste dans {folder} ; fieldkit réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="214"/>
        <source>A recording ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Un enregistrement ({length}) appartient à un entretien qui a été supprimé ; il n'a donc pas été joint. Il est conservé sous {file} ; copiez-le en lieu sûr ou joignez-le à un autre entretien (Ajouter un enregistrement… dans le lecteur de l'entretien).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="220"/>
        <source>A recording started {start} ({length}) belongs to an interview that was deleted, so it was not attached. It is kept as {file}; copy it somewhere safe or attach it to another interview (Add recording… in the interview's player).</source>
        <translation>Un enregistrement commencé le {start} ({length}) appartient à un entretien qui a été supprimé ; il n'a donc pas été joint. Il est conservé sous {file} ; copiez-le en lieu sûr ou joignez-le à un autre entretien (Ajouter un enregistrement… dans le lecteur de l'entretien).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="226"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). The sound is kept as {file}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>Un enregistrement n'a pas pu être joint car son journal est endommagé ({reason}). Le son est conservé sous {file} ; joignez-le à son entretien avec Ajouter un enregistrement… dans le lecteur de l'entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="232"/>
        <source>A recording could not be attached because its journal is damaged ({reason}). Its files are kept in {folder}; attach it to its interview with Add recording… in the interview's player.</source>
        <translation>Un enregistrement n'a pas pu être joint car son journal est endommagé ({reason}). Ses fichiers sont conservés dans {folder} ; joignez-le à son entretien avec Ajouter un enregistrement… dans le lecteur de l'entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="238"/>
        <source>attached to the interview {title}</source>
        <translation>joint à l'entretien {title}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="239"/>
        <source>Recording {start}.wav</source>
        <translation>Enregistrement {start}.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="240"/>
        <source>Recording unknown time.wav</source>
        <translation>Enregistrement heure inconnue.wav</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="242"/>
        <source>{field} is changed with set_text, which keeps codings in place</source>
        <translation>Le champ « {field} » se modifie avec set_text, qui garde les codages en place</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="243"/>
        <source>the {field} of an {kind} cannot be changed here</source>
        <translation>Le champ « {field} » ne peut pas être modifié ici pour un élément de type {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="244"/>
        <source>the {field} of a {kind} cannot be changed here</source>
        <translation>Le champ « {field} » ne peut pas être modifié ici pour un élément de type {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="245"/>
        <source>Interview with {codes} ({date})</source>
        <translation>Entretien avec {codes} ({date})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="246"/>
        <source>Interview {date}</source>
        <translation>Entretien du {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="247"/>
        <source>Observation {date}</source>
        <translation>Observation du {date}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="249"/>
        <source>{term} is too short to redact: it would replace ordinary words</source>
        <translation>{term} est trop court pour être masqué : cela remplacerait des mots ordinaires</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="250"/>
        <source>{term} is listed twice; list it once with its spellings</source>
        <translation>{term} figure deux fois ; indiquez-le une seule fois avec ses graphies</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="251"/>
        <source>unknown kind {kind}; choose from {kinds}</source>
        <translation>Type inconnu {kind} ; choisissez parmi {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="252"/>
        <source>{term} is not on the study's list of names to redact (names of participants and case places are always redacted)</source>
        <translation>{term} ne figure pas dans la liste des noms à masquer de l'étude (les noms des participants et les lieux des cas sont toujours masqués)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="258"/>
        <source>a change to {table} {row} arrived before the record itself</source>
        <translation>Une modification de {table} {row} est arrivée avant la fiche elle-même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="259"/>
        <source>a change to {table} {row} is declared for study {study} but the record belongs to study {owner}</source>
        <translation>Une modification de {table} {row} est déclarée pour l'étude {study}, mais la fiche appartient à l'étude {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="264"/>
        <source>a {table} from another replica refers to {target} {value}, which this replica does not have yet</source>
        <translation>Un élément {table} venu d'une autre réplique fait référence à {target} {value}, que cette réplique n'a pas encore</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="269"/>
        <source>a change names an unknown kind of record: {table}</source>
        <translation>Une modification cite un type de fiche inconnu : {table}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="270"/>
        <source>a change has an unknown operation: {op}</source>
        <translation>Une modification a une opération inconnue : {op}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="271"/>
        <source>a change to {table} {row} belongs to study {study}, not to the study being synced ({synced})</source>
        <translation>Une modification de {table} {row} appartient à l'étude {study}, pas à l'étude en cours de synchronisation ({synced})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="276"/>
        <source>a change to {table} names unknown fields: {fields}</source>
        <translation>Une modification de {table} cite des champs inconnus : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="277"/>
        <source>a change to {table} {row} has mismatched bases</source>
        <translation>Une modification de {table} {row} a des bases qui ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="278"/>
        <source>a new {table} row arrived without fields: {fields}</source>
        <translation>Une nouvelle ligne {table} est arrivée sans les champs : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="279"/>
        <source>a change to {table} {row} is declared for study {study} but its row belongs to study {owner}</source>
        <translation>Une modification de {table} {row} est déclarée pour l'étude {study}, mais sa ligne appartient à l'étude {owner}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="285"/>
        <source>a change from the server is not an object</source>
        <translation>Une modification venue du serveur n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="286"/>
        <source>a change from the server lacks {keys}</source>
        <translation>Une modification venue du serveur n'a pas {keys}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="287"/>
        <source>a change from the server has a bad {key}</source>
        <translation>Une modification venue du serveur a une valeur {key} incorrecte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="288"/>
        <source>a change from the server has bad values or bases</source>
        <translation>Une modification venue du serveur a des valeurs ou des bases incorrectes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="289"/>
        <source>a change from the server has a bad base stamp</source>
        <translation>Une modification venue du serveur a un horodatage de base incorrect</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="290"/>
        <source>{field} has a value of the wrong kind: {value}</source>
        <translation>Le champ « {field} » a une valeur du mauvais type : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="292"/>
        <source>the number of results must be a whole number, 0 or more</source>
        <translation>Le nombre de résultats doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="293"/>
        <source>the results offset must be a whole number, 0 or more</source>
        <translation>Le décalage des résultats doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="294"/>
        <source>cannot search records of type {types}; choose from {allowed}</source>
        <translation>Impossible de chercher des fiches de type {types} ; choisissez parmi {allowed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="296"/>
        <source>this coding marks a stretch of audio, not of text</source>
        <translation>Ce codage marque un passage audio, pas du texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="297"/>
        <source>this span is already coded with the same theme</source>
        <translation>Ce passage est déjà codé avec le même thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="298"/>
        <source>start and end must be whole numbers</source>
        <translation>Le début et la fin doivent être des nombres entiers</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="274"/>
        <source>a PDF document; save it as plain text (.txt) first</source>
        <translation>un document PDF ; enregistrez-le d'abord en texte brut (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="275"/>
        <source>a Word (.docx), OpenDocument or ZIP file; save it as plain text first</source>
        <translation>un fichier Word (.docx), OpenDocument ou ZIP ; enregistrez-le d'abord en texte brut</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="279"/>
        <source>an old Word (.doc) file; save it as plain text</source>
        <translation>un ancien fichier Word (.doc) ; enregistrez-le en texte brut</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="280"/>
        <source>a rich-text (.rtf) file; save it as plain text (.txt) first</source>
        <translation>un fichier en texte enrichi (.rtf) ; enregistrez-le d'abord en texte brut (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="281"/>
        <source>an audio or video file</source>
        <translation>un fichier audio ou vidéo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="285"/>
        <source>a WebM or Matroska file</source>
        <translation>un fichier WebM ou Matroska</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="286"/>
        <source>an MP4, M4A or HEIC file</source>
        <translation>un fichier MP4, M4A ou HEIC</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="287"/>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé gzip</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="288"/>
        <source>an SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="289"/>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="291"/>
        <source>{path} is a folder, not a text file</source>
        <translation>{path} est un dossier, pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="295"/>
        <source>the file {path} cannot be read: {why}</source>
        <translation>Le fichier {path} ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="296"/>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="297"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="298"/>
        <source>the file {name} is {size}; text files up to {most} are accepted (split it into parts)</source>
        <translation>Le fichier {name} fait {size} ; les fichiers texte sont acceptés jusqu'à {most} (découpez-le en parties)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="302"/>
        <source>a byte-order mark (BOM) was removed</source>
        <translation>une marque d'ordre des octets (BOM) a été retirée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="303"/>
        <source>the file mixes UTF-8 with a few Windows-1252 characters; both were converted to UTF-8 (check accented letters and quotes)</source>
        <translation>le fichier mêle de l'UTF-8 et quelques caractères Windows-1252 ; les deux ont été convertis en UTF-8 (vérifiez les lettres accentuées et les guillemets)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="308"/>
        <source>the file was in Latin-1 (ISO-8859-1) encoding and was converted to UTF-8</source>
        <translation>le fichier était en encodage Latin-1 (ISO-8859-1) et a été converti en UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="312"/>
        <source>the file was in Windows-1252 (Latin-1) encoding and was converted to UTF-8</source>
        <translation>le fichier était en encodage Windows-1252 (Latin-1) et a été converti en UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="316"/>
        <source>the file was in {encoding} encoding and was converted to UTF-8</source>
        <translation>le fichier était en encodage {encoding} et a été converti en UTF-8</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="317"/>
        <source>{count} invalid byte sequence(s) in the {encoding} text were replaced by �</source>
        <translation>séquences d'octets non valides remplacées par � dans le texte {encoding} : {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="321"/>
        <source>{source} looks like a binary file, not text (it looks like {what})</source>
        <translation>{source} ressemble à un fichier binaire, pas à du texte (on dirait {what})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="325"/>
        <source>{source} looks like a binary file, not text; choose a plain-text (.txt) transcript</source>
        <translation>{source} ressemble à un fichier binaire, pas à du texte ; choisissez une transcription en texte brut (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="329"/>
        <source>Windows line ends (CRLF) were converted</source>
        <translation>les fins de ligne Windows (CRLF) ont été converties</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="330"/>
        <source>old Mac line ends (CR alone) were converted</source>
        <translation>les fins de ligne des anciens Mac (CR seul) ont été converties</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="331"/>
        <source>accented letters were stored in their composed form (Unicode NFC)</source>
        <translation>les lettres accentuées ont été enregistrées sous leur forme composée (Unicode NFC)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="335"/>
        <source>{count} NUL character(s) (invisible zero bytes) were removed</source>
        <translation>caractères NUL (octets nuls invisibles) retirés : {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="306"/>
        <source>no theme called {name} in this study (see `fieldkit theme list`)</source>
        <translation>Aucun thème ne s'appelle {name} dans cette étude (voir `fieldkit theme list`)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="310"/>
        <source>no theme called {name} in this study</source>
        <translation>Aucun thème ne s'appelle {name} dans cette étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="311"/>
        <source>a theme can only move under a theme of the same study</source>
        <translation>Un thème ne peut être déplacé que sous un thème de la même étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="312"/>
        <source>{name} cannot move under itself</source>
        <translation>{name} ne peut pas être déplacé sous lui-même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="313"/>
        <source>{name} cannot move under {parent}, which is inside it</source>
        <translation>{name} ne peut pas être déplacé sous {parent}, qui se trouve à l'intérieur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="314"/>
        <source>a theme cannot be merged into itself</source>
        <translation>Un thème ne peut pas être fusionné dans lui-même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="315"/>
        <source>themes of different studies cannot be merged</source>
        <translation>Des thèmes d'études différentes ne peuvent pas être fusionnés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="316"/>
        <source>{name} cannot merge into its own sub-theme {target}</source>
        <translation>{name} ne peut pas être fusionné dans son propre sous-thème {target}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="337"/>
        <source>subtitle cues became lines with their start times as [mm:ss] marks</source>
        <translation>les sous-titres sont devenus des lignes avec leur heure de début en repère [mm:ss]</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="341"/>
        <source>{source} holds no subtitle cues (lines like “00:00:16,000 --&gt; 00:00:20,000”); is it really an .srt or .vtt file?</source>
        <translation>{source} ne contient aucun sous-titre (des lignes comme « 00:00:16,000 --&gt; 00:00:20,000 ») ; est-ce vraiment un fichier .srt ou .vtt ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="346"/>
        <source>the subtitles</source>
        <translation>les sous-titres</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="347"/>
        <source>the Word file {name} is too large to be a transcript</source>
        <translation>Le fichier Word {name} est trop gros pour être une transcription</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="348"/>
        <source>{name} is not a Word document fieldkit can read (an old .doc, or damaged); open it in a word processor and save it as .docx or plain text (.txt)</source>
        <translation>{name} n'est pas un document Word que fieldkit sait lire (un ancien .doc, ou endommagé) ; ouvrez-le dans un traitement de texte et enregistrez-le en .docx ou en texte brut (.txt)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_files.py" line="353"/>
        <source>read from a Word document</source>
        <translation>lu depuis un document Word</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="320"/>
        <source>a sample rate of {rate} Hz is not supported</source>
        <translation>Une fréquence d'échantillonnage de {rate} Hz n'est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="321"/>
        <source>{count} channels are not supported</source>
        <translation>Nombre de canaux non pris en charge : {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="322"/>
        <source>{bits}-bit samples are not supported</source>
        <translation>Les échantillons de {bits} bits ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="323"/>
        <source>the recording is longer than one WAV file can hold (4 GB); its segments are kept in {folder}</source>
        <translation>L'enregistrement est plus long que ce qu'un fichier WAV peut contenir (4 Go) ; ses segments sont conservés dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="12"/>
        <source>the server address must start with http:// or https://, e.g. http://server:8765 (not {given})</source>
        <translation>L'adresse du serveur doit commencer par http:// ou https://, par exemple http://server:8765 (et non {given})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="17"/>
        <source>give your user name on the server</source>
        <translation>Indiquez votre nom d'utilisateur sur le serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="18"/>
        <source>give your password (it is used to sign in, never stored)</source>
        <translation>Indiquez votre mot de passe (il sert à se connecter et n'est jamais enregistré)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="19"/>
        <source>--ca-file is for an https:// server address</source>
        <translation>--ca-file s'utilise avec une adresse de serveur https://</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="20"/>
        <source>{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's certificate, not its key</source>
        <translation>{path} ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----) ; donnez le certificat de l'autorité de certification, pas sa clé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="25"/>
        <source>cannot read the certificate authority file {path}: {reason}</source>
        <translation>Impossible de lire le fichier de l'autorité de certification {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="26"/>
        <source>cannot remove the sign-in file: {reason}</source>
        <translation>Impossible de supprimer le fichier de connexion : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="28"/>
        <source>the server's sign-in reply has no token</source>
        <translation>La réponse du serveur à la connexion ne contient pas de jeton</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="29"/>
        <source>the server's list of studies is malformed</source>
        <translation>La liste des études envoyée par le serveur est mal formée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="31"/>
        <source>refused change {id} is still being set aside; sync once more, then discard it</source>
        <translation>la modification refusée {id} est encore en train d'être mise de côté ; synchronisez encore une fois, puis abandonnez-la</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="35"/>
        <source>no refused change {id} on this laptop (fieldkit sync problems lists them)</source>
        <translation>aucune modification refusée {id} sur cet ordinateur (fieldkit sync problems les liste)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="38"/>
        <source>held back after an earlier change of this record was refused by the server; that change was sent again or discarded meanwhile: send this one again or discard it too</source>
        <translation>Retenue après le refus par le serveur d'une modification antérieure de cette fiche ; celle-ci a depuis été renvoyée ou abandonnée : renvoyez celle-ci ou abandonnez-la aussi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="46"/>
        <source>that id already belongs to a record of another study on this server</source>
        <translation>Cet identifiant appartient déjà à une fiche d'une autre étude sur ce serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="50"/>
        <source>the server has never received that record, so no laptop could apply the edit</source>
        <translation>Le serveur n'a jamais reçu cette fiche : aucun portable ne pourrait appliquer la modification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="54"/>
        <source>that record belongs to another study</source>
        <translation>Cette fiche appartient à une autre étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="55"/>
        <source>only a lead of study {study} can change the study itself (its name or settings); ask your team lead</source>
        <translation>Seul un responsable de l'étude {study} peut modifier l'étude elle-même (son nom ou ses réglages) ; demandez à votre responsable d'équipe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="60"/>
        <source>a pushed change is not an object</source>
        <translation>Une modification envoyée n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="61"/>
        <source>a pushed change lacks {key}</source>
        <translation>Il manque {key} à une modification envoyée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="62"/>
        <source>a pushed change has a bad {key}</source>
        <translation>Une modification envoyée a un {key} incorrect</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="63"/>
        <source>a pushed change lacks values</source>
        <translation>Il manque les valeurs à une modification envoyée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="64"/>
        <source>a pushed change lacks bases</source>
        <translation>Il manque les bases à une modification envoyée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="65"/>
        <source>a pushed change has bad values or bases</source>
        <translation>Une modification envoyée a des valeurs ou des bases incorrectes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="66"/>
        <source>a record id has 1 to {most} characters</source>
        <translation>Un identifiant de fiche a de 1 à {most} caractères</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="67"/>
        <source>a change names an unknown kind of record: {entity}</source>
        <translation>Une modification désigne un type de fiche inconnu : {entity}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="68"/>
        <source>a change to {entity} {row_id} belongs to study {other}, not {study}</source>
        <translation>Une modification de {entity} {row_id} appartient à l'étude {other}, pas à {study}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="72"/>
        <source>a pushed change has a bad base stamp</source>
        <translation>Une modification envoyée a un horodatage de base incorrect</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="73"/>
        <source>not a clock stamp: {stamp}</source>
        <translation>Ce n'est pas un horodatage : {stamp}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="74"/>
        <source>a change has mismatched bases</source>
        <translation>Une modification a des bases qui ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="75"/>
        <source>it is stamped by device {other}, not by the device that sends it ({device}): a laptop sends only its own changes</source>
        <translation>Elle est horodatée par l'appareil {other}, pas par celui qui l'envoie ({device}) : un portable n'envoie que ses propres modifications</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="80"/>
        <source>a change to {entity} names unknown fields: {fields}</source>
        <translation>Une modification de {entity} désigne des champs inconnus : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="81"/>
        <source>a new {entity} row lacks fields: {fields}</source>
        <translation>Il manque des champs à une nouvelle ligne {entity} : {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="82"/>
        <source>a change to {entity} {row_id} is for another study</source>
        <translation>Une modification de {entity} {row_id} concerne une autre étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="84"/>
        <source>too large for this server (limit {mb} MB)</source>
        <translation>Trop volumineuse pour ce serveur (limite {mb} Mo)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="85"/>
        <source>too large for this server</source>
        <translation>Trop volumineuse pour ce serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="87"/>
        <source>this data folder was restored from a backup or copied from another laptop and needs a device identity of its own; sync it with fieldkit sync or the app</source>
        <translation>Ce dossier de données a été restauré depuis une sauvegarde ou copié depuis un autre ordinateur et a besoin de sa propre identité d'appareil ; synchronisez-le avec fieldkit sync ou l'application</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="92"/>
        <source>the server's sync reply is malformed</source>
        <translation>La réponse de synchronisation du serveur est mal formée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="93"/>
        <source>sync is not making progress; stopped (please report this)</source>
        <translation>La synchronisation n'avance pas ; elle a été arrêtée (merci de le signaler)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="94"/>
        <source>{problem}; it did not help: set the laptop's date and time</source>
        <translation>{problem} ; cela n'a pas suffi : réglez la date et l'heure de l'ordinateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="95"/>
        <source>the server answered for study {study}, which was not asked</source>
        <translation>Le serveur a répondu pour l'étude {study}, qui n'était pas demandée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="96"/>
        <source>the server did not move the pull cursor; sync stopped</source>
        <translation>Le serveur n'a pas avancé le curseur de réception ; la synchronisation est arrêtée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="97"/>
        <source>changes from the server for study {study} cannot be applied: {problem}</source>
        <translation>Les modifications reçues du serveur pour l'étude {study} ne peuvent pas être appliquées : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="102"/>
        <source>this laptop's clock is {ahead} ahead of the server's; fieldkit corrects the times of its changes and sends them again (if this keeps happening, set the laptop's date and time)</source>
        <translation>L'horloge de cet ordinateur a {ahead} d'avance sur celle du serveur ; fieldkit corrige l'heure de ses modifications et les renvoie (si cela se reproduit, réglez la date et l'heure de l'ordinateur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="109"/>
        <source>cannot save the sign-in token in {path}: {reason}</source>
        <translation>Impossible d'enregistrer le jeton de connexion dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="110"/>
        <source>this data folder is not signed in to a server; run: fieldkit login --server URL --user NAME</source>
        <translation>Ce dossier de données n'est connecté à aucun serveur ; lancez : fieldkit login --server URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="115"/>
        <source>the sign-in file {path} is damaged; run fieldkit login again</source>
        <translation>Le fichier de connexion {path} est endommagé ; relancez fieldkit login</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="117"/>
        <source>the server refused every new device id; try again later</source>
        <translation>Le serveur a refusé tous les nouveaux identifiants d'appareil ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="118"/>
        <source>the server's reply to a new device identity has no token</source>
        <translation>La réponse du serveur à une nouvelle identité d'appareil ne contient pas de jeton</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="120"/>
        <source>the upload of file {file}… keeps ending on the server; try later</source>
        <translation>L'envoi du fichier {file}… s'arrête sans cesse sur le serveur ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="123"/>
        <source>the server sent a reply fieldkit cannot read</source>
        <translation>Le serveur a envoyé une réponse que fieldkit ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="124"/>
        <source>the server's reply for file {file}… does not match its range</source>
        <translation>La réponse du serveur pour le fichier {file}… ne correspond pas à sa plage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="125"/>
        <source>not enough free space to fetch a {size} file ({free} free in {folder})</source>
        <translation>Pas assez d'espace libre pour récupérer un fichier de {size} ({free} libres dans {folder})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="129"/>
        <source>file {file}… arrived damaged (its SHA-256 does not match); it will be fetched again at the next sync</source>
        <translation>Le fichier {file}… est arrivé endommagé (son SHA-256 ne correspond pas) ; il sera récupéré de nouveau à la prochaine synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="134"/>
        <source>the server refused file {file}… (HTTP {status}): {detail}</source>
        <translation>Le serveur a refusé le fichier {file}… (HTTP {status}) : {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="135"/>
        <source>the server's reply for file {file}… has no usable range</source>
        <translation>La réponse du serveur pour le fichier {file}… n'a pas de plage utilisable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="136"/>
        <source>the server refused the range for file {file}…</source>
        <translation>Le serveur a refusé la plage demandée pour le fichier {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="137"/>
        <source>cannot send file {file}… of study {study}: {problem}</source>
        <translation>Impossible d'envoyer le fichier {file}… de l'étude {study} : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="138"/>
        <source>the server refused a file request (HTTP {status}): {detail}</source>
        <translation>Le serveur a refusé une demande de fichier (HTTP {status}) : {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="139"/>
        <source>file {file}… not sent: {problem}</source>
        <translation>Fichier {file}… non envoyé : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="140"/>
        <source>files of study {study} not fetched: {problem}</source>
        <translation>Fichiers de l'étude {study} non récupérés : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="141"/>
        <source>the server sent the wrong part of file {file}…</source>
        <translation>Le serveur a envoyé la mauvaise partie du fichier {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="142"/>
        <source>the upload of file {file}… is not progressing</source>
        <translation>L'envoi du fichier {file}… n'avance pas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="143"/>
        <source>file {file}… cannot be fetched (range refused)</source>
        <translation>Le fichier {file}… ne peut pas être récupéré (plage refusée)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="145"/>
        <source>{at} answered, but it does not look like a fieldkit server</source>
        <translation>{at} a répondu, mais ne semble pas être un serveur fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="146"/>
        <source>{at} sent a health reply fieldkit cannot read</source>
        <translation>{at} a envoyé une réponse d'état que fieldkit ne sait pas lire</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="148"/>
        <source>the server answered HTTP {status}</source>
        <translation>Le serveur a répondu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="149"/>
        <source>{host} is not on this laptop's network, and http:// would send your sign-in and your data unencrypted across the internet; use the server's https:// address (or, knowingly, sign in again with --allow-insecure-http)</source>
        <translation>{host} n'est pas sur le réseau de cet ordinateur, et http:// enverrait votre connexion et vos données sans chiffrement à travers Internet ; utilisez l'adresse https:// du serveur (ou, en connaissance de cause, reconnectez-vous avec --allow-insecure-http)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="155"/>
        <source>the certificate authority file is not a PEM certificate fieldkit can use ({reason})</source>
        <translation>Le fichier de l'autorité de certification n'est pas un certificat PEM utilisable par fieldkit ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/sync.py" line="159"/>
        <source>the connection to the server at {at} broke off mid-reply ({why}); sync again to carry on</source>
        <translation>La connexion au serveur {at} s'est interrompue en pleine réponse ({why}) ; synchronisez de nouveau pour continuer</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="104"/>
        <source>case title</source>
        <translation>titre du cas</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="105"/>
        <source>study name</source>
        <translation>nom de l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="106"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="107"/>
        <source>participant code</source>
        <translation>code participant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="108"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="109"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="110"/>
        <source>consent date</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="111"/>
        <source>consent status</source>
        <translation>statut du consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="112"/>
        <source>consent form</source>
        <translation>formulaire de consentement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="113"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="114"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="115"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="116"/>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="117"/>
        <source>memo title</source>
        <translation>titre du mémo</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="118"/>
        <source>theme name</source>
        <translation>nom du thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="119"/>
        <source>transcript</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="120"/>
        <source>interviewer</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="121"/>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="122"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="123"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="124"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="125"/>
        <source>locality</source>
        <translation>localité</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="126"/>
        <source>setting</source>
        <translation>cadre</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="127"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="128"/>
        <source>caption</source>
        <translation>légende</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/core.py" line="129"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="329"/>
        <source>name to redact</source>
        <translation>nom à masquer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages/storage_records.py" line="330"/>
        <source>other spelling</source>
        <translation>autre graphie</translation>
    </message>
</context>
<context>
    <name>StudyDialog</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="40"/>
        <source>Edit study</source>
        <translation>Modifier l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="42"/>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="47"/>
        <source>Study name</source>
        <translation>Nom de l'étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="44"/>
        <source>e.g. Reading camps pilot</source>
        <translation>p. ex. Pilote des camps de lecture</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="46"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/case_dialogs.py" line="49"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="100"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="105"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="237"/>
        <source>Sync status unavailable</source>
        <translation>État de la synchronisation indisponible</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="342"/>
        <source>Synced: sent %1, received %2, %3</source>
        <translation>Synchronisé : %1 envoyés, %2 reçus, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="343"/>
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>%Ln nouveau conflit</numerusform>
            <numerusform>%Ln nouveaux conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %Ln modification mise de côté</numerusform>
            <numerusform> · %Ln modifications mises de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350"/>
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · %Ln de vos modifications refusée par le serveur</numerusform>
            <numerusform> · %Ln de vos modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="352"/>
        <source> · data saver: files wait for an unmetered connection</source>
        <translation> · économiseur de données : les fichiers attendent une connexion non limitée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="368"/>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="378"/>
        <source>Erased words removed</source>
        <translation>Mots effacés retirés</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="372"/>
        <source>Some of your edits held words of a participant who withdrew consent and whose material was erased on every laptop. Those words were removed; the rest of your edits was kept.</source>
        <translation>Certaines de vos modifications contenaient des mots d'un participant qui a retiré son consentement et dont le matériel a été effacé sur tous les ordinateurs. Ces mots ont été retirés ; le reste de vos modifications a été conservé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="387"/>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="399"/>
        <source>Sync did not finish</source>
        <translation>La synchronisation n'a pas abouti</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="411"/>
        <source>The server no longer accepts this laptop's sign-in: sign in again (Sync → Settings). Nothing waiting to sync is lost.</source>
        <translation>Le serveur n'accepte plus la connexion de cet ordinateur : reconnectez-vous (Synchronisation → Paramètres). Rien de ce qui attend la synchronisation n'est perdu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="471"/>
        <source>Cannot save the sync settings</source>
        <translation>Impossible d'enregistrer les paramètres de synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="52"/>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="56"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="58"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="61"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="62"/>
        <source>used to sign in, never stored</source>
        <translation>sert à se connecter, jamais conservé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="65"/>
        <source>Certificate authority file</source>
        <translation>Fichier de l'autorité de certification</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="67"/>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="241"/>
        <source>kept from the last sign-in</source>
        <translation>conservé depuis la dernière connexion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="69"/>
        <source>only for a server with your team's own certificate (PEM file)</source>
        <translation>seulement pour un serveur avec le propre certificat de votre équipe (fichier PEM)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="74"/>
        <source>Allow unencrypted http:// to a server outside this network (not advised)</source>
        <translation>Autoriser le http:// non chiffré vers un serveur hors de ce réseau (déconseillé)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="77"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="79"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="83"/>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="87"/>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="88"/>
        <source>Sync &amp;automatically when the server is reachable</source>
        <translation>Synchroniser &amp;automatiquement quand le serveur est joignable</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="91"/>
        <source>&amp;Data saver: send text first, media only on unmetered connections</source>
        <translation>É&amp;conomiseur de données : envoyer d'abord le texte, les médias seulement sur connexion non limitée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="99"/>
        <source>Team server and account</source>
        <translation>Serveur d'équipe et compte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="102"/>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="104"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="108"/>
        <source>Certificate a&amp;uthority:</source>
        <translation>&amp;Autorité de certification :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="118"/>
        <source>When to sync</source>
        <translation>Quand synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="144"/>
        <source>Not signed in. This laptop's work stays here until you sign in.</source>
        <translation>Non connecté. Le travail de cet ordinateur reste ici jusqu'à ce que vous vous connectiez.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="147"/>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="163"/>
        <source>🔒 Encrypted (HTTPS)</source>
        <translation>🔒 Chiffré (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="165"/>
        <source>, checked against your team's own certificate authority</source>
        <translation>, vérifié avec la propre autorité de certification de votre équipe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="169"/>
        <source>⚠ Not encrypted (http://), allowed at sign-in: your sign-in and data travel readable by anyone on the way. Ask for an https:// address.</source>
        <translation>⚠ Non chiffré (http://), autorisé à la connexion : vos identifiants et vos données circulent lisibles par quiconque en chemin. Demandez une adresse https://.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="175"/>
        <source>Not encrypted (http://): accepted only for a server on this laptop or its local network</source>
        <translation>Non chiffré (http://) : accepté seulement pour un serveur sur cet ordinateur ou son réseau local</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="222"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="228"/>
        <source>Your team's certificate authority</source>
        <translation>L'autorité de certification de votre équipe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="230"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="247"/>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="248"/>
        <source>Cannot sign in</source>
        <translation>Impossible de se connecter</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="259"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="268"/>
        <source>The server could not be told; ask your team lead to revoke this laptop's sign-in if it is lost.</source>
        <translation>Le serveur n'a pas pu être prévenu ; demandez au responsable de votre équipe de révoquer la connexion de cet ordinateur s'il est perdu.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_settings.py" line="277"/>
        <source>Cannot sign out</source>
        <translation>Impossible de se déconnecter</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="38"/>
        <source>Connection indicator</source>
        <translation>Indicateur de connexion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="40"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="46"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="50"/>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="53"/>
        <source>Changes not yet synced</source>
        <translation>Modifications pas encore synchronisées</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="55"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="58"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="59"/>
        <source>Open the conflicts view</source>
        <translation>Ouvrir la vue des conflits</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="63"/>
        <source>Changes set aside</source>
        <translation>Modifications mises de côté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="65"/>
        <source>Changes from the server this laptop could not apply yet: click to see them</source>
        <translation>Modifications du serveur que cet ordinateur n'a pas encore pu appliquer : cliquez pour les voir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="89"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%Ln modification pas encore synchronisée</numerusform>
            <numerusform>%Ln modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="93"/>
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>%Ln modification dans des études où vous êtes lecteur reste sur cet ordinateur</numerusform>
            <numerusform>%Ln modifications dans des études où vous êtes lecteur restent sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="102"/>
        <source>Not signed in — nothing is sent</source>
        <translation>Non connecté — rien n'est envoyé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="105"/>
        <source>Everything stays on this laptop. To share with a team, sign in with Sync ▸ Settings…; what you made meanwhile is sent then.</source>
        <translation>Tout reste sur cet ordinateur. Pour partager avec une équipe, connectez-vous via Synchronisation ▸ Paramètres… ; ce que vous aurez fait entre-temps sera alors envoyé.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="113"/>
        <source>Offline · not signed in</source>
        <translation>Hors ligne · non connecté</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="114"/>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="115"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="116"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="117"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="118"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="119"/>
        <source>Sign in again (Sync → Settings)</source>
        <translation>Reconnectez-vous (Synchronisation → Paramètres)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="150"/>
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln conflit</numerusform>
            <numerusform>⚠ %Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="155"/>
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ %Ln modification mise de côté</numerusform>
            <numerusform>⚠ %Ln modifications mises de côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="87"/>
        <source>Nothing waiting to sync</source>
        <translation>Rien en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="141"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="145"/>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="148"/>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="169"/>
        <source>sent %1 · received %2 · %3 kB</source>
        <translation>%1 envoyés · %2 reçus · %3 ko</translation>
    </message>
</context>
<context>
    <name>TaskError</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="181"/>
        <source>Something went wrong that fieldkit did not expect (%1). Your saved data is safe; please report this.</source>
        <translation>Un problème inattendu est survenu dans fieldkit (%1). Vos données enregistrées sont intactes ; merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../fieldkit/ui/worker.py" line="107"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="86"/>
        <source>Coded passages per theme</source>
        <translation>Passages codés par thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="94"/>
        <source>No coded passages</source>
        <translation>Aucun passage codé</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/review/review_chart.py" line="116"/>
        <source>No coded passages yet.</source>
        <translation>Aucun passage codé pour l'instant.</translation>
    </message>
</context>
<context>
    <name>ThemeChanges</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="39"/>
        <source>Add theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="45"/>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="51"/>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="57"/>
        <source>Archive theme</source>
        <translation>Archiver le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="59"/>
        <source>Restore theme</source>
        <translation>Restaurer le thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="65"/>
        <source>Merge themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/theme_changes.py" line="71"/>
        <source>Move theme</source>
        <translation>Déplacer le thème</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="91"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="122"/>
        <source>Alt+%1 codes the selected words with this theme</source>
        <translation>Alt+%1 code les mots sélectionnés avec ce thème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%Ln codage</numerusform>
            <numerusform>%Ln codages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="148"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="151"/>
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>%Ln codage avec ses sous-thèmes</numerusform>
            <numerusform>%Ln codages avec ses sous-thèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="155"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>TranscriptImport</name>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="30"/>
        <source>Import &amp;transcript…</source>
        <translation>Importer une &amp;transcription…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="33"/>
        <source>Put the text of a .txt, Word (.docx) or subtitle (.srt, .vtt) file into the open record</source>
        <translation>Placer le texte d'un fichier .txt, Word (.docx) ou de sous-titres (.srt, .vtt) dans la fiche ouverte</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="45"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="54"/>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="65"/>
        <source>Import transcript</source>
        <translation>Importer une transcription</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="47"/>
        <source>Transcripts (*.txt *.docx *.srt *.vtt);;All files (*)</source>
        <translation>Transcriptions (*.txt *.docx *.srt *.vtt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="56"/>
        <source>Replace the text of “%1” with the file's text? Codings stay on words that are still there; Edit ▸ Undo (Ctrl+Z) brings the old text back.</source>
        <translation>Remplacer le texte de « %1 » par celui du fichier ? Les codages restent sur les mots encore présents ; Édition ▸ Annuler (Ctrl+Z) rétablit l'ancien texte.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="76"/>
        <source>Open an interview or an observation first: the transcript goes into it.</source>
        <translation>Ouvrez d'abord un entretien ou une observation : la transcription y sera placée.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="93"/>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d'importer %1 : %2</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="106"/>
        <source>%1 holds no text; nothing was changed.</source>
        <translation>%1 ne contient aucun texte ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="116"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/editor/transcript_import.py" line="117"/>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="39"/>
        <source>Welcome to fieldkit</source>
        <translation>Bienvenue dans fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="44"/>
        <source>fieldkit keeps your interviews, observations and coding on this computer; it works without a connection. How would you like to start?</source>
        <translation>fieldkit conserve vos entretiens, observations et codages sur cet ordinateur ; il fonctionne sans connexion. Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="54"/>
        <source>Explore the demo study</source>
        <translation>Explorer l'étude de démonstration</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="55"/>
        <source>Seven example cases in a separate data folder; your own stays empty.</source>
        <translation>Sept cas d'exemple dans un dossier de données séparé ; le vôtre reste vide.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="59"/>
        <source>Start a new study</source>
        <translation>Commencer une nouvelle étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="60"/>
        <source>With the default learning-ecosystem codebook, ready to edit.</source>
        <translation>Avec la grille de codage par défaut de l'écosystème d'apprentissage, prête à modifier.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="64"/>
        <source>Sign in to my team's server</source>
        <translation>Me connecter au serveur de mon équipe</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="65"/>
        <source>Receive your team's studies and send your work when online.</source>
        <translation>Recevez les études de votre équipe et envoyez votre travail une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="103"/>
        <source>The demo study could not be made</source>
        <translation>L'étude de démonstration n'a pas pu être créée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="126"/>
        <source>The study was not created</source>
        <translation>L'étude n'a pas été créée</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="159"/>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/welcome.py" line="160"/>
        <source>Study name:</source>
        <translation>Nom de l'étude :</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="36"/>
        <source>&amp;Code with theme…</source>
        <translation>&amp;Coder avec un thème…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="37"/>
        <source>Insert &amp;time mark</source>
        <translation>Insérer un &amp;repère temporel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="38"/>
        <source>&amp;Play or pause the recording</source>
        <translation>&amp;Lire ou mettre en pause l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="42"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="43"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="44"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="50"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="51"/>
        <source>&amp;About fieldkit</source>
        <translation>À &amp;propos de fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="53"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="90"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="104"/>
        <source>Open a recording to insert time marks.</source>
        <translation>Ouvrez un enregistrement pour insérer des repères temporels.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="112"/>
        <source>This record has no recording.</source>
        <translation>Cette fiche n'a pas d'enregistrement.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/actions/window_menus.py" line="128"/>
        <source>Nothing here can be deleted yet.</source>
        <translation>Rien ici ne peut encore être supprimé.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="37"/>
        <source>Recorded without consent on file</source>
        <translation>Enregistré sans consentement consigné</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="64"/>
        <source>Cannot start recording</source>
        <translation>Impossible de démarrer l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="83"/>
        <source>Consent before recording</source>
        <translation>Consentement avant l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="85"/>
        <source>Not every participant of this interview has allowed an audio recording:</source>
        <translation>Tous les participants de cet entretien n'ont pas autorisé un enregistrement audio :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="92"/>
        <source>Record their consent now, or record anyway (a note saying so is kept with the interview), or cancel.</source>
        <translation>Recueillez leur consentement maintenant, ou enregistrez quand même (une note le signalant est conservée avec l'entretien), ou annulez.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="99"/>
        <source>Record &amp;consent now…</source>
        <translation>Recueillir le &amp;consentement maintenant…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="103"/>
        <source>Record &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="144"/>
        <source>%1 started an audio recording on %2 although not every participant had allowed it:</source>
        <translation>%1 a lancé un enregistrement audio le %2 alors que tous les participants ne l'avaient pas autorisé :</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/dialogs/consent_check.py" line="162"/>
        <source>Consent note</source>
        <translation>Note de consentement</translation>
    </message>
</context>
</TS>
