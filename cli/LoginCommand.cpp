#include "LoginCommand.h"

#include "build/RegistryCredentialSource.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ws {

LoginCommand::LoginCommand(CommandLine &line) : m_line(line)
{ }

bool LoginCommand::handles(const QString &command)
{
    return command == QLatin1String("login") || command == QLatin1String("logout");
}

int LoginCommand::run(const QString &command)
{
    const bool login = command == QLatin1String("login");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption userOption(QStringLiteral("username"),
                                        tr("The user name at the registry."), QStringLiteral("U"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read the password (or token) from stdin."));
    if (login) {
        parser.addOption(userOption);
        parser.addOption(stdinOption);
    }
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("host[:port] of the registry."));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        m_line.err << tr("whalestack-cli %1: expected one REGISTRY").arg(command) << '\n';
        return CommandLine::Usage;
    }
    const QString registry = parser.positionalArguments().constFirst();
    if (login && (!parser.isSet(userOption) || !parser.isSet(stdinOption))) {
        m_line.err << tr("whalestack-cli login: give --username U and --password-stdin (the "
                         "password never goes on the command line)")
                   << '\n';
        return CommandLine::Usage;
    }

    QByteArray secret;
    if (login) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_line.err << tr("whalestack-cli login: cannot read stdin") << '\n';
            return CommandLine::Failure;
        }
        QByteArray password = in.readAll();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        if (password.isEmpty()) {
            m_line.err << tr("whalestack-cli login: stdin held no password") << '\n';
            return CommandLine::Failure;
        }
        QJsonObject o;
        o.insert(QStringLiteral("username"), parser.value(userOption));
        o.insert(QStringLiteral("password"), QString::fromUtf8(password));
        secret = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    const QString service = qEnvironmentVariable("WHALESTACK_KEYCHAIN_SERVICE");
    SecretStore store(service.isEmpty() ? SecretStore::defaultService() : service);
    const QString key = RegistryCredentialSource::keyFor(registry);
    SecretJob *job = login ? store.write(key, secret) : store.remove(key);
    job->setAutoDelete(false);
    std::unique_ptr<SecretJob> owned(job);
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
    if (job->error() != SecretJob::Error::None) {
        m_line.err << "whalestack-cli: " << job->errorString() << '\n';
        return CommandLine::Failure;
    }
    m_line.err << (login ? tr("Stored the credentials for %1 in the keychain (%2).")
                         : tr("Removed the credentials for %1 from the keychain (%2)."))
                      .arg(registry, key)
               << '\n';
    return CommandLine::Success;
}

} // namespace ws
