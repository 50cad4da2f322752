// Draws the Map tab on the test environment, with health from the fixture's probe results
// and the containers' and units' states, and saves it as a PNG: what docs/screenshots/map.png
// shows. Run under a real X server (xvfb-run) for the fonts a user sees:
//   ws-map-screenshot OUT.png WIDTH HEIGHT [ELEMENT-TO-SELECT | --hosts N]
// With --hosts N: a generated environment of N hosts × 20 containers, fitted (the overview).

#include "InfraTestEnvironment.h"

#include "map/MapCanvas.h"
#include "map/MapScene.h"
#include "map/MapView.h"

#include <QApplication>
#include <QTimer>

using namespace ws;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        qWarning("usage: ws-map-screenshot OUT.png WIDTH HEIGHT [ELEMENT-ID]");
        return 2;
    }
    MapView view;
    view.resize(args[2].toInt(), args[3].toInt());
    const bool generated = args.value(4) == QLatin1String("--hosts");
    const InfraSnapshot snapshot = generated
        ? test::infraGeneratedSnapshot(args.value(5).toInt(), 20)
        : test::infraTestSnapshot();
    view.setSnapshot(snapshot);
    // A few rounds, so the sparklines have a history.
    for (int round = 0; round < 12; ++round) {
        for (ProbeResult r : test::infraTestProbeResults()) {
            if (r.latencyMs >= 0)
                r.latencyMs = 0.8 + ((round * 7 + int(r.endpoint.size())) % 11) * 0.35;
            if (r.kind == QLatin1String("mysql"))
                r.version = QStringLiteral("10.11.6-MariaDB");
            if (r.kind == QLatin1String("rabbitmq"))
                r.version = QStringLiteral("3.10.8");
            if (r.kind == QLatin1String("memcached"))
                r.version = QStringLiteral("1.6.18");
            if (r.kind == QLatin1String("etcd"))
                r.version = QStringLiteral("3.4.23");
            r.checkedAt = QDateTime::currentDateTimeUtc();
            view.applyResult(r);
        }
        for (const InfraHost &host : snapshot.hosts) {
            ProbeResult docker;
            docker.kind = QStringLiteral("docker");
            docker.endpoint = host.dockerEndpoint;
            // Generated: a few engines down and some degraded, so the overview has something
            // to show.
            const size_t h = qHash(host.id);
            docker.status = !generated || h % 23 > 1 ? ProbeStatus::Up
                : h % 23 == 0                        ? ProbeStatus::Down
                                                     : ProbeStatus::Degraded;
            docker.latencyMs = 1.2 + (round % 5) * 0.4;
            docker.version = QStringLiteral("20.10.24");
            for (const InfraContainer &c : host.containers) {
                ProbeElement e;
                e.name = c.name;
                e.role = QStringLiteral("container");
                e.status
                    = c.state == QLatin1String("running") ? ProbeStatus::Up : ProbeStatus::Down;
                e.detail = c.status;
                docker.elements.append(e);
            }
            view.applyResult(docker);
            for (const InfraUnit &u : host.units)
                view.applyStatus(InfraElementId::unit(host.id, u.name),
                                 u.activeState == QLatin1String("failed") ? ProbeStatus::Down
                                                                          : ProbeStatus::Up);
        }
    }
    view.show();
    const QString select = generated
        ? QString()
        : args.value(4, InfraElementId::service(snapshot.services[1].target));
    QTimer::singleShot(1500, &view, [&] {
        view.canvas()->fitAll();
        view.scene()->selectElement(select);
    });
    QTimer::singleShot(2500, &view, [&] {
        view.grab().save(args[1]);
        app.quit();
    });
    return app.exec();
}
