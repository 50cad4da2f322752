// RegistryAuth against a temporary DOCKER_CONFIG: auths entries, credHelpers and credsStore
// through a small helper script (docker-credential-test, our own test peer on PATH), broken
// files, failing and silent helpers; and the X-Registry-Auth encoding.
#include "docker/RegistryAuth.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const char *kHelper = R"(#!/bin/sh
read -r registry
case "$registry" in
  helper.example:5000) printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret-42"}' "$registry" ;;
  token.example) printf '{"Username":"<token>","Secret":"id-token-7"}' ;;
  missing.example) echo "credentials not found in native keychain"; exit 1 ;;
  broken.example) echo "the keyring is locked"; exit 2 ;;
  garbage.example) echo "not json" ;;
  slow.example) exec sleep 60 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
)";

} // namespace

class tst_RegistryAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookups_data();
    void lookups();
    void brokenConfigs_data();
    void brokenConfigs();
    void helperTimeout();
    void noConfigIsAnonymous();
    void normalize_data();
    void normalize();
    void header();

private:
    RegistryCredentialsJob *lookup(const QByteArray &config, const QString &registry,
                                   RegistryAuth *auth);
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
};

void tst_RegistryAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile helper(m_dir.filePath(QStringLiteral("bin/docker-credential-test")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write(kHelper);
    helper.close();
    QVERIFY(helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QProcessEnvironment tst_RegistryAuth::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PATH"),
               m_dir.filePath(QStringLiteral("bin")) + QLatin1String(":/usr/bin:/bin"));
    return env;
}

RegistryCredentialsJob *tst_RegistryAuth::lookup(const QByteArray &config, const QString &registry,
                                                 RegistryAuth *auth)
{
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QFile file(auth->configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    file.write(config);
    file.close();
    RegistryCredentialsJob *job = auth->credentialsFor(registry);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &ApiJob::finished);
        spy.wait(20'000);
    }
    return job;
}

void tst_RegistryAuth::lookups_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");

    // "alice:s3cr:et" in base64: the password may contain colons.
    const QByteArray auths = R"({"auths":{"https://reg.example:5000/v1/":{"auth":")"
        + QByteArray("alice:s3cr:et").toBase64()
        + R"("},"plain.example":{"username":"bob","password":"pw"}}})";
    QTest::newRow("auth field, URL key") << auths << "reg.example:5000"
                                         << "alice"
                                         << "s3cr:et" << QString();
    QTest::newRow("auth field, image name") << auths << "reg.example:5000/team/app"
                                            << "alice"
                                            << "s3cr:et" << QString();
    QTest::newRow("username/password") << auths << "plain.example"
                                       << "bob"
                                       << "pw" << QString();
    QTest::newRow("no entry") << auths << "other.example" << QString() << QString() << QString();

    const QByteArray helpers
        = R"({"auths":{"missing.example":{"auth":"dTpw"}},"credHelpers":{"helper.example:5000":"test","token.example":"test","missing.example":"test"}})";
    QTest::newRow("credHelpers") << helpers << "helper.example:5000"
                                 << "helper-user"
                                 << "helper-secret-42" << QString();
    QTest::newRow("identity token")
        << helpers << "token.example" << QString() << QString() << "id-token-7";
    QTest::newRow("helper has none: auths") << helpers << "missing.example"
                                            << "u"
                                            << "p" << QString();
    QTest::newRow("credsStore") << QByteArray(R"({"credsStore":"test"})") << "helper.example:5000"
                                << "helper-user"
                                << "helper-secret-42" << QString();
    QTest::newRow("credsStore has none")
        << QByteArray(R"({"credsStore":"test"})") << "nothing.example" << QString() << QString()
        << QString();
}

void tst_RegistryAuth::lookups()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, registry);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, token);
    RegistryAuth auth(environment());
    RegistryCredentialsJob *job = lookup(config, registry, &auth);
    QVERIFY(job);
    QVERIFY(job->isFinished());
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().username, username);
    QCOMPARE(job->result().password, password);
    QCOMPARE(job->result().identityToken, token);
    QCOMPARE(job->result().isAnonymous(), username.isEmpty() && token.isEmpty());
}

void tst_RegistryAuth::brokenConfigs_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("{\"auths\": {") << "r.example"
                              << "config.json";
    QTest::newRow("array") << QByteArray("[]") << "r.example"
                           << "docker login";
    QTest::newRow("bad auth base64")
        << QByteArray(R"({"auths":{"r.example":{"auth":"%%%s3cretvalue"}}})") << "r.example"
        << "docker login r.example";
    QTest::newRow("auth without colon") << QByteArray(R"({"auths":{"r.example":{"auth":")")
            + QByteArray("nocolon").toBase64() + "\"}}}"
                                        << "r.example"
                                        << "user:password";
    QTest::newRow("helper missing") << QByteArray(R"({"credsStore":"nonexistent"})") << "r.example"
                                    << "docker-credential-nonexistent";
    QTest::newRow("helper fails") << QByteArray(R"({"credsStore":"test"})") << "broken.example"
                                  << "the keyring is locked";
    QTest::newRow("helper answers garbage")
        << QByteArray(R"({"credsStore":"test"})") << "garbage.example"
        << "Username and Secret";
}

void tst_RegistryAuth::brokenConfigs()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, registry);
    QFETCH(QString, mentions);
    RegistryAuth auth(environment());
    RegistryCredentialsJob *job = lookup(config, registry, &auth);
    QVERIFY(job);
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(auth.configPath()), qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(mentions), qPrintable(job->errorString()));
    QVERIFY(!job->errorString().contains(QLatin1String("s3cretvalue")));
}

void tst_RegistryAuth::helperTimeout()
{
    RegistryAuth auth(environment());
    auth.setHelperTimeoutMs(300);
    RegistryCredentialsJob *job = lookup(R"({"credHelpers":{"slow.example":"test"}})",
                                         QStringLiteral("slow.example"), &auth);
    QVERIFY(job && job->isFinished());
    QCOMPARE(job->error(), HttpReply::Error::Timeout);
    QVERIFY2(job->errorString().contains(QLatin1String("docker-credential-test")),
             qPrintable(job->errorString()));
}

void tst_RegistryAuth::noConfigIsAnonymous()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("nohome")));
    RegistryAuth auth(env);
    QCOMPARE(auth.configPath(), m_dir.filePath(QStringLiteral("nohome/.docker/config.json")));
    RegistryCredentialsJob *job = auth.credentialsFor(QStringLiteral("r.example"));
    QVERIFY(!job->isFinished()); // always from the event loop
    QSignalSpy spy(job, &ApiJob::finished);
    QVERIFY(spy.wait());
    QVERIFY(!job->hasError());
    QVERIFY(job->result().isAnonymous());
    QCOMPARE(job->result().serverAddress, QStringLiteral("r.example"));
}

void tst_RegistryAuth::normalize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("host:port") << "Reg.Example:5000"
                               << "reg.example:5000";
    QTest::newRow("url") << "https://reg.example/v1/"
                         << "reg.example";
    QTest::newRow("image") << "127.0.0.1:5000/team/app"
                           << "127.0.0.1:5000";
    QTest::newRow("hub") << "docker.io"
                         << "https://index.docker.io/v1/";
    QTest::newRow("hub url") << "https://index.docker.io/v1/"
                             << "https://index.docker.io/v1/";
}

void tst_RegistryAuth::normalize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(RegistryAuth::normalizeRegistry(in), out);
}

void tst_RegistryAuth::header()
{
    RegistryCredentials anonymous;
    QCOMPARE(anonymous.toRegistryAuthHeader(), QByteArray("e30="));

    RegistryCredentials c;
    c.serverAddress = QStringLiteral("reg.example:5000");
    c.username = QStringLiteral("ü>?");
    c.password = QStringLiteral("p>>>???");
    const QByteArray header = c.toRegistryAuthHeader();
    QVERIFY(!header.contains('+'));
    QVERIFY(!header.contains('/'));
    const QJsonObject o
        = QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(o.value(QLatin1String("username")).toString(), c.username);
    QCOMPARE(o.value(QLatin1String("password")).toString(), c.password);
    QCOMPARE(o.value(QLatin1String("serveraddress")).toString(), c.serverAddress);

    RegistryCredentials token;
    token.identityToken = QStringLiteral("tok");
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromBase64(token.toRegistryAuthHeader(),
                                                            QByteArray::Base64UrlEncoding))
                 .object()
                 .value(QLatin1String("identitytoken"))
                 .toString(),
             QStringLiteral("tok"));
}

QTEST_GUILESS_MAIN(tst_RegistryAuth)
#include "tst_RegistryAuth.moc"
