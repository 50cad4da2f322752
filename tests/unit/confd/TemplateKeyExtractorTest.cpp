#include "confd/TemplateKeyExtractor.h"

#include <QtTest>

using ws::Problem;
using ws::Problems;
using ws::TemplateKey;
using ws::TemplateKeyExtractor;

namespace {

// "function key line", with " *" appended for a pattern: short enough to read in a table.
QStringList describe(const QList<TemplateKey> &keys)
{
    QStringList out;
    for (const TemplateKey &k : keys)
        out.append(QStringLiteral("%1 %2 %3%4")
                       .arg(k.function, k.key)
                       .arg(k.line)
                       .arg(k.pattern ? QStringLiteral(" *") : QString()));
    return out;
}

int count(const Problems &problems, Problem::Severity severity)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TemplateKeyExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void applyPrefix_data();
    void applyPrefix();
    void broken_data();
    void broken();
    void keepsGoingAfterAnError();
    void problemsNameTheFile();
    void storeFunctions();
};

void TemplateKeyExtractorTest::extract_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("warnings");

    const QString none;
    QTest::newRow("getv") << QByteArray("a = {{ getv \"/a/b\" }}\n") << none
                          << QStringList {"getv /a/b 1"} << 0;
    QTest::newRow("getvs glob") << QByteArray("{{ getvs \"/services/rabbitmq/hosts/*\" }}") << none
                                << QStringList {"getvs /services/rabbitmq/hosts/* 1 *"} << 0;
    QTest::newRow("gets") << QByteArray("{{range gets \"/x/*\"}}{{.Value}}{{end}}") << none
                          << QStringList {"gets /x/* 1 *"} << 0;
    QTest::newRow("get") << QByteArray("{{ (get \"/k\").Value }}") << none
                         << QStringList {"get /k 1"} << 0;
    QTest::newRow("ls") << QByteArray("{{ range ls \"/dir\" }}{{ . }}{{ end }}") << none
                        << QStringList {"ls /dir 1"} << 0;
    QTest::newRow("lsdir") << QByteArray("{{ range lsdir \"/dir/\" }}{{ . }}{{ end }}") << none
                           << QStringList {"lsdir /dir/ 1"} << 0;
    QTest::newRow("exists") << QByteArray("{{ if exists \"/flag\" }}on{{ end }}") << none
                            << QStringList {"exists /flag 1"} << 0;
    QTest::newRow("decrypting variants")
        << QByteArray(
               "{{ cget \"/a\" }}{{ cgets \"/b/*\" }}{{ cgetv \"/c\" }}{{ cgetvs \"/d/*\" }}")
        << none << QStringList {"cget /a 1", "cgets /b/* 1 *", "cgetv /c 1", "cgetvs /d/* 1 *"}
        << 0;
    QTest::newRow("getv with a default")
        << QByteArray("{{ getv \"/k\" \"fallback\" }}") << none << QStringList {"getv /k 1"} << 0;
    QTest::newRow("lines are counted")
        << QByteArray("one\ntwo\n\n{{ getv \"/a\" }}\n{{ getv \"/b\" }}") << none
        << QStringList {"getv /a 4", "getv /b 5"} << 0;
    QTest::newRow("action over lines: line of the call")
        << QByteArray("{{ $x :=\n   getv\n   \"/a\" }}") << none << QStringList {"getv /a 2"} << 0;
    QTest::newRow("prefix with slashes")
        << QByteArray("{{ getv \"/nginx/domain\" }}") << QStringLiteral("/production/")
        << QStringList {"getv /production/nginx/domain 1"} << 0;
    QTest::newRow("prefix without slashes")
        << QByteArray("{{ getv \"nginx/domain\" }}") << QStringLiteral("production")
        << QStringList {"getv /production/nginx/domain 1"} << 0;
    QTest::newRow("trim markers") << QByteArray("x\n{{- getv \"/a\" -}}\ny") << none
                                  << QStringList {"getv /a 2"} << 0;
    QTest::newRow("minus number is not a trim marker")
        << QByteArray("{{-3}}{{ getv \"/a\" }}") << none << QStringList {"getv /a 1"} << 0;
    QTest::newRow("comment") << QByteArray("{{/* getv \"/no\" */}}{{ getv \"/yes\" }}") << none
                             << QStringList {"getv /yes 1"} << 0;
    QTest::newRow("trimmed comment over lines")
        << QByteArray("{{- /* getv \"/no\"\n }} still comment */ -}}\n{{ getv \"/yes\" }}") << none
        << QStringList {"getv /yes 3"} << 0;
    QTest::newRow("string holding }}") << QByteArray("{{ getv \"/a}}b\" }}{{ getv \"/c\" }}")
                                       << none << QStringList {"getv /a}}b 1", "getv /c 1"} << 0;
    QTest::newRow("raw string") << QByteArray("{{ getv `/raw/\"key\"` }}") << none
                                << QStringList {"getv /raw/\"key\" 1"} << 0;
    QTest::newRow("raw string holding }} and newline")
        << QByteArray("{{ getv `/a}}\nb` }}{{ getv \"/c\" }}") << none
        << QStringList {"getv /a}}\nb 1", "getv /c 2"} << 0;
    QTest::newRow("escapes") << QByteArray("{{ getv \"\\x2fa\\u002fb\\\"q\\\\\" }}") << none
                             << QStringList {"getv /a/b\"q\\ 1"} << 0;
    QTest::newRow("text outside actions is not read")
        << QByteArray("getv \"/no\" }} {{ 1 }}") << none << QStringList {} << 0;
    QTest::newRow("field named like a function")
        << QByteArray("{{ .getv }}{{ $.ls }}") << none << QStringList {} << 0;
    QTest::newRow("nested range and if")
        << QByteArray("{{ range $i, $h := getvs \"/hosts/*\" }}\n"
                      "  {{ if exists \"/flags/tls\" }}\n"
                      "    {{ with get \"/tls/cert\" }}{{ .Value }}{{ end }}\n"
                      "  {{ else if exists \"/flags/plain\" }}\n"
                      "    {{ getv \"/plain\" }}\n"
                      "  {{ else }}none{{ end }}\n"
                      "{{ end }}")
        << none
        << QStringList {"getvs /hosts/* 1 *", "exists /flags/tls 2", "get /tls/cert 3",
                        "exists /flags/plain 4", "getv /plain 5"}
        << 0;
    QTest::newRow("printf %s in parentheses")
        << QByteArray("{{ range $s := ls \"/services\" }}{{ getv (printf "
                      "\"/services/%s/config/port\" $s) }}{{ end }}")
        << none << QStringList {"ls /services 1", "getv /services/*/config/port 1 *"} << 0;
    QTest::newRow("printf %d and %v") << QByteArray("{{ getv (printf \"/n/%d/%v/%03d\" 1 2 3) }}")
                                      << none << QStringList {"getv /n/*/*/* 1 *"} << 0;
    QTest::newRow("printf %% is a literal percent")
        << QByteArray("{{ getv (printf \"/a/100%%\") }}") << none << QStringList {"getv /a/100% 1"}
        << 0;
    QTest::newRow("printf with prefix")
        << QByteArray("{{ gets (printf \"/x/%s/*\" .Key) }}") << QStringLiteral("/env")
        << QStringList {"gets /env/x/*/* 1 *"} << 0;
    QTest::newRow("printf %q is unknown")
        << QByteArray("{{ getv (printf \"/a/%q\" .X) }}") << none << QStringList {} << 1;
    QTest::newRow("print is unknown")
        << QByteArray("{{ getv (print \"/a/\" .Key) }}") << none << QStringList {} << 1;
    QTest::newRow("variable is unknown")
        << QByteArray("{{ $k := \"/a\" }}{{ getv $k }}") << none << QStringList {} << 1;
    QTest::newRow("field is unknown")
        << QByteArray("{{ range gets \"/a/*\" }}{{ getv .Key }}{{ end }}") << none
        << QStringList {"gets /a/* 1 *"} << 1;
    QTest::newRow("piped literal")
        << QByteArray("{{ \"/piped\" | getv }}") << none << QStringList {"getv /piped 1"} << 0;
    QTest::newRow("piped printf") << QByteArray("{{ if printf \"/a/%s\" .X | exists }}y{{ end }}")
                                  << none << QStringList {"exists /a/* 1 *"} << 0;
    QTest::newRow("piped into a parenthesised call")
        << QByteArray("{{ $v := (\"/p\" | getv) }}") << none << QStringList {"getv /p 1"} << 0;
    QTest::newRow("piped variable is unknown")
        << QByteArray("{{ $k | getv }}") << none << QStringList {} << 1;
    QTest::newRow("call without key") << QByteArray("{{ getv }}") << none << QStringList {} << 1;
    QTest::newRow("parenthesised literal")
        << QByteArray("{{ getv (\"/a\") }}") << none << QStringList {"getv /a 1"} << 0;
    QTest::newRow("call inside parentheses") << QByteArray("{{ split (getv \"/hp\") \":\" }}")
                                             << none << QStringList {"getv /hp 1"} << 0;
    QTest::newRow("glob characters")
        << QByteArray("{{ gets \"/a/?\" }}{{ gets \"/b/[ab]\" }}") << none
        << QStringList {"gets /a/? 1 *", "gets /b/[ab] 1 *"} << 0;
    QTest::newRow("define and template")
        << QByteArray("{{ define \"db\" }}{{ getv \"/db/url\" }}{{ end }}\n{{ template \"db\" . }}")
        << none << QStringList {"getv /db/url 1"} << 0;
    QTest::newRow("block") << QByteArray("{{ block \"b\" . }}{{ getv \"/b\" }}{{ end }}") << none
                           << QStringList {"getv /b 1"} << 0;
    QTest::newRow("break and continue in range")
        << QByteArray("{{ range ls \"/a\" }}{{ if . }}{{ break }}{{ end }}{{ continue }}{{ end }}")
        << none << QStringList {"ls /a 1"} << 0;
    QTest::newRow("character constant and numbers")
        << QByteArray("{{ $c := '}' }}{{ $n := -1.5e+3 }}{{ getv \"/x\" }}") << none
        << QStringList {"getv /x 1"} << 0;
    QTest::newRow("non-ascii text and keys")
        << QByteArray("привет {{ getv \"/ключ/значение\" }}") << none
        << QStringList {QStringLiteral("getv /ключ/значение 1")} << 0;
}

void TemplateKeyExtractorTest::extract()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, prefix);
    QFETCH(QStringList, keys);
    QFETCH(int, warnings);

    Problems problems;
    const QList<TemplateKey> found
        = TemplateKeyExtractor::extract(text, QStringLiteral("/ws/t.tmpl"), prefix, &problems);
    QCOMPARE(describe(found), keys);
    QVERIFY2(count(problems, Problem::Severity::Error) == 0, qPrintable(dump(problems)));
    QCOMPARE(count(problems, Problem::Severity::Warning), warnings);
    for (const Problem &p : std::as_const(problems))
        QVERIFY(p.line > 0);
}

void TemplateKeyExtractorTest::applyPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no prefix") << QString() << "/a/b"
                               << "/a/b";
    QTest::newRow("no prefix, key as written") << QString() << "a/b"
                                               << "a/b";
    QTest::newRow("both slashes") << "/p/"
                                  << "/a"
                                  << "/p/a";
    QTest::newRow("neither slash") << "p"
                                   << "a"
                                   << "/p/a";
    QTest::newRow("prefix slash only") << "/p"
                                       << "a"
                                       << "/p/a";
    QTest::newRow("key slash only") << "p"
                                    << "/a"
                                    << "/p/a";
    QTest::newRow("many slashes") << "/p//"
                                  << "//a"
                                  << "/p/a";
    QTest::newRow("root prefix") << "/"
                                 << "/a"
                                 << "/a";
    QTest::newRow("nested prefix") << "/prod/eu"
                                   << "/services/x/*"
                                   << "/prod/eu/services/x/*";
}

void TemplateKeyExtractorTest::applyPrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(TemplateKeyExtractor::applyPrefix(prefix, key), expected);
}

void TemplateKeyExtractorTest::broken_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("unclosed action") << QByteArray("a\n{{ getv \"/a\"\nb") << 2 << 1;
    QTest::newRow("unclosed action at end") << QByteArray("{{") << 1 << 1;
    QTest::newRow("unterminated string") << QByteArray("x\n  {{ getv \"/a }}\n") << 2 << 11;
    QTest::newRow("string ends at backslash-newline") << QByteArray("{{ \"a\\\n\" }}") << 1 << 4;
    QTest::newRow("unterminated raw string") << QByteArray("{{ getv `/a }}\n\n") << 1 << 9;
    QTest::newRow("unterminated character") << QByteArray("{{ 'a }}") << 1 << 4;
    QTest::newRow("unclosed comment") << QByteArray("ok\n{{/* never closed }}") << 2 << 1;
    QTest::newRow("comment ends before delimiter") << QByteArray("{{/* c */ x }}") << 1 << 10;
    QTest::newRow("unclosed parenthesis") << QByteArray("{{ getv (printf \"/a\" }}") << 1 << 9;
    QTest::newRow("extra right parenthesis") << QByteArray("{{ getv \"/a\") }}") << 1 << 13;
    QTest::newRow("end without opener") << QByteArray("text\n{{ end }}") << 2 << 4;
    QTest::newRow("end with argument") << QByteArray("{{ if 1 }}{{ end 2 }}") << 1 << 18;
    QTest::newRow("if without end") << QByteArray("{{ if .A }}\nx\n") << 1 << 4;
    QTest::newRow("range without end") << QByteArray("a\n{{ range gets \"/a/*\" }}") << 2 << 4;
    QTest::newRow("with without end") << QByteArray("{{with .A}}{{.}}") << 1 << 3;
    QTest::newRow("define without end") << QByteArray("{{ define \"x\" }}") << 1 << 4;
    QTest::newRow("block without end") << QByteArray("{{ block \"x\" . }}") << 1 << 4;
    QTest::newRow("inner if without end")
        << QByteArray("{{ range .A }}\n{{ if .B }}\n{{ end }}") << 1 << 4;
    QTest::newRow("else outside") << QByteArray("\n\n{{ else }}") << 3 << 4;
    QTest::newRow("else in define")
        << QByteArray("{{ define \"d\" }}{{ else }}{{ end }}") << 1 << 20;
    QTest::newRow("else after else") << QByteArray("{{if .A}}{{else}}\n{{else}}{{end}}") << 2 << 3;
    QTest::newRow("else followed by garbage")
        << QByteArray("{{if .A}}{{else range .B}}{{end}}") << 1 << 17;
    QTest::newRow("empty action") << QByteArray("{{ }}") << 1 << 1;
    QTest::newRow("if without value") << QByteArray("{{ if }}{{ end }}") << 1 << 4;
    QTest::newRow("else if without value")
        << QByteArray("{{ if 1 }}{{ else if }}{{ end }}") << 1 << 19;
    QTest::newRow("define inside if")
        << QByteArray("{{ if .A }}{{ define \"x\" }}{{ end }}{{ end }}") << 1 << 15;
    QTest::newRow("define without name") << QByteArray("{{ define }}{{ end }}") << 1 << 4;
    QTest::newRow("template without name") << QByteArray("{{ template . }}") << 1 << 4;
    QTest::newRow("break outside range") << QByteArray("{{ if 1 }}{{ break }}{{ end }}") << 1 << 14;
    QTest::newRow("unexpected character") << QByteArray("{{ getv @ }}") << 1 << 9;
    QTest::newRow("invalid escape") << QByteArray("{{ getv \"/a\\q\" }}") << 1 << 12;
}

void TemplateKeyExtractorTest::broken()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);

    Problems problems;
    TemplateKeyExtractor::extract(text, QStringLiteral("/ws/t.tmpl"), QString(), &problems);
    QVERIFY2(!problems.isEmpty(), "a broken template must produce a problem");
    const Problem &first = problems.first();
    QCOMPARE(first.severity, Problem::Severity::Error);
    QVERIFY2(first.line == line && first.column == column, qPrintable(dump(problems)));
    QVERIFY(!first.message.isEmpty());
}

void TemplateKeyExtractorTest::keepsGoingAfterAnError()
{
    const QByteArray text
        = "{{ end }}\n{{ getv \"/bad }}\n{{ getv (\"/x\" }}\n{{ getv \"/after\" }}\n";
    Problems problems;
    const QList<TemplateKey> keys
        = TemplateKeyExtractor::extract(text, QStringLiteral("/ws/t.tmpl"), QString(), &problems);
    QCOMPARE(describe(keys), QStringList {"getv /after 4"});
    QCOMPARE(count(problems, Problem::Severity::Error), 3);
    QCOMPARE(problems.at(0).line, 1);
    QCOMPARE(problems.at(1).line, 2);
    QCOMPARE(problems.at(2).line, 3);
}

void TemplateKeyExtractorTest::problemsNameTheFile()
{
    Problems problems;
    TemplateKeyExtractor::extract("{{ if 1 }}", QStringLiteral("/ws/a/templates/x.tmpl"), QString(),
                                  &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().file, QStringLiteral("/ws/a/templates/x.tmpl"));
    QVERIFY(problems.first().toString().startsWith(QLatin1String("/ws/a/templates/x.tmpl:1:4: ")));
    // A null problem list is allowed: callers that only want keys pass nothing.
    QCOMPARE(
        TemplateKeyExtractor::extract("{{ getv \"/a\" }}{{ end }}", QString(), QString(), nullptr)
            .size(),
        1);
}

void TemplateKeyExtractorTest::storeFunctions()
{
    for (const char *name : {"getv", "getvs", "gets", "get", "ls", "lsdir", "exists", "cget",
                             "cgets", "cgetv", "cgetvs"})
        QVERIFY2(TemplateKeyExtractor::isStoreFunction(QLatin1String(name)), name);
    for (const char *name : {"printf", "split", "json", "getenv", "Getv", ""})
        QVERIFY2(!TemplateKeyExtractor::isStoreFunction(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TemplateKeyExtractorTest)
#include "TemplateKeyExtractorTest.moc"
