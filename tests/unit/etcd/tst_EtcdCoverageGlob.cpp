#include "etcd/EtcdGlob.h"

#include <QTest>

using ws::EtcdGlob;

// EtcdGlob against Go's path.Match: the cases of Go's own match_test.go, plus the key shapes
// confd templates use.
class tst_EtcdCoverageGlob : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<bool>("bad");

        // From Go's path/match_test.go.
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("abc") << true << false;
        QTest::newRow("*") << QByteArray("*") << QByteArray("abc") << true << false;
        QTest::newRow("*c") << QByteArray("*c") << QByteArray("abc") << true << false;
        QTest::newRow("a*") << QByteArray("a*") << QByteArray("a") << true << false;
        QTest::newRow("a* abc") << QByteArray("a*") << QByteArray("abc") << true << false;
        QTest::newRow("a* ab/c") << QByteArray("a*") << QByteArray("ab/c") << false << false;
        QTest::newRow("a*/b") << QByteArray("a*/b") << QByteArray("abc/b") << true << false;
        QTest::newRow("a*/b no") << QByteArray("a*/b") << QByteArray("a/c/b") << false << false;
        QTest::newRow("a*b*c*d*e*/f")
            << QByteArray("a*b*c*d*e*/f") << QByteArray("axbxcxdxe/f") << true << false;
        QTest::newRow("a*b*c*d*e*/f 2")
            << QByteArray("a*b*c*d*e*/f") << QByteArray("axbxcxdxexxx/f") << true << false;
        QTest::newRow("a*b*c*d*e*/f 3")
            << QByteArray("a*b*c*d*e*/f") << QByteArray("axbxcxdxe/xxx/f") << false << false;
        QTest::newRow("a*b*c*d*e*/f 4")
            << QByteArray("a*b*c*d*e*/f") << QByteArray("axbxcxdxexxx/fff") << false << false;
        QTest::newRow("a*b?c*x") << QByteArray("a*b?c*x") << QByteArray("abxbbxdbxebxczzx") << true
                                 << false;
        QTest::newRow("a*b?c*x no")
            << QByteArray("a*b?c*x") << QByteArray("abxbbxdbxebxczzy") << false << false;
        QTest::newRow("ab[c]") << QByteArray("ab[c]") << QByteArray("abc") << true << false;
        QTest::newRow("ab[b-d]") << QByteArray("ab[b-d]") << QByteArray("abc") << true << false;
        QTest::newRow("ab[e-g]") << QByteArray("ab[e-g]") << QByteArray("abc") << false << false;
        QTest::newRow("ab[^c]") << QByteArray("ab[^c]") << QByteArray("abc") << false << false;
        QTest::newRow("ab[^b-d]") << QByteArray("ab[^b-d]") << QByteArray("abc") << false << false;
        QTest::newRow("ab[^e-g]") << QByteArray("ab[^e-g]") << QByteArray("abc") << true << false;
        QTest::newRow("a\\*b") << QByteArray("a\\*b") << QByteArray("a*b") << true << false;
        QTest::newRow("a\\*b no") << QByteArray("a\\*b") << QByteArray("ab") << false << false;
        QTest::newRow("a?b utf8") << QByteArray("a?b")
                                  << QByteArray("a\xe2\x98\xba"
                                                "b")
                                  << true << false;
        QTest::newRow("a[^a]b utf8") << QByteArray("a[^a]b")
                                     << QByteArray("a\xe2\x98\xba"
                                                   "b")
                                     << true << false;
        QTest::newRow("a???b") << QByteArray("a???b")
                               << QByteArray("a\xe2\x98\xba"
                                             "b")
                               << false << false;
        QTest::newRow("a[^a][^a][^a]b") << QByteArray("a[^a][^a][^a]b")
                                        << QByteArray("a\xe2\x98\xba"
                                                      "b")
                                        << false << false;
        QTest::newRow("[a-z]") << QByteArray("[a-\xce\xb6]*") << QByteArray("\xce\xb1") << true
                               << false;
        QTest::newRow("*[a-z]") << QByteArray("*[a-\xce\xb6]") << QByteArray("A") << false << false;
        QTest::newRow("a?b slash") << QByteArray("a?b") << QByteArray("a/b") << false << false;
        QTest::newRow("a*b slash") << QByteArray("a*b") << QByteArray("a/b") << false << false;
        QTest::newRow("[\\]a]") << QByteArray("[\\]a]") << QByteArray("]") << true << false;
        QTest::newRow("[\\-]") << QByteArray("[\\-]") << QByteArray("-") << true << false;
        QTest::newRow("[x\\-]") << QByteArray("[x\\-]") << QByteArray("x") << true << false;
        QTest::newRow("[x\\-] -") << QByteArray("[x\\-]") << QByteArray("-") << true << false;
        QTest::newRow("[x\\-] z") << QByteArray("[x\\-]") << QByteArray("z") << false << false;
        QTest::newRow("[\\-x]") << QByteArray("[\\-x]") << QByteArray("x") << true << false;
        QTest::newRow("[\\-x] a") << QByteArray("[\\-x]") << QByteArray("a") << false << false;
        QTest::newRow("[]a] bad") << QByteArray("[]a]") << QByteArray("]") << false << true;
        QTest::newRow("[-] bad") << QByteArray("[-]") << QByteArray("-") << false << true;
        QTest::newRow("[x-] bad") << QByteArray("[x-]") << QByteArray("x") << false << true;
        QTest::newRow("[-x] bad") << QByteArray("[-x]") << QByteArray("x") << false << true;
        QTest::newRow("\\ bad") << QByteArray("\\") << QByteArray("a") << false << true;
        QTest::newRow("[a-b-c] bad") << QByteArray("[a-b-c]") << QByteArray("a") << false << true;
        QTest::newRow("[ bad") << QByteArray("[") << QByteArray("a") << false << true;
        QTest::newRow("[^ bad") << QByteArray("[^") << QByteArray("a") << false << true;
        QTest::newRow("[^bc bad") << QByteArray("[^bc") << QByteArray("a") << false << true;
        QTest::newRow("a[ bad") << QByteArray("a[") << QByteArray("a") << false << true;
        QTest::newRow("a[ ab") << QByteArray("a[") << QByteArray("ab") << false << true;
        QTest::newRow("a[ x") << QByteArray("a[") << QByteArray("x") << false << true;
        QTest::newRow("a/b[ bad") << QByteArray("a/b[") << QByteArray("x") << false << true;
        QTest::newRow("* x") << QByteArray("*x") << QByteArray("xxx") << true << false;

        // Keys the way confd templates read them.
        QTest::newRow("hosts/*") << QByteArray("/services/rabbitmq/hosts/*")
                                 << QByteArray("/services/rabbitmq/hosts/node1:5672") << true
                                 << false;
        QTest::newRow("hosts/* deeper")
            << QByteArray("/services/rabbitmq/hosts/*")
            << QByteArray("/services/rabbitmq/hosts/a/b") << false << false;
        QTest::newRow("hosts/* folder itself")
            << QByteArray("/services/rabbitmq/hosts/*") << QByteArray("/services/rabbitmq/hosts/")
            << true << false;
        QTest::newRow("*/enabled")
            << QByteArray("/services/api/config/features/*/enabled")
            << QByteArray("/services/api/config/features/x/enabled") << true << false;
        QTest::newRow("*/* two levels")
            << QByteArray("/q/*/*") << QByteArray("/q/a/b") << true << false;
        QTest::newRow("*/* one level")
            << QByteArray("/q/*/*") << QByteArray("/q/a") << false << false;
        QTest::newRow("NUL byte") << QByteArray("/a/*") << QByteArray("/a/x\0y", 6) << true
                                  << false;
        QTest::newRow("invalid utf8 ?")
            << QByteArray("/a/?") << QByteArray("/a/\xff") << true << false;
        QTest::newRow("empty both") << QByteArray() << QByteArray() << true << false;
        QTest::newRow("empty pattern") << QByteArray() << QByteArray("a") << false << false;
    }

    void match()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, name);
        QFETCH(bool, matched);
        QFETCH(bool, bad);
        bool badPattern = !bad;
        QCOMPARE(EtcdGlob::match(pattern, name, &badPattern), matched);
        QCOMPARE(badPattern, bad);
        QCOMPARE(EtcdGlob::isValid(pattern), !bad);
    }

    void literalPrefix_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("isPattern");
        QTest::newRow("plain") << QByteArray("/a/b") << QByteArray("/a/b") << false;
        QTest::newRow("star") << QByteArray("/a/*/c") << QByteArray("/a/") << true;
        QTest::newRow("question") << QByteArray("/a/b?") << QByteArray("/a/b") << true;
        QTest::newRow("class") << QByteArray("/a/[bc]") << QByteArray("/a/") << true;
        QTest::newRow("escape") << QByteArray("/a\\*/b*") << QByteArray("/a*/b") << true;
        QTest::newRow("trailing escape") << QByteArray("/a\\") << QByteArray("/a") << true;
    }

    void literalPrefix()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, prefix);
        QFETCH(bool, isPattern);
        QCOMPARE(EtcdGlob::literalPrefix(pattern), prefix);
        QCOMPARE(EtcdGlob::isPattern(pattern), isPattern);
    }
};

QTEST_APPLESS_MAIN(tst_EtcdCoverageGlob)
#include "tst_EtcdCoverageGlob.moc"
