#include "workspace/ManifestParser.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using ws::Manifest;
using ws::ManifestParser;
using ws::Problem;
using ws::Problems;

namespace {

QString messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

QString dataDir()
{
    return qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/workspace");
}

} // namespace

class TestManifestParser : public QObject
{
    Q_OBJECT

private slots:
    void fullExample();
    void documentedExampleParses();
    void emptyIsDefaults_data();
    void emptyIsDefaults();
    void broken_data();
    void broken();
    void onlyLeadingTildeExpands();
    void overrideFor();
    void hostsAndServiceOptions();
};

void TestManifestParser::fullExample()
{
    const QString path = dataDir() + QLatin1String("/manifest/full.yaml");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    Problems problems;
    const Manifest m = ManifestParser::parse(file.readAll(), path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(m.path, path);
    QCOMPARE(m.schemaVersion, 1);
    QCOMPARE(m.name, QStringLiteral("OpenStack kilo"));
    QCOMPARE(m.registry, QStringLiteral("registry.example.org:5000"));
    QCOMPARE(m.tagPolicy, QStringLiteral("fixed"));
    QCOMPARE(m.tag, QStringLiteral("2015.1"));
    QCOMPARE(m.buildArgs.value("HTTP_PROXY"), QStringLiteral("http://proxy.example.org:3128"));
    QCOMPARE(m.buildArgs.value("CONFD_VERSION"), QStringLiteral("0.10.0"));
    QCOMPARE(m.images.size(), 2);
    QCOMPARE(m.images.at(0).image, QStringLiteral("base/busybox"));
    QCOMPARE(m.images.at(0).extraContextFiles,
             (QStringList {"/bin/busybox:busybox", QDir::homePath() + "/tools/confd:bin/confd"}));
    QCOMPARE(m.images.at(0).buildArgs.value("ARCH"), QStringLiteral("amd64"));
    QCOMPARE(m.images.at(1).image, QStringLiteral("2gis/openstack-kilo-keystone:2015.1"));
    QCOMPARE(m.images.at(1).tag, QStringLiteral("keystone-1"));
    QCOMPARE(m.unitsDir, QStringLiteral("fleet-unit-files"));
    QCOMPARE(m.environments.size(), 2);
    const ws::Environment &lab = m.environments.at(0);
    QCOMPARE(lab.name, QStringLiteral("lab"));
    QCOMPARE(lab.etcdEndpoints, (QStringList {"http://10.0.0.1:2379", "http://10.0.0.2:2379"}));
    QCOMPARE(lab.fleetEndpoint, QStringLiteral("http://10.0.0.1:49153"));
    QCOMPARE(lab.fleetTunnel, QStringLiteral("core@10.0.0.1"));
    QCOMPARE(lab.dockerHosts, QStringList {"tcp://10.0.0.1:2376"});
    QCOMPARE(lab.services.size(), 2);
    QCOMPARE(lab.services.at(0).kind, QStringLiteral("rabbitmq"));
    QCOMPARE(lab.services.at(0).name, QStringLiteral("rabbit"));
    QCOMPARE(lab.services.at(0).endpoint, QStringLiteral("amqp://10.0.0.5:5672"));
    QCOMPARE(lab.services.at(0).secretRef, QStringLiteral("lab/rabbitmq"));
    QCOMPARE(lab.services.at(1).secretRef, QString());
    QCOMPARE(m.environments.at(1).etcdEndpoints, QStringList {"http://127.0.0.1:2379"});
}

void TestManifestParser::documentedExampleParses()
{
    // docs/manifest.md carries the schema's example in a ```yaml block: it must stay valid.
    const QString path
        = qEnvironmentVariable("WHALESTACK_SOURCE_DIR") + QLatin1String("/docs/manifest.md");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("```yaml\n"));
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QLatin1String("```"), start + 8);
    QVERIFY(end > start);
    Problems problems;
    const Manifest m
        = ManifestParser::parse(text.mid(start + 8, end - start - 8).toUtf8(), path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QVERIFY(!m.name.isEmpty());
    QVERIFY(!m.environments.isEmpty());
}

void TestManifestParser::emptyIsDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("comment only") << QByteArray("# nothing yet\n");
    QTest::newRow("explicit nulls")
        << QByteArray("name:\nregistry:\nbuild_args:\nimages:\nenvironments:\n");
}

void TestManifestParser::emptyIsDefaults()
{
    QFETCH(QByteArray, text);
    Problems problems;
    const Manifest m = ManifestParser::parse(text, "/w/whalestack.yaml", &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(m.schemaVersion, 1);
    QCOMPARE(m.tagPolicy, QStringLiteral("git"));
    QVERIFY(m.name.isEmpty());
    QVERIFY(m.images.isEmpty());
}

void TestManifestParser::broken_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("isError");

    QTest::newRow("YAML syntax error")
        << QByteArray("name: a\nregistry: [x\n") << "YAML syntax error" << 3 << 1 << true;
    QTest::newRow("YAML bad indentation")
        << QByteArray("name: a\n  registry: b\n") << "YAML syntax error" << 2 << 11 << true;
    QTest::newRow("tab indentation")
        << QByteArray("images:\n\tx: {}\n") << "YAML syntax error" << 2 << 3 << true;
    QTest::newRow("not a mapping")
        << QByteArray("- a\n- b\n") << "must be a mapping" << 1 << 1 << true;
    QTest::newRow("scalar document")
        << QByteArray("just words\n") << "must be a mapping" << 1 << 1 << true;
    QTest::newRow("unknown key") << QByteArray("name: a\nregsitry: x\n") << "Unknown key 'regsitry'"
                                 << 2 << 1 << false;
    QTest::newRow("unknown nested key")
        << QByteArray("images:\n  x:\n    tagg: 1\n") << "Unknown key 'tagg'" << 3 << 5 << false;
    QTest::newRow("unknown environment key")
        << QByteArray("environments:\n  - name: a\n    etcd:\n      endpoint: x\n")
        << "Unknown key 'endpoint'" << 4 << 7 << false;
    QTest::newRow("duplicate key")
        << QByteArray("name: a\nname: b\n") << "given twice" << 2 << 1 << true;
    QTest::newRow("version wrong type")
        << QByteArray("version: abc\n") << "whole number" << 1 << 10 << true;
    QTest::newRow("version unsupported")
        << QByteArray("version: 2\n") << "version 2 is not supported" << 1 << 10 << true;
    QTest::newRow("name wrong type")
        << QByteArray("name: [a, b]\n") << "name must be a single value" << 1 << 7 << true;
    QTest::newRow("build_args wrong type")
        << QByteArray("build_args: [a]\n") << "must be a mapping" << 1 << 13 << true;
    QTest::newRow("build arg value wrong type")
        << QByteArray("build_args:\n  A: {b: c}\n") << "must be a single value" << 2 << 6 << true;
    QTest::newRow("images wrong type")
        << QByteArray("images: 3\n") << "must be a mapping" << 1 << 9 << true;
    QTest::newRow("environments wrong type")
        << QByteArray("environments: {a: b}\n") << "must be a list" << 1 << 15 << true;
    QTest::newRow("endpoints wrong type")
        << QByteArray("environments:\n  - name: a\n    etcd:\n      endpoints: {a: b}\n")
        << "must be a list" << 4 << 18 << true;
    QTest::newRow("services wrong type") << QByteArray("environments:\n  - services: x\n")
                                         << "services must be a list" << 2 << 15 << true;
    QTest::newRow("service without kind")
        << QByteArray("environments:\n  - services:\n      - name: x\n") << "has no kind" << 3 << 9
        << true;
    QTest::newRow("hosts wrong type") << QByteArray("environments:\n  - hosts: {a: b}\n")
                                      << "hosts must be a list" << 2 << 12 << true;
    QTest::newRow("host without address or machine")
        << QByteArray("environments:\n  - hosts:\n      - name: core-1\n")
        << "neither address nor machine" << 3 << 9 << true;
    QTest::newRow("host unknown key")
        << QByteArray("environments:\n  - hosts:\n      - address: 10.0.0.1\n        ip: x\n")
        << "Unknown key 'ip'" << 4 << 9 << false;
    QTest::newRow("host address wrong type")
        << QByteArray("environments:\n  - hosts:\n      - address: [a]\n")
        << "address must be a single value" << 3 << 18 << true;
    QTest::newRow("service options wrong type")
        << QByteArray("environments:\n  - services:\n      - kind: pdns\n        options: [a]\n")
        << "options must be a mapping" << 4 << 18 << true;
    QTest::newRow("service option value wrong type") << QByteArray(
        "environments:\n  - services:\n      - kind: pdns\n        options: {zone: [a]}\n")
                                                     << "must be a single value" << 4 << 25 << true;
    QTest::newRow("environment names twice")
        << QByteArray("environments:\n  - name: a\n  - name: a\n") << "Two environments" << 3 << 5
        << true;
    QTest::newRow("tag policy unknown")
        << QByteArray("tag_policy: sometimes\n") << "git, fixed or latest" << 1 << 13 << true;
    QTest::newRow("fixed without tag")
        << QByteArray("tag_policy: fixed\n") << "no tag is given" << 1 << 1 << true;
    QTest::newRow("context file without colon")
        << QByteArray("images:\n  x:\n    context_files: [nocolon]\n")
        << "host-path:path-in-context" << 3 << 20 << true;
    QTest::newRow("binary garbage") << QByteArray("name: a\n\x7f"
                                                  "ELF\0\x01\x02\xff",
                                                  15)
                                    << "binary" << 2 << 0 << true;
    QTest::newRow("invalid utf-8 and control")
        << QByteArray("name: \"\x01\xff\"\n  : [\n") << "YAML syntax error" << 0 << 0 << true;
}

void TestManifestParser::broken()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, isError);
    Problems problems;
    const Manifest m = ManifestParser::parse(text, "/w/whalestack.yaml", &problems);
    QCOMPARE(m.path, QStringLiteral("/w/whalestack.yaml"));
    const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const Problem &p) { return p.message.contains(message); });
    QVERIFY2(it != problems.cend(),
             qPrintable(
                 QStringLiteral("no problem with '%1' in:\n%2").arg(message, messages(problems))));
    QCOMPARE(it->file, QStringLiteral("/w/whalestack.yaml"));
    if (line > 0) {
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
    }
    QCOMPARE(it->severity == Problem::Severity::Error, isError);
}

void TestManifestParser::onlyLeadingTildeExpands()
{
    Problems problems;
    const Manifest m = ManifestParser::parse(
        "images:\n  x:\n    context_files:\n      - ~/a:a\n      - $HOME/b:b\n"
        "      - rel/c:c\n      - /abs/~/d:d\n",
        "/w/whalestack.yaml", &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(m.images.size(), 1);
    QCOMPARE(m.images.first().extraContextFiles,
             (QStringList {QDir::homePath() + "/a:a", "/w/$HOME/b:b", "/w/rel/c:c", "/abs/~/d:d"}));
}

void TestManifestParser::overrideFor()
{
    Problems problems;
    const Manifest m = ManifestParser::parse(
        "images:\n  base/busybox:\n    tag: t1\n  demo/app:latest:\n    tag: t2\n",
        "/w/whalestack.yaml", &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QVERIFY(m.overrideFor("base/busybox"));
    QCOMPARE(m.overrideFor("base/busybox")->tag, QStringLiteral("t1"));
    QVERIFY(m.overrideFor("demo/app:latest"));
    QCOMPARE(m.overrideFor("demo/app:latest")->tag, QStringLiteral("t2"));
    QCOMPARE(m.overrideFor("nothing"), nullptr);
}

void TestManifestParser::hostsAndServiceOptions()
{
    Problems problems;
    const Manifest m = ManifestParser::parse("environments:\n"
                                             "  - name: lab\n"
                                             "    hosts:\n"
                                             "      - name: core-1\n"
                                             "        address: 10.0.0.11\n"
                                             "        docker: tcp://10.0.0.11:2376\n"
                                             "        machine: 4f1c9e2a7b3d4e5f8a9b0c1d2e3f4a5b\n"
                                             "      - address: 10.0.0.12\n"
                                             "      - machine: 8c2d7e1f\n"
                                             "    services:\n"
                                             "      - kind: pdns\n"
                                             "        endpoint: http://10.0.0.8:8081\n"
                                             "        options:\n"
                                             "          dns: 10.0.0.8:53\n"
                                             "          zone: lab.example.org\n"
                                             "      - kind: memcached\n"
                                             "        endpoint: 10.0.0.7:11211\n",
                                             "/w/whalestack.yaml", &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(m.environments.size(), 1);
    const ws::Environment &lab = m.environments.first();
    QCOMPARE(lab.hosts.size(), 3);
    QCOMPARE(lab.hosts.at(0).name, QStringLiteral("core-1"));
    QCOMPARE(lab.hosts.at(0).address, QStringLiteral("10.0.0.11"));
    QCOMPARE(lab.hosts.at(0).dockerEndpoint, QStringLiteral("tcp://10.0.0.11:2376"));
    QCOMPARE(lab.hosts.at(0).machineId, QStringLiteral("4f1c9e2a7b3d4e5f8a9b0c1d2e3f4a5b"));
    QCOMPARE(lab.hosts.at(1).address, QStringLiteral("10.0.0.12"));
    QVERIFY(lab.hosts.at(1).name.isEmpty());
    QVERIFY(lab.hosts.at(1).dockerEndpoint.isEmpty());
    QCOMPARE(lab.hosts.at(2).machineId, QStringLiteral("8c2d7e1f"));
    QCOMPARE(lab.services.size(), 2);
    QCOMPARE(lab.services.at(0).options.size(), 2);
    QCOMPARE(lab.services.at(0).options.value("dns"), QStringLiteral("10.0.0.8:53"));
    QCOMPARE(lab.services.at(0).options.value("zone"), QStringLiteral("lab.example.org"));
    QVERIFY(lab.services.at(1).options.isEmpty());
}

QTEST_GUILESS_MAIN(TestManifestParser)
#include "TestManifestParser.moc"
