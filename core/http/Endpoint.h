#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ws {

// Where an HTTP server listens: a unix socket, or a base URL (http or https) with the TLS files
// to use for it. A value; HttpClient sends to one.
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Kind { Invalid, UnixSocket, Http };

    Kind kind = Kind::Invalid;
    QString socketPath; // UnixSocket
    QByteArray hostHeader
        = "localhost"; // UnixSocket: the Host header (Docker's client sends "docker")
    QUrl baseUrl; // Http: scheme, host, port and an optional path prefix
    QString caFile; // PEM files; empty = the system's CAs / no client certificate
    QString certFile;
    QString keyFile;
    bool verifyPeer = true; // false skips server certificate checks (DOCKER_TLS_VERIFY unset)

    bool isValid() const { return kind != Kind::Invalid; }
    bool isTls() const { return kind == Kind::Http && baseUrl.scheme() == QLatin1String("https"); }

    // unix:///path, /path, tcp://host:port (plain http), http://…, https://…. On an error the
    // endpoint is invalid and *error says why.
    static Endpoint fromUrl(const QString &url, QString *error = nullptr);
    static Endpoint unixSocket(const QString &path, const QByteArray &hostHeader = "localhost");

    // For messages: unix:///var/run/docker.sock or https://host:2376.
    QString toDisplayString() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

} // namespace ws
