#include "workspace/ImageGraphDot.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using ws::ImageDefinition;
using ws::ImageGraphDot;

namespace {

ImageDefinition image(const QString &name, const QString &parent, ImageDefinition::ParentKind kind,
                      bool buildable = true)
{
    ImageDefinition i;
    i.id = name;
    i.name = name;
    i.parent = parent;
    i.parentKind = kind;
    if (buildable)
        i.dockerfilePath = QStringLiteral("/w/") + name + QStringLiteral("/Dockerfile");
    return i;
}

} // namespace

class TestImageGraphDot : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void graph();
    void emptyWorkspace();
    void graphvizReadsIt();
};

void TestImageGraphDot::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "p/base:1"
                           << "\"p/base:1\"";
    QTest::newRow("quote") << "a\"b"
                           << "\"a\\\"b\"";
    QTest::newRow("backslash") << "a\\b"
                               << "\"a\\\\b\"";
    QTest::newRow("newline") << "a\nb\r"
                             << "\"a\\nb\"";
    QTest::newRow("empty") << ""
                           << "\"\"";
    QTest::newRow("digest") << "ubuntu@sha256:ab"
                            << "\"ubuntu@sha256:ab\"";
}

void TestImageGraphDot::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ImageGraphDot::quoted(text), expected);
}

void TestImageGraphDot::graph()
{
    ws::Workspace w;
    w.images
        = {image("p/app:1", "p/base:1", ImageDefinition::ParentKind::Workspace),
           image("p/base:1", "debian:12", ImageDefinition::ParentKind::External),
           image("p/tool:1", "", ImageDefinition::ParentKind::None),
           image("gliderlabs/registrator:latest", "", ImageDefinition::ParentKind::None, false)};
    const QString expected = QStringLiteral("digraph images {\n"
                                            "  node [shape=box];\n"
                                            "  \"debian:12\" [style=dashed];\n"
                                            "  \"p/app:1\";\n"
                                            "  \"p/base:1\";\n"
                                            "  \"p/tool:1\";\n"
                                            "  \"gliderlabs/registrator:latest\" [style=dotted];\n"
                                            "  \"p/base:1\" -> \"p/app:1\";\n"
                                            "  \"debian:12\" -> \"p/base:1\";\n"
                                            "}\n");
    QCOMPARE(ImageGraphDot::toDot(w), expected);
}

void TestImageGraphDot::emptyWorkspace()
{
    QCOMPARE(ImageGraphDot::toDot({}),
             QStringLiteral("digraph images {\n  node [shape=box];\n}\n"));
}

void TestImageGraphDot::graphvizReadsIt()
{
    // Graphviz itself (a build dependency, packaging/install-deps.sh) must accept the output,
    // awkward names included.
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QVERIFY2(!dot.isEmpty(), "Graphviz's dot is not installed: run packaging/install-deps.sh");
    ws::Workspace w;
    w.images = {image("we\"ird\\name:1", "base \"x\":1", ImageDefinition::ParentKind::External),
                image("a->b:1", "we\"ird\\name:1", ImageDefinition::ParentKind::Workspace)};
    QProcess process;
    process.start(dot, {QStringLiteral("-Tplain")});
    QVERIFY(process.waitForStarted(30000));
    process.write(ImageGraphDot::toDot(w).toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString plain = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(plain.count(QLatin1String("\nnode ")), 3);
    QCOMPARE(plain.count(QLatin1String("\nedge ")), 2);
}

QTEST_GUILESS_MAIN(TestImageGraphDot)
#include "TestImageGraphDot.moc"
