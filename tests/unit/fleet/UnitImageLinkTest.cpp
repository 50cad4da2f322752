// UnitImageLink: the etcd key a unit reads its image from, found in unit texts written by hand
// (ExecStart, ExecStartPre, both, none, two keys, broken files, look-alikes) and in every unit
// file of the bundled openstack-kilo workspace.
#include "fleet/UnitImageLink.h"
#include "workspace/BundledWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using ws::UnitImageLink;

class UnitImageLinkTest : public QObject
{
    Q_OBJECT

private slots:
    void fromText_data();
    void fromText();
    void bundledUnits_data();
    void bundledUnits();
    void keyFor();
};

void UnitImageLinkTest::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("component");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("others");

    const auto row = [](const char *name, const char *text, const char *key, const char *service,
                        const char *component, int line, QStringList others = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(key)
                            << QString::fromUtf8(service) << QString::fromUtf8(component) << line
                            << others;
    };
    row("ExecStart",
        "[Service]\nExecStart=/bin/sh -c \"docker run --rm "
        "$(etcdctl get /services/glance/config/glance-api-image-name)\"\n",
        "/services/glance/config/glance-api-image-name", "glance", "glance-api", 2);
    row("ExecStartPre sets it",
        "[Service]\nExecStartPre=/bin/sh -c \"etcdctl get "
        "/services/nova/config/nova-api-image-name > /run/img\"\nExecStart=/bin/run\n",
        "/services/nova/config/nova-api-image-name", "nova", "nova-api", 2);
    row("ExecStart wins over ExecStartPre",
        "[Service]\nExecStartPre=/bin/sh -c \"etcdctl get /services/a/config/pre-image-name\"\n"
        "ExecStart=/bin/sh -c \"etcdctl get /services/a/config/run-image-name\"\n",
        "/services/a/config/run-image-name", "a", "run", 3,
        {QStringLiteral("/services/a/config/pre-image-name")});
    row("continued line",
        "[Service]\nExecStart=/bin/sh -c \"IMAGE=$(etcdctl get \\\n"
        "    /services/heat/config/heat-api-cfn-image-name) && docker run $IMAGE\"\n",
        "/services/heat/config/heat-api-cfn-image-name", "heat", "heat-api-cfn", 2);
    row("no key", "[Service]\nExecStart=/usr/bin/docker run busybox\n", "", "", "", 0);
    row("empty", "", "", "", "", 0);
    row("look-alike with a longer tail",
        "[Service]\nExecStart=/bin/sh -c \"etcdctl get /services/a/config/b-image-name-old\"\n", "",
        "", "", 0);
    row("look-alike, a folder under it",
        "[Service]\nExecStart=etcdctl get /services/a/config/b-image-name/x\n", "", "", "", 0);
    row("no component", "[Service]\nExecStart=etcdctl get /services/a/config/-image-name\n", "", "",
        "", 0);
    row("no service", "[Service]\nExecStart=etcdctl get /services//config/b-image-name\n", "", "",
        "", 0);
    row("in a comment only",
        "# reads /services/x/config/y-image-name\n[Service]\nExecStart=/bin/true\n",
        "/services/x/config/y-image-name", "x", "y", 1);
    row("options before a section (broken file)",
        "ExecStart=etcdctl get /services/s/config/c-image-name\n",
        "/services/s/config/c-image-name", "s", "c", 1);
    row("same key twice",
        "[Service]\nExecStartPre=etcdctl get /services/s/config/c-image-name\n"
        "ExecStart=etcdctl get /services/s/config/c-image-name\n",
        "/services/s/config/c-image-name", "s", "c", 3);
    row("in [Unit]", "[Unit]\nDescription=/services/s/config/c-image-name\n",
        "/services/s/config/c-image-name", "s", "c", 2);
    row("binary junk", "\x01\x02[\xff\n=\n[Service\nExecStart=\x7f", "", "", "", 0);
}

void UnitImageLinkTest::fromText()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, service);
    QFETCH(QString, component);
    QFETCH(int, line);
    QFETCH(QStringList, others);
    const UnitImageLink link = UnitImageLink::fromText(text);
    QCOMPARE(link.key, key);
    QCOMPARE(link.isValid(), !key.isEmpty());
    QCOMPARE(link.service, service);
    QCOMPARE(link.component, component);
    QCOMPARE(link.line, line);
    QCOMPARE(link.otherKeys, others);
}

void UnitImageLinkTest::bundledUnits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    const QDir dir(ws::BundledWorkspaces::path(QStringLiteral("openstack-kilo"))
                   + QLatin1String("/fleet-unit-files"));
    const QStringList files = dir.entryList({QStringLiteral("*.service")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() > 20, qPrintable(dir.path()));
    for (const QString &file : files) {
        // The original's naming: COMPONENT[@].service under SERVICE = COMPONENT's first word.
        // keystone-token-flush runs `docker exec` in keystone's container: no image of its own.
        const QString component
            = file.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0);
        const QString service = component.section(QLatin1Char('-'), 0, 0);
        QTest::newRow(qPrintable(file)) << dir.filePath(file)
                                        << (component == QLatin1String("keystone-token-flush")
                                                ? QString()
                                                : UnitImageLink::keyFor(service, component));
    }
}

void UnitImageLinkTest::bundledUnits()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const UnitImageLink link = UnitImageLink::fromText(QString::fromUtf8(file.readAll()));
    QCOMPARE(link.key, key);
    QCOMPARE(link.line > 0, !key.isEmpty());
    QVERIFY2(link.otherKeys.isEmpty(), qPrintable(link.otherKeys.join(QLatin1Char(' '))));
}

void UnitImageLinkTest::keyFor()
{
    QCOMPARE(UnitImageLink::keyFor(QStringLiteral("glance"), QStringLiteral("glance-api")),
             QStringLiteral("/services/glance/config/glance-api-image-name"));
}

QTEST_GUILESS_MAIN(UnitImageLinkTest)
#include "UnitImageLinkTest.moc"
