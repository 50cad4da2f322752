// Draws the Deploy view's dialogs on the bundled openstack-kilo workspace and saves them as
// PNGs: what docs/screenshots/deploy-preview.png and deploy-generate.png show. Run under a
// real X server (xvfb-run) for the fonts a user sees:
//   ws-deploy-screenshot WORKSPACE OUT-DIR
// The preview is of keystone, glance-api@1..2 and nova-compute on a three-machine cluster
// where glance-api@1 already runs with other options and nothing has the metadata
// nova-compute asks for (role=compute is removed from the machines here).

#include "deploy/DeployGenerateDialog.h"
#include "deploy/DeployPreviewDialog.h"
#include "fleet/FleetDeployPreview.h"
#include "fleet/FleetScheduleExplainer.h"
#include "fleet/FleetUnitOptions.h"
#include "workspace/WorkspaceLoader.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

using namespace ws;

namespace {

FleetMachine machine(const QString &id, const QString &ip, const QString &role)
{
    FleetMachine m;
    m.id = id;
    m.primaryIp = ip;
    m.metadata.insert(QStringLiteral("role"), role);
    return m;
}

const UnitFile *unitNamed(const Workspace &workspace, const QString &name)
{
    for (const UnitFile &u : workspace.units)
        if (u.name == name)
            return &u;
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: ws-deploy-screenshot WORKSPACE OUT-DIR");
        return 2;
    }
    const Workspace workspace = WorkspaceLoader::load(args[1]);
    const QDir out(args[2]);

    const QList<FleetMachine> machines {
        machine(QStringLiteral("3f0c1d2e4a5b6c7d8e9f0a1b2c3d4e5f"), QStringLiteral("10.0.0.11"),
                QStringLiteral("control")),
        machine(QStringLiteral("8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d"), QStringLiteral("10.0.0.12"),
                QStringLiteral("control")),
        machine(QStringLiteral("c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9"), QStringLiteral("10.0.0.13"),
                QStringLiteral("storage"))};
    QList<FleetDeployPreview::Submission> submissions;
    const auto submit = [&](const QString &file, const QString &name) {
        if (const UnitFile *u = unitNamed(workspace, file)) {
            const QList<UnitOption> options = FleetUnitOptions::fromUnitFile(*u);
            submissions << FleetDeployPreview::Submission {
                name, name == file ? options : FleetUnitOptions::forInstance(options, name)};
        }
    };
    submit(QStringLiteral("keystone.service"), QStringLiteral("keystone.service"));
    submit(QStringLiteral("glance-api@.service"), QStringLiteral("glance-api@1.service"));
    submit(QStringLiteral("glance-api@.service"), QStringLiteral("glance-api@2.service"));
    submit(QStringLiteral("nova-compute.service"), QStringLiteral("nova-compute.service"));
    // glance-api@1 runs already, from an older file.
    FleetUnit running;
    running.name = QStringLiteral("glance-api@1.service");
    running.desiredState = FleetUnit::State::Launched;
    running.currentState = FleetUnit::State::Launched;
    running.machineId = machines.first().id;
    running.options = {{QStringLiteral("Service"), QStringLiteral("ExecStart"),
                        QStringLiteral("/usr/bin/docker run glance-api:old"), 0}};
    FleetUnitState state;
    state.name = running.name;
    state.machineId = running.machineId;
    const FleetScheduleExplainer cluster({running}, machines, {state});
    const QList<FleetDeployPreview::Item> items = FleetDeployPreview(cluster).preview(submissions);

    auto *preview = new DeployPreviewDialog(QStringLiteral("Start"), items, cluster);
    preview->resize(900, 520);
    preview->show();
    auto *generate = new DeployGenerateDialog(
        workspace,
        [](const QString &, const QString &, std::function<void(bool)> answer) { answer(false); });
    generate->selectImage(QStringLiteral("keystone"));
    generate->resize(1000, 700);
    generate->show();
    QTimer::singleShot(1500, &app, [&] {
        preview->grab().save(out.filePath(QStringLiteral("deploy-preview.png")));
        generate->grab().save(out.filePath(QStringLiteral("deploy-generate.png")));
        app.quit();
    });
    const int rc = app.exec();
    delete preview;
    delete generate;
    return rc;
}
