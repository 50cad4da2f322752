<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>WorkspaceCommand</name>
    <message numerus="yes">
        <source>%n image(s):</source>
        <translation>
            <numerusform>%n image:</numerusform>
            <numerusform>%n images:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) read by templates</source>
        <translation>
            <numerusform>%n key read by templates</numerusform>
            <numerusform>%n keys read by templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit file(s):</source>
        <translation>
            <numerusform>%n unit file:</numerusform>
            <numerusform>%n unit files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::MainWindow</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit file(s)</source>
        <translation>
            <numerusform>%n unit file</numerusform>
            <numerusform>%n unit files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
