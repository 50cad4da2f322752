// Benchmark 1 of issue 6: a scene of 1,000 hosts × 20 containers; one round of status changes
// to every element (hosts, units, containers, services, frontends, routes), divided by the same
// calls on an empty map (no items: the bookkeeping alone). Then what a frame costs after the
// round, with every item pulsing: one full repaint of a 1400×900 view at fit zoom and at 1:1.
// Target: ≤ 16 ms a frame. Prints the figures; asserts only that the work was done.

#include "InfraTestEnvironment.h"

#include "map/MapCanvas.h"
#include "map/MapNodeItem.h"
#include "map/MapRouteItem.h"
#include "map/MapScene.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QtTest>
#include <array>
#include <cmath>

using namespace ws;

namespace {

QStringList everyElement(const MapScene &scene)
{
    QStringList ids;
    for (MapNodeItem *node : scene.nodes())
        ids.append(node->id());
    for (MapRouteItem *route : scene.routes())
        ids.append(route->id());
    std::sort(ids.begin(), ids.end());
    return ids;
}

double applyRound(MapScene &scene, const QStringList &ids, int salt)
{
    static const ProbeStatus statuses[]
        = {ProbeStatus::Up, ProbeStatus::Degraded, ProbeStatus::Down, ProbeStatus::Unknown};
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < ids.size(); ++i)
        scene.applyStatus(ids[i], statuses[(i + salt) % 4], double((i * 7 + salt) % 50) / 3.0);
    return timer.nsecsElapsed() / 1e6;
}

// One frame of the view as the screen would get it: the viewport painted into an image.
double frame(MapCanvas &canvas)
{
    QImage image(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    canvas.viewport()->render(&image);
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

class BenchMapStatus : public QObject
{
    Q_OBJECT

private slots:
    void roundOfStatusChanges()
    {
        const InfraSnapshot snapshot = test::infraGeneratedSnapshot(1000, 20);
        MapScene scene;
        QElapsedTimer timer;
        timer.start();
        scene.setSnapshot(snapshot);
        const double build = timer.nsecsElapsed() / 1e6;
        timer.restart();
        scene.setSnapshot(snapshot); // the same again: a diff with nothing to do
        const double unchanged = timer.nsecsElapsed() / 1e6;
        const QStringList ids = everyElement(scene);
        QVERIFY(ids.size() > 60000);

        MapScene empty;
        QList<double> full, bare;
        for (int salt = 1; salt <= 5; ++salt) {
            full.append(applyRound(scene, ids, salt));
            bare.append(applyRound(empty, ids, salt));
        }
        QCOMPARE(scene.node(ids.first()) ? int(scene.node(ids.first())->status())
                                         : int(scene.route(ids.first())->status()),
                 int(std::array {ProbeStatus::Up, ProbeStatus::Degraded, ProbeStatus::Down,
                                 ProbeStatus::Unknown}[5 % 4]));
        QVERIFY(scene.pulsing() > 40000);

        MapCanvas canvas(&scene);
        canvas.resize(1400, 900);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        // Mid-pulse for every item: the dearest frame of the animation.
        for (MapNodeItem *node : scene.nodes())
            node->setPulse(0.5);
        canvas.fitAll();
        QList<double> fit, one;
        for (int i = 0; i < 5; ++i)
            fit.append(frame(canvas));
        canvas.setZoom(1.0);
        canvas.centerOn(scene.sceneRect().center());
        for (int i = 0; i < 5; ++i)
            one.append(frame(canvas));
        // After the pulse: the steady picture.
        for (MapNodeItem *node : scene.nodes())
            node->setPulse(0);
        QList<double> steady;
        for (int i = 0; i < 5; ++i)
            steady.append(frame(canvas));
        canvas.fitAll();
        QList<double> steadyFit;
        for (int i = 0; i < 5; ++i)
            steadyFit.append(frame(canvas));

        const double f = median(full), b = median(bare);
        qInfo().noquote() << QStringLiteral(
                                 "map: %1 hosts, %2 elements (%3 routes); first snapshot %4 ms, "
                                 "same snapshot again %5 ms")
                                 .arg(snapshot.hosts.size())
                                 .arg(ids.size())
                                 .arg(scene.routes().size())
                                 .arg(build, 0, 'f', 0)
                                 .arg(unchanged, 0, 'f', 0);
        qInfo().noquote() << QStringLiteral("round of status changes: %1 ms on the map, %2 ms "
                                            "on an empty map: ratio %3 (%4 µs an element)")
                                 .arg(f, 0, 'f', 1)
                                 .arg(b, 0, 'f', 1)
                                 .arg(f / b, 0, 'f', 2)
                                 .arg(f * 1000 / ids.size(), 0, 'f', 2);
        qInfo().noquote() << QStringLiteral(
                                 "frame of a 1400×900 view, every item pulsing: %1 ms at fit zoom "
                                 "(%2), %3 ms at 1:1; steady: %4 ms at fit, %5 ms at 1:1 "
                                 "(target ≤ 16 ms); the round itself spans %6 frame(s) of 16 ms")
                                 .arg(median(fit), 0, 'f', 1)
                                 .arg(canvas.zoom(), 0, 'f', 3)
                                 .arg(median(one), 0, 'f', 1)
                                 .arg(median(steadyFit), 0, 'f', 1)
                                 .arg(median(steady), 0, 'f', 1)
                                 .arg(int(std::ceil(f / 16.0)));
    }
};

QTEST_MAIN(BenchMapStatus)
#include "bench_MapStatus.moc"
