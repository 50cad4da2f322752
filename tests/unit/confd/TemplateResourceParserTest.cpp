#include "confd/TemplateResourceParser.h"

#include <QtTest>

using ws::Problem;
using ws::Problems;
using ws::TemplateKey;
using ws::TemplateResource;
using ws::TemplateResourceParser;

namespace {

const QString tomlPath = QStringLiteral("/ws/router/root/etc/confd/conf.d/haproxy.toml");

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QString dataDir()
{
    return qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/confd");
}

} // namespace

class TemplateResourceParserTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullResource();
    void minimalResource();
    void templatePathIsClean();
    void broken_data();
    void broken();
    void everyProblemIsReported();
    void readKeysAreSortedAndUnique();
    void loadReadsTheTemplate();
    void loadAppliesThePrefix();
    void loadReportsMissingTemplate();
    void loadReportsUnreadableFile();
    void readsOutsideKeys_data();
    void readsOutsideKeys();
};

void TemplateResourceParserTest::initTestCase()
{
    QVERIFY2(QFileInfo(dataDir()).isDir(),
             "WHALESTACK_TEST_DATA must name tests/data (ctest sets it)");
}

void TemplateResourceParserTest::fullResource()
{
    const QByteArray toml
        = "# comment\n"
          "[template]\n"
          "src = \"haproxy.cfg.tmpl\"\n"
          "dest = \"/etc/haproxy/haproxy.cfg\"\n"
          "keys = [\n  \"/services/router/backend\",\n  \"/services/router/config\",\n]\n"
          "prefix = \"/prod\"\n"
          "mode = \"0644\"\n"
          "uid = 0\n"
          "gid = 101\n"
          "check_cmd = \"/usr/sbin/haproxy -c -f {{.src}}\"\n"
          "reload_cmd = \"sv reload haproxy\"\n";
    Problems problems;
    const TemplateResource r = TemplateResourceParser::parse(toml, tomlPath, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(r.path, tomlPath);
    QCOMPARE(r.src, QStringLiteral("haproxy.cfg.tmpl"));
    QCOMPARE(r.templatePath,
             QStringLiteral("/ws/router/root/etc/confd/templates/haproxy.cfg.tmpl"));
    QCOMPARE(r.dest, QStringLiteral("/etc/haproxy/haproxy.cfg"));
    QCOMPARE(r.keys, (QStringList {"/services/router/backend", "/services/router/config"}));
    QCOMPARE(r.prefix, QStringLiteral("/prod"));
    QCOMPARE(r.mode, QStringLiteral("0644"));
    QCOMPARE(r.uid, 0);
    QCOMPARE(r.gid, 101);
    QCOMPARE(r.checkCmd, QStringLiteral("/usr/sbin/haproxy -c -f {{.src}}"));
    QCOMPARE(r.reloadCmd, QStringLiteral("sv reload haproxy"));
    QVERIFY(r.reads.isEmpty());
}

void TemplateResourceParserTest::minimalResource()
{
    Problems problems;
    const TemplateResource r = TemplateResourceParser::parse(
        "[template]\nsrc='a.tmpl'\ndest='/a'\nkeys=['/a']\n", tomlPath, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(r.uid, -1);
    QCOMPARE(r.gid, -1);
    QVERIFY(r.mode.isEmpty());
    QVERIFY(r.prefix.isEmpty());
    QVERIFY(r.checkCmd.isEmpty());
    QVERIFY(r.reloadCmd.isEmpty());
}

void TemplateResourceParserTest::templatePathIsClean()
{
    Problems problems;
    const TemplateResource r = TemplateResourceParser::parse(
        "[template]\nsrc=\"sub/../x/./y.tmpl\"\ndest=\"/y\"\nkeys=[\"/\"]\n",
        QStringLiteral("/ws/img/root/etc/confd/conf.d/../conf.d/y.toml"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(r.templatePath, QStringLiteral("/ws/img/root/etc/confd/templates/x/y.tmpl"));
    QVERIFY(QFileInfo(r.templatePath).isAbsolute());
}

void TemplateResourceParserTest::broken_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<bool>("error"); // false: the one problem is a warning
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // -1: any column

    const QByteArray head = "[template]\n";
    const QByteArray src = "src = \"a.tmpl\"\n";
    const QByteArray dest = "dest = \"/a\"\n";
    const QByteArray keys = "keys = [\"/a\"]\n";

    QTest::newRow("missing src") << head + dest + keys << true << 1 << 1;
    QTest::newRow("missing dest") << head + src + keys << true << 1 << 1;
    QTest::newRow("missing keys") << head + src + dest << true << 1 << 1;
    QTest::newRow("no [template]") << QByteArray("# nothing here\n") << true << 0 << 0;
    QTest::newRow("empty file") << QByteArray() << true << 0 << 0;
    QTest::newRow("template is not a table") << QByteArray("template = 3\n") << true << 1 << 12;
    QTest::newRow("src is a number") << head + "src = 1\n" + dest + keys << true << 2 << 7;
    QTest::newRow("dest is an array") << head + src + "dest = [\"/a\"]\n" + keys << true << 3 << 8;
    QTest::newRow("keys is a string") << head + src + dest + "keys = \"/a\"\n" << true << 4 << 8;
    QTest::newRow("key element is a number") << head + src + dest + "keys = [\"/a\", 2]\n"
                                             << true << 4 << 15;
    QTest::newRow("uid is a string") << head + src + dest + keys + "uid = \"0\"\n"
                                     << true << 5 << 7;
    QTest::newRow("gid is negative") << head + src + dest + keys + "gid = -5\n" << true << 5 << 7;
    QTest::newRow("gid is too large") << head + src + dest + keys + "gid = 99999999999\n"
                                      << true << 5 << 7;
    QTest::newRow("mode is an integer") << head + src + dest + keys + "mode = 644\n"
                                        << true << 5 << 8;
    QTest::newRow("mode is not a number") << head + src + dest + keys + "mode = \"rw-r--r--\"\n"
                                          << true << 5 << 8;
    QTest::newRow("mode has a bad octal digit") << head + src + dest + keys + "mode = \"0648\"\n"
                                                << true << 5 << 8;
    QTest::newRow("prefix is a boolean") << head + src + dest + keys + "prefix = true\n"
                                         << true << 5 << 10;
    QTest::newRow("unknown key owner") << head + src + dest + keys + "owner = \"root\"\n"
                                       << false << 5 << 1;
    QTest::newRow("unknown top-level table") << head + src + dest + keys + "[extra]\na = 1\n"
                                             << false << 5 << 2;
    QTest::newRow("empty keys") << head + src + dest + "keys = []\n" << false << 4 << 8;
    QTest::newRow("unterminated string")
        << head + "src = \"a.tmpl\n" + dest + keys << true << 2 << -1;
    QTest::newRow("missing value") << head + "src =\n" << true << 2 << -1;
    QTest::newRow("duplicate key") << head + src + src + dest + keys << true << 3 << -1;
    QTest::newRow("unclosed table header")
        << QByteArray("[template\nsrc = \"a\"\n") << true << 1 << -1;
    QTest::newRow("invalid utf-8")
        << head + "src = \"\xff\xfe\"\n" + dest + keys << true << 2 << -1;
}

void TemplateResourceParserTest::broken()
{
    QFETCH(QByteArray, toml);
    QFETCH(bool, error);
    QFETCH(int, line);
    QFETCH(int, column);

    Problems problems;
    TemplateResourceParser::parse(toml, tomlPath, &problems);
    QVERIFY2(problems.size() == 1, qPrintable(dump(problems)));
    const Problem &p = problems.first();
    QCOMPARE(p.severity, error ? Problem::Severity::Error : Problem::Severity::Warning);
    QCOMPARE(p.file, tomlPath);
    QVERIFY2(p.line == line && (column < 0 || p.column == column), qPrintable(dump(problems)));
    QVERIFY(!p.message.isEmpty());
}

void TemplateResourceParserTest::everyProblemIsReported()
{
    Problems problems;
    const TemplateResource r = TemplateResourceParser::parse(
        "[template]\nsrc = 1\nuid = \"x\"\nfoo = 2\ndest = \"/d\"\n", tomlPath, &problems);
    // src has the wrong type, uid too, foo is unknown, keys is missing; dest still reads.
    QCOMPARE(problems.size(), 4);
    QCOMPARE(r.dest, QStringLiteral("/d"));
    QVERIFY(r.templatePath.isEmpty());
}

void TemplateResourceParserTest::readKeysAreSortedAndUnique()
{
    TemplateResource r;
    r.reads = {TemplateKey {"/b", "getv", 1, false}, TemplateKey {"/a/*", "gets", 2, true},
               TemplateKey {"/b", "exists", 3, false}};
    QCOMPARE(r.readKeys(), (QStringList {"/a/*", "/b"}));
    QVERIFY(TemplateResource().readKeys().isEmpty());
}

void TemplateResourceParserTest::loadReadsTheTemplate()
{
    Problems problems;
    const QString path = dataDir() + QLatin1String("/router/root/etc/confd/conf.d/haproxy.toml");
    const TemplateResource r = TemplateResourceParser::load(path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(r.keys, (QStringList {"/services/router/backend", "/services/router/config"}));
    QVERIFY(QFileInfo::exists(r.templatePath));
    QCOMPARE(r.readKeys(),
             (QStringList {"/services/router/backend", "/services/router/backend/*/*",
                           "/services/router/backend/keystone/admin/*",
                           "/services/router/config/stats-port"}));
    QCOMPARE(r.reads.size(), 5);
    QCOMPARE(r.reads.first().function, QStringLiteral("lsdir"));
    QCOMPARE(r.reads.first().line, 11);
    QVERIFY(r.reads.at(1).pattern);
}

void TemplateResourceParserTest::loadAppliesThePrefix()
{
    Problems problems;
    const QString path = dataDir() + QLatin1String("/keystone/root/etc/confd/conf.d/keystone.toml");
    const TemplateResource r = TemplateResourceParser::load(path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(r.prefix, QStringLiteral("/openstack"));
    QCOMPARE(r.readKeys(),
             (QStringList {"/openstack/services/keystone/config/admin-token",
                           "/openstack/services/keystone/config/db-connection",
                           "/openstack/services/keystone/config/verbose",
                           "/openstack/services/rabbitmq/config/password",
                           "/openstack/services/rabbitmq/hosts/*"}));
}

void TemplateResourceParserTest::loadReportsMissingTemplate()
{
    Problems problems;
    const QString path = dataDir() + QLatin1String("/broken/conf.d/broken.toml");
    const TemplateResource r = TemplateResourceParser::load(path, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
    QCOMPARE(problems.first().line, 2); // the src line
    QVERIFY(problems.first().message.contains(QLatin1String("nowhere.tmpl")));
    QCOMPARE(r.dest, QStringLiteral("/etc/nowhere"));
    QVERIFY(r.reads.isEmpty());
}

void TemplateResourceParserTest::loadReportsUnreadableFile()
{
    Problems problems;
    const TemplateResource r
        = TemplateResourceParser::load(dataDir() + QLatin1String("/no/such.toml"), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 0);
    QVERIFY(r.src.isEmpty());
}

void TemplateResourceParserTest::readsOutsideKeys_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("read"); // with the prefix applied, as the extractor gives it
    QTest::addColumn<bool>("fetched");

    QTest::newRow("under a key") << QString() << QStringList {"/services/a"} << "/services/a/x"
                                 << true;
    QTest::newRow("the key itself")
        << QString() << QStringList {"/services/a"} << "/services/a" << true;
    QTest::newRow("under the second key")
        << QString() << QStringList {"/x", "/services"} << "/services/a/x" << true;
    QTest::newRow("root key") << QString() << QStringList {"/"} << "/anything" << true;
    QTest::newRow("outside") << QString() << QStringList {"/services/a"} << "/services/b/x"
                             << false;
    QTest::newRow("outside a prefix")
        << "/prod" << QStringList {"/services/a"} << "/services/a/x" << false;
    QTest::newRow("under a prefix")
        << "/prod" << QStringList {"/services/a"} << "/prod/services/a/x" << true;
    QTest::newRow("pattern under a key")
        << QString() << QStringList {"/services/rabbitmq"} << "/services/rabbitmq/hosts/*" << true;
    QTest::newRow("pattern above a key")
        << QString() << QStringList {"/services/router/backend"} << "/services/*/backend/x" << true;
    QTest::newRow("pattern elsewhere")
        << QString() << QStringList {"/services/router"} << "/hosts/*" << false;
}

void TemplateResourceParserTest::readsOutsideKeys()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, keys);
    QFETCH(QString, read);
    QFETCH(bool, fetched);

    TemplateResource r;
    r.path = tomlPath;
    r.templatePath = QStringLiteral("/ws/router/root/etc/confd/templates/t.tmpl");
    r.prefix = prefix;
    r.keys = keys;
    r.reads = {TemplateKey {read, "getv", 7, read.contains(u'*')}};
    Problems problems;
    TemplateResourceParser::checkReadsAreFetched(r, &problems);
    QCOMPARE(problems.isEmpty(), fetched);
    if (!fetched) {
        QCOMPARE(problems.first().severity, Problem::Severity::Warning);
        QCOMPARE(problems.first().file, r.templatePath);
        QCOMPARE(problems.first().line, 7);
        QVERIFY(problems.first().message.contains(read));
    }
}

QTEST_GUILESS_MAIN(TemplateResourceParserTest)
#include "TemplateResourceParserTest.moc"
