#include "RegistryAuth.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace ws {

namespace {

const QString kDockerHub = QStringLiteral("https://index.docker.io/v1/");

void finishLater(RegistryCredentialsJob *job, const RegistryCredentials &credentials,
                 const QString &error)
{
    QMetaObject::invokeMethod(
        job,
        [job, credentials, error] {
            if (error.isEmpty())
                job->finishWithResult(credentials, credentials.serverAddress);
            else
                job->finishWithError(HttpReply::Error::ProtocolError, error,
                                     credentials.serverAddress);
        },
        Qt::QueuedConnection);
}

} // namespace

RegistryAuth::RegistryAuth(const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_env(env)
{ }

QString RegistryAuth::configPath() const
{
    const QString dir = m_env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json"));
    QString home = m_env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir(home).filePath(QStringLiteral(".docker/config.json"));
}

QString RegistryAuth::normalizeRegistry(const QString &registry)
{
    QString r = registry.trimmed();
    const qsizetype scheme = r.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        r = r.mid(scheme + 3);
    const qsizetype slash = r.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        r = r.left(slash);
    r = r.toLower();
    if (r.isEmpty() || r == QLatin1String("docker.io") || r == QLatin1String("index.docker.io")
        || r == QLatin1String("registry-1.docker.io"))
        return kDockerHub;
    return r;
}

RegistryCredentialsJob *RegistryAuth::credentialsFor(const QString &registry)
{
    auto *job = new RegistryCredentialsJob(this);
    const QString key = normalizeRegistry(registry);
    RegistryCredentials anonymous;
    anonymous.serverAddress = key == kDockerHub ? QStringLiteral("docker.io") : key;

    const QString path = configPath();
    QFile file(path);
    if (!file.exists()) {
        finishLater(job, anonymous, {});
        return job;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        finishLater(job, anonymous,
                    tr("%1 cannot be read (%2). Fix its permissions, or set DOCKER_CONFIG to "
                       "another folder.")
                        .arg(path, file.errorString()));
        return job;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        finishLater(job, anonymous,
                    tr("%1 is not a JSON object (%2 at byte %3). Fix the file or log in again "
                       "with docker login.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
        return job;
    }
    const QJsonObject config = doc.object();

    // auths: the fallback, and the answer when no helper is configured.
    RegistryCredentials fromAuths = anonymous;
    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (normalizeRegistry(it.key()) != key)
            continue;
        const QJsonObject entry = it.value().toObject();
        const QString auth = entry.value(QLatin1String("auth")).toString();
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded.decoded.indexOf(':');
            if (!decoded || colon < 0) {
                // Never quote the value: it is a secret.
                finishLater(job, anonymous,
                            tr("%1: the auth entry for %2 is not base64 of user:password. Log in "
                               "again with docker login %2.")
                                .arg(path, it.key()));
                return job;
            }
            fromAuths.username = QString::fromUtf8(decoded.decoded.left(colon));
            fromAuths.password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        } else {
            fromAuths.username = entry.value(QLatin1String("username")).toString();
            fromAuths.password = entry.value(QLatin1String("password")).toString();
        }
        fromAuths.identityToken = entry.value(QLatin1String("identitytoken")).toString();
        break;
    }

    QString helper;
    const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        if (normalizeRegistry(it.key()) == key)
            helper = it.value().toString();
    if (helper.isEmpty())
        helper = config.value(QLatin1String("credsStore")).toString();
    if (helper.isEmpty()) {
        finishLater(job, fromAuths, {});
        return job;
    }
    runHelper(job, helper, key, fromAuths);
    return job;
}

void RegistryAuth::runHelper(RegistryCredentialsJob *job, const QString &helper,
                             const QString &registry, const RegistryCredentials &fallback)
{
    const QString name = QLatin1String("docker-credential-") + helper;
    const QString program = QStandardPaths::findExecutable(
        name, m_env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts));
    const QString path = configPath();
    if (program.isEmpty()) {
        finishLater(job, fallback,
                    tr("%1 names the credential helper %2, but %2 is not on PATH. Install it, "
                       "or remove it from the file.")
                        .arg(path, name));
        return;
    }
    auto *process = new QProcess(job);
    process->setProcessEnvironment(m_env);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [=, this] {
        process->disconnect(job);
        process->kill();
        job->finishWithError(HttpReply::Error::Timeout,
                             tr("The credential helper %1 (named in %2) gave no answer for %3 "
                                "within %4 s. Unlock your keychain, or check the helper.")
                                 .arg(name, path, registry)
                                 .arg(m_helperTimeoutMs / 1000),
                             registry);
    });
    connect(process, &QProcess::errorOccurred, job, [=, this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        timer->stop();
        job->finishWithError(HttpReply::Error::NotFound,
                             tr("The credential helper %1 (named in %2) could not be started: "
                                "%3.")
                                 .arg(name, path, process->errorString()),
                             registry);
    });
    connect(process, &QProcess::finished, job, [=, this](int code, QProcess::ExitStatus status) {
        timer->stop();
        const QByteArray out = process->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0) {
            // On failure helpers print a message, not a secret ("credentials not found in
            // native keychain"): that one means "no entry", which is not an error.
            const QString message = QString::fromUtf8(out.left(300)).trimmed();
            if (message.contains(QLatin1String("credentials not found"), Qt::CaseInsensitive)) {
                job->finishWithResult(fallback, registry);
                return;
            }
            job->finishWithError(
                HttpReply::Error::ProtocolError,
                tr("The credential helper %1 (named in %2) failed for %3: %4")
                    .arg(name, path, registry,
                         message.isEmpty() ? tr("exit code %1").arg(code) : message),
                registry);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        if (!o.contains(QLatin1String("Secret"))) {
            job->finishWithError(HttpReply::Error::ProtocolError,
                                 tr("The credential helper %1 (named in %2) answered for %3 "
                                    "without a JSON object with Username and Secret.")
                                     .arg(name, path, registry),
                                 registry);
            return;
        }
        RegistryCredentials c;
        c.serverAddress = fallback.serverAddress;
        const QString user = o.value(QLatin1String("Username")).toString();
        const QString secret = o.value(QLatin1String("Secret")).toString();
        if (user == QLatin1String("<token>")) {
            c.identityToken = secret; // how helpers hand out identity tokens
        } else {
            c.username = user;
            c.password = secret;
        }
        job->finishWithResult(c, registry);
    });
    timer->start(m_helperTimeoutMs);
    process->start(program, {QStringLiteral("get")});
    process->write(registry.toUtf8());
    process->closeWriteChannel();
}

} // namespace ws
