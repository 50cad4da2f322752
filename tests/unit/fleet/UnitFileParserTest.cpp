#include "fleet/UnitFileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using ws::Problem;
using ws::Problems;
using ws::UnitFile;
using ws::UnitFileParser;
using ws::UnitOption;

Q_DECLARE_METATYPE(UnitFile::Kind)

namespace {

// "Section|Name|Value|line": one option, short enough for a table.
QStringList describe(const QList<UnitOption> &options)
{
    QStringList out;
    for (const UnitOption &o : options)
        out.append(QStringLiteral("%1|%2|%3|%4").arg(o.section, o.name, o.value).arg(o.line));
    return out;
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QString dataDir()
{
    return qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/fleet");
}

QByteArray readData(const QString &name)
{
    QFile file(dataDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class UnitFileParserTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void broken_data();
    void broken();
    void names_data();
    void names();
    void invalidNameIsAProblem();
    void accessors();
    void routerTemplate();
    void crlfFile();
    void optionsBeforeSectionAreDropped();
    void matchesWhatFleetStores();
};

void UnitFileParserTest::initTestCase()
{
    QVERIFY2(QFileInfo(dataDir()).isDir(),
             "WHALESTACK_TEST_DATA must name tests/data (ctest sets it)");
}

void UnitFileParserTest::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("warnings");

    QTest::newRow("empty file") << QByteArray() << QStringList {} << 0;
    QTest::newRow("only comments") << QByteArray("# a\n; b\n\n   # c\n") << QStringList {} << 0;
    QTest::newRow("one option") << QByteArray("[Unit]\nDescription=web\n")
                                << QStringList {"Unit|Description|web|2"} << 0;
    QTest::newRow("no final newline")
        << QByteArray("[Unit]\nDescription=web") << QStringList {"Unit|Description|web|2"} << 0;
    QTest::newRow("repeated options stay in order")
        << QByteArray("[Service]\nExecStartPre=/a\nExecStart=/main\nExecStartPre=/b\n")
        << QStringList {"Service|ExecStartPre|/a|2", "Service|ExecStart|/main|3",
                        "Service|ExecStartPre|/b|4"}
        << 0;
    QTest::newRow("sections in order")
        << QByteArray("[Unit]\nA=1\n[Service]\nB=2\n[X-Fleet]\nMachineOf=db.service\n[Unit]\nC=3\n")
        << QStringList {"Unit|A|1|2", "Service|B|2|4", "X-Fleet|MachineOf|db.service|6",
                        "Unit|C|3|8"}
        << 0;
    QTest::newRow("continuation joins with a space")
        << QByteArray("[Service]\nExecStart=/bin/sh -c \\\n  'echo hi'\nUser=core\n")
        << QStringList {"Service|ExecStart|/bin/sh -c    'echo hi'|2", "Service|User|core|4"} << 0;
    QTest::newRow("several continuations") << QByteArray("[Service]\nExecStart=a\\\nb\\\nc\n")
                                           << QStringList {"Service|ExecStart|a b c|2"} << 0;
    QTest::newRow("continuation swallows a comment-like line")
        << QByteArray("[Service]\nExecStart=a \\\n# not a comment\n")
        << QStringList {"Service|ExecStart|a  # not a comment|2"} << 0;
    QTest::newRow("backslash at the end of the file")
        << QByteArray("[Service]\nExecStart=a \\") << QStringList {"Service|ExecStart|a|2"} << 0;
    QTest::newRow("backslash inside a value is text")
        << QByteArray("[Service]\nExecStart=/bin/echo a\\tb\n")
        << QStringList {"Service|ExecStart|/bin/echo a\\tb|2"} << 0;
    QTest::newRow("comments between options")
        << QByteArray("[Unit]\n# one\nA=1\n; two\n   # indented\nB=2\n")
        << QStringList {"Unit|A|1|3", "Unit|B|2|6"} << 0;
    QTest::newRow("comment with a backslash swallows the next line")
        << QByteArray("[Unit]\n# note \\\nA=1\nB=2\n") << QStringList {"Unit|B|2|4"} << 1;
    QTest::newRow("specifiers are text")
        << QByteArray("[Unit]\nDescription=%n of %p instance %i %%\n")
        << QStringList {"Unit|Description|%n of %p instance %i %%|2"} << 0;
    QTest::newRow("whitespace is trimmed")
        << QByteArray("  [Unit]  \n  Description =   web server  \t\n")
        << QStringList {"Unit|Description|web server|2"} << 0;
    QTest::newRow("equals sign in value") << QByteArray("[Service]\nEnvironment=A=B C=D\n")
                                          << QStringList {"Service|Environment|A=B C=D|2"} << 0;
    QTest::newRow("empty value") << QByteArray("[Service]\nExecStart=\n")
                                 << QStringList {"Service|ExecStart||2"} << 0;
    QTest::newRow("semicolon and hash inside a value")
        << QByteArray("[Service]\nExecStart=/bin/a ; /bin/b # c\n")
        << QStringList {"Service|ExecStart|/bin/a ; /bin/b # c|2"} << 0;
    QTest::newRow("quoted metadata")
        << QByteArray("[X-Fleet]\nMachineMetadata=\"role=edge\" \"zone=a\"\n")
        << QStringList {"X-Fleet|MachineMetadata|\"role=edge\" \"zone=a\"|2"} << 0;
    QTest::newRow("every X-Fleet option")
        << QByteArray(
               "[X-Fleet]\nMachineID=abc\nMachineOf=a.service\nConflicts=b*\nReplaces=c.service\n")
        << QStringList {"X-Fleet|MachineID|abc|2", "X-Fleet|MachineOf|a.service|3",
                        "X-Fleet|Conflicts|b*|4", "X-Fleet|Replaces|c.service|5"}
        << 0;
    QTest::newRow("deprecated X-Fleet option is kept")
        << QByteArray("[X-Fleet]\nX-Conflicts=web@*.service\n")
        << QStringList {"X-Fleet|X-Conflicts|web@*.service|2"} << 1;
    QTest::newRow("global with metadata and conflicts")
        << QByteArray("[X-Fleet]\nGlobal=true\nMachineMetadata=role=x\nConflicts=y\n")
        << QStringList {"X-Fleet|Global|true|2", "X-Fleet|MachineMetadata|role=x|3",
                        "X-Fleet|Conflicts|y|4"}
        << 0;
    QTest::newRow("unknown options outside X-Fleet are systemd's business")
        << QByteArray("[Service]\nNoSuchOption=1\n[X-Custom]\nAnything=2\n")
        << QStringList {"Service|NoSuchOption|1|2", "X-Custom|Anything|2|4"} << 0;
    QTest::newRow("non-ascii value")
        << QByteArray("[Unit]\nDescription=маршрутизатор\n")
        << QStringList {QStringLiteral("Unit|Description|маршрутизатор|2")} << 0;
}

void UnitFileParserTest::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, warnings);

    Problems problems;
    const UnitFile unit
        = UnitFileParser::parse(content, QStringLiteral("/ws/units/web.service"), &problems);
    QCOMPARE(describe(unit.options), options);
    int warningCount = 0;
    for (const Problem &p : std::as_const(problems)) {
        QVERIFY2(p.severity == Problem::Severity::Warning, qPrintable(dump(problems)));
        ++warningCount;
    }
    QCOMPARE(warningCount, warnings);
}

void UnitFileParserTest::broken_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("error"); // false: a warning
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("options"); // what still loads

    QTest::newRow("option before the first section")
        << QByteArray("Description=lost\n[Unit]\nA=1\n") << true << 1 << 1
        << QStringList {"Unit|A|1|3"};
    QTest::newRow("text before the first section")
        << QByteArray("\n  hello\n[Unit]\nA=1\n") << true << 2 << 3 << QStringList {"Unit|A|1|4"};
    QTest::newRow("line without equals sign")
        << QByteArray("[Unit]\nA=1\nnot an option\nB=2\n") << true << 3 << 1
        << QStringList {"Unit|A|1|2", "Unit|B|2|4"};
    QTest::newRow("unterminated section header")
        << QByteArray("[Unit]\nA=1\n[Service\nB=2\n[X-Fleet]\nConflicts=x\n") << true << 3 << 1
        << QStringList {"Unit|A|1|2", "X-Fleet|Conflicts|x|6"};
    QTest::newRow("text after section header")
        << QByteArray("[Unit] extra\nA=1\n") << true << 1 << 8 << QStringList {"Unit|A|1|2"};
    QTest::newRow("empty section name")
        << QByteArray("[]\nA=1\n") << true << 1 << 1 << QStringList {"|A|1|2"};
    QTest::newRow("option without a name")
        << QByteArray("[Unit]\n  =value\nA=1\n") << true << 2 << 3 << QStringList {"Unit|A|1|3"};
    QTest::newRow("unknown X-Fleet option")
        << QByteArray("[X-Fleet]\nMachineOf=a.service\nMachineIDs=abc\n") << true << 3 << 1
        << QStringList {"X-Fleet|MachineOf|a.service|2", "X-Fleet|MachineIDs|abc|3"};
    QTest::newRow("deprecated X-Fleet option")
        << QByteArray("[X-Fleet]\nX-ConditionMachineOf=db.service\n") << false << 2 << 1
        << QStringList {"X-Fleet|X-ConditionMachineOf|db.service|2"};
    QTest::newRow("global with MachineOf")
        << QByteArray("[X-Fleet]\nGlobal=true\nMachineOf=db.service\n") << true << 3 << 0
        << QStringList {"X-Fleet|Global|true|2", "X-Fleet|MachineOf|db.service|3"};
    QTest::newRow("comment ending in a backslash")
        << QByteArray("[Unit]\nA=1\n  ; note \\  \nB=2\nC=3\n") << false << 3 << 3
        << QStringList {"Unit|A|1|2", "Unit|C|3|5"};
}

void UnitFileParserTest::broken()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, error);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, options);

    Problems problems;
    const UnitFile unit
        = UnitFileParser::parse(content, QStringLiteral("/ws/units/web.service"), &problems);
    QVERIFY2(problems.size() == 1, qPrintable(dump(problems)));
    const Problem &p = problems.first();
    QCOMPARE(p.severity, error ? Problem::Severity::Error : Problem::Severity::Warning);
    QCOMPARE(p.file, QStringLiteral("/ws/units/web.service"));
    QVERIFY2(p.line == line && p.column == column, qPrintable(dump(problems)));
    QVERIFY(!p.message.isEmpty());
    QCOMPARE(describe(unit.options), options);
}

void UnitFileParserTest::names_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<UnitFile::Kind>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("type");

    using K = UnitFile::Kind;
    QTest::newRow("plain") << "registrator.service" << true << K::Plain << "registrator"
                           << ""
                           << "service";
    QTest::newRow("template") << "router@.service" << true << K::Template << "router"
                              << ""
                              << "service";
    QTest::newRow("instance") << "router@1.service" << true << K::Instance << "router"
                              << "1"
                              << "service";
    QTest::newRow("instance with dots and colons")
        << "web@10.0.0.1:8080.service" << true << K::Instance << "web"
        << "10.0.0.1:8080"
        << "service";
    QTest::newRow("dots in the prefix")
        << "nova.compute.socket" << true << K::Plain << "nova.compute"
        << ""
        << "socket";
    QTest::newRow("timer") << "backup@daily.timer" << true << K::Instance << "backup"
                           << "daily"
                           << "timer";
    QTest::newRow("escaped characters")
        << "mnt-data\\x2dx.service" << true << K::Plain << "mnt-data\\x2dx"
        << ""
        << "service";
    QTest::newRow("a path is cut to its name")
        << "/ws/units/db@2.service" << true << K::Instance << "db"
        << "2"
        << "service";
    QTest::newRow("empty") << "" << false << K::Plain << ""
                           << ""
                           << "";
    QTest::newRow("no type") << "router" << false << K::Plain << ""
                             << ""
                             << "";
    QTest::newRow("unknown type") << "router.txt" << false << K::Plain << ""
                                  << ""
                                  << "";
    QTest::newRow("only a type") << ".service" << false << K::Plain << ""
                                 << ""
                                 << "";
    QTest::newRow("no prefix") << "@1.service" << false << K::Plain << ""
                               << ""
                               << "";
    QTest::newRow("two at signs") << "a@b@c.service" << false << K::Plain << ""
                                  << ""
                                  << "";
    QTest::newRow("space") << "my unit.service" << false << K::Plain << ""
                           << ""
                           << "";
    QTest::newRow("slash in instance is a path") << "a@b/c.service" << true << K::Plain << "c"
                                                 << ""
                                                 << "service";
    QTest::newRow("too long") << QString(260, u'a') + ".service" << false << K::Plain << ""
                              << ""
                              << "";
    QTest::newRow("type case matters") << "a.Service" << false << K::Plain << ""
                                       << ""
                                       << "";
}

void UnitFileParserTest::names()
{
    QFETCH(QString, fileName);
    QFETCH(bool, valid);
    QFETCH(UnitFile::Kind, kind);
    QFETCH(QString, prefix);
    QFETCH(QString, instance);
    QFETCH(QString, type);

    UnitFile unit;
    QCOMPARE(UnitFileParser::parseName(fileName, &unit), valid);
    QCOMPARE(unit.name, fileName.section(u'/', -1));
    if (!valid)
        return;
    QCOMPARE(unit.kind, kind);
    QCOMPARE(unit.prefix, prefix);
    QCOMPARE(unit.instance, instance);
    QCOMPARE(unit.type, type);
}

void UnitFileParserTest::invalidNameIsAProblem()
{
    Problems problems;
    const UnitFile unit = UnitFileParser::parse("[Unit]\nA=1\n",
                                                QStringLiteral("/ws/units/a b.service"), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 0);
    QCOMPARE(problems.first().severity, Problem::Severity::Error);
    QCOMPARE(unit.options.size(), 1); // the content still loads
}

void UnitFileParserTest::accessors()
{
    Problems problems;
    const UnitFile unit = UnitFileParser::parse(
        "[Unit]\nDescription=x\n[Service]\nExecStartPre=/a\nExecStartPre=/b\n[Unit]\nAfter=y\n",
        QStringLiteral("/ws/units/db@3.service"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(unit.sections(), (QStringList {"Unit", "Service"}));
    QCOMPARE(unit.values("Service", "ExecStartPre"), (QStringList {"/a", "/b"}));
    QCOMPARE(unit.values("Unit", "After"), QStringList {"y"});
    QVERIFY(unit.values("Unit", "ExecStartPre").isEmpty());
    QCOMPARE(unit.templateName(), QStringLiteral("db@.service"));

    UnitFile plain;
    QVERIFY(UnitFileParser::parseName(QStringLiteral("db.service"), &plain));
    QVERIFY(plain.templateName().isEmpty());
    UnitFile templ;
    QVERIFY(UnitFileParser::parseName(QStringLiteral("db@.socket"), &templ));
    QVERIFY(templ.templateName().isEmpty());
    QVERIFY(UnitFile().sections().isEmpty());
}

void UnitFileParserTest::routerTemplate()
{
    Problems problems;
    const QString path = dataDir() + QLatin1String("/router@.service");
    const UnitFile unit
        = UnitFileParser::parse(readData(QStringLiteral("router@.service")), path, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(unit.path, path);
    QCOMPARE(unit.name, QStringLiteral("router@.service"));
    QCOMPARE(unit.kind, UnitFile::Kind::Template);
    QCOMPARE(unit.sections(), (QStringList {"Unit", "Service", "X-Fleet"}));
    QCOMPARE(unit.values("Service", "ExecStartPre"),
             (QStringList {"-/usr/bin/docker kill %p-%i", "-/usr/bin/docker rm %p-%i"}));
    const QStringList start = unit.values("Service", "ExecStart");
    QCOMPARE(start.size(), 1);
    QVERIFY(start.first().startsWith(QLatin1String("/usr/bin/docker run --rm --name %p-%i  ")));
    QVERIFY(start.first().endsWith(QLatin1String("infrastructure-router:latest")));
    QVERIFY(!start.first().contains(u'\\'));
    QCOMPARE(unit.values("X-Fleet", "MachineMetadata"),
             (QStringList {"\"role=edge\" \"zone=a\"", "role=backup"}));
    QCOMPARE(unit.options.last().line, 21);
}

void UnitFileParserTest::crlfFile()
{
    Problems problems;
    const UnitFile unit
        = UnitFileParser::parse(readData(QStringLiteral("crlf.service")),
                                dataDir() + QLatin1String("/crlf.service"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(describe(unit.options),
             (QStringList {"Unit|Description|windows line ends|2",
                           "Service|ExecStart|/bin/true    --flag|5"}));
}

void UnitFileParserTest::optionsBeforeSectionAreDropped()
{
    Problems problems;
    const UnitFile unit = UnitFileParser::parse(
        readData(QStringLiteral("options-before-section.service")),
        dataDir() + QLatin1String("/options-before-section.service"), &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QLatin1String("Description")));
    QVERIFY(problems.first().message.contains(QLatin1String("[Unit]")));
    QCOMPARE(unit.values("Unit", "Description"), QStringList {"kept"});
}

// The options fleet stored for web@.service (the recorded transcript) are what we parse from
// the same file.
void UnitFileParserTest::matchesWhatFleetStores()
{
    QFile transcript(qEnvironmentVariable("WHALESTACK_SHARED_FIXTURES")
                     + QLatin1String("/fleet/v1-transcript.json"));
    QVERIFY2(transcript.open(QIODevice::ReadOnly), qPrintable(transcript.fileName()));
    const QJsonArray exchanges = QJsonDocument::fromJson(transcript.readAll()).array();
    QJsonArray stored;
    for (const QJsonValue &exchange : exchanges) {
        const QJsonObject request = exchange.toObject().value(QLatin1String("request")).toObject();
        if (request.value(QLatin1String("method")).toString() == QLatin1String("PUT")
            && request.value(QLatin1String("path")).toString()
                == QLatin1String("/fleet/v1/units/web@.service")) {
            stored = request.value(QLatin1String("body"))
                         .toObject()
                         .value(QLatin1String("options"))
                         .toArray();
            break;
        }
    }
    QVERIFY(!stored.isEmpty());

    Problems problems;
    const UnitFile unit
        = UnitFileParser::parse(readData(QStringLiteral("web@.service")),
                                dataDir() + QLatin1String("/web@.service"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QCOMPARE(unit.options.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QJsonObject option = stored.at(i).toObject();
        QCOMPARE(unit.options.at(i).section, option.value(QLatin1String("section")).toString());
        QCOMPARE(unit.options.at(i).name, option.value(QLatin1String("name")).toString());
        QCOMPARE(unit.options.at(i).value, option.value(QLatin1String("value")).toString());
    }
}

QTEST_GUILESS_MAIN(UnitFileParserTest)
#include "UnitFileParserTest.moc"
