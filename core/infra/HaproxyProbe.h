#pragma once

#include "HaproxyStatsCsv.h"
#include "Probe.h"

#include <QLocalSocket>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ws {

// Probes HAProxy through its statistics (PROTOCOLS.md 7.3): over the HTTP stats page
// (endpoint "http://host:port/<stats uri>": GET "<uri>;csv", basic auth from the credentials)
// or over the stats socket (endpoint "unix:///path" or option "socket=/path": `show stat` and,
// on a second connection, `show info` for the version). Every CSV row becomes an element
// ("proxy/server", role frontend/backend/server/listener, its status word as detail); the whole
// is Up when every row is, Degraded when a backend or server is not UP, Down when no statistics
// came back. Over HTTP the version comes from the HTML stats page (empty under
// `stats hide-version`).
class HaproxyProbe : public Probe
{
    Q_OBJECT

public:
    explicit HaproxyProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~HaproxyProbe() override;

    // The health of one status word: UP, OPEN and "no check" are Up; DOWN and STOP are Down;
    // NOLB, DRAIN, MAINT (any form), FULL and the transitional "UP 1/3" / "DOWN 1/2" are
    // Degraded; anything else Unknown.
    static ProbeStatus statusOfWord(const QString &word);
    // One element a row, in the CSV's order.
    static QList<ProbeElement> elementsOf(const HaproxyStatsCsv &csv);
    // The whole from its parts: Down when there are none; else the worst of them, where a Down
    // part makes the whole Degraded (HAProxy itself still routes).
    static ProbeStatus overallStatus(const QList<ProbeElement> &elements);

protected:
    void run() override;
    void abort() override;

private:
    struct SocketCommand
    {
        QPointer<QLocalSocket> socket;
        QByteArray answer;
        bool done = false;
    };

    void runHttp();
    void runSocket(const QString &path);
    void startCommand(SocketCommand *command, const QString &path, const QByteArray &line);
    void onHttpFinished(QNetworkReply *reply, bool csv);
    void onSocketError(SocketCommand *command, QLocalSocket::LocalSocketError error);
    void maybeFinishSocket();
    void finishWith(const QByteArray &csvText, const QString &source);
    void failWith(const QString &reason);
    void dropAll();

    QPointer<QNetworkAccessManager> m_network;
    QList<QPointer<QNetworkReply>> m_replies;
    QByteArray m_csv;
    bool m_csvDone = false;
    bool m_pageDone = false;
    SocketCommand m_stat;
    SocketCommand m_info;
    QString m_socketPath;
    QString m_version;
    QVariantMap m_infoFacts;
};

} // namespace ws
