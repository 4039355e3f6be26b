<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FreeTagList</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/free_tag_list.py" line="83" />
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
    <name>ReviewWindow</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/review/window.py" line="306" />
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
        <location filename="../../fieldkit/ui/search/search_dock.py" line="257" />
        <source>%n passage(s) coded with “%1”</source>
        <translation>
            <numerusform>%n passage coded with “%1”</numerusform>
            <numerusform>%n passages coded with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/search/search_dock.py" line="310" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="141" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="142" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/codebook/codebook_model.py" line="145" />
        <source>%n coding(s) with its sub-themes</source>
        <translation>
            <numerusform>%n coding with its sub-themes</numerusform>
            <numerusform>%n codings with its sub-themes</numerusform>
        </translation>
    </message>
</context>
</TS>