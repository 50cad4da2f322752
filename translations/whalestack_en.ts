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
    <message numerus="yes">
        <source>Exported %n key(s) at revision %1.</source>
        <translation>
            <numerusform>Exported %n key at revision %1.</numerusform>
            <numerusform>Exported %n keys at revision %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the templates&apos; keys missing from the store</source>
        <translation>
            <numerusform>%n of the templates&apos; keys missing from the store</numerusform>
            <numerusform>%n of the templates&apos; keys missing from the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n in the catalogue).</source>
        <translation>
            <numerusform> (%n in the catalogue).</numerusform>
            <numerusform> (%n in the catalogue).</numerusform>
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
    <name>EtcdTemplateCoverage</name>
    <message numerus="yes">
        <source>and %n more read(s)</source>
        <translation>
            <numerusform>and %n more read</numerusform>
            <numerusform>and %n more reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more template(s)</source>
        <translation>
            <numerusform>and %n more template</numerusform>
            <numerusform>and %n more templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys the templates of workspace &quot;%1&quot; read that the store lacks (%n key(s)).
Fill in each value, then import this file. Each comment names the templates that read the key.</source>
        <translation>
            <numerusform>Keys the templates of workspace &quot;%1&quot; read that the store lacks (%n key).
Fill in each value, then import this file. Each comment names the templates that read the key.</numerusform>
            <numerusform>Keys the templates of workspace &quot;%1&quot; read that the store lacks (%n keys).
Fill in each value, then import this file. Each comment names the templates that read the key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>folder of %n key(s)</source>
        <translation>
            <numerusform>folder of %n key</numerusform>
            <numerusform>folder of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pattern: %n match(es)</source>
        <translation>
            <numerusform>pattern: %n match</numerusform>
            <numerusform>pattern: %n matches</numerusform>
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
    <name>FleetDeployPreview</name>
    <message numerus="yes">
        <source>global: runs on each of %n machine(s)</source>
        <translation>
            <numerusform>global: runs on each of %n machine</numerusform>
            <numerusform>global: runs on each of %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>can run on %n machine(s)</source>
        <translation>
            <numerusform>can run on %n machine</numerusform>
            <numerusform>can run on %n machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetJson</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetScheduleExplainer</name>
    <message numerus="yes">
        <source>%1 is global and placed on %n machine(s).</source>
        <translation>
            <numerusform>%1 is global and placed on %n machine.</numerusform>
            <numerusform>%1 is global and placed on %n machines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is global: it runs on every machine its rules allow (%n machine(s)); fleet has not started it there yet. Nothing rules them out; check fleetd&apos;s log on those hosts if this lasts.</source>
        <translation>
            <numerusform>%1 is global: it runs on every machine its rules allow (%n machine); fleet has not started it there yet. Nothing rules it out; check fleetd&apos;s log on that host if this lasts.</numerusform>
            <numerusform>%1 is global: it runs on every machine its rules allow (%n machines); fleet has not started it there yet. Nothing rules them out; check fleetd&apos;s log on those hosts if this lasts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing rules %1 out: %n machine(s) can take it; fleet has not scheduled it yet. If this lasts, check fleetd&apos;s log (journalctl -u fleet) on the hosts.</source>
        <translation>
            <numerusform>Nothing rules %1 out: %n machine can take it; fleet has not scheduled it yet. If this lasts, check fleetd&apos;s log (journalctl -u fleet) on the hosts.</numerusform>
            <numerusform>Nothing rules %1 out: %n machines can take it; fleet has not scheduled it yet. If this lasts, check fleetd&apos;s log (journalctl -u fleet) on the hosts.</numerusform>
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
    <name>ws::DeployPreviewDialog</name>
    <message numerus="yes">
        <source>%n unit(s) on fleet differ from the workspace and will be destroyed and submitted again (they stop meanwhile).</source>
        <translation>
            <numerusform>%n unit on fleet differs from the workspace and will be destroyed and submitted again (it stops meanwhile).</numerusform>
            <numerusform>%n units on fleet differ from the workspace and will be destroyed and submitted again (they stop meanwhile).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) can land on no machine: fleet accepts them but never starts them.</source>
        <translation>
            <numerusform>%n unit can land on no machine: fleet accepts it but never starts it.</numerusform>
            <numerusform>%n units can land on no machine: fleet accepts them but never starts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::DeployView</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent to fleet: %n unit file(s) cannot be deployed as they are. Fix them and reload the workspace:
%1</source>
        <translation>
            <numerusform>Nothing was sent to fleet: %n unit file cannot be deployed as it is. Fix it and reload the workspace:
%1</numerusform>
            <numerusform>Nothing was sent to fleet: %n unit files cannot be deployed as they are. Fix them and reload the workspace:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %n unit(s)</source>
        <translation>
            <numerusform>Starting %n unit</numerusform>
            <numerusform>Starting %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n unit(s)</source>
        <translation>
            <numerusform>Loading %n unit</numerusform>
            <numerusform>Loading %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitting %n unit(s)</source>
        <translation>
            <numerusform>Submitting %n unit</numerusform>
            <numerusform>Submitting %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unloading %n unit(s)</source>
        <translation>
            <numerusform>Unloading %n unit</numerusform>
            <numerusform>Unloading %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n unit(s)</source>
        <translation>
            <numerusform>Stopping %n unit</numerusform>
            <numerusform>Stopping %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n unit(s) on fleet? They stop and are removed from the cluster:
%1</source>
        <translation>
            <numerusform>Destroy %n unit on fleet? It stops and is removed from the cluster:
%1</numerusform>
            <numerusform>Destroy %n units on fleet? They stop and are removed from the cluster:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroying %n unit(s)</source>
        <translation>
            <numerusform>Destroying %n unit</numerusform>
            <numerusform>Destroying %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %n instance(s) of %1</source>
        <translation>
            <numerusform>Starting %n instance of %1</numerusform>
            <numerusform>Starting %n instances of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fleet cannot change a unit in place. Destroy %n unit(s) and submit the workspace&apos;s files again, in the same desired state? They stop meanwhile:
%1</source>
        <translation>
            <numerusform>fleet cannot change a unit in place. Destroy %n unit and submit the workspace&apos;s file again, in the same desired state? It stops meanwhile:
%1</numerusform>
            <numerusform>fleet cannot change a unit in place. Destroy %n units and submit the workspace&apos;s files again, in the same desired state? They stop meanwhile:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n unit(s)</source>
        <translation>
            <numerusform>Updating %n unit</numerusform>
            <numerusform>Updating %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %1 into %2 (now: %3) and restart %n unit(s)? Each is stopped, and started again once it has stopped:
%4</source>
        <translation>
            <numerusform>Write %1 into %2 (now: %3) and restart %n unit? It is stopped, and started again once it has stopped:
%4</numerusform>
            <numerusform>Write %1 into %2 (now: %3) and restart %n units? Each is stopped, and started again once it has stopped:
%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pointing %1 at %2 and restarting %n unit(s)</source>
        <translation>
            <numerusform>Pointing %1 at %2 and restarting %n unit</numerusform>
            <numerusform>Pointing %1 at %2 and restarting %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::DockerProbe</name>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n container running</numerusform>
            <numerusform>%n containers running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>, %n in all</numerusform>
            <numerusform>, %n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdBrowser</name>
    <message numerus="yes">
        <source>%n key(s) at revision %1; following changes.</source>
        <translation>
            <numerusform>%n key at revision %1; following changes.</numerusform>
            <numerusform>%n keys at revision %1; following changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed again at revision %1: %n change(s) caught up.</source>
        <translation>
            <numerusform>Listed again at revision %1: %n change caught up.</numerusform>
            <numerusform>Listed again at revision %1: %n changes caught up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) match</source>
        <translation>
            <numerusform>%n value matches</numerusform>
            <numerusform>%n values match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> out of %n key(s) searched.</source>
        <translation>
            <numerusform> out of %n key searched.</numerusform>
            <numerusform> out of %n keys searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) match.</source>
        <translation>
            <numerusform>%n key matches.</numerusform>
            <numerusform>%n keys match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdCataloguePanel</name>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n key)</numerusform>
            <numerusform>%1 (%n keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more key(s) with a lease: written by the cluster (registrator)</source>
        <translation>
            <numerusform>%n more key with a lease: written by the cluster (registrator)</numerusform>
            <numerusform>%n more keys with a lease: written by the cluster (registrator)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) read by templates: </source>
        <translation>
            <numerusform>%n key read by templates: </numerusform>
            <numerusform>%n keys read by templates: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set, </source>
        <translation>
            <numerusform>%n set, </numerusform>
            <numerusform>%n set, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing, </source>
        <translation>
            <numerusform>%n missing, </numerusform>
            <numerusform>%n missing, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) (%1 matching nothing); </source>
        <translation>
            <numerusform>%n pattern (%1 matching nothing); </numerusform>
            <numerusform>%n patterns (%1 matching nothing); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored key(s) no template reads</source>
        <translation>
            <numerusform>%n stored key no template reads</numerusform>
            <numerusform>%n stored keys no template reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more owned by the cluster</source>
        <translation>
            <numerusform>, %n more owned by the cluster</numerusform>
            <numerusform>, %n more owned by the cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n missing key(s) to %1. Fill in the values, then import the file.</source>
        <translation>
            <numerusform>Wrote %n missing key to %1. Fill in the value, then import the file.</numerusform>
            <numerusform>Wrote %n missing keys to %1. Fill in the values, then import the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdCataloguePanelModel</name>
    <message numerus="yes">
        <source>%1, %n owned by the cluster</source>
        <translation>
            <numerusform>%1, %n owned by the cluster</numerusform>
            <numerusform>%1, %n owned by the cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with a lease: written by the cluster (registrator), not by hand.</source>
        <translation>
            <numerusform>%n key with a lease: written by the cluster (registrator), not by hand.</numerusform>
            <numerusform>%n keys with a lease: written by the cluster (registrator), not by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdChainPanel</name>
    <message numerus="yes">
        <source>About %n second(s) left on the lease.</source>
        <translation>
            <numerusform>About %n second left on the lease.</numerusform>
            <numerusform>About %n seconds left on the lease.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A change reaches %n template read(s), </source>
        <translation>
            <numerusform>A change reaches %n template read, </numerusform>
            <numerusform>A change reaches %n template reads, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) </source>
        <translation>
            <numerusform>%n image </numerusform>
            <numerusform>%n images </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n unit(s).</source>
        <translation>
            <numerusform>and %n unit.</numerusform>
            <numerusform>and %n units.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdDiffView</name>
    <message numerus="yes">
        <source>%1 → %2: %n line(s) removed</source>
        <translation>
            <numerusform>%1 → %2: %n line removed</numerusform>
            <numerusform>%1 → %2: %n lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdExportAction</name>
    <message numerus="yes">
        <source>Exported %n key(s) at revision %1 to %2.</source>
        <translation>
            <numerusform>Exported %n key at revision %1 to %2.</numerusform>
            <numerusform>Exported %n keys at revision %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdExportJob</name>
    <message numerus="yes">
        <source>whalestack etcd export — endpoint %1, revision %2, prefix %3, %n key(s)</source>
        <translation>
            <numerusform>whalestack etcd export — endpoint %1, revision %2, prefix %3, %n key</numerusform>
            <numerusform>whalestack etcd export — endpoint %1, revision %2, prefix %3, %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdImportDialog</name>
    <message numerus="yes">
        <source>(%n binary byte(s))</source>
        <translation>
            <numerusform>(%n binary byte)</numerusform>
            <numerusform>(%n binary bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n key(s) with the store…</source>
        <translation>
            <numerusform>Comparing %n key with the store…</numerusform>
            <numerusform>Comparing %n keys with the store…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdImportPlan</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n to change</numerusform>
            <numerusform>%n to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was refused and nothing was written: %n key(s) changed in the store since the dry run: %1. Run the dry run again to see the new values.</source>
        <translation>
            <numerusform>The import was refused and nothing was written: %n key changed in the store since the dry run: %1. Run the dry run again to see the new value.</numerusform>
            <numerusform>The import was refused and nothing was written: %n keys changed in the store since the dry run: %1. Run the dry run again to see the new values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s)</source>
        <translation>
            <numerusform>Imported %n change</numerusform>
            <numerusform>Imported %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n transaction(s), store revision %1.</source>
        <translation>
            <numerusform> in %n transaction, store revision %1.</numerusform>
            <numerusform> in %n transactions, store revision %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed since the dry run: %1</source>
        <translation>
            <numerusform>%n key changed since the dry run: %1</numerusform>
            <numerusform>%n keys changed since the dry run: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdKeyActions</name>
    <message numerus="yes">
        <source>Move %n key(s) from %1 to %2?</source>
        <translation>
            <numerusform>Move %n key from %1 to %2?</numerusform>
            <numerusform>Move %n keys from %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes %n transaction(s), applied one after another: if one fails, the keys moved before it stay moved.</source>
        <translation>
            <numerusform>This takes %n transaction, applied one operation after another: if one fails, the keys moved before it stay moved.</numerusform>
            <numerusform>This takes %n transactions, applied one after another: if one fails, the keys moved before it stay moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n key(s) from %1 to %2.</source>
        <translation>
            <numerusform>Moved %n key from %1 to %2.</numerusform>
            <numerusform>Moved %n keys from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder %1 and the %n key(s) in it?</source>
        <translation>
            <numerusform>Delete the folder %1 and the %n key in it?</numerusform>
            <numerusform>Delete the folder %1 and the %n keys in it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes %n transaction(s), applied one after another: if one fails, the keys deleted before it stay deleted.</source>
        <translation>
            <numerusform>This takes %n transaction, applied one operation after another: if one fails, the keys deleted before it stay deleted.</numerusform>
            <numerusform>This takes %n transactions, applied one after another: if one fails, the keys deleted before it stay deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n key(s) under %1.</source>
        <translation>
            <numerusform>Deleted %n key under %1.</numerusform>
            <numerusform>Deleted %n keys under %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdKeyHistory</name>
    <message numerus="yes">
        <source>Showing the last %n value(s); older ones were not read.</source>
        <translation>
            <numerusform>Showing the last %n value; older ones were not read.</numerusform>
            <numerusform>Showing the last %n values; older ones were not read.</numerusform>
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
    <name>ws::EtcdProbe</name>
    <message numerus="yes">
        <source>healthy, %n member(s)</source>
        <translation>
            <numerusform>healthy, %n member</numerusform>
            <numerusform>healthy, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>healthy, %n member(s), leader %1</source>
        <translation>
            <numerusform>healthy, %n member, leader %1</numerusform>
            <numerusform>healthy, %n members, leader %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdV2Store</name>
    <message numerus="yes">
        <source>The v2 API has no transactions: the %n operation(s) before it were applied.</source>
        <translation>
            <numerusform>The v2 API has no transactions: the %n operation before it was applied.</numerusform>
            <numerusform>The v2 API has no transactions: the %n operations before it were applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Operation %1 of %2 was not applied: key %3 changed since it was read. The v2 API has no transactions: the %n operation(s) before it were applied, the ones after it were not; reload and try again.</source>
        <translation>
            <numerusform>Operation %1 of %2 was not applied: key %3 changed since it was read. The v2 API has no transactions: the %n operation before it was applied, the ones after it were not; reload and try again.</numerusform>
            <numerusform>Operation %1 of %2 was not applied: key %3 changed since it was read. The v2 API has no transactions: the %n operations before it were applied, the ones after it were not; reload and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdValueEditor</name>
    <message numerus="yes">
        <source>This key looks secret: its value (%n byte(s)) is hidden.</source>
        <translation>
            <numerusform>This key looks secret: its value (%n byte) is hidden.</numerusform>
            <numerusform>This key looks secret: its value (%n bytes) is hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 · created at revision %2 · version %3 · %n byte(s)</source>
        <translation>
            <numerusform>Revision %1 · created at revision %2 · version %3 · %n byte</numerusform>
            <numerusform>Revision %1 · created at revision %2 · version %3 · %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owned by the cluster: lease %1, %n second(s) left. Edits last only until the lease expires or its owner writes again.</source>
        <translation>
            <numerusform>Owned by the cluster: lease %1, %n second left. Edits last only until the lease expires or its owner writes again.</numerusform>
            <numerusform>Owned by the cluster: lease %1, %n seconds left. Edits last only until the lease expires or its owner writes again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::EtcdView</name>
    <message numerus="yes">
        <source>%1 — %n key(s), watching for changes.</source>
        <translation>
            <numerusform>%1 — %n key, watching for changes.</numerusform>
            <numerusform>%1 — %n keys, watching for changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — the history to resume from was compacted; the keys were listed again (%n key(s)).</source>
        <translation>
            <numerusform>%1 — the history to resume from was compacted; the keys were listed again (%n key).</numerusform>
            <numerusform>%1 — the history to resume from was compacted; the keys were listed again (%n keys).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::FleetProbe</name>
    <message numerus="yes">
        <source>%n launched unit(s) failed in systemd: %1</source>
        <translation>
            <numerusform>%n launched unit failed in systemd: %1</numerusform>
            <numerusform>%n launched units failed in systemd: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unit(s)</source>
        <translation>
            <numerusform>, %n unit</numerusform>
            <numerusform>, %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::FleetStateModel</name>
    <message numerus="yes">
        <source>%1 of %n active</source>
        <translation>
            <numerusform>%1 of %n active</numerusform>
            <numerusform>%1 of %n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::FleetTunnel</name>
    <message numerus="yes">
        <source>ssh to %1 did not open the tunnel within %n second(s).</source>
        <translation>
            <numerusform>ssh to %1 did not open the tunnel within %n second.</numerusform>
            <numerusform>ssh to %1 did not open the tunnel within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::LatencySparkline</name>
    <message numerus="yes">
        <source>%n sample(s), from %1 to %2</source>
        <translation>
            <numerusform>%n sample, from %1 to %2</numerusform>
            <numerusform>%n samples, from %1 to %2</numerusform>
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
<context>
    <name>ws::MapView</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift warning(s)</source>
        <translation>
            <numerusform>%n drift warning</numerusform>
            <numerusform>%n drift warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::MemcachedProbe</name>
    <message numerus="yes">
        <source>memcached %1: %n item(s), %2 of %3 MiB used, %4 connection(s), hit rate %5</source>
        <translation>
            <numerusform>memcached %1: %n item, %2 of %3 MiB used, %4 connection(s), hit rate %5</numerusform>
            <numerusform>memcached %1: %n items, %2 of %3 MiB used, %4 connection(s), hit rate %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::RabbitmqProbe</name>
    <message numerus="yes">
        <source>%n node(s) of the cluster are not well: %1</source>
        <translation>
            <numerusform>%n node of the cluster is not well: %1</numerusform>
            <numerusform>%n nodes of the cluster are not well: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; management API: %n node(s) running without alarms</source>
        <translation>
            <numerusform>; management API: %n node running without alarms</numerusform>
            <numerusform>; management API: %n nodes running without alarms</numerusform>
        </translation>
    </message>
</context>
</TS>
