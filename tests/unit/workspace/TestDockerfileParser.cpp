#include "workspace/DockerfileParser.h"

#include <QtTest>

using ws::Dockerfile;
using ws::DockerfileParser;
using ws::Problem;
using ws::Problems;

using Args = QHash<QString, QString>;
Q_DECLARE_METATYPE(Args)

namespace {

QString messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

QString pairs(const QList<QPair<QString, QString>> &list)
{
    QStringList out;
    for (const auto &p : list)
        out << p.first + QLatin1Char('=') + p.second;
    return out.join(QLatin1Char('|'));
}

} // namespace

class TestDockerfileParser : public QObject
{
    Q_OBJECT

private slots:
    void stages_data();
    void stages();
    void metadata_data();
    void metadata();
    void globalArgs();
    void stageDetails();
    void broken_data();
    void broken();
    void finalBaseFollowsStages();
    void externalReferences();
};

void TestDockerfileParser::stages_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Args>("args");
    QTest::addColumn<QString>("finalBase");
    QTest::addColumn<QStringList>("bases"); // each stage's base, after expansion

    QTest::newRow("plain") << QByteArray("FROM ubuntu:14.04\nRUN true\n") << Args {}
                           << "ubuntu:14.04" << QStringList {"ubuntu:14.04"};
    QTest::newRow("no tag") << QByteArray("FROM 2gis/openstack-kilo-base\n") << Args {}
                            << "2gis/openstack-kilo-base"
                            << QStringList {"2gis/openstack-kilo-base"};
    QTest::newRow("scratch") << QByteArray("FROM scratch\nADD busybox /bin/busybox\n") << Args {}
                             << "" << QStringList {"scratch"};
    QTest::newRow("digest") << QByteArray("FROM ubuntu@sha256:0123456789abcdef\n") << Args {}
                            << "ubuntu@sha256:0123456789abcdef"
                            << QStringList {"ubuntu@sha256:0123456789abcdef"};
    QTest::newRow("registry port")
        << QByteArray("FROM localhost:5000/a/b:1\n") << Args {} << "localhost:5000/a/b:1"
        << QStringList {"localhost:5000/a/b:1"};
    QTest::newRow("lower case keywords") << QByteArray("from ubuntu as base\nfrom base\n")
                                         << Args {} << "ubuntu" << QStringList {"ubuntu", "base"};
    QTest::newRow("multi-stage") << QByteArray(
        "FROM golang:1.20 AS build\nRUN go build\nFROM alpine:3\nCOPY --from=build /a /a\n")
                                 << Args {} << "alpine:3"
                                 << QStringList {"golang:1.20", "alpine:3"};
    QTest::newRow("stage on stage") << QByteArray("FROM debian AS one\nFROM one AS two\nFROM two\n")
                                    << Args {} << "debian" << QStringList {"debian", "one", "two"};
    QTest::newRow("arg default") << QByteArray("ARG TAG=14.04\nFROM ubuntu:${TAG}\n") << Args {}
                                 << "ubuntu:14.04" << QStringList {"ubuntu:14.04"};
    QTest::newRow("arg override") << QByteArray("ARG TAG=14.04\nFROM ubuntu:$TAG\n")
                                  << Args {{"TAG", "16.04"}} << "ubuntu:16.04"
                                  << QStringList {"ubuntu:16.04"};
    QTest::newRow("arg without default") << QByteArray("ARG BASE\nFROM ${BASE:-debian:12}\n")
                                         << Args {} << "debian:12" << QStringList {"debian:12"};
    QTest::newRow("arg alternative") << QByteArray("ARG V=1\nFROM app${V:+-v$V}\n") << Args {}
                                     << "app-v1" << QStringList {"app-v1"};
    QTest::newRow("arg from arg") << QByteArray(
        "ARG REG=r.example.org\nARG IMG=$REG/app\nFROM ${IMG}:2\n")
                                  << Args {} << "r.example.org/app:2"
                                  << QStringList {"r.example.org/app:2"};
    QTest::newRow("platform") << QByteArray("FROM --platform=linux/amd64 ubuntu AS base\n")
                              << Args {} << "ubuntu" << QStringList {"ubuntu"};
    QTest::newRow("escape directive")
        << QByteArray("# escape=`\nFROM ubuntu\nRUN a `\n  b\nFROM debian\n") << Args {} << "debian"
        << QStringList {"ubuntu", "debian"};
    QTest::newRow("comments inside continuation")
        << QByteArray("FROM ubuntu\nRUN a \\\n# a comment\n\n  && b\nFROM debian\n") << Args {}
        << "debian" << QStringList {"ubuntu", "debian"};
    QTest::newRow("continued FROM") << QByteArray("FROM \\\n  ubuntu:14.04\n") << Args {}
                                    << "ubuntu:14.04" << QStringList {"ubuntu:14.04"};
    QTest::newRow("heredoc") << QByteArray("FROM ubuntu\nRUN <<EOF\nFROM not-an-instruction\nEOF\n")
                             << Args {} << "ubuntu" << QStringList {"ubuntu"};
    QTest::newRow("here-string is no heredoc")
        << QByteArray("FROM ubuntu\nRUN cat <<<EOF\nFROM debian\n") << Args {} << "debian"
        << QStringList {"ubuntu", "debian"};
    QTest::newRow("bom and crlf") << QByteArray("\xEF\xBB\xBF"
                                                "FROM ubuntu\r\nRUN x\r\n")
                                  << Args {} << "ubuntu" << QStringList {"ubuntu"};
}

void TestDockerfileParser::stages()
{
    QFETCH(QByteArray, text);
    QFETCH(Args, args);
    QFETCH(QString, finalBase);
    QFETCH(QStringList, bases);
    Problems problems;
    const Dockerfile d = DockerfileParser::parse(text, "/w/Dockerfile", args, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QStringList actual;
    for (const auto &s : d.stages)
        actual << s.base;
    QCOMPARE(actual, bases);
    QCOMPARE(d.finalBase(), finalBase);
    QCOMPARE(d.path, QStringLiteral("/w/Dockerfile"));
}

void TestDockerfileParser::metadata_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("ports");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QString>("env");

    QTest::newRow("expose several")
        << QByteArray("FROM a\nEXPOSE 80 443/tcp\nEXPOSE 53/udp 8000-8010\n")
        << QStringList {"80", "443/tcp", "53/udp", "8000-8010"} << ""
        << "";
    QTest::newRow("expose from env")
        << QByteArray("FROM a\nENV PORT=5000\nEXPOSE $PORT\n") << QStringList {"5000"} << ""
        << "PORT=5000";
    QTest::newRow("expose list in a variable")
        << QByteArray("FROM a\nENV PORTS=\"80 443\"\nEXPOSE $PORTS\n") << QStringList {"80", "443"}
        << ""
        << "PORTS=80 443";
    QTest::newRow("expose from arg")
        << QByteArray("FROM a\nARG P=9292\nEXPOSE ${P}\n") << QStringList {"9292"} << ""
        << "";
    QTest::newRow("labels") << QByteArray("FROM a\nLABEL k=v k2=\"v 2\" 'k 3'=x\n")
                            << QStringList {} << "k=v|k2=v 2|k 3=x"
                            << "";
    QTest::newRow("label old form") << QByteArray("FROM a\nLABEL description a long text\n")
                                    << QStringList {} << "description=a long text"
                                    << "";
    QTest::newRow("label replaced")
        << QByteArray("FROM a\nLABEL k=1 j=2\nLABEL k=3\n") << QStringList {} << "k=3|j=2"
        << "";
    QTest::newRow("env both forms")
        << QByteArray("FROM a\nENV A 1 2\nENV B=x C=\"y z\"\n") << QStringList {} << ""
        << "A=1 2|B=x|C=y z";
    QTest::newRow("env multi-line (original ubuntu)")
        << QByteArray("FROM a\nENV DEBIAN_FRONTEND=noninteractive \\\n    CONFD_OPTS='-interval 10 "
                      "-node 172.17.42.1:4001' \\\n"
                      "    TERM=xterm\n")
        << QStringList {} << ""
        << "DEBIAN_FRONTEND=noninteractive|CONFD_OPTS=-interval 10 -node "
           "172.17.42.1:4001|TERM=xterm";
    QTest::newRow("env refers to env")
        << QByteArray("FROM a\nENV A=/opt\nENV B=$A/bin\n") << QStringList {} << ""
        << "A=/opt|B=/opt/bin";
    QTest::newRow("final stage only")
        << QByteArray("FROM a AS build\nEXPOSE 1\nLABEL x=1\nFROM b\nEXPOSE 2\n")
        << QStringList {"2"} << ""
        << "";
    QTest::newRow("inherited from stage")
        << QByteArray("FROM a AS base\nEXPOSE 1\nENV E=1\nFROM base\nEXPOSE 2\n")
        << QStringList {"1", "2"} << ""
        << "E=1";
    QTest::newRow("escaped quote")
        << QByteArray("FROM a\nLABEL q=\"say \\\"hi\\\"\"\n") << QStringList {} << "q=say \"hi\""
        << "";
}

void TestDockerfileParser::metadata()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, ports);
    QFETCH(QString, labels);
    QFETCH(QString, env);
    Problems problems;
    const Dockerfile d = DockerfileParser::parse(text, "/w/Dockerfile", {}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(d.exposedPorts, ports);
    QCOMPARE(pairs(d.labels), labels);
    QCOMPARE(pairs(d.env), env);
}

void TestDockerfileParser::globalArgs()
{
    Problems problems;
    const Dockerfile d
        = DockerfileParser::parse("ARG A=1\nARG B\nARG C=$A-x\nFROM x:$C\n", "/w/Dockerfile",
                                  {{"B", "given"}, {"A", "9"}}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(pairs(d.globalArgs), QStringLiteral("A=9|B=given|C=9-x"));
    QCOMPARE(d.finalBase(), QStringLiteral("x:9-x"));
}

void TestDockerfileParser::stageDetails()
{
    Problems problems;
    const Dockerfile d
        = DockerfileParser::parse("FROM --platform=linux/arm64 golang AS Build\n\nFROM build AS "
                                  "final\nCOPY --from=nginx:1 /etc/nginx /etc/nginx\n"
                                  "COPY --from=0 /a /a\nCOPY --from=build /b /b\n",
                                  "/w/Dockerfile", {}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(d.stages.size(), 2);
    QCOMPARE(d.stages.at(0).platform, QStringLiteral("linux/arm64"));
    QCOMPARE(d.stages.at(0).name, QStringLiteral("Build"));
    QCOMPARE(d.stages.at(0).line, 1);
    QCOMPARE(d.stages.at(0).baseStage, -1);
    QCOMPARE(d.stages.at(1).line, 3);
    QCOMPARE(d.stages.at(1).baseStage, 0); // stage names are case-insensitive
    QCOMPARE(d.stages.at(1).copyFromImages, QStringList {"nginx:1"});
}

void TestDockerfileParser::broken_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("isError");

    QTest::newRow("empty") << QByteArray("") << "no instructions" << 0 << true;
    QTest::newRow("only comments") << QByteArray("# nothing\n\n") << "no instructions" << 0 << true;
    QTest::newRow("FROM missing") << QByteArray("RUN make\n") << "no FROM instruction" << 0 << true;
    QTest::newRow("instruction before FROM")
        << QByteArray("RUN make\nFROM a\n") << "before the first FROM" << 1 << true;
    QTest::newRow("FROM without image")
        << QByteArray("FROM\n") << "FROM needs an image" << 1 << true;
    QTest::newRow("FROM too many words")
        << QByteArray("FROM a b c\n") << "more than that" << 1 << true;
    QTest::newRow("FROM unknown flag")
        << QByteArray("FROM --pull a\n") << "Unknown FROM flag" << 1 << true;
    QTest::newRow("FROM empty after args")
        << QByteArray("ARG X\nFROM $X\n") << "names no image" << 2 << true;
    QTest::newRow("FROM upper case repository")
        << QByteArray("FROM Ubuntu\n") << "not a valid image reference" << 1 << true;
    QTest::newRow("stage defined later") << QByteArray("FROM later\nFROM ubuntu AS later\n")
                                         << "defined later (line 2)" << 1 << true;
    QTest::newRow("stage missing (index)")
        << QByteArray("FROM a\nFROM b\nCOPY --from=5 /x /y\n") << "does not exist" << 3 << true;
    QTest::newRow("copy from itself") << QByteArray("FROM a AS x\nCOPY --from=x /a /b\n")
                                      << "this stage or a later one" << 2 << true;
    QTest::newRow("duplicate stage name")
        << QByteArray("FROM a AS x\nFROM b AS X\n") << "already used at line 1" << 2 << true;
    QTest::newRow("invalid stage name")
        << QByteArray("FROM a AS 1x\n") << "not a valid stage name" << 1 << true;
    QTest::newRow("unterminated continuation")
        << QByteArray("FROM ubuntu\nRUN a \\\n") << "line continuation" << 2 << false;
    QTest::newRow("unterminated continuation, comment after")
        << QByteArray("FROM ubuntu\nRUN a \\\n# only a comment\n") << "line continuation" << 2
        << false;
    QTest::newRow("unknown instruction")
        << QByteArray("FROM ubuntu\nFROBNICATE x\n") << "Unknown instruction" << 2 << false;
    QTest::newRow("bad port") << QByteArray("FROM ubuntu\nEXPOSE 99999\n") << "is not a port" << 2
                              << true;
    QTest::newRow("bad port word")
        << QByteArray("FROM ubuntu\nEXPOSE http\n") << "is not a port" << 2 << true;
    QTest::newRow("label pair without =")
        << QByteArray("FROM ubuntu\nLABEL a=1 b\n") << "has no '='" << 2 << true;
    QTest::newRow("label without value")
        << QByteArray("FROM ubuntu\nLABEL a\n") << "has no value" << 2 << true;
    QTest::newRow("env empty") << QByteArray("FROM ubuntu\nENV\n") << "at least one" << 2 << true;
    QTest::newRow("bad escape directive")
        << QByteArray("# escape=x\nFROM ubuntu\n") << "Invalid escape" << 1 << true;
    QTest::newRow("directive twice")
        << QByteArray("# escape=\\\n# escape=`\nFROM ubuntu\n") << "given twice" << 2 << true;
    QTest::newRow("bad arg name") << QByteArray("ARG 1X=2\nFROM a\n") << "not a valid ARG name" << 1
                                  << true;
    QTest::newRow("add from") << QByteArray("FROM a AS b\nFROM c\nADD --from=b x y\n")
                              << "ADD has no --from" << 3 << true;
    QTest::newRow("heredoc unclosed")
        << QByteArray("FROM a\nRUN <<EOF\necho\n") << "never closed" << 2 << true;
    QTest::newRow("shell not json")
        << QByteArray("FROM a\nSHELL /bin/sh -c\n") << "JSON array" << 2 << true;
    QTest::newRow("binary garbage") << QByteArray("FROM a\n\x7f"
                                                  "ELF\x02\x01\0\0\xff",
                                                  14)
                                    << "binary" << 2 << true;
}

void TestDockerfileParser::broken()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(bool, isError);
    Problems problems;
    DockerfileParser::parse(text, "/w/Dockerfile", {}, &problems);
    const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const Problem &p) { return p.message.contains(message); });
    QVERIFY2(it != problems.cend(),
             qPrintable(
                 QStringLiteral("no problem with '%1' in:\n%2").arg(message, messages(problems))));
    QCOMPARE(it->file, QStringLiteral("/w/Dockerfile"));
    QCOMPARE(it->line, line);
    QCOMPARE(it->severity == Problem::Severity::Error, isError);
}

void TestDockerfileParser::finalBaseFollowsStages()
{
    Dockerfile d;
    QCOMPARE(d.finalBase(), QString());
    d.stages = {{"scratch", "a", {}, 1, -1, {}}, {"a", "b", {}, 2, 0, {}}};
    QCOMPARE(d.finalBase(), QString());
    d.stages[0].base = "busybox";
    QCOMPARE(d.finalBase(), QStringLiteral("busybox"));
    // A hand-built value with a loop must not hang.
    d.stages[0].baseStage = 1;
    QCOMPARE(d.finalBase(), QString());
}

void TestDockerfileParser::externalReferences()
{
    Problems problems;
    const Dockerfile d = DockerfileParser::parse(
        "FROM golang:1.20 AS build\nFROM scratch AS empty\nFROM build AS again\nFROM alpine\n"
        "COPY --from=nginx:1 /a /a\nCOPY --from=build /b /b\nFROM golang:1.20\n",
        "/w/Dockerfile", {}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(d.externalReferences(), (QStringList {"golang:1.20", "alpine", "nginx:1"}));
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "TestDockerfileParser.moc"
