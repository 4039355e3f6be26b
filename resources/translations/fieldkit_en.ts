<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeleteWording</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="40" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="41" />
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="42" />
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="43" />
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="44" />
        <source>%n participant link(s)</source>
        <translation>
            <numerusform>%n participant link</numerusform>
            <numerusform>%n participant links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="45" />
        <source>%n sub-theme(s)</source>
        <translation>
            <numerusform>%n sub-theme</numerusform>
            <numerusform>%n sub-themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="46" />
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="47" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="48" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="49" />
        <source>%n free-word tag(s)</source>
        <translation>
            <numerusform>%n free-word tag</numerusform>
            <numerusform>%n free-word tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="50" />
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="51" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="52" />
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="53" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/delete_wording.py" line="54" />
        <source>%n name(s) to redact</source>
        <translation>
            <numerusform>%n name to redact</numerusform>
            <numerusform>%n names to redact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="229" />
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/export_actions.py" line="230" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/protect/export_log_view.py" line="92" />
        <source>all cases (%n file(s))</source>
        <translation>
            <numerusform>all cases (%n file)</numerusform>
            <numerusform>all cases (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="43" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="46" />
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n CSV file in %1.</numerusform>
            <numerusform>Saved %n CSV files in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/export_summary.py" line="49" />
        <source>%n case study file(s) saved in %1.</source>
        <translation>
            <numerusform>%n case study file saved in %1.</numerusform>
            <numerusform>%n case study files saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeTagList</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="84" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/review_chart.py" line="234" />
        <source>%1 in %2: %n coded passage(s)</source>
        <translation>
            <numerusform>%1 in %2: %n coded passage</numerusform>
            <numerusform>%1 in %2: %n coded passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/actions/record_actions.py" line="269" />
        <source>%n name(s) on the study's list to redact.</source>
        <translation>
            <numerusform>%n name on the study's list to redact.</numerusform>
            <numerusform>%n names on the study's list to redact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse.py" line="23" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="307" />
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n coded passage</numerusform>
            <numerusform>%n coded passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="259" />
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>%n passage coded with “%1”</numerusform>
            <numerusform>%n passages coded with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="312" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="348" />
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %n change set aside</numerusform>
            <numerusform> · %n changes set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_controller.py" line="350" />
        <source> · %n of your change(s) refused by the server</source>
        <translation>
            <numerusform> · %n of your change refused by the server</numerusform>
            <numerusform> · %n of your changes refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="88" />
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n change not yet synced</numerusform>
            <numerusform>%n changes not yet synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="92" />
        <source>%n change(s) in studies where you are a viewer stay on this laptop</source>
        <translation>
            <numerusform>%n change in studies where you are a viewer stay on this laptop</numerusform>
            <numerusform>%n changes in studies where you are a viewer stay on this laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="149" />
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/sync/sync_status.py" line="154" />
        <source>⚠ %n change(s) set aside</source>
        <translation>
            <numerusform>⚠ %n change set aside</numerusform>
            <numerusform>⚠ %n changes set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="146" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="147" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="150" />
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>%n coding with its sub-themes</numerusform>
            <numerusform>%n codings with its sub-themes</numerusform>
        </translation>
    </message>
</context>
</TS>