// SecretStore when no keychain service can be reached (no session bus): every job fails with
// NoBackend and a message saying what to start, and nothing falls back to a plain file.
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ws;

class TestSecretStoreWithoutKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretStoreWithoutKeychain(const QString &home) : m_home(home) { }

private:
    static std::unique_ptr<SecretJob> finish(SecretJob *job)
    {
        job->setAutoDelete(false);
        std::unique_ptr<SecretJob> owned(job);
        QSignalSpy spy(job, &SecretJob::finished);
        if (!job->isFinished() && !spy.wait(30000))
            qWarning("the keychain job did not finish");
        return owned;
    }

    QString m_home;

private Q_SLOTS:
    void everyOperationReportsNoBackend_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("read") << int(SecretJob::Operation::Read);
        QTest::newRow("write") << int(SecretJob::Operation::Write);
        QTest::newRow("remove") << int(SecretJob::Operation::Remove);
    }

    void everyOperationReportsNoBackend()
    {
        QFETCH(int, operation);
        SecretStore store(QStringLiteral("whalestack-test"));
        const QString key = QStringLiteral("profiles/offline");
        SecretJob *started = nullptr;
        switch (SecretJob::Operation(operation)) {
        case SecretJob::Operation::Read:
            started = store.read(key);
            break;
        case SecretJob::Operation::Write:
            started = store.write(key, "never-stored-anywhere");
            break;
        case SecretJob::Operation::Remove:
            started = store.remove(key);
            break;
        }
        auto job = finish(started);
        QVERIFY(job->isFinished());
        QCOMPARE(job->error(), SecretJob::Error::NoBackend);
        QVERIFY2(job->errorString().contains(QLatin1String("gnome-keyring")),
                 qPrintable(job->errorString()));
        QVERIFY(job->secret().isEmpty());
    }

    void noPlainFileFallback()
    {
        SecretStore store(QStringLiteral("whalestack-test"));
        auto job = finish(store.write(QStringLiteral("fallback"), "never-stored-anywhere"));
        QCOMPARE(job->error(), SecretJob::Error::NoBackend);
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
    }
};

int main(int argc, char **argv)
{
    // Before QCoreApplication and QtDBus read them: a bus address that leads nowhere, and a
    // home of our own, where a plain-file fallback would show up.
    QTemporaryDir home;
    if (!home.isValid()) {
        qCritical("cannot create a temporary folder: %s", qPrintable(home.errorString()));
        return 1;
    }
    qputenv(
        "DBUS_SESSION_BUS_ADDRESS",
        QFile::encodeName(QLatin1String("unix:path=") + home.path() + QLatin1String("/no-bus")));
    qunsetenv("DISPLAY");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QLatin1String("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QLatin1String("/data")));
    QCoreApplication app(argc, argv);
    TestSecretStoreWithoutKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SecretStoreWithoutKeychain.moc"
