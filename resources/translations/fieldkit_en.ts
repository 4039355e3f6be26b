<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <location filename="../../ui/record_actions.py" line="246" />
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
        <location filename="../../ui/review.py" line="182" />
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
        <location filename="../../ui/search_dock.py" line="227" />
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
        <location filename="../../ui/codebook_model.py" line="131" />
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook_model.py" line="132" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
</TS>