// ProbeCredentialSource against a real gnome-keyring (run through with-keyring.sh): both entry
// shapes read, a missing entry gives no credentials and no error, a malformed one an error that
// names it and never quotes it; overlapping lookups read the keychain once. Then end to end:
// the scheduler reads an etcd login from the keychain for a target with a secretRef, the probe
// signs in, and the password appears in no result, history row or log line.
#include "EtcdFixture.h"

#include "infra/ProbeCredentialSource.h"
#include "infra/ProbeHistory.h"
#include "infra/ProbeScheduler.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

const char kService[] = "whalestack-probe-test";

} // namespace

class tst_ProbeCredentialSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void shapes();
    void schedulerSignsInWithoutLeaking();

private:
    bool write(SecretStore &store, const QString &key, const QByteArray &secret);
    struct Answer
    {
        bool done = false;
        ProbeCredentials credentials;
        QString error;
    };
    Answer lookup(ProbeCredentialSource &source, const QString &key);
};

void tst_ProbeCredentialSource::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WHALESTACK_KEYRING_HOME"),
             "run this test through tests/fixtures/with-keyring.sh (ctest does)");
    g_previous = qInstallMessageHandler(recordMessage);
}

bool tst_ProbeCredentialSource::write(SecretStore &store, const QString &key,
                                      const QByteArray &secret)
{
    SecretJob *job = store.write(key, secret);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    const bool ok
        = (job->isFinished() || spy.wait(30'000)) && job->error() == SecretJob::Error::None;
    if (!ok)
        qWarning("write %s: %s", qPrintable(key), qPrintable(job->errorString()));
    delete job;
    return ok;
}

tst_ProbeCredentialSource::Answer tst_ProbeCredentialSource::lookup(ProbeCredentialSource &source,
                                                                    const QString &key)
{
    Answer a;
    source.lookup(key, this, [&a](const ProbeCredentials &c, const QString &e) {
        a.done = true;
        a.credentials = c;
        a.error = e;
    });
    // The caller checks a.done: a QVERIFY here could not return the answer.
    if (!QTest::qWaitFor([&a] { return a.done; }, 30'000))
        qWarning("no answer for %s within 30 s", qPrintable(key));
    return a;
}

void tst_ProbeCredentialSource::shapes()
{
    SecretStore store(QString::fromLatin1(kService));
    QVERIFY(write(store, QStringLiteral("lab/mysql"),
                  R"({"username":"monitor","password":"Pw-one-SECRET"})"));
    QVERIFY(write(store, QStringLiteral("lab/pdns"), R"({"api_key":"Key-two-SECRET"})"));
    QVERIFY(write(store, QStringLiteral("lab/broken"), "Pw-three-SECRET"));

    ProbeCredentialSource source(&store);
    Answer a = lookup(source, QStringLiteral("lab/mysql"));
    QVERIFY(a.done);
    QVERIFY(a.error.isEmpty());
    QCOMPARE(a.credentials.username, QStringLiteral("monitor"));
    QCOMPARE(a.credentials.password, QStringLiteral("Pw-one-SECRET"));
    a = lookup(source, QStringLiteral("lab/pdns"));
    QCOMPARE(a.credentials.apiKey, QStringLiteral("Key-two-SECRET"));
    a = lookup(source, QStringLiteral("lab/missing"));
    QVERIFY(a.error.isEmpty());
    QVERIFY(a.credentials.isEmpty());
    a = lookup(source, QStringLiteral("lab/broken"));
    QVERIFY(a.credentials.isEmpty());
    QVERIFY(a.error.contains(QStringLiteral("lab/broken")));
    QVERIFY(!a.error.contains(QStringLiteral("SECRET")));

    // Kept for a while: a changed entry is seen after clear().
    QVERIFY(write(store, QStringLiteral("lab/pdns"), R"({"api_key":"Key-four-SECRET"})"));
    QCOMPARE(lookup(source, QStringLiteral("lab/pdns")).credentials.apiKey,
             QStringLiteral("Key-two-SECRET"));
    source.clear();
    QCOMPARE(lookup(source, QStringLiteral("lab/pdns")).credentials.apiKey,
             QStringLiteral("Key-four-SECRET"));

    // Overlapping lookups of one entry: one read, every caller answered.
    source.clear();
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        source.lookup(QStringLiteral("lab/mysql"), this,
                      [&](const ProbeCredentials &c, const QString &) {
                          answered += c.username == QLatin1String("monitor") ? 1 : 0;
                      });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 30'000);

    // A caller gone before the answer is not called.
    auto *gone = new QObject;
    bool calledGone = false;
    source.clear();
    source.lookup(QStringLiteral("lab/mysql"), gone,
                  [&](const ProbeCredentials &, const QString &) { calledGone = true; });
    delete gone;
    lookup(source, QStringLiteral("lab/mysql"));
    QVERIFY(!calledGone);

    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QStringLiteral("SECRET")), qPrintable(message));
}

void tst_ProbeCredentialSource::schedulerSignsInWithoutLeaking()
{
    test::EtcdFixture etcd;
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    QString error;
    QVERIFY2(etcd.enableAuth(&error), qPrintable(error));
    const QByteArray password = test::EtcdFixture::kRootPassword;
    SecretStore store(QString::fromLatin1(kService));
    QVERIFY(write(
        store, QStringLiteral("lab/etcd"),
        QJsonDocument(QJsonObject {{QStringLiteral("username"), QStringLiteral("root")},
                                   {QStringLiteral("password"), QString::fromLatin1(password)}})
            .toJson()));
    QVERIFY(write(store, QStringLiteral("lab/etcd-broken"), "[" + password + "]"));

    QTemporaryDir dir;
    ProbeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    ProbeCredentialSource source(&store);
    ProbeScheduler scheduler;
    scheduler.setCredentialSource(&source);
    scheduler.setHistory(&history);
    ProbeTarget withLogin;
    withLogin.kind = QStringLiteral("etcd");
    withLogin.endpoint = etcd.clientUrl().toString();
    withLogin.secretRef = QStringLiteral("lab/etcd");
    ProbeTarget broken = withLogin;
    broken.endpoint = QStringLiteral("127.0.0.1:%1").arg(etcd.clientPort());
    broken.secretRef = QStringLiteral("lab/etcd-broken");
    scheduler.setTargets({withLogin, broken});
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.probeNow();
    QVERIFY(round.wait(30'000));

    const ProbeResult good = scheduler.latest(withLogin.id());
    QCOMPARE(good.status, ProbeStatus::Up);
    // maintenance/status needs the login when auth is on: its facts show the login worked.
    QVERIFY2(!good.facts.value(QStringLiteral("leader")).toString().isEmpty(),
             qPrintable(QJsonDocument(good.toJson()).toJson()));
    const ProbeResult bad = scheduler.latest(broken.id());
    QVERIFY(bad.status != ProbeStatus::Down); // runs without credentials
    QVERIFY2(bad.detail.contains(QStringLiteral("lab/etcd-broken")), qPrintable(bad.detail));

    scheduler.stop();
    QCOMPARE(history.count(withLogin.id()), 1);
    for (const ProbeResult &r : {good, bad})
        QVERIFY(!QJsonDocument(r.toJson()).toJson().contains(password));
    // Not in the history's files either (the database, its WAL).
    QDirIterator files(dir.path(), QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password), qPrintable(f.fileName()));
        ++read;
    }
    QVERIFY(read >= 1);
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QString::fromLatin1(password)), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_ProbeCredentialSource)
#include "tst_ProbeCredentialSource.moc"
