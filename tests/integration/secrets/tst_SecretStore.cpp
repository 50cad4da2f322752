// SecretStore against a real gnome-keyring-daemon in a private D-Bus session: the test runs
// through tests/fixtures/with-keyring.sh, which fails (never skips) when the keyring cannot start.
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ws;

namespace {

// Every Qt log message of the test run, to check that no secret is ever logged.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // Waits for a job started by the store; keeps it alive (no auto-delete) for the checks.
    static std::unique_ptr<SecretJob> finish(SecretJob *job)
    {
        job->setAutoDelete(false);
        std::unique_ptr<SecretJob> owned(job);
        if (!job->isFinished()) {
            QSignalSpy spy(job, &SecretJob::finished);
            // A bound so a hung keyring fails the test instead of hanging ctest.
            if (!spy.wait(30000))
                qWarning("the keychain job did not finish");
        }
        return owned;
    }

    static QByteArray uniqueSecret()
    {
        return "wst-secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }

    QString m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qEnvironmentVariable("WHALESTACK_KEYRING_HOME");
        QVERIFY2(!m_home.isEmpty(),
                 "run this test through tests/fixtures/with-keyring.sh (ctest does)");
        QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(m_home));
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void writeReadOverwriteRemove()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        // Binary on purpose: NUL and non-UTF-8 bytes must survive the round trip.
        const QByteArray first = QByteArray("pass\0word\xff\x01", 11);
        const QByteArray second = uniqueSecret();
        const QString key = QStringLiteral("etcd/prod");

        auto job = finish(store.write(key, first));
        QCOMPARE(job->operation(), SecretJob::Operation::Write);
        QCOMPARE(job->key(), key);
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));

        job = finish(store.read(key));
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));
        QCOMPARE(job->secret(), first);

        job = finish(store.write(key, second));
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));
        job = finish(store.read(key));
        QCOMPARE(job->secret(), second);

        job = finish(store.remove(key));
        QCOMPARE(job->operation(), SecretJob::Operation::Remove);
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));

        job = finish(store.read(key));
        QCOMPARE(job->error(), SecretJob::Error::NotFound);
        QVERIFY(job->secret().isEmpty());
        QVERIFY(job->errorString().contains(key));
    }

    void readMissingIsNotFound()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        auto job
            = finish(store.read(QStringLiteral("never-written/") + QUuid::createUuid().toString()));
        QCOMPARE(job->error(), SecretJob::Error::NotFound);
        QVERIFY(!job->errorString().isEmpty());
    }

    void removeMissingSucceeds()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        auto job = finish(
            store.remove(QStringLiteral("never-written/") + QUuid::createUuid().toString()));
        // Removing is idempotent: the entry is gone either way.
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));
    }

    void servicesAreSeparate()
    {
        SecretStore ours(QStringLiteral("whalestack-test"));
        SecretStore other(QStringLiteral("whalestack-test-other"));
        const QString key = QStringLiteral("registry/token");
        auto job = finish(ours.write(key, "ours"));
        QCOMPARE(job->error(), SecretJob::Error::None);
        job = finish(other.read(key));
        QCOMPARE(job->error(), SecretJob::Error::NotFound);
        job = finish(ours.remove(key));
        QCOMPARE(job->error(), SecretJob::Error::None);
    }

    void emptyKeyFailsFromTheEventLoop()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        SecretJob *job = store.read(QString());
        job->setAutoDelete(false);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(!job->isFinished()); // reported later, so a caller can connect first
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->error(), SecretJob::Error::Other);
        QVERIFY(!job->errorString().isEmpty());
        delete job;
    }

    void jobDeletesItselfAfterFinished()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        QPointer<SecretJob> job = store.read(QStringLiteral("auto-delete"));
        QSignalSpy spy(job.data(), &SecretJob::finished);
        QVERIFY(spy.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 30000);
    }

    void storeDeletedWhileJobsRun()
    {
        // The keychain jobs outlive their SecretJob; nothing may touch freed memory (ASan).
        auto store = std::make_unique<SecretStore>(QStringLiteral("whalestack-test"));
        QPointer<SecretJob> write = store->write(QStringLiteral("abandoned"), "x");
        QPointer<SecretJob> read = store->read(QStringLiteral("abandoned"));
        store.reset();
        QVERIFY(write.isNull());
        QVERIFY(read.isNull());
        // The keychain still works afterwards: the abandoned jobs ran to their end.
        SecretStore next(QStringLiteral("whalestack-test"));
        auto job = finish(next.remove(QStringLiteral("abandoned")));
        QVERIFY(job->isFinished());
        job = finish(next.read(QStringLiteral("abandoned")));
        QCOMPARE(job->error(), SecretJob::Error::NotFound);
    }

    // DESIGN.md: "Credentials live in the system keychain, never in settings files, logs or
    // crash output".
    void secretNeverInSettingsFiles()
    {
        const QByteArray secret = uniqueSecret();
        ConnectionProfile profile;
        profile.name = QStringLiteral("production etcd");
        profile.kind = ConnectionProfile::Kind::Etcd;
        profile.endpoints = {QStringLiteral("https://10.0.0.1:2379")};
        profile.username = QStringLiteral("root");
        profile.secretRef = QStringLiteral("profiles/production-etcd");

        ProfileStore profiles; // the default path, inside the temporary XDG_CONFIG_HOME
        QVERIFY(profiles.filePath().startsWith(m_home));
        profiles.setProfile(profile);
        const auto problem = profiles.save();
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        QVERIFY(profiles.save() == std::nullopt); // a second save leaves a .bak too

        AppSettings settings;
        QVERIFY(settings.filePath().startsWith(m_home));
        settings.addRecentWorkspace(m_home);
        QVERIFY(settings.sync());

        SecretStore store; // the application's own service name
        auto job = finish(store.write(profile.secretRef, secret));
        QVERIFY2(job->error() == SecretJob::Error::None, qPrintable(job->errorString()));
        job = finish(store.read(profile.secretRef));
        QCOMPARE(job->secret(), secret);
        job.reset();

        int scanned = 0;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets in the runtime folder
            const QByteArray contents = file.readAll();
            ++scanned;
            QVERIFY2(!contents.contains(secret),
                     qPrintable(path + QLatin1String(" holds the secret")));
            QVERIFY2(!contents.contains(secret.toBase64()),
                     qPrintable(path + QLatin1String(" holds the secret in base64")));
            QVERIFY2(!contents.contains(secret.toHex()),
                     qPrintable(path + QLatin1String(" holds the secret in hex")));
        }
        // The profiles, their backup, the settings and the keyring itself were all read.
        QVERIFY2(scanned >= 4, qPrintable(QString::number(scanned)));
        QVERIFY(QFile::exists(profiles.filePath()));
        QVERIFY(QFile::exists(profiles.backupFilePath()));
        QVERIFY(QFile::exists(settings.filePath()));

        job = finish(store.remove(profile.secretRef));
        QCOMPARE(job->error(), SecretJob::Error::None);

        // Nor in the log: a warning from QtKeychain or from us with the value would show here.
        qWarning("a message of our own, so the check below is known to see the log");
        QVERIFY(!g_messages.isEmpty());
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.toUtf8().contains(secret), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
