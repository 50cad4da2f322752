// EtcdValueFormat: which kind a value is recognised as, and where a broken value is broken
// (line:column as a person counts them) for each format.
#include "etcd/EtcdValueFormat.h"

#include <QTest>

using namespace ws;
using Kind = EtcdValueFormat::Kind;

Q_DECLARE_METATYPE(ws::EtcdValueFormat::Kind)

class tst_EtcdValueFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void validValues_data();
    void validValues();
    void brokenValues_data();
    void brokenValues();
    void isText_data();
    void isText();
    void namesAndChoices();
};

void tst_EtcdValueFormat::detect_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("empty") << QByteArray() << Kind::Plain;
    QTest::newRow("word") << QByteArray("hello") << Kind::Plain;
    QTest::newRow("sentence with colon") << QByteArray("note: a sentence") << Kind::Yaml;
    QTest::newRow("url") << QByteArray("http://example.com:8080/x") << Kind::Plain;
    QTest::newRow("number") << QByteArray("8080") << Kind::Plain;
    QTest::newRow("json object") << QByteArray(R"({"a": 1, "b": [true, null]})") << Kind::Json;
    QTest::newRow("json array") << QByteArray("  [1, 2, 3]\n") << Kind::Json;
    QTest::newRow("broken json object") << QByteArray(R"({"a": )") << Kind::Json;
    QTest::newRow("yaml map") << QByteArray("name: web\nports:\n  - 80\n  - 443\n") << Kind::Yaml;
    QTest::newRow("yaml list") << QByteArray("- a\n- b\n") << Kind::Yaml;
    QTest::newRow("toml") << QByteArray("[server]\nport = 8080\nhost = \"x\"\n") << Kind::Toml;
    QTest::newRow("toml flat") << QByteArray("port = 8080\n") << Kind::Toml;
    QTest::newRow("ini") << QByteArray("[server]\nhost = example.com\n; comment\n") << Kind::Ini;
    QTest::newRow("ini flat") << QByteArray("user=admin\nmode=fast\n") << Kind::Ini;
    QTest::newRow("binary nul") << QByteArray("a\0b", 3) << Kind::Binary;
    QTest::newRow("binary latin1") << QByteArray("caf\xE9") << Kind::Binary;
    QTest::newRow("utf8 text") << QByteArray("café ✓") << Kind::Plain;
}

void tst_EtcdValueFormat::detect()
{
    QFETCH(QByteArray, value);
    QFETCH(Kind, kind);
    QCOMPARE(EtcdValueFormat::detect(value), kind);
}

void tst_EtcdValueFormat::validValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("json") << QByteArray(R"({"a": {"b": "c"}})") << Kind::Json;
    QTest::newRow("yaml multi-document") << QByteArray("a: 1\n---\nb: 2\n") << Kind::Yaml;
    QTest::newRow("toml") << QByteArray("a = [1, 2]\n[t]\nb = true\n") << Kind::Toml;
    QTest::newRow("ini with colon entries")
        << QByteArray("[s]\na: b\n# c\n\r\nd = \n") << Kind::Ini;
    QTest::newRow("plain anything") << QByteArray("{ not json") << Kind::Plain;
    QTest::newRow("binary") << QByteArray("\x01\x02", 2) << Kind::Binary;
}

void tst_EtcdValueFormat::validValues()
{
    QFETCH(QByteArray, value);
    QFETCH(Kind, kind);
    const Problems problems = EtcdValueFormat::validate(value, kind);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void tst_EtcdValueFormat::brokenValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("json missing value")
        << QByteArray("{\n  \"a\": \n}") << Kind::Json << 3 << 2 << QStringLiteral("JSON");
    QTest::newRow("json trailing comma") << QByteArray("{\"a\": 1,\n \"b\": 2,\n}") << Kind::Json
                                         << 3 << 2 << QStringLiteral("JSON");
    QTest::newRow("json unterminated string")
        << QByteArray("[\"é\", \"x") << Kind::Json << 1 << 9 << QStringLiteral("JSON");
    QTest::newRow("json garbage after")
        << QByteArray("{}\nx") << Kind::Json << 2 << 1 << QStringLiteral("JSON");
    QTest::newRow("yaml bad indentation")
        << QByteArray("a:\n  b: 1\n c: 2\n") << Kind::Yaml << 3 << 2 << QStringLiteral("YAML");
    QTest::newRow("yaml unclosed flow")
        << QByteArray("a: [1, 2\nb: 3\n") << Kind::Yaml << 2 << 2 << QStringLiteral("YAML");
    QTest::newRow("yaml tab indent")
        << QByteArray("a:\n\t- b\n") << Kind::Yaml << 2 << 2 << QStringLiteral("YAML");
    QTest::newRow("toml unquoted string")
        << QByteArray("a = 1\nb = hello\n") << Kind::Toml << 2 << 5 << QStringLiteral("TOML");
    QTest::newRow("toml duplicate key")
        << QByteArray("a = 1\na = 2\n") << Kind::Toml << 2 << 5 << QStringLiteral("TOML");
    QTest::newRow("toml unclosed table")
        << QByteArray("[server\nport = 1\n") << Kind::Toml << 1 << 8 << QStringLiteral("TOML");
    QTest::newRow("ini unclosed section")
        << QByteArray("a = 1\n  [server\n") << Kind::Ini << 2 << 10 << QStringLiteral("INI");
    QTest::newRow("ini empty section")
        << QByteArray("[ ]\n") << Kind::Ini << 1 << 1 << QStringLiteral("INI");
    QTest::newRow("ini no separator") << QByteArray("[s]\na = 1\n   just words\n") << Kind::Ini << 3
                                      << 4 << QStringLiteral("INI");
    QTest::newRow("ini no name") << QByteArray("= value\n") << Kind::Ini << 1 << 1
                                 << QStringLiteral("INI");
    QTest::newRow("ini text after header")
        << QByteArray("[s] x\n") << Kind::Ini << 1 << 5 << QStringLiteral("INI");
}

void tst_EtcdValueFormat::brokenValues()
{
    QFETCH(QByteArray, value);
    QFETCH(Kind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const Problems problems = EtcdValueFormat::validate(value, kind, QStringLiteral("/the/key"));
    QVERIFY(!problems.isEmpty());
    const Problem &p = problems.constFirst();
    QVERIFY2(p.toString().startsWith(QStringLiteral("/the/key:%1:%2: ").arg(line).arg(column)),
             qPrintable(p.toString()));
    QVERIFY2(p.message.contains(mentions), qPrintable(p.message));
    QCOMPARE(p.severity, Problem::Severity::Error);
}

void tst_EtcdValueFormat::isText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("text");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii with tabs and crlf") << QByteArray("a\tb\r\nc") << true;
    QTest::newRow("utf8") << QByteArray("日本語") << true;
    QTest::newRow("nul") << QByteArray("a\0", 2) << false;
    QTest::newRow("escape") << QByteArray("\x1b[0m") << false;
    QTest::newRow("truncated utf8") << QByteArray("\xE6\x97") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("gzip magic") << QByteArray("\x1F\x8B\x08\x00", 4) << false;
}

void tst_EtcdValueFormat::isText()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, text);
    QCOMPARE(EtcdValueFormat::isText(value), text);
}

void tst_EtcdValueFormat::namesAndChoices()
{
    QCOMPARE(EtcdValueFormat::textKinds().size(), 5);
    QVERIFY(!EtcdValueFormat::textKinds().contains(Kind::Binary));
    for (Kind kind : EtcdValueFormat::textKinds())
        QVERIFY(!EtcdValueFormat::name(kind).isEmpty());
    QCOMPARE(EtcdValueFormat::name(Kind::Json), QStringLiteral("JSON"));
}

QTEST_GUILESS_MAIN(tst_EtcdValueFormat)
#include "tst_EtcdValueFormat.moc"
