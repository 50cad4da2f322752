<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BuildCommand</name>
    <message numerus="yes">
        <source>Building %n image(s) on %1</source>
        <translation>
            <numerusform>Building %n image on %1</numerusform>
            <numerusform>Building %n images on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n slot(s)</source>
        <translation>
            <numerusform>with %n slot</numerusform>
            <numerusform>with %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtcdCommand</name>
    <message numerus="yes">
        <source>Deleted %n key(s).</source>
        <translation>
            <numerusform>Deleted %n key.</numerusform>
            <numerusform>Deleted %n keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtcdJson</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtcdWatchStreamParser</name>
    <message numerus="yes">
        <source>etcd&apos;s watch stream ended inside a message at byte %1 (%n byte(s) of it came)</source>
        <translation>
            <numerusform>etcd&apos;s watch stream ended inside a message at byte %1 (%n byte of it came)</numerusform>
            <numerusform>etcd&apos;s watch stream ended inside a message at byte %1 (%n bytes of it came)</numerusform>
        </translation>
    </message>
</context>
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
    <name>ws::BuildHistoryPanel</name>
    <message numerus="yes">
        <source>%n cache hit(s)</source>
        <translation>
            <numerusform>%n cache hit</numerusform>
            <numerusform>%n cache hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n build(s)</source>
        <translation>
            <numerusform>%1 of %n build</numerusform>
            <numerusform>%1 of %n builds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::BuildSummaryPanel</name>
    <message numerus="yes">
        <source>%n built</source>
        <translation>
            <numerusform>%n built</numerusform>
            <numerusform>%n built</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up to date</source>
        <translation>
            <numerusform>%n up to date</numerusform>
            <numerusform>%n up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pushed</source>
        <translation>
            <numerusform>%n pushed</numerusform>
            <numerusform>%n pushed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::BuildsView</name>
    <message numerus="yes">
        <source>Building %n image(s)</source>
        <translation>
            <numerusform>Building %n image</numerusform>
            <numerusform>Building %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at once</source>
        <translation>
            <numerusform>%n at once</numerusform>
            <numerusform>%n at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n image(s)</source>
        <translation>
            <numerusform>Retrying %n image</numerusform>
            <numerusform>Retrying %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdKv</name>
    <message numerus="yes">
        <source>The %n transaction(s) before it were applied.</source>
        <translation>
            <numerusform>The %n transaction before it was applied.</numerusform>
            <numerusform>The %n transactions before it were applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not applied: %n key(s) changed since they were read (%2). Nothing of it was written; reload and try again.</source>
        <translation>
            <numerusform>%1 was not applied: %n key changed since it was read (%2). Nothing of it was written; reload and try again.</numerusform>
            <numerusform>%1 was not applied: %n keys changed since they were read (%2). Nothing of it was written; reload and try again.</numerusform>
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
