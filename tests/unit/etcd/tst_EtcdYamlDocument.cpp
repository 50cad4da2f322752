// EtcdYamlDocument: the export file format. Round trips of odd keys and values (multi-line,
// binary, empty, escapes), the shape of what is written, and broken files refused with the
// reason at the right line.
#include "etcd/EtcdYamlDocument.h"

#include <QTest>

using namespace ws;

Q_DECLARE_METATYPE(ws::EtcdYamlEntries)

class tst_EtcdYamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writesReadableFile();
    void commentsAndHeader();
    void emptyExport();
    void handWritten();
    void broken_data();
    void broken();
    void manyKeys();
};

void tst_EtcdYamlDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("plain") << QByteArray("/services/keystone/admin-token") << QByteArray("s3cret");
    QTest::newRow("empty value") << QByteArray("/a") << QByteArray();
    QTest::newRow("quote and backslash") << QByteArray("/a") << QByteArray("say \"hi\" \\ bye");
    QTest::newRow("multi-line") << QByteArray("/nginx.conf")
                                << QByteArray("server {\n  listen 80;\n}\n");
    QTest::newRow("multi-line no final newline") << QByteArray("/a") << QByteArray("a\nb");
    QTest::newRow("multi-line two final newlines") << QByteArray("/a") << QByteArray("a\nb\n\n");
    QTest::newRow("multi-line empty lines inside") << QByteArray("/a") << QByteArray("a\n\n\nb\n");
    QTest::newRow("leading newline") << QByteArray("/a") << QByteArray("\na\n");
    QTest::newRow("leading blanks") << QByteArray("/a") << QByteArray("  indented\nnot\n");
    QTest::newRow("blanks after leading newline") << QByteArray("/a") << QByteArray("\n  lead\n\n");
    QTest::newRow("leading tab") << QByteArray("/a") << QByteArray("\tx\ny");
    QTest::newRow("blank-only line") << QByteArray("/a") << QByteArray("a\n   \nb\n");
    QTest::newRow("trailing blanks") << QByteArray("/a") << QByteArray("a  \nb\t\n");
    QTest::newRow("only newlines") << QByteArray("/a") << QByteArray("\n\n");
    QTest::newRow("comment-like line") << QByteArray("/a") << QByteArray("x\n# not a comment\n");
    QTest::newRow("document markers") << QByteArray("/a") << QByteArray("---\n...\n");
    QTest::newRow("carriage return") << QByteArray("/a") << QByteArray("a\r\nb\r\n");
    QTest::newRow("control chars") << QByteArray("/a") << QByteArray("\x01\x02\x1b[0m\x7f", 8);
    QTest::newRow("nul") << QByteArray("/a") << QByteArray("a\0b", 3);
    QTest::newRow("utf-8") << QByteArray("/ключ/é") << QByteArray("значение ✓ 😀");
    QTest::newRow("line separators") << QByteArray("/a")
                                     << QByteArray("a\xe2\x80\xa8"
                                                   "b\xc2\x85"
                                                   "c\xef\xbb\xbf");
    QTest::newRow("binary value") << QByteArray("/bin") << QByteArray("\xff\xfe\x00\x01\x80", 5);
    QTest::newRow("binary key") << QByteArray("/k\xff\x00", 4) << QByteArray("v");
    QTest::newRow("overlong utf-8 is binary") << QByteArray("/a") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate is binary") << QByteArray("/a") << QByteArray("\xed\xa0\x80");
    QTest::newRow("key with colon space") << QByteArray("/a: b") << QByteArray("v");
    QTest::newRow("key with hash") << QByteArray("/a #b") << QByteArray("v");
    QTest::newRow("key like a number") << QByteArray("123") << QByteArray("v");
    QTest::newRow("key like null") << QByteArray("null") << QByteArray("~");
    QTest::newRow("key like bool") << QByteArray("true") << QByteArray("yes");
    QTest::newRow("key with dash start") << QByteArray("- a") << QByteArray("- b");
    QTest::newRow("key with newline") << QByteArray("/a\nb") << QByteArray("v");
    QTest::newRow("key with quotes") << QByteArray("/\"a'") << QByteArray("'");
    QTest::newRow("key with braces") << QByteArray("{a}[b]") << QByteArray("{}");
    QTest::newRow("key ?") << QByteArray("?") << QByteArray(":");
    QTest::newRow("long key") << QByteArray("/") + QByteArray(3000, 'k') << QByteArray("v");
    QTest::newRow("long binary key")
        << QByteArray("/\xff") + QByteArray(2000, 'k') << QByteArray("a\nb\n");
    QTest::newRow("big value") << QByteArray("/big") << QByteArray(1 << 20, 'x');
    QTest::newRow("big multi-line") << QByteArray("/big") << QByteArray("line\n").repeated(20000);
}

void tst_EtcdYamlDocument::roundTrip()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);

    const EtcdYamlEntries entries {{key, value, {}}, {"/after", "next", {}}};
    const QByteArray yaml = EtcdYamlDocument::write(entries, QStringLiteral("header"));
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(yaml);
    QVERIFY2(
        parsed.ok(),
        qPrintable(parsed.errorString() + QLatin1Char('\n') + QString::fromUtf8(yaml.left(2000))));
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(parsed.entries.at(0).key, key);
    QCOMPARE(parsed.entries.at(0).value, value);
    QCOMPARE(parsed.entries.at(1).key, QByteArray("/after"));
    QCOMPARE(parsed.entries.at(1).value, QByteArray("next"));
    QCOMPARE(parsed.header, QStringLiteral("header"));
    // Writing what was read gives the same file.
    QCOMPARE(EtcdYamlDocument::write(parsed.entries, parsed.header), yaml);
}

void tst_EtcdYamlDocument::writesReadableFile()
{
    const EtcdYamlEntries entries {
        {"/services/keystone/config/admin-token", "s3cret", {}},
        {"/services/web/config/nginx.conf", "server {\n  listen 80;\n}\n", {}},
        {"/bin", QByteArray("\xff\x00", 2), {}},
        {"/no-newline", "a\nb", {}},
    };
    const QByteArray yaml = EtcdYamlDocument::write(
        entries,
        QStringLiteral("whalestack etcd export — endpoint http://127.0.0.1:2379, revision 12"));
    QCOMPARE(yaml,
             QByteArray("# whalestack etcd export — endpoint http://127.0.0.1:2379, revision 12\n"
                        "keys:\n"
                        "  /services/keystone/config/admin-token: \"s3cret\"\n"
                        "  /services/web/config/nginx.conf: |\n"
                        "    server {\n"
                        "      listen 80;\n"
                        "    }\n"
                        "  /bin: !!binary \"/wA=\"\n"
                        "  /no-newline: |-\n"
                        "    a\n"
                        "    b\n"));
    QVERIFY(EtcdYamlDocument::isBinary(QByteArray("\xff", 1)));
    QVERIFY(!EtcdYamlDocument::isBinary("plain ✓"));
}

void tst_EtcdYamlDocument::commentsAndHeader()
{
    const EtcdYamlEntries entries {
        {"/a", "x\n# inside the block\n",
         QStringLiteral("read by templates/keystone.conf.tmpl:12")},
        {"/b", "y", QStringLiteral("two\nlines")},
        {"/c", "z", {}},
    };
    const QByteArray yaml = EtcdYamlDocument::write(entries, QStringLiteral("line one\nline two"));
    QVERIFY(yaml.startsWith(
        "# line one\n# line two\nkeys:\n  # read by templates/keystone.conf.tmpl:12\n"));
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(yaml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed.header, QStringLiteral("line one\nline two"));
    QCOMPARE(parsed.entries, entries);
}

void tst_EtcdYamlDocument::emptyExport()
{
    const QByteArray yaml = EtcdYamlDocument::write({}, QStringLiteral("nothing"));
    QCOMPARE(yaml, QByteArray("# nothing\nkeys: {}\n"));
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(yaml);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.entries.isEmpty());
    QVERIFY(EtcdYamlDocument::parse("keys:\n").ok());
}

void tst_EtcdYamlDocument::handWritten()
{
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse("keys:\n"
                                                               "  /port: 8080\n"
                                                               "  /debug: true\n"
                                                               "  /single: 'it''s'\n"
                                                               "  /str: !!str 12\n"
                                                               "  /folded: >\n"
                                                               "    a\n"
                                                               "    b\n"
                                                               "  /flow: {a: b}\n");
    QVERIFY(!parsed.ok()); // the flow mapping at the end
    QCOMPARE(parsed.line, 9);

    const EtcdYamlParseResult ok = EtcdYamlDocument::parse("keys: {/port: 8080, /debug: true, "
                                                           "/single: 'it''s', /str: !!str 12}");
    QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
    const EtcdYamlEntries expected {
        {"/port", "8080", {}}, {"/debug", "true", {}}, {"/single", "it's", {}}, {"/str", "12", {}}};
    QCOMPARE(ok.entries, expected);
}

void tst_EtcdYamlDocument::broken_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty file") << QByteArray() << 0 << "holds no keys";
    QTest::newRow("comments only") << QByteArray("# nothing\n") << 0 << "holds no keys";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << "not a mapping";
    QTest::newRow("scalar") << QByteArray("hello\n") << 1 << "not a mapping";
    QTest::newRow("no keys") << QByteArray("# h\nkeys2:\n  /a: b\n") << 2
                             << "Unknown top-level entry \"keys2\"";
    QTest::newRow("extra top-level")
        << QByteArray("keys:\n  /a: b\nother: 1\n") << 3 << "Unknown top-level";
    QTest::newRow("keys twice") << QByteArray("keys:\n  /a: b\nkeys:\n  /c: d\n") << 3 << "twice";
    QTest::newRow("keys is a list") << QByteArray("keys:\n  - /a\n") << 2 << "must be a mapping";
    QTest::newRow("keys is a string") << QByteArray("keys: abc\n") << 1 << "must be a mapping";
    QTest::newRow("unterminated flow") << QByteArray("keys:\n  /a: [b\n") << 3 << "not valid YAML";
    QTest::newRow("bad indentation")
        << QByteArray("keys:\n  /a: b\n /c: d\n") << 3 << "not valid YAML";
    QTest::newRow("tab indentation") << QByteArray("keys:\n\t/a: b\n") << 2 << "not valid YAML";
    QTest::newRow("duplicate key") << QByteArray("keys:\n  /a: b\n  /c: d\n  /a: e\n") << 4
                                   << "appears twice (first on line 2)";
    QTest::newRow("duplicate binary key")
        << QByteArray("keys:\n  /a: b\n  !!binary \"L2E=\": e\n") << 3 << "appears twice";
    QTest::newRow("null value") << QByteArray("keys:\n  /a:\n  /b: c\n") << 2 << "has no value";
    QTest::newRow("tilde value") << QByteArray("keys:\n  /a: ~\n") << 2 << "has no value";
    QTest::newRow("list value") << QByteArray("keys:\n  /a:\n    - 1\n") << 3 << "is a list";
    QTest::newRow("mapping value") << QByteArray("keys:\n  /a:\n    b: c\n") << 3 << "is a mapping";
    QTest::newRow("mapping key") << QByteArray("keys:\n  ? {a: b}\n  : c\n") << 2
                                 << "A key is a mapping";
    QTest::newRow("empty key") << QByteArray("keys:\n  \"\": c\n") << 2 << "empty";
    QTest::newRow("bad base64") << QByteArray("keys:\n  /a: !!binary \"@@@\"\n") << 2
                                << "not valid base64";
    QTest::newRow("int tag") << QByteArray("keys:\n  /a: !!int 3\n") << 2 << "has the tag";
    QTest::newRow("local tag") << QByteArray("keys:\n  /a: !secret x\n") << 2 << "has the tag";
    QTest::newRow("two documents") << QByteArray("keys:\n  /a: b\n---\nkeys:\n  /c: d\n") << 3
                                   << "more than one YAML document";
    QTest::newRow("anchor to a map")
        << QByteArray("x: &m {a: b}\nkeys:\n  /a: *m\n") << 1 << "Unknown top-level";
    QTest::newRow("undefined alias") << QByteArray("keys:\n  /a: *nope\n") << 2 << "not valid YAML";
}

void tst_EtcdYamlDocument::broken()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(yaml);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.entries.isEmpty());
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
    QCOMPARE(parsed.line, line);
    if (line > 0) {
        QVERIFY(parsed.column > 0);
        QVERIFY(parsed.errorString().startsWith(QString::number(line) + QLatin1Char(':')));
    }
    const Problem problem = parsed.toProblem(QStringLiteral("/tmp/x.yaml"));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.message, parsed.error);
}

void tst_EtcdYamlDocument::manyKeys()
{
    EtcdYamlEntries entries;
    for (int i = 0; i < 20000; ++i)
        entries.append({"/many/" + QByteArray::number(i), "value " + QByteArray::number(i), {}});
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(EtcdYamlDocument::write(entries));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.entries, entries);
}

QTEST_GUILESS_MAIN(tst_EtcdYamlDocument)
#include "tst_EtcdYamlDocument.moc"
