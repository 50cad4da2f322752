#include "InfraTestEnvironment.h"

#include "map/MapElement.h"
#include "map/MapLayout.h"

#include <QtTest>

#include <algorithm>

using namespace ws;

class MapLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void sameInputSamePlaces()
    {
        const InfraSnapshot snapshot = test::infraGeneratedSnapshot(30, 5);
        MapLayout a, b;
        const MapLayout::Result ra = a.place(MapElement::fromSnapshot(snapshot));
        const MapLayout::Result rb = b.place(MapElement::fromSnapshot(snapshot));
        QCOMPARE(ra.rects, rb.rects);
        QCOMPARE(ra.bounds, rb.bounds);
        QCOMPARE(ra.routes.size(), 150);
    }

    void placesAreKeyedByIdNotByOrder()
    {
        InfraSnapshot snapshot = test::infraGeneratedSnapshot(12, 4);
        MapLayout a, b;
        const MapLayout::Result ra = a.place(MapElement::fromSnapshot(snapshot));
        std::reverse(snapshot.hosts.begin(), snapshot.hosts.end());
        for (InfraHost &host : snapshot.hosts)
            std::reverse(host.containers.begin(), host.containers.end());
        const MapLayout::Result rb = b.place(MapElement::fromSnapshot(snapshot));
        QCOMPARE(ra.rects, rb.rects);
    }

    void growingAndShrinkingMovesNothingElse()
    {
        const InfraSnapshot snapshot = test::infraGeneratedSnapshot(20, 3);
        MapLayout layout;
        const MapLayout::Result before = layout.place(MapElement::fromSnapshot(snapshot));

        // A host more, a container more on host 5, a container fewer on host 7.
        InfraSnapshot next = snapshot;
        InfraHost extra = next.hosts.last();
        extra.id = QStringLiteral("f").repeated(32);
        extra.name = QStringLiteral("ffffffff");
        next.hosts.append(extra);
        InfraContainer added = next.hosts[5].containers.first();
        added.name = QStringLiteral("added-1");
        next.hosts[5].containers.append(added);
        const QString removed
            = InfraElementId::container(next.hosts[7].id, next.hosts[7].containers[1].name);
        next.hosts[7].containers.removeAt(1);
        const MapLayout::Result after = layout.place(MapElement::fromSnapshot(next));

        for (auto it = before.rects.cbegin(); it != before.rects.cend(); ++it) {
            if (it.key() == removed || it.key().startsWith(QLatin1String("host:")))
                continue; // a host box may grow in height; its place stays (below)
            QVERIFY2(after.rects.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(after.rects.value(it.key()), it.value());
        }
        for (const InfraHost &host : snapshot.hosts)
            QCOMPARE(after.rects.value(InfraElementId::host(host.id)).topLeft(),
                     before.rects.value(InfraElementId::host(host.id)).topLeft());
        QVERIFY(!after.rects.contains(removed));
        QVERIFY(after.rects.contains(InfraElementId::host(extra.id)));
        // The new container takes the removed one's free slot only in its own host: host 5's
        // tiles stay where they were, the new one below them.
        const QRectF newOne = after.rects.value(
            InfraElementId::container(next.hosts[5].id, QStringLiteral("added-1")));
        for (const InfraContainer &c : snapshot.hosts[5].containers)
            QVERIFY(!newOne.intersects(
                after.rects.value(InfraElementId::container(next.hosts[5].id, c.name))));
    }

    void elementsOfTheTestEnvironment()
    {
        const QList<MapElement> elements = MapElement::fromSnapshot(test::infraTestSnapshot());
        QHash<MapElement::Kind, int> counts;
        for (const MapElement &e : elements)
            ++counts[e.kind];
        QCOMPARE(counts.value(MapElement::Kind::Host), 3);
        QCOMPARE(counts.value(MapElement::Kind::Container), 11);
        QCOMPARE(counts.value(MapElement::Kind::Route), 3);
        // Ids are unique.
        QSet<QString> ids;
        for (const MapElement &e : elements)
            ids.insert(e.id);
        QCOMPARE(ids.size(), elements.size());
    }

    void displayEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "10.0.0.6:3306"
                               << "10.0.0.6:3306";
        QTest::newRow("url") << "http://10.0.0.8:8081"
                             << "http://10.0.0.8:8081";
        QTest::newRow("user and password") << "http://admin:hunter2@10.0.0.5:15672/api"
                                           << "http://10.0.0.5:15672/api";
        QTest::newRow("user only") << "amqp://guest@10.0.0.5:5672"
                                   << "amqp://10.0.0.5:5672";
        QTest::newRow("broken url with password") << "http://a:b@[::1"
                                                  << "[::1";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("unix") << "unix:///run/haproxy.sock"
                              << "unix:///run/haproxy.sock";
    }

    void displayEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, shown);
        QCOMPARE(MapElement::displayEndpoint(endpoint), shown);
    }

    void secretOptionsAreNotListed()
    {
        InfraSnapshot snapshot;
        InfraService s;
        s.target.kind = QStringLiteral("pdns");
        s.target.endpoint = QStringLiteral("http://10.0.0.8:8081");
        s.target.secretRef = QStringLiteral("pdns-api");
        s.target.options.insert(QStringLiteral("api-key"), QStringLiteral("k3y"));
        s.target.options.insert(QStringLiteral("password"), QStringLiteral("pw"));
        s.target.options.insert(QStringLiteral("zone"), QStringLiteral("lab.example.org"));
        snapshot.services.append(s);
        const QList<MapElement> elements = MapElement::fromSnapshot(snapshot);
        QCOMPARE(elements.size(), 1);
        QStringList values;
        for (const auto &[label, value] : elements.first().properties)
            values.append(value);
        const QString all = values.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("lab.example.org")));
        QVERIFY(all.contains(QLatin1String("pdns-api"))); // the reference's name, at most
        QVERIFY(!all.contains(QLatin1String("k3y")));
        QVERIFY(!all.contains(QLatin1String("pw")));
    }
};

QTEST_MAIN(MapLayoutTest)
#include "tst_MapLayout.moc"
