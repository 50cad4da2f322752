#include "InfraTestEnvironment.h"

#include "map/LatencySparkline.h"
#include "map/MapCanvas.h"
#include "map/MapDetailsPanel.h"
#include "map/MapDriftMarkerItem.h"
#include "map/MapLayout.h"
#include "map/MapMinimap.h"
#include "map/MapNodeItem.h"
#include "map/MapRouteItem.h"
#include "map/MapScene.h"
#include "map/MapView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace ws;

namespace {

const QString kHostA = QStringLiteral("4f1c9e2a7b3d4e5f8a9b0c1d2e3f4a5b");
const QString kHostB = QStringLiteral("8c2d7e1f0a4b4c6d9e8f7a6b5c4d3e2f");
const QString kHostC = QStringLiteral("c0ffee42d00d4b1e9a7c6b5a4f3e2d1c");

QString containerId(const QString &host, const QString &name)
{
    return InfraElementId::container(host, name);
}

QString serviceId(const InfraSnapshot &snapshot, const QString &kind)
{
    for (const InfraService &s : snapshot.services)
        if (s.target.kind == kind)
            return InfraElementId::service(s.target);
    return {};
}

// How many pixels of `image` inside `rect` are close to `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int n = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 24)
                ++n;
        }
    return n;
}

} // namespace

class MapViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapView> m_view;
    InfraSnapshot m_snapshot;

    MapScene *scene() const { return m_view->scene(); }
    QImage renderElement(const QString &id, double zoom = 1.0)
    {
        const QRectF rect = scene()->elementRect(id);
        QImage image((rect.size() * zoom).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        scene()->render(&painter, QRectF(QPointF(), QSizeF(image.size())), rect);
        return image;
    }

private slots:
    void init()
    {
        m_view = std::make_unique<MapView>();
        m_view->resize(1200, 800);
        m_snapshot = test::infraTestSnapshot();
        m_view->setSnapshot(m_snapshot);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void nodesPerKind()
    {
        QCOMPARE(scene()->count(MapElement::Kind::Host), 3);
        QCOMPARE(scene()->count(MapElement::Kind::Unit), 11);
        QCOMPARE(scene()->count(MapElement::Kind::Container), 11);
        // Nine backing services; the three hosts' Docker engines are the hosts themselves.
        QCOMPARE(scene()->count(MapElement::Kind::Service), 9);
        QCOMPARE(scene()->count(MapElement::Kind::Frontend), 2);
        QCOMPARE(scene()->count(MapElement::Kind::Route), 3);
        // The stale key of glance-api-2, whose container is gone.
        QCOMPARE(scene()->count(MapElement::Kind::Key), 1);
        QVERIFY(scene()->node(
            InfraElementId::key(QStringLiteral("/services/router/frontend/glance/glance-api-2"))));
        // Where they hang: HAProxy on the edge, Ceph in its box, the rest on the private bus.
        const MapElement *haproxy = scene()->element(serviceId(m_snapshot, "haproxy"));
        QVERIFY(haproxy);
        QCOMPARE(haproxy->place, MapElement::Place::Edge);
        QCOMPARE(scene()->element(serviceId(m_snapshot, "ceph"))->place, MapElement::Place::Ceph);
        QCOMPARE(scene()->element(serviceId(m_snapshot, "mysql"))->place,
                 MapElement::Place::PrivateNetwork);
        const QRectF edge = scene()->elementRect(serviceId(m_snapshot, "haproxy"));
        const QRectF mysql = scene()->elementRect(serviceId(m_snapshot, "mysql"));
        const QRectF host = scene()->elementRect(InfraElementId::host(kHostA));
        QVERIFY(edge.bottom() < mysql.top());
        QVERIFY(mysql.bottom() < host.top());
        // Containers and units are inside their host's box.
        for (const InfraHost &h : m_snapshot.hosts) {
            const QRectF box = scene()->elementRect(InfraElementId::host(h.id));
            for (const InfraContainer &c : h.containers)
                QVERIFY2(box.contains(scene()->elementRect(containerId(h.id, c.name))),
                         qPrintable(c.name));
            for (const InfraUnit &u : h.units)
                QVERIFY(box.contains(scene()->elementRect(InfraElementId::unit(h.id, u.name))));
        }
        QVERIFY(m_view->statusText().contains(QLatin1String("3 host")));
    }

    void routesRunFromFrontendsToContainers()
    {
        const QString haproxy = m_snapshot.services.first().target.id();
        struct Expected
        {
            InfraRoute route;
            QString to;
            QString via;
        };
        const QList<Expected> expected {
            {m_snapshot.routes[0], containerId(kHostA, "keystone-1"),
             containerId(kHostA, "router-1")},
            {m_snapshot.routes[1], containerId(kHostB, "glance-api-1"),
             containerId(kHostB, "router-2")},
            {m_snapshot.routes[2],
             InfraElementId::key(QStringLiteral("/services/router/frontend/glance/glance-api-2")),
             QString()},
        };
        for (const Expected &e : expected) {
            const QString id = InfraElementId::route(e.route);
            MapRouteItem *item = scene()->route(id);
            QVERIFY2(item, qPrintable(id));
            const QString frontend
                = QStringLiteral("frontend:") + haproxy + QLatin1Char('/') + e.route.frontend;
            QCOMPARE(item->element().from, frontend);
            QCOMPARE(item->element().to, e.to);
            QCOMPARE(item->element().via, e.via);
            // The drawn way starts at the frontend and ends on its target.
            const QPainterPath path = item->path();
            const QRectF from = scene()->elementRect(frontend).adjusted(-1, -1, 1, 1);
            const QRectF to = scene()->elementRect(e.to).adjusted(-1, -1, 1, 1);
            QVERIFY2(from.contains(path.pointAtPercent(0)), qPrintable(id));
            QVERIFY2(to.contains(path.currentPosition()), qPrintable(id));
            if (!e.via.isEmpty())
                QVERIFY(path.intersects(scene()->elementRect(e.via)));
        }
    }

    void coloursFollowResults()
    {
        for (const ProbeResult &r : test::infraTestProbeResults())
            m_view->applyResult(r);
        const struct
        {
            QString id;
            ProbeStatus status;
        } cases[] = {
            {serviceId(m_snapshot, "memcached"), ProbeStatus::Up},
            {serviceId(m_snapshot, "rabbitmq"), ProbeStatus::Degraded},
            {serviceId(m_snapshot, "ceph"), ProbeStatus::Down},
            {serviceId(m_snapshot, "haproxy"), ProbeStatus::Degraded},
            {InfraElementId::host(kHostA), ProbeStatus::Up}, // its Docker engine answered
            {InfraElementId::unit(kHostA, "keystone@1.service"), ProbeStatus::Unknown},
        };
        const MapPalette &palette = scene()->look().palette;
        for (const auto &c : cases) {
            MapNodeItem *node = scene()->node(c.id);
            QVERIFY2(node, qPrintable(c.id));
            QCOMPARE(node->status(), c.status);
            // The colour is on the picture, not only in the model.
            const QImage image = renderElement(c.id, 2.0);
            QVERIFY2(pixelsNear(image, image.rect(), palette.statusColour(c.status)) > 20,
                     qPrintable(c.id));
        }
        // HAProxy's rows colour the routes and frontends.
        QCOMPARE(scene()->route(InfraElementId::route(m_snapshot.routes[2]))->status(),
                 ProbeStatus::Down);
        QCOMPARE(scene()->route(InfraElementId::route(m_snapshot.routes[0]))->status(),
                 ProbeStatus::Up);
        const QString frontend = QStringLiteral("frontend:")
            + m_snapshot.services.first().target.id() + QStringLiteral("/keystone");
        QCOMPARE(scene()->node(frontend)->status(), ProbeStatus::Up);
        // The latency is written on it, and a changed state pulses without moving anything.
        QCOMPARE(scene()->node(serviceId(m_snapshot, "memcached"))->latencyMs(), 1.5);
        const QPointF before = scene()->node(serviceId(m_snapshot, "mysql"))->pos();
        m_view->applyStatus(serviceId(m_snapshot, "mysql"), ProbeStatus::Down, 12);
        QVERIFY(scene()->pulsing() > 0);
        QCOMPARE(scene()->node(serviceId(m_snapshot, "mysql"))->pos(), before);
        QTRY_COMPARE_WITH_TIMEOUT(scene()->pulsing(), 0, 5000);
        QCOMPARE(scene()->node(serviceId(m_snapshot, "mysql"))->status(), ProbeStatus::Down);
    }

    void newContainerKeepsEveryOtherPosition()
    {
        QHash<QString, QPointF> before;
        for (MapNodeItem *node : scene()->nodes())
            before.insert(node->id(), node->scenePos());
        QHash<QString, QPainterPath> routes;
        for (MapRouteItem *route : scene()->routes())
            routes.insert(route->id(), route->path());
        const QString selected = containerId(kHostB, "glance-api-1");
        m_view->canvas()->focusElement(selected); // zoomed in: containers are not hidden
        MapNodeItem *kept = scene()->node(containerId(kHostA, "keystone-1"));

        InfraSnapshot next = m_snapshot;
        InfraContainer added;
        added.id = QStringLiteral("d").repeated(64);
        added.name = QStringLiteral("cinder-api-1");
        added.image = QStringLiteral("2gis/openstack-kilo-cinder-api:latest");
        added.state = QStringLiteral("running");
        next.hosts[1].containers.append(added);
        m_view->setSnapshot(next);

        QCOMPARE(scene()->count(MapElement::Kind::Container), 12);
        QVERIFY(scene()->node(containerId(kHostB, "cinder-api-1")));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            MapNodeItem *node = scene()->node(it.key());
            QVERIFY2(node, qPrintable(it.key()));
            QCOMPARE(node->scenePos(), it.value());
        }
        for (auto it = routes.cbegin(); it != routes.cend(); ++it)
            QCOMPARE(scene()->route(it.key())->path(), it.value());
        QCOMPARE(scene()->node(containerId(kHostA, "keystone-1")), kept); // not rebuilt
        QCOMPARE(scene()->selectedId(), selected);
        // The new one sits in its host, below the others.
        const QRectF host = scene()->elementRect(InfraElementId::host(kHostB));
        QVERIFY(host.contains(scene()->elementRect(containerId(kHostB, "cinder-api-1"))));

        // And gone again: only it disappears.
        m_view->setSnapshot(m_snapshot);
        QVERIFY(!scene()->node(containerId(kHostB, "cinder-api-1")));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(scene()->node(it.key())->scenePos(), it.value());
    }

    void searchCentresOnANode()
    {
        m_view->resize(700, 500);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->canvas()->viewport()->width() > 200, 2000);
        QLineEdit *field = m_view->findChild<QLineEdit *>(QStringLiteral("mapSearch"));
        QVERIFY(field);
        QAction *find = m_view->findChild<QAction *>(QStringLiteral("mapFindAction"));
        QVERIFY(find);
        find->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(field->hasFocus(), 2000);
        QTest::keyClicks(field, QStringLiteral("glance-registry-1"));
        QTest::keyClick(field, Qt::Key_Return);
        const QString id = containerId(kHostB, "glance-registry-1");
        QCOMPARE(scene()->selectedId(), id);
        const QRectF visible = m_view->canvas()->visibleSceneRect();
        const QRectF target = scene()->elementRect(id);
        QVERIFY(visible.contains(target));
        // Centred, as far as the scroll range lets a small map move.
        QScrollBar *vertical = m_view->canvas()->verticalScrollBar();
        const bool clamped
            = vertical->value() == vertical->maximum() || vertical->value() == vertical->minimum();
        QVERIFY(std::abs(visible.center().x() - target.center().x()) < 40);
        QVERIFY(std::abs(visible.center().y() - target.center().y()) < 40 || clamped);
        // Enter again: the next match; nothing found says so.
        QVERIFY(m_view->search(QStringLiteral("registrator")));
        const QString first = scene()->selectedId();
        QVERIFY(m_view->search(QStringLiteral("registrator")));
        QVERIFY(scene()->selectedId() != first);
        QVERIFY(!m_view->search(QStringLiteral("no-such-thing")));
        QVERIFY(m_view->statusText().contains(QLatin1String("no-such-thing")));
    }

    void arrowsMoveTheSelection()
    {
        MapCanvas *canvas = m_view->findChild<MapCanvas *>(QStringLiteral("mapCanvas"));
        QVERIFY(canvas);
        canvas->setFocus();
        canvas->focusElement(containerId(kHostA, "keystone-1"));
        // Host A's tiles, in the order of their ids: keystone-1 | registrator, then router-1;
        // its units above them.
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(scene()->selectedId(), containerId(kHostA, "registrator"));
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(scene()->selectedId(), containerId(kHostA, "keystone-1"));
        QTest::keyClick(canvas, Qt::Key_Down);
        QCOMPARE(scene()->selectedId(), containerId(kHostA, "router-1"));
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(scene()->selectedId(), containerId(kHostA, "keystone-1"));
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(scene()->selectedId(), InfraElementId::unit(kHostA, "router@1.service"));
        QTest::keyClick(canvas, Qt::Key_Down);
        QTest::keyClick(canvas, Qt::Key_Right);
        // Right of the last column of host A: host B's tiles.
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Right);
        QVERIFY2(scene()->selectedId().startsWith(QStringLiteral("container:") + kHostB)
                     || scene()->selectedId().startsWith(QStringLiteral("unit:")),
                 qPrintable(scene()->selectedId()));
        // Enter opens the details of the selection.
        QSignalSpy activated(canvas, &MapCanvas::elementActivated);
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(m_view->details()->elementId(), scene()->selectedId());
    }

    void detailsShowTheFactsOfAClickedElement()
    {
        QList<ProbeResult> results = test::infraTestProbeResults();
        for (ProbeResult &r : results) {
            if (r.kind == QLatin1String("rabbitmq")) {
                r.version = QStringLiteral("3.10.8");
                r.facts.insert(QStringLiteral("product"), QStringLiteral("RabbitMQ"));
                r.facts.insert(QStringLiteral("cluster_name"), QStringLiteral("rabbit@lab"));
            }
            m_view->applyResult(r);
        }
        const QString id = serviceId(m_snapshot, "rabbitmq");
        MapCanvas *canvas = m_view->canvas();
        canvas->focusElement(containerId(kHostA, "keystone-1"));
        canvas->centerOn(scene()->elementRect(id).center());
        const QPoint at = canvas->mapFromScene(scene()->elementRect(id).center());
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(scene()->selectedId(), id);
        auto label = [&](const char *name) {
            QLabel *l = m_view->findChild<QLabel *>(QLatin1String(name));
            return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        };
        QCOMPARE(label("mapDetailsTitle"), QStringLiteral("rabbit"));
        QVERIFY(
            label("mapDetailsProbe").contains(QLatin1String("rabbitmq at amqp://10.0.0.5:5672")));
        QVERIFY(label("mapDetailsStatus").contains(QLatin1String("degraded 1.5 ms")));
        QCOMPARE(label("mapDetailsVersion"), QStringLiteral("3.10.8"));
        QCOMPARE(label("mapDetailsDetail"), QStringLiteral("a node's disk alarm is set"));
        auto *facts = m_view->findChild<QTreeWidget *>(QStringLiteral("mapDetailsFacts"));
        QVERIFY(facts);
        QStringList rows;
        for (QTreeWidgetItemIterator it(facts); *it; ++it)
            rows.append((*it)->text(0) + QLatin1Char('=') + (*it)->text(1));
        QVERIFY2(rows.contains(QStringLiteral("product=RabbitMQ")), qPrintable(rows.join(',')));
        QVERIFY(rows.contains(QStringLiteral("cluster_name=rabbit@lab")));
        auto *sparkline
            = m_view->findChild<LatencySparkline *>(QStringLiteral("mapLatencySparkline"));
        QVERIFY(sparkline);
        QCOMPARE(sparkline->samples(), QList<double>({1.5}));

        // A down service keeps its error; a container offers its key, unit and image.
        scene()->selectElement(serviceId(m_snapshot, "ceph"));
        QCOMPARE(label("mapDetailsError"), QStringLiteral("connection refused"));
        scene()->selectElement(containerId(kHostA, "keystone-1"));
        auto *key = m_view->findChild<QPushButton *>(QStringLiteral("mapOpenEtcdKey"));
        auto *unit = m_view->findChild<QPushButton *>(QStringLiteral("mapOpenUnit"));
        auto *build = m_view->findChild<QPushButton *>(QStringLiteral("mapOpenBuild"));
        QVERIFY(key && unit && build);
        QVERIFY(unit->isEnabled() && build->isEnabled());
        QSignalSpy units(m_view.get(), &MapView::openUnit);
        QSignalSpy builds(m_view.get(), &MapView::openImageBuild);
        unit->click();
        build->click();
        QCOMPARE(units.value(0).value(0).toString(), QStringLiteral("keystone@1.service"));
        QCOMPARE(builds.value(0).value(0).toString(),
                 QStringLiteral("2gis/openstack-kilo-keystone:latest"));
        scene()->selectElement(containerId(kHostB, "glance-api-1"));
        QSignalSpy keys(m_view.get(), &MapView::openEtcdKey);
        key->click();
        QCOMPARE(keys.value(0).value(0).toByteArray(),
                 QByteArray("/services/router/frontend/glance/glance-api-1"));
    }

    void driftIsMarked()
    {
        QCOMPARE(m_snapshot.drift.size(), 4);
        QSet<InfraDrift::Kind> kinds;
        for (const InfraDrift &drift : m_snapshot.drift) {
            MapDriftMarkerItem *marker = scene()->driftMarker(drift.elementId);
            QVERIFY2(marker, qPrintable(drift.elementId));
            QVERIFY(marker->toolTip().contains(drift.message));
            QVERIFY(marker->isVisible());
            kinds.insert(drift.kind);
            scene()->selectElement(drift.elementId);
            QCOMPARE(m_view->details()->elementId(), drift.elementId);
            QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("mapDetailsDrift"))
                        ->text()
                        .contains(drift.message));
        }
        QCOMPARE(kinds.size(), 4);
        QCOMPARE(scene()->driftMarkers().size(), 4);
        // Fixed on a new snapshot: the marker goes.
        InfraSnapshot fixed = m_snapshot;
        fixed.drift.removeFirst();
        m_view->setSnapshot(fixed);
        QVERIFY(!scene()->driftMarker(m_snapshot.drift.first().elementId));
        QCOMPARE(scene()->driftMarkers().size(), 3);
    }

    void exportsHoldTheNamesAndNoSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        InfraSnapshot snapshot = m_snapshot;
        const QString secret = QStringLiteral("s3cr3t-Pa55");
        InfraService monitored;
        monitored.target.kind = QStringLiteral("rabbitmq");
        monitored.target.name = QStringLiteral("rabbit-mgmt");
        monitored.target.endpoint = QStringLiteral("http://monitor:%1@10.0.0.5:15672").arg(secret);
        monitored.target.secretRef = QStringLiteral("rabbit-monitor");
        monitored.target.options.insert(QStringLiteral("password"), secret);
        snapshot.services.append(monitored);
        m_view->setSnapshot(snapshot);
        for (const ProbeResult &r : test::infraTestProbeResults())
            m_view->applyResult(r);
        scene()->selectElement(InfraElementId::service(monitored.target));

        QString error;
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY2(m_view->exportSvg(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 500);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *name : {"keystone-1", "glance-api-1", "rabbit", "CoreOS cluster",
                                 "Private network", "Public network", "rabbit-mgmt"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        QVERIFY(!text.contains(secret));
        // Nor in what the details show of it.
        for (QLabel *label : m_view->details()->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(secret));
        for (QTreeWidgetItemIterator it(m_view->details()->findChild<QTreeWidget *>()); *it; ++it)
            QVERIFY(!(*it)->text(1).contains(secret));
        // The selection is not part of the picture, and is kept.
        QCOMPARE(scene()->selectedId(), InfraElementId::service(monitored.target));

        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY2(m_view->exportPng(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), scene()->sceneRect().size().toSize());
    }

    void exportToAFolderThatIsNotThereSaysSo()
    {
        QString error;
        QVERIFY(!m_view->exportSvg(QStringLiteral("/nonexistent/folder/map.svg"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/folder/map.svg")));
        error.clear();
        QVERIFY(!m_view->exportPng(QStringLiteral("/nonexistent/folder/map.png"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/folder/map.png")));
    }

    void zoomedOutHostsAreTiles()
    {
        for (const ProbeResult &r : test::infraTestProbeResults())
            m_view->applyResult(r);
        const QString host = InfraElementId::host(kHostB);
        const QImage detailed = renderElement(host, 1.0);
        const QImage tile = renderElement(host, 0.1);
        const QColor up = scene()->look().palette.statusColour(ProbeStatus::Up);
        // Far out: the whole host is one tile of its colour (no text, no containers).
        QVERIFY(pixelsNear(tile, tile.rect(), up) > tile.width() * tile.height() * 0.8);
        QVERIFY(pixelsNear(detailed, detailed.rect(), up)
                < detailed.width() * detailed.height() * 0.3);
    }

    void zoomedOutUnitsContainersAndRoutesAreHidden()
    {
        const QString container = containerId(kHostA, "keystone-1");
        MapRouteItem *route = scene()->routes().first();
        m_view->canvas()->focusElement(container);
        QVERIFY(!scene()->isOverview());
        QVERIFY(scene()->node(container)->isVisible());
        QVERIFY(route->isVisible());
        QCOMPARE(scene()->selectedId(), container);

        m_view->canvas()->setZoom(MapNodeItem::tileDetail / 2);
        QVERIFY(scene()->isOverview());
        QVERIFY(!scene()->node(container)->isVisible());
        QVERIFY(!route->isVisible());
        QVERIFY(scene()->node(InfraElementId::host(kHostA))->isVisible());
        // Qt selects nothing hidden; the overview remembers the choice for later.
        QVERIFY(scene()->selectedId().isEmpty());

        m_view->canvas()->setZoom(1.0);
        QVERIFY(!scene()->isOverview());
        QVERIFY(scene()->node(container)->isVisible());
        QVERIFY(route->isVisible());
        QCOMPARE(scene()->selectedId(), container); // chosen again
        // An export is the detailed map whatever the zoom.
        m_view->canvas()->setZoom(MapNodeItem::tileDetail / 2);
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(m_view->exportSvg(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("keystone-1"));
        QVERIFY(scene()->isOverview()); // and the view is as it was
    }

    void routesOfHostsOutOfViewAreLeftOut()
    {
        m_view->canvas()->setZoom(1.0);
        QVERIFY(!scene()->isOverview());
        const QString hostA = InfraElementId::host(kHostA);
        const QString hostB = InfraElementId::host(kHostB);
        QList<MapRouteItem *> toA, toB;
        for (MapRouteItem *route : scene()->routes()) {
            const MapElement *to = scene()->element(route->element().to);
            if (to && to->parentId == hostA)
                toA << route;
            if (to && to->parentId == hostB)
                toB << route;
        }
        QVERIFY(!toA.isEmpty() && !toB.isEmpty());

        scene()->setViewRect(scene()->elementRect(hostA).adjusted(10, 10, -10, -10));
        for (MapRouteItem *route : std::as_const(toA))
            QVERIFY(route->isVisible());
        if (!scene()->elementRect(hostB).intersects(
                scene()->elementRect(hostA).adjusted(-MapLayout::gutterWidth - 10, -10, 10, 10))) {
            for (MapRouteItem *route : std::as_const(toB))
                QVERIFY(!route->isVisible());
            // Selected, a route is drawn whole wherever its host is.
            scene()->setViewRect({});
            scene()->selectElement(toB.first()->id());
            scene()->setViewRect(scene()->elementRect(hostA).adjusted(10, 10, -10, -10));
            QVERIFY(toB.first()->isVisible());
            QCOMPARE(scene()->selectedId(), toB.first()->id());
            QVERIFY(!toB.last()->isVisible() || toB.size() == 1);
        }
        // The canvas keeps the rect to what it shows (and a margin).
        m_view->canvas()->centerOn(scene()->elementRect(hostB).center());
        QVERIFY(scene()->viewRect().contains(scene()->elementRect(hostB).center()));
        for (MapRouteItem *route : std::as_const(toB))
            QVERIFY(route->isVisible());
    }

    void minimapFramesTheVisibleRect()
    {
        MapMinimap *minimap = m_view->findChild<MapMinimap *>(QStringLiteral("mapMinimap"));
        QVERIFY(minimap);
        m_view->canvas()->setZoom(1.5);
        m_view->canvas()->centerOn(scene()->elementRect(InfraElementId::host(kHostC)).center());
        const QRectF expected
            = m_view->canvas()->visibleSceneRect().intersected(scene()->sceneRect());
        QCOMPARE(minimap->frameRect(), expected);
        QVERIFY(minimap->isVisible());
        // Fitting shows the whole map.
        QAction *fit = m_view->findChild<QAction *>(QStringLiteral("mapFit"));
        fit->trigger();
        QVERIFY(m_view->canvas()
                    ->visibleSceneRect()
                    .adjusted(-2, -2, 2, 2)
                    .contains(scene()->sceneRect()));
    }

    void darkPaletteKeepsStatusesApart()
    {
        for (bool dark : {false, true}) {
            const MapPalette palette(dark);
            const QList<ProbeStatus> all {ProbeStatus::Up, ProbeStatus::Degraded, ProbeStatus::Down,
                                          ProbeStatus::Unknown};
            QSet<QString> words, glyphs;
            for (int i = 0; i < all.size(); ++i) {
                words.insert(probeStatusText(all[i]));
                glyphs.insert(MapPalette::glyph(all[i]));
                const QColor a = palette.statusColour(all[i]);
                // Readable on the background: enough difference in lightness.
                QVERIFY(std::abs(a.lightness() - palette.background().lightness()) > 50);
                for (int j = i + 1; j < all.size(); ++j) {
                    const QColor b = palette.statusColour(all[j]);
                    const int distance = std::abs(a.red() - b.red())
                        + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
                    QVERIFY2(distance > 100, qPrintable(a.name() + QLatin1Char(' ') + b.name()));
                }
            }
            QCOMPARE(words.size(), 4);
            QCOMPARE(glyphs.size(), 4);
        }
        scene()->setDark(true);
        QVERIFY(scene()->look().palette.dark());
        QCOMPARE(scene()->backgroundBrush().color(), MapPalette(true).background());
    }
};

QTEST_MAIN(MapViewTest)
#include "tst_MapView.moc"
