// RegistryCredentialSource against a real gnome-keyring in a private D-Bus session (the test
// runs through tests/fixtures/with-keyring.sh): the keychain entry wins, the Docker
// configuration is the fallback, nothing anywhere is anonymous, and a broken keychain entry is
// an error that never quotes it.
#include "DockerdFixture.h"
#include "build/RegistryCredentialSource.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ws;

namespace {

struct Answer
{
    bool called = false;
    RegistryCredentials credentials;
    QString error;
};

bool writeSecret(SecretStore &store, const QString &key, const QByteArray &secret)
{
    SecretJob *job = store.write(key, secret);
    job->setAutoDelete(false);
    std::unique_ptr<SecretJob> owned(job);
    QSignalSpy done(job, &SecretJob::finished);
    return (job->isFinished() || done.wait(30'000)) && job->error() == SecretJob::Error::None;
}

} // namespace

class TestRegistryCredentialSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainEntryWins();
    void dockerConfigIsTheFallback();
    void nothingAnywhereIsAnonymous();
    void brokenKeychainEntryIsAnErrorWithoutTheSecret();
    void withoutStoreUsesDockerConfig();
    void cliLoginStoresAndLogoutRemoves();
    void cliLoginRefusesPasswordOnTheCommandLine();
    void cliBuildPushAsksTheKeychain();

private:
    int cli(const QStringList &args, const QByteArray &input, QByteArray *output);
    Answer lookup(RegistryCredentialSource &source, const QString &registry);
    QProcessEnvironment envWithConfig(const QByteArray &configJson);

    QTemporaryDir m_dir;
    QString m_service;
};

void TestRegistryCredentialSource::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("WHALESTACK_KEYRING_HOME").isEmpty(),
             "run this test through tests/fixtures/with-keyring.sh (ctest does)");
    QVERIFY(m_dir.isValid());
    // A service of its own: never the user's "whalestack" entries.
    m_service = QStringLiteral("whalestack-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

Answer TestRegistryCredentialSource::lookup(RegistryCredentialSource &source,
                                            const QString &registry)
{
    auto answer = std::make_shared<Answer>();
    source.function()(registry, [answer](const RegistryCredentials &c, const QString &error) {
        answer->called = true;
        answer->credentials = c;
        answer->error = error;
    });
    [[maybe_unused]] const bool done
        = QTest::qWaitFor([&answer] { return answer->called; }, 30'000);
    return *answer;
}

QProcessEnvironment TestRegistryCredentialSource::envWithConfig(const QByteArray &configJson)
{
    const QString folder = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    QDir().mkpath(folder);
    if (!configJson.isEmpty()) {
        QFile f(folder + QStringLiteral("/config.json"));
        if (f.open(QIODevice::WriteOnly))
            f.write(configJson);
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_CONFIG"), folder);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    return env;
}

void TestRegistryCredentialSource::keychainEntryWins()
{
    SecretStore store(m_service);
    const QString registry = QStringLiteral("registry.example:5000");
    QVERIFY(writeSecret(store, RegistryCredentialSource::keyFor(registry),
                        R"({"username":"alice","password":"from-keychain"})"));
    // config.json has other credentials for the same registry: the keychain is asked first.
    RegistryCredentialSource source(
        &store,
        envWithConfig(R"({"auths":{"registry.example:5000":{"auth":"Ym9iOmZyb20tY29uZmln"}}})"));
    const Answer answer = lookup(source, registry);
    QVERIFY(answer.called);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.username, QStringLiteral("alice"));
    QCOMPARE(answer.credentials.password, QStringLiteral("from-keychain"));
    QCOMPARE(answer.credentials.serverAddress, registry);
}

void TestRegistryCredentialSource::dockerConfigIsTheFallback()
{
    SecretStore store(m_service);
    // "bob:from-config"
    RegistryCredentialSource source(
        &store, envWithConfig(R"({"auths":{"other.example":{"auth":"Ym9iOmZyb20tY29uZmln"}}})"));
    const Answer answer = lookup(source, QStringLiteral("other.example"));
    QVERIFY(answer.called);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.username, QStringLiteral("bob"));
    QCOMPARE(answer.credentials.password, QStringLiteral("from-config"));
}

void TestRegistryCredentialSource::nothingAnywhereIsAnonymous()
{
    SecretStore store(m_service);
    RegistryCredentialSource source(&store, envWithConfig({}));
    const Answer answer = lookup(source, QStringLiteral("nowhere.example"));
    QVERIFY(answer.called);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.credentials.isAnonymous());
}

void TestRegistryCredentialSource::brokenKeychainEntryIsAnErrorWithoutTheSecret()
{
    SecretStore store(m_service);
    const QString registry = QStringLiteral("broken.example");
    QVERIFY(writeSecret(store, RegistryCredentialSource::keyFor(registry),
                        "alice:plain-secret-not-json"));
    RegistryCredentialSource source(&store, envWithConfig({}));
    const Answer answer = lookup(source, registry);
    QVERIFY(!answer.error.isEmpty());
    QVERIFY(answer.error.contains(RegistryCredentialSource::keyFor(registry)));
    QVERIFY(!answer.error.contains(QLatin1String("plain-secret")));
    QVERIFY(answer.credentials.isAnonymous());
}

void TestRegistryCredentialSource::withoutStoreUsesDockerConfig()
{
    RegistryCredentialSource source(
        nullptr,
        envWithConfig(R"({"auths":{"plain.example":{"username":"carol","password":"pw"}}})"));
    const Answer answer = lookup(source, QStringLiteral("plain.example"));
    QVERIFY(answer.called);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.username, QStringLiteral("carol"));
}

int TestRegistryCredentialSource::cli(const QStringList &args, const QByteArray &input,
                                      QByteArray *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WHALESTACK_KEYCHAIN_SERVICE"), m_service);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(WHALESTACK_CLI), args);
    if (!process.waitForStarted(30'000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        return -1;
    *output = process.readAll();
    return process.exitCode();
}

void TestRegistryCredentialSource::cliLoginStoresAndLogoutRemoves()
{
    const QString registry = QStringLiteral("login.example:5000");
    QByteArray output;
    QCOMPARE(cli({QStringLiteral("login"), registry, QStringLiteral("--username"),
                  QStringLiteral("dave"), QStringLiteral("--password-stdin")},
                 "cli-secret-42\n", &output),
             0);
    QVERIFY2(!output.contains("cli-secret-42"), output.constData());

    SecretStore store(m_service);
    RegistryCredentialSource source(&store, envWithConfig({}));
    Answer answer = lookup(source, registry);
    QVERIFY(answer.called);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.credentials.username, QStringLiteral("dave"));
    QCOMPARE(answer.credentials.password, QStringLiteral("cli-secret-42"));

    QCOMPARE(cli({QStringLiteral("logout"), registry}, {}, &output), 0);
    answer = lookup(source, registry);
    QVERIFY(answer.called);
    QVERIFY(answer.credentials.isAnonymous());
}

void TestRegistryCredentialSource::cliLoginRefusesPasswordOnTheCommandLine()
{
    QByteArray output;
    // Without --password-stdin there is no way to give the password: a usage error.
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("x.example"),
                  QStringLiteral("--username"), QStringLiteral("eve")},
                 {}, &output),
             2);
    QVERIFY(output.contains("--password-stdin"));
    // An empty stdin is not a password.
    QCOMPARE(
        cli({QStringLiteral("login"), QStringLiteral("x.example"), QStringLiteral("--username"),
             QStringLiteral("eve"), QStringLiteral("--password-stdin")},
            "\n", &output),
        1);
}

void TestRegistryCredentialSource::cliBuildPushAsksTheKeychain()
{
    // A build that pushes looks in the keychain first: a broken entry for the registry fails
    // the push with a message naming the entry (and never quoting it), after a real build.
    test::DockerdFixture dockerd;
    QVERIFY2(dockerd.start(), qPrintable(dockerd.failureReason()));
    const QString registry = QStringLiteral("127.0.0.1:1");
    SecretStore store(m_service);
    QVERIFY(writeSecret(store, RegistryCredentialSource::keyFor(registry), "not-json-secret-7"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WHALESTACK_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("DOCKER_HOST"), dockerd.hostUrl());
    env.insert(QStringLiteral("WHALESTACK_HISTORY"), m_dir.filePath(QStringLiteral("h.sqlite")));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("no-config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WHALESTACK_CLI),
                  {QStringLiteral("build"), QStringLiteral(WHALESTACK_RESOURCES "/workspaces/demo"),
                   QStringLiteral("whalestack/demo-base:1.0"), QStringLiteral("--network"),
                   QStringLiteral("none"), QStringLiteral("--logs"),
                   m_dir.filePath(QStringLiteral("logs")), QStringLiteral("--push"), registry,
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(600'000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject image = QJsonDocument::fromJson(out)
                                  .object()
                                  .value(QLatin1String("images"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(image.value(QLatin1String("state")).toString(), QStringLiteral("built"));
    QCOMPARE(image.value(QLatin1String("push_state")).toString(), QStringLiteral("failed"));
    QVERIFY2(image.value(QLatin1String("push_error"))
                 .toString()
                 .contains(RegistryCredentialSource::keyFor(registry)),
             out.constData());
    QVERIFY(!out.contains("not-json-secret-7") && !err.contains("not-json-secret-7"));
}

QTEST_GUILESS_MAIN(TestRegistryCredentialSource)
#include "tst_RegistryCredentialSource.moc"
